// The extension's integration tests, run inside a real VS Code extension host (see ../run-vscode-tests.mjs).
// A tiny runner without mocha: tests run in order, each failure is printed with its stack, and run() rejects
// when any test failed or none ran, so the workbench reports a non-zero exit code.
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
}

const previewStatus = () => vscode.commands.executeCommand('zelfscan._test.voorbeeldStatus');
const previewSettled = status => status && status.open && status.renders > 0 && status.shownVersion === status.sentVersion;

test('the extension is not active before a model or scan file is opened', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not installed in the extension host`);
    assert.equal(extension.isActive, false);
});

test('opening a .regioscan file activates the extension and shows its errors (cold start)', async () => {
    const broken = await writeBrokenScan('scans/kapot.regioscan', 'Regio Kapot');
    const { document, diagnostics, elapsed, opening } = await openAndTimeDiagnostics(broken.uri);
    assert.equal(document.languageId, 'regioscan');
    assert.equal(vscode.extensions.getExtension(EXTENSION_ID).isActive, true);
    await log(`  measured: open .regioscan -> first diagnostics, cold (activation + server start + workspace load): ${elapsed} ms (openTextDocument alone: ${opening} ms)`);
    const errors = diagnostics.filter(d => d.severity === vscode.DiagnosticSeverity.Error);
    assert.deepEqual(errors.map(d => d.message), [OUT_OF_SCALE]);
    const { start, end } = errors[0].range;
    assert.deepEqual([start.line, start.character, end.line, end.character],
        [broken.line, broken.character, broken.line, broken.character + 1]);
});

test('a second broken scan gets its diagnostics with the server running (warm)', async () => {
    const broken = await writeBrokenScan('scans/kapot-2.regioscan', 'Regio Kapot Twee');
    const { diagnostics, elapsed, opening } = await openAndTimeDiagnostics(broken.uri);
    await log(`  measured: open .regioscan -> first diagnostics, warm: ${elapsed} ms (openTextDocument alone: ${opening} ms)`);
    assert.deepEqual(diagnostics.filter(d => d.severity === vscode.DiagnosticSeverity.Error).map(d => d.message), [OUT_OF_SCALE]);
    assert.deepEqual(errorsOf(fileUri(SOURCE_SCAN)), [], 'the example scan itself must stay free of errors');
});

test('fixing the score in the editor clears the error', async () => {
    const uri = fileUri('scans/kapot-2.regioscan');
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    await waitFor('the error of the broken score', () => errorsOf(uri).length === 1);
    const line = document.getText().split('\n').findIndex(l => /^\s*Ontwerper 7$/.test(l));
    const character = document.lineAt(line).text.indexOf('7');
    assert.ok(await editor.edit(edit => edit.replace(new vscode.Range(line, character, line, character + 1), '4')));
    await waitFor('the error to go away', () => errorsOf(uri).length === 0);
    await revert(document);
});

test('"Genereer HTML-rapport" and "Genereer Markdown-rapport" write the report of the scan', async () => {
    const source = fileUri(SOURCE_SCAN);
    const html = await vscode.commands.executeCommand('zelfscan.genereerHtml', source);
    assert.ok(html, 'the command wrote no report');
    assert.equal(html.toString(), fileUri('rapporten/regio.regio-brakeldonk.html').toString());
    const htmlText = await readText(html);
    assert.match(htmlText, /^<!doctype html>/i);
    assert.ok(htmlText.includes('Regio Brakeldonk'), 'the HTML report does not name the region');
    assert.ok(htmlText.includes('</html>'));

    const markdown = await vscode.commands.executeCommand('zelfscan.genereerMarkdown', source);
    assert.equal(markdown.toString(), fileUri('rapporten/regio.regio-brakeldonk.md').toString());
    assert.ok((await readText(markdown)).includes('Regio Brakeldonk'), 'the Markdown report does not name the region');
    await log(`  wrote ${vscode.workspace.asRelativePath(html)} (${htmlText.length} chars) and ${vscode.workspace.asRelativePath(markdown)}`);
});

test('"Genereer rapporten voor de hele werkruimte" writes one report per valid scan and skips the broken ones', async () => {
    const outcome = await vscode.commands.executeCommand('zelfscan.genereerWerkruimte');
    const names = list => list.map(uri => uri.path.split('/').pop()).sort();
    assert.deepEqual(names(outcome.written), [
        'regio.regio-brakeldonk.html', 'regio.regio-hoogvenne.html', 'regio.regio-kromwaard.html',
        'regio.regio-lindemonde.html', 'regio.regio-zandmeren.html'
    ]);
    assert.deepEqual(names(outcome.failed.map(f => f.source)), ['kapot-2.regioscan', 'kapot.regioscan']);
    assert.ok(outcome.failed.every(f => f.message === 'De regioscan bevat fouten; los die eerst op (zie het venster Problemen).'));
    for (const uri of outcome.written) {
        assert.match(await readText(uri), /^<!doctype html>/i);
    }
});

const EXAMPLE_REGIONS = ['Brakeldonk', 'Hoogvenne', 'Kromwaard', 'Lindemonde', 'Zandmeren'];
const fileNames = uris => uris.map(uri => uri.path.split('/').pop()).sort();
const zelfscanConfig = () => vscode.workspace.getConfiguration('zelfscan', root());

/** Runs a test with workspace settings changed, and always puts them back. */
async function withSettings(settings, fn) {
    for (const [key, value] of Object.entries(settings)) {
        await zelfscanConfig().update(key, value, vscode.ConfigurationTarget.Workspace);
        assert.equal(zelfscanConfig().get(key), value);
    }
    try {
        return await fn();
    } finally {
        for (const key of Object.keys(settings)) {
            await zelfscanConfig().update(key, undefined, vscode.ConfigurationTarget.Workspace);
        }
    }
}

test('"Genereer vergelijking van de regio\'s" writes the comparison of the valid scans in the report folder, format and language of the settings', async () => {
    const outcome = await withSettings({ rapportMap: 'uitvoer', standaardFormaat: 'md', taal: 'en' },
        () => vscode.commands.executeCommand('zelfscan.genereerVergelijking'));
    assert.equal(outcome.refused, undefined);
    assert.equal(outcome.written.toString(), fileUri('uitvoer/vergelijking.md').toString());
    assert.deepEqual(fileNames(outcome.skipped.map(s => s.source)), ['kapot-2.regioscan', 'kapot.regioscan']);
    const markdown = await readText(outcome.written);
    assert.ok(markdown.startsWith('# Comparison of regions\n'), markdown.slice(0, 200));
    for (const region of EXAMPLE_REGIONS) {
        assert.ok(markdown.includes(`Regio ${region}`), `the comparison does not name Regio ${region}`);
    }
    assert.ok(!markdown.includes('Kapot'), 'a scan with errors was compared');
});

test('"Genereer geanonimiseerde vergelijking" refuses below zelfscan.minimumGroep and otherwise names no region', async () => {
    const target = fileUri('rapporten/vergelijking-anoniem.html');
    const refused = await withSettings({ minimumGroep: EXAMPLE_REGIONS.length + 1 },
        () => vscode.commands.executeCommand('zelfscan.genereerAnoniemeVergelijking'));
    assert.equal(refused.written, undefined);
    assert.equal(refused.refused, 'Een anonieme vergelijking vraagt ten minste 6 regioscans, zodat geen uitkomst tot één regio te herleiden is; '
        + 'er zijn 5 gegeven. Voeg regioscans toe, of verlaag het minimum (opdrachtregel: --minimum 5), '
        + "in het besef dat regio's in een kleine groep beter herkenbaar zijn.");
    assert.deepEqual(fileNames(refused.skipped.map(s => s.source)), ['kapot-2.regioscan', 'kapot.regioscan']);
    await assert.rejects(vscode.workspace.fs.stat(target), 'a refused comparison was written anyway');

    // The setting is back at its default (3): five scans are enough.
    assert.equal(zelfscanConfig().get('minimumGroep'), 3);
    const outcome = await vscode.commands.executeCommand('zelfscan.genereerAnoniemeVergelijking');
    assert.equal(outcome.refused, undefined);
    assert.equal(outcome.written.toString(), target.toString());
    const html = await readText(target);
    assert.match(html, /^<!doctype html>/i);
    assert.ok(html.includes('Geanonimiseerd'), 'the report does not say it is anonymised');
    for (const region of [...EXAMPLE_REGIONS, 'Kapot']) {
        assert.ok(!html.includes(region), `the anonymised comparison names ${region}`);
    }
    await log(`  wrote ${vscode.workspace.asRelativePath(target)} (${html.length} chars); refused at minimumGroep 6`);
});

test('"Toon wijzigingen van het model" opens the changelog of version 1.1 as Markdown', async () => {
    const changelog = await vscode.commands.executeCommand('zelfscan.toonWijzigingen', fileUri('model/regieneming-1.1.zelfscan'));
    assert.ok(changelog, 'no changelog document');
    assert.equal(changelog.languageId, 'markdown');
    assert.ok(changelog.getText().includes('1.1'), changelog.getText().slice(0, 200));
    await log(`  changelog: ${changelog.getText().split('\n')[0]}`);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
});

test('no report is written for a scan with errors', async () => {
    const written = await vscode.commands.executeCommand('zelfscan.genereerHtml', fileUri('scans/kapot.regioscan'));
    assert.equal(written, undefined);
    await assert.rejects(vscode.workspace.fs.stat(fileUri('rapporten/regio.regio-kapot.html')));
});

test('the preview opens beside the editor and follows an edit', async () => {
    const uri = fileUri(SOURCE_SCAN);
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('zelfscan.toonVoorbeeld');
    const first = await waitFor('the first preview render', async () => {
        const status = await previewStatus();
        return previewSettled(status) ? status : undefined;
    });
    assert.equal(first.uri, uri.toString());
    assert.equal(first.notice, undefined);
    const reports = vscode.extensions.getExtension(EXTENSION_ID).exports.reports;
    const expectedFirst = await reports.report({ uri: uri.toString(), format: 'html', language: 'nl', bodyOnly: true });
    assert.equal(first.hash, sha256(expectedFirst.content), 'the preview does not show the report of the file');
    const tabs = vscode.window.tabGroups.all.map(group => group.tabs.map(tab => tab.label));
    assert.ok(tabs.length >= 2 && tabs[1].some(label => label.startsWith('Voorbeeld')), `no preview beside the editor: ${JSON.stringify(tabs)}`);

    // R1's Dirigent goes from 1 to 3: the statistics in the report change.
    const line = document.getText().split('\n').findIndex(l => /^\s*Dirigent 1 "/.test(l));
    const character = document.lineAt(line).text.indexOf('1');
    assert.ok(await editor.edit(edit => edit.replace(new vscode.Range(line, character, line, character + 1), '3')));
    const second = await waitFor('the preview to render the edit', async () => {
        const status = await previewStatus();
        return previewSettled(status) && status.hash !== first.hash ? status : undefined;
    });
    const expectedSecond = await reports.report({ uri: uri.toString(), format: 'html', language: 'nl', bodyOnly: true });
    assert.equal(second.hash, sha256(expectedSecond.content), 'the preview does not show the edited report');
    assert.notEqual(expectedSecond.content, expectedFirst.content);
    await log(`  preview: ${first.renders} -> ${second.renders} renders, webview confirmed version ${second.shownVersion}`);
    await sleep(1000);
    await screenshot('voorbeeld-na-bewerking');
    await revert(document);
});

test('a scan edited into an error keeps its last report in the preview, under a notice (and a screenshot)', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await waitFor('the preview to close', async () => !(await previewStatus()).open);
    const uri = fileUri(SOURCE_SCAN);
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('zelfscan.toonVoorbeeld');
    const before = await waitFor('the preview render', async () => {
        const status = await previewStatus();
        return previewSettled(status) ? status : undefined;
    });
    // R1's Verbinder goes from 2 to 9, outside the scale.
    const line = document.getText().split('\n').findIndex(l => /^\s*Verbinder 2$/.test(l));
    const character = document.lineAt(line).text.indexOf('2');
    assert.ok(await editor.edit(edit => edit.replace(new vscode.Range(line, character, line, character + 1), '9')));
    await waitFor('the error of the edited score', () => errorsOf(uri).length === 1);
    const after = await waitFor('the preview notice', async () => {
        const status = await previewStatus();
        return status.notice && status.shownVersion === status.sentVersion ? status : undefined;
    });
    assert.equal(after.notice, 'De regioscan bevat fouten; los die eerst op (zie het venster Problemen).');
    assert.equal(after.hash, before.hash, 'the last good report must stay');
    assert.equal(after.renders, before.renders);
    await sleep(1000); // let the squiggle and the webview paint
    await screenshot('workbench-scan-en-voorbeeld');
    await revert(document);
});

exports.run = async function run() {
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
