import { z } from 'zod';
import type { ResolvedModel } from './resolved-model.js';
import type { RespondentData, ScanData } from './scan-data.js';

/**
 * The semantic diff of two versions of one region scan, as data: what changed (field), how (added, changed,
 * removed) and the short values before and after. src/report/scan-diff-texts.ts words it ("Verbinder,
 * respondent R2: 2 → 3") in Dutch and English. Long texts (notes, answers, advice) are only said to have
 * changed, and personal names are never repeated: the line diff of the file shows both where a reviewer needs them.
 */

/** The sections in the order the text output shows them, which is the order of a scan file. */
export const SCAN_CHANGE_SECTIONS = [
    'scan', 'kenmerken', 'knelpunten-houvasten', 'respondenten', 'scores', 'factsheet', 'advies', 'proces'
] as const;

/** What can change in a scan. A change's kind is `<field>-<change>`. */
export const SCAN_CHANGE_FIELDS = [
    'regio', 'model', 'focus', 'gebruik', 'namen-tonen', 'kenmerk',
    'knelpunt', 'knelpunt-toelichting', 'houvast', 'houvast-toelichting',
    'respondent', 'respondent-partij', 'respondent-functie', 'respondent-naam', 'interviewdatum',
    'score', 'score-toelichting', 'antwoord', 'toetsdatum', 'advies', 'startgesprek', 'terugkoppeling'
] as const;

export const SCAN_CHANGES = ['toegevoegd', 'gewijzigd', 'verwijderd'] as const;

/** Stable codes for scripts; written out in full so that a reader of the JSON can look each one up here. */
export const SCAN_CHANGE_KINDS = [
    'regio-gewijzigd',
    'model-gewijzigd',
    'focus-toegevoegd', 'focus-gewijzigd', 'focus-verwijderd',
    'gebruik-toegevoegd', 'gebruik-gewijzigd', 'gebruik-verwijderd',
    'namen-tonen-toegevoegd', 'namen-tonen-verwijderd',
    'kenmerk-toegevoegd', 'kenmerk-gewijzigd', 'kenmerk-verwijderd',
    'knelpunt-toegevoegd', 'knelpunt-verwijderd',
    'knelpunt-toelichting-toegevoegd', 'knelpunt-toelichting-gewijzigd', 'knelpunt-toelichting-verwijderd',
    'houvast-toegevoegd', 'houvast-verwijderd',
    'houvast-toelichting-toegevoegd', 'houvast-toelichting-gewijzigd', 'houvast-toelichting-verwijderd',
    'respondent-toegevoegd', 'respondent-verwijderd',
    'respondent-partij-gewijzigd',
    'respondent-functie-toegevoegd', 'respondent-functie-gewijzigd', 'respondent-functie-verwijderd',
    'respondent-naam-toegevoegd', 'respondent-naam-gewijzigd', 'respondent-naam-verwijderd',
    'interviewdatum-toegevoegd', 'interviewdatum-gewijzigd', 'interviewdatum-verwijderd',
    'score-toegevoegd', 'score-gewijzigd', 'score-verwijderd',
    'score-toelichting-toegevoegd', 'score-toelichting-gewijzigd', 'score-toelichting-verwijderd',
    'antwoord-toegevoegd', 'antwoord-gewijzigd', 'antwoord-verwijderd',
    'toetsdatum-toegevoegd', 'toetsdatum-gewijzigd', 'toetsdatum-verwijderd',
    'advies-toegevoegd', 'advies-gewijzigd', 'advies-verwijderd',
    'startgesprek-toegevoegd', 'startgesprek-gewijzigd', 'startgesprek-verwijderd',
    'terugkoppeling-toegevoegd', 'terugkoppeling-gewijzigd', 'terugkoppeling-verwijderd'
] as const;

/** A short value before or after the change; for a score, null is `?` (no judgement); a model by name and version. */
const ShortValueSchema = z.union([z.string(), z.number(), z.object({ name: z.string(), version: z.string() })]).nullable();

export const ScanChangeSchema = z.object({
    kind: z.enum(SCAN_CHANGE_KINDS),
    field: z.enum(SCAN_CHANGE_FIELDS),
    change: z.enum(SCAN_CHANGES),
    section: z.enum(SCAN_CHANGE_SECTIONS),
    respondent: z.string().optional(),
    role: z.string().optional(),
    /** The trait, obstacle, handhold or factsheet question concerned. */
    name: z.string().optional(),
    /** Short values only (scores, names of model items, dates); absent for long texts and personal names. */
    before: ShortValueSchema.optional(),
    after: ShortValueSchema.optional(),
    /** A respondent who came or went: the party, and the scores that came or went along, in model order. */
    party: z.string().optional(),
    scores: z.array(z.object({ role: z.string(), value: z.number().nullable() })).optional()
});

