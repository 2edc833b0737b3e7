import type { SnapshotRow } from '../../src/core/summary';
import { SNAPSHOT_HEADER } from '../../src/core/summary';
import { readWorkbookGridFromExcel } from '../../src/excel/read';
import { writeSnapshotSheet } from '../../src/excel/snapshots';
import { FakeExcel, excelContext } from '../support/excel-fake';
import { gridFromRows, workbookOf } from '../support/grid';

const row = (date: string, ref: string, computed: SnapshotRow['computed']): SnapshotRow => ({
  date,
  plan: 'Plan',
  ref,
  computed,
  declared: null,
  due: '2015-10-31',
});

async function write(fake: FakeExcel, date: string, rows: SnapshotRow[]) {
  const grid = await readWorkbookGridFromExcel(excelContext(fake), { supports: fake.supports });
  return writeSnapshotSheet(excelContext(fake), date, rows, { supports: fake.supports, grid });
}

function savedRows(fake: FakeExcel, name: string) {
  return fake.toGrid().sheets.find((sheet) => sheet.name === name)!.rows;
}

describe('writeSnapshotSheet', () => {
  const plan = workbookOf('Plan.xlsx', gridFromRows('Plan', [['Ref', 'Action']]));

  it('saves the rows in a very hidden APT_Snapshots sheet under our header, every value as text', async () => {
    const fake = FakeExcel.fromGrid(plan);

    const result = await write(fake, '2015-11-11', [
      row('2015-11-11', '1.1', 'red'),
      row('2015-11-11', '1.10', 'green'),
    ]);

    expect(result).toMatchObject({ sheet: 'APT_Snapshots', renamed: null });
    expect(fake.sheet('APT_Snapshots').visibility).toBe('VeryHidden');
    expect(savedRows(fake, 'APT_Snapshots')).toEqual([
      SNAPSHOT_HEADER,
      ['2015-11-11', 'Plan', '1.1', 'red', null, '2015-10-31', null],
      ['2015-11-11', 'Plan', '1.10', 'green', null, '2015-10-31', null],
    ]);
    expect(fake.sheet('APT_Snapshots').at('C3')?.numberFormat).toBe('@');
  });

  it('replaces only the given meeting’s rows', async () => {
    const fake = FakeExcel.fromGrid(plan);
    await write(fake, '2015-09-16', [row('2015-09-16', '1.1', 'amber')]);
    await write(fake, '2015-11-11', [row('2015-11-11', '1.1', 'red'), row('2015-11-11', '1.2', 'red')]);

    await write(fake, '2015-11-11', [row('2015-11-11', '1.1', 'green')]);

    expect(
      savedRows(fake, 'APT_Snapshots')
        .slice(1)
        .map((cells) => cells.slice(0, 4)),
    ).toEqual([
      ['2015-09-16', 'Plan', '1.1', 'amber'],
      ['2015-11-11', 'Plan', '1.1', 'green'],
    ]);
    expect(fake.sheets.filter((sheet) => sheet.name.startsWith('APT_Snapshots'))).toHaveLength(1);
  });

  it('leaves an officer’s sheet called APT_Snapshots alone and saves ours under the next free name', async () => {
    const fake = FakeExcel.fromGrid(
      workbookOf(
        'Plan.xlsx',
        gridFromRows('Plan', [['Ref']]),
        gridFromRows('APT_Snapshots', [['My own snapshot notes']]),
      ),
    );

    const result = await write(fake, '2015-11-11', [row('2015-11-11', '1.1', 'red')]);

    expect(result.renamed).toEqual({ wanted: 'APT_Snapshots', used: 'APT_Snapshots (2)' });
    expect(savedRows(fake, 'APT_Snapshots')).toEqual([['My own snapshot notes']]);
    expect(savedRows(fake, 'APT_Snapshots (2)')[1].slice(0, 4)).toEqual(['2015-11-11', 'Plan', '1.1', 'red']);
  });
});
