/** Sheet drawings: what core lays out and every adapter paints the same way. */
import type { SheetDrawing } from './types';

export type * from './types';
export { DrawingBuilder } from './builder';
export { wrappedLines, rowHeightFor, textWidthPx, columnPx } from './metrics';

/** The 0-based column a drawing's marker is written in: the first column after its layout. */
export function markerColumn(drawing: SheetDrawing): number {
  return drawing.columnWidths.length;
}
