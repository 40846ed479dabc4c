import type { Range, ScaleRuleName, ScaleRules } from './model-definition.js';

/** The numeric rules of a scale: the ones whose value must fit the scale's range. */
export type ThresholdRuleName = Extract<ScaleRuleName, 'weakAtMost' | 'disagreementFrom'>;
export const THRESHOLD_RULES: readonly ThresholdRuleName[] = ['weakAtMost', 'disagreementFrom'];

/**
 * The values a threshold may take on a scale `min..max`. A weak threshold at the top point would call every
 * role weak, below the bottom one none; a disagreement spread above `max − min` can never occur, and 0 would
 * call any two respondents in disagreement.
 */
export function thresholdRange(rule: ThresholdRuleName, scale: Range): Range {
    return rule === 'weakAtMost'
        ? { min: scale.min, max: scale.max - 1 }
        : { min: 1, max: scale.max - scale.min };
}

/** The thresholds among `rules` that do not fit the scale, each with the values that would. */
export function misfittingThresholds(rules: Partial<ScaleRules>, scale: Range): Array<{ rule: ThresholdRuleName; value: number; allowed: Range }> {
    return THRESHOLD_RULES.flatMap(rule => {
        const value = rules[rule];
        const allowed = thresholdRange(rule, scale);
        return value === undefined || (value >= allowed.min && value <= allowed.max) ? [] : [{ rule, value, allowed }];
    });
}
