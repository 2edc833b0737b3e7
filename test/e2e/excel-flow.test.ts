/**
 * The built task pane (dist/) in Chromium, in Excel mode, with the counting fake of Excel standing
 * in for Excel: an officer finds the sample plan, corrects a column's role, checks, rates, builds the
 * board summary and switches to Welsh, and each step is checked both on the pane and in the workbook.
 * Screenshots go to test-artifacts/excel-*.png.
 */
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import type { CellValue, WorkbookGrid } from '../../src/core/grid/types';
import { readWorkbookGrid } from '../../src/xlsx';
import { ARTIFACTS, PaneBrowser, ROOT, describeIfChromium, seriousViolations } from './browser';
import { bundleOfficeStandIn, officeScript } from './office-stand-in/bundle';
import type { RunRecord } from './office-stand-in/office';

const SAMPLE = path.join(ROOT, 'assets', 'samples', 'sample-plan.xlsx');
const PLAN_SHEET = 'Action Plan';
const SNAPSHOT_SHEET = 'APT_Snapshots';
const OVERRIDES_KEY = 'actionPlanTracker.roleOverrides';
const SETTINGS_KEY = 'actionPlanTracker.settings';
const LAST_SUMMARY_KEY = 'actionPlanTracker.lastSummary';
/** The board meets on 11 Nov 2015 and next on 9 Dec 2015 (the as-of date plus 28 days). */
const AS_OF = '2015-11-11';
const NEXT_MEETING = '2015-12-09';
/** Issue #6: a whole command, below the chunk size, takes at most four round trips. */
const MAX_SYNCS_PER_COMMAND = 4;

/** A sheet of the fake as plain data: its name, visibility and cells. */
interface SheetView {
  name: string;
  visibility: string;
  rows: CellValue[][];
}

/** What the fake's workbook holds, read inside the page. */
interface WorkbookView {
  active: string | null;
  selection: { sheet: string; address: string } | null;
  sheets: SheetView[];
}

/** Every non-empty cell of `rows` as `row:column=value` (both from 1), left of column `beforeColumn` (from 0). */
function cellsOf(rows: CellValue[][], beforeColumn = Number.POSITIVE_INFINITY): string[] {
  return rows.flatMap((row, r) =>
    row.flatMap((value, c) =>
      value === null || c >= beforeColumn ? [] : [`${r + 1}:${c + 1}=${JSON.stringify(value)}`],
    ),
  );
}

