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
  isPlan,
  mergeOverrides,
  planKey,
  type ColumnRole,
  type Detection,
  type Finding,
  type PaneServices,
  type PlanColumnView,
  type PlanRef,
  type PlanView,
  type RatingRequest,
  type RatingRow,
  type SummaryOutcome,
} from './services';
import { DEFAULT_SETTINGS, type PaneLanguage, type PaneSettings, type RuleSetChoice } from '../core/settings';
import { usePageStyles } from './styles';
import { CheckTab } from './tabs/CheckTab';
import { PlanTab, planName } from './tabs/PlanTab';
import { RateTab } from './tabs/RateTab';
import { SettingsTab } from './tabs/SettingsTab';
import { SummaryTab } from './tabs/SummaryTab';
import { TaskStatus, useTask, type DatesProblem } from './tabs/shared';

export type TabName = 'plan' | 'check' | 'rate' | 'summary' | 'settings';
const TABS: TabName[] = ['plan', 'check', 'rate', 'summary', 'settings'];
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** The plan chosen on the Plan tab, kept for the browser session (the pane may be closed and reopened). */
const PLAN_CHOICE_KEY = 'actionPlanTracker.planChoice';

function rememberedPlanChoice(): PlanRef | null {
  try {
    const stored: unknown = JSON.parse(globalThis.sessionStorage?.getItem(PLAN_CHOICE_KEY) ?? 'null');
    const ref = stored as PlanRef | null;
    return ref && typeof ref.sheet === 'string' && (typeof ref.table === 'string' || ref.table === null)
      ? { sheet: ref.sheet, table: ref.table }
      : null;
  } catch {
    return null;
  }
}

function rememberPlanChoice(choice: PlanRef | null): void {
  try {
    globalThis.sessionStorage?.setItem(PLAN_CHOICE_KEY, JSON.stringify(choice));
  } catch {
    // Storage may be switched off; the choice then lasts as long as the pane.
  }
}

/** Lets the browser paint what is already rendered before more work starts. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

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
  // The meeting date the findings were checked as of: checks such as "overdue" depend on it.
  const [checkedAsOf, setCheckedAsOf] = useState<string | null>(null);
  const [asOf, setAsOf] = useState(initialAsOf);
  const [nextMeeting, setNextMeeting] = useState(initialNext ?? addDays(initialAsOf, 28));
  const [ruleSet, setRuleSet] = useState<RuleSetChoice>(DEFAULT_SETTINGS.ruleSet);
  const [ratings, setRatings] = useState<RatingRow[] | null>(null);
  const [appliedCount, setAppliedCount] = useState<number | null>(null);
  const [board, setBoard] = useState(t('summary.defaultBoard'));
  const [summary, setSummary] = useState<SummaryOutcome | null>(null);
  const [planChoice, setPlanChoice] = useState<PlanRef | null>(rememberedPlanChoice);
  const [reviewedKey, setReviewedKey] = useState<string | null>(null);
  const started = useRef(false);

  const datesProblem: DatesProblem =
    !ISO_DAY.test(asOf) || !ISO_DAY.test(nextMeeting) ? 'unreadable' : nextMeeting < asOf ? 'order' : null;
  const datesValid = datesProblem === null;
  const plans = detection?.plans ?? [];
  // A remembered choice counts only while that plan is still found; otherwise every plan is used.
  const scope = planChoice && plans.some((plan) => isPlan(plan, planChoice)) ? planChoice : null;
  const reviewed =
    plans.find((plan) => planKey(plan) === reviewedKey) ??
    (scope && plans.find((plan) => isPlan(plan, scope))) ??
    plans[0] ??
    null;
  const request = (plan: PlanRef | null = scope): RatingRequest => ({
    plan,
    asOf,
    nextMeeting,
    ruleSet,
    dueSoonDays: settings.dueSoonDays,
    overdueAfterDays: settings.overdueAfterDays,
  });

  async function detectAndCheck(using: PaneSettings = settings) {
    const detected = await services.detectPlans();
    setDetection(detected);
    if (!datesValid) return;
    // The plans found are on screen before the check runs; its count follows a moment later.
    await afterPaint();
    const chosen = planChoice && detected.plans.some((plan) => isPlan(plan, planChoice)) ? planChoice : null;
    await runCheck({
      ...request(chosen),
      dueSoonDays: using.dueSoonDays,
      overdueAfterDays: using.overdueAfterDays,
    });
  }

  async function runCheck(checkRequest: RatingRequest) {
    setFindings(await services.check(checkRequest));
    setCheckedAsOf(checkRequest.asOf);
  }

  function onTabSelect(name: TabName) {
    setTab(name);
    // Findings checked as of another meeting date are out of date: check again as the tab opens.
    if (name === 'check' && findings !== null && checkedAsOf !== asOf && datesValid)
      void task.run(() => runCheck(request()));
  }

  function onPlanChoice(chosen: PlanRef | null) {
    // Only where the plan is: a PlanView's columns and counts are not part of a request.
    const choice = chosen && { sheet: chosen.sheet, table: chosen.table };
    setPlanChoice(choice);
    rememberPlanChoice(choice);
    if (choice) setReviewedKey(planKey(choice));
    setFindings(null);
    setRatings(null);
    setAppliedCount(null);
    setSummary(null);
    if (datesValid) void task.run(() => runCheck(request(choice)));
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
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_e, data) => onTabSelect(data.value as TabName)}
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
      {plans.length > 1 && tab !== 'plan' && tab !== 'settings' && (
        <Caption1 className={styles.muted} data-testid="working-on">
          {t('plan.workingOn', {
            plan: scope
              ? planName(plans.find((plan) => isPlan(plan, scope)) ?? scope)
              : t('plan.allPlans', { count: plans.length }),
          })}
        </Caption1>
      )}
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'plan' && (
          <PlanTab
            detection={detection}
            busy={task.busy}
            savedMessage={roleSaved}
            onDetect={() => void task.run(() => detectAndCheck())}
            onRoleChange={onRoleChange}
            scope={scope}
            onScopeChange={onPlanChoice}
            reviewed={reviewed}
            onReview={(plan) => setReviewedKey(planKey(plan))}
          />
        )}
        {tab === 'check' && (
          <CheckTab
            findings={findings}
            busy={task.busy}
            checkedAsOf={checkedAsOf}
            onCheck={() => void task.run(() => runCheck(request()))}
            onOpen={(finding) => void task.run(() => services.selectCell(finding.cell))}
          />
        )}
        {tab === 'rate' && (
          <RateTab
            asOf={asOf}
            nextMeeting={nextMeeting}
            ruleSet={ruleSet}
            datesProblem={datesProblem}
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
            datesProblem={datesProblem}
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
