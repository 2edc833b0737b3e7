/**
 * The shapes plans arrive in (plans.md, "Rows" and "Column roles"), built from real seed rows:
 * two-row headers, repeated header rows, continuation rows, merged group cells, group rows.
 */
import type { CellValue } from '../../../src/core/grid/types';
import { readPlans } from '../../../src/core/plan';
import type { Plan } from '../../../src/core/plan';
import { gridFromRows, workbookOf, type SheetOptions } from '../../support/grid';

function onePlan(rows: CellValue[][], options: SheetOptions = {}, sheet = 'Plan'): Plan {
  const result = readPlans(workbookOf('plan.xlsx', gridFromRows(sheet, rows, options)));
  expect(result.problems).toEqual([]);
  expect(result.plans).toHaveLength(1);
  return result.plans[0];
}

/** Doncaster KS2 RIP ([004] L234–245): `Resources` over `Lead Person`, `Timescales` over `Start | Finish`. */
const KS2_UPPER = ['Improvement Needed', 'Action', 'Resources', 'Timescales', null, 'Success Criteria'];
const KS2_LOWER = [null, null, 'Lead Person', 'Start', 'Finish', null];
const KS2_ROWS: CellValue[][] = [
  [
    'Improve the quality of assessment support for schools',
    'Establish a Senior LA Lead to oversee assessment in EY KS1 and KS2',
    'HoS (SI)',
    'Oct 15',
    'August 16',
    'By Oct 15 Established credible lead to provide strategic direction',
  ],
  [
    'Secure the accuracy of teacher assessment across all schools through external validation',
    'Train and accredit a cohort of expert teachers drawn from practising moderators, SLEs and experienced teachers across Years 2 and 6 in Reading, Writing and Mathematics',
    'SESEO (Assessment)',
    'Nov 15',
    'June 16',
    'By Nov 15 Accredited moderators established within every partnership By Feb 15 Moderators actively deployed By July 16 Close alignment of teacher assessment and test results',
  ],
];

describe('two-row headers', () => {
  it('uses the lower cell of a header merged over sub-headers', () => {
    const plan = onePlan([KS2_UPPER, KS2_LOWER, ...KS2_ROWS], {
      merges: ['A1:A2', 'B1:B2', 'D1:E1', 'F1:F2'],
    });
    expect(plan.headerRows).toEqual([0, 1]);
    expect(plan.columns.map((c) => c.role)).toEqual(['group', 'action', 'owner', 'start', 'due', 'success']);
    expect(plan.columns.map((c) => c.header)).toEqual([
      'Improvement Needed',
      'Action',
      'Resources / Lead Person',
      'Timescales / Start',
      'Timescales / Finish',
      'Success Criteria',
    ]);
    expect(plan.columns[2].cell).toBe('Plan!C2');
    expect(plan.actions).toHaveLength(2);
    expect(plan.actions[0]).toMatchObject({ owners: ['HoS (SI)'], row: 2 });
    expect(plan.actions[0].start?.start).toBe('2015-10-01');
    expect(plan.actions[0].due?.due).toBe('2016-08-31');
    expect(plan.actions[0].cells).toMatchObject({ owner: 'Plan!C3', start: 'Plan!D3', due: 'Plan!E3' });
  });

  it('finds the sub-header row without merges, from the blank header cell above Finish', () => {
    const plan = onePlan([KS2_UPPER, KS2_LOWER, ...KS2_ROWS]);
    expect(plan.headerRows).toEqual([0, 1]);
    expect(plan.columns.map((c) => c.role)).toEqual(['group', 'action', 'owner', 'start', 'due', 'success']);
    expect(plan.actions).toHaveLength(2);
  });

  it('finds an upper header row merged over part of the header', () => {
    const upper = [null, null, 'Resources', 'Timescales', null, null];
    const lower = ['Improvement Needed', 'Action', 'Lead Person', 'Start', 'Finish', 'Success Criteria'];
    const plan = onePlan([upper, lower, ...KS2_ROWS], { merges: ['D1:E1'] });
    expect(plan.headerRows).toEqual([0, 1]);
    expect(plan.columns.map((c) => c.role)).toEqual(['group', 'action', 'owner', 'start', 'due', 'success']);
    expect(plan.columns[3].header).toBe('Timescales / Start');
  });

  it('does not take a title merged across the whole table for an upper header', () => {
    const title = ['Local Authority Action Plan', null, null, null, null, null];
    const header = ['Improvement Needed', 'Action', 'Lead Person', 'Start', 'Finish', 'Success Criteria'];
    const plan = onePlan([title, header, ...KS2_ROWS], { merges: ['A1:F1'] });
    expect(plan.headerRows).toEqual([1, 1]);
    expect(plan.title).toBe('Local Authority Action Plan');
  });

  it('skips a two-row header repeated at a page break', () => {
    const plan = onePlan([KS2_UPPER, KS2_LOWER, KS2_ROWS[0], KS2_UPPER, KS2_LOWER, KS2_ROWS[1]], {
      merges: ['D1:E1', 'D4:E4'],
    });
    expect(plan.actions.map((a) => a.row)).toEqual([2, 5]);
  });
});

