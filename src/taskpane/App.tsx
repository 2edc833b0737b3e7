/** The pane: Plan, Check, Rate, Summary and Settings, over whichever workbook the services reach. */
import { useEffect, useRef, useState } from 'react';
import {
  Body1,
  Caption1,
  CounterBadge,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  Title2,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { addDays } from '../core/dates';
import type { ExcelHost } from './office-host';
import {
  mergeOverrides,
  type ColumnRole,
  type Detection,
  type Finding,
  type PaneServices,
  type PlanColumnView,
  type PlanView,
  type RatingRequest,
  type RatingRow,
  type SummaryOutcome,
} from './services';
import { DEFAULT_SETTINGS, type PaneLanguage, type PaneSettings, type RuleSetChoice } from '../core/settings';
import { usePageStyles } from './styles';
import { CheckTab } from './tabs/CheckTab';
import { PlanTab } from './tabs/PlanTab';
import { RateTab } from './tabs/RateTab';
import { SettingsTab } from './tabs/SettingsTab';
import { SummaryTab } from './tabs/SummaryTab';
import { TaskStatus, useTask } from './tabs/shared';

export type TabName = 'plan' | 'check' | 'rate' | 'summary' | 'settings';
const TABS: TabName[] = ['plan', 'check', 'rate', 'summary', 'settings'];
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface AppProps {
  services: PaneServices;
  /** Excel's platform and API version; null in the demo. */
  host: ExcelHost | null;
  /** The as-of date and next meeting the pane starts with. */
  asOf: string;
  nextMeeting?: string;
}

export function App({ services, host, asOf: initialAsOf, nextMeeting: initialNext }: AppProps) {
  const { t, i18n } = useTranslation();
  const styles = usePageStyles();
  const task = useTask();
  const [tab, setTab] = useState<TabName>('plan');
  const [settings, setSettings] = useState<PaneSettings>(DEFAULT_SETTINGS);
  const [badSettings, setBadSettings] = useState<string[]>([]);
  const [settingsSavedAt, setSettingsSavedAt] = useState<number | null>(null);
  const [detection, setDetection] = useState<Detection | null>(null);
  const [roleSaved, setRoleSaved] = useState<string | null>(null);
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [asOf, setAsOf] = useState(initialAsOf);
  const [nextMeeting, setNextMeeting] = useState(initialNext ?? addDays(initialAsOf, 28));
  const [ruleSet, setRuleSet] = useState<RuleSetChoice>(DEFAULT_SETTINGS.ruleSet);
  const [ratings, setRatings] = useState<RatingRow[] | null>(null);
  const [appliedCount, setAppliedCount] = useState<number | null>(null);
  const [board, setBoard] = useState(t('summary.defaultBoard'));
  const [summary, setSummary] = useState<SummaryOutcome | null>(null);
  const started = useRef(false);

  const datesValid = ISO_DAY.test(asOf) && ISO_DAY.test(nextMeeting) && nextMeeting >= asOf;
  const request = (): RatingRequest => ({
    asOf,
    nextMeeting,
    ruleSet,
    dueSoonDays: settings.dueSoonDays,
    overdueAfterDays: settings.overdueAfterDays,
  });

  async function detectAndCheck(using: PaneSettings = settings) {
    setDetection(await services.detectPlans());
    if (datesValid)
      setFindings(
        await services.check({
          ...request(),
          dueSoonDays: using.dueSoonDays,
          overdueAfterDays: using.overdueAfterDays,
        }),
      );
  }

  // Once per pane: the first read of the workbook; later reads follow what the officer does.
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void task.run(async () => {
      const loaded = await services.loadSettings();
      setSettings(loaded.settings);
      setRuleSet(loaded.settings.ruleSet);
      setBadSettings(loaded.badFields);
      if (loaded.settings.language !== i18n.language) await i18n.changeLanguage(loaded.settings.language);
      await detectAndCheck(loaded.settings);
    });
  }, []);

  function onRoleChange(plan: PlanView, column: PlanColumnView, role: ColumnRole | null) {
    void task.run(async () => {
      const saved = await services.loadRoleOverrides();
      await services.saveRoleOverrides(
        mergeOverrides(saved, { sheet: plan.sheet, table: plan.table, column: column.index, role }),
      );
      setRoleSaved(
        t('plan.saved', { header: column.header, role: role ? t(`plan.roles.${role}`) : t('plan.notUsed') }),
      );
      setRatings(null);
      setSummary(null);
      await detectAndCheck();
    });
  }

  function onLanguage(language: PaneLanguage) {
    const next = { ...settings, language };
    setSettings(next);
    void i18n.changeLanguage(language);
    void task.run(() => services.saveSettings(next));
  }

  function onSaveSettings(next: PaneSettings) {
    void task.run(async () => {
      const saved = { ...next, ruleSet };
      await services.saveSettings(saved);
      setSettings(saved);
      setBadSettings([]);
      setSettingsSavedAt(Date.now());
      setRatings(null);
    });
  }

  const lang = i18n.language === 'cy' ? 'cy' : 'en';
  const excelName = host
    ? t(`app.platforms.${host.platform ?? 'other'}`, { defaultValue: t('app.platforms.other') })
    : null;
  return (
    <main className={styles.page} lang={lang === 'cy' ? 'cy' : 'en-GB'}>
      <Title2 as="h1" className={styles.text}>
        {t('app.title')}
      </Title2>
      <Body1 as="p" className={styles.text}>
        {t('app.tagline')}
      </Body1>
      {host && (
        <Caption1 className={styles.muted}>
          {host.apiVersion ? t('app.host', { excel: excelName, version: host.apiVersion }) : excelName}
        </Caption1>
      )}
      {services.kind === 'demo' && <Caption1 className={styles.muted}>{t('app.demoNotice')}</Caption1>}
      {badSettings.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('settings.badStored', { fields: badSettings.join(', ') })}</MessageBarBody>
        </MessageBar>
      )}
      <TabList
        aria-label={t('tabs.label')}
        selectedValue={tab}
        onTabSelect={(_e, data) => setTab(data.value as TabName)}
        size="small"
      >
        {TABS.map((name) => (
          <Tab key={name} value={name} id={`tab-${name}`} aria-controls={`panel-${name}`}>
            {t(`tabs.${name}`)}
            {name === 'check' && findings && findings.length > 0 && (
              <>
                {' '}
                <CounterBadge
                  count={findings.length}
                  size="small"
                  color="informative"
                  aria-label={t('tabs.findingsBadge', { count: findings.length })}
                />
              </>
            )}
          </Tab>
        ))}
      </TabList>
      <TaskStatus task={task} />
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'plan' && (
          <PlanTab
            detection={detection}
            busy={task.busy}
            savedMessage={roleSaved}
            onDetect={() => void task.run(() => detectAndCheck())}
            onRoleChange={onRoleChange}
          />
        )}
        {tab === 'check' && (
          <CheckTab
            findings={findings}
            busy={task.busy}
            onCheck={() => void task.run(async () => setFindings(await services.check(request())))}
            onOpen={(finding) => void task.run(() => services.selectCell(finding.cell))}
          />
        )}
        {tab === 'rate' && (
          <RateTab
            asOf={asOf}
            nextMeeting={nextMeeting}
            ruleSet={ruleSet}
            datesValid={datesValid}
            rows={ratings}
            appliedCount={appliedCount}
            busy={task.busy}
            onChange={(change) => {
              if (change.asOf !== undefined) setAsOf(change.asOf);
              if (change.nextMeeting !== undefined) setNextMeeting(change.nextMeeting);
              if (change.ruleSet !== undefined) setRuleSet(change.ruleSet);
              setRatings(null);
              setAppliedCount(null);
              setSummary(null);
            }}
            onPreview={() => void task.run(async () => setRatings(await services.previewRatings(request())))}
            onApply={() =>
              void task.run(async () => {
                const written = await services.applyRatings(request());
                setRatings(written);
                setAppliedCount(written.length);
              })
            }
          />
        )}
        {tab === 'summary' && (
          <SummaryTab
            board={board}
            onBoardChange={setBoard}
            asOf={asOf}
            nextMeeting={nextMeeting}
            onDatesChange={(change) => {
              if (change.asOf !== undefined) setAsOf(change.asOf);
              if (change.nextMeeting !== undefined) setNextMeeting(change.nextMeeting);
              setSummary(null);
              setRatings(null);
              setAppliedCount(null);
            }}
            datesValid={datesValid}
            outcome={summary}
            busy={task.busy}
            onBuild={() =>
              void task.run(async () =>
                setSummary(await services.buildSummary({ ...request(), board, lang })),
              )
            }
          />
        )}
        {tab === 'settings' && (
          <SettingsTab
            settings={settings}
            busy={task.busy}
            savedAt={settingsSavedAt}
            onLanguage={onLanguage}
            onSave={onSaveSettings}
          />
        )}
      </div>
    </main>
  );
}
