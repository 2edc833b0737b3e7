import type { WorkbookGrid } from '../../src/core/grid/types';
import { SNAPSHOT_HEADER, summarySheetName } from '../../src/core/summary';
import { buildSummaryInExcel, detectPlansInExcel, rateInExcel } from '../../src/excel/commands';
import { FakeExcel, excelContext } from '../support/excel-fake';
import { planWorkbook } from './plans';

const MB = 1024 * 1024;
const asOf = '2015-11-14';

/** Every non-empty cell outside columns I and J of the plan sheet, and every cell of other sheets. */
function officerCells(grid: WorkbookGrid): string[] {
  return grid.sheets.flatMap((sheet) =>
    sheet.rows.flatMap((row, r) =>
      row.flatMap((value, c) =>
        value === null || (sheet.name === 'Action Plan' && (c === 8 || c === 9))
          ? []
          : [`${sheet.name}!${r}:${c}=${JSON.stringify(value)}`],
      ),
    ),
  );
}

describe('rateInExcel', () => {
  it('reads the plan, rates it with the real engine and writes the ratings beside it, in three round trips', async () => {
    const fake = FakeExcel.fromGrid(planWorkbook(10));
    const before = officerCells(fake.toGrid());

    const result = await rateInExcel(excelContext(fake), { asOf, supports: fake.supports });

    expect(fake.syncCount).toBe(3);
    expect(result.plans).toHaveLength(1);
    expect(result.placements).toEqual([{ sheet: 'Action Plan', table: null, column: 8, replaced: false }]);
    const sheet = fake.sheet('Action Plan');
    // Row 4 is action 1.1: due Oct 15 (31 Oct 2015), before 14 Nov 2015. Rows 5-9 are 1.2-1.6:
    // last checkpoint Apr 16; Termly; TBC; declared Complete; due 31 Jul 2016.
    expect(['I2', 'I4', 'I5', 'I6', 'I7', 'I8', 'I9'].map((a1) => sheet.at(a1)?.value)).toEqual([
      'Computed RAG',
      'Red',
      'Green',
      'Green',
      'Not rated',
      'Complete',
      'Green',
    ]);
    expect(sheet.at('J4')?.value).toBe('Overdue: due 31 Oct 2015, 14 days before 14 Nov 2015');
    expect(officerCells(fake.toGrid())).toEqual(before);
  });

  it('on a second run reads its own columns as its own, not as the officer’s ratings, and replaces them', async () => {
    const fake = FakeExcel.fromGrid(planWorkbook(10));
    const first = await rateInExcel(excelContext(fake), { asOf, supports: fake.supports });
    fake.resetCounts();

    const second = await rateInExcel(excelContext(fake), { asOf: '2016-08-01', supports: fake.supports });

    expect(fake.syncCount).toBe(3);
    expect(second.placements).toEqual([{ sheet: 'Action Plan', table: null, column: 8, replaced: true }]);
    expect(second.plans[0].actions.map((a) => a.declared)).toEqual(
      first.plans[0].actions.map((a) => a.declared),
    );
    expect(fake.sheet('Action Plan').at('I9')?.value).toBe('Red');
  });

  it('adds the drop-down list of ratings on the officer’s rating column when asked, in the same write', async () => {
    const fake = FakeExcel.fromGrid(planWorkbook(10));

    await rateInExcel(excelContext(fake), { asOf, supports: fake.supports, ratingList: true });

    expect(fake.syncCount).toBe(3);
    // Title, header, the group row of Priority 1, then actions 1.1-1.10 on rows 4-13 (0-based 3-12).
    const [validation] = fake.sheet('Action Plan').validations;
    expect(validation.range).toEqual({ top: 2, left: 5, bottom: 12, right: 5 });
  });
});

