import type { Changelog, ReportLanguage } from '../domain/report-model.js';
import { changeDetailText, changeNameText } from './change-texts.js';
import { CHANGE_GROUPS, changesIn } from './changelog-data.js';
import { dataTable, html, joinHtml, NL } from './html.js';
import { renderPage, type PageLayout } from './page.js';
import { changeKindLabel, textsFor } from './texts.js';


/** The changelog between two model versions as HTML: added, changed and retired, each grouped by kind. */
export function renderChangelogHtml(changelog: Changelog, language: ReportLanguage, layout: PageLayout = renderPage): string {
    const t = textsFor(language);
    const modelText = t.modelVersion(changelog.model.name, changelog.model.version);
    const header = html`<p class="eyebrow">${t.product} · ${t.changelog}</p>
<h1>${t.changelogTitle(modelText)}</h1>
${changelog.model.title !== undefined && html`<p class="muted">${changelog.model.title}</p>`}
${changelog.base !== undefined && html`<p>${t.changelogSince(t.modelVersion(changelog.base.name, changelog.base.version))}</p>`}`;

    const sections = CHANGE_GROUPS.map(group => {
        const changes = changesIn(changelog, group);
        if (changes.length === 0) {
            return undefined;
        }
        const rows = changes.map(change => html`<tr>
<td>${changeKindLabel(t, change.kind)}</td>
<th scope="row">${changeNameText(change, language)}</th>
<td>${change.details.length === 0 ? '' : html`<ul>\n${joinHtml(change.details.map(detail => html`<li>${changeDetailText(detail, language)}</li>`), NL)}\n</ul>`}</td>
</tr>`);
        return html`<section>
<h2>${t.changeGroup[group]} (${changes.length})</h2>
${dataTable(t.changeGroup[group], html`<th scope="col">${t.changeKindColumn}</th><th scope="col">${t.changeName}</th><th scope="col">${t.changeDetails}</th>`, rows, { scroll: false })}
</section>`;
    });
    const main = changelog.changes.length === 0 ? html`<p>${t.noChanges}</p>` : joinHtml(sections, NL);
    return layout({ language, title: t.changelogTitle(modelText), header, main, footer: `${t.product} · ${modelText}` });
}
