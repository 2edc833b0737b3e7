/**
 * Puts each plan's computed ratings beside it in the open workbook: a `Computed RAG` column and a
 * `Reason` column, never over the officer's own cells, coloured by conditional formats that follow
 * the rating words, so the colours stay right when an officer edits a word and without the add-in.
 */
import type { CellValue, SheetGrid } from '../core/grid/types';
import type { ComputedRating, Plan } from '../core/plan/types';
import type { RatedAction } from '../core/rag';
import { workbookMessages } from '../core/i18n/en/workbook';
import { RATING_LOOK } from '../core/summary/look';
import { block, rangeA1 } from './addresses';
import { SMALL_OPERATION_BYTES, WriteBatch, filled, writeBlock } from './batch';
import { excelNote, type ExcelNote } from './notes';
import { readWorkbookGridFromExcel, type ExcelWorkbookGrid } from './read';
import { API, officePlatform, officeSupports, type Platform, type Supports } from './requirements';
import { columnWidthPoints } from './sizes';

const HEADER = workbookMessages.computedRagHeader;
const REASON_HEADER = workbookMessages.reasonHeader;
const RATING_WIDTH = 12;
const REASON_WIDTH = 50;

/** The order rules are added in; no rating word contains another, so the order changes nothing. */
const RULE_ORDER: ComputedRating[] = ['red', 'amber', 'yellow', 'green', 'complete', 'not-rated'];

export interface WriteOptions {
  supports?: Supports;
  /** Where Excel runs: how large a request may be. Asked of Office when absent. */
  platform?: Platform;
  /** The workbook as just read: saves a round trip. Read afresh when absent. */
  grid?: ExcelWorkbookGrid;
  /** A batch shared with other writes, flushed by the caller; else the function syncs its own. */
  batch?: WriteBatch;
  /**
   * Filled with each block of columns before it is written, so that a caller whose batch fails can
   * put them back (`restoreRatingColumns`). Without a batch of the caller's, this function does so itself.
   */
  written?: RatingBlock[];
}

/** The cells one plan's rating columns cover, and whether an earlier run's columns were there. */
export interface RatingBlock {
  sheet: string;
  top: number;
  bottom: number;
  column: number;
  /** The first row of ratings (below the header rows). */
  firstDataRow: number;
  replaced: boolean;
}

/** Where one plan's rating columns went (0-based sheet column of `Computed RAG`). */
export interface RatingColumnsPlacement {
  sheet: string;
  table: string | null;
  column: number;
  /** True when an earlier run's columns were found and replaced. */
  replaced: boolean;
}

export interface RatingColumnsResult {
  placements: RatingColumnsPlacement[];
  notes: ExcelNote[];
}

/** A block of columns a plan's ratings occupy, so two plans on one sheet never share columns. */
interface Claim {
  sheet: string;
  top: number;
  bottom: number;
  column: number;
}

/**
 * Writes `Computed RAG` and `Reason` beside each plan; `ratings[i]` belongs to `plans[i]`. Each
 * pair goes in the first two columns right of everything on the plan's rows, or where an earlier
 * run put them (found by their header text). Every cell written is formatted as text first, so a
 * reason can never turn into a formula or a date.
 */
export async function writeRatingColumns(
  context: Excel.RequestContext,
  plans: Plan[],
  ratings: RatedAction[][],
  options: WriteOptions = {},
): Promise<RatingColumnsResult> {
  const supports = options.supports ?? officeSupports;
  const platform = options.platform ?? officePlatform();
  const grid = options.grid ?? (await readWorkbookGridFromExcel(context, { supports }));
  const batch = options.batch ?? WriteBatch.for(context, platform);
  const written = options.written ?? [];
  const placements: RatingColumnsPlacement[] = [];
  const claims: Claim[] = [];
  try {
    for (const [index, plan] of plans.entries()) {
      const sheetGrid = grid.sheets.find((sheet) => sheet.name === plan.sheet);
      if (!sheetGrid) continue;
      const placement = placeColumns(sheetGrid, plan, ratings[index] ?? [], claims);
      written.push({
        sheet: plan.sheet,
        top: placement.top,
        bottom: placement.bottom,
        column: placement.column,
        firstDataRow: plan.headerRows[1] + 1,
        replaced: placement.replaced,
      });
      await writePlanColumns(batch, context, plan, ratings[index] ?? [], placement, supports);
      placements.push({
        sheet: plan.sheet,
        table: plan.table,
        column: placement.column,
        replaced: placement.replaced,
      });
    }
    await sizeNewColumns(batch, context, written);
    if (!options.batch) await batch.flush();
  } catch (error) {
    if (!options.batch && batch.started)
      await restoreRatingColumns(context, grid, written, { supports, platform });
    throw error;
  }
  const notes = supports(API.conditionalFormats)
    ? []
    : [excelNote('conditional-formats-unsupported', (m) => m.conditionalFormatsUnsupported)];
  return { placements, notes };
}

