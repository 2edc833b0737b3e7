/**
 * A day typed into a date field by a person: day first, always (`22/11/2026`, `22 Nov 2026`,
 * `22 November 2026`, `2026-11-22`), in English or Welsh month names. Read by the timescale parser
 * and accepted only when it names exactly one day, so a month, a term or US order is never taken
 * for a day.
 */
import { datesMessages as cy } from '../i18n/cy/dates';
import { datesMessages as en } from '../i18n/en/dates';
import { dayNumber, parseIsoDay } from './days';
import { parseTimescale } from './parse';
import type { ParseOptions } from './types';

export type DayEntry =
  | {
      ok: true;
      iso: string;
      /** 0 for Sunday to 6 for Saturday. */
      weekday: number;
    }
  | {
      ok: false;
      /** `empty`: nothing typed; `not-one-day`: a span such as `Nov 2026`; `not-a-day`: anything else. */
      problem: 'empty' | 'not-a-day' | 'not-one-day';
      /** What the parser understood, or why it could not (en-GB and Welsh). */
      note: string;
      noteCy: string;
    };

/** 1 Jan 1970, day number 0, was a Thursday. */
const THURSDAY = 4;

/** Welsh month names and abbreviations (`Tachwedd`, `Tach`) as the parser's English ones. */
const WELSH_MONTHS: ReadonlyMap<string, string> = new Map(
  cy.monthNames.flatMap((name, i) => [
    [name.toLowerCase(), en.monthNames[i]],
    [cy.monthAbbreviations[i].toLowerCase(), en.monthNames[i]],
  ]),
);

function withEnglishMonths(text: string): string {
  return text.replace(/\p{L}+/gu, (word) => WELSH_MONTHS.get(word.toLowerCase()) ?? word);
}

export function weekdayOf(iso: string): number {
  return (((dayNumber(iso) + THURSDAY) % 7) + 7) % 7;
}

/** Reads what was typed into a date field. Never throws. */
export function readDayEntry(text: string, options: ParseOptions = {}): DayEntry {
  if (text.trim() === '') return { ok: false, problem: 'empty', note: '', noteCy: '' };
  const result = parseTimescale(withEnglishMonths(text), options);
  if (result.kind === 'date' && !result.embedded && result.start && parseIsoDay(result.start))
    return { ok: true, iso: result.start, weekday: weekdayOf(result.start) };
  const spansTime = ['period', 'open', 'multiple', 'recurring'].includes(result.kind) && !result.embedded;
  return {
    ok: false,
    problem: spansTime ? 'not-one-day' : 'not-a-day',
    note: result.note,
    noteCy: result.noteCy,
  };
}
