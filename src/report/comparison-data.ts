import type { ComparisonReport, RoleStatistics } from '../domain/report-model.js';
import type { ChartScale, ComparisonSeries } from './svg-charts.js';

/** Lookups shared by the comparison renderers; they select numbers the domain computed, never compute new ones. */

export function statisticFor(region: ComparisonReport['regions'][number], role: string): RoleStatistics | undefined {
    return region.statistics.find(stat => stat.role === role);
}

/** The largest spread over the roles of one region, or null without scores. */
export function largestSpread(region: ComparisonReport['regions'][number]): number | null {
    const spreads = region.statistics.map(stat => stat.spread).filter((spread): spread is number => spread !== null);
    return spreads.length === 0 ? null : Math.max(...spreads);
}

export function comparisonScale(report: ComparisonReport): ChartScale {
    if (report.scale !== undefined) {
        return { min: report.scale.min, max: report.scale.max };
    }
    const maxima = report.regions.flatMap(region => region.statistics.map(stat => stat.max ?? 1));
    return { min: 1, max: Math.max(2, Math.ceil(Math.max(1, ...maxima))) };
}

export function comparisonSeries(report: ComparisonReport): ComparisonSeries[] {
    return report.regions.map(region => ({
        label: region.label,
        means: new Map(report.roles.map(role => [role, statisticFor(region, role)?.mean ?? null]))
    }));
}
