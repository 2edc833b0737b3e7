/** The plan's academic year and title, from the rows above its header and the sheet's name. */
import { addDays } from '../dates';
import type { DaySpan, MonthDay, SchoolCalendar } from '../dates/types';
import { cellText } from './cells';
import type { PlanRegion } from './detect';

/** How far above a table its title may sit. */
const TABLE_TITLE_ROWS = 3;
/** A title is a line, not a paragraph. */
const MAX_TITLE_LENGTH = 200;

/**
 * The academic years a text names, as [first, last] by their first calendar years: `2015/16`,
 * `2014-15` or `2014/2015` is one year; `2014-16`, `2014-2016` or `2014 to 2016` a plan over two
 * (2014/15 and 2015/16). Read as academic years rather than financial ones, since that is the
 * later of the two ends: a plan's end only ever raises a warning, so the reading that warns less
 * is the safe one.
 */
function* academicYearSpansIn(text: string): Generator<[number, number]> {
  const pattern = /\b((?:19|20)\d\d)\s*(?:[/\-–]|\bto\b)\s*((?:19|20)\d\d|\d{2})\b/gi;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const first = Number(match[1]);
    const endYear =
      match[2].length === 2 ? Math.floor(first / 100) * 100 + Number(match[2]) : Number(match[2]);
    if (endYear > first && endYear - first <= 5) yield [first, endYear - 1];
  }
}

/** The first single academic year a text names: `2014-16` (a two-year plan) names none. */
function academicYearIn(text: string): number | null {
  for (const [first, last] of academicYearSpansIn(text)) if (first === last) return first;
  return null;
}

/** The first span of academic years a text names, one year or several. */
function academicYearsIn(text: string): [number, number] | null {
  for (const span of academicYearSpansIn(text)) return span;
  return null;
}

/** The rows above the header that may hold the plan's title: all of them for a sheet, a few for a table. */
export function titleRows(region: PlanRegion): [number, number] {
  const first = region.table === null ? 0 : Math.max(0, region.headerTop - TABLE_TITLE_ROWS);
  return [first, region.headerTop - 1];
}

/**
 * Texts above the header, nearest first for a table (its caption sits just above it), top first
 * for a sheet (its title is the first line). Rows inside another table are not the plan's title.
 */
function textsAbove(region: PlanRegion): string[] {
  const [first, last] = titleRows(region);
  const rows: number[] = [];
  for (let row = first; row <= last; row++) rows.push(row);
  if (region.table !== null) rows.reverse();
  const otherTables = (region.sheet.tables ?? []).filter((t) => t.name !== region.table).map((t) => t.range);
  const texts: string[] = [];
  for (const row of rows) {
    for (let col = region.left; col <= region.right; col++) {
      if (otherTables.some((r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right))
        continue;
      const text = cellText(region.sheet.rows[row]?.[col]).trim();
      if (text !== '') texts.push(text.length > MAX_TITLE_LENGTH ? text.slice(0, MAX_TITLE_LENGTH) : text);
    }
  }
  return texts;
}

/** The first text above the header; for a table with none, the table's name. */
export function planTitle(region: PlanRegion): string | null {
  const [first] = textsAbove(region);
  return first ?? region.table ?? null;
}

/**
 * The calendar to read the plan with: the caller's, and when it names no academic year, one found
 * in the title rows, the sheet name or the table name (so `Summer term` has a year).
 */
export function planCalendar(region: PlanRegion, calendar: SchoolCalendar): SchoolCalendar {
  if (calendar.planAcademicYear !== null && calendar.planAcademicYear !== undefined) return calendar;
  const places = [...textsAbove(region), region.sheet.name, region.table ?? ''];
  for (const text of places) {
    const year = academicYearIn(text);
    if (year !== null) return { ...calendar, planAcademicYear: year };
  }
  return calendar;
}

function monthDayIso(year: number, { month, day }: MonthDay): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The span the plan's title (or its sheet or table name) says it covers, `Action Plan 2014-16`:
 * from the first academic year's start to the day before the year after the last one starts.
 * Null when no place names a span of years.
 */
export function planPeriod(region: PlanRegion, calendar: SchoolCalendar): DaySpan | null {
  const places = [...textsAbove(region), region.sheet.name, region.table ?? ''];
  for (const text of places) {
    const years = academicYearsIn(text);
    if (years === null) continue;
    const start = monthDayIso(years[0], calendar.academicYearStart);
    const end = addDays(monthDayIso(years[1] + 1, calendar.academicYearStart), -1);
    return { start, end };
  }
  return null;
}
