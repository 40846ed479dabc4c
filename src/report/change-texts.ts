import type { Change, ChangeDetail, ChangeValue, ReportLanguage } from '../domain/report-model.js';

/**
 * The wording of a changelog's details in Dutch and English: "actie escalatie toegevoegd",
 * "label changed: "A" → "B"". Names of model items and user texts appear as written.
 */
interface ChangeTexts {
    readonly field: Readonly<Record<ChangeDetail['field'], string>>;
    readonly change: Readonly<Record<Change['change'], string>>;
    readonly renamedTo: (before: string, after: string) => string;
    readonly none: string;
    readonly units: Readonly<Record<'dagen' | 'weken' | 'maanden', readonly [string, string]>>;
    readonly version: (name: string, version: string) => string;
    /** The keywords of the rounding and deviation rules, as the report's language says them. */
    readonly ruleWords: Readonly<Record<string, string>>;
}

const nl: ChangeTexts = {
    field: {
        titel: 'titel', bron: 'bron', schaal: 'schaal', schaalnaam: 'naam', bereik: 'bereik', punt: 'punt',
        zwak: 'zwak tot en met', onenigheid: 'onenigheid vanaf spreiding', afronding: 'afronding half naar',
        standaarddeviatie: 'standaarddeviatie',
        interviews: 'interviews', doorlooptijd: 'doorlooptijd', versie: 'versie', basis: 'breidt uit',
        omschrijving: 'omschrijving', competentie: 'competentie', actie: 'actie', reflectie: 'reflectie', waarde: 'waarde',
        benaming: 'benaming', 'vereiste-partijen': 'vereiste partijen', vraagtekst: 'vraagtekst'
    },
    change: { toegevoegd: 'toegevoegd', gewijzigd: 'gewijzigd', hernoemd: 'hernoemd', vervallen: 'vervallen' },
    renamedTo: (before, after) => `${before} hernoemd tot ${after}`,
    none: '(geen)',
    units: { dagen: ['dag', 'dagen'], weken: ['week', 'weken'], maanden: ['maand', 'maanden'] },
    version: (name, version) => `${name} versie ${version}`,
    ruleWords: {}
};

const en: ChangeTexts = {
    field: {
        titel: 'title', bron: 'source', schaal: 'scale', schaalnaam: 'name', bereik: 'range', punt: 'point',
        zwak: 'weakly present at most', onenigheid: 'disagreement from spread', afronding: 'halves rounded to',
        standaarddeviatie: 'standard deviation',
        interviews: 'interviews', doorlooptijd: 'lead time', versie: 'version', basis: 'extends',
        omschrijving: 'description', competentie: 'competence', actie: 'action', reflectie: 'prompt', waarde: 'value',
        benaming: 'label', 'vereiste-partijen': 'required parties', vraagtekst: 'question text'
    },
    change: { toegevoegd: 'added', gewijzigd: 'changed', hernoemd: 'renamed', vervallen: 'retired' },
    renamedTo: (before, after) => `${before} renamed to ${after}`,
    none: '(none)',
    units: { dagen: ['day', 'days'], weken: ['week', 'weeks'], maanden: ['month', 'months'] },
    version: (name, version) => `${name} version ${version}`,
    ruleWords: { boven: 'the higher point', beneden: 'the lower point', even: 'the even point', populatie: 'population', steekproef: 'sample' }
};

function textsOf(language: ReportLanguage): ChangeTexts {
    return language === 'en' ? en : nl;
}

/** Fields whose values are quoted texts; the others are names, numbers and ranges. */
const QUOTED: ReadonlySet<ChangeDetail['field']> = new Set(['titel', 'benaming', 'punt', 'waarde']);

/** One detail as one line. */
export function changeDetailText(detail: ChangeDetail, language: ReportLanguage): string {
    const t = textsOf(language);
    const ruleWord = (v: ChangeValue | undefined) => (detail.field === 'afronding' || detail.field === 'standaarddeviatie')
        && typeof v === 'string' && Object.hasOwn(t.ruleWords, v) ? t.ruleWords[v] : v;
    const value = (v: ChangeValue | undefined) => valueText(ruleWord(v), QUOTED.has(detail.field), t);
    const fromTo = `${value(detail.before)} → ${value(detail.after)}`;
    switch (detail.field) {
        // Settings: the change group says what happened, the detail gives the values.
        case 'titel': case 'schaal': case 'interviews': case 'doorlooptijd': case 'versie': case 'basis':
        case 'zwak': case 'onenigheid': case 'afronding': case 'standaarddeviatie':
            return detail.before === undefined ? value(detail.after) : detail.after === undefined ? value(detail.before) : fromTo;
        case 'schaalnaam': case 'bereik':
            return `${t.field[detail.field]} ${fromTo}`;
        default: {
            const subject = detail.name === undefined ? t.field[detail.field] : `${t.field[detail.field]} ${detail.name}`;
            if (detail.change === 'hernoemd') {
                return `${t.field[detail.field]} ${t.renamedTo(String(detail.before), detail.name ?? '')}`;
            }
            const values = detail.before !== undefined && detail.after !== undefined ? `: ${fromTo}` : '';
            return `${subject} ${t.change[detail.change]}${values}`;
        }
    }
}

/**
 * The name of a changed item, with its old name when it was renamed (`Verbinder → Bruggenbouwer`); a
 * model-wide setting by what it is called in the language of the report.
 */
export function changeNameText(change: Change, language: ReportLanguage): string {
    const field = textsOf(language).field;
    if (change.kind === 'instelling' && Object.hasOwn(field, change.name)) {
        return field[change.name as ChangeDetail['field']];
    }
    return change.before === undefined ? change.name : `${change.before} → ${change.name}`;
}

/** A change as one line of `zelfscan diff`: "Bruggenbouwer hernoemd (was Verbinder): actie x toegevoegd". */
export function changeLineText(change: Change, language: ReportLanguage): string {
    const t = textsOf(language);
    const was = change.before === undefined ? '' : ` (was ${change.before})`;
    const details = change.details.map(detail => changeDetailText(detail, language));
    return `${changeNameText({ ...change, before: undefined }, language)} ${t.change[change.change]}${was}${details.length > 0 ? `: ${details.join('; ')}` : ''}`;
}

function valueText(value: ChangeValue | undefined, quoted: boolean, t: ChangeTexts): string {
    if (value === undefined || value === '') {
        return t.none;
    }
    if (typeof value === 'string') {
        return quoted ? `"${value}"` : value;
    }
    if ('amount' in value) {
        return `${value.amount} ${t.units[value.unit][value.amount === 1 ? 0 : 1]}`;
    }
    return t.version(value.name, value.version);
}
