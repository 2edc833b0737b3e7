/**
 * Snapshots (rag.md "Snapshots"): every action's ratings saved in the workbook per meeting date, in
 * a very hidden sheet, so the next summary can show direction of travel.
 *
 * The sheet `APT_Snapshots` has a header row and one row per action per meeting:
 *
 * | column | header          | holds                                                        |
 * |--------|-----------------|--------------------------------------------------------------|
 * | A      | Meeting date    | the as-of date the summary was built for, ISO text            |
 * | B      | Plan            | the plan's name as the summary gave it                        |
 * | C      | Ref             | the action's ref, as text                                     |
 * | D      | Computed rating | `complete`, `green`, `yellow`, `amber`, `red` or `not-rated`  |
 * | E      | Declared rating | the same words without `not-rated`, or empty                  |
 * | F      | Due             | the deadline the rating used, ISO text, or empty              |
 * | G      | (marker)        | `actionplan-snapshot/1` in the header row only                |
 *
 * The header row, marker included, is how a later run knows the sheet is ours.
 */
import type { CellValue, SheetGrid } from '../grid/types';
import type { ComputedRating, Rating } from '../plan/types';
import type { DrawnCell, SheetDrawing } from '../drawing/types';
import { summaryText, type Lang } from './language';
import type { SnapshotRow, SummaryInput } from './types';

export const SNAPSHOT_SHEET = 'APT_Snapshots';
export const SNAPSHOT_MARKER = 'actionplan-snapshot/1';
export const SNAPSHOT_HEADER = [
  'Meeting date',
  'Plan',
  'Ref',
  'Computed rating',
  'Declared rating',
  'Due',
  SNAPSHOT_MARKER,
];

const COMPUTED: readonly ComputedRating[] = ['complete', 'green', 'yellow', 'amber', 'red', 'not-rated'];
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The rows to save for this meeting: one per rated action, stamped with the as-of date. */
export function snapshotRowsFor(input: SummaryInput): SnapshotRow[] {
  return input.plans.flatMap((entry) =>
    entry.ratings.map(({ action, result }) => ({
      date: input.asOf,
      plan: entry.name,
      ref: action.ref,
      computed: result.rating,
      declared: action.declared,
      due: result.due !== undefined ? result.due : (action.due?.due ?? null),
    })),
  );
}

/** Rebuilding for a date replaces that date's rows and nothing else; rows stay in date order. */
export function replaceSnapshot(existing: SnapshotRow[], date: string, rows: SnapshotRow[]): SnapshotRow[] {
  const kept = existing.filter((row) => row.date !== date);
  const added = rows.map((row) => ({ ...row, date }));
  // A stable sort keeps each date's rows in the order they were written.
  return [...kept, ...added].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function text(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value.type === 'date' ? value.iso : '';
}

/** True when the sheet's first row is our header, marker included. */
export function isSnapshotSheet(sheet: SheetGrid): boolean {
  const header = sheet.rows[0] ?? [];
  return SNAPSHOT_HEADER.every((title, col) => text(header[col]) === title);
}

/** Excel's day serial (1 = 1 Jan 1900, with its phantom 29 Feb 1900) as an ISO day. */
function serialToIso(serial: number): string | null {
  if (!Number.isInteger(serial) || serial < 61 || serial > 2958465) return null;
  const day = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/** A day cell written as ISO text, or turned into a real date (or serial) by someone editing the sheet. */
function dayOf(value: CellValue | undefined): string | null {
  if (value !== null && typeof value === 'object' && value.type === 'date') return value.iso;
  if (typeof value === 'number') return serialToIso(value);
  const written = text(value);
  if (!ISO_DAY.test(written)) return null;
  const parsed = new Date(`${written}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === written ? written : null;
}

export interface SnapshotProblem {
  /** 1-based sheet row, as Excel numbers it. */
  row: number;
  message: string;
  messageCy: string;
}

type Reason = { key: 'badDate' | 'badRating' | 'badDue'; text: string } | { key: 'noPlan' | 'noRef' };

function describe(reason: Reason, lang: Lang): string {
  const words = summaryText(lang).snapshot;
  return 'text' in reason ? words[reason.key](reason.text) : words[reason.key];
}

function parseRow(cells: CellValue[]): SnapshotRow | Reason {
  const date = dayOf(cells[0]);
  if (date === null) return { key: 'badDate', text: text(cells[0]) };
  const plan = text(cells[1]);
  if (plan === '') return { key: 'noPlan' };
  const ref = text(cells[2]);
  if (ref === '') return { key: 'noRef' };
  const computed = text(cells[3]).toLowerCase() as ComputedRating;
  if (!COMPUTED.includes(computed)) return { key: 'badRating', text: text(cells[3]) };
  const declaredText = text(cells[4]).toLowerCase();
  if (
    declaredText !== '' &&
    (declaredText === 'not-rated' || !COMPUTED.includes(declaredText as ComputedRating))
  ) {
    return { key: 'badRating', text: text(cells[4]) };
  }
  const dueText = text(cells[5]);
  const due = dueText === '' ? null : dayOf(cells[5]);
  if (dueText !== '' && due === null) return { key: 'badDue', text: dueText };
  return { date, plan, ref, computed, declared: declaredText === '' ? null : (declaredText as Rating), due };
}

/**
 * Reads our snapshot sheet. A damaged row (someone typed over it) is skipped and reported through
 * `onProblem`, so one bad cell never loses the rest of the history. Empty rows are passed over.
 */
export function readSnapshotRows(
  sheet: SheetGrid,
  onProblem?: (problem: SnapshotProblem) => void,
): SnapshotRow[] {
  if (!isSnapshotSheet(sheet)) return [];
  const rows: SnapshotRow[] = [];
  sheet.rows.forEach((cells, index) => {
    if (index === 0 || cells.slice(0, 6).every((value) => text(value) === '')) return;
    const parsed = parseRow(cells);
    if ('date' in parsed) {
      rows.push(parsed);
      return;
    }
    const row = index + 1;
    onProblem?.({
      row,
      message: summaryText('en').snapshot.skipped(row, describe(parsed, 'en')),
      messageCy: summaryText('cy').snapshot.skipped(row, describe(parsed, 'cy')),
    });
  });
  return rows;
}

/** The snapshot sheet as a drawing: very hidden, every value text, so nothing is re-read as a date or number. */
export function snapshotDrawing(rows: SnapshotRow[], name = SNAPSHOT_SHEET): SheetDrawing {
  const cells: DrawnCell[] = SNAPSHOT_HEADER.map((title, col) => ({
    row: 0,
    col,
    kind: 'text',
    value: title,
    style: 'header',
  }));
  rows.forEach((row, index) => {
    const values = [row.date, row.plan, row.ref, row.computed, row.declared ?? '', row.due ?? ''];
    values.forEach((value, col) => {
      if (value !== '') cells.push({ row: index + 1, col, kind: 'text', value, style: 'text' });
    });
  });
  const font = { name: 'Calibri', size: 11 };
  return {
    name,
    visibility: 'veryHidden',
    styles: {
      header: { font: { ...font, bold: true }, numberFormat: '@' },
      text: { font, numberFormat: '@' },
    },
    cells,
    merges: [],
    columnWidths: [12, 30, 10, 16, 16, 12, 22],
    rowHeights: [],
    frozenRows: 1,
    showGridLines: true,
    print: null,
    images: [],
    marker: null,
  };
}
