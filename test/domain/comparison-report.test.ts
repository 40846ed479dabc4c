import { beforeAll, describe, expect, it } from 'vitest';
import { buildComparisonReport, type ComparisonEntry } from '../../src/domain/comparison-report.js';
import { ComparisonReportSchema } from '../../src/domain/report-model.js';
import { ReportError } from '../../src/domain/report-error.js';
import { createTestWorkspace, type TestWorkspace } from '../helpers/workspace.js';
import { ALL_FILES, inputOf } from './report-fixtures.js';

/** A fifth region on 1.0, and scans of versions that rename a role, change the scale or change a rule, and of another model. */
const EXTRA: Record<string, string> = {
    'midden.regioscan': 'regioscan "Regio Midden" {\n    model M versie 1.0\n    respondent RM1 partij gemeente { Ontwerper 1 Kwartiermaker 1 Verbinder 5 Dirigent 5 }\n}\n',
    'm-1.3.zelfscan': 'model M versie 1.3 breidt M versie 1.0 uit {\n    rol Bruggenbouwer was Verbinder { }\n}\n',
    'brug.regioscan': 'regioscan "Regio Brug" {\n    model M versie 1.3\n    respondent RB1 partij gemeente { Ontwerper 2 Kwartiermaker 2 Bruggenbouwer 4 Dirigent 1 }\n}\n',
    'm-2.0.zelfscan': 'model M versie 2.0 breidt M versie 1.0 uit {\n    schaal frequentie 1..4 { 1 "nooit" 2 "soms" 3 "vaak" 4 "altijd" }\n    zwak tot en met 1\n    onenigheid vanaf spreiding 1\n}\n',
    'vier.regioscan': 'regioscan "Regio Vier" {\n    model M versie 2.0\n    respondent RV1 partij gemeente { Ontwerper 2 Kwartiermaker 2 Verbinder 4 Dirigent 1 }\n}\n',
    'm-1.2.zelfscan': 'model M versie 1.2 breidt M versie 1.0 uit {\n    zwak tot en met 1\n}\n',
    'streng.regioscan': 'regioscan "Regio Streng" {\n    model M versie 1.2\n    respondent RS1 partij gemeente { Ontwerper 2 Kwartiermaker 2 Verbinder 4 Dirigent 1 }\n}\n',
    'k.zelfscan': 'model K versie 1.0 {\n    schaal s 1..5 { 1 "a" 2 "b" 3 "c" 4 "d" 5 "e" }\n    zwak tot en met 2\n    onenigheid vanaf spreiding 2\n    afronding half naar boven\n    standaarddeviatie populatie\n    rol Ontwerper { omschrijving "o" competentie "c" actie x "x" }\n    partij gemeente "Gemeente"\n}\n',
    'k.regioscan': 'regioscan "Regio K" {\n    model K versie 1.0\n    respondent RK1 partij gemeente { Ontwerper 4 }\n}\n'
};

let ws: TestWorkspace;
const entry = (name: string): ComparisonEntry => inputOf(ws, `${name}.regioscan`);
const five = () => ['noord', 'zuid', 'west', 'oost', 'midden'].map(entry);

beforeAll(async () => {
    ws = await createTestWorkspace({ ...ALL_FILES, ...EXTRA });
});

describe('buildComparisonReport, named', () => {
    it('compares versions of one model on the roles they share and names the roles only some could score', () => {
        const report = buildComparisonReport(['zuid', 'west', 'noord', 'oost'].map(entry), { anonymous: false });
        expect(report.model).toEqual({ name: 'M' });
        expect(report.roles).toEqual(['Ontwerper', 'Kwartiermaker', 'Verbinder']);
        expect(report.partialRoles).toEqual(['Netwerker', 'Dirigent']);
        expect(report.regions.map(r => [r.label, r.model, r.focus, r.respondentCount])).toEqual([
            ['Regio Noord', { name: 'M', version: '1.0' }, 'PO/VO', 2],
            ['Regio Oost', { name: 'M', version: '1.0' }, 'PO/VO', 3],
            ['Regio West', { name: 'M', version: '1.1' }, 'PO/VO', 3],
            ['Regio Zuid', { name: 'M', version: '1.0' }, 'PO/VO', 3]
        ]);
        expect(report.regions[2].statistics.map(s => [s.role, s.count, s.mean])).toEqual([['Ontwerper', 3, 7 / 3], ['Kwartiermaker', 3, 8 / 3], ['Verbinder', 3, 2]]);
        expect(ComparisonReportSchema.parse(JSON.parse(JSON.stringify(report)))).toEqual(JSON.parse(JSON.stringify(report)));
    });

    it('follows a rename: an older version\'s Verbinder is compared as the newer version\'s Bruggenbouwer', () => {
        const report = buildComparisonReport(['noord', 'brug'].map(entry), { anonymous: false });
        expect(report.roles).toEqual(['Ontwerper', 'Kwartiermaker', 'Bruggenbouwer', 'Dirigent']);
        expect(report.partialRoles).toEqual([]);
        expect(report.regions.map(r => r.statistics.find(s => s.role === 'Bruggenbouwer')?.mean)).toEqual([4, 3]);
    });

    it('refuses scans of different models, listing which scans use which model', () => {
        expect(refusalOf(() => buildComparisonReport(['noord', 'k', 'zuid'].map(entry), { anonymous: false }))).toEqual({
            kind: 'mixed-models', models: [{ name: 'M', regions: ['Regio Noord', 'Regio Zuid'] }, { name: 'K', regions: ['Regio K'] }]
        });
    });

    it('refuses versions with different scales, and versions with different scale rules, with the reason', () => {
        expect(refusalOf(() => buildComparisonReport(['noord', 'vier', 'zuid'].map(entry), { anonymous: false }))).toEqual({
            kind: 'mixed-scales', model: 'M',
            scales: [{ name: 'aanwezigheid', min: 1, max: 5, versions: ['1.0'] }, { name: 'frequentie', min: 1, max: 4, versions: ['2.0'] }]
        });
        expect(refusalOf(() => buildComparisonReport(['noord', 'streng'].map(entry), { anonymous: true }))).toEqual({
            kind: 'mixed-scale-rules', model: 'M', versionGroups: [['1.0'], ['1.2']]
        });
    });
});

