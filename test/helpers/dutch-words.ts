import { textsFor, type ReportTexts } from '../../src/report/texts.js';

/**
 * The words of the Dutch report texts that the English texts do not use: what must never appear in an English
 * report unless the report's data (a Dutch model stays Dutch in an English report) brings it.
 */
export function dutchOnlyWords(): string[] {
    const english = wordsOfTexts(textsFor('en'));
    return [...wordsOfTexts(textsFor('nl'))].filter(word => !english.has(word));
}

/** The lower-case words of three letters or more in a text. */
export function wordsIn(text: string): Set<string> {
    return new Set(text.toLowerCase().match(/\p{L}{3,}/gu) ?? []);
}

/** The Dutch-only words that occur as whole words in `output` and not in `data`. */
export function dutchWordsIn(output: string, data: ReadonlySet<string>, dutch: readonly string[]): string[] {
    const words = wordsIn(output);
    return dutch.filter(word => !data.has(word) && words.has(word));
}

const STAND_INS = ['Xq', 'Yq', 'Zq', 'Wq', 'Vq'];

/** Every word a texts table can produce: its strings, and its functions called with stand-in arguments. */
function wordsOfTexts(texts: ReportTexts): Set<string> {
    const words = new Set<string>();
    const add = (text: unknown) => wordsIn(String(text)).forEach(word => words.add(word));
    for (const value of Object.values(texts)) {
        if (typeof value === 'string') {
            add(value);
        } else if (typeof value === 'function') {
            for (const args of [[2, 3, 4, 5, 6], STAND_INS]) {
                try {
                    add((value as (...a: unknown[]) => unknown)(...args));
                } catch {
                    // a function that needs other arguments: its words come with the other call
                }
            }
        } else if (value && typeof value === 'object') {
            Object.values(value).forEach(add);
        }
    }
    STAND_INS.forEach(word => words.delete(word.toLowerCase()));
    return words;
}
