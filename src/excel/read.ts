/**
 * Reads the open workbook into the grid port, the same picture the .xlsx adapter makes of a file,
 * so the engine reads a plan in Excel exactly as it reads it on the command line.
 *
 * Round trips are the cost that matters in Excel on the web, so everything is queued first and
 * fetched together: one sync learns the sheets and tables; a second fetches every
 * sheet's cells, merges, hidden rows and table ranges at once. Only a workbook too big for one
 * response (Excel on the web caps responses at 5 MB) is fetched in parts, and then in as few parts
 * as its size needs, never row by row.
 */
import type { CellRange, CellValue, SheetGrid, TableExtent, WorkbookGrid } from '../core/grid/types';
import { parseRangeAddress, rangeA1 } from './addresses';
import { gridValueOf } from './cells';
import { excelMessages } from '../core/i18n/en/excel';
import { excelNote, type ExcelNote } from './notes';
import { API, officeSupports, type Supports } from './requirements';

export type SheetVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface SheetFacts {
  /** Excel's id for the sheet: it stays when the sheet is renamed. */
  id: string;
  name: string;
  /** 0-based tab position. */
  position: number;
  visibility: SheetVisibility;
}

export interface TableFacts {
  name: string;
  sheet: string;
  showHeaders: boolean;
}

/** What one cheap round trip tells about a workbook: its sheets and tables. */
export interface WorkbookFacts {
  source: string;
  sheets: SheetFacts[];
  tables: TableFacts[];
  /** The sheet the officer was on. */
  active?: string;
}

/** Cells exactly as Excel gave them: values (dates as serials) and their number formats. */
export interface OriginalCells {
  values: (string | number | boolean)[][];
  numberFormats: string[][];
}

export interface ExcelWorkbookGrid extends WorkbookGrid {
  facts: WorkbookFacts;
  /** What this version of Excel could not report (merged cells, hidden rows). */
  notes: ExcelNote[];
  /** The cells of `range` on `sheet` as read, to put back if a write fails; empty cells outside what was read. */
  originalCells?: (sheet: string, range: CellRange) => OriginalCells;
}

export interface ExcelReadOptions {
  /** Which ExcelApi requirement sets the host supports; defaults to asking Office. */
  supports?: Supports;
  /** The workbook's name for messages, when the host cannot give it. */
  source?: string;
}

const RESPONSE_TOO_LARGE = 'ResponsePayloadSizeLimitExceeded';

/** Sheets and tables, in one round trip. */
export async function readWorkbookFacts(
  context: Excel.RequestContext,
  options: ExcelReadOptions = {},
): Promise<WorkbookFacts> {
  const supports = options.supports ?? officeSupports;
  const { workbook } = context;
  const sheets = workbook.worksheets.load('items/id,items/name,items/position,items/visibility');
  const active = workbook.worksheets.getActiveWorksheet().load('name');
  const tables = workbook.tables.load('items/name,items/showHeaders,items/worksheet/name');
  const withName = supports(API.workbookName);
  if (withName) workbook.load('name');
  await context.sync();
  return {
    source: options.source ?? (withName && workbook.name ? workbook.name : excelMessages.thisWorkbook),
    sheets: sheets.items
      .map((sheet) => ({
        id: sheet.id,
        name: sheet.name,
        position: sheet.position,
        visibility: sheet.visibility as SheetVisibility,
      }))
      .sort((a, b) => a.position - b.position),
    tables: tables.items.map((table) => ({
      name: table.name,
      sheet: table.worksheet.name,
      showHeaders: table.showHeaders,
    })),
    active: active.name,
  };
}

/** The proxies one sheet's read is made of, queued before the sync that fills them. */
interface SheetRead {
  facts: SheetFacts;
  used: Excel.Range;
  visible: Excel.RangeAreas | null;
  merged: Excel.RangeAreas | null;
  tables: { facts: TableFacts; range: Excel.Range }[];
}

