/** The board summary model (rag.md "The board summary" and "Snapshots"): data only, no wording. */
import type { Action, ComputedRating, Plan, Rating } from '../plan/types';
import type { ComputedResult, Finding, Severity } from '../rag/types';
import type { RuleSet } from '../rag/rule-set';

/**
 * One action's ratings as saved for a meeting, so the next summary can say which way it moved.
 * `date` is the meeting (as-of) date the summary was built for.
 */
export interface SnapshotRow {
  date: string;
  /** The plan's name as the summary gave it (in a roll-up, the workbook's name). */
  plan: string;
  ref: string;
  computed: ComputedRating;
  declared: Rating | null;
  /** The deadline the rating used, ISO, or null. */
  due: string | null;
}

export interface RatedActionInput {
  action: Action;
  result: ComputedResult;
}

export interface SummaryPlanInput {
  /** How the plan is named on the sheet and in snapshots: its title, or the workbook's name. */
  name: string;
  plan: Plan;
  ratings: RatedActionInput[];
  /**
   * In a roll-up of several workbooks: the group every action of this plan counts under (the
   * workbook's name). Without it an action counts under its own group (its priority).
   */
  group?: string;
}

export interface SummaryInput {
  board: string;
  /** The meeting date D, ISO. */
  asOf: string;
  /** The next meeting M, ISO. */
  nextMeeting: string;
  /** When the summary was made: ISO day, or ISO date and time. */
  generatedAt: string;
  plans: SummaryPlanInput[];
  findings: Finding[];
  /** Every snapshot row in the workbook, of any date. */
  previous: SnapshotRow[];
  /** The rule set the ratings came from, so the key says what each colour meant. Default: deadlines. */
  ruleSet?: RuleSet;
}

/** Counts of computed ratings. */
export interface RatingCounts {
  complete: number;
  green: number;
  yellow: number;
  amber: number;
  red: number;
  notRated: number;
  total: number;
}

/** Counts of the ratings officers wrote; `none` is actions with no rating written. */
export interface DeclaredCounts {
  complete: number;
  green: number;
  yellow: number;
  amber: number;
  red: number;
  none: number;
  total: number;
}

export interface GroupCounts {
  /** The group's name; null for actions that belong to no group. */
  name: string | null;
  computed: RatingCounts;
  declared: DeclaredCounts;
}

/**
 * Which way an action moved since the last snapshot, on the order
 * not rated < red < amber < yellow < green < complete: `up` is towards complete.
 */
export type Direction = 'up' | 'down' | 'same' | 'new';

export interface ActionMove {
  plan: string;
  ref: string;
  text: string;
  owner: string;
  due: string | null;
  now: ComputedRating;
  before: ComputedRating | null;
  direction: Direction;
  reason: string;
  reasonCy: string;
}

export interface Movement {
  /** The snapshot compared with: the latest date before the as-of date, or null when there is none. */
  previous: string | null;
  up: number;
  down: number;
  same: number;
  new: number;
  /** Actions that were in the snapshot, not red then, and are red now. */
  newRed: number;
  /** Actions that moved (down first, then up), each once. */
  moved: ActionMove[];
  /** Snapshot rows of actions no longer in any plan, each (plan, ref) once. */
  removed: SnapshotRow[];
}

export interface ExceptionRow {
  plan: string;
  group: string | null;
  ref: string;
  action: string;
  owner: string;
  /** The deadline the rating used, ISO, or null. */
  due: string | null;
  /** The due cell as written, for actions without an ISO deadline (`Termly`, `Autumn 2013 & ongoing`). */
  dueText: string;
  computed: 'red' | 'amber';
  declared: Rating | null;
  reason: string;
  reasonCy: string;
  progress: string;
  direction: Direction | null;
  before: ComputedRating | null;
  cell: string;
}

export type UpcomingKind = 'action' | 'milestone' | 'checkpoint';

export interface UpcomingItem {
  /** ISO day it falls due. */
  due: string;
  kind: UpcomingKind;
  plan: string;
  ref: string;
  /** The action's text, or the milestone's. */
  what: string;
  owner: string;
  /** The action's computed rating. */
  rating: ComputedRating;
  cell: string;
}

export interface RuleCount {
  rule: string;
  errors: number;
  warnings: number;
}

export interface DataQuality {
  errors: number;
  warnings: number;
  /** Most findings first, then by rule id. */
  byRule: RuleCount[];
  /** Up to ten: errors before warnings, then in sheet order. */
  worst: Finding[];
}

export interface SummaryTitle {
  board: string;
  plans: string[];
  asOf: string;
  nextMeeting: string;
  generatedAt: string;
}

export interface BoardSummary {
  title: SummaryTitle;
  /** True when any plan (or the rule set) uses the four-point scale, or a yellow was given. */
  showYellow: boolean;
  /** True when any action has a declared rating. */
  hasDeclared: boolean;
  /** True when several workbooks are combined and the groups are the workbooks. */
  rollUp: boolean;
  overall: GroupCounts;
  groups: GroupCounts[];
  movement: Movement;
  exceptions: ExceptionRow[];
  upcoming: UpcomingItem[];
  dataQuality: DataQuality;
  /** The ratings the key explains, in display order, and the rule set they came from. */
  key: { ratings: ComputedRating[]; ruleSet: RuleSet };
}

export type { Severity };
