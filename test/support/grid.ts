/**
 * Grids built in code for tests: rows of cell values, or TSV text in the form of the seed
 * catalogue's transcriptions (tab-separated, ` // ` for a line break inside a cell).
 */
import { parseA1 } from '../../src/core/grid/address';
import type { CellRange, CellValue, SheetGrid, TableExtent, WorkbookGrid } from '../../src/core/grid/types';

export interface SheetOptions {
  /** Merged ranges, as `A1:C1` or as ranges. */
  merges?: (string | CellRange)[];
  tables?: { name: string; range: string | CellRange; hasHeaderRow?: boolean }[];
  hidden?: boolean;
  hiddenRows?: number[];
}

/** `B2:D5` as a 0-based range. */
export function rangeOf(a1: string): CellRange {
  const [from, to = from] = a1.split(':');
  const start = parseA1(from);
  const end = parseA1(to);
  if (!start || !end) throw new Error(`Not an A1 range: ${a1}`);
  return { top: start.row, left: start.col, bottom: end.row, right: end.col };
}

const asRange = (r: string | CellRange): CellRange => (typeof r === 'string' ? rangeOf(r) : r);

export function gridFromRows(name: string, rows: CellValue[][], options: SheetOptions = {}): SheetGrid {
  const tables: TableExtent[] = (options.tables ?? []).map((t) => ({
    name: t.name,
    range: asRange(t.range),
    hasHeaderRow: t.hasHeaderRow ?? true,
  }));
  return {
    name,
    hidden: options.hidden ?? false,
    rows: rows.map((row) => [...row]),
    merges: (options.merges ?? []).map(asRange),
    hiddenRows: options.hiddenRows ?? [],
    tables,
  };
}

/** TSV text to rows: tabs split cells, ` // ` is a line break inside a cell, an empty field is an empty cell. */
export function rowsFromTsv(tsv: string): (string | null)[][] {
  return tsv
    .replace(/\r/g, '')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.split('\t').map((field) => (field === '' ? null : field.split(' // ').join('\n'))));
}

export function gridFromTsv(name: string, tsv: string, options: SheetOptions = {}): SheetGrid {
  return gridFromRows(name, rowsFromTsv(tsv), options);
}

/** The rows without the named columns (by their header in the first row). */
export function withoutColumns<T>(rows: T[][], headers: string[]): T[][] {
  const drop = new Set(headers.map((h) => rows[0].findIndex((cell) => cell === h)).filter((i) => i >= 0));
  return rows.map((row) => row.filter((_, i) => !drop.has(i)));
}

export function workbookOf(source: string, ...sheets: SheetGrid[]): WorkbookGrid {
  return { source, sheets };
}
