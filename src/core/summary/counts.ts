/** Headline counts of computed and declared ratings, overall and per group. */
import type { ComputedRating, Rating } from '../plan/types';
import type { DeclaredCounts, GroupCounts, RatingCounts } from './types';

export function emptyRatingCounts(): RatingCounts {
  return { complete: 0, green: 0, yellow: 0, amber: 0, red: 0, notRated: 0, total: 0 };
}

export function emptyDeclaredCounts(): DeclaredCounts {
  return { complete: 0, green: 0, yellow: 0, amber: 0, red: 0, none: 0, total: 0 };
}

/** The counts field of a computed rating (`not-rated` is `notRated`). */
export function computedKey(rating: ComputedRating): Exclude<keyof RatingCounts, 'total'> {
  return rating === 'not-rated' ? 'notRated' : rating;
}

export function declaredKey(rating: Rating | null): Exclude<keyof DeclaredCounts, 'total'> {
  return rating === null ? 'none' : rating;
}

/** Adds one action to a group's counts. */
export function countAction(counts: GroupCounts, computed: ComputedRating, declared: Rating | null): void {
  counts.computed[computedKey(computed)] += 1;
  counts.computed.total += 1;
  counts.declared[declaredKey(declared)] += 1;
  counts.declared.total += 1;
}

export function emptyGroupCounts(name: string | null): GroupCounts {
  return { name, computed: emptyRatingCounts(), declared: emptyDeclaredCounts() };
}
