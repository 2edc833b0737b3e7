/** Reading is linear in rows: a 100,000-action sheet reads in seconds, not minutes. */
import type { CellValue } from '../../../src/core/grid/types';
import { readPlans } from '../../../src/core/plan';
import { gridFromRows, workbookOf } from '../../support/grid';

const DUES = [
  'Oct 15',
  'Autumn 2014 & ongoing',
  'Termly',
  'By Dec 2013',
  'TBC',
  'March 2015 Sept 2015 January 2016',
];

function bigPlan(actions: number): CellValue[][] {
  const rows: CellValue[][] = [
    [
      'Ref',
      'Action',
      'Lead',
      'Due',
      'Success criteria',
      'Progress (Oct 2013)',
      'Progress (March 2014)',
      'RAG',
    ],
  ];
  for (let i = 0; i < actions; i++) {
    if (i % 50 === 0)
      rows.push([`Priority ${i / 50 + 1}: Improve leadership`, null, null, null, null, null, null, null]);
    rows.push([
      `${Math.floor(i / 50) + 1}.${(i % 50) + 1}`,
      `Deliver training programme ${i} for governors and school leaders`,
      i % 3 === 0 ? 'Senior IA / Governor Services' : 'AD Access and Achievement',
      DUES[i % DUES.length],
      i % 4 === 0
        ? 'By Nov 15 Moderators established By Feb 16 Moderators deployed'
        : 'Leadership judged good',
      'Started',
      i % 2 === 0 ? 'Completed' : null,
      i % 5 === 0 ? 'R A G' : 'Green',
    ]);
  }
  return rows;
}

function secondsToRead(actions: number): number {
  const workbook = workbookOf('big.xlsx', gridFromRows('Plan', bigPlan(actions)));
  const started = process.hrtime.bigint();
  const { plans } = readPlans(workbook);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  expect(plans[0].actions).toHaveLength(actions);
  return seconds;
}

it('reads 100,000 actions in time that grows with the rows, not with their square', () => {
  secondsToRead(2_000); // warm up
  const small = secondsToRead(20_000);
  const large = secondsToRead(100_000);
  // Five times the rows: about five times the time when linear, twenty-five when quadratic.
  expect(large / small).toBeLessThan(12);
  expect(large).toBeLessThan(20);
});
