import type { ReportLanguage } from '../domain/report-model.js';
import type { TrendReport } from '../domain/trend-report.js';
import { formatChange, formatDecimal, formatPeriod, joinWords } from './format.js';
import { mdCell, mdDocument, mdHeading, mdInline, mdList, mdTable } from './markdown.js';
import { rulesText } from './rules-text.js';
import { textsFor } from './texts.js';

/** The flags of one role in one round, in words ("Onenigheid, Zwak aanwezig"), or that there are none. */
export function trendFlagText(round: TrendReport['roles'][number]['rounds'][number], language: ReportLanguage): string {
    const t = textsFor(language);
    const flags = [round.disagreement && t.flagKind.onenigheid, round.weak && t.flagKind['zwak-aanwezig']].filter(flag => flag !== false);
    return flags.length === 0 ? t.trendNoFlag : flags.join(', ');
}

/** A region across rounds as Markdown: the same tables as the HTML. */
export function renderTrendMarkdown(report: TrendReport, language: ReportLanguage): string {
    const t = textsFor(language);
    const labels = report.rounds.map(round => round.label);
    const roundsTable = mdTable(
        [t.round, t.period, t.model, t.count],
        report.rounds.map(round => [
            mdCell(round.label), formatPeriod(round.period, language), mdCell(t.modelVersion(round.model.name, round.model.version)), String(round.respondentCount)
        ]),
        ['left', 'left', 'left', 'right']
    );
    const meansTable = mdTable(
        [t.role, ...labels.flatMap((label, index) => index === 0 ? [mdCell(label)] : [mdCell(label), mdCell(t.trendChange(labels[index - 1]!, label))])],
        report.roles.map(role => [
            mdCell(role.role),
            ...role.rounds.flatMap((round, index) => index === 0
                ? [formatDecimal(round.mean, language)]
                : [formatDecimal(round.mean, language), formatChange(round.change, language)])
        ]),
        ['left', ...labels.flatMap((_, index) => index === 0 ? ['right' as const] : ['right' as const, 'right' as const])]
    );
    const flagsTable = mdTable(
        [t.role, ...labels.map(mdCell)],
        report.roles.map(role => [mdCell(role.role), ...role.rounds.map(round => trendFlagText(round, language))])
    );
    return mdDocument([
        mdHeading(1, t.trendTitle(mdInline(report.region))),
        `${t.model}: ${mdInline(report.model.name)}`,
        mdHeading(2, t.rounds),
        `${t.roundsCaption}:\n\n${roundsTable}`,
        mdHeading(2, t.trendMeans),
        `${t.trendMeansCaption}:\n\n${meansTable}`,
        mdHeading(2, t.trendFlags),
        `${t.trendFlagsCaption}:\n\n${flagsTable}`,
        report.partialRoles.length > 0 && mdInline(t.trendPartialRoles(joinWords(report.partialRoles, language))),
        mdHeading(2, t.rulesApplied),
        mdList(rulesText(report.scale.rules, language))
    ]);
}
