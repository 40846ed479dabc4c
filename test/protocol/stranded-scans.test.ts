import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { REPO_ROOT } from '../helpers/workspace.js';
import { GOOD_MODEL, GOOD_SCAN } from '../language/fixture-texts.js';
import { EditorSession } from './editor-session.js';

const MODEL_1_1 = 'model Regieneming versie 1.1 breidt Regieneming versie 1.0 uit {\n    vervalt rol Verbinder\n}\n';
const SECOND_SCAN = GOOD_SCAN.replace(/regioscan "[^"]*"/, 'regioscan "Regio Zuid"');
const WITHOUT_VERBINDER = GOOD_SCAN.split('\n').filter(line => !line.includes('Verbinder')).join('\n');

/** A model version that retires what scans of the version it extends use says so, over the real protocol. */
describe('a retirement that strands scans of an older version (dist/server.cjs over stdio)', () => {
    let folder: string;
    let session: EditorSession;

    beforeAll(async () => {
        execFileSync(process.execPath, ['esbuild.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' });
        folder = mkdtempSync(path.join(tmpdir(), 'zelfscan-stranded-'));
        // A copy of the bundle, so another test file rebuilding dist/ cannot swap it out mid-run.
        cpSync(path.join(REPO_ROOT, 'dist/server.cjs'), path.join(folder, 'server.cjs'));
        const workspace = path.join(folder, 'werkruimte');
        mkdirSync(workspace);
        writeFileSync(path.join(workspace, 'regieneming-1.0.zelfscan'), GOOD_MODEL);
        writeFileSync(path.join(workspace, 'noord.regioscan'), GOOD_SCAN);
        writeFileSync(path.join(workspace, 'regieneming-1.1.zelfscan'), MODEL_1_1);
        session = await EditorSession.start(path.join(folder, 'server.cjs'), workspace);
    }, 120_000);

    afterAll(async () => {
        await session?.stop();
        rmSync(folder, { recursive: true, force: true });
    });

    /** The diagnostics with the code of this check that the server publishes next for `uri` and that satisfy `accept`. */
    async function stranded(uri: string, accept: (diagnostics: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
        const started = performance.now();
        for (;;) {
            const diagnostics = session.published.get(uri)?.filter(d => d.code === 'scans-geblokkeerd');
            if (diagnostics && accept(diagnostics)) {
                return diagnostics;
            }
            if (performance.now() - started > 60_000) {
                throw new Error(`no such diagnostics for ${uri}; last: ${JSON.stringify(session.published.get(uri))}`);
            }
            await new Promise(resolve => setTimeout(resolve, 50));
        }
    }

    const on = (count: number, message: string): Diagnostic => ({
        severity: 3, code: 'scans-geblokkeerd', source: 'zelfscan', data: { code: 'scans-geblokkeerd', scans: count }, message,
        range: { start: { line: 1, character: 16 }, end: { line: 1, character: 25 } }
    });

    it('counts the scans on 1.0 that use the retired role, and follows scans that come, change and go', async () => {
        const model = session.uriOf('regieneming-1.1.zelfscan');
        await session.openFile('regieneming-1.1.zelfscan', MODEL_1_1);
        expect(await stranded(model, d => d.length === 1)).toEqual([
            on(1, 'Vervalt rol Verbinder: 1 scan in de werkruimte gebruikt deze rol en kan niet naar deze versie.')
        ]);

        await session.create('zuid.regioscan', SECOND_SCAN);
        expect(await stranded(model, d => String(d[0]?.message ?? '').includes(': 2 scans'))).toEqual([
            on(2, 'Vervalt rol Verbinder: 2 scans in de werkruimte gebruiken deze rol en kunnen niet naar deze versie.')
        ]);

        const noord = session.uriOf('noord.regioscan');
        await session.openFile('noord.regioscan', GOOD_SCAN);
        await session.edit(noord, WITHOUT_VERBINDER);
        expect(await stranded(model, d => String(d[0]?.message ?? '').includes(': 1 scan '))).toEqual([
            on(1, 'Vervalt rol Verbinder: 1 scan in de werkruimte gebruikt deze rol en kan niet naar deze versie.')
        ]);

        await session.delete('zuid.regioscan');
        expect(await stranded(model, d => d.length === 0)).toEqual([]);
    }, 120_000);
});
