import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodeActionRequest, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { REPO_ROOT } from '../helpers/workspace.js';
import { GOOD_MODEL, GOOD_SCAN } from '../language/fixture-texts.js';
import { EditorSession } from './editor-session.js';

const MODEL_1_1 = 'model Regieneming versie 1.1 breidt Regieneming versie 1.0 uit {\n    rol Bruggenbouwer was Verbinder { }\n}\n';

/** The scan on version 1.0 told about 1.1 when 1.1 appears, and moved to it by the quick fix, over the real protocol. */
describe('a scan on a superseded version (dist/server.cjs over stdio)', () => {
    let folder: string;
    let session: EditorSession;

    beforeAll(async () => {
        execFileSync(process.execPath, ['esbuild.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' });
        folder = mkdtempSync(path.join(tmpdir(), 'zelfscan-newer-version-'));
        // A copy of the bundle, so another test file rebuilding dist/ cannot swap it out mid-run.
        cpSync(path.join(REPO_ROOT, 'dist/server.cjs'), path.join(folder, 'server.cjs'));
        const workspace = path.join(folder, 'werkruimte');
        mkdirSync(workspace);
        writeFileSync(path.join(workspace, 'regieneming-1.0.zelfscan'), GOOD_MODEL);
        writeFileSync(path.join(workspace, 'noord.regioscan'), GOOD_SCAN);
        session = await EditorSession.start(path.join(folder, 'server.cjs'), workspace);
    }, 120_000);

    afterAll(async () => {
        await session?.stop();
        rmSync(folder, { recursive: true, force: true });
    });

    /** The diagnostics the server publishes next for `uri` that satisfy `accept`. */
    const published = (uri: string, accept: (diagnostics: Diagnostic[]) => boolean) => session.diagnosticsOf(uri, accept);

    it('tells the scan when a newer version appears, and the quick fix moves it there with the rename followed', async () => {
        const scan = session.uriOf('noord.regioscan');
        await session.openFile('noord.regioscan', GOOD_SCAN);
        expect(await published(scan, () => true)).toEqual([]);

        await session.create('regieneming-1.1.zelfscan', MODEL_1_1);
        const [info] = await published(scan, diagnostics => diagnostics.length > 0);
        expect(info).toMatchObject({
            severity: 3, code: 'nieuwere-versie',
            range: { start: { line: 1, character: 10 }, end: { line: 1, character: 32 } },
            message: `Er is een nieuwere versie van dit model: Regieneming versie 1.1. 'Scan bijwerken naar Regieneming versie 1.1' of zelfscan migrate --naar "Regieneming versie 1.1" zet de scan over, hernoemingen inbegrepen, als alles wat hij gebruikt daar nog bestaat.`
        });

        const actions = await session.request<CodeAction[]>(CodeActionRequest.method, {
            textDocument: { uri: scan }, range: info.range, context: { diagnostics: [info] }
        });
        expect(actions.map(a => a.title)).toEqual(['Scan bijwerken naar Regieneming versie 1.1']);
        const migrated = TextDocument.applyEdits(TextDocument.create(scan, 'regioscan', 1, GOOD_SCAN), actions[0].edit!.changes![scan]);
        expect(migrated).toBe(GOOD_SCAN.replace('versie 1.0', 'versie 1.1').replaceAll('        Verbinder ', '        Bruggenbouwer '));

        await session.edit(scan, migrated);
        expect(await published(scan, diagnostics => diagnostics.length === 0)).toEqual([]);
    }, 120_000);
});
