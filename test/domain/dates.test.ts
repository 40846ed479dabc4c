import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dayNumber, daysInMonth, formatIsoDate, parseIsoDate } from '../../src/domain/dates.js';

describe('parseIsoDate', () => {
    it('reads existing days', () => {
        expect(parseIsoDate('2024-01-15')).toEqual({ year: 2024, month: 1, day: 15 });
        expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
        expect(parseIsoDate('2000-02-29')).toEqual({ year: 2000, month: 2, day: 29 });
    });

    it('rejects days that do not exist and other forms', () => {
        for (const text of ['2024-02-30', '2023-02-29', '1900-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '2024-01-00', '2024-1-15', '24-01-15', '2024-01-15T00:00', '']) {
            expect(parseIsoDate(text), text).toBeUndefined();
        }
    });
});

describe('calendar arithmetic', () => {
    it('knows the length of months', () => {
        expect([1, 2, 4, 12].map(m => daysInMonth(2024, m))).toEqual([31, 29, 30, 31]);
        expect(daysInMonth(2023, 2)).toBe(28);
    });

    it('adds months, clamping to the end of the month', () => {
        const add = (text: string, months: number) => formatIsoDate(addMonths(parseIsoDate(text)!, months));
        expect(add('2024-01-31', 1)).toBe('2024-02-29');
        expect(add('2023-01-31', 1)).toBe('2023-02-28');
        expect(add('2024-03-31', 1)).toBe('2024-04-30');
        expect(add('2024-11-15', 3)).toBe('2025-02-15');
        expect(add('2024-01-15', 3)).toBe('2024-04-15');
    });

    it('adds days across months and years', () => {
        const add = (text: string, days: number) => formatIsoDate(addDays(parseIsoDate(text)!, days));
        expect(add('2024-02-28', 1)).toBe('2024-02-29');
        expect(add('2024-12-31', 1)).toBe('2025-01-01');
        expect(add('2024-01-15', 70)).toBe('2024-03-25');
    });

    it('counts days between dates without time zones', () => {
        expect(dayNumber(parseIsoDate('2024-04-16')!) - dayNumber(parseIsoDate('2024-01-15')!)).toBe(92);
        expect(dayNumber({ year: 1970, month: 1, day: 1 })).toBe(0);
    });

    it('pads when formatting', () => {
        expect(formatIsoDate({ year: 987, month: 3, day: 4 })).toBe('0987-03-04');
    });
});
