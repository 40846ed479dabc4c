import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CHROMIUM = '/usr/bin/chromium';

/**
 * The browser tests need Debian's chromium. The script is idempotent (it only reports when the browser is
 * there); installing it here when missing means those tests never skip:
 * if the browser cannot be had, the whole run fails loudly instead.
 */
export default function setup(): void {
    const script = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'scripts', 'ensure-debian-package.sh');
    execFileSync('sh', [script, 'chromium', 'chromium', 'fonts-dejavu-core'], { stdio: 'inherit' });
    if (!existsSync(CHROMIUM)) {
        throw new Error(`${CHROMIUM} is still missing after ${script}; the report browser tests cannot run.`);
    }
}
