import { buildSummary, summaryToJson, type SnapshotRow } from '../../../src/core/summary';
import { builtInRuleSets } from '../../../src/core/rag';
import { action, day, finding, input, milestone, rated } from './builders';

const snapshot = (
  date: string,
  ref: string,
  computed: SnapshotRow['computed'],
  plan = 'Walsall',
): SnapshotRow => ({
  date,
  plan,
  ref,
  computed,
  declared: null,
  due: null,
});

describe('headline counts', () => {
  const walsall = rated('Walsall', [
    { action: action('1.1', { group: 'Priority 1' }), rating: 'complete', declared: 'complete' },
    { action: action('1.2', { group: 'Priority 1' }), rating: 'green', declared: 'green' },
    { action: action('1.3', { group: 'Priority 1' }), rating: 'red' },
    { action: action('2.1', { group: 'Priority 2' }), rating: 'amber' },
    { action: action('2.2', { group: 'Priority 2' }), rating: 'not-rated', declared: 'red' },
  ]);

  it('counts computed ratings overall and per group, in the order groups first appear', () => {
    const summary = buildSummary(input([walsall]));

    expect(summary.overall.computed).toEqual({
      complete: 1,
      green: 1,
      yellow: 0,
      amber: 1,
      red: 1,
      notRated: 1,
      total: 5,
    });
    expect(summary.groups.map((group) => group.name)).toEqual(['Priority 1', 'Priority 2']);
    expect(summary.groups[0].computed).toEqual({
      complete: 1,
      green: 1,
      yellow: 0,
      amber: 0,
      red: 1,
      notRated: 0,
      total: 3,
    });
    expect(summary.groups[1].computed).toEqual({
      complete: 0,
      green: 0,
      yellow: 0,
      amber: 1,
      red: 0,
      notRated: 1,
      total: 2,
    });
  });

  it('counts declared ratings beside them, with actions that declare none', () => {
    const summary = buildSummary(input([walsall]));

    expect(summary.hasDeclared).toBe(true);
    expect(summary.overall.declared).toEqual({
      complete: 1,
      green: 1,
      yellow: 0,
      amber: 0,
      red: 1,
      none: 2,
      total: 5,
    });
    expect(summary.groups[1].declared).toEqual({
      complete: 0,
      green: 0,
      yellow: 0,
      amber: 0,
      red: 1,
      none: 1,
      total: 2,
    });
  });

  it('says when no rating was declared at all, so the declared table can be left out', () => {
    const plain = rated('Plain', [{ action: action('1'), rating: 'green' }]);
    expect(buildSummary(input([plain])).hasDeclared).toBe(false);
  });

  it('shows yellow only for a plan on the four-point scale', () => {
    expect(buildSummary(input([walsall])).showYellow).toBe(false);
    expect(buildSummary(input([walsall])).key.ratings).toEqual([
      'complete',
      'green',
      'amber',
      'red',
      'not-rated',
    ]);
    const csc = rated('CSC', [{ action: action('1'), rating: 'green' }], { plan: { scale: 'four-point' } });
    const summary = buildSummary(input([csc]));
    expect(summary.showYellow).toBe(true);
    expect(summary.key.ratings).toEqual(['complete', 'green', 'yellow', 'amber', 'red', 'not-rated']);
  });

  it('in a roll-up counts each workbook as one group', () => {
    const schoolA = rated(
      'Ysgol A',
      [
        { action: action('1.1', { group: 'Priority 1' }), rating: 'red' },
        { action: action('1.2', { group: 'Priority 2' }), rating: 'green' },
      ],
      { group: 'Ysgol A' },
    );
    const schoolB = rated('Ysgol B', [{ action: action('1.1', { group: 'Priority 1' }), rating: 'amber' }], {
      group: 'Ysgol B',
    });
    const summary = buildSummary(input([schoolA, schoolB]));

    expect(summary.rollUp).toBe(true);
    expect(
      summary.groups.map((group) => [
        group.name,
        group.computed.total,
        group.computed.red,
        group.computed.amber,
      ]),
    ).toEqual([
      ['Ysgol A', 2, 1, 0],
      ['Ysgol B', 1, 0, 1],
    ]);
    expect(summary.title.plans).toEqual(['Ysgol A', 'Ysgol B']);
  });

  it('keeps two plans of one workbook apart when both have a Priority 1', () => {
    const first = rated('Strategic plan', [{ action: action('1', { group: 'Priority 1' }), rating: 'red' }]);
    const second = rated('Operational plan', [
      { action: action('1', { group: 'Priority 1' }), rating: 'green' },
    ]);
    const summary = buildSummary(input([first, second]));

    expect(summary.rollUp).toBe(false);
    expect(summary.groups.map((group) => group.name)).toEqual([
      'Strategic plan: Priority 1',
      'Operational plan: Priority 1',
    ]);
  });
});

