/** Sheet sizes: Office.js takes points where files and drawings speak of characters and pixels. */

/** Calibri 11's widest digit, in pixels: Excel's unit of column width. */
const DIGIT_PX = 7;
const POINTS_PER_PX = 72 / 96;

/**
 * A column width as a file stores it (characters of the default font, padding included, as
 * ExcelJS and the sheet drawings give it) in points, the unit of `RangeFormat.columnWidth`. This is
 * the conversion of the Office Open XML specification (ECMA-376 part 1, 18.3.1.13).
 */
export function columnWidthPoints(characters: number): number {
  const pixels = Math.trunc(((256 * characters + Math.trunc(128 / DIGIT_PX)) / 256) * DIGIT_PX);
  return pixels * POINTS_PER_PX;
}

export function pxToPoints(pixels: number): number {
  return pixels * POINTS_PER_PX;
}
