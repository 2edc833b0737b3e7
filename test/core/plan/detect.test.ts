/** Where a plan is (plans.md): tables first, else a header row in the first 30 rows; named sheets and tables; problems. */
import type { CellValue } from '../../../src/core/grid/types';
import { readPlans } from '../../../src/core/plan';
import { gridFromRows, workbookOf } from '../../support/grid';

const HEADER = ['No.', 'Action', 'Who', 'When'];
const ROW_1 = [
  '14.2.1',
  'Procure work scrutiny training from HMI for LA officers and StEPs',
  'Head of Education Standards and Effectiveness',
  'March 2015 Sept 2015 January 2016',
];
const ROW_2 = [
  '14.2.2',
  'Provide StEPs and LA officer with high quality and relevant Ofsted training',
  'Head of Education Standards and Effectiveness',
  'September 2015',
];

const blankRows = (n: number): CellValue[][] => Array.from({ length: n }, () => []);

describe('finding the header row', () => {
  it('finds a header row below title rows and reads the rows under it', () => {
    const sheet = gridFromRows('Plan', [['Post Ofsted Action Plan 2014-16'], [], HEADER, ROW_1, ROW_2]);
    const { plans, problems } = readPlans(workbookOf('plan.xlsx', sheet));
    expect(problems).toEqual([]);
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({
      sheet: 'Plan',
      table: null,
      title: 'Post Ofsted Action Plan 2014-16',
      headerRows: [2, 2],
    });
    expect(plans[0].columns.map((c) => [c.role, c.cell])).toEqual([
      ['ref', 'Plan!A3'],
      ['action', 'Plan!B3'],
      ['owner', 'Plan!C3'],
      ['due', 'Plan!D3'],
    ]);
    expect(plans[0].actions.map((a) => a.ref)).toEqual(['14.2.1', '14.2.2']);
  });

  it('searches the first 30 rows only', () => {
    const at30 = readPlans(workbookOf('plan.xlsx', gridFromRows('Plan', [...blankRows(29), HEADER, ROW_1])));
    expect(at30.plans[0].headerRows).toEqual([29, 29]);
    const at31 = readPlans(workbookOf('plan.xlsx', gridFromRows('Plan', [...blankRows(30), HEADER, ROW_1])));
    expect(at31.plans).toEqual([]);
    expect(at31.problems[0].kind).toBe('no-plan');
  });

  it('needs an action column and two other known columns', () => {
    const sheet = gridFromRows('Notes', [
      ['Action', 'Notes'],
      ['Action', 'Who', 'Notes'],
      ['Action', 'Who', 'When'],
      ['Train governors', 'HT', 'Oct 15'],
    ]);
    const { plans } = readPlans(workbookOf('plan.xlsx', sheet));
    expect(plans[0].headerRows).toEqual([2, 2]);
    expect(plans[0].actions).toHaveLength(1);
  });

  it('starts the plan at the first header column, not at column A', () => {
    const sheet = gridFromRows('Plan', [
      [null, null, ...HEADER],
      [null, null, ...ROW_1],
    ]);
    const [plan] = readPlans(workbookOf('plan.xlsx', sheet)).plans;
    expect(plan.columns.map((c) => c.index)).toEqual([2, 3, 4, 5]);
    expect(plan.actions[0].cells.row).toBe('Plan!C2:F2');
  });

  it('reads every sheet that has a plan, hidden sheets included', () => {
    const visible = gridFromRows('Theme 1', [HEADER, ROW_1]);
    const hidden = gridFromRows('Theme 2', [HEADER, ROW_2], { hidden: true });
    const notes = gridFromRows('Notes', [['Meeting notes'], ['Nothing here']]);
    const { plans } = readPlans(workbookOf('plan.xlsx', visible, notes, hidden));
    expect(plans.map((p) => [p.sheet, p.actions[0].ref])).toEqual([
      ['Theme 1', '14.2.1'],
      ['Theme 2', '14.2.2'],
    ]);
  });
});

