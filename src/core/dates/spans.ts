/**
 * Span recognisers: each reads one named span (a day, a month, a term, an academic or financial
 * year, a quarter, a week, a holiday the calendar names) at a token position, or a span still
 * missing its year (`Spring` in `Spring/Summer 2014`). `readSpan` returns the longest reading.
 */
import {
  academicYearSpan,
  calendarQuarterSpan,
  financialQuarterSpan,
  financialYearSpan,
  halfTermSpan,
  monthSpan,
  namedSpan,
  termCalendarYear,
  termSpan,
  termWithSplitIn,
  TERM_NAMES,
  type Half,
  type TermName,
} from './calendar';
import { addDays, daysInMonth, isoDay, isRealDay, isYearInRange, parseIsoDay, yearOf } from './days';
import {
  memoKey,
  remembered,
  type Label,
  type Named,
  type ParseContext,
  type SpanHit,
  type YearlessSpan,
} from './model';
import { matchLongest, matchWords, numberAt, optional, phraseIndex } from './match';
import { tokenise, type Token } from './tokens';
import { tableByWord } from './words';
import type { DaySpan, SchoolCalendar } from './types';
import { HOLIDAY_WORDS, MONTH_WORDS, NOT_A_TERM_WORDS, SEASON_WORDS, WEEKDAY_WORDS } from './vocabulary';

type Tokens = readonly Token[];
type SpanReader = (t: Tokens, i: number, ctx: ParseContext) => SpanHit | null;

// ---------------------------------------------------------------------------------------------
// Building blocks: years, months, days

interface YearRead {
  year: number;
  next: number;
}

/** `2014`, `14` or `'14` (a two-digit year is 20YY). Years outside 1990-2100 are refused. */
function readYear(t: Tokens, i: number, ctx: ParseContext): YearRead | null {
  let at = i;
  if (t[at]?.text === "'") at++;
  const token = at > i ? numberAt(t, at, 2) : numberAt(t, at, 2, 4);
  if (token === null) return null;
  const year = token.text.length === 2 ? 2000 + token.value : token.value;
  return inRange(year, ctx) ? { year, next: at + 1 } : null;
}

function inRange(year: number, ctx: ParseContext): boolean {
  if (isYearInRange(year)) return true;
  ctx.hints.push({ reason: 'year-range', name: null });
  return false;
}

/** Maps rather than the records themselves: a word such as `constructor` is not a month or a season. */
const MONTHS: ReadonlyMap<string, number> = new Map(Object.entries(MONTH_WORDS));
const SEASONS: ReadonlyMap<string, TermName> = new Map(Object.entries(SEASON_WORDS));

function readMonthWord(t: Tokens, i: number): { month: number; next: number } | null {
  const token = t[i];
  if (token?.kind !== 'word') return null;
  const month = MONTHS.get(token.text);
  if (month === undefined) return null;
  return { month, next: optional(t, i + 1, '.') };
}

/** A day number, plain or ordinal, 1-31. */
function readDayNumber(t: Tokens, i: number, ordinalOnly = false): { day: number; next: number } | null {
  const token = t[i];
  if (token?.kind !== 'num' || token.text.length > 2 || (ordinalOnly && !token.ordinal)) return null;
  return token.value >= 1 && token.value <= 31 ? { day: token.value, next: i + 1 } : null;
}

function skipWeekday(t: Tokens, i: number): number {
  return t[i]?.kind === 'word' && WEEKDAY_WORDS.has(t[i].text) ? optional(t, i + 1, ',') : i;
}

function noSuchDay(ctx: ParseContext): null {
  ctx.hints.push({ reason: 'no-such-day', name: null });
  return null;
}

function complete(next: number, label: Label, span: DaySpan | null, yearFromPlan = false): SpanHit | null {
  return span === null ? null : { next, yearFromPlan, complete: true, named: { label, span } };
}

function yearless(next: number, span: YearlessSpan): SpanHit {
  return { next, yearFromPlan: false, complete: false, yearless: span };
}

function dayHit(next: number, year: number, month: number, day: number, ctx: ParseContext): SpanHit | null {
  if (!isRealDay(year, month, day)) return noSuchDay(ctx);
  const iso = isoDay(year, month, day);
  return complete(next, { type: 'day', iso }, { start: iso, end: iso });
}

