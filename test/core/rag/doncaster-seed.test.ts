/**
 * Hand-checks on the Doncaster seed ([004]): the KS2 Rapid Improvement Plan row whose success
 * criteria hold `By Feb 15` before a Nov 15 start (catalogue 2.11, 4.4, 8.3), and the Post Ofsted
 * operational plan with its ongoing, recurring and duplicated rows (catalogue 8.4). The verbatim
 * cells are read by the real date engine; the expected results are worked out by hand.
 */
import { checkPlan, ratePlan, ratingContext } from '../../../src/core/rag';
import { anAction, aPlan, milestonesIn, read } from '../../support/plan-builder';

describe('KS2 Rapid Improvement Plan, LA Priority 1, second row', () => {
  const success =
    'By Nov 15 Accredited moderators established within every partnership By Feb 15 Moderators actively ' +
    'deployed By July 16 Close alignment of teacher assessment and test results';
  const action = anAction({
    ref: 'Plan!E9',
    refSource: 'position',
    text: 'Train and accredit a cohort of expert teachers drawn from practising moderators, SLEs and experienced teachers',
    ownerText: 'SESEO (Assessment)',
    owners: ['SESEO (Assessment)'],
    start: read('Nov 15'),
    due: read('June 16'),
    success,
    milestones: milestonesIn(success, 'Plan!I9'),
  });
  const plan = aPlan({ actions: [action] });
  const ctx = ratingContext({ asOf: '2015-11-11' });

  it('flags By Feb 15 as before the action starts, and says to check the year', () => {
    const beforeStart = checkPlan(plan, ctx).filter(
      (finding) => finding.rule === 'milestone-outside-window' && finding.severity === 'error',
    );
    expect(beforeStart.map((finding) => [finding.cell, finding.message])).toEqual([
      [
        'Plan!I9',
        'Milestone "Moderators actively deployed" (Feb 2015) is before the action starts (Nov 2015): check the year.',
      ],
    ]);
  });

  it('also reports the milestones out of order, and the July 16 impact milestone after June 16', () => {
    const rules = checkPlan(plan, ctx).map((finding) => `${finding.rule}/${finding.severity}`);
    expect(rules).toEqual([
      'milestone-outside-window/error',
      'milestone-outside-window/warning',
      'milestones-out-of-order/warning',
    ]);
  });

  it('rates the action amber until the year is corrected, naming the milestone', () => {
    const [{ result }] = ratePlan(plan, ctx);
    expect(result.rating).toBe('amber');
    expect(result.reason).toBe('Milestone missed: "Moderators actively deployed" was due 28 Feb 2015');
  });
});

describe('Post Ofsted Action Plan, operational plan (14.2.x, 14.6.x, 15.4.1)', () => {
  const rows: [string, string][] = [
    ['14.2.1', 'March 2015 Sept 2015 January 2016'],
    ['14.2.2', 'September 2015'],
    ['14.2.7', 'August 2015'],
    ['14.2.9', 'September 2015 onwards'],
    ['14.2.11', 'November 2015'],
    ['14.6.1', 'Quarterly'],
    ['14.6.2', 'On-going'],
    ['15.4.1', 'Monthly – Starting September 2015'],
    ['15.4.1', 'January 2016 June 2016'],
  ];
  const plan = aPlan({
    actions: rows.map(([ref, when], index) =>
      anAction({
        ref,
        due: read(when),
        row: 10 + index,
        ownerText: 'Head of Education Standards and Effectiveness',
      }),
    ),
  });
  // The revised plan went to the Education Improvement Board in October 2015.
  const ctx = ratingContext({ asOf: '2015-10-14' });

  it('rates each row by its When cell', () => {
    expect(
      ratePlan(plan, ctx).map(({ action, result }) => [action.ref, result.rating, result.reason]),
    ).toEqual([
      ['14.2.1', 'green', 'On track: due 31 Jan 2016'],
      ['14.2.2', 'red', 'Overdue: due 30 Sep 2015, 14 days before 14 Oct 2015'],
      ['14.2.7', 'red', 'Overdue: due 31 Aug 2015, 44 days before 14 Oct 2015'],
      ['14.2.9', 'green', 'In progress: ongoing since 1 Sep 2015'],
      ['14.2.11', 'green', 'On track: due 30 Nov 2015'],
      ['14.6.1', 'green', 'In progress: quarterly'],
      ['14.6.2', 'green', 'In progress: ongoing'],
      ['15.4.1', 'green', 'In progress: monthly since 1 Sep 2015'],
      ['15.4.1', 'green', 'On track: due 30 Jun 2016'],
    ]);
  });

  it('finds the duplicated 15.4.1 and nothing else', () => {
    const findings = checkPlan(plan, ctx);
    expect(findings.map((finding) => [finding.rule, finding.ref, finding.cell])).toEqual([
      ['duplicate-ref', '15.4.1', 'Plan!A19'],
    ]);
    expect(findings[0].message).toBe(
      'Ref 15.4.1 is used again (first at Plan!A18): give each action its own ref.',
    );
  });
});
