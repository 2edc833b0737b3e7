/**
 * The demo pane's first render in headless Chromium: from navigation to the sample plan's actions
 * on screen (the pane, the demo chunk, ExcelJS reading the sample, the plan read and checked).
 * Needs a built dist/ (`npm run build`) and Chromium at /usr/bin/chromium; returns no rows without them.
 */
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { chromium } from 'playwright-core';
import { median, type BenchRow } from './measure';

const CHROMIUM = '/usr/bin/chromium';
const DIST = path.resolve(__dirname, '..', 'dist');
const RUNS = 5;
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.png': 'image/png' };

function serve(): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = path.join(DIST, path.normalize(pathname));
    if (!file.startsWith(DIST + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export async function benchPane(): Promise<BenchRow[]> {
  if (!fs.existsSync(CHROMIUM) || !fs.existsSync(path.join(DIST, 'taskpane.html'))) return [];
  const server = await serve();
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
      await page.goto(`${base}/taskpane.html?demo`);
      await page.getByText('32 actions').waitFor({ timeout: 60000 });
      const ms = await page.evaluate(() => performance.now());
      if (run > 0) times.push(ms); // the first run warms the disk cache
      await page.close();
    }
    return [
      { name: 'demo pane first render (sample plan shown)', value: median(times), unit: 'ms', target: '' },
    ];
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}
