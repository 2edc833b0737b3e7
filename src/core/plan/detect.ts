/**
 * Where a plan is (plans.md, "Where a plan is"): Excel tables first, else a header row in the
 * first 30 rows of a sheet; a sheet or table named by the user overrides detection.
 */
import { cellAddress } from '../grid/address';
import type { SheetGrid, TableExtent, WorkbookGrid } from '../grid/types';
import { planMessages as cy } from '../i18n/cy/plan';
import { planMessages as en } from '../i18n/en/plan';
import { cellText } from './cells';
import { normaliseHeader, roleForHeader } from './headers';
import { indexMerges, type MergeIndex } from './merges';
import type { ColumnRole, PlanColumn, ReadProblem, RoleOverride } from './types';

export const HEADER_SEARCH_ROWS = 30;
/** A longer cell is a sentence, not a header, whatever words it holds. */
const MAX_HEADER_LENGTH = 120;
/** Sub-header cells (`Lead Person`, `Start`, `Finish`) are short. */
const MAX_SUB_HEADER_LENGTH = 60;

export interface PlanRegion {
  sheet: SheetGrid;
  table: string | null;
  headerTop: number;
  headerBottom: number;
  left: number;
  right: number;
  /** Last row of the plan, inclusive. */
  bottom: number;
  /** One per sheet column from `left` to `right`. */
  columns: PlanColumn[];
  merges: MergeIndex;
  /** Normalised header texts by column (upper and lower rows), to spot repeated header rows. */
  headerTexts: Map<number, string[]>;
}

export interface DetectOptions {
  sheet?: string;
  table?: string;
  overrides?: RoleOverride[];
}

export interface Detection {
  regions: PlanRegion[];
  problems: ReadProblem[];
}

type Overrides = Map<number, ColumnRole | null>;

export function detectPlans(workbook: WorkbookGrid, options: DetectOptions = {}): Detection {
  const source = workbook.source;
  const sheets =
    options.sheet === undefined ? workbook.sheets : workbook.sheets.filter((s) => s.name === options.sheet);
  if (options.sheet !== undefined && sheets.length === 0) {
    const names = workbook.sheets.map((s) => s.name);
    return fail(
      'no-sheet',
      options.sheet,
      null,
      en.noSheet(source, options.sheet, names),
      cy.noSheet(source, options.sheet, names),
    );
  }
  if (options.table !== undefined)
    return detectNamedTable(workbook, sheets, options.table, options.overrides ?? []);

  const regions: PlanRegion[] = [];
  for (const sheet of sheets) regions.push(...detectOnSheet(sheet, options.overrides ?? []));
  if (regions.length > 0) return { regions, problems: [] };
  if (options.sheet !== undefined) {
    return fail(
      'no-plan-on-sheet',
      options.sheet,
      null,
      en.noPlanOnSheet(source, options.sheet),
      cy.noPlanOnSheet(source, options.sheet),
    );
  }
  return fail('no-plan', null, null, en.noPlan(source), cy.noPlan(source));
}

function fail(
  kind: ReadProblem['kind'],
  sheet: string | null,
  table: string | null,
  message: string,
  messageCy: string,
): Detection {
  return { regions: [], problems: [{ kind, sheet, table, message, messageCy }] };
}

function detectNamedTable(
  workbook: WorkbookGrid,
  sheets: SheetGrid[],
  name: string,
  overrides: RoleOverride[],
): Detection {
  const wanted = name.toLowerCase();
  for (const sheet of sheets) {
    const table = (sheet.tables ?? []).find((t) => t.name.toLowerCase() === wanted);
    if (!table) continue;
    const region = tableRegion(sheet, table, overridesFor(overrides, sheet.name, table.name));
    if (region && region.columns.some((c) => c.role === 'action')) return { regions: [region], problems: [] };
    return fail(
      'no-action-column',
      sheet.name,
      table.name,
      en.noActionColumn(workbook.source, table.name),
      cy.noActionColumn(workbook.source, table.name),
    );
  }
  const names = sheets.flatMap((s) => (s.tables ?? []).map((t) => t.name));
  return fail(
    'no-table',
    null,
    name,
    en.noTable(workbook.source, name, names),
    cy.noTable(workbook.source, name, names),
  );
}

