import type { ComparisonReport, ReportLanguage } from '../domain/report-model.js';
import { comparisonScale, comparisonSeries, largestSpread, statisticFor } from './comparison-data.js';
import { formatDecimal, formatNumber } from './format.js';
import { dataTable, html, joinHtml, NL } from './html.js';
import { renderPage, type PageLayout } from './page.js';
import { rulesSection } from './rules-html.js';
import { renderComparisonChart } from './svg-charts.js';
import { textsFor } from './texts.js';


/**
 * The comparison across regions as HTML. It shows only what the report model holds: in anonymous mode the
 * builder has already replaced region names by neutral labels, and nothing here adds identifying detail.
 */
export function renderComparisonHtml(report: ComparisonReport, language: ReportLanguage, layout: PageLayout = renderPage): string {
    const t = textsFor(language);
    const header = html`<p class="eyebrow">${t.product}</p>
<h1>${t.comparison}</h1>
${report.anonymous && html`<p class="muted">${t.comparisonAnonymousNote}</p>`}`;

    if (report.regions.length === 0) {
        return layout({ language, title: t.comparison, header, main: html`<p>${t.noRegions}</p>`, footer: t.product });
    }

    const rows = report.regions.map(region => html`<tr>
<th scope="row">${region.label}</th>
<td>${region.focus ?? t.notAvailable}</td>
<td>${t.modelVersion(region.model.name, region.model.version)}</td>
<td class="num">${region.respondentCount}</td>
${joinHtml(report.roles.map(role => html`<td class="num">${formatDecimal(statisticFor(region, role)?.mean ?? null, language)}</td>`), NL)}
<td class="num">${formatNumber(largestSpread(region), language)}</td>
</tr>`);

    const main = html`<section>
<h2>${t.scoresPerRole}</h2>
${renderComparisonChart({
        id: 'comparison-chart',
        title: t.comparisonChartTitle,
        scale: comparisonScale(report),
        roles: report.roles,
        series: comparisonSeries(report),
        language
    })}
</section>
<section>
<h2>${t.statistics}</h2>
${dataTable(t.comparisonTableCaption, html`<th scope="col">${t.region}</th><th scope="col">${t.focus}</th><th scope="col">${t.model}</th><th scope="col" class="num"><abbr title="${t.countOfRespondents}">${t.count}</abbr></th>${report.roles.map(role => html`<th scope="col" class="num">${role}</th>`)}<th scope="col" class="num">${t.comparisonSpread}</th>`, rows, { scroll: true })}
</section>
${report.scale && rulesSection(report.scale.rules, language)}`;

    return layout({ language, title: t.comparison, header, main, footer: t.product });
}