describe('direction of travel', () => {
  const current = rated('Walsall', [
    { action: action('1.1'), rating: 'red' }, // amber -> red: down, turned red
    { action: action('1.2'), rating: 'red' }, // red -> red: same
    { action: action('1.3'), rating: 'red' }, // not rated -> red: up on our order, and turned red
    { action: action('1.4'), rating: 'green' }, // complete -> green: down (reopened)
    { action: action('1.5'), rating: 'complete' }, // green -> complete: up
    { action: action('1.6'), rating: 'amber' }, // not in the snapshot: new
  ]);
  const previous = [
    snapshot('2015-09-16', '1.1', 'green'),
    snapshot('2015-09-16', '1.8', 'green'),
    snapshot('2015-10-14', '1.1', 'amber'),
    snapshot('2015-10-14', '1.2', 'red'),
    snapshot('2015-10-14', '1.3', 'not-rated'),
    snapshot('2015-10-14', '1.4', 'complete'),
    snapshot('2015-10-14', '1.5', 'green'),
    snapshot('2015-10-14', '1.9', 'amber'),
    snapshot('2015-10-14', '1.1', 'red', 'Another plan'),
    // A snapshot already saved for this very meeting is not "before" it.
    snapshot('2015-11-11', '1.1', 'green'),
  ];

  it('compares with the latest snapshot before the meeting date', () => {
    const { movement } = buildSummary(input([current], { previous }));

    expect(movement.previous).toBe('2015-10-14');
    expect([movement.up, movement.down, movement.same, movement.new]).toEqual([2, 2, 1, 1]);
    expect(movement.newRed).toBe(2);
  });

  it('lists moves down first (worst landing first), then moves up, each once', () => {
    const { movement } = buildSummary(input([current], { previous }));

    expect(movement.moved.map((move) => [move.ref, move.before, move.now, move.direction])).toEqual([
      ['1.1', 'amber', 'red', 'down'],
      ['1.4', 'complete', 'green', 'down'],
      ['1.3', 'not-rated', 'red', 'up'],
      ['1.5', 'green', 'complete', 'up'],
    ]);
  });

  it('lists actions that are no longer in any plan once, by plan and ref', () => {
    const { movement } = buildSummary(input([current], { previous }));

    expect(movement.removed.map((row) => [row.plan, row.ref])).toEqual([
      ['Another plan', '1.1'],
      ['Walsall', '1.9'],
    ]);
  });

  it('has no direction when there is no earlier snapshot', () => {
    const { movement } = buildSummary(input([current], { previous: [snapshot('2015-12-01', '1.1', 'red')] }));

    expect(movement).toEqual({
      previous: null,
      up: 0,
      down: 0,
      same: 0,
      new: 0,
      newRed: 0,
      moved: [],
      removed: [],
    });
  });

  it('matches a ref used twice in a plan with the snapshot rows of that ref in order', () => {
    const twice = rated('Walsall', [
      { action: action('15.4.1'), rating: 'red' },
      { action: action('15.4.1'), rating: 'green' },
    ]);
    const { movement } = buildSummary(
      input([twice], {
        previous: [snapshot('2015-10-14', '15.4.1', 'red'), snapshot('2015-10-14', '15.4.1', 'amber')],
      }),
    );

    expect([movement.same, movement.up, movement.new]).toEqual([1, 1, 0]);
    expect(movement.removed).toEqual([]);
  });
});

