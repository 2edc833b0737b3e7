/**
 * Bad input never crashes: every case of the corpus ends with exit 0 or 1 and its findings, or exit
 * 2 and one line that names the file (and sheet and cell where there is one) and says what to do.
 * Never a stack trace, and never a partial output file or a temporary file left behind.
 */
import { spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import {
  buildCorpus,
  INJECTED_ACTIONS,
  LONGEST_TEXT_LENGTH,
  MANY_ACTIONS,
  type CorpusCase,
} from '../corpus/build-corpus';
import { run, type CliRun } from '../fixtures/cli-io';
import { compareWorkbooks } from '../support/compare-workbooks';

const asOf = '2015-11-11';

let dir: string;
let corpus: Record<CorpusCase, string>;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'apt-corpus-'));
  corpus = await buildCorpus(path.join(dir, 'in'));
}, 120_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

interface Finding {
  severity: string;
  rule: string;
  cell: string;
  ref: string;
  message: string;
}

/** A fresh, empty folder for one case's output, so anything left behind in it shows. */
async function outFolder(name: string): Promise<string> {
  const folder = path.join(dir, 'out', name);
  await fs.mkdir(folder, { recursive: true });
  return folder;
}

function expectNoStackTrace(result: CliRun): void {
  expect(result.err).not.toMatch(/^\s{4}at /m);
  expect(result.err).not.toMatch(/unexpected error/);
}

/** Exit 2, one line on stderr naming the file, nothing written. */
async function expectRefusal(result: CliRun, file: string, message: string, out?: string): Promise<void> {
  expectNoStackTrace(result);
  expect(result.code).toBe(2);
  expect(result.err).toBe(`actionplan: ${message}\n`);
  expect(result.err).toContain(file);
  if (out !== undefined) {
    await expect(fs.stat(out)).rejects.toMatchObject({ code: expect.stringMatching(/ENOENT|ENOTDIR/) });
    const folder = path.dirname(out);
    const left = await fs.readdir(folder).catch(() => []);
    expect(left).toEqual([]);
  }
}

async function validateJson(file: string): Promise<{ code: number; findings: Finding[]; actions: number }> {
  const result = await run(['validate', file, '--as-of', asOf, '--json']);
  expectNoStackTrace(result);
  const json = JSON.parse(result.out) as { findings: Finding[]; plans: { actions: number }[] };
  return {
    code: result.code,
    findings: json.findings,
    actions: json.plans.reduce((n, p) => n + p.actions, 0),
  };
}

/** The unreadable files: each refused by every command with its own advice, and no output. */
const unreadable: [CorpusCase, (file: string) => string][] = [
  [
    'zeroBytes',
    (f) => `${f} is empty (0 bytes): it may not have finished copying; save the workbook again from Excel.`,
  ],
  [
    'textFile',
    (f) => `${f} is not an Excel workbook (.xlsx): open it in Excel and save it as "Excel Workbook".`,
  ],
  [
    'truncatedZip',
    (f) =>
      `${f} looks like an Excel workbook but could not be read (it may be damaged): open it in Excel, save it again as "Excel Workbook" and retry.`,
  ],
  [
    'passwordProtected',
    (f) =>
      `${f} is password-protected or an old .xls workbook: open it in Excel, remove the password if it has one, and save it as "Excel Workbook" (.xlsx).`,
  ],
  [
    'noData',
    (f) =>
      `No action plan found in ${f}: no sheet has a header row with an Action column; use --sheet to choose one.`,
  ],
  // The reader looks for the header in the first 30 rows only (plans.md); row 40 is too far down.
  [
    'headersInRow40',
    (f) =>
      `No action plan found in ${f}: no sheet has a header row with an Action column; use --sheet to choose one.`,
  ],
  [
    'everyCellMerged',
    (f) =>
      `No action plan found in ${f}: no sheet has a header row with an Action column; use --sheet to choose one.`,
  ],
];

