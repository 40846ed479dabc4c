import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { addOutcome, emptyOutcome, exerciseDocument, languageWords } from './exercise-document.js';
import { startBundledServer, startInProcessServer } from './fuzz-server.js';
import { fuzzSeeds, fuzzWorkspace } from './fuzz-workspace.js';
import { hostileDocument } from './hostile-documents.js';

/**
 * The long fuzz run, outside CI (`npm run fuzz:lang -- --documents 100000`): the checks of test/fuzz on as many
 * documents as asked, printing its figures as it goes. Options:
 *   --documents N      how many documents (default 100000)
 *   --seed S           the first seed (default: the time); a run with the same seed generates the same documents,
 *                      so `--seed S --documents I+1` replays document I of the batch with seed S (as the figures name it)
 *   --reports-every K  ask for the reports on every K-th document (default 5)
 *   --bound-ms M       a request slower than this counts as a hang (default 10000)
 *   --protocol         against dist/server.cjs over stdio instead of the server code in this process
 *   --out FILE         where to write the failing documents (default fuzz-long-failures.json)
 * Exits with status 1 when anything failed.
 */
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const documents = Number(option('--documents', '100000'));
const seed = Number(option('--seed', String(Date.now() % 2_147_483_647)));
const reportsEvery = Number(option('--reports-every', '5'));
const boundMs = Number(option('--bound-ms', '10000'));
const out = path.resolve(option('--out', 'fuzz-long-failures.json'));
const viaProtocol = args.includes('--protocol');

const workspace = fuzzWorkspace('zelfscan-fuzz-long-');
const server = viaProtocol
    ? await startBundledServer(path.resolve('dist/server.cjs'), workspace.folder)
    : await startInProcessServer(workspace.folder);
const arbitrary = fc.tuple(hostileDocument(fuzzSeeds(), languageWords()), fc.array(fc.nat(), { minLength: 2, maxLength: 3 }));
const total = emptyOutcome();
const failing: Array<{ seed: number; index: number; name: string; text: string; problems: string[] }> = [];
const started = performance.now();
const BATCH = 100;
/** Where the slowest request was asked, so that it can be replayed (fc.sample with that seed). */
let slowestAt = { seed, index: 0 };

const figures = (done: number) => [
    `documents ${done}`, `requests ${total.requests}`, `exceptions ${total.exceptions.length}`,
    `internal errors ${total.internalErrors.length}`, `hangs ${total.hangs.length}`,
    `formats losing text ${total.lostText.length}`, `non-idempotent formats ${total.notIdempotent.length} (of ${total.idempotenceChecked} that parse)`, `formats depending on editor options ${total.notCanonical.length}`,
    `slowest request ${total.slowest.method} ${Math.round(total.slowest.ms)} ms (seed ${slowestAt.seed}, document ${slowestAt.index})`,
    `${((performance.now() - started) / 1000).toFixed(0)} s`
].join(' · ');

console.log(`fuzz:lang seed ${seed}, ${documents} documents, ${viaProtocol ? 'dist/server.cjs over stdio' : 'in process'}`);
for (let done = 0; done < documents; done += BATCH) {
    const batchSeed = seed + done / BATCH;
    const samples = fc.sample(arbitrary, { numRuns: Math.min(BATCH, documents - done), seed: batchSeed });
    for (const [index, [source, positions]] of samples.entries()) {
        const outcome = await exerciseDocument(server, source, positions, { boundMs, reports: (done + index) % reportsEvery === 0 });
        addOutcome(total, outcome);
        if (total.slowest === outcome.slowest) {
            slowestAt = { seed: batchSeed, index };
        }
        const problems = [...outcome.exceptions, ...outcome.internalErrors, ...outcome.hangs, ...outcome.lostText, ...outcome.notIdempotent, ...outcome.notCanonical];
        if (problems.length > 0 && failing.length < 200) {
            failing.push({ seed: batchSeed, index, name: source.name, text: source.text, problems });
        }
    }
    if ((done + BATCH) % 1000 === 0 || done + BATCH >= documents) {
        console.log(figures(Math.min(done + BATCH, documents)));
        writeFailures();
    }
}
await server.stop();
workspace.dispose();
if (failing.length > 0) {
    console.log(`${failing.length} failing documents written to ${out} (seed and index reproduce each: fc.sample with that seed).`);
}

/** Written as the run goes, so that a long run can be looked into before it ends. */
function writeFailures(): void {
    if (failing.length > 0) {
        mkdirSync(path.dirname(out), { recursive: true });
        writeFileSync(out, JSON.stringify(failing, null, 2));
    }
}
process.exit(failing.length > 0 ? 1 : 0);
