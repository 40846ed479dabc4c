import { beforeAll, describe, expect, it } from 'vitest';
import { buildTrendReport, TrendReportSchema } from '../../src/domain/trend-report.js';
import { createTestWorkspace, type TestWorkspace } from '../helpers/workspace.js';
import { inputOf } from './report-fixtures.js';
import { TREND_FILES } from './scale-variants.js';

let ws: TestWorkspace;

beforeAll(async () => {
    ws = await createTestWorkspace(TREND_FILES);
});

/** The rounds of Regio Vier are described in scale-variants.ts; the figures below are worked out by hand from the scores. */
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
