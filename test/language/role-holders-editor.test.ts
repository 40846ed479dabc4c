import { expectCompletion, expectHover } from 'langium/test';
import type { AbstractSemanticTokenProvider } from 'langium/lsp';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestWorkspace, type TestWorkspace } from '../helpers/workspace.js';
import { GOOD_MODEL, GOOD_SCAN, edit } from './fixture-texts.js';
import { fixtureUri, loadFixture, positionOf } from './lsp-fixture.js';

// The editor on the role holders and the scoping of a scan: completion, hover, go to definition, highlighting
// and the outline, as for every other reference to a model item.
const SCAN_URI = fixtureUri('scans/nieuw.regioscan');
const HOLDERS = '    rolhouders {\n        Verbinder partij gemeente "beleidsadviseur onderwijs", "projectleider"\n        Ontwerper niemand\n    }\n';
const SCOPED_MODEL = edit(GOOD_MODEL, '    vraag a ', '    thema passend_onderwijs "Passend onderwijs"\n    gebied jeugdhulpregio "Jeugdhulpregio"\n    vraag a ');
const SCOPED_SCAN = edit(GOOD_SCAN, '    focus po_vo\n', '    focus po_vo\n    thema passend_onderwijs\n    gebied jeugdhulpregio\n', '    factsheet {\n', `${HOLDERS}    factsheet {\n`);

describe('role holders in the editor (fixture workspace)', () => {
    let ws: TestWorkspace;
    beforeAll(async () => {
        ws = await loadFixture();
    });
    const complete = (text: string, expected: string[]) => expectCompletion(ws.services.regioscan)({
        text, index: 0, disposeAfterCheck: true, parseOptions: { documentUri: SCAN_URI },
        assert: list => expect(list.items.map(i => `${i.label}: ${i.detail}`)).toEqual(expected)
    });

    it('completes the roles of the scan\'s model at the start of a holder line', () => complete(
        'regioscan "R" {\n    model Regieneming versie 1.1\n    rolhouders {\n        <|>\n    }\n}',
        ['Ontwerper: Ziet waar samenwerking iets kan opleveren', 'Verbinder: Brengt partners bijeen', 'Dirigent: Geeft het netwerk een identiteit']));

    it('offers partij and niemand after a role, and the parties after partij', async () => {
        await complete('regioscan "R" {\n    model Regieneming versie 1.0\n    rolhouders {\n        Verbinder <|>\n    }\n}',
            ['niemand: Keyword', 'partij: Keyword']);
        await complete('regioscan "R" {\n    model Regieneming versie 1.0\n    rolhouders {\n        Verbinder "ib\'er", partij <|>\n    }\n}', [
            'gemeente: Gemeente', 'swv: Samenwerkingsverband passend onderwijs', 'schoolbestuur: Schoolbestuur',
            'jeugdhulp: Jeugdhulp/CJG', 'kinderopvang: Kinderopvang'
        ]);
    });

    it('shows a held role and a holding party on hover', async () => {
        const text = 'regioscan "R" {\n    model Regieneming versie 1.0\n    rolhouders {\n        <|>Verbinder partij <|>swv "directeur"\n    }\n}';
        const hover = (index: number, expected: string) => expectHover(ws.services.regioscan)({
            text, index, hover: expected, disposeAfterCheck: true, parseOptions: { documentUri: SCAN_URI }
        });
        await hover(0, '**Rol Verbinder** · Regieneming versie 1.0\n\nBrengt partners bijeen\n\n*Kerncompetentie:* Mensen aansteken\n\n*Acties:*\n- Zorgen dat iedereen plezier heeft');
        await hover(1, '**Partij swv**: Samenwerkingsverband passend onderwijs · Regieneming versie 1.0');
    });
});

describe('role holders and scoping: definition, highlighting, outline', () => {
    let ws: TestWorkspace;
    beforeAll(async () => {
        ws = await createTestWorkspace({ 'm.zelfscan': SCOPED_MODEL, 's.regioscan': SCOPED_SCAN });
    });
    const scan = () => ws.doc('s.regioscan');
    const definition = async (needle: string, shift = 0) => {
        const links = await ws.services.regioscan.lsp.DefinitionProvider!.getDefinition(scan(),
            { textDocument: { uri: scan().uri.toString() }, position: positionOf(scan(), needle, shift) }) ?? [];
        return links.map(l => `${l.targetUri.split('/').at(-1)}:${l.targetSelectionRange.start.line + 1}:${l.targetSelectionRange.start.character + 1}`);
    };

    it('has no findings', () => {
        expect(ws.diagnostics('s.regioscan')).toEqual([]);
    });

    it('goes from a held role, a holding party, the theme and the area to the model', async () => {
        expect(await definition('Verbinder partij')).toEqual(['m.zelfscan:17:9']);
        expect(await definition('gemeente "beleidsadviseur')).toEqual(['m.zelfscan:22:12']);
        expect(await definition('passend_onderwijs\n')).toEqual(['m.zelfscan:31:11']);
        expect(await definition('jeugdhulpregio\n')).toEqual(['m.zelfscan:32:12']);
    });

    it('highlights a held role as a role, a holding party as a party, theme and area as values', async () => {
        const provider = ws.services.regioscan.lsp.SemanticTokenProvider as AbstractSemanticTokenProvider;
        const { data } = await provider.semanticHighlight(scan(), { textDocument: { uri: scan().uri.toString() } });
        const names = Object.fromEntries(Object.entries(provider.tokenTypes).map(([name, index]) => [index, name]));
        const text = scan().textDocument.getText().split('\n');
        const tokens: string[] = [];
        for (let i = 0, line = 0, character = 0; i < data.length; i += 5) {
            line += data[i];
            character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
            tokens.push(`${text[line].slice(character, character + data[i + 2])}=${names[data[i + 3]]}`);
        }
        expect(tokens).toEqual(expect.arrayContaining(['passend_onderwijs=enumMember', 'jeugdhulpregio=enumMember']));
        // The holders block is the last place the roles are named.
        const holderLines = tokens.slice(tokens.lastIndexOf('Verbinder=class'));
        expect(holderLines.slice(0, 3)).toEqual(['Verbinder=class', 'gemeente=interface', 'Ontwerper=class']);
    });

    it('shows the holders of each role in the outline', async () => {
        const [root] = await ws.services.regioscan.lsp.DocumentSymbolProvider!.getSymbols(scan(), { textDocument: { uri: scan().uri.toString() } });
        const symbols = root.children ?? [];
        const block = symbols.find(s => s.name === 'rolhouders');
        expect(block?.children?.map(c => `${c.name}: ${c.detail}`)).toEqual([
            'Verbinder: partij gemeente · beleidsadviseur onderwijs, projectleider',
            'Ontwerper: niemand'
        ]);
        expect(symbols.filter(s => s.name.startsWith('thema') || s.name.startsWith('gebied')).map(s => s.name))
            .toEqual(['thema passend_onderwijs', 'gebied jeugdhulpregio']);
    });
});
