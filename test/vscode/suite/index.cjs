// The extension's integration tests, run inside a real VS Code extension host in a trusted folder (see
// ../run-vscode-tests.mjs); the runner and the shared helpers are in harness.cjs, Restricted Mode in restricted.cjs.
const assert = require('node:assert/strict');
const http = require('node:http');
const vscode = require('vscode');
const {
    EXTENSION_ID, SOURCE_SCAN, OUT_OF_SCALE, test, run, log, screenshot, windowOpenedAt, waitFor, sleep, sha256, root, fileUri, readText,
    writeBrokenScan, errorsOf, openAndTimeDiagnostics, revert, previewStatus, previewSettled
} = require('./harness.cjs');

/** When the extension host started: the window (and its folder) opened just before. */
const HOST_STARTED = Date.now() - Math.round(process.uptime() * 1000);
const serverStatus = () => vscode.commands.executeCommand('zelfscan._test.serverStatus');

test('the window opens with a scan in view: its first diagnostics (latency printed)', async () => {
    const uri = fileUri(SOURCE_SCAN);
    assert.ok(vscode.window.visibleTextEditors.some(e => e.document.uri.toString() === uri.toString()),
        `${SOURCE_SCAN} is not in view: the launcher did not open the window with it`);
    await waitFor('the extension to activate', () => vscode.extensions.getExtension(EXTENSION_ID).isActive);
    // Recorded by the extension from the start of its activation (test mode only), so none can be missed.
    const timings = await waitFor(`the first diagnostics of ${SOURCE_SCAN}`, async () => {
        // The command exists once activation has got past starting the language client.
        const current = await vscode.commands.executeCommand('zelfscan._test.tijden').then(value => value, () => undefined);
        return current && current.firstDiagnostics[uri.toString()] !== undefined ? current : undefined;
    });
    const opened = await windowOpenedAt();
    const from = opened ?? HOST_STARTED;
    const first = timings.firstDiagnostics[uri.toString()];
    await log(`  measured: ${opened === null ? 'extension host started' : 'window opened'} with ${SOURCE_SCAN} in view -> its first diagnostics: `
        + `${first - from} ms (extension host started at +${HOST_STARTED - from} ms, activation at +${timings.activated - from} ms, `
        + `language client running at +${timings.clientStarted - from} ms; activation -> first diagnostics ${first - timings.activated} ms)`);
    assert.deepEqual(vscode.languages.getDiagnostics(uri).map(d => d.severity), [vscode.DiagnosticSeverity.Information]);
});

