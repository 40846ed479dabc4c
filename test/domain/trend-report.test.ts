import { beforeAll, describe, expect, it } from 'vitest';
import { planReports } from '../../src/app/report-plan.js';
import type { ScanSource } from '../../src/app/report-sources.js';
import { buildTrendReport, TrendReportSchema } from '../../src/domain/trend-report.js';
import { createTestWorkspace, type TestWorkspace } from '../helpers/workspace.js';
import { inputOf } from './report-fixtures.js';
import { MODEL_TIEN, MODEL_VIER_1_0, MODEL_VIER_1_1, SCAN_TIEN, SCAN_VIER } from './scale-variants.js';

/**
 * A region of the variant model Vier (five roles on a 1..4 scale, weak at a mean of 1 or lower, disagreement from
 * a spread of 3) scanned in 2023 on 1.0 and in 2024 on 1.2, which renames Netwerker to Bruggenbouwer and adds
 * Evaluator. The figures below are worked out by hand from the scores.
 */
const MODEL_VIER_1_2 = `model Vier versie 1.2 breidt Vier versie 1.0 uit {
    rol Bruggenbouwer was Netwerker { }
    rol Evaluator { omschrijving "o" competentie "c" actie evaluator_a "Evaluator actie" }
}
`;

// Round 1 scores (SCAN_VIER): Ontwerper 1,2,1,1; Kwartiermaker 4,1,2,3; Verbinder 2,3,2,3; Dirigent 1,1,1,?; Netwerker 3,4,3,4.
const ROUND_1 = SCAN_VIER('1.0', 'Regio Vier').replace('    model Vier versie 1.0\n', '    model Vier versie 1.0\n    startgesprek 2023-03-01\n');
const ROUND_2 = `regioscan "Regio Vier" {
    model Vier versie 1.2
    startgesprek 2024-03-04
    respondent R1 partij gemeente { Ontwerper 2 Kwartiermaker 3 Verbinder 1 Dirigent 1 Bruggenbouwer 4 Evaluator 2 }
    respondent R2 partij school { Ontwerper 3 Kwartiermaker 3 Verbinder 4 Dirigent 2 Bruggenbouwer 4 Evaluator 1 }
    respondent R3 partij gemeente { Ontwerper 2 Kwartiermaker 1 Verbinder 1 Dirigent 1 Bruggenbouwer 3 Evaluator 3 }
}
`;

let ws: TestWorkspace;

beforeAll(async () => {
    ws = await createTestWorkspace({
        'vier-1.0.zelfscan': MODEL_VIER_1_0,
        'vier-1.1.zelfscan': MODEL_VIER_1_1,
        'vier-1.2.zelfscan': MODEL_VIER_1_2,
        'tien.zelfscan': MODEL_TIEN,
        'ronde-1.regioscan': ROUND_1,
        'ronde-2.regioscan': ROUND_2,
        'ronde-1-1.regioscan': SCAN_VIER('1.1', 'Regio Vier'),
        'tien.regioscan': SCAN_TIEN.replace('Regio Tien', 'Regio Vier')
    });
});

