import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleCli, type CliBundle } from '../helpers/cli-bundle.js';
import { EXAMPLES } from '../helpers/workspace.js';

const MODEL_1_0 = readFileSync(path.join(EXAMPLES, 'model', 'regieneming-1.0.zelfscan'), 'utf8');
const MODEL_1_1 = readFileSync(path.join(EXAMPLES, 'model', 'regieneming-1.1.zelfscan'), 'utf8');

/** A second, small but valid model name, to make the choice of model ambiguous. */
const PROEF = `model Proef versie 2.0 {
    schaal aanwezigheid 1..2 {
        1 "Niet"
        2 "Wel"
    }
    rol Trekker {
        omschrijving "Iemand die trekt"
        competentie "Trekken"
        actie trekken "Trekken"
    }
    partij school "School"
    focus alles "Alles" {
        vereist school
    }
}
`;

const NOORD_1_1_PO_VO = `regioscan "Regio Noord" {
    model Regieneming versie 1.1
    focus po_vo

    respondent R1 partij gemeente {
        Ontwerper ?
        Kwartiermaker ?
        Verbinder ?
        Dirigent ?
    }

    // of: schoolbestuur
    respondent R2 partij swv {
        Ontwerper ?
        Kwartiermaker ?
        Verbinder ?
        Dirigent ?
    }

    respondent R3 partij jeugdhulp {
        Ontwerper ?
        Kwartiermaker ?
        Verbinder ?
        Dirigent ?
    }

    factsheet {
        // Wat is er gerealiseerd in de samenwerking tussen de partners?
        antwoord a ""
        // Hoe ziet de regieneming er daarbij uit?
        antwoord b ""
        // Wat zijn daarin opvallende kenmerken?
        antwoord c ""
        // In hoeverre en hoe worden de vier rollen uit het model vervuld?
        antwoord d ""
    }
}
`;

const FOCUSES = 'nul_zes (Ondersteuning van 0- tot 6-jarigen), po_vo (Ondersteuning van kinderen in primair of voortgezet onderwijs)';

let bundle: CliBundle;

beforeAll(async () => {
    bundle = await bundleCli('zelfscan-nieuw-');
});

afterAll(() => bundle.dispose());

