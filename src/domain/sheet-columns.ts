import { closestName } from './closest-name.js';
import type { ModelKey } from './model-definition.js';
import type { ProblemModel, SheetProblem } from './sheet-problems.js';

/**
 * Which column of a spreadsheet holds what: the column headers of a form export matched to the respondent's
 * id, name, party, function, interview date and region, and to a score or a note per role of the model.
 * Headers are compared without case or accents, and a role name also counts inside a longer header
 * ("Score Verbinder", "Verbinder (1-5)"). An explicit mapping (header → target) wins over every guess.
 */

export type ColumnTarget =
    | { readonly kind: 'respondent' | 'naam' | 'partij' | 'functie' | 'interview' | 'regio' }
    | { readonly kind: 'score' | 'toelichting'; readonly role: string }
    | { readonly kind: 'negeer'; readonly reason: Exclude<IgnoreReason, 'elders-gekoppeld'> }
    /** The user's mapping gives `claimed`, which this column's header suggests, to another column. */
    | { readonly kind: 'negeer'; readonly reason: 'elders-gekoppeld'; readonly claimed: ColumnTarget };

/** Why a column is skipped, as a code; src/report/sheet-problem-texts.ts words it. */
export type IgnoreReason =
    | 'tijdstempel' | 'e-mailadres' | 'model-van-optie' | 'focus-van-optie' | 'geen-kop' | 'onbekende-kop' | 'koppeling' | 'elders-gekoppeld';

export interface MappedColumn {
    /** 0-based column index. */
    readonly index: number;
    readonly header: string;
    readonly target: ColumnTarget;
    /** True when the user's mapping named this column, false when its header was recognised. */
    readonly explicit: boolean;
}

export interface ColumnMapping {
    readonly columns: readonly MappedColumn[];
}

/** The model facts the matching needs. */
export interface MappingModel extends ModelKey {
    readonly roles: readonly string[];
    readonly scale?: { readonly min: number; readonly max: number };
}

/** An explicit mapping entry: a header as written in the sheet (compared without case or accents) and its target. */
export interface ExplicitColumn {
    readonly header: string;
    readonly target: string;
}

/** Lower case, accents dropped, every run of other characters one space: the form in which headers are compared. */
export function normalise(text: string): string {
    return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
        .replace(/[^a-z0-9]+/g, ' ').trim();
}

// Words that recognise a column by its header. A header word counts when it equals a word here or starts with
// it ("respondentnummer", "organisatietype", "interviewdatum"). Checked in this order after the role columns.
const IGNORED_WORDS: ReadonlyArray<readonly [string, Exclude<IgnoreReason, 'elders-gekoppeld'>]> = [
    ['tijdstempel', 'tijdstempel'], ['timestamp', 'tijdstempel'], ['begintijd', 'tijdstempel'], ['starttijd', 'tijdstempel'],
    ['eindtijd', 'tijdstempel'], ['tijd', 'tijdstempel'], ['time', 'tijdstempel'], ['email', 'e-mailadres'], ['mail', 'e-mailadres'],
    ['model', 'model-van-optie'], ['versie', 'model-van-optie'], ['version', 'model-van-optie'],
    ['focus', 'focus-van-optie']
];
const FIELD_WORDS: ReadonlyArray<readonly [ColumnTarget['kind'], readonly string[]]> = [
    ['interview', ['interview', 'gesprek', 'gespreksdatum']],
    ['regio', ['regio', 'region']],
    // Before the name, so that "Naam van uw organisatie" is the party.
    ['partij', ['partij', 'organisatie', 'party', 'organisation', 'organization', 'sector']],
    ['naam', ['naam', 'name']],
    ['respondent', ['respondent', 'id', 'nr', 'nummer', 'code']],
    ['functie', ['functie', 'function']]
];
const NOTE_WORDS = ['toelichting', 'opmerking', 'notitie', 'uitleg', 'toelichten', 'waarom', 'motivatie', 'note', 'comment', 'commentaar'];
const SCORE_WORDS = ['score', 'cijfer', 'waardering'];

