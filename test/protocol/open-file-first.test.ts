import { build } from 'esbuild';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { REPO_ROOT } from '../helpers/workspace.js';

// When a workspace opens, the language server checks the model files and the files open in the editor before
// every other scan, so the open file has its diagnostics first; the other scans follow and are all checked.
const FIXTURES = path.join(REPO_ROOT, 'test/fixtures');
const SCANS = 30;
const name = (i: number) => `regio-${String(i).padStart(2, '0')}.regioscan`;
const OPEN = name(15);
const IGNORED = ['.verborgen.regioscan', 'scans/.regioscan', '.git/regio.regioscan', 'node_modules/pakket/regio.regioscan',
    'out/regio.regioscan', 'scans/regio-01.regioscan.bak', 'scans/REGIO.REGIOSCAN', 'aantekeningen.txt'];

let folder: string;
let server: ChildProcess;
let connection: MessageConnection;
const published: Array<{ file: string; messages: string[] }> = [];
let everyFile: Promise<void>;

beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'zelfscan-open-first-'));
    const outfile = path.join(folder, 'server.cjs');
    await build({
        entryPoints: [path.join(REPO_ROOT, 'src/language/main.ts')], outfile, bundle: true, format: 'cjs',
        platform: 'node', target: 'node20', logLevel: 'error'
    });
    const workspace = path.join(folder, 'werkruimte');
    mkdirSync(path.join(workspace, 'scans'), { recursive: true });
    copyFileSync(path.join(FIXTURES, 'good/regieneming-1.0.zelfscan'), path.join(workspace, 'regieneming-1.0.zelfscan'));
    const good = readFileSync(path.join(FIXTURES, 'good/regio-noord.regioscan'), 'utf8');
    for (let i = 1; i <= SCANS; i++) {
        // The last scan scores outside the scale: checked in the second step, its error must still be reported.
        writeFileSync(path.join(workspace, 'scans', name(i)), i === SCANS ? good.replace('Ontwerper 4', 'Ontwerper 6') : good);
    }
    const files = ['regieneming-1.0.zelfscan', ...Array.from({ length: SCANS }, (_, i) => `scans/${name(i + 1)}`)];
    // Files the workspace leaves out: hidden ones, dependencies and build output, other extensions.
    for (const ignored of IGNORED) {
        mkdirSync(path.dirname(path.join(workspace, ignored)), { recursive: true });
        writeFileSync(path.join(workspace, ignored), good.replace('"Regio Noord"', JSON.stringify(`Regio ${ignored}`)));
    }

    server = spawn(process.execPath, [outfile, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    everyFile = new Promise(resolve => {
        const seen = new Set<string>();
        connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Array<{ message: string }> }) => {
            const file = path.relative(workspace, new URL(params.uri).pathname);
            published.push({ file, messages: params.diagnostics.map(d => d.message) });
            seen.add(file);
            if (files.every(f => seen.has(f))) {
                resolve();
            }
        });
    });
    connection.listen();
    const root = pathToFileURL(workspace).toString();
    await connection.sendRequest('initialize', {
        processId: process.pid, rootUri: root, capabilities: {}, workspaceFolders: [{ uri: root, name: 'werkruimte' }]
    });
    // Opened before `initialized`, as the protocol allows, so the server knows it is open when it loads the folder.
    const open = path.join(workspace, 'scans', OPEN);
    await connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri: pathToFileURL(open).toString(), languageId: 'regioscan', version: 1, text: readFileSync(open, 'utf8') }
    });
    await connection.sendNotification('initialized', {});
    await everyFile;
}, 60_000);

afterAll(() => {
    connection?.dispose();
    server?.kill();
    rmSync(folder, { recursive: true, force: true });
});

describe('opening a workspace', () => {
    test('publishes the diagnostics of the model first, then of the open scan, then of the other scans', () => {
        // First publication of each file (a file can be published again when an update follows the first build).
        const order = [...new Set(published.map(p => p.file))];
        expect(order.slice(0, 2)).toEqual(['regieneming-1.0.zelfscan', `scans/${OPEN}`]);
        expect(new Set(order.slice(2))).toEqual(new Set(Array.from({ length: SCANS }, (_, i) => `scans/${name(i + 1)}`).filter(f => f !== `scans/${OPEN}`)));
    });

    test('checks the scans of the second step against the model like the first', () => {
        const last = published.filter(p => p.file === `scans/${name(SCANS)}`).at(-1);
        expect(last?.messages).toEqual([
            "Score 6 valt buiten de schaal aanwezigheid (1 tot en met 5). Kies een waarde van 1 tot en met 5, of '?' voor geen oordeel."
        ]);
        expect(published.filter(p => p.file === `scans/${name(1)}`).at(-1)?.messages).toEqual([]);
    });

    test('holds the model and scan files of the folder and nothing else', async () => {
        const symbols: Array<{ name: string; location: { uri: string } }> = await connection.sendRequest('workspace/symbol', { query: 'regio' });
        const scans = symbols.filter(s => s.name.startsWith('regioscan ')).map(s => path.relative(folder, new URL(s.location.uri).pathname));
        expect(scans.sort()).toEqual(Array.from({ length: SCANS }, (_, i) => `werkruimte/scans/${name(i + 1)}`));
        expect(new Set(published.map(p => p.file))).toEqual(new Set(['regieneming-1.0.zelfscan', ...Array.from({ length: SCANS }, (_, i) => `scans/${name(i + 1)}`)]));
    });
});
