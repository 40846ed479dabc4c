/**
 * A problem found in a spreadsheet, located as the spreadsheet program shows it: row 1 is the header row,
 * columns are letters. The message says what is wrong and how to fix it.
 */
export interface SheetProblem {
    /** 1-based row as the spreadsheet shows it; absent for a problem of the whole file. */
    readonly row?: number;
    /** 0-based column index; absent for a problem of a whole row. */
    readonly column?: number;
    /** The column's header, when there is a column. */
    readonly header?: string;
    /** Absent: `fout`. `info` is never a problem of the sheet: it says what the written scan does. */
    readonly severity?: 'fout' | 'waarschuwing' | 'info';
    readonly message: string;
    /** The diagnostic code when the problem comes from validating the scan text. */
    readonly code?: string;
}

/** The letter name of a 0-based column: 0 → A, 25 → Z, 26 → AA. */
export function cellName(index: number): string {
    let name = '';
    for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
        name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    }
    return name;
}

/** `rij 4, kolom E ('Score Verbinder')`, `rij 4`, or '' for the whole file. */
export function problemPlace(problem: SheetProblem): string {
    const parts: string[] = [];
    if (problem.row !== undefined) {
        parts.push(`rij ${problem.row}`);
    }
    if (problem.column !== undefined) {
        const header = problem.header?.trim();
        parts.push(`kolom ${cellName(problem.column)}${header ? ` ('${header}')` : ''}`);
    }
    return parts.join(', ');
}

/** One line per problem: `bestand.csv, rij 4, kolom E ('Score Verbinder'): fout Score 7 … [code]`. */
export function formatSheetProblem(file: string, problem: SheetProblem): string {
    const place = problemPlace(problem);
    return `${file}${place ? `, ${place}` : ''}: ${problem.severity ?? 'fout'} ${problem.message}${problem.code ? ` [${problem.code}]` : ''}`;
}
