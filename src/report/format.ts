import type { ReportLanguage } from '../domain/report-model.js';
import { textsFor } from './texts.js';

/**
 * Number formatting for reports: one decimal, with a decimal comma in Dutch ("3,3") and a point in English
 * ("3.3"). Deliberately not `Intl`: the output must be the same bytes on every machine and Node version.
 */
export function formatDecimal(value: number | null | undefined, language: ReportLanguage): string {
    if (value === null || value === undefined || !Number.isFinite(value)) {
        return textsFor(language).notAvailable;
    }
    // Round half away from zero on the decimal value, and never print "-0,0".
    const rounded = Math.round(Math.abs(value) * 10) / 10;
    const text = rounded.toFixed(1);
    const signed = value < 0 && rounded !== 0 ? `-${text}` : text;
    return language === 'nl' ? signed.replace('.', ',') : signed;
}

/** A change between two figures with its sign and one decimal: "+0,5", "-1,0", "0,0". */
export function formatChange(value: number | null | undefined, language: ReportLanguage): string {
    const text = formatDecimal(value, language);
    return value !== null && value !== undefined && Number.isFinite(value) && Math.round(value * 10) > 0 ? `+${text}` : text;
}

/** Whole numbers as they are (a score "3", a count "4"); anything else with one decimal. */
export function formatNumber(value: number | null | undefined, language: ReportLanguage): string {
    if (value !== null && value !== undefined && Number.isInteger(value)) {
        return String(value);
    }
    return formatDecimal(value, language);
}

/** Dates are shown as written in the scan (ISO `2024-01-15`); absent parts become a dash. */
export function formatDate(value: string | undefined, language: ReportLanguage): string {
    return value === undefined || value === '' ? textsFor(language).notAvailable : value;
}

export function formatPeriod(period: { start?: string; end?: string }, language: ReportLanguage): string {
    return `${formatDate(period.start, language)} – ${formatDate(period.end, language)}`;
}

/** "a, b en c" / "a, b and c". */
export function joinWords(words: readonly string[], language: ReportLanguage): string {
    if (words.length <= 1) {
        return words.join('');
    }
    return `${words.slice(0, -1).join(', ')} ${textsFor(language).and} ${words[words.length - 1]}`;
}
