import type { ItemKind, ModelKey } from './model-definition.js';
import { sameModelKey } from './model-key.js';
import type { RenameRecord, ResolvedModel } from './resolved-model.js';

/**
 * Moving a scan from the model version it names to a later one: each name it uses is followed through the
 * renames of every version in between (1.0 → 1.2 across 1.1), and must then exist, unretired, in the target.
 * `P` is where the name stands in the scan; the caller turns it into a line and column or a text edit.
 */

/** A name the scan uses: an item, or a value of a trait (with the trait's name as the scan writes it). */
export type ScanName<P> =
    | { readonly kind: ItemKind; readonly name: string; readonly at: P }
    | { readonly kind: 'value'; readonly trait: string; readonly name: string; readonly at: P };

export interface MigrationRename<P> {
    readonly at: P;
    readonly kind: ItemKind | 'value';
    readonly from: string;
    readonly to: string;
}

/** A name that does not survive: retired in `retiredIn`, or not in the target at all. */
export interface MigrationBlocker<P> {
    readonly at: P;
    readonly kind: ItemKind | 'value';
    /** The name as the scan writes it. */
    readonly name: string;
    /** The name after following the renames, when it differs. */
    readonly renamedTo?: string;
    /** For a value, the trait it belongs to (after the renames). */
    readonly trait?: string;
    readonly retiredIn?: ModelKey;
}

export type MigrationPlan<P> =
    | { readonly kind: 'al-op-versie' }
    /** The target does not extend the scan's version, directly or through other versions. */
    | { readonly kind: 'geen-opvolger' }
    | { readonly kind: 'plan'; readonly renames: ReadonlyArray<MigrationRename<P>>; readonly blockers: ReadonlyArray<MigrationBlocker<P>> };

export function planMigration<P>(names: ReadonlyArray<ScanName<P>>, from: ResolvedModel, to: ResolvedModel): MigrationPlan<P> {
    if (sameModelKey(from.key, to.key)) {
        return { kind: 'al-op-versie' };
    }
    if (!to.chain.some(key => sameModelKey(key, from.key))) {
        return { kind: 'geen-opvolger' };
    }
    return { kind: 'plan', ...followNames(names, from, to) };
}

/**
 * Each name followed through the renames `to` makes after `from`, and the names that do not survive. Without
 * the checks of planMigration, so that an edit of one version (the same key on both sides) can be judged too.
 */
export function followNames<P>(names: ReadonlyArray<ScanName<P>>, from: ResolvedModel, to: ResolvedModel)
    : { renames: ReadonlyArray<MigrationRename<P>>; blockers: ReadonlyArray<MigrationBlocker<P>> } {
    const steps = renamesBetween(from, to);
    const renames: Array<MigrationRename<P>> = [];
    const blockers: Array<MigrationBlocker<P>> = [];
    for (const used of names) {
        const followed = follow(used, steps);
        if (followed.name !== used.name) {
            renames.push({ at: used.at, kind: used.kind, from: used.name, to: followed.name });
        }
        const renamedTo = followed.name !== used.name ? { renamedTo: followed.name } : {};
        if (used.kind === 'value') {
            const trait = to.items.trait.get(followed.trait!);
            // A trait that is gone blocks on its own line; its value says nothing more.
            if (trait && !trait.values.some(value => value.name === followed.name)) {
                blockers.push({ at: used.at, kind: 'value', name: used.name, trait: followed.trait, ...renamedTo });
            }
            continue;
        }
        if (!to.items[used.kind].has(followed.name)) {
            const retired = to.retired[used.kind].get(followed.name);
            blockers.push({ at: used.at, kind: used.kind, name: used.name, ...renamedTo, ...(retired ? { retiredIn: retired.retiredIn } : {}) });
        }
    }
    return { renames, blockers };
}

/** The renames the target makes after the scan's version, in the order they were made. */
function renamesBetween(from: ResolvedModel, to: ResolvedModel): ReadonlyArray<RenameRecord> {
    const id = (r: RenameRecord) => `${r.kind} ${r.owner ?? ''} ${r.from} ${r.to} ${r.renamedIn.name} ${r.renamedIn.version}`;
    const known = new Set(from.renames.map(id));
    return to.renames.filter(r => !known.has(id(r)));
}

/** The name (and for a value its trait's name) after each rename in turn. */
function follow(used: ScanName<unknown>, steps: ReadonlyArray<RenameRecord>): { name: string; trait?: string } {
    let name = used.name;
    let trait = used.kind === 'value' ? used.trait : undefined;
    for (const step of steps) {
        if (used.kind === 'value') {
            if (step.kind === 'trait' && step.from === trait) {
                trait = step.to;
            } else if (step.kind === 'value' && step.owner === trait && step.from === name) {
                name = step.to;
            }
        } else if (step.kind === used.kind && step.from === name) {
            name = step.to;
        }
    }
    return { name, trait };
}
