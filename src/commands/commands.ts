/**
 * The ribbon's function commands (manifest: ExecuteFunction). Office runs these in a hidden page
 * and waits until each one calls `event.completed()`.
 */
import { addDays, todayInUk } from '../core/dates';
import { DEFAULT_MEETING_INTERVAL_DAYS } from '../core/rag';
import { parseLastSummary, parseSettings, ruleSetFor } from '../core/settings';
import { buildSummaryInExcel, type SummaryResult } from '../excel/commands';
import {
  LAST_SUMMARY_KEY,
  OVERRIDES_KEY,
  SETTINGS_KEY,
  officeDocumentSettings,
  type DocumentSettings,
} from '../excel/document-settings';
import type { RoleOverride } from '../core/plan/types';

/**
 * "Refresh summary": rebuilds the board summary as of today, for the board, language and meeting
 * interval of the summary last built in the pane (or the defaults), with the workbook's own rule-set
 * settings and column corrections. One Excel.run, like every user command.
 */
export async function rebuildSummaryAsOfToday(
  settings: DocumentSettings,
  now: Date = new Date(),
): Promise<SummaryResult> {
  const { settings: paneSettings } = parseSettings(settings.get(SETTINGS_KEY));
  const last = parseLastSummary(settings.get(LAST_SUMMARY_KEY));
  const stored = settings.get(OVERRIDES_KEY);
  const asOf = todayInUk(now);
  return Excel.run(async (context) => {
    const built = await buildSummaryInExcel(context, {
      asOf,
      nextMeeting: addDays(asOf, last?.meetingIntervalDays ?? DEFAULT_MEETING_INTERVAL_DAYS),
      ruleSet: ruleSetFor(paneSettings),
      board: last?.board || undefined,
      lang: last?.lang ?? paneSettings.language,
      overrides: Array.isArray(stored) ? (stored as RoleOverride[]) : [],
    });
    return built;
  });
}

export async function refreshSummary(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await rebuildSummaryAsOfToday(officeDocumentSettings());
  } catch (error) {
    // A function command has no window to show a message in; the pane's Summary tab shows errors.
    console.error('Refresh summary failed:', error);
  } finally {
    event.completed();
  }
}

if (typeof Office !== 'undefined') {
  Office.onReady(() => {
    Office.actions.associate('refreshSummary', refreshSummary);
  });
}
