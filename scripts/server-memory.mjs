#!/usr/bin/env node
// Issue 10, item 11: the language server's memory over many edits of one scan, and after the file is closed.
// Starts dist/server.cjs over stdio on a copy of examples/, opens one scan, sends N edits (a score flips between
// two values; every 100th edit waits for the diagnostics), closes it, and prints the server's resident memory
// (VmRSS, from /proc) after opening, after the edits and after closing.
// Usage: npm run memory:server -- [--edits 10000]
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const edits = Number(process.argv[process.argv.indexOf('--edits') + 1] || 10_000);
const folder = mkdtempSync(path.join(tmpdir(), 'zelfscan-geheugen-'));
cpSync(path.join(REPO, 'examples'), folder, { recursive: true });
const file = path.join(folder, 'scans/regio-brakeldonk-2024.regioscan');
const uri = pathToFileURL(file).toString();
const text = readFileSync(file, 'utf8');
// The first score of the scan: its digit flips between 3 and 4.
const line = text.split('\n').findIndex(l => /^\s*Ontwerper \d/.test(l));
const character = text.split('\n')[line].search(/\d/);

const server = spawn(process.execPath, [path.join(REPO, 'dist/server.cjs'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
let published = 0;
connection.onNotification('textDocument/publishDiagnostics', params => { if (params.uri === uri) published++; });
connection.onRequest((method, params) => method === 'workspace/configuration' ? params.items.map(() => null) : null);
connection.listen();
const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))[1]) / 1024;
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
/** Waits until the server has published nothing for 1.5 s. */
const settle = async () => { for (let seen = -1; seen !== published;) { seen = published; await sleep(1500); } };

await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(folder).toString(), capabilities: {},
    workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'w' }] });
await connection.sendNotification('initialized', {});
await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'regioscan', version: 1, text } });
await sleep(3000);
const start = rss();
const began = performance.now();
for (let i = 1; i <= edits; i++) {
    await connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: i + 1 },
        contentChanges: [{ range: { start: { line, character }, end: { line, character: character + 1 } }, text: i % 2 ? '3' : '4' }]
    });
    if (i % 100 === 0) {
        const before = published;
        while (published === before) { await sleep(5); }
    }
}
await settle();
const afterEdits = rss();
await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
await sleep(5000);
const afterClose = rss();
console.log(`edits: ${edits} in ${Math.round((performance.now() - began) / 1000)} s; server resident memory (MB): `
    + `after opening ${start.toFixed(1)}, after the edits ${afterEdits.toFixed(1)} (+${(afterEdits - start).toFixed(1)}), `
    + `5 s after closing ${afterClose.toFixed(1)} (+${(afterClose - start).toFixed(1)})`);
connection.dispose();
server.kill();
rmSync(folder, { recursive: true, force: true });
