/**
 * Dates inside longer text (success criteria, milestone cells):
 *  - milestones, `By <date> <what>`: a capital `By` starts one wherever it stands (plans.md);
 *  - deadline mentions inside a sentence: a lower-case `by <date>`, `no later than <date>`,
 *    `on or before <date>` (`vacancies are filled by July 2015`).
 * Only the first 32,767 characters (Excel's longest cell) are read; the search is linear.
 */
import { defaultCalendar } from './calendar';
import { deadlineAfter } from './forms';
import { newContext, type ParseContext, type Phrase } from './model';
import { parseTimescale } from './parse';
import { matchLongest, phraseIndex } from './match';
import { tokenise, type Token } from './tokens';
import type { DateResult, ParseOptions } from './types';

export const MAX_PHRASE_SCAN_CHARS = 32_767;

export interface DatedPhrase {
  /** The date expression read as a deadline (`By Nov 15`: due 30 Nov 2015, no start). */
  when: DateResult;
  /** For a milestone, the text that follows its date; for a deadline mention, the mention itself. */
  text: string;
  /** Offset in the original text where the phrase starts (its `By`). */
  index: number;
}

interface Found {
  phrase: Phrase;
  at: Token;
}

const MENTION_WORDS = phraseIndex([
  ['no', 'later', 'than'],
  ['not', 'later', 'than'],
  ['on', 'or', 'before'],
]);

function context(options: ParseOptions): ParseContext {
  return newContext(options.calendar ?? defaultCalendar);
}

/** The date expression as a result of its own: the same meaning as parsing it alone. */
function whenOf(text: string, found: Found, tokens: readonly Token[], options: ParseOptions): DateResult {
  const written = text.slice(found.at.start, tokens[found.phrase.next - 1].end);
  return parseTimescale(written, options);
}

/** Every `By <date> <text>` milestone, in the order written. */
export function findDatedPhrases(text: string, options: ParseOptions = {}): DatedPhrase[] {
  const source = typeof text === 'string' ? text : '';
  const tokens = tokenise(source, MAX_PHRASE_SCAN_CHARS);
  const ctx = context(options);
  const found: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.text !== 'by' || !token.capital) continue;
    const phrase = deadlineAfter(tokens, i, matchLongest(tokens, i, BY_WORDS), ctx);
    if (phrase === null) continue;
    found.push({ phrase, at: token });
    i = phrase.next - 1;
  }
  const scannedEnd = Math.min(source.length, MAX_PHRASE_SCAN_CHARS);
  return found.map((item, k) => {
    const textStart = tokens[item.phrase.next - 1].end;
    const textEnd = k + 1 < found.length ? found[k + 1].at.start : scannedEnd;
    return {
      when: whenOf(source, item, tokens, options),
      text: trimLead(source.slice(textStart, textEnd)),
      index: item.at.start,
    };
  });
}

const BY_WORDS = phraseIndex([['by'], ['by', 'the', 'end', 'of'], ['by', 'end', 'of'], ['by', 'the', 'end']]);

/** Drops the punctuation that joins a milestone's date to its text (`By Sept 2015: ...`). */
function trimLead(text: string): string {
  return text.replace(/^[\s:;,.\-\u2013\u2014]+/, '').trim();
}

/** Every deadline named inside a sentence (`by July 2015`); a capital `By` is a milestone instead. */
export function findDeadlineMentions(text: string, options: ParseOptions = {}): DatedPhrase[] {
  const source = typeof text === 'string' ? text : '';
  const tokens = tokenise(source, MAX_PHRASE_SCAN_CHARS);
  const ctx = context(options);
  const mentions: DatedPhrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    // A capital `By` starts a milestone, which findDatedPhrases reads.
    if (token.text === 'by' && token.capital) continue;
    const words = token.text === 'by' ? BY_WORDS : MENTION_WORDS;
    const after = matchLongest(tokens, i, words);
    if (after < 0) continue;
    const phrase = deadlineAfter(tokens, i, after, ctx);
    if (phrase === null) continue;
    const found = { phrase, at: token };
    mentions.push({
      when: whenOf(source, found, tokens, options),
      text: source.slice(token.start, tokens[phrase.next - 1].end),
      index: token.start,
    });
    i = phrase.next - 1;
  }
  return mentions;
}

/**
 * True for text such as `04/07/14` or `07/04/2014` typed as text, where day and month could be
 * swapped: both are 12 or less and differ. (The parser always reads such text day first.)
 */
export function looksLikeAmbiguousNumericDate(text: string): boolean {
  if (typeof text !== 'string' || text.length > 40) return false;
  const match = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})$/.exec(text.replace(/[\s\u00a0]+/g, ''));
  if (match === null) return false;
  const first = Number(match[1]);
  const second = Number(match[3]);
  return first >= 1 && second >= 1 && first <= 12 && second <= 12 && first !== second;
}
