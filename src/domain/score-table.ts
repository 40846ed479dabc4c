import type { ScanData } from './scan-data.js';

/**
 * The scores of a set of scans as one table for a spreadsheet: long (one row per respondent and role) or wide
 * (one row per respondent, a score and a note column per role). Rows follow the scans in the order given,
 * respondents and their scores in the order of the scan, roles in the order of the model. Personal names
 * appear only for a scan that says `namen tonen`, and the name column only when some scan does.
 * The table is data: its columns by kind and the model version as name and version; src/report/sheet-texts.ts
 * words the headers and the model cell in Dutch or English.
 */

export type TableCell = string | number | null;

/** A model version in a cell, worded by the sheet texts ("Regieneming versie 1.0", "Regieneming version 1.0"). */
export interface ModelCell {
    readonly name: string;
    readonly version: string;
}

export type ScoreCell = TableCell | ModelCell;

/** What a column holds; `roleScore` and `roleNote` are the wide table's columns per role. */
export type ScoreColumn =
    | { readonly kind: 'region' | 'model' | 'focus' | 'respondent' | 'party' | 'function' | 'personName' | 'interview' | 'role' | 'score' | 'label' | 'note' }
    | { readonly kind: 'roleScore' | 'roleNote'; readonly role: string };

export interface ScoreTable {
    readonly columns: readonly ScoreColumn[];
    readonly rows: ReadonlyArray<readonly ScoreCell[]>;
}

const column = (kind: Exclude<ScoreColumn['kind'], 'roleScore' | 'roleNote'>): ScoreColumn => ({ kind });

export interface ScoreTableEntry {
    readonly scan: ScanData;
    /** The roles of the scan's model version, in model order. */
    readonly roles: readonly string[];
    /** The scale's label per value. */
    readonly labels: ReadonlyMap<number, string>;
}

export function scoreTable(entries: readonly ScoreTableEntry[], options: { readonly wide: boolean }): ScoreTable {
    return options.wide ? wideTable(entries) : longTable(entries);
}

function withNames(entries: readonly ScoreTableEntry[]): boolean {
    return entries.some(entry => entry.scan.namesVisible && entry.scan.respondents.some(r => r.personName !== undefined));
}

function longTable(entries: readonly ScoreTableEntry[]): ScoreTable {
    const names = withNames(entries);
    const columns: ScoreColumn[] = [
        column('region'), column('model'), column('focus'), column('respondent'), column('party'), ...(names ? [column('personName')] : []),
        column('role'), column('score'), column('label'), column('note')
    ];
    const rows: ScoreCell[][] = [];
    for (const { scan, roles, labels } of entries) {
        for (const respondent of scan.respondents) {
            for (const score of orderedScores(respondent.scores, roles)) {
                rows.push([
                    scan.region, modelText(scan), scan.focus ?? null, respondent.id, respondent.party,
                    ...(names ? [scan.namesVisible ? respondent.personName ?? null : null] : []),
                    score.role, score.value, score.value === null ? null : labels.get(score.value) ?? null, score.note ?? null
                ]);
            }
        }
    }
    return { columns, rows };
}

function wideTable(entries: readonly ScoreTableEntry[]): ScoreTable {
    const names = withNames(entries);
    const roles: string[] = [];
    for (const entry of entries) {
        for (const role of entry.roles) {
            if (!roles.includes(role)) {
                roles.push(role);
            }
        }
    }
    const columns: ScoreColumn[] = [
        column('region'), column('model'), column('focus'), column('respondent'), column('party'), column('function'),
        ...(names ? [column('personName')] : []), column('interview'),
        ...roles.flatMap((role): ScoreColumn[] => [{ kind: 'roleScore', role }, { kind: 'roleNote', role }])
    ];
    const rows: ScoreCell[][] = [];
    for (const { scan } of entries) {
        for (const respondent of scan.respondents) {
            const byRole = new Map(respondent.scores.map(score => [score.role, score]));
            rows.push([
                scan.region, modelText(scan), scan.focus ?? null, respondent.id, respondent.party,
                respondent.function ?? null,
                ...(names ? [scan.namesVisible ? respondent.personName ?? null : null] : []),
                respondent.interviewDate ?? null,
                ...roles.flatMap(role => [byRole.get(role)?.value ?? null, byRole.get(role)?.note ?? null])
            ]);
        }
    }
    return { columns, rows };
}

function modelText(scan: ScanData): ModelCell {
    return { name: scan.model.name, version: scan.model.version };
}

/** A respondent's scores in model order; a score for a role the model does not list keeps its place at the end. */
function orderedScores<T extends { readonly role: string }>(scores: readonly T[], roles: readonly string[]): T[] {
    const rank = (role: string) => {
        const index = roles.indexOf(role);
        return index < 0 ? roles.length : index;
    };
    return [...scores].sort((a, b) => rank(a.role) - rank(b.role));
}

/**
 * A text cell that a spreadsheet program would read as a formula (it starts with `=`, `+`, `-`, `@`, a tab
 * or a carriage return) gets a leading apostrophe, as OWASP's CSV-injection advice says. Numbers stay numbers.
 */
export function neutraliseCell(cell: TableCell): TableCell {
    return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
