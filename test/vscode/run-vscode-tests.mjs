#!/usr/bin/env node
// Runs the extension's integration tests in a real VS Code: the one inside code-server, driven through
// @vscode/test-electron's runTests() with our launcher standing in for the VS Code executable.
// Usage: npm run test:vscode (builds, installs code-server into .vscode-test/ when missing, then runs this).
import { runTests } from '@vscode/test-electron';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const LAUNCHER = path.join(REPO, 'test/vscode/code-server-launcher.mjs');
const SUITE = path.join(REPO, 'test/vscode/suite/index.cjs');
const RESTRICTED_SUITE = path.join(REPO, 'test/vscode/suite/restricted.cjs');

for (const file of ['dist/extension.cjs', 'dist/server.cjs']) {
    if (!existsSync(path.join(REPO, file))) {
        console.error(`[vscode] FOUT: ${file} is missing; run node esbuild.mjs first`);
        process.exit(1);
    }
}

/**
 * One run of a suite in a fresh copy of the examples (the tests edit and add files). `trust`: 'beperkt' opens the
 * folder untrusted, in Restricted Mode. `file`: a file of the folder the window opens with in view (as after a
 * reload), for the suite that times its first diagnostics.
 */
async function runSuite(suite, trust, file) {
    const workspace = mkdtempSync(path.join(tmpdir(), 'zelfscan-werkruimte-'));
    cpSync(path.join(REPO, 'examples'), workspace, { recursive: true });
    console.log(`[vscode] ${path.basename(suite)}${trust ? ` (${trust})` : ''}: workspace: a copy of examples/ in ${workspace}`);
    process.env.ZELFSCAN_VSCODE_TRUST = trust ?? '';
    try {
        return await runTests({
            vscodeExecutablePath: LAUNCHER,
            extensionDevelopmentPath: REPO,
            extensionTestsPath: suite,
            launchArgs: [workspace, ...(file ? [path.join(workspace, file)] : [])],
            // The launcher keeps its own profile folders; test-electron's would point at Electron's layout.
            reuseMachineInstall: true
        });
    } catch (error) {
        console.error(`[vscode] ${error instanceof Error ? error.message : String(error)}`);
        return typeof error?.code === 'number' && error.code !== 0 ? error.code : 1;
    } finally {
        rmSync(workspace, { recursive: true, force: true });
    }
}

// Both suites run, so one failure does not hide the other's; ZELFSCAN_VSCODE_SUITE=vertrouwd|beperkt runs one.
const only = process.env.ZELFSCAN_VSCODE_SUITE;
const trusted = only === 'beperkt' ? 0 : await runSuite(SUITE, undefined, 'scans/regio-brakeldonk-2024.regioscan');
const restricted = only === 'vertrouwd' ? 0 : await runSuite(RESTRICTED_SUITE, 'beperkt');
const code = trusted !== 0 ? trusted : restricted;
console.log(code === 0 ? '[vscode] all VS Code integration tests passed' : `[vscode] VS Code integration tests FAILED (exit code ${code})`);
process.exit(code);
