import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseCell, scoreTable, type ScoreTableEntry } from '../../src/domain/score-table.js';
import { wordScoreTable } from '../../src/report/sheet-texts.js';
import { mapColumns, normalise } from '../../src/domain/sheet-columns.js';
import { planImport, traceFindings } from '../../src/domain/sheet-import.js';
import { cellName, type SheetProblem } from '../../src/domain/sheet-problems.js';
import type { ImportModel, Sheet } from '../../src/domain/sheet-rows.js';
import { describeMapping as describeMappingIn } from '../../src/report/sheet-mapping-texts.js';
import { formatSheetProblem as formatIn, sheetProblemText } from '../../src/report/sheet-problem-texts.js';

// The Dutch wording, which these tests check; test/report/sheet-problem-texts.test.ts checks the English.
const formatSheetProblem = (file: string, problem: SheetProblem) => formatIn(file, problem, 'nl');
const describeMapping = (mapping: Parameters<typeof describeMappingIn>[0]) => describeMappingIn(mapping, 'nl');
const message = (problem: SheetProblem) => sheetProblemText(problem, 'nl');

/** The base model's facts as an import sees them. */
const MODEL: ImportModel = {
    name: 'Regieneming', version: '1.0',
    roles: ['Ontwerper', 'Kwartiermaker', 'Verbinder', 'Dirigent'],
    parties: [
        { name: 'gemeente', label: 'Gemeente' }, { name: 'swv', label: 'Samenwerkingsverband passend onderwijs' },
        { name: 'jeugdhulp', label: 'Jeugdhulp/CJG' }
    ],
    scale: {
        name: 'aanwezigheid', min: 1, max: 5, points: [
            { value: 1, label: 'Niet of nauwelijks aanwezig' }, { value: 2, label: 'Incidenteel aanwezig' },
            { value: 3, label: 'Regelmatig aanwezig' }, { value: 4, label: 'Redelijk aanwezig' }, { value: 5, label: 'Ruim aanwezig' }
        ]
    },
    focuses: [{ name: 'po_vo', label: 'PO/VO', requirements: [['gemeente']] }],
    questions: []
};

/** A variant: other roles (one with an accent and an underscore), a scale 0..10 with two labels only at the ends. */
const VARIANT: ImportModel = {
    name: 'Proef', version: '2.0',
    roles: ['Trekker', 'Coördinator', 'Stille_kracht'],
    parties: [{ name: 'school', label: 'School' }],
    scale: { name: 'cijfer', min: 0, max: 10, points: [{ value: 0, label: 'Afwezig' }, { value: 10, label: 'Volledig' }] },
    focuses: [],
    questions: []
};

function sheet(header: string[], ...rows: string[][]): Sheet {
    return { header, rows: rows.map((cells, i) => ({ number: i + 2, cells })) };
}

