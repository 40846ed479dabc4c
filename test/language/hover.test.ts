import { expectHover } from 'langium/test';
import { beforeAll, describe, it } from 'vitest';
import type { TestWorkspace } from '../helpers/workspace.js';
import { fixtureUri, loadFixture } from './lsp-fixture.js';

const SCAN_URI = fixtureUri('scans/nieuw.regioscan');
const SCAN = `regioscan "R" {
    model Regieneming <|>versie 1.1
    focus <|>po_vo
    kenmerk beweging <|>van_onderop
    respondent R1 partij <|>swv {
        <|>Ontwerper <|>4
        Dirigent 9
    }
    factsheet {
        antwoord <|>a ""
    }
}`;

describe('hover', () => {
    let ws: TestWorkspace;
    beforeAll(async () => {
        ws = await loadFixture();
    });
    const hoverScan = (index: number, hover: string) =>
        expectHover(ws.services.regioscan)({ text: SCAN, index, hover, disposeAfterCheck: true, parseOptions: { documentUri: SCAN_URI } });

    it('shows the model version a scan names, its title and what it extends', () => hoverScan(0,
        '**Model Regieneming versie 1.1**\n\nZelfscan regieneming, na de ontwerpsessie\n\nBreidt Regieneming versie 1.0 uit.'));

    it('shows a focus with its label and the required parties, alternatives included', () => hoverScan(1,
        '**Focus po_vo**: Primair en voortgezet onderwijs · Regieneming versie 1.0\n\n*Vereiste partijen:*\n- gemeente (Gemeente)\n' +
        '- swv (Samenwerkingsverband passend onderwijs) of schoolbestuur (Schoolbestuur)\n- jeugdhulp (Jeugdhulp/CJG)'));

    it('shows a trait value', () => hoverScan(2, '**Waarde van_onderop** van kenmerk beweging: Van onderop'));

    it('shows a party\'s label', () => hoverScan(3, '**Partij swv**: Samenwerkingsverband passend onderwijs · Regieneming versie 1.0'));

    it('shows a role\'s description, competence and actions', () => hoverScan(4,
        '**Rol Ontwerper** · Regieneming versie 1.0\n\nZiet waar samenwerking iets kan opleveren\n\n*Kerncompetentie:* Inventief benaderen\n\n*Acties:*\n- Lokale urgentie zien'));

    it('shows the scale label of a score', () => hoverScan(5,
        '**4 · Redelijk aanwezig**\n\nMate van aanwezigheid van Ontwerper (schaal aanwezigheid, 1 tot en met 5).'));

    it('shows a question', () => hoverScan(6, '**Vraag a**: Wat is er gerealiseerd? · Regieneming versie 1.0'));

    it('shows a use with its prompts and a role in its own model file', async () => {
        const uri = fixtureUri('variant.zelfscan');
        const text = 'model Variant versie 2.0 breidt <|>Regieneming versie 1.0 uit {\n    gebruik <|>samen "Samen" {\n        omschrijving "Met z\'n allen"\n        reflectie r "Wat nu?"\n    }\n}';
        await expectHover(ws.services.zelfscan)({ text, index: 0, hover: '**Model Regieneming versie 1.0**\n\nZelfscan regieneming\n\nBasisversie (breidt geen andere versie uit).', disposeAfterCheck: true, parseOptions: { documentUri: uri } });
        await expectHover(ws.services.zelfscan)({ text, index: 1, hover: '**Gebruik samen**: Samen · Variant versie 2.0\n\nMet z\'n allen\n\n*Reflectievragen:*\n- Wat nu?', disposeAfterCheck: true, parseOptions: { documentUri: uri } });
    });
});