/**
 * Puts back what the blocks held before a failed write: the values and number formats as read,
 * and the rating colours as they were (ours on columns we had written before, none on new ones).
 * Best effort: a failure here is not reported, the write's own failure is. Bold headers and
 * wrapping are left, as they do not show on empty cells; so are the widths of new columns, which
 * are set last for that reason.
 */
export async function restoreRatingColumns(
  context: Excel.RequestContext,
  grid: ExcelWorkbookGrid,
  blocks: RatingBlock[],
  options: { supports?: Supports; platform?: Platform } = {},
): Promise<void> {
  if (blocks.length === 0 || !grid.originalCells) return;
  const supports = options.supports ?? officeSupports;
  const batch = WriteBatch.for(context, options.platform ?? officePlatform());
  try {
    for (const area of blocks) {
      const sheet = context.workbook.worksheets.getItem(area.sheet);
      const range = { top: area.top, bottom: area.bottom, left: area.column, right: area.column + 1 };
      const original = grid.originalCells(area.sheet, range);
      await writeBlock(batch, sheet, area.top, area.column, original.values, original.numberFormats);
      if (supports(API.conditionalFormats) && area.bottom >= area.firstDataRow) {
        await batch.reserve(SMALL_OPERATION_BYTES * 20);
        const ratingCells = sheet.getRange(
          rangeA1(block(area.firstDataRow, area.column, area.bottom - area.firstDataRow + 1, 1)),
        );
        if (area.replaced) addRatingColours(ratingCells, true);
        else ratingCells.conditionalFormats.clearAll();
      }
    }
    await batch.flush();
  } catch {
    // Nothing more can be done from here; the officer sees the first failure.
  }
}

interface Placement {
  column: number;
  replaced: boolean;
  top: number;
  bottom: number;
}

function placeColumns(sheet: SheetGrid, plan: Plan, ratings: RatedAction[], claims: Claim[]): Placement {
  const [headerTop, headerBottom] = plan.headerRows;
  const bottom = Math.max(
    headerBottom,
    ...plan.actions.map((a) => a.row),
    ...ratings.map(({ action }) => action.row),
  );
  const taken = (column: number) =>
    claims.some(
      (claim) =>
        claim.sheet === plan.sheet &&
        claim.top <= bottom &&
        headerTop <= claim.bottom &&
        column <= claim.column + 1 &&
        claim.column <= column + 1,
    );
  const existing = ourColumns(sheet, headerTop, headerBottom, plan).find((column) => !taken(column));
  let column = existing ?? firstFreeColumn(sheet, headerTop, bottom);
  while (existing === undefined && taken(column)) column += 1;
  claims.push({ sheet: plan.sheet, top: headerTop, bottom, column });
  return { column, replaced: existing !== undefined, top: headerTop, bottom };
}

function isText(value: CellValue | undefined, text: string): boolean {
  return typeof value === 'string' && value.trim() === text;
}

