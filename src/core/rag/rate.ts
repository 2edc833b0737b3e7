/**
 * The computed rating of each action (rag.md "Default rule set" and `judgement`). Every result
 * carries a one-line reason in English and Welsh, with real dates.
 */
import { addDays, daysBetween, formatDay, type DateResult } from '../dates';
import type { Action, Milestone, Plan, Rating } from '../plan/types';
import type { ComputedResult } from './types';
import type { RatingContext } from './context';
import { inBothLanguages, type BilingualText } from './language';
import { colourMeanings } from './rule-set';
import { isBlankRating, isOnScale, ratingFromText } from './scale';
import { progressExcerpt, progressSaysComplete } from './progress';
import { shortQuote } from './describe';

export interface RatedAction {
  action: Action;
  result: ComputedResult;
}

/** The deadline the rules use, and whether it came from the last milestone rather than the due cell. */
export interface EffectiveDue {
  iso: string;
  fromMilestone: boolean;
}

function result(
  rating: ComputedResult['rating'],
  rule: string,
  reason: BilingualText,
  due: string | null,
): ComputedResult {
  return { rating, rule, reason: reason.en, reasonCy: reason.cy, due };
}

/** An action that runs on with no end (`Termly`, `Sept 2015 onwards`): never overdue. */
export function isContinuing(action: Action): boolean {
  return continuingWhen(action) !== null;
}

function continuingWhen(action: Action): DateResult | null {
  const when = action.due;
  return when !== null && (when.kind === 'open' || when.kind === 'recurring') ? when : null;
}

/** Milestones with a deadline, in the order they are written. */
export function datedMilestones(action: Action): Milestone[] {
  return action.milestones.filter((milestone) => milestone.when.due !== null);
}

/**
 * rag.md "Inputs": the due cell's deadline, else the latest dated milestone (when the rule set lets
 * milestones count). Continuing actions have none.
 */
export function effectiveDue(action: Action, milestonesCount: boolean): EffectiveDue | null {
  if (action.due?.due) return { iso: action.due.due, fromMilestone: false };
  if (isContinuing(action) || !milestonesCount) return null;
  const ends = datedMilestones(action).map((milestone) => milestone.when.due as string);
  if (ends.length === 0) return null;
  return { iso: ends.reduce((latest, end) => (end > latest ? end : latest)), fromMilestone: true };
}

function completeResult(action: Action, due: string | null): ComputedResult | null {
  if (action.declared === 'complete') {
    const written = action.declaredText.trim();
    return result(
      'complete',
      'complete-declared',
      inBothLanguages((m) => m.reason.completeDeclared(written || m.ratingWords.complete)),
      due,
    );
  }
  if (progressSaysComplete(action.progress)) {
    const excerpt = progressExcerpt(action.progress);
    return result(
      'complete',
      'complete-progress',
      inBothLanguages((m) => m.reason.completeProgress(excerpt)),
      due,
    );
  }
  return null;
}

/** Rule 4: the earliest dated milestone that ended before D and is not marked met. */
function missedMilestoneResult(
  action: Action,
  ctx: RatingContext,
  due: string | null,
): ComputedResult | null {
  if (!ctx.ruleSet.milestones) return null;
  const missed = datedMilestones(action)
    .filter((milestone) => !milestone.met && (milestone.when.due as string) < ctx.asOf)
    .sort((a, b) => ((a.when.due as string) < (b.when.due as string) ? -1 : 1));
  if (missed.length === 0) return null;
  const first = missed[0];
  const text = shortQuote(first.text);
  return result(
    'amber',
    'milestone-missed',
    inBothLanguages((m, lang) =>
      m.reason.milestoneMissed(text, formatDay(first.when.due as string, lang), missed.length - 1),
    ),
    due,
  );
}

function continuingResult(action: Action, when: DateResult, ctx: RatingContext): ComputedResult {
  const missed = missedMilestoneResult(action, ctx, null);
  if (missed !== null) return missed;
  const cadence = when.kind === 'recurring' ? when.cadence : null;
  const since = when.start ?? action.start?.start ?? null;
  if (since !== null && since > ctx.asOf) {
    return result(
      'green',
      'not-started',
      inBothLanguages((m, lang) => m.reason.notStarted(cadence, formatDay(since, lang))),
      null,
    );
  }
  return result(
    'green',
    'in-progress',
    inBothLanguages((m, lang) =>
      m.reason.inProgress(cadence, since === null ? null : formatDay(since, lang)),
    ),
    null,
  );
}

