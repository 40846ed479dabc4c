import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/**
 * Writes a file through a temporary file beside it, so that an interrupted run never leaves half a file.
 * With `replace` the temporary file is renamed over the target (an existing file keeps its permissions);
 * without it, it is hard-linked to the target name, which fails with EEXIST when that name exists, so a
 * file that appeared in the meantime is never overwritten either.
 */
export async function writeFileAtomically(target: string, content: string, options: { replace: boolean }): Promise<void> {
    const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
    const mode = options.replace ? (await fs.stat(target).catch(() => undefined))?.mode : undefined;
    try {
        await fs.writeFile(temporary, content, { encoding: 'utf8', flag: 'wx', mode });
        if (options.replace) {
            await fs.rename(temporary, target);
        } else {
            await fs.link(temporary, target);
        }
    } finally {
        await fs.rm(temporary, { force: true });
    }
}
