import type { Flag, ReportLanguage } from '../domain/report-model.js';
import { formatDecimal, formatNumber, joinWords } from './format.js';
import { textsFor } from './texts.js';

/** A flag in words, shared by the HTML and Markdown renderers so that both say exactly the same. */
export interface FlagText {
    readonly kind: string;
    readonly sentence: string;
    /** Actions offered for a weakly present role; empty otherwise. */
    readonly suggestions: readonly string[];
}

export function flagText(flag: Flag, language: ReportLanguage): FlagText {
    const t = textsFor(language);
    const kind = t.flagKind[flag.kind];
    switch (flag.kind) {
        case 'onenigheid':
            return {
                kind,
                sentence: t.flagDisagreement(flag.role, formatNumber(flag.min, language), formatNumber(flag.max, language), formatNumber(flag.spread, language)),
                suggestions: []
            };
        case 'zwak-aanwezig':
            return {
                kind,
                sentence: t.flagWeak(flag.role, formatDecimal(flag.mean, language), formatNumber(flag.threshold, language)),
                suggestions: flag.suggestions
            };
        case 'partij-ontbreekt': {
            const groups = flag.missing.map(alternatives => alternatives.map(party => party.label).join(` ${t.or} `));
            return { kind, sentence: t.flagMissingParties(joinWords(groups, language)), suggestions: [] };
        }
        case 'aantal-interviews':
            return {
                kind,
                sentence: t.flagInterviewCount(String(flag.count), String(flag.min), String(flag.max)),
                suggestions: []
            };
        case 'doorlooptijd':
            return {
                kind,
                sentence: t.flagDuration(String(flag.days), flag.start, flag.end, flag.maximum, flag.deadline),
                suggestions: []
            };
        case 'geen-houder':
            return { kind, sentence: t.flagNoHolder(flag.role), suggestions: [] };
    }
}
