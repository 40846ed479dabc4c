import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { diagnosticsOf } from '../../src/cli/findings.js';
import { compareText } from '../../src/domain/compare-text.js';
import { loadWorkspace } from '../../src/cli/load-workspace.js';
import { REPO_ROOT } from '../helpers/workspace.js';
import { EditorSession, languageOf, type LanguageId } from './editor-session.js';

/**
 * The differential test of issue 13: random sessions of opening, editing, saving, closing, creating, deleting and
 * renaming model and scan files (untitled documents included) against the real server over stdio. After each
 * session the diagnostics the server published for every file equal what the command line's services report for
 * the same contents (an open document's text, else the file on disk), and a closed untitled or deleted document
 * has none. Runs and length are bounded so the test fits in CI; ZELFSCAN_DIFF_RUNS asks for more.
 */

const FIXTURE = path.join(REPO_ROOT, 'test/language/fixtures/werkruimte');
const RUNS = Number(process.env.ZELFSCAN_DIFF_RUNS ?? 10);
/** How long the server must stay silent before the comparison starts, and how long a mismatch may last. */
const QUIET_MS = 250;
const SETTLE_LIMIT_MS = 8_000;

const fixture = (relative: string) => readFileSync(path.join(FIXTURE, relative), 'utf8');
const MODEL_10 = fixture('regieneming-1.0.zelfscan');
const MODEL_11 = fixture('regieneming-1.1.zelfscan');
const NOORD = fixture('scans/noord.regioscan');
const ZUID = fixture('scans/zuid.regioscan');

/** Contents a user could type into a file of each kind: valid, with errors, half-typed, empty. */
const CONTENTS: Record<LanguageId, readonly string[]> = {
    zelfscan: [
        MODEL_10,
        MODEL_11,
        MODEL_11.replace('rol Dirigent', 'rol Regisseur'),
        MODEL_10.slice(0, MODEL_10.indexOf('rol Verbinder')),
        'model Regieneming versie 1.2 breidt Regieneming versie 1.1 uit {\n    titel "Na de tweede sessie"\n    vervalt rol Verbinder\n}\n',
        ''
    ],
    regioscan: [
        NOORD,
        ZUID,
        NOORD.replace('Ontwerper 4', 'Ontwerper 7'),
        ZUID.replace('versie 1.1', 'versie 1.2'),
        NOORD.slice(0, NOORD.indexOf('respondent R2')),
        '',
        'regioscan "Regio Nieuw" {\n    model Regieneming versie 1.1\n    focus po_vo\n    respondent N1 partij gemeente {\n        Dirigent 3\n    }\n}\n'
    ]
};

const FILES = [
    'regieneming-1.0.zelfscan', 'regieneming-1.1.zelfscan', 'varianten/regieneming-1.2.zelfscan',
    'scans/noord.regioscan', 'scans/zuid.regioscan', 'scans/nieuw.regioscan', 'oost.regioscan'
];

type Action =
    | { kind: 'open'; file: number }
    | { kind: 'edit'; target: number; content: number }
    | { kind: 'save'; target: number }
    | { kind: 'close'; target: number }
    | { kind: 'create'; file: number; content: number }
    | { kind: 'delete'; file: number }
    | { kind: 'rename'; file: number; to: number }
    | { kind: 'untitled'; languageId: LanguageId; proposed: boolean }
    | { kind: 'saveAs'; target: number; file: number };

const index = fc.nat({ max: 99 });
const actionArbitrary: fc.Arbitrary<Action> = fc.oneof(
    fc.record({ kind: fc.constant('open' as const), file: index }),
    fc.record({ kind: fc.constant('edit' as const), target: index, content: index }),
    fc.record({ kind: fc.constant('edit' as const), target: index, content: index }),
    fc.record({ kind: fc.constant('save' as const), target: index }),
    fc.record({ kind: fc.constant('close' as const), target: index }),
    fc.record({ kind: fc.constant('create' as const), file: index, content: index }),
    fc.record({ kind: fc.constant('delete' as const), file: index }),
    fc.record({ kind: fc.constant('rename' as const), file: index, to: index }),
    fc.record({ kind: fc.constant('untitled' as const), languageId: fc.constantFrom<LanguageId>('zelfscan', 'regioscan'), proposed: fc.boolean() }),
    fc.record({ kind: fc.constant('saveAs' as const), target: index, file: index })
);

/** The state of one session as the test sees it: which file each open or closed document stands for. */
interface SessionFacts {
    /** Untitled document URI → the name its contents get in the command line's copy. */
    readonly untitled: Map<string, string>;
    /** URIs that must have no diagnostics now: closed untitled documents and deleted files. */
    readonly gone: Set<string>;
}

