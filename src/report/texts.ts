import type { DeviationKind, Rounding } from '../domain/model-definition.js';
import type { Flag, ReportLanguage } from '../domain/report-model.js';
import { ITEM_KINDS } from '../domain/model-definition.js';
import { kindLabel } from './item-kind-texts.js';

/**
 * Every fixed text a report shows, in Dutch and English. User content (names, labels, answers) is never
 * translated: it appears as written. Sentences that embed values take them already formatted, so that
 * number formatting stays in one place (format.ts).
 */
export interface ReportTexts {
    readonly product: string;
    readonly notAvailable: string;
    readonly or: string;
    readonly and: string;
    readonly modelVersion: (name: string, version: string) => string;

    // Region report
    readonly regionReport: string;
    readonly focus: string;
    readonly model: string;
    readonly period: string;
    readonly use: string;
    readonly scoresPerRole: string;
    readonly chartTitle: (region: string) => string;
    readonly chartSummary: (role: string, mean: string, min: string, max: string, count: string) => string;
    readonly chartNoScores: (role: string) => string;
    readonly chartLegendMean: string;
    readonly chartLegendRange: string;
    readonly chartLegendScore: string;
    readonly statistics: string;
    readonly statisticsCaption: string;
    readonly role: string;
    readonly count: string;
    /** What n counts, spelled out for the abbreviation's title. */
    readonly countOfScores: string;
    readonly countOfRespondents: string;
    readonly mean: string;
    readonly median: string;
    readonly min: string;
    readonly max: string;
    readonly spread: string;
    readonly standardDeviation: string;
    readonly meanLabel: string;
    readonly respondents: string;
    readonly respondentsCaption: string;
    readonly respondent: string;
    readonly party: string;
    readonly function: string;
    readonly personName: string;
    readonly interviewDate: string;
    readonly noScore: string;
    /** Beside a score that is no point of the scale (the preview of a scan with errors). */
    readonly offScaleScore: string;
    readonly notes: string;
    readonly noRespondents: string;
    readonly byParty: string;
    readonly byPartyCaption: string;
    readonly flags: string;
    readonly noFlags: string;
    readonly flagKind: Readonly<Record<Flag['kind'], string>>;
    readonly flagDisagreement: (role: string, min: string, max: string, spread: string) => string;
    readonly flagWeak: (role: string, mean: string, threshold: string) => string;
    readonly flagWeakSuggestions: string;
    readonly flagMissingParties: (groups: string) => string;
    readonly flagInterviewCount: (count: string, min: string, max: string) => string;
    readonly flagDuration: (days: string, start: string, end: string, maximum: string, deadline: string) => string;
    readonly flagNoHolder: (role: string) => string;
    /** The scoping of a scan. */
    readonly theme: string;
    readonly area: string;
    /** Who holds a role: the column beside the scores, and its words. */
    readonly roleHolders: string;
    readonly nobody: string;
    readonly notRecorded: string;
    /** A party holder with the function of the person there: "Gemeente (beleidsadviseur onderwijs)". */
    readonly holderAt: (party: string, fn: string) => string;
    /** The rules of the model's scale that a report applied; `none` where the model states no rule. */
    readonly rulesApplied: string;
    readonly ruleWeak: (threshold: string) => string;
    readonly ruleWeakNone: string;
    readonly ruleDisagreement: (spread: string) => string;
    readonly ruleDisagreementNone: string;
    readonly ruleRounding: Readonly<Record<Rounding | 'none', string>>;
    readonly ruleDeviation: Readonly<Record<DeviationKind | 'none', string>>;
    readonly characteristics: string;
    readonly obstacles: string;
    readonly handholds: string;
    readonly factsheet: string;
    readonly question: string;
    readonly unanswered: string;
    readonly checked: (date: string) => string;
    readonly notChecked: string;
    readonly advice: string;
    readonly noAdvice: string;
    readonly prompts: string;
    readonly noneRecorded: string;

