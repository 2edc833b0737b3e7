/**
 * The default `deadlines` rule set, rag.md rules 1-6, on hand-computed cases. Unless a test says
 * otherwise the board meets on Wed 11 Nov 2015 (D) and next on Wed 9 Dec 2015 (M = D + 28 days).
 */
import { loadRuleSet, rateAction, ratePlan, ratingContext } from '../../../src/core/rag';
import {
  aMilestone,
  anAction,
  aPlan,
  byMonth,
  none,
  openFrom,
  recurring,
  tbc,
  unparsed,
} from '../../support/plan-builder';
import type { Action } from '../../../src/core/plan/types';

const plan = aPlan();
const ctx = ratingContext({ asOf: '2015-11-11' });
const rate = (action: Action, context = ctx) => rateAction(action, plan, context);

describe('the rating context', () => {
  it('puts the next meeting four weeks after the as-of date by default', () => {
    expect(ctx.nextMeeting).toBe('2015-12-09');
    expect(ctx.ruleSet.name).toBe('deadlines');
  });

  it('keeps a next meeting that is given', () => {
    expect(ratingContext({ asOf: '2015-11-11', nextMeeting: '2016-01-13' }).nextMeeting).toBe('2016-01-13');
  });
});

describe('rule 1: complete', () => {
  it('rates an action declared Blue as complete, even long past its due date', () => {
    const result = rate(anAction({ due: '2015-01-31', declared: 'complete', declaredText: 'Blue' }));
    expect(result.rating).toBe('complete');
    expect(result.reason).toBe('Complete: declared Blue');
  });

  it.each([
    'Completed in October; all schools trained.',
    'complete',
    '- Done',
    '• Achieved: moderators in place',
    '* completed',
    '– Done.',
    '  ACHIEVED',
  ])('rates an action complete when progress starts "%s"', (progress) => {
    expect(rate(anAction({ due: '2015-09-30', progress })).rating).toBe('complete');
  });

  it('quotes the start of the progress text in the reason', () => {
    const result = rate(
      anAction({
        due: '2015-09-30',
        progress: 'Completed: all 14 pyramids have submitted partnership plans to the LA',
      }),
    );
    expect(result.reason).toBe('Complete: progress says "Completed: all 14 pyramids have ..."');
  });

  it.each(['Completely new approach agreed', 'Not completed', 'Work is done termly', 'Undone'])(
    'does not treat "%s" as complete',
    (progress) => {
      expect(rate(anAction({ due: '2015-09-30', progress })).rating).toBe('red');
    },
  );
});

describe('rule 2: not rated', () => {
  it('does not rate an action whose due is TBC', () => {
    const result = rate(anAction({ due: tbc('TBC') }));
    expect(result).toMatchObject({ rating: 'not-rated', rule: 'not-rated', due: null });
    expect(result.reason).toBe('Not rated: no usable due date ("TBC")');
  });

  it('quotes unreadable due text', () => {
    expect(rate(anAction({ due: unparsed('Easter 2016') })).reason).toBe(
      'Not rated: no usable due date ("Easter 2016")',
    );
  });

  it('does not rate an action with an empty due cell or no due column', () => {
    expect(rate(anAction({ due: none('') })).reason).toBe('Not rated: no due date');
    expect(rate(anAction({ due: null })).reason).toBe('Not rated: no due date');
  });

  it('rates a TBC action by its last dated milestone instead', () => {
    const result = rate(
      anAction({
        due: tbc('tbc'),
        milestones: [
          aMilestone({ text: 'Accredited moderators established', when: byMonth('2015-12') }),
          aMilestone({ text: 'Close alignment of assessment and tests', when: byMonth('2016-07') }),
        ],
      }),
    );
    expect(result.rating).toBe('green');
    expect(result.due).toBe('2016-07-31');
    expect(result.reason).toBe('On track: due 31 Jul 2016 (last milestone)');
  });

  it('takes the latest milestone as the due even when milestones are listed out of order', () => {
    const result = rate(
      anAction({
        due: null,
        milestones: [
          aMilestone({ text: 'Later', when: byMonth('2016-07') }),
          aMilestone({ text: 'Earlier', when: byMonth('2015-12'), met: true }),
        ],
      }),
    );
    expect(result.due).toBe('2016-07-31');
  });
});

