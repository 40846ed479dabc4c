import type { ComparisonReport, ReportLanguage } from '../domain/report-model.js';
import { largestSpread, statisticFor } from './comparison-data.js';
import { formatDecimal, formatNumber, joinWords } from './format.js';
import { mdCell, mdDocument, mdHeading, mdInline, mdList, mdTable } from './markdown.js';
import { rulesText } from './rules-text.js';
import { textsFor } from './texts.js';

/** The comparison across regions as Markdown: one table row per region, or in the anonymised one per role. */
export function renderComparisonMarkdown(report: ComparisonReport, language: ReportLanguage): string {
    const t = textsFor(language);
    const anonymity = report.anonymity;
    const regionTable = () => mdTable(
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
    const points = report.scale?.points ?? [];
    const distributionTable = () => mdTable(
        [t.role, ...points.map(point => mdCell(`${point.value} – ${point.label}`)), t.unscored],
        (anonymity?.distributions ?? []).map(distribution => [
            mdCell(distribution.role), ...distribution.bands.map(band => String(band.regions)), String(distribution.unscored)
        ]),
        ['left', ...points.map(() => 'right' as const), 'right']
    );
    const holders = report.roleHolders;
    const named = !report.anonymous;
    const holdersTable = () => mdTable(
        [t.role, t.holdersNobody, t.holdersHeld, t.holdersUnrecorded, ...(named ? [t.holdersNobodyIn] : [])],
        holders.roles.map(role => [
            mdCell(role.role), String(role.nobody), String(role.held), String(role.unrecorded),
            ...(named ? [mdCell(joinWords(role.nobodyIn ?? [], language))] : [])
        ]),
        ['left', 'right', 'right', 'right', ...(named ? ['left' as const] : [])]
    );
    // Shown once any region records holders, as in the HTML.
    const withHolders = holders.roles.some(role => role.nobody + role.held > 0);
    return mdDocument([
        mdHeading(1, t.comparison),
        report.model.name !== '' && `${t.model}: ${mdInline(report.model.name)}`,
        anonymity && mdInline(t.comparisonAnonymousNote(String(anonymity.regionCount), String(anonymity.minimumGroupSize))),
        anonymity ? mdHeading(2, t.distributionsTitle) : mdHeading(2, t.statistics),
        anonymity ? `${t.distributionCaption}:\n\n${distributionTable()}`
            : report.regions.length === 0 ? t.noRegions : `${t.comparisonTableCaption}:\n\n${regionTable()}`,
        withHolders && mdHeading(2, t.holdersTitle),
        withHolders && `${mdInline(t.holdersCaption(String(holders.regionCount)))}:\n\n${holdersTable()}`,
        report.partialRoles.length > 0 && mdInline(t.partialRoles(joinWords(report.partialRoles, language))),
        report.scale && mdHeading(2, t.rulesApplied),
        report.scale && mdList(rulesText(report.scale.rules, language))
    ]);
}
