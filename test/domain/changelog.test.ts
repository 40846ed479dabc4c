import { describe, expect, it } from 'vitest';
import { buildChangelog } from '../../src/domain/changelog.js';
import { ChangelogSchema } from '../../src/domain/report-model.js';
import { changelogInput, modelOfDocument } from '../../src/language/report-inputs.js';
import { createTestWorkspace, EXAMPLES, loadFolder } from '../helpers/workspace.js';
import { changeLineText } from '../../src/report/change-texts.js';
import { GOOD_MODEL, extension } from '../language/fixture-texts.js';
import { MODEL_1_0, MODEL_1_1 } from './report-fixtures.js';

describe('buildChangelog', () => {
    it('lists what the example version 1.1 changes relative to 1.0, in model order', async () => {
        const ws = await loadFolder(EXAMPLES);
        const input = changelogInput(ws.doc('model/regieneming-1.1.zelfscan'), ws.services)!;
        const changelog = buildChangelog(input.model, input.base);
        expect(ChangelogSchema.parse(changelog)).toEqual(changelog);
        expect(changelog.model).toEqual({ name: 'Regieneming', version: '1.1', title: 'Zelfscan regieneming onderwijs – jeugdhulp/zorg – gemeente' });
        expect(changelog.base).toEqual({ name: 'Regieneming', version: '1.0', title: 'Zelfscan regieneming onderwijs – jeugdhulp/zorg – gemeente' });
        expect(changelog.changes).toEqual([
            { kind: 'instelling', name: 'bron', change: 'gewijzigd', details: [] },
            { kind: 'role', name: 'Ontwerper', change: 'gewijzigd', details: [{ field: 'actie', change: 'gewijzigd', name: 'kennis_ophalen' }] },
            { kind: 'role', name: 'Kwartiermaker', change: 'gewijzigd', details: [{ field: 'actie', change: 'toegevoegd', name: 'ruimte_teamleden' }] },
            { kind: 'party', name: 'jeugd_ggz', change: 'toegevoegd', details: [] },
            { kind: 'use', name: 'tussen_domeinen', change: 'gewijzigd', details: [{ field: 'reflectie', change: 'toegevoegd', name: 'rollen_verdelen' }] },
            {
                kind: 'obstacle', name: 'belangenverschillen', change: 'gewijzigd', details: [
                    {
                        field: 'benaming', change: 'gewijzigd', before: 'Er zijn belangenverschillen tussen de partners',
                        after: 'Er zijn belangenverschillen tussen de partners en hun doelen blijven los van elkaar staan'
                    },
                    { field: 'omschrijving', change: 'gewijzigd' }
                ]
            },
            { kind: 'obstacle', name: 'losse_doelen', change: 'vervallen', details: [] }
        ]);
    });

    it('reports settings, retired actions and roles, a fifth role and changed requirements of a variant', async () => {
        const ws = await createTestWorkspace({ 'a.zelfscan': MODEL_1_0, 'b.zelfscan': MODEL_1_1 });
        const input = changelogInput(ws.doc('b.zelfscan'), ws.services)!;
        expect(buildChangelog(input.model, input.base).changes).toEqual([
            { kind: 'instelling', name: 'interviews', change: 'gewijzigd', details: [{ field: 'interviews', change: 'gewijzigd', before: '3..5', after: '3..6' }] },
            { kind: 'role', name: 'Verbinder', change: 'gewijzigd', details: [
                { field: 'omschrijving', change: 'gewijzigd' }, { field: 'actie', change: 'toegevoegd', name: 'v3' }, { field: 'actie', change: 'vervallen', name: 'v2' }
            ] },
            { kind: 'role', name: 'Netwerker', change: 'toegevoegd', details: [] },
            { kind: 'role', name: 'Dirigent', change: 'vervallen', details: [] },
            { kind: 'party', name: 'swv', change: 'gewijzigd', details: [{ field: 'benaming', change: 'gewijzigd', before: 'Samenwerkingsverband', after: 'Samenwerkingsverband passend onderwijs' }] },
            { kind: 'party', name: 'jeugd_ggz', change: 'toegevoegd', details: [] },
            {
                kind: 'focus', name: 'po_vo', change: 'gewijzigd',
                details: [{
                    field: 'vereiste-partijen', change: 'gewijzigd',
                    before: 'gemeente, swv | schoolbestuur, jeugdhulp', after: 'gemeente, swv | schoolbestuur, jeugdhulp | jeugd_ggz'
                }]
            },
            { kind: 'obstacle', name: 'systemen', change: 'vervallen', details: [] }
        ]);
    });

    it('reports scale, duration, title and trait value changes', async () => {
        const ws = await createTestWorkspace({
            'a.zelfscan': MODEL_1_0,
            'c.zelfscan': `model M versie 2.0 breidt M versie 1.0 uit {
                titel "Testmodel 2"
                schaal aanwezigheid 1..4 { 1 "Niet" 2 "Soms" 3 "Regelmatig" 4 "Redelijk" }
                doorlooptijd 10 weken
                kenmerk beweging "Beweging" { waarde van_onderop "Vanuit de praktijk" waarde beide "Beide" }
            }`
        });
        const input = changelogInput(ws.doc('c.zelfscan'), ws.services)!;
        expect(buildChangelog(input.model, input.base).changes).toEqual([
            { kind: 'instelling', name: 'titel', change: 'gewijzigd', details: [{ field: 'titel', change: 'gewijzigd', before: 'Testmodel', after: 'Testmodel 2' }] },
            { kind: 'instelling', name: 'schaal', change: 'gewijzigd', details: [
                { field: 'bereik', change: 'gewijzigd', before: '1..5', after: '1..4' },
                { field: 'punt', change: 'gewijzigd', name: '2', before: 'Incidenteel', after: 'Soms' }, { field: 'punt', change: 'vervallen', name: '5' }
            ] },
            { kind: 'instelling', name: 'doorlooptijd', change: 'gewijzigd', details: [{ field: 'doorlooptijd', change: 'gewijzigd', before: { amount: 3, unit: 'maanden' }, after: { amount: 10, unit: 'weken' } }] },
            { kind: 'trait', name: 'beweging', change: 'gewijzigd', details: [
                { field: 'waarde', change: 'gewijzigd', name: 'van_onderop', before: 'Van onderop', after: 'Vanuit de praktijk' },
                { field: 'waarde', change: 'toegevoegd', name: 'beide' }
            ] }
        ]);
    });

    it('counts everything as added for a version without a base, and nothing for a version against itself', async () => {
        const ws = await createTestWorkspace({ 'a.zelfscan': MODEL_1_0 });
        const model = modelOfDocument(ws.doc('a.zelfscan'), ws.services)!;
        const changelog = buildChangelog(model);
        expect(changelog.base).toBeUndefined();
        expect(changelog.changes.slice(0, 8)).toEqual([
            { kind: 'instelling', name: 'titel', change: 'toegevoegd', details: [{ field: 'titel', change: 'toegevoegd', after: 'Testmodel' }] },
            { kind: 'instelling', name: 'schaal', change: 'toegevoegd', details: [{ field: 'schaal', change: 'toegevoegd', after: 'aanwezigheid 1..5' }] },
            { kind: 'instelling', name: 'zwak', change: 'toegevoegd', details: [{ field: 'zwak', change: 'toegevoegd', after: '2' }] },
            { kind: 'instelling', name: 'onenigheid', change: 'toegevoegd', details: [{ field: 'onenigheid', change: 'toegevoegd', after: '2' }] },
            { kind: 'instelling', name: 'afronding', change: 'toegevoegd', details: [{ field: 'afronding', change: 'toegevoegd', after: 'boven' }] },
            { kind: 'instelling', name: 'standaarddeviatie', change: 'toegevoegd', details: [{ field: 'standaarddeviatie', change: 'toegevoegd', after: 'populatie' }] },
            { kind: 'instelling', name: 'interviews', change: 'toegevoegd', details: [{ field: 'interviews', change: 'toegevoegd', after: '3..5' }] },
            { kind: 'instelling', name: 'doorlooptijd', change: 'toegevoegd', details: [{ field: 'doorlooptijd', change: 'toegevoegd', after: { amount: 3, unit: 'maanden' } }] }
        ]);
        expect(changelog.changes.slice(8).map(c => `${c.kind} ${c.name} ${c.change}`)).toEqual([
            'role Ontwerper toegevoegd', 'role Kwartiermaker toegevoegd', 'role Verbinder toegevoegd', 'role Dirigent toegevoegd',
            'party gemeente toegevoegd', 'party swv toegevoegd', 'party schoolbestuur toegevoegd', 'party jeugdhulp toegevoegd',
            'focus po_vo toegevoegd', 'question a toegevoegd', 'question b toegevoegd', 'use tussen_domeinen toegevoegd',
            'obstacle systemen toegevoegd', 'handhold lokaal toegevoegd', 'trait beweging toegevoegd'
        ]);
        expect(buildChangelog(model, model).changes).toEqual([]);
    });

    it('shows a rename as a rename, over two versions too, with the renamed parts and what else changed', async () => {
        const ws = await createTestWorkspace({
            'm.zelfscan': GOOD_MODEL,
            'n.zelfscan': extension([
                '    rol Netwerker was Verbinder {',
                '        actie samen_plezier was plezier "Zorgen dat iedereen plezier heeft"',
                '    }',
                '    partij samenwerkingsverband was swv "Samenwerkingsverband"',
                '    kenmerk richting was beweging "Richting" {',
                '        waarde vanuit_praktijk was van_onderop "Vanuit de praktijk"',
                '    }'
            ].join('\n')),
            'o.zelfscan': extension('    rol Bruggenbouwer was Netwerker { omschrijving "Slaat bruggen" }\n    vraag resultaat was a "Wat is er gerealiseerd?"',
                'model Regieneming versie 1.2 breidt Regieneming versie 1.1 uit')
        });
        const resolved = (file: string) => modelOfDocument(ws.doc(file), ws.services)!;
        const overTwo = buildChangelog(resolved('o.zelfscan'), resolved('m.zelfscan'));
        expect(ChangelogSchema.parse(overTwo)).toEqual(overTwo);
        expect(overTwo.changes).toEqual([
            {
                kind: 'role', name: 'Bruggenbouwer', change: 'hernoemd', before: 'Verbinder', details: [
                    { field: 'omschrijving', change: 'gewijzigd' }, { field: 'actie', change: 'hernoemd', name: 'samen_plezier', before: 'plezier' }
                ]
            },
            {
                kind: 'party', name: 'samenwerkingsverband', change: 'hernoemd', before: 'swv',
                details: [{ field: 'benaming', change: 'gewijzigd', before: 'Samenwerkingsverband passend onderwijs', after: 'Samenwerkingsverband' }]
            },
            { kind: 'question', name: 'resultaat', change: 'hernoemd', before: 'a', details: [] },
            {
                kind: 'trait', name: 'richting', change: 'hernoemd', before: 'beweging', details: [
                    { field: 'benaming', change: 'gewijzigd', before: 'Beweging', after: 'Richting' },
                    { field: 'waarde', change: 'hernoemd', name: 'vanuit_praktijk', before: 'van_onderop' },
                    { field: 'waarde', change: 'gewijzigd', name: 'vanuit_praktijk', before: 'Van onderop', after: 'Vanuit de praktijk' }
                ]
            }
        ]);
        // One step: only what 1.2 itself renames.
        expect(buildChangelog(resolved('o.zelfscan'), resolved('n.zelfscan')).changes.map(c => changeLineText(c, 'nl'))).toEqual([
            'Bruggenbouwer hernoemd (was Netwerker): omschrijving gewijzigd',
            'resultaat hernoemd (was a)'
        ]);
        expect(overTwo.changes.map(c => changeLineText(c, 'en'))).toEqual([
            'Bruggenbouwer renamed (was Verbinder): description changed; action plezier renamed to samen_plezier',
            'samenwerkingsverband renamed (was swv): label changed: "Samenwerkingsverband passend onderwijs" → "Samenwerkingsverband"',
            'resultaat renamed (was a)',
            'richting renamed (was beweging): label changed: "Beweging" → "Richting"; value van_onderop renamed to vanuit_praktijk; '
                + 'value vanuit_praktijk changed: "Van onderop" → "Vanuit de praktijk"'
        ]);
    });

    it('words every detail in English without Dutch', async () => {
        const ws = await createTestWorkspace({ 'a.zelfscan': MODEL_1_0, 'b.zelfscan': MODEL_1_1 });
        const input = changelogInput(ws.doc('b.zelfscan'), ws.services)!;
        expect(buildChangelog(input.model, input.base).changes.map(c => changeLineText(c, 'en'))).toEqual([
            'interviews changed: 3..5 → 3..6',
            'Verbinder changed: description changed; action v3 added; action v2 retired',
            'Netwerker added',
            'Dirigent retired',
            'swv changed: label changed: "Samenwerkingsverband" → "Samenwerkingsverband passend onderwijs"',
            'jeugd_ggz added',
            'po_vo changed: required parties changed: gemeente, swv | schoolbestuur, jeugdhulp → gemeente, swv | schoolbestuur, jeugdhulp | jeugd_ggz',
            'systemen retired'
        ]);
    });
});