describe('buildComparisonReport, anonymous', () => {
    it('counts per role how many regions\' rounded mean is each scale point, and has no per-region row', () => {
        // Ontwerper: Noord 1,4 → 2,5 → 3; Zuid 10/3 → 3; Oost 14/3 → 5; West 7/3 → 2; Midden 1.
        // Kwartiermaker: Noord 1,5 → 2; Zuid 11/3 → 4; Oost 11/3 → 4; West 8/3 → 3; Midden 1.
        // Verbinder: Noord 3; Zuid 10/3 → 3; Oost 13/3 → 4; West 2; Midden 5.
        const report = buildComparisonReport(five(), { anonymous: true });
        expect(report.regions).toEqual([]);
        expect(report.roles).toEqual(['Ontwerper', 'Kwartiermaker', 'Verbinder']);
        const counts = (values: number[]) => values.map((regions, index) => ({ value: index + 1, regions }));
        expect(report.anonymity).toEqual({
            minimumGroupSize: 5, regionCount: 5, distributions: [
                { role: 'Ontwerper', bands: counts([1, 1, 2, 0, 1]), unscored: 0 },
                { role: 'Kwartiermaker', bands: counts([1, 1, 1, 2, 0]), unscored: 0 },
                { role: 'Verbinder', bands: counts([0, 1, 2, 1, 1]), unscored: 0 }
            ]
        });
        const json = JSON.stringify(report);
        for (const secret of ['Noord', 'Zuid', 'West', 'Oost', 'Midden', 'RN1', 'Jan Jansen', 'Geen visie', 'PO/VO', 'po_vo', '1.1', '"version"']) {
            expect(json, secret).not.toContain(secret);
        }
    });

    it('refuses fewer regions than the model\'s minimum (5 without one), counting a region scanned twice once', () => {
        const four = ['noord', 'zuid', 'west', 'oost'].map(entry);
        expect(refusalOf(() => buildComparisonReport(four, { anonymous: true }))).toEqual({ kind: 'too-few-regions', minimum: 5, given: 4 });
        const again = { ...entry('noord'), scan: { ...entry('noord').scan, startDate: '2025-01-10' } };
        expect(refusalOf(() => buildComparisonReport([...four, again], { anonymous: true }))).toEqual({ kind: 'too-few-regions', minimum: 5, given: 4 });
    });

    it('lets a caller raise the minimum but never lower it (a lower one is a usage refusal)', () => {
        expect(refusalOf(() => buildComparisonReport(five(), { anonymous: true, minimumGroupSize: 6 }))).toEqual({ kind: 'too-few-regions', minimum: 6, given: 5 });
        let refusal: unknown;
        try {
            buildComparisonReport(five(), { anonymous: true, minimumGroupSize: 1 });
        } catch (error) {
            refusal = error;
        }
        expect((refusal as ReportError).refusal).toEqual({ kind: 'minimum-below-model', asked: 1, own: 5, model: 'M' });
        expect((refusal as ReportError).refusalReason).toBe('gebruik');
    });
});

/** The reason a build was refused, as the domain gives it (test/report/refusal-texts.test.ts checks the wording). */
function refusalOf(build: () => unknown): unknown {
    try {
        build();
    } catch (error) {
        if (error instanceof ReportError) {
            return error.refusal;
        }
        throw error;
    }
    throw new Error('not refused');
}
