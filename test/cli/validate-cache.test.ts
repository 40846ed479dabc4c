import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bundleCli, type CliBundle } from '../helpers/cli-bundle.js';
import { REPO_ROOT } from '../helpers/workspace.js';

/**
 * The cache of `zelfscan validate` (src/cli/validation-cache.ts), through the real program: findings of an
 * unchanged scan come from the cache, and a change of the scan, of a model version it uses, of the model
 * versions the workspace declares or of the program itself makes the program check the scan again.
 * To see whether findings came from the cache, a test replaces the cached findings of one scan by a marker
 * finding that the scan itself can never produce.
 */

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures');
const MARKER = { line: 1, column: 1, severity: 'fout', code: 'uit-de-cache', message: 'Deze melding komt uit de cache.' };
const MARKER_LINE = 'scans/regio-noord.regioscan:1:1 fout Deze melding komt uit de cache. [uit-de-cache]';
const CLEAN = '2 bestanden gecontroleerd: 0 fouten, 0 waarschuwingen.\n';
const FROM_CACHE = `${MARKER_LINE}\n2 bestanden gecontroleerd: 1 fout, 0 waarschuwingen.\n`;

let bundle: CliBundle;
let root: string;
let cacheDir: string;

beforeAll(async () => {
    bundle = await bundleCli('zelfscan-cache-');
}, 60_000);

afterAll(() => bundle?.dispose());

beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'zelfscan-cache-ws-'));
    cacheDir = path.join(root, '.cache');
    mkdirSync(path.join(root, 'modellen'));
    mkdirSync(path.join(root, 'scans'));
    copyFileSync(path.join(FIXTURES, 'good/regieneming-1.0.zelfscan'), path.join(root, 'modellen/regieneming-1.0.zelfscan'));
    copyFileSync(path.join(FIXTURES, 'good/regio-noord.regioscan'), path.join(root, 'scans/regio-noord.regioscan'));
    return () => rmSync(root, { recursive: true, force: true });
});

function validate(args: string[] = [], cli = bundle.cli): { status: number | null; stdout: string; stderr: string } {
    const result = spawnSync(process.execPath, [cli, 'validate', 'modellen', 'scans', ...args],
        { cwd: root, encoding: 'utf8', env: { ...process.env, ZELFSCAN_CACHE_DIR: cacheDir } });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function cacheFile(): string {
    const files = readdirSync(cacheDir).filter(name => name.endsWith('.json'));
    expect(files).toHaveLength(1);
    return path.join(cacheDir, files[0]);
}

/** Replaces the cached findings of regio-noord by the marker. */
function plantMarker(): void {
    const file = cacheFile();
    const cache = JSON.parse(readFileSync(file, 'utf8'));
    const scan = path.join(root, 'scans/regio-noord.regioscan');
    expect(Object.keys(cache.scans)).toEqual([scan]);
    cache.scans[scan].findings = [MARKER];
    writeFileSync(file, JSON.stringify(cache));
}

describe('zelfscan validate with its cache', () => {
    it('writes the findings of each scan into the cache folder and reuses them while nothing changed', () => {
        expect(validate()).toEqual({ status: 0, stderr: '', stdout: CLEAN });
        const cache = JSON.parse(readFileSync(cacheFile(), 'utf8'));
        expect(cache.scans[path.join(root, 'scans/regio-noord.regioscan')]).toMatchObject({
            chain: [path.join(root, 'modellen/regieneming-1.0.zelfscan')], findings: []
        });
        plantMarker();
        expect(validate()).toEqual({ status: 1, stderr: '', stdout: FROM_CACHE });
    });

    it('checks a scan again when its text changed', () => {
        validate();
        plantMarker();
        appendFileSync(path.join(root, 'scans/regio-noord.regioscan'), '// nagekeken\n');
        expect(validate()).toEqual({ status: 0, stderr: '', stdout: CLEAN });
        // The new findings replaced the old ones in the cache.
        expect(validate()).toEqual({ status: 0, stderr: '', stdout: CLEAN });
    });

    it('checks a scan again when the text of the model version it uses changed', () => {
        validate();
        plantMarker();
        appendFileSync(path.join(root, 'modellen/regieneming-1.0.zelfscan'), '// nagekeken\n');
        expect(validate()).toEqual({ status: 0, stderr: '', stdout: CLEAN });
    });

    it('checks a scan again when the model versions of the workspace changed', () => {
        const scan = path.join(root, 'scans/regio-noord.regioscan');
        writeFileSync(scan, readFileSync(scan, 'utf8').replace('versie 1.0', 'versie 1.1'));
        const unknown = validate();
        expect(unknown.stdout).toContain("Model 'Regieneming versie 1.1' bestaat niet in de werkruimte. Beschikbare versies van Regieneming: 1.0.");
        // A new file declaring 1.1: the unknown model is known now, though the scan's text did not change.
        writeFileSync(path.join(root, 'modellen/regieneming-1.1.zelfscan'), 'model Regieneming versie 1.1 breidt Regieneming versie 1.0 uit {\n}\n');
        expect(validate()).toEqual({ status: 0, stderr: '', stdout: CLEAN.replace('2 bestanden', '3 bestanden') });
    });

    it('checks every scan again when the program changed', () => {
        validate();
        plantMarker();
        const other = path.join(bundle.scratch, 'cli-ander.cjs');
        writeFileSync(other, readFileSync(bundle.cli, 'utf8') + '\n// een andere versie\n');
        expect(validate([], other)).toEqual({ status: 0, stderr: '', stdout: CLEAN });
    });

    it('--geen-cache checks everything and leaves the cache as it was', () => {
        validate();
        plantMarker();
        const before = readFileSync(cacheFile(), 'utf8');
        expect(validate(['--geen-cache'])).toEqual({ status: 0, stderr: '', stdout: CLEAN });
        expect(readFileSync(cacheFile(), 'utf8')).toBe(before);
        expect(validate()).toEqual({ status: 1, stderr: '', stdout: FROM_CACHE });
    });

    it('starts afresh from a damaged cache file', () => {
        validate();
        writeFileSync(cacheFile(), '{ kapot');
        expect(validate()).toEqual({ status: 0, stderr: '', stdout: CLEAN });
        expect(JSON.parse(readFileSync(cacheFile(), 'utf8')).scans).toHaveProperty([path.join(root, 'scans/regio-noord.regioscan')]);
    });

    it('counts a scan that comes from the cache for the model version that retires what it uses, as the editor does', () => {
        writeFileSync(path.join(root, 'modellen/regieneming-1.1.zelfscan'), 'model Regieneming versie 1.1 breidt Regieneming versie 1.0 uit {\n    vervalt rol Verbinder\n}\n');
        const stranded = 'modellen/regieneming-1.1.zelfscan:2:17 info Vervalt rol Verbinder: 1 scan in de werkruimte gebruikt deze rol en kan niet naar deze versie. [scans-geblokkeerd]';
        const first = validate();
        expect(first.stdout.split('\n').filter(line => line.includes('scans-geblokkeerd'))).toEqual([stranded]);
        // The second run reads regio-noord from the cache, with the names it uses.
        plantMarker();
        const second = validate();
        expect(second.stdout).toContain(MARKER_LINE);
        expect(second.stdout.split('\n').filter(line => line.includes('scans-geblokkeerd'))).toEqual([stranded]);
        expect(validate(['--geen-cache']).stdout).toBe(first.stdout);
    });
});
