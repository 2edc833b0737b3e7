import { summarySheetName } from '../../src/core/summary';
import { rebuildSummaryAsOfToday } from '../../src/commands/commands';
import { LAST_SUMMARY_KEY, type DocumentSettings } from '../../src/excel/document-settings';
import { FakeExcel, excelContext } from '../support/excel-fake';
import { planWorkbook } from '../excel/plans';

function storedSettings(values: Record<string, unknown>): DocumentSettings {
  const store = new Map(Object.entries(values));
  return {
    get: (name) => store.get(name),
    set: (name, value) => store.set(name, value),
    saveAsync: (done) => done?.({ status: 'succeeded' }),
  };
}

/** Excel and Office as the ribbon's hidden page sees them, backed by the counting fake. */
function runningIn(fake: FakeExcel): void {
  Object.assign(globalThis, {
    Excel: { run: <T>(work: (context: Excel.RequestContext) => Promise<T>) => work(excelContext(fake)) },
    Office: { context: { requirements: { isSetSupported: () => true } } },
  });
}

const morningOf14Nov2015 = new Date(Date.UTC(2015, 10, 14, 9, 0));

describe('Refresh summary on the ribbon', () => {
  it('rebuilds the last summary as of today, keeping its board, language and meeting interval', async () => {
    const fake = FakeExcel.fromGrid(planWorkbook(10));
    runningIn(fake);
    const settings = storedSettings({
      [LAST_SUMMARY_KEY]: { board: 'Schools Causing Concern Board', lang: 'cy', meetingIntervalDays: 14 },
    });

    const built = await rebuildSummaryAsOfToday(settings, morningOf14Nov2015);

    expect(built.summary.title).toMatchObject({
      board: 'Schools Causing Concern Board',
      asOf: '2015-11-14',
      nextMeeting: '2015-11-28',
    });
    expect(built.sheet).toBe(summarySheetName('2015-11-14', 'cy'));
    expect(fake.sheet(built.sheet)).toBeDefined();
  });

  it('uses the default board and a four-week interval when no summary was built before', async () => {
    const fake = FakeExcel.fromGrid(planWorkbook(10));
    runningIn(fake);

    const built = await rebuildSummaryAsOfToday(storedSettings({}), morningOf14Nov2015);

    expect(built.summary.title).toMatchObject({
      board: 'Education Improvement Board',
      asOf: '2015-11-14',
      nextMeeting: '2015-12-12',
    });
    expect(built.sheet).toBe('Board Summary 2015-11-14');
  });
});
