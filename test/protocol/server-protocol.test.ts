import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
    CompletionRequest, createProtocolConnection, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification,
    DocumentFormattingRequest, ExitNotification, HoverRequest, InitializedNotification, InitializeRequest,
    PublishDiagnosticsNotification, RenameRequest, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
    type CompletionList, type Diagnostic, type Hover, type ProtocolConnection, type TextEdit, type WorkspaceEdit
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { REPO_ROOT } from '../helpers/workspace.js';

const FIXTURE = path.join(REPO_ROOT, 'test/language/fixtures/werkruimte');

/**
 * The bundled language server as an editor sees it: a child process spoken to over stdio with the real
 * protocol. Nothing here calls into the server's code directly.
 */
describe('language server over stdio (dist/server.cjs)', () => {
    let folder: string;
    let server: ChildProcess;
    let connection: ProtocolConnection;
    const published: Array<{ uri: string; diagnostics: Diagnostic[]; at: number }> = [];
    const waiters: Array<() => void> = [];

    /** Resolves with the first diagnostics for `uri` published after `since` that satisfy `accept`. */
    async function diagnosticsFor(uri: string, since: number, accept: (d: Diagnostic[]) => boolean = () => true) {
        for (;;) {
            const found = published.find(p => p.uri === uri && p.at >= since && accept(p.diagnostics));
            if (found) {
                return found;
            }
            await new Promise<void>(resolve => waiters.push(resolve));
        }
    }

    const workspace = () => path.join(folder, 'werkruimte');
    const uriOf = (relative: string) => pathToFileURL(path.join(workspace(), relative)).toString();
    const textOf = (relative: string) => readFileSync(path.join(workspace(), relative), 'utf8');

    beforeAll(async () => {
        execFileSync(process.execPath, ['esbuild.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' });
        folder = mkdtempSync(path.join(tmpdir(), 'zelfscan-protocol-'));
        cpSync(FIXTURE, path.join(folder, 'werkruimte'), { recursive: true });
        // Run a copy of the bundle, so another test file rebuilding dist/ cannot swap it out mid-run.
        cpSync(path.join(REPO_ROOT, 'dist/server.cjs'), path.join(folder, 'server.cjs'));
        server = spawn(process.execPath, [path.join(folder, 'server.cjs'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
        connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
        connection.onNotification(PublishDiagnosticsNotification.type, params => {
            published.push({ uri: params.uri, diagnostics: params.diagnostics, at: performance.now() });
            waiters.splice(0).forEach(wake => wake());
        });
        // Requests a server may send to its client; an editor answers them, so does this test.
        connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
        connection.onRequest('client/registerCapability', () => null);
        connection.onRequest('window/workDoneProgress/create', () => null);
        connection.listen();
        const result = await connection.sendRequest(InitializeRequest.type, {
            processId: process.pid,
            rootUri: pathToFileURL(workspace()).toString(),
            workspaceFolders: [{ uri: pathToFileURL(workspace()).toString(), name: 'werkruimte' }],
            capabilities: { textDocument: { publishDiagnostics: {}, completion: { completionItem: {} }, hover: { contentFormat: ['markdown'] } } }
        });
        expect(result.capabilities.completionProvider).toBeDefined();
        expect(result.capabilities.renameProvider).toBeDefined();
        expect(result.capabilities.documentFormattingProvider).toBe(true);
        await connection.sendNotification(InitializedNotification.type, {});
    }, 120_000);

    afterAll(async () => {
        connection?.dispose();
        server?.kill();
        rmSync(folder, { recursive: true, force: true });
    });

    it('publishes diagnostics for an opened scan, then answers completion, hover, rename and formatting', async () => {
        const uri = uriOf('scans/noord.regioscan');
        const text = textOf('scans/noord.regioscan');
        const opened = performance.now();
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'regioscan', version: 1, text } });
        const first = await diagnosticsFor(uri, opened);
        console.info(`didOpen → first publishDiagnostics: ${(first.at - opened).toFixed(1)} ms`);
        // The scan is valid on 1.0; it is only told that 1.1 exists.
        expect(first.diagnostics.map(d => [d.severity, d.code])).toEqual([[3, 'nieuwere-versie']]);

        const document = TextDocument.create(uri, 'regioscan', 1, text);
        const at = (needle: string, shift = 0) => document.positionAt(text.indexOf(needle) + shift);

        const completion = await connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: at('Verbinder 3', 10) }) as CompletionList;
        expect(completion.items.map(i => i.label)).toEqual([
            '1 · Niet of nauwelijks aanwezig', '2 · Incidenteel aanwezig', '3 · Regelmatig aanwezig',
            '4 · Redelijk aanwezig', '5 · Ruim aanwezig', '? · nog geen oordeel'
        ]);

        const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: at('partij swv', 8) }) as Hover;
        expect(hover.contents).toEqual({ kind: 'markdown', value: '**Partij swv**: Samenwerkingsverband passend onderwijs · Regieneming versie 1.0' });

        const rename = await connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: at('Ontwerper 4'), newName: 'Bouwer' }) as WorkspaceEdit;
        expect(Object.keys(rename.changes ?? {}).sort()).toEqual([
            uriOf('regieneming-1.0.zelfscan'), uriOf('scans/noord.regioscan'), uriOf('scans/zuid.regioscan')
        ].sort());
        expect(Object.values(rename.changes ?? {}).flat().every(edit => edit.newText === 'Bouwer')).toBe(true);
        await expect(connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: at('Ontwerper 4'), newName: 'Verbinder' }))
            .rejects.toThrow("Er is al een rol 'Verbinder' in Regieneming versie 1.0. Kies een andere naam.");

        const uglyUri = uriOf('scans/lelijk.regioscan');
        const ugly = 'regioscan "Lelijk" { model Regieneming versie 1.0\n  respondent R1 partij gemeente { Ontwerper 3 Verbinder ? } }';
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uglyUri, languageId: 'regioscan', version: 1, text: ugly } });
        const edits = await connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: uglyUri }, options: { tabSize: 4, insertSpaces: true } }) as TextEdit[];
        expect(TextDocument.applyEdits(TextDocument.create(uglyUri, 'regioscan', 1, ugly), edits)).toBe(
            'regioscan "Lelijk" {\n    model Regieneming versie 1.0\n    respondent R1 partij gemeente {\n        Ontwerper 3\n        Verbinder ?\n    }\n}\n');
    });

    it('shows diagnostics for a broken edit and clears them when it is fixed', async () => {
        const uri = uriOf('scans/noord.regioscan');
        const text = textOf('scans/noord.regioscan');
        const broken = text.replace('Verbinder 3', 'Verbindr 3').replace('terugkoppeling 2024-03-01', 'terugkoppeling');
        const sentBroken = performance.now();
        await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: broken }] });
        const errors = await diagnosticsFor(uri, sentBroken, d => d.length > 0);
        expect(errors.diagnostics.map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`)).toEqual([
            "23:1 Hier wordt een getal verwacht, maar er staat '}'.",
            "8:9 Onbekende rol 'Verbindr'. Bedoelt u 'Verbinder'? Bekend: Ontwerper, Verbinder.",
            '2:11 Er is een nieuwere versie van dit model: Regieneming versie 1.1. \'Scan bijwerken naar Regieneming versie 1.1\' of '
                + 'zelfscan migrate --naar "Regieneming versie 1.1" zet de scan over, hernoemingen inbegrepen, als alles wat hij gebruikt daar nog bestaat.'
        ]);

        const sentFixed = performance.now();
        await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 3 }, contentChanges: [{ text }] });
        const cleared = await diagnosticsFor(uri, sentFixed);
        expect(cleared.diagnostics.map(d => d.code)).toEqual(['nieuwere-versie']);
    });

    it('shuts down and exits when asked', async () => {
        await connection.sendRequest(ShutdownRequest.type);
        const exited = new Promise<number | null>(resolve => server.once('exit', code => resolve(code)));
        await connection.sendNotification(ExitNotification.type);
        expect(await exited).toBe(0);
    });
});
