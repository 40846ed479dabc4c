import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleCli, type CliBundle } from '../helpers/cli-bundle.js';
import { EXAMPLES } from '../helpers/workspace.js';

// `zelfscan import --taal en`: every kind of problem of a sheet in English, on real files. The Dutch wording of the
// same problems is checked in sheets-cli.test.ts and test/domain/sheet-import.test.ts.
const FIXTURES = path.join(import.meta.dirname, 'fixtures', 'sheets');
const MODEL = ['--model', 'Regieneming versie 1.0', '--werkruimte', 'model', '--focus', 'po_vo'];
const PARTIES = 'gemeente (Gemeente), jgz (Jeugdgezondheidszorg (JGZ)), kinderopvang (Kinderopvang), primair_onderwijs (Primair onderwijs), '
    + 'swv (Samenwerkingsverband passend onderwijs), schoolbestuur (Schoolbestuur), jeugdhulp (Jeugdhulp/CJG)';
const ROLES = 'Regieneming version 1.0 (Ontwerper, Kwartiermaker, Verbinder, Dirigent)';
const TOO_FEW = [
    // The scan validator's findings keep its Dutch words; the place and the severity are English.
    ": warning Deze scan heeft 2 respondenten; het model vraagt 3 tot 5 interviews per regio (te weinig). [aantal-interviews]",
    ": warning Bij focus 'po_vo' ontbreekt een interview met: jeugdhulp. Voeg een respondent van die partij toe. [vereiste-partij-ontbreekt]"
];

let bundle: CliBundle;
let folder: string;

beforeAll(async () => {
    bundle = await bundleCli('zelfscan-import-en-');
    folder = path.join(bundle.scratch, 'werk');
    mkdirSync(path.join(folder, 'uit'), { recursive: true });
    cpSync(path.join(EXAMPLES, 'model'), path.join(folder, 'model'), { recursive: true });
    for (const file of readdirSync(FIXTURES).filter(f => f.endsWith('.csv'))) {
        copyFileSync(path.join(FIXTURES, file), path.join(folder, file));
    }
}, 60_000);
afterAll(() => bundle?.dispose());

function importEnglish(file: string, region: string, ...args: string[]) {
    const result = spawnSync(process.execPath, [bundle.cli, 'import', file, '--regio', region, ...MODEL, '--map', 'uit', '--taal', 'en', ...args],
        { cwd: folder, encoding: 'utf8' });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr.split('\n').filter(Boolean) };
}

