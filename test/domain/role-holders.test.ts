import { beforeAll, describe, expect, it } from 'vitest';
import { buildComparisonReport } from '../../src/domain/comparison-report.js';
import { buildRegionReport } from '../../src/domain/region-report.js';
import { EXAMPLES, loadFolder, type TestWorkspace } from '../helpers/workspace.js';
import { inputOf } from './report-fixtures.js';

// Who holds which role, read from the example scans: the region report per role in model order, and the
// comparisons' counts of regions that record nobody (each region once, its latest scan).
let ws: TestWorkspace;
const SCANS = ['2024', '2025'].map(year => `scans/regio-brakeldonk-${year}.regioscan`)
    .concat(['hoogvenne', 'kromwaard', 'lindemonde', 'zandmeren'].map(region => `scans/regio-${region}-2024.regioscan`));

beforeAll(async () => {
    ws = await loadFolder(EXAMPLES);
});

describe('role holders in the region report', () => {
    it('lists every role of the model in its order: holders with party labels and functions, nobody, or not recorded', () => {
        const { model, scan } = inputOf(ws, 'scans/regio-kromwaard-2024.regioscan');
        const report = buildRegionReport(model, scan);
        expect(report.roleHolders).toEqual([
            { role: 'Ontwerper', state: 'houders', holders: [{ party: 'kinderopvang', partyLabel: 'Kinderopvang', function: 'pedagogisch coaches' }] },
            { role: 'Kwartiermaker', state: 'niemand', holders: [] },
            { role: 'Verbinder', state: 'niet-vastgelegd', holders: [] },
            { role: 'Dirigent', state: 'houders', holders: [{ party: 'gemeente', partyLabel: 'Gemeente', function: 'wethouder' }, { function: 'projectleider bestuurlijk overleg' }] }
        ]);
        expect(report.area).toEqual({ name: 'aantal_gemeenten', label: 'Een aantal gemeenten' });
        expect(report.theme).toBeUndefined();
    });

    it('flags a role that nobody holds, after the role\'s other flags', () => {
        const { model, scan } = inputOf(ws, 'scans/regio-zandmeren-2024.regioscan');
        const flags = buildRegionReport(model, scan).flags;
        expect(flags.map(f => `${f.kind}${'role' in f ? ` ${f.role}` : ''}`)).toEqual([
            'onenigheid Ontwerper', 'onenigheid Kwartiermaker', 'zwak-aanwezig Dirigent', 'geen-houder Dirigent'
        ]);
    });
});

describe('roles without holder across regions', () => {
    const entries = () => SCANS.map(name => inputOf(ws, name));

    it('counts each region once by its latest scan, following the rename of Verbinder, and names the regions', () => {
        const report = buildComparisonReport(entries(), { anonymous: false });
        expect(report.roleHolders).toEqual({
            regionCount: 5,
            roles: [
                { role: 'Ontwerper', nobody: 0, held: 4, unrecorded: 1, nobodyIn: [] },
                { role: 'Kwartiermaker', nobody: 2, held: 2, unrecorded: 1, nobodyIn: ['Regio Hoogvenne', 'Regio Kromwaard'] },
                // Brakeldonk's latest scan (2025, version 1.2) names a Bruggenbouwer; its 2024 'Verbinder niemand' no longer counts.
                { role: 'Bruggenbouwer', nobody: 0, held: 2, unrecorded: 3, nobodyIn: [] },
                { role: 'Dirigent', nobody: 1, held: 4, unrecorded: 0, nobodyIn: ['Regio Zandmeren'] }
            ]
        });
    });

    it('gives the anonymised comparison the same counts without the regions', () => {
        const report = buildComparisonReport(entries(), { anonymous: true });
        expect(report.roleHolders.roles.map(({ role, nobody, held, unrecorded, ...rest }) => [role, nobody, held, unrecorded, rest])).toEqual([
            ['Ontwerper', 0, 4, 1, {}], ['Kwartiermaker', 2, 2, 1, {}], ['Bruggenbouwer', 0, 2, 3, {}], ['Dirigent', 1, 4, 0, {}]
        ]);
    });
});
