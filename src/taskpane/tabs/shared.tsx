/** Pieces every tab uses: rating words in colour, dates in the pane's language, the busy and error states. */
import { useCallback, useState } from 'react';
import {
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Button,
  Spinner,
  Input,
  Label,
  makeStyles,
  useId,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../core/dates';
import type { ComputedRating } from '../../core/plan/types';
import { RATING_LOOK, ratingWord } from '../../core/summary';
import type { PaneLanguage } from '../../core/settings';

export function usePaneLanguage(): PaneLanguage {
  const { i18n } = useTranslation();
  return i18n.language === 'cy' ? 'cy' : 'en';
}

/** `11 Nov 2015` (or its Welsh form). */
export function useDay(): (iso: string) => string {
  const lang = usePaneLanguage();
  return useCallback((iso: string) => formatDay(iso, lang), [lang]);
}

const useBadgeStyles = makeStyles({
  badge: {
    display: 'inline-block',
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusMedium,
    whiteSpace: 'nowrap',
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** A rating as its symbol and word on its colour, so it reads without colour too. */
export function RatingBadge({ rating }: { rating: ComputedRating }) {
  const styles = useBadgeStyles();
  const lang = usePaneLanguage();
  const look = RATING_LOOK[rating];
  return (
    <span
      className={styles.badge}
      style={{ background: `#${look.fill}`, color: `#${look.text}` }}
      data-rating={rating}
    >
      {look.symbol} {ratingWord(rating, lang)}
    </span>
  );
}

export interface Task {
  busy: boolean;
  error: string | null;
  run: <T>(work: () => Promise<T>) => Promise<T | undefined>;
  clear: () => void;
}

/** Runs one piece of work at a time, keeping the error for a MessageBar. */
export function useTask(): Task {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    try {
      return await work();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, run, clear: () => setError(null) };
}

/** Error texts from Excel may lack a full stop; the message around them reads as sentences. */
function asSentence(text: string): string {
  return /[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}

export function TaskStatus({ task }: { task: Task }) {
  const { t } = useTranslation();
  return (
    <div role="status" aria-live="polite">
      {task.busy && <Spinner size="tiny" label={t('app.working')} />}
      {task.error && (
        <MessageBar intent="error">
          <MessageBarBody>{t('app.failed', { reason: asSentence(task.error) })}</MessageBarBody>
          <MessageBarActions>
            <Button appearance="transparent" onClick={task.clear}>
              {t('app.dismiss')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}

export const usePanelStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalM,
  },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  field: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: '140px' },
  heading: { margin: 0 },
  list: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  cell: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: tokens.spacingHorizontalXS,
    verticalAlign: 'top',
    textAlign: 'left',
  },
  muted: { color: tokens.colorNeutralForeground3 },
  action: { alignSelf: 'flex-start' },
});

/** A labelled date input (ISO value), as the Rate and Summary tabs both ask for meeting dates. */
export function DateField(props: { label: string; value: string; onChange: (value: string) => void }) {
  const styles = usePanelStyles();
  const id = useId('date');
  return (
    <div className={styles.field}>
      <Label htmlFor={id}>{props.label}</Label>
      <Input id={id} type="date" value={props.value} onChange={(_e, data) => props.onChange(data.value)} />
    </div>
  );
}
