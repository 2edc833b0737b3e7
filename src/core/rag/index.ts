/** Public API of the rating engine: rule sets, computed ratings and checks on a plan. */
export type { Finding, Severity, ComputedResult } from './types';
export {
  type RuleSet,
  type RuleSetKind,
  type RuleSetJson,
  RuleSetError,
  loadRuleSet,
  resolveRuleSet,
  builtInRuleSets,
  defaultRuleSet,
  colourMeanings,
  ruleSetSchema,
  ruleSetJsonSchema,
} from './rule-set';
export { type RatingContext, ratingContext, DEFAULT_MEETING_INTERVAL_DAYS } from './context';
export {
  type RatedAction,
  type EffectiveDue,
  rateAction,
  ratePlan,
  effectiveDue,
  isContinuing,
} from './rate';
export { type FindingRule, FINDING_RULES, checkPlan, checkPlans } from './checks';
export { ratingFromText, isBlankRating, isOnScale } from './scale';
export { progressSaysComplete, progressStillOpenPhrase } from './progress';
export { type Lang, type BilingualText } from './language';
