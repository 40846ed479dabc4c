import { describe, expect, it } from 'vitest';
import { resolveModel } from '../../src/domain/resolve-model.js';
import { createTestWorkspace } from '../helpers/workspace.js';
import { GOOD_MODEL, GOOD_SCAN, edit, extension, findings } from './fixture-texts.js';
import { positionOf } from './lsp-fixture.js';

/** The good model as a base, with an extending version 1.1 as the file under test. */
function extensionFindings(members: string) {
    return findings({ 'm.zelfscan': GOOD_MODEL, 'n.zelfscan': extension(members) }, 'n.zelfscan');
}

/** Every kind that can be renamed, each renamed once in one extending version. */
const ALL_RENAMES = [
    '    rol Bruggenbouwer was Verbinder {',
    '        actie samen_plezier was plezier "Zorgen dat iedereen plezier heeft"',
    '    }',
    '    rol Ontwerper {',
    '        actie urgentie_zien was lokale_urgentie "Lokale urgentie zien"',
    '    }',
    '    partij samenwerkingsverband was swv "Samenwerkingsverband passend onderwijs"',
    '    focus po_vo_so was po_vo "Primair, voortgezet en speciaal onderwijs" {',
    '        vereist gemeente, samenwerkingsverband | schoolbestuur, jeugdhulp',
    '    }',
    '    vraag resultaat was a "Wat is er gerealiseerd?"',
    '    gebruik persoonlijk was individueel "Persoonlijk" {',
    '        reflectie zelf was zelf_doen "Wat kun je zelf doen?"',
    '    }',
    '    knelpunt versnipperd was gefragmenteerd_veld "Het veld is versnipperd"',
    '    houvast klein_beginnen was lokaal_beginnen "Begin klein"',
    '    kenmerk richting was beweging "Richting" {',
    '        waarde vanuit_praktijk was van_onderop "Vanuit de praktijk"',
    '    }'
].join('\n');

