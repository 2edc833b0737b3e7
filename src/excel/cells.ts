/** Cell values as Office.js gives and takes them, and their grid-port equivalents. */
import type { CellValue } from '../core/grid/types';

const DAY_MS = 86_400_000;
/** Day 0 of Excel's 1900 date system, at UTC midnight so that no time zone shifts a day. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Excel's phantom 29 Feb 1900: serials below it are one day off from the epoch count. */
const PHANTOM_LEAP_DAY = 60;
/** 31 Dec 9999, Excel's last date. */
const LAST_SERIAL = 2_958_465;

/** The calendar day of an OLE Automation date serial (time of day dropped), or null for none. */
export function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > LAST_SERIAL + 1) return null;
  const day = Math.floor(serial);
  if (day === PHANTOM_LEAP_DAY) return null;
  const shifted = day < PHANTOM_LEAP_DAY ? day + 1 : day;
  return new Date(EXCEL_EPOCH_MS + shifted * DAY_MS).toISOString().slice(0, 10);
}

/** The serial of an ISO day: the inverse of `serialToIso` for days from 1 Mar 1900. */
export function isoToSerial(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number);
  const serial = Math.round((Date.UTC(year, month - 1, day) - EXCEL_EPOCH_MS) / DAY_MS);
  return serial < PHANTOM_LEAP_DAY ? serial - 1 : serial;
}

/**
 * True for a number format that shows a calendar date (`d mmm yyyy`, `dd/mm/yy`, `mmm-yy`,
 * `[$-809]dd mmmm yyyy`). Quoted text, escaped characters and bracketed codes are ignored; a
 * format that shows only a time (`h:mm`) is not a date: `m` next to `h` or `s` means minutes.
 */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format || format === 'General' || format === '@') return false;
  const section = format.split(';')[0];
  const elapsedTime = /\[(h+|m+|s+)\]/i.test(section);
  const codes = section
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/[_*]./g, '')
    .toLowerCase();
  if (/[dy]/.test(codes)) return true;
  return !elapsedTime && /m/.test(codes) && !/[hs]/.test(codes);
}

/**
 * One cell of `Range.values`, read with its number format and value type, as a grid value: empty
 * is null, an error is an ErrorCell, a number in a date format is a DayCell.
 */
export function gridValueOf(value: unknown, numberFormat: unknown, valueType: unknown): CellValue {
  if (valueType === 'Error') return { type: 'error', code: String(value) };
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') {
    if (isDateFormat(typeof numberFormat === 'string' ? numberFormat : null)) {
      const iso = serialToIso(value);
      if (iso !== null) return { type: 'date', iso };
    }
    return value;
  }
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}
