import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import {
    chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, truncateSync, writeFileSync
} from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleCli, type CliBundle } from '../helpers/cli-bundle.js';
import { REPO_ROOT } from '../helpers/workspace.js';

// How the command line reads model and scan files (src/cli/source-text.ts, src/cli/workspace-files.ts): only
// valid UTF-8 in regular files within the size limit; what it skips it names, with the reason.
let bundle: CliBundle;
// A model and two scans without findings, in the canonical layout.
const GOOD = path.join(REPO_ROOT, 'test/fixtures/good');
const MODEL_1_0 = readFileSync(path.join(GOOD, 'regieneming-1.0.zelfscan'), 'utf8');
const SCAN_NOORD = readFileSync(path.join(GOOD, 'regio-noord.regioscan'), 'utf8');
const SCAN_ZUID = SCAN_NOORD.replace('"Regio Noord"', '"Regio Zuid"');

beforeAll(async () => {
    bundle = await bundleCli('zelfscan-sources-');
    // Readable by an unprivileged user too, for the test that drops root's right to read every folder.
    chmodSync(bundle.scratch, 0o755);
}, 60_000);

afterAll(() => bundle.dispose());

function run(args: string[], cwd: string, extra: SpawnSyncOptions = {}) {
    // A FIFO that were opened would block: the timeout turns a hang into a failure.
    const result = spawnSync(process.execPath, [bundle.cli, ...args], { cwd, encoding: 'utf8', timeout: 30_000, ...extra });
    return { code: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

function project(): string {
    const root = mkdtempSync(path.join(bundle.scratch, 'p-'));
    chmodSync(root, 0o755);
    mkdirSync(path.join(root, 'scans'));
    writeFileSync(path.join(root, 'm-1.0.zelfscan'), MODEL_1_0);
    writeFileSync(path.join(root, 'scans', 'noord.regioscan'), SCAN_NOORD);
    return root;
}

const HOW_TO_SAVE = "Sla het op als UTF-8 (in VS Code: klik rechts onderin op de codering en kies 'Opslaan met codering', 'UTF-8'). "
    + 'Tot dan wordt het niet gecontroleerd of gewijzigd.';
const LATIN_1 = 'Dit bestand is geen geldige UTF-8: byte 0xE9 begint hier geen UTF-8-teken (opgeslagen als Latin-1 of Windows-1252?). ' + HOW_TO_SAVE;
const UTF_16 = 'Dit bestand is opgeslagen als UTF-16 (little-endian, met byte order mark), niet als UTF-8. ' + HOW_TO_SAVE;
const NOT_REGULAR = (kind: string) => `het is ${kind}, geen gewoon bestand; alleen gewone bestanden worden gelezen.`;

describe('encodings (issue 10 item 6)', () => {
    const latin1 = Buffer.from(SCAN_NOORD.replace('Regio Noord', 'Regio Noordé'), 'latin1');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SCAN_NOORD, 'utf16le')]);

    it('validate names a Latin-1 or UTF-16 file, the place and how to fix it (exit 1), and checks the rest', () => {
        const root = project();
        writeFileSync(path.join(root, 'scans', 'latin.regioscan'), latin1);
        writeFileSync(path.join(root, 'scans', 'utf16.regioscan'), utf16);
        writeFileSync(path.join(root, 'scans', 'zonder-bom.regioscan'), Buffer.from(SCAN_NOORD, 'utf16le'));
        const result = run(['validate', '--geen-cache', 'scans'], root);
        expect(result.stdout.split('\n')).toEqual([
            `${path.join('scans', 'latin.regioscan')}:1:23 fout ${LATIN_1}`,
            `${path.join('scans', 'utf16.regioscan')}:1:1 fout ${UTF_16}`,
            `${path.join('scans', 'zonder-bom.regioscan')}:1:2 fout Dit bestand lijkt opgeslagen als UTF-16 zonder byte order mark `
            + `(om de byte staat een NUL-byte), niet als UTF-8. ${HOW_TO_SAVE}`,
            '4 bestanden gecontroleerd: 3 fouten, 0 waarschuwingen.',
            ''
        ]);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(1);
    });

    it('fmt never rewrites a file in another encoding: it says which and how to fix it, and exits 1', () => {
        const root = project();
        const latin = path.join(root, 'scans', 'latin.regioscan');
        const wide = path.join(root, 'scans', 'utf16.regioscan');
        writeFileSync(latin, latin1);
        writeFileSync(wide, utf16);
        const result = run(['fmt', 'scans'], root);
        expect(result.stdout.split('\n')).toEqual([
            `${path.join('scans', 'latin.regioscan')}:1:23 niet opgemaakt: ${LATIN_1}`,
            `${path.join('scans', 'utf16.regioscan')}:1:1 niet opgemaakt: ${UTF_16}`,
            '3 bestanden gecontroleerd: 0 opgemaakt, 2 overgeslagen (geen UTF-8 of te groot).',
            ''
        ]);
        expect(result.code).toBe(1);
        expect(readFileSync(latin)).toEqual(latin1);
        expect(readFileSync(wide)).toEqual(utf16);
    });

    it('fmt keeps a UTF-8 byte order mark', () => {
        const root = project();
        const file = path.join(root, 'scans', 'bom.regioscan');
        writeFileSync(file, '\uFEFF' + SCAN_ZUID.replace(/\n {4}/g, '\n  '));
        expect(run(['fmt', file], root).stdout).toBe(`${path.join('scans', 'bom.regioscan')} opgemaakt\n1 bestand gecontroleerd: 1 opgemaakt.\n`);
        expect(readFileSync(file, 'utf8')).toBe('\uFEFF' + SCAN_ZUID);
        expect(run(['fmt', '--check', file], root).code).toBe(0);
    });

    it('generate makes nothing from a workspace with a file it cannot read as UTF-8 (exit 1)', () => {
        const root = project();
        writeFileSync(path.join(root, 'scans', 'latin.regioscan'), latin1);
        const result = run(['generate', 'scans', '--out', 'rapporten'], root);
        expect(result.stderr).toBe(`zelfscan: ${path.join('scans', 'latin.regioscan')}:1:23 fout ${LATIN_1}\n`);
        expect(result.code).toBe(1);
        expect(readdirSync(root).sort()).toEqual(['m-1.0.zelfscan', 'scans']);
    });
});

