// Benchmark of the command line and the language server on synthetic workspaces, each figure next to the
// yardstick measured in the same run: the same scans as JSON, read and checked with the tool's zod schema.
// Run after `node esbuild.mjs` (npm run bench does both). Options:
//   --quick      small workspaces and one or two runs per figure (bounded, for CI); the same rows
//   --cpu-prof   also write a CPU profile of one cold validate of the first workspace and print its hottest functions
//   --editor     only the editor rows (over the protocol) and the yardstick they are set against
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { bundleLanguage, bundleSchema } from './bundle.mjs';
import { generateBigScan, generateWorkspace } from './generate-workspace.mjs';
import { summarizeProfile } from './profile-summary.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORKSPACES = path.join(ROOT, 'bench/workspaces');
const BIN = path.join(ROOT, 'bin/zelfscan.js');
const SERVER = path.join(ROOT, 'dist/server.cjs');
const CACHE = path.join(WORKSPACES, 'cache');
const quick = process.argv.includes('--quick');
const cpuProfile = process.argv.includes('--cpu-prof');
const editorOnly = process.argv.includes('--editor');

// The issue's workloads; --quick keeps their shape at a size CI can afford.
const CONFIG = quick
    ? { small: 200, large: 500, bigBytes: 1_000_000, repeats: 1, scanEdits: 5, modelEdits: 2 }
    : { small: 2000, large: 10000, bigBytes: 10_000_000, repeats: 3, scanEdits: 20, modelEdits: 3 };

for (const file of [BIN, path.join(ROOT, 'dist/cli.cjs'), SERVER]) {
    if (!existsSync(file)) {
        fail(`${path.relative(ROOT, file)} is missing: run 'node esbuild.mjs' first (npm run bench does).`);
    }
}
mkdirSync(WORKSPACES, { recursive: true });
const schemaBundle = path.join(WORKSPACES, 'schema.cjs');
const languageBundle = path.join(WORKSPACES, 'language.cjs');
await bundleSchema(ROOT, schemaBundle);
await bundleLanguage(ROOT, languageBundle);
const measureRss = rssMethod();

console.log(`Node ${process.version}, ${os.cpus().length} CPU(s) (${os.cpus()[0]?.model.trim() ?? 'onbekend'}), ${os.platform()} ${os.arch()}${quick ? ', --quick' : ''}${editorOnly ? ', --editor' : ''}`);
console.log(`peak RSS and CPU time via ${measureRss.name}; wall = process start to exit; median of ${CONFIG.repeats} run(s) per figure`);
console.log(`load average at start: ${loadAverage()} (wall times are only comparable on an otherwise idle machine)\n`);

const small = workspace(CONFIG.small);
const large = workspace(CONFIG.large);
const bigFolder = path.join(WORKSPACES, 'groot');
const big = editorOnly ? undefined : generateBigScan(bigFolder, CONFIG.bigBytes, ROOT);
if (big) {
    console.log(`one big scan: ${(big.bytes / 1e6).toFixed(1)} MB, ${big.lines} lines, ${big.respondents} respondents`);
}

// The yardstick must read the same data: every JSON file is what the tool itself reads from the scan.
const honesty = await measure([path.join(ROOT, 'bench/check-json.mjs'), languageBundle, small.folder]);
if (honesty.code !== 0) {
    fail(`the JSON files differ from what the tool reads from the scans: ${honesty.stderr.slice(0, 2000)}`);
}
console.log(`JSON checked against the scans: ${honesty.stdout.trim()} files of N=${small.size} equal what the tool reads\n`);

const rows = [];
/** Per workspace size, the yardstick's runs (reading and checking every scan as JSON, process start to exit). */
const yardsticks = new Map();

// 1, 2. A cold validate (no cache) against the yardstick.
if (editorOnly) {
    yardsticks.set(small.size, await repeat(() => yardstickRun(path.join(small.folder, 'json'), small.size)));
}
for (const [ws, target] of editorOnly ? [] : [[small, { cpu: 4, rssMB: 200 }], [large, { wall: 6, rssMB: 600 }]]) {
    const validate = await repeat(() => validateRun(ws.folder, ws.size + 1, ['--geen-cache']));
    const yardstick = await repeat(() => yardstickRun(path.join(ws.folder, 'json'), ws.size));
    yardsticks.set(ws.size, yardstick);
    rows.push(processRow(`validate, ${fmt(ws.size)} scans`, validate, yardstick, target));
}

