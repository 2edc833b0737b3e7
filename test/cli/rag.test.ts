/**
 * `actionplan rag` on the seed fixtures and the sample workbook, run in-process. Every computed
 * rating below is worked out by hand from rag.md's default rule set ("deadlines"), applied in its
 * order: 1 Complete, 2 Not rated (due tbc/none/unparsed and no dated milestone), 3 Red (due < D),
 * 4 Amber (a dated milestone ended before D, not met), 5 Amber (D <= due <= M), 6 Green. Dates
 * follow dates.md: `Oct 15` is October 2015 (due its last day), terms are Sep-Dec, Jan-Mar,
 * Apr-Jul, `Starting ...`/`... & ongoing` are open and `Termly`/`Quarterly` recurring (no due).
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { buildFixtures, type FixtureName } from '../fixtures/build-fixtures';
import { buildSampleWorkbook } from '../fixtures/build-sample';
import { run, runJson } from '../fixtures/cli-io';
import { rawCellXml, snapshotCells, snapshotMerges, tableXml } from '../fixtures/workbook-snapshot';

type Computed = 'complete' | 'green' | 'yellow' | 'amber' | 'red' | 'not-rated';

interface RagAction {
  ref: string;
  group: string | null;
  action: string;
  owner: string;
  due: string | null;
  declared: string | null;
  computed: Computed;
  reason: string;
  cell: string;
}

interface RagJson {
  asOf: string;
  nextMeeting: string;
  actions: RagAction[];
}

let dir: string;
let fixtures: Record<FixtureName, string>;
let sample: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cli-rag-'));
  fixtures = await buildFixtures(dir);
  sample = path.join(dir, 'sample-plan.xlsx');
  await buildSampleWorkbook(sample);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function rag(file: string, ...args: string[]) {
  return runJson<RagJson>(['rag', file, ...args]);
}

function ratingsByRef(json: RagJson): [string, Computed][] {
  return json.actions.map((a) => [a.ref, a.computed]);
}

/** The action whose text starts with `start` (for plans whose refs are cell positions). */
function byText(json: RagJson, start: string): RagAction {
  const found = json.actions.filter((a) => a.action.startsWith(start));
  if (found.length !== 1) throw new Error(`${found.length} actions start with "${start}"`);
  return found[0];
}

function counts(json: RagJson): Partial<Record<Computed, number>> {
  const tally: Partial<Record<Computed, number>> = {};
  for (const a of json.actions) tally[a.computed] = (tally[a.computed] ?? 0) + 1;
  return tally;
}

/** The sample plan as of 11 Nov 2015 (D), next meeting 9 Dec 2015 (M). */
const SAMPLE_RATINGS: [string, Computed][] = [
  ['1.1', 'complete'], // declared Complete (and progress says Completed)
  ['1.2', 'amber'], // due June 16 > M, but the By Feb 15 milestone ended 28 Feb 2015 < D, not met
  ['1.3', 'green'], // due June 16; By Mar 16 milestone not yet ended
  ['1.4', 'green'], // due Apr 16; By Dec 15 ends 31 Dec 2015, after D
  ['1.5', 'amber'], // due Nov 15 = 30 Nov 2015: D <= due <= M
  ['1.6', 'green'], // Termly: recurring, no due; By Apr 16 not yet ended
  ['1.7', 'red'], // due Oct 15 = 31 Oct 2015 < D
  ['1.8', 'green'], // due Summer 2016 = 31 Jul 2016
  ['1.9', 'green'], // Autumn 2013 & ongoing: open
  ['2.1', 'complete'], // declared Complete
  ['2.2', 'red'], // due Oct 15 < D
  ['2.3', 'green'], // due Dec 15 = 31 Dec 2015 > M
  ['2.4', 'green'], // due May 16; By Jan 16 not yet ended
  ['2.4', 'green'], // due July 16; By Apr 16 not yet ended
  ['2.6', 'green'], // due Apr 16
  ['2.7', 'green'], // due Apr 16
  ['2.8', 'not-rated'], // TBC, no milestone
  ['2.9', 'complete'], // declared Complete
  ['2.10', 'amber'], // due is a date cell, 18 Nov 2015: D <= due <= M
  ['2.11', 'green'], // Starting September 2014: open
  ['2.12', 'green'], // due Jul 16
  ['3.1', 'complete'], // declared Complete, progress starts "Complete:"
  ['3.2', 'red'], // due Oct 15 < D
  ['3.3', 'green'], // Quarterly: recurring
  ['3.4', 'green'], // On-going: recurring
  ['3.5', 'green'], // Monthly - Starting September 2015: recurring
  ['3.6', 'green'], // January 2016 June 2016: multiple, due 30 Jun 2016
  ['3.7', 'green'], // Spring/Summer 2016: due 31 Jul 2016
  ['3.8', 'amber'], // w/c 30 November 2015: 30 Nov - 6 Dec 2015, D <= due <= M
  ['3.9', 'amber'], // due Dec 15 > M, but By Oct 15 ended 31 Oct 2015 < D, not met
  ['3.10', 'not-rated'], // Easter 2016: unparsed
  ['3.11', 'not-rated'], // to be confirmed: tbc
];

