import type ExcelJS from 'exceljs';
import { loadSheetLibraries } from './load-sheet-libraries.js';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { normalise } from '../domain/sheet-columns.js';
import type { Sheet, SheetRow } from '../domain/sheet-rows.js';

/**
 * A spreadsheet that cannot be read, with a Dutch message that says why and what to do. `inInput`: the file
 * was read but its content is the problem (empty, not CSV or xlsx), rather than the file system.
 */
export class SheetReadError extends Error {
    /** `sheets`: the sheets to choose from, when a workbook has several and none was named. */
    constructor(message: string, readonly inInput = true, readonly sheets?: readonly string[]) {
        super(message);
    }
}

export const SHEET_EXTENSIONS = ['.csv', '.xlsx'] as const;

/**
 * Reads a CSV or xlsx file into its header row and the rows below it, as text. The header is the first row
 * that is not empty; row numbers are the ones the spreadsheet program shows.
 */
export async function readSheet(file: string, options: { readonly sheet?: string } = {}): Promise<Sheet> {
    const bytes = await fs.readFile(file).catch((error: NodeJS.ErrnoException) => {
        throw new SheetReadError(error.code === 'ENOENT' ? `'${file}' bestaat niet.` : `Kon '${file}' niet lezen: ${error.message}`, false);
    });
    const extension = path.extname(file).toLowerCase();
    if (extension === '.csv') {
        if (options.sheet !== undefined) {
            throw new SheetReadError('Een CSV-bestand heeft geen bladen; laat --blad weg.', false);
        }
        return toSheet(await csvRecords(decodeText(bytes)), file);
    }
    if (extension === '.xlsx') {
        return xlsxSheet(bytes, file, options.sheet);
    }
    throw new SheetReadError(`'${file}' is geen .csv- of .xlsx-bestand. Sla het blad op als CSV of Excel-werkmap (.xlsx).`, false);
}

/**
 * The text of a CSV file. The rule: a UTF-8 byte-order mark means UTF-8; bytes that are valid UTF-8 are
 * UTF-8; anything else is Windows-1252, which is what Excel's plain "CSV" writes on a Dutch Windows.
 */
export function decodeText(bytes: Uint8Array): string {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        return new TextDecoder('utf-8').decode(bytes.subarray(3));
    }
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
        return new TextDecoder('windows-1252').decode(bytes);
    }
}

/**
 * The records of a CSV text. Dutch Excel separates with `;`, form tools with `,`, some with a tab: each is
 * tried with csv-parse and the one that splits the header into the most columns wins.
 */
async function csvRecords(text: string): Promise<string[][]> {
    const { parseCsv: parse } = await loadSheetLibraries();
    let best: string[][] | undefined;
    let failure: Error | undefined;
    for (const delimiter of [';', ',', '\t']) {
        try {
            const records = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
            const width = records.find(r => r.some(cell => cell.trim() !== ''))?.length ?? 0;
            const bestWidth = best?.find(r => r.some(cell => cell.trim() !== ''))?.length ?? 0;
            if (best === undefined || width > bestWidth) {
                best = records;
            }
        } catch (error) {
            failure ??= error as Error;
        }
    }
    if (best === undefined) {
        throw new SheetReadError(`Het CSV-bestand is niet te lezen: ${failure?.message ?? 'onbekende fout'}. Sla het opnieuw op als CSV vanuit het spreadsheetprogramma.`);
    }
    return best;
}

/** Rows as lists of text; the first non-empty one is the header. `records[i]` is spreadsheet row `i + 1`. */
function toSheet(records: ReadonlyArray<readonly string[]>, file: string, name?: string): Sheet {
    const headerIndex = records.findIndex(record => record.some(cell => cell.trim() !== ''));
    if (headerIndex < 0) {
        throw new SheetReadError(`${name === undefined ? `'${file}'` : `Het blad '${name}' van '${file}'`} is leeg: er staat geen kopregel en geen rij met antwoorden in. ` +
            'Sla het blad met de antwoorden op, of kies het met --blad.');
    }
    const rows: SheetRow[] = records.slice(headerIndex + 1).map((cells, i) => ({ number: headerIndex + i + 2, cells }));
    return { name, header: records[headerIndex], rows };
}

async function xlsxSheet(bytes: Buffer, file: string, wanted: string | undefined): Promise<Sheet> {
    const { ExcelJS: excel } = await loadSheetLibraries();
    const workbook = new excel.Workbook();
    try {
        await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch (error) {
        throw new SheetReadError(`Het bestand is geen leesbare Excel-werkmap (.xlsx): ${(error as Error).message}`);
    }
    const sheets = workbook.worksheets;
    const names = sheets.map(s => `'${s.name}'`).join(', ');
    let chosen: ExcelJS.Worksheet | undefined;
    if (wanted !== undefined) {
        chosen = sheets.find(s => normalise(s.name) === normalise(wanted))
            ?? (/^\d+$/.test(wanted) ? sheets[Number(wanted) - 1] : undefined);
        if (!chosen) {
            throw new SheetReadError(`De werkmap heeft geen blad '${wanted}'. Bladen: ${names}.`);
        }
    } else {
        const filled = sheets.filter(s => s.actualRowCount > 0);
        if (filled.length > 1) {
            throw new SheetReadError(`De werkmap heeft meer dan één blad met gegevens (${filled.map(s => `'${s.name}'`).join(', ')}). Kies er een met --blad "<naam>".`,
                true, filled.map(s => s.name));
        }
        chosen = filled[0] ?? sheets[0];
        if (!chosen) {
            throw new SheetReadError('De werkmap heeft geen bladen.');
        }
    }
    const records: string[][] = [];
    for (let r = 1; r <= chosen.rowCount; r++) {
        const row = chosen.getRow(r);
        const cells: string[] = [];
        for (let c = 1; c <= chosen.columnCount; c++) {
            cells.push(cellText(row.getCell(c).value));
        }
        records.push(cells);
    }
    return toSheet(records, file, chosen.name);
}

/** The text of an xlsx cell: numbers as written, dates as JJJJ-MM-DD (with the time when there is one), formulas by their result. */
function cellText(value: ExcelJS.CellValue): string {
    if (value === null || value === undefined) {
        return '';
    }
    if (value instanceof Date) {
        const iso = value.toISOString();
        return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
    }
    if (typeof value === 'object') {
        if ('richText' in value) {
            return value.richText.map(part => part.text).join('');
        }
        if ('result' in value) {
            return cellText(value.result as ExcelJS.CellValue);
        }
        if ('text' in value) {
            return cellText(value.text as ExcelJS.CellValue);
        }
        if ('error' in value) {
            return String(value.error);
        }
        return '';
    }
    return String(value);
}
