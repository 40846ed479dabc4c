import { build } from 'esbuild';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { scoreSheetBytes } from '../../src/app/sheet-writer.js';
import { scoreTableEntries } from '../../src/language/score-table-inputs.js';
import { ExportResultSchema, ImportResultSchema, type ImportParams } from '../../src/language/sheet-protocol.js';
import { EXAMPLES, loadFolder, REPO_ROOT } from '../helpers/workspace.js';

// The editor's spreadsheet requests, asked of the real language server bundle over stdio, as VS Code would.
const SHEETS = path.join(REPO_ROOT, 'test', 'cli', 'fixtures', 'sheets');

let folder: string;
let workspace: string;
let server: ChildProcess;
let connection: MessageConnection;
const published: Array<{ uri: string; diagnostics: unknown[] }> = [];

beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'zelfscan-sheet-server-'));
    workspace = path.join(folder, 'werkruimte');
    cpSync(EXAMPLES, workspace, { recursive: true });
    const outfile = path.join(folder, 'server.cjs');
    await build({
        entryPoints: [path.join(REPO_ROOT, 'src/language/main.ts')], outfile, bundle: true, format: 'cjs',
        platform: 'node', target: 'node20', logLevel: 'error'
    });
    server = spawn(process.execPath, [outfile, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: unknown[] }) => {
        published.push(params);
    });
    connection.listen();
    const root = pathToFileURL(workspace).toString();
    await connection.sendRequest('initialize', {
        processId: process.pid, rootUri: root, capabilities: {}, workspaceFolders: [{ uri: root, name: 'werkruimte' }]
    });
    await connection.sendNotification('initialized', {});
}, 60_000);

afterAll(() => {
    connection?.dispose();
    server?.kill();
    rmSync(folder, { recursive: true, force: true });
});

const request = (file: string, target: string): ImportParams => ({
    file: path.join(SHEETS, file), model: { name: 'Regieneming', version: '1.0' }, region: 'Regio Noord', focus: 'po_vo',
    target: path.join(workspace, target)
});

describe('zelfscan/importeer', { timeout: 60_000 }, () => {
    test('gives the scan text the command line writes, and leaves no trace of it in the workspace', async () => {
        const result = ImportResultSchema.parse(await connection.sendRequest('zelfscan/importeer', request('excel-utf8.csv', 'regio-noord.regioscan')));
        expect(result.ok).toBe(true);
        expect(result.ok && result.text).toContain('    respondent R2 partij swv {\n        interview 2024-02-05\n        Ontwerper 3\n');
        expect(result.mapping[0]).toBe("A 'Respondent' → respondent");
        expect(existsSync(path.join(workspace, 'regio-noord.regioscan'))).toBe(false);
        // The text was checked as a document for a moment; its findings were withdrawn again.
        const target = pathToFileURL(path.join(workspace, 'regio-noord.regioscan')).toString();
        expect(published.filter(p => p.uri === target).at(-1)?.diagnostics).toEqual([]);
        const exported = ExportResultSchema.parse(await connection.sendRequest('zelfscan/exporteer', { format: 'csv' }));
        expect(exported.ok && exported.scans.length).toBe(6);
    });

    test('lists every problem by row and column and gives no text', async () => {
        const result = ImportResultSchema.parse(await connection.sendRequest('zelfscan/importeer', request('alle-fouten.csv', 'regio-fout.regioscan')));
        expect(result.ok).toBe(false);
        expect(!result.ok && result.message).toBe('3 fouten in alle-fouten.csv; er is niets geschreven.');
        expect(result.problems.map(({ line }) => line.slice(0, line.indexOf(': fout')))).toEqual([
            "alle-fouten.csv, rij 2, kolom E ('Verbinder')", "alle-fouten.csv, rij 3, kolom B ('Partij')", "alle-fouten.csv, rij 4, kolom A ('Respondent')"
        ]);
    });

    test('words the problems and the mapping in the language asked for, each problem with its severity', async () => {
        const result = ImportResultSchema.parse(await connection.sendRequest('zelfscan/importeer',
            { ...request('onbekende-partij.csv', 'regio-fout.regioscan'), language: 'en' }));
        expect(result.ok).toBe(false);
        expect(!result.ok && result.message).toBe('One error in onbekende-partij.csv; nothing was written.');
        expect(result.mapping[1]).toBe("B 'Partij' → party");
        const parties = 'gemeente (Gemeente), jgz (Jeugdgezondheidszorg (JGZ)), kinderopvang (Kinderopvang), primair_onderwijs (Primair onderwijs), '
            + 'swv (Samenwerkingsverband passend onderwijs), schoolbestuur (Schoolbestuur), jeugdhulp (Jeugdhulp/CJG)';
        const message = `Unknown party 'Schoolbestuurr'. Did you mean schoolbestuur? Regieneming version 1.0 knows: ${parties}. Write the name or the description of one of these parties.`;
        expect(result.problems).toEqual([
            { severity: 'fout', line: `onbekende-partij.csv, row 3, column B ('Partij'): error ${message}`, message }
        ]);
    });

    test('refuses a target that exists', async () => {
        const result = ImportResultSchema.parse(await connection.sendRequest('zelfscan/importeer',
            request('excel-utf8.csv', 'scans/regio-kromwaard-2024.regioscan')));
        expect(result).toEqual({
            ok: false, problems: [], mapping: [],
            message: `'${path.join(workspace, 'scans/regio-kromwaard-2024.regioscan')}' bestaat al en wordt niet overschreven. Kies een andere regionaam.`
        });
    });
});

