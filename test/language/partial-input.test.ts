import type { LangiumDocument } from 'langium';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createTestWorkspace, summarize, type TestWorkspace } from '../helpers/workspace.js';
import { edit, extension, GOOD_MODEL, GOOD_SCAN } from './fixture-texts.js';

/**
 * Half-typed model files: what the parser leaves out of the syntax tree (a name, a reference, the kind after
 * `vervalt`) must never break resolving, scoping, validation or an editor feature; the parser's Dutch message
 * at that place is the only finding.
 */

const SCAN_11 = edit(GOOD_SCAN, 'versie 1.0', 'versie 1.1');

/** Sends the new text of an open document as the editor does, and rebuilds what the change affects. */
async function typeText(ws: TestWorkspace, document: LangiumDocument, text: string): Promise<void> {
    const uri = document.uri.toString();
    const textDocuments = ws.services.shared.workspace.TextDocuments!;
    const version = (textDocuments.get(uri)?.version ?? 0) + 1;
    textDocuments.set(TextDocument.create(uri, document.textDocument.languageId, version, text));
    await ws.services.shared.workspace.DocumentBuilder.update([document.uri], []);
}

/** Rename, symbols, hover and completion at the end of the given text, as the editor asks while one types. */
async function askEditorFeatures(ws: TestWorkspace, document: LangiumDocument, at: string): Promise<void> {
    const lsp = ws.services.zelfscan.lsp;
    const textDocument = { uri: document.uri.toString() };
    const position = document.textDocument.positionAt(document.textDocument.getText().indexOf(at) + at.length);
    await lsp.RenameProvider!.rename(document, { textDocument, position, newName: 'Nieuw' });
    await lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument });
    await lsp.HoverProvider!.getHoverContent(document, { textDocument, position });
    await lsp.CompletionProvider!.getCompletion(document, { textDocument, position });
}

