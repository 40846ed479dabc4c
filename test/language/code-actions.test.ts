import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CodeAction } from 'vscode-languageserver-types';
import { nextRespondentName } from '../../src/language/zelfscan-code-action-provider.js';
import { createTestWorkspace, type TestWorkspace } from '../helpers/workspace.js';
import { applyEdits, FIXTURE } from './lsp-fixture.js';

const MODELS = {
    'regieneming-1.0.zelfscan': readFileSync(path.join(FIXTURE, 'regieneming-1.0.zelfscan'), 'utf8'),
    'regieneming-1.1.zelfscan': readFileSync(path.join(FIXTURE, 'regieneming-1.1.zelfscan'), 'utf8')
};

async function scanWorkspace(scan: string): Promise<TestWorkspace> {
    return createTestWorkspace({ ...MODELS, 's.regioscan': scan });
}

/** The quick fixes for the diagnostics with a code, or for a cursor range, each applied to the scan's text. */
async function fixes(ws: TestWorkspace, code?: string, line?: number): Promise<Array<{ title: string; result: string }>> {
    const document = ws.doc('s.regioscan');
    const diagnostics = ws.diagnostics('s.regioscan').filter(d => code === undefined || (d.data as { code?: string })?.code === code);
    const range = line === undefined ? diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }
        : { start: { line, character: 0 }, end: { line, character: 0 } };
    const actions = await ws.services.regioscan.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() }, range, context: { diagnostics: code === undefined ? [] : diagnostics }
    }) ?? [];
    return (actions as CodeAction[]).map(a => ({
        title: a.title,
        result: applyEdits(document.textDocument.getText(), a.edit?.changes?.[document.uri.toString()] ?? [])
    }));
}

const HEADER = 'regioscan "R" {\n    model Regieneming versie 1.0\n    focus po_vo\n';

