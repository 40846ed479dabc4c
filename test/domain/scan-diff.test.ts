import { describe, expect, it } from 'vitest';
import { diffScans, SCAN_CHANGE_KINDS, ScanChangeSchema, type ScanChange } from '../../src/domain/scan-diff.js';
import { ScanDataSchema, type ScanData } from '../../src/domain/scan-data.js';
import { scanChangeText } from '../../src/report/diff-texts.js';

/** A small but complete scan; each test changes a copy of it. */
const BASE: ScanData = ScanDataSchema.parse({
    region: 'Regio Noord',
    model: { name: 'Regieneming', version: '1.0' },
    focus: 'po_vo',
    use: 'tussen_domeinen',
    traits: [{ trait: 'beweging', value: 'van_onderop' }, { trait: 'congruentie', value: 'congruent' }],
    obstacles: [{ name: 'belangenverschillen', note: 'De jeugd-ggz wil apart bekostigd worden.' }, { name: 'geen_traditie' }],
    handholds: [{ name: 'imperfecte_wereld' }],
    namesVisible: false,
    startDate: '2024-01-15',
    respondents: [
        {
            id: 'R1', party: 'gemeente', function: 'Beleidsadviseur', personName: 'Jan Jansen', interviewDate: '2024-02-01',
            scores: [
                { role: 'Ontwerper', value: 4 }, { role: 'Kwartiermaker', value: 3, note: 'Routines ontbreken.' },
                { role: 'Verbinder', value: 2 }, { role: 'Dirigent', value: null }
            ]
        },
        {
            id: 'R2', party: 'swv', interviewDate: '2024-02-03',
            scores: [{ role: 'Ontwerper', value: 3 }, { role: 'Kwartiermaker', value: 3 }, { role: 'Verbinder', value: 2 }, { role: 'Dirigent', value: 1 }]
        }
    ],
    roleHolders: [],
    factsheet: {
        answers: [{ question: 'a', text: 'Er is een groep opgezet.' }, { question: 'b', text: 'De regie ligt bij de school.' }],
        checkedDate: '2024-03-01'
    },
    advice: 'Zoek een bestuurlijke trekker.',
    feedbackDate: '2024-04-01'
});

/** The diff of BASE against an edited copy, as kind and its Dutch line. */
function diffAfter(edit: (scan: ScanData) => void): Array<[string, string]> {
    const after = structuredClone(BASE);
    edit(after);
    return diffScans(BASE, after).map(change => [change.kind, text(change)]);
}

const text = (change: ScanChange) => scanChangeText(change, 'nl');

function respondent(scan: ScanData, id: string) {
    return scan.respondents.find(r => r.id === id)!;
}

