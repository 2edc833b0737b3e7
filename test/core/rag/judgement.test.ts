/**
 * The `judgement` rule set: the computed rating is the declared one on the plan's scale, for plans
 * judged by an improvement partner (the CSC four-point scale, seed [003] Appendix 3).
 */
import { builtInRuleSets, loadRuleSet, rateAction, ratingContext } from '../../../src/core/rag';
import { anAction, aPlan } from '../../support/plan-builder';
import type { Rating } from '../../../src/core/plan/types';

const judgement = ratingContext({ asOf: '2015-11-11', ruleSet: builtInRuleSets.judgement });
const threePoint = aPlan({ scale: 'three-point' });
const fourPoint = aPlan({ scale: 'four-point' });
const judged = (declared: Rating | null, declaredText: string) =>
  anAction({ due: '2015-10-31', declared, declaredText });

describe('judgement on the three-point scale', () => {
  it.each([
    ['green', 'Green', 'Judged Green (On track): written "Green"'],
    ['amber', 'A', 'Judged Amber (At risk): written "A"'],
    ['red', 'Off track', 'Judged Red (Off track): written "Off track"'],
  ] as const)('takes %s from "%s"', (declared, written, reason) => {
    const result = rateAction(judged(declared, written), threePoint, judgement);
    expect(result).toMatchObject({ rating: declared, rule: 'judged', reason });
  });

  it('ignores the dates: a green judgement stays green past its due date', () => {
    expect(rateAction(judged('green', 'Green'), threePoint, judgement).rating).toBe('green');
  });

  it('gives complete for a declared Blue', () => {
    const result = rateAction(judged('complete', 'Blue'), threePoint, judgement);
    expect(result).toMatchObject({ rating: 'complete', reason: 'Complete: declared Blue' });
  });

  it('does not rate an action with no judgement, or with the template blank "R A G"', () => {
    for (const blank of ['', 'R A G']) {
      const result = rateAction(judged(null, blank), threePoint, judgement);
      expect(result).toMatchObject({ rating: 'not-rated', reason: 'Not rated: no judgement declared' });
      expect(result.reasonCy).toBe('Heb sgôr: ni nodwyd barn');
    }
  });

  it('does not rate a judgement written off the scale', () => {
    const result = rateAction(judged(null, 'Purple'), threePoint, judgement);
    expect(result).toMatchObject({
      rating: 'not-rated',
      reason: 'Not rated: "Purple" is not on the plan\'s scale',
    });
  });

  it('counts yellow as green when the rule set insists on three points', () => {
    const three = ratingContext({
      asOf: '2015-11-11',
      ruleSet: loadRuleSet({ name: 'three', kind: 'judgement', scale: 'three-point' }, 'test'),
    });
    const result = rateAction(judged('yellow', 'Yellow'), fourPoint, three);
    expect(result.rating).toBe('green');
    expect(result.reason).toBe(
      'Judged Green (On track): written "Yellow", which counts as Green on a three-point scale',
    );
  });
});

describe('judgement on the four-point scale', () => {
  it.each([
    ['green', 'Very good progress', 'Judged Green (Very good progress): written "Very good progress"'],
    ['yellow', 'Strong', 'Judged Yellow (Strong progress): written "Strong"'],
    ['amber', 'Amber', 'Judged Amber (Satisfactory progress): written "Amber"'],
    ['red', 'Limited progress', 'Judged Red (Limited progress): written "Limited progress"'],
  ] as const)('takes %s from "%s" with its CSC meaning', (declared, written, reason) => {
    const result = rateAction(judged(declared, written), fourPoint, judgement);
    expect(result).toMatchObject({ rating: declared, reason });
  });

  it('writes the meaning in Welsh', () => {
    expect(rateAction(judged('yellow', 'Yellow'), fourPoint, judgement).reasonCy).toBe(
      'Barn: Melyn (Cynnydd cryf): ysgrifennwyd "Yellow"',
    );
  });

  it("uses a rule set's own meaning of a colour", () => {
    const own = ratingContext({
      asOf: '2015-11-11',
      ruleSet: loadRuleSet(
        {
          name: 'own',
          kind: 'judgement',
          labels: { amber: 'Needs a push' },
          labelsCy: { amber: 'Angen hwb' },
        },
        'test',
      ),
    });
    const result = rateAction(judged('amber', 'Amber'), fourPoint, own);
    expect(result.reason).toBe('Judged Amber (Needs a push): written "Amber"');
    expect(result.reasonCy).toBe('Barn: Ambr (Angen hwb): ysgrifennwyd "Amber"');
  });
});