/** Columns where an earlier run wrote `Computed RAG` then `Reason` on the plan's header rows, right of the plan. */
function ourColumns(sheet: SheetGrid, headerTop: number, headerBottom: number, plan: Plan): number[] {
  // Columns the reader gave no role (our own among them, through the overrides) do not count.
  const planRight = Math.max(
    -1,
    ...plan.columns.filter((column) => column.role !== null).map((column) => column.index),
  );
  const found: number[] = [];
  for (let r = headerTop; r <= headerBottom; r++) {
    const row = sheet.rows[r] ?? [];
    row.forEach((value, col) => {
      if (col > planRight && isText(value, HEADER) && isText(row[col + 1], REASON_HEADER)) found.push(col);
    });
  }
  return found;
}

/** One past the last column holding a value, or part of a merge, on rows `top`..`bottom`. */
function firstFreeColumn(sheet: SheetGrid, top: number, bottom: number): number {
  let last = -1;
  for (let r = top; r <= bottom; r++) {
    const row = sheet.rows[r] ?? [];
    for (let c = row.length - 1; c > last; c--) {
      if (row[c] !== null) {
        last = c;
        break;
      }
    }
  }
  for (const merge of sheet.merges) {
    if (merge.top <= bottom && top <= merge.bottom) last = Math.max(last, merge.right);
  }
  return last + 1;
}

async function writePlanColumns(
  batch: WriteBatch,
  context: Excel.RequestContext,
  plan: Plan,
  ratings: RatedAction[],
  placement: Placement,
  supports: Supports,
): Promise<void> {
  const { column, top, bottom } = placement;
  const sheet = context.workbook.worksheets.getItem(plan.sheet);
  // The whole block, blanks included: on a re-run this also clears ratings of removed actions.
  const values: string[][] = filled(bottom - top + 1, 2, '');
  values[0] = [HEADER, REASON_HEADER];
  for (const { action, result } of ratings) {
    values[action.row - top] = [workbookMessages.ratingWords[result.rating], result.reason];
  }
  await writeBlock(batch, sheet, top, column, values, filled(values.length, 2, '@'));

  await batch.reserve(SMALL_OPERATION_BYTES * 20);
  const headers = sheet.getRange(rangeA1(block(top, column, 1, 2)));
  headers.format.font.bold = true;
  const [, headerBottom] = plan.headerRows;
  if (bottom <= headerBottom) return;
  const dataRows = bottom - headerBottom;
  const reasons = sheet.getRange(rangeA1(block(headerBottom + 1, column + 1, dataRows, 1)));
  reasons.format.wrapText = true;
  reasons.format.verticalAlignment = 'Top';
  if (supports(API.conditionalFormats)) {
    addRatingColours(
      sheet.getRange(rangeA1(block(headerBottom + 1, column, dataRows, 1))),
      placement.replaced,
    );
  }
}

/**
 * Widths of the columns written for the first time, after every other write: they cannot be put
 * back after a failure (their old width is not read), and coming last, nothing can fail after them.
 */
async function sizeNewColumns(
  batch: WriteBatch,
  context: Excel.RequestContext,
  blocks: RatingBlock[],
): Promise<void> {
  for (const { sheet: name, top, column, replaced } of blocks) {
    // Sized once; an officer who resizes our columns keeps the size on a re-run.
    if (replaced) continue;
    await batch.reserve(SMALL_OPERATION_BYTES * 4);
    const sheet = context.workbook.worksheets.getItem(name);
    sheet.getRange(rangeA1(block(top, column, 1, 1))).format.columnWidth = columnWidthPoints(RATING_WIDTH);
    sheet.getRange(rangeA1(block(top, column + 1, 1, 1))).format.columnWidth =
      columnWidthPoints(REASON_WIDTH);
  }
}

/** One rule per rating word: the fill and text colours the summary sheet uses. */
function addRatingColours(ratingCells: Excel.Range, replacing: boolean): void {
  // Fresh columns may lie under an officer's whole-column rules; only our own earlier rules are cleared.
  if (replacing) ratingCells.conditionalFormats.clearAll();
  for (const rating of RULE_ORDER) {
    const look = RATING_LOOK[rating];
    const rule = ratingCells.conditionalFormats.add('ContainsText');
    rule.textComparison.format.fill.color = `#${look.fill}`;
    rule.textComparison.format.font.color = `#${look.text}`;
    rule.textComparison.rule = { operator: 'Contains', text: workbookMessages.ratingWords[rating] };
  }
}