describe('rag: the sample workbook', () => {
  let json: RagJson;
  let code: number;
  beforeAll(async () => {
    ({ json, code } = await rag(sample, '--as-of', '2015-11-11', '--next-meeting', '2015-12-09'));
  });

  it('rates every action as the default rule set says', () => {
    expect(code).toBe(0);
    expect(json.asOf).toBe('2015-11-11');
    expect(json.nextMeeting).toBe('2015-12-09');
    expect(ratingsByRef(json)).toEqual(SAMPLE_RATINGS);
    // A mix of every computed rating for the board.
    expect(counts(json)).toEqual({ complete: 4, green: 17, amber: 5, red: 3, 'not-rated': 3 });
  });

  it('gives each action its group, owner, due, declared rating, reason and cell', () => {
    const overdue = json.actions.find((a) => a.ref === '1.7');
    expect(overdue).toEqual({
      ref: '1.7',
      group: 'Priority 1: Secure the accuracy of teacher assessment',
      action: 'Revise FFT targets informed by school information',
      owner: 'Head of Service (Data)',
      due: '2015-10-31',
      declared: 'green',
      computed: 'red',
      // 31 Oct to 11 Nov 2015 is 11 days.
      reason: 'Overdue: due 31 Oct 2015, 11 days before 11 Nov 2015',
      cell: "'Action Plan'!B13",
      sheet: 'Action Plan',
      table: null,
    });
    expect(json.actions.find((a) => a.ref === '2.10')?.due).toBe('2015-11-18');
    expect(json.actions.find((a) => a.ref === '1.6')?.due).toBeNull();
    expect(json.actions.find((a) => a.ref === '3.11')?.group).toBe(
      'Priority 3: Strengthen leadership, governance and school-to-school support',
    );
  });

  it('defaults the next meeting to four weeks after --as-of', async () => {
    const { json: defaulted } = await rag(sample, '--as-of', '2015-11-11');
    expect(defaulted.nextMeeting).toBe('2015-12-09');
    expect(ratingsByRef(defaulted)).toEqual(SAMPLE_RATINGS);
  });

  it('prints ratings as words, grouped, with a count line', async () => {
    const { code: textCode, out } = await run([
      'rag',
      sample,
      '--as-of',
      '2015-11-11',
      '--next-meeting',
      '2015-12-09',
    ]);
    expect(textCode).toBe(0);
    expect(out).toContain('As of 11 Nov 2015; next meeting 9 Dec 2015');
    expect(out).toContain('  Priority 2: Accelerate the progress of all pupils across Key Stage 2\n');
    expect(out).toMatch(/^ +1\.7 +Red +Overdue: due 31 Oct 2015, 11 days before 11 Nov 2015$/m);
    expect(out).toContain('32 actions: 3 Red, 5 Amber, 17 Green, 4 Complete, 3 Not rated.');
  });

  it('with a rule set file, uses its thresholds', async () => {
    const rules = path.join(dir, 'two-months.json');
    await fs.writeFile(rules, JSON.stringify({ name: 'two-months', kind: 'deadlines', dueSoonDays: 60 }));
    const { json: twoMonths } = await rag(sample, '--as-of', '2015-11-11', '--rules', rules);
    // Amber now reaches 60 days past D, to 10 Jan 2016: 2.3 (due 31 Dec 2015) turns Amber.
    const expected = SAMPLE_RATINGS.map(([ref, rating]): [string, Computed] => [
      ref,
      ref === '2.3' ? 'amber' : rating,
    ]);
    expect(ratingsByRef(twoMonths)).toEqual(expected);
  });
});

