import { build } from 'esbuild';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { ComparisonResultSchema, ReportResultSchema } from '../../src/language/report-protocol.js';
import { bundleCli, type CliBundle } from '../helpers/cli-bundle.js';
import { EXAMPLES, listSourceFiles, REPO_ROOT } from '../helpers/workspace.js';

// The editor (through the server's report requests over stdio) and the command line, on the same files,
// must write every report under the same name, with the same bytes.

let cli: CliBundle;
let workspace: string;
let server: ChildProcess;
let connection: MessageConnection;
/** What `zelfscan generate` wrote for the workspace: file name → content. */
const written = new Map<string, string>();

beforeAll(async () => {
    cli = await bundleCli('zelfscan-names-protocol-');
    workspace = mkdtempSync(path.join(tmpdir(), 'zelfscan-names-ws-'));
    cpSync(EXAMPLES, workspace, { recursive: true });
    // A second round of one region: the same region name in another file, so the names need a number.
    copyFileSync(path.join(workspace, 'scans/regio-hoogvenne-2024.regioscan'), path.join(workspace, 'scans/regio-hoogvenne-2025.regioscan'));

    const out = path.join(cli.scratch, 'rapporten');
    const result = spawnSync(process.execPath, [cli.cli, 'generate', '.', '--out', out, '--format', 'all',
        '--regio', '--vergelijk', '--anoniem', '--ontwikkeling', '--changelog'], { cwd: workspace, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    for (const name of readdirSync(out)) {
        written.set(name, readFileSync(path.join(out, name), 'utf8'));
    }

    const outfile = path.join(cli.scratch, 'server.cjs');
    await build({
        entryPoints: [path.join(REPO_ROOT, 'src/language/main.ts')], outfile, bundle: true, format: 'cjs',
        platform: 'node', target: 'node20', logLevel: 'error'
    });
    server = spawn(process.execPath, [outfile, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.listen();
    const root = pathToFileURL(workspace).toString();
    await connection.sendRequest('initialize', {
        processId: process.pid, rootUri: root, capabilities: {}, workspaceFolders: [{ uri: root, name: 'werkruimte' }]
    });
    await connection.sendNotification('initialized', {});
}, 120_000);

afterAll(() => {
    connection?.dispose();
    server?.kill();
    rmSync(workspace, { recursive: true, force: true });
    cli?.dispose();
});

describe('the editor and the command line', () => {
    test('write the same file names, with the same bytes, for every report of the same files', async () => {
        const fromServer = new Map<string, string>();
        for (const file of listSourceFiles(workspace)) {
            const kind = file.endsWith('.zelfscan') ? 'wijzigingen' : 'standaard';
            for (const format of ['html', 'md'] as const) {
                const result = ReportResultSchema.parse(await connection.sendRequest('zelfscan/rapport',
                    { uri: pathToFileURL(file).toString(), format, language: 'nl', kind }));
                expect(result.ok, `${file}: ${result.ok ? '' : result.message}`).toBe(true);
                if (result.ok) {
                    fromServer.set(result.fileName, result.content);
                }
            }
        }
        for (const file of listSourceFiles(workspace).filter(name => name.endsWith('.regioscan') && /brakeldonk|hoogvenne/.test(name))) {
            for (const format of ['html', 'md'] as const) {
                const result = ReportResultSchema.parse(await connection.sendRequest('zelfscan/rapport',
                    { uri: pathToFileURL(file).toString(), format, language: 'nl', kind: 'ontwikkeling' }));
                expect(result.ok, `${file}: ${result.ok ? '' : result.message}`).toBe(true);
                if (result.ok) {
                    fromServer.set(result.fileName, result.content);
                }
            }
        }
        for (const anonymous of [false, true]) {
            for (const format of ['html', 'md'] as const) {
                const result = ComparisonResultSchema.parse(await connection.sendRequest('zelfscan/vergelijking', { format, language: 'nl', anonymous }));
                expect(result.ok).toBe(true);
                if (result.ok) {
                    fromServer.set(result.fileName, result.content);
                }
            }
        }
        expect([...fromServer.keys()].sort()).toEqual([...written.keys()].sort());
        expect([...fromServer.keys()]).toContain('regio.regio-hoogvenne-2.html');
        expect([...fromServer.keys()]).toContain('wijzigingen.regieneming-1.1.md');
        expect([...fromServer.keys()]).toContain('ontwikkeling.regio-hoogvenne.md');
        expect([...fromServer.keys()]).toContain('ontwikkeling.regio-brakeldonk.html');
        for (const [name, content] of fromServer) {
            expect(content, name).toBe(written.get(name));
        }
    });
});