describe('renames in an extending version', () => {
    it('accept every kind of item and part, and resolve each under its new name in the old place', async () => {
        const ws = await createTestWorkspace({ 'm.zelfscan': GOOD_MODEL, 'n.zelfscan': extension(ALL_RENAMES) });
        expect(ws.diagnostics('n.zelfscan')).toEqual([]);
        const resolved = ws.services.shared.models.ResolvedModels.of(ws.doc('n.zelfscan').parseResult.value as never).resolved;
        expect([...resolved.items.role.keys()]).toEqual(['Ontwerper', 'Bruggenbouwer']);
        const bridge = resolved.items.role.get('Bruggenbouwer')!;
        expect(bridge.description).toBe('Brengt partners bijeen');
        expect(bridge.introducedIn).toEqual({ name: 'Regieneming', version: '1.0' });
        expect(bridge.actions.map(a => a.name)).toEqual(['samen_plezier']);
        expect(resolved.items.role.get('Ontwerper')!.actions.map(a => a.name)).toEqual(['urgentie_zien', 'oplossing_zien']);
        expect([...resolved.items.party.keys()]).toEqual(['gemeente', 'samenwerkingsverband', 'schoolbestuur', 'jeugdhulp']);
        expect([...resolved.items.question.keys()]).toEqual(['resultaat', 'b']);
        expect(resolved.items.use.get('persoonlijk')!.description).toBe('Als spiegel voor jezelf');
        expect(resolved.items.trait.get('richting')!.values.map(v => v.name)).toEqual(['vanuit_praktijk', 'van_bovenaf']);
        expect(resolved.renames.map(r => `${r.kind} ${r.owner ?? ''}:${r.from}→${r.to}`)).toEqual([
            'role :Verbinder→Bruggenbouwer', 'party :swv→samenwerkingsverband', 'focus :po_vo→po_vo_so', 'question :a→resultaat',
            'use :individueel→persoonlijk', 'obstacle :gefragmenteerd_veld→versnipperd', 'handhold :lokaal_beginnen→klein_beginnen',
            'trait :beweging→richting',
            'action Bruggenbouwer:plezier→samen_plezier', 'action Ontwerper:lokale_urgentie→urgentie_zien',
            'prompt persoonlijk:zelf_doen→zelf', 'value richting:van_onderop→vanuit_praktijk'
        ]);
        expect(Object.values(resolved.items).every(map => [...map.values()].every(item => !('renamedFrom' in item)))).toBe(true);
    });

    it('follow a rename of a rename to the current name', () => {
        const def = (version: string, roles: Array<{ name: string; renamedFrom?: string }>, base?: string) => ({
            key: { name: 'M', version }, base: base ? { name: 'M', version: base } : undefined,
            items: { role: roles.map(r => ({ ...r, actions: [], retiredActions: [] })), party: [], focus: [], question: [], use: [], obstacle: [], handhold: [], trait: [], theme: [], area: [] },
            retirements: []
        });
        const resolved = resolveModel([
            def('1.0', [{ name: 'A' }, { name: 'X' }]), def('1.1', [{ name: 'B', renamedFrom: 'A' }], '1.0'), def('1.2', [{ name: 'C', renamedFrom: 'B' }], '1.1')
        ]);
        expect([...resolved.items.role.keys()]).toEqual(['C', 'X']);
        expect([...resolved.renamed.role].map(([old, r]) => `${old}→${r.item.name} (${r.renamedIn.version})`)).toEqual(['A→C (1.1)', 'B→C (1.2)']);
    });

    it('report an old name the base does not know, with the closest match', async () => {
        expect(await extensionFindings('    rol Bruggenbouwer was Verbindr { }')).toEqual([{
            severity: 'error', code: 'linking-error', range: '2:27-2:35',
            message: "De rol 'Verbindr' kan niet hernoemd worden: Regieneming versie 1.0 kent geen rol met die naam. Bedoelt u 'Verbinder'? Bekend: Ontwerper, Verbinder."
        }]);
    });

    it('report an action renamed in a role the base does not have', async () => {
        expect(await extensionFindings('    rol Nieuw {\n        omschrijving "o"\n        competentie "c"\n        actie x was y "x"\n    }')).toEqual([{
            severity: 'error', code: 'linking-error', range: '5:21-5:22',
            message: "De actie 'y' kan niet hernoemd worden: Regieneming versie 1.0 kent geen rol 'Nieuw', dus er is niets geërfd om te hernoemen. Laat 'was y' weg."
        }]);
    });

    it('report a rename in a model that extends nothing', async () => {
        const model = edit(GOOD_MODEL, 'rol Verbinder {', 'rol Bruggenbouwer was Verbinder {');
        expect(await findings({ 'm.zelfscan': model }, 'm.zelfscan')).toEqual([{
            severity: 'error', code: 'linking-error', range: '17:27-17:36',
            message: "'Verbinder' kan niet hernoemd worden: dit model breidt geen andere versie uit. Laat 'was Verbinder' weg of voeg 'breidt <model> versie <versie> uit' toe."
        }]);
    });

    it('report two renames to one name', async () => {
        expect(await extensionFindings('    partij sw was swv "S"\n    partij sw was schoolbestuur "S"')).toEqual([{
            severity: 'error', code: 'hernoeming-ongeldig', range: '3:12-3:14',
            message: "Twee hernoemingen naar 'sw': 'swv' op regel 2 en 'schoolbestuur' hier. Geef elke hernoemde partij een eigen naam."
        }]);
    });

    it('report one name renamed twice', async () => {
        expect(await extensionFindings('    partij sw was swv "S"\n    partij samenwerking was swv "S"')).toEqual([{
            severity: 'error', code: 'hernoeming-ongeldig', range: '3:29-3:32',
            message: "De partij 'swv' is op regel 2 al hernoemd tot 'sw'. Een onderdeel krijgt per versie één nieuwe naam; houd één van beide."
        }]);
    });

    it('report a rename of an item this version retires', async () => {
        expect(await extensionFindings('    vervalt vraag a\n    vraag resultaat was a "Wat?"')).toEqual([{
            severity: 'error', code: 'hernoeming-ongeldig', range: '3:25-3:26',
            message: "De vraag 'a' kan niet hernoemd worden tot 'resultaat': dit model verklaart 'a' ook vervallen. Kies één van beide."
        }]);
    });

    it('report a rename of an item retired in an earlier version', async () => {
        const files = {
            'm.zelfscan': GOOD_MODEL,
            'n.zelfscan': extension('    vervalt knelpunt gefragmenteerd_veld'),
            'o.zelfscan': extension('    knelpunt versnipperd was gefragmenteerd_veld "Versnipperd"',
                'model Regieneming versie 1.2 breidt Regieneming versie 1.1 uit')
        };
        expect(await findings(files, 'o.zelfscan')).toEqual([{
            severity: 'error', code: 'hernoeming-ongeldig', range: '2:30-2:49',
            message: "Het knelpunt 'gefragmenteerd_veld' kan niet hernoemd worden tot 'versnipperd': het is vervallen in Regieneming versie 1.1. Een vervallen onderdeel kan niet hernoemd worden; declareer 'versnipperd' zonder 'was', of breng 'gefragmenteerd_veld' eerst terug."
        }]);
    });

    it('report a rename of a name that was renamed already, and a new name the base has', async () => {
        const files = {
            'm.zelfscan': GOOD_MODEL,
            'n.zelfscan': extension('    rol Bruggenbouwer was Verbinder { }'),
            'o.zelfscan': extension('    rol Netwerker was Verbinder { }\n    rol Bruggenbouwer was Ontwerper { }\n    gebruik individueel "I" { reflectie x was plezier "x" }',
                'model Regieneming versie 1.2 breidt Regieneming versie 1.1 uit')
        };
        expect(await findings(files, 'o.zelfscan')).toEqual([
            {
                severity: 'warning', code: 'rol-onvolledig', range: '2:9-2:18',
                message: "Rol 'Netwerker' mist: omschrijving, competentie, acties. De lege zelfscan en de rapporten tonen deze gegevens bij de rol."
            },
            {
                severity: 'error', code: 'hernoeming-ongeldig', range: '2:23-2:32',
                message: "De rol 'Verbinder' kan niet hernoemd worden tot 'Netwerker': het heet sinds Regieneming versie 1.1 al 'Bruggenbouwer'. Schrijf 'was Bruggenbouwer'."
            },
            {
                severity: 'error', code: 'hernoeming-ongeldig', range: '3:27-3:36',
                message: "De rol 'Ontwerper' kan niet hernoemd worden tot 'Bruggenbouwer': Regieneming versie 1.1 kent al een rol 'Bruggenbouwer'. Kies een naam die nog vrij is."
            },
            {
                severity: 'error', code: 'linking-error', range: '4:47-4:54',
                message: "De reflectievraag 'plezier' kan niet hernoemd worden: Regieneming versie 1.1 kent geen reflectievraag met die naam. Bekend: zelf_doen."
            }
        ]);
    });

    it('warn about a rename to the same name', async () => {
        expect(await extensionFindings('    partij swv was swv "S"')).toEqual([{
            severity: 'warning', code: 'hernoeming-ongeldig', range: '2:20-2:23',
            message: "'was swv' hernoemt niets: de nieuwe naam is de oude. Laat 'was swv' weg."
        }]);
    });
});