describeIfChromium('task pane in Excel, against the counting fake', () => {
  const panes = new PaneBrowser();
  let office = '';
  let original: WorkbookGrid;
  let page: Page;
  let unexpectedRequests: string[];
  let cspViolations: string[];

  beforeAll(async () => {
    const [bundle, grid] = await Promise.all([
      bundleOfficeStandIn(),
      readWorkbookGrid(SAMPLE),
      panes.start({ width: 420, height: 900 }),
    ]);
    original = grid;
    office = officeScript(bundle, grid);
  });

  afterAll(() => panes.stop());

  afterEach(async () => {
    expect(unexpectedRequests).toEqual([]);
    expect(cspViolations).toEqual([]);
    await page?.close();
  });

  async function openPane(): Promise<void> {
    ({ page, unexpectedRequests, cspViolations } = await panes.openPane(office));
  }

  const shot = (name: string) =>
    page.screenshot({ path: path.join(ARTIFACTS, `excel-${name}.png`), fullPage: true });

  /** The fake's workbook as it stands, read inside the page. */
  function workbook(): Promise<WorkbookView> {
    return page.evaluate(() => {
      const standIn = window as unknown as {
        __aptFake: {
          activeSheet: { name: string } | null;
          selection: { sheet: string; address: string } | null;
          sheets: { name: string; visibility: string }[];
          toGrid(): { sheets: { name: string; rows: unknown[][] }[] };
        };
      };
      const fake = standIn.__aptFake;
      const grid = fake.toGrid();
      return {
        active: fake.activeSheet?.name ?? null,
        selection: fake.selection,
        sheets: fake.sheets.map((sheet, i) => ({
          name: sheet.name,
          visibility: sheet.visibility,
          rows: grid.sheets[i].rows as CellValue[][],
        })),
      };
    });
  }

  function sheetOf(view: WorkbookView, name: string): SheetView {
    const sheet = view.sheets.find((candidate) => candidate.name === name);
    if (!sheet)
      throw new Error(`no sheet ${name}; the workbook has ${view.sheets.map((s) => s.name).join(', ')}`);
    return sheet;
  }

  /** A document setting as the pane saved it in the workbook. */
  function documentSetting(name: string): Promise<unknown> {
    return page.evaluate(
      (key) =>
        (window as unknown as { __aptSettings: { values: Record<string, unknown> } }).__aptSettings.values[
          key
        ] ?? null,
      name,
    );
  }

  /** Every `Excel.run` so far: its round trips, and whether it failed. */
  function runs(): Promise<RunRecord[]> {
    return page.evaluate(() =>
      (window as unknown as { __aptRuns: RunRecord[] }).__aptRuns.map((run) => ({ ...run })),
    );
  }

  /** Waits until `count` runs have been made and every one has finished. */
  async function runsFinished(count: number): Promise<void> {
    await page.waitForFunction((total) => {
      const all = (window as unknown as { __aptRuns: RunRecord[] }).__aptRuns;
      return all.length >= total && all.every((run) => run.done);
    }, count);
  }

  /**
   * Does `act`, waits for what the officer then sees (`shown`) and for the `Excel.run`s the command
   * makes (`expectedRuns`) to finish, and returns the round trips each took, after checking that
   * none failed and none took more than a command may.
   */
  async function command(
    act: () => Promise<void>,
    shown: () => Promise<void>,
    expectedRuns: number,
  ): Promise<number[]> {
    const before = (await runs()).length;
    await act();
    await shown();
    await runsFinished(before + expectedRuns);
    await page.getByRole('status').getByText('Working…').waitFor({ state: 'detached' });
    const taken = (await runs()).slice(before);
    expect(taken.filter((run) => run.failed !== null)).toEqual([]);
    for (const run of taken) expect(run.syncs).toBeLessThanOrEqual(MAX_SYNCS_PER_COMMAND);
    return taken.map((run) => run.syncs);
  }

  /** The number of findings the Check tab's badge gives. */
  async function findingsOnBadge(): Promise<number> {
    const label = await page
      .getByRole('tab', { name: /^Check/ })
      .getByLabel(/^\d+ findings?$/)
      // Fluent's tab draws its content twice: once hidden, to reserve the width of the bold label.
      .first()
      .getAttribute('aria-label');
    return Number(label?.split(' ')[0]);
  }

  /** The officer's sheets: those the workbook came with, but for the snapshots of earlier meetings. */
  const officerSheets = () => original.sheets.filter((sheet) => sheet.name !== SNAPSHOT_SHEET);

  /** The officer's own cells: every cell of the officer's sheets, left of our columns. */
  function officerCells(view: WorkbookView): Record<string, string[]> {
    return Object.fromEntries(
      officerSheets().map((sheet) => {
        const now = sheetOf(view, sheet.name);
        // Our Computed RAG and Reason columns go right of the plan's eight columns (A-H).
        return [sheet.name, cellsOf(now.rows, sheet.name === PLAN_SHEET ? 8 : undefined)];
      }),
    );
  }
  const originalOfficerCells = () =>
    Object.fromEntries(officerSheets().map((sheet) => [sheet.name, cellsOf(sheet.rows)]));

  it('finds, corrects, checks, rates and summarises the sample plan in the workbook, and speaks Welsh', async () => {
    await openPane();
    await page.getByText('Excel on Windows, Excel JavaScript API 1.17').waitFor();

    // Plan: the pane reads the workbook as it opens: its one plan, 32 actions (refs 1.1-3.11).
    await page.getByText('32 actions').waitFor({ timeout: 30000 });
    await page.getByText(`Sheet ${PLAN_SHEET}`, { exact: false }).first().waitFor();
    await runsFinished(2);
    const opening = await runs();
    expect(opening.map((run) => run.failed)).toEqual([null, null]);
    // Reading a workbook is two round trips (what there is, then its cells), however large it is.
    expect(opening.map((run) => run.syncs)).toEqual([2, 2]);

    const findPlans = await command(
      () => page.getByRole('button', { name: 'Find plans' }).click(),
      () => page.getByText('32 actions').waitFor(),
      2,
    );
    expect(findPlans).toEqual([2, 2]);
    const startRole = page.getByRole('combobox', { name: /Role of column “Start”/ });
    await expect(startRole.textContent()).resolves.toContain('Start date');
    expect(await seriousViolations(page)).toEqual([]);
    await shot('1-plan');

    // The Start column (D, the fourth) read as not used, then as a start date again: each saved in
    // the workbook's document settings, where colleagues opening the file get it. Without starts,
    // 1.2's milestone "By Feb 15" (February 2015) is no longer before its start (Nov 15): one
    // finding fewer.
    const findingsBefore = await findingsOnBadge();
    const notUsed = await command(
      async () => {
        await startRole.click();
        await page.getByRole('option', { name: 'Not used' }).click();
      },
      () => page.getByText('“Start” is now read as Not used.').waitFor(),
      2,
    );
    expect(notUsed).toEqual([2, 2]);
    await expect(startRole.textContent()).resolves.toContain('Not used');
    await expect(documentSetting(OVERRIDES_KEY)).resolves.toEqual([
      { sheet: PLAN_SHEET, table: null, column: 3, role: null },
    ]);
    await expect(findingsOnBadge()).resolves.toBe(findingsBefore - 1);
    await shot('1-plan-role-changed');
    await command(
      async () => {
        await startRole.click();
        await page.getByRole('option', { name: 'Start date' }).click();
      },
      () => page.getByText('“Start” is now read as Start date.').waitFor(),
      2,
    );
    await expect(documentSetting(OVERRIDES_KEY)).resolves.toEqual([
      { sheet: PLAN_SHEET, table: null, column: 3, role: 'start' },
    ]);

    // Check: findings with a count badge on the tab; action 1.8 (row 14) has no lead officer
    // (column C), and opening that finding selects C14 in Excel.
    await page.getByRole('tab', { name: /^Check/ }).click();
    const checked = await command(
      () => page.getByRole('button', { name: 'Check plan' }).click(),
      () => page.getByRole('heading', { name: /Warnings/ }).waitFor(),
      1,
    );
    expect(checked).toEqual([2]);
    const findingButtons = page.getByRole('button', { name: /^Go to / });
    const listed = await findingButtons.count();
    expect(listed).toBeGreaterThan(0);
    // The badge counts every finding listed, and says so to a screen reader.
    await expect(findingsOnBadge()).resolves.toBe(listed);
    const goTo = await command(
      () => page.getByRole('button', { name: /Go to 'Action Plan'!C14: Action 1\.8 has no owner/ }).click(),
      async () => {
        await page.waitForFunction(
          () => (window as unknown as { __aptFake: { selection: unknown } }).__aptFake.selection !== null,
        );
      },
      1,
    );
    expect(goTo).toEqual([1]);
    const afterGoTo = await workbook();
    expect(afterGoTo.selection).toEqual({ sheet: PLAN_SHEET, address: 'C14' });
    expect(afterGoTo.active).toBe(PLAN_SHEET);
    expect(await seriousViolations(page)).toEqual([]);
    await shot('2-check');

    // Rate on 11 Nov 2015, next meeting 9 Dec 2015. 1.7 was due Oct 15 (31 Oct 2015), before the
    // as-of date, and its progress does not say complete: Red, although the officer declared Green.
    await page.getByRole('tab', { name: 'Rate', exact: true }).click();
    await page.getByLabel('As-of date').fill(AS_OF);
    await page.getByLabel('Next meeting').fill(NEXT_MEETING);
    const beforePreview = await workbook();
    const preview = await command(
      () => page.getByRole('button', { name: 'Preview ratings' }).click(),
      () => page.getByRole('table', { name: /Computed and declared ratings/ }).waitFor(),
      1,
    );
    expect(preview).toEqual([2]);
    const table = page.getByRole('table', { name: /Computed and declared ratings/ });
    await expect(table.getByRole('row', { name: /^1\.7\b/ }).textContent()).resolves.toMatch(
      /Red.*Green.*Overdue: due 31 Oct 2015/,
    );
    // 1.1: declared Complete. 1.8: due Summer 2016 (31 Jul 2016), after the next meeting: Green.
    await expect(table.getByRole('row', { name: /^1\.1\b/ }).textContent()).resolves.toMatch(
      /^1\.1.*Complete/,
    );
    await expect(table.getByRole('row', { name: /^1\.8\b/ }).textContent()).resolves.toMatch(/^1\.8.*Green/);
    // A preview writes nothing.
    expect(await workbook()).toEqual(beforePreview);
    await shot('3-rate-preview');

    const applied = await command(
      () => page.getByRole('button', { name: 'Apply to sheet' }).click(),
      () => page.getByText('Computed RAG and Reason columns written for 32 actions.').waitFor(),
      1,
    );
    // One read (two round trips), then every write in one request.
    expect(applied).toEqual([3]);
    const rated = sheetOf(await workbook(), PLAN_SHEET);
    // Our two columns beside the plan's eight (A-H): I and J, headed on the header row (5).
    expect([rated.rows[4][8], rated.rows[4][9]]).toEqual(['Computed RAG', 'Reason']);
    // Rows 7, 13, 14: actions 1.1 (Complete), 1.7 (Red, overdue) and 1.8 (Green).
    expect([rated.rows[6][8], rated.rows[12][8], rated.rows[13][8]]).toEqual(['Complete', 'Red', 'Green']);
    expect(rated.rows[12][9]).toMatch(/^Overdue: due 31 Oct 2015/);
    // The group row (6) is not an action and gets no rating.
    expect(rated.rows[5][8] ?? null).toBeNull();
    expect(officerCells(await workbook())).toEqual(originalOfficerCells());
    expect(await seriousViolations(page)).toEqual([]);
    await shot('3-rate-applied');

    // Summary: the sheet Board Summary 2015-11-11, activated; this meeting's snapshot in the very
    // hidden APT_Snapshots sheet beside the earlier meeting's (14 Oct 2015). Three actions were due
    // in October 2015 and are not complete: 1.7, 2.2 and 3.2.
    await page.getByRole('tab', { name: 'Summary', exact: true }).click();
    const built = await command(
      () => page.getByRole('button', { name: 'Build summary' }).click(),
      () => page.getByText('Summary sheet “Board Summary 2015-11-11” built for 11 Nov 2015.').waitFor(),
      1,
    );
    // Reading takes two round trips; one write then puts the sheets in place and activates the summary.
    expect(built).toEqual([3]);
    await expect(page.locator('td[data-count="red"]').textContent()).resolves.toBe('3');
    await expect(page.locator('td[data-count="total"]').textContent()).resolves.toBe('32');
    // Excel already has the workbook: nothing to download.
    await expect(page.getByRole('link', { name: 'Download the built workbook' }).count()).resolves.toBe(0);

    const afterSummary = await workbook();
    expect(afterSummary.active).toBe('Board Summary 2015-11-11');
    const summarySheet = sheetOf(afterSummary, 'Board Summary 2015-11-11');
    expect(summarySheet.visibility).toBe('Visible');
    const summaryText = summarySheet.rows
      .flat()
      .filter((value): value is string => typeof value === 'string');
    for (const word of ['Complete', 'Green', 'Amber', 'Red', 'Not rated'])
      expect(summaryText.some((text) => new RegExp(`\\b${word}\\b`).test(text))).toBe(true);
    // Each red action is an exception, its row naming it Red in words.
    for (const ref of ['1.7', '2.2', '3.2']) {
      const row = summarySheet.rows.find((cells) => cells.includes(ref));
      expect(row?.some((cell) => typeof cell === 'string' && /\bRed\b/.test(cell))).toBe(true);
    }
    const snapshots = sheetOf(afterSummary, SNAPSHOT_SHEET);
    expect(snapshots.visibility).toBe('VeryHidden');
    const meetings = snapshots.rows.slice(1).map((row) => row[0]);
    expect(meetings.filter((day) => day === '2015-10-14')).toHaveLength(32);
    expect(meetings.filter((day) => day === AS_OF)).toHaveLength(32);
    expect(officerCells(afterSummary)).toEqual(originalOfficerCells());
    await expect(documentSetting(LAST_SUMMARY_KEY)).resolves.toEqual({
      board: 'School Improvement Board',
      lang: 'en',
      meetingIntervalDays: 28,
    });
    expect(await seriousViolations(page)).toEqual([]);
    await shot('4-summary');

    // Settings: Cymraeg turns the pane Welsh, reasons included, and is saved in the workbook.
    await page.getByRole('tab', { name: 'Settings', exact: true }).click();
    await page.getByRole('radio', { name: 'Cymraeg' }).check();
    for (const name of ['Cynllun', 'Gwirio', 'Graddio', 'Crynodeb', 'Gosodiadau']) {
      await page.getByRole('tab', { name: new RegExp(`^${name}`) }).waitFor();
    }
    await page.waitForFunction(
      (key) =>
        (
          (window as unknown as { __aptSettings: { values: Record<string, { language?: string }> } })
            .__aptSettings.values[key] ?? {}
        ).language === 'cy',
      SETTINGS_KEY,
    );
    await page.getByRole('tab', { name: 'Graddio', exact: true }).click();
    await command(
      () => page.getByRole('button', { name: 'Rhagolwg o’r sgoriau' }).click(),
      () => page.getByText('Hwyr: y dyddiad cau oedd 31 Hyd 2015', { exact: false }).first().waitFor(),
      1,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await shot('5-cymraeg');
  });

  it('when Excel refuses a command, says so plainly and leaves the workbook as it was', async () => {
    await openPane();
    await page.getByText('32 actions').waitFor({ timeout: 30000 });
    await page.getByRole('tab', { name: 'Summary', exact: true }).click();
    await page.getByLabel('Meeting date').fill(AS_OF);
    await page.getByLabel('Next meeting').fill(NEXT_MEETING);
    const before = await workbook();

    // The officer is still typing in a cell: Excel refuses the summary's first request, before
    // anything was written.
    await page.evaluate(() =>
      (window as unknown as { __aptFake: { failSync(n: number, code: string): void } }).__aptFake.failSync(
        1,
        'InvalidOperationInCellEditMode',
      ),
    );
    await page.getByRole('button', { name: 'Build summary' }).click();
    const alert = page.getByText(/^That did not work: /);
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toBe(
      'That did not work: Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB ' +
        'or selecting another cell, and then try again. The workbook has not been changed.',
    );
    const failed = (await runs()).at(-1);
    expect(failed).toEqual({ done: true, syncs: 1, failed: 'InvalidOperationInCellEditMode' });
    expect(await workbook()).toEqual(before);
    await expect(documentSetting(LAST_SUMMARY_KEY)).resolves.toBeNull();
    await expect(page.getByText(/Summary sheet “.*” built/).count()).resolves.toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await shot('6-failure');

    // Once out of the cell, the same button works.
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await command(
      () => page.getByRole('button', { name: 'Build summary' }).click(),
      () => page.getByText('Summary sheet “Board Summary 2015-11-11” built for 11 Nov 2015.').waitFor(),
      1,
    );
    expect((await workbook()).active).toBe('Board Summary 2015-11-11');
  });

  it('when Excel fails half way through writing a rebuilt summary, puts the workbook back as it was', async () => {
    await openPane();
    await page.getByText('32 actions').waitFor({ timeout: 30000 });
    await page.getByRole('tab', { name: 'Summary', exact: true }).click();
    await page.getByLabel('Meeting date').fill(AS_OF);
    await page.getByLabel('Next meeting').fill(NEXT_MEETING);
    const operationCount = () =>
      page.evaluate(
        () => (window as unknown as { __aptFake: { operationCount: number } }).__aptFake.operationCount,
      );

    // A first build succeeds; how many operations it queued tells where half way is.
    const startCount = await operationCount();
    await command(
      () => page.getByRole('button', { name: 'Build summary' }).click(),
      () => page.getByText('Summary sheet “Board Summary 2015-11-11” built for 11 Nov 2015.').waitFor(),
      1,
    );
    const operations = (await operationCount()) - startCount;
    const before = await workbook();

    // Rebuilding for the same meeting replaces our sheets; Excel fails in the middle of the writes.
    await page.evaluate(
      (n) =>
        (window as unknown as { __aptFake: { failAtOperation(n: number): void } }).__aptFake.failAtOperation(
          n,
        ),
      Math.floor(operations / 2),
    );
    await page.getByRole('button', { name: 'Build summary' }).click();
    const alert = page.getByText(/^That did not work: /);
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/The workbook has not been changed\.$/);
    expect((await runs()).at(-1)?.failed).not.toBeNull();
    // No half-written summary, no stray sheet of ours, the earlier summary still there and active.
    expect(await workbook()).toEqual(before);
    await shot('7-failure-half-way');
  });
});