/** The targets a user can name in a mapping, besides the roles. */
export const TARGET_WORDS = ['respondent', 'naam', 'partij', 'functie', 'interview', 'regio', 'negeer'] as const;

const SINGLE_KINDS = new Set(['respondent', 'naam', 'partij', 'functie', 'interview', 'regio']);

export interface MappingResult {
    readonly mapping: ColumnMapping;
    readonly problems: readonly SheetProblem[];
}

/** Matches the header row to targets: explicit entries first, then every other header by its words. */
export function mapColumns(headers: readonly string[], model: MappingModel, explicit: readonly ExplicitColumn[] = []): MappingResult {
    const long = longLayout(headers, model);
    if (long !== undefined && explicit.length === 0) {
        return { mapping: { columns: [] }, problems: [long] };
    }
    const problems: SheetProblem[] = [];
    const chosen = new Map<number, MappedColumn>();
    for (const entry of explicit) {
        const index = headers.findIndex(header => normalise(header) === normalise(entry.header));
        if (index < 0) {
            problems.push({ kind: 'koppeling-kop-onbekend', mapped: entry.header, headers: headers.map(h => h.trim()).filter(h => h !== '') });
            continue;
        }
        const target = parseTarget(entry.target, model);
        if ('problem' in target) {
            problems.push({ row: 1, column: index, header: headers[index], ...target.problem });
            continue;
        }
        chosen.set(index, { index, header: headers[index], target: target.target, explicit: true });
    }
    const takenByUser = new Set([...chosen.values()].map(c => targetKey(c.target)).filter(key => key !== undefined));
    headers.forEach((header, index) => {
        if (chosen.has(index)) {
            return;
        }
        const guess = guessTarget(header, model);
        if ('problem' in guess) {
            problems.push({ row: 1, column: index, header, ...guess.problem });
            return;
        }
        const key = targetKey(guess.target);
        const target: ColumnTarget = key !== undefined && takenByUser.has(key)
            ? { kind: 'negeer', reason: 'elders-gekoppeld', claimed: guess.target }
            : guess.target;
        chosen.set(index, { index, header, target, explicit: false });
    });
    const columns = [...chosen.values()].sort((a, b) => a.index - b.index);
    problems.push(...duplicateTargets(columns), ...missingTargets(columns, model));
    return { mapping: { columns }, problems };
}

/**
 * A sheet with one row per respondent and role (a `Rol` and a `Score` column, and no role of the model as a
 * header), as `zelfscan export` writes without --breed: one clear problem instead of one per missing role.
 */
function longLayout(headers: readonly string[], model: MappingModel): SheetProblem | undefined {
    const named = (words: readonly string[]) => headers.findIndex(header => words.includes(normalise(header)));
    const role = named(['rol', 'role']);
    const score = named(['score']);
    const roleHeaders = headers.some(header => model.roles.some(r => containsPhrase(normalise(header).split(' '), normalise(r).split(' '))));
    if (role < 0 || score < 0 || roleHeaders) {
        return undefined;
    }
    return { row: 1, column: role, header: headers[role], kind: 'lange-vorm', roleHeader: headers[role].trim(), scoreHeader: headers[score].trim() };
}

type Guess = { readonly target: ColumnTarget } | { readonly problem: SheetProblem };

function guessTarget(header: string, model: MappingModel): Guess {
    const words = normalise(header).split(' ').filter(Boolean);
    if (words.length === 0) {
        return { target: { kind: 'negeer', reason: 'geen-kop' } };
    }
    const roles = model.roles.filter(role => containsPhrase(words, normalise(role).split(' ')));
    if (roles.length > 1) {
        return { problem: { kind: 'kop-meer-rollen', roles } };
    }
    const isNote = words.some(word => NOTE_WORDS.some(note => word.startsWith(note)));
    if (roles.length === 1) {
        return { target: { kind: isNote ? 'toelichting' : 'score', role: roles[0] } };
    }
    for (const [word, reason] of IGNORED_WORDS) {
        if (words.some(w => w === word || (word.length > 2 && w.startsWith(word)))) {
            return { target: { kind: 'negeer', reason } };
        }
    }
    if (looksLikeScore(words, model) && !isNote) {
        const suggestion = closestName(header.trim(), model.roles) ?? words.map(w => closestRole(w, model.roles)).find(r => r !== undefined);
        return { problem: { kind: 'kop-onbekende-rol', suggestion, model: problemModel(model) } };
    }
    for (const [kind, keywords] of FIELD_WORDS) {
        if (words.some(w => keywords.some(k => w === k || (k.length > 2 && w.startsWith(k))))) {
            return { target: { kind } as ColumnTarget };
        }
    }
    return { target: { kind: 'negeer', reason: 'onbekende-kop' } };
}

