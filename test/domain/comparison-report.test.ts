import { beforeAll, describe, expect, it } from 'vitest';
import { buildComparisonReport, neutralLabel, type ComparisonEntry } from '../../src/domain/comparison-report.js';
import { ComparisonReportSchema } from '../../src/domain/report-model.js';
import { ReportError } from '../../src/domain/report-error.js';
import type { TestWorkspace } from '../helpers/workspace.js';
import { fixtureWorkspace, inputOf } from './report-fixtures.js';

let ws: TestWorkspace;
let entries: Record<'noord' | 'zuid' | 'west' | 'oost', ComparisonEntry>;

beforeAll(async () => {
    ws = await fixtureWorkspace();
    entries = {
        noord: inputOf(ws, 'noord.regioscan'),
        zuid: inputOf(ws, 'zuid.regioscan'),
        west: inputOf(ws, 'west.regioscan'),
        oost: inputOf(ws, 'oost.regioscan')
    };
});

describe('buildComparisonReport, named', () => {
    it('sorts regions by name and lists the first model\'s roles, then roles only a later version has', () => {
        const report = buildComparisonReport([entries.zuid, entries.west, entries.noord, entries.oost], { anonymous: false });
        expect(report.anonymous).toBe(false);
        expect(report.roles).toEqual(['Ontwerper', 'Kwartiermaker', 'Verbinder', 'Dirigent', 'Netwerker']);
        expect(report.regions.map(r => [r.label, r.model, r.focus, r.respondentCount])).toEqual([
            ['Regio Noord', { name: 'M', version: '1.0' }, 'po_vo', 2],
            ['Regio Oost', { name: 'M', version: '1.0' }, 'po_vo', 3],
            ['Regio West', { name: 'M', version: '1.1' }, 'po_vo', 3],
            ['Regio Zuid', { name: 'M', version: '1.0' }, 'po_vo', 3]
        ]);
        // each region has statistics for the roles its own model has
        expect(report.regions[2].statistics.map(s => [s.role, s.count, s.mean])).toEqual([
            ['Ontwerper', 3, 7 / 3], ['Kwartiermaker', 3, 8 / 3], ['Verbinder', 3, 2], ['Netwerker', 3, 13 / 3]
        ]);
        expect(report.regions[0].statistics.map(s => [s.role, s.count, s.median])).toEqual([
            ['Ontwerper', 2, 2.5], ['Kwartiermaker', 2, 1.5], ['Verbinder', 1, 3], ['Dirigent', 1, 2]
        ]);
        expect(report.scale?.points.map(p => p.value)).toEqual([1, 2, 3, 4, 5]);
        expect(ComparisonReportSchema.parse(JSON.parse(JSON.stringify(report)))).toEqual(JSON.parse(JSON.stringify(report)));
    });

    it('does not ask for a minimum when not anonymous', () => {
        expect(buildComparisonReport([entries.noord], { anonymous: false }).regions).toHaveLength(1);
    });
});

