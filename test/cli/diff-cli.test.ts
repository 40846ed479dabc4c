import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangeSchema } from '../../src/domain/report-model.js';
import { ScanChangeSchema } from '../../src/domain/scan-diff.js';
import { EXAMPLES } from '../helpers/workspace.js';
import { bundleCli, type CliBundle } from '../helpers/cli-bundle.js';

let scratch: string;
let cli: string;

const BRAKELDONK = path.join('scans', 'regio-brakeldonk-2024.regioscan');
const MODEL_1_0 = path.join('model', 'regieneming-1.0.zelfscan');
const MODEL_1_1 = path.join('model', 'regieneming-1.1.zelfscan');

/** The command line as users run it: the bundled CLI in a child process, in `cwd`. */
function run(args: string[], cwd: string) {
    const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh copy of examples/ (model/ and scans/), with extra files written relative to it. */
function project(files: Record<string, string> = {}): string {
    const root = mkdtempSync(path.join(scratch, 'p-'));
    cpSync(EXAMPLES, root, { recursive: true });
    for (const [name, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
        writeFileSync(path.join(root, name), text);
    }
    return root;
}

/** The text of an example file with each [old, new] replaced once; fails loudly when an old text is not there. */
function edited(file: string, ...replacements: Array<[string, string]>): string {
    let text = readFileSync(path.join(EXAMPLES, file), 'utf8');
    for (const [old, replacement] of replacements) {
        expect(text, old).toContain(old);
        text = text.replace(old, replacement);
    }
    return text;
}

/** An edit under review: a new respondent, two scores, an answer and the check date of the factsheet. */
const EDITED_SCAN = () => edited(BRAKELDONK,
    ['Ontwerper 5 "De klas', 'Ontwerper 4 "De klas'],
    ['Verbinder 1 "Buiten', 'Verbinder ? "Buiten'],
    ['De gemeente financiert een deel', 'De gemeente financiert de helft'],
    ['getoetst 2024-11-15', 'getoetst 2024-11-18'],
    ['\n\n    factsheet {', '\n    respondent R6 partij gemeente {\n        Ontwerper 3\n        Kwartiermaker 3\n        Verbinder 3\n        Dirigent 3\n    }\n\n    factsheet {']);

const EDITED_SCAN_OUTPUT = [
    'Respondenten',
    '  Respondent R6 toegevoegd (partij gemeente): Ontwerper 3, Kwartiermaker 3, Verbinder 3, Dirigent 3',
    'Scores',
    '  Ontwerper, respondent R2: 5 → 4',
    '  Verbinder, respondent R4: 1 → ?',
    'Factsheet',
    '  Antwoord b gewijzigd',
    '  Toetsdatum factsheet: 2024-11-15 → 2024-11-18',
    // What the changes do to the region report (model 1.0: weak at most 2, disagreement from a spread of 2).
    // Kwartiermaker moves from 16/5 to 19/6, both 3,2 as the report shows them: not listed.
    'Gemiddelden in het regiorapport',
    '  Ontwerper: 4,0 → 3,7',
    '  Verbinder: 2,2 → 2,6',
    '  Dirigent: 1,6 → 1,8',
    'Signalen in het regiorapport',
    '  Onenigheid Ontwerper vervallen (was spreiding 2)',
    '  Onenigheid Verbinder vervallen (was spreiding 2)',
    '  Onenigheid Dirigent nieuw: spreiding 2',
    '5 wijzigingen.'
];

/** The lines of the file changes alone (what `text` of each JSON change holds). */
const EDITED_SCAN_CHANGES = EDITED_SCAN_OUTPUT.slice(0, EDITED_SCAN_OUTPUT.indexOf('Gemiddelden in het regiorapport'))
    .filter(line => line.startsWith('  ')).map(line => line.trim());

let bundle: CliBundle;

beforeAll(async () => {
    bundle = await bundleCli('zelfscan-diff-');
    scratch = bundle.scratch;
    cli = bundle.cli;
});

afterAll(() => bundle.dispose());

describe('zelfscan diff of two versions of a scan', () => {
    it('says there is no change and exits 0 for an unchanged copy', () => {
        const root = project({ 'review/brakeldonk.regioscan': readFileSync(path.join(EXAMPLES, BRAKELDONK), 'utf8') });
        const result = run(['diff', BRAKELDONK, 'review/brakeldonk.regioscan'], root);
        expect(result).toEqual({ code: 0, stdout: 'Geen wijzigingen.\n', stderr: '' });
    });

    it('prints one line per change under a heading per section and exits 1', () => {
        const root = project({ 'review/brakeldonk.regioscan': EDITED_SCAN() });
        const result = run(['diff', BRAKELDONK, 'review/brakeldonk.regioscan'], root);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(1);
        expect(result.stdout).toBe(EDITED_SCAN_OUTPUT.join('\n') + '\n');
    });

    it('writes the changes as JSON with --json', () => {
        const root = project({ 'review/brakeldonk.regioscan': EDITED_SCAN() });
        const result = run(['diff', BRAKELDONK, 'review/brakeldonk.regioscan', '--json'], root);
        expect(result.code).toBe(1);
        const json = JSON.parse(result.stdout);
        expect(json.kind).toBe('regioscan');
        expect(json.before).toBe(BRAKELDONK);
        expect(json.after).toBe('review/brakeldonk.regioscan');
        const changes = json.changes.map((change: unknown) => ScanChangeSchema.parse(change));
        expect(changes.map((c: { kind: string }) => c.kind)).toEqual([
            'respondent-toegevoegd', 'score-gewijzigd', 'score-gewijzigd', 'antwoord-gewijzigd', 'toetsdatum-gewijzigd'
        ]);
        // The data of the domain, with the line the text output shows for it.
        expect(json.changes[2]).toEqual({
            kind: 'score-gewijzigd', field: 'score', change: 'gewijzigd', section: 'scores', respondent: 'R4', role: 'Verbinder', before: 1, after: null,
            text: 'Verbinder, respondent R4: 1 → ?'
        });
        expect(json.changes.map((c: { text: string }) => c.text)).toEqual(EDITED_SCAN_CHANGES);
        // The figures with their exact values, the mean that does not show a change included.
        expect(json.figures.map((f: { text: string }) => f.text)).toEqual([
            'Ontwerper: 4,0 → 3,7', 'Kwartiermaker: 3,2 → 3,2', 'Verbinder: 2,2 → 2,6', 'Dirigent: 1,6 → 1,8',
            'Onenigheid Ontwerper vervallen (was spreiding 2)', 'Onenigheid Verbinder vervallen (was spreiding 2)', 'Onenigheid Dirigent nieuw: spreiding 2'
        ]);
        expect(json.figures[1]).toEqual({ kind: 'gemiddelde', role: 'Kwartiermaker', before: 3.2, after: 19 / 6, text: 'Kwartiermaker: 3,2 → 3,2' });
        expect(json.figures[6]).toEqual({
            kind: 'signaal', flag: 'onenigheid', role: 'Dirigent', change: 'toegevoegd',
            after: { kind: 'onenigheid', role: 'Dirigent', min: 1, max: 3, spread: 2 }, text: 'Onenigheid Dirigent nieuw: spreiding 2'
        });
        // The answer is long: JSON, like the text, does not repeat it.
        expect(result.stdout).not.toContain('financiert');
    });

    it('words the changes in English with --taal en, in text, Markdown and JSON', () => {
        const root = project({ 'review/brakeldonk.regioscan': EDITED_SCAN() });
        const english = [
            'Respondents',
            '  Respondent R6 added (party gemeente): Ontwerper 3, Kwartiermaker 3, Verbinder 3, Dirigent 3',
            'Scores',
            '  Ontwerper, respondent R2: 5 → 4',
            '  Verbinder, respondent R4: 1 → ?',
            'Factsheet',
            '  Answer b changed',
            '  Factsheet check date: 2024-11-15 → 2024-11-18',
            'Means in the region report',
            '  Ontwerper: 4.0 → 3.7',
            '  Verbinder: 2.2 → 2.6',
            '  Dirigent: 1.6 → 1.8',
            'Signals in the region report',
            '  Disagreement Ontwerper gone (was spread 2)',
            '  Disagreement Verbinder gone (was spread 2)',
            '  Disagreement Dirigent new: spread 2',
            '5 changes.'
        ];
        expect(run(['diff', BRAKELDONK, 'review/brakeldonk.regioscan', '--taal', 'en'], root))
            .toEqual({ code: 1, stderr: '', stdout: english.join('\n') + '\n' });
        const markdown = run(['diff', BRAKELDONK, 'review/brakeldonk.regioscan', '--taal', 'en', '--format', 'md'], root);
        expect(markdown.stdout.split('\n').slice(0, 3)).toEqual(['### Changes in review/brakeldonk.regioscan', '', '**Respondents**']);
        expect(markdown.stdout.trimEnd().split('\n').at(-1)).toBe('5 changes.');
        const json = JSON.parse(run(['diff', BRAKELDONK, 'review/brakeldonk.regioscan', '--taal', 'en', '--json'], root).stdout);
        expect(json.changes.map((c: { text: string }) => c.text)).toEqual(english.slice(0, 8).filter(line => line.startsWith('  ')).map(line => line.trim()));
        for (const output of [english.join('\n'), markdown.stdout]) {
            expect(output).not.toMatch(/toegevoegd|gewijzigd|verwijderd|wijziging|Respondenten|Antwoord|Toetsdatum|partij|Wijzigingen/);
        }
        expect(run(['diff', BRAKELDONK, BRAKELDONK, '--taal', 'en'], root)).toEqual({ code: 0, stdout: 'No changes.\n', stderr: '' });
        expect(run(['diff', BRAKELDONK, BRAKELDONK, '--taal', 'fr'], root))
            .toEqual({ code: 2, stdout: '', stderr: "zelfscan: Onbekende taal 'fr'. Kies nl of en.\n" });
    });

    it('refuses a side with a syntax error: exit 2 with the file, line and column of the first one', () => {
        const broken = edited(BRAKELDONK, ['partij swv "Orthopedagoog', 'partij "Orthopedagoog'], ['Verbinder 2\n        Dirigent 1', 'Verbinder 2\n        Dirigent #']);
        const root = project({ 'review/kapot.regioscan': broken });
        for (const args of [[BRAKELDONK, 'review/kapot.regioscan'], ['review/kapot.regioscan', BRAKELDONK]]) {
            const result = run(['diff', ...args], root);
            expect(result.code).toBe(2);
            expect(result.stdout).toBe('');
            expect(result.stderr).toBe(
                'review/kapot.regioscan:23:18 fout Onverwacht teken \'#\'. Namen bestaan uit letters, cijfers en \'_\'; tekst staat tussen dubbele aanhalingstekens.\n'
                + "zelfscan: 'review/kapot.regioscan' bevat een syntaxfout en kan niet vergeleken worden. Herstel die eerst ('zelfscan validate' noemt alle fouten).\n");
        }
        const parseError = project({ 'review/kapot.regioscan': edited(BRAKELDONK, ['partij swv "Orthopedagoog', 'partij "Orthopedagoog']) });
        const result = run(['diff', BRAKELDONK, 'review/kapot.regioscan'], parseError);
        expect(result.code).toBe(2);
        expect(result.stderr.split('\n')[0]).toBe(
            'review/kapot.regioscan:32:26 fout Hier wordt een naam verwacht, maar er staat \'"Orthopedagoog samenwerkingsve…\'.');
    });

    it('rejects usage errors with exit 2: a missing file, two kinds of file, another extension, one or three paths', () => {
        const root = project({ 'notities.txt': 'x' });
        const cases: Array<[string[], string]> = [
            [[BRAKELDONK, 'scans/weg.regioscan'], "zelfscan: 'scans/weg.regioscan' bestaat niet of is geen bestand.\n"],
            [[BRAKELDONK, MODEL_1_0], `zelfscan: '${BRAKELDONK}' en '${MODEL_1_0}' zijn niet van dezelfde soort: vergelijk twee versies van één regioscan (.regioscan) of van één model (.zelfscan).\n`],
            [['notities.txt', BRAKELDONK], "zelfscan: 'notities.txt' is geen .zelfscan- of .regioscan-bestand.\n"],
            [[BRAKELDONK], "zelfscan: het argument 'na' ontbreekt. Zie 'zelfscan --help'.\n"],
            [[BRAKELDONK, BRAKELDONK, BRAKELDONK], 'zelfscan: diff vergelijkt twee bestanden, maar kreeg er 3. Gebruik: zelfscan diff <voor> <na>.\n']
        ];
        for (const [args, message] of cases) {
            const result = run(['diff', ...args], root);
            expect(result.code, args.join(' ')).toBe(2);
            expect(result.stderr, args.join(' ')).toBe(message);
            expect(result.stdout, args.join(' ')).toBe('');
        }
    });
});

describe('zelfscan diff of two model versions', () => {
    it('lists what version 1.1 of the example changes relative to 1.0, as the changelog does', () => {
        const result = run(['diff', MODEL_1_0, MODEL_1_1], project());
        expect(result.stderr).toBe('');
        expect(result.code).toBe(1);
        expect(result.stdout).toBe([
            'Instellingen',
            '  versie gewijzigd: Regieneming versie 1.0 → Regieneming versie 1.1',
            '  breidt uit toegevoegd: (geen) → Regieneming versie 1.0',
            '  bron gewijzigd',
            'Rollen',
            '  Ontwerper gewijzigd: actie kennis_ophalen gewijzigd',
            '  Kwartiermaker gewijzigd: actie ruimte_teamleden toegevoegd',
            'Partijen',
            '  jeugd_ggz toegevoegd',
            'Manieren van gebruik',
            '  tussen_domeinen gewijzigd: reflectie rollen_verdelen toegevoegd',
            'Knelpunten',
            '  belangenverschillen gewijzigd: benaming gewijzigd: "Er zijn belangenverschillen tussen de partners" → '
            + '"Er zijn belangenverschillen tussen de partners en hun doelen blijven los van elkaar staan"; omschrijving gewijzigd',
            '  losse_doelen vervallen',
            // The examples' four scans on 1.0, judged as zelfscan migrate would: two use the obstacle 1.1 retires.
            'Scans in de werkruimte',
            '  2 van de 4 scans op Regieneming versie 1.0 kunnen niet naar Regieneming versie 1.1:',
            '    Knelpunt losse_doelen vervallen in Regieneming versie 1.1: 2 scans',
            '9 wijzigingen.',
            ''
        ].join('\n'));
        expect(run(['diff', MODEL_1_0, MODEL_1_1, '--taal', 'en'], project()).stdout).toBe([
            'Settings',
            '  version changed: Regieneming version 1.0 → Regieneming version 1.1',
            '  extends added: (none) → Regieneming version 1.0',
            '  source changed',
            'Roles',
            '  Ontwerper changed: action kennis_ophalen changed',
            '  Kwartiermaker changed: action ruimte_teamleden added',
            'Parties',
            '  jeugd_ggz added',
            'Uses',
            '  tussen_domeinen changed: prompt rollen_verdelen added',
            'Obstacles',
            '  belangenverschillen changed: label changed: "Er zijn belangenverschillen tussen de partners" → '
            + '"Er zijn belangenverschillen tussen de partners en hun doelen blijven los van elkaar staan"; description changed',
            '  losse_doelen retired',
            'Scans in the workspace',
            '  2 of the 4 scans on Regieneming version 1.0 cannot move to Regieneming version 1.1:',
            '    Obstacle losse_doelen retired in Regieneming version 1.1: 2 scans',
            '9 changes.',
            ''
        ].join('\n'));
        const json = JSON.parse(run(['diff', MODEL_1_0, MODEL_1_1, '--json'], project()).stdout);
        expect(json.kind).toBe('model');
        expect(json.changes.map((change: unknown) => ChangeSchema.parse(change)).map((c: { name: string }) => c.name)).toEqual([
            'versie', 'basis', 'bron', 'Ontwerper', 'Kwartiermaker', 'jeugd_ggz', 'tussen_domeinen', 'belangenverschillen', 'losse_doelen'
        ]);
    });

    it('shows a rename as a rename, and that the scan on 1.1 can move to 1.2 with it followed', () => {
        const result = run(['diff', MODEL_1_1, path.join('model', 'regieneming-1.2.zelfscan')], project());
        expect(result.stderr).toBe('');
        expect(result.stdout).toBe([
            'Instellingen',
            '  versie gewijzigd: Regieneming versie 1.1 → Regieneming versie 1.2',
            '  breidt uit gewijzigd: Regieneming versie 1.0 → Regieneming versie 1.1',
            '  bron gewijzigd',
            'Rollen',
            '  Bruggenbouwer hernoemd (was Verbinder)',
            '  Dirigent gewijzigd: actie escalatie vervallen',
            '  Evaluator toegevoegd',
            'Vragen',
            '  d gewijzigd: vraagtekst gewijzigd',
            'Scans in de werkruimte',
            '  De scan op Regieneming versie 1.1 kan naar Regieneming versie 1.2.',
            '7 wijzigingen.',
            ''
        ].join('\n'));
        expect(run(['diff', MODEL_1_1, path.join('model', 'regieneming-1.2.zelfscan'), '--taal', 'en'], project()).stdout)
            .toContain('  Bruggenbouwer renamed (was Verbinder)\n');
    });

    it('compares two copies of one version (an edit under review), each with the base from the workspace', () => {
        const review = edited(MODEL_1_1,
            ["regio's en van deskundigen ophalen", "regio's en van deskundigen zoeken"],
            ['partij jeugd_ggz "Jeugd-ggz"', 'partij jeugd_ggz "Jeugd-ggz"\n    partij wijkteam "Wijkteam"']);
        const root = project({ 'review/regieneming-1.1.zelfscan': review });
        const result = run(['diff', MODEL_1_1, 'review/regieneming-1.1.zelfscan'], root);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(1);
        expect(result.stdout).toBe([
            'Rollen', '  Ontwerper gewijzigd: actie kennis_ophalen gewijzigd', 'Partijen', '  wijkteam toegevoegd',
            'Scans in de werkruimte', '  De scan op Regieneming versie 1.1 blijft geldig.', '2 wijzigingen.', ''
        ].join('\n'));
        expect(run(['diff', MODEL_1_1, MODEL_1_1], root)).toEqual({
            code: 0, stdout: 'Scans in de werkruimte\n  De scan op Regieneming versie 1.1 blijft geldig.\nGeen wijzigingen.\n', stderr: ''
        });
    });

    it('says which scans on the old version an edit strands, and that a version that does not extend the old one takes none along', () => {
        const review = edited(MODEL_1_1, ['    vervalt knelpunt losse_doelen', '    vervalt knelpunt losse_doelen\n    vervalt knelpunt geen_traditie']);
        const second = edited(BRAKELDONK, ['regioscan "Regio Brakeldonk"', 'regioscan "Regio Brakeldonk-Oost"']);
        const root = project({ 'review/regieneming-1.1.zelfscan': review, 'scans/oost.regioscan': second });
        const result = run(['diff', MODEL_1_1, 'review/regieneming-1.1.zelfscan'], root);
        expect(result.stderr).toBe('');
        expect(result.stdout).toBe([
            'Knelpunten', '  geen_traditie vervallen',
            'Scans in de werkruimte',
            '  2 van de 2 scans op Regieneming versie 1.1 worden ongeldig:',
            '    Knelpunt geen_traditie vervallen in Regieneming versie 1.1: 2 scans',
            '1 wijziging.', ''
        ].join('\n'));
        const json = JSON.parse(run(['diff', MODEL_1_1, 'review/regieneming-1.1.zelfscan', '--json'], root).stdout);
        expect(json.verdict).toEqual({
            from: { name: 'Regieneming', version: '1.1' }, to: { name: 'Regieneming', version: '1.1' }, successor: true, scans: 2, blocked: 2,
            items: [{ kind: 'obstacle', name: 'geen_traditie', retiredIn: { name: 'Regieneming', version: '1.1' }, scans: 2 }],
            text: ['2 van de 2 scans op Regieneming versie 1.1 worden ongeldig:', '  Knelpunt geen_traditie vervallen in Regieneming versie 1.1: 2 scans']
        });
        expect(run(['diff', MODEL_1_1, MODEL_1_0], root).stdout.split('\n').slice(-4)).toEqual([
            'Scans in de werkruimte',
            '  Regieneming versie 1.0 breidt Regieneming versie 1.1 niet uit: geen van de 2 scans op Regieneming versie 1.1 kan mee.',
            '9 wijzigingen.', ''
        ]);
    });

    it('warns when the version a model extends is not in the workspace', () => {
        const root = project();
        const result = run(['diff', MODEL_1_1, MODEL_1_1, '--werkruimte', 'scans'], root);
        expect(result.code).toBe(0);
        // Without models in that folder no scan there names a version that is found.
        expect(result.stdout).toBe('Scans in de werkruimte\n  Geen scans op Regieneming versie 1.1.\nGeen wijzigingen.\n');
        // Once for each side.
        const warning = `zelfscan: let op: bij '${MODEL_1_1}' is niet elke versie gevonden die het model uitbreidt; wat het daarvan overneemt, `
            + 'ontbreekt in de vergelijking. Geef met --werkruimte de map met die versies.\n';
        expect(result.stderr).toBe(warning + warning);
    });
});

describe('zelfscan diff --format md', () => {
    it('gives a Markdown summary for a pull-request comment, with the same changes as the text output', () => {
        const root = project({ 'review/brakeldonk.regioscan': EDITED_SCAN() });
        const result = run(['diff', BRAKELDONK, 'review/brakeldonk.regioscan', '--format', 'md'], root);
        expect(result).toEqual({
            code: 1, stderr: '', stdout: [
                '### Wijzigingen in review/brakeldonk.regioscan', '',
                '**Respondenten**', '', '- Respondent R6 toegevoegd (partij gemeente): Ontwerper 3, Kwartiermaker 3, Verbinder 3, Dirigent 3', '',
                '**Scores**', '', '- Ontwerper, respondent R2: 5 → 4', '- Verbinder, respondent R4: 1 → ?', '',
                '**Factsheet**', '', '- Antwoord b gewijzigd', '- Toetsdatum factsheet: 2024-11-15 → 2024-11-18', '',
                '**Gemiddelden in het regiorapport**', '', '- Ontwerper: 4,0 → 3,7', '- Verbinder: 2,2 → 2,6', '- Dirigent: 1,6 → 1,8', '',
                '**Signalen in het regiorapport**', '', '- Onenigheid Ontwerper vervallen (was spreiding 2)',
                '- Onenigheid Verbinder vervallen (was spreiding 2)', '- Onenigheid Dirigent nieuw: spreiding 2', '',
                '5 wijzigingen.', ''
            ].join('\n')
        });
        expect(run(['diff', BRAKELDONK, 'review/brakeldonk.regioscan', '--format', 'json'], root).stdout)
            .toBe(run(['diff', BRAKELDONK, 'review/brakeldonk.regioscan', '--json'], root).stdout);
        expect(run(['diff', BRAKELDONK, BRAKELDONK, '--format', 'pdf'], root))
            .toEqual({ code: 2, stdout: '', stderr: "zelfscan: --format kent tekst, md en json, niet 'pdf'.\n" });
    });

    it('escapes Markdown in what the files say', () => {
        const root = project({ 'review/m.zelfscan': edited(MODEL_1_1, ['partij jeugd_ggz "Jeugd-ggz"', 'partij jeugd_ggz "*Jeugd* <b>ggz</b>"']) });
        const result = run(['diff', MODEL_1_1, 'review/m.zelfscan', '--format', 'md'], root);
        expect(result.stdout).toContain('- jeugd\\_ggz gewijzigd: benaming gewijzigd: "Jeugd-ggz" → "\\*Jeugd\\* \\<b\\>ggz\\</b\\>"');
        expect(result.code).toBe(1);
    });
});

describe('zelfscan diff --git', () => {
    it('accepts the seven arguments git passes to an external diff, and exits 0 so that git goes on', () => {
        const root = project({ [BRAKELDONK]: EDITED_SCAN() });
        // git writes the old version to a temporary file that keeps the file name at its end.
        const old = path.join(scratch, 'Xa1b2c_regio-brakeldonk-2024.regioscan');
        cpSync(path.join(EXAMPLES, BRAKELDONK), old);
        const result = run(['diff', '--git', BRAKELDONK, old, 'a'.repeat(40), '100644', BRAKELDONK, 'b'.repeat(40), '100644'], root);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        expect(result.stdout).toBe([`zelfscan diff a/${BRAKELDONK} b/${BRAKELDONK}`, ...EDITED_SCAN_OUTPUT, ''].join('\n'));
    });

    it('names an added or deleted file, takes the new name after a rename, and rejects another number of arguments', () => {
        const root = project();
        const hex = '0'.repeat(40);
        expect(run(['diff', '--git', BRAKELDONK, '/dev/null', hex, '.', BRAKELDONK, hex, '100644'], root)).toEqual({
            code: 0, stdout: `zelfscan diff /dev/null b/${BRAKELDONK}\nNieuw bestand.\n`, stderr: ''
        });
        const deleted = run(['diff', '--git', BRAKELDONK, BRAKELDONK, hex, '100644', '/dev/null', hex, '.', '--json'], root);
        expect(deleted.code).toBe(0);
        expect(JSON.parse(deleted.stdout)).toEqual({
            kind: 'regioscan', before: `a/${BRAKELDONK}`, after: '/dev/null', file: 'verwijderd', changes: []
        });
        const renamed = run(['diff', '--git', BRAKELDONK, BRAKELDONK, hex, '100644', BRAKELDONK, hex, '100644', 'scans/brakeldonk.regioscan', 'similarity index 100%\n'], root);
        expect(renamed).toEqual({
            code: 0, stdout: `zelfscan diff a/${BRAKELDONK} b/scans/brakeldonk.regioscan\nGeen wijzigingen.\n`, stderr: ''
        });
        // Arguments without the shape of git's seven are read as --git <rev> [<rev2>] [paden…]: this folder is no repository.
        const wrong = run(['diff', '--git', BRAKELDONK, BRAKELDONK, hex], root);
        expect(wrong.code).toBe(2);
        expect(wrong.stderr).toMatch(/^zelfscan: '.*' ligt niet in een git-repository; --git <revisie> vergelijkt met wat git bewaart\.\n$/);
    });

    it('works as the diff driver of git for scan and model files', () => {
        const root = project({ '.gitattributes': '*.regioscan diff=zelfscan\n*.zelfscan diff=zelfscan\n' });
        const env = { ...process.env, HOME: scratch, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' };
        const git = (...args: string[]) => {
            const result = spawnSync('git', args, { cwd: root, env, encoding: 'utf8' });
            expect(result.error, 'git must be installed to run this test').toBeUndefined();
            return result;
        };
        git('init', '-q');
        git('add', '.');
        expect(git('commit', '-q', '-m', 'voorbeelden').status).toBe(0);
        writeFileSync(path.join(root, BRAKELDONK), EDITED_SCAN());
        writeFileSync(path.join(root, MODEL_1_1), edited(MODEL_1_1, ["regio's en van deskundigen ophalen", "regio's en van deskundigen zoeken"]));
        const command = `'${process.execPath}' '${cli}' diff --git`;
        const result = git('-c', `diff.zelfscan.command=${command}`, 'diff');
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        expect(result.stdout).toBe([
            `zelfscan diff a/${MODEL_1_1} b/${MODEL_1_1}`, 'Rollen', '  Ontwerper gewijzigd: actie kennis_ophalen gewijzigd',
            'Scans in de werkruimte', '  De scan op Regieneming versie 1.1 blijft geldig.', '1 wijziging.',
            `zelfscan diff a/${BRAKELDONK} b/${BRAKELDONK}`, ...EDITED_SCAN_OUTPUT, ''
        ].join('\n'));
    });
});

describe('zelfscan diff --git <rev> [<rev2>] [paden…]', () => {
    const env = { ...process.env, HOME: '', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' };
    /** A repository of the examples with one commit, in which the tests edit and commit. */
    function repository() {
        const root = project();
        const git = (...args: string[]) => {
            const result = spawnSync('git', args, { cwd: root, env: { ...env, HOME: scratch }, encoding: 'utf8' });
            expect(result.error, 'git must be installed to run this test').toBeUndefined();
            expect(result.status, `git ${args.join(' ')}: ${result.stderr}`).toBe(0);
            return result.stdout;
        };
        git('init', '-q');
        git('add', '.');
        git('commit', '-q', '-m', 'voorbeelden');
        return { root, git };
    }
    const MODEL_EDIT = () => edited(MODEL_1_1, ["regio's en van deskundigen ophalen", "regio's en van deskundigen zoeken"]);
    const MODEL_OUTPUT = [
        `zelfscan diff a/${MODEL_1_1} b/${MODEL_1_1}`, 'Rollen', '  Ontwerper gewijzigd: actie kennis_ophalen gewijzigd',
        'Scans in de werkruimte', '  De scan op Regieneming versie 1.1 blijft geldig.', '1 wijziging.'
    ];
    const SCAN_OUTPUT = [`zelfscan diff a/${BRAKELDONK} b/${BRAKELDONK}`, ...EDITED_SCAN_OUTPUT];

    it('compares the working tree with a revision, each changed model and scan in path order, and exits 1', () => {
        const { root } = repository();
        writeFileSync(path.join(root, BRAKELDONK), EDITED_SCAN());
        writeFileSync(path.join(root, MODEL_1_1), MODEL_EDIT());
        writeFileSync(path.join(root, 'notities.txt'), 'geen model of scan');
        expect(run(['diff', '--git', 'HEAD'], root)).toEqual({ code: 1, stderr: '', stdout: [...MODEL_OUTPUT, ...SCAN_OUTPUT, ''].join('\n') });
        // Paths narrow it down, relative to the current folder as in git.
        expect(run(['diff', '--git', 'HEAD', 'scans'], root)).toEqual({ code: 1, stderr: '', stdout: [...SCAN_OUTPUT, ''].join('\n') });
        const json = JSON.parse(run(['diff', '--git', 'HEAD', '--json'], root).stdout);
        expect(json.map((file: { kind: string; before: string; after: string }) => [file.kind, file.before, file.after])).toEqual([
            ['model', `a/${MODEL_1_1}`, `b/${MODEL_1_1}`], ['regioscan', `a/${BRAKELDONK}`, `b/${BRAKELDONK}`]
        ]);
        // From a subfolder, paths are shown relative to it.
        const inScans = run(['diff', '--git', 'HEAD', '.', '--werkruimte', '..'], path.join(root, 'scans'));
        expect(inScans.stdout.split('\n')[0]).toBe('zelfscan diff a/regio-brakeldonk-2024.regioscan b/regio-brakeldonk-2024.regioscan');
        expect(inScans.code).toBe(1);
    });

    it('compares two revisions, with added, deleted and renamed files, and says when nothing changed', () => {
        const { root, git } = repository();
        writeFileSync(path.join(root, BRAKELDONK), EDITED_SCAN());
        writeFileSync(path.join(root, MODEL_1_1), MODEL_EDIT());
        git('commit', '-q', '-a', '-m', 'bewerkt');
        expect(run(['diff', '--git', 'HEAD~1', 'HEAD'], root)).toEqual({ code: 1, stderr: '', stdout: [...MODEL_OUTPUT, ...SCAN_OUTPUT, ''].join('\n') });
        expect(run(['diff', '--git', 'HEAD'], root)).toEqual({ code: 0, stderr: '', stdout: 'Geen wijzigingen.\n' });
        git('mv', BRAKELDONK, 'scans/brakeldonk.regioscan');
        git('rm', '-q', 'scans/regio-zandmeren-2024.regioscan');
        writeFileSync(path.join(root, 'scans/nieuw.regioscan'), readFileSync(path.join(root, 'scans/regio-kromwaard-2024.regioscan'), 'utf8'));
        git('add', 'scans/nieuw.regioscan');
        git('commit', '-q', '-m', 'verplaatst');
        expect(run(['diff', '--git', 'HEAD~1', 'HEAD', '--taal', 'en'], root)).toEqual({
            code: 1, stderr: '', stdout: [
                `zelfscan diff a/${BRAKELDONK} b/scans/brakeldonk.regioscan`, 'No changes.',
                'zelfscan diff /dev/null b/scans/nieuw.regioscan', 'New file.',
                'zelfscan diff a/scans/regio-zandmeren-2024.regioscan /dev/null', 'File deleted.', ''
            ].join('\n')
        });
    });

    it('refuses what is no revision, and a folder outside git, with exit 2', () => {
        const { root } = repository();
        expect(run(['diff', '--git', 'geen-revisie'], root)).toEqual({
            code: 2, stdout: '', stderr: "zelfscan: 'geen-revisie' is geen revisie in git. Gebruik: zelfscan diff --git <revisie> [<revisie2>] [paden…]; "
                + 'als externe diff van git krijgt --git de 7 argumenten die git meegeeft.\n'
        });
        expect(run(['diff', BRAKELDONK], root)).toEqual({ code: 2, stdout: '', stderr: "zelfscan: het argument 'na' ontbreekt. Zie 'zelfscan --help'.\n" });
    });
});
