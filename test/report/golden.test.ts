import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { BlankFormSchema, ChangelogSchema, ComparisonReportSchema, RegionReportSchema } from '../../src/domain/report-model.js';
import { TrendReportSchema } from '../../src/domain/trend-report.js';
import { UPDATE_GOLDEN as update } from '../helpers/golden.js';
import { fixtures } from './fixtures.js';
import { goldenName, render } from './render-output.js';

const expectedDir = join(dirname(fileURLToPath(import.meta.url)), 'expected');

const schemas = {
    'regio': RegionReportSchema, 'vergelijking': ComparisonReportSchema, 'formulier': BlankFormSchema, 'changelog': ChangelogSchema, 'ontwikkeling': TrendReportSchema
} as const;

describe('report renderers: golden files', () => {
    test.each(fixtures)('$name satisfies the report model schema', fixture => {
        expect(() => schemas[fixture.report.kind].parse(fixture.report)).not.toThrow();
    });

    for (const format of ['html', 'md'] as const) {
        test.each(fixtures)(`$name (${format}) matches its golden file byte for byte`, fixture => {
            const output = render(fixture, format);
            const file = join(expectedDir, goldenName(fixture, format));
            if (update) {
                mkdirSync(expectedDir, { recursive: true });
                writeFileSync(file, output, 'utf8');
            }
            expect(existsSync(file), `${file} is missing; run with UPDATE_GOLDEN=1 and review it`).toBe(true);
            expect(output).toBe(readFileSync(file, 'utf8'));
        });

        test.each(fixtures)(`$name (${format}) is deterministic, LF-only and ends with one newline`, fixture => {
            const first = render(fixture, format);
            expect(render(fixture, format)).toBe(first);
            expect(first).not.toContain('\r');
            expect(first.endsWith('\n')).toBe(true);
            expect(first.endsWith('\n\n')).toBe(false);
            expect(first).not.toMatch(/[ \t]+$/m);
        });
    }
});
