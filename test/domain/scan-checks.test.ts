import { describe, expect, it } from 'vitest';
import { checkDuration, dateOrderViolations, interviewCountDeviation, unmetRequirements, type DatedStep } from '../../src/domain/scan-checks.js';

describe('unmetRequirements', () => {
    const poVo = { requirements: [['gemeente'], ['swv', 'schoolbestuur'], ['jeugdhulp']] };

    it('is satisfied by either alternative', () => {
        expect(unmetRequirements(poVo, ['gemeente', 'swv', 'jeugdhulp'])).toEqual([]);
        expect(unmetRequirements(poVo, ['jeugdhulp', 'schoolbestuur', 'gemeente', 'gemeente'])).toEqual([]);
    });

    it('lists each unmet entry with its alternatives', () => {
        expect(unmetRequirements(poVo, ['gemeente', 'gemeente'])).toEqual([['swv', 'schoolbestuur'], ['jeugdhulp']]);
        expect(unmetRequirements({ requirements: [] }, [])).toEqual([]);
    });
});

describe('interviewCountDeviation', () => {
    it('compares with an inclusive range', () => {
        const range = { min: 3, max: 5 };
        expect([2, 3, 5, 6].map(n => interviewCountDeviation(n, range))).toEqual(['te-weinig', undefined, undefined, 'te-veel']);
        expect(interviewCountDeviation(0, undefined)).toBeUndefined();
    });
});

describe('dateOrderViolations', () => {
    const step = (s: DatedStep['step'], date: string, ref: string): DatedStep<string> => ({ step: s, date, ref });

    it('finds nothing in the prescribed order, with equal dates allowed', () => {
        expect(dateOrderViolations([
            step('startgesprek', '2024-01-15', 'start'), step('interview', '2024-01-15', 'R1'), step('interview', '2024-02-01', 'R2'),
            step('factsheet-getoetst', '2024-02-01', 'check'), step('terugkoppeling', '2024-03-01', 'feedback')
        ])).toEqual([]);
    });

    it('reports each too-early step once, against the latest date of the steps before it', () => {
        const violations = dateOrderViolations([
            step('startgesprek', '2024-02-01', 'start'), step('interview', '2024-01-20', 'R1'), step('interview', '2024-03-01', 'R2'),
            step('factsheet-getoetst', '2024-02-15', 'check'), step('terugkoppeling', '2024-02-20', 'feedback')
        ]);
        expect(violations.map(v => [v.later.ref, v.earlier.ref])).toEqual([['R1', 'start'], ['check', 'R2'], ['feedback', 'R2']]);
    });

    it('skips dates that do not exist', () => {
        expect(dateOrderViolations([step('startgesprek', '2024-02-30', 'start'), step('interview', '2024-01-01', 'R1')])).toEqual([]);
    });
});

describe('checkDuration', () => {
    it('measures from the first to the last date, in any order', () => {
        expect(checkDuration(['2024-04-16', '2024-01-15', '2024-02-01'], { amount: 3, unit: 'maanden' })).toEqual({
            start: '2024-01-15', end: '2024-04-16', days: 92, deadline: '2024-04-15', exceeded: true
        });
    });

    it('counts the deadline itself as in time', () => {
        expect(checkDuration(['2024-01-15', '2024-04-15'], { amount: 3, unit: 'maanden' })?.exceeded).toBe(false);
        expect(checkDuration(['2024-01-15', '2024-03-25'], { amount: 10, unit: 'weken' })).toMatchObject({ deadline: '2024-03-25', exceeded: false });
        expect(checkDuration(['2024-01-15', '2024-03-16'], { amount: 60, unit: 'dagen' })).toMatchObject({ deadline: '2024-03-15', exceeded: true });
    });

    it('clamps months at the end of a shorter month', () => {
        expect(checkDuration(['2024-01-31', '2024-03-01'], { amount: 1, unit: 'maanden' })).toMatchObject({ deadline: '2024-02-29', exceeded: true });
    });

    it('needs a maximum and two valid dates', () => {
        expect(checkDuration(['2024-01-15', '2025-01-15'], undefined)).toBeUndefined();
        expect(checkDuration(['2024-01-15', '2024-02-30'], { amount: 1, unit: 'dagen' })).toBeUndefined();
    });
});
