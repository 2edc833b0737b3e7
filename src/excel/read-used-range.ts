/** A worksheet's used range as Excel returns it, read in one round trip. */
export interface UsedRangeValues {
  sheetName: string;
  /** The used range's address with its sheet, e.g. `Plan!A1:H40`. */
  address: string;
  /** Cell values as Excel gives them: dates are serial numbers, empty cells are `""`. */
  values: (string | number | boolean)[][];
}

/**
 * Reads the values of the cells in use on `sheetName`, or on the active worksheet when no name is
 * given. Loads everything it needs first and syncs once: every sync is a round trip to Excel,
 * which is slow on the web.
 */
export async function readUsedRangeValues(
  context: Excel.RequestContext,
  sheetName?: string,
): Promise<UsedRangeValues> {
  const worksheets = context.workbook.worksheets;
  const sheet = sheetName === undefined ? worksheets.getActiveWorksheet() : worksheets.getItem(sheetName);
  sheet.load('name');
  const range = sheet.getUsedRange();
  range.load(['address', 'values']);
  await context.sync();
  return { sheetName: sheet.name, address: range.address, values: range.values };
}
