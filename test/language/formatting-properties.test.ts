import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import { createZelfscanServices } from '../../src/language/zelfscan-module.js';
import { hasSyntaxErrors } from '../../src/language/zelfscan-formatter.js';
import { EXAMPLES, listSourceFiles } from '../helpers/workspace.js';
import { applyEdits } from './lsp-fixture.js';

// The canonical layout as properties over the example files and mutated versions of them: one format whatever
// the whitespace was, idempotent, never a token or comment changed, and range formatting a part of it.
const services = createZelfscanServices(EmptyFileSystem);
type Kind = 'zelfscan' | 'regioscan';
const OPTIONS = { tabSize: 4, insertSpaces: true };
const examples = listSourceFiles(EXAMPLES).map(file => ({
    name: path.basename(file), kind: (file.endsWith('.zelfscan') ? 'zelfscan' : 'regioscan') as Kind, text: readFileSync(file, 'utf8')
}));
let count = 0;

function parse(text: string, kind: Kind): LangiumDocument {
    return services[kind].shared.workspace.LangiumDocumentFactory.fromString(text, { scheme: 'file', path: `/prop/${count++}.${kind}` } as never);
}

async function format(text: string, kind: Kind): Promise<string> {
    const document = parse(text, kind);
    return applyEdits(text, await services[kind].lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: OPTIONS }));
}

/** Tokens and comments in order, as the lexer reads them. */
function lexemes(text: string, kind: Kind): string[] {
    const result = services[kind].parser.Lexer.tokenize(text);
    return [...result.tokens, ...(result.hidden ?? [])].sort((a, b) => a.startOffset - b.startOffset).map(t => t.image);
}

/** A text's lexemes, for rebuilding it with other whitespace between them. */
function split(text: string, kind: Kind): { lexemes: string[]; gaps: string[] } {
    const result = services[kind].parser.Lexer.tokenize(text);
    const tokens = [...result.tokens, ...(result.hidden ?? [])].sort((a, b) => a.startOffset - b.startOffset);
    const gaps = tokens.map((token, i) => text.slice(i === 0 ? 0 : tokens[i - 1].endOffset! + 1, token.startOffset));
    gaps.push(text.slice(tokens[tokens.length - 1].endOffset! + 1));
    return { lexemes: tokens.map(t => t.image), gaps };
}

const horizontal = fc.array(fc.constantFrom(' ', '\t'), { minLength: 1, maxLength: 4 }).map(chars => chars.join(''));

/** The same lines with other spaces and tabs: other indentation, other runs between tokens. */
function respaced(text: string, kind: Kind): fc.Arbitrary<string> {
    const { lexemes: parts, gaps } = split(text, kind);
    return fc.array(horizontal, { minLength: gaps.length, maxLength: gaps.length }).map(fills => {
        let out = '';
        for (let i = 0; i < gaps.length; i++) {
            const lines = gaps[i].split('\n');
            const gap = lines.length === 1 && i > 0 && i < parts.length ? fills[i] : lines.map((_, n) => (n === 0 ? '' : fills[i])).join('\n');
            out += gap + (parts[i] ?? '');
        }
        return out;
    });
}

/** Gaps that change: line breaks added or removed (never after a line comment), blank lines, comments put in. */
function reshaped(text: string, kind: Kind): fc.Arbitrary<string> {
    const { lexemes: parts, gaps } = split(text, kind);
    const change = fc.oneof(
        { weight: 6, arbitrary: fc.constant(undefined) },
        { weight: 2, arbitrary: fc.constantFrom(' ', '\n', '\n\n\n', '  \n\t ') },
        { weight: 1, arbitrary: fc.constantFrom(' /* c */ ', '\n/* c\n   d */\n', ' // c\n', '\n// c\n\n') }
    );
    return fc.array(change, { minLength: gaps.length, maxLength: gaps.length }).map(changes => {
        let out = '';
        for (let i = 0; i < gaps.length; i++) {
            const afterLineComment = i > 0 && parts[i - 1].startsWith('//');
            const replacement = changes[i];
            const gap = replacement === undefined || i === 0 || (afterLineComment && !replacement.includes('\n')) ? gaps[i] : replacement;
            out += (afterLineComment && !gap.startsWith('\n') ? '\n' : '') + gap + (parts[i] ?? '');
        }
        return out;
    });
}

