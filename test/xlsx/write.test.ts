import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { writeRatingColumns, WorkbookWriteError, type PlanRatings } from '../../src/xlsx';
import type { Action, ComputedRating, Plan } from '../../src/core/plan/types';
import { asExcelSavesTables } from '../fixtures/sheet-writer';
import { rawCellXml, snapshotCells, tableXml } from '../fixtures/workbook-snapshot';
import { anAction } from '../support/plan-builder';

/**
 * An officer's workbook: a title merged over the header, a header on row 3, four action rows (one
 * with a continuation row), formulas, dates and number formats, a note typed to the right of the
 * header on an action row, a hidden sheet and an Excel table on another sheet.
 */
async function officerWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const plan = workbook.addWorksheet('Plan');
  plan.getCell('A1').value = 'School Improvement Action Plan 2015/16';
  plan.mergeCells('A1:E1');
  plan.addRow([]);
  plan.getRow(3).values = ['Ref', 'Action', 'Owner', 'Due', 'RAG'];
  plan.getRow(4).values = ['1.1', 'Publish the strategy', 'HoS', new Date(Date.UTC(2015, 9, 31)), 'Green'];
  plan.getRow(5).values = ['1.2', 'Train governors', 'Governor Services', 'Oct 15', 'Amber'];
  plan.getRow(6).values = [null, null, null, null, null];
  plan.getCell('B6').value = 'continued: second session in spring';
  plan.getRow(7).values = ['1.3', 'Moderate Y6 writing', '', 'TBC', 'R A G'];
  plan.getRow(8).values = ['1.4', 'Count actions', 'Data team', 'Termly', ''];
  plan.getCell('D4').numFmt = 'dd mmm yyyy';
  plan.getCell('F5').value = 'note: check with Lynda';
  plan.getCell('A10').value = 'Total actions';
  plan.getCell('B10').value = { formula: 'COUNTA(A4:A8)', result: 4 };
  plan.getCell('C10').value = { formula: 'B10/4', result: 1 };
  plan.getCell('C10').numFmt = '0.0%';
  const lists = workbook.addWorksheet('Lists', { state: 'hidden' });
  lists.getCell('A1').value = 'Green';
  const other = workbook.addWorksheet('Budget');
  other.addTable({
    name: 'Budget',
    ref: 'A1',
    headerRow: true,
    columns: [
      { name: 'Item', filterButton: true },
      { name: 'Cost', filterButton: true },
    ],
    rows: [
      ['Moderation', 5000],
      ['Training', 2000],
    ],
  });
  return asExcelSavesTables(await workbook.xlsx.writeBuffer());
}

function action(ref: string, row: number): Action {
  return anAction({
    ref,
    row,
    group: null,
    text: `Action ${ref}`,
    ownerText: '',
    owners: [],
    cells: { row: `Plan!A${row + 1}` },
  });
}

/** The plan a reader would find in `officerWorkbook`: header row 3, actions on rows 4, 5, 7, 8. */
function officerPlan(): Plan {
  return {
    sheet: 'Plan',
    table: null,
    title: 'School Improvement Action Plan 2015/16',
    headerRows: [2, 2],
    columns: [],
    scale: 'three-point',
    actions: [action('1.1', 3), action('1.2', 4), action('1.3', 6), action('1.4', 7)],
  };
}

function rate(plan: Plan, ratings: [ComputedRating, string][]): PlanRatings {
  return plan.actions.map((a, i) => ({
    action: a,
    result: { rating: ratings[i][0], rule: 'test', reason: ratings[i][1], reasonCy: ratings[i][1] },
  }));
}

const FIRST_RATINGS: [ComputedRating, string][] = [
  ['red', 'Overdue: due 31 Oct 2015, 11 days before 11 Nov 2015'],
  ['amber', '=HYPERLINK("http://evil.example","click")'],
  ['not-rated', '+44 7700 900123 no usable due date'],
  ['green', '@SUM(1,2) -1 in progress'],
];

