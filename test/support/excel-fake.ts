/**
 * A small, counting fake of the parts of the Excel JavaScript API the Office.js adapter uses,
 * backed by an in-memory workbook. office-addin-mock cannot stand in for collections, so this is
 * written by hand.
 *
 * It keeps the rules that make real add-ins slow or broken when they are forgotten:
 * - a property can be read only after it was loaded and a sync came back (else PropertyNotLoaded);
 * - `isNullObject` can be read only after a sync;
 * - each `context.sync()` is counted, with the size of what it sent (values, formats, arguments as
 *   JSON) and of what it brought back; either over 5 MB fails as Excel on the web fails;
 * - an API from a requirement set newer than the fake's version fails (ApiNotFound);
 * - text written to a cell not formatted as text (`@`) becomes a formula when it starts with `=`,
 *   `+`, `-` or `@`, and a number when it reads as one.
 * Writes change the in-memory workbook at once (real Excel applies them at the next sync); reads
 * see the workbook as it is when the sync runs.
 *
 * It can also fail on purpose, as Excel does when a sheet is protected or a request is refused:
 * `failAtOperation(n)` makes the n-th operation queued from then on fail, and `failSync(n)` the n-th
 * sync. Like Excel, a failed request keeps what ran before the failing operation and nothing after
 * it. `workbookState()` describes everything an officer could see, for comparing before and after.
 */
import { cellA1, columnIndex, parseA1, quoteSheetName } from '../../src/core/grid/address';
import type { CellRange, CellValue, SheetGrid, WorkbookGrid } from '../../src/core/grid/types';

const MB = 1024 * 1024;
/** An Office.js request action (`{"Id":..,"ActionType":..,"Name":..,"ObjectPathId":..}`) and its object path. */
const OPERATION_OVERHEAD_BYTES = 150;
const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;
const DAY_MS = 86_400_000;
const EPOCH_MS = Date.UTC(1899, 11, 30);

type Primitive = string | number | boolean;

export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

// ---------------------------------------------------------------------------------------------
// The in-memory workbook
// ---------------------------------------------------------------------------------------------

export interface CellFormatState {
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fill?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  indentLevel?: number;
  borders?: Partial<Record<string, { style?: string; color?: string; weight?: string }>>;
}

export interface CellState {
  value: Primitive | null;
  error?: string;
  formula?: string;
  numberFormat: string;
  format: CellFormatState;
}

export interface ConditionalFormatState {
  range: CellRange;
  type: string;
  operator?: string;
  text?: string;
  fill?: string;
  fontColor?: string;
}

export interface ValidationState {
  range: CellRange;
  rule: unknown;
  errorAlert?: unknown;
  ignoreBlanks?: boolean;
}

export interface ChartSeriesState {
  name?: string;
  color?: string;
  categories?: CellRange;
}

export interface ChartState {
  type: string;
  source: CellRange;
  seriesBy: string;
  title?: string;
  titleVisible?: boolean;
  legendPosition?: string;
  anchor?: string;
  width?: number;
  height?: number;
  reversePlotOrder?: boolean;
  series: ChartSeriesState[];
}

export interface PageLayoutState {
  orientation?: string;
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  centerHorizontally?: boolean;
  printTitleRows?: string;
  margins?: { unit: string; options: Record<string, number> };
  footer: { left?: string; center?: string; right?: string };
}

let sheetsMade = 0;

export class SheetState {
  /** Excel's worksheet id: stays with the sheet when it is renamed. */
  readonly id = `{sheet-${++sheetsMade}}`;
  cells = new Map<string, CellState>();
  merges: CellRange[] = [];
  hiddenRows = new Set<number>();
  hiddenColumns = new Set<number>();
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  frozenRows = 0;
  showGridlines = true;
  pageLayout: PageLayoutState = { footer: {} };
  conditionalFormats: ConditionalFormatState[] = [];
  validations: ValidationState[] = [];
  charts: ChartState[] = [];
  images: string[] = [];
  deleted = false;

  constructor(
    public name: string,
    public visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible',
  ) {}

  cell(row: number, col: number): CellState | undefined {
    return this.cells.get(`${row}:${col}`);
  }

  /** The cell, created empty when it does not exist yet. */
  ensure(row: number, col: number): CellState {
    const key = `${row}:${col}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: null, numberFormat: 'General', format: {} };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** The cell at an A1 reference such as `K5`. */
  at(a1: string): CellState | undefined {
    const ref = parseA1(a1);
    if (!ref) throw new Error(`fake: not an A1 reference: ${a1}`);
    return this.cell(ref.row, ref.col);
  }

  /** The bounding box of cells with a value (`valuesOnly`), or with a value or a format. */
  usedRange(valuesOnly: boolean): CellRange | null {
    let box: CellRange | null = null;
    for (const [key, cell] of this.cells) {
      const hasValue = cell.value !== null || cell.error !== undefined || cell.formula !== undefined;
      const hasFormat = cell.numberFormat !== 'General' || Object.keys(cell.format).length > 0;
      if (!hasValue && (valuesOnly || !hasFormat)) continue;
      const [row, col] = key.split(':').map(Number);
      box = box
        ? {
            top: Math.min(box.top, row),
            left: Math.min(box.left, col),
            bottom: Math.max(box.bottom, row),
            right: Math.max(box.right, col),
          }
        : { top: row, left: col, bottom: row, right: col };
    }
    return box;
  }
}

export interface TableState {
  name: string;
  sheet: SheetState;
  range: CellRange;
  showHeaders: boolean;
}

export interface NameState {
  name: string;
  sheet: SheetState | null;
  range: CellRange | null;
}

export interface FakeOptions {
  /** The newest ExcelApi requirement set the fake supports, e.g. `'1.17'` or `'1.4'`. */
  apiVersion?: string;
  /**
   * Excel on the web caps requests and responses at 5 MB; Excel on the desktop does not. The
   * default is the web, unless `responseLimitBytes` is set to Infinity.
   */
  platform?: 'desktop' | 'web';
  requestLimitBytes?: number;
  responseLimitBytes?: number;
  workbookName?: string;
  /** The number format date cells are given when the fake is built from a grid. */
  dateFormat?: string;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  failed?: string;
}

/** Everything an officer could see of a workbook, as plain data for `toEqual`. */
export interface WorkbookState {
  active: string | null;
  sheets: {
    name: string;
    visibility: string;
    /** `A1: value | number format` (with `=formula` or `#ERROR` when there is one), every cell that has one. */
    cells: string[];
    /** Fonts, fills, borders and alignment by cell, when asked for. */
    styles?: string[];
    merges: CellRange[];
    conditionalFormats: ConditionalFormatState[];
    validations: ValidationState[];
    charts: number;
    frozenRows: number;
  }[];
  names: { name: string; sheet: string | null; range: CellRange | null }[];
  tables: { name: string; sheet: string; range: CellRange }[];
}

/** A copy of the workbook's contents, to put back when a request fails. */
interface WorkbookCopy {
  sheets: { sheet: SheetState; fields: Partial<SheetState> }[];
  tables: TableState[];
  names: NameState[];
  activeSheet: SheetState | null;
}

const SHEET_FIELDS = [
  'name',
  'visibility',
  'cells',
  'merges',
  'hiddenRows',
  'hiddenColumns',
  'columnWidths',
  'rowHeights',
  'frozenRows',
  'showGridlines',
  'pageLayout',
  'conditionalFormats',
  'validations',
  'charts',
  'images',
] as const;

function versionAtMost(version: string, newest: string): boolean {
  const [a, b] = [version, newest].map((v) => v.split('.').map(Number));
  return a[0] < b[0] || (a[0] === b[0] && (a[1] ?? 0) <= (b[1] ?? 0));
}

