/**
 * Round trips and request sizes of the Office.js adapter, measured on the counting fake of Excel:
 * reading, rating and summarising a plan of 20,000 actions, as Excel on the desktop and as Excel on
 * the web (5 MB requests and responses). Round trips, not milliseconds, are what make an add-in
 * slow, and requests over 5 MB fail on the web.
 */
import { readWorkbookGridFromExcel } from '../src/excel/read';
import { buildSummaryInExcel, rateInExcel } from '../src/excel/commands';
import { FakeExcel, excelContext } from '../test/support/excel-fake';
import { planWorkbook } from '../test/excel/plans';
import type { BenchRow } from './measure';

const ACTIONS = 20_000;
const AS_OF = '2015-11-14';

type Command = 'read' | 'read + rate + write' | 'read + summary + write';
type Platform = 'desktop' | 'web';

async function run(command: Command, platform: Platform): Promise<FakeExcel> {
  const fake = FakeExcel.fromGrid(planWorkbook(ACTIONS), { platform });
  const context = excelContext(fake);
  const options = { asOf: AS_OF, supports: fake.supports, platform };
  if (command === 'read') await readWorkbookGridFromExcel(context, { supports: fake.supports });
  if (command === 'read + rate + write') await rateInExcel(context, options);
  if (command === 'read + summary + write')
    await buildSummaryInExcel(context, { ...options, generatedAt: `${AS_OF}T09:00` });
  return fake;
}

const kilobytes = (bytes: number) => bytes / 1024;

export async function benchExcel(): Promise<BenchRow[]> {
  const label = `excel: ${ACTIONS.toLocaleString('en-GB')} actions`;
  const rows: BenchRow[] = [];
  let largestRequest = 0;
  let largestResponse = 0;
  for (const command of ['read', 'read + rate + write', 'read + summary + write'] as const) {
    for (const platform of ['desktop', 'web'] as const) {
      const fake = await run(command, platform);
      rows.push({
        name: `${label}, ${command} (${platform})`,
        value: fake.syncCount,
        unit: 'round trips',
        target: platform === 'desktop' ? '<= 4, as for 10 actions' : 'grows with MB, not rows',
      });
      if (platform === 'web') {
        largestRequest = Math.max(largestRequest, fake.largestRequestBytes);
        // A response over the limit fails, and the adapter then reads in parts: count what was answered.
        const answered = fake.syncs.filter((sync) => !sync.failed).map((sync) => sync.responseBytes);
        largestResponse = Math.max(largestResponse, ...answered);
      }
    }
  }
  rows.push(
    {
      name: `${label}, largest request (web)`,
      value: kilobytes(largestRequest),
      unit: 'KB',
      target: '< 5,120',
    },
    {
      name: `${label}, largest answered response (web)`,
      value: kilobytes(largestResponse),
      unit: 'KB',
      target: '< 5,120',
    },
  );
  return rows;
}