    // Comparison
    readonly comparison: string;
    /** The guarantee of the anonymised comparison: `regions` counted, `minimum` the group size it held to. */
    readonly comparisonAnonymousNote: (regions: string, minimum: string) => string;
    readonly distributionCaption: string;
    readonly distributionsTitle: string;
    readonly unscored: string;
    readonly partialRoles: (roles: string) => string;
    readonly comparisonTableCaption: string;
    readonly region: string;
    readonly comparisonChartTitle: string;
    readonly comparisonChartSummary: (role: string, values: string) => string;
    readonly comparisonSpread: string;
    readonly noRegions: string;
    /** Roles without holder across regions. */
    readonly holdersTitle: string;
    readonly holdersCaption: (regions: string) => string;
    readonly holdersNobody: string;
    readonly holdersHeld: string;
    readonly holdersUnrecorded: string;
    readonly holdersNobodyIn: string;

    // Blank form
    readonly blankForm: string;
    readonly source: string;
    readonly scale: string;
    readonly scaleCaption: (scale: string) => string;
    readonly value: string;
    readonly label: string;
    readonly coreRoles: string;
    readonly description: string;
    readonly competence: string;
    readonly actions: string;
    readonly scoringGrid: string;
    readonly scoringGridCaption: string;
    readonly scoringInstruction: string;
    readonly remark: string;
    readonly respondentFields: readonly string[];
    readonly uses: string;
    readonly factsheetQuestions: string;
    readonly answer: string;

    // Changelog
    readonly changelog: string;
    readonly changelogTitle: (model: string) => string;
    readonly changeKindColumn: string;
    readonly changeName: string;
    readonly changeDetails: string;
    readonly changelogSince: (base: string) => string;
    readonly changeGroup: Readonly<Record<'toegevoegd' | 'gewijzigd' | 'hernoemd' | 'vervallen', string>>;
    readonly changeKind: Readonly<Record<string, string>>;
    readonly noChanges: string;

    // Trend (a region across rounds)
    readonly trend: string;
    readonly trendTitle: (region: string) => string;
    readonly rounds: string;
    readonly roundsCaption: string;
    readonly round: string;
    readonly trendMeans: string;
    readonly trendMeansCaption: string;
    /** The heading of a change column: from the round before to this one, e.g. `2024 → 2025`. */
    readonly trendChange: (from: string, to: string) => string;
    readonly trendFlags: string;
    readonly trendFlagsCaption: string;
    readonly trendNoFlag: string;
    readonly trendPartialRoles: (roles: string) => string;

    // Editor
    /** The code lens on a scan: the mean per role, `Ontwerper 3,3 · Verbinder 2,8` already formatted. */
    readonly meansLens: (parts: string) => string;
}

