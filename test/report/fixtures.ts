import type { BlankForm, Changelog, ComparisonReport, RegionReport, ReportLanguage } from '../../src/domain/report-model.js';
import type { TrendReport } from '../../src/domain/trend-report.js';
import type { Report } from './render-output.js';

/**
 * Report models written by hand, as the domain layer would produce them from the base model
 * (examples/model/regieneming-1.0.zelfscan) and a region scan. The statistics are worked out by hand:
 * Ontwerper 4,3,4,2 → mean 3.25, median 3.5, population sd √0.6875 ≈ 0.829; Dirigent 1,2,1 (R3 scored `?`).
 */

const scale = {
    name: 'aanwezigheid',
    min: 1,
    max: 5,
    points: [
        { value: 1, label: 'Niet of nauwelijks aanwezig' },
        { value: 2, label: 'Incidenteel aanwezig' },
        { value: 3, label: 'Regelmatig aanwezig' },
        { value: 4, label: 'Redelijk aanwezig' },
        { value: 5, label: 'Ruim aanwezig' }
    ],
    rules: { weakAtMost: 2, disagreementFrom: 2, rounding: 'boven' as const, deviation: 'populatie' as const }
};

const roles = [
    {
        name: 'Ontwerper',
        description: 'Iemand die \'ziet\' waar samenwerking inhoudelijk iets kan opleveren voor kinderen/gezinnen en die deze visie vertaalt in een praktische aanpak',
        competence: 'Knelpunten inhoudelijk en inventief benaderen, improviseren',
        actions: [
            { name: 'lokale_urgentie', text: 'Lokale urgentie zien op een specifieke, concrete groep of plek' },
            { name: 'kennis_ophalen', text: 'Kennis en ervaringen uit andere regio\'s ophalen en toegankelijk maken' },
            { name: 'oplossing_zien', text: 'Oplossing zien in de vorm van een lokale werkwijze, combinatie of samenwerking' },
            { name: 'oplossing_werkbaar', text: 'Oplossing werkbaar maken in gesprek met diverse partijen en personen' }
        ]
    },
    {
        name: 'Kwartiermaker',
        description: 'Iemand die behulpzame kennis en ideeën inbrengt om de aanpak \'regulier\' te maken in effectieve routines en daarmee een nieuw samenwerk-proces bestendigt',
        competence: 'Zaken efficiënt en effectief structureren en mensen organiseren',
        actions: [
            { name: 'reguliere_methode', text: 'Geïmproviseerde aanpak uitbouwen tot een reguliere methode' },
            { name: 'samenwerkingsroutine', text: 'Stap voor stap een vaste samenwerkingsroutine ontwikkelen' },
            { name: 'team_opzetten', text: 'Vanuit de verschillende partners opzetten van een team dat de verantwoordelijkheid neemt' },
            { name: 'routine_inbedden', text: 'Inbedden en productief maken van een nieuwe routine in de bestaande praktijken' }
        ]
    },
    {
        name: 'Verbinder',
        description: 'Iemand die vanuit enthousiasme (nieuwe) partners bijeenbrengt en een prettig klimaat schept',
        competence: 'Mensen aansteken in hun enthousiasme om samen te werken',
        actions: [
            { name: 'praktijken_toegankelijk', text: 'Praktijken toegankelijk maken voor derden en daarmee opschalen en verbreden (mooie voorbeelden uit een isolement halen)' },
            { name: 'partijen_betrekken', text: 'Identificeren van andere relevante partijen of personen en die erbij betrekken (en het daarmee verbreden van de aanpak)' },
            { name: 'plezier', text: 'Zorgen dat iedereen plezier heeft in samenwerken, persoonlijke en informele kant vorm geven' },
            { name: 'structureel_overleg', text: 'Toewerken naar een structureel overleg tussen de partners' }
        ]
    },
    {
        name: 'Dirigent',
        description: 'Iemand die het netwerk een identiteit geeft (\'smoel\') door partijen in hun kracht te zetten en verticale samenwerking tussen de sturingsniveaus tot stand te brengen',
        competence: 'Partijen bestuurlijk verbinden met oog op de lange termijn',
        actions: [
            { name: 'in_beeld', text: 'Zorgen dat de samenwerking in beeld komt bij verder weg liggende partners (een \'smoel\'), zoals andere gemeenten, regionale partners, landelijke organisaties en de rijksoverheid' },
            { name: 'bestuurlijke_consensus', text: 'Toewerken naar bestuurlijke consensus tussen de betrokken partners (zodat bestuurders ergens trots op kunnen zijn)' },
            { name: 'anticiperen', text: 'Opmerkzaam zijn en anticiperen op knelpunten en die tijdig aanpakken' },
            { name: 'horizontaal_verticaal', text: 'Toezien op de horizontale én op de verticale samenwerking, dus het verbinden van samenwerkingsniveaus op uitvoerend, managerial en bestuurlijk niveau' },
            { name: 'escalatie', text: 'Bij stagnaties die onder de aandacht brengen en zorgen voor escalatie naar bestuurlijk niveau' }
        ]
    }
];

