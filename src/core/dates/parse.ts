/**
 * The timescale parser: composes the recognisers into one reading of a cell (dates.md).
 *
 * Why our own parser and not chrono-node. chrono-node is well organised: a configuration is an
 * ordered list of parsers (a pattern plus an extract step) and refiners (passes over the results
 * that merge ranges and drop overlaps). We keep that shape (named recognisers, then one function
 * that composes them) but not the library, because:
 *  - its results are instants (a JavaScript Date with a time and a time zone) implied around a
 *    reference "now"; ours are whole calendar days, first and last, with no time zone;
 *  - its English parsers read `Oct 15` as 15 October and fill missing years from today; dates.md
 *    says `Oct 15` is October 2015 and a missing year is never guessed, so the parsers we would
 *    keep are few, and each would need a refiner to undo its default;
 *  - school terms, half terms, academic and financial years and quarters, recurrences
 *    (`Termly`), `TBC` and `N/A` are not in it: they would all be our own parsers anyway;
 *  - the calendar must be a value passed in (a council's own term dates), not a locale;
 *  - it is not installed, and the add-in bundle stays smaller without it.
 *
 * The reading, in order:
 *  1. fold and tokenise (tokens.ts): look-alike letters, odd spaces and dashes, broken words;
 *  2. the whole text as one form: none, tbc, then a single phrase (recurring, open start,
 *     deadline, range or span; forms.ts over spans.ts), then the same phrase written twice,
 *     then several checkpoints;
 *  3. failing that, the forms found inside the text (the first 2,000 characters only, so that
 *     a long cell stays fast), with a note that says so;
 *  4. failing that, unparsed, with the reason when one is known. A day that does not exist or a
 *     range written back to front is unparsed at once: never half-read from inside the text.
 */
import { defaultCalendar } from './calendar';
import { yearOf, MAX_YEAR, MIN_YEAR } from './days';
import { messagesFor, type Lang } from './format';
import {
  canStartPhrase,
  deadlineForm,
  longestPhrase,
  noneForm,
  openForm,
  rangeForm,
  recurringForm,
  spanForm,
  tbcForm,
  type PhraseReader,
} from './forms';
import { newContext, type Hint, type ParseContext, type Phrase } from './model';
import { describe, sentence, yearsLabel } from './notes';
import { tokenise, type Token } from './tokens';
import type { Cadence, DateKind, DateResult, DaySpan, ParseOptions, SchoolCalendar } from './types';
import type { UnparsedReason } from '../i18n/en/dates';

/** Only this much of a cell is searched for a date inside text: a timescale is never longer. */
export const MAX_SCAN_CHARS = 2000;

const PHRASE_FORMS: readonly PhraseReader[] = [recurringForm, openForm, deadlineForm, rangeForm, spanForm];
const CHECKPOINT_FORMS: readonly PhraseReader[] = [deadlineForm, rangeForm, spanForm];
const EMBEDDED_FORMS: readonly PhraseReader[] = [...PHRASE_FORMS, tbcForm];
const WORD_FORMS: readonly PhraseReader[] = [noneForm, tbcForm];
const CHECKPOINT_SEPARATORS: ReadonlySet<string> = new Set([',', ';', 'and', '&', 'then']);

/** What was understood, before it is written out as a result. */
interface Reading {
  kind: DateKind;
  start: string | null;
  end: string | null;
  cadence: Cadence | null;
  checkpoints: DaySpan[];
  describe: (lang: Lang) => string;
  yearFromPlan: boolean;
  writtenTwice: boolean;
}

export function parseTimescale(text: string, options: ParseOptions = {}): DateResult {
  const written = typeof text === 'string' ? text : String(text ?? '');
  try {
    return parseText(written, options.calendar ?? defaultCalendar);
  } catch {
    // A recogniser that fails on odd input must not stop a whole plan from being read.
    return unparsedResult(written, null);
  }
}

function parseText(text: string, calendar: SchoolCalendar): DateResult {
  const ctx = newContext(calendar);
  const body = text.trim();
  const tooLong = body.length > MAX_SCAN_CHARS;
  const tokens = tokenise(body, MAX_SCAN_CHARS);
  if (!tooLong) {
    const whole = readWhole(withoutTrailingStop(tokens), ctx);
    if (whole !== null) return toResult(text, whole, calendar, null);
  }
  // Why the whole text was not read. The search inside it adds hints of its own, which an
  // unparsed note leaves out.
  const wholeHints = ctx.hints.length;
  // `29 Feb 2015` is a day that does not exist, and `Dec/Jan 2015` a range back to front: not
  // February or January 2015 found inside some text.
  if (ctx.hints.some((hint) => FATAL_REASONS.has(hint.reason))) {
    return unparsedResult(text, mostTelling(ctx.hints));
  }
  const inside = readInside(tokens, ctx);
  if (inside !== null) return toResult(text, inside, calendar, tooLong ? MAX_SCAN_CHARS : 0);
  return unparsedResult(text, mostTelling(ctx.hints.slice(0, wholeHints)));
}

