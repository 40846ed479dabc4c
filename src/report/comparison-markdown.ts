import type { ComparisonReport, ReportLanguage } from '../domain/report-model.js';
import { largestSpread, statisticFor } from './comparison-data.js';
import { formatDecimal, formatNumber } from './format.js';
import { mdCell, mdDocument, mdHeading, mdList, mdTable } from './markdown.js';
import { rulesText } from './rules-text.js';
import { textsFor } from './texts.js';

/** The comparison across regions as Markdown: one table row per region. */
export function renderComparisonMarkdown(report: ComparisonReport, language: ReportLanguage): string {
    const t = textsFor(language);
    const table = mdTable(
        [t.region, t.focus, t.model, t.count, ...report.roles.map(mdCell), t.comparisonSpread],
        report.regions.map(region => [
            mdCell(region.label),
            region.focus === undefined ? t.notAvailable : mdCell(region.focus),
            mdCell(t.modelVersion(region.model.name, region.model.version)),
            String(region.respondentCount),
            ...report.roles.map(role => formatDecimal(statisticFor(region, role)?.mean ?? null, language)),
            formatNumber(largestSpread(region), language)
        ]),
        ['left', 'left', 'left', 'right', ...report.roles.map(() => 'right' as const), 'right']
    );
    return mdDocument([
        mdHeading(1, t.comparison),
        report.anonymous && t.comparisonAnonymousNote,
        mdHeading(2, t.statistics),
        report.regions.length === 0 ? t.noRegions : `${t.comparisonTableCaption}:\n\n${table}`,
        report.scale && mdHeading(2, t.rulesApplied),
        report.scale && mdList(rulesText(report.scale.rules, language))
    ]);
}