describe('exceptions', () => {
  it('lists every red action, then every amber one, each by due date then ref', () => {
    const plan = rated('Walsall', [
      { action: action('2.1', { due: day('2015-10-01') }), rating: 'red' },
      { action: action('3.1', { due: day('2015-09-30') }), rating: 'red' },
      { action: action('1.10', { due: day('2015-10-01') }), rating: 'red' },
      { action: action('1.9', { due: day('2015-10-01') }), rating: 'red' },
      {
        action: action('1.1', { milestones: [milestone('Audit done', '2015-10-01')] }),
        rating: 'amber',
        due: null,
      },
      { action: action('4.1', { due: day('2015-11-20') }), rating: 'amber' },
      { action: action('5.1', { due: day('2015-09-01') }), rating: 'green' },
    ]);
    const { exceptions } = buildSummary(input([plan]));

    expect(exceptions.map((row) => [row.computed, row.ref])).toEqual([
      ['red', '3.1'],
      ['red', '1.9'],
      ['red', '1.10'],
      ['red', '2.1'],
      ['amber', '4.1'],
      ['amber', '1.1'],
    ]);
  });

  it('gives each exception its ref, action, owner, due, reason and latest progress', () => {
    const overdue = action('1.3', {
      text: 'Recruit governors',
      ownerText: 'Governor Services',
      due: day('2015-10-31'),
      progress: 'Two vacancies left',
      declared: 'green',
    });
    const plan = rated('Walsall', [{ action: overdue, rating: 'red' }]);
    const [row] = buildSummary(input([plan])).exceptions;

    expect(row).toMatchObject({
      ref: '1.3',
      action: 'Recruit governors',
      owner: 'Governor Services',
      due: '2015-10-31',
      declared: 'green',
      reason: 'Reason red',
      progress: 'Two vacancies left',
      plan: 'Walsall',
    });
  });
});

describe('coming up', () => {
  it('takes deadlines and milestones from the meeting date to the next meeting, both days included', () => {
    const plan = rated('Walsall', [
      { action: action('1', { due: day('2015-11-11') }), rating: 'amber' },
      { action: action('2', { due: day('2015-12-09') }), rating: 'amber' },
      { action: action('3', { due: day('2015-12-10') }), rating: 'green' },
      { action: action('4', { due: day('2015-11-10') }), rating: 'red' },
      {
        action: action('5', {
          due: day('2016-03-31'),
          milestones: [
            milestone('Met already', '2015-11-30', true),
            milestone('Moderators trained', '2015-11-20'),
          ],
        }),
        rating: 'green',
      },
      { action: action('6', { due: day('2015-11-15'), progress: 'Completed' }), rating: 'complete' },
    ]);
    const { upcoming } = buildSummary(input([plan]));

    expect(upcoming.map((item) => [item.due, item.ref, item.kind, item.what])).toEqual([
      ['2015-11-11', '1', 'action', 'Action 1'],
      ['2015-11-20', '5', 'milestone', 'Moderators trained'],
      ['2015-12-09', '2', 'action', 'Action 2'],
    ]);
  });

  it('lists the earlier checkpoints of a several-date deadline that fall in the window', () => {
    const checkpoints = {
      ...day('2016-04-30'),
      kind: 'multiple' as const,
      start: '2015-12-01',
      checkpoints: [
        { start: '2015-12-01', end: '2015-12-31' },
        { start: '2016-02-01', end: '2016-02-29' },
        { start: '2016-04-01', end: '2016-04-30' },
      ],
    };
    const plan = rated('Doncaster', [{ action: action('14.2.1', { due: checkpoints }), rating: 'green' }]);
    const { upcoming } = buildSummary(input([plan], { asOf: '2015-12-20', nextMeeting: '2016-03-01' }));

    expect(upcoming.map((item) => [item.due, item.kind])).toEqual([
      ['2015-12-31', 'checkpoint'],
      ['2016-02-29', 'checkpoint'],
    ]);
  });
});

