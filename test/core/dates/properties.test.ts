/**
 * Properties that hold for every input: the parser never throws, ignores case and white space,
 * never returns a span that ends before it starts, and sets `due` exactly as dates.md says.
 */
import fc from 'fast-check';
import {
  calendarForAcademicYear,
  parseTimescale,
  type DateKind,
  type DateResult,
} from '../../../src/core/dates';

const KINDS: readonly DateKind[] = [
  'date',
  'period',
  'open',
  'recurring',
  'multiple',
  'tbc',
  'none',
  'unparsed',
];
const DUE_IS_END: ReadonlySet<DateKind> = new Set(['date', 'period', 'multiple']);

/** Words and signs timescale cells are made of, so that generated text often means something. */
const WORDS = [
  'Jan', 'January', 'Feb', 'March', 'Apr', 'May', 'June', 'Jul', 'Aug', 'Sept', 'September', 'Oct', 'Nov', 'Dec',
  'Autumn', 'Spring', 'Summer', 'Winter', 'Easter', 'term', 'terms', 'half', 'Half Term', 'the', 'end', 'of', 'By',
  'by', 'from', 'From', 'Starting', 'starting', 'since', 'post', 'onwards', 'ongoing', 'On-going', 'and', '&', 'to',
  'until', 'Termly', 'termly', 'Monthly', 'weekly', 'Quarterly', 'Bi- annual', 'annually', 'TBC', 'tba', 'ТВА',
  'to be agreed', 'N/A', 'w/c', 'Q', 'FY', 'academic year', 'financial year', 'st', 'th', 'nd', 'Septe mber',
  'Januar y', 'ongoin g', 'Thursday', 'no later than', 'on or before', 'Officer:',
]; // prettier-ignore
const SIGNS = ['/', '-', '–', '.', ',', "'", ':', '(', ')', '%'];

const element = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 40 }).map(String) },
  { weight: 2, arbitrary: fc.integer({ min: 1985, max: 2105 }).map(String) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0')) },
  { weight: 2, arbitrary: fc.constantFrom(...SIGNS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
);
const elements = fc.array(element, { minLength: 0, maxLength: 8 });
const whitespaceRun = fc
  .array(fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2009', '\u3000'), {
    minLength: 1,
    maxLength: 3,
  })
  .map((parts) => parts.join(''));

/** Strings that look like timescale cells: date words, numbers and signs, one space between. */
const timescaleLike = elements.map((parts) => parts.join(' '));

/** Any string at all: every code point, lone surrogates, control and right-to-left characters. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
const anyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: codeUnit, maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  timescaleLike,
);

const calendars = fc.constantFrom(undefined, calendarForAcademicYear(2015), calendarForAcademicYear(1990));
const RUNS = { numRuns: 3000 };

/** Everything a parse says, except the text it was given (as JSON: quick to compare many times). */
function meaning(result: DateResult): string {
  const { text: _text, ...rest } = result;
  return JSON.stringify(rest);
}

/** Plain checks inside properties: jest's matchers are too slow for thousands of runs. */
function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

describe('properties of parseTimescale', () => {
  it('never throws, returns one of the kinds and keeps the text as given', () => {
    fc.assert(
      fc.property(anyString, calendars, (text, calendar) => {
        const result = parseTimescale(text, calendar === undefined ? {} : { calendar });
        check(KINDS.includes(result.kind), `unknown kind ${result.kind}`);
        check(result.text === text, 'text changed');
        check(result.note.length > 0 && result.noteCy.length > 0, 'empty note');
      }),
      RUNS,
    );
  });

  it('reads text the same in upper, lower or mixed case', () => {
    fc.assert(
      fc.property(timescaleLike, (text) => {
        const asWritten = meaning(parseTimescale(text));
        check(meaning(parseTimescale(text.toUpperCase())) === asWritten, 'upper case reads differently');
        check(meaning(parseTimescale(text.toLowerCase())) === asWritten, 'lower case reads differently');
      }),
      RUNS,
    );
  });

  it('reads text the same with more or other white space', () => {
    const spaced = fc.tuple(elements, fc.infiniteStream(whitespaceRun), whitespaceRun, whitespaceRun);
    fc.assert(
      fc.property(spaced, ([parts, runs, before, after]) => {
        const single = parts.join(' ');
        const widened = before + parts.join(runs.next().value) + after;
        check(
          meaning(parseTimescale(widened)) === meaning(parseTimescale(single)),
          'white space changed the reading',
        );
      }),
      RUNS,
    );
  });

  it('never ends a span before it starts, nor a checkpoint', () => {
    fc.assert(
      fc.property(anyString, calendars, (text, calendar) => {
        const result = parseTimescale(text, calendar === undefined ? {} : { calendar });
        check(
          result.start === null || result.end === null || result.start <= result.end,
          'ends before it starts',
        );
        for (const checkpoint of result.checkpoints)
          check(checkpoint.start <= checkpoint.end, 'checkpoint reversed');
      }),
      RUNS,
    );
  });

  it('sets due to the end for date, period and multiple, and to null for every other kind', () => {
    fc.assert(
      fc.property(anyString, calendars, (text, calendar) => {
        const result = parseTimescale(text, calendar === undefined ? {} : { calendar });
        if (DUE_IS_END.has(result.kind)) {
          check(result.due !== null && result.due === result.end, `due is not the end for ${result.kind}`);
        } else {
          check(result.due === null, `due set for ${result.kind}`);
        }
        check(result.checkpoints.length > 0 === (result.kind === 'multiple'), 'checkpoints without multiple');
        check((result.cadence !== null) === (result.kind === 'recurring'), 'cadence without recurring');
      }),
      RUNS,
    );
  });

  it('only returns days of 1990-2100', () => {
    fc.assert(
      fc.property(timescaleLike, (text) => {
        const result = parseTimescale(text);
        const days = [
          result.start,
          result.end,
          ...result.checkpoints.flatMap((span) => [span.start, span.end]),
        ];
        for (const day of days) {
          if (day === null) continue;
          const year = Number(day.slice(0, 4));
          check(/^\d{4}-\d{2}-\d{2}$/.test(day) && year >= 1990 && year <= 2100, `day out of range: ${day}`);
        }
      }),
      RUNS,
    );
  });
});