/** Cells fetched from one rectangle of a sheet. */
interface ContentBlock {
  sheet: number;
  top: number;
  left: number;
  range: Excel.Range;
}

/**
 * The open workbook as the grid port, with its sheets' facts and what this Excel could not report.
 * Date cells (numbers in a date format) become calendar days from the serial, counted in UTC so no
 * time zone moves a day; error values become error cells; formulas are read as their results.
 */
export async function readWorkbookGridFromExcel(
  context: Excel.RequestContext,
  options: ExcelReadOptions = {},
): Promise<ExcelWorkbookGrid> {
  const supports = options.supports ?? officeSupports;
  const facts = await readWorkbookFacts(context, { ...options, supports });
  let reads = queueSheetReads(context, facts, supports, true);
  let blocks: ContentBlock[];
  try {
    await context.sync();
    blocks = reads.flatMap((read, sheet) =>
      read.used.isNullObject ? [] : [{ sheet, ...topLeft(read.used.address), range: read.used }],
    );
  } catch (error) {
    if (!isResponseTooLarge(error)) throw error;
    reads = queueSheetReads(context, facts, supports, false);
    await context.sync();
    blocks = await readContentsInParts(context, reads);
  }
  return {
    source: facts.source,
    sheets: reads.map((read, index) =>
      sheetGrid(
        read,
        blocks.filter((block) => block.sheet === index),
      ),
    ),
    facts,
    notes: readNotes(supports),
    originalCells: (sheet, range) =>
      originalCells(
        blocks.filter((block) => reads[block.sheet].facts.name === sheet),
        range,
      ),
  };
}

function originalCells(blocks: ContentBlock[], range: CellRange): OriginalCells {
  const rows = range.bottom - range.top + 1;
  const cols = range.right - range.left + 1;
  const values: (string | number | boolean)[][] = Array.from({ length: rows }, () =>
    new Array<string | number | boolean>(cols).fill(''),
  );
  const numberFormats: string[][] = Array.from({ length: rows }, () =>
    new Array<string>(cols).fill('General'),
  );
  for (const block of blocks) {
    const { values: read, numberFormat } = block.range;
    const width = read[0]?.length ?? 0;
    const first = Math.max(range.top, block.top);
    const last = Math.min(range.bottom, block.top + read.length - 1);
    for (let row = first; row <= last; row++) {
      for (
        let col = Math.max(range.left, block.left);
        col <= Math.min(range.right, block.left + width - 1);
        col++
      ) {
        values[row - range.top][col - range.left] = read[row - block.top][col - block.left] as
          string | number | boolean;
        numberFormats[row - range.top][col - range.left] = String(
          numberFormat[row - block.top]?.[col - block.left] ?? 'General',
        );
      }
    }
  }
  return { values, numberFormats };
}

function readNotes(supports: Supports): ExcelNote[] {
  const notes: ExcelNote[] = [];
  if (!supports(API.mergedAreas)) notes.push(excelNote('merges-unsupported', (m) => m.mergesUnsupported));
  if (!supports(API.specialCells))
    notes.push(excelNote('hidden-rows-unsupported', (m) => m.hiddenRowsUnsupported));
  return notes;
}

function isResponseTooLarge(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { code?: unknown }).code === RESPONSE_TOO_LARGE
  );
}

