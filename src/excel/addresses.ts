/** A1 addresses as Office.js writes and reads them, and the grid's 0-based ranges. */
import { cellA1, parseA1 } from '../core/grid/address';
import type { CellRange } from '../core/grid/types';

/** `B3:F40`, or `B3` for one cell. */
export function rangeA1(range: CellRange): string {
  const first = cellA1(range.top, range.left);
  return range.top === range.bottom && range.left === range.right
    ? first
    : `${first}:${cellA1(range.bottom, range.right)}`;
}

/** The 0-based rectangle of `rows` x `cols` cells whose top-left cell is (`top`, `left`). */
export function block(top: number, left: number, rows: number, cols: number): CellRange {
  return { top, left, bottom: top + rows - 1, right: left + cols - 1 };
}

/** Whole rows, `$1:$3`, as print titles are given. */
export function rowsA1(first: number, last: number): string {
  return `$${first + 1}:$${last + 1}`;
}

/** Whole columns, `C:D`. */
export function columnsA1(first: number, last: number): string {
  const [from, to] = [cellA1(0, first), cellA1(0, last)].map((ref) => ref.replace(/\d+$/, ''));
  return `${from}:${to}`;
}

/**
 * `'Action Plan'!B3:F40` (or `Plan!B3`) split into its sheet and 0-based range. Addresses that
 * are whole rows or columns, or not A1 at all, give null.
 */
export function parseRangeAddress(address: string): { sheet: string; range: CellRange } | null {
  const bang = address.lastIndexOf('!');
  const sheetPart = bang < 0 ? '' : address.slice(0, bang);
  const refPart = bang < 0 ? address : address.slice(bang + 1);
  const sheet =
    sheetPart.startsWith("'") && sheetPart.endsWith("'")
      ? sheetPart.slice(1, -1).replace(/''/g, "'")
      : sheetPart;
  const [first, last = first] = refPart.split(':');
  const from = parseA1(first ?? '');
  const to = parseA1(last);
  if (!from || !to) return null;
  return {
    sheet,
    range: {
      top: Math.min(from.row, to.row),
      left: Math.min(from.col, to.col),
      bottom: Math.max(from.row, to.row),
      right: Math.max(from.col, to.col),
    },
  };
}
