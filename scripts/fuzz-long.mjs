// The long fuzz run of the language server, outside CI: bundles test/fuzz/long-run.ts and runs it with the
// arguments given, e.g. `npm run fuzz:lang -- --documents 100000` (see that file for the options).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Two folders below the project, as test/fuzz is: the packages left out of the bundle resolve from its
// node_modules, and the test helpers find the project root where they expect it.
const scratch = path.join(root, 'node_modules/.cache');
mkdirSync(scratch, { recursive: true });
const outfile = path.join(scratch, 'zelfscan-fuzz-long.mjs');
await build({
    entryPoints: [path.join(root, 'test/fuzz/long-run.ts')], outfile, bundle: true, format: 'esm', platform: 'node',
    target: 'node20', logLevel: 'error', packages: 'external', sourcemap: 'inline'
});
const result = spawnSync(process.execPath, ['--enable-source-maps', outfile, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