/** Plan tables on the sheet; else the first header row found by search; else nothing. */
function detectOnSheet(sheet: SheetGrid, overrides: RoleOverride[]): PlanRegion[] {
  const tables: PlanRegion[] = [];
  for (const table of sheet.tables ?? []) {
    if (!table.hasHeaderRow) continue;
    const region = tableRegion(sheet, table, overridesFor(overrides, sheet.name, table.name));
    if (
      region &&
      isPlanHeader(
        region.columns.map((c) => c.role),
        1,
      )
    )
      tables.push(region);
  }
  if (tables.length > 0) return tables;
  const found = searchHeader(sheet, overridesFor(overrides, sheet.name, null));
  return found ? [found] : [];
}

function overridesFor(overrides: RoleOverride[], sheet: string, table: string | null): Overrides {
  const map: Overrides = new Map();
  for (const o of overrides) {
    if (o.sheet === sheet && (o.table ?? null) === table) map.set(o.column, o.role);
  }
  return map;
}

/** An action column and at least `others` other columns with a known role (a second action column counts). */
function isPlanHeader(roles: (ColumnRole | null)[], others: number): boolean {
  let action = false;
  let known = 0;
  for (const role of roles) {
    if (role === 'action') action = true;
    if (role !== null) known++;
  }
  return action && known - 1 >= others;
}

function headerRole(text: string): ColumnRole | null {
  return text.length > MAX_HEADER_LENGTH ? null : roleForHeader(text);
}

function textAt(merges: MergeIndex, row: number, col: number): string {
  return cellText(merges.read(row, col).value).trim();
}

function ownTextAt(merges: MergeIndex, row: number, col: number): string {
  const cell = merges.read(row, col);
  return cell.own ? cellText(cell.value).trim() : '';
}

/**
 * Each column's header role in a row. A cell merged across columns is one header: with
 * `onePerMerge` it counts at its first column only (a title merged across the table is one cell,
 * not six Action columns).
 */
function rowRoles(
  merges: MergeIndex,
  row: number,
  left: number,
  right: number,
  overrides: Overrides,
  onePerMerge = false,
): (ColumnRole | null)[] {
  const roles: (ColumnRole | null)[] = [];
  for (let col = left; col <= right; col++) {
    if (overrides.has(col)) roles.push(overrides.get(col) ?? null);
    else if (onePerMerge && merges.read(row, col).col !== col) roles.push(null);
    else roles.push(headerRole(textAt(merges, row, col)));
  }
  return roles;
}

function sheetWidth(sheet: SheetGrid): number {
  let width = 0;
  for (const row of sheet.rows) if (row && row.length > width) width = row.length;
  for (const merge of sheet.merges) if (merge.right + 1 > width) width = merge.right + 1;
  return width;
}

function searchHeader(sheet: SheetGrid, overrides: Overrides): PlanRegion | null {
  const width = sheetWidth(sheet);
  if (width === 0) return null;
  const merges = indexMerges(sheet, 0, width - 1);
  const last = Math.min(HEADER_SEARCH_ROWS, sheet.rows.length) - 1;
  for (let row = 0; row <= last; row++) {
    if (!isPlanHeader(rowRoles(merges, row, 0, width - 1, overrides, true), 2)) continue;
    return buildRegion(sheet, merges, null, row, 0, width - 1, sheet.rows.length - 1, overrides, true);
  }
  return null;
}

function tableRegion(sheet: SheetGrid, table: TableExtent, overrides: Overrides): PlanRegion | null {
  const { top, left, right, bottom } = table.range;
  if (top < 0 || left < 0 || right < left || bottom < top) return null;
  const merges = indexMerges(sheet, left, right);
  return buildRegion(sheet, merges, table.name, top, left, right, bottom, overrides, false);
}

/**
 * The plan's columns from its header row, with a second header row above or below when the
 * header spans two rows (`Timescales` over `Start | Finish`): the lower cell's role is used when
 * known, else the upper's.
 */
