#!/usr/bin/env node
'use strict';
// The CLI is compiled from src/ into lib/ by `npm ci` (the "prepare" script) or `npm run build:cli`.
const path = require('path');
const fs = require('fs');
const entry = path.join(__dirname, '..', 'lib', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('actionplan: the CLI is not built yet; run "npm ci" or "npm run build:cli" first.\n');
  process.exit(2);
}
require(entry);
