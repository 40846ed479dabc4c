/**
 * The known name closest to a misspelt one, or undefined when none is close enough to be a likely typo
 * (at most a third of the characters differ). Case differences count as half an edit.
 */
export function closestName(text: string, known: Iterable<string>): string | undefined {
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const name of known) {
        const distance = editDistance(text, name);
        if (distance < bestDistance) {
            best = name;
            bestDistance = distance;
        }
    }
    return best !== undefined && bestDistance > 0 && bestDistance <= Math.max(1, text.length / 3) ? best : undefined;
}

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
