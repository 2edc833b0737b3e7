/** Summary: the board's name and meeting, Build, then the headline counts and the exceptions. */
import { Body1, Button, Input, Label, Link, Subtitle2, useId } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ComputedRating } from '../../core/plan/types';
import type { SummaryOutcome } from '../services';
import { DateField, type DatesProblem, RatingBadge, usePanelStyles, usePaneLanguage, useDay } from './shared';

export interface SummaryTabProps {
  board: string;
  onBoardChange: (board: string) => void;
  asOf: string;
  nextMeeting: string;
  onDatesChange: (change: { asOf?: string; nextMeeting?: string }) => void;
  outcome: SummaryOutcome | null;
  busy: boolean;
  /** Why the tab's work cannot run yet: a date not read, or the next meeting before the first date. */
  datesProblem: DatesProblem;
  onBuild: () => void;
}

const COUNTED: {
  rating: ComputedRating;
  key: 'complete' | 'green' | 'yellow' | 'amber' | 'red' | 'notRated';
}[] = [
  { rating: 'red', key: 'red' },
  { rating: 'amber', key: 'amber' },
  { rating: 'yellow', key: 'yellow' },
  { rating: 'green', key: 'green' },
  { rating: 'complete', key: 'complete' },
  { rating: 'not-rated', key: 'notRated' },
];

export function SummaryTab(props: SummaryTabProps) {
  const { t } = useTranslation();
  const styles = usePanelStyles();
  const lang = usePaneLanguage();
  const day = useDay();
  const boardId = useId('board');
  const { outcome } = props;
  return (
    <div className={styles.panel}>
      <div className={styles.field}>
        <Label htmlFor={boardId}>{t('summary.board')}</Label>
        <Input id={boardId} value={props.board} onChange={(_e, data) => props.onBoardChange(data.value)} />
      </div>
      <div className={styles.row}>
        <DateField
          label={t('summary.meeting')}
          value={props.asOf}
          onChange={(value) => props.onDatesChange({ asOf: value })}
        />
        <DateField
          label={t('rate.nextMeeting')}
          value={props.nextMeeting}
          onChange={(value) => props.onDatesChange({ nextMeeting: value })}
        />
      </div>
      {props.datesProblem === 'unreadable' && <Body1 className={styles.muted}>{t('rate.badDates')}</Body1>}
      {props.datesProblem === 'order' && <Body1 role="alert">{t('summary.datesOrder')}</Body1>}
      <Button
        className={styles.action}
        appearance="primary"
        disabled={props.busy || props.datesProblem !== null}
        onClick={props.onBuild}
      >
        {t('summary.build')}
      </Button>
      {outcome && (
        <>
          <Body1 role="status">{t('summary.built', { sheet: outcome.sheet, asOf: day(props.asOf) })}</Body1>
          <Subtitle2 as="h2" className={styles.heading}>
            {t('summary.headline')}
          </Subtitle2>
          <table className={styles.table}>
            <tbody>
              {COUNTED.filter(({ key }) => key !== 'yellow' || outcome.showYellow).map(({ rating, key }) => (
                <tr key={key}>
                  <th scope="row" className={styles.cell}>
                    <RatingBadge rating={rating} />
                  </th>
                  <td className={styles.cell} data-count={key}>
                    {outcome.totals[key]}
                  </td>
                </tr>
              ))}
              <tr>
                <th scope="row" className={styles.cell}>
                  {t('summary.total')}
                </th>
                <td className={styles.cell} data-count="total">
                  <strong>{outcome.totals.total}</strong>
                </td>
              </tr>
            </tbody>
          </table>
          <Subtitle2 as="h2" className={styles.heading}>
            {t('summary.exceptions')}
          </Subtitle2>
          {outcome.exceptions.length === 0 ? (
            <Body1>{t('summary.noExceptions')}</Body1>
          ) : (
            <ul className={styles.list}>
              {outcome.exceptions.map((row, i) => (
                <li key={`${row.ref}-${i}`}>
                  <RatingBadge rating={row.computed} /> <strong>{row.ref}</strong>
                  {row.owner ? ` · ${row.owner}` : ''}
                  {row.due
                    ? ` · ${t('summary.due', { date: day(row.due) })}`
                    : row.dueText
                      ? ` · ${row.dueText}`
                      : ''}
                  <br />
                  <span className={styles.muted}>{lang === 'cy' ? row.reasonCy : row.reason}</span>
                </li>
              ))}
            </ul>
          )}
          {outcome.download && (
            <Link href={outcome.download.url} download={outcome.download.fileName}>
              {t('summary.download')}
            </Link>
          )}
        </>
      )}
    </div>
  );
}
