import {
    ITEM_KINDS, type Duration, type ItemKind, type PartKind, type Range, type ScaleDef, type ScaleRules
} from './model-definition.js';
import type { Change, ChangeDetail, Changelog, ChangeValue } from './report-model.js';
import type { RenameRecord, ResolvedItem, ResolvedModel } from './resolved-model.js';

type Field = ChangeDetail['field'];

/**
 * What a model version changes relative to the version it extends, both resolved: first the model-wide
 * settings, then per kind of item (in the fixed kind order) the added, changed and renamed items in model
 * order, then the retired ones in the base's order. Without a base everything counts as added. The changes are
 * data (field, before, after); src/report/change-texts.ts words them.
 */
export function buildChangelog(model: ResolvedModel, base?: ResolvedModel): Changelog {
    const renames = renamesSince(model, base);
    return {
        kind: 'changelog',
        model: { name: model.key.name, version: model.key.version, title: model.title },
        base: base && { name: base.key.name, version: base.key.version, title: base.title },
        changes: [...settingChanges(model, base), ...ITEM_KINDS.flatMap(kind => itemChanges(kind, model, base, renames))]
    };
}

/** The renames of `model` that `base` does not have yet, each as new name → name in the base. */
interface Renames {
    readonly items: { readonly [K in ItemKind]: ReadonlyMap<string, string> };
    /** Per owner (by its name in `model`): new part name → name in the base. */
    readonly parts: { readonly [K in PartKind]: ReadonlyMap<string, ReadonlyMap<string, string>> };
}

function renamesSince(model: ResolvedModel, base: ResolvedModel | undefined): Renames {
    const id = (r: RenameRecord) => `${r.kind} ${r.owner ?? ''} ${r.from} ${r.to} ${r.renamedIn.name} ${r.renamedIn.version}`;
    const known = new Set((base?.renames ?? []).map(id));
    const items = Object.fromEntries(ITEM_KINDS.map(kind => [kind, new Map<string, string>()])) as Record<ItemKind, Map<string, string>>;
    const parts: Record<PartKind, Map<string, Map<string, string>>> = { action: new Map(), prompt: new Map(), value: new Map() };
    const owners: Record<PartKind, ItemKind> = { action: 'role', prompt: 'use', value: 'trait' };
    /** Follows one more rename: whatever was called `from` is now `to`, and remembers its first name. */
    const follow = (map: Map<string, string>, from: string, to: string) => {
        const original = map.get(from) ?? from;
        map.delete(from);
        map.set(to, original);
    };
    for (const rename of model.renames.filter(r => !known.has(id(r)))) {
        if (rename.kind === 'action' || rename.kind === 'prompt' || rename.kind === 'value') {
            const byOwner = parts[rename.kind];
            const owner = rename.owner!;
            if (!byOwner.has(owner)) {
                byOwner.set(owner, new Map());
            }
            follow(byOwner.get(owner)!, rename.from, rename.to);
            continue;
        }
        follow(items[rename.kind], rename.from, rename.to);
        // Parts renamed under the owner's old name follow the owner to its new name.
        for (const part of ['action', 'prompt', 'value'] as const) {
            const ofOwner = owners[part] === rename.kind ? parts[part].get(rename.from) : undefined;
            if (ofOwner) {
                parts[part].delete(rename.from);
                parts[part].set(rename.to, ofOwner);
            }
        }
    }
    return { items, parts };
}

