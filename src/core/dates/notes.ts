/** Notes: what a parse understood, written in English or Welsh from the phrase's meaning. */
import type { DatesMessages } from '../i18n/en/dates';
import { formatDay, formatSpan, messagesFor, type Lang } from './format';
import type { Label, Meaning, Named } from './model';
import type { DaySpan } from './types';

/** `2014/15` for the academic or financial year starting in 2014. */
export function yearsLabel(firstYear: number): string {
  return `${firstYear}/${String((firstYear + 1) % 100).padStart(2, '0')}`;
}

function nameOf(label: Label, span: DaySpan, lang: Lang): string {
  const m = messagesFor(lang);
  switch (label.type) {
    case 'day':
      return formatDay(label.iso, lang);
    case 'month':
      return m.month(m.monthNames[label.month - 1], label.year);
    default:
      return m.withSpan(spanName(label, m, lang), formatSpan(span.start, span.end, lang));
  }
}

/** The name of a span that notes follow with the days it covers (`Autumn term 2013 (1 Sep - ...)`). */
function spanName(label: Exclude<Label, { type: 'day' | 'month' }>, m: DatesMessages, lang: Lang): string {
  switch (label.type) {
    case 'term':
      return m.term(label.term, label.year);
    case 'halfTerm':
      return m.halfTerm(label.term, label.half, label.year);
    case 'academicYear':
      return m.academicYear(yearsLabel(label.year));
    case 'financialYear':
      return m.financialYear(yearsLabel(label.year));
    case 'quarter':
      return label.financial
        ? m.financialQuarter(label.quarter, yearsLabel(label.year))
        : m.calendarQuarter(label.quarter, label.year);
    case 'week':
      return m.weekCommencing(formatDay(label.iso, lang));
    case 'named':
      return m.named(label.name, label.year);
  }
}

function named(item: Named, lang: Lang): string {
  return nameOf(item.label, item.span, lang);
}

/** One phrase's meaning in words. */
export function describe(meaning: Meaning, lang: Lang): string {
  const m = messagesFor(lang);
  switch (meaning.type) {
    case 'span':
      return named(meaning.named, lang);
    case 'range':
      return meaning.from.label.type === 'day' && meaning.to.label.type === 'day'
        ? formatSpan(meaning.from.span.start, meaning.to.span.end, lang)
        : m.range(named(meaning.from, lang), named(meaning.to, lang));
    case 'deadline':
      return meaning.target.type === 'span' && meaning.target.named.label.type === 'day'
        ? m.deadlineDay(formatDay(meaning.target.named.span.end, lang))
        : m.deadline(describe(meaning.target, lang));
    case 'open': {
      // `From April/May 2014` starts in April or May: written as it was, not as a span between them.
      const target =
        meaning.target.type === 'range' && meaning.target.either
          ? `${named(meaning.target.from, lang)} / ${named(meaning.target.to, lang)}`
          : describe(meaning.target, lang);
      if (meaning.style === 'after') return m.after(target, formatDay(meaning.firstDay, lang));
      return meaning.style === 'from' ? m.startsFrom(target) : m.thenOngoing(target);
    }
    case 'recurring':
      return m.recurring(
        meaning.cadence,
        meaning.from === null ? null : describe(meaning.from, lang),
        meaning.until === null ? null : describe(meaning.until, lang),
      );
    case 'tbc':
      return m.tbc;
    case 'none':
      return m.none;
  }
}

/** A note starts with a capital letter, whatever the first word is (`Academic year 2014/15 ...`). */
export function sentence(text: string): string {
  const code = text.charCodeAt(0);
  // ASCII, the usual case, without a call into the Unicode case tables.
  if (code >= 97 && code <= 122) return String.fromCharCode(code - 32) + text.slice(1);
  if (code < 128 || Number.isNaN(code)) return text;
  const first = text.charAt(0);
  const upper = first.toUpperCase();
  return upper === first ? text : upper + text.slice(1);
}
