/**
 * The pane's services over the bundled sample workbook, for the browser demo: the same engine as
 * in Excel, with the workbook held in memory and the demo's grid view standing in for the sheet.
 */
import type ExcelJS from 'exceljs';
import type { WorkbookGrid } from '../core/grid/types';
import { parseA1 } from '../core/grid/address';
import { readPlans } from '../core/plan';
import type { Plan, PlanReadResult, RoleOverride } from '../core/plan/types';
import { checkPlans, ratePlan, ratingContext, type RatedAction } from '../core/rag';
import { assembleSummaryInput, buildSummary, renderSummarySheet, withoutOurSheets } from '../core/summary';
import { DemoStore, type AppliedRating, type RatingColumnsView } from './demo/demo-store';
import { summaryWorkbookBytes } from './demo/summary-workbook';
import { DEFAULT_SETTINGS, ruleSetFor, type PaneSettings } from '../core/settings';
import {
  planViews,
  plansInScope,
  ratingRows,
  splitCellAddress,
  summaryOutcome,
  type PaneServices,
  type RatingRequest,
} from './services';

export const DEMO_AS_OF = '2015-11-11';
export const DEMO_NEXT_MEETING = '2015-12-09';
export const DEMO_FILE_NAME = 'sample-plan.xlsx';

export interface DemoWorkbook {
  grid: WorkbookGrid;
  /** The sample's bytes, reopened for each built copy so one build never leaks into the next. */
  bytes?: ArrayBuffer;
  load?: (bytes: ArrayBuffer) => Promise<ExcelJS.Workbook>;
}

export function createDemoServices(workbook: DemoWorkbook, store: DemoStore): PaneServices {
  let overrides: RoleOverride[] = [];
  let settings: PaneSettings = DEFAULT_SETTINGS;
  const grid = withoutOurSheets(workbook.grid);

  // The workbook never changes in the demo: plans are read again only when the roles are corrected.
  let read: PlanReadResult | null = null;
  const readOnce = (): PlanReadResult => (read ??= readPlans(grid, { overrides }));
  const plans = (request: RatingRequest): Plan[] => plansInScope(readOnce().plans, request.plan);
  const contextFor = (request: RatingRequest) =>
    ratingContext({ asOf: request.asOf, nextMeeting: request.nextMeeting, ruleSet: ruleSetFor(request) });

  return {
    kind: 'demo',
    detectPlans: async () => {
      const { plans: found, problems } = readOnce();
      return {
        plans: planViews(found),
        problems: problems.map(({ message, messageCy }) => ({ message, messageCy })),
      };
    },
    check: async (request) => checkPlans(plans(request), contextFor(request)),
    selectCell: async (address) => {
      const target = splitCellAddress(address);
      const cell = target && parseA1(target.cell);
      if (!target || !cell) return;
      store.update({ sheet: target.sheet, selected: { sheet: target.sheet, ...cell } });
    },
    previewRatings: async (request) => {
      const found = plans(request);
      const ctx = contextFor(request);
      return ratingRows(
        found,
        found.map((plan) => ratePlan(plan, ctx)),
      );
    },
    applyRatings: async (request) => {
      const found = plans(request);
      const ctx = contextFor(request);
      const rated = found.map((plan) => ratePlan(plan, ctx));
      store.update({ ratingColumns: found.map((plan, i) => ratingColumnsFor(plan, rated[i], grid)) });
      return ratingRows(found, rated);
    },
    buildSummary: async (request) => {
      const ctx = contextFor(request);
      const input = assembleSummaryInput(
        [{ name: DEMO_FILE_NAME, file: DEMO_FILE_NAME, plans: plans(request) }],
        ctx,
        {
          board: request.board,
          generatedAt: new Date().toISOString().slice(0, 10),
          previous: [],
        },
      );
      const summary = buildSummary(input);
      const drawing = renderSummarySheet(summary, request.lang);
      const outcome = summaryOutcome(summary, drawing.name);
      if (workbook.bytes && workbook.load && typeof URL.createObjectURL === 'function') {
        const bytes = await summaryWorkbookBytes(await workbook.load(workbook.bytes), drawing);
        const blob = new Blob([bytes], {
          type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        });
        outcome.download = { url: URL.createObjectURL(blob), fileName: 'sample-plan-summary.xlsx' };
      }
      return outcome;
    },
    loadSettings: async () => ({ settings, badFields: [] }),
    saveSettings: async (value) => {
      settings = value;
    },
    loadRoleOverrides: async () => overrides,
    saveRoleOverrides: async (value) => {
      overrides = value;
      read = null;
    },
  };
}

/** Our two columns go just right of the plan's last column, as the adapters place them. */
function ratingColumnsFor(plan: Plan, rated: RatedAction[], grid: WorkbookGrid): RatingColumnsView {
  const sheet = grid.sheets.find((s) => s.name === plan.sheet);
  const lastPlanColumn = Math.max(...plan.columns.map((column) => column.index));
  const width = sheet?.rows[0]?.length ?? lastPlanColumn + 1;
  const byRow = new Map<number, AppliedRating>();
  for (const { action, result } of rated)
    byRow.set(action.row, { rating: result.rating, reason: result.reason, reasonCy: result.reasonCy });
  return {
    sheet: plan.sheet,
    headerRow: plan.headerRows[1],
    column: Math.max(width, lastPlanColumn + 1),
    byRow,
  };
}
