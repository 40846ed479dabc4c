import { loadSheetLibraries } from './load-sheet-libraries.js';
import type { ReportLanguage } from '../domain/report-model.js';
import { neutraliseCell, scoreTable, type ScoreTableEntry } from '../domain/score-table.js';
import { wordScoreTable, type WordedTable } from '../report/sheet-texts.js';

/**
 * Writes a score table as CSV or xlsx, the same bytes for the same table. Every text cell that a spreadsheet
 * program would take for a formula is neutralised first (see `neutraliseCell`), in both formats.
 */

export type SheetFormat = 'csv' | 'xlsx';

/** The date every exported workbook carries, in its properties and in its zip entries. */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));

/** CSV as Dutch Excel opens it directly: UTF-8 with a byte-order mark, `;` between cells, CRLF, every text quoted. */
export async function tableToCsv(table: WordedTable): Promise<Buffer> {
    const { stringifyCsv: stringify } = await loadSheetLibraries();
    const records = [table.headers, ...table.rows].map(row => row.map(neutraliseCell));
    return Buffer.from(stringify(records, {
        delimiter: ';',
        record_delimiter: 'windows',
        bom: true,
        quoted_string: true,
        cast: { number: value => String(value) }
    }), 'utf8');
}

export async function tableToXlsx(table: WordedTable, sheetName = 'Scores'): Promise<Buffer> {
    const { ExcelJS: excel } = await loadSheetLibraries();
    const workbook = new excel.Workbook();
    workbook.creator = 'zelfscan';
    workbook.lastModifiedBy = 'zelfscan';
    workbook.created = FIXED_DATE;
    workbook.modified = FIXED_DATE;
    const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(table.headers.map(neutraliseCell)).font = { bold: true };
    for (const row of table.rows) {
        // Text stays text (a shared string, never a formula); null leaves the cell empty.
        sheet.addRow(row.map(cell => neutraliseCell(cell) ?? undefined));
    }
    table.headers.forEach((header, index) => {
        const longest = Math.max(header.length, ...table.rows.map(row => String(row[index] ?? '').length));
        sheet.getColumn(index + 1).width = Math.min(60, Math.max(8, longest + 2));
    });
    const written = Buffer.from(await workbook.xlsx.writeBuffer());
    return withFixedZipDates(written);
}

/** exceljs stamps every zip entry with the current time; the same entries again with one fixed date. */
async function withFixedZipDates(bytes: Buffer): Promise<Buffer> {
    const { JSZip: zip } = await loadSheetLibraries();
    const source = await zip.loadAsync(bytes);
    const target = new zip();
    for (const entry of Object.values(source.files)) {
        if (!entry.dir) {
            target.file(entry.name, await entry.async('uint8array'), { date: FIXED_DATE, createFolders: false });
        }
    }
    return target.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'DOS' });
}

/** The format an output file name asks for, or undefined for another extension. */
export function sheetFormatOf(file: string): SheetFormat | undefined {
    const lower = file.toLowerCase();
    return lower.endsWith('.csv') ? 'csv' : lower.endsWith('.xlsx') ? 'xlsx' : undefined;
}

export async function tableBytes(table: WordedTable, format: SheetFormat): Promise<Buffer> {
    return format === 'csv' ? tableToCsv(table) : tableToXlsx(table);
}

export interface ScoreSheetOptions {
    readonly format: SheetFormat;
    /** Wide: one row per respondent; otherwise one row per respondent and role. */
    readonly wide: boolean;
    /** The language of the headers (and of the model cell); the content of the scans stays as written. */
    readonly language: ReportLanguage;
}

/** The scores of the scans as the bytes of a spreadsheet file: what `zelfscan export` and the editor's export write. */
export async function scoreSheetBytes(entries: readonly ScoreTableEntry[], options: ScoreSheetOptions): Promise<Buffer> {
    return tableBytes(wordScoreTable(scoreTable(entries, { wide: options.wide }), options.language), options.format);
}
