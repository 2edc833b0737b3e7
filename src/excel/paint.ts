/**
 * Paints a sheet drawing (src/core/drawing) into the open workbook, as the .xlsx adapter paints it
 * into a file (src/xlsx/paint.ts): values first, every text cell formatted as text before its value
 * so nothing becomes a formula; then one format operation per rectangle of a style, merges, sizes,
 * frozen rows, print setup, our marker, and the ratings chart as a native Excel chart.
 *
 * Pictures: Office.js can place only PNG or JPEG, and the drawing's pictures are SVG. The one
 * picture the summary has is its ratings chart, so it becomes a native stacked bar chart of the
 * counts table it illustrates (live, and readable by screen readers); the SVG is not placed.
 */
import { markerColumn } from '../core/drawing';
import type { BorderLine, CellStyle, DrawnImage, SheetDrawing } from '../core/drawing/types';
import type { CellRange } from '../core/grid/types';
import { summaryMarkerDate, summarySheetDate } from '../core/summary';
import { RATING_LOOK } from '../core/summary/look';
import type { ComputedRating } from '../core/plan/types';
import { block, columnsA1, rangeA1, rowsA1 } from './addresses';
import { SMALL_OPERATION_BYTES, WriteBatch, writeBlock } from './batch';
import { excelNote, type ExcelNote } from './notes';
import { readWorkbookGridFromExcel, type ExcelWorkbookGrid } from './read';
import { styleRectangles } from './rectangles';
import { API, officePlatform, officeSupports, type Platform, type Supports } from './requirements';
import { SheetSwap, withSheetSwap } from './sheet-swap';
import { columnWidthPoints, pxToPoints } from './sizes';

/** Excel refuses longer cell text. */
const MAX_CELL_TEXT = 32_767;

export interface PaintOptions {
  supports?: Supports;
  /** Where Excel runs: how large a request may be. Asked of Office when absent. */
  platform?: Platform;
  /** A batch shared with other writes; with `swap`, the caller commits and flushes. */
  batch?: WriteBatch;
  /** The workbook as just read (to find our earlier sheet and the names in use). Read afresh when absent. */
  grid?: ExcelWorkbookGrid;
  /** The swap of our sheets this paint is part of; without one, the paint is its own. */
  swap?: SheetSwap;
}

export interface PaintResult {
  /** The sheet's name: the drawing's, or the next free one when an officer's sheet has it. */
  sheet: string;
  renamed: { wanted: string; used: string } | null;
  notes: ExcelNote[];
}

/**
 * Adds the drawing as a new sheet, replacing our earlier sheet for the same meeting (found by the
 * marker in its row 1), never a sheet an officer made: that keeps its name and ours takes the next.
 * The new sheet is written under a temporary name and swapped in by the last request, so a failure
 * leaves the workbook as it was.
 */
export async function paintDrawing(
  context: Excel.RequestContext,
  drawing: SheetDrawing,
  options: PaintOptions = {},
): Promise<PaintResult> {
  const supports = options.supports ?? officeSupports;
  const grid = options.grid ?? (await readWorkbookGridFromExcel(context, { supports }));
  const batch = options.batch ?? WriteBatch.for(context, options.platform ?? officePlatform());
  const paint = (swap: SheetSwap) => paintDrawingOnto(swap, batch, grid, drawing, supports);
  return options.swap ? paint(options.swap) : withSheetSwap(context, grid.facts, batch, paint);
}

async function paintDrawingOnto(
  swap: SheetSwap,
  batch: WriteBatch,
  grid: ExcelWorkbookGrid,
  drawing: SheetDrawing,
  supports: Supports,
): Promise<PaintResult> {
  const date = summaryMarkerDate(drawing.marker);
  const earlier =
    date === null
      ? []
      : grid.sheets.filter((sheet) => !swap.isReplaced(sheet.name) && summarySheetDate(sheet) === date);
  const { sheet, name } = await swap.stage(batch, {
    wanted: drawing.name,
    replaces: earlier.map((sheet) => sheet.name),
    place: 'front',
    visibility: VISIBILITY[drawing.visibility],
    activate: drawing.visibility === 'visible',
  });
  const notes = await paintOnto(batch, sheet, drawing, supports);
  return { sheet: name, renamed: name === drawing.name ? null : { wanted: drawing.name, used: name }, notes };
}