describe('data quality', () => {
  it('counts findings by rule, most first', () => {
    const plan = rated('Walsall', [{ action: action('1'), rating: 'green' }]);
    const findings = [
      finding('warning', 'unparsed-date', 'Plan!F7'),
      finding('error', 'missing-owner', 'Plan!E7'),
      finding('warning', 'missing-owner', 'Plan!E9'),
      finding('error', 'duplicate-ref', 'Plan!A9'),
    ];
    const { dataQuality } = buildSummary(input([plan], { findings }));

    expect(dataQuality.errors).toBe(2);
    expect(dataQuality.warnings).toBe(2);
    expect(dataQuality.byRule).toEqual([
      { rule: 'missing-owner', errors: 1, warnings: 1 },
      { rule: 'duplicate-ref', errors: 1, warnings: 0 },
      { rule: 'unparsed-date', errors: 0, warnings: 1 },
    ]);
  });

  it('keeps the worst ten: errors before warnings, then in sheet order, row and column', () => {
    const first = rated('Plan one', [{ action: action('1'), rating: 'green' }], { plan: { sheet: 'Plan' } });
    const second = rated('Plan two', [{ action: action('1'), rating: 'green' }], {
      plan: { sheet: 'Action Plan' },
    });
    const findings = [
      finding('warning', 'w', 'Plan!A2'),
      finding('error', 'e', "'Action Plan'!B3"),
      finding('error', 'e', 'Plan!C10'),
      finding('error', 'e', 'Plan!B10'),
      finding('error', 'e', 'Plan!Z2'),
      ...Array.from({ length: 8 }, (_, i) => finding('warning', 'w', `Plan!A${20 + i}`)),
    ];
    const { dataQuality } = buildSummary(input([first, second], { findings }));

    expect(dataQuality.worst.map((f) => f.cell)).toEqual([
      'Plan!Z2',
      'Plan!B10',
      'Plan!C10',
      "'Action Plan'!B3",
      'Plan!A2',
      'Plan!A20',
      'Plan!A21',
      'Plan!A22',
      'Plan!A23',
      'Plan!A24',
    ]);
  });
});

describe('summaryToJson', () => {
  it('gives the keys of the cli.md contract', () => {
    const plan = rated('Walsall', [
      { action: action('1.1', { group: 'Priority 1', due: day('2015-10-31') }), rating: 'red' },
      { action: action('1.2', { group: 'Priority 1', due: day('2015-11-20') }), rating: 'amber' },
    ]);
    const json = summaryToJson(
      buildSummary(
        input([plan], {
          findings: [finding('error', 'missing-owner', 'Plan!E7')],
          previous: [snapshot('2015-10-14', '1.1', 'green')],
        }),
      ),
    );

    expect(json).toMatchObject({
      board: 'Education Improvement Board',
      asOf: '2015-11-11',
      nextMeeting: '2015-12-09',
      actions: 2,
      totals: { complete: 0, green: 0, yellow: 0, amber: 1, red: 1, notRated: 0 },
      groups: [
        { name: 'Priority 1', totals: { complete: 0, green: 0, yellow: 0, amber: 1, red: 1, notRated: 0 } },
      ],
      exceptions: [
        { ref: '1.1', computed: 'red', owner: 'Owner of 1.1', due: '2015-10-31', reason: 'Reason red' },
        { ref: '1.2', computed: 'amber', owner: 'Owner of 1.2', due: '2015-11-20', reason: 'Reason amber' },
      ],
      upcoming: [{ ref: '1.2', what: 'Action 1.2', due: '2015-11-20' }],
      movement: { previous: '2015-10-14', up: 0, down: 1, same: 0, newRed: 1 },
      findings: { error: 1, warning: 0 },
    });
  });

  it('survives a round trip through JSON text unchanged', () => {
    const plan = rated('Walsall', [{ action: action('1.1'), rating: 'not-rated' }]);
    const json = summaryToJson(buildSummary(input([plan], { ruleSet: builtInRuleSets.judgement })));
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