// ---------------------------------------------------------------------------------------------
// Day recognisers

/** `2014-07-04`. */
const readIsoDay: SpanReader = (t, i, ctx) => {
  const year = numberAt(t, i, 4);
  if (year === null || t[i + 1]?.text !== '-' || t[i + 3]?.text !== '-') return null;
  const month = numberAt(t, i + 2, 1, 2);
  const day = numberAt(t, i + 4, 1, 2);
  if (month === null || day === null || !inRange(year.value, ctx)) return null;
  return dayHit(i + 5, year.value, month.value, day.value, ctx);
};

/** `04/07/2014`, `4.7.14`, `04-07-2014`: always day first. */
const readNumericDay: SpanReader = (t, i, ctx) => {
  const day = numberAt(t, i, 1, 2);
  const separator = t[i + 1]?.text;
  if (day === null || (separator !== '/' && separator !== '.' && separator !== '-')) return null;
  const month = numberAt(t, i + 2, 1, 2);
  if (month === null || t[i + 3]?.text !== separator) return null;
  const year = readYear(t, i + 4, ctx);
  if (year === null || t[i + 4]?.text === "'") return null;
  return dayHit(year.next, year.year, month.value, day.value, ctx);
};

/**
 * `14th January 2015`, `Thursday 7th March 2019`, `2 Nov 15`, and month first with an ordinal or a
 * four-digit year (`July 3rd 2020`, `March 13, 2015`). Without a year the day waits for one
 * (`14` in `14-15 January 2015`, `13th March`).
 */
const readDayMonth: SpanReader = (t, i, ctx) => {
  const at = skipWeekday(t, i);
  return readDayFirst(t, at, ctx) ?? readMonthFirst(t, at, ctx);
};

function readDayFirst(t: Tokens, i: number, ctx: ParseContext): SpanHit | null {
  const day = readDayNumber(t, i);
  if (day === null) return null;
  const month = readMonthWord(t, optional(t, day.next, 'of'));
  if (month === null) return null;
  return dayWithOptionalYear(t, month.next, day.day, month.month, ctx, true);
}

function readMonthFirst(t: Tokens, i: number, ctx: ParseContext): SpanHit | null {
  const month = readMonthWord(t, i);
  if (month === null) return null;
  const ordinal = readDayNumber(t, month.next, true);
  if (ordinal !== null) return dayWithOptionalYear(t, ordinal.next, ordinal.day, month.month, ctx, true);
  // A plain number after a month is a year (`Oct 15`), unless a four-digit year follows it.
  const plain = readDayNumber(t, month.next);
  if (plain === null) return null;
  const yearAt = optional(t, plain.next, ',');
  return numberAt(t, yearAt, 4) ? dayWithOptionalYear(t, yearAt, plain.day, month.month, ctx, false) : null;
}

function dayWithOptionalYear(
  t: Tokens,
  i: number,
  day: number,
  month: number,
  ctx: ParseContext,
  twoDigitYear: boolean,
): SpanHit | null {
  const yearAt = optional(t, i, ',');
  const year =
    numberAt(t, yearAt, 4, twoDigitYear ? 2 : 4) || t[yearAt]?.text === "'" ? readYear(t, yearAt, ctx) : null;
  if (year !== null) return dayHit(year.next, year.year, month, day, ctx);
  // Checked against a leap year: the year, when it comes, decides 29 February.
  if (day > daysInMonth(2000, month)) return noSuchDay(ctx);
  return yearless(i, { type: 'day', day, month });
}

/** `w/c 3 March 2025`, `week commencing 03/03/25`: that day and the six after it. */
const readWeekCommencing: SpanReader = (t, i, ctx) => {
  const after = matchLongest(t, i, WEEK_COMMENCING);
  if (after < 0) return null;
  const at = optional(t, after, ':');
  const day = longestOf([readIsoDay, readNumericDay, readDayMonth], t, at, ctx);
  if (day === null || !day.complete || day.named.label.type !== 'day') return null;
  const first = day.named.span.start;
  return complete(day.next, { type: 'week', iso: first }, { start: first, end: addDays(first, 6) });
};

