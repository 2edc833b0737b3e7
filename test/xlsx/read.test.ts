import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readWorkbookGrid, readWorkbookGridFromBuffer, WorkbookReadError } from '../../src/xlsx';
import type { SheetGrid, WorkbookGrid } from '../../src/core/grid/types';
import { asExcelSavesTables } from '../fixtures/sheet-writer';

const utcDay = (y: number, m: number, d: number, h = 0) => new Date(Date.UTC(y, m - 1, d, h));
const LONG_TEXT = 'ŵ'.repeat(100) + 'x'.repeat(32_767 - 100);

/** A workbook holding one of each kind of cell the reader must understand. */
async function kitchenSinkWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const plan = workbook.addWorksheet('Plan');
  plan.getCell('A1').value = 'Cynllun Gweithredu: Ysgol Gymraeg Bro Eirwg, Dŵr a Thŷ';
  plan.getCell('A2').value = utcDay(2015, 10, 31);
  plan.getCell('A2').numFmt = 'dd/mm/yyyy';
  plan.getCell('A3').value = utcDay(2016, 2, 29, 18); // a date with a time of day: still 29 Feb
  plan.getCell('A3').numFmt = 'dd/mm/yyyy hh:mm';
  plan.getCell('A4').value = 42;
  plan.getCell('A5').value = true;
  plan.getCell('B1').value = { richText: [{ text: 'Head of ', font: { bold: true } }, { text: 'Service' }] };
  plan.getCell('B2').value = { text: 'Strategy document', hyperlink: 'https://example.org/strategy' };
  plan.getCell('B3').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
  plan.getCell('B4').value = { formula: 'A4/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
  plan.getCell('C1').value = 1;
  plan.getCell('C2').value = {
    formula: 'C1*2',
    result: 2,
    shareType: 'shared',
    ref: 'C2:C4',
  } as ExcelJS.CellFormulaValue;
  plan.getCell('C3').value = { sharedFormula: 'C2', result: 4 } as ExcelJS.CellSharedFormulaValue;
  plan.getCell('C4').value = { sharedFormula: 'C2', result: 8 } as ExcelJS.CellSharedFormulaValue;
  plan.getCell('C5').value = { formula: 'A2+1', result: utcDay(2015, 11, 1) } as ExcelJS.CellFormulaValue;
  plan.getCell('C5').numFmt = 'dd/mm/yyyy';
  plan.getCell('C6').value = { formula: 'UPPER("x")', result: 'X' } as ExcelJS.CellFormulaValue;
  plan.getCell('D1').value = 'Priority 1: Improve leadership';
  plan.mergeCells('D1:F2');
  plan.getCell('D3').value = LONG_TEXT;
  plan.getRow(4).hidden = true;
  plan.getRow(6).hidden = true;
  const hidden = workbook.addWorksheet('Lists', { state: 'hidden' });
  hidden.getCell('A1').value = 'Red';
  const veryHidden = workbook.addWorksheet('Settings', { state: 'veryHidden' });
  veryHidden.getCell('B2').value = 'scale';
  const tables = workbook.addWorksheet('Tables');
  tables.getCell('A1').value = 'Title above the table';
  tables.addTable({
    name: 'Actions',
    ref: 'B3',
    headerRow: true,
    columns: [{ name: 'Ref' }, { name: 'Action' }, { name: 'Owner' }],
    rows: [
      ['1.1', 'Publish strategy', 'HoS'],
      ['1.2', 'Train governors', 'Governor Services'],
    ],
  });
  tables.addTable({
    name: 'NoHeader',
    ref: 'F3',
    headerRow: false,
    columns: [{ name: 'A' }, { name: 'B' }],
    rows: [['x', 'y']],
  });
  return asExcelSavesTables(await workbook.xlsx.writeBuffer());
}

