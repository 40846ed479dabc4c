import { createHash } from 'node:crypto';
import { promises as fs, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeFileAtomically } from '../app/atomic-write.js';
import type { ItemKind } from '../domain/model-definition.js';
import type { Finding } from './findings.js';

/**
 * What `validate` remembers of a scan file between runs, so that an unchanged scan is not parsed again (as
 * eslint's `--cache`). An entry is used only when all of these are what they were when it was written:
 * - the scan's own text;
 * - the text of every model version in its chain (the version it names and the versions that one extends);
 * - the model versions the workspace declares and which file declares each (an unknown version's message lists
 *   them, and a second copy of a version changes what a name links to);
 * - the program itself (a hash of its own bundle, so a new build never reuses findings of an old one).
 * A scan's findings depend on nothing else: scans export nothing, so other scans never change them.
 */
export interface CachedScan {
    /** Hash of the scan's text. */
    readonly text: string;
    /** The model files of the scan's chain, in chain order (empty when its model is unknown). */
    readonly chain: readonly string[];
    /** Hash of the texts of those model files. */
    readonly chainText: string;
    /** The findings, without the file name (that depends on the current folder). */
    readonly findings: ReadonlyArray<Omit<Finding, 'file'>>;
    /**
     * The model version the scan names (as written) and the names it uses: what the versions after it count when
     * they retire something (StrandedScanChecks), so that a cached scan still counts.
     */
    readonly uses?: ScanUses;
}

export interface ScanUses {
    readonly version: string;
    readonly names: ReadonlyArray<{ readonly kind: ItemKind | 'value'; readonly name: string; readonly trait?: string }>;
}

interface CacheFile {
    readonly format: number;
    /** The program and the model versions of the workspace; a different value makes every entry stale. */
    readonly context: string;
    readonly scans: Record<string, CachedScan>;
}

const FORMAT = 2;

export function hashText(text: string | Uint8Array): string {
    return createHash('sha256').update(text).digest('base64url');
}

/**
 * The folder the cache lives in: `ZELFSCAN_CACHE_DIR` when set, else the user's cache folder
 * (`$XDG_CACHE_HOME/zelfscan` or `~/.cache/zelfscan`; `~/Library/Caches/zelfscan` on macOS;
 * `%LOCALAPPDATA%\zelfscan\cache` on Windows).
 */
export function cacheFolder(env: NodeJS.ProcessEnv = process.env): string {
    if (env.ZELFSCAN_CACHE_DIR) {
        return path.resolve(env.ZELFSCAN_CACHE_DIR);
    }
    if (process.platform === 'win32') {
        return path.join(env.LOCALAPPDATA ?? path.join(os.homedir(), 'AppData', 'Local'), 'zelfscan', 'cache');
    }
    if (process.platform === 'darwin') {
        return path.join(os.homedir(), 'Library', 'Caches', 'zelfscan');
    }
    return path.join(env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'zelfscan');
}

/**
 * The program's own identity: its version and a hash of the file it runs from (the bundle). Undefined when that
 * file cannot be read; then nothing is cached.
 */
export function programFingerprint(version: string, programFile: string | undefined): string | undefined {
    if (!programFile) {
        return undefined;
    }
    try {
        return `${version}:${createHash('sha256').update(readFileSync(programFile)).digest('base64url')}`;
    } catch {
        return undefined;
    }
}

/** The cache of one workspace folder: one JSON file in the cache folder, named after the folder's path. */
export class ValidationCache {

    private readonly entries: Map<string, CachedScan>;
    private changed = false;

    private constructor(private readonly file: string, private readonly context: string, entries: Map<string, CachedScan>) {
        this.entries = entries;
    }

    /**
     * Opens the cache for `workspaceFolder`. `context` identifies the program and the workspace's model versions;
     * a cache written under another context starts empty. An unreadable or damaged cache file also starts empty.
     */
    static async open(folder: string, workspaceFolder: string, context: string): Promise<ValidationCache> {
        const file = path.join(folder, `validate-${hashText(path.resolve(workspaceFolder)).slice(0, 16)}.json`);
        let entries = new Map<string, CachedScan>();
        try {
            const stored = JSON.parse(await fs.readFile(file, 'utf8')) as CacheFile;
            if (stored.format === FORMAT && stored.context === context && stored.scans && typeof stored.scans === 'object') {
                entries = new Map(Object.entries(stored.scans));
            }
        } catch {
            // No cache yet, or one that cannot be read: validate everything.
        }
        return new ValidationCache(file, context, entries);
    }

    get location(): string {
        return this.file;
    }

    /** The cached findings (and uses) of `scanFile`, if its text and the texts of its chain are unchanged. */
    lookup(scanFile: string, textHash: string, modelTextHash: (modelFile: string) => string | undefined): Pick<CachedScan, 'findings' | 'uses'> | undefined {
        const entry = this.entries.get(scanFile);
        if (!entry || entry.text !== textHash || !Array.isArray(entry.chain)) {
            return undefined;
        }
        const texts = entry.chain.map(modelTextHash);
        if (texts.some(text => text === undefined) || hashText(texts.join('\n')) !== entry.chainText) {
            return undefined;
        }
        return entry;
    }

    store(scanFile: string, textHash: string, chain: readonly string[], chainTextHashes: readonly string[], findings: CachedScan['findings'],
        uses?: ScanUses): void {
        this.entries.set(scanFile, { text: textHash, chain, chainText: hashText(chainTextHashes.join('\n')), findings, ...(uses ? { uses } : {}) });
        this.changed = true;
    }

    /** Writes the cache when something was added; a cache that cannot be written is left alone. */
    async save(): Promise<void> {
        if (!this.changed) {
            return;
        }
        const content: CacheFile = { format: FORMAT, context: this.context, scans: Object.fromEntries(this.entries) };
        try {
            await fs.mkdir(path.dirname(this.file), { recursive: true });
            await writeFileAtomically(this.file, JSON.stringify(content), { existing: 'replace' });
        } catch {
            // A read-only or full disk costs speed next time, never a result.
        }
    }
}
