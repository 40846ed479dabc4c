import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleCli, type CliBundle } from '../helpers/cli-bundle.js';
import { dutchOnlyWords, dutchWordsIn, wordsIn } from '../helpers/dutch-words.js';
import { EXAMPLES } from '../helpers/workspace.js';

const FIXTURES = path.join(import.meta.dirname, 'fixtures', 'sheets');
const MODEL = ['--model', 'Regieneming versie 1.0', '--werkruimte', 'model'];

let bundle: CliBundle;
let folder: string;
let count = 0;

beforeAll(async () => {
    bundle = await bundleCli('zelfscan-sheets-');
    folder = path.join(bundle.scratch, 'werk');
    mkdirSync(folder);
    cpSync(path.join(EXAMPLES, 'model'), path.join(folder, 'model'), { recursive: true });
    cpSync(path.join(EXAMPLES, 'scans'), path.join(folder, 'scans'), { recursive: true });
    for (const file of readdirSync(FIXTURES).filter(f => f.endsWith('.csv'))) {
        copyFileSync(path.join(FIXTURES, file), path.join(folder, file));
    }
}, 60_000);
afterAll(() => bundle?.dispose());

function run(...args: string[]) {
    const result = spawnSync(process.execPath, [bundle.cli, ...args], { cwd: folder, encoding: 'utf8' });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh output folder per test, so that no test sees another's scan. */
function outFolder(): string {
    const name = `uit-${++count}`;
    mkdirSync(path.join(folder, name));
    return name;
}

const FACTSHEET = [
    '',
    '    factsheet {',
    '        // Wat is er gerealiseerd in de samenwerking tussen de partners?',
    '        antwoord a ""',
    '        // Hoe ziet de regieneming er daarbij uit?',
    '        antwoord b ""',
    '        // Wat zijn daarin opvallende kenmerken?',
    '        antwoord c ""',
    '        // In hoeverre en hoe worden de vier rollen uit het model vervuld?',
    '        antwoord d ""',
    '    }',
    '}',
    ''
];

// Each test runs the real program one to four times; on a busy machine that takes longer than the default allows.
describe('zelfscan import', { timeout: 120_000 }, () => {
    it('turns a CSV as Dutch Excel saves it (BOM, ;, CRLF, a line break inside quotes) into a canonical scan that validates', () => {
        const map = outFolder();
        const result = run('import', 'excel-utf8.csv', '--regio', 'Regio Noord', '--focus', 'po_vo', ...MODEL, '--map', map);
        expect(result).toEqual({ status: 0, stdout: `${map}/regio-noord.regioscan\n`, stderr: '' });
        expect(readFileSync(path.join(folder, map, 'regio-noord.regioscan'), 'utf8')).toBe([
            'regioscan "Regio Noord" {',
            '    model Regieneming versie 1.0',
            '    focus po_vo',
            '',
            '    respondent R1 partij gemeente "Beleidsadviseur onderwijs" {',
            '        interview 2024-02-01',
            '        Ontwerper 4 "Trekt de pilot; één school.',
            'Tweede regel met \\"aanhalingstekens\\""',
            '        Kwartiermaker 3',
            '        Verbinder 2',
            '        Dirigent ?',
            '    }',
            '',
            '    respondent R2 partij swv {',
            '        interview 2024-02-05',
            '        Ontwerper 3',
            '        Kwartiermaker 2',
            '        Verbinder 5',
            '        Dirigent 1',
            '    }',
            '',
            '    respondent R3 partij jeugdhulp "Teamleider" {',
            '        interview 2024-02-12',
            '        Ontwerper 2',
            '        Kwartiermaker 3',
            '        Verbinder 4',
            '        Dirigent 2',
            '    }',
            ...FACTSHEET
        ].join('\n'));
        const check = run('validate', `${map}/regio-noord.regioscan`, '--werkruimte', 'model');
        // Valid on 1.0, and told that the examples have a newer version.
        expect(check.stdout).toBe(`${map}/regio-noord.regioscan:2:11 info Er is een nieuwere versie van dit model: Regieneming versie 1.2. 'Scan bijwerken naar Regieneming versie 1.2' of zelfscan migrate --naar "Regieneming versie 1.2" zet de scan over, hernoemingen inbegrepen, als alles wat hij gebruikt daar nog bestaat. [nieuwere-versie]\n1 bestand gecontroleerd: 0 fouten, 0 waarschuwingen.\n`);
        expect(run('fmt', '--check', `${map}/regio-noord.regioscan`).status).toBe(0);
    });

    it('reads a Windows-1252 CSV (Excel\'s plain CSV) with its accents intact', () => {
        const map = outFolder();
        const result = run('import', 'excel-windows-1252.csv', '--regio', 'Regio Zuid', '--focus', 'po_vo', ...MODEL, '--map', map);
        expect(result.status).toBe(0);
        const text = readFileSync(path.join(folder, map, 'regio-zuid.regioscan'), 'utf8');
        expect(text).toContain('        Verbinder 2 "Coördinatie via één overleg, café-achtig"\n');
        expect(text).toContain('    respondent R2 partij swv {\n        Ontwerper 4\n');
        expect(text).toContain('    respondent R3 partij jeugdhulp {\n');
    });

    it('reads a comma-separated form export made with csv-stringify and shows the mapping it used', () => {
        writeFileSync(path.join(folder, 'formulier.csv'), stringify([
            ['Tijdstempel', 'E-mailadres', 'Naam', 'Organisatie', 'Score Ontwerper', 'Kwartiermaker (1-5)', 'Verbinder (1-5)', 'Dirigent (1-5)', 'Toelichting bij Dirigent'],
            ['2024/02/01 10:12:00', 'a@example.org', 'Anna de Wit', 'Gemeente', '4', '3', '2', '', 'Nog niet, zie\nverslag'],
            ['2024/02/02 09:00:00', 'b@example.org', 'Bram Ó', 'Jeugdhulp/CJG', 'Ruim aanwezig', '1', '2', '3', '']
        ]));
        const map = outFolder();
        const result = run('import', 'formulier.csv', '--regio', 'Regio Oost', '--focus', 'nul_zes', ...MODEL, '--map', map, '--toon-koppeling');
        expect(result.stdout).toBe([
            'Koppeling van de kolommen van formulier.csv:',
            "  A 'Tijdstempel' → overgeslagen (tijdstempel van het formulier)",
            "  B 'E-mailadres' → overgeslagen (e-mailadres)",
            "  C 'Naam' → naam",
            "  D 'Organisatie' → partij",
            "  E 'Score Ontwerper' → score Ontwerper",
            "  F 'Kwartiermaker (1-5)' → score Kwartiermaker",
            "  G 'Verbinder (1-5)' → score Verbinder",
            "  H 'Dirigent (1-5)' → score Dirigent",
            "  I 'Toelichting bij Dirigent' → toelichting Dirigent",
            `${map}/regio-oost.regioscan`,
            ''
        ].join('\n'));
        expect(result.status).toBe(0);
        const text = readFileSync(path.join(folder, map, 'regio-oost.regioscan'), 'utf8');
        expect(text).toContain('    respondent R1 partij gemeente {\n        naam "Anna de Wit"\n        Ontwerper 4\n        Kwartiermaker 3\n        Verbinder 2\n        Dirigent ? "Nog niet, zie\nverslag"\n    }\n');
        expect(text).toContain('    respondent R2 partij jeugdhulp {\n        naam "Bram Ó"\n        Ontwerper 5\n');
        // Only warnings of the scan validator, on the scan as a whole: the focus's other required parties are missing.
        expect(result.stderr).toBe([
            'formulier.csv: waarschuwing Deze scan heeft 2 respondenten; het model vraagt 3 tot 5 interviews per regio (te weinig). [aantal-interviews]',
            "formulier.csv: waarschuwing Bij focus 'nul_zes' ontbreekt een interview met: jgz; kinderopvang; primair_onderwijs. Voeg een respondent van elk van deze partijen toe. [vereiste-partij-ontbreekt]",
            // The names are kept, but without consent (`namen tonen`) no report or export shows them.
            "formulier.csv, kolom C ('Naam'): info 2 respondenten hebben een naam in deze kolom. De scan bewaart de namen (naam \"…\"), maar rapporten en exports tonen ze pas als de scan 'namen tonen' zegt. " +
            'Voeg dat toe (of importeer met --namen-tonen) als de respondenten ermee instemmen dat hun naam in een rapport staat.',
            ''
        ].join('\n'));
        expect(text).not.toContain('namen tonen');
        // With --namen-tonen the scan says so, and an export shows the names.
        const named = outFolder();
        const shown = run('import', 'formulier.csv', '--regio', 'Regio Oost', '--focus', 'nul_zes', ...MODEL, '--map', named, '--namen-tonen');
        expect(shown.status).toBe(0);
        expect(shown.stderr).not.toContain('info');
        const namedText = readFileSync(path.join(folder, named, 'regio-oost.regioscan'), 'utf8');
        expect(namedText.split('\n').slice(0, 6)).toEqual(['regioscan "Regio Oost" {', '    model Regieneming versie 1.0', '    focus nul_zes', '    namen tonen', '', '    respondent R1 partij gemeente {']);
        expect(run('fmt', '--check', `${named}/regio-oost.regioscan`).status).toBe(0);
        for (const [scan, out, names] of [[`${map}/regio-oost.regioscan`, `${map}/zonder.csv`, undefined], [`${named}/regio-oost.regioscan`, `${named}/met.csv`, ['"Anna de Wit"', '"Bram Ó"']]] as const) {
            expect(run('export', scan, '--werkruimte', 'model', '--out', out, '--breed').status).toBe(0);
            const rows = readFileSync(path.join(folder, out), 'utf8').slice(1).split('\r\n').slice(0, 3).map(row => row.split(';'));
            expect(rows[0][6]).toBe(names ? '"Naam"' : '"Interview"');
            expect(names ? rows.slice(1).map(row => row[6]) : rows.flat().filter(cell => /Anna|Bram/.test(cell))).toEqual(names ?? []);
        }
    });

    it('reads the sheet --blad names from a workbook made with exceljs, and refuses to guess between several', async () => {
        const workbook = new ExcelJS.Workbook();
        workbook.addWorksheet('Uitleg').addRow(['Vul per respondent een rij in.']);
        const sheet = workbook.addWorksheet('Antwoorden');
        sheet.addRow(['Nr', 'Partij', 'Interviewdatum', 'Ontwerper', 'Kwartiermaker', 'Verbinder', 'Dirigent']);
        sheet.addRow([1, 'gemeente', new Date(Date.UTC(2024, 1, 1)), 4, { richText: [{ text: 'Regelmatig ' }, { text: 'aanwezig' }] }, 2, null]);
        sheet.addRow([2, 'swv', new Date(Date.UTC(2024, 1, 7)), { formula: '1+2', result: 3 }, 2, 2, 5]);
        await workbook.xlsx.writeFile(path.join(folder, 'werkmap.xlsx'));
        const map = outFolder();
        const refused = run('import', 'werkmap.xlsx', '--regio', 'Regio West', '--focus', 'po_vo', ...MODEL, '--map', map);
        expect(refused).toEqual({
            status: 1, stdout: '',
            stderr: "zelfscan: De werkmap heeft meer dan één blad met gegevens ('Uitleg', 'Antwoorden'). Kies er een met --blad \"<naam>\".\n"
        });
        const result = run('import', 'werkmap.xlsx', '--blad', 'antwoorden', '--regio', 'Regio West', '--focus', 'po_vo', ...MODEL, '--map', map);
        expect(result.status).toBe(0);
        expect(readFileSync(path.join(folder, map, 'regio-west.regioscan'), 'utf8')).toContain([
            '    respondent R1 partij gemeente {', '        interview 2024-02-01', '        Ontwerper 4', '        Kwartiermaker 3',
            '        Verbinder 2', '        Dirigent ?', '    }', '', '    respondent R2 partij swv {', '        interview 2024-02-07',
            '        Ontwerper 3', '        Kwartiermaker 2', '        Verbinder 2', '        Dirigent 5', '    }'
        ].join('\n'));
    });

    it('takes an explicit mapping from flags and from a file', () => {
        writeFileSync(path.join(folder, 'vragen.csv'), 'Org;V1;V2;V3;V4;Vrij\r\ngemeente;1;2;3;4;x\r\n');
        writeFileSync(path.join(folder, 'koppeling.json'), JSON.stringify({ V1: 'Ontwerper', V2: 'Kwartiermaker', V3: 'Verbinder' }));
        const map = outFolder();
        const result = run('import', 'vragen.csv', '--regio', 'Regio Midden', '--focus', 'po_vo', ...MODEL, '--map', map,
            '--koppeling', 'koppeling.json', '--kolom', 'Org=partij', '--kolom', 'V4=Dirigent');
        expect(result.status).toBe(0);
        expect(readFileSync(path.join(folder, map, 'regio-midden.regioscan'), 'utf8'))
            .toContain('    respondent R1 partij gemeente {\n        Ontwerper 1\n        Kwartiermaker 2\n        Verbinder 3\n        Dirigent 4\n    }\n');
    });

    it('lets a mapping override a guess: two columns for one role are refused until --kolom picks one', () => {
        writeFileSync(path.join(folder, 'herzien.csv'), 'Partij;Ontwerper;Kwartiermaker;Verbinder;Dirigent;Verbinder (herzien)\r\ngemeente;1;2;3;4;5\r\n');
        const args = ['import', 'herzien.csv', '--regio', 'Regio Herzien', '--focus', 'po_vo', ...MODEL];
        const refused = run(...args, '--map', outFolder());
        expect(refused).toEqual({
            status: 1, stdout: '',
            stderr: "herzien.csv, rij 1, kolom F ('Verbinder (herzien)'): fout Deze kolom en kolom D ('Verbinder') horen allebei bij score Verbinder. " +
                'Koppel er één met --kolom "<kop>=Verbinder" en sla de andere over met --kolom "<kop>=negeer".\n' +
                'zelfscan: een fout in herzien.csv; er is niets geschreven.\n'
        });
        const map = outFolder();
        const result = run(...args, '--map', map, '--kolom', 'Verbinder (herzien)=Verbinder', '--toon-koppeling');
        expect(result.stdout.split('\n').slice(0, 7)).toEqual([
            'Koppeling van de kolommen van herzien.csv:', "  A 'Partij' → partij", "  B 'Ontwerper' → score Ontwerper", "  C 'Kwartiermaker' → score Kwartiermaker",
            "  D 'Verbinder' → overgeslagen (de koppeling wijst score Verbinder aan een andere kolom toe)", "  E 'Dirigent' → score Dirigent",
            "  F 'Verbinder (herzien)' → score Verbinder (koppeling)"
        ]);
        expect(result.status).toBe(0);
        expect(readFileSync(path.join(folder, map, 'regio-herzien.regioscan'), 'utf8')).toContain('        Verbinder 5\n');
    });

    it('ignores white space around cells: spaces, tabs, non-breaking and zero-width spaces, line breaks', () => {
        writeFileSync(path.join(folder, 'spaties.csv'), [
            ' Respondent ;Partij\u00a0; Ontwerper;Toelichting Ontwerper ;Kwartiermaker;Verbinder;Dirigent',
            ' R1 ;\u00a0gemeente\u200b; 4\t;" \'=1+2 \r\n";\u2060Regelmatig aanwezig ;" 2\r\n"; ',
            ''
        ].join('\r\n'));
        const map = outFolder();
        const result = run('import', 'spaties.csv', '--regio', 'Regio Spatie', '--focus', 'po_vo', ...MODEL, '--map', map);
        expect(result.status).toBe(0);
        expect(readFileSync(path.join(folder, map, 'regio-spatie.regioscan'), 'utf8'))
            .toContain('    respondent R1 partij gemeente {\n        Ontwerper 4 "=1+2"\n        Kwartiermaker 3\n        Verbinder 2\n        Dirigent ?\n    }\n');
    });

    const refusals: ReadonlyArray<readonly [string, string]> = [
        ['onbekende-rol.csv',
            "onbekende-rol.csv, rij 1, kolom G ('Score Regisseur'): fout De kop lijkt een score, maar noemt geen rol van Regieneming versie 1.0 (Ontwerper, Kwartiermaker, Verbinder, Dirigent). " +
            'Koppel de kolom met --kolom "Score Regisseur=<rol>", of sla haar over met --kolom "Score Regisseur=negeer".\n' +
            'zelfscan: een fout in onbekende-rol.csv; er is niets geschreven.\n'],
        ['onbekende-partij.csv',
            "onbekende-partij.csv, rij 3, kolom B ('Partij'): fout Onbekende partij 'Schoolbestuurr'. Bedoelt u schoolbestuur? Regieneming versie 1.0 kent: gemeente (Gemeente), " +
            'jgz (Jeugdgezondheidszorg (JGZ)), kinderopvang (Kinderopvang), primair_onderwijs (Primair onderwijs), swv (Samenwerkingsverband passend onderwijs), ' +
            'schoolbestuur (Schoolbestuur), jeugdhulp (Jeugdhulp/CJG). Schrijf de naam of de omschrijving van een van deze partijen.\n' +
            'zelfscan: een fout in onbekende-partij.csv; er is niets geschreven.\n'],
        ['score-buiten-schaal.csv',
            'score-buiten-schaal.csv: waarschuwing Deze scan heeft 2 respondenten; het model vraagt 3 tot 5 interviews per regio (te weinig). [aantal-interviews]\n' +
            "score-buiten-schaal.csv: waarschuwing Bij focus 'po_vo' ontbreekt een interview met: jeugdhulp. Voeg een respondent van die partij toe. [vereiste-partij-ontbreekt]\n" +
            "score-buiten-schaal.csv, rij 2, kolom E ('Verbinder'): fout Score 7 valt buiten de schaal aanwezigheid (1 tot en met 5). Kies een waarde van 1 tot en met 5, of '?' voor geen oordeel. [score-buiten-schaal]\n" +
            "score-buiten-schaal.csv, rij 3, kolom C ('Ontwerper'): fout Score 0 valt buiten de schaal aanwezigheid (1 tot en met 5). Kies een waarde van 1 tot en met 5, of '?' voor geen oordeel. [score-buiten-schaal]\n" +
            'zelfscan: 2 fouten in score-buiten-schaal.csv; er is niets geschreven.\n'],
        ['dubbele-respondent.csv',
            "dubbele-respondent.csv, rij 4, kolom A ('Respondent'): fout Respondent 'R1' komt al voor in rij 2. Geef elke respondent een eigen code, bijvoorbeeld R1, R2, … [dubbele-respondent]\n" +
            'zelfscan: een fout in dubbele-respondent.csv; er is niets geschreven.\n'],
        // One run reports the cells it cannot read and the validator's findings on the others together.
        ['alle-fouten.csv',
            "alle-fouten.csv, rij 2, kolom E ('Verbinder'): fout Score 7 valt buiten de schaal aanwezigheid (1 tot en met 5). Kies een waarde van 1 tot en met 5, of '?' voor geen oordeel. [score-buiten-schaal]\n" +
            "alle-fouten.csv, rij 3, kolom B ('Partij'): fout Onbekende partij 'Schoolbestuurr'. Bedoelt u schoolbestuur? Regieneming versie 1.0 kent: gemeente (Gemeente), " +
            'jgz (Jeugdgezondheidszorg (JGZ)), kinderopvang (Kinderopvang), primair_onderwijs (Primair onderwijs), swv (Samenwerkingsverband passend onderwijs), ' +
            'schoolbestuur (Schoolbestuur), jeugdhulp (Jeugdhulp/CJG). Schrijf de naam of de omschrijving van een van deze partijen.\n' +
            "alle-fouten.csv, rij 4, kolom A ('Respondent'): fout Respondent 'R1' komt al voor in rij 2. Geef elke respondent een eigen code, bijvoorbeeld R1, R2, … [dubbele-respondent]\n" +
            'zelfscan: 3 fouten in alle-fouten.csv; er is niets geschreven.\n'],
        ['leeg.csv',
            "zelfscan: 'leeg.csv' is leeg: er staat geen kopregel en geen rij met antwoorden in. Sla het blad met de antwoorden op, of kies het met --blad.\n"]
    ];
    for (const [file, stderr] of refusals) {
        it(`refuses ${file} with every problem by row and column, and writes nothing`, () => {
            const map = outFolder();
            const result = run('import', file, '--regio', 'Regio Fout', '--focus', 'po_vo', ...MODEL, '--map', map);
            expect(result).toEqual({ status: 1, stdout: '', stderr });
            expect(readdirSync(path.join(folder, map))).toEqual([]);
        });
    }

    it('writes into the current folder without --map', () => {
        writeFileSync(path.join(folder, 'hier.csv'), 'Partij;Ontwerper;Kwartiermaker;Verbinder;Dirigent\r\ngemeente;1;2;3;4\r\n');
        const result = run('import', 'hier.csv', '--regio', 'Regio Huidige Map', '--focus', 'po_vo', ...MODEL);
        expect(result.stdout).toBe('regio-huidige-map.regioscan\n');
        expect(result.status).toBe(0);
        expect(readFileSync(path.join(folder, 'regio-huidige-map.regioscan'), 'utf8')).toMatch(/^regioscan "Regio Huidige Map" \{\n/);
    });

    it('never overwrites an existing scan', () => {
        const map = outFolder();
        writeFileSync(path.join(folder, map, 'regio-noord.regioscan'), 'eigen tekst\n');
        const result = run('import', 'excel-utf8.csv', '--regio', 'Regio Noord', '--focus', 'po_vo', ...MODEL, '--map', map);
        expect(result).toEqual({
            status: 2, stdout: '',
            stderr: `zelfscan: '${map}/regio-noord.regioscan' bestaat al en wordt niet overschreven. Kies een andere regionaam of map (--map).\n`
        });
        expect(readFileSync(path.join(folder, map, 'regio-noord.regioscan'), 'utf8')).toBe('eigen tekst\n');
    });
});

describe('zelfscan export', { timeout: 120_000 }, () => {
    it('writes the scores long, as a CSV that Dutch Excel opens directly, names only where a scan shows them', () => {
        const result = run('export', 'scans/regio-kromwaard-2024.regioscan', 'scans/regio-lindemonde-2024.regioscan', '--werkruimte', 'model', '--out', 'lang.csv');
        expect(result).toEqual({ status: 0, stdout: 'lang.csv\n', stderr: '' });
        const bytes = readFileSync(path.join(folder, 'lang.csv'));
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const lines = bytes.toString('utf8').slice(1).split('\r\n');
        expect(lines[0]).toBe('"Regio";"Model";"Focus";"Respondent";"Partij";"Naam";"Rol";"Score";"Label";"Toelichting"');
        expect(lines[1]).toBe('"Regio Kromwaard";"Regieneming versie 1.0";"nul_zes";"R1";"gemeente";"Fenna Hoekstra";"Ontwerper";2;"Incidenteel aanwezig";');
        expect(lines[4]).toBe('"Regio Kromwaard";"Regieneming versie 1.0";"nul_zes";"R1";"gemeente";"Fenna Hoekstra";"Dirigent";4;"Redelijk aanwezig";"Het bestuurlijk overleg van de vier gemeenten heeft het jonge kind als vast agendapunt."');
        expect(lines).toContain('"Regio Kromwaard";"Regieneming versie 1.0";"nul_zes";"R3";"kinderopvang";"Sanne Ouwerkerk";"Dirigent";;;"Wij zitten niet aan tafel bij het bestuurlijk overleg en kunnen dit niet beoordelen."');
        // Lindemonde does not say `namen tonen`: its rows have an empty name cell.
        const lindemonde = lines.filter(line => line.startsWith('"Regio Lindemonde"'));
        expect(lindemonde.length).toBeGreaterThan(0);
        expect(lindemonde.every(line => line.split(';')[5] === '')).toBe(true);
    });

    it('writes English headers and model cells with --taal en, and an English export imports back; the scans\' content stays as written', () => {
        const result = run('export', 'scans/regio-kromwaard-2024.regioscan', '--werkruimte', 'model', '--out', 'english.csv', '--taal', 'en');
        expect(result).toEqual({ status: 0, stdout: 'english.csv\n', stderr: '' });
        const text = readFileSync(path.join(folder, 'english.csv'), 'utf8');
        const lines = text.slice(1).split('\r\n');
        expect(lines[0]).toBe('"Region";"Model";"Focus";"Respondent";"Party";"Name";"Role";"Score";"Label";"Note"');
        expect(lines[1]).toBe('"Regio Kromwaard";"Regieneming version 1.0";"nul_zes";"R1";"gemeente";"Fenna Hoekstra";"Ontwerper";2;"Incidenteel aanwezig";');
        // No Dutch word of the fixed texts outside what the scan and its model say themselves.
        const data = new Set([...wordsIn(readFileSync(path.join(folder, 'scans', 'regio-kromwaard-2024.regioscan'), 'utf8')),
            ...readdirSync(path.join(folder, 'model')).flatMap(file => [...wordsIn(readFileSync(path.join(folder, 'model', file), 'utf8'))])]);
        expect(dutchWordsIn(text, data, [...dutchOnlyWords(), 'regio', 'partij', 'naam', 'rol', 'toelichting', 'functie', 'versie'])).toEqual([]);
        const map = outFolder();
        expect(run('export', 'scans/regio-kromwaard-2024.regioscan', '--werkruimte', 'model', '--out', `${map}/wide.xlsx`, '--breed', '--taal', 'en').status).toBe(0);
        const back = run('import', `${map}/wide.xlsx`, '--regio', 'Regio Kromwaard', '--focus', 'nul_zes', ...MODEL, '--map', map, '--toon-koppeling');
        expect(back.stdout.split('\n').slice(0, 5)).toEqual([
            `Koppeling van de kolommen van ${map}/wide.xlsx [Scores]:`,
            "  A 'Region' → regio", "  B 'Model' → overgeslagen (het model komt van --model)", "  C 'Focus' → overgeslagen (de focus komt van --focus)",
            "  D 'Respondent' → respondent"
        ]);
        expect(back.status).toBe(0);
        const original = readFileSync(path.join(folder, 'scans', 'regio-kromwaard-2024.regioscan'), 'utf8');
        expect(respondentLines(readFileSync(path.join(folder, map, 'regio-kromwaard.regioscan'), 'utf8'))).toEqual(respondentLines(original));
        expect(run('export', 'scans', '--werkruimte', 'model', '--out', 'nooit.csv', '--taal', 'fr')).toEqual({
            status: 2, stdout: '', stderr: "zelfscan: Onbekende taal 'fr'. Kies nl of en.\n"
        });
    });

    it('writes the same xlsx bytes every time, and the workbook opens with the right values', async () => {
        const first = run('export', 'scans', '--werkruimte', 'model', '--out', 'breed-1.xlsx', '--breed');
        const second = run('export', 'scans', '--werkruimte', 'model', '--out', 'breed-2.xlsx', '--breed');
        expect([first.status, second.status]).toEqual([0, 0]);
        const bytes = readFileSync(path.join(folder, 'breed-1.xlsx'));
        expect(bytes.equals(readFileSync(path.join(folder, 'breed-2.xlsx')))).toBe(true);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
        expect(workbook.created.toISOString()).toBe('2000-01-01T00:00:00.000Z');
        const sheet = workbook.getWorksheet('Scores')!;
        expect(sheet.getRow(1).values).toEqual([undefined, 'Regio', 'Model', 'Focus', 'Respondent', 'Partij', 'Functie', 'Naam', 'Interview',
            'Ontwerper', 'Ontwerper toelichting', 'Kwartiermaker', 'Kwartiermaker toelichting', 'Verbinder', 'Verbinder toelichting', 'Dirigent', 'Dirigent toelichting',
            // The roles of version 1.2, which the second round of Brakeldonk scores: a role by its name in each version.
            'Bruggenbouwer', 'Bruggenbouwer toelichting', 'Evaluator', 'Evaluator toelichting']);
        const kromwaard = sheet.getRows(2, sheet.rowCount - 1)!.find(row => row.getCell(1).value === 'Regio Kromwaard' && row.getCell(4).value === 'R1')!;
        expect([0, 1, 2, 3].map(i => kromwaard.getCell(9 + 2 * i).value)).toEqual([2, 2, 3, 4]);
        expect(kromwaard.getCell(7).value).toBe('Fenna Hoekstra');
    });

    it('neutralises cells that start with = + - @ tab or CR in CSV and xlsx, and reads them back without the apostrophe', async () => {
        const map = outFolder();
        const hostile = [
            'regioscan "=HYPERLINK(\\"http://example.org\\")" {',
            '    model Regieneming versie 1.0',
            '    focus po_vo',
            '    respondent R1 partij gemeente "+31 6 1234" {',
            '        Ontwerper 1 "=1+2"',
            '        Kwartiermaker 2 "-2 punten"',
            '        Verbinder 3 "@SUM(A1)"',
            '        Dirigent 4 "\tgetabt"',
            '    }',
            '}',
            ''
        ].join('\n');
        writeFileSync(path.join(folder, map, 'vijandig.regioscan'), hostile);
        expect(run('export', `${map}/vijandig.regioscan`, '--werkruimte', 'model', '--out', `${map}/v.csv`, '--breed').status).toBe(0);
        const csv = readFileSync(path.join(folder, map, 'v.csv'), 'utf8').split('\r\n')[1];
        expect(csv).toBe('"\'=HYPERLINK(""http://example.org"")";"Regieneming versie 1.0";"po_vo";"R1";"gemeente";"\'+31 6 1234";;1;"\'=1+2";2;"\'-2 punten";3;"\'@SUM(A1)";4;"\'\tgetabt"');
        expect(run('export', `${map}/vijandig.regioscan`, '--werkruimte', 'model', '--out', `${map}/v.xlsx`, '--breed').status).toBe(0);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(readFileSync(path.join(folder, map, 'v.xlsx')) as unknown as ArrayBuffer);
        const row = workbook.getWorksheet('Scores')!.getRow(2);
        expect(row.getCell(1).type).toBe(ExcelJS.ValueType.String);
        expect([1, 6, 9, 11, 13, 15].map(c => row.getCell(c).value)).toEqual(
            ["'=HYPERLINK(\"http://example.org\")", "'+31 6 1234", "'=1+2", "'-2 punten", "'@SUM(A1)", "'\tgetabt"]);
        const back = run('import', `${map}/v.csv`, '--regio', '=HYPERLINK("http://example.org")', '--focus', 'po_vo', ...MODEL, '--map', map);
        expect(back.status).toBe(0);
        const text = readFileSync(path.join(folder, back.stdout.trim()), 'utf8');
        // The import trims white space around every cell, the leading tab included.
        expect(text).toContain('    respondent R1 partij gemeente "+31 6 1234" {\n        Ontwerper 1 "=1+2"\n        Kwartiermaker 2 "-2 punten"\n        Verbinder 3 "@SUM(A1)"\n        Dirigent 4 "getabt"\n');
    });

    it('round trip: a wide export imports back to the same respondents, scores and notes', () => {
        for (const [format, scan, region, focus] of [['xlsx', 'regio-kromwaard-2024', 'Regio Kromwaard', 'nul_zes'], ['csv', 'regio-hoogvenne-2024', 'Regio Hoogvenne', undefined]] as const) {
            const map = outFolder();
            const original = readFileSync(path.join(folder, 'scans', `${scan}.regioscan`), 'utf8');
            const focusOfScan = focus ?? /focus (\w+)/.exec(original)![1];
            expect(run('export', 'scans', '--werkruimte', 'model', '--out', `${map}/alles.${format}`, '--breed').status).toBe(0);
            const namesShown = original.includes('\n    namen tonen\n');
            const back = run('import', `${map}/alles.${format}`, '--regio', region, '--focus', focusOfScan, '--model', modelOf(original), '--werkruimte', 'model', '--map', map,
                ...(namesShown ? ['--namen-tonen'] : []));
            expect(back.stderr).toBe('');
            expect(back.status).toBe(0);
            const imported = readFileSync(path.join(folder, map, back.stdout.trim().split('/').pop()!), 'utf8');
            expect(respondentLines(imported)).toEqual(respondentLines(original));
            expect(imported.includes('\n    namen tonen\n')).toBe(namesShown);
        }
        expect(readFileSync(path.join(folder, 'scans', 'regio-kromwaard-2024.regioscan'), 'utf8')).toContain('\n    namen tonen\n');
    });

    it('a long export (one row per respondent and role) is refused with the way to import it', () => {
        const map = outFolder();
        expect(run('export', 'scans/regio-kromwaard-2024.regioscan', '--werkruimte', 'model', '--out', `${map}/lang.csv`).status).toBe(0);
        expect(run('import', `${map}/lang.csv`, '--regio', 'Regio Kromwaard', '--focus', 'nul_zes', ...MODEL, '--map', map)).toEqual({
            status: 1, stdout: '',
            stderr: `${map}/lang.csv, rij 1, kolom G ('Rol'): fout Dit blad heeft een rij per respondent en rol (de kolommen 'Rol' en 'Score'), zoals zelfscan export zonder --breed het schrijft. ` +
                'De import leest een rij per respondent met een kolom per rol: exporteer met --breed, of zet elke rol in een eigen kolom.\n' +
                `zelfscan: een fout in ${map}/lang.csv; er is niets geschreven.\n`
        });
        expect(readdirSync(path.join(folder, map))).toEqual(['lang.csv']);
    });

    it('refuses an existing output file and scans with errors', () => {
        writeFileSync(path.join(folder, 'bestaat.csv'), 'x');
        expect(run('export', 'scans', '--werkruimte', 'model', '--out', 'bestaat.csv')).toEqual({
            status: 2, stdout: '', stderr: "zelfscan: 'bestaat.csv' bestaat al en wordt niet overschreven. Kies een andere naam met --out.\n"
        });
        expect(readFileSync(path.join(folder, 'bestaat.csv'), 'utf8')).toBe('x');
        const map = outFolder();
        writeFileSync(path.join(folder, map, 'fout.regioscan'), 'regioscan "F" {\n    model Regieneming versie 1.0\n    respondent R1 partij gemeente {\n        Ontwerper 9\n    }\n}\n');
        const refused = run('export', map, '--werkruimte', 'model', '--out', 'nooit.csv');
        expect(refused.status).toBe(1);
        expect(refused.stderr).toContain(`${map}/fout.regioscan:4:19 fout Score 9 valt buiten de schaal`);
        expect(refused.stderr).toContain('er is niets geschreven');
        expect(existsSync(path.join(folder, 'nooit.csv'))).toBe(false);
    });
});

function modelOf(scan: string): string {
    const [, name, version] = /model (\w+) versie ([\d.]+)/.exec(scan)!;
    return `${name} versie ${version}`;
}

/** The respondent blocks of a scan: id, party, function, name, interview date and every score with its note. */
function respondentLines(scan: string): string[] {
    const lines = scan.split('\n');
    const kept: string[] = [];
    let inside = false;
    for (const line of lines) {
        if (/^\s+respondent /.test(line)) {
            inside = true;
            kept.push(line);
        } else if (inside && /^\s+\}$/.test(line)) {
            inside = false;
        } else if (inside) {
            kept.push(line);
        }
    }
    return kept;
}
