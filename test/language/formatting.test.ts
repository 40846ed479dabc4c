import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { expectFormatting } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { FormattingOptions, TextEdit } from 'vscode-languageserver-types';
import { createZelfscanServices } from '../../src/language/zelfscan-module.js';
import { EXAMPLES, listSourceFiles } from '../helpers/workspace.js';
import { applyEdits, FIXTURE } from './lsp-fixture.js';

const services = createZelfscanServices(EmptyFileSystem);
const OPTIONS = { tabSize: 4, insertSpaces: true };

function parse(text: string, kind: 'zelfscan' | 'regioscan'): LangiumDocument {
    return services[kind].shared.workspace.LangiumDocumentFactory.fromString(text, { scheme: 'file', path: `/fmt/x.${kind}` } as never);
}

async function format(text: string, kind: 'zelfscan' | 'regioscan', options: FormattingOptions = OPTIONS): Promise<string> {
    const document = parse(text, kind);
    const edits = await services[kind].lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options });
    return applyEdits(text, edits);
}

/** Range formatting of the lines `from`..`to` (0-based, inclusive), as "Format selection" sends it. */
async function formatLines(text: string, kind: 'zelfscan' | 'regioscan', from: number, to: number): Promise<TextEdit[]> {
    const document = parse(text, kind);
    const range = { start: { line: from, character: 0 }, end: { line: to, character: text.split('\n')[to].length } };
    return services[kind].lsp.Formatter!.formatDocumentRange(document, { textDocument: { uri: document.uri.toString() }, options: OPTIONS, range });
}

/** The token texts of a file, comments included: formatting may change only what lies between them. */
function tokens(text: string, kind: 'zelfscan' | 'regioscan'): string[] {
    const result = services[kind].parser.Lexer.tokenize(text);
    return [...result.tokens, ...(result.hidden ?? [])].sort((a, b) => a.startOffset - b.startOffset).map(t => t.image);
}

describe('canonical formatter', () => {
    it('lays out a model: 4 spaces, one fact per line, braces, compact versions and ranges, one blank line kept', async () => {
        await expectFormatting(services.zelfscan)({
            before: '\n\n  // kop\nmodel   M versie 1 . 0 breidt X versie 1.0   uit{\ntitel "t"     bron "b"\n  schaal s 1 .. 2 { 1 "a" 2 "b" }\n\n\n\n' +
                '    rol A { omschrijving "o" // staart\n    competentie "c"\n    actie x "x" }\n  /* blok */ partij p "P" partij q "Q"\n' +
                '    focus f "F" { vereist p , q|p , q }\n  interviews 3..5 doorlooptijd 3 maanden }\n\n\n',
            after: '// kop\nmodel M versie 1.0 breidt X versie 1.0 uit {\n    titel "t"\n    bron "b"\n    schaal s 1..2 {\n        1 "a"\n        2 "b"\n    }\n\n' +
                '    rol A {\n        omschrijving "o" // staart\n        competentie "c"\n        actie x "x"\n    }\n    /* blok */\n    partij p "P"\n    partij q "Q"\n' +
                '    focus f "F" {\n        vereist p, q | p, q\n    }\n    interviews 3..5\n    doorlooptijd 3 maanden\n}\n',
            disposeAfterCheck: true
        });
    });

    it('lays out a scan: dates without spaces, `?` scores, an empty block opened', async () => {
        await expectFormatting(services.regioscan)({
            before: 'regioscan "R" { model M versie 1.0 focus f\nrespondent R1 partij p "x" { naam "n" interview 2024 - 01 - 02\nA 3 "t" A ? }\n\t\tfactsheet { } terugkoppeling 2024-02-03 }',
            after: 'regioscan "R" {\n    model M versie 1.0\n    focus f\n    respondent R1 partij p "x" {\n        naam "n"\n        interview 2024-01-02\n        A 3 "t"\n        A ?\n    }\n' +
                '    factsheet {\n    }\n    terugkoppeling 2024-02-03\n}\n',
            disposeAfterCheck: true
        });
    });

    it('keeps strings, including line breaks and runs of spaces inside them, exactly', async () => {
        const text = 'regioscan "R  \n\n\n  x" {\n    model M versie 1.0\n    advies "a  //  b\\" c"\n}\n';
        expect(await format(text, 'regioscan')).toBe(text);
    });

    it('leaves a file with syntax errors untouched', async () => {
        expect(await format('regioscan "R" {\n  model M versie 1.0\n  respondent {\n}\n', 'regioscan')).toBe('regioscan "R" {\n  model M versie 1.0\n  respondent {\n}\n');
    });

    it('is idempotent and changes no token on every example and fixture file', async () => {
        const files = [...listSourceFiles(EXAMPLES), ...listSourceFiles(FIXTURE)];
        expect(files.length).toBeGreaterThan(4);
        for (const file of files) {
            const kind = file.endsWith('.zelfscan') ? 'zelfscan' : 'regioscan';
            const text = readFileSync(file, 'utf8');
            // Scramble the layout first, so the formatter has something to do.
            const scrambled = text.replace(/\n {4}/g, '\n  ').replace(/\n\n/g, '\n\n\n\n');
            const once = await format(scrambled, kind);
            expect(await format(once, kind), path.basename(file)).toBe(once);
            expect(tokens(once, kind), path.basename(file)).toEqual(tokens(text, kind));
        }
    });

    it('keeps a block comment between `advies` and its text inside the fact, the same on every run', async () => {
        const text = 'regioscan "R" {\n    model M versie 1.0\n    advies\n        /* eerst\n           overleggen */\n        "t"\n' +
            '    advies // later\n    "u"\n}\n';
        const once = await format(text, 'regioscan');
        expect(once).toBe('regioscan "R" {\n    model M versie 1.0\n    advies /* eerst\n           overleggen */ "t"\n' +
            '    advies // later\n        "u"\n}\n');
        expect(await format(once, 'regioscan')).toBe(once);
    });

    it('puts the first line of the file at column 0 after a leading comment', async () => {
        expect(await format('// kop\n    regioscan "R" {\n    model M versie 1.0\n}\n', 'regioscan'))
            .toBe('// kop\nregioscan "R" {\n    model M versie 1.0\n}\n');
        expect(await format('/* kop */\n\n  model M versie 1.0 {\n titel "t"\n}\n', 'zelfscan'))
            .toBe('/* kop */\n\nmodel M versie 1.0 {\n    titel "t"\n}\n');
        expect(await format('/* kop */ model M versie 1.0 {\n}\n', 'zelfscan')).toBe('/* kop */\nmodel M versie 1.0 {\n}\n');
    });

    it('indents with four spaces whatever indentation the editor asks for', async () => {
        const text = 'regioscan "R" {\n  model M versie 1.0\n  respondent R1 partij p {\n\tA 3\n  }\n}\n';
        const canonical = 'regioscan "R" {\n    model M versie 1.0\n    respondent R1 partij p {\n        A 3\n    }\n}\n';
        expect(await format(text, 'regioscan', { tabSize: 2, insertSpaces: true })).toBe(canonical);
        expect(await format(text, 'regioscan', { tabSize: 8, insertSpaces: false })).toBe(canonical);
    });
});