function buildRegion(
  sheet: SheetGrid,
  merges: MergeIndex,
  table: string | null,
  headerRow: number,
  left: number,
  right: number,
  bottom: number,
  overrides: Overrides,
  trimToHeader: boolean,
): PlanRegion {
  const roles = rowRoles(merges, headerRow, left, right, overrides);
  let top = headerRow;
  let lower = headerRow;
  if (isSubHeaderBelow(merges, headerRow, left, right, bottom, roles)) lower = headerRow + 1;
  else if (table === null && isSubHeaderAbove(merges, headerRow, left, right, roles)) top = headerRow - 1;

  if (trimToHeader) [left, right] = headerSpan(merges, top, lower, left, right);
  const columns: PlanColumn[] = [];
  const headerTexts = new Map<number, string[]>();
  for (let col = left; col <= right; col++) {
    const upper = textAt(merges, top, col);
    let below = lower === top ? '' : textAt(merges, lower, col);
    if (below === upper) below = '';
    const lowerRole = below === '' ? null : headerRole(below);
    const role = overrides.has(col) ? (overrides.get(col) ?? null) : (lowerRole ?? headerRole(upper));
    const cellRow = below !== '' && (lowerRole !== null || upper === '') ? lower : top;
    columns.push({
      index: col,
      header: [upper, below].filter((t) => t !== '').join(' / '),
      role,
      cell: cellAddress(sheet.name, cellRow, col),
    });
    headerTexts.set(col, [upper, below].filter((t) => t !== '').map(normaliseHeader));
  }
  return {
    sheet,
    table,
    headerTop: top,
    headerBottom: lower,
    left,
    right,
    bottom,
    columns,
    merges,
    headerTexts,
  };
}

/** The columns from the first to the last non-empty header cell. */
function headerSpan(
  merges: MergeIndex,
  top: number,
  bottom: number,
  left: number,
  right: number,
): [number, number] {
  let first = -1;
  let last = -1;
  for (let col = left; col <= right; col++) {
    for (let row = top; row <= bottom; row++) {
      if (textAt(merges, row, col) === '') continue;
      if (first < 0) first = col;
      last = col;
    }
  }
  return first < 0 ? [left, right] : [first, last];
}

/**
 * The row below is a sub-header row when it holds only short header words, nothing under the
 * action column, and it hangs from the header: under a merged cell, under a blank header cell, or
 * beside header cells merged down over both rows.
 */
function isSubHeaderBelow(
  merges: MergeIndex,
  row: number,
  left: number,
  right: number,
  bottom: number,
  roles: (ColumnRole | null)[],
): boolean {
  const below = row + 1;
  if (below > bottom) return false;
  let any = false;
  let linked = false;
  for (let col = left; col <= right; col++) {
    const text = ownTextAt(merges, below, col);
    const upperMerge = merges.mergeCovering(row, col);
    if (upperMerge && upperMerge.bottom >= below) linked = true;
    if (text === '') continue;
    if (roles[col - left] === 'action') return false;
    if (text.length > MAX_SUB_HEADER_LENGTH || roleForHeader(text) === null) return false;
    any = true;
    if ((upperMerge && upperMerge.right > upperMerge.left) || textAt(merges, row, col) === '') linked = true;
  }
  return any && linked;
}

/**
 * The row above is an upper header row when it holds only short header words and at least one
 * of them is merged across some (not all) of the columns below it (`Timescales` over
 * `Start | Finish`). A title merged across the whole table is not a header.
 */
function isSubHeaderAbove(
  merges: MergeIndex,
  row: number,
  left: number,
  right: number,
  roles: (ColumnRole | null)[],
): boolean {
  const above = row - 1;
  if (above < 0) return false;
  const [spanLeft, spanRight] = headerSpan(merges, row, row, left, right);
  let any = false;
  let mergedOverSome = false;
  for (let col = left; col <= right; col++) {
    const text = ownTextAt(merges, above, col);
    if (text === '') continue;
    if (roles[col - left] === 'action' && merges.mergeCovering(above, col)?.bottom !== row) return false;
    if (text.length > MAX_SUB_HEADER_LENGTH || roleForHeader(text) === null) return false;
    any = true;
    const merge = merges.mergeStartingAt(above, col);
    if (
      merge &&
      merge.bottom === above &&
      merge.right > merge.left &&
      (merge.left > spanLeft || merge.right < spanRight)
    ) {
      mergedOverSome = true;
    }
  }
  return any && mergedOverSome;
}
