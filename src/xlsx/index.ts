/** The .xlsx adapter: reads workbook files into the grid port and writes rated copies. */
export { readWorkbookGrid, readWorkbookGridFromBuffer } from './read';
export { writeRatingColumns, addRatingColumns, refuseToOverwriteInput, type PlanRatings } from './write';
export { WorkbookReadError, WorkbookWriteError, type WorkbookErrorKind } from './errors';
export { ratingColumnOverrides } from './own-columns';
