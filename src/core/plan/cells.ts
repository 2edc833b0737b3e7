/** How the reader sees one grid cell: as text for text roles, as itself for date roles. */
import type { CellValue } from '../grid/types';

/**
 * A cell as text. Error cells read as empty: `#N/A` in an owner or progress cell is not something
 * the officer wrote. Date cells read as their ISO day so that a stray date in a text column is kept.
 */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value.type === 'date') return value.iso;
  return '';
}

/** For date roles: error cells become empty so the date engine never sees them. */
export function dateCellValue(value: CellValue | undefined): CellValue {
  if (value === undefined) return null;
  if (value !== null && typeof value === 'object' && value.type === 'error') return null;
  return value;
}

/**
 * Template blanks: a bullet or dash alone in a cell (the Doncaster milestone rows are filled with
 * `•`) carries no content.
 */
export function isPlaceholderText(text: string): boolean {
  return /^[\s•·‣◦▪●○\-–—*]*$/.test(text);
}

/** `N/A`, `n/a`, `-`, `—`: written to say "nothing here" (Bridgend's new actions in old snapshots). */
export function isNotApplicable(text: string): boolean {
  return /^\s*(n\s*\/\s*a|none|nil|[-–—])\s*\.?\s*$/i.test(text);
}
