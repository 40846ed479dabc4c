import type { RegionReport, ReportLanguage } from '../domain/report-model.js';
import { flagText } from './flag-text.js';
import { formatDate, formatDecimal, formatNumber, formatPeriod } from './format.js';
import { dataTable, html, joinHtml, NL, paragraphs, type SafeHtml } from './html.js';
import { holdersText, recordsHolders } from './holder-text.js';
import { renderPage, type PageLayout } from './page.js';
import { roleDistributions } from './region-report-data.js';
import { rulesSection } from './rules-html.js';
import { renderRoleChart } from './svg-charts.js';
import { textsFor, type ReportTexts } from './texts.js';


/** The region report as a self-contained HTML page. */
export function renderRegionReportHtml(report: RegionReport, language: ReportLanguage, layout: PageLayout = renderPage): string {
    const t = textsFor(language);
    const modelText = t.modelVersion(report.model.name, report.model.version);
    const header = html`<p class="eyebrow">${t.product} · ${t.regionReport}</p>
<h1>${report.region}</h1>
<dl class="meta">
${report.focus && html`<dt>${t.focus}</dt><dd>${report.focus.label}</dd>`}${report.theme && html`
<dt>${t.theme}</dt><dd>${report.theme.label}</dd>`}${report.area && html`
<dt>${t.area}</dt><dd>${report.area.label}</dd>`}
<dt>${t.model}</dt><dd>${modelText}${report.model.title && html`<br><span class="muted">${report.model.title}</span>`}</dd>
<dt>${t.period}</dt><dd>${formatPeriod(report.period, language)}</dd>
${report.use && html`<dt>${t.use}</dt><dd>${report.use.label}</dd>`}
</dl>`;

    const main = joinHtml([
        scoresSection(report, language, t),
        respondentsSection(report, language, t),
        byPartySection(report, language, t),
        flagsSection(report, language, t),
        rulesSection(report.scale.rules, language),
        characteristicsSection(report, t),
        labelledSection(t.obstacles, report.obstacles, t),
        labelledSection(t.handholds, report.handholds, t),
        factsheetSection(report, t),
        html`<section>\n<h2>${t.advice}</h2>\n${report.advice === undefined || report.advice.trim() === '' ? html`<p class="muted">${t.noAdvice}</p>` : paragraphs(report.advice)}\n</section>`,
        promptsSection(report, t)
    ], NL);

    return layout({
        language,
        title: `${report.region} – ${t.regionReport}`,
        header,
        main,
        footer: `${t.product} · ${modelText}`
    });
}

function scoresSection(report: RegionReport, language: ReportLanguage, t: ReportTexts): SafeHtml {
    const chart = renderRoleChart({
        id: 'role-chart',
        title: t.chartTitle(report.region),
        scale: { min: report.scale.min, max: report.scale.max },
        roles: roleDistributions(report),
        language
    });
    const withHolders = recordsHolders(report);
    const holding = (role: string) => report.roleHolders.find(entry => entry.role === role);
    const holderCell = (role: string) => {
        const entry = holding(role);
        return entry === undefined || entry.state === 'niet-vastgelegd' ? html`<td class="muted">${t.notRecorded}</td>` : html`<td>${holdersText(entry, t)}</td>`;
    };
    const rows = report.statistics.map(stat => html`<tr>
<th scope="row">${stat.role}</th>
<td class="num">${stat.count}</td>
<td class="num">${formatDecimal(stat.mean, language)}</td>
<td class="num">${formatNumber(stat.median, language)}</td>
<td class="num">${formatNumber(stat.min, language)}</td>
<td class="num">${formatNumber(stat.max, language)}</td>
<td class="num">${formatNumber(stat.spread, language)}</td>
<td class="num">${formatDecimal(stat.standardDeviation, language)}</td>
<td>${stat.roundedMean === null ? t.notAvailable : `${stat.roundedMean} – ${stat.meanLabel ?? ''}`}</td>${withHolders && html`
${holderCell(stat.role)}`}
</tr>`);
    return html`<section>
<h2>${t.scoresPerRole}</h2>
${chart}
${dataTable(t.statisticsCaption, html`<th scope="col">${t.role}</th><th scope="col" class="num"><abbr title="${t.countOfScores}">${t.count}</abbr></th><th scope="col" class="num">${t.mean}</th><th scope="col" class="num">${t.median}</th><th scope="col" class="num">${t.min}</th><th scope="col" class="num">${t.max}</th><th scope="col" class="num">${t.spread}</th><th scope="col" class="num">${t.standardDeviation}</th><th scope="col">${t.meanLabel}</th>${withHolders && html`<th scope="col">${t.roleHolders}</th>`}`, rows, { scroll: true })}
</section>`;
}

