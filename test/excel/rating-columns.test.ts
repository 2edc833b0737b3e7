import type { CellValue, WorkbookGrid } from '../../src/core/grid/types';
import type { ComputedRating, Plan } from '../../src/core/plan/types';
import type { RatedAction } from '../../src/core/rag';
import { readWorkbookGridFromExcel } from '../../src/excel/read';
import { writeRatingColumns } from '../../src/excel/rating-columns';
import { FakeExcel, excelContext } from '../support/excel-fake';
import { gridFromRows, workbookOf } from '../support/grid';
import { aPlan, anAction } from '../support/plan-builder';

/**
 * A plan on rows 2-6 (A-E), a group row, a continuation row, and two notes an officer keeps in
 * column H (on the header row and beside action 2.1): our columns must go in I and J.
 */
function officerWorkbook(): WorkbookGrid {
  return workbookOf(
    'Plan.xlsx',
    gridFromRows('Plan', [
      ['School Improvement Plan 2015/16', null, null, null, null, null, null, null],
      ['Ref', 'Action', 'Lead person', 'Due', 'RAG', null, null, 'Notes'],
      ['1.1', 'Appoint an attendance officer', 'Head of Service', 'Oct 15', 'Green', null, null, null],
      ['1.2', 'Review the exclusions policy', 'Principal Officer', 'Nov 15', 'Amber', null, null, null],
      ['Priority 2: Leadership', null, null, null, null, null, null, null],
      ['2.1', 'Governor training', 'Clerk', 'TBC', null, null, null, 'call Jo'],
      [null, null, null, null, null, 'continued', null, null],
    ]),
  );
}

const planColumns: Plan['columns'] = ['ref', 'action', 'owner', 'due', 'rag'].map((role, index) => ({
  index,
  header: role,
  role: role as Plan['columns'][number]['role'],
  cell: `Plan!${'ABCDE'[index]}2`,
}));

function ratedPlan(results: [string, number, ComputedRating, string][]): {
  plan: Plan;
  rated: RatedAction[];
} {
  const actions = results.map(([ref, row]) => anAction({ ref, row }));
  const plan = aPlan({ sheet: 'Plan', headerRows: [1, 1], columns: planColumns, actions });
  const rated = results.map(([, , rating, reason], i) => ({
    action: actions[i],
    result: { rating, rule: 'test', reason, reasonCy: reason },
  }));
  return { plan, rated };
}

/** Every cell of every sheet except those in `columns` of sheet `sheet`, as `Sheet!A1 = value`. */
function cellsOutside(grid: WorkbookGrid, sheet: string, columns: number[]): Map<string, CellValue> {
  const cells = new Map<string, CellValue>();
  for (const s of grid.sheets) {
    s.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null && !(s.name === sheet && columns.includes(c)))
          cells.set(`${s.name}!${r}:${c}`, value);
      }),
    );
  }
  return cells;
}

