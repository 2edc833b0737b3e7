/**
 * Collects a drawing's cells row by row and gives every row the height its text needs, so callers
 * describe content and never compute heights themselves.
 */
import type { CellRange } from '../grid/types';
import type { CellStyle, DrawnCell, DrawnImage, PrintSetup, SheetDrawing } from './types';
import { rowHeightFor, wrappedLines } from './metrics';

export class DrawingBuilder {
  private readonly cells: DrawnCell[] = [];
  private readonly merges: CellRange[] = [];
  private readonly heights = new Map<number, number>();
  private readonly images: DrawnImage[] = [];

  constructor(
    private readonly columnWidths: number[],
    private readonly styles: Record<string, CellStyle>,
  ) {}

  /** Text across `span` columns from `col` (merged when more than one), always stored as text. */
  text(row: number, col: number, value: string, style: string, span = 1): void {
    this.cells.push({ row, col, kind: 'text', value, style });
    this.fillSpan(row, col, span, style);
    this.fitRow(row, col, span, value, style);
  }

  number(row: number, col: number, value: number, style: string, span = 1): void {
    this.cells.push({ row, col, kind: 'number', value, style });
    this.fillSpan(row, col, span, style);
    this.fitRow(row, col, span, String(value), style);
  }

  blank(row: number, col: number, style: string): void {
    this.cells.push({ row, col, kind: 'blank', style });
  }

  /** Sets a row's height outright (spacer rows under a picture). */
  height(row: number, points: number): void {
    this.heights.set(row, points);
  }

  image(image: DrawnImage): void {
    this.images.push(image);
  }

  private fillSpan(row: number, col: number, span: number, style: string): void {
    if (span <= 1) return;
    for (let c = col + 1; c < col + span; c++) this.blank(row, c, style);
    this.merges.push({ top: row, left: col, bottom: row, right: col + span - 1 });
  }

  private fitRow(row: number, col: number, span: number, value: string, styleName: string): void {
    const style = this.styles[styleName];
    if (!style) throw new Error(`No style named "${styleName}"`);
    const size = style.font.size;
    let width = 0;
    for (let c = col; c < col + span; c++) width += this.columnWidths[c] ?? 8.43;
    const lines = style.wrap ? wrappedLines(value, width, size, style.font.bold) : 1;
    const needed = rowHeightFor(lines, size);
    if (needed > (this.heights.get(row) ?? 0)) this.heights.set(row, needed);
  }

  build(options: {
    name: string;
    frozenRows: number;
    print: PrintSetup | null;
    marker: string | null;
    showGridLines?: boolean;
  }): SheetDrawing {
    return {
      name: options.name,
      visibility: 'visible',
      styles: this.styles,
      cells: this.cells,
      merges: this.merges,
      columnWidths: this.columnWidths,
      rowHeights: [...this.heights].map(([row, height]) => ({ row, height })).sort((a, b) => a.row - b.row),
      frozenRows: options.frozenRows,
      showGridLines: options.showGridLines ?? false,
      print: options.print,
      images: this.images,
      marker: options.marker,
    };
  }
}
