import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
    // As in dist/, the spreadsheet libraries stay out of the bundle (bundling exceljs per test file is slow); here
    // they are required from the repository's node_modules. The names are those of src/app/sheet-libraries.ts.
    writeFileSync(path.join(scratch, 'sheet-libraries.cjs'), [
        `const load = require('node:module').createRequire(${JSON.stringify(path.join(REPO_ROOT, 'package.json'))});`,
        `const parseCsv = load('csv-parse/sync').parse, stringifyCsv = load('csv-stringify/sync').stringify, ExcelJS = load('exceljs'), JSZip = load('jszip');`,
        // Shorthand properties, so that Node's import() of this CommonJS file sees the names as named exports.
        'module.exports = { parseCsv, stringifyCsv, ExcelJS, JSZip };',
        ''
    ].join('\n'));
    await build({
        entryPoints: [path.join(REPO_ROOT, 'src/cli/main.ts')], outfile: cli, bundle: true, format: 'cjs',
        platform: 'node', target: 'node20', logLevel: 'error',
        plugins: [{
            name: 'sheet-libraries-apart',
            setup: b => b.onResolve({ filter: /\/sheet-libraries\.js$/ }, () => ({ path: './sheet-libraries.cjs', external: true }))
        }]
    });
    return { cli, scratch, dispose: () => rmSync(scratch, { recursive: true, force: true }) };
}
