/**
 * What the board summary sheet, its chart and the `summary` command say (en-GB). Dates arrive
 * already formatted (`31 Oct 2015`). The Welsh file (`../cy/summary.ts`) fills the same shape.
 */
import type { ComputedRating } from '../../plan/types';

export type SummaryColumn =
  | 'ref'
  | 'plan'
  | 'action'
  | 'owner'
  | 'due'
  | 'rating'
  | 'declared'
  | 'change'
  | 'reason'
  | 'progress'
  | 'now'
  | 'before'
  | 'what'
  | 'kind'
  | 'problem'
  | 'cell'
  | 'severity'
  | 'check'
  | 'errors'
  | 'warnings'
  | 'group'
  | 'total'
  | 'notDeclared';

export interface GlanceFacts {
  total: number;
  red: number;
  amber: number;
  newRed: number;
  /** Formatted date of the snapshot compared with, or null. */
  previous: string | null;
  upcoming: number;
  nextMeeting: string;
  findings: number;
}

export interface MovementFacts {
  up: number;
  down: number;
  same: number;
  new: number;
  removed: number;
  newRed: number;
}

export interface SummaryMessages {
  sheetName(isoDay: string): string;
  defaultBoard: string;
  subtitle(plans: string[]): string;
  dates(asOf: string, nextMeeting: string, prepared: string): string;
  glance(facts: GlanceFacts): string;
  columns: Record<SummaryColumn, string>;
  /** The first column of the counts tables: a priority, or in a roll-up a workbook. */
  groupColumn(rollUp: boolean): string;
  allActions: string;
  noGroup: string;
  ratingsHeading(asOf: string): string;
  ratingsNote(judgement: boolean): string;
  declaredHeading: string;
  declaredNote: string;
  chartAlt: string;
  chartTotal: string;
  chartMore(shown: number, total: number): string;
  movementHeading(previous: string): string;
  directionHeading: string;
  movementFirst: string;
  movementLine(facts: MovementFacts): string;
  movementNone: string;
  removed(list: string): string;
  change: {
    up(before: string): string;
    down(before: string): string;
    same: string;
    new: string;
  };
  exceptionsHeading: string;
  redHeading(count: number): string;
  amberHeading(count: number): string;
  noExceptions: string;
  upcomingHeading(asOf: string, nextMeeting: string): string;
  noUpcoming: string;
  upcomingKinds: Record<'action' | 'milestone' | 'checkpoint', string>;
  /** The due cell as written, for an action with no single deadline. */
  dueAsWritten(text: string): string;
  noDue: string;
  dataQualityHeading: string;
  findingsLine(errors: number, warnings: number): string;
  noFindings: string;
  worstHeading(count: number): string;
  severity: Record<'error' | 'warning', string>;
  ruleTitles: Record<string, string>;
  keyHeading: string;
  /** What each colour means under the `deadlines` rules. */
  keyDeadlines: Record<ComputedRating, string>;
  /** Not rated under the `judgement` rules (other colours come from the rule set's meanings). */
  keyNotJudged: string;
  keyJudged(meaning: string): string;
  keyArrows: string;
  keySymbols: string;
  footer: string;
  snapshot: {
    skipped(row: number, why: string): string;
    badDate(text: string): string;
    noPlan: string;
    noRef: string;
    badRating(text: string): string;
    badDue(text: string): string;
  };
  cli: {
    describe: string;
    describeFiles: string;
    describeAsOf: string;
    describeBoard: string;
    describeOut: string;
    describeLang: string;
    badLang(value: string): string;
    heading(board: string, asOf: string, nextMeeting: string): string;
    counts(total: number, parts: string): string;
    exceptions(total: number, red: number, amber: number): string;
    movement(newRed: number, previous: string): string;
    firstSnapshot: string;
    written(file: string, sheet: string): string;
    notWritten: string;
    sheetRenamed(wanted: string, used: string): string;
    progress(done: number, total: number): string;
    noPlans(file: string): string;
  };
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

export const summaryMessages: SummaryMessages = {
  sheetName: (isoDay) => `Board Summary ${isoDay}`,
  defaultBoard: 'Education Improvement Board',
  subtitle: (plans) =>
    plans.length === 0
      ? 'Board summary'
      : plans.length <= 3
        ? `Board summary: ${plans.join('; ')}`
        : `Board summary: ${plans.length} plans combined`,
  dates: (asOf, next, prepared) =>
    `Position at ${asOf}   ·   Next meeting ${next}   ·   Prepared ${prepared}`,
  glance: (f) => {
    const attention =
      f.red + f.amber === 0
        ? 'none is red or amber'
        : `${f.red} red and ${f.amber} amber need attention` +
          (f.previous === null ? '' : ` (${plural(f.newRed, 'action')} turned red since ${f.previous})`);
    const due = `${f.upcoming} ${f.upcoming === 1 ? 'deadline or milestone falls' : 'deadlines or milestones fall'} due by ${f.nextMeeting}`;
    const problems =
      f.findings === 0 ? 'no problems in the plan' : `${plural(f.findings, 'problem')} in the plan`;
    return `${plural(f.total, 'action')}: ${attention}; ${due}; ${problems}.`;
  },
  columns: {
    ref: 'Ref',
    plan: 'Plan',
    action: 'Action',
    owner: 'Lead',
    due: 'Due',
    rating: 'Rating',
    declared: 'Declared',
    change: 'Since last',
    reason: 'Why',
    progress: 'Latest progress',
    now: 'Now',
    before: 'Before',
    what: 'Milestone or action',
    kind: 'Type',
    problem: 'Problem and how to fix it',
    cell: 'Cell',
    severity: 'Severity',
    check: 'Check',
    errors: 'Errors',
    warnings: 'Warnings',
    group: 'Group',
    total: 'Total',
    notDeclared: 'None written',
  },
  groupColumn: (rollUp) => (rollUp ? 'Plan' : 'Group'),
  allActions: 'All actions',
  noGroup: 'No group',
  ratingsHeading: (asOf) => `Ratings at ${asOf}`,
  ratingsNote: (judgement) =>
    judgement
      ? 'Taken from the judgements written in the plan (see the key).'
      : 'Worked out from due dates, milestones and progress in the plan (see the key).',
  declaredHeading: 'Ratings written in the plan',
  declaredNote: "What officers declared in the plan's own RAG column, for comparison.",
  chartAlt:
    'Bar chart of the number of actions of each rating in each group, the same numbers as the table above.',
  chartMore: (shown, total) => `The first ${shown} of ${total} groups; the table above lists them all.`,
  chartTotal: 'Total',
  movementHeading: (previous) => `Since the last meeting (${previous})`,
  directionHeading: 'Direction of travel',
  movementFirst:
    'This is the first summary saved in this workbook: direction of travel will show from the next meeting.',
  movementLine: (f) =>
    `↑ ${f.up} better   ·   ↓ ${f.down} worse   ·   → ${f.same} unchanged   ·   ${f.new} new   ·   ` +
    `${f.removed} removed   ·   ${f.newRed} turned red`,
  movementNone: 'No action changed rating.',
  removed: (list) => `No longer in the plan: ${list}.`,
  change: {
    up: (before) => `↑ was ${before}`,
    down: (before) => `↓ was ${before}`,
    same: '→ Same',
    new: 'New',
  },
  exceptionsHeading: 'Exceptions: red and amber actions',
  redHeading: (n) => `Red (${n})`,
  amberHeading: (n) => `Amber (${n})`,
  noExceptions: 'No action is red or amber.',
  upcomingHeading: (asOf, next) => `Coming up: due from ${asOf} to ${next}`,
  noUpcoming: 'Nothing falls due before the next meeting.',
  upcomingKinds: { action: 'Action due', milestone: 'Milestone', checkpoint: 'Checkpoint' },
  dueAsWritten: (text) => text,
  noDue: 'No date',
  dataQualityHeading: 'Data quality',
  findingsLine: (errors, warnings) =>
    `${plural(errors + warnings, 'problem')} found in the plan: ${plural(errors, 'error')} and ${plural(warnings, 'warning')}.`,
  noFindings: 'No problems found in the plan.',
  worstHeading: (n) => (n === 1 ? 'The one to fix' : `The ${n} to fix first`),
  severity: { error: 'Error', warning: 'Warning' },
  ruleTitles: {
    'missing-owner': 'No owner',
    'missing-due': 'No usable due date',
    'unparsed-date': 'Date not understood',
    'start-after-due': 'Starts after it is due',
    'milestone-outside-window': "Milestone outside the action's dates",
    'milestones-out-of-order': 'Milestones out of order',
    'after-plan-end': 'Date after the plan ends',
    'review-before-start': 'Review before the start',
    'duplicate-ref': 'Ref used twice',
    'rating-off-scale': 'Rating not on the scale',
    'declared-contradicts-computed': 'Declared rating contradicts the dates',
    'success-deadline-after-due': 'Success criteria deadline after the due date',
    'ambiguous-date-text': 'Date typed as ambiguous text',
  },
  keyHeading: 'Key',
  keyDeadlines: {
    complete: 'Done: declared complete, or the latest progress says it is complete.',
    green: 'On track: due after the next meeting, or ongoing and in progress.',
    yellow: 'Strong progress (four-point scale).',
    amber: 'Needs attention: due before the next meeting, or a milestone has been missed.',
    red: 'Overdue: the due date has passed and the action is not complete.',
    'not-rated': 'Cannot be rated: no usable due date (TBC, blank or not understood) and no dated milestone.',
  },
  keyNotJudged: 'No judgement written in the plan.',
  keyJudged: (meaning) => `${meaning}, as judged in the plan.`,
  keyArrows:
    'Since last: ↑ better than at the last meeting, ↓ worse, → unchanged, on the order not rated, red, amber, yellow, green, complete.',
  keySymbols: 'Every rating is written as a word with a symbol, so the sheet reads in black and white.',
  footer: 'Page &P of &N',
  snapshot: {
    skipped: (row, why) => `Snapshot row ${row} was skipped: ${why}.`,
    badDate: (text) => `the meeting date "${text}" is not a day`,
    noPlan: 'it names no plan',
    noRef: 'it has no ref',
    badRating: (text) => `"${text}" is not a rating`,
    badDue: (text) => `the due date "${text}" is not a day`,
  },
  cli: {
    describe:
      'Build the board summary sheet (counts, direction of travel, exceptions, what is due, data quality) ' +
      'for one workbook, or combine several (one per school) into one summary.',
    describeFiles: 'the .xlsx workbook(s) to summarise; the copy is made from the first',
    describeAsOf: 'the meeting date the summary is for, YYYY-MM-DD (default: today)',
    describeBoard: 'the board the summary is for (default: "Education Improvement Board")',
    describeOut:
      'write a copy of the first workbook with the summary and snapshot sheets here (inputs are never changed)',
    describeLang: 'the language of the summary sheet: en (English, the default) or cy (Welsh)',
    badLang: (value) => `--lang "${value}" is not a language the summary is written in: give en or cy.`,
    heading: (board, asOf, next) => `${board}: board summary at ${asOf} (next meeting ${next})`,
    counts: (total, parts) => `${plural(total, 'action')}: ${parts}`,
    exceptions: (total, red, amber) => `Exceptions: ${total} (${red} red, ${amber} amber)`,
    movement: (newRed, previous) => `Since ${previous}: ${plural(newRed, 'action')} turned red`,
    firstSnapshot: 'No earlier snapshot: direction of travel will show from the next meeting.',
    written: (file, sheet) => `Written to ${file} (sheet "${sheet}")`,
    notWritten: 'Nothing written: give --out FILE.xlsx to save the summary sheet.',
    sheetRenamed: (wanted, used) =>
      `A sheet named "${wanted}" that this tool did not write is already in the workbook: left it alone and used "${used}".`,
    progress: (done, total) => `Reading workbooks: ${done} of ${total}`,
    noPlans: (file) => `${file}: no action plan found (nothing to summarise in it).`,
  },
};