const questions = [
    { name: 'a', text: 'Wat is er gerealiseerd in de samenwerking tussen de partners?' },
    { name: 'b', text: 'Hoe ziet de regieneming er daarbij uit?' },
    { name: 'c', text: 'Wat zijn daarin opvallende kenmerken?' },
    { name: 'd', text: 'In hoeverre en hoe worden de vier rollen uit het model vervuld?' }
];

const model = { name: 'Regieneming', version: '1.0', title: 'Zelfscan regieneming onderwijs – jeugdhulp/zorg – gemeente' };

function scores(ontwerper: number | null, kwartiermaker: number | null, verbinder: number | null, dirigent: number | null) {
    return [
        { role: 'Ontwerper', value: ontwerper },
        { role: 'Kwartiermaker', value: kwartiermaker },
        { role: 'Verbinder', value: verbinder },
        { role: 'Dirigent', value: dirigent }
    ];
}

export const regionReport: RegionReport = {
    kind: 'regio',
    region: 'Regio Noord',
    model,
    focus: { name: 'po_vo', label: 'Ondersteuning van kinderen in primair of voortgezet onderwijs' },
    theme: { name: 'passend_onderwijs', label: 'Passend onderwijs' },
    area: { name: 'jeugdhulpregio', label: 'Jeugdhulpregio' },
    period: { start: '2024-01-15', end: '2024-04-22' },
    scale,
    roles,
    respondents: [
        {
            id: 'R1', party: 'gemeente', partyLabel: 'Gemeente', function: 'Beleidsadviseur onderwijs', interviewDate: '2024-02-05',
            scores: [
                { role: 'Ontwerper', value: 4, note: 'Zag de urgentie rond thuiszitters als eerste en bracht de partijen bij elkaar.' },
                { role: 'Kwartiermaker', value: 3 }, { role: 'Verbinder', value: 2 }, { role: 'Dirigent', value: 1 }
            ]
        },
        { id: 'R2', party: 'swv', partyLabel: 'Samenwerkingsverband passend onderwijs', function: 'Coördinator passend onderwijs', interviewDate: '2024-02-07', scores: scores(3, 3, 4, 2) },
        {
            id: 'R3', party: 'jeugdhulp', partyLabel: 'Jeugdhulp/CJG', function: 'Teamleider jeugdhulp', interviewDate: '2024-02-12',
            scores: [
                { role: 'Ontwerper', value: 4 }, { role: 'Kwartiermaker', value: 2 }, { role: 'Verbinder', value: 3 },
                { role: 'Dirigent', value: null, note: 'Kon de bestuurlijke kant niet beoordelen.' }
            ]
        },
        { id: 'R4', party: 'schoolbestuur', partyLabel: 'Schoolbestuur', function: 'Bestuurder', interviewDate: '2024-02-20', scores: scores(2, 3, 4, 1) }
    ],
    statistics: [
        { role: 'Ontwerper', count: 4, mean: 3.25, median: 3.5, min: 2, max: 4, spread: 2, standardDeviation: 0.82915619758885, roundedMean: 3, meanLabel: 'Regelmatig aanwezig' },
        { role: 'Kwartiermaker', count: 4, mean: 2.75, median: 3, min: 2, max: 3, spread: 1, standardDeviation: 0.4330127018922193, roundedMean: 3, meanLabel: 'Regelmatig aanwezig' },
        { role: 'Verbinder', count: 4, mean: 3.25, median: 3.5, min: 2, max: 4, spread: 2, standardDeviation: 0.82915619758885, roundedMean: 3, meanLabel: 'Regelmatig aanwezig' },
        { role: 'Dirigent', count: 3, mean: 4 / 3, median: 1, min: 1, max: 2, spread: 1, standardDeviation: 0.4714045207910317, roundedMean: 1, meanLabel: 'Niet of nauwelijks aanwezig' }
    ],
    roleHolders: [
        { role: 'Ontwerper', state: 'houders', holders: [{ party: 'swv', partyLabel: 'Samenwerkingsverband passend onderwijs', function: 'directeur' }, { function: 'projectleider thuiszitters' }] },
        { role: 'Kwartiermaker', state: 'houders', holders: [{ party: 'gemeente', partyLabel: 'Gemeente' }] },
        { role: 'Verbinder', state: 'niet-vastgelegd', holders: [] },
        { role: 'Dirigent', state: 'niemand', holders: [] }
    ],
    byParty: [
        { party: 'gemeente', partyLabel: 'Gemeente', roles: [{ role: 'Ontwerper', scores: [4], mean: 4 }, { role: 'Kwartiermaker', scores: [3], mean: 3 }, { role: 'Verbinder', scores: [2], mean: 2 }, { role: 'Dirigent', scores: [1], mean: 1 }] },
        { party: 'swv', partyLabel: 'Samenwerkingsverband passend onderwijs', roles: [{ role: 'Ontwerper', scores: [3], mean: 3 }, { role: 'Kwartiermaker', scores: [3], mean: 3 }, { role: 'Verbinder', scores: [4], mean: 4 }, { role: 'Dirigent', scores: [2], mean: 2 }] },
        { party: 'jeugdhulp', partyLabel: 'Jeugdhulp/CJG', roles: [{ role: 'Ontwerper', scores: [4], mean: 4 }, { role: 'Kwartiermaker', scores: [2], mean: 2 }, { role: 'Verbinder', scores: [3], mean: 3 }, { role: 'Dirigent', scores: [], mean: null }] },
        { party: 'schoolbestuur', partyLabel: 'Schoolbestuur', roles: [{ role: 'Ontwerper', scores: [2], mean: 2 }, { role: 'Kwartiermaker', scores: [3], mean: 3 }, { role: 'Verbinder', scores: [4], mean: 4 }, { role: 'Dirigent', scores: [1], mean: 1 }] }
    ],
    flags: [
        { kind: 'onenigheid', role: 'Ontwerper', min: 2, max: 4, spread: 2 },
        { kind: 'onenigheid', role: 'Verbinder', min: 2, max: 4, spread: 2 },
        { kind: 'zwak-aanwezig', role: 'Dirigent', mean: 4 / 3, threshold: 2, suggestions: roles[3]!.actions.map(action => action.text) },
        { kind: 'geen-houder', role: 'Dirigent' },
        { kind: 'doorlooptijd', days: 98, start: '2024-01-15', end: '2024-04-22', deadline: '2024-04-15', maximum: '3 maanden' }
    ],
    characteristics: [
        { trait: 'beweging', traitLabel: 'Beweging van de samenwerking', value: 'van_onderop', valueLabel: 'Van onderop, vanuit praktijken bij scholen en jeugdhulp-/zorgaanbieders' },
        { trait: 'congruentie', traitLabel: 'Werkgebieden van de partners', value: 'discongruent', valueLabel: 'Discongruent: de werkgebieden overlappen en verschillen' },
        { trait: 'schaalniveau', traitLabel: 'Schaal van de samenwerking', value: 'subregio', valueLabel: 'Een subregio' }
    ],
    obstacles: [
        { name: 'belangenverschillen', label: 'Er zijn belangenverschillen tussen de partners', note: 'Vooral rond de bekostiging van onderwijszorgarrangementen.' },
        { name: 'geen_traditie', label: 'Er is geen traditie van samenwerking in de regio' }
    ],
    handholds: [
        { name: 'groepje_trekkers', label: 'Arrangeer een groepje trekkers', note: 'De drie trekkers uit gemeente, SWV en jeugdhulp kennen elkaar goed.' }
    ],
    factsheet: {
        answers: [
            { question: questions[0]!.name, text: questions[0]!.text, answer: 'Een gezamenlijk thuiszittersoverleg dat elke maand bijeenkomt.\nDaarnaast een gedeelde aanmeldroute voor onderwijszorgarrangementen.' },
            { question: questions[1]!.name, text: questions[1]!.text, answer: 'De regie ligt bij een kleine kerngroep van drie trekkers.' },
            { question: questions[2]!.name, text: questions[2]!.text, answer: 'De samenwerking is van onderop ontstaan, vanuit twee scholen voor voortgezet onderwijs.' },
            { question: questions[3]!.name, text: questions[3]!.text }
        ],
        checkedDate: '2024-03-28'
    },
    advice: 'Beleg de rol van dirigent expliciet, bijvoorbeeld bij de wethouder onderwijs.\n\nBouw het thuiszittersoverleg uit tot een vaste routine & leg de afspraken vast.',
    use: { name: 'tussen_domeinen', label: 'Tussen de domeinen in de regio', description: 'Breng de partners in jouw regio bij elkaar en laat elke partner afzonderlijk een score geven.' },
    prompts: [{ name: 'overeenkomsten_verschillen', text: 'Bespreek de overeenkomsten en verschillen.' }]
};