const nl: ReportTexts = {
    product: 'Zelfscan regieneming',
    notAvailable: '–',
    or: 'of',
    and: 'en',
    modelVersion: (name, version) => `${name} versie ${version}`,

    regionReport: 'Regiorapport',
    focus: 'Focus',
    model: 'Model',
    period: 'Periode',
    use: 'Gebruik',
    scoresPerRole: 'Scores per rol',
    chartTitle: region => `Scores per rol in ${region}: gemiddelde, bereik en elke score`,
    chartSummary: (role, mean, min, max, count) => `${role}: gemiddeld ${mean}, laagste ${min}, hoogste ${max}, ${count} scores.`,
    chartNoScores: role => `${role}: geen scores.`,
    chartLegendMean: 'Gemiddelde',
    chartLegendRange: 'Bereik (laagste–hoogste)',
    chartLegendScore: 'Score van een respondent',
    statistics: 'Statistiek per rol',
    statisticsCaption: 'Statistiek per rol over de gegeven scores',
    role: 'Rol',
    count: 'n',
    countOfScores: 'aantal scores',
    countOfRespondents: 'aantal respondenten',
    mean: 'Gemiddelde',
    median: 'Mediaan',
    min: 'Laagste',
    max: 'Hoogste',
    spread: 'Spreiding',
    standardDeviation: 'Standaarddeviatie',
    meanLabel: 'Betekenis gemiddelde',
    respondents: 'Respondenten',
    respondentsCaption: 'Score per respondent en rol',
    respondent: 'Respondent',
    party: 'Partij',
    function: 'Functie',
    personName: 'Naam',
    interviewDate: 'Interview',
    noScore: 'geen score',
    offScaleScore: 'buiten de schaal, telt niet mee',
    notes: 'Toelichting bij de scores',
    noRespondents: 'Er zijn geen respondenten vastgelegd.',
    byParty: 'Gemiddelde per partij',
    byPartyCaption: 'Gemiddelde score per partij en rol',
    flags: 'Signalen',
    noFlags: 'Geen signalen: de scan voldoet aan de richtlijnen van het model.',
    flagKind: {
        'onenigheid': 'Onenigheid',
        'zwak-aanwezig': 'Zwak aanwezig',
        'partij-ontbreekt': 'Partij ontbreekt',
        'aantal-interviews': 'Aantal interviews',
        'doorlooptijd': 'Doorlooptijd',
        'geen-houder': 'Geen rolhouder'
    },
    flagDisagreement: (role, min, max, spread) => `De respondenten verschillen van mening over ${role}: de scores lopen uiteen van ${min} tot ${max} (spreiding ${spread}).`,
    flagWeak: (role, mean, threshold) => `${role} is zwak aanwezig: het gemiddelde is ${mean}, op of onder ${threshold}.`,
    flagWeakSuggestions: 'Acties die bij deze rol passen:',
    flagMissingParties: groups => `Niet geïnterviewd, maar vereist voor deze focus: ${groups}.`,
    flagInterviewCount: (count, min, max) => `Er zijn ${count} interviews gehouden; de richtlijn is ${min} tot ${max}.`,
    flagDuration: (days, start, end, maximum, deadline) => `De doorlooptijd was ${days} dagen (${start} tot ${end}), langer dan de ${maximum} die het model toestaat (uiterlijk ${deadline}).`,
    flagNoHolder: role => `Volgens de scan vervult niemand de rol ${role}.`,
    theme: 'Thema',
    area: 'Gebied',
    roleHolders: 'Rolhouders',
    nobody: 'Niemand',
    notRecorded: 'Niet vastgelegd',
    holderAt: (party, fn) => `${party} (${fn})`,
    rulesApplied: 'Toegepaste regels',
    ruleWeak: threshold => `Zwak aanwezig: een rol met een gemiddelde van ${threshold} of lager.`,
    ruleWeakNone: 'Zwak aanwezig: het model legt hiervoor geen drempel vast, dus dit signaal wordt niet gegeven.',
    ruleDisagreement: spread => `Onenigheid: scores op een rol die ${spread} of meer punten uiteenlopen.`,
    ruleDisagreementNone: 'Onenigheid: het model legt hiervoor geen drempel vast, dus dit signaal wordt niet gegeven.',
    ruleRounding: {
        boven: 'Betekenis van het gemiddelde: het dichtstbijzijnde schaalpunt; een gemiddelde precies tussen twee punten gaat naar het hogere punt.',
        beneden: 'Betekenis van het gemiddelde: het dichtstbijzijnde schaalpunt; een gemiddelde precies tussen twee punten gaat naar het lagere punt.',
        even: 'Betekenis van het gemiddelde: het dichtstbijzijnde schaalpunt; een gemiddelde precies tussen twee punten gaat naar het even punt.',
        none: 'Betekenis van het gemiddelde: het model legt geen afronding vast, dus die wordt niet getoond.'
    },
    ruleDeviation: {
        populatie: 'Standaarddeviatie: van de scores als populatie (gedeeld door n).',
        steekproef: 'Standaarddeviatie: van de scores als steekproef (gedeeld door n − 1; bij één score niet te bepalen).',
        none: 'Standaarddeviatie: het model legt niet vast welke, dus die wordt niet getoond.'
    },
    characteristics: 'Kenmerken van de regio',
    obstacles: 'Knelpunten',
    handholds: 'Houvasten',
    factsheet: 'Factsheet',
    question: 'Vraag',
    unanswered: 'Nog niet beantwoord.',
    checked: date => `Schriftelijk getoetst door de regio op ${date}.`,
    notChecked: 'De factsheet is nog niet schriftelijk getoetst door de regio.',
    advice: 'Advies',
    noAdvice: 'Er is nog geen advies vastgelegd.',
    prompts: 'Vragen voor het gesprek',
    noneRecorded: 'Geen vastgelegd.',

    comparison: 'Vergelijking van regio’s',
    comparisonAnonymousNote: (regions, minimum) => `Geanonimiseerd: deze vergelijking telt ${regions} regio’s (ten minste ${minimum}, het minimum van het model), elke regio één keer met haar laatste scan. `
        + 'Ze toont per rol alleen hoeveel regio’s met hun gemiddelde op elk schaalpunt uitkomen en hoeveel regio’s vastleggen dat niemand de rol vervult: geen rij per regio, geen naam, focus, modelversie, aantal respondenten, rolhouder of exact cijfer van een regio. '
        + 'Elk getal is een telling over alle regio’s samen, dus geen getal is tot één regio te herleiden.',
    distributionCaption: 'Aantal regio’s per rol naar het schaalpunt van hun gemiddelde',
    distributionsTitle: 'Regio’s per schaalpunt',
    unscored: 'Geen score',
    partialRoles: roles => `Niet elke regio kon deze rollen scoren (ze staan niet in elke gebruikte modelversie), dus ze zijn niet vergeleken: ${roles}.`,
    comparisonTableCaption: 'Gemiddelde score per regio en rol',
    region: 'Regio',
    comparisonChartTitle: 'Gemiddelde score per rol, per regio',
    comparisonChartSummary: (role, values) => `${role}: ${values}.`,
    comparisonSpread: 'Grootste spreiding',
    noRegions: 'Er zijn geen regio’s om te vergelijken.',
    holdersTitle: 'Rollen zonder houder',
    holdersCaption: regions => `Per rol het aantal van ${regions} regio’s (elke regio één keer, met haar laatste scan) dat vastlegt dat niemand de rol vervult, dat houders noemt, of niets vastlegt`,
    holdersNobody: 'Niemand',
    holdersHeld: 'Met houder',
    holdersUnrecorded: 'Niet vastgelegd',
    holdersNobodyIn: 'Regio’s zonder houder',

    blankForm: 'Invulformulier',
    source: 'Bron',
    scale: 'Schaal',
    scaleCaption: scale => `Schaal ${scale}`,
    value: 'Waarde',
    label: 'Omschrijving',
    coreRoles: 'Kernrollen',
    description: 'Omschrijving',
    competence: 'Kerncompetentie',
    actions: 'Acties',
    scoringGrid: 'Scoreformulier',
    scoringGridCaption: 'Kruis per rol één waarde aan',
    scoringInstruction: 'Scoor per rol hoe effectief de rol in de regio wordt vervuld, niet of iemand ervoor is aangesteld.',
    remark: 'Toelichting',
    respondentFields: ['Naam', 'Partij', 'Functie', 'Datum'],
    uses: 'Manieren van gebruik',
    factsheetQuestions: 'Vragen van de factsheet',
    answer: 'Antwoord',

    changelog: 'Wijzigingen',
    changelogTitle: model => `Wijzigingen in ${model}`,
    changeKindColumn: 'Soort',
    changeName: 'Naam',
    changeDetails: 'Wat is er veranderd',
    changelogSince: base => `Ten opzichte van ${base}`,
    changeGroup: { toegevoegd: 'Toegevoegd', gewijzigd: 'Gewijzigd', hernoemd: 'Hernoemd', vervallen: 'Vervallen' },
    changeKind: { ...Object.fromEntries(ITEM_KINDS.map(kind => [kind, kindLabel(kind, 'nl')])), instelling: 'Instelling' },
    noChanges: 'Geen wijzigingen.',

    trend: 'Ontwikkeling',
    trendTitle: region => `Ontwikkeling van ${region} over de rondes`,
    rounds: 'Rondes',
    roundsCaption: 'De scans van de regio, één per ronde, op volgorde van datum',
    round: 'Ronde',
    trendMeans: 'Gemiddelde per rol en ronde',
    trendMeansCaption: 'Gemiddelde score per rol in elke ronde, met de verandering ten opzichte van de ronde ervoor',
    trendChange: (from, to) => `Verandering ${from} → ${to}`,
    trendFlags: 'Signalen per ronde',
    trendFlagsCaption: 'Onenigheid en zwak aanwezig per rol en ronde, volgens de regels van de schaal',
    trendNoFlag: 'geen',
    trendPartialRoles: roles => `Niet elke ronde kon deze rollen scoren (ze staan niet in elke gebruikte modelversie), dus ze zijn niet gevolgd: ${roles}.`,

    meansLens: parts => `Gemiddeld: ${parts}`
};

