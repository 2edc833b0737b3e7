/**
 * A sheet drawing (src/core/drawing) as worksheet XML for a workbook package, painted as
 * src/xlsx/paint.ts paints it through ExcelJS: values, styles, merges, sizes, frozen rows, print
 * setup, our hidden marker cell, and a reference to the part holding its pictures.
 *
 * Text is written as inline strings (`t="inlineStr"`): a cell never has a formula element, so text
 * starting with `=`, `+`, `-` or `@` stays text, and the workbook's shared strings need no change.
 */
import { columnLetters } from '../core/grid/address';
import { markerColumn, type DrawnCell, type DrawnImage, type SheetDrawing } from '../core/drawing';
import { cellTextXml, xmlAttribute, xmlText } from './xml-text';

export const SPREADSHEET_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DRAWING_NS = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const DRAWINGML_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Excel's paper size code for A4. */
const A4 = 9;
/** Excel refuses longer cell text. */
const MAX_CELL_TEXT = 32_767;
/** The width Excel gives a column nobody sized, in characters. */
const DEFAULT_COLUMN_WIDTH = 9;
/** English Metric Units per pixel at 96 dpi. */
const EMU_PER_PX = 9525;
/** Margins ExcelJS and Excel give a sheet with no page setup of its own. */
const DEFAULT_MARGINS = 'left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"';

export interface WorksheetXmlOptions {
  /** Our style name -> cell format index in the workbook's styles part. */
  styleIndex: Map<string, number>;
  /** The sheet's relationship to its picture part, or null when it has no pictures. */
  drawingRelId: string | null;
  /** Whether the workbook opens on this sheet. */
  selected: boolean;
}

/** One painted cell: the last value and the last style a drawing gives that place win, as in ExcelJS. */
type PaintedCell = { col: number; style: string; value: DrawnCell | null };

function cellsByRow(drawing: SheetDrawing): Map<number, Map<number, PaintedCell>> {
  const rows = new Map<number, Map<number, PaintedCell>>();
  const at = (row: number, col: number): PaintedCell => {
    let cells = rows.get(row);
    if (!cells) rows.set(row, (cells = new Map()));
    let cell = cells.get(col);
    if (!cell) cells.set(col, (cell = { col, style: '', value: null }));
    return cell;
  };
  for (const drawn of drawing.cells) {
    const cell = at(drawn.row, drawn.col);
    cell.style = drawn.style;
    if (drawn.kind !== 'blank') cell.value = drawn;
  }
  if (drawing.marker) {
    const marker = at(0, markerColumn(drawing));
    marker.value = { row: 0, col: marker.col, kind: 'text', value: drawing.marker, style: '' };
    marker.style = '';
  }
  return rows;
}

function textXml(value: string): string {
  const text = value.length > MAX_CELL_TEXT ? value.slice(0, MAX_CELL_TEXT) : value;
  const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
  return `<is><t${space}>${cellTextXml(text)}</t></is>`;
}

function cellXml(ref: string, cell: PaintedCell, styleIndex: Map<string, number>): string {
  const s = styleIndex.get(cell.style);
  const style = s === undefined ? '' : ` s="${s}"`;
  const value = cell.value;
  if (value?.kind === 'text') return `<c r="${ref}"${style} t="inlineStr">${textXml(value.value)}</c>`;
  if (value?.kind === 'number' && Number.isFinite(value.value))
    return `<c r="${ref}"${style}><v>${value.value}</v></c>`;
  return `<c r="${ref}"${style}/>`;
}

function sheetDataXml(drawing: SheetDrawing, styleIndex: Map<string, number>): string {
  const rows = cellsByRow(drawing);
  const heights = new Map(drawing.rowHeights.map(({ row, height }) => [row, height]));
  const rowNumbers = [...new Set([...rows.keys(), ...heights.keys()])].sort((a, b) => a - b);
  const out: string[] = ['<sheetData>'];
  for (const row of rowNumbers) {
    const height = heights.get(row);
    const ht = height === undefined ? '' : ` ht="${height}" customHeight="1"`;
    const cells = [...(rows.get(row)?.values() ?? [])].sort((a, b) => a.col - b.col);
    const r = row + 1;
    out.push(`<row r="${r}"${ht}>`);
    for (const cell of cells) out.push(cellXml(`${columnLetters(cell.col)}${r}`, cell, styleIndex));
    out.push('</row>');
  }
  out.push('</sheetData>');
  return out.join('');
}

function dimensionXml(drawing: SheetDrawing): string {
  let lastRow = 0;
  let lastCol = drawing.marker ? markerColumn(drawing) : 0;
  for (const cell of drawing.cells) {
    lastRow = Math.max(lastRow, cell.row);
    lastCol = Math.max(lastCol, cell.col);
  }
  return `<dimension ref="A1:${columnLetters(lastCol)}${lastRow + 1}"/>`;
}