const pick = <T>(items: readonly T[], n: number): T | undefined => items.length === 0 ? undefined : items[n % items.length];

/** Carries out one action when it applies to the current state; returns its description for the failure report. */
async function perform(session: EditorSession, facts: SessionFacts, action: Action): Promise<string | undefined> {
    const onDisk = FILES.filter(file => existsSync(path.join(session.folder, file)));
    const absent = FILES.filter(file => !onDisk.includes(file));
    const openUris = [...session.open.keys()].sort();
    const languageOfUri = (uri: string) => session.open.get(uri)!.languageId;
    switch (action.kind) {
        case 'open': {
            const file = pick(onDisk.filter(f => !session.open.has(session.uriOf(f))), action.file);
            if (!file) return undefined;
            await session.openFile(file, readFileSync(path.join(session.folder, file), 'utf8'));
            facts.gone.delete(session.uriOf(file));
            return `open ${file}`;
        }
        case 'edit': {
            const uri = pick(openUris, action.target);
            if (!uri) return undefined;
            const content = CONTENTS[languageOfUri(uri)][action.content % CONTENTS[languageOfUri(uri)].length];
            await session.edit(uri, content);
            return `edit ${uri} → content ${action.content % CONTENTS[languageOfUri(uri)].length}`;
        }
        case 'save': {
            const uri = pick(openUris.filter(u => u.startsWith('file:')), action.target);
            if (!uri) return undefined;
            await session.save(uri);
            return `save ${uri}`;
        }
        case 'close': {
            const uri = pick(openUris, action.target);
            if (!uri) return undefined;
            await session.close(uri);
            if (facts.untitled.has(uri)) {
                facts.untitled.delete(uri);
                facts.gone.add(uri);
            }
            return `close ${uri}`;
        }
        case 'create': {
            const file = pick(absent, action.file);
            if (!file) return undefined;
            const pool = CONTENTS[languageOf(file)];
            await session.create(file, pool[action.content % pool.length]);
            facts.gone.delete(session.uriOf(file));
            return `create ${file} with content ${action.content % pool.length}`;
        }
        case 'delete': {
            const file = pick(onDisk, action.file);
            if (!file) return undefined;
            await session.delete(file);
            facts.gone.add(session.uriOf(file));
            return `delete ${file}`;
        }
        case 'rename': {
            const file = pick(onDisk, action.file);
            const to = pick(absent.filter(f => languageOf(f) === (file && languageOf(file))), action.to);
            if (!file || !to) return undefined;
            await session.rename(file, to);
            facts.gone.add(session.uriOf(file));
            facts.gone.delete(session.uriOf(to));
            return `rename ${file} → ${to}`;
        }
        case 'untitled': {
            const proposed = action.proposed ? (action.languageId === 'regioscan' ? 'scans/regio-nieuw.regioscan' : 'model-nieuw.zelfscan') : undefined;
            if (proposed && session.open.has(`untitled:${new URL(session.uriOf(proposed)).pathname}`)) return undefined;
            const uri = await session.openUntitled(action.languageId, proposed);
            const name = uri.split('/').pop()!.replace(/^untitled:/, '');
            facts.untitled.set(uri, `zz-untitled/${name.endsWith(`.${action.languageId}`) ? name : `${name}.${action.languageId}`}`);
            facts.gone.delete(uri);
            return `new untitled ${action.languageId} ${uri}`;
        }
        case 'saveAs': {
            const uri = pick(openUris.filter(u => facts.untitled.has(u)), action.target);
            const file = uri && pick(absent.filter(f => languageOf(f) === languageOfUri(uri)), action.file);
            if (!uri || !file) return undefined;
            await session.saveAs(uri, file);
            facts.untitled.delete(uri);
            facts.gone.add(uri);
            facts.gone.delete(session.uriOf(file));
            return `save ${uri} as ${file}`;
        }
    }
}

function listFiles(folder: string, relative = ''): string[] {
    return readdirSync(path.join(folder, relative)).flatMap(name => {
        const child = path.join(relative, name);
        return statSync(path.join(folder, child)).isDirectory() ? listFiles(folder, child) : [child];
    });
}

/**
 * A diagnostic as text. A message that names another file names it relative to its own, and the command line's
 * copy lives in another folder (untitled documents in a folder of their own), so file names count without folder.
 */
