import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODELS_REQUEST, type ModelSummary } from '../../src/language/report-protocol.js';
import { REPO_ROOT } from '../helpers/workspace.js';
import { EditorSession } from './editor-session.js';

const FIXTURE = path.join(REPO_ROOT, 'test/language/fixtures/werkruimte');

/** Half-typed and oversized input over the protocol, against the bundled server (dist/server.cjs). */
describe('hostile input over the protocol', () => {
    let folder: string;
    let session: EditorSession;

    beforeAll(async () => {
        execFileSync(process.execPath, ['esbuild.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' });
        folder = mkdtempSync(path.join(tmpdir(), 'zelfscan-hostile-'));
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

    it('answers a file beyond 2 MiB with one diagnostic at 1:1, and a garbage file with at most 200', async () => {
        // On the same server as the retirements above: opening the second file while the first was being validated
        // used to cancel the build after the first was validated but before its diagnostics were published.
        const big = session.uriOf('scans/groot.regioscan');
        const started = performance.now();
        await session.openFile('scans/groot.regioscan', `regioscan "Groot" {\n    model Regieneming versie 1.0\n}\n// ${'x'.repeat(3 * 1024 * 1024)}`);
        const garbage = session.uriOf('scans/rommel.regioscan');
        await session.openFile('scans/rommel.regioscan', Array.from({ length: 2_000 }, (_, i) => `#${i} `).join(''));
        while (!session.published.has(big) || !session.published.has(garbage)) {
            await new Promise(resolve => setTimeout(resolve, 50));
        }
        expect(performance.now() - started).toBeLessThan(20_000);
        expect(session.published.get(big)!.map(d => [d.range.start.line, d.range.start.character, d.message])).toEqual([[0, 0,
            'Dit bestand is 3,0 MB (3.145.786 bytes); de grens is 2,0 MB (2.097.152 bytes). Het wordt niet gelezen of gecontroleerd. Splits het in kleinere bestanden: één model of één regioscan per bestand.']]);
        const shown = session.published.get(garbage)!;
        expect(shown).toHaveLength(200);
        expect(shown.filter(d => typeof d.message === 'string' && d.message.startsWith('… en ')).map(d => d.code)).toEqual(['meldingen-afgekapt']);
        expect(session.exited).toBe(false);
    });
});