function problemModel(model: MappingModel): ProblemModel {
    return { key: { name: model.name, version: model.version }, roles: model.roles };
}

/** A header with a score word, or the scale's range as in "(1-5)", is meant for a role. */
function looksLikeScore(words: readonly string[], model: MappingModel): boolean {
    if (words.some(w => SCORE_WORDS.some(s => w.startsWith(s)))) {
        return true;
    }
    const scale = model.scale;
    return scale !== undefined && containsPhrase(words, [String(scale.min), String(scale.max)]);
}

function closestRole(word: string, roles: readonly string[]): string | undefined {
    const byNormalised = new Map(roles.map(role => [normalise(role), role]));
    const match = closestName(word, byNormalised.keys());
    return match === undefined ? undefined : byNormalised.get(match);
}

function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
    if (phrase.length === 0) {
        return false;
    }
    for (let start = 0; start + phrase.length <= words.length; start++) {
        if (phrase.every((word, i) => words[start + i] === word)) {
            return true;
        }
    }
    return false;
}

/** Reads a target as a user writes it: `partij`, `Verbinder`, `Verbinder toelichting`, `negeer`, … */
export function parseTarget(text: string, model: MappingModel): Guess {
    const words = normalise(text).split(' ').filter(Boolean);
    const joined = words.join(' ');
    if (joined === 'negeer') {
        return { target: { kind: 'negeer', reason: 'koppeling' } };
    }
    if ((SINGLE_KINDS as Set<string>).has(joined)) {
        return { target: { kind: joined } as ColumnTarget };
    }
    const isNote = words.length > 1 && NOTE_WORDS.includes(words[words.length - 1]);
    const roleText = (isNote ? words.slice(0, -1) : words).join(' ');
    const role = model.roles.find(r => normalise(r) === roleText);
    if (role) {
        return { target: { kind: isNote ? 'toelichting' : 'score', role } };
    }
    const suggestion = closestRole(roleText, model.roles);
    return { problem: { kind: 'koppeling-doel-onbekend', target: text.trim(), suggestion, model: problemModel(model), targets: TARGET_WORDS } };
}

/** The key under which only one column may sit; undefined for ignored columns. */
function targetKey(target: ColumnTarget): string | undefined {
    switch (target.kind) {
        case 'negeer': return undefined;
        case 'score': case 'toelichting': return `${target.kind}:${target.role}`;
        default: return target.kind;
    }
}

function duplicateTargets(columns: readonly MappedColumn[]): SheetProblem[] {
    const byKey = new Map<string, MappedColumn[]>();
    for (const column of columns) {
        const key = targetKey(column.target);
        if (key !== undefined) {
            byKey.set(key, [...(byKey.get(key) ?? []), column]);
        }
    }
    const problems: SheetProblem[] = [];
    for (const group of byKey.values()) {
        for (const extra of group.slice(1)) {
            problems.push({
                row: 1, column: extra.index, header: extra.header,
                kind: 'kolom-dubbel', first: { column: group[0].index, header: group[0].header.trim() }, target: extra.target
            });
        }
    }
    return problems;
}

function missingTargets(columns: readonly MappedColumn[], model: MappingModel): SheetProblem[] {
    const present = new Set(columns.map(c => targetKey(c.target)));
    const problems: SheetProblem[] = [];
    if (!present.has('partij')) {
        problems.push({ row: 1, kind: 'kolom-partij-ontbreekt' });
    }
    for (const role of model.roles) {
        if (!present.has(`score:${role}`)) {
            problems.push({ row: 1, kind: 'kolom-rol-ontbreekt', role });
        }
    }
    return problems;
}
