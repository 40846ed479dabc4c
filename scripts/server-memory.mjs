#!/usr/bin/env node
// Issue 10, item 11: the language server's memory over many edits of one scan, and after the file is closed.
// Starts dist/server.cjs over stdio on a copy of examples/, opens one scan, sends N edits (a score flips between
// two values; every 100th edit waits for the diagnostics), closes it, and prints the server's resident memory
// (VmRSS, from /proc) after opening, after the edits and after closing.
// Usage: npm run memory:server -- [--edits 10000] [--heap]
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
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

// With --heap, the server writes a heap snapshot (after a full garbage collection) at each of the three points,
// and the script prints which kinds of object grew: what holds the memory, as opposed to what the process keeps.
const heap = process.argv.includes('--heap');
const server = spawn(process.execPath, [...(heap ? ['--heapsnapshot-signal=SIGUSR2'] : []), path.join(REPO, 'dist/server.cjs'), '--stdio'],
    { stdio: ['pipe', 'pipe', 'inherit'], cwd: folder });
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
const snapshots = [];
/** Asks for a heap snapshot and waits until the server has written it. */
const snapshot = async () => {
    if (!heap) return;
    const before = new Set(readdirSync(folder).filter(name => name.endsWith('.heapsnapshot')));
    server.kill('SIGUSR2');
    for (;;) {
        await sleep(500);
        const written = readdirSync(folder).find(name => name.endsWith('.heapsnapshot') && !before.has(name));
        if (written && statSync(path.join(folder, written)).size > 0) {
            const size = statSync(path.join(folder, written)).size;
            await sleep(1000);
            if (statSync(path.join(folder, written)).size === size) { snapshots.push(path.join(folder, written)); return; }
        }
    }
};
await snapshot();
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
await snapshot();
await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
await sleep(5000);
const afterClose = rss();
await snapshot();
console.log(`edits: ${edits} in ${Math.round((performance.now() - began) / 1000)} s; server resident memory (MB): `
    + `after opening ${start.toFixed(1)}, after the edits ${afterEdits.toFixed(1)} (+${(afterEdits - start).toFixed(1)}), `
    + `5 s after closing ${afterClose.toFixed(1)} (+${(afterClose - start).toFixed(1)})`);
if (heap) {
    const [opened, edited, closed] = snapshots.map(summarise);
    const total = summary => [...summary.values()].reduce((sum, entry) => sum + entry.size, 0) / 1048576;
    console.log(`live heap after a full collection (MB): after opening ${total(opened).toFixed(1)}, after the edits ${total(edited).toFixed(1)}, after closing ${total(closed).toFixed(1)}`);
    const grown = [...edited].map(([name, entry]) => [name, entry.size - (opened.get(name)?.size ?? 0), entry.count - (opened.get(name)?.count ?? 0), (closed.get(name)?.size ?? 0) - (opened.get(name)?.size ?? 0)])
        .sort((a, b) => b[1] - a[1]).slice(0, 15);
    console.log('grown most between opening and the last edit (KB, objects; KB still held after closing):');
    for (const [name, size, count, kept] of grown) console.log(`  ${(size / 1024).toFixed(0).padStart(8)} KB ${String(count).padStart(8)}  ${(kept / 1024).toFixed(0).padStart(8)} KB  ${name}`);
}
connection.dispose();
server.kill();
rmSync(folder, { recursive: true, force: true });

/** Self size and count per object kind (constructor or V8 type) in a heap snapshot. */
function summarise(file) {
    const { snapshot: { meta }, nodes, strings } = JSON.parse(readFileSync(file, 'utf8'));
    const width = meta.node_fields.length;
    const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map(field => meta.node_fields.indexOf(field));
    const types = meta.node_types[typeAt];
    const summary = new Map();
    for (let i = 0; i < nodes.length; i += width) {
        const type = types[nodes[i + typeAt]];
        const name = type === 'object' || type === 'closure' ? `${strings[nodes[i + nameAt]]} (${type})` : `(${type})`;
        const entry = summary.get(name) ?? { size: 0, count: 0 };
        entry.size += nodes[i + sizeAt];
        entry.count++;
        summary.set(name, entry);
    }
    return summary;
}
