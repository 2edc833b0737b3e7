/** Both languages of every user-facing text the rating engine writes. */
import { ragMessages as english, type RagMessages } from '../i18n/en/rag';
import { ragMessages as welsh } from '../i18n/cy/rag';

export type Lang = 'en' | 'cy';

export interface BilingualText {
  en: string;
  cy: string;
}

const messagesByLang: Record<Lang, RagMessages> = { en: english, cy: welsh };

export function messagesFor(lang: Lang): RagMessages {
  return messagesByLang[lang];
}

/** Builds one text in each language from the same parts, so the two never drift apart. */
export function inBothLanguages(build: (messages: RagMessages, lang: Lang) => string): BilingualText {
  return { en: build(english, 'en'), cy: build(welsh, 'cy') };
}
