import { scanTextLines, type ScanTextLine } from './scan-skeleton.js';
import { mapColumns, type ColumnMapping, type ExplicitColumn } from './sheet-columns.js';
import type { SheetProblem } from './sheet-problems.js';
import { convertRows, type ConvertedRows, type ImportModel, type Sheet } from './sheet-rows.js';

/**
 * A spreadsheet import in two steps. `planImport` matches the columns, reads every row and writes the scan
 * text in the canonical layout, keeping for each line the row and column it came from. The caller then
 * validates that text with the language services, as any scan, and `traceFindings` puts each finding back
 * on the row and column of the spreadsheet. Nothing may be written while either step reports an error.
 */

export interface ImportInput {
    readonly sheet: Sheet;
    readonly model: ImportModel;
    readonly region: string;
    readonly focus?: string;
    readonly explicit?: readonly ExplicitColumn[];
    /**
     * Write `namen tonen`, so that reports and exports show the respondents' names. Off by default: a form
     * export with a name column says nothing about whether the respondents agreed to be named in a report.
     */
    readonly namesVisible?: boolean;
}

export interface ImportPlan {
    readonly mapping: ColumnMapping;
    readonly converted: ConvertedRows;
    /** Problems of the columns and the rows; the scan text is only worth validating when there are none. */
    readonly problems: readonly SheetProblem[];
    /** What the user should know about a scan that may be written (severity `info`). */
    readonly notices: readonly SheetProblem[];
    readonly lines: readonly ScanTextLine[];
    readonly text: string;
}

export function planImport(input: ImportInput): ImportPlan {
    const { mapping, problems: columnProblems } = mapColumns(input.sheet.header, input.model, input.explicit);
    const converted = convertRows(input.sheet, mapping, input.model, input.region);
    const lines = scanTextLines(input.model, input.region, input.focus, converted.respondents, { namesVisible: input.namesVisible });
    const nameColumn = mapping.columns.find(column => column.target.kind === 'naam');
    const named = converted.respondents.filter(respondent => respondent.personName !== undefined).length;
    const notices: SheetProblem[] = named > 0 && !input.namesVisible && nameColumn
        ? [{ column: nameColumn.index, header: nameColumn.header, kind: 'namen-bewaard', count: named }] : [];
    return {
        mapping,
        converted,
        problems: [...columnProblems, ...converted.problems],
        notices,
        lines,
        text: lines.map(line => line.text).join('\n') + '\n'
    };
}

/** A finding of the scan validator on the scan text (0-based line). */
export interface TextFinding {
    readonly line: number;
    readonly severity: 'fout' | 'waarschuwing' | 'info' | 'hint';
    readonly message: string;
    readonly code?: string;
}

/**
 * The validator's findings on the imported text, each placed on the spreadsheet cell its line came from, with
 * the row of every line of the text, so that a finding that names a line ("komt al voor op regel 9") can be
 * worded with the row instead. Infos and hints are left out; findings on lines of the scan as a whole keep no row.
 */
export function traceFindings(plan: ImportPlan, findings: readonly TextFinding[], header: readonly string[]): SheetProblem[] {
    const lineRows: Record<number, number> = {};
    plan.lines.forEach((line, index) => {
        if (line.respondent !== undefined) {
            lineRows[index + 1] = plan.converted.origins[line.respondent].row;
        }
    });
    return findings
        .filter(f => f.severity === 'fout' || f.severity === 'waarschuwing')
        .map((finding): SheetProblem => {
            const line = plan.lines[finding.line];
            const base = {
                kind: 'scanmelding' as const, severity: finding.severity as 'fout' | 'waarschuwing', message: finding.message, code: finding.code, lineRows
            };
            if (line?.respondent === undefined) {
                return base;
            }
            const origin = plan.converted.origins[line.respondent];
            const column = line.part === 'score' && line.role !== undefined ? origin.columns.scores[line.role]
                : line.part === 'kop' ? origin.columns.respondent ?? origin.columns.partij
                    : line.part === 'naam' ? origin.columns.naam
                        : line.part === 'interview' ? origin.columns.interview : undefined;
            return { ...base, row: origin.row, column, header: column === undefined ? undefined : header[column] };
        });
}
