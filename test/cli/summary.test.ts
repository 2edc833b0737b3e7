import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { CliIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/program';
import { readWorkbookGrid } from '../../src/xlsx';
import { SNAPSHOT_HEADER, snapshotHistoryOf } from '../../src/core/summary';
import { run, runJson } from '../fixtures/cli-io';
import { AS_OF, NEXT_MEETING, save, schoolA, schoolB, schoolC } from '../xlsx/summary-workbooks';

interface Totals {
  complete: number;
  green: number;
  yellow: number;
  amber: number;
  red: number;
  notRated: number;
}

interface SummaryJson {
  board: string;
  asOf: string;
  nextMeeting: string;
  actions: number;
  totals: Totals;
  groups: { name: string | null; totals: Totals }[];
  exceptions: {
    ref: string;
    computed: string;
    owner: string;
    due: string | null;
    reason: string;
    plan: string;
  }[];
  upcoming: { ref: string; what: string; due: string }[];
  movement: { previous: string | null; up: number; down: number; same: number; new: number; newRed: number };
  findings: { error: number; warning: number; byRule: { rule: string }[] };
  out?: string;
  sheet?: string;
}

let dir: string;
let fileA: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'apt-summary-cli-'));
  fileA = await save(schoolA(), dir, 'ysgol-a.xlsx');
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const dates = ['--as-of', AS_OF, '--next-meeting', NEXT_MEETING];
const sha = async (file: string) =>
  createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex');

async function openWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

describe('actionplan summary on one workbook', () => {
  it('counts the computed ratings overall and per priority (--json)', async () => {
    const { code, json } = await runJson<SummaryJson>(['summary', fileA, ...dates]);

    expect(code).toBe(0);
    expect(json).toMatchObject({
      board: 'Education Improvement Board',
      asOf: AS_OF,
      nextMeeting: NEXT_MEETING,
      actions: 7,
    });
    expect(json.totals).toEqual({ complete: 1, green: 2, yellow: 0, amber: 2, red: 1, notRated: 1 });
    expect(json.groups).toEqual([
      {
        name: 'Priority 1: Leadership',
        actions: 4,
        totals: { complete: 0, green: 1, yellow: 0, amber: 2, red: 1, notRated: 0 },
      },
      {
        name: 'Priority 2: Attendance',
        actions: 3,
        totals: { complete: 1, green: 1, yellow: 0, amber: 0, red: 0, notRated: 1 },
      },
    ]);
  });

  it('lists the red action, then the amber ones by due date, and what falls due from D to M inclusive', async () => {
    const { json } = await runJson<SummaryJson>(['summary', fileA, ...dates]);

    expect(json.exceptions.map((row) => [row.computed, row.ref, row.due])).toEqual([
      ['red', '1.1', '2015-10-31'],
      ['amber', '1.2', '2015-11-11'],
      ['amber', '1.3', '2015-12-09'],
    ]);
    expect(json.exceptions[0].owner).toBe('Senior IA');
    expect(json.upcoming.map((item) => [item.ref, item.due])).toEqual([
      ['1.2', '2015-11-11'],
      ['1.3', '2015-12-09'],
    ]);
    expect(json.movement).toMatchObject({ previous: null, up: 0, down: 0, same: 0, newRed: 0 });
  });

  it('counts the plan problems rag.md names: no owner, no usable due, declared Green but overdue', async () => {
    const { json } = await runJson<SummaryJson>(['summary', fileA, ...dates]);
    const rules = json.findings.byRule.map((count) => count.rule);

    expect(rules).toEqual(
      expect.arrayContaining(['missing-owner', 'missing-due', 'declared-contradicts-computed']),
    );
    expect(json.findings.error + json.findings.warning).toBeGreaterThanOrEqual(3);
  });

  it('prints the headline counts and the exceptions in a few lines', async () => {
    const { code, out } = await run(['summary', fileA, ...dates]);

    expect(code).toBe(0);
    expect(out).toContain('7 actions: 1 Complete, 2 Green, 2 Amber, 1 Red, 1 Not rated');
    expect(out).toContain('Exceptions: 3 (1 red, 2 amber)');
    expect(out.trim().split('\n').length).toBeLessThanOrEqual(6);
  });

  it('uses the board name given', async () => {
    const { json } = await runJson<SummaryJson>([
      'summary',
      fileA,
      ...dates,
      '--board',
      'Walsall Education Challenge Board',
    ]);
    expect(json.board).toBe('Walsall Education Challenge Board');
  });

  it('writes a copy with the summary and a very hidden snapshot sheet, never touching the input', async () => {
    const before = await sha(fileA);
    const out = path.join(dir, 'with-summary.xlsx');
    const { code, json } = await runJson<SummaryJson>(['summary', fileA, ...dates, '--out', out]);

    expect(code).toBe(0);
    expect(await sha(fileA)).toBe(before);
    expect(json.out).toBe(out);
    expect(json.sheet).toBe('Board Summary 2015-11-11');
    const workbook = await openWorkbook(out);
    expect(workbook.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      ['Board Summary 2015-11-11', 'visible'],
      ['Plan', 'visible'],
      ['Notes', 'visible'],
      ['APT_Snapshots', 'veryHidden'],
    ]);
    const snapshot = workbook.getWorksheet('APT_Snapshots')!;
    expect(snapshot.getRow(1).values).toEqual([undefined, ...SNAPSHOT_HEADER]);
    expect(snapshot.rowCount).toBe(8);
  });

  it('keeps every original cell of the input unchanged in the copy', async () => {
    const out = path.join(dir, 'preserved.xlsx');
    await run(['summary', fileA, ...dates, '--out', out]);
    const [input, output] = await Promise.all([readWorkbookGrid(fileA), readWorkbookGrid(out)]);

    for (const sheet of input.sheets) {
      const copy = output.sheets.find((candidate) => candidate.name === sheet.name);
      expect(copy).toBeDefined();
      expect(copy!.rows).toEqual(sheet.rows);
      expect(copy!.formulas).toEqual(sheet.formulas);
      expect(copy!.merges).toEqual(sheet.merges);
    }
  });

  it('refuses --out naming the input, and a language it does not speak', async () => {
    const same = await run(['summary', fileA, ...dates, '--out', fileA]);
    expect(same.code).toBe(2);
    expect(same.err).toMatch(/refusing to write over the input file/);

    const welsh = await run(['summary', fileA, ...dates, '--lang', 'fr']);
    expect(welsh.code).toBe(2);
    expect(welsh.err).toContain('--lang "fr"');
  });

  it('says which file it cannot read, with exit status 2', async () => {
    const missing = path.join(dir, 'missing.xlsx');
    const { code, err } = await run(['summary', missing, ...dates]);
    expect(code).toBe(2);
    expect(err).toContain(missing);
  });
});

