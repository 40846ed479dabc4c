import { ITEM_KINDS, type ItemKind, type ModelKey } from '../domain/model-definition.js';
import type { ScanVerdict } from '../domain/scan-verdict.js';
import type { Change, ReportLanguage } from '../domain/report-model.js';
import type { ScanChange, ScanChangeField, ScanChangeSection } from '../domain/scan-diff.js';
import type { RegionFigureChange, RoleFlag } from '../domain/region-figure-changes.js';
import { formatDecimal, formatNumber } from './format.js';
import { textsFor } from './texts.js';
import { kindHeading, kindLabel, kindWords } from './item-kind-texts.js';

/**
 * The words of `zelfscan diff`, in Dutch and English: a scan change as one line ("Verbinder, respondent R2:
 * 2 → 3"), the section headings and the lines around the changes. Names, dates and scores appear as written.
 */
interface DiffTexts {
    readonly change: Readonly<Record<ScanChange['change'], string>>;
    readonly was: string;
    readonly section: Readonly<Record<ScanChangeSection, string>>;
    /** What a change is about; `c` carries the respondent, role or name where the field needs one. */
    readonly subject: Readonly<Record<Exclude<ScanChangeField, 'namen-tonen'>, (c: ScanChange) => string>>;
    readonly namesShown: string;
    readonly namesHidden: string;
    readonly respondentParty: (party: string) => string;
    readonly modelVersion: (name: string, version: string) => string;
    readonly settings: string;
    readonly noChanges: string;
    readonly changeCount: (count: number) => string;
    readonly newFile: string;
    readonly deletedFile: string;
    readonly changesIn: (file: string) => string;
    /** What the changes do to the region report. */
    readonly meansSection: string;
    readonly flagsSection: string;
    readonly flagAdded: string;
    readonly flagGone: string;
    readonly spread: (spread: string) => string;
    readonly weakMean: (mean: string, threshold: string) => string;
    readonly mean: (mean: string) => string;
    /** Whether the scans on the old version of a model can follow the new one. */
    readonly scansSection: string;
    readonly noScans: (from: string) => string;
    readonly allFollow: (count: number, from: string, to: string) => string;
    readonly someBlocked: (blocked: number, count: number, from: string, to: string) => string;
    /** The same two for an edit of one version. */
    readonly allStay: (count: number, version: string) => string;
    readonly someInvalid: (blocked: number, count: number, version: string) => string;
    readonly noSuccessor: (count: number, from: string, to: string) => string;
    readonly retiredIn: (version: string) => string;
    readonly notIn: (version: string) => string;
    readonly valueOf: (value: string, trait: string) => string;
    readonly scanCount: (count: number) => string;
}

