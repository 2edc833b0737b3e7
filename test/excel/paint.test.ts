import type { CellStyle, DrawnCell, SheetDrawing } from '../../src/core/drawing/types';
import { RATING_LOOK, buildSummary, renderSummarySheet, type SummaryPlanInput } from '../../src/core/summary';
import { paintDrawing } from '../../src/excel/paint';
import { readWorkbookGridFromExcel } from '../../src/excel/read';
import { FakeExcel, excelContext, type SheetState } from '../support/excel-fake';
import { gridFromRows, workbookOf } from '../support/grid';
import { action, day, input, rated } from '../core/summary/builders';

const thin = { weight: 'thin' as const, color: 'BFBFBF' };
const box = { top: thin, bottom: thin, left: thin, right: thin };
const STYLES: Record<string, CellStyle> = {
  title: { font: { name: 'Calibri', size: 14, bold: true }, numberFormat: '@' },
  th: { font: { name: 'Calibri', size: 10, bold: true }, fill: 'D9E1F2', border: box, numberFormat: '@' },
  td: { font: { name: 'Calibri', size: 10 }, border: box, wrap: true, numberFormat: '@' },
  num: { font: { name: 'Calibri', size: 10 }, border: box, horizontal: 'center', numberFormat: '0' },
};

/** A title merged over three columns, a header row, ten rows of ref, action and count, and a formula-like note. */
function smallDrawing(): SheetDrawing {
  const cells: DrawnCell[] = [
    { row: 0, col: 0, kind: 'text', value: 'Education Improvement Board', style: 'title' },
    { row: 0, col: 1, kind: 'blank', style: 'title' },
    { row: 0, col: 2, kind: 'blank', style: 'title' },
    { row: 1, col: 0, kind: 'text', value: 'Ref', style: 'th' },
    { row: 1, col: 1, kind: 'text', value: 'Action', style: 'th' },
    { row: 1, col: 2, kind: 'text', value: 'Count', style: 'th' },
  ];
  for (let row = 2; row < 12; row++) {
    cells.push({ row, col: 0, kind: 'text', value: `1.${row - 1}`, style: 'td' });
    cells.push({ row, col: 1, kind: 'text', value: `Action ${row - 1}`, style: 'td' });
    cells.push({ row, col: 2, kind: 'number', value: row * 3, style: 'num' });
  }
  cells.push({ row: 12, col: 0, kind: 'text', value: '=SUM(A1:A2)', style: 'td' });
  return {
    name: 'Board Summary 2015-11-11',
    visibility: 'visible',
    styles: STYLES,
    cells,
    merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
    columnWidths: [8, 30, 10],
    rowHeights: [{ row: 0, height: 24 }],
    frozenRows: 2,
    showGridLines: false,
    print: {
      paper: 'A4',
      orientation: 'landscape',
      fitToWidth: 1,
      fitToHeight: 0,
      titleRows: [0, 1],
      footer: { left: 'Board · 11 Nov 2015', right: 'Page &P of &N' },
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.25, footer: 0.3 },
      horizontalCentered: true,
    },
    images: [],
    marker: 'actionplan:board-summary:2015-11-11',
  };
}

function officerWorkbook(...extra: ReturnType<typeof gridFromRows>[]) {
  return workbookOf(
    'Plan.xlsx',
    gridFromRows('Plan', [
      ['Ref', 'Action'],
      ['1.1', 'Do it'],
    ]),
    ...extra,
  );
}

async function paint(fake: FakeExcel, drawing: SheetDrawing) {
  const grid = await readWorkbookGridFromExcel(excelContext(fake), { supports: fake.supports });
  fake.resetCounts();
  return paintDrawing(excelContext(fake), drawing, { supports: fake.supports, grid });
}

/** Each drawn cell as the sheet holds it: text cells as text, numbers as numbers. */
function expectEveryCellWritten(sheet: SheetState, drawing: SheetDrawing): void {
  for (const cell of drawing.cells) {
    const held = sheet.cell(cell.row, cell.col);
    if (cell.kind === 'text') {
      expect({
        at: [cell.row, cell.col],
        value: held?.value,
        format: held?.numberFormat,
        formula: held?.formula,
      }).toEqual({
        at: [cell.row, cell.col],
        // An empty text is an empty cell in Excel.
        value: cell.value === '' ? null : cell.value,
        format: '@',
        formula: undefined,
      });
    } else if (cell.kind === 'number') {
      expect({ at: [cell.row, cell.col], value: held?.value }).toEqual({
        at: [cell.row, cell.col],
        value: cell.value,
      });
    }
  }
}

