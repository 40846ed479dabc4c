import type { Change, Changelog } from '../domain/report-model.js';
import { ITEM_KINDS } from '../domain/model-definition.js';

/** Model order of the kinds of element; settings last. Unknown kinds follow, in the order given. */
const KIND_ORDER: readonly string[] = [...ITEM_KINDS, 'instelling'];

export const CHANGE_GROUPS = ['toegevoegd', 'gewijzigd', 'hernoemd', 'vervallen'] as const;

/** The changes of one group (added, changed, renamed or retired), grouped by kind in model order; stable within a kind. */
export function changesIn(changelog: Changelog, group: Change['change']): Change[] {
    const rank = (kind: string) => {
        const index = KIND_ORDER.indexOf(kind);
        return index === -1 ? KIND_ORDER.length : index;
    };
    return changelog.changes
        .map((change, index) => ({ change, index }))
        .filter(entry => entry.change.change === group)
        .sort((a, b) => rank(a.change.kind) - rank(b.change.kind) || a.index - b.index)
        .map(entry => entry.change);
}
