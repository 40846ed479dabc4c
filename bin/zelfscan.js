#!/usr/bin/env node
// The command line is bundled into dist/ by the build; a fresh `npm ci` has not built it yet.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/cli.cjs', import.meta.url);
if (!existsSync(bundle)) {
    process.stderr.write("zelfscan: de opdrachtregel is nog niet gebouwd; voer eerst 'npm run build' uit (in de map van zelfscan).\n");
    process.exit(2);
}

// The commands that load a whole workspace run in a Node with a 16 MB young generation, as
// src/cli/young-generation.ts explains (it does the same when dist/cli.cjs is run directly). Deciding it here,
// before the bundle is loaded, spares this first process compiling the 2.7 MB bundle only to start another Node.
const FLAG = '--max-semi-space-size';
const chosen = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some(option => option.startsWith(FLAG));
if (!chosen && ['validate', 'generate'].includes(process.argv[2] ?? '')) {
    const child = spawnSync(process.execPath, [`${FLAG}=16`, ...process.execArgv, process.argv[1], ...process.argv.slice(2)], { stdio: 'inherit' });
    // When no second Node can be started, this one carries on with the default young generation.
    if (!child.error) {
        if (child.signal) {
            process.kill(process.pid, child.signal);
        }
        process.exit(child.status ?? 1);
    }
}

// Node 22.1 and later keep the compiled code of the bundle on disk (in the system's temporary folder, keyed by the
// file's content and Node's version), so a later run does not compile it again; NODE_DISABLE_COMPILE_CACHE=1 turns
// it off. Loaded with require rather than import(), which would first scan the whole bundle for its exports.
module.enableCompileCache?.();
module.createRequire(import.meta.url)(fileURLToPath(bundle));
