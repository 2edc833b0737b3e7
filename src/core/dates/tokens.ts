/**
 * Folding and tokenising. Text pasted from PDFs carries debris (dates.md): look-alike letters from
 * other alphabets, odd spaces and dashes, words broken by a stray space (`Septe mber`) and ordinal
 * suffixes split off (`1 st`). Each token keeps its offsets in the original text, which is never
 * changed; only the token's folded `text` is compared by the recognisers.
 */
import { JOINABLE_WORDS, KNOWN_WORDS } from './vocabulary';
import { knownWordWritten, wordIdOf } from './words';

export type TokenKind = 'word' | 'num' | 'punct';

export interface Token {
  kind: TokenKind;
  /** Folded text: NFKC, lower case, Latin look-alikes, dashes as `-`; ASCII digits for numbers. */
  text: string;
  /** Offsets in the original text (end exclusive). */
  start: number;
  end: number;
  /** A number's value (NaN for other tokens). */
  value: number;
  /** A number written with an ordinal suffix (`1st`, `1 st`, `13TH`). */
  ordinal: boolean;
  /** The token was written with a capital first letter (a capital `By` starts a milestone). */
  capital: boolean;
  /** The id of `text` among the words recognisers look for (`words.ts`), or -1. */
  word: number;
}

// One pass, no nested quantifiers: linear in the text's length. Plain text, the usual case, takes a
// character loop that tokenises it the same way, faster (`scanPlain`).
const TOKEN = /([\p{L}\p{M}\p{Cf}]+)|(\p{Nd}+)|([\s\p{Cc}]+)|([\s\S])/gu;
const ASCII_WORD = /^[A-Za-z]+$/;
const FORMAT_CHARS = /\p{Cf}/gu;
const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

/** Cyrillic and Greek letters that look like Latin ones (lower case, after case folding). */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y',
  х: 'x', ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', һ: 'h', ԛ: 'q', ԝ: 'w', ӏ: 'l',
  α: 'a', β: 'b', ε: 'e', ζ: 'z', η: 'h', ι: 'i', κ: 'k', μ: 'm', ν: 'n', ο: 'o', ρ: 'p', τ: 't',
  υ: 'y', χ: 'x', ϲ: 'c', ı: 'i',
}; // prettier-ignore

const DASHES = /[\u2010-\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D]/;
const QUOTES = /[\u2018\u2019\u201B\u2032\u0060\u00B4]/;
const SLASHES = /[\u2044\u2215\uFF0F]/;

function foldWord(raw: string): string {
  if (ASCII_WORD.test(raw)) return raw.toLowerCase();
  // Upper then lower case makes `ß` and `SS` (and other one-way pairs) fold alike.
  const cased = raw.normalize('NFKC').replace(FORMAT_CHARS, '').toUpperCase().toLowerCase();
  let folded = '';
  for (const char of cased) folded += LOOK_ALIKES[char] ?? char;
  return folded;
}

function foldPunct(raw: string): string {
  if (raw.charCodeAt(0) < 128) return raw === '`' ? "'" : raw;
  const char = raw.normalize('NFKC');
  if (DASHES.test(char)) return '-';
  if (QUOTES.test(char)) return "'";
  if (SLASHES.test(char)) return '/';
  return char;
}

function isCapital(raw: string): boolean {
  const code = raw.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const first = raw.normalize('NFKC').charAt(0);
  return first !== first.toLowerCase();
}

function makeToken(
  kind: TokenKind,
  text: string,
  start: number,
  end: number,
  capital = false,
  // No phrase starts with a number, so numbers need no word id.
  word = kind === 'num' ? -1 : wordIdOf(text),
): Token {
  const value = kind === 'num' && text.length <= 15 ? Number(text) : NaN;
  return { kind, text, start, end, value, ordinal: false, capital, word };
}

function scan(text: string, limit: number): Token[] {
  const source = text.length > limit ? text.slice(0, limit) : text;
  const plain = scanPlain(source);
  if (plain !== null) return plain;
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(source); match !== null; match = TOKEN.exec(source)) {
    const [whole, word, digits] = match;
    const start = match.index;
    const end = start + whole.length;
    if (word !== undefined) {
      const folded = foldWord(word);
      if (folded !== '') tokens.push(makeToken('word', folded, start, end, isCapital(word)));
    } else if (digits !== undefined) {
      const ascii = digits.normalize('NFKC');
      tokens.push(makeToken(/^[0-9]+$/.test(ascii) ? 'num' : 'punct', ascii, start, end));
    } else if (match[3] === undefined) {
      tokens.push(makeToken('punct', foldPunct(whole), start, end));
    }
  }
  return tokens;
}

const isAsciiLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isAsciiDigit = (code: number): boolean => code >= 48 && code <= 57;

/**
 * What the plain path does with the few non-ASCII characters that pasted text is full of: skips
 * odd spaces and C1 controls, reads dashes as `-` and curly apostrophes as `'`, as `scan` does.
 * Any other character (a letter, a mark, a digit of another script) sends the text to `scan`.
 */
