import { beforeAll, describe, expect, it } from 'vitest';
import { regionFigureChanges, RegionFigureChangeSchema } from '../../src/domain/region-figure-changes.js';
import { buildRegionReport } from '../../src/domain/region-report.js';
import type { ScanData } from '../../src/domain/scan-data.js';
import { regionFigureChangeText } from '../../src/report/diff-texts.js';
import type { TestWorkspace } from '../helpers/workspace.js';
import { fixtureWorkspace, inputOf } from './report-fixtures.js';

let ws: TestWorkspace;

beforeAll(async () => {
    ws = await fixtureWorkspace();
});

/** The figure changes of Regio Noord after an edit, read against model M 1.0 (weak at most 2, disagreement from 2). */
function changesAfter(edit: (scan: ScanData) => void) {
    const { model, scan } = inputOf(ws, 'noord.regioscan');
    const edited = structuredClone(scan);
    edit(edited);
    return regionFigureChanges(buildRegionReport(model, scan), buildRegionReport(model, edited));
}

const score = (scan: ScanData, respondent: string, role: string) =>
    scan.respondents.find(r => r.id === respondent)!.scores.find(s => s.role === role)!;

describe('regionFigureChanges', () => {
    it('lists each mean that moves, then each disagreement and weak flag that comes, goes or changes its spread', () => {
        const changes = changesAfter(scan => {
            score(scan, 'RN1', 'Ontwerper').value = 5;      // 1,4 → 5,4: disagreement (spread 3) gone
            score(scan, 'RN2', 'Kwartiermaker').value = 4;  // 1,2 → 1,4: weak (1,5) gone, disagreement (3) new
            score(scan, 'RN2', 'Verbinder').value = 1;      // 3 → 3,1: weak (2,0) new, disagreement (2) new
        });
        for (const change of changes) {
            expect(RegionFigureChangeSchema.parse(change)).toEqual(change);
        }
        expect(changes.map(change => regionFigureChangeText(change, 'nl'))).toEqual([
            'Ontwerper: 2,5 → 4,5',
            'Kwartiermaker: 1,5 → 2,5',
            'Verbinder: 3,0 → 2,0',
            'Onenigheid Ontwerper vervallen (was spreiding 3)',
            'Onenigheid Kwartiermaker nieuw: spreiding 3',
            'Zwak aanwezig Kwartiermaker vervallen (was gemiddelde 1,5)',
            'Onenigheid Verbinder nieuw: spreiding 2',
            'Zwak aanwezig Verbinder nieuw: gemiddelde 2,0, op of onder 2'
        ]);
        expect(changes.map(change => regionFigureChangeText(change, 'en')).slice(3)).toEqual([
            'Disagreement Ontwerper gone (was spread 3)',
            'Disagreement Kwartiermaker new: spread 3',
            'Weakly present Kwartiermaker gone (was mean 1.5)',
            'Disagreement Verbinder new: spread 2',
            'Weakly present Verbinder new: mean 2.0, at or below 2'
        ]);
    });

    it('says a disagreement that stays with another spread, and not a weak flag that stays; a role without scores has no mean', () => {
        const changes = changesAfter(scan => {
            score(scan, 'RN2', 'Ontwerper').value = 5;      // 1,4 → 1,5: spread 3 → 4
            score(scan, 'RN1', 'Dirigent').value = 1;       // weak 2 → 1: still weak
            score(scan, 'RN1', 'Verbinder').value = null;   // the only score of Verbinder
        });
        expect(changes).toEqual([
            { kind: 'gemiddelde', role: 'Ontwerper', before: 2.5, after: 3 },
            { kind: 'gemiddelde', role: 'Verbinder', before: 3, after: null },
            { kind: 'gemiddelde', role: 'Dirigent', before: 2, after: 1 },
            {
                kind: 'signaal', flag: 'onenigheid', role: 'Ontwerper', change: 'gewijzigd',
                before: { kind: 'onenigheid', role: 'Ontwerper', min: 1, max: 4, spread: 3 },
                after: { kind: 'onenigheid', role: 'Ontwerper', min: 1, max: 5, spread: 4 }
            }
        ]);
        expect(changes.map(change => regionFigureChangeText(change, 'nl'))).toEqual([
            'Ontwerper: 2,5 → 3,0', 'Verbinder: 3,0 → –', 'Dirigent: 2,0 → 1,0', 'Onenigheid Ontwerper: spreiding 3 → 4'
        ]);
    });

    it('finds nothing when the scores stay', () => {
        expect(changesAfter(scan => { scan.advice = 'Anders.'; })).toEqual([]);
    });
});