/** Bridgend PIAP ([001] L32, L153, L205): the header repeats, and its words break differently. */
const BRIDGEND_HEADER = [
  'Outcomes',
  'Aspects',
  'Actions',
  'Compl etion dates',
  'By whom? (inc lead person)',
  'Progress (Oct 2013)',
  'Progress (March 2014)',
];
const OUTCOME =
  'Improved performance for all learners at all key stages. We will better understand the performance of individual pupils and cohorts of pupils. This will enable us to ensure intervention is at an early stage.';

describe('rows of a pasted Word table', () => {
  it('skips repeated header rows, also when the repeat breaks its words differently', () => {
    const repeat = [...BRIDGEND_HEADER];
    repeat[3] = 'Compl e-tion dates';
    const plan = onePlan([
      BRIDGEND_HEADER,
      [
        OUTCOME,
        'Pupil tracking',
        'Improve quality of tracking pupil progress',
        'April 2013',
        'Group Manager - Inclusion',
        null,
        null,
      ],
      BRIDGEND_HEADER,
      [
        null,
        null,
        'Identify schools with effective pupil tracking systems.',
        'June 2013',
        'Bridgend Senior System Leader',
        null,
        null,
      ],
      repeat,
      [
        null,
        'Target setting',
        'Develop guidance for schools',
        'Autumn 2013',
        'Head of School Improvement (CSC)',
        null,
        null,
      ],
    ]);
    expect(plan.actions.map((a) => a.text)).toEqual([
      'Improve quality of tracking pupil progress',
      'Identify schools with effective pupil tracking systems.',
      'Develop guidance for schools',
    ]);
    expect(plan.actions.map((a) => a.groups)).toEqual([
      [OUTCOME, 'Pupil tracking'],
      [OUTCOME, 'Pupil tracking'],
      [OUTCOME, 'Target setting'],
    ]);
  });

  it('appends a continuation row (no action, no ref) to the action above, line by line', () => {
    const plan = onePlan([
      BRIDGEND_HEADER,
      [
        OUTCOME,
        'Pupil tracking',
        'Improve quality of tracking pupil progress',
        'April 2013',
        'Head of School Improvement (CSCJES),',
        'Implementation of CSC tracker Phase 1 completed.',
        'A link has been identified between schools making insufficient progress in performance and deficiencies in tracking pupil progress.',
      ],
      [
        null,
        null,
        null,
        null,
        'Group Manager - Business Strategy & Performance',
        null,
        'Whilst the CSC Pupil Tracker tool is no longer being progressed, System Leaders challenge performance with schools.',
      ],
      [null, null, null, null, null, null, 'Data evidences improvements in attendance.'],
      [
        null,
        null,
        'Cluster coordinators to organise a good practice event each half term',
        'Autumn 2013 & ongoing',
        'Cluster Coordinators',
        null,
        null,
      ],
    ]);
    expect(plan.actions).toHaveLength(2);
    const [first] = plan.actions;
    expect(first.progress).toBe(
      'A link has been identified between schools making insufficient progress in performance and deficiencies in tracking pupil progress.\n' +
        'Whilst the CSC Pupil Tracker tool is no longer being progressed, System Leaders challenge performance with schools.\n' +
        'Data evidences improvements in attendance.',
    );
    expect(first.ownerText).toBe(
      'Head of School Improvement (CSCJES),\nGroup Manager - Business Strategy & Performance',
    );
    expect(first.owners).toEqual([
      'Head of School Improvement (CSCJES)',
      'Group Manager - Business Strategy & Performance',
    ]);
    expect(first.cells.progress).toBe('Plan!G2');
  });

  it('does not append a continuation row date to the action above', () => {
    const header = ['No.', 'Action', 'Who', 'When'];
    const plan = onePlan([
      header,
      ['14.6.2', 'Continue the work of the Education Improvement Board', 'Assistant Director –', 'On-going'],
      [null, null, 'Learning & Achievement', 'S., 898'],
    ]);
    expect(plan.actions).toHaveLength(1);
    expect(plan.actions[0].owners).toEqual(['Assistant Director – Learning & Achievement']);
    expect(plan.actions[0].due).toMatchObject({ kind: 'recurring', text: 'On-going' });
  });

  it('moves a rating spilled onto a continuation row to the action (Walsall 1.9)', () => {
    const header = [
      'Action',
      'Date',
      'Person Responsible',
      'Monitoring date',
      'Milestone / success criteria / progress',
      'Evaluation and RAG',
    ];
    const plan = onePlan([
      header,
      [
        '1.9 Programme of Governor training to be published termly including HT performance management, data interrogation, safeguarding, etc. Compulsory new governor training.',
        'September 2014',
        'Governor Services / Senior IA',
        'April 2015',
        'Attendance at training represents over 60% schools by April 2015 and 80% schools by December 2015.',
        null,
      ],
      [
        null,
        null,
        null,
        null,
        'All new governors have attended training by July 2015. A Walsall Governor standard is established and promoted',
        'R A G',
      ],
    ]);
    expect(plan.actions).toHaveLength(1);
    expect(plan.actions[0]).toMatchObject({
      ref: '1.9',
      refSource: 'text',
      declaredText: 'R A G',
      declared: null,
    });
    expect(plan.actions[0].success.split('\n')).toHaveLength(2);
    expect(plan.actions[0].cells.rag).toBe('Plan!F3');
    expect(plan.actions[0].cells.success).toBe('Plan!E2');
  });

  it('fills merged group cells and merged date cells down, reading the value from the top-left cell', () => {
    const plan = onePlan(
      [
        BRIDGEND_HEADER,
        [
          OUTCOME,
          'Pupil tracking',
          'Improve quality of tracking pupil progress',
          'Autumn 2013',
          'Group Manager - Inclusion',
          null,
          null,
        ],
        [
          null,
          null,
          'Identify schools with effective pupil tracking systems.',
          null,
          'Bridgend Senior System Leader',
          null,
          null,
        ],
        [
          null,
          'Target setting',
          'Develop guidance for schools',
          'Spring 2014',
          'Head of School Improvement (CSC)',
          null,
          null,
        ],
        [
          null,
          null,
          'Training for Governing Bodies on effective target setting.',
          'Summer 2014',
          'Head of SIS (CSCJES)',
          null,
          null,
        ],
      ],
      { merges: ['A2:A5', 'B2:B3', 'B4:B5', 'D2:D3'] },
    );
    expect(plan.actions.map((a) => a.groups)).toEqual([
      [OUTCOME, 'Pupil tracking'],
      [OUTCOME, 'Pupil tracking'],
      [OUTCOME, 'Target setting'],
      [OUTCOME, 'Target setting'],
    ]);
    expect(plan.actions[1].due?.due).toBe('2013-12-31');
    expect(plan.actions[1].cells.due).toBe('Plan!D2');
    expect(plan.actions[3].cells.group).toBe('Plan!A2');
  });

  it('reads an action cell merged over two rows as one action, the second row continuing it', () => {
    const plan = onePlan(
      [
        ['Ref', 'Action', 'Lead', 'Progress'],
        [
          '1.1',
          'Improve quality of tracking pupil progress',
          'Group Manager - Inclusion',
          'Phase 1 completed.',
        ],
        [null, null, null, 'All SLs reviewing use of pupil tracking in schools.'],
      ],
      { merges: ['A2:A3', 'B2:B3', 'C2:C3'] },
    );
    expect(plan.actions).toHaveLength(1);
    expect(plan.actions[0].progress).toBe(
      'Phase 1 completed.\nAll SLs reviewing use of pupil tracking in schools.',
    );
    expect(plan.actions[0].owners).toEqual(['Group Manager - Inclusion']);
  });

  it('skips fully empty rows, and rows of hidden cells are read like any other', () => {
    const plan = onePlan(
      [
        ['Ref', 'Action', 'Lead', 'Due'],
        ['1', 'First', 'HT', 'Oct 15'],
        [null, '  ', null, null],
        [],
        ['2', 'Second', 'HT', 'Nov 15'],
      ],
      { hiddenRows: [4] },
    );
    expect(plan.actions.map((a) => a.ref)).toEqual(['1', '2']);
  });
});