test('opening a scan activates the extension; the status bar says when the server has checked the workspace, without problems', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not installed in the extension host`);
    const wasActive = extension.isActive;
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fileUri(SOURCE_SCAN)), vscode.ViewColumn.One);
    await waitFor('activation', () => extension.isActive);
    const ready = await waitFor('the server to finish checking the workspace', async () => {
        const status = await serverStatus();
        return status && status.phase === 'gereed' ? status : undefined;
    });
    const opened = await windowOpenedAt();
    await log(`  measured: ${opened === null ? 'extension host started' : 'window opened'} -> whole workspace checked (status bar "${ready.text}"): ${Date.now() - (opened ?? HOST_STARTED)} ms `
        + `(${wasActive ? 'the extension was active when the tests started' : 'activated by opening the scan'})`);
    assert.deepEqual([ready.errors, ready.warnings], [0, 0], ready.tooltip);
    assert.equal(ready.text, '$(check) Zelfscan');
    assert.equal(ready.restarts, 0);
    await screenshot('statusbalk-gereed');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
});

test('opening a broken .regioscan file shows its errors (first open)', async () => {
    const broken = await writeBrokenScan('scans/kapot.regioscan', 'Regio Kapot');
    const { document, diagnostics, elapsed, opening } = await openAndTimeDiagnostics(broken.uri);
    assert.equal(document.languageId, 'regioscan');
    await log(`  measured: open .regioscan -> first diagnostics, first open after the folder opened: ${elapsed} ms (openTextDocument alone: ${opening} ms)`);
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

test('the status bar counts the problems of model and scan files and opens the Problems panel (and a screenshot)', async () => {
    const status = await waitFor('the status bar to count two errors', async () => {
        const current = await serverStatus();
        return current.phase === 'gereed' && current.errors === 2 ? current : undefined;
    });
    assert.equal(status.text, '$(error) 2 $(warning) 0 Zelfscan');
    assert.match(status.tooltip, /^2 fouten en 0 waarschuwingen in modellen en regioscans\./);
    await vscode.commands.executeCommand('zelfscan.toonStatus');
    await sleep(800);
    await screenshot('statusbalk-en-problemen');
    await vscode.commands.executeCommand('workbench.action.closePanel');
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
    await waitFor('the error to come back after the revert', () => errorsOf(uri).length === 1);
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
    // Brakeldonk was scanned in two rounds: its second scan's report gets the next free name.
    assert.deepEqual(names(outcome.written), [
        'regio.regio-brakeldonk-2.html', 'regio.regio-brakeldonk.html', 'regio.regio-hoogvenne.html', 'regio.regio-kromwaard.html',
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
    // Five regions (Brakeldonk's two rounds count once): the setting may raise the model's minimum of 5 to 6.
    const regions = EXAMPLE_REGIONS.length;
    const refused = await withSettings({ minimumGroep: regions + 1 },
        () => vscode.commands.executeCommand('zelfscan.genereerAnoniemeVergelijking'));
    assert.equal(refused.written, undefined);
    assert.equal(refused.refused, `Een anonieme vergelijking vraagt ten minste ${regions + 1} regio's, zodat geen uitkomst tot één regio te herleiden is; `
        + `er zijn ${regions} gegeven (elke regio telt één keer, met haar laatste scan). Voeg regioscans van andere regio's toe.`);
    assert.deepEqual(fileNames(refused.skipped.map(s => s.source)), ['kapot-2.regioscan', 'kapot.regioscan']);
    await assert.rejects(vscode.workspace.fs.stat(target), 'a refused comparison was written anyway');

    // The setting is back at its default (none: the model's minimum, 5): five regions are enough.
    assert.equal(zelfscanConfig().get('minimumGroep'), null);
    const outcome = await vscode.commands.executeCommand('zelfscan.genereerAnoniemeVergelijking');
    assert.equal(outcome.refused, undefined);
    assert.equal(outcome.written.toString(), target.toString());
    const html = await readText(target);
    assert.match(html, /^<!doctype html>/i);
    assert.ok(html.includes('Geanonimiseerd'), 'the report does not say it is anonymised');
    for (const region of [...EXAMPLE_REGIONS, 'Kapot']) {
        assert.ok(!html.includes(region), `the anonymised comparison names ${region}`);
    }
    await log(`  wrote ${vscode.workspace.asRelativePath(target)} (${html.length} chars); refused at minimumGroep ${regions + 1}`);
});

test('"Toon ontwikkeling van de regio over de rondes" shows the trend of Brakeldonk over its two rounds rendered', async () => {
    const page = await vscode.commands.executeCommand('zelfscan.toonOntwikkeling', fileUri('scans/regio-brakeldonk-2025.regioscan'));
    assert.ok(page && /^<!doctype html>/i.test(page), 'the trend is not an HTML page');
    assert.ok(page.includes('<h1>Ontwikkeling van Regio Brakeldonk over de rondes</h1>'), 'the trend has no heading for Brakeldonk');
    assert.ok(page.includes('<th scope="col" class="num">Verandering 2024 → 2025</th>'), 'the trend has no change from 2024 to 2025');
    const shown = await vscode.commands.executeCommand('zelfscan._test.rapportweergave');
    assert.equal(shown.open, true);
    assert.equal(shown.title, 'Ontwikkeling regio-brakeldonk');
    assert.equal(shown.source, 'ontwikkeling:ontwikkeling.regio-brakeldonk.html');
    assert.equal(shown.length, page.length);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
});

test('"Toon wijzigingen van het model" shows the changelog of version 1.1 rendered, not as an unsaved document (and a screenshot)', async () => {
    const before = vscode.workspace.textDocuments.filter(d => d.isUntitled).length;
    const page = await vscode.commands.executeCommand('zelfscan.toonWijzigingen', fileUri('model/regieneming-1.1.zelfscan'));
    assert.ok(page && /^<!doctype html>/i.test(page), 'the changelog is not an HTML page');
    const shown = await vscode.commands.executeCommand('zelfscan._test.rapportweergave');
    assert.equal(shown.open, true);
    assert.equal(shown.title, 'Wijzigingen regieneming-1.1.zelfscan');
    assert.equal(shown.source, `wijzigingen:${fileUri('model/regieneming-1.1.zelfscan')}`);
    assert.equal(shown.length, page.length);
    assert.equal(vscode.workspace.textDocuments.filter(d => d.isUntitled).length, before, 'an unsaved document was opened');
    await waitFor('the changelog tab', () => vscode.window.tabGroups.all.some(group => group.tabs.some(t => t.label === 'Wijzigingen regieneming-1.1.zelfscan' && t.input instanceof vscode.TabInputWebview)));
    await sleep(2500); // the webview paints after the tab opens
    await screenshot('wijzigingen-opgemaakt');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
});

