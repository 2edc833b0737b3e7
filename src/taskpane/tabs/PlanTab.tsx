/** Plan: the plans found, and what each column holds, with a way to correct it. */
import { Body1, Button, Caption1, Dropdown, Option, Subtitle2, useId } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ColumnRole, Detection, PlanColumnView, PlanView } from '../services';
import { usePanelStyles } from './shared';

export const COLUMN_ROLES: ColumnRole[] = [
  'ref',
  'group',
  'action',
  'owner',
  'start',
  'due',
  'review',
  'milestone',
  'success',
  'progress',
  'rag',
  'resources',
];

export interface PlanTabProps {
  detection: Detection | null;
  busy: boolean;
  onDetect: () => void;
  onRoleChange: (plan: PlanView, column: PlanColumnView, role: ColumnRole | null) => void;
  savedMessage: string | null;
}

export function PlanTab({ detection, busy, onDetect, onRoleChange, savedMessage }: PlanTabProps) {
  const { t, i18n } = useTranslation();
  const styles = usePanelStyles();
  const lang = i18n.language;
  return (
    <div className={styles.panel}>
      <Button className={styles.action} appearance="primary" disabled={busy} onClick={onDetect}>
        {t('plan.detect')}
      </Button>
      {detection && detection.plans.length === 0 && (
        <Body1 role="alert">
          {detection.problems.map((p) => (lang === 'cy' ? p.messageCy : p.message)).join(' ') ||
            t('plan.none')}
        </Body1>
      )}
      {detection && detection.plans.length > 0 && (
        <>
          <Subtitle2 as="h2" className={styles.heading}>
            {t('plan.found')}
          </Subtitle2>
          <ul className={styles.list}>
            {detection.plans.map((plan) => (
              <li key={`${plan.sheet}/${plan.table ?? ''}`}>
                <Body1>
                  <strong>{plan.title ?? plan.table ?? plan.sheet}</strong>
                  {': '}
                  {t('plan.actions', { count: plan.actions })}
                </Body1>
                <br />
                <Caption1 className={styles.muted}>
                  {plan.table
                    ? t('plan.whereTable', { sheet: plan.sheet, table: plan.table })
                    : t('plan.where', { sheet: plan.sheet })}
                </Caption1>
              </li>
            ))}
          </ul>
          {detection.plans.map((plan) => (
            <RoleReview
              key={`roles-${plan.sheet}/${plan.table ?? ''}`}
              plan={plan}
              busy={busy}
              onRoleChange={onRoleChange}
            />
          ))}
          {savedMessage && <Body1 role="status">{savedMessage}</Body1>}
        </>
      )}
    </div>
  );
}

function RoleReview({
  plan,
  busy,
  onRoleChange,
}: {
  plan: PlanView;
  busy: boolean;
  onRoleChange: PlanTabProps['onRoleChange'];
}) {
  const { t } = useTranslation();
  const styles = usePanelStyles();
  const hintId = useId('roles-hint');
  const roleName = (role: ColumnRole | null) => (role ? t(`plan.roles.${role}`) : t('plan.notUsed'));
  return (
    <section aria-describedby={hintId} className={styles.panel}>
      <Subtitle2 as="h2" className={styles.heading}>
        {t('plan.rolesHeading')}
      </Subtitle2>
      <Caption1 id={hintId} className={styles.muted}>
        {t('plan.rolesHint')}
      </Caption1>
      <table className={styles.table}>
        <tbody>
          {plan.columns
            .filter((column) => column.header.trim() !== '')
            .map((column) => (
              <tr key={column.index}>
                <th scope="row" className={styles.cell}>
                  {column.header}
                </th>
                <td className={styles.cell}>
                  <Dropdown
                    aria-label={t('plan.roleLabel', { header: column.header, cell: column.cell })}
                    disabled={busy}
                    value={roleName(column.role)}
                    selectedOptions={[column.role ?? 'none']}
                    onOptionSelect={(_event, data) => {
                      const role = data.optionValue === 'none' ? null : (data.optionValue as ColumnRole);
                      if (role !== column.role) onRoleChange(plan, column, role);
                    }}
                  >
                    {COLUMN_ROLES.map((role) => (
                      <Option key={role} value={role}>
                        {roleName(role)}
                      </Option>
                    ))}
                    <Option value="none">{t('plan.notUsed')}</Option>
                  </Dropdown>
                </td>
              </tr>
            ))}
        </tbody>
      </table>
    </section>
  );
}
