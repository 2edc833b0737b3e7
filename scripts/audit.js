#!/usr/bin/env node
'use strict';
// Fails when a package the product ships (`npm audit --omit=dev`) has a high or critical advisory
// that is not in the exception list below. Exit 0: clean; 1: blocking advisories; 3: the registry's
// audit service did not answer, so nothing was checked (said in one line; .ci/run reports it
// without failing, since a registry mirror without the audit endpoint is outside the project).
// `--report FILE` checks a saved `npm audit --json` report instead.
const fs = require('fs');
const { spawnSync } = require('child_process');

/**
 * Advisories accepted on purpose, by GitHub advisory id (GHSA-...) or package name. Each entry must
 * say why it cannot reach the product and when it is to be looked at again.
 */
const EXCEPTIONS = [
  // (none)
];

const BLOCKING = new Set(['high', 'critical']);
const NOT_CHECKED = 3;

function runAudit() {
  const saved = process.argv.indexOf('--report');
  if (saved !== -1) return parseReport(fs.readFileSync(process.argv[saved + 1], 'utf8'));
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['audit', '--omit=dev', '--json'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) return { problem: `could not run npm audit (${result.error.message})` };
  return parseReport(result.stdout);
}

function parseReport(text) {
  let report;
  try {
    report = JSON.parse(text);
  } catch {
    return { problem: 'npm audit printed no JSON report' };
  }
  // npm prints an error document, not a report, when the audit service refuses or cannot be reached.
  if (!report.vulnerabilities) {
    const reason = report.message || (report.error && report.error.summary) || 'no report';
    return { problem: `the registry's audit service did not answer (${reason.split('\n')[0]})` };
  }
  return { report };
}

/** Advisory ids (GHSA-...) and titles behind one vulnerable package, found through `via`. */
function advisoriesOf(vulnerability) {
  return vulnerability.via
    .filter((via) => typeof via === 'object')
    .map((via) => ({ id: (via.url || '').split('/').pop() || String(via.source), title: via.title }));
}

function isExcepted(name, advisories) {
  return (
    EXCEPTIONS.includes(name) || (advisories.length > 0 && advisories.every((a) => EXCEPTIONS.includes(a.id)))
  );
}

function main() {
  const { report, problem } = runAudit();
  if (problem) {
    console.error(`audit: ${problem}; advisories not checked.`);
    return NOT_CHECKED;
  }
  const blocking = Object.entries(report.vulnerabilities)
    .filter(([, vulnerability]) => BLOCKING.has(vulnerability.severity))
    .map(([name, vulnerability]) => ({
      name,
      severity: vulnerability.severity,
      advisories: advisoriesOf(vulnerability),
    }))
    .filter(({ name, advisories }) => !isExcepted(name, advisories));
  for (const { name, severity, advisories } of blocking) {
    const detail = advisories.map((a) => `${a.id} ${a.title}`).join('; ') || 'through a dependency';
    console.error(`audit: ${severity}: ${name}: ${detail}`);
  }
  const counts = report.metadata && report.metadata.vulnerabilities;
  const summary = counts
    ? `${counts.critical} critical, ${counts.high} high, ${counts.moderate} moderate`
    : '';
  console.log(
    `audit: ${blocking.length} high or critical advisories not excepted${summary ? ` (${summary} in all)` : ''}.`,
  );
  return blocking.length > 0 ? 1 : 0;
}

process.exitCode = main();
