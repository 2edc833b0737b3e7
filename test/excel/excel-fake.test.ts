/**
 * The fake keeps Excel's rules, so a test of the adapter can fail where real Excel would. These
 * tests break the rules on purpose, so the add-in lint rules that catch such code are off here.
 */
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
import { FakeExcel, FakeExcelError, excelContext } from '../support/excel-fake';
import { gridFromRows, workbookOf } from '../support/grid';

const workbook = () =>
  workbookOf(
    'Plan.xlsx',
    gridFromRows(
      'Plan',
      [
        ['Ref', { type: 'date', iso: '2015-10-31' }],
        [1.5, { type: 'error', code: '#N/A' }],
        [null, null],
      ],
      {
        merges: ['A3:B3'],
        hiddenRows: [1],
        tables: [{ name: 'Actions', range: 'A1:B2' }],
      },
    ),
  );

describe('the Excel fake', () => {
  it('exports the grid it was built from', () => {
    expect(FakeExcel.fromGrid(workbook()).toGrid()).toEqual(workbook());
  });

  it('refuses to read a property that was not loaded and synced', async () => {
    const fake = FakeExcel.fromGrid(workbook());
    const context = excelContext(fake);
    const range = context.workbook.worksheets.getItem('Plan').getRange('A1:B2');

    expect(() => range.values).toThrow(FakeExcelError);
    range.load('values');
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
    await context.sync();
    expect(range.values).toEqual([
      ['Ref', 42308],
      [1.5, '#N/A'],
    ]);
    expect(() => range.address).toThrow(/PropertyNotLoaded/);
  });

  it('refuses isNullObject before a sync', async () => {
    const fake = FakeExcel.fromGrid(workbook());
    const context = excelContext(fake);
    const missing = context.workbook.worksheets.getItemOrNullObject('Nope');

    expect(() => missing.isNullObject).toThrow(/PropertyNotLoaded/);
    await context.sync();
    expect(missing.isNullObject).toBe(true);
  });

  it('turns text into a formula or a number in a General cell, and keeps it as text in a text cell', () => {
    const fake = FakeExcel.fromGrid(workbook());
    const sheet = excelContext(fake).workbook.worksheets.getItem('Plan');

    sheet.getRange('D1:F1').values = [['=HYPERLINK("x")', '12', '-']];
    const text = sheet.getRange('D2:F2');
    text.numberFormat = [['@', '@', '@']];
    text.values = [['=HYPERLINK("x")', '12', '-']];

    const plan = fake.sheet('Plan');
    expect([plan.at('D1')?.formula, plan.at('E1')?.value, plan.at('F1')?.formula]).toEqual([
      '=HYPERLINK("x")',
      12,
      '-',
    ]);
    expect([plan.at('D2')?.value, plan.at('E2')?.value, plan.at('F2')?.value]).toEqual([
      '=HYPERLINK("x")',
      '12',
      '-',
    ]);
  });

  it('counts round trips and measures what each sent, failing a request over the cap as Excel on the web does', async () => {
    const fake = FakeExcel.fromGrid(workbook(), { requestLimitBytes: 10_000 });
    const context = excelContext(fake);
    const sheet = context.workbook.worksheets.getItem('Plan');
    sheet.getRange('A10:A11').values = [['x'.repeat(100)], ['y']];
    await context.sync();
    expect(fake.syncCount).toBe(1);
    expect(fake.syncs[0].requestBytes).toBeGreaterThan(100);

    sheet.getRange('A12').values = [['z'.repeat(20_000)]];
    await expect(context.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
  });

  it('refuses an API newer than its requirement set', () => {
    const fake = FakeExcel.fromGrid(workbook(), { apiVersion: '1.12' });
    const range = excelContext(fake).workbook.worksheets.getItem('Plan').getRange();

    expect(() => range.getMergedAreasOrNullObject()).toThrow(/ApiNotFound/);
  });
});
