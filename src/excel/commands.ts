/**
 * One function per task pane command, each meant to run inside a single `Excel.run`: one read of
 * the workbook (two round trips), the work done in core, then every write queued in one batch and
 * sent together: one round trip on the desktop, and on the web one per 4.5 MB of writing.
 *
 * A command that fails leaves the workbook as it was: rating columns are written back as read,
 * and new sheets only take their place (and our old ones are only deleted) in the last request.
 */
import { nowInUk } from '../core/dates';
import type { SchoolCalendar } from '../core/dates/types';
import { readPlans } from '../core/plan';
import type { Plan, ReadProblem, RoleOverride } from '../core/plan/types';
import {
  checkPlans,
  ratePlan,
  ratingContext,
  type Finding,
  type RatedAction,
  type RatingContext,
  type RuleSet,
} from '../core/rag';
import {
  buildSummary,
  renderSummarySheet,
  snapshotHistoryOf,
  snapshotRowsFor,
  summaryText,
  withoutOurSheets,
  type BoardSummary,
  type Lang,
  type SummaryInput,
} from '../core/summary';
import { ratingColumnOverrides } from '../xlsx/own-columns';
import { WriteBatch } from './batch';
import type { ExcelNote } from './notes';
import { paintDrawing } from './paint';
import {
  restoreRatingColumns,
  writeRatingColumns,
  type RatingBlock,
  type RatingColumnsPlacement,
} from './rating-columns';
import { readWorkbookGridFromExcel, type ExcelWorkbookGrid } from './read';
import { officePlatform, officeSupports, type Platform, type Supports } from './requirements';
import { withSheetSwap } from './sheet-swap';
import { writeSnapshotSheet } from './snapshots';
import { applyDeclaredRatingValidation } from './validation';

export interface DetectOptions {
  supports?: Supports;
  /** Read only this sheet or table (the pane's picker). */
  sheet?: string;
  table?: string;
  calendar?: SchoolCalendar;
  /** The officer's corrections of column roles. */
  overrides?: RoleOverride[];
}

export interface DetectResult {
  grid: ExcelWorkbookGrid;
  plans: Plan[];
  problems: ReadProblem[];
  notes: ExcelNote[];
}

/** Reads the workbook and finds its plans; our own summary and snapshot sheets are never plans. */
export async function detectPlansInExcel(
  context: Excel.RequestContext,
  options: DetectOptions = {},
): Promise<DetectResult> {
  const supports = options.supports ?? officeSupports;
  const grid = await readWorkbookGridFromExcel(context, { supports });
  const { plans, problems } = readPlans(withoutOurSheets(grid), {
    sheet: options.sheet,
    table: options.table,
    calendar: options.calendar,
    // Our Computed RAG and Reason columns from an earlier run are not the officer's rating column.
    overrides: [...ratingColumnOverrides(grid), ...(options.overrides ?? [])],
  });
  return { grid, plans, problems, notes: grid.notes };
}

export interface RateOptions extends DetectOptions {
  /** Where Excel runs, which decides how large a request may be; asked of Office when absent. */
  platform?: Platform;
  /** The as-of date D, ISO. */
  asOf: string;
  nextMeeting?: string;
  ruleSet?: RuleSet;
  /** Also put a drop-down list of ratings on each plan's rating column. */
  ratingList?: boolean;
}

export interface RateResult extends DetectResult {
  context: RatingContext;
  rated: RatedAction[][];
  findings: Finding[];
  placements: RatingColumnsPlacement[];
}

/** Rates every action and writes the rating columns beside each plan. */
export async function rateInExcel(context: Excel.RequestContext, options: RateOptions): Promise<RateResult> {
  const supports = options.supports ?? officeSupports;
  const detected = await detectPlansInExcel(context, { ...options, supports });
  const ctx = ratingContext({
    asOf: options.asOf,
    nextMeeting: options.nextMeeting,
    ruleSet: options.ruleSet,
  });
  const rated = detected.plans.map((plan) => ratePlan(plan, ctx));
  const findings = checkPlans(detected.plans, ctx);

  const platform = options.platform ?? officePlatform();
  const batch = WriteBatch.for(context, platform);
  const blocks: RatingBlock[] = [];
  try {
    const written = await writeRatingColumns(context, detected.plans, rated, {
      supports,
      grid: detected.grid,
      batch,
      written: blocks,
    });
    const notes = [...detected.notes, ...written.notes];
    if (options.ratingList) {
      for (const plan of detected.plans)
        notes.push(...(await applyDeclaredRatingValidation(context, plan, { supports, batch })));
    }
    await batch.flush();
    return { ...detected, notes, context: ctx, rated, findings, placements: written.placements };
  } catch (error) {
    if (batch.started) await restoreRatingColumns(context, detected.grid, blocks, { supports, platform });
    throw error;
  }
}

export interface SummaryOptions extends RateOptions {
  /** The board's name; the default is the summary's own. */
  board?: string;
  lang?: Lang;
  /** When the summary was made, ISO (day or day and time); default now, in UK time. */
  generatedAt?: string;
}

export interface SummaryResult extends DetectResult {
  summary: BoardSummary;
  /** The summary sheet's name, and the snapshot sheet's. */
  sheet: string;
  snapshotSheet: string;
  renamed: { wanted: string; used: string }[];
}

/**
 * Builds the board summary sheet and saves this meeting's snapshot, in one write batch: both are
 * written as new sheets and swapped in, with the summary activated, by its last request.
 */
export async function buildSummaryInExcel(
  context: Excel.RequestContext,
  options: SummaryOptions,
): Promise<SummaryResult> {
  const supports = options.supports ?? officeSupports;
  const lang = options.lang ?? 'en';
  const detected = await detectPlansInExcel(context, { ...options, supports });
  const ctx = ratingContext({
    asOf: options.asOf,
    nextMeeting: options.nextMeeting,
    ruleSet: options.ruleSet,
  });
  const names = planNames(detected.plans);
  const input: SummaryInput = {
    board: options.board ?? summaryText(lang).defaultBoard,
    asOf: ctx.asOf,
    nextMeeting: ctx.nextMeeting,
    generatedAt: options.generatedAt ?? nowInUk(),
    plans: detected.plans.map((plan, i) => ({ name: names[i], plan, ratings: ratePlan(plan, ctx) })),
    findings: checkPlans(detected.plans, ctx),
    previous: snapshotHistoryOf(detected.grid),
    ruleSet: ctx.ruleSet,
  };
  const summary = buildSummary(input);

  const batch = WriteBatch.for(context, options.platform ?? officePlatform());
  const { painted, snapshot } = await withSheetSwap(context, detected.grid.facts, batch, async (swap) => {
    const shared = { supports, grid: detected.grid, batch, swap };
    return {
      painted: await paintDrawing(context, renderSummarySheet(summary, lang), shared),
      snapshot: await writeSnapshotSheet(context, ctx.asOf, snapshotRowsFor(input), shared),
    };
  });
  return {
    ...detected,
    notes: [...detected.notes, ...painted.notes, ...snapshot.notes],
    summary,
    sheet: painted.sheet,
    snapshotSheet: snapshot.sheet,
    renamed: [painted.renamed, snapshot.renamed].filter((rename) => rename !== null),
  };
}

/** A plan's name on the sheet and in snapshots: its title, else its table or sheet (as the CLI names it). */
function planNames(plans: Plan[]): string[] {
  const names = plans.map((plan) => plan.title?.trim() || plan.table || plan.sheet);
  return names.map((name, i) =>
    names.indexOf(name) === i && names.lastIndexOf(name) === i ? name : `${name} (${plans[i].sheet})`,
  );
}
