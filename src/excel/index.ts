/** The Office.js adapter: the open workbook read into the grid port, and our writes back into it. */
export {
  readWorkbookGridFromExcel,
  readWorkbookFacts,
  type ExcelWorkbookGrid,
  type WorkbookFacts,
  type ExcelReadOptions,
} from './read';
export {
  writeRatingColumns,
  type RatingColumnsResult,
  type RatingColumnsPlacement,
  type WriteOptions,
} from './rating-columns';
export { applyDeclaredRatingValidation, ratingChoices } from './validation';
export { paintDrawing, type PaintOptions, type PaintResult } from './paint';
export { writeSnapshotSheet, type SnapshotResult } from './snapshots';
export { detectPlansInExcel, rateInExcel, buildSummaryInExcel } from './commands';
export type {
  DetectOptions,
  DetectResult,
  RateOptions,
  RateResult,
  SummaryOptions,
  SummaryResult,
} from './commands';
export { officeSupports, type Supports } from './requirements';
export type { ExcelNote, ExcelNoteCode } from './notes';
export { readUsedRangeValues, type UsedRangeValues } from './read-used-range';
