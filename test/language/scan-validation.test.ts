import { describe, expect, it } from 'vitest';
import { createTestWorkspace } from '../helpers/workspace.js';
import { GOOD_MODEL, GOOD_SCAN, edit, extension, scanFindings } from './fixture-texts.js';

const R3 = '    respondent R3 partij jeugdhulp {\n        interview 2024-02-12\n        Ontwerper 2\n        Verbinder 4\n    }\n';
const FACTSHEET = '    factsheet {\n        antwoord a "Een gezamenlijk loket"\n        antwoord b "Vooral van onderop"\n        getoetst 2024-03-10\n    }\n';

/** The good scan with the model's lead time replaced. */
function withLeadTime(leadTime: string, ...scanEdits: string[]) {
    return scanFindings(edit(GOOD_SCAN, ...scanEdits), { 'm.zelfscan': edit(GOOD_MODEL, 'doorlooptijd 3 maanden', `doorlooptijd ${leadTime}`) });
}

describe('the good scan', () => {
    it('has no findings', async () => {
        expect(await scanFindings(GOOD_SCAN)).toEqual([]);
    });
});

describe('the model of a scan', () => {
    it('reports an unknown version once, not again for every role, party and answer', async () => {
        const scan = edit(GOOD_SCAN, 'versie 1.0', 'versie 2.0', 'Ontwerper 4', 'Ontwerpr 4', 'Verbinder 4', 'Verbinder 9');
        expect(await scanFindings(scan)).toEqual([{
            severity: 'error', code: 'linking-error', range: '2:11-2:33',
            message: "Model 'Regieneming versie 2.0' bestaat niet in de werkruimte. Beschikbare versies van Regieneming: 1.0."
        }]);
    });

    it('reports an unknown model name once, naming the known models', async () => {
        expect(await scanFindings(edit(GOOD_SCAN, 'model Regieneming', 'model Regie'))).toEqual([{
            severity: 'error', code: 'linking-error', range: '2:11-2:27',
            message: "Model 'Regie versie 1.0' bestaat niet in de werkruimte. Bekende modellen: Regieneming."
        }]);
    });

    it('says how to fix a workspace without any model', async () => {
        expect(await scanFindings(GOOD_SCAN, {})).toEqual([{
            severity: 'error', code: 'linking-error', range: '2:11-2:33',
            message: "Model 'Regieneming versie 1.0' bestaat niet in de werkruimte. Open het .zelfscan-bestand van dit model of voeg het toe aan de werkruimte."
        }]);
    });
});

