import { addDays, addMonths, dayNumber, formatIsoDate, parseIsoDate, type CalendarDate } from './dates.js';
import type { Duration, FocusDef, Range } from './model-definition.js';

/**
 * The checks on a scan that both validation and reports need. Each answers one question with plain data,
 * so the editor's warning and the report's flag can never disagree.
 */

/** The requirement entries of a focus that no interviewed party satisfies (each entry lists its alternatives). */
export function unmetRequirements(focus: Pick<FocusDef, 'requirements'>, interviewedParties: Iterable<string>): Array<readonly string[]> {
    const interviewed = new Set(interviewedParties);
    return focus.requirements.filter(alternatives => !alternatives.some(party => interviewed.has(party)));
}

export type RangeDeviation = 'te-weinig' | 'te-veel';

export function interviewCountDeviation(count: number, range: Range | undefined): RangeDeviation | undefined {
    if (!range) {
        return undefined;
    }
    return count < range.min ? 'te-weinig' : count > range.max ? 'te-veel' : undefined;
}

/** The process steps in the order the model's method prescribes. */
export type ProcessStep = 'startgesprek' | 'interview' | 'factsheet-getoetst' | 'terugkoppeling';
const STEP_ORDER: readonly ProcessStep[] = ['startgesprek', 'interview', 'factsheet-getoetst', 'terugkoppeling'];

export interface DatedStep<T = unknown> {
    readonly step: ProcessStep;
    readonly date: string;
    /** Passed through untouched, so callers can point at the place the date was written. */
    readonly ref?: T;
}

export interface DateOrderViolation<T = unknown> {
    /** The step dated too early ... */
    readonly later: DatedStep<T>;
    /** ... relative to this step, which the method puts before it. */
    readonly earlier: DatedStep<T>;
}

/**
 * Finds dates earlier than a date of a step that comes before it in the method. Each too-early step is
 * reported once, against the latest date of all earlier steps. Invalid dates are skipped (reported elsewhere).
 */
export function dateOrderViolations<T>(steps: ReadonlyArray<DatedStep<T>>): Array<DateOrderViolation<T>> {
    const parsed = steps
        .map(step => ({ step, day: toDay(step.date) }))
        .filter((entry): entry is { step: DatedStep<T>; day: number } => entry.day !== undefined);
    const violations: Array<DateOrderViolation<T>> = [];
    for (const entry of parsed) {
        const rank = STEP_ORDER.indexOf(entry.step.step);
        let latest: { step: DatedStep<T>; day: number } | undefined;
        for (const other of parsed) {
            if (STEP_ORDER.indexOf(other.step.step) < rank && (!latest || other.day > latest.day)) {
                latest = other;
            }
        }
        if (latest && latest.day > entry.day) {
            violations.push({ later: entry.step, earlier: latest.step });
        }
    }
    return violations;
}

export interface DurationCheck {
    readonly start: string;
    readonly end: string;
    readonly days: number;
    /** The last day still within the maximum duration. */
    readonly deadline: string;
    readonly exceeded: boolean;
}

/** The lead time from the first to the last dated step, measured against the model's maximum. */
export function checkDuration(dates: readonly string[], maximum: Duration | undefined): DurationCheck | undefined {
    const days = dates.map(parseIsoDate).filter((d): d is CalendarDate => d !== undefined);
    if (!maximum || days.length < 2) {
        return undefined;
    }
    const sorted = [...days].sort((a, b) => dayNumber(a) - dayNumber(b));
    const start = sorted[0];
    const end = sorted[sorted.length - 1];
    const deadline = addDuration(start, maximum);
    return {
        start: formatIsoDate(start),
        end: formatIsoDate(end),
        days: dayNumber(end) - dayNumber(start),
        deadline: formatIsoDate(deadline),
        exceeded: dayNumber(end) > dayNumber(deadline)
    };
}

function addDuration(date: CalendarDate, duration: Duration): CalendarDate {
    switch (duration.unit) {
        case 'maanden': return addMonths(date, duration.amount);
        case 'weken': return addDays(date, duration.amount * 7);
        case 'dagen': return addDays(date, duration.amount);
    }
}

function toDay(text: string): number | undefined {
    const date = parseIsoDate(text);
    return date && dayNumber(date);
}
