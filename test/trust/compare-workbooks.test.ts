import ExcelJS from 'exceljs';
import { compareGrids, compareWorkbooks } from '../support/compare-workbooks';
import type { WorkbookGrid } from '../../src/core/grid/types';

/** A small plan workbook; `change` alters it before it is saved. */
async function workbook(change: (wb: ExcelJS.Workbook) => void = () => {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const plan = wb.addWorksheet('Action Plan');
  plan.getCell('A1').value = 'Action';
  plan.getCell('E7').value = 'Oct 15';
  plan.getCell('B2').value = { formula: 'A1&"!"', result: 'Action!' };
  plan.getCell('C2').value = 42;
  plan.getCell('C2').numFmt = '0.0';
  plan.mergeCells('A4:B4');
  wb.addWorksheet('Key');
  change(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('compareWorkbooks', () => {
  it('finds no difference between a workbook and itself', async () => {
    expect(await compareWorkbooks(await workbook(), await workbook())).toEqual([]);
  });

  it('names each changed value, formula, number format and merge by its address', async () => {
    const after = await workbook((wb) => {
      const plan = wb.getWorksheet('Action Plan')!;
      plan.getCell('E7').value = 'Oct 2015';
      plan.getCell('B2').value = { formula: 'A1', result: 'Action!' };
      plan.getCell('C2').numFmt = '0.00';
      plan.unMergeCells('A4:B4');
    });

    expect(await compareWorkbooks(await workbook(), after)).toEqual([
      "'Action Plan'!A4:B4: merge removed",
      '\'Action Plan\'!B2: formula A1&"!" -> A1',
      "'Action Plan'!C2: numFmt 0.0 -> 0.00",
      '\'Action Plan\'!E7: value "Oct 15" -> "Oct 2015"',
    ]);
  });

  it('reports sheets renamed, reordered or hidden, and cells emptied', async () => {
    const hidden = await workbook((wb) => {
      wb.getWorksheet('Key')!.state = 'hidden';
      wb.getWorksheet('Action Plan')!.getCell('A1').value = null;
    });
    const renamed = await workbook((wb) => {
      wb.getWorksheet('Key')!.name = 'Legend';
    });

    expect(await compareWorkbooks(await workbook(), hidden)).toEqual([
      '\'Action Plan\'!A1: value "Action" -> (empty)',
      'Key: state visible -> hidden',
    ]);
    expect(await compareWorkbooks(await workbook(), renamed)).toEqual([
      'sheets: ["Action Plan","Key"] -> ["Action Plan","Legend"]',
    ]);
  });

  it('leaves out the sheets, columns and cells it is told are ours', async () => {
    const after = await workbook((wb) => {
      wb.addWorksheet('Board Summary 2015-11-11');
      const plan = wb.getWorksheet('Action Plan')!;
      plan.getCell('I1').value = 'Computed RAG';
      plan.getCell('J7').value = 'Overdue';
      plan.getCell('K7').value = 'not ours';
    });

    expect(
      await compareWorkbooks(await workbook(), after, {
        ignoreSheets: [/^Board Summary /],
        ignoreColumns: [{ sheet: 'Action Plan', columns: 'I:J' }],
      }),
    ).toEqual(['\'Action Plan\'!K7: value (empty) -> "not ours"']);
  });
});

describe('compareGrids', () => {
  const grid = (rows: WorkbookGrid['sheets'][number]['rows']): WorkbookGrid => ({
    source: 'plan.xlsx',
    sheets: [{ name: 'Plan', hidden: false, rows, merges: [], hiddenRows: [], tables: [] }],
  });

  it('names changed cells, including dates and error values, and ignores listed cells', () => {
    const before = grid([['Action', { type: 'date', iso: '2015-10-31' }, 'x']]);
    const after = grid([['Action', { type: 'error', code: 'REF!' }, 'y']]);

    expect(compareGrids(before, after, { ignoreCells: ['Plan!C1'] })).toEqual([
      'Plan!B1: value 2015-10-31 -> #REF!',
    ]);
  });
});