describe('scores', () => {
    it('reports a score outside the scale, pointing at the scale in the model', async () => {
        const workspace = await createTestWorkspace({ 'm.zelfscan': GOOD_MODEL, 's.regioscan': edit(GOOD_SCAN, 'Ontwerper 4 "Trekt', 'Ontwerper 6 "Trekt') });
        const [diagnostic, ...rest] = workspace.diagnostics('s.regioscan');
        expect(rest).toEqual([]);
        expect(diagnostic.message).toBe("Score 6 valt buiten de schaal aanwezigheid (1 tot en met 5). Kies een waarde van 1 tot en met 5, of '?' voor geen oordeel.");
        expect(diagnostic.severity).toBe(1);
        expect(diagnostic.data).toMatchObject({ code: 'score-buiten-schaal', min: 1, max: 5 });
        expect(diagnostic.range).toEqual({ start: { line: 10, character: 18 }, end: { line: 10, character: 19 } });
        expect(diagnostic.relatedInformation).toEqual([{
            location: { uri: 'file:///werkruimte/m.zelfscan', range: { start: { line: 3, character: 4 }, end: { line: 9, character: 5 } } },
            message: 'De schaal aanwezigheid loopt van 1 tot en met 5.'
        }]);
    });

    it('reports a score of 0 below the scale', async () => {
        expect(await scanFindings(edit(GOOD_SCAN, 'Ontwerper 2', 'Ontwerper 0'))).toEqual([{
            severity: 'error', code: 'score-buiten-schaal', range: '21:19-21:20',
            message: "Score 0 valt buiten de schaal aanwezigheid (1 tot en met 5). Kies een waarde van 1 tot en met 5, of '?' voor geen oordeel."
        }]);
    });

    it('accepts the bounds of the scale and ?', async () => {
        expect(await scanFindings(edit(GOOD_SCAN, 'Ontwerper 4 "Trekt', 'Ontwerper 5 "Trekt', 'Ontwerper 2', 'Ontwerper 1', 'Ontwerper 3', 'Ontwerper ?'))).toEqual([]);
    });

    it('reports a role scored twice by one respondent', async () => {
        expect(await scanFindings(edit(GOOD_SCAN, '        Verbinder 3\n', '        Verbinder 3\n        Verbinder 2\n'))).toEqual([{
            severity: 'error', code: 'dubbele-score', range: '13:9-13:18',
            message: "Respondent R1 scoort rol 'Verbinder' al op regel 12. Houd één score per rol over."
        }]);
    });

    it('warns about a role a respondent leaves unscored', async () => {
        expect(await scanFindings(edit(GOOD_SCAN, '        Verbinder 3\n', ''))).toEqual([{
            severity: 'warning', code: 'rol-zonder-score', range: '9:16-9:18',
            message: "Respondent R1 geeft geen score voor Verbinder. Voeg per rol een score toe, of 'Verbinder ?' als de respondent geen oordeel heeft."
        }]);
    });

    it('counts ? as scored', async () => {
        expect(await scanFindings(edit(GOOD_SCAN, '        Verbinder 3\n', '        Verbinder ?\n'))).toEqual([]);
    });

    it('suggests the role meant by a misspelt name, without also calling that role unscored', async () => {
        expect(await scanFindings(edit(GOOD_SCAN, 'Ontwerper 4', 'Ontwerpr 4'))).toEqual([{
            severity: 'error', code: 'linking-error', range: '11:9-11:17',
            message: "Onbekende rol 'Ontwerpr'. Bedoelt u 'Ontwerper'? Bekend: Ontwerper, Verbinder."
        }]);
    });

    it('offers no suggestion for a name that is not close to any role', async () => {
        expect(await scanFindings(edit(GOOD_SCAN, 'Ontwerper 4', 'Dirigent 4'))).toEqual([{
            severity: 'error', code: 'linking-error', range: '11:9-11:17',
            message: "Onbekende rol 'Dirigent'. Bekend: Ontwerper, Verbinder."
        }]);
    });
});

describe('retired items', () => {
    const version11 = extension('    vervalt rol Verbinder\n    vervalt partij jeugdhulp\n    vervalt knelpunt gefragmenteerd_veld\n    focus po_vo "PO/VO" {\n        vereist gemeente, swv | schoolbestuur\n    }');
    const retiredMessage = (noun: string, name: string) =>
        `${noun} '${name}' is vervallen in Regieneming versie 1.1. Gebruik wat deze versie nog kent, of maak de scan met een versie waarin '${name}' bestaat.`;

    it('reports a retired role, party and obstacle used in a scan made against the retiring version', async () => {
        const scan = edit(GOOD_SCAN, 'versie 1.0', 'versie 1.1');
        expect(await scanFindings(scan, { 'm.zelfscan': GOOD_MODEL, 'n.zelfscan': version11 })).toEqual([
            { severity: 'error', code: 'vervallen-onderdeel', range: '6:14-6:33', message: retiredMessage('Knelpunt', 'gefragmenteerd_veld') },
            { severity: 'error', code: 'vervallen-onderdeel', range: '12:9-12:18', message: retiredMessage('Rol', 'Verbinder') },
            { severity: 'error', code: 'vervallen-onderdeel', range: '17:9-17:18', message: retiredMessage('Rol', 'Verbinder') },
            { severity: 'error', code: 'vervallen-onderdeel', range: '19:26-19:35', message: retiredMessage('Partij', 'jeugdhulp') },
            { severity: 'error', code: 'vervallen-onderdeel', range: '22:9-22:18', message: retiredMessage('Rol', 'Verbinder') }
        ]);
    });

    it('accepts the same scan against the version that still has them', async () => {
        expect(await scanFindings(GOOD_SCAN, { 'm.zelfscan': GOOD_MODEL, 'n.zelfscan': version11 })).toEqual([{
            severity: 'info', code: 'nieuwere-versie', range: '2:11-2:33',
            message: `Er is een nieuwere versie van dit model: Regieneming versie 1.1. 'Scan bijwerken naar Regieneming versie 1.1' of zelfscan migrate --naar "Regieneming versie 1.1" zet de scan over, hernoemingen inbegrepen, als alles wat hij gebruikt daar nog bestaat.`
        }]);
    });
});