function stat(role: string, count: number, mean: number | null, min: number | null, max: number | null) {
    return {
        role, count, mean, median: mean, min, max,
        spread: min === null || max === null ? null : max - min,
        standardDeviation: mean === null ? null : 0.5,
        roundedMean: mean === null ? null : Math.round(mean),
        meanLabel: mean === null ? null : scale.points[Math.round(mean) - 1]!.label
    };
}

export const comparisonReport: ComparisonReport = {
    kind: 'vergelijking',
    anonymous: false,
    model: { name: 'Regieneming' },
    roles: ['Ontwerper', 'Kwartiermaker', 'Verbinder', 'Dirigent'],
    partialRoles: ['Evaluator'],
    scale,
    regions: [
        {
            label: 'Regio Noord', model: { name: 'Regieneming', version: '1.0' }, focus: 'Ondersteuning van kinderen in primair of voortgezet onderwijs', respondentCount: 4,
            statistics: [stat('Ontwerper', 4, 3.25, 2, 4), stat('Kwartiermaker', 4, 2.75, 2, 3), stat('Verbinder', 4, 3.25, 2, 4), stat('Dirigent', 3, 4 / 3, 1, 2)]
        },
        {
            label: 'Regio Zuidoost', model: { name: 'Regieneming', version: '1.0' }, focus: 'Ondersteuning van 0- tot 6-jarigen', respondentCount: 5,
            statistics: [stat('Ontwerper', 5, 2.4, 2, 3), stat('Kwartiermaker', 5, 4.2, 4, 5), stat('Verbinder', 5, 3.8, 3, 5), stat('Dirigent', 5, 3, 2, 4)]
        },
        {
            label: 'Regio West', model: { name: 'Regieneming', version: '1.0' }, focus: 'Ondersteuning van kinderen in primair of voortgezet onderwijs', respondentCount: 3,
            statistics: [stat('Ontwerper', 3, 4, 4, 4), stat('Kwartiermaker', 3, 1.6666666666666667, 1, 2), stat('Verbinder', 3, 2, 1, 3), stat('Dirigent', 0, null, null, null)]
        }
    ],
    roleHolders: {
        regionCount: 3,
        roles: [
            { role: 'Ontwerper', nobody: 0, held: 3, unrecorded: 0, nobodyIn: [] },
            { role: 'Kwartiermaker', nobody: 1, held: 1, unrecorded: 1, nobodyIn: ['Regio West'] },
            { role: 'Verbinder', nobody: 0, held: 2, unrecorded: 1, nobodyIn: [] },
            { role: 'Dirigent', nobody: 2, held: 0, unrecorded: 1, nobodyIn: ['Regio Noord', 'Regio West'] }
        ]
    }
};

