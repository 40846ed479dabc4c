import { URI } from 'langium';
import * as path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Location } from 'vscode-languageserver-types';
import { createTestWorkspace, type TestWorkspace } from '../helpers/workspace.js';
import { applyEdits, applyWorkspaceEdit, FIXTURE, loadFixture, positionOf } from './lsp-fixture.js';

function where(location: { uri: string; range: { start: { line: number; character: number } } }): string {
    return `${path.relative(FIXTURE, URI.parse(location.uri).fsPath)}:${location.range.start.line + 1}:${location.range.start.character + 1}`;
}

describe('go to definition, find references, rename across files', () => {
    let ws: TestWorkspace;
    beforeEach(async () => {
        ws = await loadFixture();
    });
    const params = (file: string, needle: string, shift = 0, occurrence = 1) => ({
        textDocument: { uri: ws.doc(file).uri.toString() }, position: positionOf(ws.doc(file), needle, shift, occurrence)
    });
    const lspOf = (file: string) => (file.endsWith('.zelfscan') ? ws.services.zelfscan : ws.services.regioscan).lsp;

    it('goes from a score\'s role, a party and the model line to their declarations in the model files', async () => {
        const definition = async (needle: string) => {
            const links = await lspOf('scans/zuid.regioscan').DefinitionProvider!.getDefinition(ws.doc('scans/zuid.regioscan'), params('scans/zuid.regioscan', needle)) ?? [];
            return links.map(l => where({ uri: l.targetUri, range: l.targetSelectionRange }));
        };
        expect(await definition('Ontwerper 2')).toEqual(['regieneming-1.0.zelfscan:13:9']);
        expect(await definition('Dirigent 1')).toEqual(['regieneming-1.1.zelfscan:3:9']);
        expect(await definition('swv {')).toEqual(['regieneming-1.0.zelfscan:25:12']);
        expect(await definition('Regieneming versie 1.1')).toEqual(['regieneming-1.1.zelfscan:1:7']);
    });

    it('finds every scan that uses a role, through both model versions', async () => {
        const file = 'regieneming-1.0.zelfscan';
        const references: Location[] = await lspOf(file).ReferencesProvider!.findReferences(ws.doc(file),
            { ...params(file, 'rol Verbinder', 4), context: { includeDeclaration: true } });
        expect(references.map(where)).toEqual([
            'regieneming-1.0.zelfscan:18:9',
            'scans/noord.regioscan:8:9', 'scans/noord.regioscan:12:9', 'scans/noord.regioscan:16:9',
            'scans/zuid.regioscan:6:9', 'scans/zuid.regioscan:11:9', 'scans/zuid.regioscan:16:9'
        ]);
    });

    it('finds the retirement in the newer version and the scans as references of a party', async () => {
        const file = 'regieneming-1.0.zelfscan';
        const references: Location[] = await lspOf(file).ReferencesProvider!.findReferences(ws.doc(file),
            { ...params(file, 'partij gemeente', 7), context: { includeDeclaration: false } });
        expect(references.map(where)).toEqual([
            'regieneming-1.0.zelfscan:31:17', 'scans/noord.regioscan:6:26', 'scans/zuid.regioscan:4:26'
        ]);
        const kinderopvang: Location[] = await lspOf(file).ReferencesProvider!.findReferences(ws.doc(file),
            { ...params(file, 'partij kinderopvang', 7), context: { includeDeclaration: false } });
        expect(kinderopvang.map(where)).toEqual(['regieneming-1.1.zelfscan:8:20']);
    });

    it('renames a role from a scan: the declaration and every scan that uses it change', async () => {
        const edit = await lspOf('scans/noord.regioscan').RenameProvider!.rename(ws.doc('scans/noord.regioscan'),
            { ...params('scans/noord.regioscan', 'Verbinder 3'), newName: 'Netwerker' });
        const changed = applyWorkspaceEdit(ws, edit!);
        expect([...changed.keys()].sort()).toEqual(['regieneming-1.0.zelfscan', 'scans/noord.regioscan', 'scans/zuid.regioscan']);
        expect(changed.get('regieneming-1.0.zelfscan')).toBe(ws.doc('regieneming-1.0.zelfscan').textDocument.getText().replace('rol Verbinder', 'rol Netwerker'));
        expect(changed.get('scans/noord.regioscan')).toBe(ws.doc('scans/noord.regioscan').textDocument.getText().replaceAll('Verbinder', 'Netwerker'));
        expect(changed.get('scans/zuid.regioscan')).toBe(ws.doc('scans/zuid.regioscan').textDocument.getText().replaceAll('Verbinder', 'Netwerker'));
    });

    it('renames a party in the focus requirement, the retirement-free scans and the model', async () => {
        const file = 'regieneming-1.0.zelfscan';
        const edit = await lspOf(file).RenameProvider!.rename(ws.doc(file), { ...params(file, 'partij swv', 7), newName: 'samenwerkingsverband' });
        const changed = applyWorkspaceEdit(ws, edit!);
        expect(changed.get(file)).toContain('    partij samenwerkingsverband "Samenwerkingsverband passend onderwijs"\n');
        expect(changed.get(file)).toContain('vereist gemeente, samenwerkingsverband | schoolbestuur, jeugdhulp\n');
        expect(changed.get('scans/noord.regioscan')).toContain('respondent R2 partij samenwerkingsverband {');
        expect(changed.get('scans/zuid.regioscan')).toContain('respondent Z2 partij samenwerkingsverband {');
    });

    it('renames a model: references keep their version', async () => {
        const file = 'regieneming-1.0.zelfscan';
        const edit = await lspOf(file).RenameProvider!.rename(ws.doc(file), { ...params(file, 'Regieneming versie 1.0'), newName: 'Regie' });
        const changed = applyWorkspaceEdit(ws, edit!);
        expect(changed.get(file)).toContain('model Regie versie 1.0 {');
        expect(changed.get('regieneming-1.1.zelfscan')).toContain('model Regieneming versie 1.1 breidt Regie versie 1.0 uit {');
        expect(changed.get('scans/noord.regioscan')).toContain('    model Regie versie 1.0\n');
        expect(changed.has('scans/zuid.regioscan')).toBe(false);
    });

    it('refuses a name that clashes with an item of the same kind, also one that a newer version adds', async () => {
        const rename = (newName: string) => lspOf('scans/noord.regioscan').RenameProvider!.rename(ws.doc('scans/noord.regioscan'),
            { ...params('scans/noord.regioscan', 'Ontwerper 4'), newName });
        await expect(rename('Verbinder')).rejects.toThrow("Er is al een rol 'Verbinder' in Regieneming versie 1.0. Kies een andere naam.");
        await expect(rename('Dirigent')).rejects.toThrow("Er is al een rol 'Dirigent' in Regieneming versie 1.1. Kies een andere naam.");
        const party = lspOf('scans/noord.regioscan').RenameProvider!.rename(ws.doc('scans/noord.regioscan'),
            { ...params('scans/noord.regioscan', 'gemeente'), newName: 'kinderopvang' });
        await expect(party).rejects.toThrow("Er is al een partij 'kinderopvang' in Regieneming versie 1.0. Kies een andere naam.");
    });

    it('refuses a name that is not an identifier or is a keyword', async () => {
        const rename = (newName: string) => lspOf('scans/noord.regioscan').RenameProvider!.rename(ws.doc('scans/noord.regioscan'),
            { ...params('scans/noord.regioscan', 'Ontwerper 4'), newName });
        const message = "is geen geldige naam: begin met een letter of _, gebruik alleen letters, cijfers en _, en geen sleutelwoord zoals 'rol' of 'partij'.";
        await expect(rename('Twee woorden')).rejects.toThrow(`'Twee woorden' ${message}`);
        await expect(rename('1e')).rejects.toThrow(`'1e' ${message}`);
        await expect(rename('respondent')).rejects.toThrow(`'respondent' ${message}`);
        await expect(rename('Ontwerpster')).resolves.toBeDefined();
    });

    it('renames an item that a newer version redeclares in both versions, so the override stays an override', async () => {
        const role = '{\n        omschrijving "o"\n        competentie "c"\n        actie a "a"\n    }';
        const files = {
            'm10.zelfscan': `model M versie 1.0 {\n    schaal s 1..2 {\n        1 "l"\n        2 "h"\n    }\n    rol X ${role}\n    rol Y ${role}\n}\n`,
            'm11.zelfscan': `model M versie 1.1 breidt M versie 1.0 uit {\n    rol X ${role}\n}\n`,
            'oud.regioscan': 'regioscan "Oud" {\n    model M versie 1.0\n    respondent R1 partij p {\n        X 1\n    }\n}\n',
            'nieuw.regioscan': 'regioscan "Nieuw" {\n    model M versie 1.1\n    respondent R1 partij p {\n        X 2\n    }\n}\n'
        };
        const local = await createTestWorkspace(files);
        const scan = local.doc('nieuw.regioscan');
        const edit = await local.services.regioscan.lsp.RenameProvider!.rename(scan,
            { textDocument: { uri: scan.uri.toString() }, position: positionOf(scan, 'X 2'), newName: 'Z' });
        const renamed = Object.fromEntries(Object.entries(edit!.changes!).map(([uri, edits]) => {
            const name = uri.slice(uri.lastIndexOf('/') + 1);
            return [name, applyEdits(files[name as keyof typeof files], edits)];
        }));
        expect(renamed).toEqual({
            'm10.zelfscan': files['m10.zelfscan'].replace('rol X', 'rol Z'),
            'm11.zelfscan': files['m11.zelfscan'].replace('rol X', 'rol Z'),
            'oud.regioscan': files['oud.regioscan'].replace('X 1', 'Z 1'),
            'nieuw.regioscan': files['nieuw.regioscan'].replace('X 2', 'Z 2')
        });
        await expect(local.services.regioscan.lsp.RenameProvider!.rename(scan,
            { textDocument: { uri: scan.uri.toString() }, position: positionOf(scan, 'X 2'), newName: 'Y' }))
            .rejects.toThrow("Er is al een rol 'Y' in M versie 1.1. Kies een andere naam.");
    });
});
