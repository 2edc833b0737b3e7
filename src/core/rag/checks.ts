/**
 * Checks on a plan (rag.md "Checks on a plan"). Each finding names a stable rule id, the cell to
 * look at, the action's ref, and says what is wrong and how to fix it, in English and Welsh.
 *
 * Severities. An error is something a board would be misled by, or that makes the plan's own
 * bookkeeping wrong; `actionplan validate` exits 1 on errors. The rest warn: plans pasted from Word
 * are messy, and a warning should not block a board pack.
 *
 * | rule                           | severity | why                                                            |
 * |--------------------------------|----------|----------------------------------------------------------------|
 * | missing-owner                  | warning  | common in real plans; the action can still be rated            |
 * | missing-due                    | warning  | the action is shown as not rated, which is visible anyway      |
 * | unparsed-date                  | warning  | the text is kept and shown; nothing is guessed                 |
 * | start-after-due                | error    | one of the two dates is wrong, so the rating is unreliable     |
 * | milestone-outside-window       | error    | before the start: almost always a wrong year (`By Feb 15`)     |
 * |                                | warning  | after the due date: often an impact milestone, on purpose      |
 * | milestones-out-of-order        | warning  | usually the same typo as above, reported once as an error      |
 * | after-plan-end                 | warning  | may be deliberate (carried into the next plan)                 |
 * | review-before-start            | warning  | the review cannot review anything yet                          |
 * | duplicate-ref                  | error    | refs are the key for milestones, snapshots and board papers    |
 * | rating-off-scale               | warning  | the declared rating is simply not counted                      |
 * | declared-contradicts-computed  | error    | a board would be told Green about overdue work                 |
 * | success-deadline-after-due     | warning  | success criteria often look beyond the action itself           |
 * | ambiguous-date-text            | warning  | it is read day first, as the UK writes it, but may be a slip   |
 */
import { findDeadlineMentions, formatDay, looksLikeAmbiguousNumericDate, type DateResult } from '../dates';
import type { Action, ColumnRole, Milestone, Plan } from '../plan/types';
import type { DateField } from '../i18n/en/rag';
import type { Finding, Severity } from './types';
import type { RatingContext } from './context';
import { inBothLanguages, type BilingualText } from './language';
import { describeDue, describeSpan, describeStart, shortQuote } from './describe';
import { datedMilestones, rateAction } from './rate';
import { isBlankRating, isOnScale, ratingFromText } from './scale';
import { progressStillOpenPhrase } from './progress';

export const FINDING_RULES = [
  'missing-owner',
  'missing-due',
  'unparsed-date',
  'start-after-due',
  'milestone-outside-window',
  'milestones-out-of-order',
  'after-plan-end',
  'review-before-start',
  'duplicate-ref',
  'rating-off-scale',
  'declared-contradicts-computed',
  'success-deadline-after-due',
  'ambiguous-date-text',
] as const;

export type FindingRule = (typeof FINDING_RULES)[number];

interface CheckInput {
  action: Action;
  plan: Plan;
  ctx: RatingContext;
}

function cellOf(action: Action, role: ColumnRole): string {
  return action.cells[role] ?? action.cells.row;
}

function finding(
  rule: FindingRule,
  severity: Severity,
  action: Action,
  cell: string,
  message: BilingualText,
): Finding {
  return { severity, rule, cell, ref: action.ref, message: message.en, messageCy: message.cy };
}

/** The first day an action runs, from its start cell. */
function startDay(action: Action): string | null {
  const start = action.start;
  if (start === null) return null;
  return start.kind === 'multiple' && start.checkpoints.length > 0 ? start.checkpoints[0].start : start.start;
}

/** The due cell's own deadline (not the milestone fallback: checks judge what the officer wrote). */
function dueDay(action: Action): string | null {
  return action.due?.due ?? null;
}

function milestoneDay(milestone: Milestone): string {
  return milestone.when.due as string;
}

function checkOwner({ action }: CheckInput): Finding[] {
  if (action.ownerText.trim() !== '' || action.owners.length > 0) return [];
  return [
    finding(
      'missing-owner',
      'warning',
      action,
      cellOf(action, 'owner'),
      inBothLanguages((m) => m.finding.missingOwner(action.ref)),
    ),
  ];
}

function checkDue({ action }: CheckInput): Finding[] {
  const due = action.due;
  if (due !== null && (due.due !== null || due.kind === 'open' || due.kind === 'recurring')) return [];
  const written = due?.text.replace(/\s+/g, ' ').trim() ?? '';
  return [
    finding(
      'missing-due',
      'warning',
      action,
      cellOf(action, 'due'),
      inBothLanguages((m) => m.finding.missingDue(action.ref, written)),
    ),
  ];
}

