// The extension in Restricted Mode: a folder that is not trusted (run-vscode-tests.mjs opens a second VS Code with
// workspace trust on and this folder not trusted). Reading features work (highlighting, diagnostics, hover,
// preview); commands that write files do nothing and say why.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const {
    EXTENSION_ID, OUT_OF_SCALE, test, run, log, screenshot, waitFor, sleep, fileUri, writeBrokenScan, errorsOf,
    openAndTimeDiagnostics, previewStatus, previewSettled
} = require('./harness.cjs');

test('the folder is not trusted and the extension is active', async () => {
    assert.equal(vscode.workspace.isTrusted, false, 'this suite must run in Restricted Mode');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    await extension.activate();
    assert.equal(extension.isActive, true);
});

test('a scan is highlighted, checked and explained on hover', async () => {
    const broken = await writeBrokenScan('scans/beperkt.regioscan', 'Regio Beperkt');
    const { document, diagnostics, elapsed } = await openAndTimeDiagnostics(broken.uri);
    assert.equal(document.languageId, 'regioscan');
    const errors = await waitFor('the error of the broken scan', () => errorsOf(broken.uri).length === 1 ? errorsOf(broken.uri) : undefined);
    assert.equal(errors[0].message, OUT_OF_SCALE);
    assert.deepEqual([errors[0].range.start.line, errors[0].range.start.character], [broken.line, broken.character]);
    const line = document.getText().split('\n').findIndex(l => /^\s*Verbinder /.test(l));
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', broken.uri,
        new vscode.Position(line, document.lineAt(line).firstNonWhitespaceCharacterIndex + 2));
    const text = hovers.flatMap(h => h.contents.map(c => typeof c === 'string' ? c : c.value)).join('\n');
    assert.match(text, /Verbinder/);
    const tokens = await vscode.commands.executeCommand('vscode.provideDocumentSemanticTokens', broken.uri);
    assert.ok(tokens && tokens.data.length > 0, 'no semantic tokens in Restricted Mode');
    await log(`  restricted: first diagnostics after ${elapsed} ms (${diagnostics.length} diagnostics)`);
});

test('the preview renders the scan (what is valid, under its error)', async () => {
    const uri = fileUri('scans/beperkt.regioscan');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), vscode.ViewColumn.One);
    await vscode.commands.executeCommand('zelfscan.toonVoorbeeld');
    const status = await waitFor('the preview in Restricted Mode', async () => {
        const current = await previewStatus();
        return previewSettled(current) ? current : undefined;
    });
    assert.equal(status.uri, uri.toString());
    assert.match(status.notice, /^De regioscan bevat een fout; het voorbeeld toont wat geldig is/);
    await sleep(1000);
    await screenshot('beperkte-modus-voorbeeld');
});

test('commands that write files do nothing in Restricted Mode and say why', async () => {
    const uri = fileUri('scans/regio-brakeldonk-2024.regioscan');
    for (const command of ['zelfscan.genereerHtml', 'zelfscan.genereerMarkdown']) {
        assert.equal(await vscode.commands.executeCommand(command, uri), undefined, command);
    }
    for (const command of ['zelfscan.genereerWerkruimte', 'zelfscan.genereerVergelijking', 'zelfscan.genereerAnoniemeVergelijking', 'zelfscan.exporteerSpreadsheet']) {
        assert.equal(await vscode.commands.executeCommand(command), undefined, command);
    }
    // Given its file, the import would ask no file dialog; it still writes nothing.
    await vscode.workspace.fs.writeFile(fileUri('antwoorden.csv'), new TextEncoder().encode('Partij;Ontwerper;Kwartiermaker;Verbinder;Dirigent\r\ngemeente;1;2;3;4\r\n'));
    assert.equal(await vscode.commands.executeCommand('zelfscan.importeerSpreadsheet', fileUri('antwoorden.csv')), undefined, 'zelfscan.importeerSpreadsheet');
    await sleep(1500);
    await screenshot('beperkte-modus-opdracht-geweigerd');
    const written = await vscode.workspace.findFiles('{rapporten/**,*.regioscan,*.xlsx,scores.csv}');
    assert.deepEqual(written.map(file => file.path), [], 'a command wrote files in Restricted Mode');
    await vscode.commands.executeCommand('notifications.clearAll');
});

exports.run = run;
