/**
 * Which Excel JavaScript API requirement sets the host supports. Functions take this as a
 * parameter, so tests decide what "Excel" can do without an Office global.
 */

/** True when the host supports ExcelApi `version` (e.g. `'1.9'`). */
export type Supports = (version: string) => boolean;

/** The running host's answer, from `Office.context.requirements`; false outside Office. */
export const officeSupports: Supports = (version) => {
  if (typeof Office === 'undefined' || !Office.context?.requirements) return false;
  return Office.context.requirements.isSetSupported('ExcelApi', version);
};

/** The requirement sets the adapter's optional features need; without them it does less and says so. */
export const API = {
  /** `Workbook.name`, for messages. */
  workbookName: '1.7',
  /** `Range.getSpecialCellsOrNullObject`: the visible cells, which tell the hidden rows. */
  specialCells: '1.9',
  /** `Worksheet.pageLayout`: paper, orientation, fit to page, print titles, footer. */
  pageLayout: '1.9',
  /** `Worksheet.showGridlines`. */
  gridlines: '1.8',
  /** `Range.getMergedAreasOrNullObject`. */
  mergedAreas: '1.13',
  /** `ChartSeries.name` and `setXAxisValues`, for the ratings chart. */
  chartSeriesValues: '1.7',
  /** `Range.conditionalFormats`: the rating colours. */
  conditionalFormats: '1.6',
  /** `Range.dataValidation`: the list of ratings. */
  dataValidation: '1.8',
} as const;

/**
 * Where Excel runs, as far as request sizes go: Excel on the web refuses requests and responses
 * over 5 MB; Excel on Windows, Mac and iPad has no such cap.
 */
export type Platform = 'desktop' | 'web';

/** The running host's platform from `Office.context.platform`; the web (the cautious answer) when unknown. */
export function officePlatform(): Platform {
  if (typeof Office === 'undefined' || !Office.context) return 'web';
  // office.js declares a numeric enum, but the value at run time is its name.
  const platform = String(Office.context.platform as unknown);
  return platform === 'PC' || platform === 'Mac' || platform === 'iOS' ? 'desktop' : 'web';
}
