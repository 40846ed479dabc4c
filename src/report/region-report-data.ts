import type { RegionReport } from '../domain/report-model.js';
import type { RoleDistribution } from './svg-charts.js';

/**
 * The chart's view of a region report: the statistics as computed by the domain layer, plus the individual
 * scores (in respondent order) that the dots show. Nothing is recomputed here.
 */
export function roleDistributions(report: RegionReport): RoleDistribution[] {
    return report.statistics.map(stat => ({
        role: stat.role,
        count: stat.count,
        mean: stat.mean,
        min: stat.min,
        max: stat.max,
        scores: report.respondents.flatMap(respondent => {
            const score = respondent.scores.find(s => s.role === stat.role);
            return score?.value == null || score.offScale ? [] : [score.value];
        })
    }));
}