// 3. Again with unchanged files: a first run fills the cache, the measured runs reuse it.
if (!editorOnly) {
    rmSync(CACHE, { recursive: true, force: true });
    await validateRun(large.folder, large.size + 1, [], { ZELFSCAN_CACHE_DIR: CACHE });
    const warm = await repeat(() => validateRun(large.folder, large.size + 1, [], { ZELFSCAN_CACHE_DIR: CACHE }));
    const warmYardstick = await repeat(() => yardstickRun(path.join(large.folder, 'json'), large.size));
    rows.push(processRow(`validate again, unchanged files, ${fmt(large.size)} scans`, warm, warmYardstick, { wall: 1.5 }));
}

// 4–6. The editor, over the protocol.
const scanEdits = await protocolRun(large.folder, 'edit-scan', CONFIG.scanEdits);
const ownScan = scanEdits.samples.map(s => s.ownMs);
// An edit of one scan has no yardstick: JSON+zod checks one file in well under a millisecond, after a process start.
rows.push(editorRow(`edit a scan → its diagnostics, p95 of ${ownScan.length}, ${fmt(large.size)} scans`, percentile(ownScan, 95), 50,
    `median ${median(ownScan).toFixed(1)} ms; initial build ${(scanEdits.initialBuildMs / 1000).toFixed(1)} s`));
const modelEdits = await protocolRun(small.folder, 'edit-model', CONFIG.modelEdits);
const allModel = modelEdits.samples.map(s => s.allMs);
// Re-checking every scan of a model is set against reading and checking all of them as JSON from scratch.
rows.push(editorRow(`edit the model → every dependent scan re-checked, ${fmt(small.size)} scans`, median(allModel), 1000,
    `model's own diagnostics after ${median(modelEdits.samples.map(s => s.ownMs)).toFixed(0)} ms`, yardsticks.get(small.size)));
// Opening a workspace is set against the yardstick reading and checking the whole workspace.
const opens = await repeat(() => protocolRun(small.folder, 'open', 0));
const allFiles = median(opens.map(o => o.allFilesMs));
rows.push(editorRow(`open a ${fmt(small.size)}-scan workspace → diagnostics of the open file`, median(opens.map(o => o.openFileMs)), 1000,
    `from process start; ${median(opens.map(o => o.openFileAfterHandshakeMs)).toFixed(0)} ms after 'initialized'; every file's diagnostics after `
    + `${(allFiles / 1000).toFixed(1)} s, ${(allFiles / 1000 / median(yardsticks.get(small.size).map(r => r.seconds))).toFixed(1)}× the yardstick's wall`,
    yardsticks.get(small.size)));

// 7. One big scan: checked or refused.
if (big) {
    const bigRuns = await repeat(() => validateRun(bigFolder, undefined, ['--geen-cache']));
    const bigYardstick = await repeat(() => yardstickRun(path.join(bigFolder, 'json'), 1));
    const refused = bigRuns[0].code !== 0;
    rows.push(processRow(`one ${(big.bytes / 1e6).toFixed(0)} MB scan, validate${refused ? ` (refused, exit ${bigRuns[0].code})` : ''}`,
        bigRuns, bigYardstick, { seconds: 2 }));
    if (refused) {
        console.log(`the big scan is refused: ${bigRuns[0].stdout.split('\n')[0].slice(0, 300)}`);
    }
}

printRows(rows);
console.log(`\nload average at the end: ${loadAverage()}`);
if (cpuProfile) {
    await profileValidate(small);
}

function workspace(size) {
    const folder = path.join(WORKSPACES, String(size));
    const shape = generateWorkspace(folder, size, ROOT);
    console.log(`N=${size}: ${shape.scans} scans, ${shape.averageLines.toFixed(1)} lines / ${(shape.averageBytes / 1024).toFixed(1)} KiB per scan on average`);
    return { size, folder };
}