const VISIBILITY = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

/**
 * Paints onto `sheet`, which is new: values first, then formats. Its visibility is the swap's to
 * set, once it is in place. Returns what this Excel could not do.
 */
export async function paintOnto(
  batch: WriteBatch,
  sheet: Excel.Worksheet,
  drawing: SheetDrawing,
  supports: Supports,
): Promise<ExcelNote[]> {
  const notes: ExcelNote[] = [];
  await paintValues(batch, sheet, drawing);
  await paintStyles(batch, sheet, drawing);
  for (const merge of mergeRuns(drawing.merges)) {
    await batch.reserve(2 * SMALL_OPERATION_BYTES);
    sheet.getRange(rangeA1(merge.range)).merge(merge.across);
  }
  await paintSizes(batch, sheet, drawing);
  if (drawing.marker) {
    await batch.reserve();
    const column = markerColumn(drawing);
    sheet.getRange(columnsA1(column, column)).columnHidden = true;
  }
  if (drawing.frozenRows > 0) sheet.freezePanes.freezeRows(drawing.frozenRows);
  if (supports(API.gridlines)) sheet.showGridlines = drawing.showGridLines;
  if (drawing.print) {
    if (supports(API.pageLayout)) await paintPrint(batch, sheet, drawing.print);
    else notes.push(excelNote('print-unsupported', (m) => m.printUnsupported));
  }
  for (const image of drawing.images) {
    const table = countsTable(drawing);
    if (table && supports(API.chartSeriesValues)) await addRatingsChart(batch, sheet, table, image);
    else notes.push(excelNote('chart-unsupported', (m) => m.chartUnsupported));
  }
  return notes;
}

/**
 * Merges as few operations: one-row merges over the same columns on consecutive rows (a list's
 * wide cells) go as one range merged row by row (`merge(true)`); other merges one each.
 */
export function mergeRuns(merges: CellRange[]): { range: CellRange; across: boolean }[] {
  const runs: { range: CellRange; across: boolean }[] = [];
  const sorted = [...merges].sort((a, b) => a.left - b.left || a.right - b.right || a.top - b.top);
  for (const merge of sorted) {
    const last = runs[runs.length - 1];
    const oneRow = merge.top === merge.bottom;
    if (
      oneRow &&
      last &&
      (last.across || last.range.top === last.range.bottom) &&
      last.range.left === merge.left &&
      last.range.right === merge.right &&
      last.range.bottom === merge.top - 1
    ) {
      last.range = { ...last.range, bottom: merge.bottom };
      last.across = true;
    } else runs.push({ range: { ...merge }, across: false });
  }
  return runs;
}

/** Every cell in one block from A1, with the text cells (and the marker) formatted as text. */
async function paintValues(batch: WriteBatch, sheet: Excel.Worksheet, drawing: SheetDrawing): Promise<void> {
  const marker = drawing.marker ? { row: 0, col: markerColumn(drawing) } : null;
  // A loop, not Math.max(...cells): a long summary has more cells than a call takes arguments.
  let rows = marker ? 1 : 0;
  let cols = marker ? marker.col + 1 : 0;
  for (const cell of drawing.cells) {
    rows = Math.max(rows, cell.row + 1);
    cols = Math.max(cols, cell.col + 1);
  }
  if (rows === 0 || cols === 0) return;
  const values: (string | number)[][] = Array.from({ length: rows }, () =>
    new Array<string | number>(cols).fill(''),
  );
  const formats: string[][] = Array.from({ length: rows }, () => new Array<string>(cols).fill('General'));
  for (const cell of drawing.cells) {
    const style = drawing.styles[cell.style];
    if (cell.kind === 'text') {
      values[cell.row][cell.col] =
        cell.value.length > MAX_CELL_TEXT ? cell.value.slice(0, MAX_CELL_TEXT) : cell.value;
      formats[cell.row][cell.col] = '@';
    } else {
      if (cell.kind === 'number') values[cell.row][cell.col] = cell.value;
      formats[cell.row][cell.col] = style?.numberFormat ?? 'General';
    }
  }
  if (marker && drawing.marker) {
    values[0][marker.col] = drawing.marker;
    formats[0][marker.col] = '@';
  }
  await writeBlock(batch, sheet, 0, 0, values, formats);
}

