/**
 * Public API of the date engine. PLACEHOLDER SIGNATURES: the parser itself is being built
 * (issue 3); until then every expression is `unparsed`.
 */
import type { CellValue } from '../grid/types';
import type { DateResult, ParseOptions, SchoolCalendar } from './types';

export type { DateResult, DateKind, Cadence, DaySpan, SchoolCalendar, ParseOptions } from './types';

/** The default UK school calendar of dates.md (1 Sep academic year, 1 Apr financial year). */
export const defaultCalendar: SchoolCalendar = {
  terms: {
    autumn: { start: { month: 9, day: 1 }, end: { month: 12, day: 31 } },
    spring: { start: { month: 1, day: 1 }, end: { month: 3, day: 31 } },
    summer: { start: { month: 4, day: 1 }, end: { month: 7, day: 31 } },
  },
  halfTermSplits: { autumn: { month: 10, day: 31 }, spring: { month: 2, day: 29 }, summer: { month: 5, day: 31 } },
  academicYearStart: { month: 9, day: 1 },
  financialYearStart: { month: 4, day: 1 },
  planAcademicYear: null,
};

/** Parses one timescale expression (text) as dates.md says. Never throws. */
export function parseTimescale(text: string, _options: ParseOptions = {}): DateResult {
  return {
    kind: 'unparsed', start: null, end: null, due: null, checkpoints: [], cadence: null,
    text, note: 'Not understood', noteCy: 'Heb ei ddeall', embedded: false,
  };
}

/** Parses a grid cell: date cells and serial numbers are exact days; text goes to parseTimescale. */
export function parseCellDate(value: CellValue, options: ParseOptions = {}): DateResult {
  return parseTimescale(value === null ? '' : String(value), options);
}

/** `31 Oct 2015` (en) or `31 Hyd 2015` (cy) for an ISO day. */
export function formatDay(iso: string, _lang: 'en' | 'cy' = 'en'): string {
  return iso;
}