describe('group rows', () => {
  const header = ['No.', 'Action', 'Who', 'When'];

  it('names the group of the actions below by a row merged across the table', () => {
    const plan = onePlan(
      [
        header,
        ['Recommendation 2: Improve attendance in primary and secondary schools', null, null, null],
        ['2.1', 'Set attendance targets with every school', 'Group Manager - Inclusion', 'Autumn 2013'],
        ['Recommendation 3: Improve the quality of self-evaluation', null, null, null],
        [
          '3.1',
          'Review the self-evaluation framework',
          'Head of Strategy, Partnerships and Commissioning',
          'Spring 2014',
        ],
      ],
      { merges: ['A2:D2', 'A4:D4'] },
    );
    expect(plan.actions.map((a) => [a.ref, a.group])).toEqual([
      ['2.1', 'Recommendation 2: Improve attendance in primary and secondary schools'],
      ['3.1', 'Recommendation 3: Improve the quality of self-evaluation'],
    ]);
    expect(plan.actions[0].cells.group).toBe('Plan!A2');
  });

  it('names the group by text in the first cell alone, and a preamble line does not rename it', () => {
    const plan = onePlan([
      header,
      ['LA Priority 1', null, null, null],
      ['Key lead person: TBC', null, null, null],
      ['1a (i)', 'Agree the moderation programme', 'SESEO (Assessment)', 'Nov 15'],
      ['Improve attendance', null, null, null],
      ['1b', 'Publish termly data', 'Head of Service (Data)', 'Dec 15'],
    ]);
    expect(plan.actions.map((a) => [a.ref, a.group])).toEqual([
      ['1a (i)', 'LA Priority 1'],
      ['1b', 'Improve attendance'],
    ]);
  });

  it('reads a labelled issue row with its text in the action column as a group (Doncaster LASI)', () => {
    const plan = onePlan([
      header,
      [
        'LASI 14 Issue 2',
        'Sharpen its strategies for early intervention, including the use of statutory powers',
        null,
        null,
      ],
      [
        'Lead: Head of Service Standards and Effectiveness/Head of Service Access to Learning',
        null,
        null,
        null,
      ],
      [
        '14.2.1',
        'Procure work scrutiny training from HMI for LA officers and StEPs',
        'Head of Education Standards and Effectiveness',
        'March 2015 Sept 2015 January 2016',
      ],
    ]);
    expect(plan.actions).toHaveLength(1);
    expect(plan.actions[0].group).toBe(
      'LASI 14 Issue 2: Sharpen its strategies for early intervention, including the use of statutory powers',
    );
  });

  it('takes the group from a labelled line above the header, as Walsall writes its priorities', () => {
    const walsallHeader = [
      'Action',
      'Date',
      'Person Responsible',
      'Monitoring date',
      'Milestone / success criteria / progress',
      'Evaluation and RAG',
    ];
    const plan = onePlan([
      ['Priority 1: Ensure strong leadership in all Walsall Schools'],
      ['Link with Walsall School Improvement Strategy priorities F, G and H'],
      ['Key lead person: TBC'],
      ['Success criteria'],
      [
        'By July 2015 no LA maintained school or sponsor led Academy is judged to be in an Ofsted category 4.',
      ],
      walsallHeader,
      [
        '1.14 Robust discussions with Academy leaders, sponsors and DfE to secure good or better leadership.',
        'Starting September 2014',
        'AD Access and Achievement',
        'Ongoing',
        'By July 2015 no sponsor Academy will have inadequate leadership.',
        'R A G',
      ],
      [],
      ['Priority 2: Ensure the LA improvement strategy is fit for purpose'],
      ['Link with Walsall School Improvement Strategy priorities A, B, D, E and G'],
      ['Key lead person: Lynda Poole'],
      walsallHeader,
      [
        '2.1 The SIS and supporting documentation is consulted on and agreed by all stakeholders. (SIS, school improvement action plan and delivery plans)',
        'October 2014',
        'AD Access and achievement',
        'October 2014',
        'Milestones for the SIS and other documents are in place and shared with all stakeholders October 2014.',
        'R A G',
      ],
    ]);
    expect(plan.title).toBe('Priority 1: Ensure strong leadership in all Walsall Schools');
    expect(plan.actions.map((a) => [a.ref, a.group])).toEqual([
      ['1.14', 'Priority 1: Ensure strong leadership in all Walsall Schools'],
      ['2.1', 'Priority 2: Ensure the LA improvement strategy is fit for purpose'],
    ]);
    expect(plan.actions[0].text).toBe(
      '1.14 Robust discussions with Academy leaders, sponsors and DfE to secure good or better leadership.',
    );
    expect(plan.actions[1].owners).toEqual(['AD Access and achievement']);
  });

  it('reads lines under a group row as actions when no repeated header follows them', () => {
    const plan = onePlan([
      ['Action', 'Person Responsible', 'Date'],
      ['Priority 2: Ensure the LA improvement strategy is fit for purpose'],
      ['Review attendance policy'],
      ['Publish the strategy', 'AD Access and Achievement', 'October 2014'],
    ]);
    expect(plan.actions.map((a) => [a.text, a.group])).toEqual([
      ['Review attendance policy', 'Priority 2: Ensure the LA improvement strategy is fit for purpose'],
      ['Publish the strategy', 'Priority 2: Ensure the LA improvement strategy is fit for purpose'],
    ]);
  });

  it('reads a bare number in a Priority column as "Priority 1"', () => {
    const plan = onePlan([
      ['Priority', 'Action', 'Lead', 'Date'],
      [1, 'A Walsall School Leadership Strategy is drafted', 'Senior IA', 'October 2014'],
      [null, 'WSLS is informed following an audit of needs', 'Senior IA', 'September 2014'],
      [
        2,
        'The SIS is consulted on and agreed by all stakeholders',
        'AD Access and achievement',
        'October 2014',
      ],
    ]);
    expect(plan.actions.map((a) => a.group)).toEqual(['Priority 1', 'Priority 1', 'Priority 2']);
  });
});

