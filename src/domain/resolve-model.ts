import {
    ITEM_KINDS, type ItemDef, type ItemKind, type ModelDefinition, type ModelKey, type PartKind, type Renamable, type ScaleRules
} from './model-definition.js';
import type { Provenance, RenamedName, RenameRecord, ResolvedItem, ResolvedModel, RetiredItem } from './resolved-model.js';

type Mutable<T> = { -readonly [P in keyof T]: T[P] };
type ActiveMaps<S> = { [K in ItemKind]: Map<string, ResolvedItem<K, S>> };
type Retired<S> = { [K in ItemKind]: Map<string, RetiredItem<K, S>> };
type Renamed<S> = { [K in ItemKind]: Map<string, RenamedName<K, S>> };

/**
 * Applies a chain of model definitions, base first, into one flat model. A later version may add items,
 * redeclare an inherited one (its given fields win, its actions and prompts merge by name) or retire one.
 * Redeclaring an item retired by an earlier version brings it back. An item declared with `was <old name>`
 * takes the place and everything of the inherited item of that name, as a redeclaration would.
 */
export function resolveModel<S>(chain: ReadonlyArray<ModelDefinition<S>>): ResolvedModel<S> {
    if (chain.length === 0) {
        throw new Error('resolveModel needs at least one model definition');
    }
    const active = emptyMaps<ActiveMaps<S>>();
    const retired = emptyMaps<Retired<S>>();
    const result: Mutable<Partial<ResolvedModel<S>>> = {};
    const renames: Array<RenameRecord<S>> = [];
    for (const def of chain) {
        result.title = def.title ?? result.title;
        result.sourceText = def.sourceText ?? result.sourceText;
        result.scale = def.scale ?? result.scale;
        result.scaleRules = { ...result.scaleRules, ...stated(def.scaleRules ?? {}) };
        result.interviews = def.interviews ?? result.interviews;
        result.maxDuration = def.maxDuration ?? result.maxDuration;
        result.anonymityMinimum = def.anonymityMinimum ?? result.anonymityMinimum;
        // A version retires what it inherits, so retirements apply before its own items: an item it both
        // declares and retires stays active (validation reports the contradiction), and a retirement in a
        // version without a base retires nothing.
        for (const retirement of def.retirements) {
            const map = active[retirement.kind] as Map<string, ResolvedItem<ItemKind, S>>;
            const item = map.get(retirement.name);
            if (item) {
                map.delete(retirement.name);
                (retired[retirement.kind] as Map<string, RetiredItem<ItemKind, S>>)
                    .set(retirement.name, { item, retiredIn: def.key, source: retirement.source });
            }
        }
        const partRenames: Array<RenameRecord<S>> = [];
        for (const kind of ITEM_KINDS) {
            renameKind(kind, def, active, renames);
            mergeKind(kind, def, active, retired, partRenames);
        }
        renames.push(...partRenames);
    }
    const self = chain[chain.length - 1];
    return {
        ...result,
        scaleRules: result.scaleRules ?? {},
        key: self.key,
        chain: chain.map(def => def.key).reverse(),
        items: active,
        retired,
        renames,
        renamed: renamedNames(renames, active)
    };
}

/** The rules a version states; the others it inherits (a rule that no longer fits a changed scale is a validation error). */
function stated(rules: Partial<ScaleRules>): Partial<ScaleRules> {
    return Object.fromEntries(Object.entries(rules).filter(([, value]) => value !== undefined));
}

/** Moves each inherited item that this version renames to its new name, keeping its place in the model order. */
function renameKind<K extends ItemKind, S>(kind: K, def: ModelDefinition<S>, active: ActiveMaps<S>, renames: Array<RenameRecord<S>>): void {
    const map = active[kind] as Map<string, ResolvedItem<K, S>>;
    for (const item of def.items[kind] as ReadonlyArray<ItemDef<K, S>>) {
        const from = item.renamedFrom;
        // Renaming what the base does not have (or has retired) renames nothing: validation says why. A
        // half-typed declaration without a name renames nothing either.
        if (from === undefined || !item.name || from === item.name || !map.has(from)) {
            continue;
        }
        rekey(map, from, item.name);
        renames.push({ kind, from, to: item.name, renamedIn: def.key, source: item.source });
    }
}

/** The map with `from` renamed to `to` in place; an entry already called `to` gives way. */
function rekey<T>(map: Map<string, T>, from: string, to: string): void {
    const entries = [...map].filter(([name]) => name !== to).map(([name, value]): [string, T] => [name === from ? to : name, value]);
    map.clear();
    for (const [name, value] of entries) {
        map.set(name, value);
    }
}

