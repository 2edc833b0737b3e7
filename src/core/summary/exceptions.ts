/** Exceptions: every red action, then every amber one, each ordered by deadline then ref. */
import { compareDays, compareRefs } from './order';
import type { ExceptionRow } from './types';
import type { SummaryAction } from './flatten';
import type { ActionChange } from './movement';

export function listExceptions(
  actions: SummaryAction[],
  changes: Map<SummaryAction, ActionChange>,
): ExceptionRow[] {
  const rows: ExceptionRow[] = [];
  for (const item of actions) {
    const rating = item.result.rating;
    if (rating !== 'red' && rating !== 'amber') continue;
    const { action } = item;
    const change = changes.get(item);
    rows.push({
      plan: item.plan,
      group: item.group,
      ref: action.ref,
      action: action.text,
      owner: action.ownerText,
      due: item.due,
      dueText: item.due === null ? (action.due?.text ?? '').replace(/\s+/g, ' ').trim() : '',
      computed: rating,
      declared: action.declared,
      reason: item.result.reason,
      reasonCy: item.result.reasonCy,
      progress: action.progress,
      direction: change?.direction ?? null,
      before: change?.before ?? null,
      cell: action.cells.row,
    });
  }
  return rows.sort(compareExceptions);
}

function compareExceptions(a: ExceptionRow, b: ExceptionRow): number {
  if (a.computed !== b.computed) return a.computed === 'red' ? -1 : 1;
  return (
    compareDays(a.due, b.due) || compareRefs(a.ref, b.ref) || (a.plan < b.plan ? -1 : a.plan > b.plan ? 1 : 0)
  );
}
