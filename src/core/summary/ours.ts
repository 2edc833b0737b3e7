/** Our own sheets in a workbook (summaries and snapshots): never plans, and never an officer's. */
import type { SheetGrid, WorkbookGrid } from '../grid/types';
import { summarySheetDate } from './marker';
import { isSnapshotSheet, readSnapshotRows, type SnapshotProblem } from './snapshot';
import type { SnapshotRow } from './types';

export function isOurSheet(sheet: SheetGrid): boolean {
  return summarySheetDate(sheet) !== null || isSnapshotSheet(sheet);
}

/** The workbook without our sheets, for the plan reader: a summary's tables must not read as a plan. */
export function withoutOurSheets(grid: WorkbookGrid): WorkbookGrid {
  return { ...grid, sheets: grid.sheets.filter((sheet) => !isOurSheet(sheet)) };
}

/** Every snapshot row saved in the workbook (our snapshot sheet, whatever it had to be called). */
export function snapshotHistoryOf(
  grid: WorkbookGrid,
  onProblem?: (problem: SnapshotProblem) => void,
): SnapshotRow[] {
  const sheet = grid.sheets.find(isSnapshotSheet);
  return sheet ? readSnapshotRows(sheet, onProblem) : [];
}
