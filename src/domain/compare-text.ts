/** Code-unit order of two texts: the same on every machine and in every locale (unlike localeCompare). */
export function compareText(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
