/**
 * One model file as plain data, before inheritance is applied. `S` is an opaque "source" handle that the
 * language layer fills with its syntax node, so that resolution can tell where each item was declared
 * without the domain knowing anything about parsing.
 */

export interface ModelKey {
    readonly name: string;
    readonly version: string;
}

export interface Sourced<S> {
    readonly source?: S;
}

/** An item that an extending version declares under a new name: `renamedFrom` is its name in the base. */
export interface Renamable {
    readonly renamedFrom?: string;
}

export interface ScalePointDef<S = unknown> extends Sourced<S> {
    readonly value: number;
    readonly label: string;
}

/** How a mean halfway between two scale points maps to one: the higher, the lower, or the even one. */
export const ROUNDINGS = ['boven', 'beneden', 'even'] as const;
export type Rounding = typeof ROUNDINGS[number];

/** The standard deviation a report shows: of the scores as the whole population, or as a sample (n − 1). */
export const DEVIATION_KINDS = ['populatie', 'steekproef'] as const;
export type DeviationKind = typeof DEVIATION_KINDS[number];

/**
 * What the scale's figures mean. Every rule is model data: a model that leaves one out gets a warning, and
 * its reports leave out what depends on it rather than fall back on a value fixed in code.
 */
export interface ScaleRules {
    /** A role whose mean is at or below this is weakly present (`zwak tot en met 2`). */
    readonly weakAtMost: number;
    /** Respondents whose scores on a role lie this many points or more apart disagree (`onenigheid vanaf spreiding 2`). */
    readonly disagreementFrom: number;
    /** How a mean maps to a scale point and its label (`afronding half naar boven`). */
    readonly rounding: Rounding;
    /** `standaarddeviatie populatie` or `steekproef`. */
    readonly deviation: DeviationKind;
}

export const SCALE_RULE_NAMES = ['weakAtMost', 'disagreementFrom', 'rounding', 'deviation'] as const satisfies ReadonlyArray<keyof ScaleRules>;
export type ScaleRuleName = typeof SCALE_RULE_NAMES[number];

export interface ScaleDef<S = unknown> extends Sourced<S> {
    readonly name: string;
    readonly min: number;
    readonly max: number;
    readonly points: ReadonlyArray<ScalePointDef<S>>;
}

export interface ActionDef<S = unknown> extends Sourced<S>, Renamable {
    readonly name: string;
    readonly text: string;
}

export interface RoleDef<S = unknown> extends Sourced<S>, Renamable {
    readonly name: string;
    readonly description?: string;
    readonly competence?: string;
    readonly actions: ReadonlyArray<ActionDef<S>>;
    /** Names of inherited actions that this version retires. */
    readonly retiredActions: readonly string[];
}

export interface PartyDef<S = unknown> extends Sourced<S>, Renamable {
    readonly name: string;
    readonly label: string;
}

export interface FocusDef<S = unknown> extends Sourced<S>, Renamable {
    readonly name: string;
    readonly label: string;
    /** Every entry must be interviewed; an entry with several names is satisfied by any one of them. */
    readonly requirements: ReadonlyArray<readonly string[]>;
}

export interface QuestionDef<S = unknown> extends Sourced<S>, Renamable {
    readonly name: string;
    readonly text: string;
}

export interface PromptDef<S = unknown> extends Sourced<S>, Renamable {
    readonly name: string;
    readonly text: string;
}

export interface UseDef<S = unknown> extends Sourced<S>, Renamable {
    readonly name: string;
    readonly label: string;
    readonly description?: string;
    readonly prompts: ReadonlyArray<PromptDef<S>>;
    readonly retiredPrompts: readonly string[];
}

/** An entry of the obstacle ('knelpunt') or handhold ('houvast') catalogue. */
export interface CatalogueEntryDef<S = unknown> extends Sourced<S>, Renamable {
    readonly name: string;
    readonly label: string;
    readonly description?: string;
}

export interface TraitValueDef<S = unknown> extends Sourced<S>, Renamable {
    readonly name: string;
    readonly label: string;
}

/** A region characteristic, such as the direction of the initiative, with its possible values. */
export interface TraitDef<S = unknown> extends Sourced<S>, Renamable {
    readonly name: string;
    readonly label: string;
    readonly values: ReadonlyArray<TraitValueDef<S>>;
}

/** A theme a quickscan can be about, or a kind of area it can cover: the values of its scoping. */
export interface ScopeValueDef<S = unknown> extends Sourced<S>, Renamable {
    readonly name: string;
    readonly label: string;
}

export const ITEM_KINDS = ['role', 'party', 'focus', 'question', 'use', 'obstacle', 'handhold', 'trait', 'theme', 'area'] as const;
export type ItemKind = typeof ITEM_KINDS[number];

export interface ItemDefs<S = unknown> {
    readonly role: ReadonlyArray<RoleDef<S>>;
    readonly party: ReadonlyArray<PartyDef<S>>;
    readonly focus: ReadonlyArray<FocusDef<S>>;
    readonly question: ReadonlyArray<QuestionDef<S>>;
    readonly use: ReadonlyArray<UseDef<S>>;
    readonly obstacle: ReadonlyArray<CatalogueEntryDef<S>>;
    readonly handhold: ReadonlyArray<CatalogueEntryDef<S>>;
    readonly trait: ReadonlyArray<TraitDef<S>>;
    readonly theme: ReadonlyArray<ScopeValueDef<S>>;
    readonly area: ReadonlyArray<ScopeValueDef<S>>;
}

export type ItemDef<K extends ItemKind, S = unknown> = ItemDefs<S>[K][number];

/** What can be renamed: the items, and the actions of a role, the prompts of a use and the values of a trait. */
export const RENAMABLE_KINDS = [...ITEM_KINDS, 'action', 'prompt', 'value'] as const;
export type RenamableKind = typeof RENAMABLE_KINDS[number];
export type PartKind = Exclude<RenamableKind, ItemKind>;

/** The item kind that holds each kind of part. */
export const PART_OWNERS: Readonly<Record<PartKind, ItemKind>> = { action: 'role', prompt: 'use', value: 'trait' };

export interface RetirementDef<S = unknown> extends Sourced<S> {
    readonly kind: ItemKind;
    readonly name: string;
}

export interface Range {
    readonly min: number;
    readonly max: number;
}

export type DurationUnit = 'dagen' | 'weken' | 'maanden';

export interface Duration {
    readonly amount: number;
    readonly unit: DurationUnit;
}

export interface ModelDefinition<S = unknown> extends Sourced<S> {
    readonly key: ModelKey;
    readonly base?: ModelKey;
    readonly title?: string;
    readonly sourceText?: string;
    readonly scale?: ScaleDef<S>;
    /** The scale rules this version states; each one it leaves out it inherits. */
    readonly scaleRules?: Partial<ScaleRules>;
    readonly interviews?: Range;
    readonly maxDuration?: Duration;
    /** The fewest regions an anonymised comparison may show (`anoniem vanaf 5 regio's`). */
    readonly anonymityMinimum?: number;
    readonly items: ItemDefs<S>;
    readonly retirements: ReadonlyArray<RetirementDef<S>>;
}
