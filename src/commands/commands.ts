/**
 * The ribbon's function commands (manifest: ExecuteFunction). Office runs these in a hidden page
 * and waits until each one calls `event.completed()`.
 */

/** "Refresh summary": rebuilding the summary sheet arrives with the summary feature. */
export function refreshSummary(event: Office.AddinCommands.Event): void {
  event.completed();
}

if (typeof Office !== 'undefined') {
  Office.onReady(() => {
    Office.actions.associate('refreshSummary', refreshSummary);
  });
}
