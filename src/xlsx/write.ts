import { promises as fs } from 'fs';
import * as path from 'path';
import { randomBytes } from 'crypto';
import type ExcelJS from 'exceljs';
import type { Action, ComputedRating, Plan } from '../core/plan/types';
import type { ComputedResult } from '../core/rag/types';
import { workbookMessages as msg } from '../core/i18n/en/workbook';
import { WorkbookWriteError } from './errors';
import { loadWorkbook, readFileOrExplain } from './read';
import type { PackageFacts } from './package-parts';

/** One plan's computed ratings, as the rule engine gives them. */
export type PlanRatings = { action: Action; result: ComputedResult }[];

const HEADER = msg.computedRagHeader;
const REASON_HEADER = msg.reasonHeader;

/** Light fills, so the words stay readable in print; the words carry the meaning. */
const RATING_FILLS: Record<ComputedRating, string> = {
  red: 'FFFFC7CE',
  amber: 'FFFFE0B2',
  green: 'FFC6EFCE',
  yellow: 'FFFFF9C4',
  complete: 'FFDDEBF7',
  'not-rated': 'FFEDEDED',
};

/**
 * Writes a copy of `sourcePath` to `outPath` with `Computed RAG` and `Reason` columns beside each
 * plan. `ratings[i]` belongs to `plans[i]`. The input file is only read; the output appears whole or
 * not at all.
 */
export async function writeRatingColumns(
  sourcePath: string,
  outPath: string,
  plans: Plan[],
  ratings: PlanRatings[],
): Promise<void> {
  await refuseToOverwriteInput(sourcePath, outPath);
  const buffer = await readFileOrExplain(sourcePath);
  const { workbook, facts } = await loadWorkbook(buffer, sourcePath);
  plans.forEach((plan, i) => addRatingColumns(workbook, plan, ratings[i] ?? []));
  await writeWorkbookAtomically(workbook, facts, outPath);
}

/**
 * Adds (or, on a workbook we wrote before, replaces) one plan's two rating columns. Only cells in
 * those two columns are touched, on the header row and on the actions' rows.
 */
export function addRatingColumns(workbook: ExcelJS.Workbook, plan: Plan, ratings: PlanRatings): void {
  const sheet = workbook.getWorksheet(plan.sheet);
  if (!sheet) return;
  const [headerTop, headerBottom] = plan.headerRows;
  const actionRows = ratings.map(({ action }) => action.row);
  const lastRow = Math.max(headerBottom, ...plan.actions.map((a) => a.row), ...actionRows);
  const existing = findRatingColumns(sheet, headerTop, headerBottom);
  const col = existing ?? firstFreeColumn(sheet, [headerTop, headerBottom, ...actionRows]);
  if (existing !== null) clearColumns(sheet, col, headerBottom + 1, lastRow);

  writeHeader(sheet.getCell(headerTop + 1, col + 1), HEADER);
  writeHeader(sheet.getCell(headerTop + 1, col + 2), REASON_HEADER);
  for (const { action, result } of ratings) {
    const ratingCell = sheet.getCell(action.row + 1, col + 1);
    ratingCell.value = msg.ratingWords[result.rating];
    ratingCell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: RATING_FILLS[result.rating] } };
    const reasonCell = sheet.getCell(action.row + 1, col + 2);
    // A plain string is always stored as text by ExcelJS, so a reason that starts with `=` or `+`
    // can never become a formula.
    reasonCell.value = result.reason;
    reasonCell.alignment = { wrapText: true, vertical: 'top' };
  }
  widen(sheet.getColumn(col + 1), 12);
  widen(sheet.getColumn(col + 2), 50);
}

function writeHeader(cell: ExcelJS.Cell, text: string): void {
  cell.value = text;
  cell.font = { ...(cell.font ?? {}), bold: true };
}

function widen(column: ExcelJS.Column, width: number): void {
  if (!column.width || column.width < width) column.width = width;
}

