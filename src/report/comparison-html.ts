import type { ComparisonReport, ReportLanguage } from '../domain/report-model.js';
import { comparisonScale, comparisonSeries, largestSpread, statisticFor } from './comparison-data.js';
import { formatDecimal, formatNumber, joinWords } from './format.js';
import { dataTable, html, joinHtml, NL, type SafeHtml } from './html.js';
import { renderPage, type PageLayout } from './page.js';
import { rulesSection } from './rules-html.js';
import { renderComparisonChart } from './svg-charts.js';
import { textsFor, type ReportTexts } from './texts.js';


/**
 * The comparison across regions as HTML. It shows only what the report model holds; the anonymised one has
 * no per-region row, only the counts per role and scale point that the builder computed over all regions.
 */
export function renderComparisonHtml(report: ComparisonReport, language: ReportLanguage, layout: PageLayout = renderPage): string {
    const t = textsFor(language);
    const anonymity = report.anonymity;
    const header = html`<p class="eyebrow">${t.product}</p>
<h1>${t.comparison}</h1>
${report.model.name !== '' && html`<p>${t.model}: ${report.model.name}</p>`}
${anonymity && html`<p class="muted">${t.comparisonAnonymousNote(String(anonymity.regionCount), String(anonymity.minimumGroupSize))}</p>`}`;

    if (report.regions.length === 0 && !anonymity) {
        return layout({ language, title: t.comparison, header, main: html`<p>${t.noRegions}</p>`, footer: t.product });
    }

    const main = joinHtml([
        anonymity ? distributionSection(report, t) : regionSections(report, language, t),
        holdersSection(report, language, t),
        report.partialRoles.length > 0 && html`<p class="note">${t.partialRoles(joinWords(report.partialRoles, language))}</p>`,
        report.scale && rulesSection(report.scale.rules, language)
    ].filter((part): part is SafeHtml => part !== false && part !== undefined), NL);

    return layout({ language, title: t.comparison, header, main, footer: t.product });
}

function regionSections(report: ComparisonReport, language: ReportLanguage, t: ReportTexts): SafeHtml {
    const rows = report.regions.map(region => html`<tr>
<th scope="row">${region.label}</th>
<td>${region.focus ?? t.notAvailable}</td>
<td>${t.modelVersion(region.model.name, region.model.version)}</td>
<td class="num">${region.respondentCount}</td>
${joinHtml(report.roles.map(role => html`<td class="num">${formatDecimal(statisticFor(region, role)?.mean ?? null, language)}</td>`), NL)}
<td class="num">${formatNumber(largestSpread(region), language)}</td>
</tr>`);
    return html`<section>
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
</section>`;
}

function distributionSection(report: ComparisonReport, t: ReportTexts): SafeHtml {
    const points = report.scale?.points ?? [];
    const rows = (report.anonymity?.distributions ?? []).map(distribution => html`<tr>
<th scope="row">${distribution.role}</th>
${joinHtml(distribution.bands.map(band => html`<td class="num">${band.regions}</td>`), NL)}
<td class="num">${distribution.unscored}</td>
</tr>`);
    return html`<section>
<h2>${t.distributionsTitle}</h2>
${dataTable(t.distributionCaption, html`<th scope="col">${t.role}</th>${points.map(point => html`<th scope="col" class="num">${point.value} – ${point.label}</th>`)}<th scope="col" class="num">${t.unscored}</th>`, rows, { scroll: true })}
</section>`;
}

/** Per role, how many regions record nobody, a holder or nothing; shown once any region records holders. */
function holdersSection(report: ComparisonReport, language: ReportLanguage, t: ReportTexts): SafeHtml | undefined {
    const { regionCount, roles } = report.roleHolders;
    if (!roles.some(role => role.nobody + role.held > 0)) {
        return undefined;
    }
    const named = !report.anonymous;
    const rows = roles.map(role => html`<tr>
<th scope="row">${role.role}</th>
<td class="num">${role.nobody}</td>
<td class="num">${role.held}</td>
<td class="num">${role.unrecorded}</td>${named && html`\n<td>${joinWords(role.nobodyIn ?? [], language)}</td>`}
</tr>`);
    return html`<section>
<h2>${t.holdersTitle}</h2>
${dataTable(t.holdersCaption(String(regionCount)), html`<th scope="col">${t.role}</th><th scope="col" class="num">${t.holdersNobody}</th><th scope="col" class="num">${t.holdersHeld}</th><th scope="col" class="num">${t.holdersUnrecorded}</th>${named && html`<th scope="col">${t.holdersNobodyIn}</th>`}`, rows, { scroll: true })}
</section>`;
}
