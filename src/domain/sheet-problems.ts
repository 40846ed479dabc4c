import type { ModelKey } from './model-definition.js';
import type { ColumnTarget } from './sheet-columns.js';

/**
 * A problem found in a spreadsheet, as data: where it is, located as the spreadsheet program shows it (row 1 is
 * the header row, columns are letters), and what is wrong with the values a fix needs. The kind is the problem's
 * stable code; src/report/sheet-problem-texts.ts words each kind in Dutch and English.
 */
export type SheetProblem = SheetPlace & SheetProblemDetail;

export interface SheetPlace {
    /** 1-based row as the spreadsheet shows it; absent for a problem of the whole file. */
    readonly row?: number;
    /** 0-based column index; absent for a problem of a whole row. */
    readonly column?: number;
    /** The column's header, when there is a column. */
    readonly header?: string;
}

/** The facts of the model a problem names: its key, roles and parties, so that the text can list the choices. */
export interface ProblemModel {
    readonly key: ModelKey;
    readonly roles: readonly string[];
}

export interface ProblemParty {
    readonly name: string;
    readonly label: string;
}

export type SheetProblemDetail =
    /** One row per respondent and role, as `zelfscan export` writes without --breed. */
    | { readonly kind: 'lange-vorm'; readonly roleHeader: string; readonly scoreHeader: string }
    | { readonly kind: 'koppeling-kop-onbekend'; readonly mapped: string; readonly headers: readonly string[] }
    | { readonly kind: 'koppeling-doel-onbekend'; readonly target: string; readonly suggestion?: string; readonly model: ProblemModel; readonly targets: readonly string[] }
    | { readonly kind: 'kop-meer-rollen'; readonly roles: readonly string[] }
    | { readonly kind: 'kop-onbekende-rol'; readonly suggestion?: string; readonly model: ProblemModel }
    /** This column and an earlier one both map to `target`. */
    | { readonly kind: 'kolom-dubbel'; readonly first: { readonly column: number; readonly header: string }; readonly target: ColumnTarget }
    | { readonly kind: 'kolom-partij-ontbreekt' }
    | { readonly kind: 'kolom-rol-ontbreekt'; readonly role: string }
    | { readonly kind: 'respondent-leeg' }
    | { readonly kind: 'respondent-ongeldig'; readonly text: string }
    | { readonly kind: 'partij-leeg'; readonly model: ModelKey; readonly parties: readonly ProblemParty[] }
    | { readonly kind: 'partij-onbekend'; readonly text: string; readonly suggestion?: string; readonly model: ModelKey; readonly parties: readonly ProblemParty[] }
    /** A score written as number and label that disagree ("3 - Ruim aanwezig"): `label` is the scale's label of `value`. */
    | { readonly kind: 'score-tegenstrijdig'; readonly text: string; readonly value: number; readonly label: string }
    | { readonly kind: 'score-ongeldig'; readonly text: string; readonly range?: { readonly min: number; readonly max: number }; readonly labels: readonly string[] }
    | { readonly kind: 'datum-ongeldig'; readonly text: string }
    /** Every row with answers belongs to another region; `regionHeader` is the region column's header. */
    | { readonly kind: 'geen-rij-van-regio'; readonly region: string; readonly regionHeader?: string }
    | { readonly kind: 'geen-rijen' }
    /** Information, not a problem of the sheet: `count` respondents have a name the written scan does not show. */
    | { readonly kind: 'namen-bewaard'; readonly count: number }
    /**
     * A finding of the scan validator on the imported text, in the validator's words. `lineRows` gives the
     * spreadsheet row of each 1-based text line the message names ("komt al voor op regel 9").
     */
    | {
        readonly kind: 'scanmelding'; readonly severity: 'fout' | 'waarschuwing'; readonly message: string; readonly code?: string;
        readonly lineRows: Readonly<Record<number, number>>;
    };

export type SheetProblemKind = SheetProblemDetail['kind'];

export type SheetSeverity = 'fout' | 'waarschuwing' | 'info';

/** An error stops the write; a warning does not; `info` says what the written scan does. */
export function sheetProblemSeverity(problem: SheetProblemDetail): SheetSeverity {
    switch (problem.kind) {
        case 'scanmelding': return problem.severity;
        case 'namen-bewaard': return 'info';
        default: return 'fout';
    }
}

export function isSheetError(problem: SheetProblemDetail): boolean {
    return sheetProblemSeverity(problem) === 'fout';
}

/** The letter name of a 0-based column: 0 → A, 25 → Z, 26 → AA. */
export function cellName(index: number): string {
    let name = '';
    for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
        name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    }
    return name;
}
