import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleCli, type CliBundle } from '../helpers/cli-bundle.js';
import { GOOD_MODEL, GOOD_SCAN, edit } from '../language/fixture-texts.js';

let bundle: CliBundle;

beforeAll(async () => {
    bundle = await bundleCli('zelfscan-migrate-');
});
afterAll(() => bundle.dispose());

function run(args: string[], cwd: string) {
    const result = spawnSync(process.execPath, [bundle.cli, ...args], { cwd, encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** 1.1 renames Verbinder and question a; 1.2 renames Verbinder once more, and a trait value, and retires a handhold. */
const MODEL_1_1 = `model Regieneming versie 1.1 breidt Regieneming versie 1.0 uit {
    rol Netwerker was Verbinder { }
    vraag resultaat was a "Wat is er gerealiseerd?"
}
`;
const MODEL_1_2 = `model Regieneming versie 1.2 breidt Regieneming versie 1.1 uit {
    rol Bruggenbouwer was Netwerker { }
    kenmerk beweging "Beweging" {
        waarde vanuit_praktijk was van_onderop "Vanuit de praktijk"
    }
    vervalt houvast lokaal_beginnen
}
`;

/** A scan that survives: comments everywhere, no handhold, a held role, and a layout that is not canonical. */
const NOORD = edit(GOOD_SCAN,
    'regioscan "Regio Noord" {\n', '// Eerste ronde, najaar 2024.\nregioscan "Regio Noord" {\n',
    '    houvast lokaal_beginnen\n', '',
    '        Verbinder 3\n', '        Verbinder    3 // na het gesprek bijgesteld\n',
    '        antwoord a "Een gezamenlijk loket"', '        /* het loket */ antwoord a "Een gezamenlijk loket"',
    '    factsheet {\n', '    rolhouders {\n        Verbinder partij swv "coördinator"\n        Ontwerper niemand\n    }\n    factsheet {\n');
/** A scan that is refused: it names the retired handhold. */
const ZUID = edit(GOOD_SCAN, 'regioscan "Regio Noord"', 'regioscan "Regio Zuid"');

function project(): string {
    const root = mkdtempSync(path.join(bundle.scratch, 'p-'));
    const files: Record<string, string> = {
        'model/regieneming-1.0.zelfscan': GOOD_MODEL, 'model/regieneming-1.1.zelfscan': MODEL_1_1,
        'model/regieneming-1.2.zelfscan': MODEL_1_2, 'scans/noord.regioscan': NOORD, 'scans/zuid.regioscan': ZUID
    };
    for (const [name, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
        writeFileSync(path.join(root, name), text);
    }
    return root;
}

const MIGRATED_NOORD = edit(NOORD,
    'model Regieneming versie 1.0', 'model Regieneming versie 1.2',
    'kenmerk beweging van_onderop', 'kenmerk beweging vanuit_praktijk',
    '        Verbinder    3 // na het gesprek bijgesteld\n', '        Bruggenbouwer 3 // na het gesprek bijgesteld\n',
    '        Verbinder ?\n', '        Bruggenbouwer ?\n',
    '        Verbinder 4\n', '        Bruggenbouwer 4\n',
    '        Verbinder partij swv', '        Bruggenbouwer partij swv',
    // The canonical layout puts a comment before a fact on a line of its own.
    '        /* het loket */ antwoord a "Een', '        /* het loket */\n        antwoord resultaat "Een');

describe('zelfscan migrate', () => {
    it('prints a scan moved over two versions, renames followed and comments kept, and writes nothing without --write', () => {
        const root = project();
        const result = run(['migrate', 'scans/noord.regioscan', '--naar', 'Regieneming versie 1.2'], root);
        expect(result.stderr).toBe('1 scan: 1 bij te werken, 0 al op Regieneming versie 1.2, 0 geweigerd.\n');
        expect(result.stdout).toBe(MIGRATED_NOORD);
        expect(result.code).toBe(0);
        expect(readFileSync(path.join(root, 'scans/noord.regioscan'), 'utf8')).toBe(NOORD);
    });

    it('refuses a scan that uses what the target retired, with each blocking line, and exits 1', () => {
        const root = project();
        const result = run(['migrate', 'scans', '--naar', 'Regieneming versie 1.2', '--write'], root);
        expect(result.stderr).toBe([
            `${path.join('scans', 'zuid.regioscan')}:7:13 Houvast 'lokaal_beginnen' is vervallen in Regieneming versie 1.2.`,
            `zelfscan: '${path.join('scans', 'zuid.regioscan')}' blijft op zijn versie: één regel gebruikt wat Regieneming versie 1.2 niet meer kent. `
                + 'Pas die regels aan, of houd de scan op de versie waarmee hij gemaakt is.',
            ''
        ].join('\n'));
        expect(result.stdout).toBe([
            `${path.join('scans', 'noord.regioscan')} bijgewerkt naar Regieneming versie 1.2`,
            '2 scans: 1 bijgewerkt, 0 al op Regieneming versie 1.2, 1 geweigerd.', ''
        ].join('\n'));
        expect(result.code).toBe(1);
        expect(readFileSync(path.join(root, 'scans/noord.regioscan'), 'utf8')).toBe(MIGRATED_NOORD);
        expect(readFileSync(path.join(root, 'scans/zuid.regioscan'), 'utf8')).toBe(ZUID);
        // Written through a temporary file that is gone afterwards.
        expect(readdirSync(path.join(root, 'scans'))).toEqual(['noord.regioscan', 'zuid.regioscan']);
        // The migrated scan is valid against 1.2.
        expect(run(['validate', 'scans/noord.regioscan'], root)).toMatchObject({ code: 0 });
    });

    it('is idempotent: a second run with --write changes nothing and exits 0', () => {
        const root = project();
        expect(run(['migrate', 'scans/noord.regioscan', '--naar', 'Regieneming versie 1.2', '--write'], root).code).toBe(0);
        const written = statSync(path.join(root, 'scans/noord.regioscan')).mtimeMs;
        const again = run(['migrate', 'scans/noord.regioscan', '--naar', 'Regieneming versie 1.2', '--write'], root);
        expect(again.stdout).toBe([
            `${path.join('scans', 'noord.regioscan')} staat al op Regieneming versie 1.2`,
            '1 scan: 0 bijgewerkt, 1 al op Regieneming versie 1.2, 0 geweigerd.', ''
        ].join('\n'));
        expect(again.code).toBe(0);
        expect(statSync(path.join(root, 'scans/noord.regioscan')).mtimeMs).toBe(written);
        expect(readFileSync(path.join(root, 'scans/noord.regioscan'), 'utf8')).toBe(MIGRATED_NOORD);
    });

    it('moves one step at a time too, and refuses a version that does not extend the scan\'s, or an unknown one, with status 2', () => {
        const root = project();
        const oneStep = run(['migrate', 'scans/noord.regioscan', '--naar', 'Regieneming versie 1.1'], root);
        expect(oneStep.stdout).toContain('        Netwerker 3 // na het gesprek bijgesteld\n');
        expect(oneStep.stdout).toContain('kenmerk beweging van_onderop\n');
        expect(run(['migrate', 'scans/noord.regioscan', '--naar', 'Regieneming versie 1.1', '--write'], root).code).toBe(0);
        const back = run(['migrate', 'scans/noord.regioscan', '--naar', 'Regieneming versie 1.0'], root);
        expect(back.stderr.split('\n')[0]).toBe(`zelfscan: '${path.join('scans', 'noord.regioscan')}' blijft op zijn versie: Regieneming versie 1.0 breidt `
            + 'Regieneming versie 1.1, waar de scan op staat, niet uit (ook niet via andere versies). Een scan gaat alleen naar een latere versie van zijn eigen model.');
        expect(back.code).toBe(1);
        const unknown = run(['migrate', 'scans', '--naar', 'Regieneming versie 2.0'], root);
        expect(unknown.stderr).toBe("zelfscan: Het model 'Regieneming versie 2.0' is niet gevonden in de werkruimte. "
            + 'Beschikbaar: Regieneming versie 1.2, Regieneming versie 1.1, Regieneming versie 1.0.\n');
        expect(unknown.code).toBe(2);
    });
});
