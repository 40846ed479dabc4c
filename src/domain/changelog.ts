import { ITEM_KINDS, type Duration, type ItemKind, type Range, type ScaleDef } from './model-definition.js';
import type { Change, Changelog } from './report-model.js';
import type { ResolvedItem, ResolvedModel } from './resolved-model.js';

/**
 * What a model version changes relative to the version it extends, both resolved: first the model-wide
 * settings, then per kind of item (in the fixed kind order) the added and changed items in model order,
 * then the retired ones in the base's order. Without a base everything counts as added.
 */
export function buildChangelog(model: ResolvedModel, base?: ResolvedModel): Changelog {
    return {
        kind: 'changelog',
        model: { name: model.key.name, version: model.key.version, title: model.title },
        base: base && { name: base.key.name, version: base.key.version, title: base.title },
        changes: [...settingChanges(model, base), ...ITEM_KINDS.flatMap(kind => itemChanges(kind, model, base))]
    };
}

function settingChanges(model: ResolvedModel, base: ResolvedModel | undefined): Change[] {
    const changes: Change[] = [];
    const setting = (name: string, before: string | undefined, after: string | undefined, details: string[]) => {
        if (before === after && details.length === 0) {
            return;
        }
        const change = after === undefined ? 'vervallen' : before === undefined ? 'toegevoegd' : 'gewijzigd';
        const added = change === 'toegevoegd' && name !== 'bron' ? [after!] : details;
        changes.push({ kind: 'instelling', name, change, details: added });
    };
    const from = (before: string | undefined, after: string | undefined) =>
        before !== undefined && after !== undefined && before !== after ? [`${before} → ${after}`] : [];

    setting('titel', quoted(base?.title), quoted(model.title), from(quoted(base?.title), quoted(model.title)));
    // The source text is long: the changelog only says that it changed.
    setting('bron', base?.sourceText, model.sourceText, []);
    const scaleBefore = base?.scale && scaleText(base.scale);
    const scaleAfter = model.scale && scaleText(model.scale);
    setting('schaal', scaleBefore, scaleAfter, base?.scale && model.scale ? scaleDetails(base.scale, model.scale) : []);
    setting('interviews', rangeText(base?.interviews), rangeText(model.interviews), from(rangeText(base?.interviews), rangeText(model.interviews)));
    setting('doorlooptijd', durationText(base?.maxDuration), durationText(model.maxDuration),
        from(durationText(base?.maxDuration), durationText(model.maxDuration)));
    return changes;
}

function scaleDetails(before: ScaleDef, after: ScaleDef): string[] {
    const details: string[] = [];
    if (before.name !== after.name) {
        details.push(`naam ${before.name} → ${after.name}`);
    }
    if (before.min !== after.min || before.max !== after.max) {
        details.push(`bereik ${before.min}..${before.max} → ${after.min}..${after.max}`);
    }
    const label = (scale: ScaleDef) => new Map(scale.points.map(p => [p.value, p.label]));
    details.push(...namedDetails('punt', label(before), label(after), (b, a) => `"${b}" → "${a}"`));
    return details;
}

function itemChanges<K extends ItemKind>(kind: K, model: ResolvedModel, base: ResolvedModel | undefined): Change[] {
    const after = model.items[kind] as ReadonlyMap<string, ResolvedItem<K>>;
    const before = base?.items[kind] as ReadonlyMap<string, ResolvedItem<K>> | undefined;
    const changes: Change[] = [];
    for (const [name, item] of after) {
        const previous = before?.get(name);
        if (!previous) {
            changes.push({ kind, name, change: 'toegevoegd', details: [] });
            continue;
        }
        const details = DIFFS[kind](previous, item);
        if (details.length > 0) {
            changes.push({ kind, name, change: 'gewijzigd', details });
        }
    }
    for (const name of before?.keys() ?? []) {
        if (!after.has(name)) {
            changes.push({ kind, name, change: 'vervallen', details: [] });
        }
    }
    return changes;
}

type Diff<K extends ItemKind> = (before: ResolvedItem<K>, after: ResolvedItem<K>) => string[];

const DIFFS: { [K in ItemKind]: Diff<K> } = {
    role: (b, a) => [
        ...changed('omschrijving', b.description, a.description),
        ...changed('competentie', b.competence, a.competence),
        ...namedDetails('actie', textsByName(b.actions), textsByName(a.actions))
    ],
    party: (b, a) => relabelled(b.label, a.label),
    focus: (b, a) => [
        ...relabelled(b.label, a.label),
        ...(requirementsText(b.requirements) === requirementsText(a.requirements) ? [] :
            [`vereiste partijen gewijzigd: ${requirementsText(b.requirements)} → ${requirementsText(a.requirements)}`])
    ],
    question: (b, a) => changed('vraagtekst', b.text, a.text),
    use: (b, a) => [
        ...relabelled(b.label, a.label),
        ...changed('omschrijving', b.description, a.description),
        ...namedDetails('reflectie', textsByName(b.prompts), textsByName(a.prompts))
    ],
    obstacle: (b, a) => [...relabelled(b.label, a.label), ...changed('omschrijving', b.description, a.description)],
    handhold: (b, a) => [...relabelled(b.label, a.label), ...changed('omschrijving', b.description, a.description)],
    trait: (b, a) => [
        ...relabelled(b.label, a.label),
        ...namedDetails('waarde', new Map(b.values.map(v => [v.name, v.label])), new Map(a.values.map(v => [v.name, v.label])),
            (before, after) => `"${before}" → "${after}"`)
    ]
};

/** "actie x toegevoegd" / "actie x gewijzigd" / "actie x vervallen", in the new order, retired ones last. */
function namedDetails<N>(noun: string, before: ReadonlyMap<N, string>, after: ReadonlyMap<N, string>,
    describe?: (before: string, after: string) => string): string[] {
    const details: string[] = [];
    for (const [name, text] of after) {
        const previous = before.get(name);
        if (previous === undefined) {
            details.push(`${noun} ${name} toegevoegd`);
        } else if (previous !== text) {
            details.push(`${noun} ${name} gewijzigd${describe ? `: ${describe(previous, text)}` : ''}`);
        }
    }
    for (const name of before.keys()) {
        if (!after.has(name)) {
            details.push(`${noun} ${name} vervallen`);
        }
    }
    return details;
}

function textsByName(items: ReadonlyArray<{ readonly name: string; readonly text: string }>): Map<string, string> {
    return new Map(items.map(item => [item.name, item.text]));
}

/** Long texts: only say that they changed; the diff of the model file shows how. */
function changed(what: string, before: string | undefined, after: string | undefined): string[] {
    if (before === after) {
        return [];
    }
    return [before === undefined ? `${what} toegevoegd` : after === undefined ? `${what} vervallen` : `${what} gewijzigd`];
}

/** Labels are short: show old and new. */
function relabelled(before: string, after: string): string[] {
    return before === after ? [] : [`benaming gewijzigd: "${before}" → "${after}"`];
}

function requirementsText(requirements: ReadonlyArray<readonly string[]>): string {
    return requirements.map(alternatives => alternatives.join(' | ')).join(', ') || '(geen)';
}

function quoted(text: string | undefined): string | undefined {
    return text === undefined ? undefined : `"${text}"`;
}

function scaleText(scale: ScaleDef): string {
    return `${scale.name} ${scale.min}..${scale.max}`;
}

function rangeText(range: Range | undefined): string | undefined {
    return range && `${range.min}..${range.max}`;
}

function durationText(duration: Duration | undefined): string | undefined {
    return duration && `${duration.amount} ${duration.unit}`;
}