function settingChanges(model: ResolvedModel, base: ResolvedModel | undefined): Change[] {
    const changes: Change[] = [];
    /** A setting with short values: the detail shows them. */
    const setting = (name: Field, before: ChangeValue | undefined, after: ChangeValue | undefined, details?: ChangeDetail[]) => {
        const same = JSON.stringify(before) === JSON.stringify(after);
        if (same && (details ?? []).length === 0) {
            return;
        }
        const change = after === undefined ? 'vervallen' : before === undefined ? 'toegevoegd' : 'gewijzigd';
        const shown = details ?? (change === 'vervallen' ? [] : [{ field: name, change, ...(before === undefined ? {} : { before }), after }]);
        changes.push({ kind: 'instelling', name, change, details: shown });
    };
    setting('titel', base?.title, model.title);
    // The source text is long: the changelog only says that it changed.
    setting('bron', base?.sourceText, model.sourceText, []);
    const scaleBefore = base?.scale && scaleText(base.scale);
    const scaleAfter = model.scale && scaleText(model.scale);
    setting('schaal', scaleBefore, scaleAfter, base?.scale && model.scale ? scaleDetails(base.scale, model.scale) : undefined);
    for (const [name, value] of SCALE_RULE_SETTINGS) {
        setting(name, base && value(base.scaleRules), value(model.scaleRules));
    }
    setting('interviews', rangeText(base?.interviews), rangeText(model.interviews));
    setting('doorlooptijd', durationValue(base?.maxDuration), durationValue(model.maxDuration));
    return changes;
}

/** Each scale rule as a setting, named by its keyword; the value as written after it ('2', 'boven', 'populatie'). */
const SCALE_RULE_SETTINGS: ReadonlyArray<[Field, (rules: Partial<ScaleRules>) => string | undefined]> = [
    ['zwak', rules => rules.weakAtMost?.toString()],
    ['onenigheid', rules => rules.disagreementFrom?.toString()],
    ['afronding', rules => rules.rounding],
    ['standaarddeviatie', rules => rules.deviation]
];

function scaleDetails(before: ScaleDef, after: ScaleDef): ChangeDetail[] {
    const details: ChangeDetail[] = [];
    if (before.name !== after.name) {
        details.push({ field: 'schaalnaam', change: 'gewijzigd', before: before.name, after: after.name });
    }
    if (before.min !== after.min || before.max !== after.max) {
        details.push({ field: 'bereik', change: 'gewijzigd', before: `${before.min}..${before.max}`, after: `${after.min}..${after.max}` });
    }
    const label = (scale: ScaleDef) => new Map(scale.points.map(p => [String(p.value), p.label]));
    details.push(...namedDetails('punt', label(before), label(after), new Map(), true));
    return details;
}

function itemChanges<K extends ItemKind>(kind: K, model: ResolvedModel, base: ResolvedModel | undefined, renames: Renames): Change[] {
    const after = model.items[kind] as ReadonlyMap<string, ResolvedItem<K>>;
    const before = base?.items[kind] as ReadonlyMap<string, ResolvedItem<K>> | undefined;
    const oldNames = renames.items[kind];
    const changes: Change[] = [];
    const renamedAway = new Set<string>();
    for (const [name, item] of after) {
        const oldName = oldNames.get(name);
        const previous = before?.get(oldName ?? name);
        if (!previous) {
            changes.push({ kind, name, change: 'toegevoegd', details: [] });
            continue;
        }
        const details = DIFFS[kind](previous, item, renames, name);
        if (oldName !== undefined && oldName !== name) {
            renamedAway.add(oldName);
            changes.push({ kind, name, change: 'hernoemd', before: oldName, details });
        } else if (details.length > 0) {
            changes.push({ kind, name, change: 'gewijzigd', details });
        }
    }
    for (const name of before?.keys() ?? []) {
        if (!after.has(name) && !renamedAway.has(name)) {
            changes.push({ kind, name, change: 'vervallen', details: [] });
        }
    }
    return changes;
}

type Diff<K extends ItemKind> = (before: ResolvedItem<K>, after: ResolvedItem<K>, renames: Renames, name: string) => ChangeDetail[];

