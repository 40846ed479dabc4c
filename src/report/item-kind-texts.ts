import type { ItemKind, PartKind } from '../domain/model-definition.js';
import type { ReportLanguage } from '../domain/report-model.js';

/**
 * What each kind of model item (and each kind of part: action, prompt, value) is called, in Dutch and English:
 * the one table that reports, the changelog, `zelfscan diff` and the editor's messages take their nouns from.
 * The compiler asks for every kind in both languages.
 */
export interface KindWords {
    readonly singular: string;
    readonly plural: string;
    /** With its article: "de rol", "het knelpunt", "the role". */
    readonly definite: string;
}

export type NamedKind = ItemKind | PartKind;

const nl: Readonly<Record<NamedKind, KindWords>> = {
    role: { singular: 'rol', plural: 'rollen', definite: 'de rol' },
    party: { singular: 'partij', plural: 'partijen', definite: 'de partij' },
    focus: { singular: 'focus', plural: 'focussen', definite: 'de focus' },
    question: { singular: 'vraag', plural: 'vragen', definite: 'de vraag' },
    use: { singular: 'gebruik', plural: 'manieren van gebruik', definite: 'het gebruik' },
    obstacle: { singular: 'knelpunt', plural: 'knelpunten', definite: 'het knelpunt' },
    handhold: { singular: 'houvast', plural: 'houvasten', definite: 'de houvast' },
    trait: { singular: 'kenmerk', plural: 'kenmerken', definite: 'het kenmerk' },
    theme: { singular: 'thema', plural: "thema's", definite: 'het thema' },
    area: { singular: 'gebied', plural: 'gebieden', definite: 'het gebied' },
    action: { singular: 'actie', plural: 'acties', definite: 'de actie' },
    prompt: { singular: 'reflectievraag', plural: 'reflectievragen', definite: 'de reflectievraag' },
    value: { singular: 'waarde', plural: 'waarden', definite: 'de waarde' }
};

const en: Readonly<Record<NamedKind, KindWords>> = {
    role: { singular: 'role', plural: 'roles', definite: 'the role' },
    party: { singular: 'party', plural: 'parties', definite: 'the party' },
    focus: { singular: 'focus', plural: 'focuses', definite: 'the focus' },
    question: { singular: 'question', plural: 'questions', definite: 'the question' },
    use: { singular: 'use', plural: 'uses', definite: 'the use' },
    obstacle: { singular: 'obstacle', plural: 'obstacles', definite: 'the obstacle' },
    handhold: { singular: 'handhold', plural: 'handholds', definite: 'the handhold' },
    trait: { singular: 'characteristic', plural: 'characteristics', definite: 'the characteristic' },
    theme: { singular: 'theme', plural: 'themes', definite: 'the theme' },
    area: { singular: 'area', plural: 'areas', definite: 'the area' },
    action: { singular: 'action', plural: 'actions', definite: 'the action' },
    prompt: { singular: 'prompt', plural: 'prompts', definite: 'the prompt' },
    value: { singular: 'value', plural: 'values', definite: 'the value' }
};

export function kindWords(kind: NamedKind, language: ReportLanguage = 'nl'): KindWords {
    return (language === 'en' ? en : nl)[kind];
}

/** "Rol", "Knelpunt": the singular as a label or at the start of a sentence. */
export function kindLabel(kind: NamedKind, language: ReportLanguage = 'nl'): string {
    return capitalise(kindWords(kind, language).singular);
}

/** "Rollen", "Manieren van gebruik": the plural as a heading. */
export function kindHeading(kind: NamedKind, language: ReportLanguage = 'nl'): string {
    return capitalise(kindWords(kind, language).plural);
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
