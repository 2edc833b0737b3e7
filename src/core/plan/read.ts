/** Reads every action plan in a workbook: detection, columns, rows, then one Action per draft. */
import { defaultCalendar, parseCellDate, parseTimescale } from '../dates';
import type { DateResult, SchoolCalendar } from '../dates/types';
import { cellA1, columnLetters, quoteSheetName } from '../grid/address';
import type { CellValue, WorkbookGrid } from '../grid/types';
import { cellText, dateCellValue, isNotApplicable } from './cells';
import { detectPlans, type PlanRegion } from './detect';
import { headerDateText } from './headers';
import { planLayout, type Layout } from './layout';
import { readMilestoneTables } from './milestone-table';
import { columnMilestones, textMilestones } from './milestones';
import { splitOwners } from './owners';
import { addedOn, leadingRef } from './refs';
import { readRows, type Draft, type Segment } from './rows';
import { declaredRating, planScale } from './scale';
import type { Action, ColumnRole, Milestone, Plan, PlanColumn, PlanReadResult, RoleOverride } from './types';
import { planCalendar, planPeriod, planTitle } from './year';

export interface ReadOptions {
  /** Read only this sheet (its tables, else its header row). */
  sheet?: string;
  /** Read only this Excel table. */
  table?: string;
  /** The school calendar; when it names no academic year, one found in the plan's title is used. */
  calendar?: SchoolCalendar;
  /** The user's corrections of column roles, saved in the workbook. */
  overrides?: RoleOverride[];
}

export function readPlans(workbook: WorkbookGrid, options: ReadOptions = {}): PlanReadResult {
  const detection = detectPlans(workbook, options);
  if (detection.problems.length > 0) return { plans: [], problems: detection.problems };
  const baseCalendar = options.calendar ?? defaultCalendar;
  const tableMilestones = memoByYear((calendar) => readMilestoneTables(workbook, calendar));
  const plans = detection.regions.map((region) => {
    const calendar = planCalendar(region, baseCalendar);
    return readPlan(region, calendar, tableMilestones(calendar));
  });
  return { plans, problems: [] };
}

/** Milestone tables are read once for each academic year the plans are read with. */
function memoByYear<T>(read: (calendar: SchoolCalendar) => T): (calendar: SchoolCalendar) => T {
  const cache = new Map<number | null, T>();
  return (calendar) => {
    const key = calendar.planAcademicYear ?? null;
    if (!cache.has(key)) cache.set(key, read(calendar));
    return cache.get(key)!;
  };
}

interface PlanContext {
  address: (row: number, col: number) => string;
  region: PlanRegion;
  layout: Layout;
  calendar: SchoolCalendar;
  tableMilestones: Map<string, Milestone[]>;
  parseDate: (value: CellValue) => DateResult;
}

/**
 * Date cells repeat down a plan (`September 2015`, `Termly`, `TBC`): each distinct text is parsed
 * once per plan, and every action gets its own copy of the result.
 */
function cachedDateParser(calendar: SchoolCalendar): (value: CellValue) => DateResult {
  const cache = new Map<string, DateResult>();
  return (value) => {
    if (typeof value !== 'string' || value.length > 200) return parseCellDate(value, { calendar });
    let result = cache.get(value);
    if (!result) {
      result = parseCellDate(value, { calendar });
      if (cache.size < 10_000) cache.set(value, result);
    }
    return { ...result, checkpoints: result.checkpoints.map((c) => ({ ...c })) };
  };
}

function readPlan(
  region: PlanRegion,
  calendar: SchoolCalendar,
  tableMilestones: Map<string, Milestone[]>,
): Plan {
  const columns = region.columns.map((column) => withHeaderDate(column, calendar));
  const layout = planLayout(columns);
  const context: PlanContext = {
    address: addressMaker(region.sheet.name),
    region: { ...region, columns },
    layout,
    calendar,
    tableMilestones,
    parseDate: cachedDateParser(calendar),
  };
  const actions: Action[] = [];
  readRows(context.region, layout, (draft) => actions.push(buildAction(draft, context)));
  return {
    sheet: region.sheet.name,
    table: region.table,
    title: planTitle(region),
    period: planPeriod(region, calendar),
    headerRows: [region.headerTop, region.headerBottom],
    columns,
    scale: planScale(actions),
    actions,
  };
}

