/**
 * Puts the board summary sheet and the snapshot sheet into a copy of a workbook, never over a sheet
 * an officer made: our summary sheet is known by its marker (a hidden cell in row 1 holding
 * `actionplan:board-summary:<date>`), our snapshot sheet by its header row. A sheet of the same name
 * that is not ours is left alone and ours takes the next free name (`APT_Snapshots (2)`).
 *
 * The copy is the original package with our parts spliced in (see package-writer.ts): every part of
 * the officer's comes through as it was, including what ExcelJS cannot read or write.
 */
import type ExcelJS from 'exceljs';
import type { SheetDrawing } from '../core/drawing/types';
import type { SheetGrid, WorkbookGrid } from '../core/grid/types';
import * as path from 'path';
import { readPlans } from '../core/plan';
import { ratingContext } from '../core/rag';
import {
  assembleSummaryInput,
  isSnapshotSheet,
  snapshotHistoryOf,
  snapshotRowsFor,
  summarySheetDate,
  withoutOurSheets,
  SNAPSHOT_SHEET,
  readSnapshotRows,
  replaceSnapshot,
  snapshotDrawing,
  summaryMarkerDate,
  type SnapshotRow,
} from '../core/summary';
import { workbookMessages as msg } from '../core/i18n/en/workbook';
import { svgToPngAsync } from './chart-image';
import { WorkbookReadError } from './errors';
import { WorkbookPackage } from './package-writer';
import { readFileOrExplain, readWorkbookGridFromBuffer } from './read';
import { ratingColumnOverrides } from './own-columns';
import { picturesXml, worksheetXml } from './sheet-xml';
import { writeFileAtomically } from './write';

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

/** `name`, else `name (2)`, `name (3)`...: the first that no sheet has (Excel compares names ignoring case). */
function freeName(taken: string[], name: string): string {
  const lower = new Set(taken.map((sheet) => sheet.toLowerCase()));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const candidate = name.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

/** Adds the drawing as a sheet at `position`; its pictures are drawn while its XML is written. */
async function addDrawnSheet(
  pkg: WorkbookPackage,
  drawing: SheetDrawing,
  name: string,
  position: number,
  selected: boolean,
): Promise<void> {
  const pictures = Promise.all(
    drawing.images.map((image) => svgToPngAsync(image.svg, image.widthPx, image.heightPx)),
  );
  const styleIndex = await pkg.appendStyles(drawing.styles);
  await pkg.addSheet({
    name,
    state: drawing.visibility,
    position,
    pictureCount: drawing.images.length,
    pictures,
    xml: (drawingRelId) => worksheetXml(drawing, { styleIndex, drawingRelId, selected }),
    picturesXml: (relIds) => picturesXml(drawing.images.map((image, i) => ({ image, relId: relIds[i] }))),
  });
  if (drawing.print?.titleRows) pkg.setPrintTitles(name, drawing.print.titleRows);
}

/**
 * Puts the summary drawing first (or where our summary for the same meeting was, which it
 * replaces) and opens the workbook on it; never replaces an officer's sheet.
 */
export async function putSummarySheet(
  pkg: WorkbookPackage,
  grid: WorkbookGrid,
  drawing: SheetDrawing,
): Promise<{ name: string; renamed: SheetRename | null }> {
  const date = summaryMarkerDate(drawing.marker);
  let position = 0;
  const replaced = grid.sheets.filter((sheet) => date !== null && summarySheetDate(sheet) === date);
  for (const [i, sheet] of replaced.entries()) {
    const at = pkg.removeSheet(sheet.name);
    if (i === 0 && at >= 0) position = at;
  }
  const name = freeName(pkg.sheetNames(), drawing.name);
  await addDrawnSheet(pkg, drawing, name, position, true);
  pkg.selectSheet(name);
  return { name, renamed: name === drawing.name ? null : { wanted: drawing.name, used: name } };
}

/** Writes the whole snapshot history into our snapshot sheet (found by its header), replacing it. */
export async function putSnapshotSheet(
  pkg: WorkbookPackage,
  grid: WorkbookGrid,
  rows: SnapshotRow[],
): Promise<{ name: string; renamed: SheetRename | null }> {
  const ours = grid.sheets.find(isSnapshotSheet);
  const at = ours ? pkg.removeSheet(ours.name) : -1;
  const name = ours && at >= 0 ? ours.name : freeName(pkg.sheetNames(), SNAPSHOT_SHEET);
  const position = at >= 0 ? at : pkg.sheetNames().length;
  await addDrawnSheet(pkg, snapshotDrawing(rows, name), name, position, false);
  const renamed = at >= 0 || name === SNAPSHOT_SHEET ? null : { wanted: SNAPSHOT_SHEET, used: name };
  return { name, renamed };
}

/**
 * Writes a copy of the workbook `source` to `outPath` with both our sheets: the summary drawing,
 * and the snapshot history with this meeting's rows replaced. `grid` is the workbook's grid, which
 * tells our sheets from the officer's. Every part of the officer's is copied as it was.
 */
export async function writeSummaryCopy(
  source: { buffer: Buffer; grid: WorkbookGrid },
  drawing: SheetDrawing,
  history: SnapshotRow[],
  meeting: { date: string; rows: SnapshotRow[] },
  outPath: string,
): Promise<SummarySheetsResult> {
  const pkg = await openPackage(source.buffer, source.grid.source);
  const summary = await putSummarySheet(pkg, source.grid, drawing);
  const snapshot = await putSnapshotSheet(
    pkg,
    source.grid,
    replaceSnapshot(history, meeting.date, meeting.rows),
  );
  await writeFileAtomically(await pkg.toBuffer(), outPath);
  return {
    summarySheet: summary.name,
    snapshotSheet: snapshot.name,
    renamed: [summary.renamed, snapshot.renamed].filter((rename): rename is SheetRename => rename !== null),
  };
}

async function openPackage(buffer: Buffer, sourceName: string): Promise<WorkbookPackage> {
  try {
    return await WorkbookPackage.open(buffer);
  } catch {
    throw new WorkbookReadError('damaged', sourceName, msg.damaged(sourceName));
  }
}

/** An ExcelJS sheet's values as a grid, for the core snapshot reader (which skips damaged rows). */
function valuesGrid(sheet: ExcelJS.Worksheet, maxRows = Infinity): SheetGrid {
  const rows: SheetGrid['rows'] = [];
  sheet.eachRow((row, number) => {
    if (number > maxRows) return;
    const values: SheetGrid['rows'][number] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const value = cell.value;
      if (value instanceof Date) values[col - 1] = { type: 'date', iso: value.toISOString().slice(0, 10) };
      else if (typeof value === 'string' || typeof value === 'number') values[col - 1] = value;
    });
    rows[number - 1] = Array.from(values, (value) => value ?? null);
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

/** The snapshot history of a workbook opened with ExcelJS. */
export function snapshotHistory(workbook: ExcelJS.Workbook): SnapshotRow[] {
  // The header row tells our sheet; only that sheet is read whole.
  const sheet = workbook.worksheets.find((candidate) => isSnapshotSheet(valuesGrid(candidate, 1)));
  return sheet ? readSnapshotRows(valuesGrid(sheet)) : [];
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
  const grid = await readWorkbookGridFromBuffer(buffer, workbookPath);
  const pkg = await openPackage(buffer, workbookPath);
  const dated = rows.map((row) => ({ ...row, date }));
  await putSnapshotSheet(pkg, grid, replaceSnapshot(snapshotHistoryOf(grid), date, dated));
  await writeFileAtomically(await pkg.toBuffer(), workbookPath);
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
