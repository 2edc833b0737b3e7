/**
 * The built task pane (dist/) in a real browser: with a stand-in for office.js that says "Excel",
 * with office.js blocked, and with an office.js that never answers. Screenshots go to
 * test-artifacts/.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const CDN_HOST = 'appsforoffice.microsoft.com';

const hasChromium = fs.existsSync(CHROMIUM);
if (!hasChromium && process.env.CI === 'true') {
  throw new Error(`${CHROMIUM} is required in CI: apt-get install -y --no-install-recommends chromium`);
}
if (!hasChromium) console.log(`${CHROMIUM} not found: skipping the task pane browser tests.`);
const describeIfChromium = hasChromium ? describe : describe.skip;

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

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

function serveDist(): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = path.join(DIST, path.normalize(pathname));
    if (!file.startsWith(DIST + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describeIfChromium('task pane in a browser', () => {
  let server: http.Server;
  let baseUrl: string;
  let userDataDir: string;
  let browser: BrowserContext;
  let page: Page;
  let unexpectedRequests: string[];
  let cspViolations: string[];

  beforeAll(async () => {
    if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) {
      execFileSync(path.join(ROOT, 'node_modules', '.bin', 'webpack'), ['--mode', 'production'], {
        cwd: ROOT,
        stdio: 'inherit',
      });
    }
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    server = await serveDist();
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'apt-chromium-'));
    browser = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
      viewport: { width: 360, height: 560 },
    });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
  });

  /** A fresh page whose office.js request is answered by `office` (a stub, or null to block it). */
  async function openPane(office: string | null, query = ''): Promise<Page> {
    unexpectedRequests = [];
    cspViolations = [];
    page = await browser.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin === baseUrl) return route.continue();
      if (url.href === OFFICE_JS) {
        return office === null
          ? route.abort('failed')
          : route.fulfill({ status: 200, contentType: 'text/javascript', body: office });
      }
      if (url.hostname !== CDN_HOST) unexpectedRequests.push(url.href);
      return route.abort('blockedbyclient');
    });
    await page.goto(`${baseUrl}/taskpane.html${query}`);
    return page;
  }

  afterEach(async () => {
    expect(unexpectedRequests).toEqual([]);
    expect(cspViolations).toEqual([]);
    await page?.close();
  });

  it('in Excel, shows the title, the host and a Read plan button that reads the active sheet', async () => {
    await openPane(officeStub());

    await page.getByRole('heading', { name: 'Action Plan Tracker', level: 1 }).waitFor();
    await page.getByText('Excel on Windows, Excel JavaScript API 1.17').waitFor();
    await page.getByRole('button', { name: 'Read plan' }).click();
    await page.getByRole('status').getByText('Read 3 rows and 4 columns from Plan!A1:D3.').waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'taskpane-excel.png') });
  });

  it('follows a dark Office theme', async () => {
    await openPane(officeStub({ background: '#262626' }));

    await page.getByRole('button', { name: 'Read plan' }).waitFor();
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
    await page.getByText('The demo is coming soon.').waitFor();
    expect(new URL(page.url()).search).toBe('?demo');
  });

  it('when office.js never answers, gives up after a few seconds instead of hanging', async () => {
    await openPane(officeStub({ answer: false }));

    await page.getByText('Open this in Excel, or try the demo').waitFor({ timeout: 6000 });
    await expect(page.getByRole('button', { name: 'Read plan' }).count()).resolves.toBe(0);
  });
});
