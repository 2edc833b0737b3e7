/** Plan workbooks of any size for the adapter's tests and benchmark, built the way officers lay them out. */
import type { CellValue, WorkbookGrid } from '../../src/core/grid/types';
import { gridFromRows, workbookOf } from '../support/grid';

const OWNERS = [
  'Head of Service',
  'Principal Officer (Attendance)',
  'SESEO (Assessment)',
  'Clerk to Governors',
];
const DUES: CellValue[] = [
  'Oct 15',
  'Dec 15 Feb 16 Apr 16',
  'Termly',
  'TBC',
  { type: 'date', iso: '2016-07-31' },
  'Autumn 2015',
];
const RAGS: CellValue[] = ['Green', 'Amber', 'Red', null, 'Complete'];

/**
 * A plan of `actions` actions under a title and a header row, grouped ten to a priority, with an
 * officer's notes column the plan reader does not know (column H).
 */
export function planWorkbook(actions: number): WorkbookGrid {
  const rows: CellValue[][] = [
    ['School Improvement Action Plan 2015/16', null, null, null, null, null, null, null],
    ['Ref', 'Action', 'Lead person', 'Timescales', 'Progress', 'RAG', null, 'Officer notes'],
  ];
  for (let i = 0; i < actions; i++) {
    if (i % 10 === 0)
      rows.push([
        `Priority ${i / 10 + 1}: Improve outcomes for group ${i / 10 + 1}`,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
      ]);
    rows.push([
      `${Math.floor(i / 10) + 1}.${(i % 10) + 1}`,
      `Action ${i + 1}: work with schools to raise attainment in reading and mathematics`,
      OWNERS[i % OWNERS.length],
      DUES[i % DUES.length],
      i % 3 === 0 ? 'Two training sessions held; moderators deployed in every partnership' : null,
      RAGS[i % RAGS.length],
      null,
      i % 7 === 0 ? 'check with Jo' : null,
    ]);
  }
  return workbookOf('Plan.xlsx', gridFromRows('Action Plan', rows));
}
