/** Excel-style addresses for grid positions (0-based row and column). */

/** 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A -> 0, AA -> 26. Returns -1 for text that is not column letters. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** `C7` for row 6, column 2. */
export function cellA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/**
 * Sheet names are quoted the way Excel quotes them in formulas when they hold anything but
 * letters, digits and underscores: `'Action Plan'!C7`, with an embedded quote doubled.
 */
export function quoteSheetName(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** `Plan!C7` or `'Action Plan'!C7`. */
export function cellAddress(sheet: string, row: number, col: number): string {
  return `${quoteSheetName(sheet)}!${cellA1(row, col)}`;
}

/** Parses `C7` into 0-based row and column; null when it is not an A1 reference. */
export function parseA1(ref: string): { row: number; col: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!match) return null;
  const col = columnIndex(match[1]);
  const row = Number(match[2]) - 1;
  return col < 0 || row < 0 ? null : { row, col };
}