describe('tables', () => {
  it('reads Excel tables first, each as its own plan, with its name and title', () => {
    const sheet = gridFromRows(
      'Plan',
      [
        ['Operational plan'],
        HEADER,
        ROW_1,
        [],
        ['Issue 6'],
        ['Ref', 'Action', 'Lead'],
        [
          '14.6.1',
          'DLOS and AD in regular dialog with the RSC and DfE officers',
          'Assistant Director – Learning & Achievement',
        ],
      ],
      {
        tables: [
          { name: 'Issue2', range: 'A2:D3' },
          { name: 'Issue6', range: 'A6:C7' },
        ],
      },
    );
    const { plans } = readPlans(workbookOf('plan.xlsx', sheet));
    expect(plans.map((p) => [p.table, p.title, p.actions.map((a) => a.ref)])).toEqual([
      ['Issue2', 'Operational plan', ['14.2.1']],
      ['Issue6', 'Issue 6', ['14.6.1']],
    ]);
  });

  it('titles a table with nothing above it by its name', () => {
    const sheet = gridFromRows('Plan', [HEADER, ROW_1], { tables: [{ name: 'Actions', range: 'A1:D2' }] });
    expect(readPlans(workbookOf('plan.xlsx', sheet)).plans[0].title).toBe('Actions');
  });

  it('falls back to the header search when no table on the sheet is a plan', () => {
    const sheet = gridFromRows('Plan', [['Year', 'Target'], ['2015', '80%'], [], HEADER, ROW_1], {
      tables: [{ name: 'Targets', range: 'A1:B2' }],
    });
    const [plan] = readPlans(workbookOf('plan.xlsx', sheet)).plans;
    expect(plan).toMatchObject({ table: null, headerRows: [3, 3] });
  });
});

describe('naming the sheet or table', () => {
  const first = gridFromRows('Priority 1', [HEADER, ROW_1]);
  const second = gridFromRows('Priority 2', [['Draft'], HEADER, ROW_2], {
    tables: [{ name: 'P2', range: 'A2:D3' }],
  });
  const loose = gridFromRows('Loose', [['Action'], ['Train governors']], {
    tables: [{ name: 'JustActions', range: 'A1:A2' }],
  });
  const workbook = workbookOf('plan.xlsx', first, second, loose);

  it('reads only the named sheet', () => {
    const { plans } = readPlans(workbook, { sheet: 'Priority 2' });
    expect(plans.map((p) => p.sheet)).toEqual(['Priority 2']);
  });

  it('reads the named table even when its header alone would not make it a plan', () => {
    const { plans, problems } = readPlans(workbook, { table: 'JustActions' });
    expect(problems).toEqual([]);
    expect(plans[0]).toMatchObject({ sheet: 'Loose', table: 'JustActions' });
    expect(plans[0].actions.map((a) => a.text)).toEqual(['Train governors']);
  });

  it('says which sheets there are when the named sheet is absent', () => {
    const { plans, problems } = readPlans(workbook, { sheet: 'Priority 9' });
    expect(plans).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({
        kind: 'no-sheet',
        sheet: 'Priority 9',
        message:
          'No sheet named "Priority 9" in plan.xlsx. Its sheets are: "Priority 1", "Priority 2", "Loose".',
      }),
    ]);
    expect(problems[0].messageCy).toContain('Priority 9');
    expect(problems[0].messageCy).not.toBe(problems[0].message);
  });

  it('says which tables there are when the named table is absent', () => {
    const { problems } = readPlans(workbook, { table: 'P9' });
    expect(problems[0]).toMatchObject({
      kind: 'no-table',
      table: 'P9',
      message: 'No table named "P9" in plan.xlsx. Its tables are: "P2", "JustActions".',
    });
  });

  it('says so when the named table has no action column', () => {
    const sheet = gridFromRows(
      'Targets',
      [
        ['Year', 'Target'],
        ['2015', '80%'],
      ],
      { tables: [{ name: 'Targets', range: 'A1:B2' }] },
    );
    const { problems } = readPlans(workbookOf('plan.xlsx', sheet), { table: 'Targets' });
    expect(problems[0]).toMatchObject({ kind: 'no-action-column', sheet: 'Targets', table: 'Targets' });
    expect(problems[0].message).toBe(
      'Table "Targets" in plan.xlsx has no Action column; give one column a header such as Action, or set the column\'s role.',
    );
  });

  it('says so when the named sheet has no plan', () => {
    // Its only table has an Action column and nothing else known: not a plan unless named as a table.
    expect(readPlans(workbook, { sheet: 'Loose' }).problems[0]).toMatchObject({
      kind: 'no-plan-on-sheet',
      sheet: 'Loose',
    });
    const none = readPlans(workbookOf('plan.xlsx', gridFromRows('Notes', [['Meeting notes']])), {
      sheet: 'Notes',
    });
    expect(none.problems[0]).toMatchObject({ kind: 'no-plan-on-sheet', sheet: 'Notes' });
    expect(none.problems[0].message).toMatch(/^No action plan found on sheet "Notes" in plan\.xlsx: /);
  });
});

