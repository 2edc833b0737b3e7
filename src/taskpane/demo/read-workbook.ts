/**
 * Reads workbook bytes into the grid port in a browser: ExcelJS's own loader and the .xlsx
 * adapter's cell conversion, without the Node file reading of src/xlsx/read.ts.
 */
import type ExcelJS from 'exceljs';
// The build without core-js polyfills: every browser that runs React 19 needs none, and it is
// evaluated in about two thirds of the time, on the demo's path to its first screen.
import BareExcelJS from 'exceljs/dist/exceljs.bare.min.js';
import type { CellRange, CellValue, SheetGrid, TableExtent, WorkbookGrid } from '../../core/grid/types';
import { parseA1 } from '../../core/grid/address';
import { gridValue } from '../../xlsx/cells';

export async function loadDemoWorkbook(bytes: ArrayBuffer): Promise<ExcelJS.Workbook> {
  const workbook = new BareExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  return workbook;
}

export function workbookGrid(workbook: ExcelJS.Workbook, source: string): WorkbookGrid {
  return { source, sheets: workbook.worksheets.map(sheetGrid) };
}

function sheetGrid(sheet: ExcelJS.Worksheet): SheetGrid {
  const cells: { row: number; col: number; value: CellValue }[] = [];
  const hiddenRows: number[] = [];
  let height = 0;
  let width = 0;
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (row.hidden) hiddenRows.push(rowNumber - 1);
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const value = gridValue(cell);
      if (value === null || value === '') return;
      cells.push({ row: rowNumber - 1, col: colNumber - 1, value });
      height = Math.max(height, rowNumber);
      width = Math.max(width, colNumber);
    });
  });
  const merges = mergesOf(sheet);
  for (const merge of merges) {
    height = Math.max(height, merge.bottom + 1);
    width = Math.max(width, merge.right + 1);
  }
  const rows: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  for (const { row, col, value } of cells) rows[row][col] = value;
  return {
    name: sheet.name,
    hidden: sheet.state === 'hidden' || sheet.state === 'veryHidden',
    rows,
    merges,
    hiddenRows: hiddenRows.filter((r) => r < height),
    tables: tablesOf(sheet),
  };
}

/** ExcelJS keeps merges by anchor address in a field its typings do not declare. */
function mergesOf(sheet: ExcelJS.Worksheet): CellRange[] {
  type Dimensions = { top: number; left: number; bottom: number; right: number };
  const merges = (sheet as unknown as { _merges?: Record<string, Dimensions | undefined> })._merges ?? {};
  return Object.values(merges)
    .filter((m): m is Dimensions => Boolean(m))
    .map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
}

/** The sample's tables all have a header row (Excel's default, which ExcelJS does not report). */
function tablesOf(sheet: ExcelJS.Worksheet): TableExtent[] {
  const tables = sheet.getTables() as unknown as {
    model: { name: string; tableRef?: string; ref?: string };
  }[];
  const extents: TableExtent[] = [];
  for (const { model } of tables) {
    const [first, last = first] = (model.tableRef ?? model.ref ?? '').split(':');
    const from = parseA1(first ?? '');
    const to = parseA1(last);
    if (!from || !to) continue;
    extents.push({
      name: model.name,
      range: { top: from.row, left: from.col, bottom: to.row, right: to.col },
      hasHeaderRow: true,
    });
  }
  return extents;
}