describe('paintDrawing', () => {
  it('writes every cell, text as text even when it looks like a formula', async () => {
    const fake = FakeExcel.fromGrid(officerWorkbook());
    const drawing = smallDrawing();

    const result = await paint(fake, drawing);

    expect(result).toEqual({ sheet: 'Board Summary 2015-11-11', renamed: null, notes: [] });
    const sheet = fake.sheet('Board Summary 2015-11-11');
    expectEveryCellWritten(sheet, drawing);
    expect(sheet.at('A13')).toMatchObject({ value: '=SUM(A1:A2)', numberFormat: '@' });
    expect(sheet.at('C3')?.numberFormat).toBe('0');
  });

  it('formats each rectangle of a style with one range, not each cell', async () => {
    const fake = FakeExcel.fromGrid(officerWorkbook());

    await paint(fake, smallDrawing());

    // Styles: title A1:C1, th A2:C2, td A3:B12 and A13, num C3:C12 (5 ranges for 37 cells);
    // sizes: three column widths and one row height.
    expect(fake.formattedRanges.size).toBe(5 + 3 + 1);
    const sheet = fake.sheet('Board Summary 2015-11-11');
    expect(sheet.at('B2')?.format).toMatchObject({
      bold: true,
      fill: '#D9E1F2',
      fontSize: 10,
      fontName: 'Calibri',
    });
    expect(sheet.at('C7')?.format).toMatchObject({ horizontalAlignment: 'Center', verticalAlignment: 'Top' });
    expect(sheet.at('B7')?.format).toMatchObject({ wrapText: true, horizontalAlignment: 'Left' });
    expect(sheet.at('A3')?.format.borders?.EdgeLeft).toEqual({
      style: 'Continuous',
      color: '#BFBFBF',
      weight: 'Thin',
    });
    expect(sheet.at('A5')?.format.borders?.InsideHorizontal).toEqual({
      style: 'Continuous',
      color: '#BFBFBF',
      weight: 'Thin',
    });
  });

  it('merges, sizes, freezes, sets up the page and marks the sheet as ours', async () => {
    const fake = FakeExcel.fromGrid(officerWorkbook());

    await paint(fake, smallDrawing());

    const sheet = fake.sheet('Board Summary 2015-11-11');
    expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    // Widths 8, 30 and 10 characters are 56, 210 and 70 pixels (ECMA-376 18.3.1.13): 42, 157.5, 52.5 points.
    expect([0, 1, 2].map((col) => sheet.columnWidths.get(col))).toEqual([42, 157.5, 52.5]);
    expect(sheet.rowHeights.get(0)).toBe(24);
    expect(sheet.frozenRows).toBe(2);
    expect(sheet.showGridlines).toBe(false);
    expect(sheet.pageLayout).toEqual({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      centerHorizontally: true,
      margins: {
        unit: 'Inches',
        options: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.25, footer: 0.3 },
      },
      printTitleRows: '$1:$2',
      footer: { left: 'Board · 11 Nov 2015', right: 'Page &P of &N' },
    });
    expect(sheet.at('D1')?.value).toBe('actionplan:board-summary:2015-11-11');
    expect([...sheet.hiddenColumns]).toEqual([3]);
    expect(fake.sheets[0]).toBe(sheet);
    expect(fake.activeSheet).toBe(sheet);
  });

  it('sends everything in one round trip', async () => {
    const fake = FakeExcel.fromGrid(officerWorkbook());

    await paint(fake, smallDrawing());

    expect(fake.syncCount).toBe(1);
  });

  it('replaces our own sheet for the same meeting, where it stood', async () => {
    const fake = FakeExcel.fromGrid(officerWorkbook());
    await paint(fake, smallDrawing());
    // The officer drags our tab after the plan.
    fake.sheets.push(fake.sheets.shift()!);
    const sheets = () => fake.sheets.map((sheet) => sheet.name);
    expect(sheets()).toEqual(['Plan', 'Board Summary 2015-11-11']);

    const again = smallDrawing();
    (again.cells[0] as { value: string }).value = 'Second run';
    const result = await paint(fake, again);

    expect(result.renamed).toBeNull();
    expect(sheets()).toEqual(['Plan', 'Board Summary 2015-11-11']);
    expect(fake.sheet('Board Summary 2015-11-11').at('A1')?.value).toBe('Second run');
  });

  it('never replaces an officer’s sheet of the same name: ours takes the next free name', async () => {
    const officers = gridFromRows('Board Summary 2015-11-11', [['My own notes for the board']]);
    const fake = FakeExcel.fromGrid(officerWorkbook(officers));

    const result = await paint(fake, smallDrawing());

    expect(result.renamed).toEqual({
      wanted: 'Board Summary 2015-11-11',
      used: 'Board Summary 2015-11-11 (2)',
    });
    expect(fake.sheet('Board Summary 2015-11-11').at('A1')?.value).toBe('My own notes for the board');
    expect(fake.sheet('Board Summary 2015-11-11 (2)').at('A1')?.value).toBe('Education Improvement Board');
  });

  it('on an Excel without page layout, paints the sheet and says the print settings are missing', async () => {
    const fake = FakeExcel.fromGrid(officerWorkbook(), { apiVersion: '1.8' });

    const result = await paint(fake, smallDrawing());

    expect(result.notes.map((note) => note.code)).toEqual(['print-unsupported']);
    expectEveryCellWritten(fake.sheet('Board Summary 2015-11-11'), smallDrawing());
  });
});

