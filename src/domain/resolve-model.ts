import { ITEM_KINDS, type ItemDef, type ItemKind, type ModelDefinition, type ModelKey } from './model-definition.js';
import type { Provenance, ResolvedItem, ResolvedModel, RetiredItem } from './resolved-model.js';

type Mutable<T> = { -readonly [P in keyof T]: T[P] };
type ActiveMaps<S> = { [K in ItemKind]: Map<string, ResolvedItem<K, S>> };
type Retired<S> = { [K in ItemKind]: Map<string, RetiredItem<K, S>> };

/**
 * Applies a chain of model definitions, base first, into one flat model. A later version may add items,
 * redeclare an inherited one (its given fields win, its actions and prompts merge by name) or retire one.
 * Redeclaring an item retired by an earlier version brings it back.
 */
export function resolveModel<S>(chain: ReadonlyArray<ModelDefinition<S>>): ResolvedModel<S> {
    if (chain.length === 0) {
        throw new Error('resolveModel needs at least one model definition');
    }
    const active = emptyMaps<ActiveMaps<S>>();
    const retired = emptyMaps<Retired<S>>();
    const result: Mutable<Partial<ResolvedModel<S>>> = {};
    for (const def of chain) {
        result.title = def.title ?? result.title;
        result.sourceText = def.sourceText ?? result.sourceText;
        result.scale = def.scale ?? result.scale;
        result.interviews = def.interviews ?? result.interviews;
        result.maxDuration = def.maxDuration ?? result.maxDuration;
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
        for (const kind of ITEM_KINDS) {
            mergeKind(kind, def, active, retired);
        }
    }
    const self = chain[chain.length - 1];
    return {
        ...result,
        key: self.key,
        chain: chain.map(def => def.key).reverse(),
        items: active,
        retired
    };
}

function emptyMaps<T>(): T {
    return Object.fromEntries(ITEM_KINDS.map(kind => [kind, new Map()])) as T;
}

function mergeKind<K extends ItemKind, S>(kind: K, def: ModelDefinition<S>, active: ActiveMaps<S>, retired: Retired<S>): void {
    const map = active[kind] as Map<string, ResolvedItem<K, S>>;
    for (const item of def.items[kind] as ReadonlyArray<ItemDef<K, S>>) {
        const previous = map.get(item.name);
        map.set(item.name, MERGERS[kind](item as never, previous as never, def.key) as ResolvedItem<K, S>);
        retired[kind].delete(item.name);
    }
}

function provenance(previous: Provenance | undefined, key: ModelKey): Provenance {
    return { introducedIn: previous?.introducedIn ?? key, definedIn: key };
}

/** Merges named sub-items (actions, prompts, trait values) by name, dropping the retired ones. */
function mergeNamed<T extends { name: string }, R extends T & Provenance>(
    previous: readonly R[] | undefined, declared: readonly T[], retiredNames: readonly string[], key: ModelKey
): R[] {
    const byName = new Map<string, R>((previous ?? []).map(item => [item.name, item]));
    for (const item of declared) {
        byName.set(item.name, { ...item, ...provenance(byName.get(item.name), key) } as R);
    }
    for (const name of retiredNames) {
        byName.delete(name);
    }
    return [...byName.values()];
}

type Merger<K extends ItemKind> = <S>(item: ItemDef<K, S>, previous: ResolvedItem<K, S> | undefined, key: ModelKey) => ResolvedItem<K, S>;

function replace<K extends ItemKind>(): Merger<K> {
    return (item, previous, key) => ({ ...item, ...provenance(previous, key) }) as never;
}

const MERGERS: { [K in ItemKind]: Merger<K> } = {
    role: (item, previous, key) => ({
        name: item.name,
        source: item.source,
        description: item.description ?? previous?.description,
        competence: item.competence ?? previous?.competence,
        actions: mergeNamed(previous?.actions, item.actions, item.retiredActions, key),
        ...provenance(previous, key)
    }),
    use: (item, previous, key) => ({
        name: item.name,
        label: item.label,
        source: item.source,
        description: item.description ?? previous?.description,
        prompts: mergeNamed(previous?.prompts, item.prompts, item.retiredPrompts, key),
        ...provenance(previous, key)
    }),
    trait: (item, previous, key) => ({
        name: item.name,
        label: item.label,
        source: item.source,
        values: mergeNamed(previous?.values, item.values, [], key),
        ...provenance(previous, key)
    }),
    party: replace<'party'>(),
    focus: replace<'focus'>(),
    question: replace<'question'>(),
    obstacle: replace<'obstacle'>(),
    handhold: replace<'handhold'>()
};
