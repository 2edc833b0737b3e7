/**
 * Puts the board summary sheet and the snapshot sheet into an ExcelJS workbook, never over a sheet
 * an officer made: our summary sheet is known by its marker (a hidden cell in row 1 holding
 * `actionplan:board-summary:<date>`), our snapshot sheet by its header row. A sheet of the same name
 * that is not ours is left alone and ours takes the next free name (`APT_Snapshots (2)`).
 */
import type ExcelJS from 'exceljs';
import type { SheetDrawing } from '../core/drawing/types';
import type { CellValue, SheetGrid } from '../core/grid/types';
import * as path from 'path';
import { readPlans } from '../core/plan';
import { ratingContext } from '../core/rag';
import {
  assembleSummaryInput,
  snapshotRowsFor,
  withoutOurSheets,
  SNAPSHOT_HEADER,
  SNAPSHOT_SHEET,
  readSnapshotRows,
  replaceSnapshot,
  snapshotDrawing,
  summaryMarkerDate,
  type SnapshotRow,
} from '../core/summary';
import { paintDrawing } from './paint';
import { loadWorkbook, readFileOrExplain, readWorkbookGridFromBuffer } from './read';
import { ratingColumnOverrides } from './own-columns';
import { writeWorkbookAtomically } from './write';

/** Excel's limit on sheet names. */
const MAX_SHEET_NAME = 31;

export interface SheetRename {
  wanted: string;
  used: string;
}

export interface SummarySheetsResult {
  summarySheet: string;
  snapshotSheet: string;
  /** Names we could not use because an officer's sheet has them. */
  renamed: SheetRename[];
}

function sheetNamed(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const lower = name.toLowerCase();
  return workbook.worksheets.find((sheet) => sheet.name.toLowerCase() === lower);
}

/** `name`, else `name (2)`, `name (3)`...: the first that no sheet has (Excel compares names ignoring case). */
function freeName(workbook: ExcelJS.Workbook, name: string): string {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const candidate = name.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!sheetNamed(workbook, candidate)) return candidate;
  }
}

/** The meeting date of our summary sheet (its marker in row 1), or null for any other sheet. */
function summaryDateOf(sheet: ExcelJS.Worksheet): string | null {
  let date: string | null = null;
  sheet.getRow(1).eachCell({ includeEmpty: false }, (cell) => {
    date ??= summaryMarkerDate(cell.value);
  });
  return date;
}

function isOurSnapshotSheet(sheet: ExcelJS.Worksheet): boolean {
  const header: unknown[] = [];
  sheet.getRow(1).eachCell((cell, col) => {
    header[col - 1] = cell.value;
  });
  return SNAPSHOT_HEADER.every((title, col) => header[col] === title);
}

/** ExcelJS orders sheets by a field its typings do not declare. */
function orderOf(sheet: ExcelJS.Worksheet): number {
  return (sheet as unknown as { orderNo: number }).orderNo;
}

function setOrder(sheet: ExcelJS.Worksheet, orderNo: number): void {
  (sheet as unknown as { orderNo: number }).orderNo = orderNo;
}

/** Gives `sheet` the place `orderNo` held, or puts it before every other sheet. */
function place(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, orderNo: number | null): void {
  if (orderNo !== null) {
    setOrder(sheet, orderNo);
    return;
  }
  const first = Math.min(...workbook.worksheets.filter((other) => other !== sheet).map(orderOf));
  setOrder(sheet, Number.isFinite(first) ? first - 1 : 0);
}

/** Opens the workbook on `sheet`, with no other tab selected (two selected tabs would group them). */
function makeActive(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet): void {
  for (const other of workbook.worksheets) {
    // A loaded sheet without a view has `views` null, whatever ExcelJS's typings say.
    const views: Partial<ExcelJS.WorksheetView>[] = other.views?.length ? other.views : [{}];
    other.views = views.map((view, i) => ({
      ...view,
      tabSelected: i === 0 && other === sheet,
    })) as ExcelJS.WorksheetView[];
  }
  const index = workbook.worksheets.indexOf(sheet);
  const views: Partial<ExcelJS.WorkbookView>[] = workbook.views?.length ? workbook.views : [{}];
  workbook.views = views.map((view, i) =>
    i === 0 ? { ...view, activeTab: index, firstSheet: 0 } : view,
  ) as ExcelJS.WorkbookView[];
}

/** Paints the summary drawing, replacing our sheet for the same meeting and never an officer's sheet. */
export function putSummarySheet(
  workbook: ExcelJS.Workbook,
  drawing: SheetDrawing,
): { name: string; renamed: SheetRename | null } {
  let orderNo: number | null = null;
  const date = summaryMarkerDate(drawing.marker);
  for (const sheet of workbook.worksheets) {
    if (date === null || summaryDateOf(sheet) !== date) continue;
    orderNo = orderOf(sheet);
    workbook.removeWorksheet(sheet.id);
  }
  const name = freeName(workbook, drawing.name);
  const sheet = paintDrawing(workbook, drawing, name);
  place(workbook, sheet, orderNo);
  makeActive(workbook, sheet);
  return { name, renamed: name === drawing.name ? null : { wanted: drawing.name, used: name } };
}