describe('rule 3: red when overdue', () => {
  it('is red one day after the due date', () => {
    const result = rate(anAction({ due: '2015-11-10' }));
    expect(result).toMatchObject({ rating: 'red', rule: 'overdue', due: '2015-11-10' });
    expect(result.reason).toBe('Overdue: due 10 Nov 2015, 1 day before 11 Nov 2015');
  });

  it('says how many days overdue, with real dates', () => {
    const result = rate(anAction({ due: '2015-10-31' }), ratingContext({ asOf: '2015-11-14' }));
    expect(result.reason).toBe('Overdue: due 31 Oct 2015, 14 days before 14 Nov 2015');
  });

  it('uses the last day of a month-long due (Oct 15 is overdue from 1 Nov 2015)', () => {
    expect(rate(anAction({ due: '2015-10' })).reason).toBe(
      'Overdue: due 31 Oct 2015, 11 days before 11 Nov 2015',
    );
    expect(rate(anAction({ due: '2015-10' }), ratingContext({ asOf: '2015-10-31' })).rating).toBe('amber');
  });

  it('is red when the last milestone, standing in for a TBC due, has passed', () => {
    const result = rate(
      anAction({ due: tbc(), milestones: [aMilestone({ text: 'Plans agreed', when: byMonth('2015-10') })] }),
    );
    expect(result.rating).toBe('red');
    expect(result.due).toBe('2015-10-31');
  });
});

describe('rule 4: amber when a milestone is missed', () => {
  const action = (met: boolean) =>
    anAction({
      start: '2015-11',
      due: '2016-06',
      milestones: [
        aMilestone({
          text: 'Accredited moderators established within every partnership',
          when: byMonth('2015-11'),
          met,
        }),
        aMilestone({ text: 'Moderators actively deployed', when: byMonth('2016-02'), met: false }),
        aMilestone({
          text: 'Close alignment of teacher assessment and test results',
          when: byMonth('2016-07'),
        }),
      ],
    });

  it('is amber when a dated milestone ended before D and is not met', () => {
    const result = rate(action(false), ratingContext({ asOf: '2016-03-09' }));
    expect(result).toMatchObject({ rating: 'amber', rule: 'milestone-missed' });
    expect(result.reason).toBe(
      'Milestone missed: "Accredited moderators established within every partnership" was due 30 Nov 2015 (and 1 more)',
    );
  });

  it('names the earliest missed milestone when the earlier ones are met', () => {
    const result = rate(action(true), ratingContext({ asOf: '2016-03-09' }));
    expect(result.reason).toBe('Milestone missed: "Moderators actively deployed" was due 29 Feb 2016');
  });

  it('does not count a met milestone in the past', () => {
    const result = rate(action(true), ratingContext({ asOf: '2016-01-13' }));
    expect(result).toMatchObject({ rating: 'green', rule: 'on-track' });
    expect(result.reason).toBe('On track: due 30 Jun 2016');
  });

  it('does not count a milestone whose last day is D itself', () => {
    expect(rate(action(true), ratingContext({ asOf: '2016-02-29' })).rating).toBe('green');
  });

  it('comes after rule 3: an overdue action is red, not amber', () => {
    expect(rate(action(false), ratingContext({ asOf: '2016-07-13' })).rating).toBe('red');
  });

  it('applies to an ongoing action too', () => {
    const result = rate(
      anAction({
        due: recurring('termly', '2015-09-01', 'Termly from Autumn 2015'),
        milestones: [aMilestone({ text: 'Network plans submitted', when: byMonth('2015-10') })],
      }),
    );
    expect(result.rating).toBe('amber');
    expect(result.reason).toBe('Milestone missed: "Network plans submitted" was due 31 Oct 2015');
  });
});

describe('rule 5: amber when due before the next meeting', () => {
  it('is amber when due on D itself, not red', () => {
    const result = rate(anAction({ due: '2015-11-11' }));
    expect(result).toMatchObject({ rating: 'amber', rule: 'due-soon' });
    expect(result.reason).toBe(
      'Due before the next meeting: due 11 Nov 2015 (meeting 11 Nov 2015, next 9 Dec 2015)',
    );
  });

  it('is amber when due between the meetings', () => {
    expect(rate(anAction({ due: '2015-11-30' })).reason).toBe(
      'Due before the next meeting: due 30 Nov 2015 (meeting 11 Nov 2015, next 9 Dec 2015)',
    );
  });

  it('is amber when due on the day of the next meeting', () => {
    expect(rate(anAction({ due: '2015-12-09' })).rating).toBe('amber');
  });

  it('is green when due the day after the next meeting', () => {
    expect(rate(anAction({ due: '2015-12-10' })).rating).toBe('green');
  });

  it('uses the next meeting given in the context', () => {
    const later = ratingContext({ asOf: '2015-11-11', nextMeeting: '2016-01-13' });
    expect(rate(anAction({ due: '2016-01-13' }), later).rating).toBe('amber');
    expect(rate(anAction({ due: '2016-01-14' }), later).rating).toBe('green');
  });
});

