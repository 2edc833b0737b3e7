/**
 * Nothing of the officer's is ever lost: after `rag --out` and `summary --out`, and after Rate and
 * Build summary in Excel, every cell, formula, number format, merge and sheet of the officer's is as
 * it was; the only changes are our own columns and sheets. Running again changes nothing more.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SNAPSHOT_SHEET } from '../../src/core/summary';
import { columnLetters } from '../../src/core/grid/address';
import { buildSummaryInExcel, rateInExcel } from '../../src/excel/commands';
import { readWorkbookGrid } from '../../src/xlsx';
import { buildFixtures, FIXTURES } from '../fixtures/build-fixtures';
import { SAMPLE_PATH } from '../fixtures/build-sample';
import { run } from '../fixtures/cli-io';
import { compareGrids, compareWorkbooks, ratingColumnsIn } from '../support/compare-workbooks';
import { FakeExcel, excelContext } from '../support/excel-fake';

const asOf = '2015-11-11';
const ourSheets = [/^Board Summary /, SNAPSHOT_SHEET];
/** The summary's third line says when it was prepared: the one cell a re-run may change. */
const PREPARED_CELL = 'A3';

let dir: string;
let inputs: [string, string][];

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'apt-preserve-'));
  const fixtures = await buildFixtures(path.join(dir, 'in'));
  inputs = [...Object.entries(fixtures), ['sample', SAMPLE_PATH]];
}, 60_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const names = [...Object.keys(FIXTURES), 'sample'];

async function cli(args: string[]): Promise<void> {
  const result = await run(args);
  if (result.code !== 0) throw new Error(`actionplan ${args.join(' ')} exited ${result.code}: ${result.err}`);
}

function inputOf(name: string): string {
  return inputs.find(([n]) => n === name)![1];
}

describe('the CLI keeps every cell of the officer’s', () => {
  it.each(names)(
    '%s: rag --out changes only the Computed RAG and Reason columns, and again changes nothing',
    async (name) => {
      const input = inputOf(name);
      const once = path.join(dir, `${name}-rag-1.xlsx`);
      const twice = path.join(dir, `${name}-rag-2.xlsx`);
      await cli(['rag', input, '--as-of', asOf, '--out', once]);
      await cli(['rag', once, '--as-of', asOf, '--out', twice]);

      const [before, after, again] = await Promise.all([input, once, twice].map((f) => fs.readFile(f)));
      const ours = await ratingColumnsIn(after);
      expect(ours.length).toBeGreaterThan(0);
      expect(await compareWorkbooks(before, after, { ignoreColumns: ours })).toEqual([]);
      expect(await compareWorkbooks(after, again)).toEqual([]);
    },
  );

  it.each(names)(
    '%s: summary --out adds only our sheets, and again changes only the prepared-at time',
    async (name) => {
      const input = inputOf(name);
      const once = path.join(dir, `${name}-summary-1.xlsx`);
      const twice = path.join(dir, `${name}-summary-2.xlsx`);
      await cli(['summary', input, '--as-of', asOf, '--out', once]);
      await cli(['summary', once, '--as-of', asOf, '--out', twice]);

      const [before, after, again] = await Promise.all([input, once, twice].map((f) => fs.readFile(f)));
      expect(await compareWorkbooks(before, after, { ignoreSheets: ourSheets })).toEqual([]);
      const summarySheet = 'Board Summary 2015-11-11';
      expect((await readWorkbookGrid(once)).sheets.map((s) => s.name)).toContain(summarySheet);
      expect(
        await compareWorkbooks(after, again, { ignoreCells: [`${summarySheet}!${PREPARED_CELL}`] }),
      ).toEqual([]);
    },
  );
});

describe('Rate and Build summary in Excel keep every cell of the officer’s', () => {
  it.each(names)('%s: Rate writes only our two columns, and a second Rate changes nothing', async (name) => {
    const fake = FakeExcel.fromGrid(await readWorkbookGrid(inputOf(name)));
    const before = fake.toGrid();

    const result = await rateInExcel(excelContext(fake), { asOf, supports: fake.supports });
    const once = fake.toGrid();
    await rateInExcel(excelContext(fake), { asOf, supports: fake.supports });

    expect(result.placements.length).toBeGreaterThan(0);
    const ours = result.placements.map(({ sheet, column }) => ({ sheet, columns: columnPair(column) }));
    expect(compareGrids(before, once, { ignoreColumns: ours })).toEqual([]);
    expect(compareGrids(once, fake.toGrid())).toEqual([]);
  });

  it.each(names)(
    '%s: Build summary adds only our sheets, and a second build at another time changes only that time',
    async (name) => {
      const fake = FakeExcel.fromGrid(await readWorkbookGrid(inputOf(name)));
      const before = fake.toGrid();
      const build = (generatedAt: string) =>
        buildSummaryInExcel(excelContext(fake), { asOf, supports: fake.supports, generatedAt });

      const result = await build('2015-11-11T09:00');
      const once = fake.toGrid();
      await build('2015-11-11T10:30');

      expect(compareGrids(before, once, { ignoreSheets: ourSheets })).toEqual([]);
      expect(once.sheets.map((s) => s.name)).toContain(result.sheet);
      expect(
        compareGrids(once, fake.toGrid(), { ignoreCells: [`${result.sheet}!${PREPARED_CELL}`] }),
      ).toEqual([]);
    },
  );
});

function columnPair(column: number): string {
  return `${columnLetters(column)}:${columnLetters(column + 1)}`;
}
