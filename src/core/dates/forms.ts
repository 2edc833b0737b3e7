/**
 * Form recognisers: one per form of dates.md that is built from spans (a single span, a range, a
 * deadline, an open start, a recurrence) plus the word-only forms (tbc, none). Each reads a phrase
 * at a token position and returns its meaning and where it ends, or null.
 */
import { addDays } from './days';
import { memoKey, remembered, type Meaning, type Named, type ParseContext, type Phrase } from './model';
import { matchLongest, matchWords, optional, phraseIndex } from './match';
import { canStartSpan, completeFrom, readBareDay, readSpan, resolveSpan } from './spans';
import type { Token } from './tokens';
import { tableByWord } from './words';
import type { Cadence, DaySpan } from './types';
import { CADENCE_PHRASES, NONE_PHRASES, TBC_PHRASES } from './vocabulary';

type Tokens = readonly Token[];
export type PhraseReader = (t: Tokens, i: number, ctx: ParseContext) => Phrase | null;

interface PhraseParts {
  kind: Phrase['kind'];
  start: string | null;
  end: string | null;
  cadence?: Cadence | null;
  anchor?: DaySpan | null;
  meaning: Meaning;
  yearFromPlan?: boolean;
}

function phrase(from: number, next: number, parts: PhraseParts): Phrase {
  return {
    kind: parts.kind,
    start: parts.start,
    end: parts.end,
    cadence: parts.cadence ?? null,
    anchor: parts.anchor ?? null,
    meaning: parts.meaning,
    from,
    next,
    yearFromPlan: parts.yearFromPlan ?? false,
  };
}