const en: ReportTexts = {
    product: 'Self-assessment of leadership in collaboration (zelfscan regieneming)',
    notAvailable: '–',
    or: 'or',
    and: 'and',
    modelVersion: (name, version) => `${name} version ${version}`,

    regionReport: 'Region report',
    focus: 'Focus',
    model: 'Model',
    period: 'Period',
    use: 'Use',
    scoresPerRole: 'Scores per role',
    chartTitle: region => `Scores per role in ${region}: mean, range and each score`,
    chartSummary: (role, mean, min, max, count) => `${role}: mean ${mean}, lowest ${min}, highest ${max}, ${count} scores.`,
    chartNoScores: role => `${role}: no scores.`,
    chartLegendMean: 'Mean',
    chartLegendRange: 'Range (lowest–highest)',
    chartLegendScore: 'One respondent’s score',
    statistics: 'Statistics per role',
    statisticsCaption: 'Statistics per role over the scores given',
    role: 'Role',
    count: 'n',
    countOfScores: 'number of scores',
    countOfRespondents: 'number of respondents',
    mean: 'Mean',
    median: 'Median',
    min: 'Lowest',
    max: 'Highest',
    spread: 'Spread',
    standardDeviation: 'Standard deviation',
    meanLabel: 'Meaning of the mean',
    respondents: 'Respondents',
    respondentsCaption: 'Score per respondent and role',
    respondent: 'Respondent',
    party: 'Party',
    function: 'Function',
    personName: 'Name',
    interviewDate: 'Interview',
    noScore: 'no score',
    offScaleScore: 'outside the scale, not counted',
    notes: 'Notes on the scores',
    noRespondents: 'No respondents have been recorded.',
    byParty: 'Mean per party',
    byPartyCaption: 'Mean score per party and role',
    flags: 'Signals',
    noFlags: 'No signals: the scan meets the model’s guidelines.',
    flagKind: {
        'onenigheid': 'Disagreement',
        'zwak-aanwezig': 'Weakly present',
        'partij-ontbreekt': 'Party missing',
        'aantal-interviews': 'Number of interviews',
        'doorlooptijd': 'Lead time',
        'geen-houder': 'No role holder'
    },
    flagDisagreement: (role, min, max, spread) => `Respondents disagree about ${role}: scores range from ${min} to ${max} (spread ${spread}).`,
    flagWeak: (role, mean, threshold) => `${role} is weakly present: the mean is ${mean}, at or below ${threshold}.`,
    flagWeakSuggestions: 'Actions that fit this role:',
    flagMissingParties: groups => `Not interviewed, but required for this focus: ${groups}.`,
    flagInterviewCount: (count, min, max) => `${count} interviews were held; the guideline is ${min} to ${max}.`,
    flagDuration: (days, start, end, maximum, deadline) => `The lead time was ${days} days (${start} to ${end}), longer than the ${maximum} the model allows (by ${deadline}).`,
    flagNoHolder: role => `According to the scan, nobody holds the role ${role}.`,
    theme: 'Theme',
    area: 'Area',
    roleHolders: 'Role holders',
    nobody: 'Nobody',
    notRecorded: 'Not recorded',
    holderAt: (party, fn) => `${party} (${fn})`,
    rulesApplied: 'Rules applied',
    ruleWeak: threshold => `Weakly present: a role whose mean is ${threshold} or lower.`,
    ruleWeakNone: 'Weakly present: the model states no threshold, so this signal is not given.',
    ruleDisagreement: spread => `Disagreement: scores on a role that lie ${spread} or more points apart.`,
    ruleDisagreementNone: 'Disagreement: the model states no threshold, so this signal is not given.',
    ruleRounding: {
        boven: 'Meaning of the mean: the nearest scale point; a mean exactly between two points goes to the higher point.',
        beneden: 'Meaning of the mean: the nearest scale point; a mean exactly between two points goes to the lower point.',
        even: 'Meaning of the mean: the nearest scale point; a mean exactly between two points goes to the even point.',
        none: 'Meaning of the mean: the model states no rounding, so it is not shown.'
    },
    ruleDeviation: {
        populatie: 'Standard deviation: of the scores as a population (divided by n).',
        steekproef: 'Standard deviation: of the scores as a sample (divided by n − 1; undefined for a single score).',
        none: 'Standard deviation: the model does not state which one, so it is not shown.'
    },
    characteristics: 'Characteristics of the region',
    obstacles: 'Obstacles',
    handholds: 'Handholds',
    factsheet: 'Factsheet',
    question: 'Question',
    unanswered: 'Not answered yet.',
    checked: date => `Checked in writing by the region on ${date}.`,
    notChecked: 'The region has not yet checked the factsheet in writing.',
    advice: 'Advice',
    noAdvice: 'No advice has been recorded yet.',
    prompts: 'Questions for the discussion',
    noneRecorded: 'None recorded.',

    comparison: 'Comparison of regions',
    comparisonAnonymousNote: (regions, minimum) => `Anonymised: this comparison counts ${regions} regions (at least ${minimum}, the model’s minimum), each region once with its latest scan. `
        + 'Per role it shows only how many regions’ mean lands on each scale point and how many regions record that nobody holds the role: no row per region, no name, focus, model version, number of respondents, role holder or exact figure of a region. '
        + 'Every number is a count over all regions together, so no number can be traced to one region.',
    distributionCaption: 'Number of regions per role by the scale point of their mean',
    distributionsTitle: 'Regions per scale point',
    unscored: 'No score',
    partialRoles: roles => `Not every region could score these roles (they are not in every model version used), so they are not compared: ${roles}.`,
    comparisonTableCaption: 'Mean score per region and role',
    region: 'Region',
    comparisonChartTitle: 'Mean score per role, per region',
    comparisonChartSummary: (role, values) => `${role}: ${values}.`,
    comparisonSpread: 'Largest spread',
    noRegions: 'There are no regions to compare.',
    holdersTitle: 'Roles without holder',
    holdersCaption: regions => `Per role, how many of ${regions} regions (each region once, with its latest scan) record that nobody holds the role, name holders, or record nothing`,
    holdersNobody: 'Nobody',
    holdersHeld: 'With holder',
    holdersUnrecorded: 'Not recorded',
    holdersNobodyIn: 'Regions without holder',

    blankForm: 'Blank form',
    source: 'Source',
    scale: 'Scale',
    scaleCaption: scale => `Scale ${scale}`,
    value: 'Value',
    label: 'Description',
    coreRoles: 'Core roles',
    description: 'Description',
    competence: 'Core competence',
    actions: 'Actions',
    scoringGrid: 'Scoring form',
    scoringGridCaption: 'Tick one value per role',
    scoringInstruction: 'Score for each role how effectively it is fulfilled in the region, not whether someone was appointed to it.',
    remark: 'Note',
    respondentFields: ['Name', 'Party', 'Function', 'Date'],
    uses: 'Ways of use',
    factsheetQuestions: 'Factsheet questions',
    answer: 'Answer',

    changelog: 'Changes',
    changelogTitle: model => `Changes in ${model}`,
    changeKindColumn: 'Kind',
    changeName: 'Name',
    changeDetails: 'What changed',
    changelogSince: base => `Compared with ${base}`,
    changeGroup: { toegevoegd: 'Added', gewijzigd: 'Changed', hernoemd: 'Renamed', vervallen: 'Retired' },
    changeKind: { ...Object.fromEntries(ITEM_KINDS.map(kind => [kind, kindLabel(kind, 'en')])), instelling: 'Setting' },
    noChanges: 'No changes.',

    trend: 'Trend',
    trendTitle: region => `${region} across rounds`,
    rounds: 'Rounds',
    roundsCaption: 'The region’s scans, one per round, in date order',
    round: 'Round',
    trendMeans: 'Mean per role and round',
    trendMeansCaption: 'Mean score per role in each round, with the change since the round before',
    trendChange: (from, to) => `Change ${from} → ${to}`,
    trendFlags: 'Signals per round',
    trendFlagsCaption: 'Disagreement and weakly present per role and round, by the scale’s rules',
    trendNoFlag: 'none',
    trendPartialRoles: roles => `Not every round could score these roles (they are not in every model version used), so they are not followed: ${roles}.`,

    meansLens: parts => `Mean: ${parts}`
};

export function textsFor(language: ReportLanguage): ReportTexts {
    return language === 'en' ? en : nl;
}

/** The label of a kind of model element; an unknown kind is shown as given. */
export function changeKindLabel(texts: ReportTexts, kind: string): string {
    return Object.hasOwn(texts.changeKind, kind) ? texts.changeKind[kind]! : kind;
}
