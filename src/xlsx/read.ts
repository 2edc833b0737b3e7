import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import type { CellRange, CellValue, SheetGrid, TableExtent, WorkbookGrid } from '../core/grid/types';
import { cellA1, parseA1 } from '../core/grid/address';
import { workbookMessages as msg } from '../core/i18n/en/workbook';
import { WorkbookReadError } from './errors';
import { formulaText, gridValue } from './cells';
import { readPackageFacts, type PackageFacts } from './package-parts';

/** A zip archive (every .xlsx) starts with `PK\x03\x04`. */
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** An OLE compound file: a password-protected .xlsx, or an old .xls. */
const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** Reads a workbook file into the grid port. Throws WorkbookReadError with a one-line message. */
export async function readWorkbookGrid(filePath: string): Promise<WorkbookGrid> {
  const buffer = await readFileOrExplain(filePath);
  return readWorkbookGridFromBuffer(buffer, filePath);
}

/** Reads workbook bytes into the grid port; `sourceName` names the workbook in messages. */
export async function readWorkbookGridFromBuffer(buffer: Buffer, sourceName: string): Promise<WorkbookGrid> {
  const { workbook, facts } = await loadWorkbook(buffer, sourceName);
  return gridOfWorkbook(workbook, facts, sourceName);
}

/** The grid of a workbook already opened with `loadWorkbook`, so a file read for writing is parsed once. */
export function gridOfWorkbook(
  workbook: ExcelJS.Workbook,
  facts: PackageFacts,
  sourceName: string,
): WorkbookGrid {
  return {
    source: sourceName,
    sheets: workbook.worksheets.map((sheet) => sheetGrid(sheet, facts)),
  };
}

/**
 * Opens workbook bytes with ExcelJS after checking what they are, so a wrong file gets a message
 * that says what to do rather than a parser's complaint. Shared with the writer.
 */
export async function loadWorkbook(
  buffer: Buffer,
  sourceName: string,
): Promise<{ workbook: ExcelJS.Workbook; facts: PackageFacts }> {
  if (buffer.length === 0) throw new WorkbookReadError('empty', sourceName, msg.empty(sourceName));
  if (startsWith(buffer, CFB_SIGNATURE)) {
    throw new WorkbookReadError('encrypted-or-legacy', sourceName, msg.encryptedOrLegacy(sourceName));
  }
  if (!startsWith(buffer, ZIP_SIGNATURE)) {
    throw new WorkbookReadError('not-workbook', sourceName, msg.notWorkbook(sourceName));
  }
  const facts = await readPackageFacts(buffer);
  if (!facts) throw new WorkbookReadError('damaged', sourceName, msg.damaged(sourceName));
  if (!facts.isSpreadsheet)
    throw new WorkbookReadError('not-workbook', sourceName, msg.notWorkbook(sourceName));
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings ask for its own Buffer type; a Node Buffer is what it reads.
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    throw new WorkbookReadError('damaged', sourceName, msg.damaged(sourceName));
  }
  return { workbook, facts };
}

export async function readFileOrExplain(filePath: string): Promise<Buffer> {
  try {
    return await fs.readFile(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new WorkbookReadError('missing', filePath, msg.missing(filePath));
    if (code === 'EISDIR') throw new WorkbookReadError('unreadable', filePath, msg.isFolder(filePath));
    const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? 'read error');
    throw new WorkbookReadError('unreadable', filePath, msg.unreadableFile(filePath, reason));
  }
}

function startsWith(buffer: Buffer, signature: Buffer): boolean {
  return buffer.length >= signature.length && buffer.subarray(0, signature.length).equals(signature);
}

function sheetGrid(sheet: ExcelJS.Worksheet, facts: PackageFacts): SheetGrid {
  const cells: { row: number; col: number; value: CellValue }[] = [];
  const formulas: Record<string, string> = {};
  const hiddenRows: number[] = [];
  let height = 0;
  let width = 0;
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const r = rowNumber - 1;
    if (row.hidden) hiddenRows.push(r);
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      const value = gridValue(cell);
      const formula = formulaText(cell);
      if (formula) formulas[cellA1(r, c)] = formula;
      if (value === null || value === '') return;
      cells.push({ row: r, col: c, value });
      height = Math.max(height, r + 1);
      width = Math.max(width, c + 1);
    });
  });
  // A merged area counts as used, as in Excel, so every merge lies inside the grid.
  const merges = mergesOf(sheet);
  for (const merge of merges) {
    height = Math.max(height, merge.bottom + 1);
    width = Math.max(width, merge.right + 1);
  }
  const rows: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  for (const { row, col, value } of cells) rows[row][col] = value;
  const grid: SheetGrid = {
    name: sheet.name,
    hidden: sheet.state === 'hidden' || sheet.state === 'veryHidden',
    rows,
    merges,
    hiddenRows: hiddenRows.filter((r) => r < height),
    tables: tablesOf(sheet, facts),
  };
  if (Object.keys(formulas).length > 0) grid.formulas = formulas;
  return grid;
}

/** ExcelJS keeps merges by anchor address in a field its typings do not declare. */
interface MergeDimensions {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function mergesOf(sheet: ExcelJS.Worksheet): CellRange[] {
  const merges =
    (sheet as unknown as { _merges?: Record<string, MergeDimensions | undefined> })._merges ?? {};
  return Object.values(merges)
    .filter((m): m is MergeDimensions => Boolean(m))
    .map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
}

/** A loaded table keeps its range only in its model (`tableRef`, e.g. `B3:F40`); `ref` is unset. */
interface LoadedTableModel {
  name: string;
  tableRef?: string;
  ref?: string;
}

function tablesOf(sheet: ExcelJS.Worksheet, facts: PackageFacts): TableExtent[] {
  const tables = sheet.getTables() as unknown as { model: LoadedTableModel }[];
  const extents: TableExtent[] = [];
  for (const { model } of tables) {
    const range = parseRange(model.tableRef ?? model.ref ?? '');
    if (!range) continue;
    extents.push({ name: model.name, range, hasHeaderRow: facts.tableHeaderRows.get(model.name) ?? true });
  }
  return extents;
}

function parseRange(ref: string): CellRange | null {
  const [first, last = first] = ref.split(':');
  const from = parseA1(first ?? '');
  const to = parseA1(last);
  if (!from || !to) return null;
  return { top: from.row, left: from.col, bottom: to.row, right: to.col };
}
