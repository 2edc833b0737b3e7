/** What a timescale expression means: the result contract of `../shared/spec/dates.md`. */

export type DateKind = 'date' | 'period' | 'open' | 'recurring' | 'multiple' | 'tbc' | 'none' | 'unparsed';

export type Cadence =
  | 'weekly'
  | 'fortnightly'
  | 'monthly'
  | 'half-termly'
  | 'termly'
  | 'quarterly'
  | 'twice-yearly'
  | 'annually'
  | 'ongoing';

/** An inclusive span of calendar days, ISO `YYYY-MM-DD`. */
export interface DaySpan {
  start: string;
  end: string;
}

export interface DateResult {
  kind: DateKind;
  start: string | null;
  end: string | null;
  /** The deadline RAG rules use: `end` for date, period and multiple; null otherwise. */
  due: string | null;
  /** For `multiple`: every checkpoint in order; otherwise empty. */
  checkpoints: DaySpan[];
  /** For `recurring`; otherwise null. */
  cadence: Cadence | null;
  /** The input, unchanged. */
  text: string;
  /** A short en-GB explanation of what was understood. */
  note: string;
  /** The same explanation in Welsh. */
  noteCy: string;
  /** True when the expression was found inside a longer sentence. */
  embedded: boolean;
}

/** A month and day, used for calendar boundaries that do not depend on the year. */
export interface MonthDay {
  month: number; // 1-12
  day: number; // 1-31
}

/**
 * The school calendar a plan is read with. A value, never a global: a workbook can carry its own
 * (a council's real term dates, say), and the parser takes it as a parameter.
 */
export interface SchoolCalendar {
  /** Term spans within an academic year. Autumn is in the first calendar year, spring and summer in the second. */
  terms: {
    autumn: { start: MonthDay; end: MonthDay };
    spring: { start: MonthDay; end: MonthDay };
    summer: { start: MonthDay; end: MonthDay };
  };
  /** Half terms: where the first half ends (the second half starts the next day). */
  halfTermSplits: { autumn: MonthDay; spring: MonthDay; summer: MonthDay };
  /** First day of the academic year (default 1 Sep). */
  academicYearStart: MonthDay;
  /** First day of the financial year (default 1 Apr). */
  financialYearStart: MonthDay;
  /** The plan's academic year, by its first calendar year (2015 for 2015/16), when known. */
  planAcademicYear: number | null;
  /**
   * Exact spans for particular years that override the defaults, e.g. a council's real term dates
   * or named holidays (`easter` -> spans by year). Keys are lower-case names. Term keys are
   * `autumn`, `spring`, `summer` and half terms `autumn 1` .. `summer 2`, by the calendar year the
   * term falls in (`spring` 2016 is the spring term of 2015/16).
   */
  named?: Record<string, Record<number, DaySpan>>;
}

export interface ParseOptions {
  calendar?: SchoolCalendar;
}
