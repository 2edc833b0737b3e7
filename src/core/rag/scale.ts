/** Where the rating engine meets the plan's scale (plans.md "Rating scales"). */
import { declaredRating, isRagPlaceholder } from '../plan/scale';
import type { Rating, RatingScale } from '../plan/types';

/** An empty rag cell, or the template's `R A G` blank: no rating was given. */
export function isBlankRating(text: string): boolean {
  return text.trim() === '' || isRagPlaceholder(text);
}

/** The rating a rag cell's text names, read as the plan reader reads it; null when it names none. */
export function ratingFromText(text: string): Rating | null {
  return declaredRating(text);
}

export function isOnScale(rating: Rating, scale: RatingScale): boolean {
  return rating !== 'yellow' || scale === 'four-point';
}