describe('buildComparisonReport, anonymous', () => {
    const all = () => [entries.noord, entries.zuid, entries.west, entries.oost];

    it('contains none of the names, respondents, free texts or dates of its inputs', () => {
        const json = JSON.stringify(buildComparisonReport(all(), { anonymous: true }));
        const secrets = [
            'Noord', 'Zuid', 'West', 'Oost', 'Regio',
            'RN1', 'RN2', 'RZ1', 'RZ2', 'RZ3', 'RW1', 'RW2', 'RW3', 'RO1', 'RO2', 'RO3',
            'Beleidsadviseur', 'Wethouder', 'Ambtenaar', 'Coördinator', 'Projectleider',
            'Jan Jansen', 'Piet Pieters', 'Geen visie', 'Kent iedereen', 'Geen gedeeld dossier',
            'loket', 'realiseerde', 'bovenaf', 'dirigentrol', 'doorgaan',
            // a variant's role or version would single out the region that uses it
            'Netwerker', '1.1'
        ];
        for (const secret of secrets) {
            expect(json, secret).not.toContain(secret);
        }
        expect(json).not.toMatch(/\d{4}-\d{2}-\d{2}/);
        expect(json).not.toContain('"region"');
    });

    it('labels regions A, B, C, D and shows only the roles and the model version all of them share', () => {
        const report = buildComparisonReport(all(), { anonymous: true });
        expect(report.anonymous).toBe(true);
        expect(report.roles).toEqual(['Ontwerper', 'Kwartiermaker', 'Verbinder']);
        expect(report.regions.map(r => r.label)).toEqual(['A', 'B', 'C', 'D']);
        expect(report.regions.map(r => r.model)).toEqual(Array(4).fill({ name: 'M', version: '1.0' }));
        expect(report.regions.every(r => r.statistics.map(s => s.role).join() === 'Ontwerper,Kwartiermaker,Verbinder')).toBe(true);
        // the two versions share one scale, so the chart axis stays
        expect(report.scale?.min).toBe(1);
    });

    it('gives the same labels whatever the input order, and neither alphabetical nor input order decides them', () => {
        // a region's fingerprint: respondent count and the means of the shared roles
        const fingerprint = (entry: ComparisonEntry) => entry.scan.respondents.length + ':' + ['Ontwerper', 'Kwartiermaker', 'Verbinder']
            .map(role => buildComparisonReport([entry], { anonymous: false }).regions[0].statistics.find(s => s.role === role)!.mean).join('/');
        const anonymousOrder = (order: ComparisonEntry[]) => buildComparisonReport(order, { anonymous: true }).regions
            .map(r => r.respondentCount + ':' + r.statistics.map(s => s.mean).join('/'));
        const base = anonymousOrder(all());
        expect(anonymousOrder([entries.oost, entries.west, entries.zuid, entries.noord])).toEqual(base);
        expect(anonymousOrder([entries.west, entries.noord, entries.oost, entries.zuid])).toEqual(base);
        expect(new Set(base)).toEqual(new Set(all().map(fingerprint)));
        expect(base).not.toEqual([entries.noord, entries.oost, entries.west, entries.zuid].map(fingerprint));
        expect(base).not.toEqual(all().map(fingerprint));
    });

    it('refuses fewer scans than the minimum, saying how many, the minimum and how to change it', () => {
        const attempt = () => buildComparisonReport([entries.noord, entries.zuid], { anonymous: true });
        expect(attempt).toThrow(ReportError);
        expect(attempt).toThrow("Een anonieme vergelijking vraagt ten minste 3 regioscans, zodat geen uitkomst tot één regio te herleiden is; "
            + "er zijn 2 gegeven. Voeg regioscans toe, of verlaag het minimum (opdrachtregel: --minimum 2), "
            + "in het besef dat regio's in een kleine groep beter herkenbaar zijn.");
        expect(() => buildComparisonReport(all(), { anonymous: true, minimumGroupSize: 5 }))
            .toThrow(/ten minste 5 regioscans, .*er zijn 4 gegeven/);
        expect(buildComparisonReport([entries.noord, entries.zuid], { anonymous: true, minimumGroupSize: 2 }).regions.map(r => r.label))
            .toEqual(['A', 'B']);
    });

    it('drops the scale when the compared versions have different scales', async () => {
        const { createTestWorkspace } = await import('../helpers/workspace.js');
        const other = await createTestWorkspace({
            'k.zelfscan': 'model K versie 1.0 { schaal s 1..4 { 1 "a" 2 "b" 3 "c" 4 "d" } rol Ontwerper { actie x "x" } }',
            'k.regioscan': 'regioscan "Regio K" { model K versie 1.0 respondent X1 partij p { Ontwerper 4 } }'
        });
        const k = { model: other.services.shared.models.ResolvedModels.ofScan(other.doc('k.regioscan').parseResult.value as never)!.resolved,
            scan: inputOf(ws, 'zuid.regioscan').scan };
        const report = buildComparisonReport([entries.noord, entries.zuid, { ...k, scan: { ...k.scan, region: 'Regio K' } }], { anonymous: true });
        expect(report.scale).toBeUndefined();
        expect(report.regions.map(r => r.model)).toEqual(Array(3).fill({ name: 'verschillende modellen', version: '' }));
    });
});

describe('neutralLabel', () => {
    it('counts A to Z, then AA', () => {
        expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(neutralLabel)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
    });
});
