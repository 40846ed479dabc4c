import { build } from 'esbuild';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { buildRegionReport } from '../../src/domain/region-report.js';
import { ModelsResultSchema, ReportResultSchema, type ReportParams } from '../../src/language/report-protocol.js';
import { regionReportInput } from '../../src/language/report-inputs.js';
import { renderReport } from '../../src/report/render.js';
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
        const expected = renderReport(buildRegionReport(input.model, input.scan), 'html', { language: 'nl' });
        const expectedMd = renderReport(buildRegionReport(input.model, input.scan), 'md', { language: 'en' });

        expect(await report({ uri: uriOf(SCAN), format: 'html', language: 'nl' }))
            .toEqual({ ok: true, content: expected, fileName: 'regio-brakeldonk-2024.html' });
        expect(await report({ uri: uriOf(SCAN), format: 'md', language: 'en' }))
            .toEqual({ ok: true, content: expectedMd, fileName: 'regio-brakeldonk-2024.md' });

        const body = await report({ uri: uriOf(SCAN), format: 'html', language: 'nl', bodyOnly: true });
        const start = expected.indexOf('<body>\n') + '<body>\n'.length;
        expect(body).toEqual({
            ok: true, content: expected.slice(start, expected.lastIndexOf('\n</body>')), style: REPORT_CSS, fileName: 'regio-brakeldonk-2024.html'
        });
    });

    test('a model file gives its changelog against the version it extends', async () => {
        const result = await report({ uri: uriOf('model/regieneming-1.1.zelfscan'), format: 'md', language: 'nl', kind: 'wijzigingen' });
        expect(result.ok && result.fileName).toBe('regieneming-1.1-wijzigingen.md');
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

describe('zelfscan/modellen', () => {
    test('lists every model version of the workspace with its roles, focuses and questions', async () => {
        const models = ModelsResultSchema.parse(await connection.sendRequest('zelfscan/modellen', {}))
            .sort((a, b) => a.version.localeCompare(b.version));
        expect(models.map(m => `${m.name} ${m.version}`)).toEqual(['Regieneming 1.0', 'Regieneming 1.1']);
        expect(models[0].roles).toEqual(['Ontwerper', 'Kwartiermaker', 'Verbinder', 'Dirigent']);
        expect(models[0].focuses.find(f => f.name === 'po_vo')?.requirements).toEqual([['gemeente'], ['swv', 'schoolbestuur'], ['jeugdhulp']]);
        expect(models[0].questions.map(q => q.name)).toEqual(['a', 'b', 'c', 'd']);
        expect(models[0].uri).toBe(uriOf('model/regieneming-1.0.zelfscan'));
    });
});
