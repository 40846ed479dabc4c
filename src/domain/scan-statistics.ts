import type { RoleStatistics } from './report-model.js';
import type { RespondentData, ScanData } from './scan-data.js';
import { roleStatistics, type ScaleOfScores } from './statistics.js';

/**
 * The scores of one role that count in every figure: a point of the scale (`?` and a score outside the scale,
 * which validation reports, are left out). The one place that decides which scores count, for the reports, the
 * preview and the editor's code lens alike.
 */
export function countedScores(
    respondents: readonly RespondentData[], role: string, scale: Pick<ScaleOfScores, 'points'>
): number[] {
    const onScale = (value: number) => scale.points.some(point => point.value === value);
    return respondents.flatMap(respondent => respondent.scores
        .filter(score => score.role === role && score.value !== null && onScale(score.value))
        .map(score => score.value as number));
}

/** The statistics of each of the given roles over a scan's counted scores, in the order given. */
export function scanRoleStatistics(scan: ScanData, roles: readonly string[], scale: ScaleOfScores): RoleStatistics[] {
    return roles.map(role => roleStatistics(role, countedScores(scan.respondents, role, scale), scale));
}
