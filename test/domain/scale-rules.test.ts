import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderRegionReportMarkdown } from '../../src/report/region-report-markdown.js';
import { UPDATE_GOLDEN } from '../helpers/golden.js';
import { REPO_ROOT } from '../helpers/workspace.js';
import { buildRegionReport } from '../../src/domain/region-report.js';
import type { RegionReport } from '../../src/domain/report-model.js';
import { createTestWorkspace, type TestWorkspace } from '../helpers/workspace.js';
import { inputOf } from './report-fixtures.js';
import { VARIANT_FILES } from './scale-variants.js';

let ws: TestWorkspace;
const report = (name: string): RegionReport => {
    const { model, scan } = inputOf(ws, name);
    return buildRegionReport(model, scan);
};

beforeAll(async () => {
    ws = await createTestWorkspace(VARIANT_FILES);
});

describe('a 1..4 scale with five roles and its own rules (weak ≤ 1, disagreement from 3, halves down, sample deviation)', () => {
    it('has no findings in the models or the scans', () => {
        for (const name of Object.keys(VARIANT_FILES)) {
            expect(ws.diagnostics(name).filter(d => d.severity === 1), name).toEqual([]);
        }
        expect(ws.diagnostics('vier-1.0.zelfscan')).toEqual([]);
    });

    it('computes every statistic as worked out by hand', () => {
        // Ontwerper 1,2,1,1: mean 1,25, squared deviations sum to 0,75 → sample sd √(0,75/3) = 0,5, nearest point 1.
        // Kwartiermaker 4,1,2,3: mean 2,5 → halves down → 2; squared deviations 5 → √(5/3). Verbinder 2,3,2,3: 2,5 → 2, √(1/3).
        // Dirigent 1,1,1 (R4 scored ?): mean 1, sd 0. Netwerker 3,4,3,4: 3,5 → 3.
        expect(report('vier-1.0.regioscan').statistics).toEqual([
            { role: 'Ontwerper', count: 4, mean: 1.25, median: 1, min: 1, max: 2, spread: 1, standardDeviation: 0.5, roundedMean: 1, meanLabel: 'Nooit' },
            { role: 'Kwartiermaker', count: 4, mean: 2.5, median: 2.5, min: 1, max: 4, spread: 3, standardDeviation: Math.sqrt(5 / 3), roundedMean: 2, meanLabel: 'Soms' },
            { role: 'Verbinder', count: 4, mean: 2.5, median: 2.5, min: 2, max: 3, spread: 1, standardDeviation: Math.sqrt(1 / 3), roundedMean: 2, meanLabel: 'Soms' },
            { role: 'Dirigent', count: 3, mean: 1, median: 1, min: 1, max: 1, spread: 0, standardDeviation: 0, roundedMean: 1, meanLabel: 'Nooit' },
            { role: 'Netwerker', count: 4, mean: 3.5, median: 3.5, min: 3, max: 4, spread: 1, standardDeviation: Math.sqrt(1 / 3), roundedMean: 3, meanLabel: 'Vaak' }
        ]);
    });

    it('flags only what the model\'s thresholds say: spread 3 disagrees, a mean of 1 is weak, 1,25 is not', () => {
        expect(report('vier-1.0.regioscan').flags).toEqual([
            { kind: 'onenigheid', role: 'Kwartiermaker', min: 1, max: 4, spread: 3 },
            { kind: 'zwak-aanwezig', role: 'Dirigent', mean: 1, threshold: 1, suggestions: ['Dirigent actie'] }
        ]);
    });

    it('carries the rules it applied', () => {
        expect(report('vier-1.0.regioscan').scale.rules).toEqual({ weakAtMost: 1, disagreementFrom: 3, rounding: 'beneden', deviation: 'steekproef' });
    });

    it('changes the weak flags and nothing else when an extending version changes the weak threshold', () => {
        const before = report('vier-1.0.regioscan');
        const after = report('vier-1.1.regioscan');
        expect(after.flags).toEqual([
            { kind: 'zwak-aanwezig', role: 'Ontwerper', mean: 1.25, threshold: 2, suggestions: ['Ontwerper actie'] },
            { kind: 'onenigheid', role: 'Kwartiermaker', min: 1, max: 4, spread: 3 },
            { kind: 'zwak-aanwezig', role: 'Dirigent', mean: 1, threshold: 2, suggestions: ['Dirigent actie'] }
        ]);
        expect(after.scale.rules).toEqual({ ...before.scale.rules, weakAtMost: 2 });
        const rest = (r: RegionReport) => ({ ...r, flags: undefined, model: undefined, scale: { ...r.scale, rules: undefined } });
        expect(rest(after)).toEqual(rest(before));
    });
});

describe('a 0..10 scale (weak ≤ 4, disagreement from 5, halves to even, population deviation)', () => {
    it('rounds halves to the even point and flags by its own thresholds', () => {
        // A 6,7 → 6,5 → 6; B 0,9 → 4,5 → 4, spread 9; C 3,4 → 3,5 → 4, weak (≤ 4). Population sd of two scores a apart: a/2.
        const tien = report('tien.regioscan');
        expect(tien.statistics).toEqual([
            { role: 'A', count: 2, mean: 6.5, median: 6.5, min: 6, max: 7, spread: 1, standardDeviation: 0.5, roundedMean: 6, meanLabel: 'p6' },
            { role: 'B', count: 2, mean: 4.5, median: 4.5, min: 0, max: 9, spread: 9, standardDeviation: 4.5, roundedMean: 4, meanLabel: 'p4' },
            { role: 'C', count: 2, mean: 3.5, median: 3.5, min: 3, max: 4, spread: 1, standardDeviation: 0.5, roundedMean: 4, meanLabel: 'p4' }
        ]);
        expect(tien.flags).toEqual([
            { kind: 'onenigheid', role: 'B', min: 0, max: 9, spread: 9 },
            { kind: 'zwak-aanwezig', role: 'C', mean: 3.5, threshold: 4, suggestions: ['C doen'] }
        ]);
    });
});

describe('the region reports of the variants (golden files)', () => {
    const expectedDir = path.join(REPO_ROOT, 'test/domain/expected');
    it.each([
        ['vier-1.0.regioscan', 'nl', 'regio-vier-1.0-nl.md'],
        ['vier-1.0.regioscan', 'en', 'regio-vier-1.0-en.md'],
        ['tien.regioscan', 'nl', 'regio-tien-nl.md']
    ] as const)('%s in %s matches %s byte for byte', (scan, language, golden) => {
        const output = renderRegionReportMarkdown(report(scan), language);
        const file = path.join(expectedDir, golden);
        if (UPDATE_GOLDEN) {
            mkdirSync(expectedDir, { recursive: true });
            writeFileSync(file, output, 'utf8');
        }
        expect(existsSync(file), `${file} is missing; run with UPDATE_GOLDEN=1 and review it`).toBe(true);
        expect(output).toBe(readFileSync(file, 'utf8'));
    });
});
