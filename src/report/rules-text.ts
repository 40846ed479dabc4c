import type { ReportLanguage, ReportScale } from '../domain/report-model.js';
import { formatNumber } from './format.js';
import { textsFor } from './texts.js';

/**
 * The rules of the scale a report applied, one sentence each, shared by the HTML and Markdown renderers of
 * every report that shows statistics, so that each says the same.
 */
export function rulesText(rules: ReportScale['rules'], language: ReportLanguage): string[] {
    const t = textsFor(language);
    return [
        rules.weakAtMost === undefined ? t.ruleWeakNone : t.ruleWeak(formatNumber(rules.weakAtMost, language)),
        rules.disagreementFrom === undefined ? t.ruleDisagreementNone : t.ruleDisagreement(formatNumber(rules.disagreementFrom, language)),
        t.ruleRounding[rules.rounding ?? 'none'],
        t.ruleDeviation[rules.deviation ?? 'none']
    ];
}
