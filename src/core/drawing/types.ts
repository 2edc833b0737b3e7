/**
 * A sheet drawing: a plain description of a worksheet to paint (values, styles, merges, sizes,
 * print setup, pictures). Core builds it; each adapter paints it the same way (ExcelJS for files,
 * Office.js in the task pane), so the two never lay a sheet out differently.
 *
 * Rows and columns are 0-based, as in the grid port. Colours are `RRGGBB` hex.
 */
import type { CellRange } from '../grid/types';

export type HorizontalAlignment = 'left' | 'center' | 'right';
export type VerticalAlignment = 'top' | 'middle' | 'bottom';
export type BorderWeight = 'hair' | 'thin' | 'medium' | 'thick';

export interface BorderLine {
  weight: BorderWeight;
  color: string;
}

export interface FontStyle {
  /** Always named: a sheet opened on a machine with another default font keeps its layout. */
  name: string;
  /** Points. */
  size: number;
  bold?: boolean;
  italic?: boolean;
  color?: string;
}

export interface CellStyle {
  font: FontStyle;
  /** A solid fill. */
  fill?: string;
  border?: { top?: BorderLine; bottom?: BorderLine; left?: BorderLine; right?: BorderLine };
  wrap?: boolean;
  horizontal?: HorizontalAlignment;
  vertical?: VerticalAlignment;
  indent?: number;
  /** An Excel number format: `@` for text, `0` for whole numbers. */
  numberFormat?: string;
}

/**
 * One cell. `text` cells are always stored as text, whatever they start with (`=`, `+`, `-`, `@`):
 * a painter must never let one become a formula. `number` cells are stored as numbers. `blank`
 * cells carry only a style (a border or fill across an empty cell).
 */
export type DrawnCell =
  | { row: number; col: number; kind: 'text'; value: string; style: string }
  | { row: number; col: number; kind: 'number'; value: number; style: string }
  | { row: number; col: number; kind: 'blank'; style: string };

/** A picture drawn as SVG; adapters that cannot place SVG rasterise it. */
export interface DrawnImage {
  svg: string;
  /** Size on the sheet, in pixels at 96 dpi. */
  widthPx: number;
  heightPx: number;
  /** Top-left cell the picture is anchored to. */
  row: number;
  col: number;
  /** Alternative text for screen readers. */
  altText: string;
}

export interface PageMargins {
  /** Inches, as Excel's page setup uses them. */
  left: number;
  right: number;
  top: number;
  bottom: number;
  header: number;
  footer: number;
}

export interface PrintSetup {
  paper: 'A4';
  orientation: 'portrait' | 'landscape';
  /** Pages wide to fit to; `fitToHeight: 0` means as many pages tall as needed. */
  fitToWidth: number;
  fitToHeight: number;
  /** First and last 0-based rows repeated at the top of every printed page, or null. */
  titleRows: [number, number] | null;
  /** Excel header/footer codes (`&P` page, `&N` pages); `&` in literal text is written `&&`. */
  footer: { left?: string; center?: string; right?: string };
  margins: PageMargins;
  horizontalCentered: boolean;
}

export interface SheetDrawing {
  name: string;
  visibility: 'visible' | 'hidden' | 'veryHidden';
  /** Named styles; each cell names one. */
  styles: Record<string, CellStyle>;
  cells: DrawnCell[];
  merges: CellRange[];
  /** Column widths in Excel's character units, from column A. */
  columnWidths: number[];
  /** Row heights in points, for rows that need one (wrapped text, spacer rows under a picture). */
  rowHeights: { row: number; height: number }[];
  /** Rows kept in view when scrolling (0 for none). */
  frozenRows: number;
  showGridLines: boolean;
  print: PrintSetup | null;
  images: DrawnImage[];
  /**
   * Text that marks the sheet as written by us, so a later run replaces our sheet and never an
   * officer's sheet of the same name. Painters write it in row 1 of a hidden column just right of
   * the drawing (see `markerColumn`): it travels with the sheet if renamed or copied, it does not
   * print, and any reader of cells (the grid port included) can see it. Null for none.
   */
  marker: string | null;
}
