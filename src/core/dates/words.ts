/**
 * Small integer ids for the words the recognisers look for. A token's id is found once, when it is
 * made; recognisers then index arrays by it instead of looking its text up again and again.
 */

const ids = new Map<string, number>();

/** A known word as written in plain text: its folded text and id. */
export interface KnownWord {
  text: string;
  word: number;
}

/**
 * Each known word as it is usually written (`sept`, `Sept`, `SEPT`), so that the tokeniser finds
 * both its folded text and its id with one lookup, without changing its case first.
 */
const usualForms = new Map<string, KnownWord>();

/** The id of a word the recognisers look for, given it the first time (when their tables are built). */
export function registerWord(text: string): number {
  let id = ids.get(text);
  if (id === undefined) {
    id = ids.size;
    ids.set(text, id);
    const known = { text, word: id };
    const capitalised = text.charAt(0).toUpperCase() + text.slice(1);
    for (const form of [text, capitalised, text.toUpperCase()]) usualForms.set(form, known);
  }
  return id;
}

/** The id of a token's folded text, or -1 when no recogniser looks for it. */
export function wordIdOf(text: string): number {
  return ids.get(text) ?? -1;
}

/** A known word written in lower case, with a capital first letter or in capitals; else undefined. */
export function knownWordWritten(raw: string): KnownWord | undefined {
  return usualForms.get(raw);
}

/** A table by word id: what each of `keys` maps to. */
export function tableByWord<T>(entries: Iterable<readonly [string, T]>): Array<T | undefined> {
  const table: Array<T | undefined> = [];
  for (const [text, value] of entries) table[registerWord(text)] = value;
  return table;
}
