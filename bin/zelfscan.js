#!/usr/bin/env node
// The command line is bundled into dist/ by the build; a fresh `npm ci` has not built it yet.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli.cjs', import.meta.url);
if (!existsSync(bundle)) {
    process.stderr.write("zelfscan: de opdrachtregel is nog niet gebouwd; voer eerst 'npm run build' uit (in de map van zelfscan).\n");
    process.exit(2);
}
await import(bundle.href);
