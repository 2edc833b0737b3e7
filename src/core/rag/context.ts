/** What a rating or a check is done against: the as-of date, the next meeting and the rule set. */
import { addDays, type ParseOptions } from '../dates';
import { defaultRuleSet, type RuleSet } from './rule-set';

export interface RatingContext {
  /** The as-of date D, ISO. */
  asOf: string;
  /** The next meeting M, ISO. */
  nextMeeting: string;
  ruleSet: RuleSet;
  /** The plan's last day, ISO, when it has one: dates after it are findings. */
  planEnd?: string | null;
  /** How dates inside success criteria are read (the workbook's calendar). */
  dateOptions?: ParseOptions;
}

/** rag.md: the next meeting defaults to four weeks after the as-of date. */
export const DEFAULT_MEETING_INTERVAL_DAYS = 28;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function requireIsoDay(name: string, value: string): string {
  if (!ISO_DAY.test(value)) throw new RangeError(`${name} must be an ISO day (YYYY-MM-DD), got "${value}"`);
  return value;
}

export function ratingContext(options: {
  asOf: string;
  nextMeeting?: string;
  ruleSet?: RuleSet;
  planEnd?: string | null;
  dateOptions?: ParseOptions;
}): RatingContext {
  const asOf = requireIsoDay('asOf', options.asOf);
  return {
    asOf,
    nextMeeting: requireIsoDay(
      'nextMeeting',
      options.nextMeeting ?? addDays(asOf, DEFAULT_MEETING_INTERVAL_DAYS),
    ),
    ruleSet: options.ruleSet ?? defaultRuleSet,
    planEnd: options.planEnd == null ? null : requireIsoDay('planEnd', options.planEnd),
    dateOptions: options.dateOptions,
  };
}
