import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { LangiumDocument } from 'langium';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { ZelfscanServices } from '../../src/language/zelfscan-module.js';
import { createTestWorkspace, EXAMPLES, listSourceFiles } from '../helpers/workspace.js';
import { FIXTURE } from './lsp-fixture.js';

/** A small deterministic generator (mulberry32), so a failure names a seed that reproduces it. */
function random(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

const TOKEN = /"(?:\\.|[^"\\])*"|\/\/[^\n]*|[\w\u00C0-\u024F]+|\S/g;

/** One random mutation of the kinds a half-typed or damaged file shows. */
function mutate(text: string, next: () => number): string {
    const tokens = [...text.matchAll(TOKEN)];
    const pick = () => tokens[Math.floor(next() * tokens.length)];
    const at = (t: RegExpMatchArray) => t.index ?? 0;
    switch (Math.floor(next() * 6)) {
        case 0: { // delete a few tokens
            let result = text;
            for (let i = 0; i < 1 + Math.floor(next() * 4); i++) {
                const all = [...result.matchAll(TOKEN)];
                const t = all[Math.floor(next() * all.length)];
                result = result.slice(0, at(t)) + result.slice(at(t) + t[0].length);
            }
            return result;
        }
        case 1: { // duplicate a token somewhere else
            const t = pick();
            const where = at(pick());
            return `${text.slice(0, where)}${t[0]} ${text.slice(where)}`;
        }
        case 2: // truncate
            return text.slice(0, Math.floor(next() * text.length));
        case 3: { // random bytes, control characters and non-ASCII included
            const where = Math.floor(next() * text.length);
            const noise = Array.from({ length: 1 + Math.floor(next() * 8) }, () => String.fromCharCode(Math.floor(next() * 0x2fff))).join('');
            return text.slice(0, where) + noise + text.slice(where);
        }
        case 4: { // unterminated string
            const strings = tokens.filter(t => t[0].startsWith('"'));
            const t = strings.length > 0 ? strings[Math.floor(next() * strings.length)] : pick();
            return text.slice(0, at(t) + Math.max(1, Math.floor(t[0].length / 2))) + text.slice(at(t) + t[0].length);
        }
        default: { // swap two lines
            const lines = text.split('\n');
            const i = Math.floor(next() * lines.length);
            const j = Math.floor(next() * lines.length);
            [lines[i], lines[j]] = [lines[j], lines[i]];
            return lines.join('\n');
        }
    }
}

/** Every editor feature on a document, at a few random places; each must answer without throwing. */
async function exerciseAllFeatures(services: ZelfscanServices, document: LangiumDocument, next: () => number): Promise<void> {
    const lsp = services.lsp;
    const textDocument = { uri: document.uri.toString() };
    const text = document.textDocument.getText();
    const whole = { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(text.length) };
    for (let i = 0; i < 4; i++) {
        const position = document.textDocument.positionAt(Math.floor(next() * (text.length + 1)));
        await lsp.CompletionProvider!.getCompletion(document, { textDocument, position });
        await lsp.HoverProvider!.getHoverContent(document, { textDocument, position });
        await lsp.DefinitionProvider!.getDefinition(document, { textDocument, position });
        await lsp.ReferencesProvider!.findReferences(document, { textDocument, position, context: { includeDeclaration: true } });
        await lsp.RenameProvider!.prepareRename(document, { textDocument, position });
        await lsp.RenameProvider!.rename(document, { textDocument, position, newName: 'NieuweNaam' });
    }
    const edits = await lsp.Formatter!.formatDocument(document, { textDocument, options: { tabSize: 4, insertSpaces: true } });
    // Formatting never changes a token, comments included.
    const images = (t: string) => {
        const lexed = services.parser.Lexer.tokenize(t);
        return [...lexed.tokens, ...(lexed.hidden ?? [])].sort((a, b) => a.startOffset - b.startOffset).map(token => token.image);
    };
    expect(images(TextDocument.applyEdits(document.textDocument, edits))).toEqual(images(text));
    const diagnostics: Diagnostic[] = document.diagnostics ?? [];
    await lsp.CodeActionProvider!.getCodeActions(document, { textDocument, range: whole, context: { diagnostics } });
    for (const diagnostic of diagnostics) {
        await lsp.CodeActionProvider!.getCodeActions(document, { textDocument, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    }
    await lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument });
    await lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument });
    await lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument });
    await lsp.InlayHintProvider!.getInlayHints(document, { textDocument, range: whole });
    await lsp.CodeLensProvider!.provideCodeLens(document, { textDocument });
}

describe('robustness: no text crashes parsing, linking, validation or any editor feature', () => {
    let errors: unknown[][];
    beforeEach(() => {
        errors = [];
        // Langium's completion catches and logs scope failures; a logged error counts as a crash here.
        vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
            errors.push(args);
        });
    });
    afterEach(() => {
        vi.restoreAllMocks();
    });

    const sources = [...listSourceFiles(EXAMPLES), ...listSourceFiles(FIXTURE)].map(file => ({
        name: path.basename(file), text: readFileSync(file, 'utf8')
    }));
    const models = Object.fromEntries(sources.filter(s => s.name.endsWith('.zelfscan')).map(s => [`modellen/${s.name}`, s.text]));

    it.each(Array.from({ length: 8 }, (_, i) => i + 1))('mutation round with seed %i', async seed => {
        const next = random(seed);
        for (const source of sources) {
            let text = source.text;
            for (let step = 0; step < 1 + Math.floor(next() * 3); step++) {
                text = mutate(text, next);
            }
            const name = `gemuteerd/${source.name}`;
            const ws = await createTestWorkspace({ ...models, [name]: text });
            const document = ws.doc(name);
            const services = name.endsWith('.zelfscan') ? ws.services.zelfscan : ws.services.regioscan;
            await exerciseAllFeatures(services, document, next);
            await ws.services.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: 'a' });
            expect(errors, `seed ${seed}, ${source.name}`).toEqual([]);
        }
    });

    it('survives empty, whitespace-only and binary-looking files', async () => {
        for (const [name, text] of [['leeg.regioscan', ''], ['spaties.zelfscan', '  \n\t\n'], ['binair.regioscan', '\u0000\u0001\uFFFD"\\'],
            ['alleen-kop.regioscan', 'regioscan'], ['open.zelfscan', 'model M versie 1.0 breidt M versie 1.0 uit {']] as const) {
            const ws = await createTestWorkspace({ [name]: text });
            const services = name.endsWith('.zelfscan') ? ws.services.zelfscan : ws.services.regioscan;
            await exerciseAllFeatures(services, ws.doc(name), random(1));
        }
        expect(errors).toEqual([]);
    });
});