describe('focus and required parties', () => {
    it('reports a focus the model does not have', async () => {
        expect(await scanFindings(edit(GOOD_SCAN, 'focus po_vo', 'focus nul_zes'))).toEqual([{
            severity: 'error', code: 'linking-error', range: '3:11-3:18',
            message: "Onbekende focus 'nul_zes'. Bekend: po_vo."
        }]);
    });

    it('warns when the scan names no focus', async () => {
        expect(await scanFindings(edit(GOOD_SCAN, '    focus po_vo\n', ''))).toEqual([{
            severity: 'warning', code: 'focus-ontbreekt', range: '1:11-1:24',
            message: "Deze scan noemt geen focus, dus niet te controleren is welke partijen geïnterviewd moeten worden. Voeg 'focus …' toe (po_vo)."
        }]);
    });

    it('warns about required parties not interviewed, naming alternatives', async () => {
        expect(await scanFindings(edit(GOOD_SCAN, 'partij swv', 'partij gemeente', 'partij jeugdhulp', 'partij gemeente'))).toEqual([{
            severity: 'warning', code: 'vereiste-partij-ontbreekt', range: '3:11-3:16',
            message: "Bij focus 'po_vo' ontbreekt een interview met: swv of schoolbestuur; jeugdhulp. Voeg een respondent van elk van deze partijen toe."
        }]);
    });

    it('warns about one missing party in the singular', async () => {
        expect(await scanFindings(edit(GOOD_SCAN, 'partij jeugdhulp', 'partij gemeente'))).toEqual([{
            severity: 'warning', code: 'vereiste-partij-ontbreekt', range: '3:11-3:16',
            message: "Bij focus 'po_vo' ontbreekt een interview met: jeugdhulp. Voeg een respondent van die partij toe."
        }]);
    });

    it('accepts either alternative of swv | schoolbestuur', async () => {
        expect(await scanFindings(edit(GOOD_SCAN, 'partij swv', 'partij schoolbestuur'))).toEqual([]);
        expect(await scanFindings(GOOD_SCAN)).toEqual([]);
    });
});

describe('number of interviews', () => {
    it('warns about too few respondents', async () => {
        expect(await scanFindings(edit(GOOD_SCAN, R3, ''))).toEqual([
            {
                severity: 'warning', code: 'aantal-interviews', range: '1:11-1:24',
                message: 'Deze scan heeft 2 respondenten; het model vraagt 3 tot 5 interviews per regio (te weinig).'
            },
            {
                severity: 'warning', code: 'vereiste-partij-ontbreekt', range: '3:11-3:16',
                message: "Bij focus 'po_vo' ontbreekt een interview met: jeugdhulp. Voeg een respondent van die partij toe."
            }
        ]);
    });

    it('warns about too many respondents', async () => {
        const extra = [4, 5, 6].map(n => `    respondent R${n} partij gemeente {\n        Ontwerper 3\n        Verbinder 3\n    }\n`).join('');
        expect(await scanFindings(edit(GOOD_SCAN, R3, R3 + extra))).toEqual([{
            severity: 'warning', code: 'aantal-interviews', range: '1:11-1:24',
            message: 'Deze scan heeft 6 respondenten; het model vraagt 3 tot 5 interviews per regio (te veel).'
        }]);
    });

    it('accepts the maximum', async () => {
        const extra = [4, 5].map(n => `    respondent R${n} partij gemeente {\n        Ontwerper 3\n        Verbinder 3\n    }\n`).join('');
        expect(await scanFindings(edit(GOOD_SCAN, R3, R3 + extra))).toEqual([]);
    });
});

