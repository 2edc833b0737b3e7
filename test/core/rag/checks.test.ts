/** Checks on a plan: each rule on one case that fires and one that does not. */
import { builtInRuleSets, checkPlan, checkPlans, FINDING_RULES, ratingContext } from '../../../src/core/rag';
import type { Finding } from '../../../src/core/rag';
import type { Action, Plan } from '../../../src/core/plan/types';
import {
  aMilestone,
  anAction,
  aPlan,
  byMonth,
  inMonth,
  none,
  onDay,
  recurring,
  tbc,
  unparsed,
} from '../../support/plan-builder';

const ctx = ratingContext({ asOf: '2015-11-11' });

/** A tidy action that no check should object to. */
const tidy = (fields: Parameters<typeof anAction>[0] = {}): Action =>
  anAction({ start: '2015-09', due: '2016-07-31', ...fields });

function findings(actionOrPlan: Action | Plan, context = ctx): Finding[] {
  const plan = 'actions' in actionOrPlan ? actionOrPlan : aPlan({ actions: [actionOrPlan] });
  return checkPlan(plan, context);
}

const rulesOf = (list: Finding[]) => list.map((finding) => finding.rule);

describe('a tidy plan', () => {
  it('has no findings', () => {
    expect(findings(tidy())).toEqual([]);
  });
});

describe('missing-owner', () => {
  it('fires when nobody owns the action, pointing at the owner cell', () => {
    const [finding] = findings(tidy({ ref: '1.3', ownerText: '', owners: [] }));
    expect(finding).toEqual({
      severity: 'warning',
      rule: 'missing-owner',
      cell: 'Plan!C7',
      ref: '1.3',
      message: 'Action 1.3 has no owner: name the person responsible in the owner column.',
      messageCy:
        "Nid oes gan gam gweithredu 1.3 berchennog: rhowch enw'r person sy'n gyfrifol yn y golofn perchennog.",
    });
  });

  it('does not fire when the owner cell names someone', () => {
    expect(
      rulesOf(findings(tidy({ ownerText: 'SESEO (Assessment)', owners: ['SESEO (Assessment)'] }))),
    ).toEqual([]);
  });
});

describe('missing-due', () => {
  it.each([
    [tbc('Tbc'), 'Action 1.1 has no usable due date ("Tbc")'],
    [none(''), 'Action 1.1 has no due date'],
    [null, 'Action 1.1 has no due date'],
    [unparsed('Easter 2016'), 'Action 1.1 has no usable due date ("Easter 2016")'],
  ])('fires for a due of %j', (due, start) => {
    const found = findings(tidy({ due })).filter((finding) => finding.rule === 'missing-due');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', cell: 'Plan!E7' });
    expect(found[0].message).toBe(
      `${start}: enter the day, month or term it should be done by, so that it can be rated.`,
    );
  });

  it('does not fire for a dated or a recurring due', () => {
    expect(rulesOf(findings(tidy({ due: '2016-07' })))).toEqual([]);
    expect(rulesOf(findings(tidy({ due: recurring('termly', null, 'Termly') })))).toEqual([]);
  });
});

describe('unparsed-date', () => {
  it('fires for each date cell it could not read, start, due, review or milestone', () => {
    const action = tidy({
      start: unparsed('Winter 2015'),
      due: '2016-07-31',
      review: unparsed('After Easter'),
      milestones: [
        aMilestone({ text: 'Plans in', when: unparsed('Whitsun'), source: 'column', cell: 'Plan!J7' }),
      ],
    });
    const found = findings(action).filter((finding) => finding.rule === 'unparsed-date');
    expect(found.map((finding) => finding.cell)).toEqual(['Plan!D7', 'Plan!F7', 'Plan!J7']);
    expect(found[0].message).toBe(
      'The start date "Winter 2015" could not be read as a date: write a day, a month or a term, ' +
        'such as "31 Jul 2016", "Jul 2016" or "Summer term 2016".',
    );
    expect(found[0].messageCy).toBe(
      'Ni ellid darllen y dyddiad dechrau "Winter 2015" fel dyddiad: ysgrifennwch ddiwrnod, mis neu dymor, ' +
        'er enghraifft "31 Jul 2016", "Jul 2016" neu "Summer term 2016".',
    );
  });

  it('does not fire for TBC, which is a decision and not a misreading', () => {
    expect(rulesOf(findings(tidy({ start: tbc('TBC') })))).toEqual([]);
  });
});

