import type { RegionReport, ReportLanguage } from '../domain/report-model.js';
import { flagText } from './flag-text.js';
import { formatDate, formatDecimal, formatNumber, formatPeriod } from './format.js';
import { mdCell, mdDocument, mdHeading, mdInline, mdList, mdParagraphs, mdTable } from './markdown.js';
import { holdersText, recordsHolders } from './holder-text.js';
import { rulesText } from './rules-text.js';
import { textsFor } from './texts.js';

/** The region report as GitHub-flavoured Markdown. */
export function renderRegionReportMarkdown(report: RegionReport, language: ReportLanguage): string {
    const t = textsFor(language);
    const modelText = t.modelVersion(mdInline(report.model.name), mdInline(report.model.version));
    const meta = [
        report.focus && `${t.focus}: ${mdInline(report.focus.label)}`,
        report.theme && `${t.theme}: ${mdInline(report.theme.label)}`,
        report.area && `${t.area}: ${mdInline(report.area.label)}`,
        `${t.model}: ${modelText}${report.model.title === undefined ? '' : ` (${mdInline(report.model.title)})`}`,
        `${t.period}: ${mdInline(formatPeriod(report.period, language))}`,
        report.use && `${t.use}: ${mdInline(report.use.label)}`
    ].filter((line): line is string => typeof line === 'string');

    const roles = report.roles.map(role => role.name);
    const withHolders = recordsHolders(report);
    const holderCell = (role: string) => {
        const entry = report.roleHolders.find(holding => holding.role === role);
        return entry === undefined ? t.notRecorded : mdCell(holdersText(entry, t));
    };
    const statistics = mdTable(
        [t.role, t.count, t.mean, t.median, t.min, t.max, t.spread, t.standardDeviation, t.meanLabel, ...(withHolders ? [t.roleHolders] : [])],
        report.statistics.map(stat => [
            mdCell(stat.role), String(stat.count), formatDecimal(stat.mean, language), formatNumber(stat.median, language),
            formatNumber(stat.min, language), formatNumber(stat.max, language), formatNumber(stat.spread, language),
            formatDecimal(stat.standardDeviation, language),
            stat.roundedMean === null ? t.notAvailable : `${stat.roundedMean} – ${mdCell(stat.meanLabel ?? '')}`,
            ...(withHolders ? [holderCell(stat.role)] : [])
        ]),
        ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'left', ...(withHolders ? ['left' as const] : [])]
    );

    const withNames = report.respondents.some(respondent => respondent.personName !== undefined);
    const withDates = report.respondents.some(respondent => respondent.interviewDate !== undefined);
    const respondents = report.respondents.length === 0 ? t.noRespondents : mdTable(
        [t.respondent, t.party, t.function, ...(withNames ? [t.personName] : []), ...(withDates ? [t.interviewDate] : []), ...roles.map(mdCell)],
        report.respondents.map(respondent => [
            mdCell(respondent.id), mdCell(respondent.partyLabel), mdCell(respondent.function ?? ''),
            ...(withNames ? [mdCell(respondent.personName ?? '')] : []),
            ...(withDates ? [mdCell(formatDate(respondent.interviewDate, language))] : []),
            ...roles.map(role => {
                const score = respondent.scores.find(s => s.role === role);
                const value = score?.value ?? null;
                return value === null ? t.notAvailable : score?.offScale ? `~~${value}~~ (${t.offScaleScore})` : String(value);
            })
        ]),
        ['left', 'left', 'left', ...(withNames ? ['left' as const] : []), ...(withDates ? ['left' as const] : []), ...roles.map(() => 'right' as const)]
    );
    const notes = report.respondents.flatMap(respondent => respondent.scores
        .filter(score => score.note !== undefined && score.note.trim() !== '')
        .map(score => `${mdInline(respondent.id)} · ${mdInline(score.role)}: ${mdInline(score.note!)}`));

    const byParty = report.byParty.length > 0 && [
        mdHeading(2, t.byParty),
        mdTable(
            [t.party, ...roles.map(mdCell)],
            report.byParty.map(party => [mdCell(party.partyLabel),
                ...roles.map(role => formatDecimal(party.roles.find(entry => entry.role === role)?.mean ?? null, language))]),
            ['left', ...roles.map(() => 'right' as const)]
        )
    ].join('\n\n');

    const flags = report.flags.length === 0 ? t.noFlags : mdList(report.flags.map(flag => {
        const text = flagText(flag, language);
        const suggestions = text.suggestions.length === 0 ? '' : `\n${t.flagWeakSuggestions}\n\n${mdList(text.suggestions.map(mdInline))}`;
        // The flag's kind in words leads the item, so the list reads without any colour or icon.
        return `**${text.kind}:** ${mdInline(text.sentence)}${suggestions}`;
    }));

    const labelled = (entries: RegionReport['obstacles']) => entries.length === 0
        ? t.noneRecorded
        : mdList(entries.map(entry => entry.note === undefined ? mdInline(entry.label) : `**${mdInline(entry.label)}:** ${mdInline(entry.note)}`));

    const factsheet = report.factsheet.answers.length === 0 ? [t.noneRecorded] : report.factsheet.answers.flatMap(answer => [
        mdHeading(3, `${mdInline(answer.question)}. ${mdInline(answer.text)}`),
        answer.answer === undefined || answer.answer.trim() === '' ? t.unanswered : mdParagraphs(answer.answer)
    ]);

    return mdDocument([
        mdHeading(1, `${t.regionReport}: ${mdInline(report.region)}`),
        mdList(meta),
        mdHeading(2, t.scoresPerRole),
        statistics,
        mdHeading(2, t.respondents),
        respondents,
        notes.length > 0 && mdHeading(3, t.notes),
        notes.length > 0 && mdList(notes),
        byParty,
        mdHeading(2, t.flags),
        flags,
        mdHeading(2, t.rulesApplied),
        mdList(rulesText(report.scale.rules, language)),
        mdHeading(2, t.characteristics),
        report.characteristics.length === 0 ? t.noneRecorded
            : mdList(report.characteristics.map(entry => `${mdInline(entry.traitLabel)}: ${mdInline(entry.valueLabel)}`)),
        mdHeading(2, t.obstacles),
        labelled(report.obstacles),
        mdHeading(2, t.handholds),
        labelled(report.handholds),
        mdHeading(2, t.factsheet),
        ...factsheet,
        report.factsheet.checkedDate === undefined ? t.notChecked : mdInline(t.checked(report.factsheet.checkedDate)),
        mdHeading(2, t.advice),
        report.advice === undefined || report.advice.trim() === '' ? t.noAdvice : mdParagraphs(report.advice),
        mdHeading(2, t.prompts),
        report.use && `${mdInline(report.use.label)}${report.use.description === undefined ? '' : `: ${mdInline(report.use.description)}`}`,
        report.prompts.length === 0 ? t.noneRecorded : mdList(report.prompts.map(prompt => mdInline(prompt.text)))
    ]);
}
