import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem } from 'langium';
import { expectFormatting } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { createZelfscanServices } from '../../src/language/zelfscan-module.js';
import { tidyWhitespace } from '../../src/language/zelfscan-formatter.js';
import { EXAMPLES, listSourceFiles } from '../helpers/workspace.js';
import { applyEdits, FIXTURE } from './lsp-fixture.js';

const services = createZelfscanServices(EmptyFileSystem);
const OPTIONS = { tabSize: 4, insertSpaces: true };

async function format(text: string, kind: 'zelfscan' | 'regioscan'): Promise<string> {
    const lang = services[kind];
    const document = lang.shared.workspace.LangiumDocumentFactory.fromString(text, { scheme: 'file', path: `/fmt/x.${kind}` } as never);
    const edits = await lang.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: OPTIONS });
    return applyEdits(text, edits);
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

    it('tidies whitespace only outside strings and comments', () => {
        expect(tidyWhitespace('  a   \n\n\n\nb "x  \n\n\n y"  // c  \n')).toBe('a\n\nb "x  \n\n\n y"  // c\n');
    });
});