function sheet(grid: WorkbookGrid, name: string): SheetGrid {
  const found = grid.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

describe('readWorkbookGridFromBuffer', () => {
  let grid: WorkbookGrid;
  beforeAll(async () => {
    grid = await readWorkbookGridFromBuffer(await kitchenSinkWorkbook(), 'kitchen.xlsx');
  });

  it('names the source and lists every sheet in workbook order with its visibility', () => {
    expect(grid.source).toBe('kitchen.xlsx');
    expect(grid.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['Plan', false],
      ['Lists', true],
      ['Settings', true],
      ['Tables', false],
    ]);
  });

  it('gives plain text, numbers and booleans as they are, Welsh letters intact', () => {
    const plan = sheet(grid, 'Plan');
    expect(plan.rows[0][0]).toBe('Cynllun Gweithredu: Ysgol Gymraeg Bro Eirwg, Dŵr a Thŷ');
    expect(plan.rows[3][0]).toBe(42);
    expect(plan.rows[4][0]).toBe(true);
  });

  it('gives date cells as exact calendar days, ignoring any time of day', () => {
    const plan = sheet(grid, 'Plan');
    expect(plan.rows[1][0]).toEqual({ type: 'date', iso: '2015-10-31' });
    expect(plan.rows[2][0]).toEqual({ type: 'date', iso: '2016-02-29' });
  });

  it('flattens rich text and hyperlinks to their text', () => {
    const plan = sheet(grid, 'Plan');
    expect(plan.rows[0][1]).toBe('Head of Service');
    expect(plan.rows[1][1]).toBe('Strategy document');
  });

  it('gives error values as error cells, also when a formula results in one', () => {
    const plan = sheet(grid, 'Plan');
    expect(plan.rows[2][1]).toEqual({ type: 'error', code: '#N/A' });
    expect(plan.rows[3][1]).toEqual({ type: 'error', code: '#DIV/0!' });
  });

  it('gives formula cells their cached result and records the formula text, shared formulas translated', () => {
    const plan = sheet(grid, 'Plan');
    expect([plan.rows[1][2], plan.rows[2][2], plan.rows[3][2]]).toEqual([2, 4, 8]);
    expect(plan.rows[4][2]).toEqual({ type: 'date', iso: '2015-11-01' });
    expect(plan.rows[5][2]).toBe('X');
    expect(plan.formulas).toEqual({
      B4: '=A4/0',
      C2: '=C1*2',
      C3: '=C2*2',
      C4: '=C3*2',
      C5: '=A2+1',
      C6: '=UPPER("x")',
    });
  });

  it('keeps merged ranges, with the value in the anchor cell only', () => {
    const plan = sheet(grid, 'Plan');
    expect(plan.merges).toEqual([{ top: 0, left: 3, bottom: 1, right: 5 }]);
    expect(plan.rows[0][3]).toBe('Priority 1: Improve leadership');
    expect([plan.rows[0][4], plan.rows[1][3], plan.rows[1][5]]).toEqual([null, null, null]);
  });

  it('keeps a 32,767-character cell whole', () => {
    expect(sheet(grid, 'Plan').rows[2][3]).toBe(LONG_TEXT);
  });

  it('lists hidden rows by 0-based index', () => {
    expect(sheet(grid, 'Plan').hiddenRows).toEqual([3, 5]);
  });

  it('makes the grid rectangular from A1 to the last used cell, padding with null', () => {
    const plan = sheet(grid, 'Plan');
    expect(plan.rows).toHaveLength(6);
    expect(plan.rows.every((row) => row.length === 6)).toBe(true);
    expect(sheet(grid, 'Settings').rows).toEqual([
      [null, null],
      [null, 'scale'],
    ]);
  });

  it('reads tables as Excel saves them: name, range and header row (Excel omits headerRowCount)', () => {
    const tables = sheet(grid, 'Tables');
    expect(tables.tables).toEqual([
      { name: 'Actions', range: { top: 2, left: 1, bottom: 4, right: 3 }, hasHeaderRow: true },
      { name: 'NoHeader', range: { top: 2, left: 5, bottom: 2, right: 6 }, hasHeaderRow: false },
    ]);
    expect(tables.rows[2].slice(1, 4)).toEqual(['Ref', 'Action', 'Owner']);
    expect(sheet(grid, 'Plan').tables).toEqual([]);
  });
});

describe('dates whatever the time zone of the machine', () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'xlsx-tz-'));
    file = path.join(dir, 'kitchen.xlsx');
    await fs.writeFile(file, await kitchenSinkWorkbook());
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  /**
   * Reads the workbook in a child Node process whose TZ is `zone` (a test process cannot change
   * its own zone), compiling the reader's TypeScript on the fly, and returns what it saw.
   */
  function readInZone(zone: string): { offset: number; dates: unknown[] } {
    const script = `
      const ts = require('typescript');
      const fs = require('fs');
      require.extensions['.ts'] = (module, filename) => {
        const out = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
          compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
        });
        module._compile(out.outputText, filename);
      };
      const { readWorkbookGrid } = require(${JSON.stringify(path.join(__dirname, '../../src/xlsx/index.ts'))});
      readWorkbookGrid(process.argv[1]).then((grid) => {
        const plan = grid.sheets[0];
        const offset = new Date(Date.UTC(2015, 6, 1)).getTimezoneOffset();
        process.stdout.write(JSON.stringify({ offset, dates: [plan.rows[1][0], plan.rows[2][0], plan.rows[4][2]] }));
      });
    `;
    const result = spawnSync(process.execPath, ['-e', script, file], {
      env: { ...process.env, TZ: zone },
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(result.stderr);
    return JSON.parse(result.stdout);
  }

  it.each([
    ['Pacific/Auckland', -720],
    ['America/Los_Angeles', 420],
  ])('reads exact days in %s', (zone, julyOffset) => {
    const seen = readInZone(zone);
    // The child really ran in that zone, or this test would prove nothing.
    expect(seen.offset).toBe(julyOffset);
    expect(seen.dates).toEqual([
      { type: 'date', iso: '2015-10-31' },
      { type: 'date', iso: '2016-02-29' },
      { type: 'date', iso: '2015-11-01' },
    ]);
  });
});

