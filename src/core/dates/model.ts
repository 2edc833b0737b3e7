/**
 * The parser's inner vocabulary: what a recogniser found (a span and its name), what a phrase
 * means, and the context every recogniser reads (the calendar and why a reading failed).
 */
import type { Half, TermName } from './calendar';
import type { UnparsedReason } from '../i18n/en/dates';
import type { Token } from './tokens';
import type { Cadence, DateKind, DaySpan, SchoolCalendar } from './types';

/** What a span is called, so that notes can name it in either language. */
export type Label =
  | { type: 'day'; iso: string }
  | { type: 'month'; year: number; month: number }
  | { type: 'term'; term: TermName; year: number }
  | { type: 'halfTerm'; term: TermName; half: Half; year: number }
  | { type: 'academicYear'; year: number }
  | { type: 'financialYear'; year: number }
  | { type: 'quarter'; quarter: number; year: number; financial: boolean }
  | { type: 'week'; iso: string }
  | { type: 'named'; name: string; year: number };

export interface Named {
  label: Label;
  span: DaySpan;
}

/** A span written without its year (`Spring` in `Spring/Summer 2014`, `14` in `14-15 January 2015`). */
export type YearlessSpan =
  | { type: 'month'; month: number }
  | { type: 'term'; term: TermName; half: Half | null }
  | { type: 'day'; day: number; month: number | null };

/** What a span recogniser read at a position: a whole span, or one that still needs a year. */
export type SpanHit = { next: number; yearFromPlan: boolean } & (
  { complete: true; named: Named } | { complete: false; yearless: YearlessSpan }
);

/** What a phrase means, kept as structure until a note is written in a language. */
export type Meaning =
  | { type: 'span'; named: Named }
  /** `either`: written with `/` (`April/May`), which after `From` means either one. */
  | { type: 'range'; from: Named; to: Named; either: boolean }
  | { type: 'deadline'; target: Meaning }
  | { type: 'open'; target: Meaning; style: 'from' | 'ongoing' | 'after'; firstDay: string }
  | { type: 'recurring'; cadence: Cadence; from: Meaning | null; until: Meaning | null }
  | { type: 'tbc' }
  | { type: 'none' };

/** A phrase found at tokens [from, next). */
export interface Phrase {
  kind: DateKind;
  start: string | null;
  end: string | null;
  cadence: Cadence | null;
  /** The days the phrase names, used when it is one checkpoint of several. */
  anchor: DaySpan | null;
  meaning: Meaning;
  from: number;
  next: number;
  /** A year missing from the text was taken from the plan's academic year. */
  yearFromPlan: boolean;
}

export interface Hint {
  reason: UnparsedReason;
  name: string | null;
}

export interface ParseContext {
  calendar: SchoolCalendar;
  /** Why readings failed (a day that does not exist, a term with no year), for the unparsed note. */
  hints: Hint[];
  /** Readings already made, by token list, reader and position (see `remembered`). */
  memo: MemoEntry[];
}

interface MemoEntry {
  tokens: readonly Token[];
  /** One table for all readers, `tokens.length + 1` positions each: one allocation per token list. */
  readings: unknown[];
  /** The readers the table has room for (all of them, once the recognisers are loaded). */
  readers: number;
}

/** Names one remembered reader; see `memoKey`. */
export type MemoKey = number;

let memoKeys = 0;

/** A key for a reader whose results are remembered for one parse (made when a module loads). */
export function memoKey(): MemoKey {
  return memoKeys++;
}

export function newContext(calendar: SchoolCalendar): ParseContext {
  return { calendar, hints: [], memo: [] };
}

function memoEntry(ctx: ParseContext, tokens: readonly Token[]): MemoEntry {
  // A parse reads one token list, rarely two or three (without a trailing stop, written twice).
  for (let k = ctx.memo.length - 1; k >= 0; k--) if (ctx.memo[k].tokens === tokens) return ctx.memo[k];
  const entry = { tokens, readings: new Array<unknown>(memoKeys * (tokens.length + 1)), readers: memoKeys };
  ctx.memo.push(entry);
  return entry;
}

/**
 * Readings are kept for one parse, by token list, reader and position: several forms look for a
 * span or a range at the same place, and would otherwise read it again and again.
 */
export function remembered<T>(
  ctx: ParseContext,
  tokens: readonly Token[],
  reader: MemoKey,
  i: number,
  read: (t: readonly Token[], i: number, ctx: ParseContext) => T,
): T {
  const entry = memoEntry(ctx, tokens);
  if (i > tokens.length || reader >= entry.readers) return read(tokens, i, ctx);
  const { readings } = entry;
  const at = reader * (tokens.length + 1) + i;
  let found = readings[at] as T | undefined;
  if (found === undefined) readings[at] = found = read(tokens, i, ctx);
  return found;
}
