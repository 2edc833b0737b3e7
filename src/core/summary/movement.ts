/** Direction of travel: each action against the latest snapshot before the meeting date. */
import type { ComputedRating } from '../plan/types';
import { compareRefs, progressRank } from './order';
import type { ActionMove, Direction, Movement, SnapshotRow } from './types';
import type { SummaryAction } from './flatten';

export interface ActionChange {
  direction: Direction;
  before: ComputedRating | null;
}

export interface MovementResult {
  movement: Movement;
  /** Each current action's change, when there is a snapshot to compare with. */
  changes: Map<SummaryAction, ActionChange>;
}

/** The latest snapshot date strictly before `asOf`, or null. */
export function previousSnapshotDate(rows: SnapshotRow[], asOf: string): string | null {
  let latest: string | null = null;
  for (const row of rows) {
    if (row.date < asOf && (latest === null || row.date > latest)) latest = row.date;
  }
  return latest;
}

const keyOf = (plan: string, ref: string): string => `${plan}\u0000${ref}`;

function directionOf(before: ComputedRating, now: ComputedRating): Direction {
  const difference = progressRank(now) - progressRank(before);
  return difference > 0 ? 'up' : difference < 0 ? 'down' : 'same';
}

/**
 * Matches actions to snapshot rows by plan and ref. A ref used twice in one plan matches the
 * snapshot's rows of that ref in order, so duplicates neither vanish nor count twice.
 */
export function computeMovement(
  actions: SummaryAction[],
  previous: SnapshotRow[],
  asOf: string,
): MovementResult {
  const date = previousSnapshotDate(previous, asOf);
  const changes = new Map<SummaryAction, ActionChange>();
  const movement: Movement = {
    previous: date,
    up: 0,
    down: 0,
    same: 0,
    new: 0,
    newRed: 0,
    moved: [],
    removed: [],
  };
  if (date === null) return { movement, changes };

  const waiting = new Map<string, SnapshotRow[]>();
  for (const row of previous) {
    if (row.date !== date) continue;
    const key = keyOf(row.plan, row.ref);
    const queue = waiting.get(key);
    if (queue) queue.push(row);
    else waiting.set(key, [row]);
  }

  const down: ActionMove[] = [];
  const up: ActionMove[] = [];
  for (const item of actions) {
    const now = item.result.rating;
    const before = waiting.get(keyOf(item.plan, item.action.ref))?.shift() ?? null;
    const direction: Direction = before === null ? 'new' : directionOf(before.computed, now);
    changes.set(item, { direction, before: before?.computed ?? null });
    movement[direction] += 1;
    if (before !== null && now === 'red' && before.computed !== 'red') movement.newRed += 1;
    if (direction === 'up' || direction === 'down') {
      const move: ActionMove = {
        plan: item.plan,
        ref: item.action.ref,
        text: item.action.text,
        owner: item.action.ownerText,
        due: item.due,
        now,
        before: before?.computed ?? null,
        direction,
        reason: item.result.reason,
        reasonCy: item.result.reasonCy,
      };
      (direction === 'down' ? down : up).push(move);
    }
  }
  // Worst news first: moves down ordered by where they landed (red before amber), then by ref.
  down.sort((a, b) => progressRank(a.now) - progressRank(b.now) || compareMoves(a, b));
  up.sort(compareMoves);
  movement.moved = [...down, ...up];

  const seen = new Set<string>();
  for (const [key, rows] of waiting) {
    if (rows.length === 0 || seen.has(key)) continue;
    seen.add(key);
    movement.removed.push(rows[0]);
  }
  movement.removed.sort((a, b) => (a.plan < b.plan ? -1 : a.plan > b.plan ? 1 : compareRefs(a.ref, b.ref)));
  return { movement, changes };
}

function compareMoves(a: ActionMove, b: ActionMove): number {
  return a.plan === b.plan ? compareRefs(a.ref, b.ref) : a.plan < b.plan ? -1 : 1;
}