describe('zelfscan/exporteer', { timeout: 60_000 }, () => {
    test('gives the bytes the command line writes for the same scans, in the language asked for', async () => {
        const ws = await loadFolder(workspace);
        const scans = [...ws.documents.entries()].filter(([name]) => name.endsWith('.regioscan')).sort(([a], [b]) => (a < b ? -1 : 1)).map(([, d]) => d);
        const entries = scoreTableEntries(scans, ws.services);
        const expected = await scoreSheetBytes(entries, { format: 'xlsx', wide: true, language: 'nl' });
        const result = ExportResultSchema.parse(await connection.sendRequest('zelfscan/exporteer', { format: 'xlsx', wide: true }));
        expect(result.ok).toBe(true);
        expect(result.ok && Buffer.from(result.content, 'base64').equals(expected)).toBe(true);
        expect(readFileSync(path.join(workspace, 'scans', 'regio-kromwaard-2024.regioscan'), 'utf8')).toContain('namen tonen');
        const english = ExportResultSchema.parse(await connection.sendRequest('zelfscan/exporteer', { format: 'csv', language: 'en' }));
        expect(english.ok && Buffer.from(english.content, 'base64').equals(await scoreSheetBytes(entries, { format: 'csv', wide: false, language: 'en' }))).toBe(true);
        expect(english.ok && Buffer.from(english.content, 'base64').toString('utf8').split('\r\n')[0])
            .toBe('\ufeff"Region";"Model";"Focus";"Respondent";"Party";"Name";"Role";"Score";"Label";"Note"');
    });

    test('leaves out a scan whose file was deleted before the file watcher told the server', async () => {
        const deleted = path.join(workspace, 'scans', 'regio-zandmeren-2024.regioscan');
        unlinkSync(deleted);
        const result = ExportResultSchema.parse(await connection.sendRequest('zelfscan/exporteer', { format: 'csv' }));
        expect(result.ok && result.scans.length).toBe(5);
        expect(result.ok && result.scans.includes(pathToFileURL(deleted).toString())).toBe(false);
        expect(result.ok && Buffer.from(result.content, 'base64').toString('utf8').includes('Regio Zandmeren')).toBe(false);
    });
});
