import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/domain/limits.js';
import { reportScale } from '../../src/domain/region-report.js';
import { ReportError } from '../../src/domain/report-error.js';
import type { ResolvedModel } from '../../src/domain/resolved-model.js';
import { edit, GOOD_MODEL, modelFindings } from './fixture-texts.js';

const withScale = (header: string, points?: string) => {
    const text = edit(GOOD_MODEL, 'schaal aanwezigheid 1..5', `schaal aanwezigheid ${header}`);
    return points === undefined ? text : text.replace(/(schaal aanwezigheid [^{]*\{)[^}]*\}/, `$1\n${points}\n    }`);
};

/** Only the scale's findings: the rest of the good model has none. */
async function scaleFindings(model: string) {
    const started = performance.now();
    const findings = await modelFindings(model);
    return { findings, ms: performance.now() - started };
}

describe('scale bounds (at most 101 points, bounds up to 1.000.000)', () => {
    it('rejects 1..10000000 at the range, at once, without listing a point', async () => {
        const { findings, ms } = await scaleFindings(withScale('1..10000000'));
        expect(findings).toEqual([{
            severity: 'error', code: 'schaal-grenzen', range: '4:25-4:36',
            message: 'De schaal 1..10000000 heeft 10.000.000 punten; een schaal heeft er hoogstens 101, elk met een eigen omschrijving. Kies een kleiner bereik, bijvoorbeeld 1..5.'
        }]);
        expect(ms).toBeLessThan(5_000);
    });

    it('rejects a bound beyond 1.000.000, such as 2147483648 or one past exact integers', async () => {
        expect((await scaleFindings(withScale('1..2147483648'))).findings.map(f => f.message)).toEqual([
            'De schaal 1..2147483648 heeft 2.147.483.648 punten; een schaal heeft er hoogstens 101, elk met een eigen omschrijving. Kies een kleiner bereik, bijvoorbeeld 1..5.'
        ]);
        expect((await scaleFindings(withScale('2147483640..2147483648'))).findings).toEqual([{
            severity: 'error', code: 'schaal-grenzen', range: '4:25-4:47',
            message: 'De schaalgrens 2.147.483.648 is te groot: een schaal loopt tot hoogstens 1.000.000 en heeft hoogstens 101 punten. Schrijf bijvoorbeeld 1..5.'
        }]);
        expect((await scaleFindings(withScale('1..99999999999999999999999'))).findings.map(f => f.code)).toEqual(['schaal-grenzen']);
    });

    it('accepts 0..100 with a label per point, and rejects 0..101', async () => {
        const labels = (min: number, max: number) => Array.from({ length: max - min + 1 }, (_, i) => `        ${min + i} "p${min + i}"`).join('\n');
        expect((await scaleFindings(withScale('0..100', labels(0, 100)))).findings).toEqual([]);
        expect(LIMITS.maxScalePoints).toBe(101);
        expect((await scaleFindings(withScale('0..101', labels(0, 101)))).findings.map(f => f.message)).toEqual([
            'De schaal 0..101 heeft 102 punten; een schaal heeft er hoogstens 101, elk met een eigen omschrijving. Kies een kleiner bereik, bijvoorbeeld 1..5.'
        ]);
    });

    it('lists at most ten missing points, then says how many more', async () => {
        expect((await scaleFindings(withScale('1..50'))).findings).toEqual([{
            severity: 'error', code: 'schaal-gat', range: '4:12-4:24',
            message: "De schaal aanwezigheid mist een omschrijving voor de punten 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 en nog 35. Geef elk punt van 1 tot en met 50 een regel zoals '6 \"…\"'."
        }]);
    });

    it('a report refuses a scale beyond the limits rather than drawing its points', () => {
        const model = { key: { name: 'M', version: '1' }, scale: { name: 's', min: 1, max: 10_000_000, points: [{ value: 1, label: 'a' }] } } as unknown as ResolvedModel;
        expect(() => reportScale(model)).toThrow(ReportError);
        expect(() => reportScale(model)).toThrow('De schaal s (1..10000000) van model M versie 1 is ongeldig: een schaal heeft hoogstens 101 punten. Herstel het model eerst.');
    });
});
