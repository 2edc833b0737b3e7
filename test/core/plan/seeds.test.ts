/**
 * The clean transcriptions of real council tables (seed catalogue §8) read as pasted sheets.
 * Every expected value is read off the table and plans.md by hand. The transcriber's note column
 * is not source data and is left out.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { readPlans } from '../../../src/core/plan';
import type { Action, Plan } from '../../../src/core/plan';
import { gridFromRows, rowsFromTsv, withoutColumns, workbookOf } from '../../support/grid';

function readFixture(name: string, drop: string[] = []): Plan {
  const tsv = readFileSync(join(__dirname, 'fixtures', `${name}.tsv`), 'utf8');
  const rows = withoutColumns(rowsFromTsv(tsv), ['Transcriber note', ...drop]);
  const result = readPlans(workbookOf(`${name}.xlsx`, gridFromRows('Plan', rows)));
  expect(result.problems).toEqual([]);
  expect(result.plans).toHaveLength(1);
  return result.plans[0];
}

const byRef = (plan: Plan, ref: string): Action => {
  const found = plan.actions.filter((a) => a.ref === ref);
  expect(found).toHaveLength(1);
  return found[0];
};

describe('8.1 Walsall, Priority 1', () => {
  const plan = readFixture('walsall-priority-1');

  it('reads the 15 actions with the refs of the Action ID column', () => {
    expect(plan.actions.map((a) => a.ref)).toEqual(Array.from({ length: 15 }, (_, i) => `1.${i + 1}`));
    expect(plan.actions.every((a) => a.refSource === 'column')).toBe(true);
  });

  it('gives every action the priority as its group', () => {
    for (const action of plan.actions) {
      expect(action.group).toBe('Priority 1');
      expect(action.groups).toEqual(['Priority 1', 'Ensure strong leadership in all Walsall Schools']);
    }
  });

  it('takes owners from Person Responsible, not from the priority-level Key lead person', () => {
    expect(byRef(plan, '1.1').ownerText).toBe('Senior IA');
    expect(byRef(plan, '1.1').owners).toEqual(['Senior IA']);
    expect(byRef(plan, '1.6').owners).toEqual(['Governor Services', 'external consultant', 'NLG']);
    expect(byRef(plan, '1.9').owners).toEqual(['Governor Services', 'Senior IA']);
    expect(byRef(plan, '1.10').owners).toEqual(['AD Access and Achievement']);
  });

  it('reads R A G as the template blank: no declared rating, text kept, three-point scale', () => {
    for (const action of plan.actions) {
      expect(action.declared).toBeNull();
      expect(action.declaredText).toBe('R A G');
    }
    expect(plan.scale).toBe('three-point');
  });

  it('reads Date as due and Monitoring date as review', () => {
    expect(byRef(plan, '1.1').due?.due).toBe('2014-10-31');
    expect(byRef(plan, '1.5').due).toMatchObject({ kind: 'open', start: '2014-09-01', due: null });
    expect(byRef(plan, '1.8').due).toMatchObject({ kind: 'open', start: '2014-10-01' });
    expect(byRef(plan, '1.3').review?.due).toBe('2015-07-31');
    expect(byRef(plan, '1.4').review).toMatchObject({ kind: 'recurring', cadence: 'ongoing' });
    // `Starting Autumn term` names no year, and this sheet names no academic year.
    expect(byRef(plan, '1.15').due?.kind).toBe('unparsed');
    expect(plan.actions.every((a) => a.start === null)).toBe(true);
  });

  it('finds milestones only where a capital By starts them', () => {
    const withMilestones = plan.actions.filter((a) => a.milestones.length > 0).map((a) => a.ref);
    expect(withMilestones).toEqual(['1.11', '1.13', '1.14']);
    expect(byRef(plan, '1.11').milestones).toEqual([
      expect.objectContaining({
        text: 'all attainment floor standards are exceeded.',
        when: expect.objectContaining({ due: '2016-07-31' }),
        met: false,
        source: 'text',
        cell: 'Plan!I12',
      }),
    ]);
    expect(byRef(plan, '1.13').milestones[0].when.due).toBe('2015-07-31');
    expect(byRef(plan, '1.13').milestones[0].text).toBe(
      'no LA maintained school will have inadequate leadership.',
    );
  });

  it('keeps a line break written inside a success cell', () => {
    expect(byRef(plan, '1.9').success).toBe(
      'Attendance at training represents over 60% schools by April 2015 and 80% schools by December 2015.\nAll new governors have attended training by July 2015. A Walsall Governor standard is established and promoted',
    );
  });

  it('keeps the address of every source cell', () => {
    expect(byRef(plan, '1.1').cells).toEqual({
      row: 'Plan!A2:J2',
      action: 'Plan!E2',
      ref: 'Plan!D2',
      group: 'Plan!A2',
      owner: 'Plan!G2',
      due: 'Plan!F2',
      review: 'Plan!H2',
      success: 'Plan!I2',
      rag: 'Plan!J2',
    });
    expect(byRef(plan, '1.15').row).toBe(15);
  });
});

describe('8.2 Bridgend PIAP, Recommendation 1 (dates as extracted from the PDF)', () => {
  const plan = readFixture('bridgend-r1', ['Completion dates (words rejoined)']);

  it('reads 15 actions; with no ref column or written refs, each ref is the action cell', () => {
    expect(plan.actions).toHaveLength(15);
    expect(plan.actions.map((a) => a.ref)).toEqual(Array.from({ length: 15 }, (_, i) => `Plan!D${i + 2}`));
    expect(plan.actions.every((a) => a.refSource === 'position')).toBe(true);
  });

  it('fills the Outcomes and Aspects columns down over their blank cells', () => {
    const aspects = plan.actions.map((a) => a.groups?.[2]);
    expect(aspects).toEqual([
      ...Array(4).fill('Pupil tracking'),
      ...Array(9).fill('Target setting'),
      'Assessm ent',
      'Rigour / systems leaders',
    ]);
    expect(plan.actions.every((a) => a.group === 'R1')).toBe(true);
    expect(plan.actions[14].groups?.[1]).toMatch(
      /^Improved performance for all learners at all key stages\./,
    );
  });

  it('orders the two dated progress columns by their header dates', () => {
    const progress = plan.columns.filter((c) => c.role === 'progress');
    expect(progress.map((c) => [c.header, c.headerDate])).toEqual([
      ['Progress (Oct 2013)', '2013-10-31'],
      ['Progress (March 2014)', '2014-03-31'],
    ]);
  });

  it('takes the latest progress that is filled in; N/A in the older snapshot is not progress', () => {
    expect(plan.actions[0].progress).toMatch(/^A link has been identified/);
    expect(plan.actions[0].cells.progress).toBe('Plan!I2');
    expect(plan.actions[3].progress).toMatch(/^A self-evaluation of the use of the Provision Mapping tool/);
    // New action added March 2014: `N/A` in Oct 2013, nothing yet in March 2014.
    expect(plan.actions[5].progress).toBe('');
  });

  it('records the date of "New action added March 2014:" and keeps the text as written', () => {
    const added = plan.actions.filter((a) => a.addedOn !== null);
    expect(added.map((a) => a.cells.action)).toEqual(['Plan!D7', 'Plan!D8', 'Plan!D12', 'Plan!D14']);
    expect(added.every((a) => a.addedOn === '2014-03-01')).toBe(true);
    expect(added[0].text).toMatch(/^New action added March 2014: Consequent upon/);
  });

  it('splits owners on commas only between whole role names', () => {
    expect(plan.actions[0].owners).toEqual([
      'Head of School Improvement (CSCJES)',
      'Group Manager - Business Strategy & Performance',
    ]);
    expect(plan.actions[12].owners).toEqual([
      'Bridgend Senior System Leader',
      'Group Manager, Business Strategy and Performance',
    ]);
    expect(plan.actions[5].ownerText).toBe('Bridgend Senior System Leader,');
    expect(plan.actions[5].owners).toEqual(['Bridgend Senior System Leader']);
  });

  it('reads the completion dates as pasted, broken words and Cyrillic TBA included', () => {
    expect(plan.actions[0].due?.due).toBe('2013-04-30');
    expect(plan.actions[2].due).toMatchObject({ kind: 'open', start: '2013-09-01' });
    expect(plan.actions[3].due).toMatchObject({ kind: 'period', start: null, due: '2013-12-31' });
    expect(plan.actions[12].due?.kind).toBe('tbc');
    expect(plan.actions[13].due?.kind).toBe('tbc');
  });

  it('has no rating column, so nothing is declared', () => {
    expect(plan.actions.every((a) => a.declared === null && a.declaredText === '')).toBe(true);
    expect(plan.columns.some((c) => c.role === 'rag')).toBe(false);
  });
});

describe('8.3 Doncaster KS2 Rapid Improvement Plan (two-row header flattened)', () => {
  const plan = readFixture('doncaster-ks2-rip');

  it('reads the roles of the flattened two-row header from its lower part', () => {
    expect(plan.columns.map((c) => c.role)).toEqual([
      'group',
      'group',
      null,
      'group',
      'action',
      'owner',
      'start',
      'due',
      'success',
    ]);
  });

  it('reads 14 actions in two priorities, filling Improvement Needed down', () => {
    expect(plan.actions).toHaveLength(14);
    expect(plan.actions.map((a) => a.group)).toEqual([
      ...Array(6).fill('LA Priority 1'),
      ...Array(8).fill('LA Priority 2'),
    ]);
    expect(plan.actions.slice(6, 11).map((a) => a.groups?.[2])).toEqual(
      Array(5).fill('Strengthen use of locality based approaches to improve outcomes'),
    );
  });

  it('reads Mon yy dates as whole months of 20yy', () => {
    expect(plan.actions[0].start).toMatchObject({ start: '2015-10-01' });
    expect(plan.actions[0].due?.due).toBe('2016-08-31');
    expect(plan.actions[13].due?.kind).toBe('none');
  });

  it('turns each "By <date>" in the success criteria into a milestone, in order', () => {
    const counts = plan.actions.map((a) => a.milestones.length);
    expect(counts).toEqual([1, 3, 2, 3, 1, 1, 1, 1, 0, 1, 1, 1, 1, 0]);
    const second = plan.actions[1].milestones;
    expect(second.map((m) => [m.when.due, m.text])).toEqual([
      ['2015-11-30', 'Accredited moderators established within every partnership'],
      ['2015-02-28', 'Moderators actively deployed'],
      ['2016-07-31', 'Close alignment of teacher assessment and test results'],
    ]);
    expect(second.every((m) => m.source === 'text' && m.cell === 'Plan!I3' && !m.met)).toBe(true);
    expect(plan.actions[3].milestones[0].text).toBe('Y6 networks are established');
  });

  it('splits owners joined by a slash', () => {
    expect(plan.actions[10].owners).toEqual(['PESEO', 'HoS']);
    expect(plan.actions[0].owners).toEqual(['HoS (SI)']);
    expect(plan.actions[13].owners).toEqual([]);
  });
});

describe('8.4 Doncaster Post Ofsted operational plan', () => {
  const plan = readFixture('doncaster-post-ofsted');

  it('takes refs from No., keeping the duplicate 15.4.1 as written', () => {
    expect(plan.actions.map((a) => a.ref)).toEqual([
      '14.2.1',
      '14.2.2',
      '14.2.3',
      '14.2.4',
      '14.2.5',
      '14.2.6',
      '14.2.7',
      '14.2.8',
      '14.2.9',
      '14.2.10',
      '14.2.11',
      '14.6.1',
      '14.6.2',
      '15.4.1',
      '15.4.1',
    ]);
    expect(plan.actions[0].cells.ref).toBe('Plan!E2');
  });

  it('takes owners from Who rather than the issue lead, stacked owners split by line', () => {
    expect(plan.actions[6].owners).toEqual([
      'Principle Standards & Effectiveness Officer',
      'Head of Education Standards and Effectiveness',
    ]);
    expect(plan.actions[11].owners).toEqual(['Assistant Director – Learning & Achievement']);
    expect(plan.actions[0].cells.owner).toBe('Plan!G2');
  });

  it('groups by theme, then by issue', () => {
    expect(plan.actions.slice(0, 11).every((a) => a.group?.startsWith('Theme 1 - Strengthening'))).toBe(true);
    expect(plan.actions.slice(11).every((a) => a.group?.startsWith('Theme 2 - Improving'))).toBe(true);
    expect(plan.actions[13].groups?.[1]).toMatch(/^Develop the expertise of all LLEs/);
  });

  it('reads When: several dates, onwards, recurring', () => {
    expect(plan.actions[0].due).toMatchObject({ kind: 'multiple', due: '2016-01-31' });
    expect(plan.actions[0].due?.checkpoints).toHaveLength(3);
    expect(plan.actions[8].due).toMatchObject({ kind: 'open', start: '2015-09-01' });
    expect(plan.actions[11].due).toMatchObject({ kind: 'recurring', cadence: 'quarterly' });
    expect(plan.actions[13].due).toMatchObject({
      kind: 'recurring',
      cadence: 'monthly',
      start: '2015-09-01',
    });
  });
});

describe('8.5 Caerphilly strategic plan: actor columns', () => {
  const plan = readFixture('caerphilly-2018-19');

  it('makes one action per filled actor cell: 11 targets x 3 actors, less one empty cell', () => {
    expect(plan.actions).toHaveLength(32);
    expect(
      plan.actions.filter((a) => a.groups?.[1] === 'Improve provision for pupil EOTAS').map((a) => a.owners),
    ).toEqual([['Local Authority'], ['Education Achievement Service']]);
  });

  it('gives each action the actor of its column as owner, pointing at the column header', () => {
    expect(plan.actions.slice(0, 3).map((a) => [a.owners, a.cells.owner])).toEqual([
      [['Schools'], 'Plan!D1'],
      [['Local Authority'], 'Plan!E1'],
      [['Education Achievement Service'], 'Plan!F1'],
    ]);
  });

  it('keeps refs unique: with no ref written, each is the action cell', () => {
    const refs = plan.actions.map((a) => a.ref);
    expect(new Set(refs).size).toBe(32);
    expect(refs.slice(0, 3)).toEqual(['Plan!D2', 'Plan!E2', 'Plan!F2']);
  });

  it('shares the row group between the actors, and the section success criteria', () => {
    expect(plan.actions.map((a) => a.group)).toEqual([
      ...Array(18).fill('Outcomes'),
      ...Array(8).fill('Provision'),
      ...Array(6).fill('Leadership'),
    ]);
    expect(plan.actions[0].success).toMatch(/^Levels of skill development are improved/);
    expect(plan.actions.every((a) => a.due === null && a.start === null)).toBe(true);
  });
});

describe('8.6 Doncaster partnership plan', () => {
  const plan = readFixture('doncaster-partnership');

  it('keeps rows whose Action cell is empty as actions with no text, so they can be checked', () => {
    expect(plan.actions).toHaveLength(13);
    expect(plan.actions.filter((a) => a.text === '').map((a) => a.cells.action)).toEqual([
      'Plan!D2',
      'Plan!D6',
    ]);
  });

  it('reads a single-day event as one day', () => {
    expect(plan.actions[2].start).toMatchObject({ kind: 'date', start: '2015-11-02' });
    expect(plan.actions[2].due).toMatchObject({ kind: 'date', due: '2015-11-02' });
  });

  it('keeps costs out of owners', () => {
    expect(plan.actions[2].owners).toEqual([]);
    expect(plan.actions[12].owners).toEqual([]);
    expect(plan.actions[4].owners).toEqual(['SLT', 'Y6 teachers']);
    expect(plan.actions[10].ownerText).toBe('tbc');
    expect(plan.actions[10].owners).toEqual([]);
  });

  it('reads Success Criteria: Milestones as a milestone column', () => {
    expect(plan.columns[7]).toMatchObject({ header: 'Success Criteria: Milestones', role: 'milestone' });
    expect(plan.actions[0].milestones).toEqual([
      expect.objectContaining({
        text: 'Individual school action plan produced. Pyramid collaborative approach. Evidence of attainment Gap narrowing.',
        source: 'column',
        cell: 'Plan!H2',
      }),
    ]);
    expect(plan.actions[12].milestones).toEqual([]);
  });

  it('groups by partnership priority', () => {
    expect(plan.actions.map((a) => a.group?.slice(0, 10))).toEqual([
      ...Array(4).fill('Partnershi'),
      ...Array(5).fill('Priority 2'),
      ...Array(4).fill('Priority 3'),
    ]);
  });
});
