/** Calendar dates as written in scan files (`2024-01-15`), compared as plain days without time zones. */

export interface CalendarDate {
    readonly year: number;
    readonly month: number;
    readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Returns undefined for text that is not an existing day in `JJJJ-MM-DD` form. */
export function parseIsoDate(text: string): CalendarDate | undefined {
    const match = ISO_DATE.exec(text);
    if (!match) {
        return undefined;
    }
    const [year, month, day] = match.slice(1).map(Number);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
        return undefined;
    }
    return { year, month, day };
}

export function daysInMonth(year: number, month: number): number {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01, for ordering and differences. */
export function dayNumber(date: CalendarDate): number {
    return Date.UTC(date.year, date.month - 1, date.day) / 86_400_000;
}

export function formatIsoDate(date: CalendarDate): string {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Adds calendar months, clamping to the end of the month (2024-01-31 + 1 month = 2024-02-29). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
    const total = date.year * 12 + (date.month - 1) + months;
    const year = Math.floor(total / 12);
    const month = (total % 12) + 1;
    return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
    const d = new Date((dayNumber(date) + days) * 86_400_000);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
