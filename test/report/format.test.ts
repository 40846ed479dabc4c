import { describe, expect, test } from 'vitest';
import { formatDecimal, formatNumber, formatPeriod, joinWords } from '../../src/report/format.js';

describe('report number and text formatting', () => {
    test('one decimal, with a decimal comma in Dutch and a point in English', () => {
        expect(formatDecimal(10 / 3, 'nl')).toBe('3,3');
        expect(formatDecimal(10 / 3, 'en')).toBe('3.3');
        expect(formatDecimal(2.75, 'nl')).toBe('2,8');
        expect(formatDecimal(3.25, 'en')).toBe('3.3');
        expect(formatDecimal(4, 'nl')).toBe('4,0');
        expect(formatDecimal(-0.04, 'nl')).toBe('0,0');
        expect(formatDecimal(-1.26, 'en')).toBe('-1.3');
    });

    test('missing values become a dash; whole numbers stay whole', () => {
        expect(formatDecimal(null, 'nl')).toBe('–');
        expect(formatDecimal(Number.NaN, 'en')).toBe('–');
        expect(formatNumber(3, 'nl')).toBe('3');
        expect(formatNumber(3.5, 'nl')).toBe('3,5');
        expect(formatNumber(undefined, 'en')).toBe('–');
    });

    test('dates as written, lists joined in the report language', () => {
        expect(formatPeriod({ start: '2024-01-15' }, 'nl')).toBe('2024-01-15 – –');
        expect(joinWords(['Gemeente', 'JGZ', 'Kinderopvang'], 'nl')).toBe('Gemeente, JGZ en Kinderopvang');
        expect(joinWords(['Gemeente', 'JGZ'], 'en')).toBe('Gemeente and JGZ');
        expect(joinWords(['Gemeente'], 'en')).toBe('Gemeente');
    });
});
