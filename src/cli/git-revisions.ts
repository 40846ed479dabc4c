import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { MODEL_EXTENSION, SCAN_EXTENSION, UsageError } from './workspace-files.js';

/**
 * `zelfscan diff --git <rev> [<rev2>] [paden…]`: the model and scan files that differ between a revision and the
 * working tree (or two revisions), each side as a file to read. git is asked as `git diff --name-status` would
 * answer, renames included.
 */

/** One changed file: its path on each side (relative to the top of the repository), undefined where it does not exist. */
export interface ChangedFile {
    readonly before?: string;
    readonly after?: string;
}

export interface GitComparison {
    readonly top: string;
    readonly from: string;
    /** Undefined: the working tree. */
    readonly to?: string;
    readonly files: readonly ChangedFile[];
}

function git(args: readonly string[], cwd: string): { ok: boolean; stdout: string; stderr: string } {
    const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (result.error) {
        throw new UsageError(`git is niet gevonden (${result.error.message}); --git <revisie> heeft git nodig.`);
    }
    return { ok: result.status === 0, stdout: result.stdout, stderr: result.stderr };
}

function isRevision(text: string, cwd: string): boolean {
    return !text.startsWith('-') && git(['rev-parse', '--verify', '--quiet', `${text}^{commit}`], cwd).ok;
}

/**
 * The revisions and paths from the arguments: the first is a revision; the second too when git knows it as one
 * and no file of that name exists (as git itself decides); the rest are paths, relative to the current folder.
 */
export function gitComparison(args: readonly string[], cwd: string): GitComparison {
    const topResult = git(['rev-parse', '--show-toplevel'], cwd);
    if (!topResult.ok) {
        throw new UsageError(`'${cwd}' ligt niet in een git-repository; --git <revisie> vergelijkt met wat git bewaart.`);
    }
    const top = topResult.stdout.trim();
    const [from, ...rest] = args;
    if (from === undefined || !isRevision(from, cwd)) {
        throw new UsageError(`'${from ?? ''}' is geen revisie in git. Gebruik: zelfscan diff --git <revisie> [<revisie2>] [paden…]; `
            + 'als externe diff van git krijgt --git de 7 argumenten die git meegeeft.');
    }
    const to = rest[0] !== undefined && !existsSync(path.resolve(cwd, rest[0])) && isRevision(rest[0], cwd) ? rest[0] : undefined;
    const paths = to === undefined ? rest : rest.slice(1);
    const listed = git(['diff', '--name-status', '-z', '-M', '--no-ext-diff', from, ...(to ? [to] : []), '--', ...paths], cwd);
    if (!listed.ok) {
        throw new UsageError(`git diff gaf een fout: ${listed.stderr.trim()}`);
    }
    return { top, from, ...(to ? { to } : {}), files: changedFiles(listed.stdout).filter(isModelOrScan) };
}

/** `git diff --name-status -z`: a status, then one path (two for a rename or copy), each ended by NUL. */
function changedFiles(output: string): ChangedFile[] {
    const fields = output.split('\0');
    const files: ChangedFile[] = [];
    for (let i = 0; i + 1 < fields.length;) {
        const status = fields[i]!;
        if (status.startsWith('R') || status.startsWith('C')) {
            files.push({ before: fields[i + 1], after: fields[i + 2] });
            i += 3;
        } else {
            const file = fields[i + 1]!;
            files.push(status === 'A' ? { after: file } : status === 'D' ? { before: file } : { before: file, after: file });
            i += 2;
        }
    }
    return files;
}

function isModelOrScan(file: ChangedFile): boolean {
    return [file.before, file.after].some(name => name !== undefined && (name.endsWith(MODEL_EXTENSION) || name.endsWith(SCAN_EXTENSION)));
}

/** A folder for the versions git holds, removed by `dispose`. */
export class GitSnapshots {
    private readonly folder = mkdtempSync(path.join(tmpdir(), 'zelfscan-git-'));
    private count = 0;

    constructor(private readonly top: string) {}

    /** The file as it is in `revision`, written out under its own name (so its extension says what it is). */
    fileAt(revision: string, file: string): string {
        const shown = spawnSync('git', ['show', `${revision}:${file}`], { cwd: this.top, maxBuffer: 256 * 1024 * 1024 });
        if (shown.status !== 0) {
            throw new UsageError(`git kan '${file}' in ${revision} niet tonen: ${String(shown.stderr).trim()}`);
        }
        const target = path.join(this.folder, String(this.count++), path.basename(file));
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, shown.stdout);
        return target;
    }

    dispose(): void {
        rmSync(this.folder, { recursive: true, force: true });
    }
}
