/**
 * The known name closest to a misspelt one, or undefined when none is close enough to be a likely typo
 * (at most a third of the characters differ). Case differences count as half an edit.
 */
export function closestName(text: string, known: Iterable<string>): string | undefined {
    if (text.length > LONGEST_TYPO) {
        return undefined;
    }
    const reach = Math.max(1, text.length / 3);
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const name of known) {
        // The distance is at least the difference in length: a name that far off is never suggested, and its
        // distance is not computed (for a pasted line of a hundred thousand characters that took seconds a name).
        if (Math.abs(text.length - name.length) > Math.min(reach, bestDistance)) {
            continue;
        }
        const distance = editDistance(text, name);
        if (distance < bestDistance) {
            best = name;
            bestDistance = distance;
        }
    }
    return best !== undefined && bestDistance > 0 && bestDistance <= reach ? best : undefined;
}

/**
 * Names are words typed by people; beyond this length a text is pasted or generated, not a typo, and comparing
 * it with a name of the same length would cost the square of its length.
 */
const LONGEST_TYPO = 200;

export function editDistance(a: string, b: string): number {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = a[i - 1] === b[j - 1] ? 0 : a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0.5 : 1;
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + substitution);
        }
        previous = current;
    }
    return previous[b.length];
}
