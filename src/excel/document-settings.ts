/**
 * What the add-in keeps in the workbook's document settings (Office.context.document.settings), so
 * that it travels with the file to colleagues: the pane's settings, the officer's corrections of
 * column roles, and the last board summary built. Every value is validated when read.
 */
export const SETTINGS_KEY = 'actionPlanTracker.settings';
export const OVERRIDES_KEY = 'actionPlanTracker.roleOverrides';
export const LAST_SUMMARY_KEY = 'actionPlanTracker.lastSummary';

/** The part of Office.context.document.settings the add-in uses. */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message: string } }) => void): void;
}

export function officeDocumentSettings(): DocumentSettings {
  return Office.context.document.settings as unknown as DocumentSettings;
}

export function saveDocumentSetting(settings: DocumentSettings, name: string, value: unknown): Promise<void> {
  settings.set(name, value);
  return new Promise((resolve, reject) =>
    settings.saveAsync((result) => (result.error ? reject(new Error(result.error.message)) : resolve())),
  );
}