const nl: DiffTexts = {
    change: { toegevoegd: 'toegevoegd', gewijzigd: 'gewijzigd', verwijderd: 'verwijderd' },
    was: 'was',
    section: {
        'scan': 'Scan', 'kenmerken': kindHeading('trait', 'nl'), 'knelpunten-houvasten': 'Knelpunten en houvasten',
        'respondenten': 'Respondenten', 'scores': 'Scores', 'factsheet': 'Factsheet', 'advies': 'Advies', 'proces': 'Procesdata'
    },
    subject: {
        'regio': () => 'Regionaam',
        'model': () => 'Model',
        'focus': () => kindLabel('focus', 'nl'),
        'gebruik': () => kindLabel('use', 'nl'),
        'kenmerk': c => `${kindLabel('trait', 'nl')} ${c.name}`,
        'knelpunt': c => `${kindLabel('obstacle', 'nl')} ${c.name}`,
        'knelpunt-toelichting': c => `${kindLabel('obstacle', 'nl')} ${c.name}: toelichting`,
        'houvast': c => `${kindLabel('handhold', 'nl')} ${c.name}`,
        'houvast-toelichting': c => `${kindLabel('handhold', 'nl')} ${c.name}: toelichting`,
        'respondent': c => `Respondent ${c.respondent}`,
        'respondent-partij': c => `Respondent ${c.respondent}, ${kindWords('party', 'nl').singular}`,
        'respondent-functie': c => `Respondent ${c.respondent}, functie`,
        'respondent-naam': c => `Respondent ${c.respondent}, naam`,
        'interviewdatum': c => `Respondent ${c.respondent}, interview`,
        'score': c => `${c.role}, respondent ${c.respondent}`,
        'score-toelichting': c => `${c.role}, respondent ${c.respondent}: toelichting`,
        'antwoord': c => `Antwoord ${c.name}`,
        'toetsdatum': () => 'Toetsdatum factsheet',
        'advies': () => 'Advies',
        'startgesprek': () => 'Startgesprek',
        'terugkoppeling': () => 'Terugkoppeling'
    },
    namesShown: 'Namen tonen toegevoegd: de rapporten tonen de namen van respondenten',
    namesHidden: 'Namen tonen verwijderd: de rapporten tonen geen namen van respondenten meer',
    respondentParty: party => `partij ${party}`,
    modelVersion: (name, version) => `${name} versie ${version}`,
    settings: 'Instellingen',
    noChanges: 'Geen wijzigingen.',
    changeCount: count => `${count} ${count === 1 ? 'wijziging' : 'wijzigingen'}.`,
    newFile: 'Nieuw bestand.',
    deletedFile: 'Bestand verwijderd.',
    changesIn: file => `Wijzigingen in ${file}`,
    meansSection: 'Gemiddelden in het regiorapport',
    flagsSection: 'Signalen in het regiorapport',
    flagAdded: 'nieuw',
    flagGone: 'vervallen',
    spread: spread => `spreiding ${spread}`,
    weakMean: (mean, threshold) => `gemiddelde ${mean}, op of onder ${threshold}`,
    mean: mean => `gemiddelde ${mean}`,
    scansSection: 'Scans in de werkruimte',
    noScans: from => `Geen scans op ${from}.`,
    allFollow: (count, from, to) => `${count === 1 ? 'De scan' : count === 2 ? 'Beide scans' : `Alle ${count} scans`} op ${from} ${count === 1 ? 'kan' : 'kunnen'} naar ${to}.`,
    allStay: (count, version) => `${count === 1 ? 'De scan' : count === 2 ? 'Beide scans' : `Alle ${count} scans`} op ${version} ${count === 1 ? 'blijft' : 'blijven'} geldig.`,
    someBlocked: (blocked, count, from, to) => `${blocked} van de ${count} ${count === 1 ? 'scan' : 'scans'} op ${from} ${blocked === 1 ? 'kan' : 'kunnen'} niet naar ${to}:`,
    someInvalid: (blocked, count, version) => `${blocked} van de ${count} ${count === 1 ? 'scan' : 'scans'} op ${version} ${blocked === 1 ? 'wordt' : 'worden'} ongeldig:`,
    noSuccessor: (count, from, to) => `${to} breidt ${from} niet uit: ${count === 1 ? 'de scan op ' + from + ' kan niet mee' : `geen van de ${count} scans op ${from} kan mee`}.`,
    retiredIn: version => `vervallen in ${version}`,
    notIn: version => `bestaat niet in ${version}`,
    valueOf: (value, trait) => `Waarde ${value} van kenmerk ${trait}`,
    scanCount: count => `${count} ${count === 1 ? 'scan' : 'scans'}`
};

