import { spawnSync } from 'node:child_process';
import {
    chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync
} from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODEL_1_0, MODEL_1_1, SCAN_NOORD, SCAN_ZUID } from '../domain/report-fixtures.js';
import { bundleCli, type CliBundle } from '../helpers/cli-bundle.js';

let bundle: CliBundle;

beforeAll(async () => {
    bundle = await bundleCli('zelfscan-output-');
}, 60_000);

afterAll(() => bundle.dispose());

function run(args: string[], cwd: string) {
    const result = spawnSync(process.execPath, [bundle.cli, ...args], { cwd, encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function project(): string {
    const root = mkdtempSync(path.join(bundle.scratch, 'p-'));
    mkdirSync(path.join(root, 'modellen'));
    mkdirSync(path.join(root, 'scans'));
    writeFileSync(path.join(root, 'modellen', 'm-1.0.zelfscan'), MODEL_1_0);
    writeFileSync(path.join(root, 'modellen', 'm-1.1.zelfscan'), MODEL_1_1);
    writeFileSync(path.join(root, 'scans', 'noord.regioscan'), SCAN_NOORD);
    writeFileSync(path.join(root, 'scans', 'zuid.regioscan'), SCAN_ZUID);
    return root;
}

const ADVICE = 'Kies met --out een aparte map voor de rapporten, bijvoorbeeld --out rapporten.';

describe('the output folder of zelfscan generate', () => {
    it('is refused when it holds scan or model files this run did not load, even deep down (exit 2, nothing written)', () => {
        const root = project();
        mkdirSync(path.join(root, 'ander', 'ronde-2023'), { recursive: true });
        writeFileSync(path.join(root, 'ander', 'ronde-2023', 'oud.regioscan'), 'regioscan "Oud" {}');
        writeFileSync(path.join(root, 'ander', 'notities.txt'), 'x');
        const scanFolder = run(['generate', 'scans/noord.regioscan', '--werkruimte', 'modellen', '--out', 'ander'], root);
        expect(scanFolder.code).toBe(2);
        expect(scanFolder.stderr).toBe(`zelfscan: De uitvoermap 'ander' bevat bronbestanden (${path.join('ander', 'ronde-2023', 'oud.regioscan')}). ${ADVICE}\n`);
        expect(readdirSync(path.join(root, 'ander')).sort()).toEqual(['notities.txt', 'ronde-2023']);

        mkdirSync(path.join(root, 'modelkopie'));
        writeFileSync(path.join(root, 'modelkopie', 'kopie.zelfscan'), 'model X versie 1.0 {}');
        const modelFolder = run(['generate', 'scans', '--werkruimte', 'modellen', '--out', 'modelkopie', '--vergelijk'], root);
        expect(modelFolder.code).toBe(2);
        expect(modelFolder.stderr).toBe(`zelfscan: De uitvoermap 'modelkopie' bevat bronbestanden (${path.join('modelkopie', 'kopie.zelfscan')}). ${ADVICE}\n`);
        expect(readdirSync(path.join(root, 'modelkopie'))).toEqual(['kopie.zelfscan']);
    });

    it('is never reached through a symbolic link, even to an empty folder (exit 2)', () => {
        const root = project();
        mkdirSync(path.join(root, 'leeg'));
        symlinkSync(path.join(root, 'leeg'), path.join(root, 'koppeling'));
        const result = run(['generate', 'scans', '--werkruimte', 'modellen', '--out', 'koppeling'], root);
        expect(result.code).toBe(2);
        expect(result.stderr).toBe(`zelfscan: De uitvoermap 'koppeling' is een symbolische koppeling; rapporten worden nooit via een koppeling geschreven. ${ADVICE}\n`);
        expect(readdirSync(path.join(root, 'leeg'))).toEqual([]);
    });

    it('is refused behind a symbolic link on the way to it, and when it holds a link named as a scan (exit 2)', () => {
        const root = project();
        mkdirSync(path.join(root, 'elders', 'scans'), { recursive: true });
        symlinkSync(path.join(root, 'elders'), path.join(root, 'ander'));
        const behind = run(['generate', 'scans', '--werkruimte', 'modellen', '--out', path.join('ander', 'scans')], root);
        expect(behind.stderr).toBe(`zelfscan: De uitvoermap '${path.join('ander', 'scans')}' ligt achter een symbolische koppeling ('ander'); `
            + `rapporten worden nooit via een koppeling geschreven. ${ADVICE}\n`);
        expect(behind.code).toBe(2);
        expect(readdirSync(path.join(root, 'elders', 'scans'))).toEqual([]);

        mkdirSync(path.join(root, 'r'));
        symlinkSync(path.join(root, 'scans', 'zuid.regioscan'), path.join(root, 'r', 'zuid.regioscan'));
        const linked = run(['generate', path.join('scans', 'noord.regioscan'), '--werkruimte', 'modellen', '--out', 'r'], root);
        expect(linked.stderr).toBe(`zelfscan: De uitvoermap 'r' bevat bronbestanden (${path.join('r', 'zuid.regioscan')}). ${ADVICE}\n`);
        expect(linked.code).toBe(2);
        expect(readdirSync(path.join(root, 'r'))).toEqual(['zuid.regioscan']);
    });

    it('replaces a symbolic link at a report\'s name by the report: the link\'s target keeps its bytes, the report does not take its mode', () => {
        const root = project();
        const secret = path.join(root, 'programma');
        writeFileSync(secret, 'niet overschrijven');
        chmodSync(secret, 0o4755);
        mkdirSync(path.join(root, 'r'));
        symlinkSync(secret, path.join(root, 'r', 'regio.regio-noord.html'));
        // An earlier report with its own (narrower) mode keeps its read and write bits, without any special or
        // executable bits; one that was executable loses that.
        writeFileSync(path.join(root, 'r', 'regio.regio-zuid.html'), 'oud');
        chmodSync(path.join(root, 'r', 'regio.regio-zuid.html'), 0o2740);
        writeFileSync(path.join(root, 'r', 'vergelijking.html'), 'oud');
        chmodSync(path.join(root, 'r', 'vergelijking.html'), 0o6755);

        const result = run(['generate', 'scans', '--werkruimte', 'modellen', '--out', 'r', '--regio', '--vergelijk'], root);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        const report = path.join(root, 'r', 'regio.regio-noord.html');
        expect(lstatSync(report).isFile()).toBe(true);
        expect(readFileSync(report, 'utf8')).toMatch(/^<!DOCTYPE html>/i);
        expect(statSync(report).mode & 0o7777).toBe(0o644 & ~currentUmask());
        expect(readFileSync(secret, 'utf8')).toBe('niet overschrijven');
        expect(statSync(secret).mode & 0o7777).toBe(0o4755);
        expect(statSync(path.join(root, 'r', 'regio.regio-zuid.html')).mode & 0o7777).toBe(0o640);
        expect(statSync(path.join(root, 'r', 'vergelijking.html')).mode & 0o7777).toBe(0o644);
        expect(readdirSync(path.join(root, 'r')).sort()).toEqual(['regio.regio-noord.html', 'regio.regio-zuid.html', 'vergelijking.html']);
    });
});

describe('zelfscan fmt on a symbolic link', () => {
    it('formats the file the link names and keeps the link', () => {
        const root = project();
        const shared = path.join(root, 'gedeeld.regioscan');
        writeFileSync(shared, SCAN_NOORD.replace(/\n {4}/g, '\n  '));
        const link = path.join(root, 'scans', 'gekoppeld.regioscan');
        symlinkSync(shared, link);
        const result = run(['fmt', link], root);
        expect(result.code).toBe(0);
        expect(result.stdout).toBe(`${path.join('scans', 'gekoppeld.regioscan')} opgemaakt\n1 bestand gecontroleerd: 1 opgemaakt.\n`);
        expect(lstatSync(link).isSymbolicLink()).toBe(true);
        expect(readlinkSync(link)).toBe(shared);
        expect(run(['fmt', '--check', shared], root).code).toBe(0);
        expect(readFileSync(shared, 'utf8')).toContain('\n    respondent');
        expect(readdirSync(root).sort()).toEqual(['gedeeld.regioscan', 'modellen', 'scans']);
    });
});

function currentUmask(): number {
    const previous = process.umask(0o022);
    process.umask(previous);
    return previous;
}
