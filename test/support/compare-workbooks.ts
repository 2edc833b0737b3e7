/**
 * Compares two .xlsx workbooks as an officer would see them: sheet names and order, hidden state,
 * merges, and every cell's value, formula and number format. Each difference names its place, e.g.
 * `'Action Plan'!E7: value "Oct 15" -> "Oct 2015"`, so a failing test says what was lost.
 */
import ExcelJS from 'exceljs';
import { cellA1, columnLetters, parseA1 } from '../../src/core/grid/address';
import type { CellValue, WorkbookGrid } from '../../src/core/grid/types';

export interface CompareOptions {
  /** Sheets that are ours (a name, or a pattern such as /^Board Summary /): not compared. */
  ignoreSheets?: (string | RegExp)[];
  /** Columns that are ours, per sheet, as `I:J` (letters, inclusive). */
  ignoreColumns?: { sheet: string; columns: string }[];
  /** Single cells to leave out, as `Sheet!A1` (a time stamp, say). */
  ignoreCells?: string[];
}

interface CellFacts {
  value: string;
  formula: string | null;
  numFmt: string | null;
}

interface SheetFacts {
  name: string;
  state: string;
  merges: string[];
  cells: Map<string, CellFacts>;
}

/** Every difference between `before` and `after`, one line each; empty when they match. */
export async function compareWorkbooks(
  before: Buffer,
  after: Buffer,
  options: CompareOptions = {},
): Promise<string[]> {
  const [a, b] = [await sheetsOf(before), await sheetsOf(after)];
  const kept = (sheets: SheetFacts[]) => sheets.filter((s) => !isIgnoredSheet(s.name, options));
  const [left, right] = [kept(a), kept(b)];
  const differences: string[] = [];
  const namesBefore = left.map((s) => s.name);
  const namesAfter = right.map((s) => s.name);
  if (namesBefore.join('\u0000') !== namesAfter.join('\u0000'))
    differences.push(`sheets: ${JSON.stringify(namesBefore)} -> ${JSON.stringify(namesAfter)}`);
  for (const sheet of left) {
    const other = right.find((s) => s.name === sheet.name);
    if (other) differences.push(...compareSheets(sheet, other, options));
  }
  return differences;
}

/** The sheet reference used in messages: quoted as Excel quotes it when the name needs it. */
export function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** The columns headed `Computed RAG` and `Reason` in a workbook we wrote, as ignore entries. */
export async function ratingColumnsIn(buffer: Buffer): Promise<{ sheet: string; columns: string }[]> {
  const workbook = await loadBuffer(buffer);
  const found: { sheet: string; columns: string }[] = [];
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) => {
      row.eachCell((cell, col) => {
        if (cell.value === 'Computed RAG' && row.getCell(col + 1).value === 'Reason') {
          found.push({ sheet: sheet.name, columns: `${columnLetters(col - 1)}:${columnLetters(col)}` });
        }
      });
    });
  }
  return found;
}

function compareSheets(a: SheetFacts, b: SheetFacts, options: CompareOptions): string[] {
  const at = (address: string) => `${sheetRef(a.name)}!${address}`;
  const differences: string[] = [];
  if (a.state !== b.state) differences.push(`${sheetRef(a.name)}: state ${a.state} -> ${b.state}`);
  const mergesA = a.merges.filter((m) => !isIgnoredRange(a.name, m, options));
  const mergesB = b.merges.filter((m) => !isIgnoredRange(a.name, m, options));
  for (const merge of mergesA) if (!mergesB.includes(merge)) differences.push(`${at(merge)}: merge removed`);
  for (const merge of mergesB) if (!mergesA.includes(merge)) differences.push(`${at(merge)}: merge added`);
  const addresses = new Set([...a.cells.keys(), ...b.cells.keys()]);
  for (const address of [...addresses].sort(byPosition)) {
    if (isIgnoredCell(a.name, address, options)) continue;
    const [x, y] = [a.cells.get(address), b.cells.get(address)];
    for (const field of ['value', 'formula', 'numFmt'] as const) {
      const [from, to] = [x?.[field] ?? null, y?.[field] ?? null];
      if (from !== to) differences.push(`${at(address)}: ${field} ${show(from)} -> ${show(to)}`);
    }
  }
  return differences;
}

function show(text: string | null): string {
  return text === null ? '(empty)' : text;
}

async function loadBuffer(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
}

