import { expectFoldings, expectSymbols, expectWorkspaceSymbols, highlightHelper } from 'langium/test';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import type { TestWorkspace } from '../helpers/workspace.js';
import { fixtureUri, loadFixture } from './lsp-fixture.js';

function outline(symbols: readonly DocumentSymbol[], depth = 0): string[] {
    return symbols.flatMap(s => [`${'  '.repeat(depth)}${s.name}${s.detail ? ` (${s.detail})` : ''}`, ...outline(s.children ?? [], depth + 1)]);
}

describe('outline, workspace symbols, folding, semantic tokens, inlay hints, code lens', () => {
    let ws: TestWorkspace;
    beforeAll(async () => {
        ws = await loadFixture();
    });

    it('outlines a scan by respondent, with party and scores, and its factsheet', async () => {
        const document = ws.doc('scans/noord.regioscan');
        const symbols = await ws.services.regioscan.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } });
        expect(outline(symbols)).toEqual([
            'regioscan Regio Noord',
            '  focus po_vo',
            '  startgesprek 2024-01-15',
            '  respondent R1 (gemeente · Beleidsadviseur)', '    Ontwerper 4', '    Verbinder 3',
            '  respondent R2 (swv)', '    Ontwerper 2', '    Verbinder ?',
            '  respondent R3 (jeugdhulp)', '    Ontwerper 3', '    Verbinder 5',
            '  factsheet', '    antwoord a', '    antwoord b',
            '  terugkoppeling 2024-03-01'
        ]);
    });

    it('outlines a model by kind of item', async () => {
        await expectSymbols(ws.services.zelfscan)({
            text: 'model M versie 1.0 {\n    schaal s 1..2 {\n        1 "laag"\n        2 "hoog"\n    }\n    rol A {\n        omschrijving "Doet iets"\n        actie x "X doen"\n    }\n' +
                '    partij p "Partij P"\n    focus f "Focus F" {\n        vereist p\n    }\n    vraag a "Wat?"\n    kenmerk k "K" {\n        waarde v "V"\n    }\n}',
            disposeAfterCheck: true,
            assert: symbols => expect(outline(symbols)).toEqual([
                'model M versie 1.0',
                '  schaal s 1..2', '    1 · laag', '    2 · hoog',
                '  rol A (Doet iets)', '    actie x (X doen)',
                '  partij p (Partij P)', '  focus f (Focus F)', '  vraag a (Wat?)',
                '  kenmerk k (K)', '    waarde v (V)'
            ])
        });
    });

    it('finds models, their items and scans as workspace symbols', async () => {
        await expectWorkspaceSymbols(ws.services.shared)({
            query: 'verbinder',
            assert: symbols => expect(symbols.map(s => `${s.name} in ${s.containerName}`)).toEqual(['rol Verbinder in Regieneming versie 1.0'])
        });
        await expectWorkspaceSymbols(ws.services.shared)({
            query: 'regi',
            assert: symbols => expect(symbols.map(s => s.name).sort()).toEqual([
                'model Regieneming versie 1.0', 'model Regieneming versie 1.1', 'regioscan Regio Noord', 'regioscan Regio Zuid'
            ])
        });
    });

    it('folds every block', async () => {
        await expectFoldings(ws.services.regioscan)({
            text: 'regioscan "R" {\n    model Regieneming versie 1.0\n    <|respondent R1 partij gemeente {\n        Ontwerper 3|>\n    }\n    <|factsheet {\n        antwoord a "x"|>\n    }\n}',
            parseOptions: { documentUri: fixtureUri('scans/fold.regioscan') },
            disposeAfterCheck: true
        });
    });

    it('colours roles, parties, scores, dates and versions by meaning', async () => {
        const highlight = highlightHelper(ws.services.regioscan);
        const result = await highlight('regioscan "R" {\n    model <|Regieneming versie 1.0|>\n    startgesprek <|2024-01-15|>\n    respondent <|R1|> partij <|gemeente|> {\n        <|Ontwerper|> <|4|>\n    }\n}',
            { documentUri: fixtureUri('scans/kleur.regioscan') });
        expect(result.ranges.map(([start]) => result.tokens.find(t => t.offset === start)?.tokenType))
            .toEqual(['namespace', 'number', 'variable', 'interface', 'class', 'number']);
    });

    it('shows the scale label after each score and the mean per role on the regioscan line', async () => {
        const document = ws.doc('scans/noord.regioscan');
        const range = { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(document.textDocument.getText().length) };
        const hints = await ws.services.regioscan.lsp.InlayHintProvider!.getInlayHints(document, { textDocument: { uri: document.uri.toString() }, range }) ?? [];
        expect(hints.map(h => `${h.position.line + 1}:${h.position.character + 1}${h.label as string}`)).toEqual([
            '7:20 · Redelijk aanwezig', '8:20 · Regelmatig aanwezig', '11:20 · Incidenteel aanwezig',
            '15:20 · Regelmatig aanwezig', '16:20 · Ruim aanwezig'
        ]);
        const lenses = await ws.services.regioscan.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } }) ?? [];
        expect(lenses.map(l => [l.range.start.line, l.command?.title])).toEqual([[0, 'Gemiddeld: Ontwerper 3,0 · Verbinder 4,0']]);
    });
});