const DIFFS: { [K in ItemKind]: Diff<K> } = {
    role: (b, a, renames, name) => [
        ...changed('omschrijving', b.description, a.description),
        ...changed('competentie', b.competence, a.competence),
        ...namedDetails('actie', textsByName(b.actions), textsByName(a.actions), renames.parts.action.get(name))
    ],
    party: (b, a) => relabelled(b.label, a.label),
    focus: (b, a) => {
        const [before, after] = [requirementsText(b.requirements), requirementsText(a.requirements)];
        return [...relabelled(b.label, a.label), ...(before === after ? [] : [{ field: 'vereiste-partijen', change: 'gewijzigd', before, after } as const])];
    },
    question: (b, a) => changed('vraagtekst', b.text, a.text),
    use: (b, a, renames, name) => [
        ...relabelled(b.label, a.label),
        ...changed('omschrijving', b.description, a.description),
        ...namedDetails('reflectie', textsByName(b.prompts), textsByName(a.prompts), renames.parts.prompt.get(name))
    ],
    obstacle: (b, a) => [...relabelled(b.label, a.label), ...changed('omschrijving', b.description, a.description)],
    handhold: (b, a) => [...relabelled(b.label, a.label), ...changed('omschrijving', b.description, a.description)],
    trait: (b, a, renames, name) => [
        ...relabelled(b.label, a.label),
        ...namedDetails('waarde', new Map(b.values.map(v => [v.name, v.label])), new Map(a.values.map(v => [v.name, v.label])),
            renames.parts.value.get(name), true)
    ],
    theme: (b, a) => relabelled(b.label, a.label),
    area: (b, a) => relabelled(b.label, a.label)
};

/**
 * Parts added, changed, renamed or retired, in the new order, retired ones last. Short texts (labels) are
 * given before and after; long ones only said to have changed.
 */
function namedDetails(field: 'actie' | 'reflectie' | 'waarde' | 'punt', before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>,
    oldNames: ReadonlyMap<string, string> = new Map(), short = false): ChangeDetail[] {
    const details: ChangeDetail[] = [];
    const renamedAway = new Set<string>();
    for (const [name, text] of after) {
        const oldName = oldNames.get(name);
        const previous = before.get(oldName ?? name);
        const values = short && previous !== undefined && previous !== text ? { before: previous, after: text } : {};
        if (previous === undefined) {
            details.push({ field, change: 'toegevoegd', name });
        } else if (oldName !== undefined && oldName !== name) {
            renamedAway.add(oldName);
            details.push({ field, change: 'hernoemd', name, before: oldName });
            if (previous !== text) {
                details.push({ field, change: 'gewijzigd', name, ...values });
            }
        } else if (previous !== text) {
            details.push({ field, change: 'gewijzigd', name, ...values });
        }
    }
    for (const name of before.keys()) {
        if (!after.has(name) && !renamedAway.has(name)) {
            details.push({ field, change: 'vervallen', name });
        }
    }
    return details;
}

function textsByName(items: ReadonlyArray<{ readonly name: string; readonly text: string }>): Map<string, string> {
    return new Map(items.map(item => [item.name, item.text]));
}

/** Long texts: only say that they changed; the diff of the model file shows how. */
function changed(field: Field, before: string | undefined, after: string | undefined): ChangeDetail[] {
    if (before === after) {
        return [];
    }
    return [{ field, change: before === undefined ? 'toegevoegd' : after === undefined ? 'vervallen' : 'gewijzigd' }];
}

/** Labels are short: show old and new. */
function relabelled(before: string, after: string): ChangeDetail[] {
    return before === after ? [] : [{ field: 'benaming', change: 'gewijzigd', before, after }];
}

/** `gemeente, swv | schoolbestuur`; empty when nothing is required. */
function requirementsText(requirements: ReadonlyArray<readonly string[]>): string {
    return requirements.map(alternatives => alternatives.join(' | ')).join(', ');
}

function scaleText(scale: ScaleDef): string {
    return `${scale.name} ${scale.min}..${scale.max}`;
}

function rangeText(range: Range | undefined): string | undefined {
    return range && `${range.min}..${range.max}`;
}

function durationValue(duration: Duration | undefined): ChangeValue | undefined {
    return duration && { amount: duration.amount, unit: duration.unit };
}