/** Each old name, followed through later renames to the active item it names now. */
function renamedNames<S>(renames: ReadonlyArray<RenameRecord<S>>, active: ActiveMaps<S>): Renamed<S> {
    const renamed = emptyMaps<Renamed<S>>();
    for (const kind of ITEM_KINDS) {
        const current = new Map<string, { name: string; renamedIn: ModelKey }>();
        for (const rename of renames.filter(r => r.kind === kind)) {
            for (const entry of current.values()) {
                if (entry.name === rename.from) {
                    entry.name = rename.to;
                }
            }
            if (!current.has(rename.from)) {
                current.set(rename.from, { name: rename.to, renamedIn: rename.renamedIn });
            }
        }
        const map = active[kind] as Map<string, ResolvedItem<ItemKind, S>>;
        for (const [old, { name, renamedIn }] of current) {
            const item = map.get(name);
            if (item && !map.has(old)) {
                (renamed[kind] as Map<string, RenamedName<ItemKind, S>>).set(old, { item, renamedIn });
            }
        }
    }
    return renamed;
}

function emptyMaps<T>(): T {
    return Object.fromEntries(ITEM_KINDS.map(kind => [kind, new Map()])) as T;
}

function mergeKind<K extends ItemKind, S>(kind: K, def: ModelDefinition<S>, active: ActiveMaps<S>, retired: Retired<S>,
    partRenames: Array<RenameRecord<S>>): void {
    const map = active[kind] as Map<string, ResolvedItem<K, S>>;
    for (const item of def.items[kind] as ReadonlyArray<ItemDef<K, S>>) {
        const previous = map.get(item.name);
        const context: MergeContext<S> = {
            key: def.key,
            renamed: (part, from, to, source) => partRenames.push({ kind: part, owner: item.name, from, to, renamedIn: def.key, source })
        };
        map.set(item.name, MERGERS[kind](item as never, previous as never, context as never) as ResolvedItem<K, S>);
        retired[kind].delete(item.name);
    }
}

interface MergeContext<S = unknown> {
    readonly key: ModelKey;
    readonly renamed: (part: PartKind, from: string, to: string, source: S | undefined) => void;
}

function provenance(previous: Provenance | undefined, key: ModelKey): Provenance {
    return { introducedIn: previous?.introducedIn ?? key, definedIn: key };
}

/** Merges named sub-items (actions, prompts, trait values) by name, following renames and dropping the retired ones. */
function mergeNamed<S, T extends { name: string; source?: S } & Renamable, R extends T & Provenance>(
    part: PartKind, previous: readonly R[] | undefined, declared: readonly T[], retiredNames: readonly string[], context: MergeContext<S>
): R[] {
    const byName = new Map<string, R>((previous ?? []).map(item => [item.name, item]));
    for (const { renamedFrom: from, ...item } of declared) {
        if (from !== undefined && item.name && from !== item.name && byName.has(from)) {
            rekey(byName, from, item.name);
            context.renamed(part, from, item.name, item.source);
        }
        byName.set(item.name, { ...item, ...provenance(byName.get(item.name), context.key) } as unknown as R);
    }
    for (const name of retiredNames) {
        byName.delete(name);
    }
    return [...byName.values()];
}

type Merger<K extends ItemKind> = <S>(item: ItemDef<K, S>, previous: ResolvedItem<K, S> | undefined, context: MergeContext<S>) => ResolvedItem<K, S>;

function replace<K extends ItemKind>(): Merger<K> {
    return ({ renamedFrom: _, ...item }, previous, context) => ({ ...item, ...provenance(previous, context.key) }) as never;
}

const MERGERS: { [K in ItemKind]: Merger<K> } = {
    role: (item, previous, context) => ({
        name: item.name,
        source: item.source,
        description: item.description ?? previous?.description,
        competence: item.competence ?? previous?.competence,
        actions: mergeNamed('action', previous?.actions, item.actions, item.retiredActions, context),
        ...provenance(previous, context.key)
    }),
    use: (item, previous, context) => ({
        name: item.name,
        label: item.label,
        source: item.source,
        description: item.description ?? previous?.description,
        prompts: mergeNamed('prompt', previous?.prompts, item.prompts, item.retiredPrompts, context),
        ...provenance(previous, context.key)
    }),
    trait: (item, previous, context) => ({
        name: item.name,
        label: item.label,
        source: item.source,
        values: mergeNamed('value', previous?.values, item.values, [], context),
        ...provenance(previous, context.key)
    }),
    party: replace<'party'>(),
    focus: replace<'focus'>(),
    question: replace<'question'>(),
    obstacle: replace<'obstacle'>(),
    handhold: replace<'handhold'>(),
    theme: replace<'theme'>(),
    area: replace<'area'>()
};