function commonNonAscii(code: number): 'blank' | '-' | "'" | null {
  if (code <= 0x9f || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)) return 'blank';
  if (code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000) {
    return 'blank';
  }
  if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212) return '-';
  return code === 0x2018 || code === 0x2019 || code === 0x201b ? "'" : null;
}

/**
 * The same tokens as `scan`, without a regular expression or Unicode normalisation, for text made
 * of ASCII and the characters `commonNonAscii` knows; null for any other text.
 */
/** An ASCII word: a known word usually needs no change of case, and a lower-case unknown one no lookup. */
function plainWord(raw: string, capitals: boolean, start: number, end: number): Token {
  const capital = raw.charCodeAt(0) <= 90;
  const known = knownWordWritten(raw);
  if (known !== undefined) return makeToken('word', known.text, start, end, capital, known.word);
  return capitals
    ? makeToken('word', raw.toLowerCase(), start, end, capital)
    : makeToken('word', raw, start, end, capital, -1);
}

function scanPlain(source: string): Token[] | null {
  const tokens: Token[] = [];
  const length = source.length;
  let i = 0;
  while (i < length) {
    const code = source.charCodeAt(i);
    let end = i + 1;
    if (isAsciiLetter(code)) {
      let capitals = code <= 90;
      for (; end < length; end++) {
        const next = source.charCodeAt(end);
        if (!isAsciiLetter(next)) break;
        if (next <= 90) capitals = true;
      }
      tokens.push(plainWord(source.slice(i, end), capitals, i, end));
    } else if (isAsciiDigit(code)) {
      while (end < length && isAsciiDigit(source.charCodeAt(end))) end++;
      tokens.push(makeToken('num', source.slice(i, end), i, end));
    } else if (code > 127) {
      const common = commonNonAscii(code);
      if (common === null) return null;
      if (common !== 'blank') tokens.push(makeToken('punct', common, i, end));
    } else if (code > 32 && code !== 127) {
      tokens.push(makeToken('punct', code === 96 ? "'" : source.charAt(i), i, end));
    }
    i = end;
  }
  return tokens;
}

function isOrdinalAt(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const next = tokens[i + 1];
  return (
    token.kind === 'num' && token.text.length <= 2 && next?.kind === 'word' && ORDINAL_SUFFIXES.has(next.text)
  );
}

/** `1 st`, `1st` and `13TH` become one ordinal number. */
function mergeOrdinals(tokens: Token[]): Token[] {
  let first = 0;
  while (first < tokens.length && !isOrdinalAt(tokens, first)) first++;
  if (first === tokens.length) return tokens;
  const merged: Token[] = tokens.slice(0, first);
  for (let i = first; i < tokens.length; i++) {
    const token = tokens[i];
    if (isOrdinalAt(tokens, i)) {
      merged.push({ ...token, end: tokens[i + 1].end, ordinal: true });
      i++;
    } else {
      merged.push(token);
    }
  }
  return merged;
}

function joined(pieces: Token[]): Token {
  const last = pieces[pieces.length - 1];
  const text = pieces.map((piece) => piece.text).join('');
  return { ...pieces[0], text, end: last.end, word: wordIdOf(text) };
}

function isUnknownWord(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && !KNOWN_WORDS.has(token.text);
}

function isWord(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === 'word';
}

/** Every beginning of a word that a stray space may have broken (`septe` of `september`). */
const JOINABLE_PREFIXES: ReadonlySet<string> = new Set(
  [...JOINABLE_WORDS].flatMap((word) =>
    Array.from({ length: word.length - 1 }, (_, k) => word.slice(0, k + 1)),
  ),
);

const LONGEST_PREFIX = Math.max(...[...JOINABLE_PREFIXES].map((prefix) => prefix.length));

/** A word followed by a word, that could be the first piece of a broken one: most words are not. */
function startsJoin(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i];
  return (
    a.kind === 'word' &&
    a.text.length <= LONGEST_PREFIX &&
    isWord(tokens[i + 1]) &&
    JOINABLE_PREFIXES.has(a.text)
  );
}

/**
 * `Septe mber` becomes `september`: neighbouring words (only white space between them) are joined
 * when the join is a known date word and the pieces are not themselves words that stand alone
 * (two pieces: at least one unknown; three pieces: at least two unknown).
 */
function joinBrokenWords(tokens: Token[]): Token[] {
  let first = 0;
  while (first < tokens.length && !startsJoin(tokens, first)) first++;
  if (first === tokens.length) return tokens;
  const out: Token[] = tokens.slice(0, first);
  for (let i = first; i < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    const c = tokens[i + 2];
    if (startsJoin(tokens, i)) {
      const unknown = Number(isUnknownWord(a)) + Number(isUnknownWord(b));
      if (unknown >= 1 && JOINABLE_WORDS.has(a.text + b.text)) {
        out.push(joined([a, b]));
        i += 1;
        continue;
      }
      if (
        isWord(c) &&
        unknown + Number(isUnknownWord(c)) >= 2 &&
        JOINABLE_WORDS.has(a.text + b.text + c.text)
      ) {
        out.push(joined([a, b, c]));
        i += 2;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** The folded tokens of the first `limit` characters of `text`. */
export function tokenise(text: string, limit: number): Token[] {
  return joinBrokenWords(mergeOrdinals(scan(text, limit)));
}