async function paintStyles(batch: WriteBatch, sheet: Excel.Worksheet, drawing: SheetDrawing): Promise<void> {
  const invisibleOnEmpty = (name: string) => {
    const style = drawing.styles[name];
    return style !== undefined && !style.fill && !style.border;
  };
  for (const [name, rectangles] of styleRectangles(drawing.cells, invisibleOnEmpty)) {
    const style = drawing.styles[name];
    if (!style) continue;
    for (const rectangle of rectangles) {
      const settings = styleSettings(style, rectangle);
      // The range, each setting, and three more for each border (its item, colour and weight).
      const operations = 1 + settings.length + 3 * borderEdges(style, rectangle).length;
      await batch.reserve(SMALL_OPERATION_BYTES * operations);
      const format = sheet.getRange(rangeA1(rectangle)).format;
      for (const apply of settings) apply(format);
    }
  }
}

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
const WEIGHT = { hair: 'Hairline', thin: 'Thin', medium: 'Medium', thick: 'Thick' } as const;

/**
 * The same look the .xlsx painter gives: left and top unless the style says otherwise, as one
 * setting per property. The sheet is new, so what a fresh cell already has (regular black text, no
 * fill, no wrapping) is not sent again.
 */
function styleSettings(style: CellStyle, area: CellRange): ((format: Excel.RangeFormat) => void)[] {
  const settings: ((format: Excel.RangeFormat) => void)[] = [
    (format) => (format.font.name = style.font.name),
    (format) => (format.font.size = style.font.size),
    (format) => (format.horizontalAlignment = HORIZONTAL[style.horizontal ?? 'left']),
    (format) => (format.verticalAlignment = VERTICAL[style.vertical ?? 'top']),
  ];
  if (style.font.bold) settings.push((format) => (format.font.bold = true));
  if (style.font.italic) settings.push((format) => (format.font.italic = true));
  const { color } = style.font;
  if (color && color !== '000000') settings.push((format) => (format.font.color = `#${color}`));
  const { fill, indent } = style;
  if (fill) settings.push((format) => (format.fill.color = `#${fill}`));
  if (style.wrap) settings.push((format) => (format.wrapText = true));
  if (indent) settings.push((format) => (format.indentLevel = indent));
  for (const [edge, line] of borderEdges(style, area)) {
    settings.push((format) => {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.color = `#${line.color}`;
      border.weight = WEIGHT[line.weight];
    });
  }
  return settings;
}

type Edge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';

/** The edges that give every cell of `area` the style's borders: outer edges, and the lines between cells. */
function borderEdges(style: CellStyle, area: CellRange): [Edge, BorderLine][] {
  const { top, bottom, left, right } = style.border ?? {};
  const edges: [Edge, BorderLine | undefined][] = [
    ['EdgeTop', top],
    ['EdgeBottom', bottom],
    ['EdgeLeft', left],
    ['EdgeRight', right],
    ['InsideHorizontal', area.bottom > area.top ? (bottom ?? top) : undefined],
    ['InsideVertical', area.right > area.left ? (right ?? left) : undefined],
  ];
  return edges.filter((edge): edge is [Edge, BorderLine] => edge[1] !== undefined);
}

/** Column widths and row heights, one operation per run of equal sizes. */
async function paintSizes(batch: WriteBatch, sheet: Excel.Worksheet, drawing: SheetDrawing): Promise<void> {
  for (const run of runsOf(drawing.columnWidths.map((width, index) => ({ index, size: width })))) {
    await batch.reserve();
    sheet.getRange(columnsA1(run.first, run.last)).format.columnWidth = columnWidthPoints(run.size);
  }
  for (const run of runsOf(drawing.rowHeights.map(({ row, height }) => ({ index: row, size: height })))) {
    await batch.reserve();
    sheet.getRange(rowsA1(run.first, run.last).replace(/\$/g, '')).format.rowHeight = run.size;
  }
}

function runsOf(sizes: { index: number; size: number }[]): { first: number; last: number; size: number }[] {
  const runs: { first: number; last: number; size: number }[] = [];
  for (const { index, size } of [...sizes].sort((a, b) => a.index - b.index)) {
    const last = runs[runs.length - 1];
    if (last && last.last === index - 1 && last.size === size) last.last = index;
    else runs.push({ first: index, last: index, size });
  }
  return runs;
}

