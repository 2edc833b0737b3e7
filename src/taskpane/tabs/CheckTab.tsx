/** Check: findings grouped by severity and rule; choosing one goes to its cell. */
import { Body1, Button, Caption1, Subtitle2 } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../services';
import { useDay, usePanelStyles, usePaneLanguage } from './shared';

export interface CheckTabProps {
  findings: Finding[] | null;
  /** The meeting date the findings were checked as of. */
  checkedAsOf: string | null;
  busy: boolean;
  onCheck: () => void;
  onOpen: (finding: Finding) => void;
}

function groupByRule(findings: Finding[]): [string, Finding[]][] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) groups.set(finding.rule, [...(groups.get(finding.rule) ?? []), finding]);
  return [...groups.entries()];
}

export function CheckTab({ findings, checkedAsOf, busy, onCheck, onOpen }: CheckTabProps) {
  const { t } = useTranslation();
  const day = useDay();
  const lang = usePaneLanguage();
  const styles = usePanelStyles();
  return (
    <div className={styles.panel}>
      <Button className={styles.action} appearance="primary" disabled={busy} onClick={onCheck}>
        {t('check.run')}
      </Button>
      {findings && checkedAsOf && (
        <Caption1 className={styles.muted}>{t('check.asOf', { day: day(checkedAsOf) })}</Caption1>
      )}
      {findings && findings.length === 0 && <Body1>{t('check.none')}</Body1>}
      {findings && findings.length > 0 && <Caption1 className={styles.muted}>{t('check.hint')}</Caption1>}
      {findings &&
        (['error', 'warning'] as const).map((severity) => {
          const ofSeverity = findings.filter((finding) => finding.severity === severity);
          if (ofSeverity.length === 0) return null;
          return (
            <section key={severity} className={styles.panel}>
              <Subtitle2 as="h2" className={styles.heading}>
                {t(`check.${severity}`)} ({ofSeverity.length})
              </Subtitle2>
              {groupByRule(ofSeverity).map(([rule, group]) => (
                <div key={rule}>
                  <Body1 as="h3" className={styles.heading}>
                    <strong>
                      {t('check.ruleCount', {
                        rule: t(`check.rules.${rule}`, { defaultValue: rule }),
                        count: group.length,
                      })}
                    </strong>
                  </Body1>
                  <ul className={styles.list}>
                    {group.map((finding, i) => {
                      const message = lang === 'cy' ? finding.messageCy : finding.message;
                      return (
                        <li key={`${finding.cell}-${i}`}>
                          <Button
                            appearance="subtle"
                            size="small"
                            style={{
                              textAlign: 'left',
                              justifyContent: 'flex-start',
                              height: 'auto',
                              fontWeight: 'normal',
                            }}
                            aria-label={t('check.goTo', { cell: finding.cell, message })}
                            onClick={() => onOpen(finding)}
                          >
                            <span>
                              <strong>{finding.cell}</strong>
                              {finding.ref ? ` (${finding.ref})` : ''}: {message}
                            </span>
                          </Button>
                        </li>
                      );
                    })}
                  </ul>
                </div>
              ))}
            </section>
          );
        })}
    </div>
  );
}