describe('buildTrendReport', () => {
    it('follows a region across versions: means per round, the change, and the flags by the model\'s own thresholds', () => {
        // Given in reverse order: the rounds are put in date order.
        const report = TrendReportSchema.parse(buildTrendReport([inputOf(ws, 'ronde-2.regioscan'), inputOf(ws, 'ronde-1.regioscan')]));
        expect(report.region).toBe('Regio Vier');
        expect(report.model).toEqual({ name: 'Vier' });
        expect(report.scale.rules).toEqual({ weakAtMost: 1, disagreementFrom: 3, rounding: 'beneden', deviation: 'steekproef' });
        expect(report.rounds).toEqual([
            { label: '2023', model: { name: 'Vier', version: '1.0' }, period: { start: '2023-03-01', end: '2023-03-01' }, respondentCount: 4 },
            { label: '2024', model: { name: 'Vier', version: '1.2' }, period: { start: '2024-03-04', end: '2024-03-04' }, respondentCount: 3 }
        ]);
        // Netwerker of 1.0 is Bruggenbouwer of 1.2; Evaluator only the second round could score.
        expect(report.roles.map(role => role.role)).toEqual(['Ontwerper', 'Kwartiermaker', 'Verbinder', 'Dirigent', 'Bruggenbouwer']);
        expect(report.partialRoles).toEqual(['Evaluator']);
        const figures = Object.fromEntries(report.roles.map(role => [role.role, role.rounds.map(round => ({ ...round, mean: round.mean === null ? null : round.mean.toFixed(4), change: round.change === null ? null : round.change.toFixed(4) }))]));
        expect(figures).toEqual({
            // 5/4, then 7/3: not weak at 1.25 (the example model's threshold of 2 would call it weak).
            Ontwerper: [
                { count: 4, mean: '1.2500', change: null, disagreement: false, weak: false },
                { count: 3, mean: '2.3333', change: '1.0833', disagreement: false, weak: false }
            ],
            // 10/4 with spread 3 (disagreement), then 7/3 with spread 2 (none: the model asks for 3).
            Kwartiermaker: [
                { count: 4, mean: '2.5000', change: null, disagreement: true, weak: false },
                { count: 3, mean: '2.3333', change: '-0.1667', disagreement: false, weak: false }
            ],
            // 10/4 with spread 1, then 6/3 with spread 3.
            Verbinder: [
                { count: 4, mean: '2.5000', change: null, disagreement: false, weak: false },
                { count: 3, mean: '2.0000', change: '-0.5000', disagreement: true, weak: false }
            ],
            // 3/3 (R4's ? is no score): weak at 1; then 4/3, above 1.
            Dirigent: [
                { count: 3, mean: '1.0000', change: null, disagreement: false, weak: true },
                { count: 3, mean: '1.3333', change: '0.3333', disagreement: false, weak: false }
            ],
            // Netwerker 14/4, then Bruggenbouwer 11/3.
            Bruggenbouwer: [
                { count: 4, mean: '3.5000', change: null, disagreement: false, weak: false },
                { count: 3, mean: '3.6667', change: '0.1667', disagreement: false, weak: false }
            ]
        });
    });

    it('refuses rounds whose versions state other scale rules, as the comparison does', () => {
        expect(() => buildTrendReport([inputOf(ws, 'ronde-1.regioscan'), inputOf(ws, 'ronde-1-1.regioscan')]))
            .toThrow(expect.objectContaining({ refusal: { kind: 'mixed-scale-rules', model: 'Vier', versionGroups: [['1.0'], ['1.1']] } }));
    });

    it('refuses rounds of different models, as the comparison does', () => {
        expect(() => buildTrendReport([inputOf(ws, 'ronde-1.regioscan'), inputOf(ws, 'tien.regioscan')]))
            .toThrow(expect.objectContaining({ refusal: { kind: 'mixed-models', models: [{ name: 'Vier', regions: ['Regio Vier'] }, { name: 'Tien', regions: ['Regio Vier'] }] } }));
    });

    it('labels rounds that started in one year by their start date', () => {
        const again = { ...inputOf(ws, 'ronde-2.regioscan') };
        const sameYear = { ...again, scan: { ...again.scan, startDate: '2023-10-02' } };
        const report = buildTrendReport([inputOf(ws, 'ronde-1.regioscan'), sameYear]);
        expect(report.rounds.map(round => round.label)).toEqual(['2023-03-01', '2023-10-02']);
    });
});

describe('the plan of trend reports', () => {
    const source = (path: string, region: string, scan: string): ScanSource => ({ path, region, input: inputOf(ws, scan) });

    it('makes one report per region scanned in more than one round, named after the region', () => {
        const jobs = planReports({
            scans: [source('/s/b.regioscan', 'Regio Vier', 'ronde-2.regioscan'), source('/s/c.regioscan', 'Regio Tien', 'tien.regioscan'), source('/s/a.regioscan', 'Regio Vier', 'ronde-1.regioscan')],
            models: []
        }, { kinds: ['ontwikkeling'] });
        expect(jobs.map(job => [job.kind, job.stem, job.source])).toEqual([['ontwikkeling', 'ontwikkeling.regio-vier', undefined]]);
        const json = JSON.parse(jobs[0]!.build().content('json', 'nl'));
        expect(json.rounds.map((round: { label: string }) => round.label)).toEqual(['2023', '2024']);
    });

    it('refuses when no region has two rounds among the scans given', () => {
        expect(() => planReports({ scans: [source('/s/a.regioscan', 'Regio Vier', 'ronde-1.regioscan')], models: [] }, { kinds: ['ontwikkeling'] }))
            .toThrow('Geen regio is in meer dan één ronde gescand (twee of meer regioscans met dezelfde regionaam), dus er is geen ontwikkeling te tonen. Geef de scans van de rondes van een regio samen op.');
    });
});
