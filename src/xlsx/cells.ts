import type { Cell, CellValue as ExcelValue } from 'exceljs';
import type { CellValue } from '../core/grid/types';

/** ExcelJS's cell type codes (its `ValueType` enum), named here so the reader needs no runtime import. */
const MERGE_SLAVE = 1;

const MS_PER_DAY = 86_400_000;
/** Excel's day 0: serial 1 is 1 Jan 1900. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * The grid value of one ExcelJS cell. A merged cell's non-anchor cells are empty, as they are in
 * Excel (ExcelJS would repeat the anchor's value in them).
 */
export function gridValue(cell: Cell): CellValue {
  if (cell.type === MERGE_SLAVE) return null;
  return plainValue(cell.value);
}

function plainValue(value: ExcelValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return dayCell(value);
  if ('richText' in value) return richTextOf(value.richText);
  if ('error' in value) return { type: 'error', code: String(value.error) };
  if ('hyperlink' in value) return linkText(value.text);
  if ('formula' in value || 'sharedFormula' in value) return formulaResult(value.result);
  return null;
}

/**
 * ExcelJS turns a date serial into the JavaScript Date at UTC midnight of that day (plus any time
 * of day), so the UTC calendar fields are the Excel day whatever the machine's time zone.
 */
function dayCell(date: Date): CellValue {
  if (Number.isNaN(date.getTime())) return null;
  // A number outside Excel's calendar (1900-9999) in a date-formatted cell shows as ##### in
  // Excel; it is kept as the number the officer typed, so messages quote that and not a made-up day.
  const year = date.getUTCFullYear();
  if (year < 1900 || year > 9999) return Math.round((date.getTime() - EXCEL_EPOCH_MS) / MS_PER_DAY);
  const iso = date.toISOString().slice(0, 10);
  return { type: 'date', iso };
}

function richTextOf(runs: { text: string }[]): string {
  return runs.map((run) => run.text ?? '').join('');
}

function linkText(text: unknown): CellValue {
  if (typeof text === 'string') return text;
  if (text && typeof text === 'object' && 'richText' in text) {
    return richTextOf((text as { richText: { text: string }[] }).richText);
  }
  return text === null || text === undefined ? null : String(text);
}

function formulaResult(result: unknown): CellValue {
  if (result === null || result === undefined) return null;
  if (typeof result === 'object' && !(result instanceof Date) && 'error' in result) {
    return { type: 'error', code: String((result as { error: unknown }).error) };
  }
  return plainValue(result as ExcelValue);
}

/** The formula text of a formula cell, with its leading `=` (as Excel shows it), else null. */
export function formulaText(cell: Cell): string | null {
  if (cell.type === MERGE_SLAVE) return null;
  const value = cell.value;
  if (!value || typeof value !== 'object' || !('formula' in value || 'sharedFormula' in value)) return null;
  const text = cell.formula;
  return text ? `=${text}` : null;
}