test('"Openen" after a report shows it rendered in the report view; Markdown opens in the Markdown preview (and a screenshot)', async () => {
    const html = await vscode.commands.executeCommand('zelfscan.genereerHtml', fileUri(SOURCE_SCAN));
    const api = vscode.extensions.getExtension(EXTENSION_ID).exports;
    await api.view.openReport(html);
    const shown = await vscode.commands.executeCommand('zelfscan._test.rapportweergave');
    assert.equal(shown.open, true);
    assert.equal(shown.source, html.toString());
    assert.equal(shown.length, (await readText(html)).length);
    const htmlName = html.path.split('/').pop();
    await waitFor(`the report tab ${htmlName}`, () => vscode.window.tabGroups.all.some(group => group.tabs.some(t => t.label === htmlName && t.input instanceof vscode.TabInputWebview)));
    assert.ok(!vscode.workspace.textDocuments.some(d => d.uri.toString() === html.toString()), 'the HTML source was opened in an editor');
    await sleep(800);
    await screenshot('rapport-opgemaakt');
    const markdown = await vscode.commands.executeCommand('zelfscan.genereerMarkdown', fileUri(SOURCE_SCAN));
    await api.view.openReport(markdown);
    const markdownName = markdown.path.split('/').pop();
    await waitFor(`the Markdown preview tab of ${markdownName}`, () => vscode.window.tabGroups.all.some(group => group.tabs.some(t => t.label.includes(markdownName) && t.input instanceof vscode.TabInputWebview)));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
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

test('a scan edited into an error still shows what is valid in the preview, under its errors (and a screenshot)', async () => {
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
    const after = await waitFor('the preview of what is valid', async () => {
        const status = await previewStatus();
        return status.notice && previewSettled(status) && status.hash !== before.hash ? status : undefined;
    });
    const [error] = errorsOf(uri);
    assert.equal(after.notice, [
        'De regioscan bevat een fout; het voorbeeld toont wat geldig is (scores buiten de schaal zijn gemarkeerd en tellen niet mee):',
        `regel ${line + 1}: ${error.message}`
    ].join('\n'));
    const reports = vscode.extensions.getExtension(EXTENSION_ID).exports.reports;
    const expected = await reports.report({ uri: uri.toString(), format: 'html', language: 'nl', bodyOnly: true, preview: true });
    assert.equal(after.hash, sha256(expected.content), 'the preview does not show the report of what is valid');
    assert.ok(expected.content.includes('<s>9</s> <span class="muted">buiten de schaal, telt niet mee</span>'), 'the score outside the scale is not marked');
    await sleep(1000); // let the squiggle and the webview paint
    await screenshot('workbench-scan-en-voorbeeld');
    await revert(document);
});

/**
 * Replaces one character at a position and resolves when VS Code holds diagnostics that satisfy `accept`: the
 * whole time, and the part after the extension host saw the change (the language client sends it then), so
 * the editor's own round trip is told apart from the client and the server.
 */
async function typeAndTime(editor, line, character, text, accept) {
    const uri = editor.document.uri;
    const version = editor.document.version;
    const start = Date.now();
    let changed;
    const changes = vscode.workspace.onDidChangeTextDocument(event => {
        if (changed === undefined && event.document.uri.toString() === uri.toString() && event.document.version > version) {
            changed = Date.now();
        }
    });
    const arrived = new Promise(resolve => {
        const listener = vscode.languages.onDidChangeDiagnostics(event => {
            if (event.uris.some(u => u.toString() === uri.toString()) && accept(vscode.languages.getDiagnostics(uri))) {
                listener.dispose();
                resolve(Date.now());
            }
        });
    });
    assert.ok(await editor.edit(edit => edit.replace(new vscode.Range(line, character, line, character + 1), text)));
    const at = await arrived;
    changes.dispose();
    return { total: at - start, afterChange: at - (changed ?? start) };
}

/** Types a score outside the scale and back `rounds` times; the figures of each. */
async function typeScores(editor, rounds) {
    const { document } = editor;
    const line = document.getText().split('\n').findIndex(l => /^\s*Verbinder [1-5]/.test(l));
    const character = document.lineAt(line).text.search(/[1-5]/);
    const original = document.lineAt(line).text[character];
    const squiggle = [];
    const cleared = [];
    for (let round = 0; round < rounds; round++) {
        squiggle.push(await typeAndTime(editor, line, character, '8', d => d.some(x => x.severity === vscode.DiagnosticSeverity.Error)));
        cleared.push(await typeAndTime(editor, line, character, original, d => !d.some(x => x.severity === vscode.DiagnosticSeverity.Error)));
    }
    return { squiggle, cleared };
}

function latencyLine(label, { squiggle, cleared }) {
    const median = values => {
        const sorted = [...values].sort((a, b) => a - b);
        const mid = Math.floor(sorted.length / 2);
        return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
    };
    const totals = squiggle.map(s => s.total);
    return `  measured: ${label}: typed score -> error in VS Code, ${totals.length} edits: median ${median(totals)} ms, max ${Math.max(...totals)} ms `
        + `(${totals.join(', ')}); of which after the extension host saw the change (language client and server): median `
        + `${median(squiggle.map(s => s.afterChange))} ms, max ${Math.max(...squiggle.map(s => s.afterChange))} ms; `
        + `fixed score -> error gone: median ${median(cleared.map(c => c.total))} ms, max ${Math.max(...cleared.map(c => c.total))} ms`;
}

test('typing an out-of-range score shows its error, and typing it back clears it (latency printed, with and without the preview)', async () => {
    const uri = fileUri('scans/regio-hoogvenne-2024.regioscan');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    await waitFor('the scan to be checked', async () => (await serverStatus()).phase === 'gereed' && vscode.languages.getDiagnostics(uri).length > 0);
    await log(latencyLine('editor alone', await typeScores(editor, 10)));
    assert.deepEqual(errorsOf(uri), []);
    // With the preview beside it, which asks the server for a report whenever typing pauses.
    await vscode.commands.executeCommand('zelfscan.toonVoorbeeld');
    await waitFor('the preview of the scan', async () => {
        const status = await previewStatus();
        return previewSettled(status) && status.uri === uri.toString() ? status : undefined;
    });
    const beside = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    await log(latencyLine('preview open', await typeScores(beside, 10)));
    assert.deepEqual(errorsOf(uri), []);
    await revert(document);
});

test('small things: no snippet after a role name, a respondent snippet where one can start, the hover says "1 tot en met 5", a missing role comes back in the model\'s order', async () => {
    const uri = fileUri(SOURCE_SCAN);
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    const lines = document.getText().split('\n');
    const verbinder = lines.findIndex(l => /^\s*Verbinder 2$/.test(l));
    const afterRole = new vscode.Position(verbinder, lines[verbinder].indexOf('Verbinder ') + 'Verbinder '.length);
    const values = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', uri, afterRole);
    assert.deepEqual(values.items.filter(item => item.kind === vscode.CompletionItemKind.Snippet).map(item => item.label), []);
    assert.ok(values.items.some(item => (item.label.label ?? item.label) === '2 · Incidenteel aanwezig'), 'no scale labels after a role name');
    const factsheet = lines.findIndex(l => /^\s*factsheet \{/.test(l));
    const blockStart = new vscode.Position(factsheet, lines[factsheet].indexOf('factsheet'));
    const starts = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', uri, blockStart);
    const snippet = starts.items.find(item => item.kind === vscode.CompletionItemKind.Snippet);
    assert.equal(snippet && (snippet.label.label ?? snippet.label), 'respondent met alle rollen');

    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, new vscode.Position(verbinder, afterRole.character));
    const hover = hovers.flatMap(h => h.contents.map(c => typeof c === 'string' ? c : c.value)).join('\n');
    assert.ok(hover.includes('1 tot en met 5'), hover);

    // R1's Kwartiermaker line goes; the quick fix puts it back between Ontwerper and Verbinder.
    const kwartiermaker = lines.findIndex((l, i) => i < verbinder && /^\s*Kwartiermaker \d/.test(l));
    assert.ok(kwartiermaker > 0 && kwartiermaker < verbinder);
    assert.ok(await editor.edit(edit => edit.delete(new vscode.Range(kwartiermaker, 0, kwartiermaker + 1, 0))));
    const missing = await waitFor('the missing role', () => vscode.languages.getDiagnostics(uri).find(d => (d.code?.value ?? d.code) === 'rol-zonder-score'));
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, missing.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find(a => a.title === "Ontbrekende rol toevoegen met '?' (nog geen oordeel): Kwartiermaker");
    assert.ok(fix, `no quick fix for the missing role: ${actions.map(a => a.title)}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    const fixed = document.getText().split('\n');
    assert.deepEqual(fixed.slice(kwartiermaker - 1, kwartiermaker + 2).map(l => l.trim()),
        [lines[kwartiermaker - 1].trim(), 'Kwartiermaker ?', lines[kwartiermaker + 1].trim()]);
    await revert(document);
});

test('the command palette finds the commands by their English names too ("report", "preview", "comparison"; screenshot)', async () => {
    const control = process.env.ZELFSCAN_TEST_CONTROL;
    assert.ok(control, 'no launcher connection');
    const palette = (query, name) => new Promise((resolve, reject) => {
        const request = http.request(`${control}/palette?query=${encodeURIComponent(query)}&screenshot=${name}`, { method: 'POST' }, response => {
            let body = '';
            response.on('data', chunk => body += chunk);
            response.on('end', () => response.statusCode === 200 ? resolve(JSON.parse(body)) : reject(new Error(body)));
        });
        request.on('error', reject);
        request.end();
    });
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fileUri(SOURCE_SCAN)), vscode.ViewColumn.One);
    const report = await palette('html report', 'palet-engels-report');
    assert.ok(report.some(row => row.includes('Zelfscan: Genereer HTML-rapport van dit bestand')), `rows for "html report": ${JSON.stringify(report)}`);
    const preview = await palette('report preview', 'palet-engels-preview');
    assert.ok(preview.some(row => row.includes('Zelfscan: Open rapportvoorbeeld aan de zijkant')), `rows for "report preview": ${JSON.stringify(preview)}`);
    const comparison = await palette('comparison', 'palet-engels-comparison');
    assert.ok(comparison.some(row => row.includes("Zelfscan: Genereer vergelijking van de regio's")), `rows for "comparison": ${JSON.stringify(comparison)}`);
    await log(`  palette "html report": ${report.slice(0, 2).join(' | ')}`);
});

test('the walkthrough opens with its five steps (screenshot)', async () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID).packageJSON;
    const walkthrough = manifest.contributes.walkthroughs[0];
    assert.deepEqual(walkthrough.steps.map(step => step.id), ['model', 'scan', 'voorbeeld', 'rapport', 'vergelijking']);
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#${walkthrough.id}`, false);
    await waitFor('the walkthrough tab', () => vscode.window.tabGroups.all.some(group => group.tabs.some(tab => /Welkom|Welcome|Aan de slag|Walkthrough/i.test(tab.label))));
    await sleep(1500);
    await screenshot('walkthrough');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
});

test('the task "zelfscan: validate" runs the bundled command line and its problem matchers fill the Problems panel', async () => {
    const tasks = await vscode.tasks.fetchTasks({ type: 'zelfscan' });
    const task = tasks.find(t => t.name === 'validate');
    assert.ok(task, `tasks: ${tasks.map(t => t.name)}`);
    const ended = new Promise(resolve => {
        const listener = vscode.tasks.onDidEndTaskProcess(event => {
            if (event.execution.task.name === 'validate') {
                listener.dispose();
                resolve(event.exitCode);
            }
        });
    });
    await vscode.tasks.executeTask(task);
    assert.equal(await ended, 1, 'validate should exit 1: two scans have errors');
    const fromTask = await waitFor('the problem matcher\'s entries for kapot.regioscan', () => {
        const found = vscode.languages.getDiagnostics(fileUri('scans/kapot.regioscan')).filter(d => d.source === 'zelfscan' && d.code === 'score-buiten-schaal');
        return found.length > 0 ? found : undefined;
    });
    assert.equal(fromTask[0].message, OUT_OF_SCALE);
    assert.equal(fromTask[0].severity, vscode.DiagnosticSeverity.Error);
});

test('"Nieuwe regioscan" proposes a file beside the other scans; once saved it has no errors and the untitled document none', async () => {
    const original = { quick: vscode.window.showQuickPick, input: vscode.window.showInputBox };
    // The command asks three questions; answer them as a user would: the first model, "Regio Nieuw", the first focus.
    vscode.window.showQuickPick = async items => (await items)[0];
    vscode.window.showInputBox = async () => 'Regio Nieuw';
    let document;
    try {
        await vscode.commands.executeCommand('zelfscan.nieuweRegioscan');
        document = await waitFor('the new untitled scan', () => vscode.workspace.textDocuments.find(d => d.isUntitled && d.languageId === 'regioscan' && d.getText().includes('Regio Nieuw')));
    } finally {
        vscode.window.showQuickPick = original.quick;
        vscode.window.showInputBox = original.input;
    }
    assert.equal(document.uri.path, fileUri('scans/regio-nieuw.regioscan').path);
    const untitled = document.uri;
    assert.ok(await document.save(), 'saving the new scan failed');
    const saved = fileUri('scans/regio-nieuw.regioscan');
    await vscode.workspace.fs.stat(saved);
    await waitFor('the saved scan to be checked without errors', async () => (await serverStatus()).phase === 'gereed' && errorsOf(saved).length === 0);
    await sleep(1000);
    assert.deepEqual(errorsOf(saved), []);
    assert.deepEqual(vscode.languages.getDiagnostics(untitled), [], 'the untitled document still has diagnostics');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(saved);
});

/**
 * Runs a command with the dialogs it opens answered by `answers` (keyed by the name of the window function) and
 * the messages it shows collected instead of waiting for a click; restores the real functions afterwards.
 */
async function withDialogs(answers, run) {
    const names = ['showQuickPick', 'showInputBox', 'showOpenDialog', 'showSaveDialog', 'showErrorMessage', 'showWarningMessage', 'showInformationMessage'];
    const original = Object.fromEntries(names.map(name => [name, vscode.window[name]]));
    const shown = [];
    vscode.window.showQuickPick = async (items, options) => answers.showQuickPick(await items, options);
    vscode.window.showInputBox = async options => answers.showInputBox(options);
    vscode.window.showSaveDialog = async options => answers.showSaveDialog(options);
    vscode.window.showOpenDialog = async () => { throw new Error('the test passes the file; no open dialog expected'); };
    for (const [name, kind] of [['showErrorMessage', 'fout'], ['showWarningMessage', 'waarschuwing'], ['showInformationMessage', 'info']]) {
        vscode.window[name] = async message => { shown.push(`${kind}: ${message}`); return undefined; };
    }
    try {
        return { result: await run(), shown };
    } finally {
        names.forEach(name => { vscode.window[name] = original[name]; });
    }
}

/** The answers of a user importing with the base model, region "Regio Spreadsheet" and focus po_vo. */
const IMPORT_ANSWERS = {
    showQuickPick: (items, options) => options.title.endsWith('modelversie') ? items.find(item => item.label === 'Regieneming versie 1.0')
        : options.title.endsWith('focus') ? items.find(item => item.label === 'po_vo') : undefined,
    showInputBox: () => 'Regio Spreadsheet',
    showSaveDialog: () => undefined
};

test('"Importeer uit spreadsheet" writes the scan of a Dutch Excel CSV, opens it without errors, and writes nothing for a sheet with errors', async () => {
    const csv = '\ufeffRespondent;Partij;Functie;Datum interview;Ontwerper;Toelichting Ontwerper;Kwartiermaker;Verbinder;Dirigent\r\n'
        + 'R1;Gemeente;Beleidsadviseur onderwijs;1-2-2024;4;"Trekt de pilot;\r\nééén school";Regelmatig aanwezig;2;\r\n'
        + 'R2;Samenwerkingsverband passend onderwijs;;5-2-2024;3;;2;Ruim aanwezig;1\r\n'
        + 'R3;jeugdhulp;Teamleider;12-2-2024;2;;3;4;2\r\n';
    await vscode.workspace.fs.writeFile(fileUri('antwoorden.csv'), new TextEncoder().encode(csv));
    const { result, shown } = await withDialogs(IMPORT_ANSWERS, () => vscode.commands.executeCommand('zelfscan.importeerSpreadsheet', fileUri('antwoorden.csv')));
    const target = fileUri('regio-spreadsheet.regioscan');
    assert.equal(result && result.toString(), target.toString());
    assert.deepEqual(shown, []);
    assert.equal(await readText(target), [
        'regioscan "Regio Spreadsheet" {', '    model Regieneming versie 1.0', '    focus po_vo', '',
        '    respondent R1 partij gemeente "Beleidsadviseur onderwijs" {', '        interview 2024-02-01',
        '        Ontwerper 4 "Trekt de pilot;', 'ééén school"', '        Kwartiermaker 3', '        Verbinder 2', '        Dirigent ?', '    }', '',
        '    respondent R2 partij swv {', '        interview 2024-02-05', '        Ontwerper 3', '        Kwartiermaker 2', '        Verbinder 5', '        Dirigent 1', '    }', '',
        '    respondent R3 partij jeugdhulp "Teamleider" {', '        interview 2024-02-12', '        Ontwerper 2', '        Kwartiermaker 3', '        Verbinder 4', '        Dirigent 2', '    }', '',
        '    factsheet {', '        // Wat is er gerealiseerd in de samenwerking tussen de partners?', '        antwoord a ""',
        '        // Hoe ziet de regieneming er daarbij uit?', '        antwoord b ""', '        // Wat zijn daarin opvallende kenmerken?', '        antwoord c ""',
        '        // In hoeverre en hoe worden de vier rollen uit het model vervuld?', '        antwoord d ""', '    }', '}', ''
    ].join('\n'));
    assert.equal(vscode.window.activeTextEditor && vscode.window.activeTextEditor.document.uri.toString(), target.toString(), 'the new scan is not shown');
    await waitFor('the imported scan to be checked', async () => (await serverStatus()).phase === 'gereed' && vscode.languages.getDiagnostics(target).length > 0);
    assert.deepEqual(vscode.languages.getDiagnostics(target).filter(d => d.severity !== vscode.DiagnosticSeverity.Information).map(d => d.message), []);

    // A sheet with an unknown party and a score out of range: every problem is reported, nothing is written.
    await vscode.workspace.fs.writeFile(fileUri('fout.csv'), new TextEncoder().encode('Respondent;Partij;Ontwerper;Kwartiermaker;Verbinder;Dirigent\r\nR1;gemeentee;4;3;7;2\r\n'));
    const refused = await withDialogs({ ...IMPORT_ANSWERS, showInputBox: () => 'Regio Fout' },
        () => vscode.commands.executeCommand('zelfscan.importeerSpreadsheet', fileUri('fout.csv')));
    assert.equal(refused.result, undefined);
    assert.deepEqual(refused.shown, ['fout: 2 fouten in fout.csv; er is niets geschreven. De meldingen per rij en kolom staan in de uitvoer Zelfscan.']);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(fileUri('regio-fout.regioscan'))), 'a scan was written for a sheet with errors');

    // The same region again: the scan that exists is not overwritten.
    const again = await withDialogs(IMPORT_ANSWERS, () => vscode.commands.executeCommand('zelfscan.importeerSpreadsheet', fileUri('antwoorden.csv')));
    assert.equal(again.result, undefined);
    assert.deepEqual(again.shown, [`fout: '${target.fsPath}' bestaat al en wordt niet overschreven. Kies een andere regionaam.`]);
    assert.match(await readText(target), /^regioscan "Regio Spreadsheet"/);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const file of ['antwoorden.csv', 'fout.csv', 'regio-spreadsheet.regioscan']) {
        await vscode.workspace.fs.delete(fileUri(file));
    }
});

