import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/domain/limits.js';
import { reportScale } from '../../src/domain/region-report.js';
import { ReportError } from '../../src/domain/report-error.js';
import type { ResolvedModel } from '../../src/domain/resolved-model.js';
import { limitDiagnostics } from '../../src/language/document-limits.js';
import { createTestWorkspace, summarize } from '../helpers/workspace.js';
import { edit, GOOD_MODEL, GOOD_SCAN, modelFindings } from './fixture-texts.js';

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
        expect(() => reportScale(model)).toThrow(expect.objectContaining({
            refusal: { kind: 'invalid-scale', model: { name: 'M', version: '1' }, scale: 's', min: 1, max: 10_000_000, maxPoints: 101 }
        }));
    });
});

describe('file size (at most 2 MiB) and diagnostics per file (at most 200)', () => {
    const padded = (text: string, bytes: number) => `${text}// ${'x'.repeat(bytes - Buffer.byteLength(text) - 3)}`;

    it('does not parse a file beyond 2 MiB: one diagnostic at 1:1 gives its size and the limit', async () => {
        const text = padded(GOOD_SCAN, LIMITS.maxFileBytes + 1);
        const started = performance.now();
        const ws = await createTestWorkspace({ 'm.zelfscan': GOOD_MODEL, 's.regioscan': text });
        expect(performance.now() - started).toBeLessThan(5_000);
        expect(ws.diagnostics('s.regioscan').map(summarize)).toEqual([{
            severity: 'error', code: 'bestand-te-groot', range: '1:1-1:1',
            message: 'Dit bestand is 2,0 MB (2.097.153 bytes); de grens is 2,0 MB (2.097.152 bytes). Het wordt niet gelezen of gecontroleerd. Splits het in kleinere bestanden: één model of één regioscan per bestand.'
        }]);
        expect((ws.doc('s.regioscan').parseResult.value as { members?: unknown[] }).members ?? []).toEqual([]);
    });

    it('counts bytes, not characters: 1,1 million é is 2,1 MB; a file of exactly 2 MiB is read', async () => {
        const wide = await createTestWorkspace({ 'e.regioscan': `// ${'é'.repeat(1_100_000)}` });
        expect(wide.diagnostics('e.regioscan').map(d => d.message)[0]).toMatch(/^Dit bestand is 2,1 MB \(2\.200\.003 bytes\); de grens/);
        const exact = await createTestWorkspace({ 'm.zelfscan': GOOD_MODEL, 's.regioscan': padded(GOOD_SCAN, LIMITS.maxFileBytes) });
        expect(exact.diagnostics('s.regioscan')).toEqual([]);
    });

    it('keeps 199 diagnostics of a garbage file and counts the rest in a 200th, at the first one left out', async () => {
        const garbage = Array.from({ length: 2_000 }, (_, i) => `#${i} `).join('');
        const ws = await createTestWorkspace({ 'rommel.regioscan': garbage });
        const all = ws.diagnostics('rommel.regioscan').map(summarize);
        expect(all).toHaveLength(200);
        expect(all.filter(d => d.code === 'lexing-error' || d.code === 'parsing-error')).toHaveLength(199);
        const last = all.find(d => d.code === 'meldingen-afgekapt')!;
        expect(last.message).toMatch(/^… en [\d.]+ meldingen meer in dit bestand \(er worden er hoogstens 200 getoond\)\. Herstel eerst de getoonde; de rest volgt dan\.$/);
    });

    it('orders by severity and place before cutting, and counts exactly', () => {
        const at = (line: number, severity: 1 | 2) => ({ severity, message: `${line}`, range: { start: { line, character: 0 }, end: { line, character: 1 } } });
        const many = [...Array.from({ length: 150 }, (_, i) => at(i, 2)), ...Array.from({ length: 100 }, (_, i) => at(1000 + i, 1))];
        const limited = limitDiagnostics(many);
        expect(limited).toHaveLength(200);
        expect(limited.slice(0, 100).every(d => d.severity === 1)).toBe(true);
        expect(limited[198].message).toBe('98');
        expect(limited[199]).toMatchObject({
            severity: 2, range: { start: { line: 99, character: 0 }, end: { line: 99, character: 0 } },
            message: '… en 51 meldingen meer in dit bestand (er worden er hoogstens 200 getoond). Herstel eerst de getoonde; de rest volgt dan.'
        });
        expect(limitDiagnostics(many.slice(0, 200))).toHaveLength(200);
    });

    it('cuts a quarter of a million diagnostics (2 MB of garbage gives that many) without running out of stack', () => {
        const at = (line: number) => ({ severity: 1 as const, message: `${line}`, range: { start: { line, character: 0 }, end: { line, character: 1 } } });
        const limited = limitDiagnostics(Array.from({ length: 250_000 }, (_, i) => at(i)));
        expect(limited).toHaveLength(200);
        expect(limited[199].message).toBe('… en 249.801 meldingen meer in dit bestand (er worden er hoogstens 200 getoond). Herstel eerst de getoonde; de rest volgt dan.');
    });
});
