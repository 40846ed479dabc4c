import { renderReport, type ReportFormat } from '../../src/report/render.js';
import type { Fixture } from './fixtures.js';

export function render(fixture: Fixture, format: ReportFormat): string {
    return renderReport(fixture.report, format, { language: fixture.language });
}

export function goldenName(fixture: Fixture, format: ReportFormat): string {
    return `${fixture.name}.${format}`;
}