const WEEK_COMMENCING = phraseIndex([
  ['w', '/', 'c'],
  ['w', '/', 'b'],
  ['wc'],
  ['wb'],
  ['week', 'commencing'],
  ['week', 'beginning'],
  ['week', 'starting'],
]);

// ---------------------------------------------------------------------------------------------
// Months and terms

/** `October 2014`, `Sept '13`, `Oct 15` (October 2015, never a day), `Oct-15`; or a month alone. */
const readMonthYear: SpanReader = (t, i, ctx) => {
  const month = readMonthWord(t, i);
  if (month === null) return null;
  const yearAt = optional(t, month.next, ',', '-');
  const year = readYear(t, yearAt, ctx);
  if (year === null) return yearless(month.next, { type: 'month', month: month.month });
  return complete(
    year.next,
    { type: 'month', year: year.year, month: month.month },
    monthSpan(year.year, month.month),
  );
};

/** Half-term numbers as councils write them: Autumn 1-2, Spring 1-2 or 3-4, Summer 1-2 or 5-6. */
const HALF_TERM_NUMBERS: Record<TermName, Record<number, Half>> = {
  autumn: { 1: 1, 2: 2 },
  spring: { 1: 1, 2: 2, 3: 1, 4: 2 },
  summer: { 1: 1, 2: 2, 5: 1, 6: 2 },
};

const HALF_TERM_WORDS = phraseIndex([['half', 'term'], ['halfterm']]);

/**
 * `Autumn 2013`, `Summer Term 2013`, `the autumn term 2014`, `Autumn Half Term 1`, `Spring 1 half
 * term 2016`, `Oct Half Term`. A term's year is the calendar year it falls in.
 */
const readTerm: SpanReader = (t, i, ctx) => {
  const at = optional(t, i, 'the');
  const word = t[at];
  if (word?.kind !== 'word') return null;
  if (NOT_A_TERM_WORDS.has(word.text)) {
    ctx.hints.push({ reason: 'not-a-term', name: word.text });
    return null;
  }
  const season = SEASONS.get(word.text);
  if (season !== undefined) return readSeason(t, at + 1, season, ctx);
  return readMonthHalfTerm(t, at, ctx);
};

function readSeason(t: Tokens, i: number, term: TermName, ctx: ParseContext): SpanHit | null {
  let at = i;
  let half: Half | null = null;
  const halfWords = matchLongest(t, at, HALF_TERM_WORDS);
  const numberAfterHalf = halfWords > 0 ? numberAt(t, halfWords, 1) : null;
  const number = numberAfterHalf ?? numberAt(t, at, 1);
  if (number !== null) {
    half = HALF_TERM_NUMBERS[term][number.value] ?? null;
    if (half === null) return null;
    at = numberAfterHalf !== null ? halfWords + 1 : at + 1;
    const trailing = matchLongest(t, at, HALF_TERM_WORDS);
    if (numberAfterHalf === null && trailing > 0) at = trailing;
  } else if (halfWords > 0) {
    // `Autumn half term` is the half term in the middle of autumn: the end of its first half.
    half = 1;
    at = halfWords;
  } else {
    at = optional(t, at, 'term', 'terms');
  }
  return withTermYear(t, at, term, half, ctx);
}

/** `Oct half term`: the half term whose first half ends in that month (Autumn 1 by default). */
function readMonthHalfTerm(t: Tokens, i: number, ctx: ParseContext): SpanHit | null {
  const month = readMonthWord(t, i);
  if (month === null) return null;
  const after = matchLongest(t, month.next, HALF_TERM_WORDS);
  if (after < 0) return null;
  const term = termWithSplitIn(ctx.calendar, month.month);
  return term === null ? null : withTermYear(t, after, term, 1, ctx);
}

function withTermYear(
  t: Tokens,
  i: number,
  term: TermName,
  half: Half | null,
  ctx: ParseContext,
): SpanHit | null {
  const year = readYear(t, i, ctx);
  if (year === null) return yearless(i, { type: 'term', term, half });
  return termHit(year.next, term, half, year.year, ctx.calendar);
}

function termHit(next: number, term: TermName, half: Half | null, year: number, calendar: SchoolCalendar) {
  return half === null
    ? complete(next, { type: 'term', term, year }, termSpan(calendar, term, year))
    : complete(next, { type: 'halfTerm', term, half, year }, halfTermSpan(calendar, term, half, year));
}