function withoutTrailingStop(tokens: Token[]): Token[] {
  let end = tokens.length;
  while (end > 0 && tokens[end - 1].text === '.') end--;
  return end === tokens.length ? tokens : tokens.slice(0, end);
}

// ---------------------------------------------------------------------------------------------
// The whole text as one form

function readWhole(t: Token[], ctx: ParseContext): Reading | null {
  if (t.length === 0) return fromPhrase(noneForm(t, 0, ctx) ?? emptyPhrase());
  for (const form of WORD_FORMS) {
    const found = form(t, 0, ctx);
    if (found !== null && found.next === t.length) return fromPhrase(found);
  }
  return readOnePhrase(t, ctx) ?? readTwice(t, ctx) ?? readCheckpoints(t, ctx);
}

function emptyPhrase(): Phrase {
  return {
    kind: 'none',
    start: null,
    end: null,
    cadence: null,
    anchor: null,
    meaning: { type: 'none' },
    from: 0,
    next: 0,
    yearFromPlan: false,
  };
}

function readOnePhrase(t: readonly Token[], ctx: ParseContext): Reading | null {
  for (const form of PHRASE_FORMS) {
    const found = form(t, 0, ctx);
    if (found !== null && found.next === t.length) return fromPhrase(found);
  }
  return null;
}

/** `Termly from Summer 2013 Termly from Summer 2013`: one cell pasted twice over. */
function readTwice(t: Token[], ctx: ParseContext): Reading | null {
  const half = t.length / 2;
  if (t.length < 2 || !Number.isInteger(half)) return null;
  for (let k = 0; k < half; k++) if (t[k].text !== t[k + half].text) return null;
  const once = readOnePhrase(t.slice(0, half), ctx);
  return once === null ? null : { ...once, writtenTwice: true };
}

/** `Dec 15 Feb 16 Apr 16`, `15 Oct 15, 24 Feb 16, 23 June 16`. */
function readCheckpoints(t: Token[], ctx: ParseContext): Reading | null {
  const found: Phrase[] = [];
  let i = 0;
  while (i < t.length) {
    if (found.length > 0 && CHECKPOINT_SEPARATORS.has(t[i].text)) {
      i++;
      continue;
    }
    const next = longestPhrase(CHECKPOINT_FORMS, t, i, ctx);
    if (next === null) return null;
    found.push(next);
    i = next.next;
  }
  return found.length >= 2 ? combine(found) : null;
}

// ---------------------------------------------------------------------------------------------
// Forms found inside longer text

function readInside(t: readonly Token[], ctx: ParseContext): Reading | null {
  const found: Phrase[] = [];
  let i = 0;
  while (i < t.length) {
    const next = canStartPhrase(t[i], ctx) ? longestPhrase(EMBEDDED_FORMS, t, i, ctx) : null;
    if (next === null) {
      i++;
    } else {
      found.push(next);
      i = next.next;
    }
  }
  const dated = found.filter((item) => item.anchor !== null);
  if (dated.length > 0) return combine(dated);
  const undated = found.find((item) => item.kind === 'open' || item.kind === 'recurring') ?? found[0];
  return undated === undefined ? null : fromPhrase(undated);
}

// ---------------------------------------------------------------------------------------------
// Readings

function fromPhrase(found: Phrase): Reading {
  return {
    kind: found.kind,
    start: found.start,
    end: found.end,
    cadence: found.cadence,
    checkpoints: [],
    describe: (lang) => describe(found.meaning, lang),
    yearFromPlan: found.yearFromPlan,
    writtenTwice: false,
  };
}

/**
 * Several dated phrases: checkpoints in date order, each once. The result spans from the first
 * checkpoint's start to the latest end, which is the due day. One distinct checkpoint is just that.
 */