async function paintPrint(
  batch: WriteBatch,
  sheet: Excel.Worksheet,
  print: NonNullable<SheetDrawing['print']>,
): Promise<void> {
  await batch.reserve();
  const layout = sheet.pageLayout;
  layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.paperSize = 'A4';
  // As in the file: as many pages tall as needed is 0.
  layout.zoom = { horizontalFitToPages: print.fitToWidth, verticalFitToPages: print.fitToHeight };
  layout.centerHorizontally = print.horizontalCentered;
  layout.setPrintMargins('Inches', { ...print.margins });
  if (print.titleRows) layout.setPrintTitleRows(rowsA1(print.titleRows[0], print.titleRows[1]));
  const footer = layout.headersFooters.defaultForAllPages;
  if (print.footer.left) footer.leftFooter = print.footer.left;
  if (print.footer.center) footer.centerFooter = print.footer.center;
  if (print.footer.right) footer.rightFooter = print.footer.right;
}

/** The drawing's first table of numbers: the counts by rating the summary's chart illustrates. */
interface CountsTable {
  /** The rows of the chart's bars (one per group; the overall row when it is the only one). */
  rows: CellRange;
  /** Column 0 of those rows: the bars' names. */
  labels: CellRange;
  /** One column per rating, its header text and the rating it counts. */
  series: { col: number; name: string; rating: ComputedRating | null }[];
}

/**
 * Finds the counts table in a drawing: the first row holding numbers, the rows below it that hold
 * numbers in the same columns, and their header row above. The last number column is the total,
 * which is not a bar segment. With group rows under the overall row, the bars are the groups.
 */
export function countsTable(drawing: SheetDrawing): CountsTable | null {
  const numbers = drawing.cells.filter((cell) => cell.kind === 'number');
  if (numbers.length === 0) return null;
  const first = Math.min(...numbers.map((cell) => cell.row));
  const columns = numbers
    .filter((cell) => cell.row === first)
    .map((cell) => cell.col)
    .sort((a, b) => a - b);
  if (columns.length < 2 || first === 0) return null;
  const numberAt = new Set(numbers.map((cell) => `${cell.row}:${cell.col}`));
  let last = first;
  while (columns.every((col) => numberAt.has(`${last + 1}:${col}`))) last += 1;
  const top = last > first ? first + 1 : first;
  const header = new Map(
    drawing.cells
      .filter((cell) => cell.row === first - 1 && cell.kind === 'text')
      .map((cell) => [cell.col, cell]),
  );
  const series = columns.slice(0, -1).map((col) => {
    const cell = header.get(col);
    const name = cell && cell.kind === 'text' ? cell.value : '';
    const rating =
      (Object.keys(RATING_LOOK) as ComputedRating[]).find((key) => cell?.style.endsWith(`-${key}`)) ?? null;
    return { col, name, rating };
  });
  return {
    rows: { top, bottom: last, left: columns[0], right: columns[columns.length - 2] },
    labels: { top, bottom: last, left: 0, right: 0 },
    series,
  };
}

/** A stacked bar chart of the counts table, where the drawing placed its picture and at its size. */
async function addRatingsChart(
  batch: WriteBatch,
  sheet: Excel.Worksheet,
  table: CountsTable,
  image: DrawnImage,
): Promise<void> {
  await batch.reserve(200 * (table.series.length + 1));
  const chart = sheet.charts.add('BarStacked', sheet.getRange(rangeA1(table.rows)), 'Columns');
  chart.title.text = image.altText;
  chart.title.visible = false;
  chart.legend.position = 'Top';
  // Bars in the table's order, top to bottom.
  chart.axes.categoryAxis.reversePlotOrder = true;
  chart.setPosition(rangeA1(block(image.row, image.col, 1, 1)));
  chart.width = pxToPoints(image.widthPx);
  chart.height = pxToPoints(image.heightPx);
  const labels = sheet.getRange(rangeA1(table.labels));
  table.series.forEach((entry, index) => {
    const series = chart.series.getItemAt(index);
    series.name = entry.name;
    series.setXAxisValues(labels);
    if (entry.rating) series.format.fill.setSolidColor(`#${RATING_LOOK[entry.rating].fill}`);
  });
}
