import type { WorkbookGrid } from '../../src/core/grid/types';
import { readWorkbookGridFromExcel } from '../../src/excel/read';
import { FakeExcel, excelContext } from '../support/excel-fake';
import { gridFromRows, workbookOf } from '../support/grid';

const date = (iso: string) => ({ type: 'date' as const, iso });
const error = (code: string) => ({ type: 'error' as const, code });

/** Every kind of cell the grid port knows, on sheets that exercise padding, merges, tables and hiding. */
function sampleWorkbook(): WorkbookGrid {
  const plan = gridFromRows(
    'Action Plan',
    [
      ['School Improvement Plan 2015/16', null, null, null, null],
      ['Ref', 'Action', 'Timescales', null, 'RAG'],
      [null, null, 'Start', 'Finish', null],
      [1.1, 'Appoint an attendance officer', date('2015-09-01'), date('2015-10-31'), 'Green'],
      [1.2, '=HYPERLINK("x")', date('2015-03-29'), date('2015-10-25'), error('#N/A')],
      ['1.3', true, date('1900-03-01'), date('2099-12-31'), error('#REF!')],
      [null, 'Continued from the row above', null, null, false],
    ],
    { merges: ['A1:E1', 'C2:D2', 'A2:A3'], hiddenRows: [4, 6] },
  );
  const tracker = gridFromRows(
    'Tracker',
    [
      ['Ref', 'Milestone', 'Due', null, 'x', 'y'],
      ['1.1', 'Moderators trained', date('2016-02-29'), null, 1, 2],
      ['1.2', 'Moderators deployed', 'Feb 16', null, null, null],
    ],
    {
      tables: [
        { name: 'Milestones', range: 'A1:C3' },
        { name: 'Loose', range: 'E2:F2', hasHeaderRow: false },
      ],
    },
  );
  const offset = gridFromRows('Offset', [
    [null, null, null],
    [null, null, null],
    [null, null, 'Starts at C3'],
    [null, 42, null],
  ]);
  const notes = gridFromRows('Notes', [['Board meets termly']], { hidden: true });
  const blank = gridFromRows('Blank', []);
  return workbookOf('Plan.xlsx', plan, tracker, offset, notes, blank);
}

describe('readWorkbookGridFromExcel', () => {
  it('gives back exactly the cells, merges, hidden rows and tables put in', async () => {
    const input = sampleWorkbook();
    const fake = FakeExcel.fromGrid(input);

    const grid = await readWorkbookGridFromExcel(excelContext(fake), { supports: fake.supports });

    expect(grid.source).toBe('Plan.xlsx');
    expect(grid.sheets).toEqual(input.sheets);
    expect(grid.notes).toEqual([]);
  });

  it.each(['UTC', 'Europe/London', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Kolkata'])(
    'reads date cells as the same calendar days when the time zone is %s',
    async (zone) => {
      const saved = process.env.TZ;
      process.env.TZ = zone;
      try {
        const input = sampleWorkbook();
        const fake = FakeExcel.fromGrid(input);
        const grid = await readWorkbookGridFromExcel(excelContext(fake), { supports: fake.supports });
        const plan = grid.sheets[0];
        expect([
          plan.rows[3][2],
          plan.rows[3][3],
          plan.rows[4][2],
          plan.rows[4][3],
          plan.rows[5][2],
          plan.rows[5][3],
        ]).toEqual([
          date('2015-09-01'),
          date('2015-10-31'),
          date('2015-03-29'),
          date('2015-10-25'),
          date('1900-03-01'),
          date('2099-12-31'),
        ]);
      } finally {
        process.env.TZ = saved;
      }
    },
  );

  it('tells dates from numbers by the number format, and drops a time of day', async () => {
    const fake = new FakeExcel();
    const sheet = fake.addSheet('Dates');
    const put = (a1: string, value: number, format: string) => {
      const cell = sheet.ensure(0, a1.charCodeAt(0) - 65);
      cell.value = value;
      cell.numberFormat = format;
    };
    // 42308 is 31 Oct 2015 (Excel serials count days from 30 Dec 1899).
    put('A', 42308, 'dd/mm/yyyy');
    put('B', 42308.75, 'd mmm yy h:mm');
    put('C', 42308, 'General');
    put('D', 0.75, 'h:mm');
    put('E', 42308, 'mmm-yy');
    put('F', 42308, '[$-809]dd mmmm yyyy;@');
    put('G', 42308, '#,##0 "days"');

    const grid = await readWorkbookGridFromExcel(excelContext(fake), { supports: fake.supports });

    expect(grid.sheets[0].rows[0]).toEqual([
      date('2015-10-31'),
      date('2015-10-31'),
      42308,
      0.75,
      date('2015-10-31'),
      date('2015-10-31'),
      42308,
    ]);
  });

  it('reads any workbook in two round trips: the sheets first, then all their cells at once', async () => {
    const fake = FakeExcel.fromGrid(sampleWorkbook());

    await readWorkbookGridFromExcel(excelContext(fake), { supports: fake.supports });

    expect(fake.syncCount).toBe(2);
  });

  it('on Excel without merged-area and visible-cell APIs, reads the cells and says what it could not see', async () => {
    const input = sampleWorkbook();
    const fake = FakeExcel.fromGrid(input, { apiVersion: '1.8' });

    const grid = await readWorkbookGridFromExcel(excelContext(fake), {
      supports: fake.supports,
      source: 'Plan',
    });

    expect(grid.source).toBe('Plan');
    expect(grid.sheets.map((sheet) => sheet.rows)).toEqual(input.sheets.map((sheet) => sheet.rows));
    expect(grid.sheets.flatMap((sheet) => [...sheet.merges, ...sheet.hiddenRows])).toEqual([]);
    expect(grid.notes.map((note) => note.code)).toEqual(['merges-unsupported', 'hidden-rows-unsupported']);
    expect(grid.notes[0].messageCy).toMatch(/ExcelApi 1\.13/);
  });

  it('reads a workbook too big for one response (5 MB on the web) in a few parts, each within the cap', async () => {
    const words = 'moderators deployed in every partnership; '.repeat(12);
    const rows = Array.from({ length: 12_000 }, (_, i) => [
      `${i + 1}`,
      `${i + 1}: ${words}`,
      date('2016-07-31'),
    ]);
    const input = workbookOf('Big.xlsx', gridFromRows('Plan', rows));
    const fake = FakeExcel.fromGrid(input);

    const grid = await readWorkbookGridFromExcel(excelContext(fake), { supports: fake.supports });

    expect(grid.sheets).toEqual(input.sheets);
    const answered = fake.syncs.filter((sync) => !sync.failed);
    const megabytes = answered.reduce((sum, sync) => sum + sync.responseBytes, 0) / (1024 * 1024);
    expect(megabytes).toBeGreaterThan(5);
    expect(Math.max(...answered.map((sync) => sync.responseBytes))).toBeLessThanOrEqual(5 * 1024 * 1024);
    // The sheets; the attempt refused as too big; the structure; then parts of about 4 MB.
    expect(fake.syncCount).toBeLessThanOrEqual(3 + Math.ceil(megabytes / 3));
  });
});
