import type { ReportLanguage } from '../domain/report-model.js';
import type { ScoreCell, ScoreColumn, ScoreTable, TableCell } from '../domain/score-table.js';
import { textsFor } from './texts.js';

/**
 * The headers of an exported score table, in Dutch and English, and the table as the cells a spreadsheet gets.
 * `zelfscan import` recognises every header of both languages (see src/domain/sheet-columns.ts), so that an
 * export in either language reads back. User content (regions, roles, labels, notes) is never translated.
 */

type FixedColumn = Exclude<ScoreColumn['kind'], 'roleScore' | 'roleNote'>;

interface SheetTexts {
    readonly columns: Readonly<Record<FixedColumn, string>>;
    /** The wide table's note column of a role: "Verbinder toelichting", "Verbinder note". */
    readonly roleNote: (role: string) => string;
}

const nl: SheetTexts = {
    columns: {
        region: 'Regio', model: 'Model', focus: 'Focus', respondent: 'Respondent', party: 'Partij', function: 'Functie',
        personName: 'Naam', interview: 'Interview', role: 'Rol', score: 'Score', label: 'Label', note: 'Toelichting'
    },
    roleNote: role => `${role} toelichting`
};

const en: SheetTexts = {
    columns: {
        region: 'Region', model: 'Model', focus: 'Focus', respondent: 'Respondent', party: 'Party', function: 'Function',
        personName: 'Name', interview: 'Interview', role: 'Role', score: 'Score', label: 'Label', note: 'Note'
    },
    roleNote: role => `${role} note`
};

export function sheetTextsFor(language: ReportLanguage): SheetTexts {
    return language === 'en' ? en : nl;
}

/** A score table worded for a spreadsheet: a header row and rows of text, numbers and empty cells. */
export interface WordedTable {
    readonly headers: readonly string[];
    readonly rows: ReadonlyArray<readonly TableCell[]>;
}

export function wordScoreTable(table: ScoreTable, language: ReportLanguage): WordedTable {
    const texts = sheetTextsFor(language);
    const { modelVersion } = textsFor(language);
    const header = (column: ScoreColumn): string =>
        column.kind === 'roleScore' ? column.role : column.kind === 'roleNote' ? texts.roleNote(column.role) : texts.columns[column.kind];
    const cell = (value: ScoreCell): TableCell =>
        value !== null && typeof value === 'object' ? modelVersion(value.name, value.version) : value;
    return { headers: table.columns.map(header), rows: table.rows.map(row => row.map(cell)) };
}