function queueSheetReads(
  context: Excel.RequestContext,
  facts: WorkbookFacts,
  supports: Supports,
  withContents: boolean,
): SheetRead[] {
  const { worksheets, tables } = context.workbook;
  return facts.sheets.map((sheetFacts) => {
    const sheet = worksheets.getItem(sheetFacts.name);
    // Values only: a sheet formatted down to row 1,048,576 is still read to its last value.
    const used = sheet.getUsedRangeOrNullObject(true);
    if (withContents) used.load('address,values,numberFormat,valueTypes');
    else used.load('address');
    let visible: Excel.RangeAreas | null = null;
    if (supports(API.specialCells)) {
      // The visible cells come back as a few rectangles, however many rows there are; the hidden
      // rows are the used rows none of them covers.
      // Asked of getUsedRange (A1 on an empty sheet), never of a range that may be a null object.
      visible = sheet.getUsedRange(true).getSpecialCellsOrNullObject('Visible');
      visible.areas.load('items/address');
    }
    let merged: Excel.RangeAreas | null = null;
    if (supports(API.mergedAreas)) {
      // The whole sheet, not the used range: a merge of empty cells still shapes a header.
      merged = sheet.getRange().getMergedAreasOrNullObject();
      merged.areas.load('items/address');
    }
    const sheetTables = facts.tables
      .filter((table) => table.sheet === sheetFacts.name)
      .map((table) => ({ facts: table, range: tables.getItem(table.name).getRange().load('address') }));
    return { facts: sheetFacts, used, visible, merged, tables: sheetTables };
  });
}

/** What one round trip of cells may bring back when a workbook is fetched in parts: under the 5 MB cap. */
const PART_BYTES = 4 * 1024 * 1024;
/** A first guess of what a cell costs in a response (value, number format and type, as JSON). */
const BYTES_PER_CELL_GUESS = 40;

/**
 * Fetches the cells of every used range in rectangles of whole rows, as many rectangles a round
 * trip as fit the response cap. Each part's real size sets the next part's; a part that is still
 * too big (long text) is halved and fetched again. The number of round trips follows the
 * workbook's size in megabytes, never its number of rows.
 */
async function readContentsInParts(
  context: Excel.RequestContext,
  reads: SheetRead[],
): Promise<ContentBlock[]> {
  const used: { sheet: number; range: CellRange }[] = [];
  reads.forEach((read, sheet) => {
    if (read.used.isNullObject) return;
    const parsed = parseRangeAddress(read.used.address);
    if (parsed) used.push({ sheet, range: parsed.range });
  });
  // All of it at once was refused, so half of it is the most worth trying first.
  const total = used.reduce((sum, { range }) => sum + cellsIn(range), 0);
  let cellsPerPart = Math.max(
    1,
    Math.min(Math.floor(PART_BYTES / BYTES_PER_CELL_GUESS), Math.ceil(total / 2)),
  );
  let ceiling = Number.POSITIVE_INFINITY;
  let pending = used.flatMap(({ sheet, range }) => rowSlices(sheet, range, cellsPerPart));
  const done: ContentBlock[] = [];
  while (pending.length > 0) {
    const part = takePart(pending, cellsPerPart);
    const blocks = part.map(({ sheet, range }) => ({
      sheet,
      top: range.top,
      left: range.left,
      range: context.workbook.worksheets
        .getItem(reads[sheet].facts.name)
        .getRange(rangeA1(range))
        .load('values,numberFormat,valueTypes'),
    }));
    try {
      // One round trip per part of up to 4 MB: bounded by the workbook's size, never by its rows.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!isResponseTooLarge(error) || cellsPerPart <= 1) throw error;
      cellsPerPart = Math.max(1, Math.floor(cellsPerPart / 2));
      ceiling = cellsPerPart;
      pending = pending.flatMap((slice) => rowSlices(slice.sheet, slice.range, cellsPerPart));
      continue;
    }
    done.push(...blocks);
    pending = pending.slice(part.length);
    const cells = part.reduce((sum, { range }) => sum + cellsIn(range), 0);
    const bytes = blocks.reduce((sum, { range }) => sum + responseBytes(range), 0);
    // Grown to what the last part's real size suggests, but never back to a size that failed.
    cellsPerPart = Math.max(1, Math.min(ceiling, Math.floor((PART_BYTES * cells) / Math.max(1, bytes))));
    pending = pending.flatMap((slice) => rowSlices(slice.sheet, slice.range, cellsPerPart));
  }
  return done;
}

function cellsIn(range: CellRange): number {
  return (range.bottom - range.top + 1) * (range.right - range.left + 1);
}