describe('round trips and request sizes do not grow with the number of actions', () => {
  async function fullRun(actions: number, options: { responseLimitBytes?: number } = {}) {
    const fake = FakeExcel.fromGrid(planWorkbook(actions), options);
    await rateInExcel(excelContext(fake), { asOf, supports: fake.supports });
    const reads = fake.syncs.slice(0, -1);
    return { fake, syncs: fake.syncCount, writes: 1, reads: reads.length };
  }

  it('takes the same three round trips for 10 and for 20,000 actions where responses are not capped (Excel desktop)', async () => {
    const small = await fullRun(10, { responseLimitBytes: Infinity });
    const large = await fullRun(20_000, { responseLimitBytes: Infinity });

    expect([small.syncs, large.syncs]).toEqual([3, 3]);
    expect(large.fake.largestRequestBytes).toBeLessThan(5 * MB);
  });

  it('keeps every request under 5 MB for 20,000 actions, and on Excel on the web reads in parts that follow the size in megabytes', async () => {
    const { fake } = await fullRun(20_000);

    expect(fake.largestRequestBytes).toBeLessThan(5 * MB);
    const answered = fake.syncs.filter((sync) => !sync.failed);
    expect(Math.max(...answered.map((sync) => sync.responseBytes))).toBeLessThanOrEqual(5 * MB);
    const megabytes = answered.reduce((sum, sync) => sum + sync.responseBytes, 0) / MB;
    // Sheets, the attempt refused as too big, the structure, ~3 MB parts of cells, and the write.
    expect(fake.syncCount).toBeLessThanOrEqual(4 + Math.ceil(megabytes / 2) + 1);
    expect(fake.sheet('Action Plan').at('I4')?.value).toBe('Red');
  });

  it('takes the same three round trips for 10 and 2,000 actions on Excel on the web', async () => {
    const small = await fullRun(10);
    const medium = await fullRun(2_000);

    expect([small.syncs, medium.syncs]).toEqual([3, 3]);
  });
});

describe('detectPlansInExcel', () => {
  it('never reads our summary or snapshot sheets as plans', async () => {
    const fake = FakeExcel.fromGrid(planWorkbook(12));
    await buildSummaryInExcel(excelContext(fake), {
      asOf,
      supports: fake.supports,
      generatedAt: '2015-11-14T09:00',
    });

    const detected = await detectPlansInExcel(excelContext(fake), { supports: fake.supports });

    expect(detected.plans.map((plan) => plan.sheet)).toEqual(['Action Plan']);
  });
});

describe('buildSummaryInExcel', () => {
  const run = (fake: FakeExcel, date: string) =>
    buildSummaryInExcel(excelContext(fake), {
      asOf: date,
      supports: fake.supports,
      generatedAt: `${date}T09:00`,
    });

  it('adds the summary sheet and a very hidden snapshot sheet in three round trips', async () => {
    const fake = FakeExcel.fromGrid(planWorkbook(30));

    const result = await run(fake, asOf);

    expect(fake.syncCount).toBe(3);
    expect(result.sheet).toBe(summarySheetName(asOf));
    expect(result.snapshotSheet).toBe('APT_Snapshots');
    expect(fake.sheets.map((sheet) => sheet.name)).toEqual([
      summarySheetName(asOf),
      'Action Plan',
      'APT_Snapshots',
    ]);
    const snapshots = fake.sheet('APT_Snapshots');
    expect(snapshots.visibility).toBe('VeryHidden');
    const snapshotRows = fake.toGrid().sheets.find((sheet) => sheet.name === 'APT_Snapshots')!.rows;
    expect(snapshotRows[0]).toEqual(SNAPSHOT_HEADER);
    expect(snapshotRows.slice(1).map((row) => row[0])).toEqual(new Array(30).fill(asOf));
    expect(snapshotRows[1].slice(1, 4)).toEqual(['School Improvement Action Plan 2015/16', '1.1', 'red']);
    expect(fake.sheet(summarySheetName(asOf)).charts).toHaveLength(1);
    expect(result.summary.overall.computed.total).toBe(30);
  });

  it('rebuilding for the same meeting replaces that meeting’s summary and snapshot, and a later one compares with it', async () => {
    const fake = FakeExcel.fromGrid(planWorkbook(30));
    await run(fake, asOf);
    await run(fake, asOf);
    const later = await run(fake, '2016-08-01');

    expect(fake.sheets.map((sheet) => sheet.name)).toEqual([
      summarySheetName('2016-08-01'),
      summarySheetName(asOf),
      'Action Plan',
      'APT_Snapshots',
    ]);
    const dates = fake
      .toGrid()
      .sheets.find((sheet) => sheet.name === 'APT_Snapshots')!
      .rows.slice(1)
      .map((row) => row[0]);
    expect(dates).toEqual([...new Array(30).fill(asOf), ...new Array(30).fill('2016-08-01')]);
    expect(later.summary.movement.previous).toBe(asOf);
  });
});
