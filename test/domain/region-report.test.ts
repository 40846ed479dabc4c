import { beforeAll, describe, expect, it } from 'vitest';
import { buildRegionReport } from '../../src/domain/region-report.js';
import { RegionReportSchema, type RegionReport } from '../../src/domain/report-model.js';
import type { TestWorkspace } from '../helpers/workspace.js';
import { fixtureWorkspace, inputOf } from './report-fixtures.js';

let ws: TestWorkspace;
const report = (name: string): RegionReport => {
    const { model, scan } = inputOf(ws, name);
    return buildRegionReport(model, scan);
};

beforeAll(async () => {
    ws = await fixtureWorkspace();
});

describe('buildRegionReport', () => {
    it('raises every flag on a scan that deserves each, in role order then process order', () => {
        expect(report('noord.regioscan').flags).toEqual([
            { kind: 'onenigheid', role: 'Ontwerper', min: 1, max: 4, spread: 3 },
            { kind: 'zwak-aanwezig', role: 'Kwartiermaker', mean: 1.5, threshold: 2, suggestions: ['Methode uitbouwen'] },
            // a mean exactly on the second scale point counts as weak
            { kind: 'zwak-aanwezig', role: 'Dirigent', mean: 2, threshold: 2, suggestions: ['Escalatie'] },
            {
                kind: 'partij-ontbreekt', missing: [
                    [{ name: 'swv', label: 'Samenwerkingsverband' }, { name: 'schoolbestuur', label: 'Schoolbestuur' }],
                    [{ name: 'jeugdhulp', label: 'Jeugdhulp/CJG' }]
                ]
            },
            { kind: 'aantal-interviews', count: 2, min: 3, max: 5 },
            { kind: 'doorlooptijd', days: 107, start: '2024-01-15', end: '2024-05-01', deadline: '2024-04-15', maximum: '3 maanden' }
        ]);
    });

    it('raises no flag on a scan within every guideline (spread 1, means above 2, parties met, 3 interviews, 76 days)', () => {
        expect(report('zuid.regioscan').flags).toEqual([]);
    });

    it('scores each respondent in model role order, null for ? and for a role not scored', () => {
        const noord = report('noord.regioscan');
        expect(noord.respondents.map(r => ({ id: r.id, scores: r.scores }))).toEqual([
            {
                id: 'RN1', scores: [
                    { role: 'Ontwerper', value: 1, note: 'Geen visie' }, { role: 'Kwartiermaker', value: 1, note: undefined },
                    { role: 'Verbinder', value: 3, note: undefined }, { role: 'Dirigent', value: 2, note: undefined }
                ]
            },
            {
                id: 'RN2', scores: [
                    { role: 'Ontwerper', value: 4, note: undefined }, { role: 'Kwartiermaker', value: 2, note: undefined },
                    { role: 'Verbinder', value: null, note: undefined }, { role: 'Dirigent', value: null, note: undefined }
                ]
            }
        ]);
        expect(noord.statistics.map(s => [s.role, s.count, s.mean])).toEqual([
            ['Ontwerper', 2, 2.5], ['Kwartiermaker', 2, 1.5], ['Verbinder', 1, 3], ['Dirigent', 1, 2]
        ]);
    });

    it('shows a person\'s name only when the scan says names may be shown', () => {
        const noord = report('noord.regioscan');
        expect(noord.respondents[0]).toMatchObject({ id: 'RN1', party: 'gemeente', partyLabel: 'Gemeente', function: 'Beleidsadviseur onderwijs', interviewDate: '2024-02-01' });
        expect(noord.respondents[0].personName).toBeUndefined();
        expect(JSON.stringify(noord)).not.toContain('Jan Jansen');
        expect(report('zuid.regioscan').respondents.map(r => r.personName)).toEqual(['Piet Pieters', undefined, undefined]);
    });

    it('groups scores by party in model order with the mean per role', () => {
        expect(report('zuid.regioscan').byParty.map(p => [p.party, p.partyLabel, p.roles[1]])).toEqual([
            ['gemeente', 'Gemeente', { role: 'Kwartiermaker', scores: [4], mean: 4 }],
            ['schoolbestuur', 'Schoolbestuur', { role: 'Kwartiermaker', scores: [4], mean: 4 }],
            ['jeugdhulp', 'Jeugdhulp/CJG', { role: 'Kwartiermaker', scores: [3], mean: 3 }]
        ]);
        expect(report('noord.regioscan').byParty).toEqual([{
            party: 'gemeente', partyLabel: 'Gemeente', roles: [
                { role: 'Ontwerper', scores: [1, 4], mean: 2.5 }, { role: 'Kwartiermaker', scores: [1, 2], mean: 1.5 },
                { role: 'Verbinder', scores: [3], mean: 3 }, { role: 'Dirigent', scores: [2], mean: 2 }
            ]
        }]);
    });

    it('lists every model question with the answer if there is one, the use with its prompts, labels of catalogue entries', () => {
        const noord = report('noord.regioscan');
        expect(noord.factsheet).toEqual({
            answers: [
                { question: 'a', text: 'Wat is gerealiseerd?', answer: 'Een gezamenlijk loket in Noord' },
                { question: 'b', text: 'Hoe ziet regie eruit?', answer: undefined }
            ],
            checkedDate: '2024-04-20'
        });
        expect(noord.use).toEqual({ name: 'tussen_domeinen', label: 'Tussen domeinen', description: 'Elke partner scoort' });
        expect(noord.prompts).toEqual([{ name: 'verschillen', text: 'Bespreek verschillen.' }, { name: 'rollen', text: 'Wie doet wat?' }]);
        expect(noord.characteristics).toEqual([{ trait: 'beweging', traitLabel: 'Beweging', value: 'van_onderop', valueLabel: 'Van onderop' }]);
        expect(noord.obstacles).toEqual([{ name: 'systemen', label: 'Systemen passen slecht', note: 'Geen gedeeld dossier' }]);
        expect(noord.handholds).toEqual([{ name: 'lokaal', label: 'Begin lokaal', note: undefined }]);
        expect(noord.advice).toBe('Maak de dirigentrol expliciet in Noord');
        expect(noord.model).toEqual({ name: 'M', version: '1.0', title: 'Testmodel' });
        expect(noord.focus).toEqual({ name: 'po_vo', label: 'PO/VO' });
        expect(report('zuid.regioscan').prompts).toEqual([]);
    });

    it('takes the period from the start and feedback meetings', () => {
        expect(report('noord.regioscan').period).toEqual({ start: '2024-01-15', end: '2024-05-01' });
        expect(report('zuid.regioscan').period).toEqual({ start: '2024-02-15', end: '2024-05-01' });
    });

    it('shows a variant\'s fifth role and leaves out the role that version retires', () => {
        const west = report('west.regioscan');
        expect(west.roles.map(r => r.name)).toEqual(['Ontwerper', 'Kwartiermaker', 'Verbinder', 'Netwerker']);
        expect(west.statistics.map(s => [s.role, s.mean])).toEqual([
            ['Ontwerper', 7 / 3], ['Kwartiermaker', 8 / 3], ['Verbinder', 2], ['Netwerker', 13 / 3]
        ]);
        expect(west.respondents[0].scores.at(-1)).toEqual({ role: 'Netwerker', value: 5, note: 'Kent iedereen in West' });
        // the variant's Verbinder: v2 retired, v3 added
        expect(west.flags).toEqual([
            { kind: 'zwak-aanwezig', role: 'Verbinder', mean: 2, threshold: 2, suggestions: ['Partijen betrekken', 'Overleg structureel maken'] }
        ]);
        expect(west.roles[2]).toEqual({
            name: 'Verbinder', description: 'brengt partners bijeen', competence: 'aansteken',
            actions: [{ name: 'v1', text: 'Partijen betrekken' }, { name: 'v3', text: 'Overleg structureel maken' }]
        });
    });

    it('satisfies the report model schema and survives a JSON round trip unchanged', () => {
        for (const name of ['noord.regioscan', 'zuid.regioscan', 'west.regioscan', 'oost.regioscan']) {
            const built = report(name);
            const json = JSON.parse(JSON.stringify(built));
            expect(RegionReportSchema.parse(json)).toEqual(json);
        }
    });
});