/** About what a fetched block cost in the response: its arrays as JSON. */
function responseBytes(range: Excel.Range): number {
  return JSON.stringify([range.values, range.numberFormat, range.valueTypes]).length;
}

/** `range` cut into rectangles of whole rows holding at most `cells` cells (at least one row each). */
function rowSlices(sheet: number, range: CellRange, cells: number): { sheet: number; range: CellRange }[] {
  const width = range.right - range.left + 1;
  const rowsPerSlice = Math.max(1, Math.floor(cells / width));
  const slices: { sheet: number; range: CellRange }[] = [];
  for (let top = range.top; top <= range.bottom; top += rowsPerSlice) {
    slices.push({ sheet, range: { ...range, top, bottom: Math.min(range.bottom, top + rowsPerSlice - 1) } });
  }
  return slices;
}

/** The leading slices that together hold at most `cells` cells (always at least one). */
function takePart<T extends { range: CellRange }>(slices: T[], cells: number): T[] {
  const part: T[] = [];
  let total = 0;
  for (const slice of slices) {
    const size = cellsIn(slice.range);
    if (part.length > 0 && total + size > cells) break;
    part.push(slice);
    total += size;
  }
  return part;
}

function topLeft(address: string): { top: number; left: number } {
  const parsed = parseRangeAddress(address);
  return parsed ? { top: parsed.range.top, left: parsed.range.left } : { top: 0, left: 0 };
}

function areasOf(areas: Excel.RangeAreas | null): CellRange[] | null {
  if (areas === null || areas.isNullObject) return null;
  return areas.areas.items.flatMap((area) => {
    const parsed = parseRangeAddress(area.address);
    return parsed ? [parsed.range] : [];
  });
}

function sheetGrid(read: SheetRead, blocks: ContentBlock[]): SheetGrid {
  const cells: { row: number; col: number; value: CellValue }[] = [];
  for (const block of blocks) {
    const { values, numberFormat, valueTypes } = block.range;
    values.forEach((row, r) =>
      row.forEach((value, c) => {
        const cell = gridValueOf(value, numberFormat[r]?.[c], valueTypes[r]?.[c]);
        if (cell !== null) cells.push({ row: block.top + r, col: block.left + c, value: cell });
      }),
    );
  }
  // As in the .xlsx adapter: the grid ends at the last value, and a merged area counts as used.
  const merges = read.merged === null ? [] : (areasOf(read.merged) ?? []);
  let height = 0;
  let width = 0;
  for (const { row, col } of cells) {
    height = Math.max(height, row + 1);
    width = Math.max(width, col + 1);
  }
  for (const merge of merges) {
    height = Math.max(height, merge.bottom + 1);
    width = Math.max(width, merge.right + 1);
  }
  const rows: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  for (const { row, col, value } of cells) rows[row][col] = value;
  return {
    name: read.facts.name,
    hidden: read.facts.visibility !== 'Visible',
    rows,
    merges,
    hiddenRows: hiddenRows(read, height),
    tables: read.tables.flatMap(({ facts, range }): TableExtent[] => {
      const parsed = parseRangeAddress(range.address);
      return parsed ? [{ name: facts.name, range: parsed.range, hasHeaderRow: facts.showHeaders }] : [];
    }),
  };
}

/** Rows of the used range that no visible area covers. */
function hiddenRows(read: SheetRead, height: number): number[] {
  if (read.visible === null || read.used.isNullObject) return [];
  const used = parseRangeAddress(read.used.address);
  if (!used) return [];
  const last = Math.min(used.range.bottom, height - 1);
  const seen = new Array<boolean>(Math.max(0, last + 1)).fill(false);
  for (const area of areasOf(read.visible) ?? []) {
    for (let row = Math.max(area.top, used.range.top); row <= Math.min(area.bottom, last); row++)
      seen[row] = true;
  }
  const hidden: number[] = [];
  for (let row = used.range.top; row <= last; row++) if (!seen[row]) hidden.push(row);
  return hidden;
}
