/** Settings: rule-set thresholds and the pane's language, saved in the workbook. */
import { useState } from 'react';
import { Body1, Button, Caption1, Input, Label, Radio, RadioGroup, useId } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { PaneLanguage, PaneSettings } from '../../core/settings';
import { usePanelStyles } from './shared';

export interface SettingsTabProps {
  settings: PaneSettings;
  busy: boolean;
  savedAt: number | null;
  onLanguage: (language: PaneLanguage) => void;
  onSave: (settings: PaneSettings) => void;
}

/** A whole number of days 0-365, or null for empty when empty is allowed; undefined when not valid. */
function days(text: string, emptyAllowed: boolean): number | null | undefined {
  if (text.trim() === '') return emptyAllowed ? null : undefined;
  if (!/^\d{1,3}$/.test(text.trim())) return undefined;
  const value = Number(text.trim());
  return value <= 365 ? value : undefined;
}

export function SettingsTab({ settings, busy, savedAt, onLanguage, onSave }: SettingsTabProps) {
  const { t } = useTranslation();
  const styles = usePanelStyles();
  const dueSoonId = useId('due-soon');
  const dueSoonHint = useId('due-soon-hint');
  const graceId = useId('grace');
  const languageId = useId('language');
  const [dueSoon, setDueSoon] = useState(settings.dueSoonDays === null ? '' : String(settings.dueSoonDays));
  const [grace, setGrace] = useState(String(settings.overdueAfterDays));
  const dueSoonDays = days(dueSoon, true);
  const overdueAfterDays = days(grace, false);
  const valid = dueSoonDays !== undefined && overdueAfterDays !== undefined && overdueAfterDays !== null;
  return (
    <div className={styles.panel}>
      <div className={styles.field}>
        <Label htmlFor={dueSoonId}>{t('settings.dueSoon')}</Label>
        <Input
          id={dueSoonId}
          inputMode="numeric"
          aria-describedby={dueSoonHint}
          value={dueSoon}
          onChange={(_e, d) => setDueSoon(d.value)}
        />
        <Caption1 id={dueSoonHint} className={styles.muted}>
          {t('settings.dueSoonHint')}
        </Caption1>
      </div>
      <div className={styles.field}>
        <Label htmlFor={graceId}>{t('settings.grace')}</Label>
        <Input id={graceId} inputMode="numeric" value={grace} onChange={(_e, d) => setGrace(d.value)} />
      </div>
      <div className={styles.field}>
        <Label id={languageId}>{t('settings.language')}</Label>
        <RadioGroup
          aria-labelledby={languageId}
          value={settings.language}
          onChange={(_e, d) => onLanguage(d.value as PaneLanguage)}
        >
          <Radio value="en" label={t('settings.english')} />
          <Radio value="cy" label={t('settings.welsh')} lang="cy" />
        </RadioGroup>
      </div>
      {!valid && <Body1 role="alert">{t('settings.badNumber')}</Body1>}
      <Button
        className={styles.action}
        appearance="primary"
        disabled={busy || !valid}
        onClick={() => valid && onSave({ ...settings, dueSoonDays: dueSoonDays ?? null, overdueAfterDays })}
      >
        {t('settings.save')}
      </Button>
      {savedAt !== null && <Body1 role="status">{t('settings.saved')}</Body1>}
    </div>
  );
}
