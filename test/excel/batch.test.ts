import { MAX_ROWS_PER_WRITE, WriteBatch, writeBlock } from '../../src/excel/batch';
import { FakeExcel, excelContext } from '../support/excel-fake';
import { gridFromRows, workbookOf } from '../support/grid';

describe('writeBlock and WriteBatch', () => {
  const rows = (count: number) => Array.from({ length: count }, (_, i) => [`Row ${i + 1}`, i + 1]);

  it('writes a large block in chunks of at most 5,000 rows, every value in place', async () => {
    const fake = FakeExcel.fromGrid(workbookOf('Book.xlsx', gridFromRows('Data', [['Header']])));
    const context = excelContext(fake);
    const batch = new WriteBatch(context);
    const sheet = context.workbook.worksheets.getItem('Data');

    await writeBlock(batch, sheet, 1, 0, rows(12_000));
    await batch.flush();

    expect(MAX_ROWS_PER_WRITE).toBe(5_000);
    const data = fake.toGrid().sheets[0].rows;
    expect(data).toHaveLength(12_001);
    expect([data[1], data[5000], data[5001], data[12_000]]).toEqual([
      ['Row 1', 1],
      ['Row 5000', 5000],
      ['Row 5001', 5001],
      ['Row 12000', 12_000],
    ]);
    expect(fake.syncCount).toBe(1);
  });

  it('syncs only when the next chunk would take the request past its budget', async () => {
    const fake = FakeExcel.fromGrid(workbookOf('Book.xlsx', gridFromRows('Data', [['Header']])));
    const context = excelContext(fake);
    // The chunks are about 90, 90 and 36 KB of JSON (5,000, 5,000 and 2,000 rows of ~18 characters):
    // with a 150 KB budget the first goes alone and the last two together.
    const batch = new WriteBatch(context, 150_000);
    const sheet = context.workbook.worksheets.getItem('Data');

    await writeBlock(batch, sheet, 1, 0, rows(12_000));
    await batch.flush();

    expect(fake.syncCount).toBe(2);
    expect(fake.largestRequestBytes).toBeLessThan(150_000);
  });
});