/** Five regions; per role the number of regions whose rounded mean is each scale point (they add up to five). */
export const anonymousComparisonReport: ComparisonReport = {
    ...comparisonReport,
    anonymous: true,
    regions: [],
    roleHolders: {
        regionCount: 5,
        roles: [
            { role: 'Ontwerper', nobody: 0, held: 4, unrecorded: 1 },
            { role: 'Kwartiermaker', nobody: 1, held: 3, unrecorded: 1 },
            { role: 'Verbinder', nobody: 0, held: 4, unrecorded: 1 },
            { role: 'Dirigent', nobody: 3, held: 1, unrecorded: 1 }
        ]
    },
    anonymity: {
        minimumGroupSize: 5,
        regionCount: 5,
        distributions: [
            { role: 'Ontwerper', bands: [0, 1, 2, 2, 0].map((regions, index) => ({ value: index + 1, regions })), unscored: 0 },
            { role: 'Kwartiermaker', bands: [0, 2, 1, 1, 1].map((regions, index) => ({ value: index + 1, regions })), unscored: 0 },
            { role: 'Verbinder', bands: [0, 1, 3, 1, 0].map((regions, index) => ({ value: index + 1, regions })), unscored: 0 },
            { role: 'Dirigent', bands: [2, 1, 1, 0, 0].map((regions, index) => ({ value: index + 1, regions })), unscored: 1 }
        ]
    }
};

