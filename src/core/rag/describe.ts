/** How dates appear inside reasons and findings: `31 Oct 2015`, or `Feb 2015` for a whole month. */
import { formatDay, formatSpan, type DateResult, type DaySpan } from '../dates';
import type { Lang } from './language';

function lastDayOfMonth(iso: string): string {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${iso.slice(0, 7)}-${String(day).padStart(2, '0')}`;
}

/** `Feb 2015`: the month names come from the date engine's own day format, so both stay in step. */
export function formatMonth(iso: string, lang: Lang): string {
  return formatDay(`${iso.slice(0, 7)}-01`, lang).replace(/^\d{1,2}\s+/, '');
}

/**
 * A span as a reader of the plan would say it. A deadline such as `By Feb 15` has no start; it is
 * still a whole month when its end is a month's last day.
 */
export function describeSpan(start: string | null, end: string | null, lang: Lang): string {
  if (end === null) return start === null ? '' : formatDay(start, lang);
  if (start === end) return formatDay(end, lang);
  const wholeMonth = end === lastDayOfMonth(end) && (start === null || start === `${end.slice(0, 7)}-01`);
  if (wholeMonth) return formatMonth(end, lang);
  if (start === null) return formatDay(end, lang);
  return formatSpan(start, end, lang);
}

function lastCheckpoint(result: DateResult): DaySpan | null {
  return result.checkpoints.length > 0 ? result.checkpoints[result.checkpoints.length - 1] : null;
}

/** The deadline part of a result: for several checkpoints, the last one. */
export function describeDue(result: DateResult, lang: Lang): string {
  const last = result.kind === 'multiple' ? lastCheckpoint(result) : null;
  if (last !== null) return describeSpan(last.start, last.end, lang);
  return describeSpan(result.start, result.due ?? result.end, lang);
}

/** The starting part of a result: for several checkpoints, the first one. */
export function describeStart(result: DateResult, lang: Lang): string {
  const first = result.kind === 'multiple' && result.checkpoints.length > 0 ? result.checkpoints[0] : null;
  if (first !== null) return describeSpan(first.start, first.end, lang);
  if (result.kind === 'open' || result.kind === 'recurring') return describeSpan(result.start, null, lang);
  return describeSpan(result.start, result.end, lang);
}

/** Long milestone texts are cut at a word so that a reason stays on one line. */
export function shortQuote(text: string, maxLength = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength) return flat;
  const cut = flat.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, '')} ...`;
}
