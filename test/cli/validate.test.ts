/**
 * `actionplan validate` on the seed fixtures and the sample workbook, run in-process. Every
 * expectation is worked out by hand from the spec (plans.md, dates.md, rag.md, cli.md); the
 * comment beside each says how.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { buildFixtures, type FixtureName } from '../fixtures/build-fixtures';
import { buildSampleWorkbook } from '../fixtures/build-sample';
import { run, runJson } from '../fixtures/cli-io';

interface ValidateJson {
  plans: { sheet: string; table: string | null; actions: number }[];
  findings: {
    severity: 'error' | 'warning';
    rule: string;
    cell: string;
    ref: string | null;
    message: string;
  }[];
}

let dir: string;
let fixtures: Record<FixtureName, string>;
let sample: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cli-validate-'));
  fixtures = await buildFixtures(dir);
  sample = path.join(dir, 'sample-plan.xlsx');
  await buildSampleWorkbook(sample);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function validate(file: string, ...args: string[]) {
  return runJson<ValidateJson>(['validate', file, ...args]);
}

function findingsOf(json: ValidateJson, rule: string) {
  return json.findings.filter((f) => f.rule === rule);
}

describe('validate: the sample workbook (as of 11 Nov 2015)', () => {
  let json: ValidateJson;
  let code: number;
  beforeAll(async () => {
    ({ json, code } = await validate(sample, '--as-of', '2015-11-11'));
  });

  it('finds one plan of 32 actions', () => {
    // Header on row 5; three merged priority rows are group rows (plans.md "Rows"), not actions:
    // 9 + 12 + 11 numbered actions.
    expect(json.plans).toEqual([{ sheet: 'Action Plan', table: null, actions: 32 }]);
  });

  it("reports the planted By Feb 15 milestone, before 1.2's Nov 15 start", () => {
    // 1.2 (row 8) starts Nov 15 = 1 Nov 2015; "By Feb 15" = February 2015 (a two-digit year is
    // 20YY), outside the start-to-due window. The milestone lives in the success cell, F8.
    expect(findingsOf(json, 'milestone-outside-window')).toEqual([
      expect.objectContaining({ severity: 'error', cell: "'Action Plan'!F8", ref: '1.2' }),
    ]);
  });

  it('reports the declared Green that is overdue (1.7)', () => {
    // 1.7 (row 13): due Oct 15 = 31 Oct 2015 < 11 Nov 2015, so computed Red; declared Green in H13.
    expect(findingsOf(json, 'declared-contradicts-computed')).toEqual([
      expect.objectContaining({ ref: '1.7', cell: "'Action Plan'!H13" }),
    ]);
  });

  it('reports the missing owner of 1.8 and the second 2.4', () => {
    // 1.8 (row 14) has an empty Lead officer cell, C14. 2.4 is on rows 20 and 21: the second
    // one, A21, repeats the ref.
    expect(findingsOf(json, 'missing-owner')).toEqual([
      expect.objectContaining({ ref: '1.8', cell: "'Action Plan'!C14" }),
    ]);
    expect(findingsOf(json, 'duplicate-ref')).toEqual([
      expect.objectContaining({ ref: '2.4', cell: "'Action Plan'!A21", severity: 'error' }),
    ]);
  });

  it('reports the actions without a usable due date', () => {
    // 2.8 "TBC" (tbc), 3.10 "Easter 2016" (unparsed: holidays are not in the default calendar),
    // 3.11 "to be confirmed" (tbc). Due cells are column E.
    const missing = findingsOf(json, 'missing-due').map((f) => [f.ref, f.cell]);
    expect(missing).toEqual([
      ['2.8', "'Action Plan'!E24"],
      ['3.10', "'Action Plan'!E39"],
      ['3.11', "'Action Plan'!E40"],
    ]);
    expect(findingsOf(json, 'unparsed-date').map((f) => f.ref)).toEqual(['3.10']);
  });

  it('exits 1 because some findings are errors', () => {
    expect(code).toBe(1);
  });

  it('prints a readable report: one line per finding with its cell, then the counts', async () => {
    const { code: textCode, out, err } = await run(['validate', sample, '--as-of', '2015-11-11']);
    expect(textCode).toBe(1);
    expect(err).toBe('');
    expect(out).toContain(`Checked ${sample}: 1 plan, 32 actions.`);
    expect(out).toMatch(/^ {2}error {4}'Action Plan'!A21 +2\.4 +.+$/m);
    expect(out).toMatch(/^ {2}warning {2}'Action Plan'!C14 +1\.8 +.+$/m);
    const errors = json.findings.filter((f) => f.severity === 'error').length;
    const warnings = json.findings.length - errors;
    expect(out.trimEnd().split('\n').pop()).toBe(
      `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`,
    );
  });
});

describe('validate: seed fixtures', () => {
  it('Walsall priority 1: 15 actions, only the unreadable "Starting Autumn term" to fix', async () => {
    const { json, code } = await validate(fixtures.walsall, '--as-of', '2014-10-14');
    // Header on row 7, repeated after 1.8 (skipped), 1.9's spill-over row is a continuation.
    expect(json.plans).toEqual([{ sheet: 'Action Plan', table: null, actions: 15 }]);
    // 1.15's date has no year and the plan names no academic year: unparsed (dates.md), so it is
    // both unparsed and without a usable due. Its due cell is B24 (1.9's spill-over is row 18,
    // the repeated header row 16).
    expect(findingsOf(json, 'unparsed-date')).toEqual([
      expect.objectContaining({ ref: '1.15', cell: "'Action Plan'!B24" }),
    ]);
    expect(findingsOf(json, 'missing-due').map((f) => f.ref)).toEqual(['1.15']);
    // Every action has a Person Responsible; `R A G` is a blank, not a rating off the scale.
    expect(findingsOf(json, 'missing-owner')).toEqual([]);
    expect(findingsOf(json, 'rating-off-scale')).toEqual([]);
    expect(code).toBe(json.findings.some((f) => f.severity === 'error') ? 1 : 0);
  });

  it('Bridgend R1: 15 actions; the Cyrillic ТВА and "to be agreed" have no usable due', async () => {
    const { json } = await validate(fixtures.bridgend, '--as-of', '2014-03-31');
    expect(json.plans).toEqual([{ sheet: 'R1', table: null, actions: 15 }]);
    // Rows 18 and 19 (the 13th and 14th actions): `ТВА` folds to TBA, and both are tbc.
    // Completion dates are column D.
    expect(findingsOf(json, 'missing-due').map((f) => f.cell)).toEqual(['R1!D18', 'R1!D19']);
    // Owners are given on every row.
    expect(findingsOf(json, 'missing-owner')).toEqual([]);
  });

  it('Doncaster KS2 RIP: 14 actions, the By Feb 15 milestone, and the empty maths row', async () => {
    const { json, code } = await validate(fixtures.doncasterKs2, '--as-of', '2015-11-11');
    // Two-row header (rows 4-5); the merged LA Priority rows are group rows: 6 + 8 actions.
    expect(json.plans).toEqual([{ sheet: 'KS2 RIP', table: null, actions: 14 }]);
    const window = findingsOf(json, 'milestone-outside-window');
    // Row 8 (Train and accredit, Nov 15 - June 16): By Feb 15 is before the start: an error.
    expect(window).toContainEqual(expect.objectContaining({ cell: "'KS2 RIP'!F8", severity: 'error' }));
    // By July 16 is after June 16 (rows 8, 9), after Apr 16 (rows 10, 11, 19, 20), and By Oct 15
    // after Sept 15 (row 15): outside the window too, but later than the due date.
    const cells = [...new Set(window.map((f) => f.cell))].sort();
    expect(cells).toEqual([
      "'KS2 RIP'!F10",
      "'KS2 RIP'!F11",
      "'KS2 RIP'!F15",
      "'KS2 RIP'!F19",
      "'KS2 RIP'!F20",
      "'KS2 RIP'!F8",
      "'KS2 RIP'!F9",
    ]);
    // The maths row (row 21) has no lead, start, finish or success criteria.
    expect(findingsOf(json, 'missing-owner').map((f) => f.cell)).toEqual(["'KS2 RIP'!C21"]);
    expect(findingsOf(json, 'missing-due').map((f) => f.cell)).toEqual(["'KS2 RIP'!E21"]);
    expect(code).toBe(1);
  });

  it('Doncaster operational plan: 15 actions and the duplicate 15.4.1', async () => {
    const { json, code } = await validate(fixtures.doncasterOperational, '--as-of', '2015-11-11');
    // Theme and LASI rows are merged group rows; the header repeats under two later issues.
    expect(json.plans).toEqual([{ sheet: 'Appendix A', table: null, actions: 15 }]);
    // Rows: title 1-2, blank 3, header 4, Theme 1 5, LASI 14/2 6, 14.2.1-11 on 7-17, Theme 2 18,
    // LASI 14/6 19, header 20, 14.6.x on 21-22, LASI 15/4 23, header 24, 15.4.1 on 25 and 26.
    expect(findingsOf(json, 'duplicate-ref')).toEqual([
      expect.objectContaining({ ref: '15.4.1', cell: "'Appendix A'!A26", severity: 'error' }),
    ]);
    // Every action has a Who and a readable When (recurring and open ones are usable).
    expect(findingsOf(json, 'missing-owner')).toEqual([]);
    expect(findingsOf(json, 'missing-due')).toEqual([]);
    expect(code).toBe(1);
  });

  it('Caerphilly: 32 actions, one per filled actor cell, none with a timescale', async () => {
    const { json, code } = await validate(fixtures.caerphilly, '--as-of', '2019-03-07');
    // 11 targets x 3 actor columns, less the empty schools cell of the EOTAS target.
    expect(json.plans).toEqual([{ sheet: 'Action Plan 2018-19', table: null, actions: 32 }]);
    // No due column at all: every action lacks a usable due; none of that is an error.
    expect(findingsOf(json, 'missing-due')).toHaveLength(32);
    expect(json.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(code).toBe(0);
  });

  it('judgement review: the Strong progress judgement on an overdue priority', async () => {
    const { json, code } = await validate(fixtures.judgement, '--as-of', '2020-12-10');
    expect(json.plans).toEqual([{ sheet: 'Progress review', table: null, actions: 9 }]);
    // 2.3 (row 8): due October 2020 < 10 Dec 2020, computed Red; declared "Strong progress",
    // yellow on the four-point scale: a declared yellow against a computed red. Judgement is F.
    expect(findingsOf(json, 'declared-contradicts-computed')).toEqual([
      expect.objectContaining({ ref: '2.3', cell: "'Progress review'!F8" }),
    ]);
    // Every judgement word is on the four-point scale.
    expect(findingsOf(json, 'rating-off-scale')).toEqual([]);
    // 3.3's timescale is TBC.
    expect(findingsOf(json, 'missing-due').map((f) => f.ref)).toEqual(['3.3']);
    expect(code).toBe(1);
  });

  it('partnership plan in an Excel table: the table is the plan', async () => {
    const { json, code } = await validate(fixtures.partnershipTable, '--as-of', '2015-11-11');
    // 13 rows, all actions. Two have an empty Action cell (as in the source) but their own lead,
    // dates and success criteria: they are actions without text, not headings, whose first cell
    // only repeats the priority of the rows around them (plans.md's group row is a heading).
    expect(json.plans).toEqual([{ sheet: 'Partnership plan', table: 'PartnershipPlan', actions: 13 }]);
    // Participation in Assessment Focus Group (table row 10, sheet row 14) has no lead.
    expect(findingsOf(json, 'missing-owner').map((f) => f.cell)).toEqual(["'Partnership plan'!D14"]);
    expect(code).toBe(json.findings.some((f) => f.severity === 'error') ? 1 : 0);
  });

  it('--table and --sheet choose the plan', async () => {
    const byTable = await validate(
      fixtures.partnershipTable,
      '--table',
      'PartnershipPlan',
      '--as-of',
      '2015-11-11',
    );
    expect(byTable.json.plans).toEqual([
      { sheet: 'Partnership plan', table: 'PartnershipPlan', actions: 13 },
    ]);
    const bySheet = await validate(fixtures.walsall, '--sheet', 'Action Plan', '--as-of', '2014-10-14');
    expect(bySheet.json.plans).toEqual([{ sheet: 'Action Plan', table: null, actions: 15 }]);
  });
});

describe('validate: bad input, exit 2 with one line on stderr', () => {
  function expectOneLineError(result: { code: number; out: string; err: string }, text: string) {
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toBe(`actionplan: ${text}\n`);
  }

  it('a workbook with no plan', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Notes').addRow(['Minutes of the Education Improvement Board, 9 December 2015']);
    const file = path.join(dir, 'plan.xlsx');
    await workbook.xlsx.writeFile(file);
    expectOneLineError(
      await run(['validate', file]),
      `No action plan found in ${file}: no sheet has a header row with an Action column; use --sheet to choose one.`,
    );
  });

  it('a sheet or table that does not exist', async () => {
    const noSheet = await run(['validate', fixtures.walsall, '--sheet', 'Priority 9']);
    expect(noSheet.code).toBe(2);
    expect(noSheet.err).toMatch(/^actionplan: .*"Priority 9".*\n$/);
    const noTable = await run(['validate', fixtures.walsall, '--table', 'Plan']);
    expect(noTable.code).toBe(2);
    expect(noTable.err).toMatch(/^actionplan: .*"Plan".*\n$/);
  });

  it('a file that is not a workbook', async () => {
    const file = path.join(dir, 'notes.xlsx');
    await fs.writeFile(file, 'Ref,Action\n1.1,Do it\n');
    expectOneLineError(
      await run(['validate', file]),
      `${file} is not an Excel workbook (.xlsx): open it in Excel and save it as "Excel Workbook".`,
    );
  });

  it('a missing file', async () => {
    const file = path.join(dir, 'missing.xlsx');
    expectOneLineError(
      await run(['validate', file]),
      `${file} was not found: check the file name and folder.`,
    );
  });

  it.each(['11/11/2015', '2015-13-01', '2015-02-29', 'today'])('--as-of %s', async (value) => {
    expectOneLineError(
      await run(['validate', sample, '--as-of', value]),
      `--as-of "${value}" is not a date: write it as YYYY-MM-DD, for example 2015-11-11.`,
    );
  });

  it('no file given, or an unknown option', async () => {
    expect((await run(['validate'])).code).toBe(2);
    expect((await run(['validate', sample, '--colour'])).code).toBe(2);
  });

  it('--json prints exactly one JSON document and nothing else', async () => {
    const result = await run(['validate', fixtures.walsall, '--as-of', '2014-10-14', '--json']);
    expect(() => JSON.parse(result.out)).not.toThrow();
    expect(Object.keys(JSON.parse(result.out))).toEqual(['plans', 'findings']);
    expect(result.err).toBe('');
  });
});