describe('range formatting', () => {
    const scan = 'regioscan "R" {\n    model M versie 1.0\n  kenmerk beweging van_onderop\n      kenmerk congruentie congruent\n}\n';

    it('changes only the whitespace of the selected lines, as whole-document formatting would', async () => {
        expect(applyEdits(scan, await formatLines(scan, 'regioscan', 2, 2)))
            .toBe('regioscan "R" {\n    model M versie 1.0\n    kenmerk beweging van_onderop\n      kenmerk congruentie congruent\n}\n');
        expect(applyEdits(scan, await formatLines(scan, 'regioscan', 2, 3))).toBe(await format(scan, 'regioscan'));
    });

    it('refuses a document with a syntax error, also before the error: a stray line is never removed', async () => {
        // The stray line is not in the tree; a layout of the line before it would join the two `kenmerk` lines over it.
        const stray = 'regioscan "R" {\n    model M versie 1.0\n  kenmerk beweging van_onderop\n    beweging congruentie congruent\n' +
            '    kenmerk congruentie congruent\n}\n';
        expect(await formatLines(stray, 'regioscan', 2, 2)).toEqual([]);
        expect(await format(stray, 'regioscan')).toBe(stray);
    });

    it('refuses a document with very many lexer errors without overflowing the stack', async () => {
        // A 10 MB file of stray characters has a million lexer errors; the earliest of them was taken with a spread.
        const text = 'regioscan "R" {\n    model M versie 1.0\n  kenmerk a b ~\n}\n';
        const document = parse(text, 'regioscan');
        const lexerErrors = document.parseResult.lexerErrors as unknown[];
        expect(lexerErrors).toHaveLength(1);
        for (let i = 0; i < 500_000; i++) {
            lexerErrors.push(lexerErrors[0]);
        }
        const range = { start: { line: 2, character: 0 }, end: { line: 2, character: 10 } };
        const formatter = services.regioscan.lsp.Formatter!;
        expect(await formatter.formatDocumentRange(document, { textDocument: { uri: document.uri.toString() }, options: OPTIONS, range })).toEqual([]);
        expect(await formatter.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: OPTIONS })).toEqual([]);
    });

    it('formats a range of a 10 MB scan without recursion over its size', async () => {
        const example = readFileSync(path.join(EXAMPLES, 'scans/regio-brakeldonk-2024.regioscan'), 'utf8');
        const body = example.slice(example.indexOf('\n', example.indexOf('    model ')) + 1, example.lastIndexOf('}'));
        const big = 'regioscan "R" {\n    model Regieneming versie 1.1\n' + body.replace(/^ {4}/gm, '  ').repeat(Math.ceil(10_000_000 / body.length)) + '}\n';
        const formatter = services.regioscan.lsp.Formatter!;
        const uri = { uri: 'file:///fmt/groot.regioscan' };
        const range = { start: { line: 2, character: 0 }, end: { line: 4, character: 0 } };
        // Beyond the file size limit a document is not parsed (src/domain/limits.ts), so nothing is formatted;
        const limited = parse(big, 'regioscan');
        expect(await formatter.formatDocumentRange(limited, { textDocument: uri, options: OPTIONS, range })).toEqual([]);
        // the formatter itself, given the full tree of such a file, is bounded by the grammar, not by the file.
        const document = {
            uri: limited.uri, textDocument: TextDocument.create(uri.uri, 'regioscan', 1, big), parseResult: services.regioscan.parser.LangiumParser.parse(big)
        } as unknown as LangiumDocument;
        expect(document.parseResult.parserErrors).toEqual([]);
        const some = await formatter.formatDocumentRange(document, { textDocument: uri, options: OPTIONS, range });
        expect(some.map(edit => edit.newText)).toEqual(['\n    ', '\n    ']);
    }, 120_000);
});

