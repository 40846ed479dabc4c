import type { BlankForm, Changelog, ComparisonReport, RegionReport } from '../../src/domain/report-model.js';
import type { TrendReport } from '../../src/domain/trend-report.js';
import { renderTrendHtml } from '../../src/report/trend-html.js';
import { renderTrendMarkdown } from '../../src/report/trend-markdown.js';
import { renderBlankFormHtml } from '../../src/report/blank-form-html.js';
import { renderBlankFormMarkdown } from '../../src/report/blank-form-markdown.js';
import { renderChangelogHtml } from '../../src/report/changelog-html.js';
import { renderChangelogMarkdown } from '../../src/report/changelog-markdown.js';
import { renderComparisonHtml } from '../../src/report/comparison-html.js';
import { renderComparisonMarkdown } from '../../src/report/comparison-markdown.js';
import { renderRegionReportHtml } from '../../src/report/region-report-html.js';
import { renderRegionReportMarkdown } from '../../src/report/region-report-markdown.js';
import type { Fixture } from './fixtures.js';

/** Every report model the fixtures hold. */
export type Report = RegionReport | ComparisonReport | BlankForm | Changelog | TrendReport;

export type ReportFormat = 'html' | 'md';

/** A fixture's report rendered by its kind's renderer, as the kinds table (src/app/report-kinds.ts) pairs them. */
export function render(fixture: Fixture, format: ReportFormat): string {
    const { report, language } = fixture;
    const html = format === 'html';
    switch (report.kind) {
        case 'regio': return html ? renderRegionReportHtml(report, language) : renderRegionReportMarkdown(report, language);
        case 'vergelijking': return html ? renderComparisonHtml(report, language) : renderComparisonMarkdown(report, language);
        case 'formulier': return html ? renderBlankFormHtml(report, language) : renderBlankFormMarkdown(report, language);
        case 'changelog': return html ? renderChangelogHtml(report, language) : renderChangelogMarkdown(report, language);
        case 'ontwikkeling': return html ? renderTrendHtml(report, language) : renderTrendMarkdown(report, language);
    }
}

export function goldenName(fixture: Fixture, format: ReportFormat): string {
    return `${fixture.name}.${format}`;
}
