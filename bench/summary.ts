/**
 * Board summary speed: `actionplan summary --out` on a generated 10,000-action workbook beside
 * ExcelJS merely reading and writing the same workbook (measured side by side, so the ratio holds
 * on a busy machine), and a roll-up of 100 school workbooks of 50 actions each.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runCli } from '../src/cli/program';
import type { CliIo } from '../src/cli/io';
import { median, medianMs, type BenchRow } from './measure';
import { HEADER } from '../test/fixtures/build-sample';
import { performance } from 'perf_hooks';

const RUNS = 3;
const AS_OF = '2015-11-11';
const NEXT_MEETING = '2015-12-09';

const DUES = [
  'Oct 15',
  'Nov 15',
  'Dec 15',
  'Spring 2016',
  'Summer term 2016',
  'July 16',
  'Termly',
  'TBC',
  'Sept 15',
  'w/c 30 November 2015',
];
const STARTS = ['Sept 15', 'Oct 15', 'Nov 15', 'Jan 16', null];
const RAGS = ['Green', 'Amber', 'Red', 'Complete', null, 'Green', 'R A G'];
const LEADS = [
  'Head of Service (Data)',
  'SESEO (Assessment)',
  'PESEO',
  'Governor Services',
  null,
  'Senior IA / HR',
];

/** A plan of `actions` actions in priorities of 25, with the dates and ratings officers write. */
export function generatedWorkbook(actions: number, seed = 1): ExcelJS.Workbook {
  let state = seed;
  const pick = <T>(values: T[]): T => {
    state = (state * 1103515245 + 12345) % 2147483648;
    // The high bits: the low bits of this generator repeat after a few steps.
    return values[(state >>> 16) % values.length];
  };
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Action Plan');
  sheet.addRow(['School Improvement Action Plan 2015/16']);
  sheet.addRow([]);
  sheet.addRow(HEADER);
  for (let i = 0; i < actions; i++) {
    const priority = Math.floor(i / 25) + 1;
    if (i % 25 === 0) sheet.addRow([`Priority ${priority}: Improve outcomes in area ${priority}`]);
    const ref = `${priority}.${(i % 25) + 1}`;
    sheet.addRow([
      ref,
      `Action ${ref}: devise and implement a programme of support visits for schools in partnership ${priority}`,
      pick(LEADS),
      pick(STARTS),
      pick(DUES),
      `By Dec 15 Plans agreed with ${i % 7} schools By Apr 16 Impact evidenced in tracking data`,
      pick(['Draft shared with schools.', 'Completed.', '', 'Meeting rearranged to December.']),
      pick(RAGS),
    ]);
  }
  return workbook;
}

const quietIo: CliIo = { out: () => undefined, err: () => undefined, errIsTty: false };

async function summary(files: string[], out: string): Promise<void> {
  const code = await runCli(
    ['summary', ...files, '--as-of', AS_OF, '--next-meeting', NEXT_MEETING, '--out', out],
    quietIo,
  );
  if (code !== 0) throw new Error(`summary exited ${code}`);
}

async function readAndWrite(file: string, out: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await fs.readFile(file)) as unknown as ExcelJS.Buffer);
  await fs.writeFile(out, Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
}

async function timed(work: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

export async function benchSummary(): Promise<BenchRow[]> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'apt-bench-summary-'));
  try {
    const big = path.join(dir, 'plan-10000.xlsx');
    await generatedWorkbook(10_000).xlsx.writeFile(big);
    const out = path.join(dir, 'out.xlsx');
    // Warm up both, then alternate them so that both see the same machine load.
    await summary([big], out);
    await readAndWrite(big, out);
    const summaryTimes: number[] = [];
    const baselineTimes: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      summaryTimes.push(await timed(() => summary([big], out)));
      baselineTimes.push(await timed(() => readAndWrite(big, out)));
    }
    const summaryMs = median(summaryTimes);
    const baselineMs = median(baselineTimes);

    const schools: string[] = [];
    for (let i = 0; i < 100; i++) {
      const file = path.join(dir, `school-${String(i + 1).padStart(3, '0')}.xlsx`);
      await generatedWorkbook(50, i + 2).xlsx.writeFile(file);
      schools.push(file);
    }
    const rollUpMs = await medianMs(RUNS, () => summary(schools, path.join(dir, 'roll-up.xlsx')));

    return [
      { name: 'summary --out, 10,000 actions', value: summaryMs, unit: 'ms', target: '' },
      { name: 'ExcelJS read + write, same workbook', value: baselineMs, unit: 'ms', target: '' },
      {
        name: 'summary / ExcelJS read + write',
        value: summaryMs / baselineMs,
        unit: 'ratio',
        target: '<= 1.5',
      },
      { name: 'summary roll-up, 100 workbooks x 50', value: rollUpMs, unit: 'ms', target: '< 10,000' },
    ];
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
