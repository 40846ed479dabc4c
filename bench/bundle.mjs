// Bundles the parts of src/ that the bench loads in its own processes into bench/workspaces/, with esbuild's API,
// so the bench needs no extra entry in the project's own build.
import * as esbuild from 'esbuild';
import * as path from 'node:path';

const common = { bundle: true, format: 'cjs', platform: 'node', target: 'node20', logLevel: 'warning' };

/** ScanDataSchema (and zod) for the JSON yardstick. */
export async function bundleSchema(repoRoot, outfile) {
    await esbuild.build({ ...common, entryPoints: [path.join(repoRoot, 'src/domain/scan-data.ts')], outfile });
}

/** The language services, in one bundle with the Langium pieces the JSON check drives directly. */
export async function bundleLanguage(repoRoot, outfile) {
    await esbuild.build({
        ...common,
        outfile,
        stdin: {
            resolveDir: repoRoot,
            sourcefile: 'bench-language-entry.ts',
            loader: 'ts',
            contents: [
                "export { createZelfscanServices } from './src/language/zelfscan-module.js';",
                "export { buildScanData } from './src/language/scan-data-builder.js';",
                "export { URI } from 'langium';",
                "export { NodeFileSystem } from 'langium/node';"
            ].join('\n')
        }
    });
}
