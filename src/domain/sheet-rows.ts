import { closestName } from './closest-name.js';
import type { ResolvedModel } from './resolved-model.js';
import { skeletonModel, type SkeletonModel, type SkeletonRespondent } from './scan-skeleton.js';
import { normalise, type ColumnMapping, type MappingModel } from './sheet-columns.js';
import type { SheetProblem, SheetProblemDetail } from './sheet-problems.js';

/**
 * The rows of a spreadsheet turned into respondents of a scan. Each cell is read the way a person filling in
 * a form writes it (a party by its id or label, a score by its number or label, an empty score as `?`); what
 * cannot be read is reported with its row and column. Whether the values are right for the scan (a score
 * outside the scale, a duplicate respondent) is left to the scan validator, which checks the written text.
 */

/** A spreadsheet as the readers hand it over: the header row and the rows below it, as text. */
export interface Sheet {
    /** The sheet's name in a workbook. */
    readonly name?: string;
    readonly header: readonly string[];
    readonly rows: readonly SheetRow[];
}

export interface SheetRow {
    /** 1-based row number as the spreadsheet shows it (the header is row 1). */
    readonly number: number;
    readonly cells: readonly string[];
}

/** The model facts an import needs: the skeleton's, the parties and the scale. */
export interface ImportModel extends SkeletonModel, MappingModel {
    readonly parties: ReadonlyArray<{ readonly name: string; readonly label: string }>;
    readonly scale?: { readonly name: string; readonly min: number; readonly max: number; readonly points: ReadonlyArray<{ readonly value: number; readonly label: string }> };
}

export function importModel(model: ResolvedModel): ImportModel {
    const scale = model.scale && {
        name: model.scale.name, min: model.scale.min, max: model.scale.max,
        points: model.scale.points.map(({ value, label }) => ({ value, label }))
    };
    return {
        ...skeletonModel(model),
        parties: [...model.items.party.values()].map(({ name, label }) => ({ name, label })),
        scale
    };
}

/** Where each part of an imported respondent came from, for tracing the validator's findings back. */
export interface RespondentOrigin {
    readonly row: number;
    /** Column index per part; a part without a column (a generated id) is absent. */
    readonly columns: Partial<Record<'respondent' | 'partij' | 'naam' | 'interview', number>> & { readonly scores: Readonly<Record<string, number>> };
}

export interface ConvertedRows {
    readonly respondents: readonly SkeletonRespondent[];
    readonly origins: readonly RespondentOrigin[];
    readonly problems: readonly SheetProblem[];
    /** Rows of other regions in a sheet with a region column, left out. */
    readonly otherRegionRows: number;
}

// An identifier as the scan grammar reads it: letters, digits and `_`, not starting with a digit.
const IDENTIFIER = /^[_a-zA-Z\u00C0-\u024F][\w\u00C0-\u024F]*$/;

export function convertRows(sheet: Sheet, mapping: ColumnMapping, model: ImportModel, region: string): ConvertedRows {
    const problems: SheetProblem[] = [];
    const respondents: SkeletonRespondent[] = [];
    const origins: RespondentOrigin[] = [];
    const column = (kind: string, role?: string) =>
        mapping.columns.find(c => c.target.kind === kind && (role === undefined || ('role' in c.target && c.target.role === role)));
    const idColumn = column('respondent');
    const partyColumn = column('partij');
    const nameColumn = column('naam');
    const functionColumn = column('functie');
    const dateColumn = column('interview');
    const regionColumn = column('regio');
    let otherRegionRows = 0;
    for (const row of sheet.rows) {
        const cell = (index: number | undefined) => index === undefined ? '' : trimCell(unneutralise(trimCell(row.cells[index] ?? '')));
        if (row.cells.every(value => trimCell(value) === '')) {
            continue;
        }
        if (regionColumn && cell(regionColumn.index) !== '' && normalise(cell(regionColumn.index)) !== normalise(region)) {
            otherRegionRows++;
            continue;
        }
        const problem = (index: number | undefined, detail: SheetProblemDetail) =>
            problems.push({ row: row.number, column: index, header: index === undefined ? undefined : sheet.header[index], ...detail });
        const id = idColumn ? respondentId(cell(idColumn.index), detail => problem(idColumn.index, detail)) : `R${respondents.length + 1}`;
        const party = partyColumn ? partyName(cell(partyColumn.index), model, detail => problem(partyColumn.index, detail)) : undefined;
        const interviewDate = dateColumn && cell(dateColumn.index) !== ''
            ? isoDate(cell(dateColumn.index), detail => problem(dateColumn.index, detail)) : undefined;
        const scores: Array<SkeletonRespondent['scores'][number]> = [];
        const scoreColumns: Record<string, number> = {};
        for (const role of model.roles) {
            const scoreColumn = column('score', role);
            if (!scoreColumn) {
                continue;
            }
            scoreColumns[role] = scoreColumn.index;
            const value = scoreValue(cell(scoreColumn.index), model, detail => problem(scoreColumn.index, detail));
            const noteColumn = column('toelichting', role);
            const note = noteColumn ? cell(noteColumn.index) : '';
            scores.push({ role, value: value ?? null, note: note === '' ? undefined : note.replace(/\r\n?/g, '\n') });
        }
        // A function or a name is a short label: a line break typed into the cell becomes a space.
        const optional = (index: number | undefined) => cell(index) === '' ? undefined : cell(index).replace(/\s+/g, ' ');
        respondents.push({
            // A placeholder that cannot clash with a real code, so the validator reports nothing about it.
            id: id ?? `_rij${row.number}`,
            // A row whose party cannot be read still yields a respondent, so that the rest of it is checked too.
            party: party ?? model.parties[0]?.name ?? 'onbekend',
            function: optional(functionColumn?.index),
            personName: optional(nameColumn?.index),
            interviewDate,
            scores
        });
        origins.push({
            row: row.number,
            columns: {
                respondent: idColumn?.index, partij: partyColumn?.index, naam: nameColumn?.index, interview: dateColumn?.index,
                scores: scoreColumns
            }
        });
    }
    if (respondents.length === 0 && problems.length === 0) {
        problems.push(otherRegionRows > 0
            ? { kind: 'geen-rij-van-regio', region, regionHeader: regionColumn?.header.trim() }
            : { kind: 'geen-rijen' });
    }
    return { respondents, origins, problems, otherRegionRows };
}