// ---------------------------------------------------------------------------------------------
// Academic and financial years, quarters

interface YearPair {
  first: number;
  next: number;
}

/** `2014/15`, `2014-15`, `2014/2015`, `2014-2015` (`15/16` too when `shortFirst`). */
function readYearPair(t: Tokens, i: number, ctx: ParseContext, shortFirst: boolean): YearPair | null {
  const first = shortFirst ? numberAt(t, i, 2, 4) : numberAt(t, i, 4);
  const separator = t[i + 1]?.text;
  if (first === null || (separator !== '/' && separator !== '-')) return null;
  const second = first.text.length === 2 ? numberAt(t, i + 2, 2) : numberAt(t, i + 2, 2, 4);
  if (second === null) return null;
  const firstYear = first.text.length === 2 ? 2000 + first.value : first.value;
  const follows =
    second.text.length === 2 ? second.value === (firstYear + 1) % 100 : second.value === firstYear + 1;
  if (!follows || !inRange(firstYear, ctx) || !inRange(firstYear + 1, ctx)) return null;
  return { first: firstYear, next: i + 3 };
}

const ACADEMIC_YEAR_WORDS = phraseIndex([['academic', 'year']]);
const FINANCIAL_YEAR_WORDS = phraseIndex([['fy'], ['financial', 'year'], ['f', '/', 'y']]);

/** `2015/16`, `the 2015/16 academic year`, `academic year 2014-2015`. */
const readAcademicYear: SpanReader = (t, i, ctx) => {
  let at = optional(t, i, 'the');
  const before = matchLongest(t, at, ACADEMIC_YEAR_WORDS);
  if (before > 0) at = before;
  const pair = readYearPair(t, at, ctx, false);
  if (pair === null) return null;
  const after = before > 0 ? -1 : matchLongest(t, pair.next, ACADEMIC_YEAR_WORDS);
  const next = after > 0 ? after : pair.next;
  return complete(
    next,
    { type: 'academicYear', year: pair.first },
    academicYearSpan(ctx.calendar, pair.first),
  );
};

/** `FY 2015/16`, `2015-16 financial year`, `fy 15/16`. */
const readFinancialYear: SpanReader = (t, i, ctx) => {
  const pair = readFinancialPair(t, i, ctx);
  if (pair === null) return null;
  return complete(
    pair.next,
    { type: 'financialYear', year: pair.first },
    financialYearSpan(ctx.calendar, pair.first),
  );
};

function readFinancialPair(t: Tokens, i: number, ctx: ParseContext): YearPair | null {
  const before = matchLongest(t, optional(t, i, 'the'), FINANCIAL_YEAR_WORDS);
  if (before > 0) return readYearPair(t, optional(t, before, ':'), ctx, true);
  const pair = readYearPair(t, optional(t, i, 'the'), ctx, false);
  if (pair === null) return null;
  const after = matchLongest(t, pair.next, FINANCIAL_YEAR_WORDS);
  return after > 0 ? { first: pair.first, next: after } : null;
}

const QUARTER_WORDS = phraseIndex([['q'], ['quarter']]);

/** `Q1 2015/16` (financial quarters), `Q1 2015` (calendar quarters), `quarter 3 FY 2024/25`. */
const readQuarter: SpanReader = (t, i, ctx) => {
  const after = matchLongest(t, i, QUARTER_WORDS);
  const quarter = after > 0 ? numberAt(t, after, 1) : null;
  if (quarter === null || quarter.value < 1 || quarter.value > 4) return null;
  const at = optional(t, after + 1, 'of');
  const financial = readFinancialPair(t, at, ctx) ?? readYearPair(t, at, ctx, false);
  if (financial !== null) {
    const label: Label = { type: 'quarter', quarter: quarter.value, year: financial.first, financial: true };
    return complete(
      financial.next,
      label,
      financialQuarterSpan(ctx.calendar, financial.first, quarter.value),
    );
  }
  const year = numberAt(t, at, 4);
  if (year === null || !inRange(year.value, ctx)) return null;
  const label: Label = { type: 'quarter', quarter: quarter.value, year: year.value, financial: false };
  return complete(at + 1, label, calendarQuarterSpan(year.value, quarter.value));
};

