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
import { officePlatform, officeSupports, type Platform, type Supports } from './requirements';
import { withSheetSwap, type SheetSwap } from './sheet-swap';

export interface SnapshotOptions {
  supports?: Supports;
  /** Where Excel runs: how large a request may be. Asked of Office when absent. */
  platform?: Platform;
  batch?: WriteBatch;
  grid?: ExcelWorkbookGrid;
  /** The swap of our sheets this write is part of; without one, the write is its own. */
  swap?: SheetSwap;
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
 * included), whatever it is called; a sheet named `APT_Snapshots` without it is an officer's. The
 * whole history is written to a new sheet that replaces ours in the last request, so a failure
 * never leaves a history half written.
 */
export async function writeSnapshotSheet(
  context: Excel.RequestContext,
  date: string,
  rows: SnapshotRow[],
  options: SnapshotOptions = {},
): Promise<SnapshotResult> {
  const supports = options.supports ?? officeSupports;
  const grid = options.grid ?? (await readWorkbookGridFromExcel(context, { supports }));
  const batch = options.batch ?? WriteBatch.for(context, options.platform ?? officePlatform());
  const write = async (swap: SheetSwap): Promise<SnapshotResult> => {
    const ours = grid.sheets.find((sheet) => isSnapshotSheet(sheet) && !swap.isReplaced(sheet.name));
    const saved = replaceSnapshot(ours ? readSnapshotRows(ours) : [], date, rows);
    const { sheet, name } = await swap.stage(batch, {
      wanted: ours?.name ?? SNAPSHOT_SHEET,
      replaces: ours ? [ours.name] : [],
      place: 'end',
      visibility: 'VeryHidden',
      activate: false,
    });
    const notes = await paintOnto(batch, sheet, snapshotDrawing(saved, name), supports);
    const renamed = ours || name === SNAPSHOT_SHEET ? null : { wanted: SNAPSHOT_SHEET, used: name };
    return { sheet: name, renamed, rows: saved, notes };
  };
  return options.swap ? write(options.swap) : withSheetSwap(context, grid.facts, batch, write);
}
