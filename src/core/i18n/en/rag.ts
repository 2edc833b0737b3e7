/**
 * Messages about rating actions and checking plans (en-GB): the computed rating's reasons, the
 * findings, and rule-set errors. Dates arrive already formatted (`31 Oct 2015`, `Feb 2015`).
 * The Welsh file (`../cy/rag.ts`) fills the same shape.
 */
import type { Cadence } from '../../dates/types';
import type { ComputedRating, Rating, RatingScale } from '../../plan/types';

/** The date cells a finding can point at. */
export type DateField = 'start' | 'due' | 'review' | 'milestone';

export interface RagMessages {
  /** Rating words, as a board paper writes them. */
  ratingWords: Record<ComputedRating, string>;
  /** What each colour means by default, per scale (a rule set may replace these). */
  meanings: Record<RatingScale, Record<Rating, string>>;
  cadence: Record<Cadence, string>;
  reason: {
    completeDeclared(written: string): string;
    completeProgress(excerpt: string): string;
    noDueDate(): string;
    noUsableDueDate(written: string): string;
    overdue(due: string, days: number, asOf: string): string;
    withinGrace(due: string, days: number, asOf: string, graceDays: number): string;
    milestoneMissed(milestone: string, due: string, othersMissed: number): string;
    dueBeforeNextMeeting(due: string, meeting: string, nextMeeting: string): string;
    dueWithinDays(due: string, windowDays: number, asOf: string): string;
    onTrack(due: string, fromMilestone: boolean): string;
    inProgress(cadence: Cadence | null, since: string | null): string;
    notStarted(cadence: Cadence | null, startsOn: string): string;
    judged(colour: string, meaning: string, written: string): string;
    judgedOnSmallerScale(colour: string, meaning: string, written: string): string;
    noJudgement(): string;
    judgementOffScale(written: string): string;
  };
  finding: {
    missingOwner(ref: string): string;
    missingDue(ref: string, written: string): string;
    unparsedDate(field: DateField, written: string): string;
    startAfterDue(start: string, due: string): string;
    milestoneBeforeStart(milestone: string, when: string, start: string): string;
    milestoneAfterDue(milestone: string, when: string, due: string): string;
    milestoneOutOfOrder(milestone: string, when: string, previous: string, previousWhen: string): string;
    dueAfterPlanEnd(due: string, planEnd: string): string;
    milestoneAfterPlanEnd(milestone: string, when: string, planEnd: string): string;
    reviewBeforeStart(review: string, start: string): string;
    duplicateRef(ref: string, firstCell: string): string;
    ratingOffScale(written: string, scale: RatingScale): string;
    declaredButRed(declared: string, computedReason: string): string;
    declaredCompleteButProgress(written: string, phrase: string): string;
    successDeadlineAfterDue(mention: string, when: string, due: string): string;
    /** `readAs` is the reading in this language; `writeAs` the same day written so the reader understands it. */
    ambiguousDateText(
      field: DateField,
      written: string,
      readAs: string | null,
      writeAs: string | null,
    ): string;
  };
  ruleSet: {
    prefix(source: string): string;
    /** `field` is a field path such as `labels.green`, or null for the whole document. */
    mustBe(field: string | null, expected: string, got: string | null): string;
    unknownField(field: string, known: string[]): string;
    notJson(detail: string): string;
    unknownName(name: string, builtIns: string[]): string;
    expected: {
      text: string;
      nonEmptyText: string;
      kind: string;
      scale: string;
      days: string;
      yesNo: string;
      labels: string;
      object: string;
    };
  };
}

const fieldNames: Record<DateField, string> = {
  start: 'start date',
  due: 'due date',
  review: 'review date',
  milestone: 'milestone',
};

const days = (n: number): string => (n === 1 ? '1 day' : `${n} days`);
const quotedList = (names: string[]): string => names.map((name) => `"${name}"`).join(', ');

