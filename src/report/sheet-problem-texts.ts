import type { ReportLanguage } from '../domain/report-model.js';
import { cellName, sheetProblemSeverity, type SheetProblem, type SheetSeverity } from '../domain/sheet-problems.js';
import { describeTarget, targetText } from './sheet-mapping-texts.js';
import { textsFor } from './texts.js';

/**
 * The problems of a spreadsheet import, worded in Dutch and English: the place ("rij 4, kolom E ('Score
 * Verbinder')"), the severity and what is wrong with how to fix it. Option names, the targets a mapping takes
 * (`partij`, `negeer`) and the sheet's own values are the same in both languages. The scan validator's findings
 * keep the validator's (Dutch) words.
 */

const SEVERITY: Readonly<Record<ReportLanguage, Readonly<Record<SheetSeverity, string>>>> = {
    nl: { fout: 'fout', waarschuwing: 'waarschuwing', info: 'info' },
    en: { fout: 'error', waarschuwing: 'warning', info: 'info' }
};

/** One line per problem: `bestand.csv, rij 4, kolom E ('Score Verbinder'): fout Score 7 … [code]`. */
export function formatSheetProblem(file: string, problem: SheetProblem, language: ReportLanguage): string {
    const place = sheetProblemPlace(problem, language);
    const code = problem.kind === 'scanmelding' && problem.code ? ` [${problem.code}]` : '';
    return `${file}${place ? `, ${place}` : ''}: ${SEVERITY[language][sheetProblemSeverity(problem)]} ${sheetProblemText(problem, language)}${code}`;
}

/** `rij 4, kolom E ('Score Verbinder')`, `rij 4`, or '' for the whole file. */
export function sheetProblemPlace(problem: SheetProblem, language: ReportLanguage): string {
    const [row, column] = language === 'en' ? ['row', 'column'] : ['rij', 'kolom'];
    const parts: string[] = [];
    if (problem.row !== undefined) {
        parts.push(`${row} ${problem.row}`);
    }
    if (problem.column !== undefined) {
        const header = problem.header?.trim();
        parts.push(`${column} ${cellName(problem.column)}${header ? ` ('${header}')` : ''}`);
    }
    return parts.join(', ');
}

/** What is wrong and how to fix it. */
export function sheetProblemText(problem: SheetProblem, language: ReportLanguage): string {
    return language === 'en' ? english(problem) : dutch(problem);
}

const quoted = (texts: readonly string[]) => texts.map(text => `'${text}'`).join(', ');
const partyChoices = (parties: ReadonlyArray<{ name: string; label: string }>) => parties.map(p => `${p.name} (${p.label})`).join(', ');

