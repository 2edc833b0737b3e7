/**
 * What the Office.js adapter tells the officer when this copy of Excel cannot do something the
 * add-in asks of it, or when a sheet had to be named differently (en-GB). The Welsh file
 * (`../cy/excel.ts`) fills the same shape.
 */

export interface ExcelMessages {
  thisWorkbook: string;
  mergesUnsupported: string;
  hiddenRowsUnsupported: string;
  printUnsupported: string;
  chartUnsupported: string;
  conditionalFormatsUnsupported: string;
  validationUnsupported: string;
  noRatingColumn(sheet: string): string;
  sheetRenamed(wanted: string, used: string): string;
  validationTitle: string;
  validationMessage(words: string): string;
}

export const excelMessages: ExcelMessages = {
  thisWorkbook: 'this workbook',
  mergesUnsupported:
    'This version of Excel cannot list merged cells to an add-in (it needs ExcelApi 1.13), so a heading merged across columns is read as one cell.',
  hiddenRowsUnsupported:
    'This version of Excel cannot tell an add-in which rows are hidden (it needs ExcelApi 1.9), so hidden rows are read like any other.',
  printUnsupported:
    'The print settings (A4 landscape, one page wide, titles on every page, page numbers) were not applied: this version of Excel cannot set them from an add-in. Set them in Page Layout before printing.',
  chartUnsupported:
    'The ratings chart could not be added in this version of Excel; the counts table above it shows the same numbers.',
  conditionalFormatsUnsupported:
    'The rating colours were not added: this version of Excel cannot add conditional formats from an add-in (it needs ExcelApi 1.6). The rating words still say each rating.',
  validationUnsupported:
    'The drop-down list of ratings was not added: this version of Excel cannot add data validation from an add-in (it needs ExcelApi 1.8).',
  noRatingColumn: (sheet) =>
    `The plan on ${sheet} has no rating column, so there is nowhere to add the drop-down list of ratings.`,
  sheetRenamed: (wanted, used) =>
    `A sheet called "${wanted}" already exists and was not made by Action Plan Tracker, so it was left alone and the new sheet is called "${used}".`,
  validationTitle: 'Rating',
  validationMessage: (words) => `Choose one of: ${words}.`,
};
