import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './workspace.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Debian's chromium for the tests that drive a browser, installed only when such a test runs (the script is
 * idempotent). Those tests never skip: if the browser cannot be had, they fail loudly instead.
 */
export function ensureChromium(): string {
    const script = join(REPO_ROOT, 'scripts', 'ensure-debian-package.sh');
    execFileSync('sh', [script, 'chromium', 'chromium', 'fonts-dejavu-core'], { stdio: 'inherit' });
    if (!existsSync(CHROMIUM)) {
        throw new Error(`${CHROMIUM} is still missing after ${script}; the report browser tests cannot run.`);
    }
    return CHROMIUM;
}
