import { describe, expect, it } from 'vitest';
import { buildChangelog } from '../../src/domain/changelog.js';
import { ChangelogSchema } from '../../src/domain/report-model.js';
import { changelogInput, modelOfDocument } from '../../src/language/report-inputs.js';
import { createTestWorkspace, EXAMPLES, loadFolder } from '../helpers/workspace.js';
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
            { kind: 'role', name: 'Ontwerper', change: 'gewijzigd', details: ['actie kennis_ophalen gewijzigd'] },
            { kind: 'role', name: 'Kwartiermaker', change: 'gewijzigd', details: ['actie ruimte_teamleden toegevoegd'] },
            { kind: 'party', name: 'jeugd_ggz', change: 'toegevoegd', details: [] },
            { kind: 'use', name: 'tussen_domeinen', change: 'gewijzigd', details: ['reflectie rollen_verdelen toegevoegd'] },
            {
                kind: 'obstacle', name: 'belangenverschillen', change: 'gewijzigd', details: [
                    'benaming gewijzigd: "Er zijn belangenverschillen tussen de partners" → "Er zijn belangenverschillen tussen de partners en hun doelen blijven los van elkaar staan"',
                    'omschrijving gewijzigd'
                ]
            },
            { kind: 'obstacle', name: 'losse_doelen', change: 'vervallen', details: [] }
        ]);
    });

    it('reports settings, retired actions and roles, a fifth role and changed requirements of a variant', async () => {
        const ws = await createTestWorkspace({ 'a.zelfscan': MODEL_1_0, 'b.zelfscan': MODEL_1_1 });
        const input = changelogInput(ws.doc('b.zelfscan'), ws.services)!;
        expect(buildChangelog(input.model, input.base).changes).toEqual([
            { kind: 'instelling', name: 'interviews', change: 'gewijzigd', details: ['3..5 → 3..6'] },
            { kind: 'role', name: 'Verbinder', change: 'gewijzigd', details: ['omschrijving gewijzigd', 'actie v3 toegevoegd', 'actie v2 vervallen'] },
            { kind: 'role', name: 'Netwerker', change: 'toegevoegd', details: [] },
            { kind: 'role', name: 'Dirigent', change: 'vervallen', details: [] },
            { kind: 'party', name: 'swv', change: 'gewijzigd', details: ['benaming gewijzigd: "Samenwerkingsverband" → "Samenwerkingsverband passend onderwijs"'] },
            { kind: 'party', name: 'jeugd_ggz', change: 'toegevoegd', details: [] },
            {
                kind: 'focus', name: 'po_vo', change: 'gewijzigd',
                details: ['vereiste partijen gewijzigd: gemeente, swv | schoolbestuur, jeugdhulp → gemeente, swv | schoolbestuur, jeugdhulp | jeugd_ggz']
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
            { kind: 'instelling', name: 'titel', change: 'gewijzigd', details: ['"Testmodel" → "Testmodel 2"'] },
            { kind: 'instelling', name: 'schaal', change: 'gewijzigd', details: ['bereik 1..5 → 1..4', 'punt 2 gewijzigd: "Incidenteel" → "Soms"', 'punt 5 vervallen'] },
            { kind: 'instelling', name: 'doorlooptijd', change: 'gewijzigd', details: ['3 maanden → 10 weken'] },
            { kind: 'trait', name: 'beweging', change: 'gewijzigd', details: ['waarde van_onderop gewijzigd: "Van onderop" → "Vanuit de praktijk"', 'waarde beide toegevoegd'] }
        ]);
    });

    it('counts everything as added for a version without a base, and nothing for a version against itself', async () => {
        const ws = await createTestWorkspace({ 'a.zelfscan': MODEL_1_0 });
        const model = modelOfDocument(ws.doc('a.zelfscan'), ws.services)!;
        const changelog = buildChangelog(model);
        expect(changelog.base).toBeUndefined();
        expect(changelog.changes.slice(0, 4)).toEqual([
            { kind: 'instelling', name: 'titel', change: 'toegevoegd', details: ['"Testmodel"'] },
            { kind: 'instelling', name: 'schaal', change: 'toegevoegd', details: ['aanwezigheid 1..5'] },
            { kind: 'instelling', name: 'interviews', change: 'toegevoegd', details: ['3..5'] },
            { kind: 'instelling', name: 'doorlooptijd', change: 'toegevoegd', details: ['3 maanden'] }
        ]);
        expect(changelog.changes.slice(4).map(c => `${c.kind} ${c.name} ${c.change}`)).toEqual([
            'role Ontwerper toegevoegd', 'role Kwartiermaker toegevoegd', 'role Verbinder toegevoegd', 'role Dirigent toegevoegd',
            'party gemeente toegevoegd', 'party swv toegevoegd', 'party schoolbestuur toegevoegd', 'party jeugdhulp toegevoegd',
            'focus po_vo toegevoegd', 'question a toegevoegd', 'question b toegevoegd', 'use tussen_domeinen toegevoegd',
            'obstacle systemen toegevoegd', 'handhold lokaal toegevoegd', 'trait beweging toegevoegd'
        ]);
        expect(buildChangelog(model, model).changes).toEqual([]);
    });
});