describe('column matching', () => {
    it('compares headers without case or accents and finds a role inside a longer header', () => {
        const { mapping, problems } = mapColumns(
            ['Tijdstempel', 'E-mailadres', 'Respondentnummer', 'Naam van uw organisatie', 'Uw naam', 'SCORE ONTWERPER',
                'Kwartiermaker (1-5)', 'Hoe aanwezig is de rol van Verbinder?', 'dirigent', 'Toelichting bij Verbinder', 'Datum interview'],
            MODEL);
        expect(problems).toEqual([]);
        expect(describeMapping(mapping)).toEqual([
            "A 'Tijdstempel' → overgeslagen (tijdstempel van het formulier)",
            "B 'E-mailadres' → overgeslagen (e-mailadres)",
            "C 'Respondentnummer' → respondent",
            "D 'Naam van uw organisatie' → partij",
            "E 'Uw naam' → naam",
            "F 'SCORE ONTWERPER' → score Ontwerper",
            "G 'Kwartiermaker (1-5)' → score Kwartiermaker",
            "H 'Hoe aanwezig is de rol van Verbinder?' → score Verbinder",
            "I 'dirigent' → score Dirigent",
            "J 'Toelichting bij Verbinder' → toelichting Verbinder",
            "K 'Datum interview' → interview"
        ]);
    });

    it('matches a role with an accent or an underscore written without them', () => {
        const { mapping, problems } = mapColumns(['Partij', 'Trekker', 'Coordinator (0-10)', 'Stille kracht', 'Opmerking coördinator'], VARIANT);
        expect(problems).toEqual([]);
        expect(mapping.columns.map(c => c.target)).toEqual([
            { kind: 'partij' }, { kind: 'score', role: 'Trekker' }, { kind: 'score', role: 'Coördinator' },
            { kind: 'score', role: 'Stille_kracht' }, { kind: 'toelichting', role: 'Coördinator' }
        ]);
    });

    it('reports a score column for a role the model does not know, with the closest role and the fix', () => {
        const { problems } = mapColumns(['Partij', 'Ontwerper', 'Kwartiermaker', 'Verbinder', 'Dirigent', 'Score Regisseur'], MODEL);
        expect(problems.map(p => formatSheetProblem('f.csv', p))).toEqual([
            "f.csv, rij 1, kolom F ('Score Regisseur'): fout De kop lijkt een score, maar noemt geen rol van Regieneming versie 1.0 " +
            '(Ontwerper, Kwartiermaker, Verbinder, Dirigent). Koppel de kolom met --kolom "Score Regisseur=<rol>", ' +
            'of sla haar over met --kolom "Score Regisseur=negeer".'
        ]);
        const typo = mapColumns(['Partij', 'Ontwerper', 'Kwartiermaker', 'Verbinder', 'Dirigent', 'Verbindr (1-5)'], MODEL);
        expect(message(typo.problems[0])).toContain('Bedoelt u Verbinder?');
    });

    it('reports a missing party or role column, and two columns for one role', () => {
        const { problems } = mapColumns(['Ontwerper', 'Ontwerper score', 'Verbinder'], MODEL);
        expect(problems.map(p => formatSheetProblem('f.csv', p))).toEqual([
            "f.csv, rij 1, kolom B ('Ontwerper score'): fout Deze kolom en kolom A ('Ontwerper') horen allebei bij score Ontwerper. " +
            'Koppel er één met --kolom "<kop>=Ontwerper" en sla de andere over met --kolom "<kop>=negeer".',
            "f.csv, rij 1: fout Geen kolom voor de partij gevonden (een kop met 'partij' of 'organisatie'). Koppel er een met --kolom \"<kop>=partij\".",
            "f.csv, rij 1: fout Geen kolom voor de rol Kwartiermaker gevonden (een kop die 'Kwartiermaker' noemt). Voeg de kolom toe of koppel er een met --kolom \"<kop>=Kwartiermaker\".",
            "f.csv, rij 1: fout Geen kolom voor de rol Dirigent gevonden (een kop die 'Dirigent' noemt). Voeg de kolom toe of koppel er een met --kolom \"<kop>=Dirigent\"."
        ]);
    });

    it('lets an explicit mapping win over the guesses and reports a target it does not know', () => {
        const headers = ['Org', 'Vraag 1', 'Vraag 2', 'Vraag 3', 'Vraag 4', 'Partij (oud)'];
        const { mapping, problems } = mapColumns(headers, MODEL, [
            { header: 'org', target: 'partij' }, { header: 'Vraag 1', target: 'ontwerper' }, { header: 'Vraag 2', target: 'Kwartiermaker' },
            { header: 'Vraag 3', target: 'Verbinder' }, { header: 'Vraag 4', target: 'Dirigent' }
        ]);
        expect(problems).toEqual([]);
        expect(describeMapping(mapping)).toEqual([
            "A 'Org' → partij (koppeling)", "B 'Vraag 1' → score Ontwerper (koppeling)", "C 'Vraag 2' → score Kwartiermaker (koppeling)",
            "D 'Vraag 3' → score Verbinder (koppeling)", "E 'Vraag 4' → score Dirigent (koppeling)",
            "F 'Partij (oud)' → overgeslagen (de koppeling wijst partij aan een andere kolom toe)"
        ]);
        const wrong = mapColumns(headers, MODEL, [{ header: 'Vraag 1', target: 'Ontwerpr' }, { header: 'Vraag 9', target: 'partij' }]);
        expect(wrong.problems.slice(0, 2).map(message)).toEqual([
            "Onbekend doel 'Ontwerpr' in de koppeling. Bedoelt u Ontwerper? Kies respondent, naam, partij, functie, interview, regio, negeer, " +
            "een rol van Regieneming versie 1.0 (Ontwerper, Kwartiermaker, Verbinder, Dirigent) of '<rol> toelichting'.",
            "De koppeling noemt de kolom 'Vraag 9', maar die staat niet in de kopregel. Koppen in het blad: 'Org', 'Vraag 1', 'Vraag 2', 'Vraag 3', 'Vraag 4', 'Partij (oud)'."
        ]);
    });

    it('recognises a sheet with one row per respondent and role (the long export) and says how to import', () => {
        const { headers } = wordScoreTable(scoreTable([], { wide: false }), 'en');
        const result = mapColumns(['Regio', 'Model', 'Focus', 'Respondent', 'Partij', 'Rol', 'Score', 'Label', 'Toelichting'], MODEL);
        expect(result.problems.map(p => formatSheetProblem('lang.csv', p))).toEqual([
            "lang.csv, rij 1, kolom F ('Rol'): fout Dit blad heeft een rij per respondent en rol (de kolommen 'Rol' en 'Score'), zoals zelfscan export zonder --breed het schrijft. " +
            'De import leest een rij per respondent met een kolom per rol: exporteer met --breed, of zet elke rol in een eigen kolom.'
        ]);
        expect(mapColumns(headers, MODEL).problems.map(p => p.column)).toEqual([5]);
        // A sheet that also has a column per role is not the long form: 'Score' is then a column like any other.
        expect(mapColumns(['Partij', 'Rol', 'Score', 'Ontwerper', 'Kwartiermaker', 'Verbinder', 'Dirigent'], MODEL).problems.map(message))
            .toEqual([expect.stringMatching(/^De kop lijkt een score, maar noemt geen rol/)]);
    });

    it('names columns as a spreadsheet does and normalises text', () => {
        expect([0, 25, 26, 51, 701, 702].map(cellName)).toEqual(['A', 'Z', 'AA', 'AZ', 'ZZ', 'AAA']);
        expect(normalise('  Coördinator (1–5)?')).toBe('coordinator 1 5');
    });
});

