/**
 * The built task pane (dist/) in a real browser: with a stand-in for office.js that says "Excel",
 * with office.js blocked, and with an office.js that never answers. Screenshots go to
 * test-artifacts/.
 */
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS, PaneBrowser, describeIfChromium, seriousViolations as violationsOn } from './browser';

/** A stand-in for office.js: Excel on Windows with ExcelApi up to 1.17 and a one-sheet workbook. */
function officeStub({ background = '#ffffff', answer = true } = {}): string {
  return `
    window.Office = {
      HostType: { Excel: 'Excel' },
      PlatformType: { PC: 'PC' },
      context: {
        requirements: {
          isSetSupported: (name, version) => name === 'ExcelApi' && Number(version.split('.')[1]) <= 17,
        },
        officeTheme: { bodyBackgroundColor: '${background}' },
        document: {
          settings: {
            values: {},
            get(name) { return this.values[name] ?? null; },
            set(name, value) { this.values[name] = value; },
            saveAsync(callback) { if (callback) callback({ status: 'succeeded' }); },
          },
        },
      },
      onReady: (callback) => ${
        answer
          ? `{ const info = { host: 'Excel', platform: 'PC' }; if (callback) callback(info); return Promise.resolve(info); }`
          : `new Promise(() => {})`
      },
    };
    window.Excel = {
      run: async (batch) => {
        const usedRange = {
          address: 'Plan!A1:D3',
          values: [['Ref', 'Action', 'Lead person', 'Timescales'], ['1.1', 'Appoint', 'Head', 'Autumn 2013'], ['1.2', 'Review', '', 'TBC']],
          load() {},
        };
        const sheet = { name: 'Plan', load() {}, getUsedRange: () => usedRange };
        const context = {
          workbook: { worksheets: { getActiveWorksheet: () => sheet, getItem: () => sheet } },
          sync: async () => {},
        };
        return batch(context);
      },
    };`;
}

