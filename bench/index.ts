/**
 * `npm run bench`: one table of the project's speed figures. A script, never a test: figures are
 * medians of several runs and are recorded in docs/PERFORMANCE.md.
 */
import os from 'os';
import { benchDates } from './dates';
import { benchExcel } from './excel';
import { benchPane } from './pane';
import { benchPlans } from './plans';
import { benchSummary } from './summary';
import type { BenchRow } from './measure';

const suites: Array<{ title: string; run: () => Promise<BenchRow[]> }> = [
  { title: 'dates', run: benchDates },
  { title: 'plans', run: benchPlans },
  { title: 'summary', run: benchSummary },
  { title: 'excel', run: benchExcel },
  { title: 'pane', run: benchPane },
];

function formatValue(value: number): string {
  return value >= 100 ? Math.round(value).toLocaleString('en-GB') : value.toFixed(2);
}

async function main(): Promise<void> {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`Action Plan Tracker benchmark: node ${process.version}, ${os.cpus().length} x ${cpu}`);
  const rows: BenchRow[] = [];
  for (const suite of suites) rows.push(...(await suite.run()));
  const nameWidth = Math.max(...rows.map((row) => row.name.length), 10);
  console.log(`${'measure'.padEnd(nameWidth)}  ${'median'.padStart(14)}  unit            target`);
  for (const row of rows) {
    console.log(
      `${row.name.padEnd(nameWidth)}  ${formatValue(row.value).padStart(14)}  ${row.unit.padEnd(14)}  ${row.target}`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
