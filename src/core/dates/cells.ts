/**
 * Grid cells as dates: an Excel date cell, a serial number or a JavaScript Date is an exact day;
 * text goes to the timescale parser; booleans and error values are never dates.
 */
import type { CellValue } from '../grid/types';
import { isoDay, isYearInRange, parseIsoDay } from './days';
import { dayResult, parseTimescale, unparsedResult } from './parse';
import type { DateResult, ParseOptions } from './types';

const MS_PER_DAY = 86_400_000;
/** Excel's day 0 (serial 1 is 1 Jan 1900; the 1900 leap-day bug only shifts days before March 1900). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function inRangeDay(text: string, iso: string | null): DateResult {
  const parts = iso === null ? null : parseIsoDay(iso);
  if (iso === null || parts === null) return unparsedResult(text, null);
  if (!isYearInRange(parts.year)) return unparsedResult(text, { reason: 'year-range', name: null });
  return dayResult(text, iso);
}

function isoFromUtcDate(date: Date): string | null {
  const time = date.getTime();
  if (!Number.isFinite(time)) return null;
  return isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** The day of an Excel serial number; a time of day (the fraction) does not change the day. */
export function isoFromSerial(serial: number): string | null {
  if (!Number.isFinite(serial)) return null;
  return isoFromUtcDate(new Date(EXCEL_EPOCH_MS + Math.floor(serial) * MS_PER_DAY));
}

/** Parses a grid cell (or a Date a reader produced). Never throws. */
export function parseCellDate(value: CellValue | Date, options: ParseOptions = {}): DateResult {
  try {
    if (value === null || value === undefined) return parseTimescale('', options);
    if (value instanceof Date)
      return inRangeDay(isoFromUtcDate(value) ?? String(value), isoFromUtcDate(value));
    switch (typeof value) {
      case 'string':
        return parseTimescale(value, options);
      case 'number':
        return inRangeDay(String(value), isoFromSerial(value));
      case 'boolean':
        return unparsedResult(value ? 'TRUE' : 'FALSE', null);
      default:
        if (value.type === 'date') return inRangeDay(value.iso, value.iso);
        return unparsedResult(value.type === 'error' ? value.code : String(value), null);
    }
  } catch {
    return unparsedResult(String(value), null);
  }
}
