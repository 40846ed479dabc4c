import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from './workspace.js';

export interface CliBundle {
    /** The bundled command line, to run as `node <cli> …`. */
    readonly cli: string;
    /** A scratch folder beside it, removed by `dispose`. */
    readonly scratch: string;
    dispose(): void;
}

/**
 * Bundles the command line into a scratch folder of its own, so that a test runs the real program as a child
 * process and other test files rebuilding `dist/` at the same time cannot disturb it.
 */
export async function bundleCli(prefix: string): Promise<CliBundle> {
    const scratch = mkdtempSync(path.join(tmpdir(), prefix));
    const cli = path.join(scratch, 'cli.cjs');
    await build({
        entryPoints: [path.join(REPO_ROOT, 'src/cli/main.ts')], outfile: cli, bundle: true, format: 'cjs',
        platform: 'node', target: 'node20', logLevel: 'error'
    });
    return { cli, scratch, dispose: () => rmSync(scratch, { recursive: true, force: true }) };
}