describe('dates', () => {
    const ORDER = 'De volgorde is: startgesprek, interviews, toetsing van de factsheet, terugkoppeling.';

    it('warns about an interview before the start meeting', async () => {
        expect(await scanFindings(edit(GOOD_SCAN, 'startgesprek 2024-01-15', 'startgesprek 2024-02-03'))).toEqual([{
            severity: 'warning', code: 'datumvolgorde', range: '10:19-10:29',
            message: `Deze datum (2024-02-01, een interview) ligt vóór het startgesprek (2024-02-03, regel 8). ${ORDER}`
        }]);
    });

    it('warns about the factsheet check before the last interview', async () => {
        expect(await scanFindings(edit(GOOD_SCAN, 'getoetst 2024-03-10', 'getoetst 2024-02-10'))).toEqual([{
            severity: 'warning', code: 'datumvolgorde', range: '27:18-27:28',
            message: `Deze datum (2024-02-10, de toetsing van de factsheet) ligt vóór een interview (2024-02-12, regel 20). ${ORDER}`
        }]);
    });

    it('warns about the feedback meeting before the factsheet check', async () => {
        expect(await scanFindings(edit(GOOD_SCAN, 'terugkoppeling 2024-04-02', 'terugkoppeling 2024-03-09'))).toEqual([{
            severity: 'warning', code: 'datumvolgorde', range: '30:20-30:30',
            message: `Deze datum (2024-03-09, de terugkoppeling) ligt vóór de toetsing van de factsheet (2024-03-10, regel 27). ${ORDER}`
        }]);
    });

    it('warns about the feedback meeting before the start meeting when nothing lies between', async () => {
        const scan = 'regioscan "R" {\n    model Regieneming versie 1.0\n    startgesprek 2024-03-01\n    terugkoppeling 2024-02-01\n}\n';
        const found = await scanFindings(scan);
        expect(found.filter(f => f.code === 'datumvolgorde')).toEqual([{
            severity: 'warning', code: 'datumvolgorde', range: '4:20-4:30',
            message: `Deze datum (2024-02-01, de terugkoppeling) ligt vóór het startgesprek (2024-03-01, regel 3). ${ORDER}`
        }]);
    });

    it('accepts steps on the same day', async () => {
        expect(await scanFindings(edit(GOOD_SCAN, 'startgesprek 2024-01-15', 'startgesprek 2024-02-01', 'getoetst 2024-03-10', 'getoetst 2024-02-12', 'terugkoppeling 2024-04-02', 'terugkoppeling 2024-02-12'))).toEqual([]);
    });

    it('reports dates that do not exist', async () => {
        const message = (date: string) => `'${date}' is geen bestaande datum. Schrijf datums als JJJJ-MM-DD, bijvoorbeeld 2024-03-15.`;
        expect(await scanFindings(edit(GOOD_SCAN, 'startgesprek 2024-01-15', 'startgesprek 2024-02-30', 'interview 2024-02-05', 'interview 2023-02-29', 'getoetst 2024-03-10', 'getoetst 2024-13-01'))).toEqual([
            { severity: 'error', code: 'ongeldige-datum', range: '8:18-8:28', message: message('2024-02-30') },
            { severity: 'error', code: 'ongeldige-datum', range: '15:19-15:29', message: message('2023-02-29') },
            { severity: 'error', code: 'ongeldige-datum', range: '27:18-27:28', message: message('2024-13-01') }
        ]);
    });

    it('reports a date without leading zeros', async () => {
        expect(await scanFindings(edit(GOOD_SCAN, 'startgesprek 2024-01-15', 'startgesprek 2024-1-15'))).toEqual([{
            severity: 'error', code: 'ongeldige-datum', range: '8:18-8:27',
            message: "'2024-1-15' is geen bestaande datum. Schrijf datums als JJJJ-MM-DD, bijvoorbeeld 2024-03-15."
        }]);
    });

    it('accepts 29 February in a leap year', async () => {
        expect(await scanFindings(edit(GOOD_SCAN, 'interview 2024-02-05', 'interview 2024-02-29', 'interview 2024-02-12', 'interview 2024-02-13'))).toEqual([]);
    });
});

