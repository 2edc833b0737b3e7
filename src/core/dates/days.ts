/**
 * Calendar days as ISO `YYYY-MM-DD` strings. Arithmetic goes through UTC day numbers, so no time
 * zone or summer-time change can move a day.
 */

/** Years outside this range are unparsed (dates.md): they are typing mistakes, not plans. */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

const MS_PER_DAY = 86_400_000;

export interface YearMonthDay {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isRealDay(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function isYearInRange(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

/** `2015-10-31` for (2015, 10, 31). The caller makes sure the day is real. */
const TWO_DIGITS: readonly string[] = Array.from({ length: 32 }, (_, n) => String(n).padStart(2, '0'));

export function isoDay(year: number, month: number, day: number): string {
  const yyyy = year >= 1000 && year <= 9999 ? String(year) : String(year).padStart(4, '0');
  return `${yyyy}-${TWO_DIGITS[month] ?? String(month).padStart(2, '0')}-${TWO_DIGITS[day] ?? String(day).padStart(2, '0')}`;
}

/** A day past the month's end becomes the month's end (`29 Feb` in 2015 is 28 Feb). */
export function clampedIsoDay(year: number, month: number, day: number): string {
  return isoDay(year, month, Math.min(day, daysInMonth(year, month)));
}

export function lastDayOfMonth(year: number, month: number): string {
  return isoDay(year, month, daysInMonth(year, month));
}

/** The parts of an ISO day, or null when the text is not a real day in ISO form. */
export function parseIsoDay(iso: string): YearMonthDay | null {
  if (typeof iso !== 'string' || iso.length !== 10 || iso[4] !== '-' || iso[7] !== '-') return null;
  const year = digitsAt(iso, 0, 4);
  const month = digitsAt(iso, 5, 2);
  const day = digitsAt(iso, 8, 2);
  return isRealDay(year, month, day) ? { year, month, day } : null;
}

/** The number written by `length` ASCII digits at `start`, or NaN. */
function digitsAt(text: string, start: number, length: number): number {
  let value = 0;
  for (let k = start; k < start + length; k++) {
    const digit = text.charCodeAt(k) - 48;
    if (digit < 0 || digit > 9) return NaN;
    value = value * 10 + digit;
  }
  return value;
}

/** Days since 1 Jan 1970 (UTC) for an ISO day; throws a RangeError for text that is not one. */
export function dayNumber(iso: string): number {
  const parts = parseIsoDay(iso);
  if (parts === null) throw new RangeError(`Not an ISO day (YYYY-MM-DD): "${iso}"`);
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not move years 0-99 into the 1900s.
  date.setUTCFullYear(parts.year, parts.month - 1, parts.day);
  return Math.round(date.getTime() / MS_PER_DAY);
}

export function isoFromDayNumber(days: number): string {
  const date = new Date(days * MS_PER_DAY);
  return isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** The day `n` days after `iso` (before, for negative `n`). Throws a RangeError for a bad ISO day. */
export function addDays(iso: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Not a whole number of days: ${n}`);
  return isoFromDayNumber(dayNumber(iso) + n);
}

/** Whole days from `a` to `b` (positive when `b` is later). Throws a RangeError for a bad ISO day. */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

export function yearOf(iso: string): number {
  return digitsAt(iso, 0, 4);
}
