/**
 * The layering of the code base (see README, "Layout"): the domain and the renderers are pure TypeScript, so the
 * command line, the language server, the extension and the tests all reach the same functions. Checked by
 * test/layering.test.ts; `npx depcruise src` prints the same verdict.
 */
const EDITOR_AND_LSP = '^(langium|vscode|vscode-languageserver|vscode-languageserver-protocol|vscode-languageserver-textdocument|vscode-languageclient|vscode-jsonrpc|chevrotain)(/|$)';
const FRONT_ENDS = '^src/(language|cli|extension|app)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
    forbidden: [
        {
            name: 'zuivere-kern-zonder-editor',
            comment: 'src/domain and src/report know neither Langium, VS Code nor the language server protocol.',
            severity: 'error',
            from: { path: '^src/(domain|report)/' },
            to: { path: EDITOR_AND_LSP }
        },
        {
            name: 'zuivere-kern-zonder-voorkant',
            comment: 'src/domain and src/report never import the language, application, command-line or extension folders.',
            severity: 'error',
            from: { path: '^src/(domain|report)/' },
            to: { path: FRONT_ENDS }
        },
        {
            name: 'domein-zonder-weergave',
            comment: 'The domain returns data; only src/report words and renders it. Data flows one way.',
            severity: 'error',
            from: { path: '^src/domain/' },
            to: { path: '^src/report/' }
        },
        {
            name: 'geen-node-in-de-kern',
            comment: 'The domain and the renderers do no I/O: no node: built-ins, so they run in a browser or webview too.',
            severity: 'error',
            from: { path: '^src/(domain|report)/' },
            to: { dependencyTypes: ['core'] }
        },
        {
            name: 'geen-kringen',
            comment: 'No import cycles between modules at run time (type-only imports of a module\'s services are Langium\'s convention).',
            severity: 'error',
            from: { path: '^src/' },
            to: { circular: true, dependencyTypesNot: ['type-only'], viaOnly: { dependencyTypesNot: ['type-only'] } }
        }
    ],
    options: {
        doNotFollow: { path: 'node_modules' },
        exclude: { path: '^src/language/generated/' },
        tsPreCompilationDeps: true,
        tsConfig: { fileName: 'tsconfig.json' },
        enhancedResolveOptions: { extensions: ['.ts', '.js'] }
    }
};