export const ragMessages: RagMessages = {
  ratingWords: {
    complete: 'Complete',
    green: 'Green',
    yellow: 'Yellow',
    amber: 'Amber',
    red: 'Red',
    'not-rated': 'Not rated',
  },
  meanings: {
    'three-point': {
      complete: 'Complete',
      green: 'On track',
      yellow: 'On track',
      amber: 'At risk',
      red: 'Off track',
    },
    'four-point': {
      complete: 'Complete',
      green: 'Very good progress',
      yellow: 'Strong progress',
      amber: 'Satisfactory progress',
      red: 'Limited progress',
    },
  },
  cadence: {
    weekly: 'weekly',
    fortnightly: 'fortnightly',
    monthly: 'monthly',
    'half-termly': 'half-termly',
    termly: 'termly',
    quarterly: 'quarterly',
    'twice-yearly': 'twice a year',
    annually: 'annually',
    ongoing: 'ongoing',
  },
  reason: {
    completeDeclared: (written) => `Complete: declared ${written}`,
    completeProgress: (excerpt) => `Complete: progress says "${excerpt}"`,
    noDueDate: () => 'Not rated: no due date',
    noUsableDueDate: (written) => `Not rated: no usable due date ("${written}")`,
    overdue: (due, n, asOf) => `Overdue: due ${due}, ${days(n)} before ${asOf}`,
    withinGrace: (due, n, asOf, grace) =>
      `Just past due: due ${due}, ${days(n)} before ${asOf} (within the ${days(grace)} allowed)`,
    milestoneMissed: (milestone, due, others) =>
      `Milestone missed: "${milestone}" was due ${due}` + (others > 0 ? ` (and ${others} more)` : ''),
    dueBeforeNextMeeting: (due, meeting, next) =>
      `Due before the next meeting: due ${due} (meeting ${meeting}, next ${next})`,
    dueWithinDays: (due, windowDays, asOf) => `Due within ${days(windowDays)}: due ${due} (as of ${asOf})`,
    onTrack: (due, fromMilestone) => `On track: due ${due}` + (fromMilestone ? ' (last milestone)' : ''),
    inProgress: (cadence, since) => {
      const how = cadence === null ? 'ongoing' : ragMessages.cadence[cadence];
      return since === null ? `In progress: ${how}` : `In progress: ${how} since ${since}`;
    },
    notStarted: (cadence, startsOn) => {
      const how = cadence === null ? 'ongoing' : ragMessages.cadence[cadence];
      return `Not started yet: ${how} from ${startsOn}`;
    },
    judged: (colour, meaning, written) => `Judged ${colour} (${meaning}): written "${written}"`,
    judgedOnSmallerScale: (colour, meaning, written) =>
      `Judged ${colour} (${meaning}): written "${written}", which counts as ${colour} on a three-point scale`,
    noJudgement: () => 'Not rated: no judgement declared',
    judgementOffScale: (written) => `Not rated: "${written}" is not on the plan's scale`,
  },
  finding: {
    missingOwner: (ref) => `Action ${ref} has no owner: name the person responsible in the owner column.`,
    missingDue: (ref, written) =>
      (written === ''
        ? `Action ${ref} has no due date`
        : `Action ${ref} has no usable due date ("${written}")`) +
      ': enter the day, month or term it should be done by, so that it can be rated.',
    unparsedDate: (field, written) =>
      `The ${fieldNames[field]} "${written}" could not be read as a date: ` +
      'write a day, a month or a term, such as "31 Jul 2016", "Jul 2016" or "Summer term 2016".',
    startAfterDue: (start, due) =>
      `The action starts (${start}) after it is due (${due}): check the year, or swap the start and due dates.`,
    milestoneBeforeStart: (milestone, when, start) =>
      `Milestone "${milestone}" (${when}) is before the action starts (${start}): check the year.`,
    milestoneAfterDue: (milestone, when, due) =>
      `Milestone "${milestone}" (${when}) is after the action is due (${due}): ` +
      "move the due date, or check the milestone's date.",
    milestoneOutOfOrder: (milestone, when, previous, previousWhen) =>
      `Milestone "${milestone}" (${when}) is listed after "${previous}" (${previousWhen}) but dated earlier: ` +
      'check the year, or list the milestones in date order.',
    dueAfterPlanEnd: (due, planEnd) =>
      `The due date (${due}) is after the plan ends (${planEnd}): ` +
      'bring it within the plan, or carry the action into the next plan.',
    milestoneAfterPlanEnd: (milestone, when, planEnd) =>
      `Milestone "${milestone}" (${when}) is after the plan ends (${planEnd}): ` +
      'bring it within the plan, or carry it into the next plan.',
    reviewBeforeStart: (review, start) =>
      `The review date (${review}) is before the action starts (${start}): ` +
      'check the year, or move the review to after the start.',
    duplicateRef: (ref, firstCell) =>
      `Ref ${ref} is used again (first at ${firstCell}): give each action its own ref.`,
    ratingOffScale: (written, scale) =>
      `Rating "${written}" is not on the plan's scale: write ` +
      (scale === 'four-point'
        ? 'Blue (complete), Green, Yellow, Amber or Red'
        : 'Blue (complete), Green, Amber or Red') +
      ', or leave the cell empty.',
    declaredButRed: (declared, computedReason) =>
      `Declared ${declared}, but the dates say Red (${computedReason}): ` +
      'review the rating, or update the due date if it has moved.',
    declaredCompleteButProgress: (written, phrase) =>
      `Declared complete ("${written}"), but the latest progress says "${phrase}": ` +
      'update the progress, or change the rating.',
    successDeadlineAfterDue: (mention, when, due) =>
      `The success criteria say "${mention}" (${when}), later than the due date (${due}): ` +
      'bring the due date into line with the success criteria, or correct the deadline.',
    ambiguousDateText: (field, written, readAs, writeAs) =>
      `The ${fieldNames[field]} "${written}" is typed as text and could be read two ways` +
      (readAs === null || writeAs === null
        ? ': enter a real date, or write the month as a word (for example "4 Jul 2014").'
        : `; it is read day first, as ${readAs}: enter a real date, or write it as "${writeAs}".`),
  },
  ruleSet: {
    prefix: (source) => `Rule set ${source}: `,
    mustBe: (field, expected, got) =>
      (field === null ? 'the rule set' : `"${field}"`) +
      ` must be ${expected}, ` +
      (got === null ? 'but it is missing.' : `got ${got}.`),
    unknownField: (field, known) => `"${field}" is not a rule set field: use ${quotedList(known)}.`,
    notJson: (detail) => `the text is not valid JSON (${detail}).`,
    unknownName: (name, builtIns) =>
      `there is no built-in rule set called "${name}": use ${quotedList(builtIns)}, or give a JSON rule set.`,
    expected: {
      text: 'a text',
      nonEmptyText: 'a text that is not empty',
      kind: 'one of "deadlines", "judgement"',
      scale: 'one of "three-point", "four-point"',
      days: 'a whole number of days (0 or more)',
      yesNo: 'true or false',
      labels: 'a set of colour names, each with a text',
      object: 'a JSON object',
    },
  },
};