describe('files that are not readable workbooks', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'xlsx-bad-'));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  async function failureOf(file: string): Promise<WorkbookReadError> {
    try {
      await readWorkbookGrid(file);
    } catch (error) {
      if (error instanceof WorkbookReadError) return error;
      throw error;
    }
    throw new Error(`${file} was read without complaint`);
  }

  it('a text file named .xlsx', async () => {
    const file = path.join(dir, 'plan.xlsx');
    await fs.writeFile(file, 'Ref\tAction\n1.1\tDo it\n');
    const error = await failureOf(file);
    expect(error.kind).toBe('not-workbook');
    expect(error.message).toBe(
      `${file} is not an Excel workbook (.xlsx): open it in Excel and save it as "Excel Workbook".`,
    );
  });

  it('a zip that is another kind of document (a Word file renamed)', async () => {
    const zip = new JSZip();
    zip.file(
      '[Content_Types].xml',
      '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    );
    zip.file('word/document.xml', '<w:document/>');
    const file = path.join(dir, 'letter.xlsx');
    await fs.writeFile(file, await zip.generateAsync({ type: 'nodebuffer' }));
    const error = await failureOf(file);
    expect(error.kind).toBe('not-workbook');
    expect(error.message).toContain('letter.xlsx is not an Excel workbook (.xlsx)');
  });

  it('an empty file', async () => {
    const file = path.join(dir, 'empty.xlsx');
    await fs.writeFile(file, '');
    const error = await failureOf(file);
    expect(error.kind).toBe('empty');
    expect(error.message).toBe(
      `${file} is empty (0 bytes): it may not have finished copying; save the workbook again from Excel.`,
    );
  });

  it('a password-protected workbook (an OLE compound file)', async () => {
    const file = path.join(dir, 'locked.xlsx');
    const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await fs.writeFile(file, Buffer.concat([header, Buffer.alloc(504)]));
    const error = await failureOf(file);
    expect(error.kind).toBe('encrypted-or-legacy');
    expect(error.message).toBe(
      `${file} is password-protected or an old .xls workbook: open it in Excel, remove the password if it has one, and save it as "Excel Workbook" (.xlsx).`,
    );
  });

  it('a truncated workbook', async () => {
    const whole = await kitchenSinkWorkbook();
    const file = path.join(dir, 'cut.xlsx');
    await fs.writeFile(file, whole.subarray(0, Math.floor(whole.length / 2)));
    const error = await failureOf(file);
    expect(error.kind).toBe('damaged');
    expect(error.message).toContain('cut.xlsx looks like an Excel workbook but could not be read');
  });

  it('a missing file', async () => {
    const file = path.join(dir, 'nowhere.xlsx');
    const error = await failureOf(file);
    expect(error.kind).toBe('missing');
    expect(error.message).toBe(`${file} was not found: check the file name and folder.`);
  });

  it('a folder', async () => {
    const error = await failureOf(dir);
    expect(error.message).toBe(`${dir} is a folder, not an Excel workbook: give the path of a .xlsx file.`);
  });

  it('every message is one line', async () => {
    const file = path.join(dir, 'one-line.xlsx');
    await fs.writeFile(file, 'not a workbook');
    expect((await failureOf(file)).message).not.toContain('\n');
  });
});

describe('read performance', () => {
  it('reads a 10,000-action workbook in a few seconds', async () => {
    const workbook = new ExcelJS.Workbook();
    const plan = workbook.addWorksheet('Plan');
    plan.addRow(['Ref', 'Action', 'Owner', 'Start', 'Due', 'Progress', 'RAG', 'Notes']);
    for (let i = 1; i <= 10_000; i++) {
      plan.addRow([
        `${Math.ceil(i / 100)}.${i % 100}`,
        `Action number ${i}: deliver the agreed improvement work with partner schools`,
        'Head of Service',
        'Sept 15',
        utcDay(2016, 7, 31),
        'Work under way; evidence gathered at the autumn review.',
        i % 3 === 0 ? 'Amber' : 'Green',
        { formula: `LEN(B${i + 1})`, result: 70 },
      ]);
    }
    const buffer = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const started = Date.now();
    const grid = await readWorkbookGridFromBuffer(buffer, 'big.xlsx');
    const seconds = (Date.now() - started) / 1000;
    expect(grid.sheets[0].rows).toHaveLength(10_001);
    expect(grid.sheets[0].rows[10_000][4]).toEqual({ type: 'date', iso: '2016-07-31' });
    expect(seconds).toBeLessThan(8);
  });
});
