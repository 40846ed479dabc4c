import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/workspace.js';

/**
 * The command line as users run it: a real process started from bin/zelfscan.js (with the freshly built bundle, copied
 * aside so that other test files rebuilding dist/ cannot change it mid-run) on real files in a temporary
 * folder, once with the Node that runs the tests and once with every other Node on the PATH (the machine's own
 * Node 20, which needs the Object.groupBy stand-in).
 */

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures');
/** The bin script and the bundle, copied after the build: other test files rebuild dist/ while these run. */
let bin: string;

interface Runtime { readonly label: string; readonly node: string; readonly major: number }

function versionOf(node: string): string {
    return execFileSync(node, ['--version'], { encoding: 'utf8' }).trim().replace(/^v/, '');
}

/** Every distinct Node on the PATH outside node_modules, as `which -a node` lists them. */
function systemNodes(): Runtime[] {
    const which = spawnSync('which', ['-a', 'node'], { encoding: 'utf8' });
    const seen = new Set<string>([realpathSync(process.execPath)]);
    const runtimes: Runtime[] = [];
    for (const candidate of which.stdout.split('\n').map(line => line.trim()).filter(Boolean)) {
        if (candidate.split(path.sep).includes('node_modules')) {
            continue;
        }
        const real = realpathSync(candidate);
        if (!seen.has(real)) {
            seen.add(real);
            const version = versionOf(real);
            runtimes.push({ label: `Node ${version} (${candidate})`, node: real, major: Number(version.split('.')[0]) });
        }
    }
    return runtimes;
}

const RUNTIMES: Runtime[] = [
    { label: `Node ${process.versions.node} (vitest)`, node: process.execPath, major: Number(process.versions.node.split('.')[0]) },
    ...systemNodes()
];
const NODE_20 = RUNTIMES.find(runtime => runtime.major === 20);
if (!NODE_20) {
    console.warn(`GEEN Node 20 gevonden (wel: ${RUNTIMES.map(r => r.label).join(', ')}): de CLI is in deze run NIET op Node 20 getest.`);
}

let root: string;

beforeAll(() => {
    // Build once, as `npm test` does, so that the spawned CLI is the current source.
    execFileSync(process.execPath, ['esbuild.mjs'], { cwd: REPO_ROOT, stdio: 'pipe' });
    const install = mkdtempSync(path.join(tmpdir(), 'zelfscan-bin-'));
    for (const file of ['bin/zelfscan.js', 'dist/cli.cjs', 'package.json']) {
        mkdirSync(path.dirname(path.join(install, file)), { recursive: true });
        copyFileSync(path.join(REPO_ROOT, file), path.join(install, file));
    }
    bin = path.join(install, 'bin/zelfscan.js');
    root = mkdtempSync(path.join(tmpdir(), 'zelfscan-cli-'));
    const place = (fixture: string, target: string) => {
        mkdirSync(path.dirname(path.join(root, target)), { recursive: true });
        copyFileSync(path.join(FIXTURES, fixture), path.join(root, target));
    };
    place('good/regieneming-1.0.zelfscan', 'modellen/regieneming-1.0.zelfscan');
    place('good/regio-noord.regioscan', 'scans/regio-noord.regioscan');
    place('warnings-only/regio-zuid.regioscan', 'scans/regio-zuid.regioscan');
    place('bad-scan/regio-west.regioscan', 'scans/regio-west.regioscan');
    place('bad-model/regieneming-2.0.zelfscan', 'fout-model/regieneming-2.0.zelfscan');
    place('good/regio-noord.regioscan', 'los/regio-noord.regioscan');
    writeFileSync(path.join(root, 'notities.txt'), 'geen scan\n');
}, 60_000);

afterAll(() => {
    for (const folder of [root, bin && path.dirname(path.dirname(bin))]) {
        if (folder) {
            rmSync(folder, { recursive: true, force: true });
        }
    }
});

interface Run { readonly status: number | null; readonly stdout: string; readonly stderr: string }

