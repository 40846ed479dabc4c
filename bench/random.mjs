// A small seeded PRNG (mulberry32): the same seed gives the same workspace on every machine and Node version.

export function createRandom(seed) {
    let state = seed >>> 0;
    const next = () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const int = (min, max) => min + Math.floor(next() * (max - min + 1));
    const pick = items => items[Math.floor(next() * items.length)];
    const chance = p => next() < p;
    const shuffle = items => {
        const copy = [...items];
        for (let i = copy.length - 1; i > 0; i--) {
            const j = Math.floor(next() * (i + 1));
            [copy[i], copy[j]] = [copy[j], copy[i]];
        }
        return copy;
    };
    /** `count` distinct items, in their original order. */
    const sample = (items, count) => shuffle(items.map((item, i) => [i, item])).slice(0, count)
        .sort((a, b) => a[0] - b[0]).map(([, item]) => item);
    return { next, int, pick, chance, shuffle, sample };
}
