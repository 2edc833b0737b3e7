/**
 * Speed of the engine proper: read, check and rate a generated plan of 1,000, 10,000 and 100,000
 * actions held in a grid (no file I/O), and how the time grows: 100,000 actions should take no
 * more than 11 times as long as 10,000 (linear). Also the peak memory of the 100,000-action run.
 */
import { spawnSync } from 'child_process';
import type { CellValue, WorkbookGrid } from '../src/core/grid/types';
import { readPlans } from '../src/core/plan';
import { checkPlans, ratePlan, ratingContext } from '../src/core/rag';
import { median, medianMs, type BenchRow } from './measure';

const HEADER = ['Ref', 'Action', 'Lead officer', 'Start', 'Due', 'Success criteria', 'Progress', 'RAG'];
const DUES = [
  'Oct 15',
  'Nov 15',
  'Dec 2015',
  'Spring term 2016',
  'Summer 2016',
  'Termly',
  'TBC',
  '31/03/2016',
];
const STARTS = ['Sept 15', 'Autumn 2015', '01/09/2015', 'Starting September 2015'];
const OWNERS = [
  'Head of Service (Data)',
  'PESEO / HoS',
  'SESEO (Assessment)',
  'Senior IA and Governor Services',
];
const RAGS = ['Green', 'Amber', 'Red', 'Complete', 'R A G', ''];
const ACTIONS_PER_GROUP = 25;

/** A plain plan sheet: title rows, a header, a group row every 25 actions, fuzzy dates. */
export function generatedPlanGrid(actions: number): WorkbookGrid {
  const rows: CellValue[][] = [['School Improvement Action Plan 2015/16'], [], HEADER];
  for (let index = 0; index < actions; index++) {
    if (index % ACTIONS_PER_GROUP === 0)
      rows.push([`Priority ${index / ACTIONS_PER_GROUP + 1}: raise standards`]);
    const pick = <T>(list: T[]): T => list[index % list.length];
    rows.push([
      `${Math.floor(index / ACTIONS_PER_GROUP) + 1}.${(index % ACTIONS_PER_GROUP) + 1}`,
      `Action ${index + 1}: moderate teacher assessment across the partnership`,
      pick(OWNERS),
      pick(STARTS),
      DUES[(index * 7) % DUES.length],
      index % 3 === 0
        ? 'By Dec 15 moderators trained By Mar 16 moderation deployed'
        : 'All schools report on time',
      index % 5 === 0 ? 'Completed in October 2015.' : 'On schedule; termly report to the board.',
      RAGS[(index * 5) % RAGS.length],
    ]);
  }
  return {
    source: `generated-${actions}.xlsx`,
    sheets: [{ name: 'Plan', hidden: false, rows, merges: [], hiddenRows: [], tables: [] }],
  };
}

function readCheckRate(grid: WorkbookGrid): number {
  const ctx = ratingContext({ asOf: '2015-11-11', nextMeeting: '2015-12-09' });
  const { plans } = readPlans(grid);
  const findings = checkPlans(plans, ctx);
  const rated = plans.reduce((count, plan) => count + ratePlan(plan, ctx).length, 0);
  return rated + findings.length;
}

/** Reads, checks and rates a generated plan of `actions` actions once (for the memory probe). */
export function readCheckRateGenerated(actions: number): number {
  return readCheckRate(generatedPlanGrid(actions));
}

/** Peak resident memory of one read+check+rate, in a fresh process so nothing else is counted. */
function peakMemoryMiB(actions: number): number {
  const probe = `const bench = require(${JSON.stringify(__filename)});
bench.readCheckRateGenerated(${actions});
console.log(process.resourceUsage().maxRSS);`;
  const result = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`memory probe failed: ${result.stderr}`);
  return Number(result.stdout.trim()) / 1024; // maxRSS is in KiB
}

export async function benchPlans(): Promise<BenchRow[]> {
  const times = new Map<number, number>();
  for (const size of [1_000, 10_000, 100_000]) {
    const grid = generatedPlanGrid(size);
    times.set(size, await medianMs(size >= 100_000 ? 5 : 7, () => readCheckRate(grid)));
  }
  const growth = (times.get(100_000) as number) / (times.get(10_000) as number);
  const peaks = [1, 2, 3].map(() => peakMemoryMiB(100_000));
  return [
    ...[...times].map(([size, ms]) => ({
      name: `plans: read+check+rate ${size.toLocaleString('en-GB')} actions`,
      value: ms,
      unit: 'ms',
      target: '',
    })),
    { name: 'plans: growth 100,000 / 10,000 actions', value: growth, unit: 'ratio', target: '<= 11' },
    { name: 'plans: peak memory, 100,000 actions', value: median(peaks), unit: 'MiB', target: '' },
  ];
}
