/** The `summary --json` document of cli.md: its keys are a contract (more may be added). */
import type { ComputedRating, Rating } from '../plan/types';
import type { BoardSummary, RatingCounts } from './types';

export interface SummaryJsonTotals {
  complete: number;
  green: number;
  yellow: number;
  amber: number;
  red: number;
  notRated: number;
}

export interface SummaryJson {
  board: string;
  asOf: string;
  nextMeeting: string;
  generatedAt: string;
  plans: string[];
  actions: number;
  totals: SummaryJsonTotals;
  groups: { name: string | null; actions: number; totals: SummaryJsonTotals }[];
  exceptions: {
    plan: string;
    ref: string;
    action: string;
    computed: 'red' | 'amber';
    declared: Rating | null;
    owner: string;
    due: string | null;
    reason: string;
    progress: string;
    cell: string;
  }[];
  upcoming: {
    plan: string;
    ref: string;
    kind: string;
    what: string;
    due: string;
    owner: string;
    cell: string;
  }[];
  movement: {
    previous: string | null;
    up: number;
    down: number;
    same: number;
    new: number;
    newRed: number;
    removed: { plan: string; ref: string; computed: ComputedRating }[];
  };
  findings: { error: number; warning: number; byRule: { rule: string; error: number; warning: number }[] };
}

function totals(counts: RatingCounts): SummaryJsonTotals {
  const { complete, green, yellow, amber, red, notRated } = counts;
  return { complete, green, yellow, amber, red, notRated };
}

export function summaryToJson(summary: BoardSummary): SummaryJson {
  const { title, movement, dataQuality } = summary;
  return {
    board: title.board,
    asOf: title.asOf,
    nextMeeting: title.nextMeeting,
    generatedAt: title.generatedAt,
    plans: title.plans,
    actions: summary.overall.computed.total,
    totals: totals(summary.overall.computed),
    groups: summary.groups.map((group) => ({
      name: group.name,
      actions: group.computed.total,
      totals: totals(group.computed),
    })),
    exceptions: summary.exceptions.map((row) => ({
      plan: row.plan,
      ref: row.ref,
      action: row.action,
      computed: row.computed,
      declared: row.declared,
      owner: row.owner,
      due: row.due,
      reason: row.reason,
      progress: row.progress,
      cell: row.cell,
    })),
    upcoming: summary.upcoming.map((item) => ({
      plan: item.plan,
      ref: item.ref,
      kind: item.kind,
      what: item.what,
      due: item.due,
      owner: item.owner,
      cell: item.cell,
    })),
    movement: {
      previous: movement.previous,
      up: movement.up,
      down: movement.down,
      same: movement.same,
      new: movement.new,
      newRed: movement.newRed,
      removed: movement.removed.map((row) => ({ plan: row.plan, ref: row.ref, computed: row.computed })),
    },
    findings: {
      error: dataQuality.errors,
      warning: dataQuality.warnings,
      byRule: dataQuality.byRule.map((count) => ({
        rule: count.rule,
        error: count.errors,
        warning: count.warnings,
      })),
    },
  };
}
