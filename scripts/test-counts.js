#!/usr/bin/env node
'use strict';
// Prints one line `N passed, N failed` from jest's --json output. A suite that failed to run
// (a syntax error, a failing beforeAll) counts as one failure, so it can never pass unnoticed.
const fs = require('fs');

const file = process.argv[2];
if (!file || !fs.existsSync(file)) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const report = JSON.parse(fs.readFileSync(file, 'utf8'));
const brokenSuites = report.testResults.filter(
  (suite) => suite.status === 'failed' && suite.assertionResults.every((test) => test.status !== 'failed'),
).length;
const failed = report.numFailedTests + brokenSuites;
console.log(`${report.numPassedTests} passed, ${failed} failed`);