describe('writeRatingColumns', () => {
  let dir: string;
  let input: string;
  let inputBytes: Buffer;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'xlsx-write-'));
    input = path.join(dir, 'plan.xlsx');
    inputBytes = await officerWorkbook();
    await fs.writeFile(input, inputBytes);
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("adds the two columns beside the plan and changes no cell of the officer's", async () => {
    const out = path.join(dir, 'rated.xlsx');
    const plan = officerPlan();
    await writeRatingColumns(input, out, [plan], [rate(plan, FIRST_RATINGS)]);

    const before = await snapshotCells(inputBytes);
    const after = await snapshotCells(await fs.readFile(out));
    for (const [address, cell] of before)
      expect({ address, ...after.get(address) }).toEqual({ address, ...cell });
    // The note in F5 (an action row) is the last used column, so the columns go in G and H.
    const added = [...after.keys()].filter((address) => !before.has(address)).sort();
    expect(added).toEqual([
      'Plan!G3',
      'Plan!G4',
      'Plan!G5',
      'Plan!G7',
      'Plan!G8',
      'Plan!H3',
      'Plan!H4',
      'Plan!H5',
      'Plan!H7',
      'Plan!H8',
    ]);
    const text = (address: string) => after.get(address)?.value;
    expect([text('Plan!G3'), text('Plan!H3')]).toEqual(['Computed RAG', 'Reason']);
    expect([text('Plan!G4'), text('Plan!G5'), text('Plan!G7'), text('Plan!G8')]).toEqual([
      'Red',
      'Amber',
      'Not rated',
      'Green',
    ]);
    expect(text('Plan!H4')).toBe('Overdue: due 31 Oct 2015, 11 days before 11 Nov 2015');
  });

  it('writes reasons that look like formulas as text, never as formulas', async () => {
    const out = path.join(dir, 'rated.xlsx');
    const plan = officerPlan();
    await writeRatingColumns(input, out, [plan], [rate(plan, FIRST_RATINGS)]);
    const bytes = await fs.readFile(out);
    const after = await snapshotCells(bytes);
    expect(after.get('Plan!H5')).toMatchObject({
      value: '=HYPERLINK("http://evil.example","click")',
      formula: null,
    });
    expect(after.get('Plan!H7')).toMatchObject({
      value: '+44 7700 900123 no usable due date',
      formula: null,
    });
    expect(after.get('Plan!H8')).toMatchObject({ value: '@SUM(1,2) -1 in progress', formula: null });
    for (const address of ['H5', 'H7', 'H8']) {
      const xml = await rawCellXml(bytes, 'Plan', address);
      expect(xml).toMatch(/t="(s|str|inlineStr)"/);
      expect(xml).not.toContain('<f>');
    }
  });

  it('replaces its own columns when run again on its own output, never adding more', async () => {
    const first = path.join(dir, 'rated.xlsx');
    const second = path.join(dir, 'rated-again.xlsx');
    const plan = officerPlan();
    await writeRatingColumns(input, first, [plan], [rate(plan, FIRST_RATINGS)]);
    const again: [ComputedRating, string][] = [
      ['complete', 'Complete: progress says Completed'],
      ['red', 'Overdue: due 31 Oct 2015, 11 days before 11 Nov 2015'],
      ['not-rated', 'No usable due date'],
      ['yellow', 'Declared Yellow'],
    ];
    await writeRatingColumns(first, second, [plan], [rate(plan, again)]);
    const firstCells = await snapshotCells(await fs.readFile(first));
    const secondCells = await snapshotCells(await fs.readFile(second));
    expect([...secondCells.keys()].sort()).toEqual([...firstCells.keys()].sort());
    expect(['G4', 'G5', 'G7', 'G8'].map((a) => secondCells.get(`Plan!${a}`)?.value)).toEqual([
      'Complete',
      'Red',
      'Not rated',
      'Yellow',
    ]);
    expect(secondCells.get('Plan!I3')).toBeUndefined();
  });

  it("keeps an Excel table's header row and filter buttons", async () => {
    const out = path.join(dir, 'rated.xlsx');
    const plan = officerPlan();
    await writeRatingColumns(input, out, [plan], [rate(plan, FIRST_RATINGS)]);
    const budget = (await tableXml(await fs.readFile(out))).get('Budget');
    expect(budget).toBeDefined();
    expect(budget).not.toMatch(/headerRowCount="0"/);
    expect(budget).not.toMatch(/hiddenButton="1"/);
  });

  it('never writes the input file', async () => {
    const out = path.join(dir, 'rated.xlsx');
    const plan = officerPlan();
    await writeRatingColumns(input, out, [plan], [rate(plan, FIRST_RATINGS)]);
    expect((await fs.readFile(input)).equals(inputBytes)).toBe(true);
  });

  it('refuses to write over the input file, by path or through another name for it', async () => {
    const plan = officerPlan();
    const ratings = [rate(plan, FIRST_RATINGS)];
    await expect(writeRatingColumns(input, input, [plan], ratings)).rejects.toMatchObject({
      kind: 'same-as-input',
      message: `refusing to write over the input file ${input}: give --out a different file name.`,
    });
    const alias = path.join(dir, 'alias.xlsx');
    await fs.link(input, alias);
    await expect(writeRatingColumns(input, alias, [plan], ratings)).rejects.toBeInstanceOf(
      WorkbookWriteError,
    );
    expect((await fs.readFile(input)).equals(inputBytes)).toBe(true);
  });

  it('leaves nothing behind when the output cannot be written', async () => {
    const plan = officerPlan();
    const ratings = [rate(plan, FIRST_RATINGS)];
    const missingFolder = path.join(dir, 'no-such-folder', 'rated.xlsx');
    await expect(writeRatingColumns(input, missingFolder, [plan], ratings)).rejects.toMatchObject({
      kind: 'write-failed',
    });
    // A folder in the way of the rename: the temporary file must be cleaned up.
    const blocked = path.join(dir, 'blocked.xlsx');
    await fs.mkdir(blocked);
    await fs.writeFile(path.join(blocked, 'keep.txt'), 'x');
    await expect(writeRatingColumns(input, blocked, [plan], ratings)).rejects.toMatchObject({
      kind: 'write-failed',
    });
    expect((await fs.readdir(dir)).sort()).toEqual(['blocked.xlsx', 'plan.xlsx']);
  });
});