describe('lead time', () => {
    it('warns when the scan takes longer than the maximum in months', async () => {
        expect(await scanFindings(edit(GOOD_SCAN, 'terugkoppeling 2024-04-02', 'terugkoppeling 2024-04-16'))).toEqual([{
            severity: 'warning', code: 'doorlooptijd-overschreden', range: '30:20-30:30',
            message: 'De scan duurt 92 dagen (2024-01-15 tot 2024-04-16); het model staat maximaal 3 maanden toe, dus tot 2024-04-15.'
        }]);
    });

    it('accepts the last day of the maximum', async () => {
        expect(await scanFindings(edit(GOOD_SCAN, 'terugkoppeling 2024-04-02', 'terugkoppeling 2024-04-15'))).toEqual([]);
    });

    it('measures weeks', async () => {
        expect(await withLeadTime('10 weken', 'terugkoppeling 2024-04-02', 'terugkoppeling 2024-03-26')).toEqual([{
            severity: 'warning', code: 'doorlooptijd-overschreden', range: '30:20-30:30',
            message: 'De scan duurt 71 dagen (2024-01-15 tot 2024-03-26); het model staat maximaal 10 weken toe, dus tot 2024-03-25.'
        }]);
        expect(await withLeadTime('10 weken', 'terugkoppeling 2024-04-02', 'terugkoppeling 2024-03-25')).toEqual([]);
    });

    it('measures days', async () => {
        expect(await withLeadTime('60 dagen', 'terugkoppeling 2024-04-02', 'terugkoppeling 2024-03-15')).toEqual([]);
        expect(await withLeadTime('60 dagen', 'terugkoppeling 2024-04-02', 'terugkoppeling 2024-03-16')).toEqual([{
            severity: 'warning', code: 'doorlooptijd-overschreden', range: '30:20-30:30',
            message: 'De scan duurt 61 dagen (2024-01-15 tot 2024-03-16); het model staat maximaal 60 dagen toe, dus tot 2024-03-15.'
        }]);
    });

    it('clamps a month to its last day (31 January + 1 month = 29 February 2024)', async () => {
        const scan = 'regioscan "R" {\n    model Regieneming versie 1.0\n    startgesprek 2024-01-31\n    terugkoppeling 2024-03-01\n}\n';
        const model = edit(GOOD_MODEL, 'doorlooptijd 3 maanden', 'doorlooptijd 1 maanden');
        const found = await scanFindings(scan, { 'm.zelfscan': model });
        expect(found.filter(f => f.code === 'doorlooptijd-overschreden')).toEqual([{
            severity: 'warning', code: 'doorlooptijd-overschreden', range: '4:20-4:30',
            message: 'De scan duurt 30 dagen (2024-01-31 tot 2024-03-01); het model staat maximaal 1 maanden toe, dus tot 2024-02-29.'
        }]);
        const inTime = await scanFindings(edit(scan, '2024-03-01', '2024-02-29'), { 'm.zelfscan': model });
        expect(inTime.filter(f => f.code === 'doorlooptijd-overschreden')).toEqual([]);
    });
});

