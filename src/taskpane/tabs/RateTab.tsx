/** Rate: the dates and rule set, a preview of computed beside declared ratings, and Apply. */
import { Body1, Button, Dropdown, Label, Option, useId } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { RatingRow } from '../services';
import { RULE_SET_CHOICES, type RuleSetChoice } from '../../core/settings';
import { DateField, type DatesProblem, RatingBadge, usePanelStyles, usePaneLanguage, useDay } from './shared';

export interface RateTabProps {
  asOf: string;
  nextMeeting: string;
  ruleSet: RuleSetChoice;
  onChange: (change: { asOf?: string; nextMeeting?: string; ruleSet?: RuleSetChoice }) => void;
  rows: RatingRow[] | null;
  appliedCount: number | null;
  busy: boolean;
  /** Why the tab's work cannot run yet: a date not read, or the next meeting before the first date. */
  datesProblem: DatesProblem;
  onPreview: () => void;
  onApply: () => void;
}

export function RateTab(props: RateTabProps) {
  const { t } = useTranslation();
  const styles = usePanelStyles();
  const lang = usePaneLanguage();
  const day = useDay();
  const ruleSetId = useId('rule-set');
  return (
    <div className={styles.panel}>
      <div className={styles.row}>
        <DateField
          label={t('rate.asOf')}
          value={props.asOf}
          onChange={(value) => props.onChange({ asOf: value })}
        />
        <DateField
          label={t('rate.nextMeeting')}
          value={props.nextMeeting}
          onChange={(value) => props.onChange({ nextMeeting: value })}
        />
        <div className={styles.field}>
          <Label id={ruleSetId}>{t('rate.ruleSet')}</Label>
          <Dropdown
            aria-labelledby={ruleSetId}
            // As wide as the pane: the Welsh names of the rule sets are long.
            style={{ width: '100%', minWidth: 0 }}
            value={t(`rate.ruleSets.${props.ruleSet}`)}
            selectedOptions={[props.ruleSet]}
            onOptionSelect={(_e, data) => props.onChange({ ruleSet: data.optionValue as RuleSetChoice })}
          >
            {RULE_SET_CHOICES.map((choice) => (
              <Option key={choice} value={choice}>
                {t(`rate.ruleSets.${choice}`)}
              </Option>
            ))}
          </Dropdown>
        </div>
      </div>
      {props.datesProblem === 'unreadable' && <Body1 className={styles.muted}>{t('rate.badDates')}</Body1>}
      {props.datesProblem === 'order' && <Body1 role="alert">{t('rate.datesOrder')}</Body1>}
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={props.busy || props.datesProblem !== null}
          onClick={props.onPreview}
        >
          {t('rate.preview')}
        </Button>
        <Button disabled={props.busy || props.datesProblem !== null} onClick={props.onApply}>
          {t('rate.apply')}
        </Button>
      </div>
      {props.appliedCount !== null && (
        <Body1 role="status">{t('rate.applied', { count: props.appliedCount })}</Body1>
      )}
      {props.rows && (
        <table className={styles.table}>
          <caption className={styles.muted} style={{ textAlign: 'left' }}>
            {t('rate.tableCaption')}: {day(props.asOf)}
          </caption>
          <thead>
            <tr>
              {(['ref', 'computed', 'declared', 'reason'] as const).map((column) => (
                <th key={column} scope="col" className={styles.cell}>
                  {t(`rate.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr key={`${row.sheet}-${row.ref}-${row.cell}`}>
                <th scope="row" className={styles.cell} title={row.action}>
                  {row.ref}
                </th>
                <td className={styles.cell}>
                  <RatingBadge rating={row.computed} />
                </td>
                <td className={styles.cell}>
                  {row.declared ? <RatingBadge rating={row.declared} /> : t('rate.notDeclared')}
                </td>
                <td className={styles.cell}>{lang === 'cy' ? row.reasonCy : row.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
