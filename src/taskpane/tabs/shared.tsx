/** Pieces every tab uses: rating words in colour, dates in the pane's language, the busy and error states. */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Button,
  Spinner,
  Field,
  Input,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { formatDay, readDayEntry } from '../../core/dates';
import { datesMessages as cyDates } from '../../core/i18n/cy/dates';
import { datesMessages as enDates } from '../../core/i18n/en/dates';
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

/** Why a tab's dated work cannot run yet: a date not read, or the next meeting before the first date. */
export type DatesProblem = 'unreadable' | 'order' | null;

/** `22/11/2026` for `2026-11-22`: how a day is shown for editing, the same in both languages. */
function entryText(iso: string): string {
  const [year, month, day] = iso.split('-');
  return year && month && day ? `${day}/${month}/${year}` : '';
}

const MONTH_NAMES = { en: enDates.monthNames, cy: cyDates.monthNames };

/**
 * A labelled date entry, day first whatever the browser's locale (a native date input shows
 * mm/dd/yyyy in an en-US browser): the officer types `22/11/2026` or `22 Nov 2026`, sees the day it
 * was read as, and gets a message saying how to write it when it cannot be read. The value the tab
 * gets is an ISO day, or '' while what is typed is not one day.
 */
export function DateField(props: { label: string; value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const lang = usePaneLanguage();
  const styles = usePanelStyles();
  const [text, setText] = useState(() => entryText(props.value));
  // Errors wait until the officer leaves the field once: a half-typed date is not a mistake.
  const [left, setLeft] = useState(false);
  const sent = useRef(props.value);
  useEffect(() => {
    // A value set from outside (the other tab's field, a reset) replaces what is shown.
    if (props.value !== sent.current) {
      sent.current = props.value;
      setText(entryText(props.value));
    }
  }, [props.value]);

  const entry = readDayEntry(text);
  const onText = (next: string) => {
    setText(next);
    const read = readDayEntry(next);
    const iso = read.ok ? read.iso : '';
    if (iso !== sent.current) {
      sent.current = iso;
      props.onChange(iso);
    }
  };

  let hint: string | undefined;
  let error: string | undefined;
  if (entry.ok) {
    const [year, month, day] = entry.iso.split('-').map(Number);
    hint = t('dateField.understood', {
      weekday: t(`dateField.weekdays.${entry.weekday}`),
      day,
      month: MONTH_NAMES[lang][month - 1],
      year,
    });
  } else if (!left) hint = t('dateField.format');
  else if (entry.problem === 'empty') error = t('dateField.empty');
  else if (entry.problem === 'not-one-day')
    error = t('dateField.notOneDay', { text: text.trim(), note: lang === 'cy' ? entry.noteCy : entry.note });
  else error = t('dateField.notADay', { note: lang === 'cy' ? entry.noteCy : entry.note });

  return (
    <Field
      className={styles.field}
      label={props.label}
      hint={hint}
      validationState={error ? 'error' : 'none'}
      validationMessage={error}
    >
      <Input
        value={text}
        autoComplete="off"
        onChange={(_e, data) => onText(data.value)}
        onBlur={() => setLeft(true)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') setLeft(true);
        }}
      />
    </Field>
  );
}
