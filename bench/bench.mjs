// Benchmark of `zelfscan validate` on synthetic workspaces of 100, 1000 and 5000 region scans, against a yardstick
// (the same data as JSON, checked with zod), plus the editor case (edit → diagnostics) in-process.
// Run after `node esbuild.mjs` (npm run bench does both). Options:
//   --quick      only N=100, one repeat (CI smoke)
//   --cpu-prof   also write a CPU profile of one validate of the largest N and print its hottest functions
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { bundleLanguage, bundleSchema } from './bundle.mjs';
import { generateWorkspace } from './generate-workspace.mjs';
import { summarizeProfile } from './profile-summary.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORKSPACES = path.join(ROOT, 'bench/workspaces');
const CLI = path.join(ROOT, 'dist/cli.cjs');
const quick = process.argv.includes('--quick');
const cpuProfile = process.argv.includes('--cpu-prof');
const SIZES = quick ? [100] : [100, 1000, 5000];
const REPEATS = quick ? 1 : 3;
const EDIT_REPEATS = quick ? 2 : 5;
const EDITOR_SIZES = quick ? [100] : [1000, 5000];

if (!existsSync(CLI)) {
    fail(`${path.relative(ROOT, CLI)} is missing: run 'node esbuild.mjs' first (npm run bench does).`);
}
mkdirSync(WORKSPACES, { recursive: true });
const schemaBundle = path.join(WORKSPACES, 'schema.cjs');
const languageBundle = path.join(WORKSPACES, 'language.cjs');
await bundleSchema(ROOT, schemaBundle);
await bundleLanguage(ROOT, languageBundle);
const measureRss = rssMethod();

console.log(`Node ${process.version}, ${os.cpus().length} CPU(s) (${os.cpus()[0]?.model.trim() ?? 'onbekend'}), ${os.platform()} ${os.arch()}`);
console.log(`peak RSS and CPU time via ${measureRss.name}; wall time = process start to exit; ${REPEATS} run(s) per figure`);
console.log(`load average at start: ${loadAverage()} (wall times are only comparable on an otherwise idle machine)\n`);

const rows = [];
const editors = [];
for (const size of SIZES) {
    const folder = path.join(WORKSPACES, String(size));
    const shape = generateWorkspace(folder, size, ROOT);
    console.log(`N=${size}: ${shape.scans} scans, ${shape.averageLines.toFixed(1)} lines / ${(shape.averageBytes / 1024).toFixed(1)} KiB per scan on average`);

    const validate = [];
    for (let i = 0; i < REPEATS; i++) {
        const run = await measure([CLI, 'validate', folder, '--werkruimte', folder]);
        checkValidateOutput(run, size + 1);
        validate.push(run);
    }
    const yardstick = [];
    for (let i = 0; i < REPEATS; i++) {
        const run = await measure([path.join(ROOT, 'bench/json-zod.mjs'), schemaBundle, path.join(folder, 'json')]);
        if (run.code !== 0 || run.stdout.trim() !== String(size)) {
            fail(`JSON+zod yardstick failed on N=${size} (exit ${run.code}): ${run.stderr.slice(0, 2000)}`);
        }
        yardstick.push(run);
    }
    rows.push({ size, files: size + 1, validate, yardstick });

    if (EDITOR_SIZES.includes(size)) {
        const run = await measure([path.join(ROOT, 'bench/editor.mjs'), languageBundle, folder, String(EDIT_REPEATS)]);
        if (run.code !== 0) {
            fail(`editor measurement failed (exit ${run.code}): ${run.stderr.slice(0, 2000)}`);
        }
        editors.push({ size, ...JSON.parse(run.stdout) });
    }
}

printTable(rows);
editors.forEach(printEditor);
console.log(`\nload average at the end: ${loadAverage()}`);
if (cpuProfile) {
    await profileLargest(SIZES.at(-1));
}

