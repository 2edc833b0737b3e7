import { OfficeMockObject } from 'office-addin-mock';
import { readUsedRangeValues } from '../../src/excel/read-used-range';

const PLAN_VALUES = [
  ['Ref', 'Action', 'Lead person', 'Timescales'],
  ['1.1', 'Appoint an attendance officer', 'Head of service', 'Autumn 2013'],
  ['1.2', 'Review exclusions policy', '', 'TBC'],
];
const NOTES_VALUES = [['Notes'], ['Board meets termly']];

/** A workbook with two sheets, "Plan" (active) and "Notes"; records which sheet was asked for. */
function mockContext() {
  const requested: string[] = [];
  const seed = {
    workbook: {
      worksheets: {
        plan: {
          name: 'Plan',
          usedRange: { address: 'Plan!A1:D3', values: PLAN_VALUES },
          getUsedRange() {
            return this.usedRange;
          },
        },
        notes: {
          name: 'Notes',
          usedRange: { address: 'Notes!A1:A2', values: NOTES_VALUES },
          getUsedRange() {
            return this.usedRange;
          },
        },
        getItem(name: string) {
          requested.push(name);
          return name === 'Plan' ? this.plan : this.notes;
        },
        getActiveWorksheet() {
          requested.push('(active)');
          return this.plan;
        },
      },
    },
  };
  const context = new OfficeMockObject(seed);
  const sync = jest.spyOn(context, 'sync');
  return { context: context as unknown as Excel.RequestContext, requested, sync };
}

describe('readUsedRangeValues', () => {
  it('returns the values and address of the named sheet', async () => {
    const { context, requested } = mockContext();

    const result = await readUsedRangeValues(context, 'Notes');

    expect(requested).toEqual(['Notes']);
    expect(result).toEqual({ sheetName: 'Notes', address: 'Notes!A1:A2', values: NOTES_VALUES });
  });

  it('reads the active worksheet when no sheet is named', async () => {
    const { context, requested } = mockContext();

    const result = await readUsedRangeValues(context);

    expect(requested).toEqual(['(active)']);
    expect(result.sheetName).toBe('Plan');
    expect(result.address).toBe('Plan!A1:D3');
    expect(result.values).toEqual(PLAN_VALUES);
  });

  it('loads what it reads and makes a single round trip to Excel', async () => {
    const { context, sync } = mockContext();

    const result = await readUsedRangeValues(context, 'Plan');

    // The mock hands back an error string for any property read without load + sync.
    expect(JSON.stringify(result)).not.toMatch(
      /Error, (property was not loaded|context.sync\(\) was not called)/,
    );
    expect(sync).toHaveBeenCalledTimes(1);
  });
});