export type ScanChangeSection = typeof SCAN_CHANGE_SECTIONS[number];
export type ScanChangeField = typeof SCAN_CHANGE_FIELDS[number];
export type ScanChangeKind = z.infer<typeof ScanChangeSchema>['kind'];
export type ScanChange = z.infer<typeof ScanChangeSchema>;

/**
 * The model order of the names a scan uses. Roles, traits, obstacles, handholds and questions are listed in
 * this order; names the model does not know follow in the order of the file.
 */
export interface ScanDiffOrder {
    readonly roles?: readonly string[];
    readonly traits?: readonly string[];
    readonly obstacles?: readonly string[];
    readonly handholds?: readonly string[];
    readonly questions?: readonly string[];
}

export function scanDiffOrderOf(model: ResolvedModel): ScanDiffOrder {
    return {
        roles: [...model.items.role.keys()],
        traits: [...model.items.trait.keys()],
        obstacles: [...model.items.obstacle.keys()],
        handholds: [...model.items.handhold.keys()],
        questions: [...model.items.question.keys()]
    };
}

type Change = typeof SCAN_CHANGES[number];
type Extra = Pick<ScanChange, 'respondent' | 'role' | 'name'>;
type ShortValue = NonNullable<ScanChange['before']> | null;

/**
 * Everything that differs between two versions of a scan, section by section. Within a section the items
 * come in the order of the new version (or of the model, where `order` gives it), removed ones last.
 * No differences: an empty list.
 */
