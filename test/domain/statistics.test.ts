import { describe, expect, it } from 'vitest';
import type { ScaleRules } from '../../src/domain/model-definition.js';
import { nearestScalePoint, roleStatistics } from '../../src/domain/statistics.js';

const AS_BEFORE: ScaleRules = { weakAtMost: 2, disagreementFrom: 2, rounding: 'boven', deviation: 'populatie' };
const FIVE = { min: 1, max: 5, points: [1, 2, 3, 4, 5].map(value => ({ value, label: `punt ${value}` })), rules: AS_BEFORE };
const ZERO_TEN = { min: 0, max: 10, points: Array.from({ length: 11 }, (_, value) => ({ value, label: `p${value}` })), rules: AS_BEFORE };
const FOUR = {
    min: 1, max: 4, points: [{ value: 1, label: 'nooit' }, { value: 2, label: 'soms' }, { value: 3, label: 'vaak' }, { value: 4, label: 'altijd' }],
    rules: AS_BEFORE
};

describe('roleStatistics', () => {
    it('gives one respondent\'s score as every figure, with no spread', () => {
        expect(roleStatistics('Verbinder', [3], FIVE)).toEqual({
            role: 'Verbinder', count: 1, mean: 3, median: 3, min: 3, max: 3, spread: 0,
            standardDeviation: 0, roundedMean: 3, meanLabel: 'punt 3'
        });
    });

    it('gives nulls for a role nobody scored', () => {
        expect(roleStatistics('Dirigent', [], FIVE)).toEqual({
            role: 'Dirigent', count: 0, mean: null, median: null, min: null, max: null, spread: null,
            standardDeviation: null, roundedMean: null, meanLabel: null
        });
    });

    it('takes the mean of the middle two for an even count, whatever the input order', () => {
        const scores = [5, 1, 4, 2];
        const stats = roleStatistics('Ontwerper', scores, FIVE);
        // mean (1+2+4+5)/4 = 3; deviations 4, 1, 1, 4 → variance 10/4 = 2.5
        expect(stats).toEqual({
            role: 'Ontwerper', count: 4, mean: 3, median: 3, min: 1, max: 5, spread: 4,
            standardDeviation: Math.sqrt(2.5), roundedMean: 3, meanLabel: 'punt 3'
        });
        expect(scores).toEqual([5, 1, 4, 2]);
    });

    it('handles ties in the middle and keeps the unrounded mean', () => {
        const stats = roleStatistics('Kwartiermaker', [2, 5, 2, 2], FIVE);
        // mean 11/4 = 2.75 → 3; median (2+2)/2 = 2; deviations .5625 ×3 and 5.0625 → variance 6.75/4 = 1.6875
        expect(stats.mean).toBe(2.75);
        expect(stats.median).toBe(2);
        expect(stats.spread).toBe(3);
        expect(stats.standardDeviation).toBeCloseTo(Math.sqrt(1.6875), 12);
        expect(stats.roundedMean).toBe(3);
        expect(stats.meanLabel).toBe('punt 3');
    });

    it('rounds a mean of exactly one half up', () => {
        expect(roleStatistics('A', [2, 3], FIVE)).toMatchObject({ mean: 2.5, median: 2.5, roundedMean: 3, meanLabel: 'punt 3' });
        expect(roleStatistics('A', [1, 2], FOUR)).toMatchObject({ mean: 1.5, roundedMean: 2, meanLabel: 'soms' });
    });

    it('rounds a third down on a 0..10 scale, and reads the label from that scale', () => {
        // mean 17/3 = 5.67 → 6; sorted 0, 7, 10 → median 7
        expect(roleStatistics('A', [7, 0, 10], ZERO_TEN)).toMatchObject({
            count: 3, mean: 17 / 3, median: 7, min: 0, max: 10, spread: 10, roundedMean: 6, meanLabel: 'p6'
        });
        expect(roleStatistics('A', [0, 0, 1], ZERO_TEN)).toMatchObject({ mean: 1 / 3, roundedMean: 0, meanLabel: 'p0' });
    });

    it('computes the population standard deviation on a 1..4 scale', () => {
        // mean 2.5; deviations 2.25, 0.25, 0.25, 2.25 → variance 5/4
        expect(roleStatistics('A', [1, 2, 3, 4], FOUR).standardDeviation).toBe(Math.sqrt(1.25));
    });

    it('keeps the rounded mean on the scale and has no label for an unlabelled point', () => {
        expect(nearestScalePoint(23, 5, FOUR, 'boven')).toBe(4);
        expect(nearestScalePoint(1, 5, FOUR, 'beneden')).toBe(1);
        expect(roleStatistics('A', [2], { min: 1, max: 3, points: [{ value: 1, label: 'laag' }], rules: AS_BEFORE }).meanLabel).toBeNull();
    });
});

