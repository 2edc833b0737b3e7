/** Days and spans as people read them: `31 Oct 2015`, `1 Sep - 31 Dec 2013` (Welsh: `31 Hyd 2015`). */
import { datesMessages as cy } from '../i18n/cy/dates';
import { datesMessages as en, type DatesMessages } from '../i18n/en/dates';
import { parseIsoDay, type YearMonthDay } from './days';

export type Lang = 'en' | 'cy';

export function messagesFor(lang: Lang): DatesMessages {
  return lang === 'cy' ? cy : en;
}

/** `31 Oct 2015` (en) or `31 Hyd 2015` (cy) for an ISO day; text that is not an ISO day is returned as it is. */
export function formatDay(iso: string, lang: Lang = 'en'): string {
  const parts = parseIsoDay(iso);
  return parts === null ? iso : dayText(parts, lang);
}

function dayText(parts: YearMonthDay, lang: Lang): string {
  return `${parts.day} ${messagesFor(lang).monthAbbreviations[parts.month - 1]} ${parts.year}`;
}

/** `4 Jul 2014`, `3 - 9 Mar 2025`, `1 Sep - 31 Dec 2013`, `1 Sep 2014 - 31 Aug 2015`. */
export function formatSpan(start: string, end: string, lang: Lang = 'en'): string {
  const first = parseIsoDay(start);
  const last = parseIsoDay(end);
  if (first === null || last === null) return `${formatDay(start, lang)} - ${formatDay(end, lang)}`;
  const lastText = dayText(last, lang);
  if (start === end) return lastText;
  if (first.year !== last.year) return `${dayText(first, lang)} - ${lastText}`;
  if (first.month === last.month) return `${first.day} - ${lastText}`;
  return `${first.day} ${messagesFor(lang).monthAbbreviations[first.month - 1]} - ${lastText}`;
}