describe('snapshots across meetings', () => {
  let first: string;
  let second: string;
  let rebuilt: string;

  beforeAll(async () => {
    first = path.join(dir, 'meeting-1.xlsx');
    second = path.join(dir, 'meeting-2.xlsx');
    rebuilt = path.join(dir, 'meeting-2-again.xlsx');
    await run(['summary', fileA, ...dates, '--out', first]);
  });

  it('shows direction of travel against the last meeting', async () => {
    // As of 9 Dec 2015 (next meeting 6 Jan 2016): 1.2 is now overdue (amber -> red) and 1.4 falls
    // due before the next meeting (green -> amber); the other five keep their rating.
    const { json } = await runJson<SummaryJson>(['summary', first, '--as-of', '2015-12-09', '--out', second]);

    expect(json.movement).toEqual({
      previous: '2015-11-11',
      up: 0,
      down: 2,
      same: 5,
      new: 0,
      newRed: 1,
      removed: [],
    });
  });

  it('rebuilding for the same date replaces that snapshot and that summary sheet only', async () => {
    await run(['summary', second, '--as-of', '2015-12-09', '--out', rebuilt]);
    const workbook = await openWorkbook(rebuilt);
    const rows = snapshotHistoryOf(await readWorkbookGrid(rebuilt));

    expect(rows.filter((row) => row.date === '2015-11-11')).toHaveLength(7);
    expect(rows.filter((row) => row.date === '2015-12-09')).toHaveLength(7);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Board Summary 2015-12-09',
      'Board Summary 2015-11-11',
      'Plan',
      'Notes',
      'APT_Snapshots',
    ]);
  });

  it('never reads its own summary sheets as plans', async () => {
    const { json } = await runJson<SummaryJson>(['summary', rebuilt, '--as-of', '2015-12-09']);
    expect(json.actions).toBe(7);
  });
});