describe('paintDrawing with the board summary', () => {
  const plan: SummaryPlanInput = rated('Walsall School Improvement Strategy', [
    {
      action: action('1.1', {
        group: 'Priority 1',
        due: day('2015-10-31'),
        progress: '+ two vacancies left',
      }),
      rating: 'red',
      declared: 'green',
    },
    {
      action: action('1.2', {
        group: 'Priority 1',
        text: '=HYPERLINK("http://example.org","Audit")',
        due: day('2015-11-20'),
      }),
      rating: 'amber',
    },
    { action: action('1.3', { group: 'Priority 1', due: day('2016-07-31') }), rating: 'green' },
    { action: action('2.1', { group: 'Priority 2' }), rating: 'not-rated' },
    {
      action: action('2.2', { group: 'Priority 2', due: day('2015-09-30') }),
      rating: 'complete',
      declared: 'complete',
    },
  ]);
  const drawing = renderSummarySheet(buildSummary(input([plan])), 'en');

  it('writes every cell of the summary and groups its formats', async () => {
    const fake = FakeExcel.fromGrid(officerWorkbook());

    await paint(fake, drawing);

    expectEveryCellWritten(fake.sheet(drawing.name), drawing);
    expect(fake.formattedRanges.size).toBeLessThan(drawing.cells.length / 2);
    expect(fake.syncCount).toBe(1);
  });

  it('draws the ratings chart as a stacked bar chart of the counts table, one bar per priority', async () => {
    const fake = FakeExcel.fromGrid(officerWorkbook());

    await paint(fake, drawing);

    const [chart] = fake.sheet(drawing.name).charts;
    const textAt = (row: number, col: number) => {
      const cell = drawing.cells.find((c) => c.row === row && c.col === col);
      return cell && cell.kind === 'text' ? cell.value : null;
    };
    expect(chart.type).toBe('BarStacked');
    expect(chart.seriesBy).toBe('Columns');
    expect([textAt(chart.source.top, 0), textAt(chart.source.bottom, 0)]).toEqual([
      'Priority 1',
      'Priority 2',
    ]);
    // Each series is named as its column is headed: a symbol, then the word.
    expect(chart.series.map((series) => series.name?.replace(/^\S+ /, ''))).toEqual([
      'Complete',
      'Green',
      'Amber',
      'Red',
      'Not rated',
    ]);
    const ratings = ['complete', 'green', 'amber', 'red', 'not-rated'] as const;
    expect(chart.series.map((series) => series.color)).toEqual(
      ratings.map((rating) => `#${RATING_LOOK[rating].fill}`),
    );
    expect(chart.series[0].categories).toEqual({
      top: chart.source.top,
      bottom: chart.source.bottom,
      left: 0,
      right: 0,
    });
    expect(chart.anchor).toBe(`A${drawing.images[0].row + 1}`);
    expect(fake.sheet(drawing.name).images).toEqual([]);
  });
});
