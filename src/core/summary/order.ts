/** Orders used across the summary: ratings, refs and cell addresses. */
import type { ComputedRating } from '../plan/types';
import { parseA1 } from '../grid/address';

/** Ratings in the order the summary shows them (rag.md: complete, green, yellow, amber, red, not rated). */
export const DISPLAY_ORDER: readonly ComputedRating[] = [
  'complete',
  'green',
  'yellow',
  'amber',
  'red',
  'not-rated',
];

/**
 * Direction of travel ranks: an action that cannot be rated is the least assured state, and complete
 * the most, so moving from not rated to any rating is `up` and leaving complete is `down`.
 */
const PROGRESS_RANK: Record<ComputedRating, number> = {
  'not-rated': 0,
  red: 1,
  amber: 2,
  yellow: 3,
  green: 4,
  complete: 5,
};

export function progressRank(rating: ComputedRating): number {
  return PROGRESS_RANK[rating];
}

const REF_CHUNKS = /(\d+)|(\D+)/g;

/** Compares refs as people number them: `1.2` before `1.10`, `2a` before `2b`, case ignored. */
export function compareRefs(a: string, b: string): number {
  const left = a.toLowerCase().match(REF_CHUNKS) ?? [];
  const right = b.toLowerCase().match(REF_CHUNKS) ?? [];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i];
    const y = right[i];
    if (x === y) continue;
    const xNumber = /^\d/.test(x);
    const yNumber = /^\d/.test(y);
    if (xNumber && yNumber) return Number(x) - Number(y) || x.length - y.length;
    if (xNumber !== yNumber) return xNumber ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return left.length - right.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** ISO days compare as text; a missing day sorts after every real one. */
export function compareDays(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

export interface CellPosition {
  /** `[book.xlsx]` prefix of an address in another workbook, without brackets, or ''. */
  book: string;
  sheet: string;
  row: number;
  col: number;
}

/**
 * Reads `Plan!C7`, `'Action Plan'!C7` or `[school.xlsx]Plan!C7`. A part it cannot read gives row
 * and column -1 (callers sort those after every real cell of the sheet).
 */
export function parseCellAddress(address: string): CellPosition {
  let rest = address.trim();
  let book = '';
  const bookMatch = /^'?\[([^\]]*)\]/.exec(rest);
  if (bookMatch) {
    book = bookMatch[1];
    rest = rest.startsWith("'") ? `'${rest.slice(bookMatch[0].length)}` : rest.slice(bookMatch[0].length);
  }
  const bang = rest.lastIndexOf('!');
  const sheetPart = bang >= 0 ? rest.slice(0, bang) : '';
  const cellPart = bang >= 0 ? rest.slice(bang + 1) : rest;
  const sheet =
    sheetPart.startsWith("'") && sheetPart.endsWith("'")
      ? sheetPart.slice(1, -1).replace(/''/g, "'")
      : sheetPart;
  const position = parseA1(cellPart.split(':')[0] ?? '');
  return { book, sheet, row: position?.row ?? -1, col: position?.col ?? -1 };
}
