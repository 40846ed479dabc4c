import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { writeFileAtomically } from './atomic-write.js';
import { Refusal } from './refusal.js';

const SOURCE_EXTENSIONS = ['.zelfscan', '.regioscan'];
/** Folders the source walk never enters: they hold no one's scans, and can be huge. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

export function isSourceFileName(file: string): boolean {
    return SOURCE_EXTENSIONS.some(extension => file.endsWith(extension));
}

export interface OutputFolder {
    /** The folder as the user gave it, for messages. */
    readonly shown: string;
    /** How the user picks another folder, e.g. "Kies met --out een aparte map …" (ends with a full stop). */
    readonly advice: string;
}

/**
 * The rules for the folder reports go to: it is a folder (or does not exist yet), neither it nor a folder on
 * the way to it from the current folder is a symbolic link, and it holds no model or scan file, neither one this run loaded (also when the folder is
 * an ancestor of it, or reaches it through a link) nor one it did not. Refusals say how to pick another.
 */
export async function checkOutputFolder(outDir: string, folder: OutputFolder, loadedSources: readonly string[]): Promise<void> {
    const link = await fs.lstat(outDir).catch(() => undefined);
    if (link?.isSymbolicLink()) {
        throw new Refusal('gebruik', `De uitvoermap '${folder.shown}' is een symbolische koppeling; rapporten worden nooit via een koppeling geschreven. ${folder.advice}`);
    }
    const linkOnTheWay = await linkBetween(process.cwd(), outDir);
    if (linkOnTheWay) {
        throw new Refusal('gebruik', `De uitvoermap '${folder.shown}' ligt achter een symbolische koppeling ('${path.relative(process.cwd(), linkOnTheWay)}'); rapporten worden nooit via een koppeling geschreven. ${folder.advice}`);
    }
    if (link && !link.isDirectory()) {
        throw new Refusal('gebruik', `'${folder.shown}' bestaat al en is geen map. ${folder.advice}`);
    }
    const source = await loadedSourceInside(outDir, loadedSources) ?? (link ? await sourceFileUnder(outDir) : undefined);
    if (source) {
        throw new Refusal('gebruik', `De uitvoermap '${folder.shown}' bevat bronbestanden (${path.relative(process.cwd(), source) || source}). ${folder.advice}`);
    }
}

/** The first folder between `base` and `folder` (inside `base`) that is a symbolic link. */
async function linkBetween(base: string, folder: string): Promise<string | undefined> {
    const relative = path.relative(base, folder);
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
        return undefined;
    }
    let current = base;
    for (const part of relative.split(path.sep).slice(0, -1)) {
        current = path.join(current, part);
        if ((await fs.lstat(current).catch(() => undefined))?.isSymbolicLink()) {
            return current;
        }
    }
    return undefined;
}

/** A loaded source inside the folder, comparing real paths too, so that no link smuggles one in. */
async function loadedSourceInside(outDir: string, sources: readonly string[]): Promise<string | undefined> {
    const realOut = await fs.realpath(outDir).catch(() => outDir);
    for (const file of sources) {
        const realFile = await fs.realpath(file).catch(() => file);
        if (isInside(outDir, file) || isInside(realOut, realFile)) {
            return file;
        }
    }
    return undefined;
}

/**
 * The first model or scan file under a folder, breadth first, if there is one: a file, or a link or anything else
 * with such a name. Links to folders are not followed.
 */
async function sourceFileUnder(folder: string): Promise<string | undefined> {
    const queue = [folder];
    while (queue.length > 0) {
        const current = queue.shift()!;
        const entries = await fs.readdir(current, { withFileTypes: true }).catch(() => []);
        for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
            const full = path.join(current, entry.name);
            if (!entry.isDirectory() && isSourceFileName(entry.name)) {
                return full;
            }
            if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) {
                queue.push(full);
            }
        }
    }
    return undefined;
}

function isInside(folder: string, file: string): boolean {
    const relative = path.relative(folder, file);
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * Writes one report file atomically into the output folder (created when missing). A name that would land
 * elsewhere or is a source file's is refused; a symbolic link at the name is replaced by the report, never
 * followed, and the report never takes the mode of what the link pointed at.
 */
export async function writeReportFile(outDir: string, fileName: string, content: string): Promise<string> {
    const target = path.resolve(outDir, fileName);
    if (path.dirname(target) !== path.resolve(outDir) || isSourceFileName(target)) {
        throw new Refusal('gebruik', `Weigert te schrijven naar '${target}': dat valt buiten de uitvoermap of is een bronbestand.`);
    }
    try {
        await fs.mkdir(outDir, { recursive: true });
        await writeFileAtomically(target, content, { existing: 'replace' });
    } catch (error) {
        throw new Refusal('gebruik', `Kon '${target}' niet schrijven: ${error instanceof Error ? error.message : String(error)}`);
    }
    return target;
}