export function diffScans(before: ScanData, after: ScanData, order: ScanDiffOrder = {}): ScanChange[] {
    const changes: ScanChange[] = [];
    const push = (section: ScanChangeSection, field: ScanChangeField, change: Change, rest: Omit<ScanChange, 'kind' | 'field' | 'change' | 'section'> = {}) =>
        changes.push({ kind: `${field}-${change}` as ScanChangeKind, field, change, section, ...rest });
    const changeOf = (was: unknown, now: unknown): Change => was === undefined ? 'toegevoegd' : now === undefined ? 'verwijderd' : 'gewijzigd';

    /** A short value: kept before and after. */
    const value = (section: ScanChangeSection, field: ScanChangeField, was: ShortValue | undefined, now: ShortValue | undefined,
        extra: Extra = {}) => {
        if (was === now) {
            return;
        }
        push(section, field, changeOf(was, now), {
            ...extra, ...(was === undefined ? {} : { before: was }), ...(now === undefined ? {} : { after: now })
        });
    };
    /** A long or personal text: only whether it changed. */
    const text = (section: ScanChangeSection, field: ScanChangeField, was: string | undefined, now: string | undefined, extra: Extra = {}) => {
        if (was !== now) {
            push(section, field, changeOf(was, now), extra);
        }
    };

    // The scan as a whole.
    value('scan', 'regio', before.region, after.region);
    if (before.model.name !== after.model.name || before.model.version !== after.model.version) {
        push('scan', 'model', 'gewijzigd', { before: { ...before.model }, after: { ...after.model } });
    }
    value('scan', 'focus', before.focus, after.focus);
    value('scan', 'gebruik', before.use, after.use);
    if (before.namesVisible !== after.namesVisible) {
        push('scan', 'namen-tonen', after.namesVisible ? 'toegevoegd' : 'verwijderd');
    }

    // Traits: one value per trait.
    const traitsBefore = byName(before.traits, t => t.trait);
    const traitsAfter = byName(after.traits, t => t.trait);
    for (const trait of names(traitsBefore, traitsAfter, order.traits)) {
        value('kenmerken', 'kenmerk', traitsBefore.get(trait)?.value, traitsAfter.get(trait)?.value, { name: trait });
    }

    // Obstacles and handholds: present or not, with an optional note.
    const catalogue = (field: 'knelpunt' | 'houvast', was: ScanData['obstacles'], now: ScanData['obstacles'],
        modelOrder: readonly string[] | undefined) => {
        const entriesBefore = byName(was, e => e.name);
        const entriesAfter = byName(now, e => e.name);
        for (const name of names(entriesBefore, entriesAfter, modelOrder)) {
            const old = entriesBefore.get(name);
            const current = entriesAfter.get(name);
            if (!old || !current) {
                push('knelpunten-houvasten', field, old ? 'verwijderd' : 'toegevoegd', { name });
            } else {
                text('knelpunten-houvasten', `${field}-toelichting`, old.note, current.note, { name });
            }
        }
    };
    catalogue('knelpunt', before.obstacles, after.obstacles, order.obstacles);
    catalogue('houvast', before.handholds, after.handholds, order.handholds);

    // Respondents, then their scores (so that the scores of one respondent stay together).
    const respondentsBefore = byName(before.respondents, r => r.id);
    const respondentsAfter = byName(after.respondents, r => r.id);
    const respondentIds = names(respondentsBefore, respondentsAfter, undefined);
    for (const id of respondentIds) {
        const old = respondentsBefore.get(id);
        const current = respondentsAfter.get(id);
        const extra = { respondent: id };
        if (!old || !current) {
            push('respondenten', 'respondent', current ? 'toegevoegd' : 'verwijderd', respondentPresence(id, old ?? current!, current !== undefined, order.roles));
            continue;
        }
        value('respondenten', 'respondent-partij', old.party, current.party, extra);
        value('respondenten', 'respondent-functie', old.function, current.function, extra);
        text('respondenten', 'respondent-naam', old.personName, current.personName, extra);
        value('respondenten', 'interviewdatum', old.interviewDate, current.interviewDate, extra);
    }
    for (const id of respondentIds) {
        const old = respondentsBefore.get(id);
        const current = respondentsAfter.get(id);
        if (!old || !current) {
            continue;
        }
        const scoresBefore = byName(old.scores, s => s.role);
        const scoresAfter = byName(current.scores, s => s.role);
        for (const role of names(scoresBefore, scoresAfter, order.roles)) {
            const was = scoresBefore.get(role);
            const now = scoresAfter.get(role);
            const extra = { respondent: id, role };
            value('scores', 'score', was?.value, now?.value, extra);
            if (was && now) {
                text('scores', 'score-toelichting', was.note, now.note, extra);
            }
        }
    }

    // Factsheet: answers by question, and the date of the written check.
    const answersBefore = byName(before.factsheet?.answers ?? [], a => a.question);
    const answersAfter = byName(after.factsheet?.answers ?? [], a => a.question);
    for (const question of names(answersBefore, answersAfter, order.questions)) {
        text('factsheet', 'antwoord', answersBefore.get(question)?.text, answersAfter.get(question)?.text, { name: question });
    }
    value('factsheet', 'toetsdatum', before.factsheet?.checkedDate, after.factsheet?.checkedDate);

    text('advies', 'advies', before.advice, after.advice);

    value('proces', 'startgesprek', before.startDate, after.startDate);
    value('proces', 'terugkoppeling', before.feedbackDate, after.feedbackDate);

    // The helpers above push in the order of the code; sort by section only, keeping that order within each.
    const rank = (change: ScanChange) => SCAN_CHANGE_SECTIONS.indexOf(change.section);
    return changes.map((change, index) => ({ change, index }))
        .sort((a, b) => rank(a.change) - rank(b.change) || a.index - b.index)
        .map(entry => entry.change);
}

/** A respondent who came or went: the party, and for one who came the scores that came along (so they are not listed one by one). */
function respondentPresence(id: string, respondent: RespondentData, added: boolean, roleOrder: readonly string[] | undefined) {
    const scores = byName(respondent.scores, s => s.role);
    return {
        respondent: id, party: respondent.party,
        ...(added ? { scores: names(new Map(), scores, roleOrder).map(role => ({ role, value: scores.get(role)!.value })) } : {})
    };
}

/** By name, first occurrence wins: a duplicate is a validation error, and the diff should not hide the first. */
function byName<T>(items: readonly T[], nameOf: (item: T) => string): Map<string, T> {
    const map = new Map<string, T>();
    for (const item of items) {
        if (!map.has(nameOf(item))) {
            map.set(nameOf(item), item);
        }
    }
    return map;
}

/**
 * The names of both versions: those of the new version (in model order when given, else file order), then
 * those only in the old version, in its order.
 */
function names(before: ReadonlyMap<string, unknown>, after: ReadonlyMap<string, unknown>, modelOrder: readonly string[] | undefined): string[] {
    const current = [...after.keys()];
    if (modelOrder) {
        const rank = (name: string) => {
            const index = modelOrder.indexOf(name);
            return index === -1 ? modelOrder.length : index;
        };
        current.sort((a, b) => rank(a) - rank(b));
    }
    return [...current, ...[...before.keys()].filter(name => !after.has(name))];
}
