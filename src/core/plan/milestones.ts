/**
 * An action's milestones (plans.md, "Milestones"), in order of preference: a milestones table in
 * the workbook linked by ref; milestone columns on the action's row; dated `By <date> …` phrases
 * inside the success or milestone text.
 */
import { findDatedPhrases, parseCellDate } from '../dates';
import type { SchoolCalendar } from '../dates/types';
import type { CellValue } from '../grid/types';
import { cellText, isPlaceholderText } from './cells';
import type { Milestone } from './types';

const MET_WORDS = '(complete|completed|met|achieved|done)';
/**
 * A milestone's own text says it is met when the word stands at its start or end or in brackets
 * (`Achieved`, `… established - complete`, `(met)`). In the middle of a sentence the word is
 * usually the goal itself (`100% of targets met for KS1 and KS2`), not a report that it was reached.
 */
const MET_AT_START = new RegExp(`^\\W*${MET_WORDS}\\b`, 'i');
const MET_AT_END = new RegExp(`\\b${MET_WORDS}\\W*$`, 'i');
const MET_IN_BRACKETS = new RegExp(`[([]\\s*${MET_WORDS}\\s*[)\\]]`, 'i');
const MET_STATUS = /^\s*(complete|completed|met|achieved|done|yes|y|✓|✔|√|blue|b)\s*\.?\s*$/i;

export function textSaysMet(text: string): boolean {
  return MET_AT_START.test(text) || MET_AT_END.test(text) || MET_IN_BRACKETS.test(text);
}

export function statusSaysMet(status: string): boolean {
  return MET_STATUS.test(status);
}

/**
 * Dated phrases that start milestones: a capital `By` before the date. A lower-case `by` inside a
 * sentence (`vacancies are filled by July 2015`) is a deadline mention, not a milestone.
 */
export function milestonePhrases(
  text: string,
  calendar: SchoolCalendar,
): { text: string; when: Milestone['when'] }[] {
  if (!/\bBy\b/.test(text)) return [];
  return findDatedPhrases(text, { calendar })
    .filter((phrase) => startsWithCapitalBy(text, phrase.index))
    .map((phrase) => ({ text: phrase.text.trim(), when: phrase.when }));
}

function startsWithCapitalBy(text: string, index: number): boolean {
  if (text.startsWith('By', index)) return true;
  return /\bBy\s+$/.test(text.slice(Math.max(0, index - 6), index));
}

/** Milestones from a milestone column's cell: its `By …` phrases, else the cell as one milestone. */
export function columnMilestones(value: CellValue, cell: string, calendar: SchoolCalendar): Milestone[] {
  const text = cellText(value).trim();
  if (isPlaceholderText(text)) return [];
  const phrases = typeof value === 'string' ? milestonePhrases(text, calendar) : [];
  if (phrases.length > 0) {
    return phrases.map((p) => ({
      text: p.text,
      when: p.when,
      met: textSaysMet(p.text),
      source: 'column',
      cell,
    }));
  }
  return [{ text, when: parseCellDate(value, { calendar }), met: textSaysMet(text), source: 'column', cell }];
}

/** Milestones written inside success (or milestone) text. */
export function textMilestones(text: string, cell: string, calendar: SchoolCalendar): Milestone[] {
  return milestonePhrases(text, calendar).map((p) => ({
    text: p.text,
    when: p.when,
    met: textSaysMet(p.text),
    source: 'text',
    cell,
  }));
}