describe('refs', () => {
  it('keeps a number in the ref column as written, and a ref in the text as the ref', () => {
    const plan = onePlan([
      ['Ref', 'Action', 'Lead', 'Due'],
      [1.1, 'Draft the strategy', 'Senior IA', 'Oct 15'],
      [null, '1.2 Consult on the strategy', 'Senior IA', 'Nov 15'],
      [null, 'Publish the strategy', 'Senior IA', 'Dec 15'],
      ['1.1', 'Duplicate ref kept as written', 'Senior IA', 'Dec 15'],
    ]);
    expect(plan.actions.map((a) => [a.ref, a.refSource])).toEqual([
      ['1.1', 'column'],
      ['1.2', 'text'],
      ['Plan!B4', 'position'],
      ['1.1', 'column'],
    ]);
  });

  it('quotes the sheet name in a position ref when Excel would', () => {
    const plan = onePlan(
      [
        ['Action', 'Lead', 'Due'],
        ['Publish the strategy', 'Senior IA', 'Dec 15'],
      ],
      {},
      'Action Plan',
    );
    expect(plan.actions[0].ref).toBe("'Action Plan'!A2");
    expect(plan.actions[0].cells.row).toBe("'Action Plan'!A2:C2");
  });

  it('gives actor actions of one row unique refs: the row ref and the actor', () => {
    const plan = onePlan([
      [
        'No.',
        'Target for improvement',
        'Actions by schools',
        'Actions by Local Authority',
        'Actions by Education Achievement Service*',
      ],
      [
        '1',
        'Improve standards in Skills',
        'Review provision and design a skills overview.',
        'LA will support the use of recommended programmes.',
        'Provide bespoke professional learning.',
      ],
    ]);
    expect(plan.actions.map((a) => [a.ref, a.owners])).toEqual([
      ['1/schools', ['Schools']],
      ['1/local-authority', ['Local Authority']],
      ['1/education-achievement-service', ['Education Achievement Service']],
    ]);
  });
});

