/** Small hand-made plans, actions and ratings for the summary tests. */
import type { DateResult } from '../../../src/core/dates/types';
import type { Action, ComputedRating, Milestone, Plan, Rating } from '../../../src/core/plan/types';
import type { ComputedResult, Finding } from '../../../src/core/rag/types';
import type { SummaryInput, SummaryPlanInput } from '../../../src/core/summary';

export function day(iso: string): DateResult {
  return {
    kind: 'date',
    start: iso,
    end: iso,
    due: iso,
    checkpoints: [],
    cadence: null,
    text: iso,
    note: '',
    noteCy: '',
    embedded: false,
  };
}

export function written(text: string, kind: DateResult['kind'] = 'tbc'): DateResult {
  return {
    kind,
    start: null,
    end: null,
    due: null,
    checkpoints: [],
    cadence: null,
    text,
    note: '',
    noteCy: '',
    embedded: false,
  };
}

export function milestone(text: string, due: string, met = false): Milestone {
  return { text, when: day(due), met, source: 'column', cell: 'Plan!H2' };
}

let nextRow = 5;

export function action(ref: string, options: Partial<Action> = {}): Action {
  const row = nextRow++;
  return {
    ref,
    refSource: 'column',
    group: null,
    text: `Action ${ref}`,
    ownerText: `Owner of ${ref}`,
    owners: [`Owner of ${ref}`],
    start: null,
    due: null,
    review: null,
    milestones: [],
    success: '',
    progress: '',
    declared: null,
    declaredText: '',
    addedOn: null,
    resources: '',
    cells: { row: `Plan!A${row + 1}` },
    row,
    ...options,
  };
}

export function result(
  rating: ComputedRating,
  due: string | null = null,
  reason = `Reason ${rating}`,
): ComputedResult {
  return { rating, rule: rating, reason, reasonCy: `Rheswm ${rating}`, due };
}

export function plan(actions: Action[], options: Partial<Plan> = {}): Plan {
  return {
    sheet: 'Plan',
    table: null,
    title: 'Test plan',
    headerRows: [3, 3],
    columns: [],
    scale: 'three-point',
    actions,
    ...options,
  };
}

/** A plan entry whose actions carry the given computed ratings (and optional declared ones). */
export function rated(
  name: string,
  rows: { action: Action; rating: ComputedRating; due?: string | null; declared?: Rating | null }[],
  options: { plan?: Partial<Plan>; group?: string } = {},
): SummaryPlanInput {
  const actions = rows.map((row) => ({ ...row.action, declared: row.declared ?? row.action.declared }));
  return {
    name,
    plan: plan(actions, options.plan),
    ratings: actions.map((a, i) => ({
      action: a,
      result: result(rows[i].rating, rows[i].due ?? a.due?.due ?? null),
    })),
    ...(options.group === undefined ? {} : { group: options.group }),
  };
}

export function input(plans: SummaryPlanInput[], options: Partial<SummaryInput> = {}): SummaryInput {
  return {
    board: 'Education Improvement Board',
    asOf: '2015-11-11',
    nextMeeting: '2015-12-09',
    generatedAt: '2015-11-04T09:30:00',
    plans,
    findings: [],
    previous: [],
    ...options,
  };
}

export function finding(
  severity: 'error' | 'warning',
  rule: string,
  cell: string,
  ref: string | null = null,
): Finding {
  return { severity, rule, cell, ref, message: `${rule} at ${cell}`, messageCy: `${rule} yn ${cell}` };
}
