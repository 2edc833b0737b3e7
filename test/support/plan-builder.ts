/**
 * Builders for plans, actions and date results in tests, with sensible defaults. Date results are
 * built directly, as dates.md defines them, so that a rating test does not depend on the parser;
 * `read` and `milestonesIn` go through the real date engine, for checks on verbatim seed text.
 *
 *   anAction({ ref: '1.1', due: '2015-10-31' })            due on one day
 *   anAction({ due: '2015-11', start: '2015-09' })          whole months (`Nov 15`)
 *   anAction({ due: tbc('TBC'), milestones: [aMilestone({ text: 'Moderators deployed', when: byMonth('2016-02') })] })
 */
import { findDatedPhrases, parseTimescale } from '../../src/core/dates';
import type { Cadence, DateResult, DaySpan } from '../../src/core/dates/types';
import type { Action, Milestone, Plan, RatingScale } from '../../src/core/plan/types';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^\d{4}-\d{2}$/;

function dateResult(fields: Partial<DateResult> & Pick<DateResult, 'kind' | 'text'>): DateResult {
  return {
    start: null,
    end: null,
    due: null,
    checkpoints: [],
    cadence: null,
    note: '',
    noteCy: '',
    embedded: false,
    ...fields,
  };
}

export function lastDayOfMonth(isoMonth: string): string {
  const [year, month] = isoMonth.split('-').map(Number);
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${isoMonth}-${String(day).padStart(2, '0')}`;
}

/** One day, e.g. `31 Oct 2015`. */
export function onDay(iso: string, text = iso): DateResult {
  return dateResult({ kind: 'date', start: iso, end: iso, due: iso, text });
}

/** A whole month, e.g. `Nov 15`. */
export function inMonth(isoMonth: string, text = isoMonth): DateResult {
  const end = lastDayOfMonth(isoMonth);
  return dateResult({ kind: 'period', start: `${isoMonth}-01`, end, due: end, text });
}

/** A deadline on a month, e.g. `By Feb 15`: a period with no start (dates.md "deadline"). */
export function byMonth(isoMonth: string, text = `By ${isoMonth}`): DateResult {
  const end = lastDayOfMonth(isoMonth);
  return dateResult({ kind: 'period', start: null, end, due: end, text });
}

export function between(start: string, end: string, text = `${start} to ${end}`): DateResult {
  return dateResult({ kind: 'period', start, end, due: end, text });
}

export function checkpoints(spans: DaySpan[], text = spans.map((span) => span.end).join(' ')): DateResult {
  const last = spans[spans.length - 1];
  return dateResult({
    kind: 'multiple',
    start: spans[0].start,
    end: last.end,
    due: last.end,
    checkpoints: spans,
    text,
  });
}

/** `Sept 2015 onwards`: starts, never ends. */
export function openFrom(start: string, text = `${start} onwards`): DateResult {
  return dateResult({ kind: 'open', start, text });
}

export function recurring(cadence: Cadence, start: string | null = null, text: string = cadence): DateResult {
  return dateResult({ kind: 'recurring', start, cadence, text });
}

export function tbc(text = 'TBC'): DateResult {
  return dateResult({ kind: 'tbc', text });
}

export function none(text = ''): DateResult {
  return dateResult({ kind: 'none', text });
}

export function unparsed(text: string): DateResult {
  return dateResult({ kind: 'unparsed', text });
}

/** A cell's text as the date engine reads it. */
export function read(text: string): DateResult {
  return parseTimescale(text);
}

/** The `By <date> <what>` milestones in a success or milestone cell, as the date engine finds them. */
export function milestonesIn(text: string, cell: string): Milestone[] {
  return findDatedPhrases(text).map((phrase) => ({
    text: phrase.text,
    when: phrase.when,
    met: false,
    source: 'text',
    cell,
  }));
}

/** A date given as an ISO day or month, or as a ready result. */
export type WhenSpec = string | DateResult | null;

export function when(spec: WhenSpec): DateResult | null {
  if (spec === null || typeof spec !== 'string') return spec;
  if (ISO_DAY.test(spec)) return onDay(spec);
  if (ISO_MONTH.test(spec)) return inMonth(spec);
  throw new Error(`plan-builder: "${spec}" is neither YYYY-MM-DD nor YYYY-MM; build the DateResult directly`);
}

export function aMilestone(fields: Partial<Omit<Milestone, 'when'>> & { when: WhenSpec }): Milestone {
  return {
    text: 'A milestone',
    met: false,
    source: 'text',
    cell: 'Plan!G7',
    ...fields,
    when: when(fields.when) ?? none(),
  };
}

type ActionSpec = Partial<Omit<Action, 'start' | 'due' | 'review'>> & {
  start?: WhenSpec;
  due?: WhenSpec;
  review?: WhenSpec;
};

/** Cell addresses of a conventional layout: ref, action, owner, start, due, review, success, progress, rag. */
function cellsForRow(row: number): Action['cells'] {
  const at = (column: string): string => `Plan!${column}${row + 1}`;
  return {
    row: at('A'),
    ref: at('A'),
    action: at('B'),
    owner: at('C'),
    start: at('D'),
    due: at('E'),
    review: at('F'),
    success: at('G'),
    progress: at('H'),
    rag: at('I'),
  };
}

export function anAction(spec: ActionSpec = {}): Action {
  const row = spec.row ?? 6;
  const { start, due, review, ...rest } = spec;
  return {
    ref: '1.1',
    refSource: 'column',
    group: 'Priority 1',
    text: 'Train and accredit a cohort of expert moderators',
    ownerText: 'Head of Service',
    owners: ['Head of Service'],
    milestones: [],
    success: '',
    progress: '',
    declared: null,
    declaredText: '',
    addedOn: null,
    resources: '',
    row,
    cells: cellsForRow(row),
    ...rest,
    start: when(start ?? null),
    due: when(due ?? null),
    review: when(review ?? null),
  };
}

export function aPlan(spec: Partial<Plan> & { actions?: Action[]; scale?: RatingScale } = {}): Plan {
  return {
    sheet: 'Plan',
    table: null,
    title: 'School Improvement Action Plan 2015/16',
    headerRows: [4, 4],
    columns: [],
    scale: 'three-point',
    actions: [],
    ...spec,
  };
}
