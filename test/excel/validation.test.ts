import { OfficeMockObject } from 'office-addin-mock';
import type { Plan } from '../../src/core/plan/types';
import { applyDeclaredRatingValidation } from '../../src/excel/validation';
import { FakeExcel, excelContext } from '../support/excel-fake';
import { gridFromRows, workbookOf } from '../support/grid';
import { aPlan, anAction } from '../support/plan-builder';

const columns: Plan['columns'] = [
  { index: 0, header: 'Ref', role: 'ref', cell: 'Plan!A4' },
  { index: 1, header: 'Action', role: 'action', cell: 'Plan!B4' },
  { index: 3, header: 'RAG', role: 'rag', cell: 'Plan!D4' },
];

/** Header on row 4; actions on rows 5, 6 and 9. */
function planWith(scale: Plan['scale'], planColumns = columns): Plan {
  return aPlan({
    headerRows: [3, 3],
    columns: planColumns,
    scale,
    actions: [anAction({ ref: '1', row: 4 }), anAction({ ref: '2', row: 5 }), anAction({ ref: '3', row: 8 })],
  });
}

function fakeWorkbook(apiVersion?: string): FakeExcel {
  return FakeExcel.fromGrid(
    workbookOf('Plan.xlsx', gridFromRows('Plan', [[null], [null], [null], ['Ref', 'Action', null, 'RAG']])),
    { apiVersion },
  );
}

describe('applyDeclaredRatingValidation', () => {
  it('offers Green, Amber, Red and Complete on the rating column of a three-point plan, on its action rows', async () => {
    const fake = fakeWorkbook();

    const notes = await applyDeclaredRatingValidation(excelContext(fake), planWith('three-point'), {
      supports: fake.supports,
    });

    expect(notes).toEqual([]);
    const [validation] = fake.sheet('Plan').validations;
    expect(validation.range).toEqual({ top: 4, left: 3, bottom: 8, right: 3 });
    expect(validation.rule).toEqual({ list: { inCellDropDown: true, source: 'Green,Amber,Red,Complete' } });
    expect(validation.errorAlert).toMatchObject({ showAlert: true, style: 'Warning' });
    expect(fake.syncCount).toBe(1);
  });

  it('adds Yellow for a four-point plan', async () => {
    const fake = fakeWorkbook();

    await applyDeclaredRatingValidation(excelContext(fake), planWith('four-point'), {
      supports: fake.supports,
    });

    expect(fake.sheet('Plan').validations[0].rule).toEqual({
      list: { inCellDropDown: true, source: 'Green,Yellow,Amber,Red,Complete' },
    });
  });

  it('says so when the plan has no rating column, and touches nothing', async () => {
    const fake = fakeWorkbook();

    const notes = await applyDeclaredRatingValidation(
      excelContext(fake),
      planWith('three-point', columns.slice(0, 2)),
      {
        supports: fake.supports,
      },
    );

    expect(notes.map((note) => [note.code, note.message])).toEqual([
      [
        'no-rating-column',
        'The plan on Plan has no rating column, so there is nowhere to add the drop-down list of ratings.',
      ],
    ]);
    expect(fake.sheet('Plan').validations).toEqual([]);
    expect(fake.syncCount).toBe(0);
  });

  it('says so on an Excel without data validation, and does not call it', async () => {
    const fake = fakeWorkbook('1.7');

    const notes = await applyDeclaredRatingValidation(excelContext(fake), planWith('three-point'), {
      supports: fake.supports,
    });

    expect(notes.map((note) => note.code)).toEqual(['validation-unsupported']);
  });

  it('sets the list through the Office.js object model and syncs once (office-addin-mock)', async () => {
    const asked: string[] = [];
    // The range is handed out by the mock's getRange, so what the function sets on it stays as set.
    const dataValidation = {
      cleared: false,
      rule: {},
      errorAlert: {},
      ignoreBlanks: false,
      clear() {
        this.cleared = true;
      },
    };
    const mock = new OfficeMockObject({
      workbook: {
        worksheets: {
          getItem(name: string) {
            asked.push(name);
            return {
              getRange(address: string) {
                asked.push(address);
                return { dataValidation };
              },
            };
          },
        },
      },
    });
    const sync = jest.spyOn(mock, 'sync');

    await applyDeclaredRatingValidation(mock as unknown as Excel.RequestContext, planWith('three-point'), {
      supports: () => true,
    });

    expect(asked).toEqual(['Plan', 'D5:D9']);
    expect(dataValidation).toMatchObject({
      cleared: true,
      ignoreBlanks: true,
      rule: { list: { inCellDropDown: true, source: 'Green,Amber,Red,Complete' } },
      errorAlert: {
        showAlert: true,
        style: 'Warning',
        title: 'Rating',
        message: 'Choose one of: Green, Amber, Red, Complete.',
      },
    });
    expect(sync).toHaveBeenCalledTimes(1);
  });
});
