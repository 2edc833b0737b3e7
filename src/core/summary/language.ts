/** The summary's messages in each language, and the rating words it shares with the rating engine. */
import { summaryMessages as english, type SummaryMessages } from '../i18n/en/summary';
import { summaryMessages as welsh } from '../i18n/cy/summary';
import { messagesFor, type Lang } from '../rag/language';
import type { ComputedRating } from '../plan/types';

export type { Lang };

export function summaryText(lang: Lang): SummaryMessages {
  return lang === 'cy' ? welsh : english;
}

/** `Red`, `Coch`: the same words the rating columns use. */
export function ratingWord(rating: ComputedRating, lang: Lang): string {
  return messagesFor(lang).ratingWords[rating];
}