describe('the scale rules decide rounding and the kind of standard deviation', () => {
    const rules = (rounding: ScaleRules['rounding'], deviation: ScaleRules['deviation']) => ({ ...FOUR, rules: { ...AS_BEFORE, rounding, deviation } });

    it('rounds a half up, down or to the even point as the model says, and other means to the nearest point', () => {
        // [1, 2] → 1,5; [2, 3] → 2,5; [3, 4] → 3,5
        expect([[1, 2], [2, 3], [3, 4]].map(scores => roleStatistics('A', scores, rules('boven', 'populatie')).roundedMean)).toEqual([2, 3, 4]);
        expect([[1, 2], [2, 3], [3, 4]].map(scores => roleStatistics('A', scores, rules('beneden', 'populatie')).roundedMean)).toEqual([1, 2, 3]);
        expect([[1, 2], [2, 3], [3, 4]].map(scores => roleStatistics('A', scores, rules('even', 'populatie')).roundedMean)).toEqual([2, 2, 4]);
        // 2,25 and 2,75 are not halves: every rule takes the nearest point
        for (const rounding of ['boven', 'beneden', 'even'] as const) {
            expect(roleStatistics('A', [2, 2, 2, 3], rules(rounding, 'populatie')).roundedMean).toBe(2);
            expect(roleStatistics('A', [2, 3, 3, 3], rules(rounding, 'populatie')).roundedMean).toBe(3);
        }
        expect(roleStatistics('A', [2, 3], rules('even', 'populatie')).meanLabel).toBe('soms');
    });

    it('decides a half on a 0..10 scale exactly, also where the mean is not exact in binary', () => {
        const ten = (rounding: ScaleRules['rounding']) => ({ ...ZERO_TEN, rules: { ...AS_BEFORE, rounding } });
        // ten scores summing to 65 → 6,5 (even: 6); 0+0+1 → 0,33 → 0 whatever the rule; 7+8 → 7,5 (even: 8)
        const scores = [6, 6, 6, 6, 6, 7, 7, 7, 7, 7];
        expect(roleStatistics('A', scores, ten('boven')).roundedMean).toBe(7);
        expect(roleStatistics('A', scores, ten('beneden')).roundedMean).toBe(6);
        expect(roleStatistics('A', scores, ten('even')).roundedMean).toBe(6);
        expect(roleStatistics('A', [7, 8], ten('even')).roundedMean).toBe(8);
        expect(roleStatistics('A', [0, 0, 1], ten('boven')).roundedMean).toBe(0);
    });

    it('gives the population or the sample standard deviation, and none of a sample of one', () => {
        // [1, 2, 3, 4]: squared deviations sum to 5 → population √(5/4), sample √(5/3)
        expect(roleStatistics('A', [1, 2, 3, 4], rules('boven', 'populatie')).standardDeviation).toBe(Math.sqrt(5 / 4));
        expect(roleStatistics('A', [1, 2, 3, 4], rules('boven', 'steekproef')).standardDeviation).toBe(Math.sqrt(5 / 3));
        expect(roleStatistics('A', [3], rules('boven', 'steekproef')).standardDeviation).toBeNull();
        expect(roleStatistics('A', [3], rules('boven', 'populatie')).standardDeviation).toBe(0);
    });

    it('leaves out the rounded mean, its label and the deviation when the model states no rule for them', () => {
        expect(roleStatistics('A', [1, 2, 4], { ...FOUR, rules: {} })).toEqual({
            role: 'A', count: 3, mean: 7 / 3, median: 2, min: 1, max: 4, spread: 3,
            standardDeviation: null, roundedMean: null, meanLabel: null
        });
    });
});