function sheetViewXml(drawing: SheetDrawing, selected: boolean): string {
  const grid = drawing.showGridLines ? '' : ' showGridLines="0"';
  const tab = selected ? ' tabSelected="1"' : '';
  const open = `<sheetViews><sheetView workbookViewId="0"${tab}${grid}`;
  if (drawing.frozenRows <= 0) return `${open}/></sheetViews>`;
  const topLeft = `A${drawing.frozenRows + 1}`;
  return (
    `${open}><pane ySplit="${drawing.frozenRows}" topLeftCell="${topLeft}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`
  );
}

function columnsXml(drawing: SheetDrawing): string {
  const cols = drawing.columnWidths.map(
    (width, index) => `<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`,
  );
  if (drawing.marker) {
    const n = markerColumn(drawing) + 1;
    cols.push(`<col min="${n}" max="${n}" width="${DEFAULT_COLUMN_WIDTH}" hidden="1" customWidth="1"/>`);
  }
  return cols.length ? `<cols>${cols.join('')}</cols>` : '';
}

function mergesXml(drawing: SheetDrawing): string {
  if (drawing.merges.length === 0) return '';
  const refs = drawing.merges.map(
    (m) => `<mergeCell ref="${columnLetters(m.left)}${m.top + 1}:${columnLetters(m.right)}${m.bottom + 1}"/>`,
  );
  return `<mergeCells count="${refs.length}">${refs.join('')}</mergeCells>`;
}

function footerXml(footer: { left?: string; center?: string; right?: string }): string {
  const { left, center, right } = footer;
  const codes = `${left ? `&L${left}` : ''}${center ? `&C${center}` : ''}${right ? `&R${right}` : ''}`;
  return codes ? `<headerFooter><oddFooter>${xmlText(codes)}</oddFooter></headerFooter>` : '';
}

function printXml(drawing: SheetDrawing): string {
  const print = drawing.print;
  if (!print) return `<pageMargins ${DEFAULT_MARGINS}/>`;
  const m = print.margins;
  return (
    (print.horizontalCentered ? '<printOptions horizontalCentered="1"/>' : '') +
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
    `<pageSetup paperSize="${A4}" orientation="${print.orientation}" fitToWidth="${print.fitToWidth}" fitToHeight="${print.fitToHeight}"/>` +
    footerXml(print.footer)
  );
}

/** The worksheet part for `drawing`, in the element order the schema requires. */
export function worksheetXml(drawing: SheetDrawing, options: WorksheetXmlOptions): string {
  return [
    XML_DECLARATION,
    `<worksheet xmlns="${SPREADSHEET_NS}" xmlns:r="${RELATIONSHIPS_NS}">`,
    drawing.print ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '',
    dimensionXml(drawing),
    sheetViewXml(drawing, options.selected),
    '<sheetFormatPr defaultRowHeight="15"/>',
    columnsXml(drawing),
    sheetDataXml(drawing, options.styleIndex),
    mergesXml(drawing),
    printXml(drawing),
    options.drawingRelId ? `<drawing r:id="${options.drawingRelId}"/>` : '',
    '</worksheet>',
  ].join('');
}

/** A picture of the drawing and the relationship id of its image part. */
export interface PlacedImage {
  image: DrawnImage;
  relId: string;
}

function pictureAnchorXml({ image, relId }: PlacedImage, id: number): string {
  const cx = Math.round(image.widthPx * EMU_PER_PX);
  const cy = Math.round(image.heightPx * EMU_PER_PX);
  return (
    '<xdr:oneCellAnchor>' +
    `<xdr:from><xdr:col>${image.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${image.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:ext cx="${cx}" cy="${cy}"/>` +
    `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="${id + 1}" name="Picture ${id}" descr="${xmlAttribute(image.altText)}"/>` +
    '<xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>' +
    `<xdr:blipFill><a:blip r:embed="${relId}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
    `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr>` +
    '</xdr:pic><xdr:clientData/></xdr:oneCellAnchor>'
  );
}

/** The drawing part placing a sheet's pictures, each anchored at its top-left cell at its own size. */
export function picturesXml(images: PlacedImage[]): string {
  return (
    XML_DECLARATION +
    `<xdr:wsDr xmlns:xdr="${DRAWING_NS}" xmlns:a="${DRAWINGML_NS}" xmlns:r="${RELATIONSHIPS_NS}">` +
    images.map((placed, index) => pictureAnchorXml(placed, index + 1)).join('') +
    '</xdr:wsDr>'
  );
}
