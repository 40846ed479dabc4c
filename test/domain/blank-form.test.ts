import { describe, expect, it } from 'vitest';
import { buildBlankForm } from '../../src/domain/blank-form.js';
import { BlankFormSchema } from '../../src/domain/report-model.js';
import { modelOfDocument } from '../../src/language/report-inputs.js';
import { EXAMPLES, loadFolder } from '../helpers/workspace.js';

describe('buildBlankForm', () => {
    it('carries the resolved example 1.1: inherited scale and questions, changed actions, every use with its prompts', async () => {
        const ws = await loadFolder(EXAMPLES);
        const form = buildBlankForm(modelOfDocument(ws.doc('model/regieneming-1.1.zelfscan'), ws.services)!);
        expect(BlankFormSchema.parse(form)).toEqual(form);
        expect(form.model).toEqual({ name: 'Regieneming', version: '1.1', title: 'Zelfscan regieneming onderwijs – jeugdhulp/zorg – gemeente' });
        expect(form.sourceText).toBe("Regieneming versie 1.0, aangepast na de ontwerpsessie met de deelnemende regio's (voorbeeld)");
        expect(form.scale.points.map(p => `${p.value} ${p.label}`)).toEqual([
            '1 Niet of nauwelijks aanwezig', '2 Incidenteel aanwezig', '3 Regelmatig aanwezig', '4 Redelijk aanwezig', '5 Ruim aanwezig'
        ]);
        expect(form.roles.map(r => [r.name, r.actions.length])).toEqual([['Ontwerper', 4], ['Kwartiermaker', 5], ['Verbinder', 4], ['Dirigent', 5]]);
        expect(form.roles[0].actions[1]).toEqual({ name: 'kennis_ophalen', text: "Kennis en ervaringen uit andere regio's en van deskundigen ophalen en toegankelijk maken" });
        expect(form.roles[1].actions.at(-1)?.name).toBe('ruimte_teamleden');
        expect(form.questions.map(q => q.name)).toEqual(['a', 'b', 'c', 'd']);
        expect(form.uses.map(u => [u.name, u.prompts.map(p => p.name)])).toEqual([
            ['individueel', ['zelf_doen']], ['informeel', ['knelpunten_kansen']],
            ['tussen_domeinen', ['overeenkomsten_verschillen', 'rollen_verdelen']], ['tussen_regios', ['vergelijken_delen', 'aanpakken']]
        ]);
    });
});
