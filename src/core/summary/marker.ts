/**
 * How our board summary sheets are recognised: the drawing's marker (a hidden cell in row 1, see
 * `SheetDrawing.marker`) holds `actionplan:board-summary:<meeting date>`. A sheet named like ours
 * without it is an officer's, and is never replaced or read as ours.
 */
import type { SheetGrid } from '../grid/types';

const PREFIX = 'actionplan:board-summary:';
const MARKER = /^actionplan:board-summary:(\d{4}-\d{2}-\d{2})$/;

export function summaryMarker(asOf: string): string {
  return `${PREFIX}${asOf}`;
}

/** The meeting date a marker names, or null when the text is not our marker. */
export function summaryMarkerDate(text: unknown): string | null {
  if (typeof text !== 'string') return null;
  return MARKER.exec(text.trim())?.[1] ?? null;
}

/** The meeting date of our summary sheet, or null when the sheet is not one of ours. */
export function summarySheetDate(sheet: SheetGrid): string | null {
  for (const value of sheet.rows[0] ?? []) {
    const date = summaryMarkerDate(value);
    if (date !== null) return date;
  }
  return null;
}