test('"Exporteer naar spreadsheet" writes the scores of every scan without errors, with headers in the language of zelfscan.taal', async () => {
    const scans = await vscode.workspace.findFiles('**/*.regioscan');
    await waitFor('the server to have checked every scan', async () => (await serverStatus()).phase === 'gereed');
    const broken = scans.filter(uri => errorsOf(uri).length > 0);
    assert.ok(broken.length > 0, 'the earlier tests leave broken scans, which the export must skip');
    const answers = (format, wide, file) => ({
        showQuickPick: items => items.find(item => item.format === format && item.wide === wide),
        showInputBox: () => undefined,
        showSaveDialog: () => fileUri(file)
    });
    const { result, shown } = await withDialogs(answers('csv', false, 'scores.csv'), () => vscode.commands.executeCommand('zelfscan.exporteerSpreadsheet'));
    assert.equal(result && result.toString(), fileUri('scores.csv').toString());
    const lines = (await readText(fileUri('scores.csv'))).split('\r\n');
    const regionOf = text => /^regioscan "([^"]*)"/m.exec(text)[1];
    const expected = [];
    const versions = new Set();
    for (const uri of scans.filter(uri => !broken.includes(uri))) {
        const text = await readText(uri);
        expected.push(regionOf(text));
        versions.add(/^\s*model (\S+ versie \S+)$/m.exec(text)[1]);
    }
    const exported = [...new Set(lines.slice(1).filter(Boolean).map(line => JSON.parse(line.split(';')[0])))];
    assert.deepEqual(exported.sort(), [...new Set(expected)].sort(), `scans: ${scans.map(uri => vscode.workspace.asRelativePath(uri)).join(', ')}; with errors: ${broken.map(uri => vscode.workspace.asRelativePath(uri)).join(', ')}`);
    assert.deepEqual(shown, [`info: ${scans.length - broken.length} scans geëxporteerd naar scores.csv. ${broken.length} met fouten overgeslagen (zie de uitvoer Zelfscan).`]);
    // readText's decoder drops the byte-order mark; the file starts with one, for Excel.
    assert.deepEqual([...(await vscode.workspace.fs.readFile(fileUri('scores.csv'))).subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(lines[0], '"Regio";"Model";"Focus";"Respondent";"Partij";"Naam";"Rol";"Score";"Label";"Toelichting"');
    assert.ok(lines.includes('"Regio Kromwaard";"Regieneming versie 1.0";"nul_zes";"R1";"gemeente";"Fenna Hoekstra";"Ontwerper";2;"Incidenteel aanwezig";'), lines.slice(0, 3).join('\n'));
    assert.ok(!lines.some(line => line.includes('Regio Kapot')), 'a scan with errors was exported');

    const settings = vscode.workspace.getConfiguration('zelfscan');
    await settings.update('taal', 'en', vscode.ConfigurationTarget.Workspace);
    try {
        const english = await withDialogs(answers('xlsx', true, 'scores.xlsx'), () => vscode.commands.executeCommand('zelfscan.exporteerSpreadsheet'));
        assert.equal(english.result && english.result.toString(), fileUri('scores.xlsx').toString());
        assert.deepEqual(english.shown, [`info: ${scans.length - broken.length} scans geëxporteerd naar scores.xlsx. ${broken.length} met fouten overgeslagen (zie de uitvoer Zelfscan).`]);
        const ExcelJS = require('exceljs');
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(Buffer.from(await vscode.workspace.fs.readFile(fileUri('scores.xlsx'))));
        const header = workbook.getWorksheet('Scores').getRow(1).values.slice(1);
        assert.deepEqual(header.slice(0, 10), ['Region', 'Model', 'Focus', 'Respondent', 'Party', 'Function', 'Name', 'Interview', 'Ontwerper', 'Ontwerper note']);
        const sheet = workbook.getWorksheet('Scores');
        const models = new Set(sheet.getRows(2, sheet.rowCount - 1).map(row => row.getCell(2).value));
        assert.deepEqual([...models].sort(), [...versions].map(version => version.replace(' versie ', ' version ')).sort());
    } finally {
        await settings.update('taal', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await vscode.workspace.fs.delete(fileUri('scores.csv'));
    await vscode.workspace.fs.delete(fileUri('scores.xlsx'));
});

test('a model file has the preview button too and its preview renders', async () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID).packageJSON;
    const button = manifest.contributes.menus['editor/title'].find(entry => entry.command === 'zelfscan.toonVoorbeeld');
    assert.equal(button.when, 'editorLangId == regioscan || editorLangId == zelfscan');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fileUri('model/regieneming-1.1.zelfscan')), vscode.ViewColumn.One);
    await vscode.commands.executeCommand('zelfscan.toonVoorbeeld');
    const status = await waitFor('the model preview', async () => {
        const current = await previewStatus();
        return previewSettled(current) && current.uri === fileUri('model/regieneming-1.1.zelfscan').toString() ? current : undefined;
    });
    assert.equal(status.notice, undefined);
    await sleep(800);
    await screenshot('model-met-voorbeeldknop');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
});