describe('the file walk (issue 10 item 9)', () => {
    it('skips a folder it may not read with a warning; a scan elsewhere is still checked against its model', () => {
        const root = project();
        mkdirSync(path.join(root, 'geheim'));
        writeFileSync(path.join(root, 'geheim', 'x.zelfscan'), MODEL_1_0);
        chmodSync(path.join(root, 'geheim'), 0o000);
        // Root reads every folder; the command then runs as an ordinary user.
        const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
        const result = run(['validate', '--geen-cache', path.join('scans', 'noord.regioscan')], root, asUser);
        chmodSync(path.join(root, 'geheim'), 0o755);
        expect(result.stderr).toBe("zelfscan: waarschuwing: 'geheim' overgeslagen: de map kan niet gelezen worden (geen leesrechten).\n");
        expect(result.stdout).toBe('1 bestand gecontroleerd: 0 fouten, 0 waarschuwingen.\n');
        expect(result.code).toBe(0);
    });

    it('never opens a FIFO or a device named as a scan: skipped with the reason, or refused when named (exit 2)', () => {
        const root = project();
        expect(spawnSync('mkfifo', [path.join(root, 'scans', 'pijp.regioscan')]).status).toBe(0);
        symlinkSync('/dev/zero', path.join(root, 'scans', 'nul.regioscan'));
        const started = performance.now();
        const walked = run(['validate', '--geen-cache', 'scans'], root);
        expect(walked.stderr.split('\n')).toEqual([
            `zelfscan: waarschuwing: '${path.join('scans', 'nul.regioscan')}' overgeslagen: ${NOT_REGULAR('een apparaat')}`,
            `zelfscan: waarschuwing: '${path.join('scans', 'pijp.regioscan')}' overgeslagen: ${NOT_REGULAR('een FIFO (named pipe)')}`,
            ''
        ]);
        expect(walked.stdout).toBe('1 bestand gecontroleerd: 0 fouten, 0 waarschuwingen.\n');
        expect(walked.code).toBe(0);
        expect(performance.now() - started).toBeLessThan(20_000);

        const named = run(['validate', path.join('scans', 'pijp.regioscan')], root);
        expect(named.stderr).toBe(`zelfscan: '${path.join('scans', 'pijp.regioscan')}' is een FIFO (named pipe), geen gewoon bestand; alleen gewone bestanden worden gelezen.\n`);
        expect(named.code).toBe(2);
        const device = run(['fmt', path.join('scans', 'nul.regioscan')], root);
        expect(device.stderr).toBe(`zelfscan: '${path.join('scans', 'nul.regioscan')}' is een apparaat, geen gewoon bestand; alleen gewone bestanden worden gelezen.\n`);
        expect(device.code).toBe(2);
    });

    it('does not read a file over the size limit: one finding at its start, at once (exit 1)', () => {
        const root = project();
        const huge = path.join(root, 'scans', 'groot.regioscan');
        writeFileSync(huge, SCAN_ZUID);
        truncateSync(huge, 4 * 1024 * 1024 * 1024); // sparse: no disk is used
        const started = performance.now();
        const result = run(['validate', '--geen-cache', 'scans'], root);
        expect(result.stdout.split('\n')).toEqual([
            `${path.join('scans', 'groot.regioscan')}:1:1 fout Dit bestand is 4096,0 MB (4.294.967.296 bytes); de grens is 2,0 MB (2.097.152 bytes). `
            + 'Het wordt niet gelezen of gecontroleerd. Splits het in kleinere bestanden: één model of één regioscan per bestand. [bestand-te-groot]',
            '2 bestanden gecontroleerd: 1 fout, 0 waarschuwingen.',
            ''
        ]);
        expect(result.code).toBe(1);
        expect(performance.now() - started).toBeLessThan(20_000);
        expect(statSync(huge).size).toBe(4 * 1024 * 1024 * 1024);
    });

    it('follows links to scan files, says which links it does not follow, and never checks 0 files in silence', () => {
        const root = project();
        mkdirSync(path.join(root, 'gekoppeld'));
        writeFileSync(path.join(root, 'scans', 'zuid.regioscan'), SCAN_ZUID);
        symlinkSync(path.join(root, 'scans', 'noord.regioscan'), path.join(root, 'gekoppeld', 'noord.regioscan'));
        symlinkSync(path.join('..', 'scans', 'zuid.regioscan'), path.join(root, 'gekoppeld', 'zuid.regioscan'));
        symlinkSync(path.join(root, 'weg.regioscan'), path.join(root, 'gekoppeld', 'weg.regioscan'));
        symlinkSync(path.join(root, 'scans'), path.join(root, 'gekoppeld', 'map'));
        const linked = run(['validate', '--geen-cache', 'gekoppeld'], root);
        expect(linked.stdout).toBe('2 bestanden gecontroleerd: 0 fouten, 0 waarschuwingen.\n');
        expect(linked.stderr.split('\n')).toEqual([
            `zelfscan: waarschuwing: '${path.join('gekoppeld', 'map')}' overgeslagen: een symbolische koppeling naar een map wordt niet gevolgd; geef die map zelf op om hem te controleren.`,
            `zelfscan: waarschuwing: '${path.join('gekoppeld', 'weg.regioscan')}' overgeslagen: de symbolische koppeling wijst naar niets bruikbaars (het bestaat niet (meer)).`,
            ''
        ]);
        expect(linked.code).toBe(0);

        const other = project();
        mkdirSync(path.join(other, 'map.regioscan'));
        const folder = run(['validate', '--geen-cache', 'map.regioscan'], other);
        expect(folder.stdout).toBe('0 bestanden gecontroleerd: 0 fouten, 0 waarschuwingen.\n');
        expect(folder.stderr).toBe("zelfscan: waarschuwing: 'map.regioscan' overgeslagen: er staan geen .zelfscan- of .regioscan-bestanden in deze map.\n");
        expect(folder.code).toBe(0);
    });
});