/** `Plan!C7` for a cell of the plan's sheet; the sheet's quoted name and column letters are worked out once. */
function addressMaker(sheet: string): (row: number, col: number) => string {
  const prefix = `${quoteSheetName(sheet)}!`;
  const letters: string[] = [];
  return (row, col) => `${prefix}${(letters[col] ??= columnLetters(col))}${row + 1}`;
}

/** A dated progress column (`Progress (Oct 2013)`) carries its date, for ordering snapshots. */
function withHeaderDate(column: PlanColumn, calendar: SchoolCalendar): PlanColumn {
  if (column.role !== 'progress') return column;
  const text = headerDateText(column.header);
  const when = text === null ? null : parseTimescale(text, { calendar });
  return { ...column, headerDate: when ? (when.end ?? when.start ?? null) : null };
}

/** Reading one row record's columns: text, the cell each value came from, dates. */
interface RecordView {
  segments: (col: number | null) => Segment[];
  textOf: (col: number | null) => string;
  /** The cell a column's value came from; the row's own cell in that column when it is empty. */
  cellOf: (col: number | null) => string | undefined;
  dateOf: (col: number | null) => DateResult | null;
}

function viewOf(draft: Draft, context: PlanContext): RecordView {
  const { record } = draft;
  const segments = (col: number | null): Segment[] => (col === null ? [] : (record.values.get(col) ?? []));
  return {
    segments,
    textOf: (col) => joinText(segments(col)),
    cellOf: (col) => {
      if (col === null) return undefined;
      const [first] = segments(col);
      return first ? context.address(first.row, first.col) : context.address(record.row, col);
    },
    dateOf: (col) => (col === null ? null : parseDateSegments(segments(col), context.parseDate)),
  };
}

function buildAction(draft: Draft, context: PlanContext): Action {
  const { region, layout, calendar } = context;
  const { record, actionCol } = draft;
  const view = viewOf(draft, context);
  const text = view.textOf(actionCol);
  const actionCell = context.address(record.row, actionCol);
  const ref = actionRef(view.textOf(layout.ref), text, actionCell, actionCol, layout, region);
  const owner = ownerOf(view.textOf(layout.owner), actionCol, layout, region);
  const success = view.textOf(layout.success);
  const latest = latestProgress(layout.progressCols, view.segments);
  const declaredText = view.textOf(layout.rag);
  return {
    ref: ref.ref,
    refSource: ref.source,
    group: record.groups[0]?.text ?? null,
    groups: record.groups.map((g) => g.text),
    text,
    ownerText: owner.text,
    owners: owner.owners,
    start: view.dateOf(layout.start),
    due: view.dateOf(layout.due),
    review: view.dateOf(layout.review),
    milestones: milestonesOf(ref.ref, success, view.cellOf(layout.success), layout, view.segments, context),
    success,
    progress: latest.text,
    declared: declaredRating(declaredText),
    declaredText,
    addedOn: addedOn(text, calendar),
    resources: view.textOf(layout.resources),
    cells: sourceCells(draft, context, view, {
      ref: ref.source,
      ownerFromActor: owner.fromActor,
      progress: latest.col,
    }),
    row: record.row,
  };
}

/** Where each of the action's values came from, so that findings and the task pane can point at it. */
function sourceCells(
  draft: Draft,
  context: PlanContext,
  view: RecordView,
  found: { ref: Action['refSource']; ownerFromActor: boolean; progress: number | null },
): Action['cells'] {
  const { region, layout, address } = context;
  const { record, actionCol } = draft;
  const actionCell = address(record.row, actionCol);
  const cells: Action['cells'] = {
    row: `${address(record.row, region.left)}:${cellA1(record.row, region.right)}`,
    action: actionCell,
    ref: found.ref === 'column' ? view.cellOf(layout.ref) : actionCell,
  };
  const byRole: [ColumnRole, string | undefined][] = [
    ['group', record.groups[0]?.cell],
    [
      'owner',
      found.ownerFromActor ? region.columns[actionCol - region.left]?.cell : view.cellOf(layout.owner),
    ],
    ['start', view.cellOf(layout.start)],
    ['due', view.cellOf(layout.due)],
    ['review', view.cellOf(layout.review)],
    ['success', view.cellOf(layout.success)],
    ['rag', view.cellOf(layout.rag)],
    ['resources', view.cellOf(layout.resources)],
    ['milestone', view.cellOf(layout.milestoneCols[0] ?? null)],
    ['progress', view.cellOf(found.progress ?? layout.progressCols[layout.progressCols.length - 1] ?? null)],
  ];
  for (const [role, cell] of byRole) if (cell !== undefined) cells[role] = cell;
  return cells;
}

