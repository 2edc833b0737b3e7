/**
 * The pane's settings as saved in the workbook: rule-set thresholds and the pane's language.
 * Validated on load, because a workbook can carry settings written by hand or by an older version.
 */
import { z } from 'zod';
import { resolveRuleSet, type RuleSet } from './rag';

export const RULE_SET_CHOICES = ['deadlines', 'judgement'] as const;
export type RuleSetChoice = (typeof RULE_SET_CHOICES)[number];
export type PaneLanguage = 'en' | 'cy';

export const paneSettingsSchema = z.strictObject({
  ruleSet: z.enum(RULE_SET_CHOICES),
  /** Actions due within this many days of the as-of date are amber; null: up to the next meeting. */
  dueSoonDays: z.int().min(0).max(365).nullable(),
  /** Days past due before an action is red. */
  overdueAfterDays: z.int().min(0).max(365),
  language: z.enum(['en', 'cy']),
});

export type PaneSettings = z.infer<typeof paneSettingsSchema>;

export const DEFAULT_SETTINGS: PaneSettings = {
  ruleSet: 'deadlines',
  dueSoonDays: null,
  overdueAfterDays: 0,
  language: 'en',
};

/** Settings read from a workbook: either valid ones, or the defaults and the fields that were wrong. */
export type SettingsLoad = { settings: PaneSettings; badFields: string[] };

export function parseSettings(stored: unknown): SettingsLoad {
  if (stored === null || stored === undefined) return { settings: DEFAULT_SETTINGS, badFields: [] };
  const parsed = paneSettingsSchema.safeParse(stored);
  if (parsed.success) return { settings: parsed.data, badFields: [] };
  const badFields = [
    ...new Set(parsed.error.issues.map((issue) => issue.path.map(String).join('.') || '(settings)')),
  ];
  return { settings: DEFAULT_SETTINGS, badFields };
}

/** The rule set the settings describe, validated by the engine like any workbook rule set. */
export function ruleSetFor(
  settings: Pick<PaneSettings, 'ruleSet' | 'dueSoonDays' | 'overdueAfterDays'>,
): RuleSet {
  if (settings.ruleSet === 'judgement') return resolveRuleSet('judgement');
  return resolveRuleSet(
    {
      name: 'deadlines',
      kind: 'deadlines',
      milestones: true,
      overdueAfterDays: settings.overdueAfterDays,
      ...(settings.dueSoonDays === null ? {} : { dueSoonDays: settings.dueSoonDays }),
    },
    'settings',
  );
}

/**
 * The board summary last built from the pane: what "Refresh summary" on the ribbon rebuilds with
 * today's date, keeping the board's name, the language and the gap until the next meeting.
 */
export const lastSummarySchema = z.strictObject({
  board: z.string().max(200),
  lang: z.enum(['en', 'cy']),
  meetingIntervalDays: z.int().min(1).max(366),
});

export type LastSummary = z.infer<typeof lastSummarySchema>;

/** The stored record, or null when there is none or it is not one we wrote. */
export function parseLastSummary(stored: unknown): LastSummary | null {
  const parsed = lastSummarySchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}
