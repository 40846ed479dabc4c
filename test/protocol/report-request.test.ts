import { build } from 'esbuild';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { buildComparisonReport } from '../../src/domain/comparison-report.js';
import { buildRegionReport } from '../../src/domain/region-report.js';
import {
    ComparisonResultSchema, ModelsResultSchema, ReportResultSchema, type ComparisonParams, type ReportParams
} from '../../src/language/report-protocol.js';
import { regionReportInput } from '../../src/language/report-inputs.js';
import { renderComparisonHtml } from '../../src/report/comparison-html.js';
import { renderComparisonMarkdown } from '../../src/report/comparison-markdown.js';
import { renderRegionReportHtml } from '../../src/report/region-report-html.js';
import { renderRegionReportMarkdown } from '../../src/report/region-report-markdown.js';
import { REPORT_CSS } from '../../src/report/styles.js';
import { EXAMPLES, loadFolder, REPO_ROOT } from '../helpers/workspace.js';

// The extension's custom requests, asked of the real language server bundle over stdio, as VS Code would.
const SCAN = 'scans/regio-brakeldonk-2024.regioscan';
const uriOf = (relative: string) => pathToFileURL(path.join(EXAMPLES, relative)).toString();

let folder: string;
let server: ChildProcess;
let connection: MessageConnection;

beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'zelfscan-server-'));
    const outfile = path.join(folder, 'server.cjs');
    await build({
        entryPoints: [path.join(REPO_ROOT, 'src/language/main.ts')], outfile, bundle: true, format: 'cjs',
        platform: 'node', target: 'node20', logLevel: 'error'
    });
    server = spawn(process.execPath, [outfile, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.listen();
    const root = pathToFileURL(EXAMPLES).toString();
    await connection.sendRequest('initialize', {
        processId: process.pid, rootUri: root, capabilities: {}, workspaceFolders: [{ uri: root, name: 'examples' }]
    });
    await connection.sendNotification('initialized', {});
}, 60_000);

afterAll(() => {
    connection?.dispose();
    server?.kill();
    rmSync(folder, { recursive: true, force: true });
});

async function report(params: ReportParams) {
    return ReportResultSchema.parse(await connection.sendRequest('zelfscan/rapport', params));
}

describe('zelfscan/rapport', () => {
    test('gives the same bytes as the builders and renderers the command line uses', async () => {
        const ws = await loadFolder(EXAMPLES);
        const input = regionReportInput(ws.doc(SCAN), ws.services)!;
        const expected = renderRegionReportHtml(buildRegionReport(input.model, input.scan), 'nl');
        const expectedMd = renderRegionReportMarkdown(buildRegionReport(input.model, input.scan), 'en');

        expect(await report({ uri: uriOf(SCAN), format: 'html', language: 'nl' }))
            .toEqual({ ok: true, content: expected, fileName: 'regio.regio-brakeldonk.html' });
        expect(await report({ uri: uriOf(SCAN), format: 'md', language: 'en' }))
            .toEqual({ ok: true, content: expectedMd, fileName: 'regio.regio-brakeldonk.md' });

        const body = await report({ uri: uriOf(SCAN), format: 'html', language: 'nl', bodyOnly: true });
        const start = expected.indexOf('<body>\n') + '<body>\n'.length;
        expect(body).toEqual({
            ok: true, content: expected.slice(start, expected.lastIndexOf('\n</body>')), style: REPORT_CSS, fileName: 'regio.regio-brakeldonk.html'
        });
    });

    test('a model file gives its changelog against the version it extends', async () => {
        const result = await report({ uri: uriOf('model/regieneming-1.1.zelfscan'), format: 'md', language: 'nl', kind: 'wijzigingen' });
        expect(result.ok && result.fileName).toBe('wijzigingen.regieneming-1.1.md');
    });

    test('a scan gives its region\'s trend over the workspace\'s rounds: the bytes and name the command line writes', async () => {
        const expected = readFileSync(path.join(REPO_ROOT, 'test/cli/expected-examples/ontwikkeling.regio-brakeldonk.html'), 'utf8');
        for (const scan of [SCAN, 'scans/regio-brakeldonk-2025.regioscan']) {
            expect(await report({ uri: uriOf(scan), format: 'html', language: 'nl', kind: 'ontwikkeling' }))
                .toEqual({ ok: true, content: expected, fileName: 'ontwikkeling.regio-brakeldonk.html' });
        }
        expect(await report({ uri: uriOf('scans/regio-zandmeren-2024.regioscan'), format: 'md', language: 'nl', kind: 'ontwikkeling' })).toEqual({
            ok: false, message: 'Van Regio Zandmeren is in de werkruimte maar één ronde zonder fouten gescand; de ontwikkeling vraagt ten minste twee regioscans met dezelfde regionaam.'
        });
        expect(await report({ uri: uriOf('model/regieneming-1.1.zelfscan'), format: 'md', language: 'nl', kind: 'ontwikkeling' }))
            .toEqual({ ok: false, message: 'De ontwikkeling over de rondes is er van een regioscan (.regioscan), niet van een model.' });
    });

    test('explains in Dutch what it cannot do', async () => {
        expect(await report({ uri: uriOf(SCAN), format: 'md', language: 'nl', kind: 'wijzigingen' }))
            .toEqual({ ok: false, message: 'Wijzigingen zijn er alleen van een model (.zelfscan), niet van een regioscan.' });
        expect(await report({ uri: uriOf('scans/bestaat-niet.regioscan'), format: 'html', language: 'nl' }))
            .toEqual({ ok: false, message: 'Het bestand is niet gevonden of is geen model (.zelfscan) of regioscan (.regioscan).' });
        await expect(connection.sendRequest('zelfscan/rapport', { uri: uriOf(SCAN), format: 'pdf', language: 'nl' }))
            .rejects.toThrow(/Ongeldige aanvraag zelfscan\/rapport/);
    });
});

