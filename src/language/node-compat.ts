/**
 * Langium's parser library calls `Object.groupBy` and `Map.groupBy`, which Node gained in version 21.
 * This small stand-in lets the command line run on Node 20 too; newer Node versions keep their own.
 */
type KeyFn<T, K> = (item: T, index: number) => K;

function groupInto<T, K>(items: Iterable<T>, keyOf: KeyFn<T, K>, add: (key: K, item: T) => void): void {
    let index = 0;
    for (const item of items) {
        add(keyOf(item, index++), item);
    }
}

const objectWithGroupBy = Object as unknown as { groupBy?: unknown };
if (typeof objectWithGroupBy.groupBy !== 'function') {
    Object.defineProperty(Object, 'groupBy', {
        configurable: true,
        writable: true,
        value<T>(items: Iterable<T>, keyOf: KeyFn<T, PropertyKey>) {
            const groups: Record<PropertyKey, T[]> = Object.create(null);
            groupInto(items, keyOf, (key, item) => (groups[key] ??= []).push(item));
            return groups;
        }
    });
}

const mapWithGroupBy = Map as unknown as { groupBy?: unknown };
if (typeof mapWithGroupBy.groupBy !== 'function') {
    Object.defineProperty(Map, 'groupBy', {
        configurable: true,
        writable: true,
        value<T, K>(items: Iterable<T>, keyOf: KeyFn<T, K>) {
            const groups = new Map<K, T[]>();
            groupInto(items, keyOf, (key, item) => {
                const group = groups.get(key);
                if (group) group.push(item); else groups.set(key, [item]);
            });
            return groups;
        }
    });
}

export {};