// ---------------------------------------------------------------------------------------------
// Spans the workbook's calendar names (`easter`), and holidays it does not

const TERM_KEYS: ReadonlySet<string> = new Set(
  TERM_NAMES.flatMap((term) => [term, `${term} 1`, `${term} 2`]),
);
const nameTokens = new WeakMap<object, Array<{ name: string; words: string[] }>>();

function calendarNames(calendar: SchoolCalendar): Array<{ name: string; words: string[] }> {
  const named = calendar.named;
  if (named === undefined) return [];
  let names = nameTokens.get(named);
  if (names === undefined) {
    names = Object.keys(named)
      .filter((name) => !TERM_KEYS.has(name))
      .map((name) => ({ name, words: tokenise(name, 200).map((token) => token.text) }))
      .filter((entry) => entry.words.length > 0);
    nameTokens.set(named, names);
  }
  return names;
}

const readNamed: SpanReader = (t, i, ctx) => {
  let best: SpanHit | null = null;
  for (const { name, words } of calendarNames(ctx.calendar)) {
    const after = matchWords(t, optional(t, i, 'the'), words);
    if (after < 0) continue;
    const hit = namedWithYear(t, after, name, ctx);
    if (hit !== null && (best === null || hit.next > best.next)) best = hit;
  }
  if (best === null && t[i]?.kind === 'word' && HOLIDAY_WORDS.has(t[i].text)) {
    ctx.hints.push({ reason: 'holiday', name: t[i].text });
  }
  return best;
};

function namedWithYear(t: Tokens, i: number, name: string, ctx: ParseContext): SpanHit | null {
  const year = readYear(t, i, ctx);
  if (year !== null) {
    const span = namedSpan(ctx.calendar, name, year.year);
    if (span === null) ctx.hints.push({ reason: 'holiday', name });
    return complete(year.next, { type: 'named', name, year: year.year }, span);
  }
  const planYear = ctx.calendar.planAcademicYear;
  const within = planYear === null ? null : academicYearSpan(ctx.calendar, planYear);
  const years = Object.keys(ctx.calendar.named?.[name] ?? {}).map(Number);
  for (const candidate of years) {
    const span = namedSpan(ctx.calendar, name, candidate);
    if (within !== null && span !== null && span.start >= within.start && span.start <= within.end) {
      return complete(i, { type: 'named', name, year: candidate }, span, true);
    }
  }
  ctx.hints.push({ reason: within === null ? 'no-year' : 'holiday', name });
  return null;
}

// ---------------------------------------------------------------------------------------------
// Putting spans together

/** Each span recogniser, and the words it can start with (`#` for a number). */
const SPAN_READERS: ReadonlyArray<readonly [SpanReader, readonly string[]]> = [
  [readIsoDay, ['#']],
  [readNumericDay, ['#']],
  [readDayMonth, ['#', ...Object.keys(MONTH_WORDS), ...WEEKDAY_WORDS]],
  [readWeekCommencing, [...WEEK_COMMENCING.firstWords]],
  [readMonthYear, Object.keys(MONTH_WORDS)],
  [readTerm, ['the', ...Object.keys(SEASON_WORDS), ...NOT_A_TERM_WORDS, ...Object.keys(MONTH_WORDS)]],
  [readAcademicYear, ['#', 'the', ...ACADEMIC_YEAR_WORDS.firstWords]],
  [readFinancialYear, ['#', 'the', ...FINANCIAL_YEAR_WORDS.firstWords]],
  [readQuarter, [...QUARTER_WORDS.firstWords]],
  [readNamed, ['the', ...HOLIDAY_WORDS]],
];

/** The recognisers to try at a token, by its first word's id (numbers apart): most words start none. */
const { READERS_BY_WORD, NUMBER_READERS } = (() => {
  const byStart = new Map<string, SpanReader[]>();
  for (const [reader, starts] of SPAN_READERS) {
    for (const start of starts) byStart.set(start, [...(byStart.get(start) ?? []), reader]);
  }
  const numbers = byStart.get('#') ?? [];
  byStart.delete('#');
  return { READERS_BY_WORD: tableByWord(byStart), NUMBER_READERS: numbers };
})();

const NO_READERS: readonly SpanReader[] = [];