/** The longest phrase any of `readers` finds at `i`. */
export function longestPhrase(
  readers: readonly PhraseReader[],
  t: Tokens,
  i: number,
  ctx: ParseContext,
): Phrase | null {
  let best: Phrase | null = null;
  for (const reader of readers) {
    const found = reader(t, i, ctx);
    if (found !== null && (best === null || found.next > best.next)) best = found;
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// One span: `Oct 15`, `2 Nov 15`, `Autumn term 2014`, `2015/16`, `Q3 2024/25`, `w/c 3 March 2025`

/**
 * A reader whose phrase at each position is read once per parse: the whole text, its checkpoints
 * and the search inside it try the same forms at the same places.
 */
function rememberedReader(reader: PhraseReader): PhraseReader {
  const key = memoKey();
  return (t, i, ctx) => remembered(ctx, t, key, i, reader);
}

export const spanForm: PhraseReader = rememberedReader((t, i, ctx) => {
  const hit = readSpan(t, i, ctx);
  const resolved = hit === null ? null : resolveSpan(hit, ctx);
  if (hit === null || resolved === null) return null;
  const { named } = resolved;
  return phrase(i, hit.next, {
    kind: named.label.type === 'day' ? 'date' : 'period',
    start: named.span.start,
    end: named.span.end,
    anchor: named.span,
    meaning: { type: 'span', named },
    yearFromPlan: resolved.yearFromPlan,
  });
});

// ---------------------------------------------------------------------------------------------
// Range: `March 13- Sept 13`, `Oct 15 to July 16`, `Spring/Summer 2014`, `14-15 January 2015`

/** Separators that close a range, and `/`, which means "one or the other" after `From`. */
const CLOSING_SEPARATORS: ReadonlySet<string> = new Set(['-', 'to', 'till', 'until', 'through', 'thru']);

interface RangeRead {
  from: Named;
  to: Named;
  next: number;
  /** `/` (`April/May`) rather than a closing separator (`April to May`). */
  either: boolean;
  yearFromPlan: boolean;
}

function readRange(t: Tokens, i: number, ctx: ParseContext): RangeRead | null {
  const first = readSpan(t, i, ctx) ?? readBareDay(t, i);
  if (first === null) return null;
  const separator = t[first.next];
  let at = first.next;
  let either = false;
  if (separator !== undefined && separator.kind !== 'num' && CLOSING_SEPARATORS.has(separator.text)) {
    at += 1;
  } else if (separator?.text === '/') {
    at += 1;
    either = true;
  } else if (!first.complete && (separator?.text === 'and' || separator?.text === '&')) {
    at += 1;
  } else if (first.complete) {
    // Two whole spans side by side are checkpoints, not a range.
    return null;
  }
  const second = readSpan(t, at, ctx);
  if (second === null) return null;
  let from: Named | null;
  let to: Named | null;
  let yearFromPlan = false;
  if (second.complete) {
    to = second.named;
    from = first.complete ? first.named : completeFrom(first.yearless, to, ctx);
  } else {
    if (first.complete) return null;
    const resolvedFirst = resolveSpan(first, ctx);
    const resolvedSecond = resolveSpan(second, ctx);
    from = resolvedFirst?.named ?? null;
    to = resolvedSecond?.named ?? null;
    yearFromPlan = true;
  }
  if (from === null || to === null) return null;
  if (from.span.start > to.span.start || from.span.end > to.span.end) {
    // `Dec/Jan 2015`: both parts read, in the wrong order. Reported, never half-read.
    ctx.hints.push({ reason: 'ends-before-start', name: null });
    return null;
  }
  return { from, to, next: second.next, either, yearFromPlan };
}

export const rangeForm: PhraseReader = rememberedReader((t, i, ctx) => {
  const range = readRange(t, i, ctx);
  return range === null ? null : rangePhrase(i, range);
});

function rangePhrase(i: number, range: RangeRead): Phrase {
  const span = { start: range.from.span.start, end: range.to.span.end };
  return phrase(i, range.next, {
    kind: 'period',
    ...span,
    anchor: span,
    meaning: { type: 'range', from: range.from, to: range.to, either: range.either },
    yearFromPlan: range.yearFromPlan,
  });
}

/** A span or a range, whichever is longer: what follows `By`, `From`, `Termly until` and so on. */
function readTarget(t: Tokens, i: number, ctx: ParseContext): Phrase | null {
  const range = rangeForm(t, i, ctx);
  const span = spanForm(t, i, ctx);
  return range !== null && (span === null || range.next > span.next) ? range : span;
}

// ---------------------------------------------------------------------------------------------
// Deadline: `By Dec 2013`, `by end of March 2015`, `no later than July 2016`, `on or before 1 st January 2015`

const DEADLINE_WORDS = phraseIndex([
  ['by'],
  ['by', 'the', 'end', 'of'],
  ['by', 'end', 'of'],
  ['by', 'the', 'end'],
  ['no', 'later', 'than'],
  ['not', 'later', 'than'],
  ['on', 'or', 'before'],
  ['at', 'the', 'end', 'of'],
  ['the', 'end', 'of'],
  ['end', 'of'],
]);

/** A deadline is the period of the span it names, with no start: its end is the due day. */
export const deadlineForm: PhraseReader = rememberedReader((t, i, ctx) => {
  const after = matchLongest(t, i, DEADLINE_WORDS);
  if (after < 0) return null;
  return deadlineAfter(t, i, after, ctx);
});

export function deadlineAfter(t: Tokens, i: number, after: number, ctx: ParseContext): Phrase | null {
  const target = readTarget(t, after, ctx);
  if (target === null) return null;
  return phrase(i, target.next, {
    kind: 'period',
    start: null,
    end: target.end,
    anchor: target.anchor,
    meaning: { type: 'deadline', target: target.meaning },
    yearFromPlan: target.yearFromPlan,
  });
}

// ---------------------------------------------------------------------------------------------
// Open start: `Starting September 2014`, `From summer 2014`, `Sept 2015 onwards`, `Autumn 2013 & ongoing`

const FROM_WORDS = phraseIndex([
  ['from'],
  ['starting'],
  ['starting', 'from'],
  ['starting', 'in'],
  ['start'],
  ['since'],
  ['commencing'],
  ['beginning'],
  ['beginning', 'in'],
]);
const AFTER_WORDS = phraseIndex([['post'], ['after']]);
const ONGOING_WORDS = phraseIndex([
  ['onwards'],
  ['onward'],
  ['ongoing'],
  ['on', 'going'],
  ['and', 'ongoing'],
  ['and', 'on', 'going'],
  ['&', 'ongoing'],
  ['and', 'onwards'],
  ['+'],
]);

function ongoingSuffix(t: Tokens, i: number): number {
  const direct = matchLongest(t, i, ONGOING_WORDS);
  if (direct > 0) return direct;
  const afterMark = optional(t, i, '-', ',');
  return afterMark > i ? matchLongest(t, afterMark, ONGOING_WORDS) : -1;
}

export const openForm: PhraseReader = rememberedReader((t, i, ctx) => {
  const fromWords = matchLongest(t, i, FROM_WORDS);
  const afterWords = fromWords > 0 ? -1 : matchLongest(t, i, AFTER_WORDS);
  const targetAt = Math.max(fromWords, afterWords, i);
  const target = readTarget(t, targetAt, ctx);
  if (target === null || target.start === null) return null;
  const suffix = ongoingSuffix(t, target.next);
  const next = suffix > 0 ? suffix : target.next;
  if (fromWords < 0 && afterWords < 0 && suffix < 0) return null;
  // `from 2013/14 to 2015/16` names both ends: a period, not an open start.
  if (fromWords > 0 && suffix < 0 && isClosedRange(target)) {
    return { ...target, from: i, next };
  }
  const firstDay = afterWords > 0 ? addDays(target.end as string, 1) : target.start;
  const style = afterWords > 0 ? 'after' : fromWords > 0 ? 'from' : 'ongoing';
  return phrase(i, next, {
    kind: 'open',
    start: firstDay,
    end: null,
    meaning: { type: 'open', target: target.meaning, style, firstDay },
    yearFromPlan: target.yearFromPlan,
  });
});

function isClosedRange(target: Phrase): boolean {
  return target.meaning.type === 'range' && !target.meaning.either;
}

// ---------------------------------------------------------------------------------------------
// Recurring: `Termly`, `Half-termly`, `Bi- annual`, `Ongoing`, `Termly from Summer 2013`,
// `Monthly – Starting September 2015`, `Termly until January 2016`

const UNTIL_WORDS = phraseIndex([['until'], ['till'], ['to'], ['up', 'to'], ['through']]);

const CADENCE_WORDS = phraseIndex(CADENCE_PHRASES.map(([words]) => words));
const CADENCE_OF: ReadonlyMap<string, Cadence> = new Map(
  CADENCE_PHRASES.map(([words, cadence]) => [words.join(' '), cadence]),
);

function readCadence(t: Tokens, i: number): { cadence: Cadence; next: number } | null {
  const next = matchLongest(t, i, CADENCE_WORDS);
  if (next < 0) return null;
  // The words matched, hyphens left out, name the cadence.
  const words = t
    .slice(i, next)
    .filter((token) => token.text !== '-')
    .map((token) => token.text);
  const cadence = CADENCE_OF.get(words.join(' '));
  return cadence === undefined ? null : { cadence, next };
}

export const recurringForm: PhraseReader = rememberedReader((t, i, ctx) => {
  const basis = matchWords(t, i, ['on', 'a']);
  const first = readCadence(t, basis > 0 ? basis : i);
  if (first === null) return null;
  let { cadence, next } = first;
  // `Termly ongoing` and `Ongoing termly` are termly: ongoing only says it has no end.
  const second = readCadence(t, next);
  if (second !== null && (cadence === 'ongoing' || second.cadence === 'ongoing')) {
    cadence = cadence === 'ongoing' ? second.cadence : cadence;
    next = second.next;
  }
  next = optional(t, next, 'basis');
  const startsAt = optional(t, next, '-', ',', ':', ';');
  const fromWords = matchLongest(t, startsAt, FROM_WORDS);
  const from = fromWords > 0 ? readTarget(t, fromWords, ctx) : null;
  if (from !== null) next = from.next;
  const untilAt = from !== null ? next : startsAt;
  const untilWords = matchLongest(t, untilAt, UNTIL_WORDS);
  const until = untilWords > 0 ? readTarget(t, untilWords, ctx) : null;
  if (until !== null) next = until.next;
  return phrase(i, next, {
    kind: 'recurring',
    cadence,
    ...recurrenceBounds(cadence, from, until),
    yearFromPlan: (from?.yearFromPlan ?? false) || (until?.yearFromPlan ?? false),
  });
});

/**
 * Where a recurrence starts and ends. `Termly from Spring 2014 until Summer 2015` reads as one
 * range after `from`: its two ends are the start and the end.
 */
function recurrenceBounds(cadence: Cadence, from: Phrase | null, until: Phrase | null) {
  if (from !== null && from.meaning.type === 'range' && !from.meaning.either) {
    const { from: first, to: last } = from.meaning;
    return {
      start: from.start,
      end: from.end,
      meaning: { type: 'recurring', cadence, from: span(first), until: span(last) } satisfies Meaning,
    };
  }
  return {
    start: from?.start ?? null,
    end: until?.end ?? null,
    meaning: {
      type: 'recurring',
      cadence,
      from: from?.meaning ?? null,
      until: until?.meaning ?? null,
    } satisfies Meaning,
  };
}

function span(named: Named): Meaning {
  return { type: 'span', named };
}

// ---------------------------------------------------------------------------------------------
// Not decided, and nothing

const TBC_WORDS = phraseIndex(TBC_PHRASES);
const NONE_WORDS = phraseIndex(NONE_PHRASES);

export const tbcForm: PhraseReader = (t, i) => {
  const next = matchLongest(t, i, TBC_WORDS);
  return next < 0 ? null : phrase(i, next, { kind: 'tbc', start: null, end: null, meaning: { type: 'tbc' } });
};

/** Only ever the whole text: `N/A`, `-`, `—` (an empty cell is handled before any token is read). */
export const noneForm: PhraseReader = (t, i) => {
  let dashesOnly = t.length > i;
  for (let k = i; k < t.length && dashesOnly; k++) dashesOnly = t[k].text === '-';
  const next = dashesOnly ? t.length : matchLongest(t, i, NONE_WORDS);
  return next < 0
    ? null
    : phrase(i, next, { kind: 'none', start: null, end: null, meaning: { type: 'none' } });
};

/** Words a phrase can start with (besides numbers and span words), by id; any other word is passed over. */
const PHRASE_START_WORDS: ReadonlyArray<true | undefined> = tableByWord(
  [DEADLINE_WORDS, FROM_WORDS, AFTER_WORDS, CADENCE_WORDS, TBC_WORDS, NONE_WORDS].flatMap((index) =>
    index.firstWords.map((word) => [word, true] as const),
  ),
);

/** False when no form can start at this token, so that long text is searched quickly. */
export function canStartPhrase(token: Token, ctx: ParseContext): boolean {
  return (token.word >= 0 && PHRASE_START_WORDS[token.word] === true) || canStartSpan(token, ctx);
}
