/**
 * The snapshot sheet (`APT_Snapshots`, very hidden): every action's ratings per meeting date, so
 * the next summary can show direction of travel. Rebuilding for a date replaces that date's rows
 * and nothing else; the merge is core's, this only reads and writes the sheet.
 */
import {
  SNAPSHOT_SHEET,
  isSnapshotSheet,
  readSnapshotRows,
  replaceSnapshot,
  snapshotDrawing,
  type SnapshotRow,
} from '../core/summary';
import { WriteBatch } from './batch';
import type { ExcelNote } from './notes';
import { paintOnto } from './paint';
import { readWorkbookGridFromExcel, type ExcelWorkbookGrid } from './read';
import { officeSupports, type Supports } from './requirements';
import { SheetNames } from './sheets';

export interface SnapshotOptions {
  supports?: Supports;
  batch?: WriteBatch;
  grid?: ExcelWorkbookGrid;
  names?: SheetNames;
}

export interface SnapshotResult {
  sheet: string;
  /** Set when an officer's sheet already had our name, so ours took the next free one. */
  renamed: { wanted: string; used: string } | null;
  /** Every row now saved, all dates. */
  rows: SnapshotRow[];
  notes: ExcelNote[];
}

/**
 * Saves `rows` as the snapshot for meeting `date`. Our sheet is known by its header row (marker
 * included), whatever it is called; a sheet named `APT_Snapshots` without it is an officer's.
 */
export async function writeSnapshotSheet(
  context: Excel.RequestContext,
  date: string,
  rows: SnapshotRow[],
  options: SnapshotOptions = {},
): Promise<SnapshotResult> {
  const supports = options.supports ?? officeSupports;
  const grid = options.grid ?? (await readWorkbookGridFromExcel(context, { supports }));
  const names = options.names ?? new SheetNames(grid.sheets.map((sheet) => sheet.name));
  const batch = options.batch ?? new WriteBatch(context);
  const ours = grid.sheets.find(isSnapshotSheet);
  const saved = replaceSnapshot(ours ? readSnapshotRows(ours) : [], date, rows);

  await batch.reserve();
  let name: string;
  let sheet: Excel.Worksheet;
  if (ours) {
    name = ours.name;
    sheet = context.workbook.worksheets.getItem(name);
    sheet.getRange().clear();
  } else {
    name = names.free(SNAPSHOT_SHEET);
    names.add(name);
    sheet = context.workbook.worksheets.add(name);
  }
  const notes = await paintOnto(batch, sheet, snapshotDrawing(saved, name), supports);
  if (!options.batch) await batch.flush();
  const renamed = ours || name === SNAPSHOT_SHEET ? null : { wanted: SNAPSHOT_SHEET, used: name };
  return { sheet: name, renamed, rows: saved, notes };
}
