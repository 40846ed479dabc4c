/**
 * A text split before the digits it ends with (`R12` → `R` and `12`, `1.1` → `1.` and `1`), or undefined when it
 * does not end in a digit. A loop: the regular expression /^(.*?)(\d+)$/ takes the square of a long run of digits
 * that is not at the end, and names and versions come from text being typed.
 */
export function splitTrailingNumber(text: string): { prefix: string; digits: string } | undefined {
    let start = text.length;
    while (start > 0 && text.charCodeAt(start - 1) >= 48 && text.charCodeAt(start - 1) <= 57) {
        start--;
    }
    return start === text.length ? undefined : { prefix: text.slice(0, start), digits: text.slice(start) };
}
