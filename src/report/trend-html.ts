import type { ReportLanguage } from '../domain/report-model.js';
import type { TrendReport } from '../domain/trend-report.js';
import { formatChange, formatDecimal, formatPeriod, joinWords } from './format.js';
import { dataTable, html, joinHtml, NL, type SafeHtml } from './html.js';
import { renderPage, type PageLayout } from './page.js';
import { rulesSection } from './rules-html.js';
import { trendFlagText } from './trend-markdown.js';
import { textsFor, type ReportTexts } from './texts.js';

/** A region across rounds as HTML: the rounds, the mean per role and round with each change, the flags per round. */
export function renderTrendHtml(report: TrendReport, language: ReportLanguage, layout: PageLayout = renderPage): string {
    const t = textsFor(language);
    const title = t.trendTitle(report.region);
    const header = html`<p class="eyebrow">${t.product} · ${t.trend}</p>
<h1>${title}</h1>
<dl class="meta">
<dt>${t.model}</dt><dd>${report.model.name}</dd>
</dl>`;
    const main = joinHtml([
        roundsSection(report, language, t),
        meansSection(report, language, t),
        flagsSection(report, language, t),
        report.partialRoles.length > 0 && html`<p class="note">${t.trendPartialRoles(joinWords(report.partialRoles, language))}</p>`,
        rulesSection(report.scale.rules, language)
    ].filter((part): part is SafeHtml => part !== false), NL);
    return layout({ language, title, header, main, footer: t.product });
}

function roundsSection(report: TrendReport, language: ReportLanguage, t: ReportTexts): SafeHtml {
    const rows = report.rounds.map(round => html`<tr>
<th scope="row">${round.label}</th>
<td>${formatPeriod(round.period, language)}</td>
<td>${t.modelVersion(round.model.name, round.model.version)}</td>
<td class="num">${round.respondentCount}</td>
</tr>`);
    return html`<section>
<h2>${t.rounds}</h2>
${dataTable(t.roundsCaption, html`<th scope="col">${t.round}</th><th scope="col">${t.period}</th><th scope="col">${t.model}</th><th scope="col" class="num"><abbr title="${t.countOfRespondents}">${t.count}</abbr></th>`, rows, { scroll: false })}
</section>`;
}

function meansSection(report: TrendReport, language: ReportLanguage, t: ReportTexts): SafeHtml {
    const labels = report.rounds.map(round => round.label);
    const headers = labels.map((label, index) => index === 0
        ? html`<th scope="col" class="num">${label}</th>`
        : html`<th scope="col" class="num">${label}</th><th scope="col" class="num">${t.trendChange(labels[index - 1]!, label)}</th>`);
    const rows = report.roles.map(role => html`<tr>
<th scope="row">${role.role}</th>
${joinHtml(role.rounds.map((round, index) => index === 0
        ? html`<td class="num">${formatDecimal(round.mean, language)}</td>`
        : html`<td class="num">${formatDecimal(round.mean, language)}</td><td class="num">${formatChange(round.change, language)}</td>`), NL)}
</tr>`);
    return html`<section>
<h2>${t.trendMeans}</h2>
${dataTable(t.trendMeansCaption, html`<th scope="col">${t.role}</th>${headers}`, rows, { scroll: true })}
</section>`;
}

function flagsSection(report: TrendReport, language: ReportLanguage, t: ReportTexts): SafeHtml {
    const rows = report.roles.map(role => html`<tr>
<th scope="row">${role.role}</th>
${joinHtml(role.rounds.map(round => html`<td>${trendFlagText(round, language)}</td>`), NL)}
</tr>`);
    return html`<section>
<h2>${t.trendFlags}</h2>
${dataTable(t.trendFlagsCaption, html`<th scope="col">${t.role}</th>${report.rounds.map(round => html`<th scope="col">${round.label}</th>`)}`, rows, { scroll: true })}
</section>`;
}