describe('factsheet', () => {
    it('warns about unanswered questions at the factsheet', async () => {
        expect(await scanFindings(edit(GOOD_SCAN, '        antwoord b "Vooral van onderop"\n', ''))).toEqual([{
            severity: 'warning', code: 'vraag-onbeantwoord', range: '24:5-24:14',
            message: "De factsheet beantwoordt vraag b nog niet. Voeg 'antwoord b \"…\"' toe."
        }]);
    });

    it('warns at the region name when there is no factsheet block', async () => {
        expect(await scanFindings(edit(GOOD_SCAN, FACTSHEET, ''))).toEqual([{
            severity: 'warning', code: 'vraag-onbeantwoord', range: '1:11-1:24',
            message: "De factsheet beantwoordt de vragen a, b nog niet. Voeg 'antwoord a \"…\"' toe in een blok factsheet { … }."
        }]);
    });

    it('reports a question answered twice', async () => {
        expect(await scanFindings(edit(GOOD_SCAN, '        antwoord b "Vooral van onderop"\n', '        antwoord b "Vooral van onderop"\n        antwoord a "Nog een antwoord"\n'))).toEqual([{
            severity: 'error', code: 'dubbel-antwoord', range: '27:18-27:19',
            message: "Vraag 'a' is al beantwoord op regel 25. Voeg beide antwoorden samen tot één."
        }]);
    });
});

describe('respondents and settings', () => {
    it('reports a duplicate respondent id', async () => {
        expect(await scanFindings(edit(GOOD_SCAN, 'respondent R3', 'respondent R2'))).toEqual([{
            severity: 'error', code: 'dubbele-respondent', range: '19:16-19:18',
            message: "Respondent 'R2' komt al voor op regel 14. Geef elke respondent een eigen code, bijvoorbeeld R1, R2, …"
        }]);
    });

    it('reports a second focus and a second value of one trait', async () => {
        expect(await scanFindings(edit(GOOD_SCAN, '    gebruik individueel\n', '    gebruik individueel\n    focus po_vo\n    kenmerk beweging van_bovenaf\n'))).toEqual([
            {
                severity: 'error', code: 'dubbele-naam', range: '5:5-5:10',
                message: "'focus' staat meer dan eens in deze scan (eerst op regel 3). Houd er één over."
            },
            {
                severity: 'error', code: 'dubbele-naam', range: '7:13-7:21',
                message: "Kenmerk 'beweging' heeft al een waarde op regel 6. Geef elk kenmerk één waarde."
            }
        ]);
    });
});

describe('syntax errors', () => {
    it('reports a word where a score belongs as a syntax error only, not also as an unknown role', async () => {
        const found = await scanFindings(edit(GOOD_SCAN, 'Ontwerper 4 "Trekt de aanpak"', 'Ontwerper vier'));
        expect(found.map(f => `${f.range} ${f.code}`)).toEqual(['11:19-11:23 parsing-error', '12:9-12:18 parsing-error']);
    });
});

describe('traits', () => {
    it('reports a value that does not belong to the trait', async () => {
        expect(await scanFindings(edit(GOOD_SCAN, 'beweging van_onderop', 'beweging congruent'))).toEqual([{
            severity: 'error', code: 'linking-error', range: '5:22-5:31',
            message: "Kenmerk 'beweging' kent geen waarde 'congruent'. Bekend: van_onderop, van_bovenaf."
        }]);
    });

    it('suggests the value meant by a typo', async () => {
        expect(await scanFindings(edit(GOOD_SCAN, 'beweging van_onderop', 'beweging van_bovnaf'))).toEqual([{
            severity: 'error', code: 'linking-error', range: '5:22-5:32',
            message: "Kenmerk 'beweging' kent geen waarde 'van_bovnaf'. Bedoelt u 'van_bovenaf'? Bekend: van_onderop, van_bovenaf."
        }]);
    });

    it('reports an unknown trait once, not its value as well', async () => {
        expect(await scanFindings(edit(GOOD_SCAN, 'beweging van_onderop', 'richting van_onderop'))).toEqual([{
            severity: 'error', code: 'linking-error', range: '5:13-5:21',
            message: "Onbekend kenmerk 'richting'. Bekend: beweging."
        }]);
    });
});

/** The good scan with a `rolhouders` block of the given lines before its factsheet (the block opens on line 24). */
function withHolders(...lines: string[]): string {
    return edit(GOOD_SCAN, '    factsheet {\n', `    rolhouders {\n${lines.map(l => `        ${l}\n`).join('')}    }\n    factsheet {\n`);
}

