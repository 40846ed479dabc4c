import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { tableToCsv, tableToXlsx } from '../../src/app/sheet-writer.js';
import type { WordedTable } from '../../src/report/sheet-texts.js';

// The writer of `zelfscan export` on a table with every cell a spreadsheet program would take for a formula,
// in the header row too (OWASP's advice on CSV injection, applied to CSV and xlsx alike).
const HOSTILE: WordedTable = {
    headers: ['=Kop', 'Score', 'Toelichting'],
    rows: [['+31 6', 3, '=HYPERLINK("http://example.org")'], ['@SUM(A1)', null, '\tgetabt'], ['-2', -2, 'a=b']]
};

describe('score sheets', () => {
    it('CSV: BOM, ; and CRLF, every text quoted and neutralised, numbers as numbers, the same bytes every time', async () => {
        const bytes = await tableToCsv(HOSTILE);
        expect(bytes.toString('utf8')).toBe('\ufeff"\'=Kop";"Score";"Toelichting"\r\n' +
            '"\'+31 6";3;"\'=HYPERLINK(""http://example.org"")"\r\n' +
            '"\'@SUM(A1)";;"\'\tgetabt"\r\n' +
            '"\'-2";-2;"a=b"\r\n');
        expect((await tableToCsv(HOSTILE)).equals(bytes)).toBe(true);
    });

    it('xlsx: neutralised text cells (the header row too), numbers as numbers, empty cells empty, the same bytes every time', async () => {
        const bytes = await tableToXlsx(HOSTILE);
        expect((await tableToXlsx(HOSTILE)).equals(bytes)).toBe(true);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
        const sheet = workbook.getWorksheet('Scores')!;
        const values = [1, 2, 3, 4].map(r => [1, 2, 3].map(c => sheet.getRow(r).getCell(c).value));
        expect(values).toEqual([
            ["'=Kop", 'Score', 'Toelichting'],
            ["'+31 6", 3, '\'=HYPERLINK("http://example.org")'],
            ["'@SUM(A1)", null, "'\tgetabt"],
            ["'-2", -2, 'a=b']
        ]);
        // No cell is a formula.
        expect([1, 2, 3, 4].flatMap(r => [1, 2, 3].map(c => sheet.getRow(r).getCell(c).type)).includes(ExcelJS.ValueType.Formula)).toBe(false);
    });
});
