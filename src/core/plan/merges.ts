/**
 * Reading through merged cells. Excel keeps a merged cell's value in its top-left cell only; the
 * reader sees that value in every cell of the merge. Whether a value is the row's own (written on
 * this row, or merged across it) or reaches down from a merge that starts on an earlier row
 * matters: a row that only inherits text from above adds nothing new.
 */
import type { CellRange, CellValue, SheetGrid } from '../grid/types';

export interface ReadCell {
  value: CellValue;
  /** False when the value reaches this row from a merge that starts on an earlier row. */
  own: boolean;
  /** Where the value is stored (the merge's top-left cell, or the cell itself). */
  row: number;
  col: number;
}

interface Span {
  top: number;
  bottom: number;
  left: number;
}

export interface MergeIndex {
  read(row: number, col: number): ReadCell;
  /** False for a column no merge touches: its cells can be read straight from the grid. */
  hasMerges(col: number): boolean;
  /** The merge whose top-left cell this is, if any. */
  mergeStartingAt(row: number, col: number): CellRange | null;
  /** The merge that covers this cell, if any. */
  mergeCovering(row: number, col: number): CellRange | null;
}

/**
 * Indexes the merges that touch columns `left..right`, per column and sorted by top row, so that
 * every lookup is a binary search: reading stays linear in rows however many merges there are.
 */
export function indexMerges(sheet: SheetGrid, left: number, right: number): MergeIndex {
  const byColumn = new Map<number, { spans: Span[]; ranges: CellRange[] }>();
  const byTopLeft = new Map<string, CellRange>();
  for (const merge of sheet.merges) {
    if (!isSaneRange(merge) || merge.right < left || merge.left > right) continue;
    byTopLeft.set(`${merge.top},${merge.left}`, merge);
    for (let col = Math.max(left, merge.left); col <= Math.min(right, merge.right); col++) {
      let entry = byColumn.get(col);
      if (!entry) byColumn.set(col, (entry = { spans: [], ranges: [] }));
      entry.spans.push({ top: merge.top, bottom: merge.bottom, left: merge.left });
      entry.ranges.push(merge);
    }
  }
  for (const entry of byColumn.values()) {
    const order = entry.spans.map((_, i) => i).sort((a, b) => entry.spans[a].top - entry.spans[b].top);
    entry.spans = order.map((i) => entry.spans[i]);
    entry.ranges = order.map((i) => entry.ranges[i]);
  }

  function coveringIndex(
    row: number,
    col: number,
  ): { spans: Span[]; ranges: CellRange[]; at: number } | null {
    const entry = byColumn.get(col);
    if (!entry) return null;
    const at = lastStartingAtOrBefore(entry.spans, row);
    if (at < 0 || entry.spans[at].bottom < row) return null;
    return { ...entry, at };
  }

  return {
    hasMerges(col) {
      return byColumn.has(col);
    },
    read(row, col) {
      const found = coveringIndex(row, col);
      if (!found) return { value: sheet.rows[row]?.[col] ?? null, own: true, row, col };
      const span = found.spans[found.at];
      return {
        value: sheet.rows[span.top]?.[span.left] ?? null,
        own: span.top === row,
        row: span.top,
        col: span.left,
      };
    },
    mergeStartingAt(row, col) {
      return byTopLeft.get(`${row},${col}`) ?? null;
    },
    mergeCovering(row, col) {
      const found = coveringIndex(row, col);
      return found ? found.ranges[found.at] : null;
    },
  };
}

function isSaneRange(range: CellRange): boolean {
  return (
    Number.isInteger(range.top) &&
    Number.isInteger(range.left) &&
    Number.isInteger(range.bottom) &&
    Number.isInteger(range.right) &&
    range.top >= 0 &&
    range.left >= 0 &&
    range.bottom >= range.top &&
    range.right >= range.left
  );
}

function lastStartingAtOrBefore(spans: Span[], row: number): number {
  let low = 0;
  let high = spans.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (spans[mid].top <= row) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}