/** The command line as users run it: the bundled CLI in a child process, in `cwd`. */
function run(args: string[], cwd: string) {
    const result = spawnSync(process.execPath, [bundle.cli, ...args], { cwd, encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh folder with the example models (or the given ones) in `modellen/`. */
function project(models: Record<string, string> = { 'regieneming-1.0.zelfscan': MODEL_1_0, 'regieneming-1.1.zelfscan': MODEL_1_1 }): string {
    const root = mkdtempSync(path.join(bundle.scratch, 'p-'));
    mkdirSync(path.join(root, 'modellen'));
    for (const [name, text] of Object.entries(models)) {
        writeFileSync(path.join(root, 'modellen', name), text);
    }
    return root;
}

/** Every file under a folder, relative, sorted: temporary files would show up here too. */
function files(folder: string): string[] {
    return readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter(entry => entry.isFile())
        .map(entry => path.relative(folder, path.join(entry.parentPath, entry.name)))
        .sort();
}

describe('zelfscan nieuw', () => {
    it('writes the skeleton for model 1.1 and focus po_vo, prints its path, and the scan validates clean', () => {
        const root = project();
        const result = run(['nieuw', '--model', 'Regieneming versie 1.1', '--regio', 'Regio Noord', '--focus', 'po_vo'], root);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        expect(result.stdout).toBe('regio-noord.regioscan\n');
        expect(readFileSync(path.join(root, 'regio-noord.regioscan'), 'utf8')).toBe(NOORD_1_1_PO_VO);
        expect(files(root)).toEqual(['modellen/regieneming-1.0.zelfscan', 'modellen/regieneming-1.1.zelfscan', 'regio-noord.regioscan']);

        // unscored roles and empty answers are no findings, and the scan has no dates yet to check
        const validation = run(['validate', 'regio-noord.regioscan'], root);
        expect(validation.stdout).toBe('1 bestand gecontroleerd: 0 fouten, 0 waarschuwingen.\n');
        expect(validation.code).toBe(0);
    });

    it('writes a scan without errors for every focus of both versions', () => {
        const root = project();
        const written: string[] = [];
        for (const [version, focus] of [['1.0', 'nul_zes'], ['1.0', 'po_vo'], ['1.1', 'nul_zes'], ['1.1', 'po_vo']]) {
            const result = run(['nieuw', '--model', `Regieneming versie ${version}`, '--regio', `Regio ${focus} ${version}`, '--focus', focus, '--map', 'scans'], root);
            expect(result.code, result.stderr).toBe(0);
            written.push(result.stdout.trim());
        }
        expect(written).toEqual(['regio-nul-zes-1-0', 'regio-po-vo-1-0', 'regio-nul-zes-1-1', 'regio-po-vo-1-1']
            .map(name => path.join('scans', `${name}.regioscan`)));
        const validation = run(['validate', 'scans'], root);
        // The scans of 1.0 are valid; they are told that 1.1 exists.
        const newer = `info Er is een nieuwere versie van dit model: Regieneming versie 1.1. 'Scan bijwerken naar Regieneming versie 1.1' of zelfscan migrate --naar "Regieneming versie 1.1" zet de scan over, hernoemingen inbegrepen, als alles wat hij gebruikt daar nog bestaat. [nieuwere-versie]`;
        expect(validation.stdout).toBe([
            `${path.join('scans', 'regio-nul-zes-1-0.regioscan')}:2:11 ${newer}`,
            `${path.join('scans', 'regio-po-vo-1-0.regioscan')}:2:11 ${newer}`,
            '4 bestanden gecontroleerd: 0 fouten, 0 waarschuwingen.', ''
        ].join('\n'));
        expect(validation.code).toBe(0);
    });

    it('without --model takes the newest version of the only model; --werkruimte and --map from another folder', () => {
        const root = project();
        const elsewhere = mkdtempSync(path.join(bundle.scratch, 'cwd-'));
        const result = run(['nieuw', '--regio', 'Súdwest Fryslân', '--focus', 'po_vo', '--werkruimte', root, '--map', path.join(root, 'scans', '2025')], elsewhere);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        const written = path.join(root, 'scans', '2025', 'sudwest-fryslan.regioscan');
        expect(result.stdout).toBe(`${path.relative(elsewhere, written)}\n`);
        expect(readFileSync(written, 'utf8')).toBe(NOORD_1_1_PO_VO.replace('"Regio Noord"', '"Súdwest Fryslân"'));
        expect(readdirSync(elsewhere)).toEqual([]);
    });

    it('accepts the model as "Naam V" or only its name (the newest version)', () => {
        const root = project();
        expect(run(['nieuw', '--model', 'Regieneming 1.0', '--regio', 'Oud', '--focus', 'po_vo'], root).code).toBe(0);
        expect(readFileSync(path.join(root, 'oud.regioscan'), 'utf8')).toMatch(/^regioscan "Oud" \{\n {4}model Regieneming versie 1\.0\n/);
        expect(run(['nieuw', '--model', 'Regieneming', '--regio', 'Nieuw', '--focus', 'po_vo'], root).code).toBe(0);
        expect(readFileSync(path.join(root, 'nieuw.regioscan'), 'utf8')).toMatch(/^regioscan "Nieuw" \{\n {4}model Regieneming versie 1\.1\n/);
    });

    it('never overwrites an existing file', () => {
        const root = project();
        const target = path.join(root, 'regio-noord.regioscan');
        writeFileSync(target, 'al begonnen\n');
        const before = statSync(target).mtimeMs;
        const result = run(['nieuw', '--regio', 'Regio Noord', '--focus', 'po_vo'], root);
        expect(result).toEqual({
            code: 2, stdout: '',
            stderr: "zelfscan: 'regio-noord.regioscan' bestaat al en wordt niet overschreven. Kies een andere regionaam of map (--map).\n"
        });
        expect(readFileSync(target, 'utf8')).toBe('al begonnen\n');
        expect(statSync(target).mtimeMs).toBe(before);
        expect(files(root)).toEqual(['modellen/regieneming-1.0.zelfscan', 'modellen/regieneming-1.1.zelfscan', 'regio-noord.regioscan']);
    });

    it('refuses an unknown model version, listing the versions there are', () => {
        const root = project();
        expect(run(['nieuw', '--model', 'Regieneming versie 2.0', '--regio', 'Regio Noord', '--focus', 'po_vo'], root)).toEqual({
            code: 2, stdout: '',
            stderr: "zelfscan: Het model 'Regieneming versie 2.0' is niet gevonden in de werkruimte. Beschikbaar: Regieneming versie 1.1, Regieneming versie 1.0.\n"
        });
        expect(run(['nieuw', '--model', 'Regiemening versie 1.1', '--regio', 'Regio Noord', '--focus', 'po_vo'], root).stderr).toBe(
            "zelfscan: Het model 'Regiemening versie 1.1' is niet gevonden in de werkruimte. Bedoelt u Regieneming? Beschikbaar: Regieneming versie 1.1, Regieneming versie 1.0.\n");
        expect(files(root)).toEqual(['modellen/regieneming-1.0.zelfscan', 'modellen/regieneming-1.1.zelfscan']);
    });

    it('refuses an unknown focus, and a missing one when the model has several, listing the focuses', () => {
        const root = project();
        expect(run(['nieuw', '--regio', 'Regio Noord', '--focus', 'povo'], root)).toEqual({
            code: 2, stdout: '',
            stderr: `zelfscan: Regieneming versie 1.1 kent geen focus 'povo'. Bedoelt u po_vo? Kies uit: ${FOCUSES}.\n`
        });
        expect(run(['nieuw', '--regio', 'Regio Noord'], root)).toEqual({
            code: 2, stdout: '',
            stderr: `zelfscan: Kies met --focus de focus van de scan. Regieneming versie 1.1 kent: ${FOCUSES}.\n`
        });
        expect(files(root)).toEqual(['modellen/regieneming-1.0.zelfscan', 'modellen/regieneming-1.1.zelfscan']);
    });

    it('asks to choose when the workspace has several models, and takes the only focus of a model by itself', () => {
        const root = project({ 'regieneming-1.0.zelfscan': MODEL_1_0, 'proef.zelfscan': PROEF });
        expect(run(['nieuw', '--regio', 'Regio Noord'], root)).toEqual({
            code: 2, stdout: '',
            stderr: 'zelfscan: De werkruimte bevat meerdere modellen; kies er een met --model "<naam> versie <versie>". Beschikbaar: Proef versie 2.0, Regieneming versie 1.0.\n'
        });
        const result = run(['nieuw', '--model', 'Proef', '--regio', 'Regio Noord'], root);
        expect(result.code, result.stderr).toBe(0);
        expect(readFileSync(path.join(root, 'regio-noord.regioscan'), 'utf8')).toBe([
            'regioscan "Regio Noord" {', '    model Proef versie 2.0', '    focus alles', '',
            '    respondent R1 partij school {', '        Trekker ?', '    }', '}', ''
        ].join('\n'));
    });

    it('refuses without a region, without models, and for a model with errors', () => {
        const root = project();
        expect(run(['nieuw', '--focus', 'po_vo'], root)).toEqual({
            code: 2, stdout: '', stderr: 'zelfscan: Geef de regio een naam met --regio, bijvoorbeeld --regio "Regio Noord".\n'
        });
        const empty = mkdtempSync(path.join(bundle.scratch, 'leeg-'));
        expect(run(['nieuw', '--regio', 'Regio Noord'], empty)).toEqual({
            code: 2, stdout: '', stderr: "zelfscan: Geen model (.zelfscan) gevonden in '.'. Geef met --werkruimte de map met de modellen.\n"
        });
        const broken = project({ 'proef.zelfscan': PROEF.replace('vereist school', 'vereist scholen') });
        expect(run(['nieuw', '--regio', 'Regio Noord'], broken)).toEqual({
            code: 1, stdout: '',
            stderr: `${path.join('modellen', 'proef.zelfscan')}:13:17 fout Onbekende partij 'scholen'. Bekend: school. [linking-error]\n`
                + 'zelfscan: Proef versie 2.0 bevat een fout; los die eerst op. Er is niets geschreven.\n'
        });
        expect(files(broken)).toEqual(['modellen/proef.zelfscan']);
    });
});