/** Writes the whole snapshot history into our snapshot sheet, replacing the one there. */
export function putSnapshotSheet(
  workbook: ExcelJS.Workbook,
  rows: SnapshotRow[],
): { name: string; renamed: SheetRename | null } {
  const ours = workbook.worksheets.find(isOurSnapshotSheet);
  let orderNo: number | null = null;
  let name: string;
  if (ours) {
    name = ours.name;
    orderNo = orderOf(ours);
    workbook.removeWorksheet(ours.id);
  } else name = freeName(workbook, SNAPSHOT_SHEET);
  const sheet = paintDrawing(workbook, snapshotDrawing(rows), name);
  if (orderNo !== null) setOrder(sheet, orderNo);
  const renamed = ours || name === SNAPSHOT_SHEET ? null : { wanted: SNAPSHOT_SHEET, used: name };
  return { name, renamed };
}

/** Adds both sheets: the summary drawing, and the snapshot history with this meeting's rows replaced. */
export function addSummarySheets(
  workbook: ExcelJS.Workbook,
  drawing: SheetDrawing,
  history: SnapshotRow[],
  meeting: { date: string; rows: SnapshotRow[] },
): SummarySheetsResult {
  const summary = putSummarySheet(workbook, drawing);
  const snapshot = putSnapshotSheet(workbook, replaceSnapshot(history, meeting.date, meeting.rows));
  return {
    summarySheet: summary.name,
    snapshotSheet: snapshot.name,
    renamed: [summary.renamed, snapshot.renamed].filter((rename): rename is SheetRename => rename !== null),
  };
}

/** Our snapshot sheet's values as a grid, for the core reader (which skips damaged rows). */
function snapshotGrid(sheet: ExcelJS.Worksheet): SheetGrid {
  const rows: CellValue[][] = [];
  sheet.eachRow((row, number) => {
    const values: CellValue[] = [];
    for (let col = 1; col <= SNAPSHOT_HEADER.length; col++) {
      const value = row.getCell(col).value;
      if (value instanceof Date) values.push({ type: 'date', iso: value.toISOString().slice(0, 10) });
      else if (typeof value === 'string' || typeof value === 'number') values.push(value);
      else values.push(null);
    }
    rows[number - 1] = values;
  });
  return {
    name: sheet.name,
    hidden: true,
    rows: Array.from(rows, (row) => row ?? []),
    merges: [],
    hiddenRows: [],
    tables: [],
  };
}

export function snapshotHistory(workbook: ExcelJS.Workbook): SnapshotRow[] {
  const sheet = workbook.worksheets.find(isOurSnapshotSheet);
  return sheet ? readSnapshotRows(snapshotGrid(sheet)) : [];
}

/**
 * Saves a snapshot for an earlier meeting into a workbook file in place (sample workbooks and
 * demos, so that direction of travel has something to compare with). Rows of that date are
 * replaced; other dates are kept.
 */
export async function addEarlierSnapshot(
  workbookPath: string,
  date: string,
  rows: Omit<SnapshotRow, 'date'>[],
): Promise<void> {
  const buffer = await readFileOrExplain(workbookPath);
  const { workbook, facts } = await loadWorkbook(buffer, workbookPath);
  const history = snapshotHistory(workbook);
  putSnapshotSheet(
    workbook,
    replaceSnapshot(
      history,
      date,
      rows.map((row) => ({ ...row, date })),
    ),
  );
  await writeWorkbookAtomically(workbook, facts, workbookPath);
}

/**
 * Saves, as the snapshot of an earlier meeting, the ratings the workbook's plans had as of `date`
 * (with the next meeting `nextMeeting`, default four weeks on): what a summary built that day would
 * have saved. For sample workbooks and demos.
 */
export async function addSnapshotAsOf(
  workbookPath: string,
  date: string,
  nextMeeting?: string,
): Promise<number> {
  const grid = await readWorkbookGridFromBuffer(await readFileOrExplain(workbookPath), workbookPath);
  const { plans } = readPlans(withoutOurSheets(grid), { overrides: ratingColumnOverrides(grid) });
  const file = path.basename(workbookPath);
  const input = assembleSummaryInput(
    [{ name: file, file, plans }],
    ratingContext({ asOf: date, nextMeeting }),
    {
      board: '',
      generatedAt: date,
      previous: [],
    },
  );
  const rows = snapshotRowsFor(input).map(({ date: _date, ...row }) => row);
  await addEarlierSnapshot(workbookPath, date, rows);
  return rows.length;
}
