import { promises as fs, type Dirent } from 'node:fs';
import * as path from 'node:path';
import { notRegularReason } from '../language/source-text.js';

export const MODEL_EXTENSION = '.zelfscan';
export const SCAN_EXTENSION = '.regioscan';
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

export class UsageError extends Error {}

/** A path the walk did not read, and why (in Dutch, ending with a full stop). */
export interface SkippedPath {
    readonly path: string;
    readonly kind: 'unreadable-folder' | 'folder-link' | 'not-a-file' | 'no-sources' | 'unusable';
    readonly reason: string;
}

export interface SourceFiles {
    /** Absolute paths, sorted, each once; symbolic links to regular files included under the link's name. */
    readonly files: string[];
    readonly skipped: SkippedPath[];
}

/**
 * Every model and scan file under the given files or folders. A named path that does not exist, cannot be
 * read or is not a regular file or folder is a usage error; inside a folder, a subfolder that cannot be read,
 * a link to a folder (never followed, so no walk goes round in circles) and a source-named entry that is not a
 * regular file (a FIFO, a device, a broken link) are skipped and listed. So is a named folder without sources.
 */
export async function collectSourceFiles(paths: readonly string[], options: { noteEmpty: boolean } = { noteEmpty: true }): Promise<SourceFiles> {
    const found = new Set<string>();
    const skipped: SkippedPath[] = [];
    for (const given of paths) {
        const absolute = path.resolve(given);
        const stat = await fs.stat(absolute).catch((error: NodeJS.ErrnoException) => {
            if (error.code === 'ENOENT') {
                throw new UsageError(`'${given}' bestaat niet.`);
            }
            throw new UsageError(`'${given}' kan niet gelezen worden: ${systemReason(error)}.`);
        });
        if (stat.isDirectory()) {
            const before = found.size;
            const entries = await fs.readdir(absolute, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
                throw new UsageError(`De map '${given}' kan niet gelezen worden: ${systemReason(error)}.`);
            });
            await walk(absolute, entries, found, skipped);
            if (found.size === before && options.noteEmpty) {
                skipped.push({ path: absolute, kind: 'no-sources', reason: `er staan geen ${MODEL_EXTENSION}- of ${SCAN_EXTENSION}-bestanden in deze map.` });
            }
        } else if (!isSourceFile(absolute)) {
            throw new UsageError(`'${given}' is geen ${MODEL_EXTENSION}- of ${SCAN_EXTENSION}-bestand.`);
        } else if (stat.isFile()) {
            found.add(absolute);
        } else {
            throw new UsageError(`'${given}' is ${notRegularReason(stat)}`);
        }
    }
    return { files: [...found].sort(), skipped };
}

export function isSourceFile(file: string): boolean {
    return file.endsWith(MODEL_EXTENSION) || file.endsWith(SCAN_EXTENSION);
}

/** The skipped paths as warnings, relative to the current folder, one line each. */
export function skippedWarnings(skipped: readonly SkippedPath[]): string[] {
    return skipped.map(entry => `zelfscan: waarschuwing: '${path.relative(process.cwd(), entry.path) || '.'}' overgeslagen: ${entry.reason}`);
}

async function walk(folder: string, entries: readonly Dirent[], found: Set<string>, skipped: SkippedPath[]): Promise<void> {
    for (const entry of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) {
            if (SKIPPED_FOLDERS.has(entry.name)) {
                continue;
            }
            const inner = await fs.readdir(full, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
                skipped.push({ path: full, kind: 'unreadable-folder', reason: `de map kan niet gelezen worden (${systemReason(error)}).` });
                return undefined;
            });
            if (inner) {
                await walk(full, inner, found, skipped);
            }
        } else if (entry.isSymbolicLink()) {
            const target = await fs.stat(full).catch((error: NodeJS.ErrnoException) => error);
            if (target instanceof Error) {
                if (isSourceFile(full)) {
                    skipped.push({ path: full, kind: 'not-a-file', reason: `de symbolische koppeling wijst naar niets bruikbaars (${systemReason(target)}).` });
                }
            } else if (target.isDirectory()) {
                skipped.push({ path: full, kind: 'folder-link', reason: 'een symbolische koppeling naar een map wordt niet gevolgd; geef die map zelf op om hem te controleren.' });
            } else if (isSourceFile(full)) {
                addRegular(full, target, found, skipped);
            }
        } else if (isSourceFile(full)) {
            addRegular(full, entry, found, skipped);
        }
    }
}

function addRegular(file: string, stat: Parameters<typeof notRegularReason>[0] & { isFile(): boolean }, found: Set<string>, skipped: SkippedPath[]): void {
    if (stat.isFile()) {
        found.add(file);
    } else {
        skipped.push({ path: file, kind: 'not-a-file', reason: `het is ${notRegularReason(stat)}` });
    }
}

export function systemReason(error: NodeJS.ErrnoException): string {
    switch (error.code) {
        case 'EACCES':
        case 'EPERM':
            return 'geen leesrechten';
        case 'ENOENT':
            return 'het bestaat niet (meer)';
        case 'ELOOP':
            return 'een kring van symbolische koppelingen';
        default:
            return error.code ?? error.message;
    }
}
