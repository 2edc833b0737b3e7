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
  /** Readings already made, by token list, reader and position (see `memoSlots`). */
  memo: Array<{ tokens: readonly Token[]; byReader: Map<object, unknown[]> }>;
}

export function newContext(calendar: SchoolCalendar): ParseContext {
  return { calendar, hints: [], memo: [] };
}

/**
 * Slots for one reader's results on one token list, by position, kept for one parse: several
 * forms look for a span or a range at the same place, and would otherwise read it again and again.
 */
export function memoSlots(ctx: ParseContext, tokens: readonly Token[], reader: object): unknown[] {
  let entry: (typeof ctx.memo)[number] | undefined;
  for (const candidate of ctx.memo) if (candidate.tokens === tokens) entry = candidate;
  if (entry === undefined) {
    entry = { tokens, byReader: new Map() };
    ctx.memo.push(entry);
  }
  let slots = entry.byReader.get(reader);
  if (slots === undefined) {
    slots = [];
    entry.byReader.set(reader, slots);
  }
  return slots;
}