describe('start-after-due', () => {
  it('fires when the start is after the due date', () => {
    const [finding] = findings(tidy({ start: '2016-01', due: '2015-11' }));
    expect(finding).toMatchObject({ rule: 'start-after-due', severity: 'error', cell: 'Plan!D7' });
    expect(finding.message).toBe(
      'The action starts (Jan 2016) after it is due (Nov 2015): check the year, or swap the start and due dates.',
    );
    expect(finding.messageCy).toBe(
      "Mae'r cam gweithredu'n dechrau (Ion 2016) ar ôl ei ddyddiad cau (Tach 2015): " +
        "gwiriwch y flwyddyn, neu cyfnewidiwch y dyddiad dechrau a'r dyddiad cau.",
    );
  });

  it('does not fire for a one-day action, or one that starts and ends in the same month', () => {
    expect(
      findings(tidy({ start: onDay('2015-11-02', '2 Nov 15'), due: onDay('2015-11-02', '2 Nov 15') })),
    ).toEqual([]);
    expect(findings(tidy({ start: '2015-11', due: '2015-11' }))).toEqual([]);
  });
});

describe('milestone-outside-window', () => {
  it('is an error when a milestone falls before the action starts', () => {
    const action = tidy({
      start: inMonth('2015-11', 'Nov 15'),
      due: inMonth('2016-06', 'June 16'),
      milestones: [
        aMilestone({ text: 'Moderators actively deployed', when: byMonth('2015-02'), cell: 'Plan!I7' }),
      ],
    });
    const found = findings(action).filter((finding) => finding.rule === 'milestone-outside-window');
    expect(found).toEqual([
      {
        severity: 'error',
        rule: 'milestone-outside-window',
        cell: 'Plan!I7',
        ref: '1.1',
        message:
          'Milestone "Moderators actively deployed" (Feb 2015) is before the action starts (Nov 2015): check the year.',
        messageCy:
          'Mae carreg filltir "Moderators actively deployed" (Chwef 2015) cyn i\'r cam gweithredu ddechrau (Tach 2015): ' +
          'gwiriwch y flwyddyn.',
      },
    ]);
  });

  it('is a warning when a milestone falls after the action is due', () => {
    const action = tidy({
      start: '2016-01',
      due: '2016-06',
      milestones: [aMilestone({ text: 'Judgements are accurate and validated', when: byMonth('2016-07') })],
    });
    const [finding] = findings(action);
    expect(finding).toMatchObject({ rule: 'milestone-outside-window', severity: 'warning' });
    expect(finding.message).toBe(
      'Milestone "Judgements are accurate and validated" (Jul 2016) is after the action is due (Jun 2016): ' +
        "move the due date, or check the milestone's date.",
    );
  });

  it('does not fire for a milestone on the very day the action starts or is due', () => {
    const action = tidy({
      start: onDay('2015-11-02', '2 Nov 15'),
      due: onDay('2016-02-05', '5 Feb 16'),
      milestones: [
        aMilestone({ text: 'Conference attended', when: onDay('2015-11-02', '2 Nov 15') }),
        aMilestone({ text: 'Training day held', when: onDay('2016-02-05', '5 Feb 16') }),
      ],
    });
    expect(findings(action, ratingContext({ asOf: '2015-10-14' }))).toEqual([]);
  });

  it('does not fire for milestones inside the window, its first and last months included', () => {
    const action = tidy({
      start: '2015-11',
      due: '2016-07',
      milestones: [
        aMilestone({ text: 'First', when: byMonth('2015-11') }),
        aMilestone({ text: 'Last', when: byMonth('2016-07') }),
      ],
    });
    expect(findings(action)).toEqual([]);
  });
});