describe('scans and renamed items', () => {
    const files = { 'm.zelfscan': GOOD_MODEL, 'n.zelfscan': extension('    rol Bruggenbouwer was Verbinder { }') };

    it('leave a scan of the old version valid, told only that a newer version exists', async () => {
        expect(await findings({ ...files, 's.regioscan': GOOD_SCAN }, 's.regioscan')).toEqual([{
            severity: 'info', code: 'nieuwere-versie', range: '2:11-2:33',
            message: `Er is een nieuwere versie van dit model: Regieneming versie 1.1. 'Scan bijwerken naar Regieneming versie 1.1' of zelfscan migrate --naar "Regieneming versie 1.1" zet de scan over, hernoemingen inbegrepen, als alles wat hij gebruikt daar nog bestaat.`
        }]);
    });

    it('report the old name in a scan of the new version, with the new name', async () => {
        const scan = edit(GOOD_SCAN, 'model Regieneming versie 1.0', 'model Regieneming versie 1.1', '        Verbinder 3\n', '        Bruggenbouwer 3\n');
        expect(await findings({ ...files, 's.regioscan': scan }, 's.regioscan')).toEqual([
            {
                severity: 'error', code: 'hernoemd-onderdeel', range: '17:9-17:18',
                message: "Rol 'Verbinder' heet sinds Regieneming versie 1.1 'Bruggenbouwer'. Schrijf 'Bruggenbouwer'."
            },
            {
                severity: 'error', code: 'hernoemd-onderdeel', range: '22:9-22:18',
                message: "Rol 'Verbinder' heet sinds Regieneming versie 1.1 'Bruggenbouwer'. Schrijf 'Bruggenbouwer'."
            }
        ]);
    });
});

describe('an old name in the editor', () => {
    const newScan = edit(GOOD_SCAN, 'model Regieneming versie 1.0', 'model Regieneming versie 1.1');
    const files = { 'm.zelfscan': GOOD_MODEL, 'n.zelfscan': extension('    rol Bruggenbouwer was Verbinder { }'), 'oud.regioscan': GOOD_SCAN, 'nieuw.regioscan': newScan };

    async function at(file: string, needle: string) {
        const ws = await createTestWorkspace(files);
        const document = ws.doc(file);
        const params = { textDocument: { uri: document.uri.toString() }, position: positionOf(document, needle) };
        const lsp = ws.services.regioscan.lsp;
        const links = await lsp.DefinitionProvider!.getDefinition(document, params) ?? [];
        const hover = await lsp.HoverProvider!.getHoverContent(document, params);
        return {
            definition: links.map(l => `${l.targetUri.split('/').at(-1)}:${l.targetSelectionRange.start.line + 1}:${l.targetSelectionRange.start.character + 1}`),
            hover: (hover?.contents as { value: string } | undefined)?.value
        };
    }

    it('goes to the role of the old version from a scan made against it, and hovers it', async () => {
        expect(await at('oud.regioscan', 'Verbinder 3')).toEqual({
            definition: ['m.zelfscan:17:9'],
            hover: '**Rol Verbinder** · Regieneming versie 1.0\n\nBrengt partners bijeen\n\n*Kerncompetentie:* Mensen aansteken\n\n*Acties:*\n- Zorgen dat iedereen plezier heeft'
        });
    });

    it('goes from the old name in a scan of the new version to the rename', async () => {
        expect(await at('nieuw.regioscan', 'Verbinder 3')).toEqual({ definition: ['n.zelfscan:2:9'], hover: expect.stringContaining('Bruggenbouwer') });
    });
});