describe('rag --out', () => {
  let out: string;
  let inputBytes: Buffer;
  beforeAll(async () => {
    inputBytes = await fs.readFile(sample);
    out = path.join(dir, 'sample-rated.xlsx');
    const result = await run([
      'rag',
      sample,
      '--as-of',
      '2015-11-11',
      '--next-meeting',
      '2015-12-09',
      '--out',
      out,
    ]);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`Wrote ${out}`);
  });

  it('leaves every original cell, number format and merge as it was, and the input untouched', async () => {
    expect((await fs.readFile(sample)).equals(inputBytes)).toBe(true);
    const before = await snapshotCells(inputBytes);
    const outBytes = await fs.readFile(out);
    const after = await snapshotCells(outBytes);
    for (const [address, cell] of before)
      expect({ address, ...after.get(address) }).toEqual({ address, ...cell });
    expect(await snapshotMerges(outBytes)).toEqual(await snapshotMerges(inputBytes));
  });

  it('adds Computed RAG and Reason in the two columns right of the plan, on the header and action rows only', async () => {
    const before = await snapshotCells(inputBytes);
    const after = await snapshotCells(await fs.readFile(out));
    // Header on row 5 ends at H (RAG): the new columns are I and J. Actions are on rows 7-15,
    // 17-28 and 30-40 (rows 6, 16 and 29 are the priority group rows).
    const actionRows = [...range(7, 15), ...range(17, 28), ...range(30, 40)];
    const expected = [5, ...actionRows].flatMap((r) => [`Action Plan!I${r}`, `Action Plan!J${r}`]).sort();
    const added = [...after.keys()].filter((a) => !before.has(a)).sort();
    expect(added).toEqual(expected);
    expect([after.get('Action Plan!I5')?.value, after.get('Action Plan!J5')?.value]).toEqual([
      'Computed RAG',
      'Reason',
    ]);
    const words = actionRows.map((r) => after.get(`Action Plan!I${r}`)?.value);
    expect(words).toEqual(SAMPLE_RATINGS.map(([, rating]) => WORDS[rating]));
    expect(after.get('Action Plan!J13')?.value).toBe('Overdue: due 31 Oct 2015, 11 days before 11 Nov 2015');
  });

  it('run again on its own output, replaces its columns instead of adding two more', async () => {
    const again = path.join(dir, 'sample-rated-again.xlsx');
    const result = await run([
      'rag',
      out,
      '--as-of',
      '2015-11-11',
      '--next-meeting',
      '2015-12-09',
      '--out',
      again,
    ]);
    expect(result.code).toBe(0);
    const first = await snapshotCells(await fs.readFile(out));
    const second = await snapshotCells(await fs.readFile(again));
    expect(Object.fromEntries(second)).toEqual(Object.fromEntries(first));
    // Our own columns are not read back as the officer's ratings.
    const { json: fromOutput } = await rag(out, '--as-of', '2015-11-11', '--next-meeting', '2015-12-09');
    const { json: fromInput } = await rag(sample, '--as-of', '2015-11-11', '--next-meeting', '2015-12-09');
    expect(fromOutput.actions).toEqual(fromInput.actions);
  });

  it("keeps a plan table's header and the officer's text that looks like a formula as text", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Plan');
    sheet.addRow(['Ref', 'Action', 'Owner', 'Due', 'RAG']);
    sheet.addRow([
      '1.1',
      '=HYPERLINK("http://example.org","Publish strategy")',
      '+Governor Services',
      'Oct 15',
      'Green',
    ]);
    sheet.addRow(['1.2', '@Train governors', '-HoS', 'Jul 16', 'Amber']);
    const input = path.join(dir, 'injection.xlsx');
    await workbook.xlsx.writeFile(input);
    const rated = path.join(dir, 'injection-rated.xlsx');
    const result = await run(['rag', input, '--as-of', '2015-11-11', '--out', rated]);
    expect(result.code).toBe(0);
    const bytes = await fs.readFile(rated);
    const cells = await snapshotCells(bytes);
    expect(cells.get('Plan!B2')).toMatchObject({
      value: '=HYPERLINK("http://example.org","Publish strategy")',
      formula: null,
    });
    expect(cells.get('Plan!C2')).toMatchObject({ value: '+Governor Services', formula: null });
    expect(cells.get('Plan!B3')).toMatchObject({ value: '@Train governors', formula: null });
    // Due Oct 15 < 11 Nov 2015: Red; due Jul 16: Green. Columns F and G.
    expect([cells.get('Plan!F2')?.value, cells.get('Plan!F3')?.value]).toEqual(['Red', 'Green']);
    for (const address of ['B2', 'C2', 'B3', 'C3', 'F2', 'G2', 'F3', 'G3']) {
      expect(await rawCellXml(bytes, 'Plan', address)).not.toContain('<f>');
    }
  });

  it('keeps an Excel table a table with its header row', async () => {
    const rated = path.join(dir, 'partnership-rated.xlsx');
    const result = await run(['rag', fixtures.partnershipTable, '--as-of', '2015-11-11', '--out', rated]);
    expect(result.code).toBe(0);
    const table = (await tableXml(await fs.readFile(rated))).get('PartnershipPlan');
    expect(table).toMatch(/ref="A4:G17"/);
    expect(table).not.toMatch(/headerRowCount="0"/);
    // The table's header is row 4 and ends at G: the columns go in H and I.
    const cells = await snapshotCells(await fs.readFile(rated));
    expect([cells.get('Partnership plan!H4')?.value, cells.get('Partnership plan!I4')?.value]).toEqual([
      'Computed RAG',
      'Reason',
    ]);
  });
});

