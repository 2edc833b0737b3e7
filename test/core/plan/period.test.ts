/** The span of years a plan's title names, and its end as the plan's end for the after-plan-end check. */
import { readPlans } from '../../../src/core/plan';
import { checkPlans, ratingContext } from '../../../src/core/rag';
import type { CellValue } from '../../../src/core/grid/types';
import { gridFromRows, workbookOf } from '../../support/grid';

const HEADER = ['Ref', 'Action', 'Lead', 'Timescale'];

function planTitled(title: string | null, dues: string[] = ['July 2016'], sheet = 'Plan') {
  const rows: CellValue[][] = [];
  if (title !== null) rows.push([title], []);
  rows.push(HEADER, ...dues.map((due, i) => [`1.${i + 1}`, `Action ${i + 1}`, 'Head of Service', due]));
  const { plans } = readPlans(workbookOf('plan.xlsx', gridFromRows(sheet, rows)));
  expect(plans).toHaveLength(1);
  return plans[0];
}

describe('the period a plan title names', () => {
  it.each([
    ['School Improvement Action Plan 2015/16', { start: '2015-09-01', end: '2016-08-31' }],
    ['School Improvement Strategic Action Plan 2018-19', { start: '2018-09-01', end: '2019-08-31' }],
    ['School Improvement Strategy 2014-16', { start: '2014-09-01', end: '2016-08-31' }],
    ['Action plan 2014 to 2016', { start: '2014-09-01', end: '2016-08-31' }],
    ['Business Plan 2020-2021', { start: '2020-09-01', end: '2021-08-31' }],
  ])('%s covers %j', (title, period) => {
    expect(planTitled(title).period).toEqual(period);
  });

  it.each([
    ['Post-inspection action plan', null],
    ['Action plan following the inspection of 12 March 2014', null],
    ['Plan 2016-2014', null],
  ])('%s names no period', (title, period) => {
    expect(planTitled(title).period ?? null).toEqual(period);
  });

  it('is read from the sheet name when there is no title', () => {
    expect(planTitled(null, ['July 2016'], 'Plan 2015-16').period).toEqual({
      start: '2015-09-01',
      end: '2016-08-31',
    });
  });
});

describe('after-plan-end with the period from the title', () => {
  const ruleOf = (title: string, dues: string[], planEnd?: string) =>
    checkPlans([planTitled(title, dues)], ratingContext({ asOf: '2015-11-11', planEnd }))
      .filter((finding) => finding.rule === 'after-plan-end')
      .map((finding) => `${finding.cell} ${finding.message}`);

  it('warns about a due date after the end of the plan its title names', () => {
    expect(ruleOf('Action Plan 2015/16', ['July 2016', 'October 2016'])).toEqual([
      'Plan!D5 The due date (Oct 2016) is after the plan ends (31 Aug 2016): bring it within the plan, or carry the action into the next plan.',
    ]);
  });

  it('lets an end given by the caller win over the title', () => {
    expect(ruleOf('Action Plan 2015/16', ['July 2016', 'October 2016'], '2016-12-31')).toEqual([]);
  });

  it('says nothing when neither the caller nor the title gives an end', () => {
    expect(ruleOf('Post-inspection action plan', ['October 2016'])).toEqual([]);
  });
});
