import type { BlankForm, ReportLanguage } from '../domain/report-model.js';
import { mdCell, mdDocument, mdHeading, mdInline, mdList, mdParagraphs, mdTable } from './markdown.js';
import { textsFor } from './texts.js';

/** The blank form as Markdown: the same content as the printable HTML, with an empty grid to tick. */
export function renderBlankFormMarkdown(form: BlankForm, language: ReportLanguage): string {
    const t = textsFor(language);
    const modelText = t.modelVersion(mdInline(form.model.name), mdInline(form.model.version));
    const roles = form.roles.flatMap(role => [
        mdHeading(3, mdInline(role.name)),
        role.description !== undefined && mdParagraphs(role.description),
        role.competence !== undefined && `**${t.competence}:** ${mdInline(role.competence)}`,
        role.actions.length > 0 && `**${t.actions}:**\n\n${mdList(role.actions.map(action => mdInline(action.text)))}`
    ]);
    const uses = form.uses.flatMap(use => [
        mdHeading(3, mdInline(use.label)),
        use.description !== undefined && mdParagraphs(use.description),
        use.prompts.length > 0 && mdList(use.prompts.map(prompt => mdInline(prompt.text)))
    ]);
    return mdDocument([
        mdHeading(1, `${t.blankForm}: ${form.model.title === undefined ? modelText : mdInline(form.model.title)}`),
        mdList([
            `${t.model}: ${modelText}`,
            ...(form.sourceText === undefined ? [] : [`${t.source}: ${mdInline(form.sourceText)}`])
        ]),
        mdHeading(2, t.coreRoles),
        ...roles,
        mdHeading(2, t.scale),
        mdTable([t.value, t.label], form.scale.points.map(point => [String(point.value), mdCell(point.label)]), ['center', 'left']),
        mdHeading(2, t.scoringGrid),
        t.scoringInstruction,
        mdList(t.respondentFields.map(field => `${field}:`)),
        mdTable(
            [t.role, ...form.scale.points.map(point => String(point.value)), t.remark],
            form.roles.map(role => [mdCell(role.name), ...form.scale.points.map(() => ''), '']),
            ['left', ...form.scale.points.map(() => 'center' as const), 'left']
        ),
        mdHeading(2, t.uses),
        ...uses,
        mdHeading(2, t.factsheetQuestions),
        mdList(form.questions.map(question => `${mdInline(question.name)}. ${mdInline(question.text)}`))
    ]);
}
