/**
 * A command that fails leaves the workbook as it was before it. The fake fails on purpose at each
 * point of a command (an operation refused, as on a protected sheet, or a whole request refused),
 * and the workbook after the failed command must equal the workbook before it.
 */
import { summarySheetName } from '../../src/core/summary';
import { buildSummaryInExcel, rateInExcel } from '../../src/excel/commands';
import { FakeExcel, FakeExcelError, excelContext } from '../support/excel-fake';
import { planWorkbook } from './plans';

const asOf = '2015-11-14';
const MB = 1024 * 1024;

const summarise = (fake: FakeExcel, date = asOf) =>
  buildSummaryInExcel(excelContext(fake), {
    asOf: date,
    supports: fake.supports,
    platform: fake.platform,
    generatedAt: `${date}T09:00`,
  });

const rate = (fake: FakeExcel, date = asOf) =>
  rateInExcel(excelContext(fake), { asOf: date, supports: fake.supports, platform: fake.platform });

/** Operations a successful run of `command` queues, counted on a fresh workbook made by `make`. */
async function operationsOf(make: () => Promise<FakeExcel>, command: (fake: FakeExcel) => Promise<unknown>) {
  const fake = await make();
  const before = fake.operationCount;
  await command(fake);
  return fake.operationCount - before;
}

/**
 * The operations to fail: every one near the start of the writes and in the last request (where
 * the sheets are swapped), and every `stride`-th in between; a summary queues over a thousand.
 */
function pointsToFail(total: number, every: number[], stride: number): number[] {
  const points = new Set(every.filter((n) => n >= 1 && n <= total));
  for (let n = 1; n <= total; n += stride) points.add(n);
  return [...points].sort((a, b) => a - b);
}

async function expectUnchangedAfterFailure(
  make: () => Promise<FakeExcel>,
  command: (fake: FakeExcel) => Promise<unknown>,
  arm: (fake: FakeExcel) => void,
  styles: boolean,
): Promise<'undone' | 'completed'> {
  const fake = await make();
  const before = fake.workbookState({ styles });
  arm(fake);
  const outcome = await command(fake).then(
    () => 'completed' as const,
    (error: unknown) => error,
  );
  if (outcome === 'completed') return outcome;
  expect(outcome).toBeInstanceOf(FakeExcelError);
  expect(fake.workbookState({ styles })).toEqual(before);
  return 'undone';
}

describe('a summary that fails leaves the workbook as it was', () => {
  const fresh = async () => FakeExcel.fromGrid(planWorkbook(10));
  const withEarlierSummary = async () => {
    const fake = FakeExcel.fromGrid(planWorkbook(10));
    await summarise(fake);
    fake.activeSheet = fake.sheet('Action Plan');
    return fake;
  };

  it.each([
    ['a workbook without a summary', fresh],
    ['a workbook whose summary for the same meeting is being rebuilt', withEarlierSummary],
  ])('in %s, whichever operation fails', async (_, make) => {
    const total = await operationsOf(make, (fake) => summarise(fake));
    const points = pointsToFail(
      total,
      Array.from({ length: 40 }, (_, i) => total - i),
      17,
    );
    const outcomes: string[] = [];
    for (const n of points) {
      outcomes.push(
        await expectUnchangedAfterFailure(make, summarise, (fake) => fake.failAtOperation(n), true),
      );
    }
    // Only a failure of the very last operation (deleting our old snapshot sheet once the new one is
    // in place) comes after a deletion, and then the command finishes the swap instead.
    expect(outcomes.slice(0, -1)).toEqual(new Array(points.length - 1).fill('undone'));
  });

  it('when the old snapshot sheet cannot be deleted at the very end, finishes the swap: the summary is built', async () => {
    const fake = await withEarlierSummary();
    const total = await operationsOf(withEarlierSummary, (run) => summarise(run));
    fake.failAtOperation(total);

    const result = await summarise(fake);

    expect(fake.sheets.map((sheet) => [sheet.name, sheet.visibility])).toEqual([
      [summarySheetName(asOf), 'Visible'],
      ['Action Plan', 'Visible'],
      ['APT_Snapshots', 'VeryHidden'],
    ]);
    expect(result.sheet).toBe(summarySheetName(asOf));
    expect(fake.activeSheet?.name).toBe(summarySheetName(asOf));
  });

  it('on Excel on the web, when the second of several write requests is refused (20,000 actions)', async () => {
    const make = async () => FakeExcel.fromGrid(planWorkbook(20_000), { platform: 'web' });
    const fake = await make();
    const before = fake.workbookState();
    // Sheets and tables, the cells refused as one response, the structure, two parts of cells, then writes.
    const firstWrite = 6;
    fake.failSync(firstWrite + 1);

    await expect(summarise(fake)).rejects.toThrow(FakeExcelError);

    // The refused request was the second of the writes: the first (over a megabyte) was done.
    const refused = fake.syncs.findIndex((sync) => sync.failed === 'GeneralException');
    expect(fake.syncs[refused - 1].requestBytes).toBeGreaterThan(MB);
    expect(fake.syncs[refused].requestBytes).toBeGreaterThan(MB);
    expect(fake.workbookState()).toEqual(before);
  });
});

describe('rating columns that fail leave the workbook as it was', () => {
  const fresh = async () => FakeExcel.fromGrid(planWorkbook(10));
  const rated = async () => {
    const fake = FakeExcel.fromGrid(planWorkbook(10));
    await rate(fake);
    return fake;
  };
  // A later date changes ratings (action 1.6 turns red), so a half-done re-run would show.
  const rerun = (fake: FakeExcel) => rate(fake, '2016-08-01');

  it.each([
    ['written for the first time', fresh],
    ['written again over an earlier run', rated],
  ])('%s, whichever operation fails', async (_, make) => {
    const total = await operationsOf(make, rerun);
    const outcomes: string[] = [];
    for (let n = 1; n <= total; n++) {
      outcomes.push(await expectUnchangedAfterFailure(make, rerun, (fake) => fake.failAtOperation(n), false));
    }
    expect(outcomes).toEqual(new Array(total).fill('undone'));
  });
});
