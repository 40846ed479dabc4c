import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exerciseDocument, languageWords } from './exercise-document.js';
import { startInProcessServer, type FuzzServer } from './fuzz-server.js';
import { fuzzSeeds, fuzzWorkspace } from './fuzz-workspace.js';
import { hostileDocument } from './hostile-documents.js';

/**
 * Random and damaged documents through the language server's code in this process, over an in-memory pipe:
 * parsing, validation, every request the server announces, full and range formatting, the reports. Bounded for
 * CI (a fixed number of runs); `npm run fuzz:lang` runs the same checks on as many documents as asked.
 */
describe('fuzz: hostile documents through every server request (in process)', () => {
    let workspace: ReturnType<typeof fuzzWorkspace>;
    let server: FuzzServer;
    const seeds = fuzzSeeds();
    const words = languageWords();

    beforeAll(async () => {
        workspace = fuzzWorkspace('zelfscan-fuzz-');
        server = await startInProcessServer(workspace.folder);
    });

    afterAll(async () => {
        await server?.stop();
        workspace?.dispose();
    });

    it('answers every request without an internal error, a logged exception or a hang, and formatting keeps every token', async () => {
        await fc.assert(fc.asyncProperty(hostileDocument(seeds, words), fc.array(fc.nat(), { minLength: 2, maxLength: 3 }), async (source, positions) => {
            const outcome = await exerciseDocument(server, source, positions, { boundMs: 10_000, reports: true });
            expect(outcome.internalErrors).toEqual([]);
            expect(outcome.exceptions).toEqual([]);
            expect(outcome.hangs).toEqual([]);
            expect(outcome.lostText).toEqual([]);
            expect(outcome.notIdempotent).toEqual([]);
            expect(outcome.notCanonical).toEqual([]);
        }), { numRuns: 100, endOnFailure: true });
    });
});
