/**
 * The grid port: a plain, adapter-neutral picture of a workbook's cells.
 *
 * The .xlsx adapter (ExcelJS) and the Office.js adapter both fill this shape, and everything in
 * `core` reads plans from it alone, so the engine never knows where the cells came from.
 * Rows and columns are 0-based and always start at A1 (adapters pad a used range that starts
 * further in), so `rows[r][c]` is the cell at Excel address `colLetters(c) + (r + 1)`.
 */

/** A cell that holds a real calendar day (an Excel date cell). No time, no time zone. */
export interface DayCell {
  type: 'date';
  /** ISO `YYYY-MM-DD`. */
  iso: string;
}

/** An Excel error value such as `#N/A` or `#REF!`. */
export interface ErrorCell {
  type: 'error';
  code: string;
}

/**
 * One cell's value. For a formula cell this is the formula's last computed result; the formula
 * text, when an adapter knows it, is in `SheetGrid.formulas`.
 */
export type CellValue = null | string | number | boolean | DayCell | ErrorCell;

/** An inclusive rectangle of cells, 0-based. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** An Excel table (ListObject): its name and where it stands, header row included. */
export interface TableExtent {
  name: string;
  range: CellRange;
  /** False for a table whose header row is switched off: then the first row is data. */
  hasHeaderRow: boolean;
}

export interface SheetGrid {
  name: string;
  /** Hidden or very hidden. */
  hidden: boolean;
  rows: CellValue[][];
  merges: CellRange[];
  /** 0-based indexes of hidden rows. */
  hiddenRows: number[];
  tables: TableExtent[];
  /** Formula text by A1 address (without sheet), for cells that hold a formula. Optional. */
  formulas?: Record<string, string>;
}

export interface WorkbookGrid {
  /** Where the workbook came from, for messages: a file name, or the open workbook's name. */
  source: string;
  sheets: SheetGrid[];
}