function dutch(problem: SheetProblem): string {
    const header = problem.header?.trim() ?? '';
    const { modelVersion } = textsFor('nl');
    const hint = (suggestion: string | undefined) => suggestion ? ` Bedoelt u ${suggestion}?` : '';
    switch (problem.kind) {
        case 'lange-vorm':
            return `Dit blad heeft een rij per respondent en rol (de kolommen '${problem.roleHeader}' en '${problem.scoreHeader}'), zoals zelfscan export zonder --breed het schrijft. `
                + 'De import leest een rij per respondent met een kolom per rol: exporteer met --breed, of zet elke rol in een eigen kolom.';
        case 'koppeling-kop-onbekend':
            return `De koppeling noemt de kolom '${problem.mapped}', maar die staat niet in de kopregel. Koppen in het blad: ${quoted(problem.headers)}.`;
        case 'koppeling-doel-onbekend':
            return `Onbekend doel '${problem.target}' in de koppeling.${hint(problem.suggestion)} Kies ${problem.targets.join(', ')}, `
                + `een rol van ${modelVersion(problem.model.key.name, problem.model.key.version)} (${problem.model.roles.join(', ')}) of '<rol> toelichting'.`;
        case 'kop-meer-rollen':
            return `De kop noemt meer dan één rol (${problem.roles.join(', ')}). Geef elke rol een eigen kolom, of koppel deze kolom met --kolom "${header}=<rol>".`;
        case 'kop-onbekende-rol':
            return `De kop lijkt een score, maar noemt geen rol van ${modelVersion(problem.model.key.name, problem.model.key.version)} (${problem.model.roles.join(', ')}).${hint(problem.suggestion)} `
                + `Koppel de kolom met --kolom "${header}=<rol>", of sla haar over met --kolom "${header}=negeer".`;
        case 'kolom-dubbel':
            return `Deze kolom en kolom ${cellName(problem.first.column)} ('${problem.first.header}') horen allebei bij ${describeTarget(problem.target, 'nl')}. `
                + `Koppel er één met --kolom "<kop>=${targetText(problem.target)}" en sla de andere over met --kolom "<kop>=negeer".`;
        case 'kolom-partij-ontbreekt':
            return `Geen kolom voor de partij gevonden (een kop met 'partij' of 'organisatie'). Koppel er een met --kolom "<kop>=partij".`;
        case 'kolom-rol-ontbreekt':
            return `Geen kolom voor de rol ${problem.role} gevonden (een kop die '${problem.role}' noemt). Voeg de kolom toe of koppel er een met --kolom "<kop>=${problem.role}".`;
        case 'respondent-leeg':
            return 'De respondentcode is leeg. Vul een code in zoals R1, of laat de kolom weg: dan heten de rijen R1, R2, …';
        case 'respondent-ongeldig':
            return `'${problem.text}' is geen respondentcode: gebruik letters, cijfers en _, beginnend met een letter, bijvoorbeeld R1. `
                + `Staat hier een naam, koppel de kolom dan met --kolom "<kop>=naam".`;
        case 'partij-leeg':
            return `De partij is leeg. Vul de partij in; ${modelVersion(problem.model.name, problem.model.version)} kent: ${partyChoices(problem.parties)}.`;
        case 'partij-onbekend':
            return `Onbekende partij '${problem.text}'.${hint(problem.suggestion)} ${modelVersion(problem.model.name, problem.model.version)} kent: ${partyChoices(problem.parties)}. `
                + 'Schrijf de naam of de omschrijving van een van deze partijen.';
        case 'score-tegenstrijdig':
            return `In '${problem.text}' spreken het getal en de omschrijving elkaar tegen: ${problem.value} is '${problem.label}'. Schrijf alleen het getal of alleen de omschrijving.`;
        case 'score-ongeldig': {
            const range = problem.range ? `een getal van ${problem.range.min} tot en met ${problem.range.max}, ` : 'een heel getal, ';
            const labels = problem.labels.length > 0 ? `een omschrijving van de schaal (${quoted(problem.labels)}), ` : '';
            return `'${problem.text}' is geen score. Geef ${range}${labels}of laat de cel leeg voor ? (geen oordeel).`;
        }
        case 'datum-ongeldig':
            return `'${problem.text}' is geen datum. Schrijf de datum als JJJJ-MM-DD (2024-02-01) of D-M-JJJJ (1-2-2024), of laat de cel leeg.`;
        case 'geen-rij-van-regio':
            return `Geen rij hoort bij de regio '${problem.region}' (de kolom ${problem.regionHeader ? `'${problem.regionHeader}'` : 'regio'} noemt andere regio's). Controleer --regio.`;
        case 'geen-rijen':
            return 'Het blad heeft geen rijen met antwoorden onder de kopregel. Kies het blad met de antwoorden (--blad) of vul de rijen in.';
        case 'namen-bewaard':
            return `${problem.count === 1 ? 'Een respondent heeft' : `${problem.count} respondenten hebben`} een naam in deze kolom. De scan bewaart de namen (naam "…"), `
                + `maar rapporten en exports tonen ze pas als de scan 'namen tonen' zegt. Voeg dat toe (of importeer met --namen-tonen) `
                + 'als de respondenten ermee instemmen dat hun naam in een rapport staat.';
        case 'scanmelding':
            return findingText(problem);
    }
}