function printTable(results) {
    const header = ['N', 'files', 'validate median s', 'validate min s', 'validate CPU s', 'validate RSS MB',
        'JSON+zod median s', 'JSON+zod CPU s', 'JSON+zod RSS MB', 'ratio'];
    const body = results.map(({ size, files, validate, yardstick }) => {
        const v = median(validate.map(r => r.seconds));
        const y = median(yardstick.map(r => r.seconds));
        return [String(size), String(files), v.toFixed(2), Math.min(...validate.map(r => r.seconds)).toFixed(2),
            median(validate.map(r => r.cpuSeconds)).toFixed(2), mb(median(validate.map(r => r.rssKiB))),
            y.toFixed(2), median(yardstick.map(r => r.cpuSeconds)).toFixed(2), mb(median(yardstick.map(r => r.rssKiB))),
            `${(v / y).toFixed(1)}×`];
    });
    console.log('\nValidate (separate process, `node dist/cli.cjs validate <ws> --werkruimte <ws>`) vs. JSON.parse + zod:');
    printColumns(header, body);
    console.log('(CPU = user + system seconds of the child, RSS = its peak RSS, both medians; ratio = validate median / JSON+zod median)');
}

function printEditor(result) {
    const ms = (samples, key) => `median ${median(samples.map(s => s[key])).toFixed(1)} ms, min ${Math.min(...samples.map(s => s[key])).toFixed(1)} ms`;
    const relinked = samples => [...new Set(samples.map(s => s.relinked))].join('/');
    console.log(`\nEditor case, in-process language services, N=${result.size} (${result.documents} documents; JSON checked against the scans: ${result.jsonChecked} files):`);
    const phases = Object.entries(result.phases).map(([phase, ms]) => `${phase} ${(ms / 1000).toFixed(2)}`).join(', ');
    console.log(`  initial build + validation ${(result.initialBuildMs / 1000).toFixed(2)} s (${phases}); heap afterwards ${result.heapUsedMB.toFixed(0)} MB`);
    console.log(`  edit one scan  (${result.scanEdit.length}×): edit → its diagnostics ${ms(result.scanEdit, 'ownDiagnosticsMs')}; update done ${ms(result.scanEdit, 'allDoneMs')}; documents relinked ${relinked(result.scanEdit)}`);
    console.log(`  edit the model (${result.modelEdit.length}×): edit → its diagnostics ${ms(result.modelEdit, 'ownDiagnosticsMs')}; update done ${ms(result.modelEdit, 'allDoneMs')}; documents relinked ${relinked(result.modelEdit)}`);
}

/** Runs `node <args>` under the Node that runs the bench; wall time from spawn to exit, peak RSS of the child. */
function measure(args, nodeOptions = []) {
    const rssFile = path.join(WORKSPACES, `rss-${process.pid}.txt`);
    rmSync(rssFile, { force: true });
    const command = measureRss.command(rssFile, [...nodeOptions, ...args]);
    return new Promise((resolve, reject) => {
        const start = performance.now();
        const child = spawn(command[0], command.slice(1), { cwd: ROOT, env: { ...process.env, BENCH_RSS_FILE: rssFile }, stdio: ['ignore', 'pipe', 'pipe'] });
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

/** GNU time when it works here, else a preload that writes process.resourceUsage() at exit. */
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

async function profileLargest(size) {
    const folder = path.join(WORKSPACES, String(size));
    const profileDir = path.join(WORKSPACES, 'profiles');
    rmSync(profileDir, { recursive: true, force: true });
    const run = await measure([CLI, 'validate', folder, '--werkruimte', folder], ['--cpu-prof', '--cpu-prof-dir', profileDir]);
    checkValidateOutput(run, size + 1);
    console.log(`\nCPU profile of validate N=${size} (${run.seconds.toFixed(2)} s with the profiler) in ${path.relative(ROOT, profileDir)}/`);
    console.log(summarizeProfile(profileDir));
}

function printColumns(header, body) {
    const widths = header.map((h, i) => Math.max(h.length, ...body.map(r => r[i].length)));
    const line = cells => cells.map((c, i) => i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])).join('  ');
    console.log(line(header));
    console.log(widths.map(w => '-'.repeat(w)).join('  '));
    body.forEach(r => console.log(line(r)));
}

function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function mb(kib) {
    return Number.isFinite(kib) ? (kib / 1024).toFixed(0) : '?';
}

function fail(message) {
    console.error(`bench: ${message}`);
    process.exit(1);
}
