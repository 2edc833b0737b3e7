#!/usr/bin/env node
'use strict';
/**
 * `npm run demo`: builds the board summary of the sample plan for the 11 Nov 2015 meeting into
 * out/board-summary.xlsx, prints its headline counts, and prints it to out/board-summary.pdf with
 * LibreOffice when LibreOffice is installed.
 * The sample carries the snapshot of the previous meeting (14 Oct 2015), so direction of travel
 * shows. The sample itself is never changed.
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const lib = path.join(root, 'lib');
const cli = path.join(root, 'bin', 'actionplan.js');
const sample = path.join(root, 'assets', 'samples', 'sample-plan.xlsx');
const outDir = path.join(root, 'out');
const out = path.join(outDir, 'board-summary.xlsx');

function actionplan(args) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(result.stderr || `actionplan ${args[0]} failed\n`);
    process.exit(result.status || 1);
  }
  return result;
}

function buildCliIfNeeded() {
  if (
    fs.existsSync(path.join(lib, 'cli', 'main.js')) &&
    fs.existsSync(path.join(lib, 'xlsx', 'summary-writer.js'))
  )
    return;
  console.log('Building the command line (npm run build:cli)...');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const build = spawnSync(npm, ['run', 'build:cli'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status || 1);
}

async function printPdf() {
  const probe = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    console.log(
      'LibreOffice (soffice) is not installed: skipped the PDF; the workbook is in out/board-summary.xlsx.',
    );
    return;
  }
  const { convertToPdf } = require(path.join(lib, 'xlsx', 'libreoffice'));
  const pdf = await convertToPdf(out, outDir);
  console.log(`PDF: ${path.relative(root, pdf)}`);
}

async function main() {
  buildCliIfNeeded();
  fs.mkdirSync(outDir, { recursive: true });
  const summary = actionplan([
    'summary',
    path.relative(root, sample),
    '--as-of',
    '2015-11-11',
    '--next-meeting',
    '2015-12-09',
    '--board',
    'Education Improvement Board',
    '--out',
    path.relative(root, out),
  ]);
  process.stdout.write(summary.stdout);
  if (summary.stderr) process.stderr.write(summary.stderr);
  await printPdf();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