describe('rule 6: green', () => {
  it('is green and on track when due after the next meeting', () => {
    const result = rate(anAction({ due: '2016-07-31' }));
    expect(result).toMatchObject({ rating: 'green', rule: 'on-track', due: '2016-07-31' });
    expect(result.reason).toBe('On track: due 31 Jul 2016');
  });

  it('is green for an open-ended action, whose start is long past', () => {
    const result = rate(anAction({ due: openFrom('2013-09-01', 'Autumn 2013 & ongoing') }));
    expect(result).toMatchObject({ rating: 'green', rule: 'in-progress', due: null });
    expect(result.reason).toBe('In progress: ongoing since 1 Sep 2013');
  });

  it('is green for a recurring action', () => {
    expect(rate(anAction({ due: recurring('quarterly', null, 'Quarterly') })).reason).toBe(
      'In progress: quarterly',
    );
    expect(
      rate(anAction({ due: recurring('monthly', '2015-09-01', 'Monthly – Starting September 2015') })).reason,
    ).toBe('In progress: monthly since 1 Sep 2015');
  });

  it('says when an ongoing action has not started yet', () => {
    const result = rate(anAction({ due: openFrom('2016-09-01', 'Starting September 2016') }));
    expect(result).toMatchObject({ rating: 'green', rule: 'not-started' });
    expect(result.reason).toBe('Not started yet: ongoing from 1 Sep 2016');
  });
});

describe('rule set thresholds', () => {
  it('uses dueSoonDays instead of the next meeting when a rule set gives it', () => {
    const tenDays = ratingContext({
      asOf: '2015-11-11',
      ruleSet: loadRuleSet({ name: 'ten days', kind: 'deadlines', dueSoonDays: 10 }, 'test'),
    });
    const soon = rate(anAction({ due: '2015-11-21' }), tenDays);
    expect(soon.rating).toBe('amber');
    expect(soon.reason).toBe('Due within 10 days: due 21 Nov 2015 (as of 11 Nov 2015)');
    expect(rate(anAction({ due: '2015-11-22' }), tenDays).rating).toBe('green');
  });

  it('allows a grace period before an action turns red', () => {
    const week = ratingContext({
      asOf: '2015-11-11',
      ruleSet: loadRuleSet({ name: 'a week', kind: 'deadlines', overdueAfterDays: 7 }, 'test'),
    });
    const late = rate(anAction({ due: '2015-11-04' }), week);
    expect(late).toMatchObject({ rating: 'amber', rule: 'within-grace' });
    expect(late.reason).toBe(
      'Just past due: due 4 Nov 2015, 7 days before 11 Nov 2015 (within the 7 days allowed)',
    );
    expect(rate(anAction({ due: '2015-11-03' }), week).rating).toBe('red');
  });

  it('ignores milestones when the rule set says they do not count', () => {
    const noMilestones = ratingContext({
      asOf: '2016-03-09',
      ruleSet: loadRuleSet({ name: 'dates only', kind: 'deadlines', milestones: false }, 'test'),
    });
    const missed = [aMilestone({ text: 'Moderators actively deployed', when: byMonth('2016-02') })];
    expect(rate(anAction({ due: '2016-07', milestones: missed }), noMilestones).rating).toBe('green');
    expect(rate(anAction({ due: tbc(), milestones: missed }), noMilestones).rating).toBe('not-rated');
  });
});

describe('ratePlan', () => {
  it('rates every action and keeps it beside its result', () => {
    const first = anAction({ ref: '1.1', due: '2015-10-31' });
    const second = anAction({ ref: '1.2', due: '2016-07-31', row: 7 });
    const rated = ratePlan(aPlan({ actions: [first, second] }), ctx);
    expect(rated.map(({ action, result }) => [action.ref, result.rating])).toEqual([
      ['1.1', 'red'],
      ['1.2', 'green'],
    ]);
  });
});