const describeDiagnostic = (d: Diagnostic) =>
    `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${d.severity} `
    + (typeof d.message === 'string' ? d.message : d.message.value).replace(
        /(?:[\w.-]*\/)*(Untitled-\d+|[\w.-]+?)(?:\.zelfscan|\.regioscan)?(?=\.?(?:\s|$))/g, (whole: string, name: string) =>
        /\/|\.(zelfscan|regioscan)$|^Untitled-/.test(whole) ? name : whole);

/**
 * What the command line reports for the session's current contents: every file on disk (with the text of its
 * editor when it is open) and every open untitled document, copied into a fresh folder and validated there.
 */
async function expectedDiagnostics(session: EditorSession, facts: SessionFacts, scratch: string): Promise<Map<string, string[]>> {
    rmSync(scratch, { recursive: true, force: true });
    mkdirSync(scratch, { recursive: true });
    const uriOfCopy = new Map<string, string>();
    for (const file of listFiles(session.folder)) {
        const uri = session.uriOf(file);
        const text = session.open.get(uri)?.text ?? readFileSync(path.join(session.folder, file), 'utf8');
        mkdirSync(path.dirname(path.join(scratch, file)), { recursive: true });
        writeFileSync(path.join(scratch, file), text);
        uriOfCopy.set(path.join(scratch, file), uri);
    }
    // A version declared twice resolves to the document whose URI sorts first: the copies of untitled documents
    // sort after the files (as untitled: after file:) and among themselves as their URIs do.
    const untitled = [...facts.untitled].sort(([a], [b]) => compareText(a, b));
    for (const [rank, [uri, name]] of untitled.entries()) {
        const copy = path.join(scratch, path.dirname(name), String(rank).padStart(3, '0'), path.basename(name));
        mkdirSync(path.dirname(copy), { recursive: true });
        writeFileSync(copy, session.open.get(uri)!.text);
        uriOfCopy.set(copy, uri);
    }
    const workspace = await loadWorkspace([scratch], scratch);
    const expected = new Map<string, string[]>();
    for (const document of workspace.targets) {
        expected.set(uriOfCopy.get(document.uri.fsPath)!, diagnosticsOf(document).map(describeDiagnostic).sort());
    }
    return expected;
}

function actualDiagnostics(session: EditorSession, uris: Iterable<string>): Map<string, string[]> {
    const actual = new Map<string, string[]>();
    for (const uri of uris) {
        actual.set(uri, (session.published.get(uri) ?? []).map(describeDiagnostic).sort());
    }
    return actual;
}

