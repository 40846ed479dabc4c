import type {
    ActionDef, CatalogueEntryDef, Duration, FocusDef, ItemKind, ModelKey, PartyDef, PromptDef, QuestionDef, Range,
    RenamableKind, ScaleDef, ScaleRules, ScopeValueDef, Sourced, TraitValueDef
} from './model-definition.js';

/** Where a resolved item comes from: the version that first declared it and the nearest one that (re)declared it. */
export interface Provenance {
    readonly introducedIn: ModelKey;
    readonly definedIn: ModelKey;
}

export interface ResolvedAction<S = unknown> extends ActionDef<S>, Provenance {}
export interface ResolvedPrompt<S = unknown> extends PromptDef<S>, Provenance {}

export interface ResolvedRole<S = unknown> extends Sourced<S>, Provenance {
    readonly name: string;
    readonly description?: string;
    readonly competence?: string;
    readonly actions: ReadonlyArray<ResolvedAction<S>>;
}

export interface ResolvedUse<S = unknown> extends Sourced<S>, Provenance {
    readonly name: string;
    readonly label: string;
    readonly description?: string;
    readonly prompts: ReadonlyArray<ResolvedPrompt<S>>;
}

export interface ResolvedTrait<S = unknown> extends Sourced<S>, Provenance {
    readonly name: string;
    readonly label: string;
    readonly values: ReadonlyArray<TraitValueDef<S> & Provenance>;
}

export interface ResolvedItems<S = unknown> {
    readonly role: ResolvedRole<S>;
    readonly party: PartyDef<S> & Provenance;
    readonly focus: FocusDef<S> & Provenance;
    readonly question: QuestionDef<S> & Provenance;
    readonly use: ResolvedUse<S>;
    readonly obstacle: CatalogueEntryDef<S> & Provenance;
    readonly handhold: CatalogueEntryDef<S> & Provenance;
    readonly trait: ResolvedTrait<S>;
    readonly theme: ScopeValueDef<S> & Provenance;
    readonly area: ScopeValueDef<S> & Provenance;
}

export type ResolvedItem<K extends ItemKind, S = unknown> = ResolvedItems<S>[K];

export interface RetiredItem<K extends ItemKind, S = unknown> {
    readonly item: ResolvedItem<K, S>;
    readonly retiredIn: ModelKey;
    /** The retirement statement. */
    readonly source?: S;
}

/**
 * One rename, as the version that made it wrote it: `rol Bruggenbouwer was Verbinder` in 1.2 is
 * { kind: 'role', from: 'Verbinder', to: 'Bruggenbouwer', renamedIn: 1.2 }. A part (action, prompt, trait value)
 * names its owner as that version calls it.
 */
export interface RenameRecord<S = unknown> {
    readonly kind: RenamableKind;
    readonly owner?: string;
    readonly from: string;
    readonly to: string;
    readonly renamedIn: ModelKey;
    /** The declaration under the new name. */
    readonly source?: S;
}

/** An old name of an active item: what it is called now, and the version that first renamed it. */
export interface RenamedName<K extends ItemKind, S = unknown> {
    readonly item: ResolvedItem<K, S>;
    readonly renamedIn: ModelKey;
}

export type ItemMaps<S> = { readonly [K in ItemKind]: ReadonlyMap<string, ResolvedItem<K, S>> };
export type RetiredMaps<S> = { readonly [K in ItemKind]: ReadonlyMap<string, RetiredItem<K, S>> };
export type RenamedMaps<S> = { readonly [K in ItemKind]: ReadonlyMap<string, RenamedName<K, S>> };

/** A model version with everything it inherits applied: the one thing validation, statistics and reports read. */
export interface ResolvedModel<S = unknown> {
    readonly key: ModelKey;
    /** This version first, then the versions it extends, nearest first. */
    readonly chain: readonly ModelKey[];
    readonly title?: string;
    readonly sourceText?: string;
    readonly scale?: ScaleDef<S>;
    /** Each rule from the nearest version that states it; a rule no version states is absent. */
    readonly scaleRules: Partial<ScaleRules>;
    readonly anonymityMinimum?: number;
    readonly interviews?: Range;
    readonly maxDuration?: Duration;
    /** Active items in declaration order (an inherited item keeps its place when a later version changes it). */
    readonly items: ItemMaps<S>;
    readonly retired: RetiredMaps<S>;
    /** Every rename of the chain, oldest version first, items before their parts within a version. */
    readonly renames: ReadonlyArray<RenameRecord<S>>;
    /** Old names of items that are still active under a later name (a chain of renames ends at the current name). */
    readonly renamed: RenamedMaps<S>;
}

export function activeItem<K extends ItemKind, S>(model: ResolvedModel<S>, kind: K, name: string): ResolvedItem<K, S> | undefined {
    return model.items[kind].get(name) as ResolvedItem<K, S> | undefined;
}

export function retiredItem<K extends ItemKind, S>(model: ResolvedModel<S>, kind: K, name: string): RetiredItem<K, S> | undefined {
    return model.retired[kind].get(name) as RetiredItem<K, S> | undefined;
}
