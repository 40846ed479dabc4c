import type { DeviationKind, Rounding, ScaleRules } from './model-definition.js';
import type { RoleStatistics } from './report-model.js';

/** What statistics need of a scale: its bounds, the label of each point and the rules the model states for it. */
export interface ScaleOfScores {
    readonly min: number;
    readonly max: number;
    readonly points: ReadonlyArray<{ readonly value: number; readonly label: string }>;
    readonly rules: Partial<ScaleRules>;
}

/**
 * Statistics of one role over the scores given (callers leave out `?`). Numbers are stored unrounded;
 * renderers decide how to format them. With no scores every figure is null; the rounded mean and its label
 * need the model's rounding rule, the standard deviation its kind (a sample one needs two scores).
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
    const sum = sorted.reduce((total, value) => total + value, 0);
    const mean = sum / count;
    const middle = Math.floor(count / 2);
    const median = count % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    const min = sorted[0];
    const max = sorted[count - 1];
    const { rounding, deviation } = scale.rules;
    const roundedMean = rounding === undefined ? null : nearestScalePoint(sum, count, scale, rounding);
    return {
        role,
        count,
        mean,
        median,
        min,
        max,
        spread: max - min,
        standardDeviation: deviation === undefined ? null : standardDeviation(sorted, mean, deviation),
        roundedMean,
        meanLabel: roundedMean === null ? null : scale.points.find(point => point.value === roundedMean)?.label ?? null
    };
}

/**
 * Whether respondents disagree on a role: their scores lie as many points apart as the scale's disagreement
 * rule names, or more. A rule the model does not state gives no flag: its meaning is the model's to declare.
 */
export function isDisagreement(stats: RoleStatistics, rules: Partial<ScaleRules>): boolean {
    return rules.disagreementFrom !== undefined && stats.spread !== null && stats.spread >= rules.disagreementFrom;
}

/** Whether a role is weakly present: its mean is at or below the scale's weak threshold (none without a rule). */
export function isWeaklyPresent(stats: RoleStatistics, rules: Partial<ScaleRules>): boolean {
    return rules.weakAtMost !== undefined && stats.mean !== null && stats.mean <= rules.weakAtMost;
}

/** The mean of some scores, or null when there are none. */
export function meanOf(scores: readonly number[]): number | null {
    return scores.length === 0 ? null : scores.reduce((sum, value) => sum + value, 0) / scores.length;
}

/** Population: the mean squared deviation; sample: divided by n − 1, so undefined (null) for one score. */
export function standardDeviation(scores: readonly number[], mean: number, kind: DeviationKind): number | null {
    const divisor = kind === 'populatie' ? scores.length : scores.length - 1;
    if (divisor <= 0) {
        return null;
    }
    return Math.sqrt(scores.reduce((total, value) => total + (value - mean) ** 2, 0) / divisor);
}

/**
 * The whole scale point nearest to the mean `sum / count`, kept on the scale. A mean exactly halfway between
 * two points goes as the model's rounding rule says; halfway is decided on the integers (2·sum against
 * count), so no floating-point error can tip it.
 */
export function nearestScalePoint(
    sum: number, count: number, scale: Pick<ScaleOfScores, 'min' | 'max'>, rounding: Rounding
): number {
    const lower = Math.floor(sum / count);
    const twiceRemainder = 2 * (sum - lower * count);
    let point: number;
    if (twiceRemainder < count) {
        point = lower;
    } else if (twiceRemainder > count) {
        point = lower + 1;
    } else {
        point = rounding === 'boven' ? lower + 1 : rounding === 'beneden' ? lower : lower + (Math.abs(lower) % 2);
    }
    return Math.min(scale.max, Math.max(scale.min, point));
}
