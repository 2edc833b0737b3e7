/**
 * The demo pane's first render in headless Chromium: from navigation to the sample plan's actions
 * on screen (the pane, the demo chunk, ExcelJS reading the sample, the plan read and checked).
 * Builds dist/ first when it is missing (a fresh clone), and needs Chromium at /usr/bin/chromium.
 */
import * as fs from 'fs';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { chromium } from 'playwright-core';
import { median, type BenchRow } from './measure';
import { serveFolder } from '../test/support/serve-folder';

const CHROMIUM = '/usr/bin/chromium';
// `npm run bench` runs at the repository's root; the compiled bench lives elsewhere (build/bench).
const DIST = path.resolve(process.cwd(), 'dist');
const RUNS = 5;
/** Notes when the sample plan's actions appear (the bench's tsconfig has no DOM types: plain text). */
const NOTE_WHEN_SHOWN = `
  new MutationObserver((changes, observer) => {
    if (window.__aptShownAt === undefined && document.body && document.body.textContent.includes('32 actions')) {
      window.__aptShownAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });`;

/** The task pane entry's size: the scripts taskpane.html loads (the demo's chunk loads only with ?demo). */
function taskpaneBundleKiB(): number {
  const html = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
  // The built page is minified, so attribute values may be unquoted.
  const scripts = [...html.matchAll(/<script[^>]*\ssrc=("?)([^"\s>]+)\1/g)]
    .map((match) => match[2])
    .filter((src) => !/^https?:/.test(src))
    .map((src) => path.join(DIST, src.replace(/^\.?\//, '')));
  return scripts.reduce((sum, file) => sum + fs.statSync(file).size, 0) / 1024;
}

export async function benchPane(): Promise<BenchRow[]> {
  if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) {
    console.log('pane: building dist/ first (npm run build)...');
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'ignore' });
    if (build.status !== 0) throw new Error('npm run build failed: run it to see why.');
  }
  const bundle: BenchRow = {
    name: 'task pane bundle',
    value: taskpaneBundleKiB(),
    unit: 'KiB',
    target: '< 1,536',
  };
  if (!fs.existsSync(CHROMIUM)) {
    console.log(`pane: ${CHROMIUM} not installed: first render not measured (apt-get install chromium).`);
    return [bundle];
  }
  const server = await serveFolder(DIST);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'apt-bench-'));
  const browser = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
    viewport: { width: 1280, height: 800 },
  });
  try {
    const times: number[] = [];
    for (let run = 0; run <= RUNS; run++) {
      const page = await browser.newPage();
      // office.js is not needed by the demo; answer its request at once rather than reach the network.
      await page.route('**/*', (route) =>
        route.request().url().startsWith(base) ? route.continue() : route.fulfill({ status: 200, body: '' }),
      );
      // The moment the plan appears, noted by the page itself: Playwright's waitFor polls at
      // growing intervals, which would add up to half a second that is not the pane's.
      await page.addInitScript({ content: NOTE_WHEN_SHOWN });
      await page.goto(`${base}/taskpane.html?demo`);
      await page.getByText('32 actions').waitFor({ timeout: 60000 });
      const ms = Number(await page.evaluate('window.__aptShownAt'));
      if (run > 0) times.push(ms); // the first run warms the disk cache
      await page.close();
    }
    return [
      bundle,
      {
        name: 'demo pane first render (sample plan shown)',
        value: median(times),
        unit: 'ms',
        target: '< 1,000',
      },
    ];
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}