/**
 * Three rounds of one region, the last on a version that renamed Verbinder to Bruggenbouwer and added Evaluator.
 * Changes are the mean minus the round before's; flags by the scale's rules (weak at 2 or lower, disagreement
 * from a spread of 2). Dirigent had no score in 2023, so it has no change in 2024.
 */
function round(count: number, mean: number | null, before: number | null, disagreement: boolean) {
    return { count, mean, change: mean === null || before === null ? null : mean - before, disagreement, weak: mean !== null && mean <= 2 };
}

export const trendReport: TrendReport = {
    kind: 'ontwikkeling',
    region: 'Regio Noord',
    model: { name: 'Regieneming' },
    scale,
    rounds: [
        { label: '2023', model: { name: 'Regieneming', version: '1.0' }, period: { start: '2023-01-16', end: '2023-04-03' }, respondentCount: 3 },
        { label: '2024', model: { name: 'Regieneming', version: '1.0' }, period: { start: '2024-01-15', end: '2024-04-22' }, respondentCount: 4 },
        { label: '2025', model: { name: 'Regieneming', version: '1.2' }, period: { start: '2025-01-13' }, respondentCount: 4 }
    ],
    roles: [
        { role: 'Ontwerper', rounds: [round(3, 3, null, false), round(4, 3.25, 3, true), round(4, 3.75, 3.25, false)] },
        { role: 'Kwartiermaker', rounds: [round(3, 3, null, true), round(4, 2.75, 3, false), round(4, 2.5, 2.75, false)] },
        { role: 'Bruggenbouwer', rounds: [round(3, 2, null, false), round(4, 3.25, 2, true), round(4, 3.25, 3.25, false)] },
        { role: 'Dirigent', rounds: [round(0, null, null, false), round(3, 4 / 3, null, false), round(4, 2.25, 4 / 3, true)] }
    ],
    partialRoles: ['Evaluator']
};