const WORDS: Record<Computed, string> = {
  complete: 'Complete',
  green: 'Green',
  yellow: 'Yellow',
  amber: 'Amber',
  red: 'Red',
  'not-rated': 'Not rated',
};

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

describe('rag: seed fixtures', () => {
  it('Walsall priority 1, at the scrutiny panel of 14 Oct 2014 (next meeting 11 Nov 2014)', async () => {
    const { json } = await rag(fixtures.walsall, '--as-of', '2014-10-14', '--next-meeting', '2014-11-11');
    expect(json.actions).toHaveLength(15);
    const rated = Object.fromEntries(ratingsByRef(json));
    expect(rated).toMatchObject({
      '1.1': 'amber', // October 2014: due 31 Oct 2014, between D and M
      '1.2': 'red', // September 2014: due 30 Sep 2014 < D
      '1.3': 'green', // Autumn term 2014: due 31 Dec 2014 > M
      '1.5': 'green', // Starting September 2014: open
      '1.8': 'green', // October 2014 and ongoing: open
      '1.9': 'red', // September 2014
      '1.13': 'green', // open; its By July 2015 milestone has not ended
      '1.15': 'not-rated', // Starting Autumn term: no year and no plan year, unparsed
    });
    // `R A G` is the template's blank: nothing declared (plans.md).
    expect(json.actions.every((a) => a.declared === null)).toBe(true);
  });

  it('Bridgend R1, as of 31 Mar 2014 (next meeting 28 Apr 2014)', async () => {
    const { json } = await rag(fixtures.bridgend, '--as-of', '2014-03-31', '--next-meeting', '2014-04-28');
    expect(json.actions).toHaveLength(15);
    const rating = (start: string) => byText(json, start).computed;
    expect(rating('Improve quality of tracking pupil progress')).toBe('red'); // April 2013
    expect(rating('Cluster coordinators to organise')).toBe('green'); // Autum n 2013 & ongoin g: open
    expect(rating('Support schools in the use of the provision mapping tool')).toBe('red'); // By Dec 2013
    // From summe r 2014: open. Latest progress is the Oct 2013 column's N/A, not "Complete".
    expect(rating('New action added March 2014: Consequent upon')).toBe('green');
    // Feb 2013; the latest progress (March 2014) does not start with Complete, though Oct 2013's did.
    expect(rating('Headteacher seminar on target setting')).toBe('red');
    expect(rating('Training for Governing Bodies')).toBe('green'); // Spring/Summer 2014: due 31 Jul 2014
    expect(rating('New action added March 2014: Identify those governing bodies')).toBe('not-rated'); // ТВА
    expect(rating('Ensure that there is consistency in teacher assessment')).toBe('not-rated'); // to be agreed
    expect(rating('Monitor effectiveness of consortium')).toBe('green'); // From Sept 13: open
    // No rag column, so nothing is declared; the owner is the cell as written.
    expect(json.actions.every((a) => a.declared === null)).toBe(true);
    expect(byText(json, 'Support schools in the use').owner).toBe('Group Manager - Inclusion');
  });

  it('Doncaster KS2 RIP, as of 11 Nov 2015', async () => {
    const { json } = await rag(
      fixtures.doncasterKs2,
      '--as-of',
      '2015-11-11',
      '--next-meeting',
      '2015-12-09',
    );
    expect(json.actions).toHaveLength(14);
    const rating = (start: string) => byText(json, start).computed;
    expect(rating('Establish a Senior LA Lead')).toBe('amber'); // By Oct 15 ended 31 Oct 2015, not met
    expect(rating('Train and accredit a cohort')).toBe('amber'); // By Feb 15 ended 28 Feb 2015, not met
    expect(rating('Devise and implement an LA wide programme')).toBe('green'); // June 16; Mar 16 ahead
    expect(rating('Provide thorough needs analysis')).toBe('red'); // Finish Sept 15
    expect(rating('Consult four localities')).toBe('red'); // Finish Sept 15
    expect(rating('Review and approve partnership plans')).toBe('green'); // Dec 15 = 31 Dec > M
    expect(rating('In collaboration with PiL, link with SY maths hub')).toBe('not-rated'); // no dates
    expect(counts(json)).toEqual({ amber: 2, red: 2, green: 9, 'not-rated': 1 });
    // The lead person sits under Resources in the two-row header.
    expect(byText(json, 'Train and accredit a cohort').owner).toBe('SESEO (Assessment)');
  });

  it('Doncaster operational plan, as of 11 Nov 2015', async () => {
    const { json } = await rag(
      fixtures.doncasterOperational,
      '--as-of',
      '2015-11-11',
      '--next-meeting',
      '2015-12-09',
    );
    expect(ratingsByRef(json)).toEqual([
      ['14.2.1', 'green'], // March 2015 Sept 2015 January 2016: multiple, due 31 Jan 2016
      ['14.2.2', 'red'], // September 2015
      ['14.2.3', 'red'],
      ['14.2.4', 'red'],
      ['14.2.5', 'red'],
      ['14.2.6', 'red'],
      ['14.2.7', 'red'], // August 2015
      ['14.2.8', 'red'],
      ['14.2.9', 'green'], // September 2015 onwards: open
      ['14.2.10', 'red'],
      ['14.2.11', 'amber'], // November 2015: due 30 Nov, between D and M
      ['14.6.1', 'green'], // Quarterly
      ['14.6.2', 'green'], // On-going
      ['15.4.1', 'green'], // Monthly – Starting September 2015
      ['15.4.1', 'green'], // January 2016 June 2016: due 30 Jun 2016
    ]);
    // The merged row names the group of the actions below it.
    expect(json.actions[0].group).toMatch(/^LASI 14 Issue 2/);
    expect(json.actions[13].group).toMatch(/^LASI 15 Issue 4/);
  });

  it('Caerphilly: every actor action is not rated, and the actions of one row share its group', async () => {
    const { json } = await rag(fixtures.caerphilly, '--as-of', '2019-03-07');
    expect(json.actions).toHaveLength(32);
    // No due column: rule 2, not rated.
    expect(counts(json)).toEqual({ 'not-rated': 32 });
    // "Improve standards in Skills" is on row 7: its schools, LA and EAS actions are B7, C7, D7.
    const row7 = json.actions.filter((a) => /!\w7$/.test(a.cell));
    expect(row7.map((a) => a.cell)).toEqual([
      "'Action Plan 2018-19'!B7",
      "'Action Plan 2018-19'!C7",
      "'Action Plan 2018-19'!D7",
    ]);
    expect(new Set(row7.map((a) => a.group)).size).toBe(1);
    expect(row7[0].group).not.toBeNull();
  });

  it('judgement review: deadlines and the judgement rule set, 10 Dec 2020 (next 21 Jan 2021)', async () => {
    const args = ['--as-of', '2020-12-10', '--next-meeting', '2021-01-21'];
    const deadlines = await rag(fixtures.judgement, ...args);
    expect(ratingsByRef(deadlines.json)).toEqual([
      ['2.1', 'amber'], // Autumn Term 2020: due 31 Dec 2020, between D and M
      ['2.2', 'green'], // Spring Term 2021: 31 Mar 2021
      ['2.3', 'red'], // October 2020
      ['2.4', 'green'], // Summer Term 2021
      ['2.5', 'green'],
      ['2.6', 'complete'], // declared Complete
      ['3.1', 'green'],
      ['3.2', 'green'],
      ['3.3', 'not-rated'], // TBC
    ]);
    // The declared ratings on the four-point scale: colours and CSC's judgement words.
    expect(deadlines.json.actions.map((a) => a.declared)).toEqual([
      'green',
      'yellow',
      'yellow', // Strong progress
      'amber', // Satisfactory progress
      'red', // Limited progress
      'complete',
      'amber',
      null,
      'red',
    ]);
    // judgement: the computed rating is the declared one; none declared is not rated.
    const judgement = await rag(fixtures.judgement, ...args, '--rules', 'judgement');
    expect(ratingsByRef(judgement.json)).toEqual([
      ['2.1', 'green'],
      ['2.2', 'yellow'],
      ['2.3', 'yellow'],
      ['2.4', 'amber'],
      ['2.5', 'red'],
      ['2.6', 'complete'],
      ['3.1', 'amber'],
      ['3.2', 'not-rated'],
      ['3.3', 'red'],
    ]);
  });

  it('partnership plan table, as of 11 Nov 2015', async () => {
    const { json } = await rag(
      fixtures.partnershipTable,
      '--as-of',
      '2015-11-11',
      '--next-meeting',
      '2015-12-09',
    );
    // 13 rows, all actions (see validate.test.ts): the two without action text are rated by
    // their own dates, C5 Oct 15 - Jan 16 and C9 Sep 15 - Sep 15.
    expect(json.actions).toHaveLength(13);
    const untitled = json.actions.filter((a) => a.action === '').map((a) => [a.cell, a.computed]);
    expect(untitled).toEqual([
      ["'Partnership plan'!C5", 'green'], // due 31 Jan 2016 > M
      ["'Partnership plan'!C9", 'red'], // due 30 Sep 2015 < D
    ]);
    const rating = (start: string) => byText(json, start).computed;
    expect(rating('Review actions from Pupil Premium review')).toBe('green'); // Jul 16
    expect(rating('Attendance at Partners in Learning')).toBe('red'); // 2 Nov 15 < D
    expect(rating('Establish Pupil Premium focus group')).toBe('amber'); // Nov 15: 30 Nov, D..M
    expect(rating('Regular monitoring against national benchmark')).toBe('green'); // July 16
    expect(rating('Participation in Pyramid Training Days')).toBe('green'); // 5 Feb 16
    expect(json.actions.every((a) => a.cell.startsWith("'Partnership plan'!C"))).toBe(true);
  });
});