test('when the server is killed, the extension restarts it, says so in the status bar, and diagnostics work again (screenshot)', async () => {
    const { execFileSync } = require('node:child_process');
    const children = execFileSync('pgrep', ['-P', String(process.pid), '-f', 'server.cjs']).toString().trim().split('\n').filter(Boolean);
    assert.equal(children.length, 1, `language server processes of this extension host: ${children}`);
    process.kill(Number(children[0]), 'SIGKILL');
    const restarted = await waitFor('the restart', async () => {
        const status = await serverStatus();
        return status.restarts === 1 && status.phase === 'gereed' ? status : undefined;
    });
    assert.match(restarted.tooltip, /Herstart na een onverwachte stop om .* \(1×\)\./);
    assert.ok(restarted.text.endsWith('$(debug-restart)'), restarted.text);
    const after = execFileSync('pgrep', ['-P', String(process.pid), '-f', 'server.cjs']).toString().trim().split('\n').filter(Boolean);
    assert.equal(after.length, 1);
    assert.notEqual(after[0], children[0]);
    // The new server checks an edit as the old one did.
    const uri = fileUri('scans/kapot-2.regioscan');
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    await waitFor('the error of kapot-2 after the restart', () => errorsOf(uri).length === 1);
    const line = document.getText().split('\n').findIndex(l => /^\s*Ontwerper 7$/.test(l));
    const character = document.lineAt(line).text.indexOf('7');
    assert.ok(await editor.edit(edit => edit.replace(new vscode.Range(line, character, line, character + 1), '3')));
    await waitFor('the error to go away after the restart', () => errorsOf(uri).length === 0);
    await sleep(800);
    await screenshot('herstart-na-crash');
    await revert(document);
    await log(`  restarted: server ${children[0]} killed, now ${after[0]}; status bar "${restarted.text}"`);
});

exports.run = run;
