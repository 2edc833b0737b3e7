/**
 * What the browser tests share: the built add-in (dist/) served on a local port, headless Debian
 * Chromium, pages whose office.js request is answered by a stand-in, and axe-core for accessibility.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { describeWithPrograms } from '../support/programs';
import { serveFolder } from '../support/serve-folder';

export const CHROMIUM = '/usr/bin/chromium';
export const ROOT = path.resolve(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');
export const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const CDN_HOST = 'appsforoffice.microsoft.com';
const AXE_PATH = '/test-only/axe.min.js';

/**
 * `describe` when Chromium is installed. Like every test that needs an outside program, it is
 * required under CI and reported in one line elsewhere (test/support/programs.ts).
 */
export function describeIfChromium(name: string, suite: () => void): void {
  describeWithPrograms([path.basename(CHROMIUM)], name, suite);
}

/** A page of the pane, with what it asked for that a real add-in must not need. */
export interface PanePage {
  page: Page;
  /** Requests to anywhere but the pane's own origin and Microsoft's CDN. */
  unexpectedRequests: string[];
  /** Console messages about the Content-Security-Policy. */
  cspViolations: string[];
}

/**
 * dist/ served locally and one headless Chromium for a suite: `start()` in beforeAll, `stop()` in
 * afterAll. dist/ is built first when missing (`npm run build` refreshes it).
 */
export class PaneBrowser {
  private server: http.Server | null = null;
  private userDataDir: string | null = null;
  private browser: BrowserContext | null = null;
  baseUrl = '';

  async start(viewport = { width: 360, height: 560 }): Promise<void> {
    if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) {
      execFileSync(path.join(ROOT, 'node_modules', '.bin', 'webpack'), ['--mode', 'production'], {
        cwd: ROOT,
        stdio: 'inherit',
      });
    }
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    this.server = await serveFolder(DIST);
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    this.userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'apt-chromium-'));
    this.browser = await chromium.launchPersistentContext(this.userDataDir, {
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
      viewport,
      // As an officer's Excel in the UK (Debian's Chromium ships only en-US for its own date fields).
      locale: 'en-GB',
    });
  }

  async stop(): Promise<void> {
    await this.browser?.close();
    const server = this.server;
    if (server) await new Promise((resolve) => server.close(resolve));
    if (this.userDataDir) fs.rmSync(this.userDataDir, { recursive: true, force: true });
  }

  /**
   * A fresh page of taskpane.html whose office.js request is answered by `office` (a script, or
   * null to block it, as a network without Microsoft's CDN would).
   */
  async openPane(office: string | null, query = ''): Promise<PanePage> {
    if (!this.browser) throw new Error('PaneBrowser.start() first');
    const opened: PanePage = {
      page: await this.browser.newPage(),
      unexpectedRequests: [],
      cspViolations: [],
    };
    const { page, unexpectedRequests, cspViolations } = opened;
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      // axe-core served from the page's own origin: the pane's Content-Security-Policy forbids inline scripts.
      if (url.origin === this.baseUrl && url.pathname === AXE_PATH) {
        return route.fulfill({
          status: 200,
          contentType: 'text/javascript',
          path: require.resolve('axe-core/axe.min.js'),
        });
      }
      if (url.origin === this.baseUrl) return route.continue();
      if (url.href === OFFICE_JS) {
        return office === null
          ? route.abort('failed')
          : route.fulfill({ status: 200, contentType: 'text/javascript', body: office });
      }
      if (url.hostname !== CDN_HOST) unexpectedRequests.push(url.href);
      return route.abort('blockedbyclient');
    });
    await page.goto(`${this.baseUrl}/taskpane.html${query}`);
    return opened;
  }
}

/** axe-core's serious and critical violations on the page as it stands. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ url: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (context: unknown) => Promise<{
            violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[];
          }>;
        };
      }
    ).axe;
    // Fluent's focus manager (tabster) places focus sentinels, aria-hidden by design, at the edges of focus groups.
    const result = await axe.run({ include: [['body']], exclude: [['[data-tabster-dummy]']] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id} ${v.targets.join(' ')}`);
}