describe('zelfscan import --taal en', { timeout: 120_000 }, () => {
    it('words the problems of the header row in English', () => {
        expect(importEnglish('kolomfouten.csv', 'Regio Fout')).toEqual({
            status: 1, stdout: '', stderr: [
                `kolomfouten.csv, row 1: error No column for the party found (a header with 'party', 'partij' or 'organisatie'). Map one with --kolom "<header>=partij".`,
                `kolomfouten.csv, row 1: error No column for the role Kwartiermaker found (a header that names 'Kwartiermaker'). Add the column or map one with --kolom "<header>=Kwartiermaker".`,
                `kolomfouten.csv, row 1: error No column for the role Verbinder found (a header that names 'Verbinder'). Add the column or map one with --kolom "<header>=Verbinder".`,
                `kolomfouten.csv, row 1: error No column for the role Dirigent found (a header that names 'Dirigent'). Add the column or map one with --kolom "<header>=Dirigent".`,
                "kolomfouten.csv, row 1, column C ('Ontwerper score'): error This column and column B ('Ontwerper') both belong to score Ontwerper. "
                + 'Map one of them with --kolom "<header>=Ontwerper" and skip the other with --kolom "<header>=negeer".',
                "kolomfouten.csv, row 1, column D ('Kwartiermaker en Verbinder'): error The header names more than one role (Kwartiermaker, Verbinder). "
                + 'Give each role a column of its own, or map this column with --kolom "Kwartiermaker en Verbinder=<role>".',
                `kolomfouten.csv, row 1, column E ('Score Regisseur'): error The header looks like a score, but names no role of ${ROLES}. `
                + 'Map the column with --kolom "Score Regisseur=<role>", or skip it with --kolom "Score Regisseur=negeer".',
                'zelfscan: 7 errors in kolomfouten.csv; nothing was written.'
            ]
        });
        expect(importEnglish('lange-vorm.csv', 'Regio Fout')).toEqual({
            status: 1, stdout: '', stderr: [
                "lange-vorm.csv, row 1, column C ('Rol'): error This sheet has one row per respondent and role (the columns 'Rol' and 'Score'), as zelfscan export writes it without --breed. "
                + 'The import reads one row per respondent with a column per role: export with --breed, or give each role a column of its own.',
                'zelfscan: one error in lange-vorm.csv; nothing was written.'
            ]
        });
    });

    it('words the problems of a mapping given with --kolom in English', () => {
        expect(importEnglish('excel-utf8.csv', 'Regio Fout', '--kolom', 'Vraag 9=partij', '--kolom', 'Functie=Ontwerpr')).toEqual({
            status: 1, stdout: '', stderr: [
                "excel-utf8.csv: error The mapping names the column 'Vraag 9', but the header row does not have it. Headers in the sheet: "
                + "'Respondent', 'Partij', 'Functie', 'Datum interview', 'Ontwerper', 'Toelichting Ontwerper', 'Kwartiermaker', 'Verbinder', 'Dirigent'.",
                "excel-utf8.csv, row 1, column C ('Functie'): error Unknown target 'Ontwerpr' in the mapping. Did you mean Ontwerper? "
                + `Choose respondent, naam, partij, functie, interview, regio, negeer, a role of ${ROLES} or '<role> toelichting'.`,
                'zelfscan: 2 errors in excel-utf8.csv; nothing was written.'
            ]
        });
    });

    it('words the problems of the cells in English', () => {
        expect(importEnglish('celfouten.csv', 'Regio Fout')).toEqual({
            status: 1, stdout: '', stderr: [
                "celfouten.csv, row 2, column A ('Respondent'): error 'Jan de Vries' is not a respondent code: use letters, digits and _, starting with a letter, for example R1. "
                + 'If this is a name, map the column with --kolom "<header>=naam".',
                `celfouten.csv, row 2, column B ('Partij'): error Unknown party 'gemeentee'. Did you mean gemeente? Regieneming version 1.0 knows: ${PARTIES}. `
                + 'Write the name or the description of one of these parties.',
                "celfouten.csv, row 2, column C ('Interview'): error '31 februari' is not a date. Write the date as YYYY-MM-DD (2024-02-01) or D-M-YYYY (1-2-2024), or leave the cell empty.",
                "celfouten.csv, row 2, column D ('Ontwerper'): error 'veel' is not a score. Give a number from 1 to 5, a description of the scale "
                + "('Niet of nauwelijks aanwezig', 'Incidenteel aanwezig', 'Regelmatig aanwezig', 'Redelijk aanwezig', 'Ruim aanwezig'), or leave the cell empty for ? (no judgement).",
                "celfouten.csv, row 2, column E ('Kwartiermaker'): error In '3 - Ruim aanwezig' the number and the description contradict each other: 3 is 'Regelmatig aanwezig'. "
                + 'Write only the number or only the description.',
                "celfouten.csv, row 3, column A ('Respondent'): error The respondent code is empty. Fill in a code such as R1, or leave the column out: the rows are then called R1, R2, …",
                `celfouten.csv, row 3, column B ('Partij'): error The party is empty. Fill in the party; Regieneming version 1.0 knows: ${PARTIES}.`,
                'zelfscan: 7 errors in celfouten.csv; nothing was written.'
            ]
        });
    });

    it('words a sheet without rows, or without rows of the region, in English', () => {
        expect(importEnglish('alleen-kopregel.csv', 'Regio Fout')).toEqual({
            status: 1, stdout: '', stderr: [
                'alleen-kopregel.csv: error The sheet has no rows with answers below the header row. Choose the sheet with the answers (--blad) or fill in the rows.',
                'zelfscan: one error in alleen-kopregel.csv; nothing was written.'
            ]
        });
        expect(importEnglish('andere-regio.csv', 'Elders')).toEqual({
            status: 1, stdout: '', stderr: [
                "andere-regio.csv: error No row belongs to the region 'Elders' (the column 'Regio' names other regions). Check --regio.",
                'zelfscan: one error in andere-regio.csv; nothing was written.'
            ]
        });
    });

    it('places the scan validator\'s findings with English places and severities, and names the row of a line', () => {
        expect(importEnglish('dubbele-respondent.csv', 'Regio Fout')).toEqual({
            status: 1, stdout: '', stderr: [
                "dubbele-respondent.csv, row 4, column A ('Respondent'): error Respondent 'R1' komt al voor in rij 2. Geef elke respondent een eigen code, bijvoorbeeld R1, R2, … [dubbele-respondent]",
                'zelfscan: one error in dubbele-respondent.csv; nothing was written.'
            ]
        });
        expect(existsSync(path.join(folder, 'uit', 'regio-fout.regioscan'))).toBe(false);
    });

    it('shows the mapping and the notice about names in English, and writes the scan as in Dutch', () => {
        const result = importEnglish('met-namen.csv', 'Regio Namen', '--kolom', 'Partij=partij', '--toon-koppeling');
        expect(result).toEqual({
            status: 0,
            stdout: [
                'Mapping of the columns of met-namen.csv:', "  A 'Tijdstempel' → skipped (time stamp of the form)", "  B 'Naam' → name",
                "  C 'Partij' → party (mapping)", "  D 'Ontwerper' → score Ontwerper", "  E 'Kwartiermaker' → score Kwartiermaker",
                "  F 'Verbinder' → score Verbinder", "  G 'Dirigent' → score Dirigent", path.join('uit', 'regio-namen.regioscan'), ''
            ].join('\n'),
            stderr: [
                ...TOO_FEW.map(line => `met-namen.csv${line}`),
                "met-namen.csv, column B ('Naam'): info One respondent has a name in this column. The scan keeps the names (naam \"…\"), "
                + "but reports and exports only show them once the scan says 'namen tonen'. Add that (or import with --namen-tonen) "
                + 'if the respondents agree to their name appearing in a report.'
            ]
        });
        expect(readFileSync(path.join(folder, 'uit', 'regio-namen.regioscan'), 'utf8'))
            .toContain('    model Regieneming versie 1.0\n    focus po_vo\n\n    respondent R1 partij gemeente {\n        naam "Jan de Vries"\n');
    });

    it('refuses a language it does not know', () => {
        expect(importEnglish('celfouten.csv', 'Regio Fout', '--taal', 'fr')).toEqual({
            status: 2, stdout: '', stderr: ["zelfscan: Onbekende taal 'fr'. Kies nl of en."]
        });
    });
});