describe('half-typed model files', () => {
    let errors: unknown[][];
    beforeEach(() => {
        errors = [];
        // Langium catches and logs what a validation check or a feature throws; a logged error is a crash here.
        vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
            errors.push(args);
        });
    });
    afterEach(() => {
        vi.restoreAllMocks();
    });

    const retirements: Array<[string, Array<ReturnType<typeof summarize>>]> = [
        ['vervalt', [{
            severity: 'error', code: 'parsing-error', range: '3:1-3:2',
            message: "'}' past hier niet. Verwacht: 'rol', 'partij', 'focus', 'vraag', 'gebruik', 'knelpunt', 'houvast', 'kenmerk', 'thema' of 'gebied'."
        }]],
        ['vervalt rol', [{
            severity: 'error', code: 'parsing-error', range: '3:1-3:2', message: "Hier wordt een naam verwacht, maar er staat '}'."
        }]],
        ['vervalt systemen', [{
            severity: 'error', code: 'parsing-error', range: '2:13-2:21',
            message: "'systemen' past hier niet. Verwacht: 'rol', 'partij', 'focus', 'vraag', 'gebruik', 'knelpunt', 'houvast', 'kenmerk', 'thema' of 'gebied'."
        }]]
    ];

    it.each(retirements)('typing `%s` in an extending version, one character at a time, gives the syntax error alone', async (line, expected) => {
        const ws = await createTestWorkspace({ 'm.zelfscan': GOOD_MODEL, 'n.zelfscan': extension(''), 's.regioscan': SCAN_11 });
        const model = ws.doc('n.zelfscan');
        const before = ws.diagnostics('s.regioscan').map(summarize);
        for (let typed = 1; typed <= line.length; typed++) {
            await typeText(ws, model, extension(`    ${line.slice(0, typed)}`));
            await askEditorFeatures(ws, model, line.slice(0, typed));
        }
        expect(ws.diagnostics('n.zelfscan').map(summarize)).toEqual(expected);
        // The scan of this version still resolves every name it uses.
        expect(ws.diagnostics('s.regioscan').map(summarize)).toEqual(before);
        expect(errors).toEqual([]);
    });

    it.each(retirements)('a file that holds `%s` from the start builds the same', async (line, expected) => {
        const ws = await createTestWorkspace({ 'm.zelfscan': GOOD_MODEL, 'n.zelfscan': extension(`    ${line}`), 's.regioscan': SCAN_11 });
        expect(ws.diagnostics('n.zelfscan').map(summarize)).toEqual(expected);
        expect(ws.diagnostics('s.regioscan').map(summarize)).toEqual([]);
        await askEditorFeatures(ws, ws.doc('n.zelfscan'), line);
        expect(errors).toEqual([]);
    });

    it('a nameless use (`gebruik "Zonder naam"`) is one syntax error at its place; every other name still resolves', async () => {
        const model = edit(GOOD_MODEL, '    knelpunt gefragmenteerd_veld', '    gebruik "Zonder naam" {\n    }\n    knelpunt gefragmenteerd_veld');
        const ws = await createTestWorkspace({ 'm.zelfscan': model, 's.regioscan': GOOD_SCAN });
        expect(ws.diagnostics('m.zelfscan').map(summarize)).toEqual([{
            severity: 'error', code: 'parsing-error', range: '37:13-37:26',
            message: "Hier wordt een naam verwacht, maar er staat '\"Zonder naam\"'. Een naam komt vóór de tekst, bijvoorbeeld: zonder_naam \"Zonder naam\"."
        }]);
        expect(ws.diagnostics('s.regioscan')).toEqual([]);
        await askEditorFeatures(ws, ws.doc('m.zelfscan'), 'gebruik "Zonder');
        expect(errors).toEqual([]);
    });

    it('nameless items of every kind, a scale without bounds and references without names are left out, not fatal', async () => {
        const model = extension([
            '    rol { omschrijving "x" actie "y" vervalt actie }',
            '    partij "P"', '    focus "F" { vereist }', '    vraag "V"', '    gebruik "G" { reflectie "R" vervalt reflectie }',
            '    knelpunt "K"', '    houvast "H"', '    kenmerk "K" { waarde "W" }', '    schaal s .. { 1 }', '    interviews ..', '    doorlooptijd maanden'
        ].join('\n'));
        const ws = await createTestWorkspace({ 'm.zelfscan': GOOD_MODEL, 'n.zelfscan': model, 's.regioscan': SCAN_11 });
        expect(ws.diagnostics('n.zelfscan').length).toBeGreaterThan(0);
        expect(ws.diagnostics('n.zelfscan').every(d => (d.data as { code?: string }).code === 'parsing-error')).toBe(true);
        expect(ws.diagnostics('s.regioscan')).toEqual([]);
        await askEditorFeatures(ws, ws.doc('n.zelfscan'), 'rol');
        expect(errors).toEqual([]);
    });

    it('completion in `knelpunt k|enmerk` (a keyword where the name of an obstacle belongs) answers and logs nothing', async () => {
        const scan = edit(GOOD_SCAN, '    houvast lokaal_beginnen', '    knelpunt kenmerk beweging van_onderop\n    houvast lokaal_beginnen');
        const ws = await createTestWorkspace({ 'm.zelfscan': GOOD_MODEL, 's.regioscan': scan });
        const document = ws.doc('s.regioscan');
        const position = document.textDocument.positionAt(scan.indexOf('knelpunt kenmerk') + 'knelpunt k'.length);
        const completion = await ws.services.regioscan.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position });
        expect(completion).toBeDefined();
        expect(errors).toEqual([]);
    });

    it('a version number lost to a syntax error (`versie model ? startgesprek 1.1 breidt …`) is not compared with the base', async () => {
        const model = extension('    vervalt partij jeugdhulp', 'model Regieneming versie model ? startgesprek  1.1 breidt Regieneming versie 1.0 uit');
        const ws = await createTestWorkspace({ 'm.zelfscan': GOOD_MODEL, 'n.zelfscan': model });
        expect(ws.diagnostics('n.zelfscan').map(d => (d.data as { code?: string }).code)).toContain('parsing-error');
        expect(errors).toEqual([]);
    });
});