async function repeat(run) {
    const runs = [];
    for (let i = 0; i < CONFIG.repeats; i++) {
        runs.push(await run());
    }
    return runs;
}

/** `zelfscan validate <ws> --werkruimte <ws>` as users run it (bin/zelfscan.js), checked to have seen every file. */
async function validateRun(folder, expectedFiles, options = [], env = {}) {
    const run = await measure([BIN, 'validate', folder, '--werkruimte', folder, ...options], [], env);
    if (expectedFiles !== undefined) {
        checkValidateOutput(run, expectedFiles);
    }
    return run;
}

async function yardstickRun(jsonFolder, expected) {
    const run = await measure([path.join(ROOT, 'bench/json-zod.mjs'), schemaBundle, jsonFolder]);
    if (run.code !== 0 || run.stdout.trim() !== String(expected)) {
        fail(`JSON+zod yardstick failed on ${jsonFolder} (exit ${run.code}): ${run.stderr.slice(0, 2000)}`);
    }
    return run;
}

async function protocolRun(folder, mode, repeats) {
    const run = await measure([path.join(ROOT, 'bench/protocol.mjs'), SERVER, folder, mode, String(repeats)]);
    if (run.code !== 0) {
        fail(`protocol measurement '${mode}' failed (exit ${run.code}): ${run.stderr.slice(0, 2000)}`);
    }
    return JSON.parse(run.stdout);
}

function processRow(label, runs, yardstick, target) {
    const m = key => median(runs.map(r => r[key]));
    const y = key => median(yardstick.map(r => r[key]));
    const cpuRatio = m('cpuSeconds') / y('cpuSeconds');
    const wallRatio = m('seconds') / y('seconds');
    const rssMB = m('rssKiB') / 1024;
    const checks = [];
    if (target.cpu) checks.push(cpuRatio <= target.cpu ? 'ja' : 'nee');
    if (target.wall) checks.push(wallRatio <= target.wall ? 'ja' : 'nee');
    if (target.rssMB) checks.push(rssMB <= target.rssMB ? 'ja' : 'nee');
    if (target.seconds) checks.push(m('seconds') <= target.seconds ? 'ja' : 'nee');
    const targetText = [target.cpu && `≤ ${target.cpu}× CPU`, target.wall && `≤ ${target.wall}× wall`, target.rssMB && `≤ ${target.rssMB} MB`,
        target.seconds && `≤ ${target.seconds} s or refused at once`].filter(Boolean).join(', ');
    return [label, `${m('cpuSeconds').toFixed(2)} s`, `${m('seconds').toFixed(2)} s`, `${rssMB.toFixed(0)} MB`,
        `${y('cpuSeconds').toFixed(2)} / ${y('seconds').toFixed(2)} s, ${(y('rssKiB') / 1024).toFixed(0)} MB`,
        `${cpuRatio.toFixed(1)}× / ${wallRatio.toFixed(1)}×`, targetText, checks.every(c => c === 'ja') ? 'ja' : 'nee'];
}

/** An editor case over the protocol; with a yardstick, its wall time next to the yardstick's (median, start to exit). */
function editorRow(label, ms, targetMs, note, yardstick) {
    const wall = yardstick && median(yardstick.map(r => r.seconds));
    return [label, '', `${ms.toFixed(ms < 100 ? 1 : 0)} ms`, '', wall ? `— / ${wall.toFixed(2)} s` : '', wall ? `— / ${(ms / 1000 / wall).toFixed(1)}×` : '',
        `≤ ${targetMs} ms`, ms <= targetMs ? 'ja' : 'nee', note];
}

