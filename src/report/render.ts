import type { Report, ReportLanguage } from '../domain/report-model.js';
import { renderBlankFormHtml } from './blank-form-html.js';
import { renderBlankFormMarkdown } from './blank-form-markdown.js';
import { renderChangelogHtml } from './changelog-html.js';
import { renderChangelogMarkdown } from './changelog-markdown.js';
import { renderComparisonHtml } from './comparison-html.js';
import { renderComparisonMarkdown } from './comparison-markdown.js';
import { renderRegionReportHtml } from './region-report-html.js';
import { renderPageBody } from './page.js';
import { renderRegionReportMarkdown } from './region-report-markdown.js';
import { REPORT_CSS } from './styles.js';

export type ReportFormat = 'html' | 'md';

export interface RenderOptions {
    readonly language: ReportLanguage;
}

/**
 * The one entry point for turning a report model into a document. Pure and deterministic: the same report
 * gives the same bytes (no timestamps, no locale or time zone dependence).
 */
export function renderReport(report: Report, format: ReportFormat, options: RenderOptions): string {
    const { language } = options;
    switch (report.kind) {
        case 'regio':
            return format === 'html' ? renderRegionReportHtml(report, language) : renderRegionReportMarkdown(report, language);
        case 'vergelijking':
            return format === 'html' ? renderComparisonHtml(report, language) : renderComparisonMarkdown(report, language);
        case 'formulier':
            return format === 'html' ? renderBlankFormHtml(report, language) : renderBlankFormMarkdown(report, language);
        case 'changelog':
            return format === 'html' ? renderChangelogHtml(report, language) : renderChangelogMarkdown(report, language);
    }
}

/** An HTML report split for embedding: the inside of `<body>` and the stylesheet, without the document's head. */
export interface EmbeddableHtml {
    readonly body: string;
    readonly style: string;
}

/**
 * The HTML report without its document wrapper, for the editor preview: the webview puts the body into a page
 * under its own Content-Security-Policy. The body is byte for byte the one `renderReport` puts in `<body>`.
 */
export function renderReportBody(report: Report, options: RenderOptions): EmbeddableHtml {
    const { language } = options;
    const body = (() => {
        switch (report.kind) {
            case 'regio': return renderRegionReportHtml(report, language, renderPageBody);
            case 'vergelijking': return renderComparisonHtml(report, language, renderPageBody);
            case 'formulier': return renderBlankFormHtml(report, language, renderPageBody);
            case 'changelog': return renderChangelogHtml(report, language, renderPageBody);
        }
    })();
    return { body, style: REPORT_CSS };
}
