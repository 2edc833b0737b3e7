/**
 * Turns the plans read from one workbook, or from several (a roll-up, one workbook per school),
 * into the summary's input: each plan rated and checked, named, and in a roll-up grouped by workbook.
 */
import type { Plan } from '../plan/types';
import { checkPlans, ratePlan, type RatingContext } from '../rag';
import type { Finding } from '../rag/types';
import type { SnapshotRow, SummaryInput, SummaryPlanInput } from './types';

export interface WorkbookPlans {
  /** The workbook's name as the summary shows it in a roll-up (`ysgol-a`). */
  name: string;
  /** Its file name, which prefixes finding cells in a roll-up the way Excel does (`[ysgol-a.xlsx]Plan!C7`). */
  file: string;
  plans: Plan[];
}

/** A plan's name on the sheet and in snapshots: its title, else its table or sheet (with the sheet when two match). */
export function planNames(plans: Plan[]): string[] {
  const names = plans.map((plan) => plan.title?.trim() || plan.table || plan.sheet);
  return names.map((name, i) =>
    names.indexOf(name) === i && names.lastIndexOf(name) === i ? name : `${name} (${plans[i].sheet})`,
  );
}

function inWorkbook(findings: Finding[], file: string): Finding[] {
  return findings.map((finding) => ({ ...finding, cell: `[${file}]${finding.cell}` }));
}

export function assembleSummaryInput(
  workbooks: WorkbookPlans[],
  ctx: RatingContext,
  meeting: { board: string; generatedAt: string; previous: SnapshotRow[] },
): SummaryInput {
  const rollUp = workbooks.length > 1;
  const plans: SummaryPlanInput[] = [];
  const findings: Finding[] = [];
  for (const workbook of workbooks) {
    const names = planNames(workbook.plans);
    workbook.plans.forEach((plan, i) => {
      const name = !rollUp
        ? names[i]
        : workbook.plans.length === 1
          ? workbook.name
          : `${workbook.name}: ${names[i]}`;
      plans.push({ name, plan, ratings: ratePlan(plan, ctx), ...(rollUp ? { group: workbook.name } : {}) });
    });
    const found = checkPlans(workbook.plans, ctx);
    findings.push(...(rollUp ? inWorkbook(found, workbook.file) : found));
  }
  return {
    board: meeting.board,
    asOf: ctx.asOf,
    nextMeeting: ctx.nextMeeting,
    generatedAt: meeting.generatedAt,
    plans,
    findings,
    previous: meeting.previous,
    ruleSet: ctx.ruleSet,
  };
}