describe('the server\'s diagnostics equal the command line\'s after random editor sessions (dist/server.cjs over stdio)', () => {
    let folder: string;
    let bundle: string;

    beforeAll(() => {
        execFileSync(process.execPath, ['esbuild.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' });
        folder = mkdtempSync(path.join(tmpdir(), 'zelfscan-differential-'));
        bundle = path.join(folder, 'server.cjs');
        // A copy of the bundle, so another test file rebuilding dist/ cannot swap it out mid-run.
        cpSync(path.join(REPO_ROOT, 'dist/server.cjs'), bundle);
    }, 120_000);

    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    let run = 0;
    async function check(actions: Action[]): Promise<void> {
        const workspace = path.join(folder, `werkruimte-${++run}`);
        cpSync(FIXTURE, workspace, { recursive: true });
        const session = await EditorSession.start(bundle, workspace);
        const facts: SessionFacts = { untitled: new Map(), gone: new Set() };
        const done: string[] = [];
        const started = performance.now();
        try {
            for (const action of actions) {
                const description = await perform(session, facts, action);
                if (description) {
                    done.push(description);
                }
            }
            const expected = await expectedDiagnostics(session, facts, path.join(folder, `cli-${run}`));
            const expectedGone = new Map([...facts.gone].filter(uri => !expected.has(uri)).map(uri => [uri, [] as string[]]));
            const wanted = new Map([...expected, ...expectedGone]);
            // The server works asynchronously: wait until it is quiet, then allow it a little longer to agree.
            const deadline = performance.now() + SETTLE_LIMIT_MS;
            let actual: Map<string, string[]>;
            do {
                await session.quiet(QUIET_MS);
                actual = actualDiagnostics(session, wanted.keys());
            } while (!isDeepEqual(actual, wanted) && performance.now() < deadline && await pause(QUIET_MS));
            expect(Object.fromEntries(actual), `after: ${done.join('; ')}`).toEqual(Object.fromEntries(wanted));
            if (process.env.ZELFSCAN_DIFF_VERBOSE) {
                console.info(`${done.length} actions, ${wanted.size} documents compared in ${Math.round(performance.now() - started)} ms`);
            }
        } finally {
            await session.stop();
            rmSync(workspace, { recursive: true, force: true });
        }
    }

    it('holds for the session of issue 13: "Nieuwe regioscan", type the skeleton, save it beside the scans', async () => {
        await check([
            { kind: 'untitled', languageId: 'regioscan', proposed: true },
            { kind: 'edit', target: 0, content: 6 },
            { kind: 'saveAs', target: 0, file: 0 }
        ]);
    }, 60_000);

    it('holds for a model edited without saving and then closed', async () => {
        await check([
            { kind: 'open', file: 0 },
            { kind: 'edit', target: 0, content: 5 },
            { kind: 'close', target: 0 }
        ]);
    }, 60_000);

    it('holds when an edited model declares a version that another file declares too (the first URI wins, scans follow)', async () => {
        // Found by this test in CI: the scans stayed linked to the other file's 1.1 while the command line took the
        // edited file's, whose URI sorts first.
        await check([
            { kind: 'open', file: 4 }, { kind: 'save', target: 0 }, { kind: 'edit', target: 33, content: 74 }, { kind: 'save', target: 35 }
        ]);
    }, 60_000);

    it('holds when an untitled model is closed while the workspace is still loading', async () => {
        // Found by this test in CI: the start-up build read the closed untitled document from disk, failed as a
        // whole, and the scans it had not loaded yet were never checked.
        await check([
            { kind: 'untitled', languageId: 'zelfscan', proposed: false }, { kind: 'open', file: 0 }, { kind: 'rename', file: 11, to: 0 },
            { kind: 'close', target: 28 }, { kind: 'untitled', languageId: 'zelfscan', proposed: true }, { kind: 'saveAs', target: 3, file: 6 }
        ]);
    }, 60_000);

    it('holds when a model waiting to be linked again is read before the model it extends is indexed', async () => {
        // Found by this test: deciding which scans to relink walked a model's chain while the version it extends
        // was not yet indexed; the linker kept the failed reference ("Model 'Regieneming versie 1.0' bestaat
        // niet") and the scans lost every inherited role. 4 failures in 15 runs before, none in 20 after.
        await check([
            { kind: 'untitled', languageId: 'regioscan', proposed: true }, { kind: 'rename', file: 3, to: 45 }, { kind: 'rename', file: 17, to: 78 },
            { kind: 'open', file: 14 }, { kind: 'open', file: 99 }, { kind: 'saveAs', target: 99, file: 94 }, { kind: 'save', target: 6 },
            { kind: 'create', file: 2, content: 63 }, { kind: 'open', file: 98 }, { kind: 'edit', target: 6, content: 99 },
            { kind: 'untitled', languageId: 'regioscan', proposed: true }, { kind: 'untitled', languageId: 'zelfscan', proposed: true }
        ]);
    }, 60_000);

    it('holds for a scan renamed and a model created in a new folder while the server starts', async () => {
        await check([
            { kind: 'open', file: 46 }, { kind: 'open', file: 0 }, { kind: 'rename', file: 75, to: 49 },
            { kind: 'create', file: 30, content: 93 }
        ]);
    }, 60_000);

    it('holds for an empty untitled model while a model file is renamed', async () => {
        await check([{ kind: 'untitled', languageId: 'zelfscan', proposed: true }, { kind: 'rename', file: 0, to: 59 }]);
    }, 60_000);

    it('holds for an untitled model that declares a version a file already declares (the file keeps the scans)', async () => {
        await check([{ kind: 'untitled', languageId: 'zelfscan', proposed: false }, { kind: 'edit', target: 0, content: 2 }]);
    }, 60_000);

    it('holds for random sessions', async () => {
        await fc.assert(fc.asyncProperty(fc.array(actionArbitrary, { minLength: 1, maxLength: 14 }), check), {
            numRuns: RUNS,
            // ZELFSCAN_DIFF_SEED and ZELFSCAN_DIFF_PATH replay a reported failure.
            ...(process.env.ZELFSCAN_DIFF_SEED ? { seed: Number(process.env.ZELFSCAN_DIFF_SEED), path: process.env.ZELFSCAN_DIFF_PATH } : {}),
            // Shrinking restarts the server for every candidate; cap it so a failure is reported in bounded time.
            interruptAfterTimeLimit: 240_000
        });
    }, 300_000);
});

function isDeepEqual(a: Map<string, string[]>, b: Map<string, string[]>): boolean {
    return JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());
}

async function pause(ms: number): Promise<true> {
    await new Promise(resolve => setTimeout(resolve, ms));
    return true;
}
