/** Every rated action of every plan, with the plan name, group and deadline the summary uses. */
import type { Action } from '../plan/types';
import type { ComputedResult } from '../rag/types';
import type { SummaryPlanInput } from './types';

export interface SummaryAction {
  /** Position of the plan in the input, for ordering. */
  planIndex: number;
  plan: string;
  group: string | null;
  action: Action;
  result: ComputedResult;
  /** The deadline the rating used (the due cell's, else the last milestone's), ISO, or null. */
  due: string | null;
}

/**
 * In a roll-up every action counts under its plan's group (the workbook). When one workbook holds
 * several plans, a priority's name is prefixed with its plan's, so `Priority 1` of two plans stay apart.
 */
export function flattenPlans(plans: SummaryPlanInput[]): SummaryAction[] {
  const severalPlans = new Set(plans.map((entry) => entry.name)).size > 1;
  const actions: SummaryAction[] = [];
  plans.forEach((entry, planIndex) => {
    for (const { action, result } of entry.ratings) {
      actions.push({
        planIndex,
        plan: entry.name,
        group: groupOf(entry, action, severalPlans),
        action,
        result,
        due: result.due !== undefined ? result.due : (action.due?.due ?? null),
      });
    }
  });
  return actions;
}

function groupOf(entry: SummaryPlanInput, action: Action, severalPlans: boolean): string | null {
  if (entry.group !== undefined) return entry.group;
  if (!severalPlans) return action.group;
  return action.group === null ? entry.name : `${entry.name}: ${action.group}`;
}