describe('quick fixes', () => {
    it('adds the roles a respondent has not scored as `?` lines', async () => {
        const ws = await scanWorkspace(`${HEADER}    respondent R1 partij gemeente {\n        Verbinder 3\n    }\n}\n`);
        expect(await fixes(ws, 'rol-zonder-score')).toEqual([{
            title: "Ontbrekende rol toevoegen met '?' (nog geen oordeel): Ontwerper",
            result: `${HEADER}    respondent R1 partij gemeente {\n        Ontwerper ?\n        Verbinder 3\n    }\n}\n`
        }]);
    });

    it('puts a missing role where the model\'s order puts it, between the scores around it', async () => {
        const header = HEADER.replace('versie 1.0', 'versie 1.1');
        const ws = await scanWorkspace(`${header}    respondent R1 partij gemeente {\n        Dirigent 2\n        Ontwerper 3\n    }\n}\n`);
        expect((await fixes(ws, 'rol-zonder-score'))[0].result).toBe(
            `${header}    respondent R1 partij gemeente {\n        Dirigent 2\n        Ontwerper 3\n        Verbinder ?\n    }\n}\n`);
        const ordered = await scanWorkspace(`${header}    respondent R1 partij gemeente {\n        Ontwerper 3\n        Dirigent 2\n    }\n}\n`);
        expect((await fixes(ordered, 'rol-zonder-score'))[0].result).toBe(
            `${header}    respondent R1 partij gemeente {\n        Ontwerper 3\n        Verbinder ?\n        Dirigent 2\n    }\n}\n`);
    });

    it('opens a one-line respondent block to add roles', async () => {
        const ws = await scanWorkspace(`${HEADER}    respondent R1 partij gemeente { }\n}\n`);
        expect((await fixes(ws, 'rol-zonder-score'))[0].result).toBe(
            `${HEADER}    respondent R1 partij gemeente {\n        Ontwerper ?\n        Verbinder ?\n    }\n}\n`);
    });

    it('adds a respondent skeleton for each party that could satisfy a missing requirement', async () => {
        const ws = await scanWorkspace(`${HEADER}    respondent R1 partij gemeente {\n        Ontwerper 3\n        Verbinder 3\n    }\n}\n`);
        const result = await fixes(ws, 'vereiste-partij-ontbreekt');
        expect(result.map(r => r.title)).toEqual([
            "Respondent R2 toevoegen voor partij swv (scores nog '?')",
            "Respondent R2 toevoegen voor partij schoolbestuur (scores nog '?')",
            "Respondent R2 toevoegen voor partij jeugdhulp (scores nog '?')"
        ]);
        expect(result[2].result).toBe(`${HEADER}    respondent R1 partij gemeente {\n        Ontwerper 3\n        Verbinder 3\n    }\n` +
            '    respondent R2 partij jeugdhulp {\n        Ontwerper ?\n        Verbinder ?\n    }\n}\n');
    });

    it('adds empty answers to the factsheet, or creates the factsheet', async () => {
        const withFactsheet = await scanWorkspace(`${HEADER}    factsheet {\n        antwoord b "x"\n    }\n}\n`);
        expect(await fixes(withFactsheet, 'vraag-onbeantwoord')).toEqual([{
            title: 'Lege antwoorden toevoegen voor vraag a',
            result: `${HEADER}    factsheet {\n        antwoord b "x"\n        antwoord a ""\n    }\n}\n`
        }]);
        const without = await scanWorkspace(`${HEADER}    respondent R1 partij gemeente {\n        Ontwerper 3\n        Verbinder 3\n    }\n    advies "a"\n}\n`);
        expect(await fixes(without, 'vraag-onbeantwoord')).toEqual([{
            title: 'Factsheet maken en lege antwoorden toevoegen voor de vragen a, b',
            result: `${HEADER}    respondent R1 partij gemeente {\n        Ontwerper 3\n        Verbinder 3\n    }\n` +
                '    factsheet {\n        antwoord a ""\n        antwoord b ""\n    }\n    advies "a"\n}\n'
        }]);
    });

    it('replaces a misspelt role, party or model by the closest known name', async () => {
        const ws = await scanWorkspace('regioscan "R" {\n    model Regieneming versie 1.0\n    respondent R1 partij gemeentee {\n        Verbindr 3\n    }\n}\n');
        expect((await fixes(ws, 'linking-error')).map(f => f.title)).toEqual(["Vervang door 'gemeente'", "Vervang door 'Verbinder'"]);
        const all = ws.diagnostics('s.regioscan').filter(d => (d.data as { code?: string }).code === 'linking-error');
        expect(all).toHaveLength(2);
        const document = ws.doc('s.regioscan');
        const actions = await ws.services.regioscan.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: all[1].range, context: { diagnostics: [all[1]] }
        }) as CodeAction[];
        expect(applyEdits(document.textDocument.getText(), actions[0].edit!.changes![document.uri.toString()])).toContain('        Verbinder 3\n');

        const model = await scanWorkspace('regioscan "R" {\n    model Regieneming versie 1.2\n}\n');
        expect(await fixes(model, 'linking-error')).toEqual([{
            title: "Vervang door 'Regieneming versie 1.0'",
            result: 'regioscan "R" {\n    model Regieneming versie 1.0\n}\n'
        }]);
    });

    it('updates a scan to the newest version of its model when everything it uses still exists', async () => {
        const safe = await scanWorkspace(`${HEADER}    respondent R1 partij gemeente {\n        Ontwerper 3\n    }\n}\n`);
        const moved = [{
            title: 'Scan bijwerken naar Regieneming versie 1.1',
            result: `regioscan "R" {\n    model Regieneming versie 1.1\n    focus po_vo\n    respondent R1 partij gemeente {\n        Ontwerper 3\n    }\n}\n`
        }];
        // On the model line, and as the fix of the information that a newer version exists; once, not twice.
        expect(await fixes(safe, undefined, 1)).toEqual(moved);
        expect(await fixes(safe, 'nieuwere-versie')).toEqual(moved);
        expect(await fixes(safe, undefined, 3)).toEqual([]);
        // kinderopvang is retired in 1.1, so moving this scan would break it: offered disabled, with the reason.
        const unsafe = await scanWorkspace(`${HEADER}    respondent R1 partij kinderopvang {\n        Ontwerper 3\n    }\n}\n`);
        const document = unsafe.doc('s.regioscan');
        const [info] = unsafe.diagnostics('s.regioscan').filter(d => (d.data as { code?: string }).code === 'nieuwere-versie');
        const actions = await unsafe.services.regioscan.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: info.range, context: { diagnostics: [info] }
        }) as CodeAction[];
        expect(actions.map(a => [a.title, a.disabled?.reason, a.edit])).toEqual([[
            'Scan bijwerken naar Regieneming versie 1.1',
            "Kan niet: regel 4: Partij 'kinderopvang' is vervallen in Regieneming versie 1.1.",
            undefined
        ]]);
    });

    it('follows a rename when it updates a scan, and replaces an old name by the new one', async () => {
        const ws = await createTestWorkspace({
            ...MODELS,
            'regieneming-1.2.zelfscan': 'model Regieneming versie 1.2 breidt Regieneming versie 1.1 uit {\n    rol Bruggenbouwer was Verbinder { }\n}\n',
            's.regioscan': `${HEADER}    respondent R1 partij gemeente {\n        Verbinder 3 // toelichting\n    }\n}\n`
        });
        expect(await fixes(ws, 'nieuwere-versie')).toEqual([{
            title: 'Scan bijwerken naar Regieneming versie 1.2',
            result: `regioscan "R" {\n    model Regieneming versie 1.2\n    focus po_vo\n    respondent R1 partij gemeente {\n        Bruggenbouwer 3 // toelichting\n    }\n}\n`
        }]);
        const stale = await createTestWorkspace({
            ...MODELS,
            'regieneming-1.2.zelfscan': 'model Regieneming versie 1.2 breidt Regieneming versie 1.1 uit {\n    rol Bruggenbouwer was Verbinder { }\n}\n',
            's.regioscan': 'regioscan "R" {\n    model Regieneming versie 1.2\n    respondent R1 partij gemeente {\n        Verbinder 3\n    }\n}\n'
        });
        expect(await fixes(stale, 'hernoemd-onderdeel')).toEqual([{
            title: "Vervang door 'Bruggenbouwer'",
            result: 'regioscan "R" {\n    model Regieneming versie 1.2\n    respondent R1 partij gemeente {\n        Bruggenbouwer 3\n    }\n}\n'
        }]);
    });

    it('numbers a new respondent after the existing ones', () => {
        expect(nextRespondentName([])).toBe('R1');
        expect(nextRespondentName(['R1', 'R2'])).toBe('R3');
        expect(nextRespondentName(['Z1', 'Z3'])).toBe('Z4');
        expect(nextRespondentName(['anna'])).toBe('R1');
    });
});
