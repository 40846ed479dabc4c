// Bundles the command line, the language server and the VS Code extension into dist/.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const entries = {
    cli: 'src/cli/main.ts',
    server: 'src/language/main.ts',
    extension: 'src/extension/extension.ts',
    // The spreadsheet libraries (several megabytes) in a file of their own, loaded only by import and export.
    'sheet-libraries': 'src/app/sheet-libraries.ts'
};

/** Every other bundle loads the spreadsheet libraries from their own file at run time instead of inlining them. */
const sheetLibrariesApart = {
    name: 'sheet-libraries-apart',
    setup(build) {
        build.onResolve({ filter: /\/sheet-libraries\.js$/ }, () => ({ path: './sheet-libraries.cjs', external: true }));
    }
};

await esbuild.build({
    entryPoints: entries,
    outdir: 'dist',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    // The extension host provides 'vscode'; only the extension entry imports it.
    external: ['vscode'],
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
    plugins: [sheetLibrariesApart]
});