const en: DiffTexts = {
    change: { toegevoegd: 'added', gewijzigd: 'changed', verwijderd: 'removed' },
    was: 'was',
    section: {
        'scan': 'Scan', 'kenmerken': kindHeading('trait', 'en'), 'knelpunten-houvasten': 'Obstacles and handholds',
        'respondenten': 'Respondents', 'scores': 'Scores', 'factsheet': 'Factsheet', 'advies': 'Advice', 'proces': 'Process dates'
    },
    subject: {
        'regio': () => 'Region name',
        'model': () => 'Model',
        'focus': () => kindLabel('focus', 'en'),
        'gebruik': () => kindLabel('use', 'en'),
        'kenmerk': c => `${kindLabel('trait', 'en')} ${c.name}`,
        'knelpunt': c => `${kindLabel('obstacle', 'en')} ${c.name}`,
        'knelpunt-toelichting': c => `${kindLabel('obstacle', 'en')} ${c.name}: note`,
        'houvast': c => `${kindLabel('handhold', 'en')} ${c.name}`,
        'houvast-toelichting': c => `${kindLabel('handhold', 'en')} ${c.name}: note`,
        'respondent': c => `Respondent ${c.respondent}`,
        'respondent-partij': c => `Respondent ${c.respondent}, ${kindWords('party', 'en').singular}`,
        'respondent-functie': c => `Respondent ${c.respondent}, position`,
        'respondent-naam': c => `Respondent ${c.respondent}, name`,
        'interviewdatum': c => `Respondent ${c.respondent}, interview`,
        'score': c => `${c.role}, respondent ${c.respondent}`,
        'score-toelichting': c => `${c.role}, respondent ${c.respondent}: note`,
        'antwoord': c => `Answer ${c.name}`,
        'toetsdatum': () => 'Factsheet check date',
        'advies': () => 'Advice',
        'startgesprek': () => 'Start meeting',
        'terugkoppeling': () => 'Feedback meeting'
    },
    namesShown: 'Show names added: the reports show the names of respondents',
    namesHidden: 'Show names removed: the reports no longer show the names of respondents',
    respondentParty: party => `party ${party}`,
    modelVersion: (name, version) => `${name} version ${version}`,
    settings: 'Settings',
    noChanges: 'No changes.',
    changeCount: count => `${count} ${count === 1 ? 'change' : 'changes'}.`,
    newFile: 'New file.',
    deletedFile: 'File deleted.',
    changesIn: file => `Changes in ${file}`,
    meansSection: 'Means in the region report',
    flagsSection: 'Signals in the region report',
    flagAdded: 'new',
    flagGone: 'gone',
    spread: spread => `spread ${spread}`,
    weakMean: (mean, threshold) => `mean ${mean}, at or below ${threshold}`,
    mean: mean => `mean ${mean}`,
    scansSection: 'Scans in the workspace',
    noScans: from => `No scans on ${from}.`,
    allFollow: (count, from, to) => `${count === 1 ? 'The scan' : count === 2 ? 'Both scans' : `All ${count} scans`} on ${from} can move to ${to}.`,
    allStay: (count, version) => `${count === 1 ? 'The scan' : count === 2 ? 'Both scans' : `All ${count} scans`} on ${version} stay valid.`,
    someBlocked: (blocked, count, from, to) => `${blocked} of the ${count} ${count === 1 ? 'scan' : 'scans'} on ${from} cannot move to ${to}:`,
    someInvalid: (blocked, count, version) => `${blocked} of the ${count} ${count === 1 ? 'scan' : 'scans'} on ${version} ${blocked === 1 ? 'becomes' : 'become'} invalid:`,
    noSuccessor: (count, from, to) => `${to} does not extend ${from}: ${count === 1 ? `the scan on ${from} cannot move` : `none of the ${count} scans on ${from} can move`}.`,
    retiredIn: version => `retired in ${version}`,
    notIn: version => `not in ${version}`,
    valueOf: (value, trait) => `Value ${value} of characteristic ${trait}`,
    scanCount: count => `${count} ${count === 1 ? 'scan' : 'scans'}`
};

export function diffTexts(language: ReportLanguage): DiffTexts {
    return language === 'en' ? en : nl;
}

/** Fields whose values are user texts, shown between quotes. */
const QUOTED: ReadonlySet<ScanChangeField> = new Set(['regio', 'respondent-functie']);

/** A scan change as one line: "Verbinder, respondent R4: 1 → ?", "Advies gewijzigd". */
export function scanChangeText(change: ScanChange, language: ReportLanguage): string {
    const t = diffTexts(language);
    if (change.field === 'namen-tonen') {
        return change.change === 'toegevoegd' ? t.namesShown : t.namesHidden;
    }
    const subject = t.subject[change.field](change);
    const words = t.change[change.change];
    if (change.field === 'respondent') {
        const scores = (change.scores ?? []).map(score => `${score.role} ${scoreText(score.value)}`).join(', ');
        return `${subject} ${words} (${t.respondentParty(change.party ?? '')})${scores ? `: ${scores}` : ''}`;
    }
    if (change.before === undefined && change.after === undefined) {
        return `${subject} ${words}`;
    }
    const value = (v: ScanChange['before']) => v !== null && typeof v === 'object' ? t.modelVersion(v.name, v.version)
        : QUOTED.has(change.field) ? `"${v}"` : scoreText(v ?? null);
    switch (change.change) {
        case 'toegevoegd': return `${subject} ${words}: ${value(change.after)}`;
        case 'verwijderd': return `${subject} ${words} (${t.was} ${value(change.before)})`;
        case 'gewijzigd': return `${subject}: ${value(change.before)} → ${value(change.after)}`;
    }
}

