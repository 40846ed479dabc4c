import { z } from 'zod';
import type { ResolvedModel } from './resolved-model.js';
import type { RespondentData, ScanData, ScoreData } from './scan-data.js';

/**
 * The semantic diff of two versions of one region scan, in the words a reviewer of a pull request reads:
 * "Verbinder, respondent R2: 2 → 3". Long texts (notes, answers, advice) are only said to have changed, and
 * personal names are never repeated: the line diff of the file shows both where a reviewer needs them.
 */

/** The sections in the order the text output shows them, which is the order of a scan file. */
export const SCAN_CHANGE_SECTIONS = [
    'scan', 'kenmerken', 'knelpunten-houvasten', 'respondenten', 'scores', 'factsheet', 'advies', 'proces'
] as const;

export const SCAN_SECTION_TITLES: Readonly<Record<ScanChangeSection, string>> = {
    'scan': 'Scan',
    'kenmerken': 'Kenmerken',
    'knelpunten-houvasten': 'Knelpunten en houvasten',
    'respondenten': 'Respondenten',
    'scores': 'Scores',
    'factsheet': 'Factsheet',
    'advies': 'Advies',
    'proces': 'Procesdata'
};

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

/** A short value before or after the change; for a score, null is `?` (no judgement). */
const ShortValueSchema = z.union([z.string(), z.number()]).nullable();

export const ScanChangeSchema = z.object({
    kind: z.enum(SCAN_CHANGE_KINDS),
    section: z.enum(SCAN_CHANGE_SECTIONS),
    /** The change in Dutch, one line. */
    text: z.string(),
    respondent: z.string().optional(),
    role: z.string().optional(),
    /** The trait, obstacle, handhold or factsheet question concerned. */
    name: z.string().optional(),
    /** Short values only (scores, names of model items, dates); absent for long texts and personal names. */
    before: ShortValueSchema.optional(),
    after: ShortValueSchema.optional()
});

export type ScanChangeSection = typeof SCAN_CHANGE_SECTIONS[number];
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

type Change = 'toegevoegd' | 'gewijzigd' | 'verwijderd';
type Extra = Pick<ScanChange, 'respondent' | 'role' | 'name'>;

/**
 * Everything that differs between two versions of a scan, section by section. Within a section the items
 * come in the order of the new version (or of the model, where `order` gives it), removed ones last.
 * No differences: an empty list.
 */