function readersFor(token: Token, ctx: ParseContext): readonly SpanReader[] {
  const readers =
    token.kind === 'num'
      ? NUMBER_READERS
      : ((token.word < 0 ? undefined : READERS_BY_WORD[token.word]) ?? NO_READERS);
  // A workbook's own names (`may half term`) can start with any word.
  if (ctx.calendar.named === undefined || readers.includes(readNamed)) return readers;
  const named = calendarNames(ctx.calendar).some((entry) => entry.words[0] === token.text);
  return named ? [...readers, readNamed] : readers;
}

function longestOf(readers: readonly SpanReader[], t: Tokens, i: number, ctx: ParseContext): SpanHit | null {
  let best: SpanHit | null = null;
  for (const reader of readers) {
    const hit = reader(t, i, ctx);
    // At equal length a whole span beats one still waiting for its year.
    if (
      hit !== null &&
      (best === null || hit.next > best.next || (hit.next === best.next && hit.complete && !best.complete))
    ) {
      best = hit;
    }
  }
  return best;
}

export function canStartSpan(token: Token, ctx: ParseContext): boolean {
  return readersFor(token, ctx).length > 0;
}

const SPANS_KEY = memoKey();

function readLongestSpan(t: Tokens, i: number, ctx: ParseContext): SpanHit | null {
  return longestOf(readersFor(t[i], ctx), t, i, ctx);
}

/** The longest span (or span without a year) at token `i`. */
export function readSpan(t: Tokens, i: number, ctx: ParseContext): SpanHit | null {
  const token = t[i];
  const readers = token === undefined ? NO_READERS : readersFor(token, ctx);
  if (readers.length === 0) return null;
  return remembered(ctx, t, SPANS_KEY, i, readLongestSpan);
}

/** A bare day number (`14` in `14-15 January 2015`), which only a range can complete. */
export function readBareDay(t: Tokens, i: number): SpanHit | null {
  const day = readDayNumber(t, i);
  return day === null ? null : yearless(day.next, { type: 'day', day: day.day, month: null });
}

/** The year (and month) a span written once lends to the other part of a range. */
function yearOfNamed(named: Named): { year: number; month: number | null } | null {
  const { label } = named;
  switch (label.type) {
    case 'day':
    case 'week':
      return { year: yearOf(label.iso), month: parseIsoDay(label.iso)?.month ?? null };
    case 'month':
      return { year: label.year, month: label.month };
    case 'term':
    case 'halfTerm':
      return { year: label.year, month: null };
    default:
      return null;
  }
}

/** Completes a span written without its year from the other part of a range (`Sept` in `Sept/Oct 2014`). */
export function completeFrom(span: YearlessSpan, other: Named, ctx: ParseContext): Named | null {
  const lent = yearOfNamed(other);
  if (lent === null) return null;
  return completeWithYear(span, lent.year, lent.month, ctx);
}

function completeWithYear(
  span: YearlessSpan,
  year: number,
  month: number | null,
  ctx: ParseContext,
): Named | null {
  let hit: SpanHit | null;
  if (span.type === 'month') {
    hit = complete(0, { type: 'month', year, month: span.month }, monthSpan(year, span.month));
  } else if (span.type === 'term') {
    hit = termHit(0, span.term, span.half, year, ctx.calendar);
  } else {
    const dayMonth = span.month ?? month;
    hit = dayMonth === null ? null : dayHit(0, year, dayMonth, span.day, ctx);
  }
  return hit !== null && hit.complete ? hit.named : null;
}

/**
 * A span ready to use: whole as written, or a term without a year placed in the plan's academic
 * year (dates.md). A month or day without a year is never guessed.
 */
export function resolveSpan(hit: SpanHit, ctx: ParseContext): { named: Named; yearFromPlan: boolean } | null {
  if (hit.complete) return { named: hit.named, yearFromPlan: hit.yearFromPlan };
  const { yearless: span } = hit;
  const planYear = ctx.calendar.planAcademicYear;
  if (span.type !== 'term') {
    ctx.hints.push({ reason: 'no-year', name: null });
    return null;
  }
  if (planYear === null) {
    ctx.hints.push({ reason: 'term-no-year', name: null });
    return null;
  }
  const named = completeWithYear(span, termCalendarYear(span.term, planYear), null, ctx);
  return named === null ? null : { named, yearFromPlan: true };
}