describeIfChromium('task pane in a browser', () => {
  const panes = new PaneBrowser();
  let page: Page;
  let unexpectedRequests: string[];
  let cspViolations: string[];

  beforeAll(() => panes.start());
  afterAll(() => panes.stop());

  /** A fresh page whose office.js request is answered by `office` (a stub, or null to block it). */
  async function openPane(office: string | null, query = ''): Promise<Page> {
    ({ page, unexpectedRequests, cspViolations } = await panes.openPane(office, query));
    return page;
  }

  afterEach(async () => {
    expect(unexpectedRequests).toEqual([]);
    expect(cspViolations).toEqual([]);
    await page?.close();
  });

  it('in Excel, shows the title, the host and the steps of the flow', async () => {
    await openPane(officeStub());

    await page.getByRole('heading', { name: 'Action Plan Tracker', level: 1 }).waitFor();
    await page.getByText('Excel on Windows, Excel JavaScript API 1.17').waitFor();
    for (const name of ['Plan', 'Check', 'Rate', 'Summary', 'Settings']) {
      await page.getByRole('tab', { name, exact: true }).waitFor();
    }
    await page.getByRole('button', { name: 'Find plans' }).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'taskpane-excel.png') });
  });

  it('follows a dark Office theme', async () => {
    await openPane(officeStub({ background: '#262626' }));

    await page.getByRole('tab', { name: 'Plan', exact: true }).waitFor();
    const background = await page
      .locator('.fui-FluentProvider')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    const [red, green, blue] = (background.match(/\d+/g) ?? []).map(Number);
    expect((red + green + blue) / 3).toBeLessThan(80);
    await page.screenshot({ path: path.join(ARTIFACTS, 'taskpane-excel-dark.png') });
  });

  it('without office.js, says to open it in Excel and links to the demo', async () => {
    await openPane(null);

    await page.getByText('Open this in Excel, or try the demo').waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'taskpane-no-office.png') });
    await page.getByRole('link', { name: 'Try the demo' }).click();
    await page.getByText('Demo: a sample plan.', { exact: false }).waitFor();
    expect(new URL(page.url()).search).toBe('?demo');
  });

  it('when office.js never answers, gives up after a few seconds instead of hanging', async () => {
    await openPane(officeStub({ answer: false }));

    await page.getByText('Open this in Excel, or try the demo').waitFor({ timeout: 6000 });
    await expect(page.getByRole('tab', { name: 'Plan', exact: true }).count()).resolves.toBe(0);
  });

  /** axe-core's serious and critical violations on the page as it stands. */
  const seriousViolations = () => violationsOn(page);

  it('demo: reviews roles, opens a finding, rates, builds the summary and speaks Welsh, with no serious accessibility faults', async () => {
    await openPane(null, '?demo');
    await page.setViewportSize({ width: 1280, height: 860 });
    const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `demo-${name}.png`) });

    // Plan: the sample's one plan, 32 actions, with each column's role.
    await page.getByText('32 actions').waitFor({ timeout: 30000 });
    const startRole = page.getByRole('combobox', { name: /Role of column “Start”/ });
    await expect(startRole.textContent()).resolves.toContain('Start date');
    expect(await seriousViolations()).toEqual([]);
    await shot('1-plan');
    await startRole.click();
    await page.getByRole('option', { name: 'Not used' }).click();
    await page.getByText('“Start” is now read as Not used.').waitFor();
    await expect(startRole.textContent()).resolves.toContain('Not used');
    await startRole.click();
    await page.getByRole('option', { name: 'Start date' }).click();
    await page.getByText('“Start” is now read as Start date.').waitFor();

    // Check: action 1.8 has no owner (row 14, owner column C); opening it highlights that cell.
    await page.getByRole('tab', { name: /^Check/ }).click();
    await page.getByRole('heading', { name: /Warnings/ }).waitFor();
    await page.getByRole('button', { name: /Go to 'Action Plan'!C14: Action 1\.8 has no owner/ }).click();
    await page.locator('td[data-cell="C14"][aria-current="true"]').waitFor();
    expect(await seriousViolations()).toEqual([]);
    await shot('2-check');

    // Rate on 11 Nov 2015, next meeting 9 Dec 2015: 1.7 was due 31 Oct 2015, so it is Red.
    await page.getByRole('tab', { name: 'Rate', exact: true }).click();
    // Dates are typed day first whatever the browser's locale, and the pane says which day it read.
    await expect(page.getByLabel('As-of date').inputValue()).resolves.toBe('11/11/2015');
    await page.getByLabel('Next meeting').fill('16/12/2015');
    await page.getByText('Wednesday 16 December 2015').waitFor();
    await page.getByLabel('Next meeting').fill('9 Dec 2015');
    await page.getByText('Wednesday 9 December 2015').waitFor();
    await page.getByRole('button', { name: 'Preview ratings' }).click();
    const preview = page.getByRole('table', { name: /Computed and declared ratings/ });
    const row17 = preview.getByRole('row', { name: /^1\.7\b/ });
    await expect(row17.textContent()).resolves.toMatch(/Red.*Green.*Overdue: due 31 Oct 2015/);
    for (const word of ['Red', 'Amber', 'Green'])
      await preview.getByText(word, { exact: false }).first().waitFor();
    await page.getByRole('button', { name: 'Apply to sheet' }).click();
    await page.getByText('Computed RAG and Reason columns written for 32 actions.').waitFor();
    await page
      .getByRole('region', { name: /Sheet Action Plan/ })
      .getByText('Computed RAG')
      .waitFor();
    expect(await seriousViolations()).toEqual([]);
    await shot('3-rate');

    // Summary: three actions were due in October 2015 and are not complete: 1.7, 2.2 and 3.2.
    await page.getByRole('tab', { name: 'Summary', exact: true }).click();
    await page.getByRole('button', { name: 'Build summary' }).click();
    await page.getByText(/Summary sheet “.*” built for 11 Nov 2015\./).waitFor();
    await expect(page.locator('td[data-count="red"]').textContent()).resolves.toBe('3');
    await expect(page.locator('td[data-count="total"]').textContent()).resolves.toBe('32');
    const download = page.getByRole('link', { name: 'Download the built workbook' });
    await expect(download.getAttribute('href')).resolves.toMatch(/^blob:/);
    expect(await seriousViolations()).toEqual([]);
    await shot('4-summary');

    // Settings: Cymraeg turns the pane Welsh, reasons included.
    await page.getByRole('tab', { name: 'Settings', exact: true }).click();
    await page.getByRole('radio', { name: 'Cymraeg' }).check();
    for (const name of ['Cynllun', 'Gwirio', 'Graddio', 'Crynodeb', 'Gosodiadau']) {
      await page.getByRole('tab', { name: new RegExp(`^${name}`) }).waitFor();
    }
    await page.getByRole('tab', { name: 'Graddio', exact: true }).click();
    await page.getByRole('button', { name: 'Rhagolwg o’r sgoriau' }).click();
    await page.getByText('Hwyr: y dyddiad cau oedd 31 Hyd 2015', { exact: false }).first().waitFor();
    expect(await seriousViolations()).toEqual([]);
    await shot('5-cymraeg');
  });
});
