import type { BlankForm, ReportLanguage } from '../domain/report-model.js';
import { dataTable, html, joinHtml, NL, paragraphs } from './html.js';
import { renderPage, type PageLayout } from './page.js';
import { textsFor } from './texts.js';


/**
 * The blank form of a model version, to print on A4 and fill in by hand: the roles, the scale, an empty
 * scoring grid, the ways of use with their prompts and the factsheet questions with room to write.
 */
export function renderBlankFormHtml(form: BlankForm, language: ReportLanguage, layout: PageLayout = renderPage): string {
    const t = textsFor(language);
    const modelText = t.modelVersion(form.model.name, form.model.version);
    const header = html`<p class="eyebrow">${t.product} · ${t.blankForm}</p>
<h1>${form.model.title ?? modelText}</h1>
<dl class="meta">
<dt>${t.model}</dt><dd>${modelText}</dd>
${form.sourceText !== undefined && html`<dt>${t.source}</dt><dd>${form.sourceText}</dd>`}
</dl>`;

    const roles = form.roles.map(role => html`<div class="role-card">
<h3>${role.name}</h3>
${role.description !== undefined && html`<p>${role.description}</p>`}
${role.competence !== undefined && html`<p><strong>${t.competence}:</strong> ${role.competence}</p>`}
${role.actions.length > 0 && html`<p><strong>${t.actions}:</strong></p>\n<ul>\n${joinHtml(role.actions.map(action => html`<li>${action.text}</li>`), NL)}\n</ul>`}
</div>`);

    const scaleRows = form.scale.points.map(point => html`<tr><th scope="row" class="center">${point.value}</th><td>${point.label}</td></tr>`);

    const gridRows = form.roles.map(role => html`<tr>
<th scope="row">${role.name}</th>
${joinHtml(form.scale.points.map(() => html`<td class="tick"></td>`), NL)}
<td class="remark"></td>
</tr>`);

    const uses = form.uses.map(use => html`<h3>${use.label}</h3>
${use.description !== undefined && paragraphs(use.description)}
${use.prompts.length > 0 && html`<ul>\n${joinHtml(use.prompts.map(prompt => html`<li>${prompt.text}</li>`), NL)}\n</ul>`}`);

    const questions = form.questions.map(question => html`<h3>${question.name}. ${question.text}</h3>
<div class="write-space"></div>`);

    const main = html`<section>
<h2>${t.coreRoles}</h2>
${joinHtml(roles, NL)}
</section>
<section>
<h2>${t.scale}</h2>
${dataTable(t.scaleCaption(form.scale.name), html`<th scope="col" class="center">${t.value}</th><th scope="col">${t.label}</th>`, scaleRows, { scroll: false })}
</section>
<section class="page-break">
<h2>${t.scoringGrid}</h2>
<p>${t.scoringInstruction}</p>
<dl class="fields">
${joinHtml(t.respondentFields.map(field => html`<dt>${field}</dt><dd></dd>`), NL)}
</dl>
<table class="tick-grid">
<caption>${t.scoringGridCaption}</caption>
<thead>
<tr><th scope="col">${t.role}</th>${form.scale.points.map(point => html`<th scope="col"><abbr title="${point.label}">${point.value}</abbr></th>`)}<th scope="col">${t.remark}</th></tr>
</thead>
<tbody>
${joinHtml(gridRows, NL)}
</tbody>
</table>
</section>
<section class="page-break">
<h2>${t.uses}</h2>
${joinHtml(uses, NL)}
</section>
<section>
<h2>${t.factsheetQuestions}</h2>
${joinHtml(questions, NL)}
</section>`;

    return layout({ language, title: `${t.blankForm} ${modelText}`, header, main, footer: `${t.product} · ${modelText}` });
}