function printRows(body) {
    const header = ['workload', 'CPU', 'wall', 'peak RSS', 'JSON+zod CPU / wall, RSS', 'ratio CPU / wall', 'target', 'met'];
    console.log('\nEvery row of issue 12 (process rows: median CPU = user + system, wall = start to exit, peak RSS; editor rows: over the protocol, bundled server over stdio):');
    const widths = header.map((h, i) => Math.max(h.length, ...body.map(r => r[i].length)));
    const line = cells => cells.slice(0, header.length).map((c, i) => i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])).join('  ');
    console.log(line(header));
    console.log(widths.map(w => '-'.repeat(w)).join('  '));
    for (const row of body) {
        console.log(line(row) + (row[8] ? `  (${row[8]})` : ''));
    }
}

/** Runs `node <args>` under the Node that runs the bench; wall time from spawn to exit, peak RSS of the child. */
function measure(args, nodeOptions = [], env = {}) {
    const rssFile = path.join(WORKSPACES, `rss-${process.pid}.txt`);
    rmSync(rssFile, { force: true });
    const command = measureRss.command(rssFile, [...nodeOptions, ...args]);
    return new Promise((resolve, reject) => {
        const start = performance.now();
        const child = spawn(command[0], command.slice(1), { cwd: ROOT, env: { ...process.env, ...env, BENCH_RSS_FILE: rssFile }, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', chunk => { stdout += chunk; });
        child.stderr.on('data', chunk => { stderr += chunk; });
        child.on('error', reject);
        child.on('close', code => {
            const seconds = (performance.now() - start) / 1000;
            const [rssKiB, user, system] = existsSync(rssFile)
                ? readFileSync(rssFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number)
                : [NaN, NaN, NaN];
            resolve({ code, seconds, rssKiB, cpuSeconds: user + system, stdout, stderr });
        });
    });
}

/**
 * GNU time when it works here (it counts the process and the children it waited for, as the command line
 * starts itself once more), else a preload that writes process.resourceUsage() at exit.
 */
function rssMethod() {
    const time = '/usr/bin/time';
    const format = '%M %U %S';
    if (existsSync(time) && spawnSync(time, ['-f', format, '-o', os.devNull, 'true']).status === 0) {
        return { name: `${time} -f '${format}'`, command: (rssFile, args) => [time, '-f', format, '-o', rssFile, process.execPath, ...args] };
    }
    const preload = path.join(ROOT, 'bench/report-rss.cjs');
    return { name: 'process.resourceUsage()', command: (rssFile, args) => [process.execPath, '--require', preload, ...args] };
}

function loadAverage() {
    return os.loadavg().map(l => l.toFixed(2)).join(' ');
}

/** The bench measures the wrong thing unless validate saw every file and found no errors. */
function checkValidateOutput(run, expectedFiles) {
    const summary = run.stdout.trim().split('\n').at(-1) ?? '';
    const match = /^(\d+) bestand(?:en)? gecontroleerd: (\d+) fout(?:en)?, (\d+) waarschuwing(?:en)?\.$/.exec(summary);
    if (run.code !== 0 || !match || Number(match[1]) !== expectedFiles || Number(match[2]) !== 0) {
        fail(`validate did not report ${expectedFiles} files with 0 errors (exit ${run.code}):\n${run.stdout.slice(-2000)}${run.stderr.slice(-2000)}`);
    }
    if (Number(match[3]) !== 0) {
        console.warn(`  note: validate reports ${match[3]} warning(s) on the synthetic workspace`);
    }
}

async function profileValidate({ size, folder }) {
    const profileDir = path.join(WORKSPACES, 'profiles');
    rmSync(profileDir, { recursive: true, force: true });
    // The profiler flags go to the process that does the work (the command line starts itself once more).
    const run = await measure([BIN, 'validate', folder, '--werkruimte', folder, '--geen-cache'],
        ['--max-semi-space-size=16', '--cpu-prof', '--cpu-prof-dir', profileDir]);
    checkValidateOutput(run, size + 1);
    console.log(`\nCPU profile of validate N=${size} (${run.seconds.toFixed(2)} s with the profiler) in ${path.relative(ROOT, profileDir)}/`);
    console.log(summarizeProfile(profileDir));
}

function percentile(values, p) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function fmt(n) {
    return n.toLocaleString('en-US');
}

function fail(message) {
    console.error(`bench: ${message}`);
    process.exit(1);
}