function jsonSize(value: unknown): number {
  return JSON.stringify(value ?? null).length;
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function cellCount(range: CellRange): number {
  return (range.bottom - range.top + 1) * (range.right - range.left + 1);
}

export function serialOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - EPOCH_MS) / DAY_MS);
}

export function isoOfSerial(serial: number): string {
  return new Date(EPOCH_MS + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

/** Formats the fake treats as dates: the handful a test uses. */
function looksLikeDateFormat(format: string): boolean {
  return (
    /(^|[^a-z"])(d{1,4}|y{2,4}|m{3,4})([^a-z"]|$)/i.test(format.replace(/"[^"]*"/g, '')) && !/h/i.test(format)
  );
}

export class FakeExcel {
  readonly sheets: SheetState[] = [];
  readonly tables: TableState[] = [];
  readonly names: NameState[] = [];
  readonly syncs: SyncRecord[] = [];
  readonly context: FakeContext;
  /** Range format settings made (each font, fill, border, alignment or size property set counts one). */
  formatCalls = 0;
  /** Distinct range objects whose format was set. */
  readonly formattedRanges = new Set<object>();
  activeSheet: SheetState | null = null;
  /** The range last chosen with `Range.select()`: its sheet and A1 address, e.g. `C14`. */
  selection: { sheet: string; address: string } | null = null;

  readonly apiVersion: string;
  readonly requestLimitBytes: number;
  readonly responseLimitBytes: number;
  readonly workbookName: string;
  readonly platform: 'desktop' | 'web';

  constructor(options: FakeOptions = {}) {
    this.apiVersion = options.apiVersion ?? '1.17';
    this.platform =
      options.platform ?? (options.responseLimitBytes === Number.POSITIVE_INFINITY ? 'desktop' : 'web');
    const cap = this.platform === 'desktop' ? Number.POSITIVE_INFINITY : 5 * MB;
    this.requestLimitBytes = options.requestLimitBytes ?? cap;
    this.responseLimitBytes = options.responseLimitBytes ?? cap;
    this.workbookName = options.workbookName ?? 'Book1.xlsx';
    this.context = new FakeContext(this);
  }

  /** A fake holding the cells of `grid`: dates become serials in a date format, errors error values. */
  static fromGrid(grid: WorkbookGrid, options: FakeOptions = {}): FakeExcel {
    const fake = new FakeExcel({ workbookName: grid.source, ...options });
    for (const sheetGrid of grid.sheets) fake.addSheetFromGrid(sheetGrid, options.dateFormat ?? 'd mmm yyyy');
    fake.activeSheet = fake.sheets.find((sheet) => sheet.visibility === 'Visible') ?? null;
    return fake;
  }

  private addSheetFromGrid(grid: SheetGrid, dateFormat: string): void {
    const sheet = this.addSheet(grid.name);
    if (grid.hidden) sheet.visibility = 'Hidden';
    grid.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null) return;
        const cell = sheet.ensure(r, c);
        if (typeof value === 'object') {
          if (value.type === 'date') {
            cell.value = serialOf(value.iso);
            cell.numberFormat = dateFormat;
          } else cell.error = value.code;
        } else cell.value = value;
      }),
    );
    sheet.merges = grid.merges.map((merge) => ({ ...merge }));
    sheet.hiddenRows = new Set(grid.hiddenRows);
    for (const table of grid.tables) {
      this.tables.push({
        name: table.name,
        sheet,
        range: { ...table.range },
        showHeaders: table.hasHeaderRow,
      });
    }
  }

  addSheet(name: string): SheetState {
    if (this.findSheet(name))
      throw new FakeExcelError('ItemAlreadyExists', `a sheet is already named ${name}`);
    if (name.length > 31 || /[[\]:*?/\\]/.test(name))
      throw new FakeExcelError('InvalidArgument', `bad sheet name ${name}`);
    const sheet = new SheetState(name);
    this.sheets.push(sheet);
    return sheet;
  }

  findSheet(name: string): SheetState | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === lower);
  }

  /** The sheet with this name or id, as `worksheets.getItem` finds it. */
  findSheetByKey(key: string): SheetState | undefined {
    return this.findSheet(key) ?? this.sheets.find((sheet) => sheet.id === key);
  }

  /**
   * Makes the `n`-th operation queued from now (1 for the next) fail with `code` at the next sync:
   * the operations queued before it in that request stay done, it and those after it are undone.
   */
  failAtOperation(n: number, code = 'AccessDenied'): void {
    this.context.armOperationFailure(n, code);
  }

  /** Makes the `n`-th sync from now (1 for the next) fail with `code`, none of its operations done. */
  failSync(n: number, code = 'GeneralException'): void {
    this.context.armSyncFailure(n, code);
  }

  /** Operations queued so far (each property set, method call or navigation counts one). */
  get operationCount(): number {
    return this.context.operations;
  }

  /** A copy of everything in the workbook, for `restore`. */
  copy(): WorkbookCopy {
    return {
      sheets: this.sheets.map((sheet) => {
        const fields: Record<string, unknown> = {};
        for (const field of SHEET_FIELDS) fields[field] = structuredClone(sheet[field]);
        return { sheet, fields: fields as Partial<SheetState> };
      }),
      tables: this.tables.map((table) => ({ ...table, range: { ...table.range } })),
      names: this.names.map((name) => ({ ...name, range: name.range && { ...name.range } })),
      activeSheet: this.activeSheet,
    };
  }

  /** Puts the workbook back as `copy` found it; sheets added since are deleted. */
  restore(copy: WorkbookCopy): void {
    const kept = new Set(copy.sheets.map(({ sheet }) => sheet));
    for (const sheet of this.sheets) if (!kept.has(sheet)) sheet.deleted = true;
    this.sheets.splice(0, this.sheets.length, ...copy.sheets.map(({ sheet }) => sheet));
    for (const { sheet, fields } of copy.sheets) {
      Object.assign(sheet, structuredClone(fields));
      sheet.deleted = false;
    }
    this.tables.splice(0, this.tables.length, ...copy.tables);
    this.names.splice(0, this.names.length, ...copy.names);
    this.activeSheet = copy.activeSheet;
  }

  /** What an officer could see of the workbook; with `styles`, cell formatting too. */
  workbookState(options: { styles?: boolean } = {}): WorkbookState {
    const sorted = (entries: [string, CellState][]) =>
      entries.sort(([a], [b]) => {
        const [ra, ca] = a.split(':').map(Number);
        const [rb, cb] = b.split(':').map(Number);
        return ra - rb || ca - cb;
      });
    const a1 = (key: string) => {
      const [row, col] = key.split(':').map(Number);
      return cellA1(row, col);
    };
    return {
      active: this.activeSheet?.name ?? null,
      sheets: this.sheets.map((sheet) => {
        const cells = sorted([...sheet.cells]);
        return {
          name: sheet.name,
          visibility: sheet.visibility,
          cells: cells
            .filter(
              ([, cell]) =>
                cell.value !== null || cell.error !== undefined || cell.numberFormat !== 'General',
            )
            .map(
              ([key, cell]) =>
                `${a1(key)}: ${JSON.stringify(cell.formula ?? cell.error ?? cell.value)} | ${cell.numberFormat}`,
            ),
          ...(options.styles
            ? {
                styles: cells
                  .filter(([, cell]) => Object.keys(cell.format).length > 0)
                  .map(([key, cell]) => `${a1(key)}: ${JSON.stringify(cell.format)}`),
              }
            : {}),
          merges: sheet.merges.map((merge) => ({ ...merge })),
          conditionalFormats: sheet.conditionalFormats.map((rule) => ({ ...rule })),
          validations: sheet.validations.map((validation) => ({ ...validation })),
          charts: sheet.charts.length,
          frozenRows: sheet.frozenRows,
        };
      }),
      names: this.names.map((name) => ({
        name: name.name,
        sheet: name.sheet?.name ?? null,
        range: name.range,
      })),
      tables: this.tables.map((table) => ({ name: table.name, sheet: table.sheet.name, range: table.range })),
    };
  }

  /** The sheet named `name`; fails the test when there is none. */
  sheet(name: string): SheetState {
    const sheet = this.findSheet(name);
    if (!sheet)
      throw new Error(`fake: no sheet named ${name} (have ${this.sheets.map((s) => s.name).join(', ')})`);
    return sheet;
  }

  supports = (version: string): boolean => versionAtMost(version, this.apiVersion);

  requireApi(version: string, what: string): void {
    if (!this.supports(version)) throw new FakeExcelError('ApiNotFound', `${what} needs ExcelApi ${version}`);
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  get largestRequestBytes(): number {
    return Math.max(0, ...this.syncs.map((sync) => sync.requestBytes));
  }

  get largestResponseBytes(): number {
    return Math.max(0, ...this.syncs.map((sync) => sync.responseBytes));
  }

  /** Forgets the counts so far, so a test can measure one step. */
  resetCounts(): void {
    this.syncs.length = 0;
    this.formatCalls = 0;
    this.formattedRanges.clear();
  }

  /** The workbook's cells as a grid, in the same shape as the adapters make (dates by their format). */
  toGrid(): WorkbookGrid {
    return { source: this.workbookName, sheets: this.sheets.map((sheet) => this.sheetGrid(sheet)) };
  }

  private sheetGrid(sheet: SheetState): SheetGrid {
    let height = 0;
    let width = 0;
    const values: { row: number; col: number; value: CellValue }[] = [];
    for (const [key, cell] of sheet.cells) {
      const [row, col] = key.split(':').map(Number);
      const value = this.gridValue(cell);
      if (value === null) continue;
      values.push({ row, col, value });
      height = Math.max(height, row + 1);
      width = Math.max(width, col + 1);
    }
    for (const merge of sheet.merges) {
      height = Math.max(height, merge.bottom + 1);
      width = Math.max(width, merge.right + 1);
    }
    const rows: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
    for (const { row, col, value } of values) rows[row][col] = value;
    return {
      name: sheet.name,
      hidden: sheet.visibility !== 'Visible',
      rows,
      merges: sheet.merges.map((merge) => ({ ...merge })),
      hiddenRows: [...sheet.hiddenRows].filter((row) => row < height).sort((a, b) => a - b),
      tables: this.tables
        .filter((table) => table.sheet === sheet)
        .map((table) => ({ name: table.name, range: { ...table.range }, hasHeaderRow: table.showHeaders })),
    };
  }

  private gridValue(cell: CellState): CellValue {
    if (cell.error !== undefined) return { type: 'error', code: cell.error };
    if (cell.value === null || cell.value === '') return null;
    if (typeof cell.value === 'number' && looksLikeDateFormat(cell.numberFormat)) {
      return { type: 'date', iso: isoOfSerial(cell.value) };
    }
    return cell.value;
  }

  /** Writes one value as Excel would take it from `Range.values`. */
  writeValue(cell: CellState, value: unknown): void {
    delete cell.error;
    delete cell.formula;
    if (value === '' || value === null || value === undefined) {
      cell.value = null;
      return;
    }
    if (typeof value === 'number' || typeof value === 'boolean') {
      cell.value = value;
      return;
    }
    const text = String(value);
    if (cell.numberFormat === '@') {
      cell.value = text;
    } else if (/^[=+\-@]/.test(text) && !/^[+-]?\d+(\.\d+)?$/.test(text)) {
      cell.formula = text;
      cell.value = null;
      cell.error = '#NAME?';
    } else if (/^[+-]?\d+(\.\d+)?$/.test(text.trim())) {
      cell.value = Number(text);
    } else {
      cell.value = text;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Proxies
// ---------------------------------------------------------------------------------------------

type LoadArgument = string | string[] | { select?: string } | Record<string, unknown> | undefined;

interface PendingLoad {
  target: FakeObject;
  path: string[];
}

export class FakeContext {
  readonly workbook: FakeWorkbook;
  /** Completed syncs; proxies born before the latest one may report `isNullObject`. */
  generation = 0;
  pendingLoads: PendingLoad[] = [];
  pendingRequestBytes = 0;
  /** Operations queued since the fake was made. */
  operations = 0;
  private readonly itemsThisSync = new Map<object, FakeObject[]>();
  private operationFailure: { at: number; code: string } | null = null;
  private syncFailure: { at: number; code: string; before: WorkbookCopy | null } | null = null;
  /** A failure armed for the current request, and the workbook as it was before the failing operation. */
  private pendingFailure: { code: string; before: WorkbookCopy } | null = null;

  constructor(readonly fake: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
  }

  armOperationFailure(n: number, code: string): void {
    this.operationFailure = { at: this.operations + n, code };
  }

  armSyncFailure(n: number, code: string): void {
    const at = this.fake.syncs.length + n;
    this.syncFailure = { at, code, before: n === 1 ? this.fake.copy() : null };
  }

  /** Counts an operation towards the next request: its arguments, and about what Office.js adds to each. */
  queue(bytes: number): void {
    this.pendingRequestBytes += OPERATION_OVERHEAD_BYTES + bytes;
    this.operations += 1;
    if (this.operationFailure?.at === this.operations) {
      this.pendingFailure ??= { code: this.operationFailure.code, before: this.fake.copy() };
      this.operationFailure = null;
    }
  }

  async sync(): Promise<void> {
    const loads = this.pendingLoads;
    const requestBytes = this.pendingRequestBytes + loads.length * 30;
    this.pendingLoads = [];
    this.pendingRequestBytes = 0;
    const record: SyncRecord = { requestBytes, responseBytes: 0 };
    this.fake.syncs.push(record);
    const injected = this.injectedFailure();
    if (injected) {
      this.fake.restore(injected.before);
      record.failed = injected.code;
      throw new FakeExcelError(injected.code, 'the request failed (injected by the test)');
    }
    if (requestBytes > this.fake.requestLimitBytes) {
      record.failed = 'RequestPayloadSizeLimitExceeded';
      throw new FakeExcelError(record.failed, `request of ${requestBytes} bytes`);
    }
    this.generation += 1;
    const filled: { target: FakeObject; property: string; value: unknown }[] = [];
    this.itemsThisSync.clear();
    for (const load of loads) this.resolve(load.target, load.path, filled);
    record.responseBytes = filled.reduce((sum, item) => sum + item.property.length + jsonSize(item.value), 0);
    if (record.responseBytes > this.fake.responseLimitBytes) {
      record.failed = 'ResponsePayloadSizeLimitExceeded';
      throw new FakeExcelError(record.failed, `response of ${record.responseBytes} bytes`);
    }
    for (const { target, property, value } of filled) target.loaded.set(property, value);
    if (this.syncFailure && this.syncFailure.at === this.fake.syncs.length + 1)
      this.syncFailure.before = this.fake.copy();
  }

  /** The failure this sync was armed with, if any: one sync's or one operation's. */
  private injectedFailure(): { code: string; before: WorkbookCopy } | null {
    const failure = this.pendingFailure;
    this.pendingFailure = null;
    const sync = this.syncFailure;
    if (sync && sync.at === this.fake.syncs.length) {
      this.syncFailure = null;
      if (sync.before) return { code: sync.code, before: sync.before };
    }
    return failure;
  }

  private resolve(
    target: FakeObject,
    path: string[],
    filled: { target: FakeObject; property: string; value: unknown }[],
  ): void {
    if (target.isNull) return;
    const [first, ...rest] = path;
    if (rest.length === 0 && !(target instanceof FakeCollection && first === 'items')) {
      filled.push({ target, property: first, value: target.snapshot(first) });
      return;
    }
    if (target instanceof FakeCollection && first === 'items') {
      // Several `items/...` paths of one collection in one sync load the same items.
      let items = this.itemsThisSync.get(target);
      if (!items) {
        items = target.currentItems();
        this.itemsThisSync.set(target, items);
        filled.push({ target, property: 'items', value: items });
      }
      for (const item of items) {
        item.bornAt = this.generation - 1;
        if (rest.length > 0) this.resolve(item, rest, filled);
      }
      return;
    }
    const child = (target as unknown as Record<string, unknown>)[first];
    if (!(child instanceof FakeObject))
      throw new Error(`fake: cannot load ${path.join('/')} on ${target.constructor.name}`);
    this.resolve(child, rest, filled);
  }
}

abstract class FakeObject {
  readonly loaded = new Map<string, unknown>();
  /** The sync generation the proxy was made in: `isNullObject` is known once a later sync ran. */
  bornAt: number;
  private readonly navigation = new Map<string, unknown>();

  constructor(
    readonly context: FakeContext,
    readonly isNull = false,
  ) {
    this.bornAt = context.generation;
  }

  /** A navigation property's proxy, the same object each time (loads on it must stick). */
  protected memo<T>(key: string, create: () => T): T {
    if (!this.navigation.has(key)) this.navigation.set(key, create());
    return this.navigation.get(key) as T;
  }

  get fake(): FakeExcel {
    return this.context.fake;
  }

  /** What `load()` with no argument loads. */
  protected abstract scalarProperties(): string[];

  /** The current value of a loadable property. */
  abstract snapshot(property: string): unknown;

  load(argument?: LoadArgument): this {
    for (const path of this.paths(argument))
      this.context.pendingLoads.push({ target: this, path: path.split('/') });
    return this;
  }

  private paths(argument: LoadArgument): string[] {
    if (argument === undefined) return this.scalarProperties();
    if (typeof argument === 'string')
      return argument
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean);
    if (Array.isArray(argument)) return argument;
    if (typeof argument.select === 'string') return argument.select.split(',').map((p) => p.trim());
    return Object.keys(argument);
  }

  get isNullObject(): boolean {
    if (this.context.generation <= this.bornAt) {
      throw new FakeExcelError('PropertyNotLoaded', 'isNullObject read before context.sync()');
    }
    return this.isNull;
  }

  protected read<T>(property: string): T {
    if (this.isNull) throw new FakeExcelError('InvalidObjectPath', `${property} read on a null object`);
    if (!this.loaded.has(property)) {
      throw new FakeExcelError(
        'PropertyNotLoaded',
        `${this.constructor.name}.${property} read before load() and sync()`,
      );
    }
    return this.loaded.get(property) as T;
  }

  protected write(bytes: number): void {
    if (this.isNull) throw new FakeExcelError('InvalidObjectPath', 'write to a null object');
    this.context.queue(bytes);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

abstract class FakeCollection<T extends FakeObject> extends FakeObject {
  abstract currentItems(): T[];

  protected scalarProperties(): string[] {
    return ['items'];
  }

  snapshot(property: string): unknown {
    if (property === 'items') return this.currentItems();
    throw new Error(`fake: ${this.constructor.name} has no ${property}`);
  }

  get items(): T[] {
    return this.read<T[]>('items');
  }
}

// ---- Workbook, worksheets, names -------------------------------------------------------------

class FakeWorkbook extends FakeObject {
  readonly worksheets = new FakeWorksheetCollection(this.context);
  readonly names = new FakeNamedItemCollection(this.context);
  readonly tables = new FakeTableCollection(this.context, null);

  protected scalarProperties(): string[] {
    return ['name'];
  }

  snapshot(property: string): unknown {
    if (property === 'name') {
      this.fake.requireApi('1.7', 'Workbook.name');
      return this.fake.workbookName;
    }
    throw new Error(`fake: Workbook.${property} is not modelled`);
  }

  get name(): string {
    return this.read('name');
  }
}

class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  currentItems(): FakeWorksheet[] {
    return this.fake.sheets.map((sheet) => new FakeWorksheet(this.context, sheet));
  }

  /** By name or by id, as in Excel. */
  getItem(key: string): FakeWorksheet {
    this.context.queue(key.length);
    const sheet = this.fake.findSheetByKey(key);
    if (!sheet) throw new FakeExcelError('ItemNotFound', `no worksheet named ${key}`);
    return new FakeWorksheet(this.context, sheet);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    this.context.queue(name.length);
    const sheet = this.fake.findSheetByKey(name);
    return sheet ? new FakeWorksheet(this.context, sheet) : new FakeWorksheet(this.context, null);
  }

  add(name: string): FakeWorksheet {
    this.context.queue(name.length);
    return new FakeWorksheet(this.context, this.fake.addSheet(name));
  }

  getActiveWorksheet(): FakeWorksheet {
    this.context.queue(0);
    const active = this.fake.activeSheet ?? this.fake.sheets[0];
    return new FakeWorksheet(this.context, active);
  }
}

class FakeNamedItem extends FakeObject {
  constructor(
    context: FakeContext,
    readonly state: NameState | null,
  ) {
    super(context, state === null);
  }

  protected scalarProperties(): string[] {
    return ['name', 'type', 'value'];
  }

  snapshot(property: string): unknown {
    const state = this.state!;
    if (property === 'name') return state.name;
    if (property === 'type') return state.sheet ? 'Range' : 'Error';
    if (property === 'value') {
      return state.sheet && state.range
        ? `${quoteSheetName(state.sheet.name)}!${absolute(state.range)}`
        : '#REF!';
    }
    throw new Error(`fake: NamedItem.${property} is not modelled`);
  }

  get name(): string {
    return this.read('name');
  }

  get type(): string {
    return this.read('type');
  }

  get value(): unknown {
    return this.read('value');
  }

  delete(): void {
    this.write(10);
    const index = this.fake.names.indexOf(this.state!);
    if (index >= 0) this.fake.names.splice(index, 1);
  }
}

function absolute(range: CellRange): string {
  const cell = (row: number, col: number) => cellA1(row, col).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
  const first = cell(range.top, range.left);
  return cellCount(range) === 1 ? first : `${first}:${cell(range.bottom, range.right)}`;
}

class FakeNamedItemCollection extends FakeCollection<FakeNamedItem> {
  currentItems(): FakeNamedItem[] {
    return this.fake.names.map((state) => new FakeNamedItem(this.context, state));
  }

  add(name: string, reference: FakeRange | string): FakeNamedItem {
    this.fake.requireApi('1.4', 'NamedItemCollection.add');
    this.context.queue(name.length + 40);
    if (this.fake.names.some((item) => item.name.toLowerCase() === name.toLowerCase())) {
      throw new FakeExcelError('ItemAlreadyExists', `a name ${name} exists`);
    }
    const range = typeof reference === 'string' ? this.rangeOf(reference) : reference;
    const state: NameState = { name, sheet: range.sheet, range: range.rect };
    this.fake.names.push(state);
    return new FakeNamedItem(this.context, state);
  }

  private rangeOf(reference: string): FakeRange {
    const text = reference.replace(/^=/, '');
    const bang = text.lastIndexOf('!');
    const sheetPart = text
      .slice(0, bang)
      .replace(/^'(.*)'$/, '$1')
      .replace(/''/g, "'");
    return new FakeWorksheet(this.context, this.fake.sheet(sheetPart)).getRange(
      text.slice(bang + 1).replace(/\$/g, ''),
    );
  }

  getItem(name: string): FakeNamedItem {
    const state = this.fake.names.find((item) => item.name.toLowerCase() === name.toLowerCase());
    if (!state) throw new FakeExcelError('ItemNotFound', `no name ${name}`);
    return new FakeNamedItem(this.context, state);
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    const state = this.fake.names.find((item) => item.name.toLowerCase() === name.toLowerCase());
    return new FakeNamedItem(this.context, state ?? null);
  }
}

export class FakeWorksheet extends FakeObject {
  constructor(
    context: FakeContext,
    readonly state: SheetState | null,
  ) {
    super(context, state === null);
  }

  private get live(): SheetState {
    if (!this.state || this.state.deleted)
      throw new FakeExcelError('ItemNotFound', 'the worksheet was deleted');
    return this.state;
  }

  protected scalarProperties(): string[] {
    return ['id', 'name', 'position', 'visibility'];
  }

  snapshot(property: string): unknown {
    const sheet = this.live;
    if (property === 'id') return sheet.id;
    if (property === 'name') return sheet.name;
    if (property === 'visibility') return sheet.visibility;
    if (property === 'position') return this.fake.sheets.indexOf(sheet);
    if (property === 'showGridlines') return sheet.showGridlines;
    throw new Error(`fake: Worksheet.${property} is not modelled`);
  }

  get id(): string {
    return this.read('id');
  }

  get name(): string {
    return this.read('name');
  }

  set name(name: string) {
    this.write(name.length);
    const sheet = this.live;
    const other = this.fake.findSheet(name);
    if (other && other !== sheet)
      throw new FakeExcelError('ItemAlreadyExists', `a sheet is already named ${name}`);
    if (name.length > 31 || /[[\]:*?/\\]/.test(name))
      throw new FakeExcelError('InvalidArgument', `bad sheet name ${name}`);
    sheet.name = name;
  }

  get visibility(): string {
    return this.read('visibility');
  }

  set visibility(visibility: string) {
    this.write(12);
    const sheet = this.live;
    if (visibility !== 'Visible') {
      const othersVisible = this.fake.sheets.some(
        (other) => other !== sheet && other.visibility === 'Visible',
      );
      if (!othersVisible) throw new FakeExcelError('InvalidOperation', 'cannot hide the only visible sheet');
    }
    sheet.visibility = visibility as SheetState['visibility'];
  }

  get position(): number {
    return this.read('position');
  }

  set position(position: number) {
    this.write(4);
    const sheet = this.live;
    const sheets = this.fake.sheets;
    sheets.splice(sheets.indexOf(sheet), 1);
    sheets.splice(Math.min(position, sheets.length), 0, sheet);
  }

  get showGridlines(): boolean {
    return this.read('showGridlines');
  }

  set showGridlines(show: boolean) {
    this.fake.requireApi('1.8', 'Worksheet.showGridlines');
    this.write(4);
    this.live.showGridlines = show;
  }

  get tables(): FakeTableCollection {
    return this.memo('tables', () => new FakeTableCollection(this.context, this.live));
  }

  get charts(): FakeChartCollection {
    return this.memo('charts', () => new FakeChartCollection(this.context, this.live));
  }

  get freezePanes(): { freezeRows(count: number): void; unfreeze(): void } {
    const sheet = this.live;
    return {
      freezeRows: (count: number) => {
        this.write(4);
        sheet.frozenRows = count;
      },
      unfreeze: () => {
        this.write(4);
        sheet.frozenRows = 0;
      },
    };
  }

  get pageLayout(): FakePageLayout {
    this.fake.requireApi('1.9', 'Worksheet.pageLayout');
    return this.memo('pageLayout', () => new FakePageLayout(this.context, this.live));
  }

  get shapes(): { addImage(base64: string): void } {
    this.fake.requireApi('1.9', 'Worksheet.shapes');
    return {
      addImage: (base64: string) => {
        this.write(base64.length);
        this.live.images.push(base64);
      },
    };
  }

  getRange(address?: string): FakeRange {
    this.write(address?.length ?? 0);
    const sheet = this.live;
    if (address === undefined || address === '')
      return new FakeRange(this.context, sheet, { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL });
    return new FakeRange(this.context, sheet, parseAddress(address));
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    this.fake.requireApi('1.7', 'Worksheet.getRangeByIndexes');
    this.write(16);
    return new FakeRange(this.context, this.live, {
      top: row,
      left: col,
      bottom: row + rows - 1,
      right: col + cols - 1,
    });
  }

  getUsedRange(valuesOnly = false): FakeRange {
    this.write(4);
    const sheet = this.live;
    return new FakeRange(
      this.context,
      sheet,
      sheet.usedRange(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 },
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.fake.requireApi('1.4', 'Worksheet.getUsedRangeOrNullObject');
    this.write(4);
    if (this.isNull) return new FakeRange(this.context, null, null);
    const used = this.live.usedRange(valuesOnly);
    return new FakeRange(this.context, used ? this.live : null, used);
  }

  delete(): void {
    this.write(4);
    const sheet = this.live;
    const others = this.fake.sheets.filter((other) => other !== sheet);
    if (!others.some((other) => other.visibility === 'Visible')) {
      throw new FakeExcelError('InvalidOperation', 'cannot delete the last visible sheet');
    }
    sheet.deleted = true;
    this.fake.sheets.splice(this.fake.sheets.indexOf(sheet), 1);
    for (let i = this.fake.tables.length - 1; i >= 0; i--)
      if (this.fake.tables[i].sheet === sheet) this.fake.tables.splice(i, 1);
    for (const name of this.fake.names) {
      if (name.sheet === sheet) {
        name.sheet = null;
        name.range = null;
      }
    }
    if (this.fake.activeSheet === sheet) this.fake.activeSheet = others[0] ?? null;
  }

  activate(): void {
    this.write(4);
    this.fake.activeSheet = this.live;
  }
}

/** `B3:F40`, `B3`, `3:5` (whole rows) or `C:D` (whole columns), without a sheet. */
function parseAddress(address: string): CellRange {
  const text = address.replace(/\$/g, '').replace(/^.*!/, '');
  const [first, last = first] = text.split(':');
  if (/^\d+$/.test(first) && /^\d+$/.test(last)) {
    return { top: Number(first) - 1, left: 0, bottom: Number(last) - 1, right: MAX_COL };
  }
  if (/^[A-Z]+$/i.test(first) && /^[A-Z]+$/i.test(last)) {
    return { top: 0, left: columnIndex(first), bottom: MAX_ROW, right: columnIndex(last) };
  }
  const from = parseA1(first);
  const to = parseA1(last);
  if (!from || !to) throw new FakeExcelError('InvalidArgument', `not an address: ${address}`);
  return {
    top: Math.min(from.row, to.row),
    left: Math.min(from.col, to.col),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.col, to.col),
  };
}

// ---- Ranges ----------------------------------------------------------------------------------

export class FakeRange extends FakeObject {
  constructor(
    context: FakeContext,
    readonly sheet: SheetState | null,
    readonly rect: CellRange | null,
  ) {
    super(context, sheet === null || rect === null);
  }

  private get box(): CellRange {
    if (!this.rect || !this.sheet) throw new FakeExcelError('InvalidObjectPath', 'a null range was used');
    if (this.sheet.deleted) throw new FakeExcelError('ItemNotFound', 'the range is on a deleted sheet');
    return this.rect;
  }

  private get rows(): number {
    return this.box.bottom - this.box.top + 1;
  }

  private get cols(): number {
    return this.box.right - this.box.left + 1;
  }

  protected scalarProperties(): string[] {
    return ['address', 'rowCount', 'columnCount', 'values', 'numberFormat', 'valueTypes'];
  }

  snapshot(property: string): unknown {
    const box = this.box;
    const sheet = this.sheet!;
    switch (property) {
      case 'address':
        return `${quoteSheetName(sheet.name)}!${rectA1(box)}`;
      case 'rowCount':
        return this.rows;
      case 'columnCount':
        return this.cols;
      case 'rowIndex':
        return box.top;
      case 'columnIndex':
        return box.left;
      case 'values':
        return this.grid((cell) => (cell?.error !== undefined ? cell.error : (cell?.value ?? '')));
      case 'numberFormat':
        return this.grid((cell) => cell?.numberFormat ?? 'General');
      case 'valueTypes':
        return this.grid((cell) => valueType(cell));
      case 'formulas':
        return this.grid((cell) => cell?.formula ?? cell?.error ?? cell?.value ?? '');
      case 'rowHidden': {
        const hidden = [...Array(this.rows).keys()].map((i) => sheet.hiddenRows.has(box.top + i));
        return hidden.every(Boolean) ? true : hidden.some(Boolean) ? null : false;
      }
      default:
        throw new Error(`fake: Range.${property} is not modelled`);
    }
  }

  private grid<T>(pick: (cell: CellState | undefined) => T): T[][] {
    const box = this.box;
    if (cellCount(box) > 5_000_000)
      throw new FakeExcelError('ResponsePayloadSizeLimitExceeded', 'range too large to load');
    const out: T[][] = [];
    for (let r = box.top; r <= box.bottom; r++) {
      const row: T[] = [];
      for (let c = box.left; c <= box.right; c++) row.push(pick(this.sheet!.cell(r, c)));
      out.push(row);
    }
    return out;
  }

  private forEachCell(apply: (cell: CellState, r: number, c: number) => void): void {
    const box = this.box;
    if (cellCount(box) > 2_000_000)
      throw new Error('fake: cell-by-cell change of a range this large is not modelled');
    for (let r = box.top; r <= box.bottom; r++) {
      for (let c = box.left; c <= box.right; c++) apply(this.sheet!.ensure(r, c), r - box.top, c - box.left);
    }
  }

  private requireShape(values: unknown[][], what: string): void {
    if (values.length !== this.rows || values.some((row) => row.length !== this.cols)) {
      throw new FakeExcelError(
        'InvalidArgument',
        `${what}: ${values.length}x${values[0]?.length} given for a ${this.rows}x${this.cols} range`,
      );
    }
  }

  get address(): string {
    return this.read('address');
  }

  get rowCount(): number {
    return this.read('rowCount');
  }

  get columnCount(): number {
    return this.read('columnCount');
  }

  get rowIndex(): number {
    return this.read('rowIndex');
  }

  get columnIndex(): number {
    return this.read('columnIndex');
  }

  get values(): Primitive[][] {
    return this.read('values');
  }

  set values(values: Primitive[][]) {
    this.requireShape(values, 'values');
    this.write(jsonSize(values));
    this.forEachCell((cell, r, c) => this.fake.writeValue(cell, values[r][c]));
  }

  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }

  set numberFormat(formats: string[][]) {
    this.requireShape(formats, 'numberFormat');
    this.write(jsonSize(formats));
    this.forEachCell((cell, r, c) => {
      cell.numberFormat = formats[r][c];
    });
  }

  get valueTypes(): string[][] {
    return this.read('valueTypes');
  }

  get formulas(): unknown[][] {
    return this.read('formulas');
  }

  get rowHidden(): boolean | null {
    return this.read('rowHidden');
  }

  set rowHidden(hidden: boolean) {
    this.write(4);
    for (let r = this.box.top; r <= this.box.bottom; r++) {
      if (hidden) this.sheet!.hiddenRows.add(r);
      else this.sheet!.hiddenRows.delete(r);
    }
  }

  set columnHidden(hidden: boolean) {
    this.write(4);
    for (let c = this.box.left; c <= this.box.right; c++) {
      if (hidden) this.sheet!.hiddenColumns.add(c);
      else this.sheet!.hiddenColumns.delete(c);
    }
  }

  get worksheet(): FakeWorksheet {
    return this.memo('worksheet', () => new FakeWorksheet(this.context, this.sheet));
  }

  get format(): FakeRangeFormat {
    return this.memo('format', () => new FakeRangeFormat(this.context, this));
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    this.fake.requireApi('1.6', 'Range.conditionalFormats');
    return this.memo('conditionalFormats', () => new FakeConditionalFormatCollection(this.context, this));
  }

  get dataValidation(): FakeDataValidation {
    this.fake.requireApi('1.8', 'Range.dataValidation');
    return this.memo('dataValidation', () => new FakeDataValidation(this.context, this));
  }

  /** For the fake's own helpers: this range's rectangle and sheet, failing on a null range. */
  target(): { sheet: SheetState; box: CellRange } {
    return { sheet: this.sheet!, box: this.box };
  }

  changeEachCell(apply: (cell: CellState) => void): void {
    this.forEachCell((cell) => apply(cell));
  }

  /** Selects the range in Excel's grid; the fake keeps it as `selection`. */
  select(): void {
    this.write(4);
    this.fake.selection = { sheet: this.sheet!.name, address: rectA1(this.box) };
  }

  getCell(row: number, col: number): FakeRange {
    this.write(8);
    const box = this.box;
    return new FakeRange(this.context, this.sheet, {
      top: box.top + row,
      left: box.left + col,
      bottom: box.top + row,
      right: box.left + col,
    });
  }

  getRow(row: number): FakeRange {
    this.write(4);
    const box = this.box;
    return new FakeRange(this.context, this.sheet, { ...box, top: box.top + row, bottom: box.top + row });
  }

  getColumn(col: number): FakeRange {
    this.write(4);
    const box = this.box;
    return new FakeRange(this.context, this.sheet, { ...box, left: box.left + col, right: box.left + col });
  }

  getResizedRange(deltaRows: number, deltaCols: number): FakeRange {
    this.write(8);
    const box = this.box;
    return new FakeRange(this.context, this.sheet, {
      ...box,
      bottom: box.bottom + deltaRows,
      right: box.right + deltaCols,
    });
  }

  getOffsetRange(rows: number, cols: number): FakeRange {
    this.write(8);
    const box = this.box;
    return new FakeRange(this.context, this.sheet, {
      top: box.top + rows,
      left: box.left + cols,
      bottom: box.bottom + rows,
      right: box.right + cols,
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.fake.requireApi('1.13', 'Range.getMergedAreasOrNullObject');
    this.write(4);
    if (this.isNull) return new FakeRangeAreas(this.context, null, []);
    const found = this.sheet!.merges.filter((merge) => overlaps(merge, this.box));
    return new FakeRangeAreas(this.context, found.length > 0 ? this.sheet : null, found);
  }

  getSpecialCellsOrNullObject(cellType: string): FakeRangeAreas {
    this.fake.requireApi('1.9', 'Range.getSpecialCellsOrNullObject');
    this.write(cellType.length);
    if (cellType !== 'Visible') throw new Error(`fake: special cells ${cellType} are not modelled`);
    if (this.isNull) return new FakeRangeAreas(this.context, null, []);
    const box = this.box;
    const areas: CellRange[] = [];
    for (let r = box.top; r <= box.bottom; r++) {
      if (this.sheet!.hiddenRows.has(r)) continue;
      const last = areas[areas.length - 1];
      if (last && last.bottom === r - 1) last.bottom = r;
      else areas.push({ ...box, top: r, bottom: r });
    }
    return new FakeRangeAreas(this.context, areas.length > 0 ? this.sheet : null, areas);
  }

  merge(across = false): void {
    this.write(8);
    const box = this.box;
    const pieces = across
      ? [...Array(this.rows).keys()].map((i) => ({ ...box, top: box.top + i, bottom: box.top + i }))
      : [box];
    for (const piece of pieces) {
      if (this.sheet!.merges.some((merge) => overlaps(merge, piece))) {
        throw new FakeExcelError('MergedRangeConflict', `${rectA1(piece)} overlaps a merge`);
      }
      this.sheet!.merges.push({ ...piece });
    }
  }

  unmerge(): void {
    this.write(4);
    this.sheet!.merges = this.sheet!.merges.filter((merge) => !overlaps(merge, this.box));
  }

  clear(applyTo: string = 'All'): void {
    this.write(8);
    const box = this.box;
    const sheet = this.sheet!;
    for (const [key, cell] of [...sheet.cells]) {
      const [r, c] = key.split(':').map(Number);
      if (r < box.top || r > box.bottom || c < box.left || c > box.right) continue;
      if (applyTo === 'All') sheet.cells.delete(key);
      else if (applyTo === 'Contents') this.fake.writeValue(cell, '');
      else if (applyTo === 'Formats') {
        cell.format = {};
        cell.numberFormat = 'General';
      }
    }
    if (applyTo === 'All' || applyTo === 'Formats') {
      sheet.merges = sheet.merges.filter((merge) => !overlaps(merge, box));
      sheet.conditionalFormats = sheet.conditionalFormats.filter((rule) => !overlaps(rule.range, box));
    }
  }
}

function rectA1(box: CellRange): string {
  const first = cellA1(box.top, box.left);
  return cellCount(box) === 1 ? first : `${first}:${cellA1(box.bottom, box.right)}`;
}

function valueType(cell: CellState | undefined): string {
  if (!cell) return 'Empty';
  if (cell.error !== undefined) return 'Error';
  if (cell.value === null || cell.value === '') return 'Empty';
  if (typeof cell.value === 'number') return 'Double';
  if (typeof cell.value === 'boolean') return 'Boolean';
  return 'String';
}

class FakeRangeCollection extends FakeCollection<FakeRange> {
  constructor(
    context: FakeContext,
    private readonly ranges: () => FakeRange[],
    isNull = false,
  ) {
    super(context, isNull);
  }

  currentItems(): FakeRange[] {
    return this.ranges();
  }
}

class FakeRangeAreas extends FakeObject {
  constructor(
    context: FakeContext,
    readonly sheet: SheetState | null,
    readonly rects: CellRange[],
  ) {
    super(context, sheet === null);
  }

  protected scalarProperties(): string[] {
    return ['address', 'areaCount'];
  }

  snapshot(property: string): unknown {
    const sheet = this.sheet!;
    if (property === 'address')
      return this.rects.map((rect) => `${quoteSheetName(sheet.name)}!${rectA1(rect)}`).join(',');
    if (property === 'areaCount') return this.rects.length;
    throw new Error(`fake: RangeAreas.${property} is not modelled`);
  }

  get address(): string {
    return this.read('address');
  }

  get areaCount(): number {
    return this.read('areaCount');
  }

  get areas(): FakeRangeCollection {
    // A null RangeAreas has null areas: loads on them come back empty.
    return this.memo(
      'areas',
      () =>
        new FakeRangeCollection(
          this.context,
          () => this.rects.map((rect) => new FakeRange(this.context, this.sheet, rect)),
          this.isNull,
        ),
    );
  }
}

// ---- Formats ---------------------------------------------------------------------------------

class FakeFormatPart {
  constructor(
    protected readonly range: FakeRange,
    private readonly onSet: () => void,
  ) {}

  protected set(bytes: number, apply: (cell: CellState) => void): void {
    this.onSet();
    this.range.context.queue(bytes);
    this.range.changeEachCell(apply);
  }
}

class FakeRangeFont extends FakeFormatPart {
  set name(name: string) {
    this.set(name.length, (cell) => (cell.format.fontName = name));
  }

  set size(size: number) {
    this.set(4, (cell) => (cell.format.fontSize = size));
  }

  set bold(bold: boolean) {
    this.set(4, (cell) => (cell.format.bold = bold));
  }

  set italic(italic: boolean) {
    this.set(4, (cell) => (cell.format.italic = italic));
  }

  set color(color: string) {
    this.set(color.length, (cell) => (cell.format.fontColor = color));
  }
}

class FakeRangeFill extends FakeFormatPart {
  set color(color: string) {
    this.set(color.length, (cell) => (cell.format.fill = color));
  }

  clear(): void {
    this.set(4, (cell) => delete cell.format.fill);
  }
}

class FakeRangeBorder extends FakeFormatPart {
  constructor(
    range: FakeRange,
    onSet: () => void,
    private readonly index: string,
  ) {
    super(range, onSet);
  }

  private edit(field: 'style' | 'color' | 'weight', value: string): void {
    this.set(value.length, (cell) => {
      cell.format.borders ??= {};
      cell.format.borders[this.index] = { ...cell.format.borders[this.index], [field]: value };
    });
  }

  set style(style: string) {
    this.edit('style', style);
  }

  set color(color: string) {
    this.edit('color', color);
  }

  set weight(weight: string) {
    this.edit('weight', weight);
  }
}

class FakeRangeFormat {
  constructor(
    private readonly context: FakeContext,
    private readonly range: FakeRange,
  ) {}

  private counted = (): void => {
    this.context.fake.formatCalls += 1;
    this.context.fake.formattedRanges.add(this.range);
  };

  private set(bytes: number, apply: (cell: CellState) => void): void {
    this.counted();
    this.context.queue(bytes);
    this.range.changeEachCell(apply);
  }

  get font(): FakeRangeFont {
    return new FakeRangeFont(this.range, this.counted);
  }

  get fill(): FakeRangeFill {
    return new FakeRangeFill(this.range, this.counted);
  }

  get borders(): { getItem(index: string): FakeRangeBorder } {
    return { getItem: (index: string) => new FakeRangeBorder(this.range, this.counted, index) };
  }

  set wrapText(wrap: boolean) {
    this.set(4, (cell) => (cell.format.wrapText = wrap));
  }

  set horizontalAlignment(alignment: string) {
    this.set(alignment.length, (cell) => (cell.format.horizontalAlignment = alignment));
  }

  set verticalAlignment(alignment: string) {
    this.set(alignment.length, (cell) => (cell.format.verticalAlignment = alignment));
  }

  set indentLevel(level: number) {
    this.set(4, (cell) => (cell.format.indentLevel = level));
  }

  set columnWidth(points: number) {
    this.counted();
    this.context.queue(4);
    const { sheet, box } = this.range.target();
    for (let c = box.left; c <= box.right; c++) sheet.columnWidths.set(c, points);
  }

  set rowHeight(points: number) {
    this.counted();
    this.context.queue(4);
    const { sheet, box } = this.range.target();
    for (let r = box.top; r <= box.bottom; r++) sheet.rowHeights.set(r, points);
  }
}

// ---- Conditional formats and data validation -------------------------------------------------

class FakeConditionalFormatCollection {
  constructor(
    private readonly context: FakeContext,
    private readonly range: FakeRange,
  ) {}

  add(type: string): FakeConditionalFormat {
    this.context.queue(type.length);
    const { sheet, box } = this.range.target();
    const state: ConditionalFormatState = { range: { ...box }, type };
    sheet.conditionalFormats.push(state);
    return new FakeConditionalFormat(this.context, state);
  }

  clearAll(): void {
    this.context.queue(4);
    const { sheet, box } = this.range.target();
    sheet.conditionalFormats = sheet.conditionalFormats.filter((rule) => !overlaps(rule.range, box));
  }
}

class FakeConditionalFormat {
  constructor(
    private readonly context: FakeContext,
    private readonly state: ConditionalFormatState,
  ) {}

  get textComparison(): {
    format: { fill: { color: string }; font: { color: string } };
    rule: { operator: string; text: string };
  } {
    if (this.state.type !== 'ContainsText')
      throw new FakeExcelError('InvalidOperation', 'not a text comparison format');
    const state = this.state;
    const context = this.context;
    return {
      format: {
        fill: {
          set color(color: string) {
            context.queue(color.length);
            state.fill = color;
          },
        } as { color: string },
        font: {
          set color(color: string) {
            context.queue(color.length);
            state.fontColor = color;
          },
        } as { color: string },
      },
      set rule(rule: { operator: string; text: string }) {
        context.queue(jsonSize(rule));
        state.operator = rule.operator;
        state.text = rule.text;
      },
    } as never;
  }
}

class FakeDataValidation {
  constructor(
    private readonly context: FakeContext,
    private readonly range: FakeRange,
  ) {}

  private current(): ValidationState {
    const { sheet, box } = this.range.target();
    let state = sheet.validations.find(
      (v) =>
        v.range.top === box.top &&
        v.range.left === box.left &&
        v.range.bottom === box.bottom &&
        v.range.right === box.right,
    );
    if (!state) {
      state = { range: { ...box }, rule: null };
      sheet.validations.push(state);
    }
    return state;
  }

  clear(): void {
    this.context.queue(4);
    const { sheet, box } = this.range.target();
    sheet.validations = sheet.validations.filter((v) => !overlaps(v.range, box));
  }

  set rule(rule: unknown) {
    this.context.queue(jsonSize(rule));
    const { sheet, box } = this.range.target();
    sheet.validations = sheet.validations.filter((v) => !overlaps(v.range, box));
    this.current().rule = rule;
  }

  set errorAlert(alert: unknown) {
    this.context.queue(jsonSize(alert));
    this.current().errorAlert = alert;
  }

  set ignoreBlanks(ignore: boolean) {
    this.context.queue(4);
    this.current().ignoreBlanks = ignore;
  }
}

// ---- Tables ----------------------------------------------------------------------------------

class FakeTable extends FakeObject {
  constructor(
    context: FakeContext,
    readonly state: TableState,
  ) {
    super(context);
  }

  protected scalarProperties(): string[] {
    return ['name', 'showHeaders'];
  }

  snapshot(property: string): unknown {
    if (property === 'name') return this.state.name;
    if (property === 'showHeaders') return this.state.showHeaders;
    throw new Error(`fake: Table.${property} is not modelled`);
  }

  get name(): string {
    return this.read('name');
  }

  get showHeaders(): boolean {
    return this.read('showHeaders');
  }

  get worksheet(): FakeWorksheet {
    return this.memo('worksheet', () => new FakeWorksheet(this.context, this.state.sheet));
  }

  getRange(): FakeRange {
    this.context.queue(4);
    return new FakeRange(this.context, this.state.sheet, { ...this.state.range });
  }
}

class FakeTableCollection extends FakeCollection<FakeTable> {
  constructor(
    context: FakeContext,
    private readonly sheet: SheetState | null,
  ) {
    super(context);
  }

  currentItems(): FakeTable[] {
    return this.fake.tables
      .filter((table) => this.sheet === null || table.sheet === this.sheet)
      .map((table) => new FakeTable(this.context, table));
  }

  getItem(name: string): FakeTable {
    this.context.queue(name.length);
    const table = this.fake.tables.find(
      (t) => t.name.toLowerCase() === name.toLowerCase() && (this.sheet === null || t.sheet === this.sheet),
    );
    if (!table) throw new FakeExcelError('ItemNotFound', `no table named ${name}`);
    return new FakeTable(this.context, table);
  }
}

// ---- Charts ----------------------------------------------------------------------------------

class FakeChartCollection {
  constructor(
    private readonly context: FakeContext,
    private readonly sheet: SheetState,
  ) {}

  add(type: string, source: FakeRange, seriesBy = 'Auto'): FakeChart {
    this.context.queue(type.length + 40);
    const { box } = source.target();
    const count = seriesBy === 'Columns' ? box.right - box.left + 1 : box.bottom - box.top + 1;
    const state: ChartState = {
      type,
      source: { ...box },
      seriesBy,
      series: Array.from({ length: count }, () => ({})),
    };
    this.sheet.charts.push(state);
    return new FakeChart(this.context, state);
  }
}

class FakeChart {
  constructor(
    private readonly context: FakeContext,
    readonly state: ChartState,
  ) {}

  private queue(bytes: number): void {
    this.context.queue(bytes);
  }

  get title(): { text: string; visible: boolean } {
    return settable({
      text: (text: string) => {
        this.queue(text.length);
        this.state.title = text;
      },
      visible: (visible: boolean) => {
        this.queue(4);
        this.state.titleVisible = visible;
      },
    });
  }

  get legend(): { position: string } {
    return settable({
      position: (position: string) => {
        this.queue(position.length);
        this.state.legendPosition = position;
      },
    });
  }

  get axes(): { categoryAxis: { reversePlotOrder: boolean } } {
    return {
      categoryAxis: settable({
        reversePlotOrder: (reverse: boolean) => {
          this.context.fake.requireApi('1.7', 'ChartAxis.reversePlotOrder');
          this.queue(4);
          this.state.reversePlotOrder = reverse;
        },
      }),
    };
  }

  set width(points: number) {
    this.queue(4);
    this.state.width = points;
  }

  set height(points: number) {
    this.queue(4);
    this.state.height = points;
  }

  setPosition(startCell: string | FakeRange): void {
    this.queue(8);
    this.state.anchor = typeof startCell === 'string' ? startCell : rectA1(startCell.target().box);
  }

  get series(): { getItemAt(index: number): FakeChartSeries } {
    return {
      getItemAt: (index: number) => {
        const series = this.state.series[index];
        if (!series) throw new FakeExcelError('ItemNotFound', `no series ${index}`);
        return new FakeChartSeries(this.context, series);
      },
    };
  }
}

class FakeChartSeries {
  constructor(
    private readonly context: FakeContext,
    private readonly state: ChartSeriesState,
  ) {}

  set name(name: string) {
    this.context.fake.requireApi('1.7', 'ChartSeries.name');
    this.context.queue(name.length);
    this.state.name = name;
  }

  setXAxisValues(range: FakeRange): void {
    this.context.fake.requireApi('1.7', 'ChartSeries.setXAxisValues');
    this.context.queue(8);
    this.state.categories = { ...range.target().box };
  }

  get format(): { fill: { setSolidColor(color: string): void } } {
    return {
      fill: {
        setSolidColor: (color: string) => {
          this.context.queue(color.length);
          this.state.color = color;
        },
      },
    };
  }
}

// ---- Page layout -----------------------------------------------------------------------------

class FakePageLayout {
  constructor(
    private readonly context: FakeContext,
    private readonly sheet: SheetState,
  ) {}

  private get state(): PageLayoutState {
    return this.sheet.pageLayout;
  }

  set orientation(orientation: string) {
    this.context.queue(orientation.length);
    this.state.orientation = orientation;
  }

  set paperSize(paper: string) {
    this.context.queue(paper.length);
    this.state.paperSize = paper;
  }

  set zoom(zoom: PageLayoutState['zoom']) {
    this.context.queue(jsonSize(zoom));
    this.state.zoom = zoom;
  }

  set centerHorizontally(center: boolean) {
    this.context.queue(4);
    this.state.centerHorizontally = center;
  }

  setPrintTitleRows(rows: string): void {
    this.context.queue(rows.length);
    this.state.printTitleRows = rows;
  }

  setPrintMargins(unit: string, options: Record<string, number>): void {
    this.context.queue(jsonSize(options));
    this.state.margins = { unit, options };
  }

  get headersFooters(): {
    defaultForAllPages: { leftFooter: string; centerFooter: string; rightFooter: string };
  } {
    const footer = this.state.footer;
    const part = (side: 'left' | 'center' | 'right') => (text: string) => {
      this.context.queue(text.length);
      footer[side] = text;
    };
    return {
      defaultForAllPages: settable({
        leftFooter: part('left'),
        centerFooter: part('center'),
        rightFooter: part('right'),
      }),
    };
  }
}

/** An object whose property assignments call `setters`: a stand-in for a small Office.js object. */
function settable<T>(setters: Record<string, (value: never) => void>): T {
  const target = {};
  for (const [key, set] of Object.entries(setters))
    Object.defineProperty(target, key, { set, enumerable: true });
  return target as T;
}

/** The fake's context typed as Office.js's, for the adapter's functions. */
export function excelContext(fake: FakeExcel): Excel.RequestContext {
  return fake.context as unknown as Excel.RequestContext;
}
