import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

export interface AtomicWriteOptions {
    /**
     * What happens when the target name exists:
     * - `'new'`: nothing is overwritten; the write fails with EEXIST (a new scan never replaces a file).
     * - `'replace'`: the name gets a new regular file. A symbolic link at that name is replaced by the file,
     *   never followed. The new file is created with mode 0o644 (less what the umask takes); a regular file it
     *   replaces passes on only its read and write bits, so a narrower mode stays, and no executable, setuid
     *   or setgid bit is ever taken over: a report is data, whatever stood at its name before.
     * - `'through-link'`: a symbolic link is followed to the file it names and that file is replaced, so the
     *   link stays a link (formatting a linked source formats the shared file); the file keeps its permission
     *   bits, without setuid, setgid or sticky bits.
     */
    readonly existing: 'new' | 'replace' | 'through-link';
}

/**
 * Writes a file through a temporary file beside it, so that an interrupted run never leaves half a file.
 * The temporary file is created exclusively (an attacker's file or link at that name makes the write fail),
 * then renamed over the target, or hard-linked to it for `'new'` (linking fails when the name exists, so a
 * file that appeared in the meantime is never overwritten either).
 */
export async function writeFileAtomically(file: string, content: string | Uint8Array, options: AtomicWriteOptions): Promise<void> {
    const target = options.existing === 'through-link' ? await fs.realpath(file).catch(() => file) : file;
    const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
    const mode = options.existing === 'new' ? undefined : await keptMode(target, options.existing === 'replace' ? 0o666 : 0o777);
    try {
        await fs.writeFile(temporary, content, { encoding: 'utf8', flag: 'wx', mode: NEW_FILE_MODE });
        if (mode !== undefined) {
            // The mode given to writeFile passes through the umask; the file being replaced had exactly this one.
            await fs.chmod(temporary, mode);
        }
        if (options.existing === 'new') {
            await fs.link(temporary, target);
        } else {
            await fs.rename(temporary, target);
        }
    } finally {
        await fs.rm(temporary, { force: true });
    }
}

/** Every new file: readable by all, writable by its owner, never executable; the umask may take more. */
const NEW_FILE_MODE = 0o644;

/** The permission bits (within `kept`) of the regular file at `target`; undefined for a link, anything else, or nothing. */
async function keptMode(target: string, kept: number): Promise<number | undefined> {
    const stat = await fs.lstat(target).catch(() => undefined);
    return stat?.isFile() ? stat.mode & kept : undefined;
}
