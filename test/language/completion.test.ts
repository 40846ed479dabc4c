import { expectCompletion } from 'langium/test';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompletionItem } from 'vscode-languageserver-types';
import type { TestWorkspace } from '../helpers/workspace.js';
import { fixtureUri, loadFixture } from './lsp-fixture.js';

/** A scan opened next to the fixture's models; `<|>` marks where completion is asked. */
const SCAN_URI = fixtureUri('scans/nieuw.regioscan');

describe('completion', () => {
    let ws: TestWorkspace;
    beforeAll(async () => {
        ws = await loadFixture();
    });

    const complete = (text: string, assert: (items: CompletionItem[]) => void, index = 0) =>
        expectCompletion(ws.services.regioscan)({
            text, index, disposeAfterCheck: true, parseOptions: { documentUri: SCAN_URI },
            assert: list => assert(list.items)
        });

    it('offers model versions as written in a scan, newest first, with the title as detail', async () => {
        await complete('regioscan "R" {\n    model <|>\n}', items => {
            expect(items.map(i => [i.label, i.detail])).toEqual([
                ['Regieneming versie 1.1', 'Zelfscan regieneming, na de ontwerpsessie'],
                ['Regieneming versie 1.0', 'Zelfscan regieneming']
            ]);
            expect(items[0].textEdit?.newText).toBe('Regieneming versie 1.1');
        });
    });

    it('offers the roles of the scan\'s model version with their description, and the respondent keywords', async () => {
        await complete('regioscan "R" {\n    model Regieneming versie 1.1\n    respondent R1 partij gemeente {\n        <|>\n    }\n}', items => {
            expect(items.map(i => [i.label, i.detail])).toEqual([
                ['naam', 'Keyword'],
                ['interview', 'Keyword'],
                ['Ontwerper', 'Ziet waar samenwerking iets kan opleveren'],
                ['Verbinder', 'Brengt partners bijeen'],
                ['Dirigent', 'Geeft het netwerk een identiteit']
            ]);
        });
    });

    it('offers score values with their scale labels after a role name', async () => {
        await complete('regioscan "R" {\n    model Regieneming versie 1.0\n    respondent R1 partij gemeente {\n        Verbinder <|>\n    }\n}', items => {
            expect(items.map(i => i.label)).toEqual([
                '1 · Niet of nauwelijks aanwezig', '2 · Incidenteel aanwezig', '3 · Regelmatig aanwezig',
                '4 · Redelijk aanwezig', '5 · Ruim aanwezig', '? · nog geen oordeel'
            ]);
            expect(items.map(i => i.textEdit?.newText)).toEqual(['1', '2', '3', '4', '5', '?']);
        });
    });

    it('offers parties with their label, retired ones included so validation can explain them', async () => {
        await complete('regioscan "R" {\n    model Regieneming versie 1.0\n    respondent R1 partij <|>\n}', items => {
            expect(items.map(i => `${i.label}: ${i.detail}`)).toEqual([
                'gemeente: Gemeente', 'swv: Samenwerkingsverband passend onderwijs', 'schoolbestuur: Schoolbestuur',
                'jeugdhulp: Jeugdhulp/CJG', 'kinderopvang: Kinderopvang'
            ]);
        });
    });

    it('offers focuses, questions, traits and trait values of the model', async () => {
        await complete('regioscan "R" {\n    model Regieneming versie 1.0\n    focus <|>\n}', items =>
            expect(items.map(i => `${i.label}: ${i.detail}`)).toEqual(['po_vo: Primair en voortgezet onderwijs']));
        await complete('regioscan "R" {\n    model Regieneming versie 1.0\n    factsheet {\n        antwoord <|>\n    }\n}', items =>
            expect(items.map(i => `${i.label}: ${i.detail}`)).toEqual(['a: Wat is er gerealiseerd?', 'b: Hoe ziet de regieneming eruit?']));
        await complete('regioscan "R" {\n    model Regieneming versie 1.0\n    kenmerk <|>\n}', items =>
            expect(items.map(i => `${i.label}: ${i.detail}`)).toEqual(['beweging: Beweging']));
        await complete('regioscan "R" {\n    model Regieneming versie 1.0\n    kenmerk beweging <|>\n}', items =>
            expect(items.map(i => `${i.label}: ${i.detail}`)).toEqual(['van_onderop: Van onderop', 'van_bovenaf: Van bovenaf']));
    });

    it('offers the parties of the model in a focus requirement', async () => {
        await expectCompletion(ws.services.zelfscan)({
            text: 'model Variant versie 1.0 breidt Regieneming versie 1.0 uit {\n    focus f "F" {\n        vereist gemeente, <|>\n    }\n}',
            index: 0, disposeAfterCheck: true, parseOptions: { documentUri: fixtureUri('variant.zelfscan') },
            assert: list => expect(list.items.map(i => i.label)).toEqual(['gemeente', 'swv', 'schoolbestuur', 'jeugdhulp', 'kinderopvang'])
        });
    });
});
