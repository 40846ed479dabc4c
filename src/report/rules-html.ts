import type { ReportLanguage, ReportScale } from '../domain/report-model.js';
import { html, joinHtml, NL, type SafeHtml } from './html.js';
import { rulesText } from './rules-text.js';
import { textsFor } from './texts.js';

/** The section that states the scale's rules a report applied. */
export function rulesSection(rules: ReportScale['rules'], language: ReportLanguage): SafeHtml {
    const items = rulesText(rules, language).map(sentence => html`<li>${sentence}</li>`);
    return html`<section>
<h2>${textsFor(language).rulesApplied}</h2>
<ul>
${joinHtml(items, NL)}
</ul>
</section>`;
}