export function diffScans(before: ScanData, after: ScanData, order: ScanDiffOrder = {}): ScanChange[] {
    const changes: ScanChange[] = [];

    /** A short value: shown before and after. */
    const value = <T extends string | number | null>(section: ScanChangeSection, code: string, label: string,
        was: T | undefined, now: T | undefined, show: (v: T) => string, extra: Extra = {}) => {
        if (was === now) {
            return;
        }
        const change: Change = was === undefined ? 'toegevoegd' : now === undefined ? 'verwijderd' : 'gewijzigd';
        const text = change === 'toegevoegd' ? `${label} toegevoegd: ${show(now!)}`
            : change === 'verwijderd' ? `${label} verwijderd (was ${show(was!)})`
            : `${label}: ${show(was!)} → ${show(now!)}`;
        changes.push({
            kind: `${code}-${change}` as ScanChangeKind, section, text, ...extra,
            ...(was === undefined ? {} : { before: was }), ...(now === undefined ? {} : { after: now })
        });
    };
    /** A long or personal text: only whether it changed. */
    const text = (section: ScanChangeSection, code: string, label: string, was: string | undefined, now: string | undefined,
        extra: Extra = {}) => {
        if (was === now) {
            return;
        }
        const change: Change = was === undefined ? 'toegevoegd' : now === undefined ? 'verwijderd' : 'gewijzigd';
        changes.push({ kind: `${code}-${change}` as ScanChangeKind, section, text: `${label} ${change}`, ...extra });
    };
    const plain = (v: string | number | null) => String(v);
    const quoted = (v: string | number | null) => `"${v}"`;

    // The scan as a whole.
    value('scan', 'regio', 'Regionaam', before.region, after.region, quoted);
    const modelText = (scan: ScanData) => `${scan.model.name} versie ${scan.model.version}`;
    value('scan', 'model', 'Model', modelText(before), modelText(after), plain);
    value('scan', 'focus', 'Focus', before.focus, after.focus, plain);
    value('scan', 'gebruik', 'Gebruik', before.use, after.use, plain);
    if (before.namesVisible !== after.namesVisible) {
        changes.push(after.namesVisible
            ? { kind: 'namen-tonen-toegevoegd', section: 'scan', text: 'Namen tonen toegevoegd: de rapporten tonen de namen van respondenten' }
            : { kind: 'namen-tonen-verwijderd', section: 'scan', text: 'Namen tonen verwijderd: de rapporten tonen geen namen van respondenten meer' });
    }

    // Traits: one value per trait.
    const traitsBefore = byName(before.traits, t => t.trait);
    const traitsAfter = byName(after.traits, t => t.trait);
    for (const trait of names(traitsBefore, traitsAfter, order.traits)) {
        value('kenmerken', 'kenmerk', `Kenmerk ${trait}`, traitsBefore.get(trait)?.value, traitsAfter.get(trait)?.value, plain,
            { name: trait });
    }

    // Obstacles and handholds: present or not, with an optional note.
    const catalogue = (code: 'knelpunt' | 'houvast', label: string, was: ScanData['obstacles'], now: ScanData['obstacles'],
        modelOrder: readonly string[] | undefined) => {
        const entriesBefore = byName(was, e => e.name);
        const entriesAfter = byName(now, e => e.name);
        for (const name of names(entriesBefore, entriesAfter, modelOrder)) {
            const old = entriesBefore.get(name);
            const current = entriesAfter.get(name);
            if (!old || !current) {
                const change: Change = old ? 'verwijderd' : 'toegevoegd';
                changes.push({ kind: `${code}-${change}`, section: 'knelpunten-houvasten', text: `${label} ${name} ${change}`, name });
            } else {
                text('knelpunten-houvasten', `${code}-toelichting`, `${label} ${name}: toelichting`, old.note, current.note, { name });
            }
        }
    };
    catalogue('knelpunt', 'Knelpunt', before.obstacles, after.obstacles, order.obstacles);
    catalogue('houvast', 'Houvast', before.handholds, after.handholds, order.handholds);

    // Respondents, then their scores (so that the scores of one respondent stay together).
    const respondentsBefore = byName(before.respondents, r => r.id);
    const respondentsAfter = byName(after.respondents, r => r.id);
    const respondentIds = names(respondentsBefore, respondentsAfter, undefined);
    for (const id of respondentIds) {
        const old = respondentsBefore.get(id);
        const current = respondentsAfter.get(id);
        const extra = { respondent: id };
        if (!old || !current) {
            changes.push(respondentPresence(id, old ?? current!, current !== undefined, order.roles));
            continue;
        }
        value('respondenten', 'respondent-partij', `Respondent ${id}, partij`, old.party, current.party, plain, extra);
        value('respondenten', 'respondent-functie', `Respondent ${id}, functie`, old.function, current.function, quoted, extra);
        text('respondenten', 'respondent-naam', `Respondent ${id}, naam`, old.personName, current.personName, extra);
        value('respondenten', 'interviewdatum', `Respondent ${id}, interview`, old.interviewDate, current.interviewDate, plain, extra);
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
            value('scores', 'score', `${role}, respondent ${id}`, was?.value, now?.value, scoreText, extra);
            if (was && now) {
                text('scores', 'score-toelichting', `${role}, respondent ${id}: toelichting`, was.note, now.note, extra);
            }
        }
    }

    // Factsheet: answers by question, and the date of the written check.
    const answersBefore = byName(before.factsheet?.answers ?? [], a => a.question);
    const answersAfter = byName(after.factsheet?.answers ?? [], a => a.question);
    for (const question of names(answersBefore, answersAfter, order.questions)) {
        text('factsheet', 'antwoord', `Antwoord ${question}`, answersBefore.get(question)?.text, answersAfter.get(question)?.text,
            { name: question });
    }
    value('factsheet', 'toetsdatum', 'Toetsdatum factsheet', before.factsheet?.checkedDate, after.factsheet?.checkedDate, plain);

    text('advies', 'advies', 'Advies', before.advice, after.advice);

    value('proces', 'startgesprek', 'Startgesprek', before.startDate, after.startDate, plain);
    value('proces', 'terugkoppeling', 'Terugkoppeling', before.feedbackDate, after.feedbackDate, plain);

    // The helpers above push in the order of the code; sort by section only, keeping that order within each.
    const rank = (change: ScanChange) => SCAN_CHANGE_SECTIONS.indexOf(change.section);
    return changes.map((change, index) => ({ change, index }))
        .sort((a, b) => rank(a.change) - rank(b.change) || a.index - b.index)
        .map(entry => entry.change);
}

/** A respondent who came or went, with the scores that came or went along (so they are not listed one by one). */
function respondentPresence(id: string, respondent: RespondentData, added: boolean, roleOrder: readonly string[] | undefined): ScanChange {
    const scores = byName(respondent.scores, s => s.role);
    const scoreList = names(new Map(), scores, roleOrder).map(role => `${role} ${scoreText(scores.get(role)!.value)}`).join(', ');
    const text = added
        ? `Respondent ${id} toegevoegd (partij ${respondent.party})${scoreList ? `: ${scoreList}` : ''}`
        : `Respondent ${id} verwijderd (partij ${respondent.party})`;
    return { kind: added ? 'respondent-toegevoegd' : 'respondent-verwijderd', section: 'respondenten', text, respondent: id };
}

function scoreText(value: ScoreData['value']): string {
    return value === null ? '?' : String(value);
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
