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
        expect(() => buildComparisonReport(['noord', 'k', 'zuid'].map(entry), { anonymous: false })).toThrow(new ReportError(
            'Een vergelijking zet alleen scans van één model naast elkaar, maar deze scans gebruiken verschillende modellen: M (Regio Noord, Regio Zuid); K (Regio K). '
            + 'Hun rollen en schalen betekenen niet hetzelfde; maak per model een eigen vergelijking.'));
    });

    it('refuses versions with different scales, and versions with different scale rules, with the reason', () => {
        expect(() => buildComparisonReport(['noord', 'vier', 'zuid'].map(entry), { anonymous: false })).toThrow(
            'De versies van M in deze vergelijking hebben verschillende schalen, dus hun scores zijn niet te vergelijken: '
            + 'aanwezigheid 1..5 (versie 1.0); frequentie 1..4 (versie 2.0). Vergelijk alleen scans van versies met dezelfde schaal.');
        expect(() => buildComparisonReport(['noord', 'streng'].map(entry), { anonymous: true })).toThrow(
            'De versies van M in deze vergelijking leggen verschillende regels voor de schaal vast (zwak, onenigheid, afronding of standaarddeviatie): '
            + 'versie 1.0 tegenover 1.2. Een vergelijking zou hun cijfers verschillend lezen; vergelijk per versie, of geef de versies dezelfde regels.');
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
        expect(() => buildComparisonReport(four, { anonymous: true })).toThrow(new ReportError(
            "Een anonieme vergelijking vraagt ten minste 5 regio's, zodat geen uitkomst tot één regio te herleiden is; "
            + "er zijn 4 gegeven (elke regio telt één keer, met haar laatste scan). Voeg regioscans van andere regio's toe."));
        const again = { ...entry('noord'), scan: { ...entry('noord').scan, startDate: '2025-01-10' } };
        expect(() => buildComparisonReport([...four, again], { anonymous: true })).toThrow(/er zijn 4 gegeven/);
    });

    it('lets a caller raise the minimum but never lower it (a lower one is a usage refusal)', () => {
        expect(() => buildComparisonReport(five(), { anonymous: true, minimumGroupSize: 6 })).toThrow(/ten minste 6 regio's/);
        let refusal: unknown;
        try {
            buildComparisonReport(five(), { anonymous: true, minimumGroupSize: 1 });
        } catch (error) {
            refusal = error;
        }
        expect((refusal as ReportError).message).toBe(("Een minimum van 1 regio's is lager dan de 5 die M voor een anonieme vergelijking vraagt; een minimum kan alleen hoger. Laat het weg, of kies 5 of meer."));
        expect((refusal as ReportError).refusalReason).toBe('gebruik');
    });
});
