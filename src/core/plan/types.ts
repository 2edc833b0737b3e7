/** The plan model: what the reader understands of an action plan table (`../shared/spec/plans.md`). */
import type { DateResult, DaySpan } from '../dates/types';

export type ColumnRole =
  | 'ref'
  | 'group'
  | 'action'
  | 'owner'
  | 'start'
  | 'due'
  | 'review'
  | 'milestone'
  | 'success'
  | 'progress'
  | 'rag'
  | 'resources';

/** A declared or computed rating on the plan's scale. */
export type Rating = 'complete' | 'green' | 'yellow' | 'amber' | 'red';
export type ComputedRating = Rating | 'not-rated';
export type RatingScale = 'three-point' | 'four-point';

export interface PlanColumn {
  /** 0-based sheet column. */
  index: number;
  /** The header text as read (both rows of a two-row header joined with ` / `). */
  header: string;
  role: ColumnRole | null;
  /** Header cell address, e.g. `Plan!E4`. */
  cell: string;
  /** For a dated progress column (`Progress (March 2014)`): the header's date, ISO, for ordering. */
  headerDate?: string | null;
}

export interface Milestone {
  text: string;
  when: DateResult;
  met: boolean;
  source: 'table' | 'column' | 'text';
  cell: string;
}

export interface Action {
  ref: string;
  refSource: 'column' | 'text' | 'position';
  group: string | null;
  text: string;
  /** The owner cell's text as written. */
  ownerText: string;
  owners: string[];
  start: DateResult | null;
  due: DateResult | null;
  review: DateResult | null;
  milestones: Milestone[];
  success: string;
  /** The latest non-empty progress text (see plans.md for the order of progress columns). */
  progress: string;
  declared: Rating | null;
  /** The rag cell's text as written (`R A G`, `Amber`, ...). */
  declaredText: string;
  /** From a `New action added <date>:` prefix: ISO first day, else null. */
  addedOn: string | null;
  resources: string;
  /** Source cell addresses by role (`Plan!C7`), and the action's own row. */
  cells: Partial<Record<ColumnRole, string>> & { row: string };
  /** 0-based sheet row of the action's first row. */
  row: number;
  /**
   * Every level of grouping above the action, outermost first (a group row's title, then the
   * group columns left to right: `Priority 1`, `Improve leadership`, `Pupil tracking`). `group`
   * is the first of these.
   */
  groups?: string[];
}

export interface Plan {
  sheet: string;
  table: string | null;
  /** A plan title found above the header (or the table name), when there is one. */
  title: string | null;
  /**
   * The span of academic years the title (or sheet or table name) says the plan covers
   * (`Action Plan 2014-16`: 1 Sep 2014 - 31 Aug 2016), when it names one; its end is the plan's end.
   */
  period?: DaySpan | null;
  /** 0-based first and last header rows (equal for a one-row header). */
  headerRows: [number, number];
  columns: PlanColumn[];
  scale: RatingScale;
  actions: Action[];
}

/** Something that stops a plan being read: no plan found, or a named sheet or table absent. */
export interface ReadProblem {
  kind: 'no-plan' | 'no-plan-on-sheet' | 'no-sheet' | 'no-table' | 'no-action-column';
  sheet: string | null;
  table: string | null;
  /** en-GB, naming the file and what to do. */
  message: string;
  messageCy: string;
}

export interface PlanReadResult {
  plans: Plan[];
  problems: ReadProblem[];
}

/** A user's correction of a column's role, saved in the workbook. */
export interface RoleOverride {
  sheet: string;
  table: string | null;
  column: number;
  role: ColumnRole | null;
}
