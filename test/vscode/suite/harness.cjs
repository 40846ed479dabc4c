// What both VS Code suites share: a tiny runner without mocha (tests run in order, each failure is printed with
// its stack, and run() rejects when any test failed or none ran, so the workbench reports a non-zero exit code),
// progress and screenshots through the launcher, and helpers over the workspace, diagnostics and the preview.
const assert = require('node:assert/strict');
const { createHash } = require('node:crypto');
const http = require('node:http');
const vscode = require('vscode');

const EXTENSION_ID = 'zelfscan.zelfscan';
const SOURCE_SCAN = 'scans/regio-brakeldonk-2024.regioscan';
const OUT_OF_SCALE = "Score 7 valt buiten de schaal aanwezigheid (1 tot en met 5). Kies een waarde van 1 tot en met 5, of '?' voor geen oordeel.";
/** Generous limits that only turn a hang into a failure; no test asserts how fast anything is. */
const WAIT_LIMIT_MS = 60_000;
const TEST_LIMIT_MS = 120_000;

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

/** Progress goes to the launcher's terminal (the extension host's own output is not shown there). */
function log(line) {
    console.log(line);
    const control = process.env.ZELFSCAN_TEST_CONTROL;
    if (!control) {
        return Promise.resolve();
    }
    return new Promise(resolve => {
        const request = http.request(`${control}/log`, { method: 'POST' }, response => {
            response.resume();
            response.on('end', resolve);
        });
        request.on('error', () => resolve());
        request.end(line);
    });
}

function screenshot(name) {
    const control = process.env.ZELFSCAN_TEST_CONTROL;
    if (!control) {
        return log('  (no launcher connection: no screenshot)');
    }
    return new Promise((resolve, reject) => {
        const request = http.request(`${control}/screenshot?name=${encodeURIComponent(name)}`, { method: 'POST' }, response => {
            let body = '';
            response.on('data', chunk => body += chunk);
            response.on('end', () => response.statusCode === 200 ? resolve(body) : reject(new Error(`screenshot failed: ${body}`)));
        });
        request.on('error', reject);
        request.end();
    });
}

/** When the launcher asked the browser to open the workbench (Date.now() on this machine), or null without it. */
function windowOpenedAt() {
    const control = process.env.ZELFSCAN_TEST_CONTROL;
    if (!control) {
        return Promise.resolve(null);
    }
    return new Promise((resolve, reject) => {
        http.get(`${control}/opened`, response => {
            let body = '';
            response.on('data', chunk => body += chunk);
            response.on('end', () => resolve(JSON.parse(body)));
        }).on('error', reject);
    });
}

async function waitFor(what, condition) {
    const deadline = Date.now() + WAIT_LIMIT_MS;
    for (;;) {
        const value = await condition();
        if (value) {
            return value;
        }
        if (Date.now() > deadline) {
            throw new Error(`gave up waiting for ${what} after ${WAIT_LIMIT_MS / 1000} s`);
        }
        await new Promise(resolve => setTimeout(resolve, 50));
    }
}

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
const sha256 = text => createHash('sha256').update(text).digest('hex');
const root = () => vscode.workspace.workspaceFolders[0].uri;
const fileUri = relative => vscode.Uri.joinPath(root(), relative);

async function readText(uri) {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** A copy of the example scan with R1's first score raised from 4 to 7, outside the scale 1..5. */
async function writeBrokenScan(relative, region) {
    const text = (await readText(fileUri(SOURCE_SCAN)))
        .replace('"Regio Brakeldonk"', JSON.stringify(region))
        .replace(/(respondent R1 [^{]*\{\s*interview [\d-]+\s*Ontwerper )4/, '$17');
    assert.ok(text.includes('Ontwerper 7'), 'the example scan no longer has the line the test edits');
    const uri = fileUri(relative);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const lines = text.split('\n');
    const line = lines.findIndex(l => /^\s*Ontwerper 7$/.test(l));
    return { uri, line, character: lines[line].indexOf('7') };
}

function errorsOf(uri) {
    return vscode.languages.getDiagnostics(uri).filter(d => d.severity === vscode.DiagnosticSeverity.Error);
}

/** Opens a file in an editor and waits for its first diagnostics; returns them and the time it took. */
async function openAndTimeDiagnostics(uri) {
    const start = Date.now();
    // Resolves on the first diagnostics VS Code receives for the file, not on a polling tick.
    const first = new Promise(resolve => {
        const listener = vscode.languages.onDidChangeDiagnostics(event => {
            if (event.uris.some(changed => changed.toString() === uri.toString()) && vscode.languages.getDiagnostics(uri).length > 0) {
                listener.dispose();
                resolve(Date.now());
            }
        });
    });
    const document = await vscode.workspace.openTextDocument(uri);
    const opened = Date.now();
    await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    const diagnostics = await waitFor(`diagnostics of ${uri.path}`, () => {
        const found = vscode.languages.getDiagnostics(uri);
        return found.length > 0 ? found : undefined;
    });
    const arrived = await first;
    return { document, diagnostics, elapsed: arrived - start, opening: opened - start };
}

/** Throws away the test's unsaved edits of a file. */
async function revert(document) {
    await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    assert.equal(document.isDirty, false, `${document.uri.path} still has unsaved edits`);
    const onDisk = await readText(document.uri);
    assert.equal(document.getText(), onDisk, `${document.uri.path}: the editor does not show the file's text after the revert`);
}

const previewStatus = () => vscode.commands.executeCommand('zelfscan._test.voorbeeldStatus');
const previewSettled = status => status && status.open && status.renders > 0 && status.shownVersion === status.sentVersion;

async function run() {
    await log(`[suite] ${tests.length} tests in VS Code ${vscode.version}`);
    let passed = 0;
    let failed = 0;
    for (const { name, fn } of tests) {
        const start = Date.now();
        let timer;
        try {
            await Promise.race([fn(), new Promise((_, reject) => {
                timer = setTimeout(() => reject(new Error(`the test did not finish within ${TEST_LIMIT_MS / 1000} s`)), TEST_LIMIT_MS);
            })]);
            passed++;
            await log(`  ok   ${name} (${Date.now() - start} ms)`);
        } catch (error) {
            failed++;
            await log(`  FAIL ${name}\n${String(error && error.stack || error).split('\n').map(l => `       ${l}`).join('\n')}`);
        } finally {
            clearTimeout(timer);
        }
    }
    await log(`[suite] ${passed} passed, ${failed} failed`);
    if (failed > 0 || passed === 0) {
        throw new Error(`${failed} of ${tests.length} VS Code tests failed`);
    }
};

module.exports = {
    EXTENSION_ID, SOURCE_SCAN, OUT_OF_SCALE, test, run, log, screenshot, windowOpenedAt, waitFor, sleep, sha256, root, fileUri, readText,
    writeBrokenScan, errorsOf, openAndTimeDiagnostics, revert, previewStatus, previewSettled
};