function combine(found: Phrase[]): Reading {
  if (found.length === 1) return fromPhrase(found[0]);
  const distinct = new Map<string, Phrase>();
  for (const item of found) {
    const anchor = item.anchor as DaySpan;
    const key = `${anchor.start}/${anchor.end}`;
    if (!distinct.has(key)) distinct.set(key, item);
  }
  const ordered = [...distinct.values()].sort((a, b) =>
    compareSpans(a.anchor as DaySpan, b.anchor as DaySpan),
  );
  if (ordered.length === 1) return { ...fromPhrase(ordered[0]), writtenTwice: found.length > 1 };
  const checkpoints = ordered.map((item) => ({ ...(item.anchor as DaySpan) }));
  return {
    kind: 'multiple',
    start: checkpoints[0].start,
    end: checkpoints.reduce((latest, span) => (span.end > latest ? span.end : latest), checkpoints[0].end),
    cadence: null,
    checkpoints,
    describe: (lang) => messagesFor(lang).checkpoints(ordered.map((item) => describe(item.meaning, lang))),
    yearFromPlan: ordered.some((item) => item.yearFromPlan),
    writtenTwice: false,
  };
}

function compareSpans(a: DaySpan, b: DaySpan): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  return a.end < b.end ? -1 : a.end > b.end ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// Results

const DUE_KINDS: ReadonlySet<DateKind> = new Set(['date', 'period', 'multiple']);

/** A week commencing 28 Dec 2100, or `after December 2100`, reaches outside 1990-2100. */
function allDaysInRange(reading: Reading): boolean {
  if (!dayInRange(reading.start) || !dayInRange(reading.end)) return false;
  for (const span of reading.checkpoints) if (!dayInRange(span.start) || !dayInRange(span.end)) return false;
  return true;
}

function dayInRange(day: string | null): boolean {
  if (day === null) return true;
  const year = yearOf(day);
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

/** `searched`: null for the whole text; 0 for text found inside a cell; else the characters searched. */
function toResult(
  text: string,
  reading: Reading,
  calendar: SchoolCalendar,
  searched: number | null,
): DateResult {
  if (!allDaysInRange(reading)) return unparsedResult(text, { reason: 'year-range', name: null });
  if (reading.start !== null && reading.end !== null && reading.start > reading.end)
    return unparsedResult(text, null);
  const note = (lang: Lang): string => {
    const m = messagesFor(lang);
    let inner = reading.describe(lang);
    if (reading.writtenTwice) inner = m.writtenTwice(inner);
    if (reading.yearFromPlan && calendar.planAcademicYear !== null) {
      inner = m.yearFromPlan(inner, yearsLabel(calendar.planAcademicYear));
    }
    if (searched !== null) inner = m.embedded(inner, searched > 0 ? searched : null);
    return sentence(inner);
  };
  return {
    kind: reading.kind,
    start: reading.start,
    end: reading.end,
    due: DUE_KINDS.has(reading.kind) ? reading.end : null,
    checkpoints: reading.checkpoints,
    cadence: reading.kind === 'recurring' ? reading.cadence : null,
    text,
    note: note('en'),
    noteCy: note('cy'),
    embedded: searched !== null,
  };
}

const FATAL_REASONS: ReadonlySet<UnparsedReason> = new Set(['no-such-day', 'ends-before-start']);

const REASON_ORDER: readonly UnparsedReason[] = [
  'no-such-day',
  'ends-before-start',
  'year-range',
  'holiday',
  'not-a-term',
  'term-no-year',
  'no-year',
];

function mostTelling(hints: readonly Hint[]): Hint | null {
  for (const reason of REASON_ORDER) {
    const hint = hints.find((candidate) => candidate.reason === reason);
    if (hint !== undefined) return hint;
  }
  return null;
}

export function unparsedResult(text: string, hint: Hint | null): DateResult {
  const reason = hint?.reason ?? null;
  const name = hint?.name ?? null;
  return {
    kind: 'unparsed',
    start: null,
    end: null,
    due: null,
    checkpoints: [],
    cadence: null,
    text,
    note: messagesFor('en').unparsed(reason, name),
    noteCy: messagesFor('cy').unparsed(reason, name),
    embedded: false,
  };
}

/** A result for one exact day (a date cell). */
export function dayResult(text: string, iso: string): DateResult {
  return toResult(
    text,
    {
      kind: 'date',
      start: iso,
      end: iso,
      cadence: null,
      checkpoints: [],
      describe: (lang) =>
        describe(
          { type: 'span', named: { label: { type: 'day', iso }, span: { start: iso, end: iso } } },
          lang,
        ),
      yearFromPlan: false,
      writtenTwice: false,
    },
    defaultCalendar,
    null,
  );
}
