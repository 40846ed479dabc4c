import type { Report, ReportLanguage } from '../domain/report-model.js';
import { renderReport } from '../report/render.js';
import { reportKind, type ReportKind } from './report-kinds.js';

export const REPORT_FORMATS = ['html', 'md', 'json'] as const;
export type ReportFileFormat = (typeof REPORT_FORMATS)[number];

/** The bytes of a report in one format: rendered HTML or Markdown, or the report model as JSON. */
export function reportContent(kind: ReportKind, report: Report, format: ReportFileFormat, language: ReportLanguage): string {
    if (format === 'json') {
        // The report model as JSON promises it: checked against its schema, unknown fields dropped.
        return JSON.stringify(reportKind(kind).schema.parse(report), null, 2) + '\n';
    }
    return renderReport(report, format, { language });
}