describe('milestones-out-of-order', () => {
  it('fires on a milestone dated before the one listed above it', () => {
    const action = tidy({
      start: null,
      due: '2016-07',
      milestones: [
        aMilestone({ text: 'Y6 networks are established', when: byMonth('2015-12') }),
        aMilestone({ text: 'All Y6 teachers are supported', when: byMonth('2015-03'), cell: 'Plan!G8' }),
      ],
    });
    const [finding] = findings(action);
    expect(finding).toMatchObject({ rule: 'milestones-out-of-order', severity: 'warning', cell: 'Plan!G8' });
    expect(finding.message).toBe(
      'Milestone "All Y6 teachers are supported" (Mar 2015) is listed after "Y6 networks are established" ' +
        '(Dec 2015) but dated earlier: check the year, or list the milestones in date order.',
    );
  });

  it('does not fire for milestones in date order', () => {
    const action = tidy({
      milestones: [
        aMilestone({ text: 'A', when: byMonth('2015-12') }),
        aMilestone({ text: 'B', when: byMonth('2015-12') }),
        aMilestone({ text: 'C', when: byMonth('2016-03') }),
      ],
    });
    expect(findings(action)).toEqual([]);
  });
});

describe('after-plan-end', () => {
  const planEnds = ratingContext({ asOf: '2015-11-11', planEnd: '2016-08-31' });

  it('fires for a due date and a milestone after the plan ends', () => {
    const action = tidy({
      due: '2016-09',
      milestones: [aMilestone({ text: 'Results published', when: byMonth('2016-10'), cell: 'Plan!G7' })],
    });
    const found = findings(action, planEnds).filter((finding) => finding.rule === 'after-plan-end');
    expect(found.map((finding) => finding.cell)).toEqual(['Plan!E7', 'Plan!G7']);
    expect(found[0].message).toBe(
      'The due date (Sep 2016) is after the plan ends (31 Aug 2016): bring it within the plan, or carry the action into the next plan.',
    );
    expect(found[1].message).toBe(
      'Milestone "Results published" (Oct 2016) is after the plan ends (31 Aug 2016): bring it within the plan, or carry it into the next plan.',
    );
  });

  it('does not fire on the last day of the plan, nor when the plan has no end', () => {
    expect(findings(tidy({ due: '2016-08-31' }), planEnds)).toEqual([]);
    expect(findings(tidy({ due: '2017-07' }))).toEqual([]);
  });
});

describe('review-before-start', () => {
  it('fires when the review date is before the action starts', () => {
    const [finding] = findings(tidy({ start: '2015-09', review: '2015-07' }));
    expect(finding).toMatchObject({ rule: 'review-before-start', severity: 'warning', cell: 'Plan!F7' });
    expect(finding.message).toBe(
      'The review date (Jul 2015) is before the action starts (Sep 2015): check the year, or move the review to after the start.',
    );
  });

  it('does not fire for a later review or a review cadence', () => {
    expect(findings(tidy({ start: '2015-09', review: '2015-10-30' }))).toEqual([]);
    expect(
      findings(tidy({ start: '2015-09', review: recurring('half-termly', null, 'Half termly') })),
    ).toEqual([]);
  });
});

