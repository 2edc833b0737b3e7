/**
 * Groups a drawing's cells into rectangles of one style, so a style is applied with one range
 * operation per rectangle rather than one per cell.
 */
import type { CellRange } from '../core/grid/types';

export interface StyledCell {
  row: number;
  col: number;
  style: string;
}

/**
 * Rectangles covering every cell of each style. `fillsGaps(style)` says whether the style may also
 * be given to cells nobody drew (a style without fill or border looks the same on an empty cell),
 * which lets, say, a table whose optional column is sometimes empty stay one rectangle.
 */
export function styleRectangles(
  cells: StyledCell[],
  fillsGaps: (style: string) => boolean,
): Map<string, CellRange[]> {
  const owner = new Map<string, string>();
  for (const cell of cells) owner.set(`${cell.row}:${cell.col}`, cell.style);
  const byStyle = new Map<string, StyledCell[]>();
  for (const cell of cells) {
    const list = byStyle.get(cell.style) ?? [];
    list.push(cell);
    byStyle.set(cell.style, list);
  }
  const result = new Map<string, CellRange[]>();
  for (const [style, styled] of byStyle) {
    const canTake = (row: number, col: number) => {
      const who = owner.get(`${row}:${col}`);
      return who === style || (who === undefined && fillsGaps(style));
    };
    // Tables line up by column, headings and notes by row: whichever needs fewer rectangles wins.
    const byRows = stackRuns(rowRuns(styled, canTake));
    const byColumns = stackRuns(rowRuns(styled.map(transposed), (row, col) => canTake(col, row))).map(
      transposedRange,
    );
    result.set(style, byColumns.length < byRows.length ? byColumns : byRows);
  }
  return result;
}

function transposed(cell: StyledCell): StyledCell {
  return { ...cell, row: cell.col, col: cell.row };
}

function transposedRange(range: CellRange): CellRange {
  return { top: range.left, bottom: range.right, left: range.top, right: range.bottom };
}

/** Per row, runs from one cell of the style to the next that only cross cells the style may take. */
function rowRuns(cells: StyledCell[], canTake: (row: number, col: number) => boolean): CellRange[] {
  const byRow = new Map<number, number[]>();
  for (const { row, col } of cells) {
    const cols = byRow.get(row);
    if (cols) cols.push(col);
    else byRow.set(row, [col]);
  }
  const runs: CellRange[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cols = [...new Set(byRow.get(row))].sort((a, b) => a - b);
    let run: CellRange = { top: row, bottom: row, left: cols[0], right: cols[0] };
    for (const col of cols.slice(1)) {
      let bridged = true;
      for (let c = run.right + 1; c < col && bridged; c++) bridged = canTake(row, c);
      if (bridged) run.right = col;
      else {
        runs.push(run);
        run = { top: row, bottom: row, left: col, right: col };
      }
    }
    runs.push(run);
  }
  return runs;
}

/** Runs with the same columns on consecutive rows become one rectangle. */
function stackRuns(runs: CellRange[]): CellRange[] {
  const open = new Map<string, CellRange>();
  const done: CellRange[] = [];
  for (const run of runs) {
    const key = `${run.left}:${run.right}`;
    const above = open.get(key);
    if (above && above.bottom === run.top - 1) {
      above.bottom = run.top;
    } else {
      if (above) done.push(above);
      open.set(key, { ...run });
    }
  }
  return [...done, ...open.values()].sort((a, b) => a.top - b.top || a.left - b.left);
}
