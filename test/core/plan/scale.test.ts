import { declaredRating, isRagPlaceholder, planScale } from '../../../src/core/plan';
import type { Rating } from '../../../src/core/plan';

/** plans.md, "Rating scales": every written form and its rating. */
const WRITTEN: [string, Rating][] = [
  ['Blue', 'complete'],
  ['B', 'complete'],
  ['Complete', 'complete'],
  ['Completed', 'complete'],
  ['Done', 'complete'],
  ['Achieved', 'complete'],
  ['Green', 'green'],
  ['G', 'green'],
  ['On track', 'green'],
  ['Very good progress', 'green'],
  ['Very good', 'green'],
  ['Yellow', 'yellow'],
  ['Y', 'yellow'],
  ['Strong progress', 'yellow'],
  ['Strong', 'yellow'],
  ['Amber', 'amber'],
  ['A', 'amber'],
  ['At risk', 'amber'],
  ['Satisfactory progress', 'amber'],
  ['Satisfactory', 'amber'],
  ['Red', 'red'],
  ['R', 'red'],
  ['Off track', 'red'],
  ['Limited progress', 'red'],
  ['Limited', 'red'],
];

describe('declaredRating', () => {
  it.each(WRITTEN)('reads "%s" as %s', (text, rating) => {
    expect(declaredRating(text)).toBe(rating);
    expect(declaredRating(` ${text.toUpperCase()}. `)).toBe(rating);
  });

  it('reads the template blank "R A G" as no rating, never as red', () => {
    for (const blank of ['R A G', 'RAG', 'R/A/G', 'r a g', 'R  A  G']) {
      expect(isRagPlaceholder(blank)).toBe(true);
      expect(declaredRating(blank)).toBeNull();
    }
  });

  it('gives no rating for empty cells or text off the scale', () => {
    expect(declaredRating('')).toBeNull();
    expect(declaredRating('Purple')).toBeNull();
    expect(declaredRating('Ongoing monitoring.')).toBeNull();
    expect(declaredRating('A bit behind')).toBeNull();
  });

  it('reads a colour word that leads a note', () => {
    expect(declaredRating('Amber - awaiting data')).toBe('amber');
    expect(declaredRating('Green: on track')).toBe('green');
  });
});

describe('planScale', () => {
  const rated = (declaredText: string) => ({ declaredText, declared: declaredRating(declaredText) });

  it('is three-point unless a rating is yellow or a four-point judgement word', () => {
    expect(planScale([rated('Green'), rated('Amber'), rated('R A G')])).toBe('three-point');
    expect(planScale([])).toBe('three-point');
    expect(planScale([rated('Green'), rated('Yellow')])).toBe('four-point');
    expect(planScale([rated('Limited progress')])).toBe('four-point');
    expect(planScale([rated('Satisfactory')])).toBe('four-point');
  });
});