/** Every date an action holds, with the cell it came from and what it is. */
function dateCells(
  action: Action,
): { field: DateField; when: DateResult; cell: string; fromText: boolean }[] {
  const cells: { field: DateField; when: DateResult; cell: string; fromText: boolean }[] = [];
  for (const field of ['start', 'due', 'review'] as const) {
    const when = action[field];
    if (when !== null) cells.push({ field, when, cell: cellOf(action, field), fromText: false });
  }
  for (const milestone of action.milestones) {
    cells.push({
      field: 'milestone',
      when: milestone.when,
      cell: milestone.cell,
      fromText: milestone.source === 'text',
    });
  }
  return cells;
}

function checkUnparsed({ action }: CheckInput): Finding[] {
  return dateCells(action)
    .filter(({ when }) => when.kind === 'unparsed' && when.text.trim() !== '')
    .map(({ field, when, cell }) => {
      const written = when.text.replace(/\s+/g, ' ').trim();
      return finding(
        'unparsed-date',
        'warning',
        action,
        cell,
        inBothLanguages((m) => m.finding.unparsedDate(field, written)),
      );
    });
}

function checkStartAfterDue({ action }: CheckInput): Finding[] {
  const start = startDay(action);
  const due = dueDay(action);
  if (start === null || due === null || start <= due || action.start === null || action.due === null)
    return [];
  const startWhen = action.start;
  const dueWhen = action.due;
  return [
    finding(
      'start-after-due',
      'error',
      action,
      cellOf(action, 'start'),
      inBothLanguages((m, lang) =>
        m.finding.startAfterDue(describeStart(startWhen, lang), describeDue(dueWhen, lang)),
      ),
    ),
  ];
}

function checkMilestoneWindow({ action }: CheckInput): Finding[] {
  const start = startDay(action);
  const due = dueDay(action);
  const startWhen = action.start;
  const dueWhen = action.due;
  const findings: Finding[] = [];
  for (const milestone of datedMilestones(action)) {
    const day = milestoneDay(milestone);
    const text = shortQuote(milestone.text);
    if (start !== null && startWhen !== null && day < start) {
      findings.push(
        finding(
          'milestone-outside-window',
          'error',
          action,
          milestone.cell,
          inBothLanguages((m, lang) =>
            m.finding.milestoneBeforeStart(
              text,
              describeDue(milestone.when, lang),
              describeStart(startWhen, lang),
            ),
          ),
        ),
      );
    } else if (due !== null && dueWhen !== null && day > due) {
      findings.push(
        finding(
          'milestone-outside-window',
          'warning',
          action,
          milestone.cell,
          inBothLanguages((m, lang) =>
            m.finding.milestoneAfterDue(text, describeDue(milestone.when, lang), describeDue(dueWhen, lang)),
          ),
        ),
      );
    }
  }
  return findings;
}

function checkMilestoneOrder({ action }: CheckInput): Finding[] {
  const dated = datedMilestones(action);
  const findings: Finding[] = [];
  for (let i = 1; i < dated.length; i += 1) {
    const previous = dated[i - 1];
    const current = dated[i];
    if (milestoneDay(current) >= milestoneDay(previous)) continue;
    const text = shortQuote(current.text);
    const previousText = shortQuote(previous.text);
    findings.push(
      finding(
        'milestones-out-of-order',
        'warning',
        action,
        current.cell,
        inBothLanguages((m, lang) =>
          m.finding.milestoneOutOfOrder(
            text,
            describeDue(current.when, lang),
            previousText,
            describeDue(previous.when, lang),
          ),
        ),
      ),
    );
  }
  return findings;
}

function checkPlanEnd({ action, plan, ctx }: CheckInput): Finding[] {
  // An end the caller gives wins over the one the plan's title names.
  const planEnd = ctx.planEnd ?? plan.period?.end ?? null;
  if (planEnd === null) return [];
  const findings: Finding[] = [];
  const due = dueDay(action);
  const dueWhen = action.due;
  if (due !== null && dueWhen !== null && due > planEnd) {
    findings.push(
      finding(
        'after-plan-end',
        'warning',
        action,
        cellOf(action, 'due'),
        inBothLanguages((m, lang) =>
          m.finding.dueAfterPlanEnd(describeDue(dueWhen, lang), formatDay(planEnd, lang)),
        ),
      ),
    );
  }
  for (const milestone of datedMilestones(action)) {
    if (milestoneDay(milestone) <= planEnd) continue;
    const text = shortQuote(milestone.text);
    findings.push(
      finding(
        'after-plan-end',
        'warning',
        action,
        milestone.cell,
        inBothLanguages((m, lang) =>
          m.finding.milestoneAfterPlanEnd(text, describeDue(milestone.when, lang), formatDay(planEnd, lang)),
        ),
      ),
    );
  }
  return findings;
}

function checkReview({ action }: CheckInput): Finding[] {
  const start = startDay(action);
  const review = action.review;
  const startWhen = action.start;
  // Only a review with an end can be wholly before the start; a cadence (`Termly`) cannot.
  const reviewEnd = review?.end ?? null;
  if (start === null || startWhen === null || review === null || reviewEnd === null || reviewEnd >= start)
    return [];
  return [
    finding(
      'review-before-start',
      'warning',
      action,
      cellOf(action, 'review'),
      inBothLanguages((m, lang) =>
        m.finding.reviewBeforeStart(
          describeSpan(review.start, reviewEnd, lang),
          describeStart(startWhen, lang),
        ),
      ),
    ),
  ];
}