describe('diffScans', () => {
    it('finds nothing between equal scans', () => {
        expect(diffScans(BASE, structuredClone(BASE))).toEqual([]);
    });

    it('names a change of region, model version, focus and use', () => {
        expect(diffAfter(scan => {
            scan.region = 'Regio Noord-West';
            scan.model.version = '1.1';
            scan.focus = 'nul_zes';
            scan.use = undefined;
        })).toEqual([
            ['regio-gewijzigd', 'Regionaam: "Regio Noord" → "Regio Noord-West"'],
            ['model-gewijzigd', 'Model: Regieneming versie 1.0 → Regieneming versie 1.1'],
            ['focus-gewijzigd', 'Focus: po_vo → nul_zes'],
            ['gebruik-verwijderd', 'Gebruik verwijderd (was tussen_domeinen)']
        ]);
        const noFocus = { ...structuredClone(BASE), focus: undefined };
        expect(diffScans(noFocus, BASE).map(text)).toEqual(['Focus toegevoegd: po_vo']);
    });

    it('says whether personal names are shown', () => {
        expect(diffAfter(scan => { scan.namesVisible = true; })).toEqual([
            ['namen-tonen-toegevoegd', 'Namen tonen toegevoegd: de rapporten tonen de namen van respondenten']
        ]);
        const shown = { ...structuredClone(BASE), namesVisible: true };
        expect(diffScans(shown, BASE).map(c => c.kind)).toEqual(['namen-tonen-verwijderd']);
    });

    it('compares trait values by trait', () => {
        expect(diffAfter(scan => {
            scan.traits = [{ trait: 'schaalniveau', value: 'gemeente' }, { trait: 'beweging', value: 'beide' }];
        })).toEqual([
            ['kenmerk-toegevoegd', 'Kenmerk schaalniveau toegevoegd: gemeente'],
            ['kenmerk-gewijzigd', 'Kenmerk beweging: van_onderop → beide'],
            ['kenmerk-verwijderd', 'Kenmerk congruentie verwijderd (was congruent)']
        ]);
    });

    it('lists obstacles and handholds added and removed, and says when a note changed without repeating it', () => {
        expect(diffAfter(scan => {
            scan.obstacles = [{ name: 'belangenverschillen', note: 'Iets anders.' }, { name: 'geen_traditie', note: 'Nieuw.' }, { name: 'losse_doelen' }];
            scan.handholds = [{ name: 'lokale_urgenties' }];
        })).toEqual([
            ['knelpunt-toelichting-gewijzigd', 'Knelpunt belangenverschillen: toelichting gewijzigd'],
            ['knelpunt-toelichting-toegevoegd', 'Knelpunt geen_traditie: toelichting toegevoegd'],
            ['knelpunt-toegevoegd', 'Knelpunt losse_doelen toegevoegd'],
            ['houvast-toegevoegd', 'Houvast lokale_urgenties toegevoegd'],
            ['houvast-verwijderd', 'Houvast imperfecte_wereld verwijderd']
        ]);
        expect(diffAfter(scan => { scan.obstacles[0]!.note = undefined; })).toEqual([
            ['knelpunt-toelichting-verwijderd', 'Knelpunt belangenverschillen: toelichting verwijderd']
        ]);
    });

    it('lists respondents added (with their scores) and removed by id, and not their scores one by one', () => {
        expect(diffAfter(scan => {
            scan.respondents = [respondent(scan, 'R1'), {
                id: 'R3', party: 'jeugdhulp', scores: [{ role: 'Ontwerper', value: 5 }, { role: 'Dirigent', value: null }]
            }, { id: 'R4', party: 'jgz', scores: [] }];
        })).toEqual([
            ['respondent-toegevoegd', 'Respondent R3 toegevoegd (partij jeugdhulp): Ontwerper 5, Dirigent ?'],
            ['respondent-toegevoegd', 'Respondent R4 toegevoegd (partij jgz)'],
            ['respondent-verwijderd', 'Respondent R2 verwijderd (partij swv)']
        ]);
    });

    it('names changes of party, function, interview date, and that the personal name changed without repeating it', () => {
        expect(diffAfter(scan => {
            const r1 = respondent(scan, 'R1');
            r1.party = 'schoolbestuur';
            r1.function = 'Bestuurder';
            r1.personName = 'Piet Pieters';
            r1.interviewDate = '2024-02-02';
            const r2 = respondent(scan, 'R2');
            r2.function = 'Coördinator';
            r2.personName = 'Els';
            r2.interviewDate = undefined;
        })).toEqual([
            ['respondent-partij-gewijzigd', 'Respondent R1, partij: gemeente → schoolbestuur'],
            ['respondent-functie-gewijzigd', 'Respondent R1, functie: "Beleidsadviseur" → "Bestuurder"'],
            ['respondent-naam-gewijzigd', 'Respondent R1, naam gewijzigd'],
            ['interviewdatum-gewijzigd', 'Respondent R1, interview: 2024-02-01 → 2024-02-02'],
            ['respondent-functie-toegevoegd', 'Respondent R2, functie toegevoegd: "Coördinator"'],
            ['respondent-naam-toegevoegd', 'Respondent R2, naam toegevoegd'],
            ['interviewdatum-verwijderd', 'Respondent R2, interview verwijderd (was 2024-02-03)']
        ]);
        const changes = diffScans(BASE, (() => { const s = structuredClone(BASE); respondent(s, 'R1').personName = 'Piet Pieters'; return s; })());
        expect(JSON.stringify(changes)).not.toContain('Jan');
        expect(JSON.stringify(changes)).not.toContain('Piet');
    });

    it('shows scores as old → new, with ? for no judgement, and notes only as changed', () => {
        const after = structuredClone(BASE);
        const r1 = respondent(after, 'R1');
        r1.scores = [
            { role: 'Ontwerper', value: 4, note: 'Sterk.' },
            { role: 'Kwartiermaker', value: 3, note: 'Routines ontbreken nog.' },
            { role: 'Dirigent', value: 4 }
        ];
        respondent(after, 'R2').scores[2]!.value = 3;
        respondent(after, 'R2').scores[3]!.value = null;
        respondent(after, 'R2').scores.push({ role: 'Netwerker', value: 2 });
        const changes = diffScans(BASE, after);
        expect(changes.map(c => [c.kind, text(c)])).toEqual([
            ['score-toelichting-toegevoegd', 'Ontwerper, respondent R1: toelichting toegevoegd'],
            ['score-toelichting-gewijzigd', 'Kwartiermaker, respondent R1: toelichting gewijzigd'],
            ['score-gewijzigd', 'Dirigent, respondent R1: ? → 4'],
            ['score-verwijderd', 'Verbinder, respondent R1 verwijderd (was 2)'],
            ['score-gewijzigd', 'Verbinder, respondent R2: 2 → 3'],
            ['score-gewijzigd', 'Dirigent, respondent R2: 1 → ?'],
            ['score-toegevoegd', 'Netwerker, respondent R2 toegevoegd: 2']
        ]);
        // Scripts get the values themselves; null stands for '?'.
        expect(changes[2]).toEqual({
            kind: 'score-gewijzigd', field: 'score', change: 'gewijzigd', section: 'scores', respondent: 'R1', role: 'Dirigent', before: null, after: 4
        });
        expect(changes[3]).toEqual({
            kind: 'score-verwijderd', field: 'score', change: 'verwijderd', section: 'scores', respondent: 'R1', role: 'Verbinder', before: 2
        });
    });

    it('says which factsheet answers changed without printing them, and compares the check date', () => {
        expect(diffAfter(scan => {
            scan.factsheet = {
                answers: [{ question: 'b', text: 'De regie ligt bij de gemeente.' }, { question: 'c', text: 'Opvallend.' }],
                checkedDate: '2024-03-05'
            };
        })).toEqual([
            ['antwoord-gewijzigd', 'Antwoord b gewijzigd'],
            ['antwoord-toegevoegd', 'Antwoord c toegevoegd'],
            ['antwoord-verwijderd', 'Antwoord a verwijderd'],
            ['toetsdatum-gewijzigd', 'Toetsdatum factsheet: 2024-03-01 → 2024-03-05']
        ]);
        expect(diffAfter(scan => { scan.factsheet = undefined; })).toEqual([
            ['antwoord-verwijderd', 'Antwoord a verwijderd'],
            ['antwoord-verwijderd', 'Antwoord b verwijderd'],
            ['toetsdatum-verwijderd', 'Toetsdatum factsheet verwijderd (was 2024-03-01)']
        ]);
    });

    it('says that the advice changed, and compares the process dates', () => {
        expect(diffAfter(scan => {
            scan.advice = 'Zoek twee bestuurlijke trekkers.';
            scan.startDate = '2024-01-16';
            scan.feedbackDate = undefined;
        })).toEqual([
            ['advies-gewijzigd', 'Advies gewijzigd'],
            ['startgesprek-gewijzigd', 'Startgesprek: 2024-01-15 → 2024-01-16'],
            ['terugkoppeling-verwijderd', 'Terugkoppeling verwijderd (was 2024-04-01)']
        ]);
        const withoutAdvice = { ...structuredClone(BASE), advice: undefined };
        expect(diffScans(withoutAdvice, BASE).map(text)).toEqual(['Advies toegevoegd']);
    });

    it('orders sections as in a scan file, and items by model order when given, removed ones last', () => {
        const before = structuredClone(BASE);
        // Written in another order than the model's.
        respondent(before, 'R1').scores.reverse();
        const after = structuredClone(before);
        for (const score of respondent(after, 'R1').scores) {
            score.value = 5;
        }
        respondent(after, 'R1').scores = respondent(after, 'R1').scores.filter(s => s.role !== 'Verbinder');
        after.advice = 'Anders.';
        after.traits.reverse();
        after.traits[0]!.value = 'discongruent';
        after.traits[1]!.value = 'van_bovenaf';
        const order = { roles: ['Ontwerper', 'Kwartiermaker', 'Verbinder', 'Dirigent'], traits: ['beweging', 'congruentie'] };
        expect(diffScans(before, after, order).map(text)).toEqual([
            'Kenmerk beweging: van_onderop → van_bovenaf',
            'Kenmerk congruentie: congruent → discongruent',
            'Ontwerper, respondent R1: 4 → 5',
            'Kwartiermaker, respondent R1: 3 → 5',
            'Dirigent, respondent R1: ? → 5',
            'Verbinder, respondent R1 verwijderd (was 2)',
            'Advies gewijzigd'
        ]);
        // Without a model: the order of the new file.
        expect(diffScans(before, after).slice(0, 5).map(text)).toEqual([
            'Kenmerk congruentie: congruent → discongruent',
            'Kenmerk beweging: van_onderop → van_bovenaf',
            'Dirigent, respondent R1: ? → 5',
            'Kwartiermaker, respondent R1: 3 → 5',
            'Ontwerper, respondent R1: 4 → 5'
        ]);
    });

    it('gives every change a known kind and satisfies its schema', () => {
        const after = structuredClone(BASE);
        Object.assign(after, { region: 'X', focus: undefined, namesVisible: true, advice: undefined, traits: [], obstacles: [], handholds: [] });
        after.respondents.reverse();
        respondent(after, 'R2').scores[0]!.value = 1;
        const changes: ScanChange[] = [...diffScans(BASE, after), ...diffScans(after, BASE)];
        expect(changes.length).toBeGreaterThan(10);
        for (const change of changes) {
            expect(ScanChangeSchema.parse(change)).toEqual(change);
            expect(SCAN_CHANGE_KINDS).toContain(change.kind);
            expect(change.kind).toBe(`${change.field}-${change.change}`);
        }
    });

    it('keeps the data (field, before, after) in the change, so that it can be worded in English as well', () => {
        const after = structuredClone(BASE);
        Object.assign(after, { region: 'Regio Zuid', focus: undefined, namesVisible: true, advice: 'Anders.', startDate: '2024-01-16' });
        after.model.version = '1.1';
        after.traits[0]!.value = 'beide';
        after.obstacles = [{ name: 'belangenverschillen' }];
        respondent(after, 'R1').function = 'Bestuurder';
        respondent(after, 'R1').personName = undefined;
        respondent(after, 'R1').scores[0]!.value = 5;
        respondent(after, 'R1').scores[1]!.note = undefined;
        after.respondents.push({ id: 'R3', party: 'jgz', scores: [{ role: 'Ontwerper', value: 2 }, { role: 'Dirigent', value: null }] });
        after.factsheet!.answers.pop();
        after.factsheet!.checkedDate = undefined;
        const changes = diffScans(BASE, after);
        expect(changes.find(c => c.field === 'model')).toEqual({
            kind: 'model-gewijzigd', field: 'model', change: 'gewijzigd', section: 'scan',
            before: { name: 'Regieneming', version: '1.0' }, after: { name: 'Regieneming', version: '1.1' }
        });
        expect(changes.find(c => c.field === 'respondent')).toEqual({
            kind: 'respondent-toegevoegd', field: 'respondent', change: 'toegevoegd', section: 'respondenten', respondent: 'R3', party: 'jgz',
            scores: [{ role: 'Ontwerper', value: 2 }, { role: 'Dirigent', value: null }]
        });
        expect(changes.map(c => scanChangeText(c, 'en'))).toEqual([
            'Region name: "Regio Noord" → "Regio Zuid"',
            'Model: Regieneming version 1.0 → Regieneming version 1.1',
            'Focus removed (was po_vo)',
            'Show names added: the reports show the names of respondents',
            'Characteristic beweging: van_onderop → beide',
            'Obstacle belangenverschillen: note removed',
            'Obstacle geen_traditie removed',
            'Respondent R1, position: "Beleidsadviseur" → "Bestuurder"',
            'Respondent R1, name removed',
            'Respondent R3 added (party jgz): Ontwerper 2, Dirigent ?',
            'Ontwerper, respondent R1: 4 → 5',
            'Kwartiermaker, respondent R1: note removed',
            'Answer b removed',
            'Factsheet check date removed (was 2024-03-01)',
            'Advice changed',
            'Start meeting: 2024-01-15 → 2024-01-16'
        ]);
        expect(changes.map(text)[9]).toBe('Respondent R3 toegevoegd (partij jgz): Ontwerper 2, Dirigent ?');
    });
});
