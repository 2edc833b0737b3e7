/**
 * Which column the reader uses for each role when several columns share one.
 *
 * Plans put group-level facts left of the action (`Key lead person`, `Issue ref`, `Issue lead`)
 * and action-level facts right of it (`Person Responsible`, `Who`). So for a single-valued role
 * the first column right of the first action column is used, else the nearest one left of it;
 * a ref column is normally just left of the action, so the nearest one left of it is used.
 * Several action, group, progress and milestone columns are all used.
 */
import type { ColumnRole, PlanColumn } from './types';

export interface Layout {
  actionCols: number[];
  /** Left to right. */
  groupCols: number[];
  ref: number | null;
  owner: number | null;
  start: number | null;
  due: number | null;
  review: number | null;
  success: number | null;
  rag: number | null;
  resources: number | null;
  milestoneCols: number[];
  /** Oldest first: dated columns by their header date, then undated ones in sheet order. */
  progressCols: number[];
  /** Role by sheet column, for the columns of the plan. */
  roleOf: Map<number, ColumnRole | null>;
}

export function planLayout(columns: PlanColumn[]): Layout {
  const byRole = (role: ColumnRole): number[] => columns.filter((c) => c.role === role).map((c) => c.index);
  const actionCols = byRole('action');
  const firstAction = actionCols.length > 0 ? actionCols[0] : -1;
  const single = (role: ColumnRole): number | null =>
    pickNearAction(byRole(role), firstAction, role === 'ref');
  return {
    actionCols,
    groupCols: byRole('group').filter((c) => c < firstAction || firstAction < 0),
    ref: single('ref'),
    owner: single('owner'),
    start: single('start'),
    due: single('due'),
    review: single('review'),
    success: single('success'),
    rag: single('rag'),
    resources: single('resources'),
    milestoneCols: byRole('milestone'),
    progressCols: orderProgressColumns(columns.filter((c) => c.role === 'progress')),
    roleOf: new Map(columns.map((c) => [c.index, c.role])),
  };
}

function pickNearAction(cols: number[], firstAction: number, preferLeft: boolean): number | null {
  if (cols.length === 0) return null;
  const left = cols.filter((c) => c < firstAction);
  const right = cols.filter((c) => c > firstAction);
  const nearestLeft = left.length > 0 ? left[left.length - 1] : null;
  const firstRight = right.length > 0 ? right[0] : null;
  return (preferLeft ? (nearestLeft ?? firstRight) : (firstRight ?? nearestLeft)) ?? cols[0];
}

/**
 * Dated progress columns are snapshots and go in date order (`Progress (Oct 2013)` before
 * `Progress (March 2014)`). An undated progress column beside them is taken as the running one,
 * written most recently, so undated columns come after the dated ones, in sheet order.
 */
function orderProgressColumns(columns: PlanColumn[]): number[] {
  const dated = columns
    .filter((c) => c.headerDate)
    .sort((a, b) =>
      a.headerDate! < b.headerDate! ? -1 : a.headerDate! > b.headerDate! ? 1 : a.index - b.index,
    );
  const undated = columns.filter((c) => !c.headerDate);
  return [...dated, ...undated].map((c) => c.index);
}