function checkRatingScale({ action, plan }: CheckInput): Finding[] {
  const written = action.declaredText.replace(/\s+/g, ' ').trim();
  if (isBlankRating(written)) return [];
  const rating = action.declared ?? ratingFromText(written);
  if (rating !== null && isOnScale(rating, plan.scale)) return [];
  return [
    finding(
      'rating-off-scale',
      'warning',
      action,
      cellOf(action, 'rag'),
      inBothLanguages((m) => m.finding.ratingOffScale(written, plan.scale)),
    ),
  ];
}

function checkDeclaredAgainstComputed({ action, plan, ctx }: CheckInput): Finding[] {
  const findings: Finding[] = [];
  if (action.declared === 'green' || action.declared === 'yellow') {
    const computed = rateAction(action, plan, ctx);
    const declared = action.declared;
    if (computed.rating === 'red') {
      findings.push(
        finding(
          'declared-contradicts-computed',
          'error',
          action,
          cellOf(action, 'rag'),
          inBothLanguages((m, lang) =>
            m.finding.declaredButRed(
              m.ratingWords[declared],
              lang === 'en' ? computed.reason : computed.reasonCy,
            ),
          ),
        ),
      );
    }
  }
  if (action.declared === 'complete') {
    const phrase = progressStillOpenPhrase(action.progress);
    if (phrase !== null) {
      const written = action.declaredText.trim();
      findings.push(
        finding(
          'declared-contradicts-computed',
          'error',
          action,
          cellOf(action, 'rag'),
          inBothLanguages((m) =>
            m.finding.declaredCompleteButProgress(written || m.ratingWords.complete, phrase),
          ),
        ),
      );
    }
  }
  return findings;
}

function checkSuccessDeadlines({ action, ctx }: CheckInput): Finding[] {
  const due = dueDay(action);
  const dueWhen = action.due;
  if (due === null || dueWhen === null || action.success.trim() === '') return [];
  return findDeadlineMentions(action.success, ctx.dateOptions ?? {})
    .filter((mention) => mention.when.due !== null && mention.when.due > due)
    .map((mention) => {
      const quoted = shortQuote(mention.text);
      return finding(
        'success-deadline-after-due',
        'warning',
        action,
        cellOf(action, 'success'),
        inBothLanguages((m, lang) =>
          m.finding.successDeadlineAfterDue(
            quoted,
            describeDue(mention.when, lang),
            describeDue(dueWhen, lang),
          ),
        ),
      );
    });
}

function checkAmbiguousText({ action }: CheckInput): Finding[] {
  return dateCells(action)
    .filter(({ when, fromText }) => !fromText && looksLikeAmbiguousNumericDate(when.text))
    .map(({ field, when, cell }) => {
      const written = when.text.trim();
      const day = when.kind === 'date' ? when.start : null;
      return finding(
        'ambiguous-date-text',
        'warning',
        action,
        cell,
        inBothLanguages((m, lang) =>
          m.finding.ambiguousDateText(
            field,
            written,
            day === null ? null : formatDay(day, lang),
            day === null ? null : formatDay(day, 'en'),
          ),
        ),
      );
    });
}

const ACTION_CHECKS: ((input: CheckInput) => Finding[])[] = [
  checkOwner,
  checkDue,
  checkUnparsed,
  checkAmbiguousText,
  checkStartAfterDue,
  checkMilestoneWindow,
  checkMilestoneOrder,
  checkPlanEnd,
  checkReview,
  checkRatingScale,
  checkDeclaredAgainstComputed,
  checkSuccessDeadlines,
];

/** Refs must be unique within a plan; each repeat points back at the first use. */
function duplicateRefFinding(action: Action, firstByRef: Map<string, Action>): Finding | null {
  if (action.refSource === 'position') return null;
  const key = action.ref.trim().toLowerCase();
  const first = firstByRef.get(key);
  if (first === undefined) {
    firstByRef.set(key, action);
    return null;
  }
  const firstCell = cellOf(first, 'ref');
  return finding(
    'duplicate-ref',
    'error',
    action,
    cellOf(action, 'ref'),
    inBothLanguages((m) => m.finding.duplicateRef(action.ref, firstCell)),
  );
}

/** Every finding on one plan, action by action in plan order. */
export function checkPlan(plan: Plan, ctx: RatingContext): Finding[] {
  const firstByRef = new Map<string, Action>();
  return plan.actions.flatMap((action) => {
    const duplicate = duplicateRefFinding(action, firstByRef);
    const input = { action, plan, ctx };
    return [...(duplicate === null ? [] : [duplicate]), ...ACTION_CHECKS.flatMap((check) => check(input))];
  });
}

export function checkPlans(plans: Plan[], ctx: RatingContext): Finding[] {
  return plans.flatMap((plan) => checkPlan(plan, ctx));
}
