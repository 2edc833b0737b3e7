/**
 * Small school plans for the summary tests, with real date cells so that every rating can be worked
 * out by hand (as of 11 Nov 2015, next meeting 9 Dec 2015: rag.md's deadline rules).
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';

export const AS_OF = '2015-11-11';
export const NEXT_MEETING = '2015-12-09';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const HEADER = ['Ref', 'Action', 'Lead officer', 'Due', 'Progress', 'RAG'];

type Row = [
  ref: string,
  action: string,
  lead: string | null,
  due: Date | string,
  progress: string,
  rag: string,
];

function planSheet(
  workbook: ExcelJS.Workbook,
  title: string,
  groups: { title: string; rows: Row[] }[],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet('Plan');
  sheet.columns = [{ width: 6 }, { width: 50 }, { width: 20 }, { width: 12 }, { width: 30 }, { width: 10 }];
  sheet.addRow([title]);
  sheet.addRow(HEADER);
  for (const group of groups) {
    sheet.addRow([group.title]);
    for (const row of group.rows) {
      const added = sheet.addRow(row);
      if (row[3] instanceof Date) added.getCell(4).numFmt = 'dd/mm/yyyy';
    }
  }
  return sheet;
}

/**
 * Ysgol A: seven actions, one of each kind the summary must handle.
 *
 * | ref | due        | written  | computed (why)                          |
 * |-----|------------|----------|-----------------------------------------|
 * | 1.1 | 31 Oct 15  | Green    | red: overdue                            |
 * | 1.2 | 11 Nov 15  |          | amber: due on the meeting day           |
 * | 1.3 | 9 Dec 15   | Amber    | amber: due on the next meeting day      |
 * | 1.4 | 10 Dec 15  | Green    | green: due the day after                |
 * | 2.1 | TBC        | Amber    | not rated                               |
 * | 2.2 | 30 Sep 15  | Complete | complete                                |
 * | 2.3 | 31 Mar 16  |          | green (and no lead officer)             |
 */
export function schoolA(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  planSheet(workbook, 'Ysgol A School Improvement Plan 2015/16', [
    {
      title: 'Priority 1: Leadership',
      rows: [
        [
          '1.1',
          'Draft the leadership strategy',
          'Senior IA',
          day('2015-10-31'),
          'Draft circulated to heads.',
          'Green',
        ],
        ['1.2', 'Audit leadership needs', 'Senior IA', day('2015-11-11'), '', ''],
        [
          '1.3',
          '=HYPERLINK("http://example.org","Recruit governors")',
          'Governor Services',
          day('2015-12-09'),
          '',
          'Amber',
        ],
        ['1.4', 'Train new leaders', 'HR', day('2015-12-10'), '', 'Green'],
      ],
    },
    {
      title: 'Priority 2: Attendance',
      rows: [
        ['2.1', 'Agree the attendance strategy', 'Head of Inclusion', 'TBC', '', 'Amber'],
        [
          '2.2',
          'Publish attendance data',
          'Data service',
          day('2015-09-30'),
          'Completed in September.',
          'Complete',
        ],
        ['2.3', 'Fund attendance officers', null, day('2016-03-31'), '', ''],
      ],
    },
  ]);
  const notes = workbook.addWorksheet('Notes');
  notes.getCell('A1').value = 'Budget';
  notes.getCell('B1').value = 1200;
  notes.getCell('B2').value = { formula: 'B1*2', result: 2400 } as ExcelJS.CellFormulaValue;
  notes.getCell('A3').value = 'Merged note';
  notes.mergeCells('A3:C3');
  notes.getCell('A4').value = day('2015-09-01');
  return workbook;
}

/** Ysgol B: one red (overdue) and one green action. */
export function schoolB(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  planSheet(workbook, 'Ysgol B Action Plan', [
    {
      title: 'Priority 1: Standards',
      rows: [
        ['1.1', 'Moderate writing', 'Deputy Head', day('2015-10-01'), '', ''],
        ['1.2', 'Reading programme', 'Literacy Lead', day('2016-06-30'), '', ''],
      ],
    },
  ]);
  return workbook;
}

/** Ysgol C: one amber (due before the next meeting), one complete and one not rated. */
export function schoolC(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  planSheet(workbook, 'Ysgol C Action Plan', [
    {
      title: 'Priority 1: Wellbeing',
      rows: [
        ['1.1', 'Survey pupils', 'Wellbeing Lead', day('2015-11-30'), '', ''],
        ['1.2', 'Appoint a wellbeing lead', 'Head', day('2015-09-01'), 'Complete.', ''],
        ['1.3', 'Review the behaviour policy', 'Head', 'to be agreed', '', ''],
      ],
    },
  ]);
  return workbook;
}

export async function save(workbook: ExcelJS.Workbook, dir: string, name: string): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
  return file;
}