export const blankForm: BlankForm = {
    kind: 'formulier',
    model,
    sourceText: 'AEF, Regieneming in de samenwerking tussen onderwijs, jeugdhulp en gemeenten (november 2023), bijlage 1; flyer Quickscan regieneming in de samenwerking (Met Andere Ogen)',
    scale,
    roles,
    uses: [
        { name: 'individueel', label: 'Individueel', description: 'Gebruik de score als een spiegel voor jezelf. Kijk naar de invulling van de verschillende rollen in jouw regio.', prompts: [{ name: 'zelf_doen', text: 'Wat kun je zelf doen en waar heb je anderen voor nodig?' }] },
        { name: 'informeel', label: 'In informeel verband', description: 'Zoek een vertrouwenspersoon in de regio op. Vul samen de tabel in.', prompts: [{ name: 'knelpunten_kansen', text: 'Waar zitten de grootste knelpunten en kansen?' }] },
        { name: 'tussen_domeinen', label: 'Tussen de domeinen in de regio', description: 'Breng de partners in jouw regio bij elkaar en laat elke partner afzonderlijk een score geven.', prompts: [{ name: 'overeenkomsten_verschillen', text: 'Bespreek de overeenkomsten en verschillen.' }] },
        {
            name: 'tussen_regios', label: 'Tussen betrokkenen uit verschillende regio\'s', description: 'Breng de verschillende personen bij elkaar. Laat elke consultant diens eigen regio scoren.',
            prompts: [{ name: 'vergelijken_delen', text: 'Vergelijk de uitkomsten en deel die.' }, { name: 'aanpakken', text: 'Bespreek aanpakken.' }]
        }
    ],
    questions
};

export const changelog: Changelog = {
    kind: 'changelog',
    model: { name: 'Regieneming', version: '1.1', title: model.title },
    base: model,
    changes: [
        { kind: 'instelling', name: 'interviews', change: 'gewijzigd', details: [{ field: 'interviews', change: 'gewijzigd', before: '3..5', after: '4..6' }] },
        { kind: 'instelling', name: 'doorlooptijd', change: 'gewijzigd', details: [{ field: 'doorlooptijd', change: 'gewijzigd', before: { amount: 3, unit: 'maanden' }, after: { amount: 10, unit: 'weken' } }] },
        {
            kind: 'role', name: 'Verbinder', change: 'gewijzigd',
            details: [{ field: 'omschrijving', change: 'gewijzigd' }, { field: 'actie', change: 'toegevoegd', name: 'netwerk_onderhouden' }]
        },
        {
            kind: 'role', name: 'Bruggenbouwer', change: 'hernoemd', before: 'Netwerker',
            details: [{ field: 'actie', change: 'hernoemd', name: 'bruggen_slaan', before: 'verbinden' }]
        },
        { kind: 'party', name: 'leerplicht', change: 'toegevoegd', details: [] },
        {
            kind: 'focus', name: 'po_vo', change: 'gewijzigd', details: [{
                field: 'vereiste-partijen', change: 'gewijzigd',
                before: 'gemeente, swv | schoolbestuur, jeugdhulp', after: 'gemeente, swv | schoolbestuur, jeugdhulp | leerplicht'
            }]
        },
        { kind: 'question', name: 'e', change: 'toegevoegd', details: [] },
        {
            kind: 'obstacle', name: 'versnipperd', change: 'hernoemd', before: 'gefragmenteerd_veld',
            details: [{ field: 'benaming', change: 'gewijzigd', before: 'Het veld is gefragmenteerd', after: 'Het veld is versnipperd' }]
        },
        { kind: 'handhold', name: 'bewezen_methodiek', change: 'vervallen', details: [] },
        { kind: 'use', name: 'informeel', change: 'vervallen', details: [] }
    ]
};

/** Everything an attacker (or a careless copy-paste) could put in a text field. */
export const PAYLOADS = [
    '<script>window.__pwned=1</script>',
    '<img src=x onerror="window.__pwned=1">',
    '"><svg onload=window.__pwned=1>',
    '\'><iframe src="https://example.invalid/"></iframe>',
    '| pipes |',
    '**markdown** _em_ [link](https://example.invalid) ![img](x.png) `code`',
    '# heading\n- list\n1. ordered\n> quote',
    '&lt;entity&gt; &amp; \\ backslash'
] as const;

