/** Plan: the plans found, which of them the other tabs work on, and what each column holds. */
import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  Option,
  Radio,
  RadioGroup,
  Subtitle2,
  useId,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import {
  planKey,
  type ColumnRole,
  type Detection,
  type PlanColumnView,
  type PlanRef,
  type PlanView,
} from '../services';
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

const ALL_PLANS = 'all';

export interface PlanTabProps {
  detection: Detection | null;
  busy: boolean;
  onDetect: () => void;
  onRoleChange: (plan: PlanView, column: PlanColumnView, role: ColumnRole | null) => void;
  savedMessage: string | null;
  /** The plan the Check, Rate and Summary tabs work on; null for all of them. */
  scope: PlanRef | null;
  onScopeChange: (plan: PlanRef | null) => void;
  /** The plan whose columns are shown for review. */
  reviewed: PlanView | null;
  onReview: (plan: PlanView) => void;
}

/** A plan's name as officers know it: its title, else its table or sheet. */
export function planName(plan: PlanRef & { title?: string | null }): string {
  return plan.title ?? plan.table ?? plan.sheet;
}

export function PlanTab(props: PlanTabProps) {
  const { detection, busy, onDetect, savedMessage, reviewed } = props;
  const { t, i18n } = useTranslation();
  const styles = usePanelStyles();
  const lang = i18n.language;
  const plans = detection?.plans ?? [];
  return (
    <div className={styles.panel}>
      <Button className={styles.action} appearance="primary" disabled={busy} onClick={onDetect}>
        {t('plan.detect')}
      </Button>
      {detection && plans.length === 0 && (
        <Body1 role="alert">
          {detection.problems.map((p) => (lang === 'cy' ? p.messageCy : p.message)).join(' ') ||
            t('plan.none')}
        </Body1>
      )}
      {plans.length === 1 && (
        <>
          <Subtitle2 as="h2" className={styles.heading}>
            {t('plan.found')}
          </Subtitle2>
          <ul className={styles.list}>
            <li>
              <PlanLabel plan={plans[0]} />
            </li>
          </ul>
        </>
      )}
      {plans.length > 1 && <PlanChoice {...props} plans={plans} />}
      {reviewed && (
        <RoleReview
          key={`roles-${planKey(reviewed)}`}
          plans={plans}
          plan={reviewed}
          busy={busy}
          onRoleChange={props.onRoleChange}
          onReview={props.onReview}
        />
      )}
      {savedMessage && <Body1 role="status">{savedMessage}</Body1>}
    </div>
  );
}

function PlanLabel({ plan }: { plan: PlanView }) {
  const { t } = useTranslation();
  const styles = usePanelStyles();
  return (
    <>
      <Body1>
        <strong>{planName(plan)}</strong>
        {': '}
        {t('plan.actions', { count: plan.actions })}
      </Body1>
      <br />
      <Caption1 className={styles.muted}>
        {plan.table
          ? t('plan.whereTable', { sheet: plan.sheet, table: plan.table })
          : t('plan.where', { sheet: plan.sheet })}
      </Caption1>
    </>
  );
}

/** Several plans: the officer says which one the other tabs work on, or all of them. */
function PlanChoice({ plans, scope, onScopeChange, busy }: PlanTabProps & { plans: PlanView[] }) {
  const { t } = useTranslation();
  const total = plans.reduce((sum, plan) => sum + plan.actions, 0);
  return (
    <Field label={t('plan.scopeLabel')} hint={t('plan.scopeHint')}>
      <RadioGroup
        value={scope ? planKey(scope) : ALL_PLANS}
        disabled={busy}
        onChange={(_event, data) =>
          onScopeChange(
            data.value === ALL_PLANS ? null : (plans.find((plan) => planKey(plan) === data.value) ?? null),
          )
        }
      >
        <Radio value={ALL_PLANS} label={t('plan.scopeAll', { plans: plans.length, count: total })} />
        {plans.map((plan) => (
          <Radio key={planKey(plan)} value={planKey(plan)} label={{ children: <PlanLabel plan={plan} /> }} />
        ))}
      </RadioGroup>
    </Field>
  );
}

function RoleReview({
  plans,
  plan,
  busy,
  onRoleChange,
  onReview,
}: {
  plans: PlanView[];
  plan: PlanView;
  busy: boolean;
  onRoleChange: PlanTabProps['onRoleChange'];
  onReview: PlanTabProps['onReview'];
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
      {plans.length > 1 && (
        <Field label={t('plan.reviewLabel')}>
          <Dropdown
            value={planName(plan)}
            selectedOptions={[planKey(plan)]}
            onOptionSelect={(_event, data) => {
              const chosen = plans.find((candidate) => planKey(candidate) === data.optionValue);
              if (chosen) onReview(chosen);
            }}
          >
            {plans.map((candidate) => (
              <Option key={planKey(candidate)} value={planKey(candidate)} text={planName(candidate)}>
                {planName(candidate)}
                {candidate.table ? ` (${candidate.sheet}, ${candidate.table})` : ` (${candidate.sheet})`}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
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
