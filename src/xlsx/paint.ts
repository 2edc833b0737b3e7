/**
 * Paints a sheet drawing (src/core/drawing) onto a new ExcelJS worksheet: values, styles, merges,
 * sizes, frozen rows, print setup, pictures and our marker. Text cells are written as strings, which
 * ExcelJS always stores as text: nothing a plan says can turn into a formula.
 */
import type ExcelJS from 'exceljs';
import { markerColumn, type BorderLine, type CellStyle, type SheetDrawing } from '../core/drawing';
import { svgToPng } from './chart-image';

/** Excel's paper size code for A4. */
const A4 = 9;
/** Excel refuses longer cell text. */
const MAX_CELL_TEXT = 32_767;

function argb(rgb: string): { argb: string } {
  return { argb: `FF${rgb.toUpperCase()}` };
}

function border(line: BorderLine | undefined): Partial<ExcelJS.Border> | undefined {
  return line ? { style: line.weight, color: argb(line.color) } : undefined;
}

/** One ExcelJS style object per named style, shared by every cell that uses it. */
function excelStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const font: Partial<ExcelJS.Font> = {
    name: style.font.name,
    size: style.font.size,
    bold: style.font.bold ?? false,
    italic: style.font.italic ?? false,
  };
  if (style.font.color) font.color = argb(style.font.color);
  const out: Partial<ExcelJS.Style> = {
    font,
    alignment: {
      wrapText: style.wrap ?? false,
      horizontal: style.horizontal === 'center' ? 'center' : (style.horizontal ?? 'left'),
      vertical: style.vertical ?? 'top',
      ...(style.indent ? { indent: style.indent } : {}),
    },
  };
  if (style.fill)
    out.fill = { type: 'pattern', pattern: 'solid', fgColor: argb(style.fill), bgColor: argb(style.fill) };
  if (style.border) {
    const { top, bottom, left, right } = style.border;
    out.border = { top: border(top), bottom: border(bottom), left: border(left), right: border(right) };
  }
  if (style.numberFormat) out.numFmt = style.numberFormat;
  return out;
}

function paintCells(sheet: ExcelJS.Worksheet, drawing: SheetDrawing): void {
  const styles = new Map(Object.entries(drawing.styles).map(([name, style]) => [name, excelStyle(style)]));
  for (const drawn of drawing.cells) {
    const cell = sheet.getCell(drawn.row + 1, drawn.col + 1);
    if (drawn.kind === 'text')
      cell.value = drawn.value.length > MAX_CELL_TEXT ? drawn.value.slice(0, MAX_CELL_TEXT) : drawn.value;
    else if (drawn.kind === 'number') cell.value = drawn.value;
    const style = styles.get(drawn.style);
    if (style) cell.style = style;
  }
  for (const merge of drawing.merges)
    sheet.mergeCells(merge.top + 1, merge.left + 1, merge.bottom + 1, merge.right + 1);
}

function paintLayout(sheet: ExcelJS.Worksheet, drawing: SheetDrawing): void {
  drawing.columnWidths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  for (const { row, height } of drawing.rowHeights) sheet.getRow(row + 1).height = height;
  sheet.views = [
    drawing.frozenRows > 0
      ? {
          state: 'frozen',
          ySplit: drawing.frozenRows,
          topLeftCell: `A${drawing.frozenRows + 1}`,
          showGridLines: drawing.showGridLines,
        }
      : { state: 'normal', showGridLines: drawing.showGridLines },
  ];
}

function paintPrint(sheet: ExcelJS.Worksheet, drawing: SheetDrawing): void {
  const print = drawing.print;
  if (!print) return;
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: A4,
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: print.fitToWidth,
    fitToHeight: print.fitToHeight,
    horizontalCentered: print.horizontalCentered,
    margins: { ...print.margins },
    ...(print.titleRows ? { printTitlesRow: `${print.titleRows[0] + 1}:${print.titleRows[1] + 1}` } : {}),
  };
  const { left, center, right } = print.footer;
  const footer = `${left ? `&L${left}` : ''}${center ? `&C${center}` : ''}${right ? `&R${right}` : ''}`;
  if (footer) sheet.headerFooter = { ...sheet.headerFooter, oddFooter: footer };
}

function paintImages(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, drawing: SheetDrawing): void {
  for (const image of drawing.images) {
    const png = svgToPng(image.svg, image.widthPx, image.heightPx);
    // ExcelJS's typings ask for its own Buffer type; a Node Buffer is what it writes.
    const id = workbook.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' });
    sheet.addImage(id, {
      tl: { col: image.col, row: image.row },
      ext: { width: image.widthPx, height: image.heightPx },
      editAs: 'oneCell',
    });
  }
}

/** The marker goes in row 1 of a hidden column just right of the drawing (see SheetDrawing.marker). */
function paintMarker(sheet: ExcelJS.Worksheet, drawing: SheetDrawing): void {
  if (!drawing.marker) return;
  const col = markerColumn(drawing) + 1;
  sheet.getCell(1, col).value = drawing.marker;
  sheet.getColumn(col).hidden = true;
}

/** Adds the drawing as a new worksheet named `name` (default: the drawing's own name) and returns it. */
export function paintDrawing(
  workbook: ExcelJS.Workbook,
  drawing: SheetDrawing,
  name = drawing.name,
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { state: drawing.visibility });
  paintLayout(sheet, drawing);
  paintCells(sheet, drawing);
  paintPrint(sheet, drawing);
  paintImages(workbook, sheet, drawing);
  paintMarker(sheet, drawing);
  return sheet;
}
