import { describe, expect, it } from 'vitest';
import type { IgnoreReason } from '../../src/domain/sheet-columns.js';
import { sheetProblemSeverity, type SheetProblem, type SheetProblemKind } from '../../src/domain/sheet-problems.js';
import { describeTarget } from '../../src/report/sheet-mapping-texts.js';
import { formatSheetProblem, sheetProblemText } from '../../src/report/sheet-problem-texts.js';
import { wordsIn } from '../helpers/dutch-words.js';

const model = { key: { name: 'M', version: '1.0' }, roles: ['Verbinder', 'Dirigent'] };
const parties = [{ name: 'gemeente', label: 'Gemeente' }];
const place = { row: 4, column: 4, header: 'Score Verbinder' };

/** One problem of each kind: the type makes the compiler ask for a new kind here. */
const SAMPLES: { readonly [K in SheetProblemKind]: Extract<SheetProblem, { kind: K }> } = {
    'lange-vorm': { ...place, kind: 'lange-vorm', roleHeader: 'Rol', scoreHeader: 'Score' },
    'koppeling-kop-onbekend': { kind: 'koppeling-kop-onbekend', mapped: 'Vraag 9', headers: ['Partij', 'Verbinder'] },
    'koppeling-doel-onbekend': { ...place, kind: 'koppeling-doel-onbekend', target: 'Verbindr', suggestion: 'Verbinder', model, targets: ['partij', 'negeer'] },
    'kop-meer-rollen': { ...place, kind: 'kop-meer-rollen', roles: ['Verbinder', 'Dirigent'] },
    'kop-onbekende-rol': { ...place, kind: 'kop-onbekende-rol', model },
    'kolom-dubbel': { ...place, kind: 'kolom-dubbel', first: { column: 1, header: 'Verbinder' }, target: { kind: 'toelichting', role: 'Verbinder' } },
    'kolom-partij-ontbreekt': { row: 1, kind: 'kolom-partij-ontbreekt' },
    'kolom-rol-ontbreekt': { row: 1, kind: 'kolom-rol-ontbreekt', role: 'Dirigent' },
    'respondent-leeg': { ...place, kind: 'respondent-leeg' },
    'respondent-ongeldig': { ...place, kind: 'respondent-ongeldig', text: 'Jan' },
    'partij-leeg': { ...place, kind: 'partij-leeg', model: model.key, parties },
    'partij-onbekend': { ...place, kind: 'partij-onbekend', text: 'gem', model: model.key, parties },
    'score-tegenstrijdig': { ...place, kind: 'score-tegenstrijdig', text: '3 - Hoog', value: 3, label: 'Midden' },
    'score-ongeldig': { ...place, kind: 'score-ongeldig', text: 'veel', labels: [] },
    'datum-ongeldig': { ...place, kind: 'datum-ongeldig', text: 'morgen' },
    'geen-rij-van-regio': { kind: 'geen-rij-van-regio', region: 'Regio Zuid' },
    'geen-rijen': { kind: 'geen-rijen' },
    'namen-bewaard': { column: 0, header: 'Naam', kind: 'namen-bewaard', count: 2 },
    'scanmelding': { ...place, kind: 'scanmelding', severity: 'waarschuwing', message: 'Respondent R1 komt al voor op regel 5.', code: 'dubbele-respondent', lineRows: { 5: 2 } }
};

// Words that give away a Dutch sentence, and an English one. Option names and the targets of --kolom are the same
// in both languages (`partij`, `naam`, `negeer`, `toelichting`), so they are not among them.
const DUTCH = ['het', 'een', 'van', 'geen', 'niet', 'kolom', 'rij', 'kop', 'koppel', 'bedoelt', 'schrijf', 'kent', 'leeg', 'getal', 'blad', 'vul', 'heeft', 'voor', 'met', 'die', 'deze', 'bij', 'fout', 'waarschuwing'];
const ENGLISH = ['the', 'column', 'row', 'header', 'map', 'mean', 'write', 'knows', 'empty', 'number', 'sheet', 'with', 'this', 'error', 'warning'];
/** The words of a text without the options it names (`--kolom`, `--blad`). */
const proseWords = (text: string) => wordsIn(text.replace(/--[a-z-]+/g, ''));

