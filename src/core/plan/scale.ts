/** Declared ratings: what the officer wrote in the rag column, on the plans.md scale. */
import type { Rating, RatingScale } from './types';

/** Written words and letters by rating (plans.md, "Rating scales"). */
const WORDS = new Map<string, Rating>([
  ['blue', 'complete'],
  ['b', 'complete'],
  ['complete', 'complete'],
  ['completed', 'complete'],
  ['done', 'complete'],
  ['achieved', 'complete'],
  ['green', 'green'],
  ['g', 'green'],
  ['on track', 'green'],
  ['very good progress', 'green'],
  ['very good', 'green'],
  ['yellow', 'yellow'],
  ['y', 'yellow'],
  ['strong progress', 'yellow'],
  ['strong', 'yellow'],
  ['amber', 'amber'],
  ['a', 'amber'],
  ['at risk', 'amber'],
  ['satisfactory progress', 'amber'],
  ['satisfactory', 'amber'],
  ['red', 'red'],
  ['r', 'red'],
  ['off track', 'red'],
  ['limited progress', 'red'],
  ['limited', 'red'],
]);

/** The regional consortium's four judgements: writing any of them puts the plan on the four-point scale. */
const FOUR_POINT_JUDGEMENTS = new Set([
  'very good progress',
  'very good',
  'strong progress',
  'strong',
  'satisfactory progress',
  'satisfactory',
  'limited progress',
  'limited',
]);

/** Colour words that may lead a longer note (`Amber - awaiting data`). Single letters may not. */
const LEADING_COLOUR = /^(blue|green|yellow|amber|red|complete|completed)\b[\s\-–—:;,.(]/;

function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .replace(/[.!]+$/, '')
    .trim();
}

/** The template's blank: `R A G`, `RAG`, `R/A/G` written in the cell means no rating was given. */
export function isRagPlaceholder(text: string): boolean {
  return /^r\s*[/,-]?\s*a\s*[/,-]?\s*g$/.test(fold(text));
}

/** The rating a rag cell declares, or null (empty, the `R A G` blank, or text off the scale). */
export function declaredRating(text: string): Rating | null {
  if (text === '') return null;
  const folded = fold(text);
  if (folded === '' || isRagPlaceholder(folded)) return null;
  const exact = WORDS.get(folded);
  if (exact) return exact;
  const leading = LEADING_COLOUR.exec(folded);
  return leading ? (WORDS.get(leading[1]) ?? null) : null;
}

/** Four-point when any rating is yellow or any rag cell holds one of the four judgement words. */
export function planScale(declared: { declared: Rating | null; declaredText: string }[]): RatingScale {
  for (const action of declared) {
    if (action.declared === 'yellow' || FOUR_POINT_JUDGEMENTS.has(fold(action.declaredText)))
      return 'four-point';
  }
  return 'three-point';
}
