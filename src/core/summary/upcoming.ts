/** Coming up: milestones and deadlines from the meeting date to the next meeting, both included. */
import { compareRefs } from './order';
import type { UpcomingItem, UpcomingKind } from './types';
import type { SummaryAction } from './flatten';

const KIND_ORDER: Record<UpcomingKind, number> = { action: 0, checkpoint: 1, milestone: 2 };

/**
 * Complete actions and met milestones are left out: nothing is left to do before the meeting. When
 * an action's deadline is its last milestone, the milestone alone is listed, not both.
 */
export function listUpcoming(actions: SummaryAction[], asOf: string, nextMeeting: string): UpcomingItem[] {
  const inWindow = (day: string | null): day is string => day !== null && day >= asOf && day <= nextMeeting;
  const items: (UpcomingItem & { planIndex: number })[] = [];
  for (const entry of actions) {
    const { action, result } = entry;
    if (result.rating === 'complete') continue;
    const base = {
      planIndex: entry.planIndex,
      plan: entry.plan,
      ref: action.ref,
      owner: action.ownerText,
      rating: result.rating,
    };
    const dueCell = action.due;
    if (dueCell?.due && inWindow(dueCell.due)) {
      items.push({
        ...base,
        due: dueCell.due,
        kind: 'action',
        what: action.text,
        cell: action.cells.due ?? action.cells.row,
      });
    }
    if (dueCell?.kind === 'multiple') {
      for (const checkpoint of dueCell.checkpoints.slice(0, -1)) {
        if (!inWindow(checkpoint.end)) continue;
        items.push({
          ...base,
          due: checkpoint.end,
          kind: 'checkpoint',
          what: action.text,
          cell: action.cells.due ?? action.cells.row,
        });
      }
    }
    for (const milestone of action.milestones) {
      if (milestone.met || !inWindow(milestone.when.due)) continue;
      items.push({
        ...base,
        due: milestone.when.due,
        kind: 'milestone',
        what: milestone.text,
        cell: milestone.cell,
      });
    }
  }
  items.sort(
    (a, b) =>
      (a.due < b.due ? -1 : a.due > b.due ? 1 : 0) ||
      a.planIndex - b.planIndex ||
      compareRefs(a.ref, b.ref) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind],
  );
  return items.map(({ planIndex: _planIndex, ...item }) => item);
}