describe('progress, ratings, milestones and dates', () => {
  it('orders dated progress columns by date whatever their sheet order, undated ones last', () => {
    const plan = onePlan([
      ['Action', 'Lead', 'Progress (March 2014)', 'Progress (Oct 2013)', 'Comments'],
      ['A', 'HT', 'March text', 'October text', null],
      ['B', 'HT', null, 'October text', null],
      ['C', 'HT', 'March text', 'October text', 'Latest comment'],
      ['D', 'HT', 'n/a', 'October text', '-'],
    ]);
    expect(plan.columns.slice(2).map((c) => c.headerDate)).toEqual(['2014-03-31', '2013-10-31', null]);
    expect(plan.actions.map((a) => [a.progress, a.cells.progress])).toEqual([
      ['March text', 'Plan!C2'],
      ['October text', 'Plan!D3'],
      ['Latest comment', 'Plan!E4'],
      ['October text', 'Plan!D5'],
    ]);
  });

  it('reads declared ratings on the plan scale and keeps the text as written', () => {
    const plan = onePlan([
      ['Action', 'Lead', 'RAG'],
      ['A', 'HT', 'Green'],
      ['B', 'HT', 'Amber'],
      ['C', 'HT', 'R A G'],
      ['D', 'HT', 'Purple'],
      ['E', 'HT', 'Blue'],
    ]);
    expect(plan.actions.map((a) => [a.declared, a.declaredText])).toEqual([
      ['green', 'Green'],
      ['amber', 'Amber'],
      [null, 'R A G'],
      [null, 'Purple'],
      ['complete', 'Blue'],
    ]);
    expect(plan.scale).toBe('three-point');
  });

  it('puts a plan with a four-point judgement on the four-point scale', () => {
    const plan = onePlan([
      ['Action', 'Lead', 'Judgement'],
      ['A', 'HT', 'Strong progress'],
      ['B', 'HT', 'Limited progress'],
    ]);
    expect(plan.actions.map((a) => a.declared)).toEqual(['yellow', 'red']);
    expect(plan.scale).toBe('four-point');
  });

  it('prefers a milestones table, linked by ref, to milestones in the success text', () => {
    const planSheet = gridFromRows('Plan', [
      ['Ref', 'Action', 'Lead', 'Success criteria'],
      [
        '1.1',
        'Train and accredit moderators',
        'SESEO (Assessment)',
        'By Nov 15 Accredited moderators established',
      ],
      ['1.2', 'Devise enhanced moderation visits', 'SESEO (Assessment)', 'By Mar 16 All schools participate'],
    ]);
    const milestoneSheet = gridFromRows('Milestones', [
      ['Ref', 'Milestone', 'Due', 'Status'],
      ['1.1', 'Moderators recruited', { type: 'date', iso: '2015-10-16' }, 'Met'],
      ['1.1', 'Moderators deployed', 'Feb 16', null],
    ]);
    const [plan] = readPlans(workbookOf('plan.xlsx', planSheet, milestoneSheet)).plans;
    expect(plan.actions[0].milestones).toEqual([
      expect.objectContaining({
        text: 'Moderators recruited',
        met: true,
        source: 'table',
        cell: 'Milestones!B2',
      }),
      expect.objectContaining({
        text: 'Moderators deployed',
        met: false,
        source: 'table',
        cell: 'Milestones!B3',
      }),
    ]);
    expect(plan.actions[0].milestones[0].when).toMatchObject({ kind: 'date', due: '2015-10-16' });
    expect(plan.actions[0].milestones[1].when.due).toBe('2016-02-29');
    expect(plan.actions[1].milestones).toEqual([
      expect.objectContaining({ text: 'All schools participate', source: 'text', cell: 'Plan!D3' }),
    ]);
  });

  it('reads milestone columns on the row, skipping template bullets', () => {
    const plan = onePlan([
      [
        'Action',
        'Lead',
        'Milestone 1 (Date)',
        'Milestone 2 (Date)',
        'Milestone 3 (Date)',
        'Success Criteria',
      ],
      [
        'Secure accurate teacher assessment',
        'HoS',
        { type: 'date', iso: '2015-12-04' },
        '•',
        'By Mar 16 All schools participate - complete By July 16 Schools are supported',
        'By Apr 16 Not used while milestone columns are filled',
      ],
    ]);
    expect(plan.actions[0].milestones.map((m) => [m.when.due, m.source, m.met, m.cell])).toEqual([
      ['2015-12-04', 'column', false, 'Plan!C2'],
      ['2016-03-31', 'column', true, 'Plan!E2'],
      ['2016-07-31', 'column', false, 'Plan!E2'],
    ]);
  });

  it('does not read a goal written with "met" in the middle as a met milestone', () => {
    const plan = onePlan([
      ['Action', 'Lead', 'Success Criteria'],
      ['Raise attainment', 'HoS', 'By July 2016 100% of targets met for KS1 and KS2'],
    ]);
    expect(plan.actions[0].milestones[0].met).toBe(false);
  });

  it('takes the academic year from the title, so a term without a year has one', () => {
    const rows = [
      ['School Improvement Action Plan 2015/16'],
      ['Action', 'Lead', 'Due'],
      ['Train governors', 'HT', 'Summer term'],
    ];
    const plan = onePlan(rows);
    expect(plan.actions[0].due).toMatchObject({ kind: 'period', start: '2016-04-01', due: '2016-07-31' });
  });

  it('names no academic year for a two-year plan such as 2014-16', () => {
    const rows = [
      ['Post Ofsted Action Plan 2014-16'],
      ['Action', 'Lead', 'Due'],
      ['Train governors', 'HT', 'Summer term'],
    ];
    expect(onePlan(rows).actions[0].due?.kind).toBe('unparsed');
  });

  it('takes the academic year from the sheet name when the title has none', () => {
    const plan = onePlan(
      [
        ['Action', 'Lead', 'Due'],
        ['Train governors', 'HT', 'Autumn term'],
      ],
      {},
      'Plan 2014-15',
    );
    expect(plan.actions[0].due?.due).toBe('2014-12-31');
  });

  it("lets the caller's academic year win over the title's", () => {
    const rows = [
      ['Action Plan 2015/16'],
      ['Action', 'Lead', 'Due'],
      ['Train governors', 'HT', 'Summer term'],
    ];
    const calendar = {
      terms: {
        autumn: { start: { month: 9, day: 1 }, end: { month: 12, day: 31 } },
        spring: { start: { month: 1, day: 1 }, end: { month: 3, day: 31 } },
        summer: { start: { month: 4, day: 1 }, end: { month: 7, day: 31 } },
      },
      halfTermSplits: {
        autumn: { month: 10, day: 31 },
        spring: { month: 2, day: 29 },
        summer: { month: 5, day: 31 },
      },
      academicYearStart: { month: 9, day: 1 },
      financialYearStart: { month: 4, day: 1 },
      planAcademicYear: 2013,
    };
    const [plan] = readPlans(workbookOf('plan.xlsx', gridFromRows('Plan', rows)), { calendar }).plans;
    expect(plan.actions[0].due?.due).toBe('2014-07-31');
  });

  it('reads date cells as exact days and error cells as empty', () => {
    const plan = onePlan([
      ['Action', 'Lead', 'Start', 'Due', 'Progress'],
      [
        'Train governors',
        { type: 'error', code: '#N/A' },
        { type: 'date', iso: '2015-09-07' },
        { type: 'error', code: '#REF!' },
        { type: 'error', code: '#VALUE!' },
      ],
    ]);
    const [action] = plan.actions;
    expect(action.ownerText).toBe('');
    expect(action.owners).toEqual([]);
    expect(action.start).toMatchObject({ kind: 'date', start: '2015-09-07' });
    expect(action.due?.kind).toBe('none');
    expect(action.progress).toBe('');
  });

  it("keeps Welsh text and a cell of Excel's full 32,767 characters exactly", () => {
    const long = `${'Gwella ansawdd yr addysgu ŵ ŷ '.repeat(1093).slice(0, 32766)}ŷ`;
    const plan = onePlan([
      ['Cam gweithredu', 'Arweinydd', 'Dyddiad cwblhau'],
      [long, 'Pennaeth y Gwasanaeth / Swyddog Cynhwysiant', 'Gorffennaf 2016'],
    ]);
    expect(plan.actions[0].text).toHaveLength(32767);
    expect(plan.actions[0].text === long).toBe(true);
    expect(plan.actions[0].owners).toEqual(['Pennaeth y Gwasanaeth', 'Swyddog Cynhwysiant']);
  });

  it('records "New action added March 2014:" without changing the text', () => {
    const plan = onePlan([
      ['Action', 'Lead', 'Due'],
      [
        'New action added March 2014: Undertake additional FFT training for schools.',
        'Group Manager, School Improvement',
        'Autumn 2014',
      ],
    ]);
    expect(plan.actions[0]).toMatchObject({
      text: 'New action added March 2014: Undertake additional FFT training for schools.',
      addedOn: '2014-03-01',
      owners: ['Group Manager, School Improvement'],
    });
  });
});