function english(problem: SheetProblem): string {
    const header = problem.header?.trim() ?? '';
    const { modelVersion } = textsFor('en');
    const hint = (suggestion: string | undefined) => suggestion ? ` Did you mean ${suggestion}?` : '';
    switch (problem.kind) {
        case 'lange-vorm':
            return `This sheet has one row per respondent and role (the columns '${problem.roleHeader}' and '${problem.scoreHeader}'), as zelfscan export writes it without --breed. `
                + 'The import reads one row per respondent with a column per role: export with --breed, or give each role a column of its own.';
        case 'koppeling-kop-onbekend':
            return `The mapping names the column '${problem.mapped}', but the header row does not have it. Headers in the sheet: ${quoted(problem.headers)}.`;
        case 'koppeling-doel-onbekend':
            return `Unknown target '${problem.target}' in the mapping.${hint(problem.suggestion)} Choose ${problem.targets.join(', ')}, `
                + `a role of ${modelVersion(problem.model.key.name, problem.model.key.version)} (${problem.model.roles.join(', ')}) or '<role> toelichting'.`;
        case 'kop-meer-rollen':
            return `The header names more than one role (${problem.roles.join(', ')}). Give each role a column of its own, or map this column with --kolom "${header}=<role>".`;
        case 'kop-onbekende-rol':
            return `The header looks like a score, but names no role of ${modelVersion(problem.model.key.name, problem.model.key.version)} (${problem.model.roles.join(', ')}).${hint(problem.suggestion)} `
                + `Map the column with --kolom "${header}=<role>", or skip it with --kolom "${header}=negeer".`;
        case 'kolom-dubbel':
            return `This column and column ${cellName(problem.first.column)} ('${problem.first.header}') both belong to ${describeTarget(problem.target, 'en')}. `
                + `Map one of them with --kolom "<header>=${targetText(problem.target)}" and skip the other with --kolom "<header>=negeer".`;
        case 'kolom-partij-ontbreekt':
            return `No column for the party found (a header with 'party', 'partij' or 'organisatie'). Map one with --kolom "<header>=partij".`;
        case 'kolom-rol-ontbreekt':
            return `No column for the role ${problem.role} found (a header that names '${problem.role}'). Add the column or map one with --kolom "<header>=${problem.role}".`;
        case 'respondent-leeg':
            return 'The respondent code is empty. Fill in a code such as R1, or leave the column out: the rows are then called R1, R2, …';
        case 'respondent-ongeldig':
            return `'${problem.text}' is not a respondent code: use letters, digits and _, starting with a letter, for example R1. `
                + `If this is a name, map the column with --kolom "<header>=naam".`;
        case 'partij-leeg':
            return `The party is empty. Fill in the party; ${modelVersion(problem.model.name, problem.model.version)} knows: ${partyChoices(problem.parties)}.`;
        case 'partij-onbekend':
            return `Unknown party '${problem.text}'.${hint(problem.suggestion)} ${modelVersion(problem.model.name, problem.model.version)} knows: ${partyChoices(problem.parties)}. `
                + 'Write the name or the description of one of these parties.';
        case 'score-tegenstrijdig':
            return `In '${problem.text}' the number and the description contradict each other: ${problem.value} is '${problem.label}'. Write only the number or only the description.`;
        case 'score-ongeldig': {
            const range = problem.range ? `a number from ${problem.range.min} to ${problem.range.max}, ` : 'a whole number, ';
            const labels = problem.labels.length > 0 ? `a description of the scale (${quoted(problem.labels)}), ` : '';
            return `'${problem.text}' is not a score. Give ${range}${labels}or leave the cell empty for ? (no judgement).`;
        }
        case 'datum-ongeldig':
            return `'${problem.text}' is not a date. Write the date as YYYY-MM-DD (2024-02-01) or D-M-YYYY (1-2-2024), or leave the cell empty.`;
        case 'geen-rij-van-regio':
            return `No row belongs to the region '${problem.region}' (the column ${problem.regionHeader ? `'${problem.regionHeader}'` : 'region'} names other regions). Check --regio.`;
        case 'geen-rijen':
            return 'The sheet has no rows with answers below the header row. Choose the sheet with the answers (--blad) or fill in the rows.';
        case 'namen-bewaard':
            return `${problem.count === 1 ? 'One respondent has' : `${problem.count} respondents have`} a name in this column. The scan keeps the names (naam "…"), `
                + `but reports and exports only show them once the scan says 'namen tonen'. Add that (or import with --namen-tonen) `
                + 'if the respondents agree to their name appearing in a report.';
        case 'scanmelding':
            return findingText(problem);
    }
}

/** The validator's message, with the spreadsheet row for a line of the text it names ("op regel 9" → "in rij 4"). */
function findingText(problem: Extract<SheetProblem, { kind: 'scanmelding' }>): string {
    return problem.message.replace(/op regel (\d+)/g, (text, line: string) => {
        const row = problem.lineRows[Number(line)];
        return row === undefined ? text : `in rij ${row}`;
    });
}
