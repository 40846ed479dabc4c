import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/workspace.js';
import { exerciseDocument, languageWords } from './exercise-document.js';
import { startBundledServer, type FuzzServer } from './fuzz-server.js';
import { fuzzSeeds, fuzzWorkspace } from './fuzz-workspace.js';
import { hostileDocument } from './hostile-documents.js';

/** The same property against the bundled server (dist/server.cjs) over stdio, as an editor runs it. */
describe('fuzz: hostile documents through every server request (dist/server.cjs over stdio)', () => {
    let workspace: ReturnType<typeof fuzzWorkspace>;
    let server: FuzzServer;

    beforeAll(async () => {
        execFileSync(process.execPath, ['esbuild.mjs'], { cwd: REPO_ROOT, stdio: 'pipe' });
        workspace = fuzzWorkspace('zelfscan-fuzz-stdio-');
        // A copy of the bundle (with the spreadsheet libraries it loads on demand), so another test file rebuilding
        // dist/ cannot swap it out mid-run.
        for (const file of ['server.cjs', 'sheet-libraries.cjs']) {
            cpSync(path.join(REPO_ROOT, 'dist', file), path.join(workspace.folder, '..', file));
        }
        const bundle = path.join(workspace.folder, '..', 'server.cjs');
        server = await startBundledServer(bundle, workspace.folder);
    }, 120_000);

    afterAll(async () => {
        await server?.stop();
        workspace?.dispose();
    });

    it('answers every request without an internal error, a logged exception or a hang, and stays up', async () => {
        await fc.assert(fc.asyncProperty(hostileDocument(fuzzSeeds(), languageWords()), fc.array(fc.nat(), { minLength: 2, maxLength: 3 }), async (source, positions) => {
            const outcome = await exerciseDocument(server, source, positions, { boundMs: 10_000, reports: true });
            expect(outcome.internalErrors).toEqual([]);
            expect(outcome.exceptions).toEqual([]);
            expect(outcome.hangs).toEqual([]);
            expect(outcome.lostText).toEqual([]);
            expect(outcome.notIdempotent).toEqual([]);
            expect(outcome.notCanonical).toEqual([]);
        }), { numRuns: 15, endOnFailure: true });
        expect(server.exited).toBe(false);
    });
});