describe('writeRatingColumns', () => {
  const first = ratedPlan([
    ['1.1', 2, 'red', 'Overdue: due 31 Oct 2015, 14 days before 14 Nov 2015'],
    ['1.2', 3, 'amber', '=HYPERLINK("x")'],
    ['2.1', 5, 'not-rated', '+1 more to do'],
  ]);

  async function writeFirst(fake: FakeExcel) {
    const grid = await readWorkbookGridFromExcel(excelContext(fake), { supports: fake.supports });
    fake.resetCounts();
    const result = await writeRatingColumns(excelContext(fake), [first.plan], [first.rated], {
      supports: fake.supports,
      grid,
    });
    return result;
  }

  it('writes the rating and reason in the first two free columns right of the plan, headed on the header row', async () => {
    const fake = FakeExcel.fromGrid(officerWorkbook());

    const result = await writeFirst(fake);

    expect(result.placements).toEqual([{ sheet: 'Plan', table: null, column: 8, replaced: false }]);
    const plan = fake.sheet('Plan');
    const text = (a1: string) => plan.at(a1)?.value ?? null;
    expect([text('I2'), text('J2')]).toEqual(['Computed RAG', 'Reason']);
    expect([text('I3'), text('J3')]).toEqual(['Red', 'Overdue: due 31 Oct 2015, 14 days before 14 Nov 2015']);
    expect(text('I4')).toBe('Amber');
    expect([text('I5'), text('J5')]).toEqual([null, null]);
    expect([text('I6'), text('J6')]).toEqual(['Not rated', '+1 more to do']);
  });

  it('never changes a cell of the officer’s', async () => {
    const fake = FakeExcel.fromGrid(officerWorkbook());
    const before = cellsOutside(fake.toGrid(), 'Plan', [8, 9]);

    await writeFirst(fake);

    expect(cellsOutside(fake.toGrid(), 'Plan', [8, 9])).toEqual(before);
  });

  it('writes text that looks like a formula as text, formatting the cells as text first', async () => {
    const fake = FakeExcel.fromGrid(officerWorkbook());

    await writeFirst(fake);

    const cell = fake.sheet('Plan').at('J4');
    expect(cell).toMatchObject({ value: '=HYPERLINK("x")', numberFormat: '@' });
    expect(cell?.formula).toBeUndefined();
    expect(fake.sheet('Plan').at('J6')).toMatchObject({ value: '+1 more to do', numberFormat: '@' });
  });

  it('colours the rating cells with one conditional format per rating word, on the data rows only', async () => {
    const fake = FakeExcel.fromGrid(officerWorkbook());

    await writeFirst(fake);

    const rules = fake.sheet('Plan').conditionalFormats;
    expect(rules).toHaveLength(6);
    for (const rule of rules) expect(rule.range).toEqual({ top: 2, left: 8, bottom: 5, right: 8 });
    const byWord = Object.fromEntries(
      rules.map((rule) => [rule.text, [rule.type, rule.operator, rule.fill, rule.fontColor]]),
    );
    expect(byWord.Red).toEqual(['ContainsText', 'Contains', '#C00000', '#FFFFFF']);
    expect(byWord.Amber).toEqual(['ContainsText', 'Contains', '#FFC000', '#000000']);
    expect(byWord.Green).toEqual(['ContainsText', 'Contains', '#00B050', '#000000']);
    expect(Object.keys(byWord).sort()).toEqual(['Amber', 'Complete', 'Green', 'Not rated', 'Red', 'Yellow']);
  });

  it('sends the whole write in one round trip', async () => {
    const fake = FakeExcel.fromGrid(officerWorkbook());

    await writeFirst(fake);

    expect(fake.syncCount).toBe(1);
  });

  it('on a re-run finds its own columns by their headers and replaces only them', async () => {
    const fake = FakeExcel.fromGrid(officerWorkbook());
    await writeFirst(fake);
    const officerCells = cellsOutside(fake.toGrid(), 'Plan', [8, 9]);
    const second = ratedPlan([
      ['1.1', 2, 'complete', 'Complete: the progress says Completed'],
      ['2.1', 5, 'green', 'On track: due 31 Mar 2016'],
    ]);

    const grid = await readWorkbookGridFromExcel(excelContext(fake), { supports: fake.supports });
    const result = await writeRatingColumns(excelContext(fake), [second.plan], [second.rated], {
      supports: fake.supports,
      grid,
    });

    expect(result.placements).toEqual([{ sheet: 'Plan', table: null, column: 8, replaced: true }]);
    const plan = fake.sheet('Plan');
    const text = (a1: string) => plan.at(a1)?.value ?? null;
    expect([text('I3'), text('I4'), text('J4'), text('I6')]).toEqual(['Complete', null, null, 'Green']);
    expect([text('K2'), text('K3')]).toEqual([null, null]);
    expect(plan.conditionalFormats).toHaveLength(6);
    expect(cellsOutside(fake.toGrid(), 'Plan', [8, 9])).toEqual(officerCells);
  });

  it('puts two plans that share rows on one sheet in different columns', async () => {
    const fake = FakeExcel.fromGrid(officerWorkbook());
    const grid = await readWorkbookGridFromExcel(excelContext(fake), { supports: fake.supports });
    const other = ratedPlan([['9.1', 3, 'green', 'On track']]);

    const result = await writeRatingColumns(
      excelContext(fake),
      [first.plan, { ...other.plan, table: 'Second' }],
      [first.rated, other.rated],
      { supports: fake.supports, grid },
    );

    expect(result.placements.map((placement) => placement.column)).toEqual([8, 10]);
  });

  it('on an Excel without conditional formats writes the words and says the colours are missing', async () => {
    const fake = FakeExcel.fromGrid(officerWorkbook(), { apiVersion: '1.5' });
    const grid = await readWorkbookGridFromExcel(excelContext(fake), { supports: fake.supports });

    const result = await writeRatingColumns(excelContext(fake), [first.plan], [first.rated], {
      supports: fake.supports,
      grid,
    });

    expect(fake.sheet('Plan').at('I3')?.value).toBe('Red');
    expect(fake.sheet('Plan').conditionalFormats).toEqual([]);
    expect(result.notes.map((note) => note.code)).toEqual(['conditional-formats-unsupported']);
  });
});
