/**
 * The documented limits of the tooling (README, section "Grenzen"), the same for the command line and the
 * editor. They keep every file, however large or hostile, to a bounded amount of time, memory and output.
 */
export const LIMITS = {
    /** A larger file is not parsed; one diagnostic at its start says so. 2 MiB holds thousands of scan lines. */
    maxFileBytes: 2 * 1024 * 1024,
    /** Diagnostics reported per file; what is left over is counted in one last diagnostic. */
    maxDiagnosticsPerFile: 200,
    /** Points of a scale (0..100 is the widest that fits); each needs a label and a column in the reports. */
    maxScalePoints: 101,
    /** The highest number a scale bound may have: far beyond any scale, and far within exact integers. */
    maxScaleValue: 1_000_000,
    /** Names or points a message lists before it says how many more there are. */
    maxListed: 10
} as const;

/** The size of a text in UTF-8 bytes, counted only as far as needed to know whether it exceeds `limit`. */
export function exceedsByteLimit(text: string, limit: number): boolean {
    if (text.length > limit) {
        return true; // every character takes at least one byte
    }
    if (text.length * 3 <= limit) {
        return false; // no UTF-16 code unit takes more than three bytes
    }
    return utf8Length(text, limit) > limit;
}

/** The length of a text in UTF-8 bytes (counting stops once past `stopAfter`). */
export function utf8Length(text: string, stopAfter = Infinity): number {
    let bytes = 0;
    for (let i = 0; i < text.length && bytes <= stopAfter; i++) {
        const code = text.charCodeAt(i);
        // A surrogate pair is four bytes, two for each half.
        bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdfff ? 2 : 3;
    }
    return bytes;
}

/** The first `max` items and how many are left out, for messages that list names or numbers. */
export function boundedList<T>(items: readonly T[], max: number = LIMITS.maxListed): { shown: T[]; more: number } {
    return { shown: items.slice(0, max), more: Math.max(0, items.length - max) };
}
