/** Public API of the board summary: the model, its JSON, its sheet drawing, chart and snapshots. */
export type {
  BoardSummary,
  SummaryInput,
  SummaryPlanInput,
  RatedActionInput,
  SnapshotRow,
  RatingCounts,
  DeclaredCounts,
  GroupCounts,
  Direction,
  ActionMove,
  Movement,
  ExceptionRow,
  UpcomingItem,
  UpcomingKind,
  DataQuality,
  RuleCount,
  SummaryTitle,
} from './types';
export { buildSummary } from './build';
export { assembleSummaryInput, planNames, type WorkbookPlans } from './assemble';
export { summaryToJson, type SummaryJson, type SummaryJsonTotals } from './json';
export { renderSummarySheet, summarySheetName } from './render';
export { summaryMarker, summaryMarkerDate, summarySheetDate } from './marker';
export { ratingsChartSvg, type ChartSvg } from './chart';
export {
  snapshotRowsFor,
  readSnapshotRows,
  replaceSnapshot,
  isSnapshotSheet,
  snapshotDrawing,
  SNAPSHOT_SHEET,
  SNAPSHOT_HEADER,
  SNAPSHOT_MARKER,
  type SnapshotProblem,
} from './snapshot';
export { isOurSheet, withoutOurSheets, snapshotHistoryOf } from './ours';
export { previousSnapshotDate } from './movement';
export { compareRefs, DISPLAY_ORDER, progressRank } from './order';
export { computedKey, declaredKey } from './counts';
export { RATING_LOOK, ratingLabel } from './look';
export { summaryText, ratingWord, type Lang } from './language';
