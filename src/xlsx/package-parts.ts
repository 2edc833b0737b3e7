import JSZip from 'jszip';
import { attributeOf } from './xml-text';

/**
 * What ExcelJS does not tell us about a workbook package, read from its XML parts directly.
 *
 * ExcelJS 4.4 reads a table's header row only from an explicit `headerRowCount="1"`, but Excel
 * leaves that attribute out because 1 is its default: every table saved by Excel would otherwise
 * look headerless (and be written back headerless).
 */
export interface PackageFacts {
  /** Whether the package's main part is a spreadsheet (xlsx, xlsm, xltx, xltm). */
  isSpreadsheet: boolean;
  /** Table name -> whether it has a header row. */
  tableHeaderRows: Map<string, boolean>;
}

const SPREADSHEET_MAIN_PART =
  /(spreadsheetml\.(sheet|template)\.main|ms-excel\.(sheet|template)\.macroEnabled\.main)\+xml/;

export async function readPackageFacts(buffer: Buffer): Promise<PackageFacts | null> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch {
    return null;
  }
  const contentTypes = await zip.file('[Content_Types].xml')?.async('string');
  const isSpreadsheet = contentTypes !== undefined && SPREADSHEET_MAIN_PART.test(contentTypes);
  const tableHeaderRows = new Map<string, boolean>();
  const tableParts = zip.file(/^\/?xl\/tables\/[^/]+\.xml$/);
  for (const part of tableParts) {
    const xml = await part.async('string');
    const tag = /<(?:\w+:)?table\b[^>]*>/.exec(xml)?.[0];
    if (!tag) continue;
    const name = attributeOf(tag, 'name');
    if (name === null) continue;
    tableHeaderRows.set(name, attributeOf(tag, 'headerRowCount') !== '0');
  }
  return { isSpreadsheet, tableHeaderRows };
}