describe('rag: bad input, exit 2 with one line on stderr', () => {
  function expectOneLineError(result: { code: number; out: string; err: string }, pattern: RegExp) {
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toMatch(pattern);
    expect(result.err.trimEnd().split('\n')).toHaveLength(1);
  }

  it('--as-of missing or not a date', async () => {
    expect((await run(['rag', sample])).code).toBe(2);
    expectOneLineError(
      await run(['rag', sample, '--as-of', '31/10/2015']),
      /^actionplan: --as-of "31\/10\/2015" is not a date: write it as YYYY-MM-DD, for example 2015-11-11\.\n$/,
    );
  });

  it('--next-meeting not a date, or before --as-of', async () => {
    expectOneLineError(
      await run(['rag', sample, '--as-of', '2015-11-11', '--next-meeting', '2015-11-31']),
      /^actionplan: --next-meeting "2015-11-31" is not a date/,
    );
    expectOneLineError(
      await run(['rag', sample, '--as-of', '2015-11-11', '--next-meeting', '2015-11-01']),
      /^actionplan: --next-meeting 2015-11-01 is before --as-of 2015-11-11/,
    );
  });

  it('a rules file with a bad field names the file and the field', async () => {
    const rules = path.join(dir, 'bad-rules.json');
    await fs.writeFile(rules, JSON.stringify({ name: 'strict', kind: 'deadlines', dueSoonDays: -3 }));
    const result = await run(['rag', sample, '--as-of', '2015-11-11', '--rules', rules]);
    expectOneLineError(result, /^actionplan: .*bad-rules\.json.*dueSoonDays/);
  });

  it('a rules file that is not JSON, or is missing, and an unknown rule set name', async () => {
    const broken = path.join(dir, 'broken.json');
    await fs.writeFile(broken, '{ "name": "strict", ');
    expectOneLineError(
      await run(['rag', sample, '--as-of', '2015-11-11', '--rules', broken]),
      /broken\.json.*JSON/,
    );
    const missing = path.join(dir, 'nowhere.json');
    expectOneLineError(
      await run(['rag', sample, '--as-of', '2015-11-11', '--rules', missing]),
      /^actionplan: rule set file .*nowhere\.json was not found/,
    );
    expectOneLineError(
      await run(['rag', sample, '--as-of', '2015-11-11', '--rules', 'lenient']),
      /"lenient"/,
    );
  });

  it('--out naming the input file is refused and the input is left alone', async () => {
    const before = await fs.readFile(sample);
    expectOneLineError(
      await run(['rag', sample, '--as-of', '2015-11-11', '--out', sample]),
      new RegExp(
        `^actionplan: refusing to write over the input file ${escape(sample)}: give --out a different file name\\.\\n$`,
      ),
    );
    expect((await fs.readFile(sample)).equals(before)).toBe(true);
  });

  it('--out that is not an .xlsx name', async () => {
    expectOneLineError(
      await run(['rag', sample, '--as-of', '2015-11-11', '--out', path.join(dir, 'rated.csv')]),
      /must end in \.xlsx/,
    );
  });

  it('a workbook with no plan', async () => {
    const result = await run([
      'rag',
      fixtures.partnershipTable,
      '--as-of',
      '2015-11-11',
      '--sheet',
      'Targets',
    ]);
    // rag takes no --sheet: commander rejects the option.
    expect(result.code).toBe(2);
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Notes').addRow(['Nothing to rate']);
    const empty = path.join(dir, 'no-plan.xlsx');
    await workbook.xlsx.writeFile(empty);
    expectOneLineError(
      await run(['rag', empty, '--as-of', '2015-11-11']),
      /^actionplan: No action plan found in .*no-plan\.xlsx: no sheet has a header row with an Action column; use --sheet to choose one\.\n$/,
    );
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