function runWith(runtime: Runtime, args: string[], cwd = root): Run {
    const result = spawnSync(runtime.node, [bin, 'validate', ...args], { cwd, encoding: 'utf8' });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const WARNING_LINES = [
    "scans/regio-zuid.regioscan:10:16 waarschuwing Respondent R2 geeft geen score voor Verbinder. Voeg per rol een score toe, of 'Verbinder ?' als de respondent geen oordeel heeft. [rol-zonder-score]",
    "scans/regio-zuid.regioscan:17:5 waarschuwing De factsheet beantwoordt vraag b nog niet. Voeg 'antwoord b \"…\"' toe. [vraag-onbeantwoord]"
];
const ERROR_LINES = [
    "scans/regio-west.regioscan:5:18 fout '2024-02-30' is geen bestaande datum. Schrijf datums als JJJJ-MM-DD, bijvoorbeeld 2024-03-15. [ongeldige-datum]",
    "scans/regio-west.regioscan:7:19 fout Score 6 valt buiten de schaal aanwezigheid (1 tot en met 5). Kies een waarde van 1 tot en met 5, of '?' voor geen oordeel. [score-buiten-schaal]"
];
const lines = (...items: string[]) => items.map(item => item + '\n').join('');

describe.each(RUNTIMES)('zelfscan validate on $label', runtime => {
    const run = (args: string[], cwd?: string) => runWith(runtime, args, cwd);

    it('exits 0 on clean files', () => {
        expect(run(['modellen', 'scans/regio-noord.regioscan'])).toEqual({
            status: 0, stderr: '', stdout: lines('2 bestanden gecontroleerd: 0 fouten, 0 waarschuwingen.')
        });
    });

    it('exits 0 on warnings only, printing file:line:col severity message [code]', () => {
        expect(run(['scans/regio-zuid.regioscan'])).toEqual({
            status: 0, stderr: '', stdout: lines(...WARNING_LINES, '1 bestand gecontroleerd: 0 fouten, 2 waarschuwingen.')
        });
    });

    it('exits 1 on warnings with --strict, and 0 with --strict on clean files', () => {
        expect(run(['--strict', 'scans/regio-zuid.regioscan']).status).toBe(1);
        expect(run(['--strict', 'scans/regio-noord.regioscan']).status).toBe(0);
    });

    it('exits 1 on errors in a scan', () => {
        expect(run(['scans/regio-west.regioscan'])).toEqual({
            status: 1, stderr: '', stdout: lines(...ERROR_LINES, '1 bestand gecontroleerd: 2 fouten, 0 waarschuwingen.')
        });
    });

    it('exits 1 on errors in a model, lists files in path order', () => {
        expect(run(['scans', 'fout-model'])).toEqual({
            status: 1, stderr: '', stdout: lines(
                "fout-model/regieneming-2.0.zelfscan:3:12 fout De schaal aanwezigheid mist een omschrijving voor punt 3. Geef elk punt van 1 tot en met 5 een regel zoals '3 \"…\"'. [schaal-gat]",
                "fout-model/regieneming-2.0.zelfscan:14:9 fout Dubbele rol 'Verbinder': deze naam staat al op regel 9. Geef elke rol een eigen naam, of voeg beide samen. [dubbele-naam]",
                ...ERROR_LINES,
                ...WARNING_LINES,
                '4 bestanden gecontroleerd: 4 fouten, 2 waarschuwingen.')
        });
    });

    it('exits 2 for a path that does not exist', () => {
        expect(run(['scans', 'bestaat-niet.regioscan'])).toEqual({ status: 2, stdout: '', stderr: "zelfscan: 'bestaat-niet.regioscan' bestaat niet.\n" });
    });

    it('exits 2 for an unknown option', () => {
        const result = run(['--onbekend', 'scans']);
        expect([result.status, result.stdout, result.stderr]).toEqual([2, '', "zelfscan: onbekende optie '--onbekend'. Zie 'zelfscan --help'.\n"]);
    });

    it('exits 2 for a file that is neither a model nor a scan', () => {
        expect(run(['notities.txt'])).toEqual({ status: 2, stdout: '', stderr: "zelfscan: 'notities.txt' is geen .zelfscan- of .regioscan-bestand.\n" });
    });

    it('prints the findings as JSON with --json', () => {
        const result = run(['--json', 'scans/regio-west.regioscan', 'scans/regio-zuid.regioscan']);
        expect([result.status, result.stderr]).toEqual([1, '']);
        const report = JSON.parse(result.stdout);
        expect({ ...report, findings: undefined }).toEqual({ files: 2, errors: 2, warnings: 2, findings: undefined });
        expect(report.findings[1]).toEqual({
            file: 'scans/regio-west.regioscan', line: 7, column: 19, severity: 'fout', code: 'score-buiten-schaal',
            message: "Score 6 valt buiten de schaal aanwezigheid (1 tot en met 5). Kies een waarde van 1 tot en met 5, of '?' voor geen oordeel."
        });
        expect(report.findings.map((f: { line: number; code: string }) => `${f.line}:${f.code}`))
            .toEqual(['5:ongeldige-datum', '7:score-buiten-schaal', '10:rol-zonder-score', '17:vraag-onbeantwoord']);
    });

    it('checks a lone scan against the model in the folder given with --werkruimte', () => {
        const cwd = path.join(root, 'los');
        expect(run(['regio-noord.regioscan'], cwd)).toEqual({
            status: 1, stderr: '', stdout: lines(
                "regio-noord.regioscan:2:11 fout Model 'Regieneming versie 1.0' bestaat niet in de werkruimte. Open het .zelfscan-bestand van dit model of voeg het toe aan de werkruimte. [linking-error]",
                '1 bestand gecontroleerd: 1 fout, 0 waarschuwingen.')
        });
        expect(run(['regio-noord.regioscan', '--werkruimte', '../modellen'], cwd)).toEqual({
            status: 0, stderr: '', stdout: lines('1 bestand gecontroleerd: 0 fouten, 0 waarschuwingen.')
        });
    });

    it('exits 2 when the --werkruimte folder does not exist', () => {
        expect(run(['regio-noord.regioscan', '--werkruimte', 'geen-map'], path.join(root, 'los'))).toEqual({
            status: 2, stdout: '', stderr: "zelfscan: De werkruimte 'geen-map' is geen bestaande map. Geef met --werkruimte de map met de .zelfscan-modellen.\n"
        });
    });

    it('prefers a named model file over a copy of the same version in the working folder', () => {
        const copy = path.join(root, 'kopie');
        mkdirSync(copy, { recursive: true });
        copyFileSync(path.join(FIXTURES, 'good/regieneming-1.0.zelfscan'), path.join(copy, 'regieneming-1.0.zelfscan'));
        try {
            expect(run(['modellen']).stdout).toBe(lines('1 bestand gecontroleerd: 0 fouten, 0 waarschuwingen.'));
            // Named both, they are a real duplicate.
            expect(run(['modellen', 'kopie']).status).toBe(1);
        } finally {
            rmSync(copy, { recursive: true, force: true });
        }
    });

    it('links a lone scan to the copy of its model version nearest to it', () => {
        // A same-named version with a scale of 1..3 elsewhere in the working folder, listed first.
        const elsewhere = path.join(root, 'aaa-elders');
        const nearby = path.join(root, 'los-met-model');
        mkdirSync(elsewhere, { recursive: true });
        mkdirSync(nearby, { recursive: true });
        const model = readFileSync(path.join(FIXTURES, 'good/regieneming-1.0.zelfscan'), 'utf8');
        writeFileSync(path.join(elsewhere, 'regieneming-1.0.zelfscan'),
            model.replace('1..5', '1..3').replace(/ {8}[45] ".*"\n/g, ''));
        copyFileSync(path.join(FIXTURES, 'good/regieneming-1.0.zelfscan'), path.join(nearby, 'regieneming-1.0.zelfscan'));
        copyFileSync(path.join(FIXTURES, 'good/regio-noord.regioscan'), path.join(nearby, 'regio-noord.regioscan'));
        try {
            expect(run(['los-met-model/regio-noord.regioscan'])).toEqual({
                status: 0, stderr: '', stdout: lines('1 bestand gecontroleerd: 0 fouten, 0 waarschuwingen.')
            });
            // The copy elsewhere really differs: checked against it, the scan has scores outside its scale.
            expect(run(['los-met-model/regio-noord.regioscan', '--werkruimte', 'aaa-elders']).status).toBe(1);
        } finally {
            rmSync(elsewhere, { recursive: true, force: true });
            rmSync(nearby, { recursive: true, force: true });
        }
    });
});

describe('the Node 20 path', () => {
    (NODE_20 ? it : it.skip)(`runs the CLI on the machine's Node 20 (${NODE_20?.label ?? 'niet gevonden: zie de waarschuwing hierboven'})`, () => {
        const result = runWith(NODE_20!, ['modellen', 'scans/regio-noord.regioscan']);
        expect(result).toEqual({ status: 0, stderr: '', stdout: lines('2 bestanden gecontroleerd: 0 fouten, 0 waarschuwingen.') });
    });
});
