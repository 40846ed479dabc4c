import { promises as fs } from 'node:fs';
import * as path from 'node:path';

export const MODEL_EXTENSION = '.zelfscan';
export const SCAN_EXTENSION = '.regioscan';
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

export class UsageError extends Error {}

/** Every model and scan file under the given files or folders, sorted, each once. */
export async function collectSourceFiles(paths: readonly string[]): Promise<string[]> {
    const found = new Set<string>();
    for (const given of paths) {
        const absolute = path.resolve(given);
        const stat = await fs.stat(absolute).catch(() => undefined);
        if (!stat) {
            throw new UsageError(`'${given}' bestaat niet.`);
        }
        if (stat.isDirectory()) {
            for (const file of await walk(absolute)) {
                found.add(file);
            }
        } else if (isSourceFile(absolute)) {
            found.add(absolute);
        } else {
            throw new UsageError(`'${given}' is geen ${MODEL_EXTENSION}- of ${SCAN_EXTENSION}-bestand.`);
        }
    }
    return [...found].sort();
}

export function isSourceFile(file: string): boolean {
    return file.endsWith(MODEL_EXTENSION) || file.endsWith(SCAN_EXTENSION);
}

async function walk(folder: string): Promise<string[]> {
    const entries = await fs.readdir(folder, { withFileTypes: true });
    const files: string[] = [];
    for (const entry of entries) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) {
            if (!SKIPPED_FOLDERS.has(entry.name)) {
                files.push(...await walk(full));
            }
        } else if (entry.isFile() && isSourceFile(full)) {
            files.push(full);
        }
    }
    return files;
}
