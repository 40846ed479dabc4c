import type { RoleStatistics } from './report-model.js';

/** What statistics need of a scale: its bounds and the label of each point. */
export interface ScaleOfScores {
    readonly min: number;
    readonly max: number;
    readonly points: ReadonlyArray<{ readonly value: number; readonly label: string }>;
}

/**
 * Statistics of one role over the scores given (callers leave out `?`). Numbers are stored unrounded;
 * renderers decide how to format them. With no scores every figure is null.
 */
export function roleStatistics(role: string, scores: readonly number[], scale: ScaleOfScores): RoleStatistics {
    const count = scores.length;
    if (count === 0) {
        return {
            role, count, mean: null, median: null, min: null, max: null, spread: null,
            standardDeviation: null, roundedMean: null, meanLabel: null
        };
    }
    const sorted = [...scores].sort((a, b) => a - b);
    const mean = sorted.reduce((sum, value) => sum + value, 0) / count;
    const middle = Math.floor(count / 2);
    const median = count % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    const min = sorted[0];
    const max = sorted[count - 1];
    const variance = sorted.reduce((sum, value) => sum + (value - mean) ** 2, 0) / count;
    const roundedMean = nearestScalePoint(mean, scale);
    return {
        role,
        count,
        mean,
        median,
        min,
        max,
        spread: max - min,
        standardDeviation: Math.sqrt(variance),
        roundedMean,
        meanLabel: scale.points.find(point => point.value === roundedMean)?.label ?? null
    };
}

/** The mean of some scores, or null when there are none. */
export function meanOf(scores: readonly number[]): number | null {
    return scores.length === 0 ? null : scores.reduce((sum, value) => sum + value, 0) / scores.length;
}

/** The whole scale point nearest to a value; a half rounds up (2.5 → 3), and the result stays on the scale. */
export function nearestScalePoint(value: number, scale: Pick<ScaleOfScores, 'min' | 'max'>): number {
    return Math.min(scale.max, Math.max(scale.min, Math.floor(value + 0.5)));
}
