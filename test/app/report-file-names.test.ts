import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isKindWord, modelSubject, regionSubject, reportFileName, reportStem } from '../../src/app/report-file-names.js';
import { REPORT_KIND_NAMES, reportKind } from '../../src/app/report-kinds.js';
import { ComparisonReportSchema, RegionReportSchema } from '../../src/domain/report-model.js';
import { TrendReportSchema } from '../../src/domain/trend-report.js';
import { kindOptions } from '../cli/kind-options.js';
import { MODEL_1_0, MODEL_1_1, SCAN_OOST } from '../domain/report-fixtures.js';
import { bundleCli, type CliBundle } from '../helpers/cli-bundle.js';

/** Region names that each look like the name of a report of another kind, or like a kind word. */
const LOOKALIKES = [
    'Vergelijking', 'Vergelijking anoniem', 'vergelijking-anoniem', 'Formulier', 'Formulier M 1.0', 'formulier.m-1.0',
    'Wijzigingen M 1.0', 'wijzigingen.m-1.0', 'Regio', 'regio.vergelijking', 'Changelog M 1.0', 'Ontwikkeling', 'ontwikkeling.vergelijking'
];

describe('the file-naming scheme', () => {
    it('starts every name with a kind word that ends at the first dot, which no subject contains', () => {
        for (const kind of REPORT_KIND_NAMES) {
            expect(isKindWord(kind), kind).toBe(true);
        }
        for (const region of LOOKALIKES) {
            expect(regionSubject(region), region).not.toContain('.');
        }
        expect(new Set(REPORT_KIND_NAMES).size).toBe(REPORT_KIND_NAMES.length);
    });

    it('gives every kind a different name for every look-alike region and model', () => {
        const names = new Set<string>();
        let count = 0;
        for (const kind of REPORT_KIND_NAMES) {
            const per = reportKind(kind).per;
            // Within a kind the plan numbers equal subjects (tested below); here each distinct subject once.
            const subjects = per === 'scan' || per === 'region' ? [...new Set(LOOKALIKES.map(regionSubject))]
                : per === 'model' ? [modelSubject({ name: 'M', version: '1.0' }), modelSubject({ name: 'Vergelijking', version: '1' })]
                : [undefined];
            for (const subject of subjects) {
                names.add(reportFileName(reportStem(kind, subject), 'html'));
                count++;
            }
        }
        expect(names.size).toBe(count);
        expect(names).toContain('regio.vergelijking-anoniem.html');
        expect(names).toContain('vergelijking-anoniem.html');
        expect(names).toContain('ontwikkeling.vergelijking-anoniem.html');
        expect(names).toContain('regio.ontwikkeling-vergelijking.html');
    });
});

let bundle: CliBundle;

beforeAll(async () => {
    bundle = await bundleCli('zelfscan-names-');
}, 60_000);

afterAll(() => bundle.dispose());

describe('zelfscan generate with regions named like the fixed reports', () => {
    it('writes every report of every kind under its own name: none overwrites another', () => {
        const root = mkdtempSync(path.join(bundle.scratch, 'p-'));
        mkdirSync(path.join(root, 'modellen'));
        mkdirSync(path.join(root, 'scans'));
        writeFileSync(path.join(root, 'modellen', 'm-1.0.zelfscan'), MODEL_1_0);
        writeFileSync(path.join(root, 'modellen', 'm-1.1.zelfscan'), MODEL_1_1);
        LOOKALIKES.forEach((region, index) => {
            writeFileSync(path.join(root, 'scans', `s${String(index).padStart(2, '0')}.regioscan`), SCAN_OOST.replace('Regio Oost', region));
        });
        // A second round of the region named like the anonymised comparison, a year later: it has a trend report.
        writeFileSync(path.join(root, 'scans', 's99.regioscan'), SCAN_OOST.replace('Regio Oost', 'Vergelijking anoniem').replaceAll('2024-', '2025-'));
        const result = spawnSync(process.execPath, [bundle.cli, 'generate', 'scans', '--werkruimte', 'modellen', '--out', 'r', '--format', 'all', '--json',
            ...kindOptions()], { cwd: root, encoding: 'utf8' });
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        const written = result.stdout.trim().split('\n').map(line => path.basename(line));
        // A region report per scan, 2 comparisons, 1 trend, the blank form and the changelog of M 1.0, each in three formats.
        expect(written).toHaveLength((LOOKALIKES.length + 1 + 5) * 3);
        expect(new Set(written).size).toBe(written.length);
        expect(readdirSync(path.join(root, 'r')).sort()).toEqual([...written].sort());

        const read = (name: string) => JSON.parse(readFileSync(path.join(root, 'r', name), 'utf8'));
        expect(RegionReportSchema.parse(read('regio.vergelijking-anoniem.json')).region).toBe('Vergelijking anoniem');
        expect(RegionReportSchema.parse(read('regio.vergelijking-anoniem-2.json')).region).toBe('vergelijking-anoniem');
        expect(RegionReportSchema.parse(read('regio.vergelijking.json')).region).toBe('Vergelijking');
        expect(RegionReportSchema.parse(read('regio.vergelijking-anoniem-3.json')).region).toBe('Vergelijking anoniem');
        expect(TrendReportSchema.parse(read('ontwikkeling.vergelijking-anoniem.json')).rounds.map(round => round.label)).toEqual(['2024', '2025']);
        expect(RegionReportSchema.parse(read('regio.formulier-m-1-0.json')).region).toBe('Formulier M 1.0');
        const anonymous = ComparisonReportSchema.parse(read('vergelijking-anoniem.json'));
        expect(anonymous.anonymous).toBe(true);
        expect(ComparisonReportSchema.parse(read('vergelijking.json')).anonymous).toBe(false);
        expect(read('formulier.m-1.0.json').kind).toBe('formulier');
        expect(read('wijzigingen.m-1.0.json').kind).toBe('changelog');
        expect(readFileSync(path.join(root, 'r', 'vergelijking-anoniem.html'), 'utf8')).not.toContain('Vergelijking anoniem');
    });
});