function notRatedResult(action: Action): ComputedResult {
  const written = action.due?.text.replace(/\s+/g, ' ').trim() ?? '';
  return result(
    'not-rated',
    'not-rated',
    inBothLanguages((m) => (written === '' ? m.reason.noDueDate() : m.reason.noUsableDueDate(written))),
    null,
  );
}

/** Rules 3 to 6 for an action with a deadline. */
function deadlineResult(action: Action, ctx: RatingContext, due: EffectiveDue): ComputedResult {
  const { asOf, nextMeeting, ruleSet } = ctx;
  const daysLate = daysBetween(due.iso, asOf);
  if (daysLate > ruleSet.overdueAfterDays) {
    return result(
      'red',
      'overdue',
      inBothLanguages((m, lang) =>
        m.reason.overdue(formatDay(due.iso, lang), daysLate, formatDay(asOf, lang)),
      ),
      due.iso,
    );
  }
  const missed = missedMilestoneResult(action, ctx, due.iso);
  if (missed !== null) return missed;
  if (daysLate > 0) {
    return result(
      'amber',
      'within-grace',
      inBothLanguages((m, lang) =>
        m.reason.withinGrace(
          formatDay(due.iso, lang),
          daysLate,
          formatDay(asOf, lang),
          ruleSet.overdueAfterDays,
        ),
      ),
      due.iso,
    );
  }
  const windowDays = ruleSet.dueSoonDays;
  const windowEnd = windowDays === null ? nextMeeting : addDays(asOf, windowDays);
  if (due.iso <= windowEnd) {
    const reason =
      windowDays === null
        ? inBothLanguages((m, lang) =>
            m.reason.dueBeforeNextMeeting(
              formatDay(due.iso, lang),
              formatDay(asOf, lang),
              formatDay(nextMeeting, lang),
            ),
          )
        : inBothLanguages((m, lang) =>
            m.reason.dueWithinDays(formatDay(due.iso, lang), windowDays, formatDay(asOf, lang)),
          );
    return result('amber', 'due-soon', reason, due.iso);
  }
  return result(
    'green',
    'on-track',
    inBothLanguages((m, lang) => m.reason.onTrack(formatDay(due.iso, lang), due.fromMilestone)),
    due.iso,
  );
}

function rateByDeadlines(action: Action, ctx: RatingContext): ComputedResult {
  const due = effectiveDue(action, ctx.ruleSet.milestones);
  const complete = completeResult(action, due?.iso ?? null);
  if (complete !== null) return complete;
  const continuing = continuingWhen(action);
  if (continuing !== null) return continuingResult(action, continuing, ctx);
  if (due === null) return notRatedResult(action);
  return deadlineResult(action, ctx, due);
}

/** The `judgement` rule set: the declared rating on the plan's scale; not rated where none is given. */
function rateByJudgement(action: Action, plan: Plan, ctx: RatingContext): ComputedResult {
  const due = action.due?.due ?? null;
  const written = action.declaredText.replace(/\s+/g, ' ').trim();
  const declared: Rating | null = action.declared ?? ratingFromText(written);
  if (declared === null) {
    const offScale = !isBlankRating(written);
    return result(
      'not-rated',
      'not-judged',
      inBothLanguages((m) => (offScale ? m.reason.judgementOffScale(written) : m.reason.noJudgement())),
      due,
    );
  }
  if (declared === 'complete') {
    return result(
      'complete',
      'complete-declared',
      inBothLanguages((m) => m.reason.completeDeclared(written || m.ratingWords.complete)),
      due,
    );
  }
  const scale = ctx.ruleSet.scale ?? plan.scale;
  // A three-point scale has no yellow: strong progress sits with green, as in the CSC review tiers.
  const rating: Rating = isOnScale(declared, scale) ? declared : 'green';
  const shownAs = written || undefined;
  return result(
    rating,
    'judged',
    inBothLanguages((m, lang) => {
      const colour = m.ratingWords[rating];
      const meaning = colourMeanings(ctx.ruleSet, scale, lang)[rating];
      const asWritten = shownAs ?? m.ratingWords[declared];
      return rating === declared
        ? m.reason.judged(colour, meaning, asWritten)
        : m.reason.judgedOnSmallerScale(colour, meaning, asWritten);
    }),
    due,
  );
}

/** The computed rating of one action under the context's rule set. Never throws for odd dates. */
export function rateAction(action: Action, plan: Plan, ctx: RatingContext): ComputedResult {
  return ctx.ruleSet.kind === 'judgement' ? rateByJudgement(action, plan, ctx) : rateByDeadlines(action, ctx);
}

export function ratePlan(plan: Plan, ctx: RatingContext): RatedAction[] {
  return plan.actions.map((action) => ({ action, result: rateAction(action, plan, ctx) }));
}