/** The 0-based column of our own `Computed RAG` header followed by `Reason`, if a header row has it. */
function findRatingColumns(sheet: ExcelJS.Worksheet, headerTop: number, headerBottom: number): number | null {
  for (let r = headerTop; r <= headerBottom; r++) {
    let found: number | null = null;
    sheet.getRow(r + 1).eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (
        found === null &&
        textOf(cell) === HEADER &&
        textOf(sheet.getCell(r + 1, colNumber + 1)) === REASON_HEADER
      ) {
        found = colNumber - 1;
      }
    });
    if (found !== null) return found;
  }
  return null;
}

function textOf(cell: ExcelJS.Cell): string {
  return typeof cell.value === 'string' ? cell.value.trim() : '';
}

/** One past the last column holding anything (a value or part of a merge) on any of `rows`. */
function firstFreeColumn(sheet: ExcelJS.Worksheet, rows: number[]): number {
  let last = -1;
  for (const r of new Set(rows)) {
    sheet.getRow(r + 1).eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.value !== null && cell.value !== '') last = Math.max(last, colNumber - 1);
    });
  }
  return last + 1;
}

function clearColumns(sheet: ExcelJS.Worksheet, col: number, fromRow: number, toRow: number): void {
  for (let r = fromRow; r <= toRow; r++) {
    for (const c of [col, col + 1]) sheet.getCell(r + 1, c + 1).value = null;
  }
}

/** Refuses `--out` naming the input file, by path or (when it exists) by identity. */
export async function refuseToOverwriteInput(sourcePath: string, outPath: string): Promise<void> {
  const refuse = () => {
    throw new WorkbookWriteError('same-as-input', outPath, msg.sameAsInput(outPath));
  };
  if (path.resolve(sourcePath) === path.resolve(outPath)) refuse();
  const [source, out] = await Promise.all([statOrNull(sourcePath), statOrNull(outPath)]);
  if (source && out && source.dev === out.dev && source.ino === out.ino) refuse();
}

async function statOrNull(file: string) {
  try {
    return await fs.stat(file);
  } catch {
    return null;
  }
}

/** Writes the workbook through ExcelJS, atomically (see writeFileAtomically). */
export async function writeWorkbookAtomically(
  workbook: ExcelJS.Workbook,
  facts: PackageFacts,
  outPath: string,
): Promise<void> {
  repairLoadedTables(workbook, facts);
  let data: Buffer;
  try {
    data = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  } catch (error) {
    throw new WorkbookWriteError('write-failed', outPath, msg.cannotWrite(outPath, (error as Error).message));
  }
  await writeFileAtomically(data, outPath);
}

/**
 * Writes to a temporary file beside `outPath`, then renames it into place, so a failed run never
 * leaves a half-written workbook under the name the user asked for.
 */
export async function writeFileAtomically(data: Buffer, outPath: string): Promise<void> {
  const dir = path.dirname(path.resolve(outPath));
  const temp = path.join(
    dir,
    `.${path.basename(outPath)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    await fs.writeFile(temp, data);
    await fs.rename(temp, outPath);
  } catch (error) {
    // Where the folder itself is not usable (ENOTDIR) there is no temporary file to remove either.
    await fs.rm(temp, { force: true }).catch(() => undefined);
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new WorkbookWriteError('write-failed', outPath, msg.cannotWrite(outPath, reason));
  }
}

interface LoadedTable {
  model: {
    name: string;
    headerRow?: boolean;
    autoFilterRef?: string;
    columns?: { filterButton?: boolean }[];
  };
}

/**
 * Undoes two ExcelJS 4.4 misreadings of tables saved by Excel before they are written back:
 * without this a table would lose its header row and its filter buttons.
 */
function repairLoadedTables(workbook: ExcelJS.Workbook, facts: PackageFacts): void {
  for (const sheet of workbook.worksheets) {
    for (const table of sheet.getTables() as unknown as LoadedTable[]) {
      const { model } = table;
      model.headerRow = facts.tableHeaderRows.get(model.name) ?? model.headerRow ?? true;
      for (const column of model.columns ?? []) {
        if (column.filterButton === undefined) column.filterButton = Boolean(model.autoFilterRef);
      }
    }
  }
}
