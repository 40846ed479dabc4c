// The editor cases over the real protocol: the bundled language server (dist/server.cjs --stdio) as a child
// process, driven as an editor drives it, timed on the client's side of the pipe.
// Usage: node bench/protocol.mjs <server.cjs> <workspace folder> <case> <repeats>; prints one JSON object.
//   open        start the server, initialize, open one scan at once; time from spawn to that scan's diagnostics,
//               and to the diagnostics of every file
//   edit-scan   after the initial build, edit one open scan <repeats> times; time from each change to its diagnostics
//   edit-model  after the initial build, edit the open model <repeats> times; time from each change to the model's
//               own diagnostics and to the diagnostics of every scan that uses it
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const [server, folderArg, mode, repeatText] = process.argv.slice(2);
const folder = path.resolve(folderArg);
const repeats = Number(repeatText);
const files = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter(e => e.isFile() && /\.(zelfscan|regioscan)$/.test(e.name))
    .map(e => path.resolve(e.parentPath, e.name))
    .sort();
const uriOf = file => pathToFileURL(file).toString();
const scanFile = files.find(f => f.endsWith('.regioscan'));
const modelFile = files.find(f => f.endsWith('.zelfscan'));

const spawned = performance.now();
const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));

/** Every publishDiagnostics, as [time, uri, diagnostics]; waiters are woken on each. */
const published = [];
const waiters = new Set();
connection.onNotification('textDocument/publishDiagnostics', params => {
    published.push({ at: performance.now(), uri: params.uri, diagnostics: params.diagnostics });
    for (const waiter of [...waiters]) waiter();
});
// Requests of the server: no settings (each item unset), everything else acknowledged.
connection.onRequest((method, params) => method === 'workspace/configuration' ? params.items.map(() => null) : null);
connection.onNotification(() => {});
connection.listen();

/** Resolves with the time at which `test(published since index)` first holds. */
function waitFor(fromIndex, test, what) {
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), 30 * 60_000);
        const check = () => {
            const at = test(published.slice(fromIndex));
            if (at !== undefined) {
                waiters.delete(check);
                clearTimeout(timer);
                resolve(at);
            }
        };
        waiters.add(check);
        check();
    });
}

/** The time the diagnostics of `uri` are published (after `fromIndex`). */
const diagnosticsOf = (fromIndex, uri) => waitFor(fromIndex, list => list.find(p => p.uri === uri)?.at, `diagnostics of ${uri}`);
/** The time every uri of `uris` has had its diagnostics published (after `fromIndex`). */
function diagnosticsOfAll(fromIndex, uris) {
    const wanted = new Set(uris);
    const seen = new Set();
    let scanned = fromIndex;
    return waitFor(fromIndex, () => {
        for (; scanned < published.length; scanned++) {
            if (wanted.has(published[scanned].uri)) seen.add(published[scanned].uri);
            if (seen.size === wanted.size) return published[scanned].at;
        }
        return undefined;
    }, `diagnostics of all ${wanted.size} files`);
}

function failOnErrors(fromIndex) {
    const errors = published.slice(fromIndex).filter(p => p.diagnostics.some(d => d.severity === 1));
    if (errors.length > 0) {
        throw new Error(`${errors.length} file(s) with errors, first ${errors[0].uri}: ${errors[0].diagnostics[0].message}`);
    }
}

await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: uriOf(folder),
    workspaceFolders: [{ uri: uriOf(folder), name: path.basename(folder) }],
    capabilities: { workspace: { workspaceFolders: true }, textDocument: { publishDiagnostics: {}, synchronization: { didSave: true } } }
});
const open = (file, languageId) => connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri: uriOf(file), languageId, version: 1, text: readFileSync(file, 'utf8') }
});
connection.sendNotification('initialized', {});
const initializedAt = performance.now();

const result = { files: files.length };
if (mode === 'open') {
    // As an editor restoring a session: the scan is opened right after the handshake.
    open(scanFile, 'regioscan');
    const openFileAt = await diagnosticsOf(0, uriOf(scanFile));
    result.openFileMs = openFileAt - spawned;
    result.openFileAfterHandshakeMs = openFileAt - initializedAt;
    result.allFilesMs = (await diagnosticsOfAll(0, files.map(uriOf))) - spawned;
    failOnErrors(0);
} else {
    result.initialBuildMs = (await diagnosticsOfAll(0, files.map(uriOf))) - spawned;
    failOnErrors(0);
    const [file, languageId, edit, dependents] = mode === 'edit-scan'
        ? [scanFile, 'regioscan', scanEdit, [uriOf(scanFile)]]
        : [modelFile, 'zelfscan', modelEdit, files.map(uriOf)];
    const mark = published.length;
    open(file, languageId);
    await diagnosticsOf(mark, uriOf(file));
    let text = readFileSync(file, 'utf8');
    result.samples = [];
    for (let i = 0; i < repeats; i++) {
        const next = edit(text, i);
        if (next === text) throw new Error(`edit ${i} of ${file} changed nothing`);
        const from = published.length;
        const sent = performance.now();
        connection.sendNotification('textDocument/didChange', { textDocument: { uri: uriOf(file), version: i + 2 }, contentChanges: [{ text: next }] });
        const own = await diagnosticsOf(from, uriOf(file));
        const all = await diagnosticsOfAll(from, dependents);
        failOnErrors(from);
        result.samples.push({ ownMs: own - sent, allMs: all - sent, published: published.length - from });
        text = next;
    }
}
process.stdout.write(JSON.stringify(result) + '\n');
await connection.sendRequest('shutdown');
connection.sendNotification('exit');
connection.dispose();
child.kill();

/** A keystroke in a scan: the first score changes value. */
function scanEdit(text) {
    return text.replace(/^(\s+Ontwerper )(\d|\?)/m, (_, lead, value) => `${lead}${value === '?' ? 1 : (Number(value) % 5) + 1}`);
}

/** A keystroke in the model: the title changes; every scan of that model version depends on it. */
function modelEdit(text, i) {
    return text.replace(/^(\s+titel "[^"]*?)( \(concept \d+\))?"/m, (_, lead) => `${lead} (concept ${i + 1})"`);
}
