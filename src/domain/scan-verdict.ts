import type { ItemKind, ModelKey } from './model-definition.js';
import { sameModelKey } from './model-key.js';
import type { ResolvedModel } from './resolved-model.js';
import { followNames, type ScanName } from './scan-migration.js';

/**
 * Whether the scans made against one model version stay valid against another (a later version, or an edit of
 * the same one): each scan's names are followed through the renames in between, as `zelfscan migrate` does,
 * and what does not survive blocks it. For `zelfscan diff` of two model versions and for the editor's warning
 * on a model edit that would strand scans.
 */

/** An item (or a trait's value) that scans use and the newer version no longer has, with how many scans use it. */
export interface BlockingItem {
    readonly kind: ItemKind | 'value';
    /** The name in the newer version's terms: after the renames in between. */
    readonly name: string;
    /** For a value: the trait it belongs to (after the renames). */
    readonly trait?: string;
    /** The version that retired it; absent when it is simply not there (a value left out of a redeclared trait). */
    readonly retiredIn?: ModelKey;
    readonly scans: number;
}

export interface ScanVerdict {
    readonly from: ModelKey;
    readonly to: ModelKey;
    /** The newer version is the same one (an edit) or extends it; otherwise no scan can follow. */
    readonly successor: boolean;
    /** The scans judged: those on `from`. */
    readonly scans: number;
    /** How many of them cannot follow. */
    readonly blocked: number;
    /** What blocks them, in the order first met (scan by scan, line by line). */
    readonly items: readonly BlockingItem[];
}

export function scanVerdict(from: ResolvedModel, to: ResolvedModel, scans: ReadonlyArray<ReadonlyArray<ScanName<unknown>>>): ScanVerdict {
    const successor = sameModelKey(from.key, to.key) || to.chain.some(key => sameModelKey(key, from.key));
    const base = { from: from.key, to: to.key, successor, scans: scans.length };
    if (!successor) {
        return { ...base, blocked: scans.length, items: [] };
    }
    const items = new Map<string, { item: Omit<BlockingItem, 'scans'>; scans: number }>();
    let blocked = 0;
    for (const names of scans) {
        const { blockers } = followNames(names, from, to);
        if (blockers.length > 0) {
            blocked++;
        }
        const seen = new Set<string>();
        for (const blocker of blockers) {
            const item = {
                kind: blocker.kind, name: blocker.renamedTo ?? blocker.name,
                ...(blocker.trait === undefined ? {} : { trait: blocker.trait }),
                ...(blocker.retiredIn === undefined ? {} : { retiredIn: blocker.retiredIn })
            };
            const id = `${item.kind} ${item.trait ?? ''} ${item.name}`;
            if (seen.has(id)) {
                continue;
            }
            seen.add(id);
            const entry = items.get(id) ?? { item, scans: 0 };
            entry.scans++;
            items.set(id, entry);
        }
    }
    return { ...base, blocked, items: [...items.values()].map(({ item, scans }) => ({ ...item, scans })) };
}
