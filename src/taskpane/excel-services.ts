/**
 * The pane's services in Excel. The only place the pane calls Excel.run: each method is one
 * Excel.run around a command of the Office.js adapter. Settings and role corrections live in the
 * workbook's document settings, so they travel with the file.
 */
import { detectPlansInExcel, rateInExcel, buildSummaryInExcel } from '../excel';
import { ratePlan, ratingContext, checkPlans } from '../core/rag';
import type { RoleOverride } from '../core/plan/types';
import { daysBetween } from '../core/dates';
import {
  LAST_SUMMARY_KEY,
  OVERRIDES_KEY,
  SETTINGS_KEY,
  officeDocumentSettings,
  saveDocumentSetting,
  type DocumentSettings,
} from '../excel/document-settings';
import { parseSettings, ruleSetFor, type PaneSettings, type SettingsLoad } from '../core/settings';
import {
  planViews,
  ratingRows,
  splitCellAddress,
  summaryOutcome,
  type PaneServices,
  type RatingRequest,
} from './services';

/** The adapter's way of reading only the chosen plan: its sheet, and its table when it is one. */
function chosenPlan(request: RatingRequest): { sheet?: string; table?: string } {
  if (!request.plan) return {};
  return request.plan.table === null
    ? { sheet: request.plan.sheet }
    : { sheet: request.plan.sheet, table: request.plan.table };
}

function contextFor(request: RatingRequest) {
  return ratingContext({
    asOf: request.asOf,
    nextMeeting: request.nextMeeting,
    ruleSet: ruleSetFor(request),
  });
}

export function createExcelServices(settings: () => DocumentSettings = officeDocumentSettings): PaneServices {
  const overrides = (): RoleOverride[] => {
    const stored = settings().get(OVERRIDES_KEY);
    return Array.isArray(stored) ? (stored as RoleOverride[]) : [];
  };
  return {
    kind: 'excel',
    detectPlans: () =>
      Excel.run(async (context) => {
        const detected = await detectPlansInExcel(context, { overrides: overrides() });
        return {
          plans: planViews(detected.plans),
          problems: detected.problems.map(({ message, messageCy }) => ({ message, messageCy })),
        };
      }),
    // No check command in the adapter yet: detection, then the engine's checks.
    check: (request) =>
      Excel.run(async (context) => {
        const detected = await detectPlansInExcel(context, {
          overrides: overrides(),
          ...chosenPlan(request),
        });
        return checkPlans(detected.plans, contextFor(request));
      }),
    selectCell: (address) =>
      Excel.run(async (context) => {
        const target = splitCellAddress(address);
        if (!target) return;
        const sheet = context.workbook.worksheets.getItem(target.sheet);
        sheet.activate();
        sheet.getRange(target.cell).select();
        await context.sync();
      }),
    // No preview command in the adapter yet: detection, then the engine's ratings, nothing written.
    previewRatings: (request) =>
      Excel.run(async (context) => {
        const detected = await detectPlansInExcel(context, {
          overrides: overrides(),
          ...chosenPlan(request),
        });
        const ctx = contextFor(request);
        return ratingRows(
          detected.plans,
          detected.plans.map((plan) => ratePlan(plan, ctx)),
        );
      }),
    applyRatings: (request) =>
      Excel.run(async (context) => {
        const rated = await rateInExcel(context, {
          overrides: overrides(),
          ...chosenPlan(request),
          asOf: request.asOf,
          nextMeeting: request.nextMeeting,
          ruleSet: ruleSetFor(request),
        });
        return ratingRows(rated.plans, rated.rated);
      }),
    buildSummary: (request) =>
      Excel.run(async (context) => {
        const built = await buildSummaryInExcel(context, {
          overrides: overrides(),
          ...chosenPlan(request),
          asOf: request.asOf,
          nextMeeting: request.nextMeeting,
          ruleSet: ruleSetFor(request),
          board: request.board || undefined,
          lang: request.lang,
        });
        // Remembered so that the ribbon's "Refresh summary" can rebuild it with today's date.
        await saveDocumentSetting(settings(), LAST_SUMMARY_KEY, {
          board: built.summary.title.board,
          lang: request.lang,
          meetingIntervalDays: Math.max(
            1,
            daysBetween(built.summary.title.asOf, built.summary.title.nextMeeting),
          ),
        });
        return summaryOutcome(built.summary, built.sheet);
      }),
    loadSettings: async (): Promise<SettingsLoad> => parseSettings(settings().get(SETTINGS_KEY)),
    saveSettings: (value: PaneSettings) => saveDocumentSetting(settings(), SETTINGS_KEY, value),
    loadRoleOverrides: async () => overrides(),
    saveRoleOverrides: (value) => saveDocumentSetting(settings(), OVERRIDES_KEY, value),
  };
}