describe('duplicate-ref', () => {
  it('fires on each repeat of a ref, pointing back at the first', () => {
    const plan = aPlan({
      actions: [
        tidy({ ref: '15.4.1', row: 13 }),
        tidy({ ref: '15.4.1', row: 14 }),
        tidy({ ref: '15.4.2', row: 15 }),
        tidy({ ref: '15.4.1', row: 16 }),
      ],
    });
    const found = findings(plan);
    expect(found.map((finding) => [finding.rule, finding.severity, finding.cell])).toEqual([
      ['duplicate-ref', 'error', 'Plan!A15'],
      ['duplicate-ref', 'error', 'Plan!A17'],
    ]);
    expect(found[0].message).toBe(
      'Ref 15.4.1 is used again (first at Plan!A14): give each action its own ref.',
    );
  });

  it('does not fire for distinct refs, or for refs that are only positions', () => {
    expect(findings(aPlan({ actions: [tidy({ ref: '14.2.1' }), tidy({ ref: '14.2.10', row: 7 })] }))).toEqual(
      [],
    );
    const positional = aPlan({
      actions: [
        tidy({ ref: 'Plan!A7', refSource: 'position' }),
        tidy({ ref: 'Plan!A7', refSource: 'position' }),
      ],
    });
    expect(findings(positional)).toEqual([]);
  });
});

describe('rating-off-scale', () => {
  it('fires for a rating word the scale does not have', () => {
    const [finding] = findings(tidy({ declared: null, declaredText: 'Purple' }));
    expect(finding).toMatchObject({ rule: 'rating-off-scale', severity: 'warning', cell: 'Plan!I7' });
    expect(finding.message).toBe(
      'Rating "Purple" is not on the plan\'s scale: write Blue (complete), Green, Amber or Red, or leave the cell empty.',
    );
  });

  it('fires for Yellow on a three-point plan', () => {
    expect(rulesOf(findings(tidy({ declared: 'yellow', declaredText: 'Yellow' })))).toEqual([
      'rating-off-scale',
    ]);
  });

  it('does not fire for an empty cell, the template blank "R A G", or a word on the scale', () => {
    expect(findings(tidy({ declaredText: '' }))).toEqual([]);
    expect(findings(tidy({ declaredText: 'R A G' }))).toEqual([]);
    expect(findings(tidy({ declared: 'amber', declaredText: 'Amber' }))).toEqual([]);
    const fourPoint = aPlan({
      scale: 'four-point',
      actions: [tidy({ declared: 'yellow', declaredText: 'Yellow' })],
    });
    expect(findings(fourPoint)).toEqual([]);
  });
});

describe('declared-contradicts-computed', () => {
  it('fires when declared Green but overdue', () => {
    const [finding] = findings(tidy({ due: '2015-10-31', declared: 'green', declaredText: 'G' }));
    expect(finding).toMatchObject({
      rule: 'declared-contradicts-computed',
      severity: 'error',
      cell: 'Plan!I7',
    });
    expect(finding.message).toBe(
      'Declared Green, but the dates say Red (Overdue: due 31 Oct 2015, 11 days before 11 Nov 2015): ' +
        'review the rating, or update the due date if it has moved.',
    );
    expect(finding.messageCy).toBe(
      "Nodwyd Gwyrdd, ond mae'r dyddiadau'n dweud Coch (Hwyr: y dyddiad cau oedd 31 Hyd 2015, 11 diwrnod cyn 11 Tach 2015): " +
        'adolygwch y sgôr, neu diweddarwch y dyddiad cau os yw wedi symud.',
    );
  });

  it('fires when declared Yellow but overdue', () => {
    const plan = aPlan({
      scale: 'four-point',
      actions: [tidy({ due: '2015-10-31', declared: 'yellow', declaredText: 'Y' })],
    });
    expect(rulesOf(findings(plan))).toEqual(['declared-contradicts-computed']);
  });

  it('fires when declared complete but progress says the work goes on', () => {
    const [finding] = findings(
      tidy({ declared: 'complete', declaredText: 'Blue', progress: 'Training is ongoing.' }),
    );
    expect(finding.message).toBe(
      'Declared complete ("Blue"), but the latest progress says "ongoing": update the progress, or change the rating.',
    );
  });

  it.each(['Not yet started', 'In progress', 'Delayed by staffing'])(
    'hears "%s" as not finished',
    (progress) => {
      expect(rulesOf(findings(tidy({ declared: 'complete', declaredText: 'B', progress })))).toEqual([
        'declared-contradicts-computed',
      ]);
    },
  );

  it('does not fire when the declared rating agrees, or the progress says it is done', () => {
    expect(findings(tidy({ due: '2015-10-31', declared: 'red', declaredText: 'Red' }))).toEqual([]);
    expect(findings(tidy({ due: '2015-12-01', declared: 'green', declaredText: 'Green' }))).toEqual([]);
    expect(
      findings(
        tidy({ declared: 'complete', declaredText: 'Blue', progress: 'Completed; reviews ongoing termly' }),
      ),
    ).toEqual([]);
  });

  it('does not fire under the judgement rule set, where the declared rating is the computed one', () => {
    const judgement = ratingContext({ asOf: '2015-11-11', ruleSet: builtInRuleSets.judgement });
    expect(findings(tidy({ due: '2015-10-31', declared: 'green', declaredText: 'G' }), judgement)).toEqual(
      [],
    );
  });
});

