/**
 * Round trips and request sizes of the Office.js adapter, measured on the counting fake of Excel:
 * reading, rating and writing a plan of 20,000 actions. Round trips, not milliseconds, are what
 * make an add-in slow on the web, and requests over 5 MB fail there.
 */
import { readWorkbookGridFromExcel } from '../src/excel/read';
import { rateInExcel } from '../src/excel/commands';
import { FakeExcel, excelContext } from '../test/support/excel-fake';
import { planWorkbook } from '../test/excel/plans';
import type { BenchRow } from './measure';

const ACTIONS = 20_000;
const AS_OF = '2015-11-14';

function kilobytes(bytes: number): number {
  return bytes / 1024;
}

async function measure(responseLimitBytes: number | undefined) {
  const read = FakeExcel.fromGrid(planWorkbook(ACTIONS), { responseLimitBytes });
  await readWorkbookGridFromExcel(excelContext(read), { supports: read.supports });
  const full = FakeExcel.fromGrid(planWorkbook(ACTIONS), { responseLimitBytes });
  await rateInExcel(excelContext(full), { asOf: AS_OF, supports: full.supports });
  const write = full.syncs[full.syncs.length - 1];
  return { read, full, write };
}

export async function benchExcel(): Promise<BenchRow[]> {
  const label = `excel: ${ACTIONS.toLocaleString('en-GB')} actions`;
  const desktop = await measure(Number.POSITIVE_INFINITY);
  const web = await measure(undefined);
  return [
    { name: `${label}, read (desktop)`, value: desktop.read.syncCount, unit: 'round trips', target: '2' },
    {
      name: `${label}, read (web, 5 MB responses)`,
      value: web.read.syncCount,
      unit: 'round trips',
      target: 'grows with MB, not rows',
    },
    {
      name: `${label}, read + rate + write (desktop)`,
      value: desktop.full.syncCount,
      unit: 'round trips',
      target: '<= 4',
    },
    {
      name: `${label}, read + rate + write (web)`,
      value: web.full.syncCount,
      unit: 'round trips',
      target: '',
    },
    {
      name: `${label}, largest request`,
      value: kilobytes(web.full.largestRequestBytes),
      unit: 'KB',
      target: '< 5,120',
    },
    {
      name: `${label}, rating columns write`,
      value: kilobytes(web.write.requestBytes),
      unit: 'KB',
      target: '< 5,120',
    },
    {
      name: `${label}, largest answered response (web)`,
      value: kilobytes(
        Math.max(...web.full.syncs.filter((sync) => !sync.failed).map((sync) => sync.responseBytes)),
      ),
      unit: 'KB',
      target: '< 5,120',
    },
  ];
}