let counter = 0;
/** Every hostile field holds all payloads and a unique tag, so that headings stay distinct. */
export function hostile(): string {
    counter++;
    return `${PAYLOADS.join('\n')} #${counter}`;
}

function hostileRegionReport(): RegionReport {
    const roleNames = [hostile(), hostile(), hostile(), hostile()];
    const text = hostile;
    const hostileRoles = roleNames.map(name => ({ name, description: text(), competence: text(), actions: [{ name: text(), text: text() }, { name: text(), text: text() }] }));
    const hostileScale = { name: text(), min: 1, max: 5, points: scale.points.map(point => ({ value: point.value, label: text() })), rules: scale.rules };
    const respondent = (values: (number | null)[]) => ({
        id: text(), party: text(), partyLabel: text(), function: text(), personName: text(), interviewDate: '2024-02-05',
        scores: roleNames.map((role, index) => ({ role, value: values[index]!, note: text() }))
    });
    return {
        kind: 'regio',
        region: text(),
        model: { name: text(), version: text(), title: text() },
        focus: { name: text(), label: text() },
        theme: { name: text(), label: text() },
        area: { name: text(), label: text() },
        period: { start: '2024-01-15', end: '2024-04-22' },
        scale: hostileScale,
        roles: hostileRoles,
        respondents: [respondent([4, 3, 2, 1]), respondent([3, 3, 4, null])],
        statistics: roleNames.map(role => ({ role, count: 2, mean: 2.5, median: 2.5, min: 2, max: 3, spread: 1, standardDeviation: 0.5, roundedMean: 3, meanLabel: text() })),
        roleHolders: roleNames.map((role, index) => index === 3 ? { role, state: 'niemand' as const, holders: [] }
            : { role, state: 'houders' as const, holders: [{ party: text(), partyLabel: text(), function: text() }, { function: text() }] }),
        byParty: [{ party: text(), partyLabel: text(), roles: roleNames.map(role => ({ role, scores: [2, 3], mean: 2.5 })) }],
        flags: [
            { kind: 'onenigheid', role: roleNames[0]!, min: 2, max: 4, spread: 2 },
            { kind: 'zwak-aanwezig', role: roleNames[3]!, mean: 1, threshold: 2, suggestions: [text(), text()] },
            { kind: 'partij-ontbreekt', missing: [[{ name: text(), label: text() }, { name: text(), label: text() }], [{ name: text(), label: text() }]] },
            { kind: 'aantal-interviews', count: 2, min: 3, max: 5 },
            { kind: 'doorlooptijd', days: 98, start: '2024-01-15', end: '2024-04-22', deadline: '2024-04-15', maximum: text() },
            { kind: 'geen-houder', role: roleNames[3]! }
        ],
        characteristics: [{ trait: text(), traitLabel: text(), value: text(), valueLabel: text() }],
        obstacles: [{ name: text(), label: text(), note: text() }],
        handholds: [{ name: text(), label: text(), note: text() }],
        factsheet: { answers: [{ question: text(), text: text(), answer: text() }, { question: text(), text: text(), answer: text() }], checkedDate: '2024-03-28' },
        advice: text(),
        use: { name: text(), label: text(), description: text() },
        prompts: [{ name: text(), text: text() }, { name: text(), text: text() }]
    };
}

function hostileComparison(): ComparisonReport {
    const roleNames = [hostile(), hostile()];
    const region = () => ({
        label: hostile(), model: { name: hostile(), version: hostile() }, focus: hostile(), respondentCount: 3,
        statistics: roleNames.map(role => ({ ...stat(role, 3, 3, 2, 4), meanLabel: hostile() }))
    });
    return {
        kind: 'vergelijking', anonymous: false, model: { name: hostile() }, roles: roleNames, partialRoles: [hostile()], scale, regions: [region(), region()],
        roleHolders: { regionCount: 2, roles: roleNames.map(role => ({ role, nobody: 1, held: 1, unrecorded: 0, nobodyIn: [hostile()] })) }
    };
}

