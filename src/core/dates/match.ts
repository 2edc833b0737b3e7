/** Matching folded tokens: word sequences (a hyphen allowed between words), optional words, numbers. */
import type { Token } from './tokens';
import { tableByWord } from './words';

type Tokens = readonly Token[];

/** Words (or punctuation) in order, a hyphen allowed between any two; the index after, or -1. */
export function matchWords(t: Tokens, i: number, words: readonly string[]): number {
  let at = i;
  for (let k = 0; k < words.length; k++) {
    if (k > 0 && t[at]?.text === '-' && t[at + 1]?.text === words[k]) at++;
    if (t[at]?.text !== words[k]) return -1;
    at++;
  }
  return at;
}

/** Word sequences indexed by their first word's id, so that a position is rejected at a glance. */
export interface PhraseIndex {
  /** The first words, each once. */
  readonly firstWords: readonly string[];
  readonly byFirstWord: ReadonlyArray<ReadonlyArray<readonly string[]> | undefined>;
}

export function phraseIndex(phrases: ReadonlyArray<readonly string[]>): PhraseIndex {
  const grouped = new Map<string, Array<readonly string[]>>();
  for (const phrase of phrases) grouped.set(phrase[0], [...(grouped.get(phrase[0]) ?? []), phrase]);
  return { firstWords: [...grouped.keys()], byFirstWord: tableByWord(grouped) };
}

/** The longest of several word sequences at `i`: the index after it, or -1. */
export function matchLongest(t: Tokens, i: number, phrases: PhraseIndex): number {
  const token = t[i];
  const candidates = token === undefined || token.word < 0 ? undefined : phrases.byFirstWord[token.word];
  if (candidates === undefined) return -1;
  let best = -1;
  for (const phrase of candidates) best = Math.max(best, matchWords(t, i, phrase));
  return best;
}

/** Skips one optional token with one of these texts. (Fixed arguments: this runs at every turn.) */
export function optional(t: Tokens, i: number, a: string, b?: string, c?: string, d?: string): number {
  const token = t[i];
  if (token === undefined || token.kind === 'num') return i;
  const text = token.text;
  return text === a || text === b || text === c || text === d ? i + 1 : i;
}

/** A plain number (not an ordinal) written with `digits` or `orDigits` digits. */
export function numberAt(t: Tokens, i: number, digits: number, orDigits = digits): Token | null {
  const token = t[i];
  if (token?.kind !== 'num' || token.ordinal) return null;
  const length = token.text.length;
  return length === digits || length === orDigits ? token : null;
}
