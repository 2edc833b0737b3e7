/** Builds the board summary model from rated plans, findings and earlier snapshots (rag.md). */
import { defaultRuleSet } from '../rag/rule-set';
import { countAction, emptyGroupCounts } from './counts';
import { summariseFindings } from './data-quality';
import { listExceptions } from './exceptions';
import { flattenPlans } from './flatten';
import { computeMovement } from './movement';
import { DISPLAY_ORDER } from './order';
import type { BoardSummary, GroupCounts, SummaryInput } from './types';
import { listUpcoming } from './upcoming';

export function buildSummary(input: SummaryInput): BoardSummary {
  const ruleSet = input.ruleSet ?? defaultRuleSet;
  const actions = flattenPlans(input.plans);

  const overall = emptyGroupCounts(null);
  const groups = new Map<string | null, GroupCounts>();
  for (const item of actions) {
    const declared = item.action.declared;
    countAction(overall, item.result.rating, declared);
    let group = groups.get(item.group);
    if (!group) {
      group = emptyGroupCounts(item.group);
      groups.set(item.group, group);
    }
    countAction(group, item.result.rating, declared);
  }

  const showYellow =
    ruleSet.scale === 'four-point' ||
    input.plans.some((entry) => entry.plan.scale === 'four-point') ||
    overall.computed.yellow > 0;
  const { movement, changes } = computeMovement(actions, input.previous, input.asOf);
  const sheetOrder = [...new Set(input.plans.map((entry) => entry.plan.sheet))];

  return {
    title: {
      board: input.board,
      plans: [...new Set(input.plans.map((entry) => entry.name))],
      asOf: input.asOf,
      nextMeeting: input.nextMeeting,
      generatedAt: input.generatedAt,
    },
    showYellow,
    hasDeclared: overall.declared.none < overall.declared.total,
    rollUp: input.plans.some((entry) => entry.group !== undefined),
    overall,
    groups: [...groups.values()],
    movement,
    exceptions: listExceptions(actions, changes),
    upcoming: listUpcoming(actions, input.asOf, input.nextMeeting),
    dataQuality: summariseFindings(input.findings, sheetOrder),
    key: { ratings: DISPLAY_ORDER.filter((rating) => rating !== 'yellow' || showYellow), ruleSet },
  };
}