function respondentsSection(report: RegionReport, language: ReportLanguage, t: ReportTexts): SafeHtml {
    if (report.respondents.length === 0) {
        return html`<section>\n<h2>${t.respondents}</h2>\n<p class="muted">${t.noRespondents}</p>\n</section>`;
    }
    const withNames = report.respondents.some(respondent => respondent.personName !== undefined);
    const withDates = report.respondents.some(respondent => respondent.interviewDate !== undefined);
    const roles = report.roles.map(role => role.name);
    const rows = report.respondents.map(respondent => {
        const scores = roles.map(role => {
            const score = respondent.scores.find(s => s.role === role);
            const value = score?.value ?? null;
            return value === null
                ? html`<td class="num"><span aria-hidden="true">${t.notAvailable}</span><span class="visually-hidden">${t.noScore}</span></td>`
                : score?.offScale
                    ? html`<td class="num off-scale"><s>${value}</s> <span class="muted">${t.offScaleScore}</span></td>`
                    : html`<td class="num">${value}</td>`;
        });
        return html`<tr>
<th scope="row">${respondent.id}</th>
<td>${respondent.partyLabel}</td>
<td>${respondent.function ?? ''}</td>
${withNames && html`<td>${respondent.personName ?? ''}</td>\n`}${withDates && html`<td class="date">${formatDate(respondent.interviewDate, language)}</td>\n`}${joinHtml(scores, NL)}
</tr>`;
    });
    const notes = report.respondents.flatMap(respondent => respondent.scores
        .filter(score => score.note !== undefined && score.note.trim() !== '')
        .map(score => html`<dt>${respondent.id} · ${score.role}</dt>\n<dd>${paragraphs(score.note!)}</dd>`));
    return html`<section>
<h2>${t.respondents}</h2>
${dataTable(t.respondentsCaption, html`<th scope="col">${t.respondent}</th><th scope="col">${t.party}</th><th scope="col">${t.function}</th>${withNames && html`<th scope="col">${t.personName}</th>`}${withDates && html`<th scope="col">${t.interviewDate}</th>`}${roles.map(role => html`<th scope="col" class="num">${role}</th>`)}`, rows, { scroll: true })}
${notes.length > 0 && html`<h3>${t.notes}</h3>\n<dl class="labelled-list">\n${joinHtml(notes, NL)}\n</dl>`}
</section>`;
}

function byPartySection(report: RegionReport, language: ReportLanguage, t: ReportTexts): SafeHtml | undefined {
    if (report.byParty.length === 0) {
        return undefined;
    }
    const roles = report.roles.map(role => role.name);
    const rows = report.byParty.map(party => html`<tr>
<th scope="row">${party.partyLabel}</th>
${joinHtml(roles.map(role => html`<td class="num">${formatDecimal(party.roles.find(entry => entry.role === role)?.mean ?? null, language)}</td>`), NL)}
</tr>`);
    return html`<section>
<h2>${t.byParty}</h2>
${dataTable(t.byPartyCaption, html`<th scope="col">${t.party}</th>${roles.map(role => html`<th scope="col" class="num">${role}</th>`)}`, rows, { scroll: true })}
</section>`;
}

function flagsSection(report: RegionReport, language: ReportLanguage, t: ReportTexts): SafeHtml {
    if (report.flags.length === 0) {
        return html`<section>\n<h2>${t.flags}</h2>\n<p>${t.noFlags}</p>\n</section>`;
    }
    const items = report.flags.map(flag => {
        const text = flagText(flag, language);
        return html`<li class="flag"><span class="flag-kind">${text.kind}</span>
${text.sentence}${text.suggestions.length > 0 && html`
<br>${t.flagWeakSuggestions}
<ul>
${joinHtml(text.suggestions.map(suggestion => html`<li>${suggestion}</li>`), NL)}
</ul>`}
</li>`;
    });
    return html`<section>
<h2>${t.flags}</h2>
<ul class="flags">
${joinHtml(items, NL)}
</ul>
</section>`;
}

function characteristicsSection(report: RegionReport, t: ReportTexts): SafeHtml {
    const body = report.characteristics.length === 0
        ? html`<p class="muted">${t.noneRecorded}</p>`
        : html`<dl class="labelled-list">\n${joinHtml(report.characteristics.map(entry => html`<dt>${entry.traitLabel}</dt>\n<dd>${entry.valueLabel}</dd>`), NL)}\n</dl>`;
    return html`<section>\n<h2>${t.characteristics}</h2>\n${body}\n</section>`;
}

function labelledSection(heading: string, entries: RegionReport['obstacles'], t: ReportTexts): SafeHtml {
    const body = entries.length === 0
        ? html`<p class="muted">${t.noneRecorded}</p>`
        : html`<dl class="labelled-list">\n${joinHtml(entries.map(entry => html`<dt>${entry.label}</dt>${entry.note !== undefined && html`\n<dd>${paragraphs(entry.note)}</dd>`}`), NL)}\n</dl>`;
    return html`<section>\n<h2>${heading}</h2>\n${body}\n</section>`;
}

function factsheetSection(report: RegionReport, t: ReportTexts): SafeHtml {
    const answers = report.factsheet.answers.map(answer => html`<h3>${answer.question}. ${answer.text}</h3>
${answer.answer === undefined || answer.answer.trim() === '' ? html`<p class="muted">${t.unanswered}</p>` : html`<div class="answer">\n${paragraphs(answer.answer)}\n</div>`}`);
    const checked = report.factsheet.checkedDate === undefined ? t.notChecked : t.checked(report.factsheet.checkedDate);
    return html`<section>
<h2>${t.factsheet}</h2>
${answers.length === 0 ? html`<p class="muted">${t.noneRecorded}</p>` : joinHtml(answers, NL)}
<p class="note">${checked}</p>
</section>`;
}

function promptsSection(report: RegionReport, t: ReportTexts): SafeHtml {
    const intro = report.use && html`<p><strong>${report.use.label}</strong>${report.use.description !== undefined && html`: ${report.use.description}`}</p>`;
    const body = report.prompts.length === 0
        ? html`<p class="muted">${t.noneRecorded}</p>`
        : html`<ul>\n${joinHtml(report.prompts.map(prompt => html`<li>${prompt.text}</li>`), NL)}\n</ul>`;
    return html`<section>\n<h2>${t.prompts}</h2>\n${intro}\n${body}\n</section>`;
}