/**
 * A change in the region report as one line: "Verbinder: 1,6 → 1,8", "Onenigheid Ontwerper nieuw: spreiding 3",
 * with the numbers formatted as the report formats them.
 */
export function regionFigureChangeText(change: RegionFigureChange, language: ReportLanguage): string {
    const t = diffTexts(language);
    if (change.kind === 'gemiddelde') {
        return `${change.role}: ${formatDecimal(change.before, language)} → ${formatDecimal(change.after, language)}`;
    }
    const subject = `${textsFor(language).flagKind[change.flag]} ${change.role}`;
    const detail = (flag: RoleFlag) => flag.kind === 'onenigheid'
        ? t.spread(formatNumber(flag.spread, language))
        : t.weakMean(formatDecimal(flag.mean, language), formatNumber(flag.threshold, language));
    switch (change.change) {
        case 'toegevoegd': return `${subject} ${t.flagAdded}: ${detail(change.after!)}`;
        case 'vervallen': {
            const was = change.before!;
            return `${subject} ${t.flagGone} (${t.was} ${was.kind === 'onenigheid' ? detail(was) : t.mean(formatDecimal(was.mean, language))})`;
        }
        // Only a disagreement changes while it stays: its spread.
        case 'gewijzigd': {
            const spread = (flag: RoleFlag | undefined) => formatNumber(flag?.kind === 'onenigheid' ? flag.spread : null, language);
            return `${subject}: ${t.spread(`${spread(change.before)} → ${spread(change.after)}`)}`;
        }
    }
}

/**
 * Whether the scans on the old version can follow the new one, as lines: the verdict, then (indented by the
 * caller) each item that blocks them with the number of scans that use it.
 */
export function scanVerdictLines(verdict: ScanVerdict, language: ReportLanguage): { verdict: string; items: string[] } {
    const t = diffTexts(language);
    const version = (key: ModelKey) => t.modelVersion(key.name, key.version);
    const [from, to] = [version(verdict.from), version(verdict.to)];
    if (!verdict.successor) {
        return { verdict: verdict.scans === 0 ? t.noScans(from) : t.noSuccessor(verdict.scans, from, to), items: [] };
    }
    if (verdict.scans === 0) {
        return { verdict: t.noScans(from), items: [] };
    }
    const edit = from === to;
    if (verdict.blocked === 0) {
        return { verdict: edit ? t.allStay(verdict.scans, from) : t.allFollow(verdict.scans, from, to), items: [] };
    }
    return {
        verdict: edit ? t.someInvalid(verdict.blocked, verdict.scans, from) : t.someBlocked(verdict.blocked, verdict.scans, from, to),
        items: verdict.items.map(item => {
            const subject = item.kind === 'value' ? t.valueOf(item.name, item.trait ?? '') : `${kindLabel(item.kind, language)} ${item.name}`;
            const why = item.retiredIn ? t.retiredIn(version(item.retiredIn)) : t.notIn(to);
            return `${subject} ${why}: ${t.scanCount(item.scans)}`;
        })
    };
}

/** The heading of a section of a model's changes: "Instellingen", "Rollen". */
export function modelChangeSection(kind: Change['kind'], language: ReportLanguage): string {
    return (ITEM_KINDS as readonly string[]).includes(kind) ? kindHeading(kind as ItemKind, language) : diffTexts(language).settings;
}

/** A score as the scan writes it: `?` for no judgement. */
function scoreText(value: string | number | null): string {
    return value === null ? '?' : String(value);
}