describe('the wording of spreadsheet-import problems', () => {
    it.each(Object.values(SAMPLES).filter(p => p.kind !== 'scanmelding'))('words $kind in Dutch and in English', problem => {
        const dutch = formatSheetProblem('f.csv', problem, 'nl');
        const english = formatSheetProblem('f.csv', problem, 'en');
        expect(sheetProblemText(problem, 'nl')).not.toBe(sheetProblemText(problem, 'en'));
        expect(DUTCH.filter(word => proseWords(english).has(word))).toEqual([]);
        expect(ENGLISH.filter(word => proseWords(dutch).has(word))).toEqual([]);
        const severity = sheetProblemSeverity(problem);
        expect(dutch).toContain(`: ${severity} `);
        expect(english).toContain(`: ${severity === 'fout' ? 'error' : severity} `);
    });

    it('words the place and severity of a validator finding and keeps its message, with the row of the line it names', () => {
        expect(formatSheetProblem('f.csv', SAMPLES.scanmelding, 'nl'))
            .toBe("f.csv, rij 4, kolom E ('Score Verbinder'): waarschuwing Respondent R1 komt al voor in rij 2. [dubbele-respondent]");
        expect(formatSheetProblem('f.csv', SAMPLES.scanmelding, 'en'))
            .toBe("f.csv, row 4, column E ('Score Verbinder'): warning Respondent R1 komt al voor in rij 2. [dubbele-respondent]");
    });

    it('words the variants the command-line tests do not meet: no scale, no suggestion, no region column, several names', () => {
        expect(sheetProblemText(SAMPLES['score-ongeldig'], 'en')).toBe("'veel' is not a score. Give a whole number, or leave the cell empty for ? (no judgement).");
        expect(sheetProblemText(SAMPLES['score-ongeldig'], 'nl')).toBe("'veel' is geen score. Geef een heel getal, of laat de cel leeg voor ? (geen oordeel).");
        expect(sheetProblemText(SAMPLES['partij-onbekend'], 'en'))
            .toBe("Unknown party 'gem'. M version 1.0 knows: gemeente (Gemeente). Write the name or the description of one of these parties.");
        expect(sheetProblemText(SAMPLES['geen-rij-van-regio'], 'en')).toBe("No row belongs to the region 'Regio Zuid' (the column region names other regions). Check --regio.");
        expect(sheetProblemText(SAMPLES['namen-bewaard'], 'en')).toMatch(/^2 respondents have a name in this column\. /);
        expect(sheetProblemText(SAMPLES['namen-bewaard'], 'nl')).toMatch(/^2 respondenten hebben een naam in deze kolom\. /);
        expect(sheetProblemText(SAMPLES['kolom-dubbel'], 'en')).toBe("This column and column B ('Verbinder') both belong to note Verbinder. "
            + 'Map one of them with --kolom "<header>=Verbinder toelichting" and skip the other with --kolom "<header>=negeer".');
    });

    it('words every reason to skip a column in Dutch and in English', () => {
        const reasons: Record<Exclude<IgnoreReason, 'elders-gekoppeld'>, [string, string]> = {
            'tijdstempel': ['tijdstempel van het formulier', 'time stamp of the form'], 'e-mailadres': ['e-mailadres', 'e-mail address'],
            'model-van-optie': ['het model komt van --model', 'the model comes from --model'], 'focus-van-optie': ['de focus komt van --focus', 'the focus comes from --focus'],
            'geen-kop': ['kolom zonder kop', 'column without a header'], 'onbekende-kop': ['onbekende kop', 'unknown header'], 'koppeling': ['volgens de koppeling', 'by the mapping']
        };
        for (const [reason, [dutch, english]] of Object.entries(reasons)) {
            const target = { kind: 'negeer', reason: reason as keyof typeof reasons } as const;
            expect([describeTarget(target, 'nl'), describeTarget(target, 'en')]).toEqual([`overgeslagen (${dutch})`, `skipped (${english})`]);
        }
        const claimed = { kind: 'negeer', reason: 'elders-gekoppeld', claimed: { kind: 'partij' } } as const;
        expect([describeTarget(claimed, 'nl'), describeTarget(claimed, 'en')])
            .toEqual(['overgeslagen (de koppeling wijst partij aan een andere kolom toe)', 'skipped (the mapping gives party to another column)']);
    });
});