describe('success-deadline-after-due', () => {
  it('fires when the success criteria name a later deadline than the due date', () => {
    const action = tidy({
      due: '2016-03',
      success: 'All LA Governor vacancies are filled by July 2016 and training is in place.',
    });
    const [finding] = findings(action);
    expect(finding).toMatchObject({
      rule: 'success-deadline-after-due',
      severity: 'warning',
      cell: 'Plan!G7',
    });
    expect(finding.message).toBe(
      'The success criteria say "by July 2016" (Jul 2016), later than the due date (Mar 2016): ' +
        'bring the due date into line with the success criteria, or correct the deadline.',
    );
  });

  it('does not fire for a deadline on or before the due date', () => {
    expect(findings(tidy({ due: '2016-07', success: 'Vacancies are filled by July 2016.' }))).toEqual([]);
  });
});

describe('ambiguous-date-text', () => {
  it('fires for a date typed as text such as 04/07/14, saying how it was read', () => {
    const [finding] = findings(
      tidy({ start: null, due: onDay('2014-07-04', '04/07/14') }),
      ratingContext({ asOf: '2014-06-01' }),
    );
    expect(finding).toMatchObject({ rule: 'ambiguous-date-text', severity: 'warning', cell: 'Plan!E7' });
    expect(finding.message).toBe(
      'The due date "04/07/14" is typed as text and could be read two ways; it is read day first, as 4 Jul 2014: ' +
        'enter a real date, or write it as "4 Jul 2014".',
    );
    expect(finding.messageCy).toBe(
      'Mae "04/07/14" yn y dyddiad cau yn destun y gellid ei ddarllen mewn dwy ffordd; ' +
        'fe\'i darllenir gyda\'r diwrnod yn gyntaf, fel 4 Gorff 2014: rhowch ddyddiad go iawn, neu ysgrifennwch "4 Jul 2014".',
    );
  });

  it('does not fire for a date written with the month as a word', () => {
    expect(findings(tidy({ due: onDay('2016-07-04', '4 July 2016') }))).toEqual([]);
  });
});

describe('checkPlans', () => {
  it('checks every plan, and keeps refs unique within each plan only', () => {
    const first = aPlan({ sheet: 'School A', actions: [tidy({ ref: '1.1' })] });
    const second = aPlan({ sheet: 'School B', actions: [tidy({ ref: '1.1', ownerText: '', owners: [] })] });
    expect(rulesOf(checkPlans([first, second], ctx))).toEqual(['missing-owner']);
  });

  it('lists the stable rule ids that the command line exposes', () => {
    expect([...FINDING_RULES].sort()).toEqual([
      'after-plan-end',
      'ambiguous-date-text',
      'declared-contradicts-computed',
      'duplicate-ref',
      'milestone-outside-window',
      'milestones-out-of-order',
      'missing-due',
      'missing-owner',
      'rating-off-scale',
      'review-before-start',
      'start-after-due',
      'success-deadline-after-due',
      'unparsed-date',
    ]);
  });
});
