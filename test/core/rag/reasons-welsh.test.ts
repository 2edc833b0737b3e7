/** Every reason is written in Welsh as well, with the dates formatted in Welsh. */
import { rateAction, ratingContext, loadRuleSet } from '../../../src/core/rag';
import { aMilestone, anAction, aPlan, byMonth, openFrom, recurring, tbc } from '../../support/plan-builder';
import type { Action } from '../../../src/core/plan/types';

const plan = aPlan();
const ctx = ratingContext({ asOf: '2015-11-11' });
const welsh = (action: Action, context = ctx) => rateAction(action, plan, context).reasonCy;

describe('reasons in Welsh', () => {
  it('explains an overdue action', () => {
    expect(welsh(anAction({ due: '2015-10-31' }), ratingContext({ asOf: '2015-11-14' }))).toBe(
      'Hwyr: y dyddiad cau oedd 31 Hyd 2015, 14 diwrnod cyn 14 Tach 2015',
    );
  });

  it('explains an action due before the next meeting', () => {
    expect(welsh(anAction({ due: '2015-11-30' }))).toBe(
      'Yn ddyledus cyn y cyfarfod nesaf: erbyn 30 Tach 2015 (cyfarfod 11 Tach 2015, yr un nesaf 9 Rhag 2015)',
    );
  });

  it('explains a missed milestone', () => {
    const action = anAction({
      due: '2016-06',
      milestones: [aMilestone({ text: 'Moderators actively deployed', when: byMonth('2016-02') })],
    });
    expect(welsh(action, ratingContext({ asOf: '2016-03-09' }))).toBe(
      'Carreg filltir wedi\'i methu: roedd "Moderators actively deployed" i fod erbyn 29 Chwef 2016',
    );
  });

  it('counts the other missed milestones', () => {
    const action = anAction({
      due: '2016-06',
      milestones: [
        aMilestone({ text: 'Networks established', when: byMonth('2015-12') }),
        aMilestone({ text: 'Teachers supported', when: byMonth('2016-01') }),
        aMilestone({ text: 'Moderators actively deployed', when: byMonth('2016-02') }),
      ],
    });
    expect(welsh(action, ratingContext({ asOf: '2016-03-09' }))).toBe(
      'Carreg filltir wedi\'i methu: roedd "Networks established" i fod erbyn 31 Rhag 2015 (2 arall hefyd)',
    );
  });

  it('explains an action on track, in progress, not rated and complete', () => {
    expect(welsh(anAction({ due: '2016-07-31' }))).toBe('Ar y trywydd iawn: erbyn 31 Gorff 2016');
    expect(welsh(anAction({ due: openFrom('2013-09-01', 'Autumn 2013 & ongoing') }))).toBe(
      'Ar y gweill: parhaus ers 1 Medi 2013',
    );
    expect(welsh(anAction({ due: recurring('termly', null, 'Termly') }))).toBe('Ar y gweill: bob tymor');
    expect(welsh(anAction({ due: tbc('TBC') }))).toBe(
      'Heb sgôr: dim dyddiad cau y gellir ei ddefnyddio ("TBC")',
    );
    expect(welsh(anAction({ due: '2015-01-31', declared: 'complete', declaredText: 'Blue' }))).toBe(
      'Cwblhawyd: y sgôr a roddwyd yw Blue',
    );
    expect(welsh(anAction({ due: '2015-01-31', progress: 'Completed' }))).toBe(
      'Cwblhawyd: mae\'r cynnydd yn dweud "Completed"',
    );
  });

  it('explains a short due-soon window and a grace period', () => {
    const tight = ratingContext({
      asOf: '2015-11-11',
      ruleSet: loadRuleSet(
        { name: 'tight', kind: 'deadlines', dueSoonDays: 10, overdueAfterDays: 7 },
        'test',
      ),
    });
    expect(welsh(anAction({ due: '2015-11-21' }), tight)).toBe(
      'Yn ddyledus o fewn 10 diwrnod: erbyn 21 Tach 2015 (ar 11 Tach 2015)',
    );
    expect(welsh(anAction({ due: '2015-11-08' }), tight)).toBe(
      "Newydd fynd heibio'r dyddiad cau: 8 Tach 2015, 3 diwrnod cyn 11 Tach 2015 (o fewn y 7 diwrnod a ganiateir)",
    );
  });
});
