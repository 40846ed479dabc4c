import type { z } from 'zod';
import type { ReportLanguage } from '../domain/report-model.js';
import { renderPageBody, type PageLayout } from '../report/page.js';
import { REPORT_CSS } from '../report/styles.js';

export const REPORT_FORMATS = ['html', 'md', 'json'] as const;
export type ReportFileFormat = (typeof REPORT_FORMATS)[number];

/** How a kind's report model becomes a document. Pure and deterministic: the same report gives the same bytes. */
export interface KindRenderers<T> {
    /** The whole HTML document; with `renderPageBody` as layout only what goes inside `<body>`. */
    readonly html: (report: T, language: ReportLanguage, layout?: PageLayout) => string;
    readonly markdown: (report: T, language: ReportLanguage) => string;
}

/** An HTML report split for embedding: the inside of `<body>` and the stylesheet, without the document's head. */
export interface EmbeddableHtml {
    readonly body: string;
    readonly style: string;
}

/** A report model that was built, with the renderers of its kind: what a plan's job gives. */
export interface BuiltReport {
    /** The bytes of the report in one format: rendered HTML or Markdown, or the report model as JSON. */
    content(format: ReportFileFormat, language: ReportLanguage): string;
    /**
     * The HTML report without its document wrapper, for the editor preview: the webview puts the body into a
     * page under its own Content-Security-Policy. The body is byte for byte the one the document has in `<body>`.
     */
    body(language: ReportLanguage): EmbeddableHtml;
}

export function builtReport<T>(report: T, schema: z.ZodType<T>, renderers: KindRenderers<T>): BuiltReport {
    return {
        content(format, language) {
            switch (format) {
                // The report model as JSON promises it: checked against its schema, unknown fields dropped.
                case 'json': return JSON.stringify(schema.parse(report), null, 2) + '\n';
                case 'html': return renderers.html(report, language);
                case 'md': return renderers.markdown(report, language);
            }
        },
        body: language => ({ body: renderers.html(report, language, renderPageBody), style: REPORT_CSS })
    };
}
