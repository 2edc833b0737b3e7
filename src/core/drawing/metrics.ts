/**
 * Rough text metrics for Calibri (and Carlito, which shares its widths), so a drawing can give
 * wrapped rows a height before any spreadsheet lays them out: Excel does not grow a row for wrapped
 * text it did not lay out itself, and neither does it for merged cells.
 */

/** Advance widths in thousandths of an em, for the characters plans are mostly written in. */
const WIDTHS: Record<string, number> = {
  ' ': 226,
  a: 479,
  b: 525,
  c: 423,
  d: 525,
  e: 498,
  f: 305,
  g: 471,
  h: 525,
  i: 229,
  j: 239,
  k: 455,
  l: 229,
  m: 799,
  n: 525,
  o: 527,
  p: 525,
  q: 525,
  r: 349,
  s: 391,
  t: 335,
  u: 525,
  v: 452,
  w: 715,
  x: 433,
  y: 453,
  z: 395,
  A: 579,
  B: 544,
  C: 533,
  D: 615,
  E: 488,
  F: 459,
  G: 631,
  H: 623,
  I: 252,
  J: 319,
  K: 520,
  L: 420,
  M: 855,
  N: 646,
  O: 662,
  P: 517,
  Q: 673,
  R: 543,
  S: 459,
  T: 487,
  U: 642,
  V: 567,
  W: 890,
  X: 519,
  Y: 487,
  Z: 468,
  '.': 252,
  ',': 250,
  ':': 268,
  ';': 268,
  '-': 306,
  '(': 303,
  ')': 303,
  '/': 386,
  "'": 221,
  '"': 401,
  '&': 682,
  '%': 715,
  '!': 326,
  '?': 463,
  '’': 250,
  '–': 498,
  '—': 905,
  '·': 252,
  '●': 604,
  '○': 550,
  '▪': 354,
  '▫': 354,
  '√': 498,
  '∆': 564,
  '◊': 511,
  '↑': 905,
  '↓': 905,
  '→': 905,
};
const DIGIT_WIDTH = 507;
const OTHER_WIDTH = 560;
/** Bold Calibri runs about 5% wider. */
const BOLD_FACTOR = 1.05;
/** Excel's width unit is the width of `0` in the default font (Calibri 11: 7 px). */
const PX_PER_WIDTH_UNIT = 7;
/** Space Excel leaves inside a cell on each side. */
const CELL_PADDING_PX = 3;
/** Our estimate errs wide, so a row is a little too tall rather than cut off. */
const SAFETY = 1.06;

function charWidth(ch: string): number {
  if (ch >= '0' && ch <= '9') return DIGIT_WIDTH;
  return WIDTHS[ch] ?? OTHER_WIDTH;
}

export function textWidthPx(text: string, sizePt: number, bold = false): number {
  let units = 0;
  for (const ch of text) units += charWidth(ch);
  return (units / 1000) * sizePt * (96 / 72) * (bold ? BOLD_FACTOR : 1) * SAFETY;
}

/** The pixel width of a column of `width` units (one cell's inner width excludes the padding). */
export function columnPx(width: number): number {
  return width * PX_PER_WIDTH_UNIT;
}

/** How many lines `text` wraps to in a cell `widthUnits` wide (several columns summed for a merge). */
export function wrappedLines(text: string, widthUnits: number, sizePt: number, bold = false): number {
  const available = Math.max(10, columnPx(widthUnits) - 2 * CELL_PADDING_PX);
  const space = textWidthPx(' ', sizePt, bold);
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    lines += 1;
    let used = 0;
    for (const word of paragraph.split(/[ \t]+/).filter(Boolean)) {
      let width = textWidthPx(word, sizePt, bold);
      const needed = used === 0 ? width : used + space + width;
      if (needed <= available) {
        used = needed;
        continue;
      }
      if (used > 0) lines += 1;
      // A word longer than the line is broken across lines.
      while (width > available) {
        lines += 1;
        width -= available;
      }
      used = width;
    }
  }
  return lines;
}

/** A row height in points that shows `lines` lines of `sizePt` text. */
export function rowHeightFor(lines: number, sizePt: number): number {
  return Math.ceil((lines * sizePt * 1.3 + 3) * 4) / 4;
}
