import { planImport, traceFindings, type ImportPlan, type TextFinding } from '../domain/sheet-import.js';
import type { ExplicitColumn } from '../domain/sheet-columns.js';
import { isSheetError, type SheetProblem } from '../domain/sheet-problems.js';
import type { ImportModel } from '../domain/sheet-rows.js';
import { readSheet } from './sheet-reader.js';

/**
 * Imports a spreadsheet of scores as a scan text: read the file, match the columns, read every row, and
 * validate the resulting text with the language services (the `validate` the caller passes: the command
 * line's workspace or the language server's). The command line and the editor both come through here.
 */

export interface SpreadsheetImportInput {
    readonly file: string;
    readonly sheet?: string;
    readonly model: ImportModel;
    readonly region: string;
    readonly focus?: string;
    readonly explicit?: readonly ExplicitColumn[];
    /** Write `namen tonen` (see ImportInput). */
    readonly namesVisible?: boolean;
    readonly validate: (text: string) => Promise<readonly TextFinding[]>;
}

export interface SpreadsheetImport {
    readonly plan: ImportPlan;
    /** The sheet's name in a workbook. */
    readonly sheetName?: string;
    /** Every problem, by row and column: errors and warnings, and (when nothing stops the write) notices. */
    readonly problems: readonly SheetProblem[];
    /** True when no problem is an error: only then may the text be written. */
    readonly ok: boolean;
}

export async function importSpreadsheet(input: SpreadsheetImportInput): Promise<SpreadsheetImport> {
    const sheet = await readSheet(input.file, { sheet: input.sheet });
    const plan = planImport({
        sheet, model: input.model, region: input.region, focus: input.focus, explicit: input.explicit, namesVisible: input.namesVisible
    });
    const problems: SheetProblem[] = [...plan.problems];
    // With the columns understood, the scan text is validated even when some cells could not be read, so that
    // one run reports every problem. Findings on such cells (which hold a placeholder) and findings about the
    // scan as a whole (which the placeholders may cause) are then left out.
    const columnsUnderstood = !plan.problems.some(p => p.row === undefined || p.row === 1);
    if (columnsUnderstood && plan.converted.respondents.length > 0) {
        const unreadable = new Set(plan.problems.map(p => `${p.row}:${p.column}`));
        const traced = traceFindings(plan, await input.validate(plan.text), sheet.header)
            .filter(p => plan.problems.length === 0 || (p.row !== undefined && !unreadable.has(`${p.row}:${p.column}`)));
        problems.push(...traced);
    }
    problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.column ?? -1) - (b.column ?? -1));
    // Notices only matter for a scan that is written; they come last.
    if (!problems.some(isSheetError)) {
        problems.push(...plan.notices);
    }
    return { plan, sheetName: sheet.name, problems, ok: !problems.some(isSheetError) };
}
