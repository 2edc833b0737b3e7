/**
 * The seed fixtures read back through the adapter: the layouts the plan reader must handle arrive
 * in the grid as the councils' documents have them.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readWorkbookGrid } from '../../src/xlsx';
import type { CellValue, SheetGrid } from '../../src/core/grid/types';
import { buildFixtures, type FixtureName } from '../fixtures/build-fixtures';

let dir: string;
let paths: Record<FixtureName, string>;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'fixtures-'));
  paths = await buildFixtures(dir);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function firstSheet(name: FixtureName): Promise<SheetGrid> {
  return (await readWorkbookGrid(paths[name])).sheets[0];
}

/** 0-based indexes of the rows whose cells start with `cells`. */
function rowsStartingWith(sheet: SheetGrid, cells: CellValue[]): number[] {
  return sheet.rows.flatMap((row, r) => (cells.every((value, c) => row[c] === value) ? [r] : []));
}

describe('seed fixtures as the adapter reads them', () => {
  it('Walsall: preamble above the header, the header repeated after 1.8, R A G blanks, 1.9 spilling over', async () => {
    const sheet = await firstSheet('walsall');
    expect(sheet.rows[3][0]).toBe('Priority 1: Ensure strong leadership in all Walsall Schools');
    // Header on row 7, repeated on row 16 (after 1.1 .. 1.8 on rows 8-15).
    expect(rowsStartingWith(sheet, ['Action', 'Date', 'Person Responsible'])).toEqual([6, 15]);
    expect(String(sheet.rows[7][0])).toMatch(/^1\.1 A Walsall School Leadership Strategy/);
    // 1.9 on row 17, its continuation (no action, second milestone, R A G) on row 18.
    expect(String(sheet.rows[16][0])).toMatch(/^1\.9 Programme of Governor training/);
    expect(sheet.rows[16][5]).toBeNull();
    expect(sheet.rows[17].slice(0, 4)).toEqual([null, null, null, null]);
    expect(sheet.rows[17][4]).toBe(
      'All new governors have attended training by July 2015. A Walsall Governor standard is established and promoted',
    );
    expect(sheet.rows[17][5]).toBe('R A G');
    expect(sheet.rows.filter((row) => row[5] === 'R A G')).toHaveLength(15);
  });

  it('Bridgend: merged Outcomes and Aspects, broken-word dates, the Cyrillic ТВА, the lead officer in bold', async () => {
    const sheet = await firstSheet('bridgend');
    expect(sheet.rows[4][3]).toBe('Compl etion dates');
    // 15 actions on rows 6-20: Outcomes merged over all of them; Aspects over 1-4, 5-13, 14, 15.
    expect(sheet.merges).toEqual(
      expect.arrayContaining([
        { top: 5, left: 0, bottom: 19, right: 0 },
        { top: 5, left: 1, bottom: 8, right: 1 },
        { top: 9, left: 1, bottom: 17, right: 1 },
      ]),
    );
    expect(sheet.merges).toHaveLength(3);
    expect(sheet.rows[7][3]).toBe('Autum n 2013 & ongoin g');
    expect(sheet.rows[17][3]).toBe('\u0422\u0412\u0410');
    expect(sheet.rows[5][4]).toBe(
      'Head of School Improvement (CSCJES), Group Manager - Business Strategy & Performance',
    );
  });

  it('Doncaster KS2: a two-row merged header and a merged Improvement Needed over five actions', async () => {
    const sheet = await firstSheet('doncasterKs2');
    expect(sheet.rows[3]).toEqual([
      'Improvement Needed',
      'Action',
      'Resources',
      'Timescales',
      null,
      'Success Criteria',
    ]);
    expect(sheet.rows[4]).toEqual([null, null, 'Lead Person', 'Start', 'Finish', null]);
    expect(sheet.merges).toEqual(
      expect.arrayContaining([
        { top: 3, left: 3, bottom: 3, right: 4 },
        { top: 3, left: 0, bottom: 4, right: 0 },
        // Title, title, blank, two header rows, P1's group row and six actions, P2's group row on
        // row 13: P2's first Improvement Needed is merged over its first five actions, rows 14-18.
        { top: 13, left: 0, bottom: 17, right: 0 },
      ]),
    );
    expect(sheet.rows[5][0]).toBe('LA Priority 1: Secure the accuracy of teacher assessment');
    expect(String(sheet.rows[7][5])).toContain('By Feb 15 Moderators actively deployed');
    expect(sheet.rows[12][0]).toMatch(/^LA Priority 2: Accelerate the progress/);
  });

  it('Doncaster operational plan: No./Action/Who/When under each issue, with the duplicate 15.4.1', async () => {
    const sheet = await firstSheet('doncasterOperational');
    expect(rowsStartingWith(sheet, ['No.', 'Action', 'Who', 'When'])).toHaveLength(3);
    expect(sheet.rows.filter((row) => row[0] === '15.4.1')).toHaveLength(2);
    expect(sheet.rows.filter((row) => /^1[45]\.\d\.\d+$/.test(String(row[0])))).toHaveLength(15);
  });

  it('Caerphilly: three actor columns, no dates or owners, headers on every page', async () => {
    const sheet = await firstSheet('caerphilly');
    expect(rowsStartingWith(sheet, ['Target for improvement', 'Actions by schools'])).toHaveLength(5);
    const eotas = sheet.rows.find((row) => row[0] === 'Improve provision for pupil EOTAS');
    expect(eotas?.[1]).toBeNull();
    expect(String(eotas?.[2])).toMatch(/^Develop a model of provision for vulnerable learners/);
  });

  it('judgement review: four-point judgement words and review dates as real date cells', async () => {
    const sheet = await firstSheet('judgement');
    const judgements = sheet.rows.slice(4).map((row) => row[5]);
    expect(judgements).toEqual(
      expect.arrayContaining([
        'Green',
        'Yellow',
        'Strong progress',
        'Satisfactory progress',
        'Limited progress',
        'Red',
      ]),
    );
    const review = sheet.rows.find((row) => row[0] === '2.3')?.[4];
    expect(review).toEqual({ type: 'date', iso: '2020-11-02' });
  });

  it('partnership plan: an Excel table with a header row, beside a sheet that is no plan', async () => {
    const grid = await readWorkbookGrid(paths.partnershipTable);
    const [plan, targets] = grid.sheets;
    // Title on rows 1-2, the table's header on row 4 and its 13 rows on 5-17, columns A-G.
    expect(plan.tables).toEqual([
      { name: 'PartnershipPlan', range: { top: 3, left: 0, bottom: 16, right: 6 }, hasHeaderRow: true },
    ]);
    expect(plan.rows[3]).toEqual([
      'Priority',
      'Improvement Needed',
      'Action',
      'Lead Person',
      'Start',
      'Finish',
      'Milestones',
    ]);
    expect(targets.tables).toEqual([]);
  });
});
