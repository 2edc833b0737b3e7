/**
 * Round trips are what make an add-in slow, and requests over 5 MB fail on Excel on the web. Reading,
 * rating and summarising take the same few round trips whatever the plan's length on the desktop;
 * on the web they grow with the megabytes written, never with the rows.
 */
import { buildSummaryInExcel, rateInExcel } from '../../src/excel/commands';
import { readWorkbookGridFromExcel } from '../../src/excel/read';
import { FakeExcel, excelContext } from '../support/excel-fake';
import { planWorkbook } from './plans';

const MB = 1024 * 1024;
const asOf = '2015-11-14';

type Command = 'read' | 'rate' | 'summarise';

async function run(command: Command, actions: number, platform: 'desktop' | 'web'): Promise<FakeExcel> {
  const fake = FakeExcel.fromGrid(planWorkbook(actions), { platform });
  const context = excelContext(fake);
  const options = { asOf, supports: fake.supports, platform };
  if (command === 'read') await readWorkbookGridFromExcel(context, { supports: fake.supports });
  if (command === 'rate') await rateInExcel(context, options);
  if (command === 'summarise')
    await buildSummaryInExcel(context, { ...options, generatedAt: `${asOf}T09:00` });
  return fake;
}

describe('on Excel on the desktop', () => {
  // Sheets and tables; every cell at once; then every write in one request.
  it.each([
    ['read', 2],
    ['rate', 3],
    ['summarise', 3],
  ] as const)('%s takes %i round trips for 10 and for 20,000 actions', async (command, expected) => {
    const small = await run(command, 10, 'desktop');
    const large = await run(command, 20_000, 'desktop');

    expect([small.syncCount, large.syncCount]).toEqual([expected, expected]);
    expect(large.syncs.every((sync) => !sync.failed)).toBe(true);
  });
});

describe('on Excel on the web', () => {
  it('summarises 10 actions in the same three round trips as on the desktop', async () => {
    const fake = await run('summarise', 10, 'web');

    expect(fake.syncCount).toBe(3);
  });

  it('summarises 20,000 actions with every request and response under 5 MB, each write request but the last one full', async () => {
    const fake = await run('summarise', 20_000, 'web');

    const answered = fake.syncs.filter((sync) => !sync.failed);
    expect(Math.max(...answered.map((sync) => sync.requestBytes))).toBeLessThan(5 * MB);
    expect(Math.max(...answered.map((sync) => sync.responseBytes))).toBeLessThan(5 * MB);
    // Reads ask in a kilobyte or two; writes send megabytes.
    const writes = answered.filter((sync) => sync.requestBytes > 64 * 1024);
    // A request is sent only when the next operation would not fit in 4.5 MB (as reserved, about a
    // third above what the fake counts), and no operation is near 1 MB: so each request but the last
    // carries over 2 MB, and the number of requests follows the megabytes written.
    const written = writes.reduce((sum, sync) => sum + sync.requestBytes, 0);
    expect(writes.slice(0, -1).every((sync) => sync.requestBytes > 2 * MB)).toBe(true);
    expect(writes.length).toBeLessThanOrEqual(Math.ceil(written / (2 * MB)));
    expect(writes.length).toBeGreaterThan(1);
  });
});