/** The good model with two themes and two areas. */
const SCOPED_MODEL = edit(GOOD_MODEL, '    vraag a ', '    thema passend_onderwijs "Passend onderwijs"\n    thema onderwijsachterstanden "Onderwijsachterstanden"\n' +
    '    gebied jeugdhulpregio "Jeugdhulpregio"\n    gebied samenwerkingsverband "Samenwerkingsverband"\n    vraag a ');

describe('role holders', () => {
    it('accepts a party, a party with a function, a function alone, several holders and niemand', async () => {
        expect(await scanFindings(withHolders('Ontwerper partij gemeente "beleidsadviseur onderwijs", partij swv, "projectleider"', 'Verbinder niemand'))).toEqual([]);
    });

    it('reports an unknown role with the roles the model knows', async () => {
        expect(await scanFindings(withHolders('Verbindr partij swv'))).toEqual([{
            severity: 'error', code: 'linking-error', range: '25:9-25:17',
            message: "Onbekende rol 'Verbindr'. Bedoelt u 'Verbinder'? Bekend: Ontwerper, Verbinder."
        }]);
    });

    it('reports an unknown party with the parties the model knows', async () => {
        expect(await scanFindings(withHolders('Verbinder partij gemeente, partij ggd "arts"'))).toEqual([{
            severity: 'error', code: 'linking-error', range: '25:43-25:46',
            message: "Onbekende partij 'ggd'. Bekend: gemeente, swv, schoolbestuur, jeugdhulp."
        }]);
    });

    it('reports a role listed twice on the second line, pointing at the first', async () => {
        expect(await scanFindings(withHolders('Verbinder partij swv', 'Ontwerper niemand', 'Verbinder "intern begeleider"'))).toEqual([{
            severity: 'error', code: 'rol-dubbel-bij-rolhouders', range: '27:9-27:18',
            message: "Rol 'Verbinder' staat al bij de rolhouders op regel 25. Zet alle houders van een rol op één regel, gescheiden door komma's."
        }]);
    });

    it('reports niemand beside holders on the word niemand', async () => {
        expect(await scanFindings(withHolders('Verbinder partij swv, niemand, "intern begeleider"'))).toEqual([{
            severity: 'error', code: 'niemand-met-houders', range: '25:31-25:38',
            message: "Bij rol 'Verbinder' staat 'niemand' naast 2 houders. Laat 'niemand' weg als iemand de rol vervult, of de houders als niemand dat doet."
        }]);
        expect(await scanFindings(withHolders('Verbinder niemand, partij swv'))).toEqual([{
            severity: 'error', code: 'niemand-met-houders', range: '25:19-25:26',
            message: "Bij rol 'Verbinder' staat 'niemand' naast een houder. Laat 'niemand' weg als iemand de rol vervult, of de houders als niemand dat doet."
        }]);
    });

    it('reports niemand twice, and a holder named twice for one role', async () => {
        expect(await scanFindings(withHolders('Verbinder niemand, niemand', 'Ontwerper partij swv "directeur", "ib\'er", partij swv "directeur"'))).toEqual([{
            severity: 'error', code: 'niemand-met-houders', range: '25:28-25:35',
            message: "'niemand' staat meer dan eens bij rol 'Verbinder'. Houd er één over."
        }, {
            severity: 'warning', code: 'dubbele-houder', range: '26:52-26:74',
            message: "Houder partij swv \"directeur\" staat al bij rol 'Ontwerper' (regel 26). Noem elke houder één keer."
        }]);
    });

    it('accepts one party holding two roles', async () => {
        expect(await scanFindings(withHolders('Ontwerper partij swv "directeur"', 'Verbinder partij swv "directeur"'))).toEqual([]);
    });

    it('reports a second rolhouders block', async () => {
        const scan = edit(withHolders('Verbinder niemand'), '    factsheet {\n', '    rolhouders {\n    }\n    factsheet {\n');
        expect(await scanFindings(scan)).toEqual([{
            severity: 'error', code: 'dubbele-naam', range: '27:5-27:15',
            message: "'rolhouders' staat meer dan eens in deze scan (eerst op regel 24). Houd er één over."
        }]);
    });

    it('names a retired role held in a scan, as it does for a score', async () => {
        const model = extension('    vervalt rol Verbinder');
        const scan = edit(withHolders('Verbinder niemand'), 'versie 1.0', 'versie 1.1', '        Verbinder 3\n', '', '        Verbinder ?\n', '', '        Verbinder 4\n', '');
        const found = await scanFindings(scan, { 'm.zelfscan': GOOD_MODEL, 'm11.zelfscan': model });
        expect(found).toEqual([{
            severity: 'error', code: 'vervallen-onderdeel', range: '22:9-22:18',
            message: "Rol 'Verbinder' is vervallen in Regieneming versie 1.1. Gebruik wat deze versie nog kent, of maak de scan met een versie waarin 'Verbinder' bestaat."
        }]);
    });
});