describe('reading the rows', () => {
    const header = ['Respondent', 'Partij', 'Functie', 'Interview', 'Ontwerper', 'Toelichting Ontwerper', 'Kwartiermaker', 'Verbinder', 'Dirigent'];

    it('reads a party by id or label, a score by number or label, an empty cell as ?, and writes the canonical text', () => {
        const plan = planImport({
            model: MODEL, region: 'Regio Noord', focus: 'po_vo', sheet: sheet(header,
                ['1', 'Gemeente', 'Beleids-\nadviseur', '1-2-2024', '4', "'=SOM(A1)", 'Regelmatig aanwezig', '2,0', ''],
                ['', '', '', '', '', '', '', '', ''],
                ['R7', 'SAMENWERKINGSVERBAND PASSEND ONDERWIJS', '', '2024-02-03 10:15', '3 - Regelmatig aanwezig', 'Regel\r\ntwee', '?', '5', '1'])
        });
        expect(plan.problems).toEqual([]);
        expect(plan.text).toBe([
            'regioscan "Regio Noord" {',
            '    model Regieneming versie 1.0',
            '    focus po_vo',
            '',
            '    respondent R1 partij gemeente "Beleids- adviseur" {',
            '        interview 2024-02-01',
            '        Ontwerper 4 "=SOM(A1)"',
            '        Kwartiermaker 3',
            '        Verbinder 2',
            '        Dirigent ?',
            '    }',
            '',
            '    respondent R7 partij swv {',
            '        interview 2024-02-03',
            '        Ontwerper 3 "Regel\ntwee"',
            '        Kwartiermaker ?',
            '        Verbinder 5',
            '        Dirigent 1',
            '    }',
            '}',
            ''
        ].join('\n'));
    });

    it('reports every cell it cannot read with its row, column and a fix', () => {
        const plan = planImport({
            model: MODEL, region: 'Regio Noord', sheet: sheet(header,
                ['Jan de Vries', 'gemeentee', '', '31 februari', 'veel', '', '3 - Ruim aanwezig', '-1', '2.5'],
                ['', '', '', '', '1', '', '1', '1', '1'])
        });
        expect(plan.problems.map(p => formatSheetProblem('f.csv', p))).toEqual([
            "f.csv, rij 2, kolom A ('Respondent'): fout 'Jan de Vries' is geen respondentcode: gebruik letters, cijfers en _, beginnend met een letter, bijvoorbeeld R1. Staat hier een naam, koppel de kolom dan met --kolom \"<kop>=naam\".",
            "f.csv, rij 2, kolom B ('Partij'): fout Onbekende partij 'gemeentee'. Bedoelt u gemeente? Regieneming versie 1.0 kent: gemeente (Gemeente), swv (Samenwerkingsverband passend onderwijs), jeugdhulp (Jeugdhulp/CJG). Schrijf de naam of de omschrijving van een van deze partijen.",
            "f.csv, rij 2, kolom D ('Interview'): fout '31 februari' is geen datum. Schrijf de datum als JJJJ-MM-DD (2024-02-01) of D-M-JJJJ (1-2-2024), of laat de cel leeg.",
            "f.csv, rij 2, kolom E ('Ontwerper'): fout 'veel' is geen score. Geef een getal van 1 tot en met 5, een omschrijving van de schaal ('Niet of nauwelijks aanwezig', 'Incidenteel aanwezig', 'Regelmatig aanwezig', 'Redelijk aanwezig', 'Ruim aanwezig'), of laat de cel leeg voor ? (geen oordeel).",
            "f.csv, rij 2, kolom G ('Kwartiermaker'): fout In '3 - Ruim aanwezig' spreken het getal en de omschrijving elkaar tegen: 3 is 'Regelmatig aanwezig'. Schrijf alleen het getal of alleen de omschrijving.",
            "f.csv, rij 2, kolom H ('Verbinder'): fout '-1' is geen score. Geef een getal van 1 tot en met 5, een omschrijving van de schaal ('Niet of nauwelijks aanwezig', 'Incidenteel aanwezig', 'Regelmatig aanwezig', 'Redelijk aanwezig', 'Ruim aanwezig'), of laat de cel leeg voor ? (geen oordeel).",
            "f.csv, rij 2, kolom I ('Dirigent'): fout '2.5' is geen score. Geef een getal van 1 tot en met 5, een omschrijving van de schaal ('Niet of nauwelijks aanwezig', 'Incidenteel aanwezig', 'Regelmatig aanwezig', 'Redelijk aanwezig', 'Ruim aanwezig'), of laat de cel leeg voor ? (geen oordeel).",
            "f.csv, rij 3, kolom A ('Respondent'): fout De respondentcode is leeg. Vul een code in zoals R1, of laat de kolom weg: dan heten de rijen R1, R2, …",
            "f.csv, rij 3, kolom B ('Partij'): fout De partij is leeg. Vul de partij in; Regieneming versie 1.0 kent: gemeente (Gemeente), swv (Samenwerkingsverband passend onderwijs), jeugdhulp (Jeugdhulp/CJG)."
        ]);
    });

    it('keeps personal names but writes `namen tonen` only when asked, and says so', () => {
        const named = sheet(['Naam', 'Partij', 'Ontwerper', 'Kwartiermaker', 'Verbinder', 'Dirigent'], ['Jan de Vries', 'gemeente', '1', '2', '3', '4'], ['', 'swv', '1', '2', '3', '4']);
        const hidden = planImport({ model: MODEL, region: 'Regio Noord', sheet: named });
        expect(hidden.text.split('\n').slice(0, 5)).toEqual(['regioscan "Regio Noord" {', '    model Regieneming versie 1.0', '', '    respondent R1 partij gemeente {', '        naam "Jan de Vries"']);
        expect(hidden.notices.map(p => formatSheetProblem('f.csv', p))).toEqual([
            "f.csv, kolom A ('Naam'): info Een respondent heeft een naam in deze kolom. De scan bewaart de namen (naam \"…\"), maar rapporten en exports tonen ze pas als de scan 'namen tonen' zegt. " +
            'Voeg dat toe (of importeer met --namen-tonen) als de respondenten ermee instemmen dat hun naam in een rapport staat.'
        ]);
        const shown = planImport({ model: MODEL, region: 'Regio Noord', sheet: named, namesVisible: true });
        expect(shown.text.split('\n').slice(0, 4)).toEqual(['regioscan "Regio Noord" {', '    model Regieneming versie 1.0', '    namen tonen', '']);
        expect(shown.notices).toEqual([]);
        expect(planImport({ model: MODEL, region: 'Regio Noord', sheet: sheet(['Partij', 'Ontwerper', 'Kwartiermaker', 'Verbinder', 'Dirigent'], ['swv', '1', '2', '3', '4']) }).notices).toEqual([]);
    });

    // Spaces, tabs, line breaks, non-breaking and zero-width spaces, byte-order marks: what forms and copied text put around a value.
    const padding = fc.array(fc.constantFrom(' ', '\t', '\r\n', '\n', '\u00a0', '\u200b', '\u2060', '\ufeff'), { maxLength: 4 }).map(parts => parts.join(''));
    const padded = (cells: readonly string[]) => fc.tuple(...cells.map(() => fc.tuple(padding, padding))).map(pads => cells.map((cell, i) => pads[i][0] + cell + pads[i][1]));

    it('ignores the white space around every cell and header (property)', () => {
        const rows = [
            ['1', 'Gemeente', 'Beleids-\nadviseur', '1-2-2024', '4', "'=SOM(A1)", 'Regelmatig aanwezig', '2,0', ''],
            ['R7', 'swv', '', '2024-02-03 10:15', '3 - Regelmatig aanwezig', 'Regel\r\ntwee', '?', '5', '1']
        ];
        const plain = planImport({ model: MODEL, region: 'Regio Noord', focus: 'po_vo', sheet: sheet(header, ...rows) });
        expect(plain.problems).toEqual([]);
        fc.assert(fc.property(padded(header), padded(rows[0]), padded(rows[1]), (h, a, b) => {
            const plan = planImport({ model: MODEL, region: 'Regio Noord', focus: 'po_vo', sheet: sheet(h, a, b) });
            expect(plan.problems).toEqual([]);
            expect(plan.text).toBe(plain.text);
        }), { numRuns: 300 });
    });

    it('reports the same problems, quoting the values without their white space (property)', () => {
        const row = ['Jan de Vries', 'gemeentee', '', '31 februari', 'veel', '', '3 - Ruim aanwezig', '-1', '2.5'];
        const plain = planImport({ model: MODEL, region: 'Regio Noord', sheet: sheet(header, row) }).problems;
        expect(plain.length).toBe(7);
        fc.assert(fc.property(padded(row), cells => {
            expect(planImport({ model: MODEL, region: 'Regio Noord', sheet: sheet(header, cells) }).problems).toEqual(plain);
        }), { numRuns: 300 });
    });

    it('reads a variant scale by its own labels and range', () => {
        const plan = planImport({
            model: VARIANT, region: 'R', sheet: sheet(['Partij', 'Trekker', 'Coördinator', 'Stille kracht'], ['school', 'Volledig', '0', '7'])
        });
        expect(plan.problems).toEqual([]);
        expect(plan.text).toContain('        Trekker 10\n        Coördinator 0\n        Stille_kracht 7\n');
    });

    it('keeps only the rows of the region when the sheet has a region column', () => {
        const plan = planImport({
            model: MODEL, region: 'Regio Zuid', sheet: sheet(['Regio', 'Partij', 'Ontwerper', 'Kwartiermaker', 'Verbinder', 'Dirigent'],
                ['Regio Noord', 'gemeente', '1', '1', '1', '1'], ['regio zuid', 'swv', '2', '2', '2', '2'])
        });
        expect(plan.converted.otherRegionRows).toBe(1);
        expect(plan.converted.respondents.map(r => r.party)).toEqual(['swv']);
        const none = planImport({ ...{ model: MODEL, sheet: sheet(['Regio', 'Partij', 'Ontwerper', 'Kwartiermaker', 'Verbinder', 'Dirigent'], ['Regio Noord', 'gemeente', '1', '1', '1', '1']) }, region: 'Elders' });
        expect(none.problems.map(message)).toEqual(["Geen rij hoort bij de regio 'Elders' (de kolom 'Regio' noemt andere regio's). Controleer --regio."]);
    });

    it('puts a validator finding on the row and column its line came from', () => {
        const plan = planImport({
            model: MODEL, region: 'R', sheet: sheet(header, ['R1', 'gemeente', '', '', '7', '', '1', '1', '1'], ['R1', 'swv', '', '', '1', '', '1', '1', '1'])
        });
        const lineOf = (text: string) => plan.lines.findIndex((line, i) => line.text.includes(text) && i > 0);
        const findings = traceFindings(plan, [
            { line: lineOf('Ontwerper 7'), severity: 'fout', message: 'Score 7 valt buiten de schaal.', code: 'score-buiten-schaal' },
            { line: plan.lines.findIndex(l => l.text.includes('respondent R1 partij swv')), severity: 'fout', message: `Respondent 'R1' komt al voor op regel ${lineOf('respondent R1 partij gemeente') + 1}.` },
            { line: 1, severity: 'waarschuwing', message: 'Te weinig interviews.' },
            { line: 1, severity: 'info', message: 'Niet getoond.' }
        ], header);
        expect(findings.map(p => formatSheetProblem('f.csv', p))).toEqual([
            "f.csv, rij 2, kolom E ('Ontwerper'): fout Score 7 valt buiten de schaal. [score-buiten-schaal]",
            "f.csv, rij 3, kolom A ('Respondent'): fout Respondent 'R1' komt al voor in rij 2.",
            'f.csv: waarschuwing Te weinig interviews.'
        ]);
    });
});

