import type { CellValue, SheetGrid } from '../../../src/core/grid/types';
import {
  SNAPSHOT_HEADER,
  isSnapshotSheet,
  readSnapshotRows,
  replaceSnapshot,
  snapshotDrawing,
  snapshotRowsFor,
  type SnapshotProblem,
  type SnapshotRow,
} from '../../../src/core/summary';
import { action, day, input, rated } from './builders';

function sheet(rows: CellValue[][]): SheetGrid {
  return { name: 'APT_Snapshots', hidden: true, rows, merges: [], hiddenRows: [], tables: [] };
}

/** The sheet a drawing describes, read back as a grid would read it. */
function gridOf(rows: SnapshotRow[]): SheetGrid {
  const drawing = snapshotDrawing(rows);
  const grid: CellValue[][] = [];
  for (const cell of drawing.cells) {
    grid[cell.row] ??= [];
    grid[cell.row][cell.col] = cell.kind === 'blank' ? null : cell.value;
  }
  return sheet(Array.from(grid, (row) => Array.from(row ?? [], (value) => value ?? null)));
}

const row = (date: string, ref: string, computed: SnapshotRow['computed']): SnapshotRow => ({
  date,
  plan: 'Walsall',
  ref,
  computed,
  declared: null,
  due: null,
});

describe('snapshotRowsFor', () => {
  it('saves every action with its plan, ref, computed and declared rating and due, stamped with the meeting date', () => {
    const plan = rated('Walsall', [
      { action: action('1.1', { due: day('2015-10-31') }), rating: 'red', declared: 'green' },
      { action: action('1.2'), rating: 'not-rated' },
    ]);

    expect(snapshotRowsFor(input([plan]))).toEqual([
      {
        date: '2015-11-11',
        plan: 'Walsall',
        ref: '1.1',
        computed: 'red',
        declared: 'green',
        due: '2015-10-31',
      },
      { date: '2015-11-11', plan: 'Walsall', ref: '1.2', computed: 'not-rated', declared: null, due: null },
    ]);
  });
});

describe('replaceSnapshot', () => {
  const existing = [
    row('2015-09-16', '1.1', 'green'),
    row('2015-10-14', '1.1', 'amber'),
    row('2015-10-14', '1.2', 'red'),
  ];

  it('rebuilding for the same date replaces that date and nothing else', () => {
    const replaced = replaceSnapshot(existing, '2015-10-14', [row('2015-10-14', '1.1', 'red')]);

    expect(replaced).toEqual([row('2015-09-16', '1.1', 'green'), row('2015-10-14', '1.1', 'red')]);
  });

  it('adds a new date in date order', () => {
    const replaced = replaceSnapshot(existing, '2015-09-30', [row('2015-09-30', '1.1', 'amber')]);

    expect(replaced.map((r) => r.date)).toEqual(['2015-09-16', '2015-09-30', '2015-10-14', '2015-10-14']);
  });
});

describe('the snapshot sheet', () => {
  const rows: SnapshotRow[] = [
    {
      date: '2015-10-14',
      plan: 'Walsall',
      ref: '1.1',
      computed: 'amber',
      declared: 'green',
      due: '2015-10-31',
    },
    { date: '2015-10-14', plan: 'Walsall', ref: '=1+1', computed: 'not-rated', declared: null, due: null },
  ];

  it('reads back exactly what it wrote', () => {
    expect(readSnapshotRows(gridOf(rows))).toEqual(rows);
  });

  it('is very hidden and holds only text, so refs like =1+1 are never formulas', () => {
    const drawing = snapshotDrawing(rows);
    expect(drawing.visibility).toBe('veryHidden');
    expect(drawing.cells.every((cell) => cell.kind === 'text')).toBe(true);
  });

  it('is recognised by its header, and an officer sheet of the same name is not', () => {
    expect(isSnapshotSheet(gridOf(rows))).toBe(true);
    expect(isSnapshotSheet(sheet([['Meeting date', 'Plan', 'Ref', 'Notes']]))).toBe(false);
    expect(
      readSnapshotRows(
        sheet([
          ['Meeting date', 'Plan', 'Ref'],
          ['2015-10-14', 'Walsall', '1.1'],
        ]),
      ),
    ).toEqual([]);
  });

  it('skips and reports damaged rows, keeping the rest', () => {
    const problems: SnapshotProblem[] = [];
    const read = readSnapshotRows(
      sheet([
        SNAPSHOT_HEADER,
        ['2015-10-14', 'Walsall', '1.1', 'red', '', ''],
        ['14/10/2015', 'Walsall', '1.2', 'red', '', ''],
        ['2015-10-14', 'Walsall', '1.3', 'purple', '', ''],
        [],
        ['2015-10-14', '', '1.4', 'red', '', ''],
        ['2015-10-14', 'Walsall', '', 'red', '', ''],
        ['2015-10-14', 'Walsall', '1.5', 'green', 'not-rated', ''],
        ['2015-10-14', 'Walsall', '1.6', 'green', '', '31 Oct'],
        [
          { type: 'date', iso: '2015-10-14' },
          'Walsall',
          1.7,
          'Amber',
          'Green',
          { type: 'date', iso: '2015-10-31' },
        ],
        [42291, 'Walsall', '1.8', 'green', '', 42308],
      ]),
      (problem) => problems.push(problem),
    );

    expect(read).toEqual([
      { date: '2015-10-14', plan: 'Walsall', ref: '1.1', computed: 'red', declared: null, due: null },
      {
        date: '2015-10-14',
        plan: 'Walsall',
        ref: '1.7',
        computed: 'amber',
        declared: 'green',
        due: '2015-10-31',
      },
      {
        date: '2015-10-14',
        plan: 'Walsall',
        ref: '1.8',
        computed: 'green',
        declared: null,
        due: '2015-10-31',
      },
    ]);
    expect(problems.map((problem) => problem.row)).toEqual([3, 4, 6, 7, 8, 9]);
    expect(problems[0].message).toBe(
      'Snapshot row 3 was skipped: the meeting date "14/10/2015" is not a day.',
    );
    expect(problems[1].message).toBe('Snapshot row 4 was skipped: "purple" is not a rating.');
    expect(problems[0].messageCy).toBe(
      'Hepgorwyd rhes 3 o’r ciplun: nid yw dyddiad y cyfarfod "14/10/2015" yn ddyddiad.',
    );
  });
});