describe('zelfscan/rapport for the preview of a scan with errors', () => {
    const EDITED = 'scans/voorbeeld-met-fout.regioscan';

    beforeAll(async () => {
        // An unsaved buffer: R1's Ontwerper 4 becomes 7, outside the 1..5 scale.
        const text = readFileSync(path.join(EXAMPLES, SCAN), 'utf8')
            .replace(/(respondent R1 [^{]*\{\s*interview [\d-]+\s*Ontwerper )4/, '$17');
        expect(text).toContain('Ontwerper 7');
        await connection.sendNotification('textDocument/didOpen', {
            textDocument: { uri: uriOf(EDITED), languageId: 'regioscan', version: 1, text }
        });
    });
    // Closed again: the buffer has no file, so it leaves the workspace and the comparisons below.
    afterAll(() => connection.sendNotification('textDocument/didClose', { textDocument: { uri: uriOf(EDITED) } }));

    test('is refused for files, and for the preview shows what is valid with the score marked and the error listed', async () => {
        expect(await report({ uri: uriOf(EDITED), format: 'html', language: 'nl' }))
            .toEqual({ ok: false, message: 'De regioscan bevat fouten; los die eerst op (zie het venster Problemen).' });
        const preview = await report({ uri: uriOf(EDITED), format: 'md', language: 'nl', preview: true });
        const line = readFileSync(path.join(EXAMPLES, SCAN), 'utf8').split('\n').findIndex(l => /^\s*Ontwerper 4/.test(l)) + 1;
        expect(preview.ok && preview.problems).toEqual([
            `regel ${line}: Score 7 valt buiten de schaal aanwezigheid (1 tot en met 5). Kies een waarde van 1 tot en met 5, of '?' voor geen oordeel.`
        ]);
        const content = preview.ok ? preview.content : '';
        expect(content).toContain('~~7~~ (buiten de schaal, telt niet mee)');
        // The 7 counts nowhere: the statistics equal those of the scan with R1's Ontwerper left out.
        const ws = await loadFolder(EXAMPLES);
        const input = regionReportInput(ws.doc(SCAN), ws.services)!;
        const without = { ...input.scan, respondents: input.scan.respondents.map(r => r.id !== 'R1' ? r
            : { ...r, scores: r.scores.filter(score => score.role !== 'Ontwerper') }) };
        const ontwerper = buildRegionReport(input.model, without).statistics.find(stat => stat.role === 'Ontwerper');
        const previewStatistics = buildRegionReport(input.model, {
            ...without, respondents: without.respondents.map(r => r.id !== 'R1' ? r : { ...r, scores: [...r.scores, { role: 'Ontwerper', value: 7 }] })
        }).statistics.find(stat => stat.role === 'Ontwerper');
        expect(previewStatistics).toEqual(ontwerper);
    });
});

describe('zelfscan/modellen', () => {
    test('lists every model version of the workspace with its roles, focuses and questions', async () => {
        const models = ModelsResultSchema.parse(await connection.sendRequest('zelfscan/modellen', {}))
            .sort((a, b) => a.version.localeCompare(b.version));
        expect(models.map(m => `${m.name} ${m.version}`)).toEqual(['Regieneming 1.0', 'Regieneming 1.1', 'Regieneming 1.2']);
        expect(models[2].roles).toEqual(['Ontwerper', 'Kwartiermaker', 'Bruggenbouwer', 'Dirigent', 'Evaluator']);
        expect(models[0].roles).toEqual(['Ontwerper', 'Kwartiermaker', 'Verbinder', 'Dirigent']);
        expect(models[0].focuses.find(f => f.name === 'po_vo')?.requirements).toEqual([['gemeente'], ['swv', 'schoolbestuur'], ['jeugdhulp']]);
        expect(models[0].questions.map(q => q.name)).toEqual(['a', 'b', 'c', 'd']);
        expect(models[0].uri).toBe(uriOf('model/regieneming-1.0.zelfscan'));
    });
});

describe('zelfscan/vergelijking', () => {
    const REGIONS = ['Regio Brakeldonk', 'Regio Brakeldonk', 'Regio Hoogvenne', 'Regio Kromwaard', 'Regio Lindemonde', 'Regio Zandmeren'];
    const SCANS = [
        'scans/regio-brakeldonk-2024.regioscan', 'scans/regio-brakeldonk-2025.regioscan', 'scans/regio-hoogvenne-2024.regioscan',
        'scans/regio-kromwaard-2024.regioscan',
        'scans/regio-lindemonde-2024.regioscan', 'scans/regio-zandmeren-2024.regioscan'
    ];
    const BROKEN = 'scans/kapot.regioscan';
    const BROKEN_SKIPPED = { uri: uriOf(BROKEN), message: 'De regioscan bevat fouten; los die eerst op (zie het venster Problemen).' };

    async function comparison(params: ComparisonParams) {
        return ComparisonResultSchema.parse(await connection.sendRequest('zelfscan/vergelijking', params));
    }

    /** What the command line renders for the six example scans. */
    async function expected(anonymous: boolean, format: 'html' | 'md', language: 'nl' | 'en'): Promise<string> {
        const ws = await loadFolder(EXAMPLES);
        const entries = SCANS.map(scan => regionReportInput(ws.doc(scan), ws.services)!);
        const report = buildComparisonReport(entries, { anonymous });
        return format === 'html' ? renderComparisonHtml(report, language) : renderComparisonMarkdown(report, language);
    }

    beforeAll(async () => {
        // An unsaved buffer in the editor, not a file on disk: a copy of a scan with a score outside the scale.
        const text = readFileSync(path.join(EXAMPLES, SCANS[0]), 'utf8')
            .replace('"Regio Brakeldonk"', '"Regio Kapot"')
            .replace(/(respondent R1 [^{]*\{\s*interview [\d-]+\s*Ontwerper )4/, '$17');
        expect(text).toContain('Ontwerper 7');
        await connection.sendNotification('textDocument/didOpen', {
            textDocument: { uri: uriOf(BROKEN), languageId: 'regioscan', version: 1, text }
        });
    });

    test('compares every scan without errors, in the bytes the command line writes, and lists the scan it skipped', async () => {
        expect(await comparison({ format: 'html', language: 'nl', anonymous: false })).toEqual({
            ok: true, content: await expected(false, 'html', 'nl'), fileName: 'vergelijking.html',
            scans: SCANS.map(uriOf), skipped: [BROKEN_SKIPPED]
        });
        expect(await comparison({ format: 'md', language: 'en' })).toEqual({
            ok: true, content: await expected(false, 'md', 'en'), fileName: 'vergelijking.md',
            scans: SCANS.map(uriOf), skipped: [BROKEN_SKIPPED]
        });
    });

    test('anonymised: no region name in the output', async () => {
        const result = await comparison({ format: 'html', language: 'nl', anonymous: true, minimumGroupSize: 5 });
        expect(result).toEqual({
            ok: true, content: await expected(true, 'html', 'nl'), fileName: 'vergelijking-anoniem.html',
            scans: SCANS.map(uriOf), skipped: [BROKEN_SKIPPED]
        });
        const content = result.ok ? result.content : '';
        for (const region of [...REGIONS, 'Regio Kapot']) {
            expect(content).not.toContain(region.replace('Regio ', ''));
        }
    });

    test('anonymised: refused in Dutch below the minimum group size', async () => {
        expect(await comparison({ format: 'md', language: 'nl', anonymous: true, minimumGroupSize: 7 })).toEqual({
            ok: false,
            message: "Een anonieme vergelijking vraagt ten minste 7 regio's, zodat geen uitkomst tot één regio te herleiden is; "
                + "er zijn 5 gegeven (elke regio telt één keer, met haar laatste scan). Voeg regioscans van andere regio's toe.",
            skipped: [BROKEN_SKIPPED]
        });
        // The minimum only guards anonymised output.
        expect((await comparison({ format: 'md', language: 'nl', anonymous: false, minimumGroupSize: 7 })).ok).toBe(true);
    });

    test('rejects malformed parameters', async () => {
        await expect(connection.sendRequest('zelfscan/vergelijking', { format: 'md', language: 'nl', anonymous: true, minimumGroupSize: 0 }))
            .rejects.toThrow(/Ongeldige aanvraag zelfscan\/vergelijking/);
    });
});