async function sheetsOf(buffer: Buffer): Promise<SheetFacts[]> {
  const workbook = await loadBuffer(buffer);
  return workbook.worksheets.map((sheet) => {
    const cells = new Map<string, CellFacts>();
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        // ExcelJS echoes a merge's anchor in its covered cells; Excel shows them empty.
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const value = valueText(cell);
        const formula = cell.formula ?? null;
        // A general format on an empty cell shows nothing; only say what a user could see.
        const numFmt = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : null;
        if (value === null && formula === null && numFmt === null) return;
        cells.set(cell.address, { value: value ?? '', formula, numFmt });
      });
    });
    return {
      name: sheet.name,
      state: sheet.state ?? 'visible',
      merges: [...sheet.model.merges].sort(),
      cells,
    };
  });
}

/** A cell's value as one comparable string: text quoted, dates as ISO, numbers as written. */
function valueText(cell: ExcelJS.Cell): string | null {
  const value = cell.value;
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object' && 'formula' in value) return JSON.stringify(value.result ?? null);
  if (typeof value === 'object' && 'sharedFormula' in value) return JSON.stringify(value.result ?? null);
  if (typeof value === 'object' && 'richText' in value)
    return JSON.stringify(value.richText.map((run) => run.text).join(''));
  return JSON.stringify(value);
}

function isIgnoredSheet(name: string, options: CompareOptions): boolean {
  return (options.ignoreSheets ?? []).some((p) => (typeof p === 'string' ? p === name : p.test(name)));
}

function isIgnoredCell(sheet: string, address: string, options: CompareOptions): boolean {
  if ((options.ignoreCells ?? []).includes(`${sheet}!${address}`)) return true;
  const position = parseA1(address);
  return (
    position !== null &&
    ignoredColumns(sheet, options).some(([l, r]) => position.col >= l && position.col <= r)
  );
}

/** A merge lying wholly in our columns is ours. */
function isIgnoredRange(sheet: string, range: string, options: CompareOptions): boolean {
  const [first, last = first] = range.split(':').map(parseA1);
  if (!first || !last) return false;
  return ignoredColumns(sheet, options).some(([l, r]) => first.col >= l && last.col <= r);
}

function ignoredColumns(sheet: string, options: CompareOptions): [number, number][] {
  return (options.ignoreColumns ?? [])
    .filter((entry) => entry.sheet === sheet)
    .map((entry) => {
      const [from, to = from] = entry.columns.split(':');
      return [parseA1(`${from}1`)?.col ?? -1, parseA1(`${to}1`)?.col ?? -1];
    });
}

function byPosition(x: string, y: string): number {
  const [a, b] = [parseA1(x), parseA1(y)];
  if (!a || !b) return x.localeCompare(y);
  return a.row - b.row || a.col - b.col;
}

/**
 * The same comparison on two grids (the Office.js adapter's view of a workbook): sheet names and
 * order, hidden state, merges, hidden rows and every cell's value and formula.
 */
export function compareGrids(
  before: WorkbookGrid,
  after: WorkbookGrid,
  options: CompareOptions = {},
): string[] {
  const kept = (grid: WorkbookGrid) => grid.sheets.filter((s) => !isIgnoredSheet(s.name, options));
  const toFacts = (grid: WorkbookGrid): SheetFacts[] =>
    kept(grid).map((sheet) => {
      const cells = new Map<string, CellFacts>();
      sheet.rows.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value !== null && value !== '')
            cells.set(cellA1(r, c), { value: gridText(value), formula: null, numFmt: null });
        }),
      );
      for (const [address, formula] of Object.entries(sheet.formulas ?? {})) {
        const cell = cells.get(address) ?? { value: '', formula: null, numFmt: null };
        cells.set(address, { ...cell, formula });
      }
      const merges = sheet.merges.map((m) => `${cellA1(m.top, m.left)}:${cellA1(m.bottom, m.right)}`).sort();
      const hiddenRows = sheet.hiddenRows.join(',');
      return {
        name: sheet.name,
        state: sheet.hidden ? `hidden rows ${hiddenRows}` : `visible rows ${hiddenRows}`,
        merges,
        cells,
      };
    });
  const [left, right] = [toFacts(before), toFacts(after)];
  const differences: string[] = [];
  const [namesBefore, namesAfter] = [left.map((s) => s.name), right.map((s) => s.name)];
  if (namesBefore.join('\u0000') !== namesAfter.join('\u0000'))
    differences.push(`sheets: ${JSON.stringify(namesBefore)} -> ${JSON.stringify(namesAfter)}`);
  for (const sheet of left) {
    const other = right.find((s) => s.name === sheet.name);
    if (other) differences.push(...compareSheets(sheet, other, options));
  }
  return differences;
}

function gridText(value: Exclude<CellValue, null>): string {
  if (typeof value === 'object') return value.type === 'date' ? value.iso : `#${value.code}`;
  return JSON.stringify(value);
}
