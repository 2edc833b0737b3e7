/** readPlans on random grids: it never throws, points only inside the grid, and reads the same twice. */
import fc from 'fast-check';
import { parseA1, quoteSheetName } from '../../../src/core/grid/address';
import type { CellRange, CellValue, SheetGrid, WorkbookGrid } from '../../../src/core/grid/types';
import { readPlans } from '../../../src/core/plan';
import type { Plan } from '../../../src/core/plan';

/** Words real plans hold, so that random grids often contain a plan worth reading. */
const PLAN_WORDS = [
  'Action',
  'Actions by schools',
  'Actions by Local Authority',
  'Ref',
  'No.',
  'Lead Person',
  'Person Responsible',
  'Start',
  'Finish',
  'Timescales',
  'Date',
  'Monitoring date',
  'Milestone 1 (Date)',
  'Milestones',
  'Success Criteria',
  'Progress (Oct 2013)',
  'Progress (March 2014)',
  'Evaluation and RAG',
  'Resources',
  'Priority',
  'Outcomes',
  'Priority 1: Improve leadership',
  'LA Priority 2',
  'Key lead person: TBC',
  'R A G',
  'Green',
  'Yellow',
  'Strong progress',
  'Oct 15',
  'Autumn 2013 & ongoing',
  'By Nov 15 Moderators established By Feb 16 Moderators deployed',
  'Senior IA / HT, CoG and senior IA',
  '1.1 A Walsall School Leadership Strategy',
  'New action added March 2014: Train governors',
  'N/A',
  '•',
  'Gwella ŵ ŷ',
];

const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 5, arbitrary: fc.constantFrom(...PLAN_WORDS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double()) },
  { weight: 1, arbitrary: fc.boolean() },
  {
    weight: 1,
    arbitrary: fc
      .oneof(fc.constantFrom('2015-10-31', '2016-02-29', '2015-02-30'), fc.string({ maxLength: 12 }))
      .map((iso) => ({ type: 'date' as const, iso })),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('#N/A', '#REF!', '#VALUE!').map((code) => ({ type: 'error' as const, code })),
  },
);

const rangeArb = (rows: number, cols: number): fc.Arbitrary<CellRange> =>
  fc
    .tuple(fc.nat(rows), fc.nat(cols), fc.nat(4), fc.nat(4))
    .map(([top, left, height, width]) => ({ top, left, bottom: top + height, right: left + width }));

const sheetArb = (name: string): fc.Arbitrary<SheetGrid> =>
  fc
    .record({
      rows: fc.array(fc.array(cellArb, { maxLength: 8 }), { maxLength: 14 }),
      merges: fc.array(rangeArb(14, 8), { maxLength: 4 }),
      tables: fc.array(fc.record({ range: rangeArb(10, 6), hasHeaderRow: fc.boolean() }), { maxLength: 2 }),
      hidden: fc.boolean(),
      hiddenRows: fc.array(fc.nat(14), { maxLength: 3 }),
    })
    .map(({ rows, merges, tables, hidden, hiddenRows }) => ({
      name,
      hidden,
      rows,
      merges,
      hiddenRows,
      tables: tables.map((t, i) => ({ name: `Table${i + 1}`, ...t })),
    }));

const workbookArb: fc.Arbitrary<WorkbookGrid> = fc
  .tuple(sheetArb('Plan'), fc.option(sheetArb('Action Plan 2015/16'), { nil: undefined }))
  .map(([first, second]) => ({ source: 'random.xlsx', sheets: second ? [first, second] : [first] }));

/** Every address a plan gives, with the sheet it names. */
function addressesOf(plan: Plan): string[] {
  const addresses = plan.columns.map((c) => c.cell);
  for (const action of plan.actions) {
    addresses.push(...Object.values(action.cells).filter((a): a is string => typeof a === 'string'));
    addresses.push(...action.milestones.map((m) => m.cell));
    if (action.refSource === 'position') addresses.push(action.ref);
  }
  return addresses;
}

function insideGrid(address: string, workbook: WorkbookGrid): boolean {
  const bang = address.lastIndexOf('!');
  const sheet = workbook.sheets.find((s) => quoteSheetName(s.name) === address.slice(0, bang));
  if (!sheet) return false;
  // The grid reaches as far as its cells, merges and tables do (a table may hold empty columns).
  const ranges = [...sheet.merges, ...sheet.tables.map((t) => t.range)];
  const height = Math.max(sheet.rows.length, ...ranges.map((r) => r.bottom + 1));
  const width = Math.max(0, ...sheet.rows.map((r) => r.length), ...ranges.map((r) => r.right + 1));
  return address
    .slice(bang + 1)
    .split(':')
    .every((a1) => {
      const at = parseA1(a1);
      return at !== null && at.row < height && at.col < width;
    });
}

describe('readPlans on random grids', () => {
  it('never throws, and every source address lies inside the grid', () => {
    fc.assert(
      fc.property(workbookArb, (workbook) => {
        const { plans, problems } = readPlans(workbook);
        expect(plans.length > 0 || problems.length > 0).toBe(true);
        for (const plan of plans) {
          for (const address of addressesOf(plan)) {
            if (!insideGrid(address, workbook)) throw new Error(`${address} is outside the grid`);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('reads the same grid the same way twice', () => {
    fc.assert(
      fc.property(workbookArb, (workbook) => {
        expect(readPlans(workbook)).toEqual(readPlans(workbook));
      }),
      { numRuns: 200 },
    );
  });

  it('gives every action of a plan a ref, and refs from positions are unique', () => {
    fc.assert(
      fc.property(workbookArb, (workbook) => {
        for (const plan of readPlans(workbook).plans) {
          const positions = plan.actions.filter((a) => a.refSource === 'position').map((a) => a.ref);
          expect(new Set(positions).size).toBe(positions.length);
          expect(plan.actions.every((a) => a.ref !== '')).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