function joinText(segments: Segment[]): string {
  const parts: string[] = [];
  for (const segment of segments) {
    const text = cellText(segment.value).trim();
    if (text !== '') parts.push(text);
  }
  return parts.join('\n');
}

/** A single cell goes to the date engine as it is (date cells are exact days); appended text is read as text. */
function parseDateSegments(segments: Segment[], parseDate: (value: CellValue) => DateResult): DateResult {
  if (segments.length <= 1) return parseDate(dateCellValue(segments[0]?.value ?? null));
  return parseDate(joinText(segments));
}

/**
 * The ref column, else a ref written at the start of the action text, else the action cell's
 * address. Where several action columns share a row (`Actions by schools | by Local Authority`),
 * a row ref gets the actor after a slash (`1.1/schools`) so that each action's ref stays unique;
 * an action with no written ref has its own cell's address, unique already.
 */
function actionRef(
  refText: string,
  text: string,
  actionCell: string,
  actionCol: number,
  layout: Layout,
  region: PlanRegion,
): { ref: string; source: Action['refSource'] } {
  const fromText = refText === '' ? leadingRef(text) : null;
  const written = refText !== '' ? refText : fromText;
  if (written === null) return { ref: actionCell, source: 'position' };
  const source = refText !== '' ? 'column' : 'text';
  if (layout.actionCols.length < 2) return { ref: written, source };
  const actor = actorOf(region.columns[actionCol - region.left]?.header ?? '');
  const slug =
    actor === null
      ? cellA1(0, actionCol).replace(/\d+$/, '')
      : actor.toLowerCase().replace(/[^a-z0-9\u00c0-\u024f]+/gi, '-');
  return { ref: `${written}/${slug.replace(/^-+|-+$/g, '')}`, source };
}

/** `Actions by Local Authority` -> `Local Authority`, `Actions by schools` -> `Schools`; null when the header names no actor. */
function actorOf(header: string): string | null {
  const match = /\b(?:actions?|tasks?|activit(?:y|ies))\s+(?:by|for|from)\s+(?:the\s+)?(.+)$/i.exec(
    header.split(' / ').pop() ?? '',
  );
  if (!match) return null;
  const actor = match[1].replace(/[\s?:*]+$/, '').trim();
  return actor === '' ? null : actor[0].toUpperCase() + actor.slice(1);
}

/**
 * The owner cell as written and the owners in it. A plan with no owner column whose action
 * columns name their actors (`Actions by schools`) has the actor as each action's owner.
 */
function ownerOf(
  text: string,
  actionCol: number,
  layout: Layout,
  region: PlanRegion,
): { text: string; owners: string[]; fromActor: boolean } {
  if (layout.owner === null && layout.actionCols.length > 1) {
    const actor = actorOf(region.columns[actionCol - region.left]?.header ?? '');
    if (actor !== null) return { text: actor, owners: [actor], fromActor: true };
  }
  return { text, owners: splitOwners(text), fromActor: false };
}

/** The text of the latest progress column that is filled in for the action (`N/A` is not). */
function latestProgress(
  progressCols: number[],
  segments: (col: number) => Segment[],
): { text: string; col: number | null } {
  for (let i = progressCols.length - 1; i >= 0; i--) {
    const text = joinText(segments(progressCols[i]));
    if (text !== '' && !isNotApplicable(text)) return { text, col: progressCols[i] };
  }
  return { text: '', col: null };
}

function milestonesOf(
  ref: string,
  success: string,
  successCell: string | undefined,
  layout: Layout,
  segments: (col: number) => Segment[],
  context: PlanContext,
): Milestone[] {
  const fromTable = context.tableMilestones.get(ref.toLowerCase());
  if (fromTable && fromTable.length > 0) return fromTable;
  const fromColumns: Milestone[] = [];
  for (const col of layout.milestoneCols) {
    for (const segment of segments(col)) {
      fromColumns.push(
        ...columnMilestones(segment.value, context.address(segment.row, segment.col), context.calendar),
      );
    }
  }
  if (fromColumns.length > 0) return fromColumns;
  return successCell === undefined || success === ''
    ? []
    : textMilestones(success, successCell, context.calendar);
}
