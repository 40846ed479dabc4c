import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODELS_REQUEST, type ModelSummary } from '../../src/language/report-protocol.js';
import { REPO_ROOT } from '../helpers/workspace.js';
import { EditorSession } from './editor-session.js';

const FIXTURE = path.join(REPO_ROOT, 'test/language/fixtures/werkruimte');

/** Typing a retirement in an extending version, character by character, over the protocol (dist/server.cjs). */
describe('half-typed retirement over the protocol', () => {
    let folder: string;
    let session: EditorSession;

    beforeAll(async () => {
        execFileSync(process.execPath, ['esbuild.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' });
        folder = mkdtempSync(path.join(tmpdir(), 'zelfscan-half-typed-'));
        cpSync(FIXTURE, path.join(folder, 'werkruimte'), { recursive: true });
        // A copy of the bundle, so another test file rebuilding dist/ cannot swap it out mid-run.
        cpSync(path.join(REPO_ROOT, 'dist/server.cjs'), path.join(folder, 'server.cjs'));
        session = await EditorSession.start(path.join(folder, 'server.cjs'), path.join(folder, 'werkruimte'));
    }, 120_000);

    afterAll(async () => {
        await session?.stop();
        rmSync(folder, { recursive: true, force: true });
    });

    it('keeps the server running and answering while `vervalt`, `vervalt rol` and `vervalt systemen` are typed', async () => {
        const relative = 'regieneming-1.1.zelfscan';
        const original = readFileSync(path.join(session.folder, relative), 'utf8');
        const uri = session.uriOf(relative);
        await session.openFile(relative, original);
        const closing = original.lastIndexOf('}');
        for (const line of ['vervalt', 'vervalt rol', 'vervalt systemen']) {
            for (let typed = 1; typed <= line.length; typed++) {
                await session.edit(uri, `${original.slice(0, closing)}    ${line.slice(0, typed)}\n${original.slice(closing)}`);
            }
            const text = session.open.get(uri)!.text;
            const position = { line: text.slice(0, closing).split('\n').length - 1, character: 6 };
            // Rename and the models request wait for the build of the edits before them, so they see the last text.
            await session.request('textDocument/rename', { textDocument: { uri }, position, newName: 'Nieuw' });
            const models = await session.request<ModelSummary[]>(MODELS_REQUEST, {});
            expect(models.map(m => `${m.name} ${m.version}`).sort()).toEqual(['Regieneming 1.0', 'Regieneming 1.1']);
            await session.quiet(300);
            expect(session.exited).toBe(false);
            expect(session.published.get(uri)?.map(d => d.message)).toHaveLength(1);
        }
    });
});
