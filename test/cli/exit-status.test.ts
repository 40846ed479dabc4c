import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODEL_1_0, SCAN_NOORD, SCAN_ZUID } from '../domain/report-fixtures.js';
import { bundleCli, type CliBundle } from '../helpers/cli-bundle.js';
import { REPO_ROOT } from '../helpers/workspace.js';

let bundle: CliBundle;
/** The real command line, except that loading a workspace fails with a defect (a TypeError). */
let crashingCli: string;

beforeAll(async () => {
    bundle = await bundleCli('zelfscan-status-');
    crashingCli = path.join(bundle.scratch, 'crashing-cli.cjs');
    await build({
        entryPoints: [path.join(REPO_ROOT, 'src/cli/main.ts')], outfile: crashingCli, bundle: true, format: 'cjs',
        platform: 'node', target: 'node20', logLevel: 'error',
        plugins: [{
            name: 'defect-in-load-workspace',
            setup(builder) {
                builder.onLoad({ filter: /[\\/]src[\\/]cli[\\/]load-workspace\.ts$/ }, () => ({
                    loader: 'ts',
                    contents: [
                        'export async function loadWorkspace(): Promise<never> { const value: any = undefined; return value.kapot; }',
                        'export async function openWorkspace(): Promise<never> { const value: any = undefined; return value.kapot; }',
                        'export function documentsInUse(): never[] { return []; }',
                        'export function diagnosticsOf(): never[] { return []; }'
                    ].join('\n')
                }));
            }
        }]
    });
}, 60_000);

afterAll(() => bundle.dispose());

function run(cli: string, args: string[], cwd: string) {
    const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function project(): string {
    const root = mkdtempSync(path.join(bundle.scratch, 'p-'));
    writeFileSync(path.join(root, 'm-1.0.zelfscan'), MODEL_1_0);
    mkdirSync(path.join(root, 'scans'));
    writeFileSync(path.join(root, 'scans', 'noord.regioscan'), SCAN_NOORD);
    writeFileSync(path.join(root, 'scans', 'zuid.regioscan'), SCAN_ZUID.replace('M versie 1.1', 'M versie 1.0'));
    return root;
}

describe('exit statuses of the command line', () => {
    it('70 with the stack trace for an unexpected error, never a usage status', () => {
        const root = project();
        const result = run(crashingCli, ['validate', '.'], root);
        expect(result.code).toBe(70);
        const [first, second, third] = result.stderr.split('\n');
        expect(first).toBe('zelfscan: onverwachte fout (status 70); meld dit met de uitvoer hieronder.');
        expect(second).toBe("TypeError: Cannot read properties of undefined (reading 'kapot')");
        expect(third).toMatch(/^ {4}at /);
        expect(result.stdout).toBe('');
    });

    it('2 for an I/O problem: an output folder that cannot be made', () => {
        const root = project();
        writeFileSync(path.join(root, 'bestand'), 'x');
        const result = run(bundle.cli, ['generate', 'scans', '--werkruimte', '.', '--out', path.join('bestand', 'rapporten')], root);
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(/^zelfscan: Kon '.*regio\.regio-noord\.html' niet schrijven: ENOTDIR: not a directory, mkdir '.*'\n$/);
    });

    it('1 for a refusal because of the input: too few scans for an anonymised comparison; 2 for a usage error', () => {
        const root = project();
        const refused = run(bundle.cli, ['generate', 'scans', '--werkruimte', '.', '--out', 'r', '--anoniem'], root);
        expect(refused.code).toBe(1);
        expect(refused.stderr).toMatch(/^zelfscan: Een anonieme vergelijking vraagt ten minste \d+ regio's/);
        const usage = run(bundle.cli, ['generate', 'scans', '--out', 'r', '--bestaat-niet'], root);
        expect(usage.code).toBe(2);
        expect(readdirSync(root).sort()).toEqual(['m-1.0.zelfscan', 'scans']);
    });

    it('are listed in --help', () => {
        const help = run(bundle.cli, ['--help'], bundle.scratch);
        expect(help.code).toBe(0);
        expect(help.stdout).toContain('Afsluitstatus:\n  0   gelukt');
        expect(help.stdout).toMatch(/\n {2}1 {3}een probleem in de invoer/);
        expect(help.stdout).toMatch(/\n {2}2 {3}een gebruiks- of I\/O-probleem/);
        expect(help.stdout).toMatch(/\n {2}70 {2}een onverwachte fout in zelfscan zelf; de stacktrace staat erbij/);
    });
});

describe('bin/zelfscan.js before the first build', () => {
    it('says in one Dutch line what to run first', () => {
        const checkout = mkdtempSync(path.join(tmpdir(), 'zelfscan-zonder-dist-'));
        try {
            mkdirSync(path.join(checkout, 'bin'));
            copyFileSync(path.join(REPO_ROOT, 'bin/zelfscan.js'), path.join(checkout, 'bin/zelfscan.js'));
            copyFileSync(path.join(REPO_ROOT, 'package.json'), path.join(checkout, 'package.json'));
            const result = run(path.join(checkout, 'bin/zelfscan.js'), ['validate', 'examples'], checkout);
            expect(result.code).toBe(2);
            expect(result.stderr).toBe("zelfscan: de opdrachtregel is nog niet gebouwd; voer eerst 'npm run build' uit (in de map van zelfscan).\n");
            expect(result.stdout).toBe('');
        } finally {
            rmSync(checkout, { recursive: true, force: true });
        }
    });
});
