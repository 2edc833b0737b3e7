import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { SheetDrawing } from '../../src/core/drawing/types';
import { paintDrawing } from '../../src/xlsx/paint';
import { addEarlierSnapshot, snapshotHistory } from '../../src/xlsx/summary-writer';
import { svgToPng } from '../../src/xlsx/chart-image';
import { readWorkbookGrid } from '../../src/xlsx';
import { snapshotHistoryOf } from '../../src/core/summary';
import { run } from '../fixtures/cli-io';
import { AS_OF, NEXT_MEETING, save, schoolA } from './summary-workbooks';

let dir: string;
let out: string;
let workbook: ExcelJS.Workbook;
let sheet: ExcelJS.Worksheet;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'apt-summary-xlsx-'));
  const input = await save(schoolA(), dir, 'ysgol-a.xlsx');
  out = path.join(dir, 'ysgol-a-summary.xlsx');
  const { code, err } = await run([
    'summary',
    input,
    '--as-of',
    AS_OF,
    '--next-meeting',
    NEXT_MEETING,
    '--out',
    out,
  ]);
  if (code !== 0) throw new Error(err);
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  sheet = workbook.getWorksheet('Board Summary 2015-11-11')!;
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function cellsOf(worksheet: ExcelJS.Worksheet): ExcelJS.Cell[] {
  const cells: ExcelJS.Cell[] = [];
  worksheet.eachRow((row) => row.eachCell((cell) => void cells.push(cell)));
  return cells;
}

const withValue = (value: string) => cellsOf(sheet).find((cell) => cell.value === value);

describe('the summary sheet read back with ExcelJS', () => {
  it('opens on the summary, titled with the board', () => {
    expect(workbook.worksheets[0].name).toBe('Board Summary 2015-11-11');
    expect(sheet.getCell('A1').value).toBe('Education Improvement Board');
    expect(sheet.getCell('A1').font).toMatchObject({ name: 'Calibri', bold: true });
  });

  it('writes ratings as words with their fill', () => {
    const red = withValue('● Red')!;
    expect(red.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC00000' } });
    expect(red.font).toMatchObject({ name: 'Calibri', bold: true, color: { argb: 'FFFFFFFF' } });
    expect(withValue('∆ Amber')!.fill).toMatchObject({ fgColor: { argb: 'FFFFC000' } });
    expect(withValue('√ Complete')!.fill).toMatchObject({ fgColor: { argb: 'FF0070C0' } });
    expect(withValue('– Not rated')!.fill).toMatchObject({ fgColor: { argb: 'FFD9D9D9' } });
  });

  it('keeps formula-like plan text as text: no cell of the sheet is a formula', async () => {
    const text = withValue('=HYPERLINK("http://example.org","Recruit governors")');
    expect(text).toBeDefined();
    expect(text!.type).toBe(ExcelJS.ValueType.String);
    expect(cellsOf(sheet).filter((cell) => cell.type === ExcelJS.ValueType.Formula)).toEqual([]);

    const zip = await JSZip.loadAsync(await fs.readFile(out));
    const index = workbook.worksheets.indexOf(sheet);
    const sheetIds = workbook.worksheets.map((w) => w.id);
    const xml = await zip.file(`xl/worksheets/sheet${sheetIds[index]}.xml`)?.async('string');
    expect(xml).toContain('<sheetData>');
    expect(xml).not.toMatch(/<f[ >]/);
  });

  it('is set up to print on A4 landscape, one page wide, title rows repeated, numbered pages', () => {
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:3',
    });
    expect(sheet.headerFooter.oddFooter).toContain('&RPage &P of &N');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
  });

  it('wraps long text in columns wide enough for it', () => {
    const action = withValue('Draft the leadership strategy')!;
    expect(action.alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(sheet.getColumn(action.col).width).toBeGreaterThanOrEqual(30);
  });

  it('places the ratings chart as a picture under the counts', () => {
    const images = sheet.getImages();
    expect(images).toHaveLength(1);
    expect(images[0].range.tl.nativeCol).toBe(0);
    expect(workbook.getImage(Number(images[0].imageId))).toMatchObject({ extension: 'png' });
  });

  it('hides its marker in a column beside the layout', () => {
    const markerCell = cellsOf(sheet).find((cell) => cell.value === 'actionplan:board-summary:2015-11-11')!;
    expect(Number(markerCell.row)).toBe(1);
    expect(sheet.getColumn(markerCell.col).hidden).toBe(true);
  });
});

