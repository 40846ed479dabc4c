import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

/**
 * Random and damaged documents of both file kinds, derived from real files: the kinds of text a half-finished
 * edit, a wrong encoding, a paste or a hostile file can put in front of the parser and the editor features.
 */

export interface SourceText {
    /** File name with its extension: the extension decides the language. */
    readonly name: string;
    readonly text: string;
}

/** Every model and scan file under the given folders, as seeds. */
export function seedTexts(...folders: string[]): SourceText[] {
    return folders.flatMap(folder => readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter(entry => entry.isFile() && /\.(zelfscan|regioscan)$/.test(entry.name))
        .map(entry => path.join(entry.parentPath, entry.name))
        .sort()
        .map(file => ({ name: path.basename(file), text: readFileSync(file, 'utf8') })));
}

type Mutation = (text: string) => string;

const place = (text: string, at: number) => at % (text.length + 1);
const insert = (text: string, at: number, piece: string) => {
    const i = place(text, at);
    return text.slice(0, i) + piece + text.slice(i);
};
const lines = (text: string) => text.split('\n');

/** One mutation; `words` are the language's keywords and punctuation, for plausible but wrong token soups. */
function mutation(words: readonly string[]): fc.Arbitrary<Mutation> {
    const at = fc.nat();
    return fc.oneof(
        fc.double({ min: 0, max: 1, noNaN: true }).map(r => (t: string) => t.slice(0, Math.floor(r * t.length))),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 6 }).map(swaps => (t: string) => {
            const all = lines(t);
            for (const [i, j] of swaps) {
                const [a, b] = [i % all.length, j % all.length];
                [all[a], all[b]] = [all[b], all[a]];
            }
            return all.join('\n');
        }),
        fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 5 })).map(([from, to, count]) => (t: string) => {
            const all = lines(t);
            const start = from % all.length;
            all.splice(to % (all.length + 1), 0, ...all.slice(start, start + count));
            return all.join('\n');
        }),
        fc.tuple(fc.nat(), fc.integer({ min: 1, max: 8 })).map(([from, count]) => (t: string) => {
            const all = lines(t);
            all.splice(from % all.length, count);
            return all.join('\n');
        }),
        fc.tuple(at, fc.uint8Array({ minLength: 1, maxLength: 24 })).map(([i, bytes]) => (t: string) =>
            insert(t, i, String.fromCharCode(...bytes))),
        fc.tuple(at, fc.array(fc.integer({ min: 0, max: 0x10ffff }), { minLength: 1, maxLength: 12 })).map(([i, codes]) => (t: string) =>
            // Lone surrogates included: an editor can hold them, though no file on disk in UTF-8 can.
            insert(t, i, codes.map(code => code >= 0xd800 && code <= 0xdfff ? String.fromCharCode(code) : String.fromCodePoint(code)).join(''))),
        fc.constant((t: string) => t.replace(/\r?\n/g, '\r\n')),
        fc.constant((t: string) => t.replace(/\r?\n/g, '\r')),
        fc.constant((t: string) => `\uFEFF${t}`),
        fc.tuple(at, fc.integer({ min: 1, max: 4 })).map(([i, n]) => (t: string) => insert(t, i, '\u0000'.repeat(n))),
        at.map(i => (t: string) => insert(t, i, '"')),
        at.map(i => (t: string) => insert(t, i, '/*')),
        fc.tuple(at, fc.integer({ min: 1, max: 3_000 }), fc.boolean()).map(([i, depth, closed]) => (t: string) =>
            insert(t, i, '{ '.repeat(depth) + (closed ? '} '.repeat(depth) : ''))),
        fc.tuple(at, fc.integer({ min: 1_000, max: 120_000 }), fc.constantFrom('x', 'é', ' ', '"', '1', 'a_')).map(([i, length, unit]) =>
            (t: string) => insert(t, i, unit.repeat(Math.ceil(length / unit.length)))),
        fc.tuple(at, fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 })).map(([i, soup]) => (t: string) =>
            insert(t, i, ` ${soup.join(' ')} `))
    );
}

/** A seed with one to four mutations applied. */
export function mutatedDocument(seeds: readonly SourceText[], words: readonly string[]): fc.Arbitrary<SourceText> {
    return fc.tuple(fc.constantFrom(...seeds), fc.array(mutation(words), { minLength: 1, maxLength: 4 }))
        .map(([seed, mutations]) => ({ name: seed.name, text: mutations.reduce((text, mutate) => mutate(text), seed.text) }));
}

/** Text from nothing: keywords, names, numbers, strings and raw characters in random order, either file kind. */
export function randomDocument(words: readonly string[]): fc.Arbitrary<SourceText> {
    const token = fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(...words) },
        { weight: 2, arbitrary: fc.stringMatching(/^[a-zA-Z_][a-zA-Z0-9_]{0,8}$/) },
        { weight: 1, arbitrary: fc.nat({ max: 3_000_000_000 }).map(String) },
        { weight: 1, arbitrary: fc.string({ maxLength: 10 }).map(s => JSON.stringify(s)) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
        { weight: 1, arbitrary: fc.constantFrom('\n', '\r\n', '\r', '\t', '{', '}', '"', '/*', '*/', '//', '..') }
    );
    return fc.tuple(fc.constantFrom('willekeurig.zelfscan', 'willekeurig.regioscan'), fc.array(token, { maxLength: 200 }))
        .map(([name, tokens]) => ({ name, text: tokens.join(' ') }));
}

/** Either kind of document, mostly damaged real files. */
export function hostileDocument(seeds: readonly SourceText[], words: readonly string[]): fc.Arbitrary<SourceText> {
    return fc.oneof({ weight: 4, arbitrary: mutatedDocument(seeds, words) }, { weight: 1, arbitrary: randomDocument(words) });
}