/** Lines deleted, duplicated or swapped: mostly documents with syntax errors. */
function broken(text: string): fc.Arbitrary<string> {
    const lines = text.split('\n');
    return fc.tuple(fc.nat(lines.length - 1), fc.nat(lines.length - 1), fc.constantFrom('delete', 'duplicate', 'swap')).map(([a, b, how]) => {
        const copy = [...lines];
        if (how === 'delete') {
            copy.splice(a, 1);
        } else if (how === 'duplicate') {
            copy.splice(a, 0, copy[b]);
        } else {
            [copy[a], copy[b]] = [copy[b], copy[a]];
        }
        return copy.join('\n');
    });
}

const example = fc.constantFrom(...examples);
const RUNS = { numRuns: 25, seed: 20261201 };

describe('canonical layout (fast-check over the examples)', () => {
    it('the examples are in the canonical layout', async () => {
        expect(examples.length).toBeGreaterThan(4);
        for (const file of examples) {
            expect(await format(file.text, file.kind), file.name).toBe(file.text);
        }
    });

    it('other spaces and indentation on the same lines format back to the example exactly', async () => {
        await fc.assert(fc.asyncProperty(example.chain(file => respaced(file.text, file.kind).map(text => ({ file, text }))), async ({ file, text }) => {
            expect(await format(text, file.kind)).toBe(file.text);
        }), RUNS);
    });

    it('with line breaks, blank lines and comments moved: idempotent, every token and comment kept', async () => {
        await fc.assert(fc.asyncProperty(example.chain(file => reshaped(file.text, file.kind).map(text => ({ file, text }))), async ({ file, text }) => {
            expect(hasSyntaxErrors(parse(text, file.kind))).toBe(false);
            const once = await format(text, file.kind);
            expect(await format(once, file.kind)).toBe(once);
            expect(lexemes(once, file.kind)).toEqual(lexemes(text, file.kind));
        }), RUNS);
    });

    it('range formatting keeps every token and is a part of the whole-document layout', async () => {
        const arbitrary = example.chain(file => fc.tuple(reshaped(file.text, file.kind), fc.nat(), fc.nat()).map(([text, a, b]) => ({ file, text, a, b })));
        await fc.assert(fc.asyncProperty(arbitrary, async ({ file, text, a, b }) => {
            const document = parse(text, file.kind);
            const [from, to] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y);
            const range = { start: document.textDocument.positionAt(from), end: document.textDocument.positionAt(to) };
            const edits = await services[file.kind].lsp.Formatter!.formatDocumentRange(document, { textDocument: { uri: document.uri.toString() }, options: OPTIONS, range });
            const partly = applyEdits(text, edits);
            expect(lexemes(partly, file.kind)).toEqual(lexemes(text, file.kind));
            expect(await format(partly, file.kind)).toBe(await format(text, file.kind));
        }), RUNS);
    });

    it('a document with lines deleted, duplicated or swapped: formatted only without syntax errors, never a token lost', async () => {
        const arbitrary = example.chain(file => fc.tuple(broken(file.text), fc.nat()).map(([text, line]) => ({ file, text, line })));
        await fc.assert(fc.asyncProperty(arbitrary, async ({ file, text, line }) => {
            const document = parse(text, file.kind);
            const formatter = services[file.kind].lsp.Formatter!;
            const textDocument = { uri: document.uri.toString() };
            const at = line % document.textDocument.lineCount;
            const range = { start: { line: at, character: 0 }, end: { line: at, character: 1_000 } };
            const whole = await formatter.formatDocument(document, { textDocument, options: OPTIONS });
            const part = await formatter.formatDocumentRange(document, { textDocument, options: OPTIONS, range });
            if (hasSyntaxErrors(document)) {
                expect([whole, part]).toEqual([[], []]);
            } else {
                expect(lexemes(applyEdits(text, whole), file.kind)).toEqual(lexemes(text, file.kind));
                expect(lexemes(applyEdits(text, part), file.kind)).toEqual(lexemes(text, file.kind));
            }
        }), RUNS);
    });
});