describe('no plan found', () => {
  it('names the file and says how to choose a sheet, in English and Welsh', () => {
    const { plans, problems } = readPlans(
      workbookOf('plan.xlsx', gridFromRows('Sheet1', [['Minutes of the meeting'], ['Apologies']])),
    );
    expect(plans).toEqual([]);
    expect(problems).toEqual([
      {
        kind: 'no-plan',
        sheet: null,
        table: null,
        message:
          'No action plan found in plan.xlsx: no sheet has a header row with an Action column; use --sheet to choose one.',
        messageCy:
          'Ni chafwyd hyd i gynllun gweithredu yn plan.xlsx: does gan yr un ddalen res pennawd â cholofn Cam gweithredu; defnyddiwch --sheet i ddewis un.',
      },
    ]);
  });

  it('reports an empty workbook the same way', () => {
    expect(readPlans(workbookOf('empty.xlsx')).problems[0].kind).toBe('no-plan');
    expect(readPlans(workbookOf('empty.xlsx', gridFromRows('Sheet1', []))).problems[0].kind).toBe('no-plan');
  });
});

describe('role overrides', () => {
  const rows: CellValue[][] = [
    ['Ref', 'Initiative', 'Officer', 'Deadline', 'Notes'],
    ['1.1', 'Train governors', 'Governor Services', 'Oct 15', 'Started'],
  ];

  it('replace detected roles, and can make a sheet a plan', () => {
    const workbook = workbookOf('plan.xlsx', gridFromRows('Plan', rows));
    expect(readPlans(workbook).problems[0].kind).toBe('no-plan');
    const { plans } = readPlans(workbook, {
      overrides: [
        { sheet: 'Plan', table: null, column: 1, role: 'action' },
        { sheet: 'Plan', table: null, column: 2, role: 'owner' },
        { sheet: 'Plan', table: null, column: 4, role: 'progress' },
        { sheet: 'Plan', table: null, column: 3, role: null },
      ],
    });
    expect(plans[0].columns.map((c) => c.role)).toEqual(['ref', 'action', 'owner', null, 'progress']);
    expect(plans[0].actions[0]).toMatchObject({
      text: 'Train governors',
      owners: ['Governor Services'],
      progress: 'Started',
      due: null,
    });
  });

  it('apply only to their own sheet and table', () => {
    const header = ['Ref', 'Action', 'Officer', 'Deadline'];
    const workbook = workbookOf(
      'plan.xlsx',
      gridFromRows('Plan', [header, ['1.1', 'Train governors', 'HT', 'Oct 15']]),
    );
    const { plans } = readPlans(workbook, {
      overrides: [
        { sheet: 'Other', table: null, column: 2, role: 'owner' },
        { sheet: 'Plan', table: 'SomeTable', column: 2, role: 'owner' },
      ],
    });
    expect(plans[0].columns[2].role).toBeNull();
  });
});

describe('actor columns', () => {
  it('count as known columns when finding the header (Caerphilly: a target and three actors)', () => {
    const sheet = gridFromRows('Action Plan 2018-19', [
      [
        'Target for improvement',
        'Actions by schools',
        'Actions by Local Authority',
        'Actions by Education Achievement Service*',
      ],
      [
        'Improve standards in Skills',
        'Review provision and design a skills overview.',
        'LA will support the use of recommended programmes.',
        'Provide bespoke professional learning.',
      ],
    ]);
    const [plan] = readPlans(workbookOf('caerphilly.xlsx', sheet)).plans;
    expect(plan.actions.map((a) => a.owners[0])).toEqual([
      'Schools',
      'Local Authority',
      'Education Achievement Service',
    ]);
  });
});