describe('sheets an officer already named like ours', () => {
  it('are left alone: ours take the next free name, and the run says so', async () => {
    const workbook = schoolA();
    workbook.addWorksheet('APT_Snapshots').getCell('A1').value = 'My own notes';
    workbook.addWorksheet('Board Summary 2015-11-11').getCell('A1').value = 'My own summary';
    const input = await save(workbook, dir, 'officer-names.xlsx');
    const out = path.join(dir, 'officer-names-out.xlsx');

    const { code, err } = await run(['summary', input, ...dates, '--out', out]);

    expect(code).toBe(0);
    expect(err).toContain('"APT_Snapshots (2)"');
    expect(err).toContain('"Board Summary 2015-11-11 (2)"');
    const written = await openWorkbook(out);
    expect(written.getWorksheet('APT_Snapshots')!.getCell('A1').value).toBe('My own notes');
    expect(written.getWorksheet('Board Summary 2015-11-11')!.getCell('A1').value).toBe('My own summary');
    expect(written.getWorksheet('APT_Snapshots (2)')!.state).toBe('veryHidden');

    // A second run for the same meeting replaces our "(2)" sheets rather than adding "(3)".
    const again = path.join(dir, 'officer-names-again.xlsx');
    await run(['summary', out, ...dates, '--out', again]);
    const names = (await openWorkbook(again)).worksheets.map((sheet) => sheet.name);
    expect(names.filter((name) => name.startsWith('Board Summary'))).toEqual([
      'Board Summary 2015-11-11 (2)',
      'Board Summary 2015-11-11',
    ]);
    expect(names.filter((name) => name.startsWith('APT_Snapshots'))).toHaveLength(2);
  });
});

describe('a roll-up of several workbooks', () => {
  let files: string[];

  beforeAll(async () => {
    files = [fileA, await save(schoolB(), dir, 'ysgol-b.xlsx'), await save(schoolC(), dir, 'ysgol-c.xlsx')];
  });

  it('has a group per workbook and adds their counts together', async () => {
    const { code, json } = await runJson<SummaryJson>(['summary', ...files, ...dates]);

    expect(code).toBe(0);
    expect(json.actions).toBe(12);
    expect(json.totals).toEqual({ complete: 2, green: 3, yellow: 0, amber: 3, red: 2, notRated: 2 });
    expect(json.groups).toEqual([
      {
        name: 'ysgol-a',
        actions: 7,
        totals: { complete: 1, green: 2, yellow: 0, amber: 2, red: 1, notRated: 1 },
      },
      {
        name: 'ysgol-b',
        actions: 2,
        totals: { complete: 0, green: 1, yellow: 0, amber: 0, red: 1, notRated: 0 },
      },
      {
        name: 'ysgol-c',
        actions: 3,
        totals: { complete: 1, green: 0, yellow: 0, amber: 1, red: 0, notRated: 1 },
      },
    ]);
    expect(json.exceptions.map((row) => [row.plan, row.ref])).toEqual([
      ['ysgol-b', '1.1'],
      ['ysgol-a', '1.1'],
      ['ysgol-a', '1.2'],
      ['ysgol-c', '1.1'],
      ['ysgol-a', '1.3'],
    ]);
  });

  it('writes the summary into a copy of the first workbook', async () => {
    const out = path.join(dir, 'roll-up.xlsx');
    const { code } = await run(['summary', ...files, ...dates, '--out', out]);

    expect(code).toBe(0);
    const workbook = await openWorkbook(out);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Board Summary 2015-11-11',
      'Plan',
      'Notes',
      'APT_Snapshots',
    ]);
    expect(snapshotHistoryOf(await readWorkbookGrid(out)).map((row) => row.plan)).toEqual([
      ...Array(7).fill('ysgol-a'),
      ...Array(2).fill('ysgol-b'),
      ...Array(3).fill('ysgol-c'),
    ]);
  });

  it('shows a progress bar on a terminal when there are more than five workbooks', async () => {
    const six = [...files, ...files];
    let err = '';
    const io: CliIo = { out: () => undefined, err: (text) => void (err += text), errIsTty: true };
    const code = await runCli(['summary', ...six, ...dates], io);

    expect(code).toBe(0);
    expect(err).toContain('Reading workbooks: 6 of 6');
    let quiet = '';
    const notTty: CliIo = { out: () => undefined, err: (text) => void (quiet += text), errIsTty: false };
    await runCli(['summary', ...six, ...dates], notTty);
    expect(quiet).toBe('');
  });
});