describe('paintDrawing', () => {
  const drawing: SheetDrawing = {
    name: 'Painted',
    visibility: 'visible',
    styles: {
      text: { font: { name: 'Calibri', size: 10 }, numberFormat: '@', wrap: true },
      number: { font: { name: 'Calibri', size: 10, bold: true }, numberFormat: '0', horizontal: 'center' },
      boxed: {
        font: { name: 'Calibri', size: 10 },
        border: { bottom: { weight: 'medium', color: '1F3864' } },
      },
    },
    cells: [
      { row: 0, col: 0, kind: 'text', value: '=1+2', style: 'text' },
      { row: 0, col: 1, kind: 'blank', style: 'text' },
      { row: 1, col: 0, kind: 'number', value: 42, style: 'number' },
      { row: 2, col: 0, kind: 'blank', style: 'boxed' },
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
    columnWidths: [20, 12],
    rowHeights: [{ row: 0, height: 30 }],
    frozenRows: 0,
    showGridLines: false,
    print: null,
    images: [],
    marker: null,
  };

  it('paints text as text, numbers as numbers, merges, widths and heights', async () => {
    const book = new ExcelJS.Workbook();
    paintDrawing(book, drawing);
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load((await book.xlsx.writeBuffer()) as ExcelJS.Buffer);
    const painted = reread.getWorksheet('Painted')!;

    expect(painted.getCell('A1').value).toBe('=1+2');
    expect(painted.getCell('A1').type).toBe(ExcelJS.ValueType.String);
    expect(painted.getCell('A2').value).toBe(42);
    expect(painted.getCell('A2').numFmt).toBe('0');
    expect(painted.getCell('A3').border.bottom).toMatchObject({
      style: 'medium',
      color: { argb: 'FF1F3864' },
    });
    expect(painted.getCell('B1').isMerged).toBe(true);
    expect(painted.getColumn(1).width).toBe(20);
    expect(painted.getRow(1).height).toBe(30);
    expect(painted.views[0]).toMatchObject({ showGridLines: false });
  });
});

describe('svgToPng', () => {
  it('draws the picture at twice its size, so it prints sharply', () => {
    const png = svgToPng(
      '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="4" y="24">12</text></svg>',
      120,
      40,
    );
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([240, 80]);
  });
});

describe('addEarlierSnapshot', () => {
  it('saves an earlier meeting into a workbook, so direction of travel shows at the next one', async () => {
    const file = await save(schoolA(), dir, 'with-history.xlsx');
    await addEarlierSnapshot(file, '2015-10-14', [
      {
        plan: 'Ysgol A School Improvement Plan 2015/16',
        ref: '1.1',
        computed: 'amber',
        declared: 'green',
        due: '2015-10-31',
      },
      {
        plan: 'Ysgol A School Improvement Plan 2015/16',
        ref: '1.2',
        computed: 'green',
        declared: null,
        due: '2015-11-11',
      },
    ]);
    await addEarlierSnapshot(file, '2015-10-14', [
      {
        plan: 'Ysgol A School Improvement Plan 2015/16',
        ref: '1.1',
        computed: 'amber',
        declared: 'green',
        due: '2015-10-31',
      },
    ]);

    const rows = snapshotHistoryOf(await readWorkbookGrid(file));
    expect(rows).toEqual([
      {
        date: '2015-10-14',
        plan: 'Ysgol A School Improvement Plan 2015/16',
        ref: '1.1',
        computed: 'amber',
        declared: 'green',
        due: '2015-10-31',
      },
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(snapshotHistory(book)).toEqual(rows);

    const { code, out: text } = await run([
      'summary',
      file,
      '--as-of',
      AS_OF,
      '--next-meeting',
      NEXT_MEETING,
    ]);
    expect(code).toBe(0);
    expect(text).toContain('Since 14 Oct 2015: 1 action turned red');
  });
});
