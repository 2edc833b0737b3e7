/**
 * What the pane asks of a workbook. Two implementations: Excel (excel-services.ts) and the demo
 * over the bundled sample (demo-services.ts). Results are plain data, never Excel proxies, so the
 * pane can be rendered and tested with fakes.
 */
import type { ColumnRole, ComputedRating, Plan, Rating, RoleOverride } from '../core/plan/types';
import type { RatedAction } from '../core/rag';
import type { Finding } from '../core/rag/types';
import type { BoardSummary, RatingCounts } from '../core/summary';
import type { PaneLanguage, PaneSettings, RuleSetChoice, SettingsLoad } from '../core/settings';

export type { Finding, RoleOverride, ColumnRole, ComputedRating, Rating };

export interface PlanColumnView {
  index: number;
  header: string;
  role: ColumnRole | null;
  cell: string;
}

export interface PlanView {
  sheet: string;
  table: string | null;
  title: string | null;
  actions: number;
  columns: PlanColumnView[];
}

export interface Problem {
  message: string;
  messageCy: string;
}

export interface Detection {
  plans: PlanView[];
  problems: Problem[];
}

/** One detected plan, by where it is: a sheet, and the Excel table when the plan is one. */
export interface PlanRef {
  sheet: string;
  table: string | null;
}

/** What a check, a rating or a summary is done against. */
export interface RatingRequest {
  /** The plan the officer chose; absent or null for every plan in the workbook. */
  plan?: PlanRef | null;
  asOf: string;
  nextMeeting: string;
  ruleSet: RuleSetChoice;
  dueSoonDays: number | null;
  overdueAfterDays: number;
}

export interface RatingRow {
  sheet: string;
  ref: string;
  action: string;
  owner: string;
  due: string | null;
  declared: Rating | null;
  computed: ComputedRating;
  reason: string;
  reasonCy: string;
  cell: string;
}

export interface SummaryRequest extends RatingRequest {
  board: string;
  lang: PaneLanguage;
}

export interface SummaryException {
  ref: string;
  computed: 'red' | 'amber';
  owner: string;
  due: string | null;
  dueText: string;
  reason: string;
  reasonCy: string;
}

export interface SummaryOutcome {
  /** The summary sheet's name. */
  sheet: string;
  totals: RatingCounts;
  showYellow: boolean;
  exceptions: SummaryException[];
  /** Demo only: the built workbook as a Blob URL, and its file name. */
  download?: { url: string; fileName: string };
}

export interface PaneServices {
  /** Where the pane runs: the demo defaults to dates that show every rating of the sample. */
  readonly kind: 'excel' | 'demo';
  detectPlans(): Promise<Detection>;
  check(request: RatingRequest): Promise<Finding[]>;
  selectCell(address: string): Promise<void>;
  previewRatings(request: RatingRequest): Promise<RatingRow[]>;
  /** Writes the Computed RAG and Reason columns; returns what was written. */
  applyRatings(request: RatingRequest): Promise<RatingRow[]>;
  buildSummary(request: SummaryRequest): Promise<SummaryOutcome>;
  loadSettings(): Promise<SettingsLoad>;
  saveSettings(settings: PaneSettings): Promise<void>;
  loadRoleOverrides(): Promise<RoleOverride[]>;
  saveRoleOverrides(overrides: RoleOverride[]): Promise<void>;
}

export function planViews(plans: Plan[]): PlanView[] {
  return plans.map((plan) => ({
    sheet: plan.sheet,
    table: plan.table,
    title: plan.title,
    actions: plan.actions.length,
    columns: plan.columns.map(({ index, header, role, cell }) => ({ index, header, role, cell })),
  }));
}

export function ratingRows(plans: Plan[], rated: RatedAction[][]): RatingRow[] {
  return plans.flatMap((plan, i) =>
    rated[i].map(({ action, result }) => ({
      sheet: plan.sheet,
      ref: action.ref,
      action: action.text,
      owner: action.ownerText,
      due: result.due ?? null,
      declared: action.declared,
      computed: result.rating,
      reason: result.reason,
      reasonCy: result.reasonCy,
      cell: action.cells.action ?? action.cells.row,
    })),
  );
}

export function summaryOutcome(summary: BoardSummary, sheet: string): SummaryOutcome {
  return {
    sheet,
    totals: summary.overall.computed,
    showYellow: summary.showYellow,
    exceptions: summary.exceptions.map((row) => ({
      ref: row.ref,
      computed: row.computed,
      owner: row.owner,
      due: row.due,
      dueText: row.dueText,
      reason: row.reason,
      reasonCy: row.reasonCy,
    })),
  };
}

export function planKey(plan: PlanRef): string {
  return JSON.stringify([plan.sheet, plan.table]);
}

export function isPlan(plan: PlanRef, ref: PlanRef): boolean {
  return plan.sheet === ref.sheet && plan.table === ref.table;
}

/** The plans a request is about: the chosen one, or all of them. */
export function plansInScope<P extends PlanRef>(plans: P[], chosen: PlanRef | null | undefined): P[] {
  return chosen ? plans.filter((plan) => isPlan(plan, chosen)) : plans;
}

/** `'Action Plan'!C7` -> sheet `Action Plan`, cell `C7`. */
export function splitCellAddress(address: string): { sheet: string; cell: string } | null {
  const bang = address.lastIndexOf('!');
  if (bang <= 0) return null;
  const rawSheet = address.slice(0, bang).replace(/^\[[^\]]*\]/, '');
  const sheet = /^'.*'$/.test(rawSheet) ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  return { sheet, cell: address.slice(bang + 1) };
}

/** Replaces the saved override for each column the officer corrected, keeping the others. */
export function mergeOverrides(saved: RoleOverride[], changed: RoleOverride): RoleOverride[] {
  const same = (o: RoleOverride) =>
    o.sheet === changed.sheet && o.table === changed.table && o.column === changed.column;
  return [...saved.filter((o) => !same(o)), changed];
}
