import type { ReportLanguage } from '../domain/report-model.js';
import { html, trustedHtml, type SafeHtml } from './html.js';
import { REPORT_CSS } from './styles.js';

/**
 * The HTML document every report lives in: self-contained (inline CSS, no scripts, no external requests),
 * locked down by a Content-Security-Policy so that even a rendering mistake cannot run code or call out.
 */
const CONTENT_SECURITY_POLICY = 'default-src \'none\'; style-src \'unsafe-inline\'; img-src data:';

export interface PageContent {
    readonly language: ReportLanguage;
    /** The document title, plain text; shortened to 70 characters, as long titles are cut off in tabs and lists. */
    readonly title: string;
    readonly header: SafeHtml;
    readonly main: SafeHtml;
    readonly footer: string;
}

/** Lays out a report's content: the whole document, or (for the editor preview) only what goes in its body. */
export type PageLayout = (content: PageContent) => string;

export function renderPage(content: PageContent): string {
    return html`<!doctype html>
<html lang="${content.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<title>${shortTitle(content.title)}</title>
<style>${trustedHtml(REPORT_CSS)}</style>
</head>
<body>
${trustedHtml(renderPageBody(content))}
</body>
</html>
`.markup;
}

/** The inside of `<body>`, for hosts that wrap the report in their own page (the editor preview, under its own CSP). */
export function renderPageBody(content: PageContent): string {
    return html`<div class="report">
<header class="report-header">
${content.header}
</header>
<main>
${content.main}
</main>
<footer class="report-footer">
<p>${content.footer}</p>
</footer>
</div>`.markup;
}

function shortTitle(title: string): string {
    const chars = Array.from(title.replace(/\s+/g, ' ').trim());
    return chars.length <= 70 ? chars.join('') : `${chars.slice(0, 69).join('')}…`;
}