function hostileTrend(): TrendReport {
    const rounds = [0, 1].map(() => ({ label: hostile(), model: { name: hostile(), version: hostile() }, period: { start: '2024-01-15', end: '2024-04-22' }, respondentCount: 3 }));
    return {
        kind: 'ontwikkeling', region: hostile(), model: { name: hostile() }, scale: { ...scale, name: hostile(), points: scale.points.map(point => ({ ...point, label: hostile() })) },
        rounds,
        roles: [0, 1].map(() => ({ role: hostile(), rounds: [round(3, 2, null, true), round(3, 3.5, 2, false)] })),
        partialRoles: [hostile(), hostile()]
    };
}

function hostileBlankForm(): BlankForm {
    return {
        kind: 'formulier',
        model: { name: hostile(), version: hostile(), title: hostile() },
        sourceText: hostile(),
        scale: { name: hostile(), min: 1, max: 3, points: [1, 2, 3].map(value => ({ value, label: hostile() })), rules: {} },
        roles: [0, 1].map(() => ({ name: hostile(), description: hostile(), competence: hostile(), actions: [{ name: hostile(), text: hostile() }] })),
        uses: [0, 1].map(() => ({ name: hostile(), label: hostile(), description: hostile(), prompts: [{ name: hostile(), text: hostile() }] })),
        questions: [0, 1].map(() => ({ name: hostile(), text: hostile() }))
    };
}

function hostileChangelog(): Changelog {
    return {
        kind: 'changelog',
        model: { name: hostile(), version: hostile(), title: hostile() },
        base: { name: hostile(), version: hostile() },
        changes: [
            {
                kind: 'role', name: hostile(), change: 'gewijzigd',
                details: [{ field: 'benaming', change: 'gewijzigd', before: hostile(), after: hostile() }, { field: 'actie', change: 'toegevoegd', name: hostile() }]
            },
            { kind: hostile(), name: hostile(), change: 'hernoemd', before: hostile(), details: [{ field: 'waarde', change: 'hernoemd', name: hostile(), before: hostile() }] },
            { kind: 'constructor', name: hostile(), change: 'vervallen', details: [] }
        ]
    };
}

export interface Fixture {
    /** File name stem of the golden files and screenshots. */
    readonly name: string;
    readonly report: Report;
    readonly language: ReportLanguage;
    readonly hostile: boolean;
}

export const fixtures: readonly Fixture[] = [
    { name: 'region-report-nl', report: regionReport, language: 'nl', hostile: false },
    { name: 'region-report-en', report: regionReport, language: 'en', hostile: false },
    { name: 'comparison-nl', report: comparisonReport, language: 'nl', hostile: false },
    { name: 'comparison-en', report: comparisonReport, language: 'en', hostile: false },
    { name: 'comparison-anonymous-nl', report: anonymousComparisonReport, language: 'nl', hostile: false },
    { name: 'comparison-anonymous-en', report: anonymousComparisonReport, language: 'en', hostile: false },
    { name: 'blank-form-nl', report: blankForm, language: 'nl', hostile: false },
    { name: 'blank-form-en', report: blankForm, language: 'en', hostile: false },
    { name: 'changelog-nl', report: changelog, language: 'nl', hostile: false },
    { name: 'changelog-en', report: changelog, language: 'en', hostile: false },
    { name: 'trend-nl', report: trendReport, language: 'nl', hostile: false },
    { name: 'trend-en', report: trendReport, language: 'en', hostile: false },
    { name: 'hostile-region-report', report: hostileRegionReport(), language: 'nl', hostile: true },
    { name: 'hostile-comparison', report: hostileComparison(), language: 'en', hostile: true },
    { name: 'hostile-blank-form', report: hostileBlankForm(), language: 'nl', hostile: true },
    { name: 'hostile-changelog', report: hostileChangelog(), language: 'nl', hostile: true },
    { name: 'hostile-trend', report: hostileTrend(), language: 'en', hostile: true }
];
