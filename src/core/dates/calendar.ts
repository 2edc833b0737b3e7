/**
 * The school calendar as a value: the default UK calendar of dates.md, and the spans it gives to
 * terms, half terms, academic and financial years and quarters. A workbook can pass its own.
 */
import { addDays, clampedIsoDay, isoDay, lastDayOfMonth } from './days';
import type { DaySpan, MonthDay, SchoolCalendar } from './types';

export type TermName = 'autumn' | 'spring' | 'summer';
export type Half = 1 | 2;

export const TERM_NAMES: readonly TermName[] = ['autumn', 'spring', 'summer'];

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** The default UK school calendar of dates.md (1 Sep academic year, 1 Apr financial year). */
export const defaultCalendar: SchoolCalendar = deepFreeze({
  terms: {
    autumn: { start: { month: 9, day: 1 }, end: { month: 12, day: 31 } },
    spring: { start: { month: 1, day: 1 }, end: { month: 3, day: 31 } },
    summer: { start: { month: 4, day: 1 }, end: { month: 7, day: 31 } },
  },
  // 29 Feb means "the end of February": it is clamped to the 28th in other years.
  halfTermSplits: {
    autumn: { month: 10, day: 31 },
    spring: { month: 2, day: 29 },
    summer: { month: 5, day: 31 },
  },
  academicYearStart: { month: 9, day: 1 },
  financialYearStart: { month: 4, day: 1 },
  planAcademicYear: null,
});

/** The default calendar (or `base`) for a plan whose academic year starts in `year` (2015 for 2015/16). */
export function calendarForAcademicYear(
  year: number,
  base: SchoolCalendar = defaultCalendar,
): SchoolCalendar {
  return { ...base, planAcademicYear: year };
}

function dayIn(year: number, when: MonthDay): string {
  return clampedIsoDay(year, when.month, when.day);
}

function validSpan(start: string, end: string): DaySpan | null {
  return start <= end ? { start, end } : null;
}

/** A span the workbook's calendar names for that year (its own term dates or a holiday), if any. */
export function namedSpan(calendar: SchoolCalendar, name: string, year: number): DaySpan | null {
  const span = calendar.named?.[name]?.[year];
  return span && typeof span.start === 'string' && typeof span.end === 'string'
    ? validSpan(span.start, span.end)
    : null;
}

/** Autumn falls in the first calendar year of an academic year, spring and summer in the second. */
export function termCalendarYear(term: TermName, academicYear: number): number {
  return term === 'autumn' ? academicYear : academicYear + 1;
}

/** A term of the calendar year it falls in (`Spring 2014` is Jan-Mar 2014). */
export function termSpan(calendar: SchoolCalendar, term: TermName, year: number): DaySpan | null {
  const named = namedSpan(calendar, term, year);
  if (named) return named;
  const bounds = calendar.terms[term];
  return validSpan(dayIn(year, bounds.start), dayIn(year, bounds.end));
}

/** The first or second half of a term; the calendar's split day ends the first half. */
export function halfTermSpan(
  calendar: SchoolCalendar,
  term: TermName,
  half: Half,
  year: number,
): DaySpan | null {
  const named = namedSpan(calendar, `${term} ${half}`, year);
  if (named) return named;
  const whole = termSpan(calendar, term, year);
  if (whole === null) return null;
  const split = dayIn(year, calendar.halfTermSplits[term]);
  return half === 1 ? validSpan(whole.start, split) : validSpan(addDays(split, 1), whole.end);
}

/** The term whose first half ends in `month` (October half term is the first half of autumn). */
export function termWithSplitIn(calendar: SchoolCalendar, month: number): TermName | null {
  return TERM_NAMES.find((term) => calendar.halfTermSplits[term].month === month) ?? null;
}

function yearFrom(start: MonthDay, firstYear: number): DaySpan | null {
  const first = dayIn(firstYear, start);
  return validSpan(first, addDays(dayIn(firstYear + 1, start), -1));
}

export function academicYearSpan(calendar: SchoolCalendar, firstYear: number): DaySpan | null {
  return yearFrom(calendar.academicYearStart, firstYear);
}

export function financialYearSpan(calendar: SchoolCalendar, firstYear: number): DaySpan | null {
  return yearFrom(calendar.financialYearStart, firstYear);
}

/** Quarter 1-4 of a financial year, three months each from the year's first day. */
export function financialQuarterSpan(calendar: SchoolCalendar, firstYear: number, quarter: number): DaySpan {
  const { month, day } = calendar.financialYearStart;
  const startMonthIndex = month - 1 + (quarter - 1) * 3;
  const start = dayIn(firstYear + Math.floor(startMonthIndex / 12), {
    month: (startMonthIndex % 12) + 1,
    day,
  });
  const nextIndex = startMonthIndex + 3;
  const next = dayIn(firstYear + Math.floor(nextIndex / 12), { month: (nextIndex % 12) + 1, day });
  return { start, end: addDays(next, -1) };
}

export function calendarQuarterSpan(year: number, quarter: number): DaySpan {
  const firstMonth = (quarter - 1) * 3 + 1;
  return { start: isoDay(year, firstMonth, 1), end: lastDayOfMonth(year, firstMonth + 2) };
}

export function monthSpan(year: number, month: number): DaySpan {
  return { start: isoDay(year, month, 1), end: lastDayOfMonth(year, month) };
}
