import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeText, readSheet } from '../../src/app/sheet-reader.js';

// The reader of `zelfscan import`: CSV as spreadsheet programs and form tools write it, and xlsx workbooks.
const folder = mkdtempSync(path.join(tmpdir(), 'zelfscan-sheet-reader-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
let count = 0;

function file(name: string, content: string | Uint8Array): string {
    const target = path.join(folder, `${++count}-${name}`);
    writeFileSync(target, content);
    return target;
}

const plain = (sheet: Awaited<ReturnType<typeof readSheet>>) => ({ header: sheet.header, rows: sheet.rows.map(row => [row.number, ...row.cells]) });

describe('reading CSV', () => {
    it('finds the separator (; , or tab), keeps quoted line breaks, and drops a BOM before the first header', async () => {
        const expected = { header: ['Partij', 'Verbinder', 'Toelichting'], rows: [[2, 'swv', '3', 'regel 1\nregel 2'], [3, 'gemeente', '', '']] };
        for (const [separator, bom, newline] of [[';', '\ufeff', '\r\n'], [',', '', '\n'], ['\t', '\ufeff', '\r\n']] as const) {
            const text = `${bom}Partij${separator}Verbinder${separator}Toelichting${newline}swv${separator}3${separator}"regel 1\nregel 2"${newline}gemeente${separator}${separator}${newline}`;
            expect(plain(await readSheet(file('blad.csv', text)))).toEqual(expected);
        }
    });

    it('reads Windows-1252 (Excel\'s plain CSV) when the bytes are not UTF-8, and UTF-8 otherwise', () => {
        const cp1252 = Uint8Array.from([0x43, 0x6f, 0xf6, 0x72, 0x64, 0x3b, 0xe9, 0xe9, 0x6e, 0x3b, 0x80, 0x3b, 0x93, 0x78, 0x94]);
        expect(decodeText(cp1252)).toBe('Coörd;één;€;“x”');
        expect(decodeText(new TextEncoder().encode('Coördinator;€'))).toBe('Coördinator;€');
        expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]))).toBe('A');
    });

    it('skips empty lines above the header and numbers rows as the spreadsheet shows them', async () => {
        const sheet = await readSheet(file('leeg-boven.csv', ';;\r\n\r\nPartij;Verbinder\r\nswv;2\r\n'));
        expect(plain(sheet)).toEqual({ header: ['Partij', 'Verbinder'], rows: [[4, 'swv', '2']] });
    });

    // Tables as csv-stringify writes them (any cell text: separators, quotes, line breaks, accents), with each
    // separator, with and without BOM, CRLF or LF: the reader gives back every cell.
    const word = fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,10}[A-Za-z]$/);
    const cellText = fc.string({ unit: fc.constantFrom('a', 'é', ' ', ';', ',', '\t', '"', '\n', '\r\n', '1', '€', "'", '=') , maxLength: 12 });
    it('reads back every cell of any table a CSV library writes (property)', async () => {
        await fc.assert(fc.asyncProperty(
            fc.integer({ min: 2, max: 5 }).chain(width => fc.tuple(
                fc.uniqueArray(word, { minLength: width, maxLength: width }),
                fc.array(fc.array(cellText, { minLength: width, maxLength: width }).filter(cells => cells.some(c => c.trim() !== '')), { minLength: 1, maxLength: 4 }))),
            fc.constantFrom(';', ',', '\t'), fc.boolean(), fc.constantFrom('windows', 'unix') as fc.Arbitrary<'windows' | 'unix'>,
            async ([header, rows], delimiter, bom, newline) => {
                const text = stringify([header, ...rows], { delimiter, bom, record_delimiter: newline, quoted_match: /^\s|\s$/ });
                const sheet = await readSheet(file('eigenschap.csv', text));
                expect(sheet.header).toEqual(header);
                expect(sheet.rows.map(row => row.cells)).toEqual(rows);
            }), { numRuns: 150 });
    });
});

describe('reading xlsx', () => {
    it('picks a sheet by name (without case or accents) or number, and names the sheets when it cannot', async () => {
        const workbook = new ExcelJS.Workbook();
        workbook.addWorksheet('Uitleg').addRow(['Vul per respondent een rij in.']);
        const answers = workbook.addWorksheet('Antwoorden');
        answers.addRow(['Partij', 'Verbinder', 'Datum']);
        answers.addRow(['swv', 3, new Date(Date.UTC(2024, 1, 1))]);
        const target = path.join(folder, 'werkmap.xlsx');
        await workbook.xlsx.writeFile(target);
        const expected = { header: ['Partij', 'Verbinder', 'Datum'], rows: [[2, 'swv', '3', '2024-02-01']] };
        expect(plain(await readSheet(target, { sheet: 'ANTWOORDEN' }))).toEqual(expected);
        expect(plain(await readSheet(target, { sheet: '2' }))).toEqual(expected);
        await expect(readSheet(target)).rejects.toMatchObject({
            message: "De werkmap heeft meer dan één blad met gegevens ('Uitleg', 'Antwoorden'). Kies er een met --blad \"<naam>\".", sheets: ['Uitleg', 'Antwoorden']
        });
        await expect(readSheet(target, { sheet: 'Scores' })).rejects.toThrow("De werkmap heeft geen blad 'Scores'. Bladen: 'Uitleg', 'Antwoorden'.");
    });

    it('refuses what it cannot read, saying what to do', async () => {
        await expect(readSheet(file('blad.ods', 'x'))).rejects.toThrow(/is geen \.csv- of \.xlsx-bestand\. Sla het blad op als CSV of Excel-werkmap \(\.xlsx\)\.$/);
        await expect(readSheet(file('kapot.xlsx', 'geen zip'))).rejects.toThrow(/^Het bestand is geen leesbare Excel-werkmap \(\.xlsx\): /);
        await expect(readSheet(file('blad.csv', 'a;b\r\n'), { sheet: 'x' })).rejects.toThrow('Een CSV-bestand heeft geen bladen; laat --blad weg.');
    });
});
