/**
 * Builds the office.js stand-in (office.ts) for the browser with webpack's Node API, and serves it
 * with a workbook: the pane's Content-Security-Policy allows no inline script, so the workbook
 * travels as the first line of the office.js response, before the bundle.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { WorkbookGrid } from '../../../src/core/grid/types';

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** Bundles the stand-in into a temporary folder and returns its text. */
export async function bundleOfficeStandIn(): Promise<string> {
  // Required, not imported: webpack is a build tool, loaded only by the tests that bundle.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require('webpack') as typeof import('webpack');
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'apt-office-stand-in-'));
  try {
    const compiler = webpack({
      mode: 'development',
      target: 'web',
      devtool: false,
      context: ROOT,
      entry: path.join(__dirname, 'office.ts'),
      output: { path: outDir, filename: 'office.js' },
      resolve: { extensions: ['.ts', '.js'] },
      module: {
        rules: [
          {
            test: /\.ts$/,
            exclude: /node_modules/,
            use: {
              loader: require.resolve('ts-loader'),
              options: { transpileOnly: true, configFile: path.join(ROOT, 'tsconfig.json') },
            },
          },
        ],
      },
      performance: { hints: false },
    });
    const stats = await new Promise<import('webpack').Stats>((resolve, reject) =>
      compiler.run((error, result) => {
        compiler.close(() => undefined);
        if (error || !result) reject(error ?? new Error('webpack gave no result'));
        else resolve(result);
      }),
    );
    if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
    return fs.readFileSync(path.join(outDir, 'office.js'), 'utf8');
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

/** The office.js response: the workbook as a global, then the stand-in. */
export function officeScript(bundle: string, workbook: WorkbookGrid): string {
  return `window.__APT_WORKBOOK__ = ${JSON.stringify(workbook)};\n${bundle}`;
}
