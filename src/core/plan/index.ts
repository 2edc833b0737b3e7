/** Public API of the plan reader (`../shared/spec/plans.md`). */
export { readPlans, type ReadOptions } from './read';
export { roleForHeader, normaliseHeader } from './headers';
export { splitOwners } from './owners';
export { declaredRating, isRagPlaceholder, planScale } from './scale';
export { leadingRef } from './refs';
export { textSaysMet, statusSaysMet } from './milestones';
export type {
  Action,
  ColumnRole,
  ComputedRating,
  Milestone,
  Plan,
  PlanColumn,
  PlanReadResult,
  Rating,
  RatingScale,
  ReadProblem,
  RoleOverride,
} from './types';