describe.each(unreadable)('%s', (name, message) => {
  it('validate exits 2 with one line saying what to do', async () => {
    await expectRefusal(await run(['validate', corpus[name]]), corpus[name], message(corpus[name]));
  });

  it.each(['rag', 'summary'])('%s --out exits 2 and leaves no file behind', async (command) => {
    const out = path.join(await outFolder(`${name}-${command}`), 'out.xlsx');
    const result = await run([command, corpus[name], '--as-of', asOf, '--out', out]);
    await expectRefusal(result, corpus[name], message(corpus[name]), out);
  });
});

describe('the output path cannot be written', () => {
  // Tests run as root, for whom a read-only folder is still writable: a path under a file, or in a
  // folder that does not exist, cannot be written by anyone.
  it('under a file: exit 2 naming the path, and no temporary file beside that file', async () => {
    const folder = await outFolder('under-a-file');
    const file = path.join(folder, 'notes.txt');
    await fs.writeFile(file, 'officer notes');
    const out = path.join(file, 'out.xlsx');

    const result = await run(['rag', corpus.plain, '--as-of', asOf, '--out', out]);

    await expectRefusal(
      result,
      out,
      `could not write ${out} (ENOTDIR): check the folder exists and that the file is not open in Excel.`,
    );
    expect(await fs.readdir(folder)).toEqual(['notes.txt']);
    expect(await fs.readFile(file, 'utf8')).toBe('officer notes');
  });

  it.each(['rag', 'summary'])(
    '%s into a folder that does not exist: exit 2 naming the path',
    async (command) => {
      const out = path.join(await outFolder(`missing-${command}`), 'no-such-folder', 'out.xlsx');

      const result = await run([command, corpus.plain, '--as-of', asOf, '--out', out]);

      await expectRefusal(
        result,
        out,
        `could not write ${out} (ENOENT): check the folder exists and that the file is not open in Excel.`,
        out,
      );
    },
  );

  it('onto a folder: exit 2, the folder untouched and no temporary file left', async () => {
    const folder = await outFolder('onto-a-folder');
    const out = path.join(folder, 'taken.xlsx');
    await fs.mkdir(out);

    const result = await run(['rag', corpus.plain, '--as-of', asOf, '--out', out]);

    expectNoStackTrace(result);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(
      new RegExp(`^actionplan: could not write ${escape(out)} \\(\\w+\\): check the folder`),
    );
    expect(result.err.split('\n')).toHaveLength(2);
    expect(await fs.readdir(folder)).toEqual(['taken.xlsx']);
    expect(await fs.readdir(out)).toEqual([]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('workbooks that read, with findings where the officer should look', () => {
  it('headers only: one plan of no actions, no findings, and rag writes a copy', async () => {
    const { code, findings, actions } = await validateJson(corpus.headersOnly);
    expect([code, actions, findings]).toEqual([0, 0, []]);
    const out = path.join(await outFolder('headers-only'), 'out.xlsx');
    const result = await run(['rag', corpus.headersOnly, '--as-of', asOf, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('0 actions');
    await expect(fs.stat(out)).resolves.toBeTruthy();
  });

  it('a 32,767-character action is read whole and written back whole', async () => {
    const out = path.join(await outFolder('longest'), 'out.xlsx');
    const result = await run(['rag', corpus.longestCell, '--as-of', asOf, '--out', out, '--json']);
    expectNoStackTrace(result);
    const json = JSON.parse(result.out) as { actions: { action: string; computed: string }[] };
    expect(json.actions[0].action).toHaveLength(LONGEST_TEXT_LENGTH);
    // Due Oct 15 is 31 Oct 2015, eleven days before 11 Nov 2015.
    expect(json.actions[0].computed).toBe('red');
    const [before, after] = await Promise.all([fs.readFile(corpus.longestCell), fs.readFile(out)]);
    expect(
      await compareWorkbooks(before, after, { ignoreColumns: [{ sheet: 'Action Plan', columns: 'F:G' }] }),
    ).toEqual([]);
  });

  it('error values: a row of nothing but errors is no action; an action beside errors is read and not rated', async () => {
    const { findings, actions } = await validateJson(corpus.errorValues);
    // Row 2 holds only errors, row 3 an action with errors in every other column.
    expect(actions).toBe(1);
    // The ref cell holds #REF!, so the action is known by its position.
    expect(findings.map((f) => [f.rule, f.cell, f.message])).toEqual([
      [
        'missing-owner',
        "'Action Plan'!C3",
        "Action 'Action Plan'!B3 has no owner: name the person responsible in the owner column.",
      ],
      [
        'missing-due',
        "'Action Plan'!D3",
        "Action 'Action Plan'!B3 has no due date: enter the day, month or term it should be done by, so that it can be rated.",
      ],
    ]);
    const rag = await run(['rag', corpus.errorValues, '--as-of', asOf, '--json']);
    expect(
      (JSON.parse(rag.out) as { actions: { computed: string }[] }).actions.map((a) => a.computed),
    ).toEqual(['not-rated']);
  });

  it('formulas in date cells: the cached day is used, and a formula that failed is no date', async () => {
    const rag = await run(['rag', corpus.formulaDates, '--as-of', asOf, '--json']);
    expectNoStackTrace(rag);
    const json = JSON.parse(rag.out) as {
      actions: { due: string | null; computed: string; reason: string }[];
    };
    expect(json.actions.map((a) => [a.due, a.computed, a.reason])).toEqual([
      ['2015-10-31', 'red', 'Overdue: due 31 Oct 2015, 11 days before 11 Nov 2015'],
      [null, 'not-rated', 'Not rated: no due date'],
    ]);
  });

  it('a date typed as text in US order is flagged as ambiguous and read day first', async () => {
    const { findings } = await validateJson(corpus.usDateText);
    expect(findings).toContainEqual({
      severity: 'warning',
      rule: 'ambiguous-date-text',
      cell: "'Action Plan'!D2",
      ref: '1.1',
      message:
        'The due date "07/04/2014" is typed as text and could be read two ways; it is read day first, as 7 Apr 2014: enter a real date, or write it as "7 Apr 2014".',
    });
  });

  it('numbers outside Excel’s calendar in date cells are not dates, and the message quotes the number typed', async () => {
    const { findings } = await validateJson(corpus.serialOutOfRange);
    const dueFindings = findings.filter((f) => f.rule === 'missing-due');
    expect(dueFindings.map((f) => [f.cell, f.message])).toEqual([
      [
        "'Action Plan'!D2",
        'Action 1.1 has no usable due date ("-5"): enter the day, month or term it should be done by, so that it can be rated.',
      ],
      [
        "'Action Plan'!D3",
        'Action 1.2 has no usable due date ("3000000"): enter the day, month or term it should be done by, so that it can be rated.',
      ],
    ]);
  });

  it('duplicate refs are an error finding naming both cells (exit 1)', async () => {
    const { code, findings } = await validateJson(corpus.duplicateRefs);
    expect(code).toBe(1);
    expect(findings).toContainEqual({
      severity: 'error',
      rule: 'duplicate-ref',
      cell: "'Action Plan'!A3",
      ref: '1.1',
      message: "Ref 1.1 is used again (first at 'Action Plan'!A2): give each action its own ref.",
    });
  });

  it('a hidden plan sheet is still read, and stays hidden in the copy', async () => {
    const out = path.join(await outFolder('hidden'), 'out.xlsx');
    const result = await run(['rag', corpus.hiddenPlanSheet, '--as-of', asOf, '--out', out, '--json']);
    const json = JSON.parse(result.out) as { actions: { sheet: string }[] };
    expect(json.actions.map((a) => a.sheet)).toEqual(['Action Plan', 'Action Plan']);
    const [before, after] = await Promise.all([fs.readFile(corpus.hiddenPlanSheet), fs.readFile(out)]);
    expect(
      await compareWorkbooks(before, after, { ignoreColumns: [{ sheet: 'Action Plan', columns: 'F:G' }] }),
    ).toEqual([]);
  });

  it.each([
    ['welshAndEmoji', ['Gwella presenoldeb ym mhob ysgol 🏫✅', 'Hyfforddi llywodraethwyr – ŵ ŷ â ê 👩‍🏫']],
    ['rightToLeft', ['تحسين الحضور في جميع المدارس']],
  ] as [CorpusCase, string[]][])('%s text comes through every command unchanged', async (name, texts) => {
    const rag = await run(['rag', corpus[name], '--as-of', asOf, '--json']);
    expect((JSON.parse(rag.out) as { actions: { action: string }[] }).actions.map((a) => a.action)).toEqual(
      texts,
    );
    const out = path.join(await outFolder(name), 'out.xlsx');
    const summary = await run(['summary', corpus[name], '--as-of', asOf, '--out', out]);
    expect(summary.code).toBe(0);
    const [before, after] = await Promise.all([fs.readFile(corpus[name]), fs.readFile(out)]);
    expect(
      await compareWorkbooks(before, after, { ignoreSheets: [/^Board Summary /, 'APT_Snapshots'] }),
    ).toEqual([]);
  });

  it('a Welsh rating word off the scale is a finding naming its cell', async () => {
    const { findings } = await validateJson(corpus.welshAndEmoji);
    expect(findings.find((f) => f.rule === 'rating-off-scale')?.cell).toBe("'Action Plan'!E2");
  });

  it('a sheet name with quotes and spaces is quoted in cell addresses as Excel quotes it', async () => {
    const { findings } = await validateJson(corpus.quotedSheetName);
    // No ref column value: the action's ref is its position.
    expect(findings.map((f) => [f.cell, f.ref])).toContainEqual([
      "'O''Brien''s plan 2015'!E2",
      "'O''Brien''s plan 2015'!B2",
    ]);
  });

  it('an officer’s sheet already named like ours is never overwritten: another name is used and the CLI says so', async () => {
    const out = path.join(await outFolder('officer-sheet'), 'out.xlsx');
    const result = await run(['summary', corpus.officerSummarySheet, '--as-of', asOf, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.err).toBe(
      'actionplan: A sheet named "Board Summary 2015-11-11" that this tool did not write is already in the workbook: left it alone and used "Board Summary 2015-11-11 (2)".\n',
    );
    expect(result.out).toContain(`(sheet "Board Summary 2015-11-11 (2)")`);
    const [before, after] = await Promise.all([fs.readFile(corpus.officerSummarySheet), fs.readFile(out)]);
    expect(
      await compareWorkbooks(before, after, {
        ignoreSheets: ['Board Summary 2015-11-11 (2)', 'APT_Snapshots'],
      }),
    ).toEqual([]);
  });

  it('an officer’s sheet named like our snapshot sheet is left alone: the snapshot goes beside it and the CLI says so', async () => {
    const out = path.join(await outFolder('officer-snapshots'), 'out.xlsx');
    const result = await run(['summary', corpus.officerSnapshotSheet, '--as-of', asOf, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.err).toBe(
      'actionplan: A sheet named "APT_Snapshots" that this tool did not write is already in the workbook: left it alone and used "APT_Snapshots (2)".\n',
    );
    const [before, after] = await Promise.all([fs.readFile(corpus.officerSnapshotSheet), fs.readFile(out)]);
    expect(
      await compareWorkbooks(before, after, { ignoreSheets: [/^Board Summary /, 'APT_Snapshots (2)'] }),
    ).toEqual([]);
  });

  it(`${MANY_ACTIONS.toLocaleString('en-GB')} actions are rated and written`, async () => {
    const out = path.join(await outFolder('many'), 'out.xlsx');
    const result = await run(['rag', corpus.fiftyThousandActions, '--as-of', asOf, '--out', out]);
    expectNoStackTrace(result);
    expect(result.code).toBe(0);
    // Every action is due Jul 16, after the next meeting: all on track.
    expect(result.out).toContain(`\n${MANY_ACTIONS} actions: ${MANY_ACTIONS} Green.\n`);
  }, 120_000);
});

describe('formula injection: action text that starts like a formula stays text in everything we write', () => {
  /** Every cell of `sheetName` whose text starts with one of the injected texts' first characters. */
  async function cellsHolding(buffer: Buffer, sheetName: string, texts: string[]): Promise<string[]> {
    const zip = await JSZip.loadAsync(buffer);
    const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    const shared = await zip.file('xl/sharedStrings.xml')?.async('string');
    const strings = [...(shared ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
      [...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => unescapeXml(t[1])).join(''),
    );
    const relId = [...workbookXml.matchAll(/<sheet\b[^>]*>/g)]
      .map((m) => m[0])
      .find((tag) => tag.includes(`name="${sheetName}"`))
      ?.match(/r:id="([^"]+)"/)?.[1];
    const target = new RegExp(`Id="${relId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? '';
    const xml = await zip.file(`xl/${target.replace(/^\/?xl\//, '')}`)!.async('string');
    return [...xml.matchAll(/<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)]
      .map((m) => m[0])
      .filter((cell) => {
        const index = /t="s"[^>]*>[\s\S]*?<v>(\d+)<\/v>/.exec(cell)?.[1];
        const text =
          index !== undefined ? strings[Number(index)] : (/<t[^>]*>([\s\S]*?)<\/t>/.exec(cell)?.[1] ?? '');
        return texts.some((t) => unescapeXml(text ?? '').includes(t.slice(0, 12)));
      });
  }

  function unescapeXml(text: string): string {
    return text
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  }

  function expectAllText(cells: string[]): void {
    for (const cell of cells) {
      expect(cell).toMatch(/\bt="(s|inlineStr)"/);
      expect(cell).not.toContain('<f>');
      expect(cell).not.toContain('<f ');
    }
  }

  it('the plan is read as four actions whose text is exactly what was typed', async () => {
    const rag = await run(['rag', corpus.formulaInjection, '--as-of', asOf, '--json']);
    expect((JSON.parse(rag.out) as { actions: { action: string }[] }).actions.map((a) => a.action)).toEqual(
      INJECTED_ACTIONS,
    );
  });

  it('rag --out keeps the officer’s cells as text', async () => {
    const out = path.join(await outFolder('inject-rag'), 'out.xlsx');
    expect((await run(['rag', corpus.formulaInjection, '--as-of', asOf, '--out', out])).code).toBe(0);
    const cells = await cellsHolding(await fs.readFile(out), 'Action Plan', INJECTED_ACTIONS);
    expect(cells).toHaveLength(INJECTED_ACTIONS.length);
    expectAllText(cells);
  });

  it('summary --out writes the red actions into the exceptions as text, never as formulas', async () => {
    const out = path.join(await outFolder('inject-summary'), 'out.xlsx');
    expect((await run(['summary', corpus.formulaInjection, '--as-of', asOf, '--out', out])).code).toBe(0);
    const cells = await cellsHolding(await fs.readFile(out), 'Board Summary 2015-11-11', INJECTED_ACTIONS);
    // All four are overdue, so all four are exceptions on the summary sheet.
    expect(cells.length).toBeGreaterThanOrEqual(INJECTED_ACTIONS.length);
    expectAllText(cells);
  });
});

describe('the built bin behaves as the in-process CLI', () => {
  const root = path.join(__dirname, '..', '..');

  beforeAll(() => {
    // Builds lib/ from src/ as `npm run build:cli` does. Type errors elsewhere do not stop the emit.
    spawnSync(
      process.execPath,
      [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.cli.json'],
      {
        cwd: root,
        stdio: 'ignore',
      },
    );
  }, 120_000);

  function spawnBin(args: string[]) {
    const result = spawnSync(process.execPath, ['bin/actionplan.js', ...args], {
      cwd: root,
      encoding: 'utf8',
    });
    return { code: result.status ?? -1, out: result.stdout, err: result.stderr };
  }

  it('a zero-byte file: exit 2, the same one line, no stack trace', async () => {
    const inProcess = await run(['validate', corpus.zeroBytes]);
    const spawned = spawnBin(['validate', corpus.zeroBytes]);
    expect(spawned).toEqual(inProcess);
    expect(spawned.code).toBe(2);
  });

  it('a truncated zip with --out: exit 2, the same one line, and no file left', async () => {
    const out = path.join(await outFolder('spawned'), 'out.xlsx');
    const spawned = spawnBin(['rag', corpus.truncatedZip, '--as-of', asOf, '--out', out]);
    expect(spawned.code).toBe(2);
    expect(spawned.err).toBe(
      `actionplan: ${corpus.truncatedZip} looks like an Excel workbook but could not be read (it may be damaged): open it in Excel, save it again as "Excel Workbook" and retry.\n`,
    );
    expect(await fs.readdir(path.dirname(out))).toEqual([]);
  });
});