describe('the scoping: theme and area', () => {
    it('accepts a theme and an area the model declares', async () => {
        expect(await scanFindings(edit(GOOD_SCAN, '    focus po_vo\n', '    focus po_vo\n    thema passend_onderwijs\n    gebied jeugdhulpregio\n'),
            { 'm.zelfscan': SCOPED_MODEL })).toEqual([]);
    });

    it('reports an unknown theme and an unknown area with the values the model declares', async () => {
        const scan = edit(GOOD_SCAN, '    focus po_vo\n', '    focus po_vo\n    thema jeugdzorg\n    gebied gemeente\n');
        expect(await scanFindings(scan, { 'm.zelfscan': SCOPED_MODEL })).toEqual([{
            severity: 'error', code: 'linking-error', range: '4:11-4:20',
            message: "Onbekend thema 'jeugdzorg'. Bekend: passend_onderwijs, onderwijsachterstanden."
        }, {
            severity: 'error', code: 'linking-error', range: '5:12-5:20',
            message: "Onbekend gebied 'gemeente'. Bekend: jeugdhulpregio, samenwerkingsverband."
        }]);
    });

    it('reports a second theme and a second area', async () => {
        const scan = edit(GOOD_SCAN, '    focus po_vo\n', '    focus po_vo\n    thema passend_onderwijs\n    gebied jeugdhulpregio\n    thema onderwijsachterstanden\n    gebied samenwerkingsverband\n');
        expect(await scanFindings(scan, { 'm.zelfscan': SCOPED_MODEL })).toEqual([{
            severity: 'error', code: 'dubbele-naam', range: '6:5-6:10',
            message: "'thema' staat meer dan eens in deze scan (eerst op regel 4). Houd er één over."
        }, {
            severity: 'error', code: 'dubbele-naam', range: '7:5-7:11',
            message: "'gebied' staat meer dan eens in deze scan (eerst op regel 5). Houd er één over."
        }]);
    });

    it('follows a renamed theme and names a retired area', async () => {
        const model = extension('    thema inclusief_onderwijs was passend_onderwijs "Inclusief onderwijs"\n    vervalt gebied jeugdhulpregio');
        const scan = edit(GOOD_SCAN, 'versie 1.0', 'versie 1.1', '    focus po_vo\n', '    focus po_vo\n    thema passend_onderwijs\n    gebied jeugdhulpregio\n');
        expect(await scanFindings(scan, { 'm.zelfscan': SCOPED_MODEL, 'm11.zelfscan': model })).toEqual([{
            severity: 'error', code: 'hernoemd-onderdeel', range: '4:11-4:28',
            message: "Thema 'passend_onderwijs' heet sinds Regieneming versie 1.1 'inclusief_onderwijs'. Schrijf 'inclusief_onderwijs'."
        }, {
            severity: 'error', code: 'vervallen-onderdeel', range: '5:12-5:26',
            message: "Gebied 'jeugdhulpregio' is vervallen in Regieneming versie 1.1. Gebruik wat deze versie nog kent, of maak de scan met een versie waarin 'jeugdhulpregio' bestaat."
        }]);
    });
});