describe('the score table', () => {
    const entry: ScoreTableEntry = {
        roles: ['Ontwerper', 'Verbinder'],
        labels: new Map([[1, 'Laag'], [2, 'Hoog']]),
        scan: {
            region: 'Regio Noord', model: { name: 'Regieneming', version: '1.0' }, focus: 'po_vo', traits: [], obstacles: [], handholds: [],
            namesVisible: false, roleHolders: [],
            respondents: [{ id: 'R1', party: 'gemeente', personName: 'Jan', function: 'Adviseur', scores: [{ role: 'Verbinder', value: 2, note: '=1+1' }, { role: 'Ontwerper', value: null }] }]
        }
    };

    it('is data: its columns by kind, the model version as name and version', () => {
        const table = scoreTable([entry], { wide: true });
        expect(table.columns).toEqual([
            { kind: 'region' }, { kind: 'model' }, { kind: 'focus' }, { kind: 'respondent' }, { kind: 'party' }, { kind: 'function' }, { kind: 'interview' },
            { kind: 'roleScore', role: 'Ontwerper' }, { kind: 'roleNote', role: 'Ontwerper' }, { kind: 'roleScore', role: 'Verbinder' }, { kind: 'roleNote', role: 'Verbinder' }
        ]);
        expect(table.rows[0][1]).toEqual({ name: 'Regieneming', version: '1.0' });
    });

    it('is long by default: one row per respondent and role, roles in model order, no names unless the scan shows them', () => {
        expect(wordScoreTable(scoreTable([entry], { wide: false }), 'nl')).toEqual({
            headers: ['Regio', 'Model', 'Focus', 'Respondent', 'Partij', 'Rol', 'Score', 'Label', 'Toelichting'],
            rows: [
                ['Regio Noord', 'Regieneming versie 1.0', 'po_vo', 'R1', 'gemeente', 'Ontwerper', null, null, null],
                ['Regio Noord', 'Regieneming versie 1.0', 'po_vo', 'R1', 'gemeente', 'Verbinder', 2, 'Hoog', '=1+1']
            ]
        });
    });

    it('is wide on request, with names only for a scan that shows them', () => {
        const shown: ScoreTableEntry = { ...entry, scan: { ...entry.scan, region: 'Regio Zuid', namesVisible: true } };
        expect(wordScoreTable(scoreTable([entry, shown], { wide: true }), 'nl')).toEqual({
            headers: ['Regio', 'Model', 'Focus', 'Respondent', 'Partij', 'Functie', 'Naam', 'Interview', 'Ontwerper', 'Ontwerper toelichting', 'Verbinder', 'Verbinder toelichting'],
            rows: [
                ['Regio Noord', 'Regieneming versie 1.0', 'po_vo', 'R1', 'gemeente', 'Adviseur', null, null, null, null, 2, '=1+1'],
                ['Regio Zuid', 'Regieneming versie 1.0', 'po_vo', 'R1', 'gemeente', 'Adviseur', 'Jan', null, null, null, 2, '=1+1']
            ]
        });
    });

    it('has English headers and model cells on request; the scans\' content stays as written', () => {
        const shown: ScoreTableEntry = { ...entry, scan: { ...entry.scan, namesVisible: true } };
        expect(wordScoreTable(scoreTable([shown], { wide: false }), 'en')).toEqual({
            headers: ['Region', 'Model', 'Focus', 'Respondent', 'Party', 'Name', 'Role', 'Score', 'Label', 'Note'],
            rows: [
                ['Regio Noord', 'Regieneming version 1.0', 'po_vo', 'R1', 'gemeente', 'Jan', 'Ontwerper', null, null, null],
                ['Regio Noord', 'Regieneming version 1.0', 'po_vo', 'R1', 'gemeente', 'Jan', 'Verbinder', 2, 'Hoog', '=1+1']
            ]
        });
        expect(wordScoreTable(scoreTable([entry], { wide: true }), 'en').headers).toEqual(
            ['Region', 'Model', 'Focus', 'Respondent', 'Party', 'Function', 'Interview', 'Ontwerper', 'Ontwerper note', 'Verbinder', 'Verbinder note']);
    });

    it('reads its own headers back in both languages: every column of a wide export maps to what it came from', () => {
        const shown: ScoreTableEntry = { ...entry, scan: { ...entry.scan, namesVisible: true } };
        for (const language of ['nl', 'en'] as const) {
            const { headers } = wordScoreTable(scoreTable([shown], { wide: true }), language);
            expect(describeMapping(mapColumns(headers, { name: 'Regieneming', version: '1.0', roles: ['Ontwerper', 'Verbinder'] }).mapping)).toEqual([
                `A '${headers[0]}' → regio`, "B 'Model' → overgeslagen (het model komt van --model)", "C 'Focus' → overgeslagen (de focus komt van --focus)",
                "D 'Respondent' → respondent", `E '${headers[4]}' → partij`, `F '${headers[5]}' → functie`, `G '${headers[6]}' → naam`,
                "H 'Interview' → interview", "I 'Ontwerper' → score Ontwerper", `J '${headers[9]}' → toelichting Ontwerper`,
                "K 'Verbinder' → score Verbinder", `L '${headers[11]}' → toelichting Verbinder`
            ]);
        }
    });

    it('neutralises every text cell a spreadsheet would read as a formula, as OWASP advises', () => {
        const cells = ['=SOM(A1)', '+31 6', '-2', '@cmd', '\tx', '\rx', 'a=b', ' =x', 7, -3, null];
        expect(cells.map(neutraliseCell)).toEqual(["'=SOM(A1)", "'+31 6", "'-2", "'@cmd", "'\tx", "'\rx", 'a=b', ' =x', 7, -3, null]);
    });
});