/**
 * A cell without the white space around it: spaces, tabs, line breaks, non-breaking spaces, and the invisible
 * zero-width characters and byte-order marks that text copied from web forms or mail brings along. White space
 * inside the cell stays (a note keeps its line breaks).
 */
export function trimCell(text: string): string {
    // Loops, not one regular expression: `[…]+$` takes the square of a long run of white space inside a cell.
    let start = 0;
    let end = text.length;
    while (start < end && BLANK.test(text[start])) {
        start++;
    }
    while (end > start && BLANK.test(text[end - 1])) {
        end--;
    }
    return text.slice(start, end);
}

const BLANK = /[\s\u200b-\u200d\u2060\ufeff]/;

/**
 * Undoes the protection against formula injection that `zelfscan export` (as OWASP recommends) puts in front
 * of a cell starting with `=`, `+`, `-`, `@`, tab or carriage return, so that an exported sheet reads back as it was.
 */
export function unneutralise(value: string): string {
    return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

type Report = (problem: SheetProblemDetail) => void;

function respondentId(text: string, report: Report): string | undefined {
    if (text === '') {
        report({ kind: 'respondent-leeg' });
        return undefined;
    }
    if (/^\d+$/.test(text)) {
        return `R${Number(text)}`;
    }
    if (IDENTIFIER.test(text)) {
        return text;
    }
    report({ kind: 'respondent-ongeldig', text });
    return undefined;
}

function partyName(text: string, model: ImportModel, report: Report): string | undefined {
    const known = { model: { name: model.name, version: model.version }, parties: model.parties.map(({ name, label }) => ({ name, label })) };
    if (text === '') {
        report({ kind: 'partij-leeg', ...known });
        return undefined;
    }
    const wanted = normalise(text);
    const found = model.parties.find(p => normalise(p.name) === wanted || normalise(p.label) === wanted);
    if (found) {
        return found.name;
    }
    const byNormalised = new Map<string, string>();
    for (const p of model.parties) {
        byNormalised.set(normalise(p.name), p.name);
        byNormalised.set(normalise(p.label), p.name);
    }
    const close = closestName(wanted, byNormalised.keys());
    report({ kind: 'partij-onbekend', text, suggestion: close === undefined ? undefined : byNormalised.get(close), ...known });
    return undefined;
}

/** A score: the number, its label ("Regelmatig aanwezig"), or both ("3 - Regelmatig aanwezig"); empty or `?` is no judgement. */
function scoreValue(text: string, model: ImportModel, report: Report): number | null | undefined {
    if (text === '' || text === '?') {
        return null;
    }
    const scale = model.scale;
    const labelOf = (value: number) => scale?.points.find(p => p.value === value)?.label;
    const whole = /^(\d+)(?:[.,]0+)?$/.exec(text);
    if (whole) {
        // A number outside the scale is passed on: the scan validator says so, with the scale.
        return Number(whole[1]);
    }
    const byLabel = scale?.points.find(p => normalise(p.label) === normalise(text));
    if (byLabel) {
        return byLabel.value;
    }
    const numbered = /^(\d+)\s*(?:[-–—:.)=]|\s)\s*\(?(\D.*?)\)?$/.exec(text);
    if (numbered) {
        const value = Number(numbered[1]);
        const label = labelOf(value);
        if (label === undefined || normalise(label).startsWith(normalise(numbered[2]))) {
            return value;
        }
        report({ kind: 'score-tegenstrijdig', text, value, label });
        return undefined;
    }
    const range = scale && { min: scale.min, max: scale.max };
    report({ kind: 'score-ongeldig', text, range, labels: scale?.points.map(p => p.label) ?? [] });
    return undefined;
}

/** A date as forms and Dutch spreadsheets write it: `2024-02-01` (also with a time), `1-2-2024`, `01/02/2024`, `1.2.2024`. */
function isoDate(text: string, report: Report): string | undefined {
    const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$/.exec(text);
    const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:\s.*)?$/.exec(text);
    const parts = iso ? [iso[1], iso[2], iso[3]] : dutch ? [dutch[3], dutch[2], dutch[1]] : undefined;
    if (parts === undefined) {
        report({ kind: 'datum-ongeldig', text });
        return undefined;
    }
    const [year, month, day] = parts;
    return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
