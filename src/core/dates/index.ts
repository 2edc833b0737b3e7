/**
 * Public API of the date engine (`../shared/spec/dates.md`): timescale text and date cells read
 * into typed results, the school calendar they are read with, and day arithmetic.
 */
export type { DateResult, DateKind, Cadence, DaySpan, SchoolCalendar, ParseOptions, MonthDay } from './types';
export type { DatedPhrase } from './phrases';
export type { Lang } from './format';

export { defaultCalendar, calendarForAcademicYear } from './calendar';
export { parseTimescale, MAX_SCAN_CHARS } from './parse';
export { parseCellDate } from './cells';
export { formatDay, formatSpan } from './format';
export { addDays, daysBetween, MIN_YEAR, MAX_YEAR } from './days';
export { findDatedPhrases, findDeadlineMentions, looksLikeAmbiguousNumericDate } from './phrases';
export { todayInUk, nowInUk } from './clock';
export { readDayEntry, weekdayOf, type DayEntry } from './entry';
