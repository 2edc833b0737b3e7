/**
 * `actionplan dates [--json] EXPR...` (cli.md): in-process through runCli, and once through the real
 * bin after the CLI is built into lib/. Expected values are worked out by hand from dates.md.
 */
import { spawnSync } from 'child_process';
import * as path from 'path';
import type { CliIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/program';

interface Run {
  code: number;
  out: string;
  err: string;
}

async function run(...argv: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (text) => void (out += text), err: (text) => void (err += text), errIsTty: false };
  const code = await runCli(argv, io);
  return { code, out, err };
}

const CONTRACT_KEYS = ['text', 'kind', 'start', 'end', 'due', 'checkpoints', 'cadence', 'note'];

describe('actionplan dates --json', () => {
  it('prints exactly one JSON array with the fields of dates.md, one object per expression', async () => {
    const { code, out, err } = await run(
      'dates',
      '--json',
      'Autumn 2013 & ongoing',
      'Oct 15',
      'Dec 15 Feb 16 Apr 16',
      '\u0422\u0412\u0410',
    );
    expect(code).toBe(0);
    expect(err).toBe('');
    const results = JSON.parse(out) as Array<Record<string, unknown>>;
    expect(results).toHaveLength(4);
    for (const result of results) expect(Object.keys(result)).toEqual(expect.arrayContaining(CONTRACT_KEYS));
    expect(results[0]).toMatchObject({
      text: 'Autumn 2013 & ongoing',
      kind: 'open',
      start: '2013-09-01',
      end: null,
      due: null,
      note: 'Autumn term 2013 (1 Sep - 31 Dec 2013), then ongoing',
    });
    expect(results[1]).toMatchObject({
      kind: 'period',
      start: '2015-10-01',
      end: '2015-10-31',
      due: '2015-10-31',
    });
    expect(results[2]).toMatchObject({
      kind: 'multiple',
      due: '2016-04-30',
      checkpoints: [
        { start: '2015-12-01', end: '2015-12-31' },
        { start: '2016-02-01', end: '2016-02-29' },
        { start: '2016-04-01', end: '2016-04-30' },
      ],
    });
    expect(results[3]).toMatchObject({ text: '\u0422\u0412\u0410', kind: 'tbc', due: null });
  });

  it('reports an expression it cannot read as unparsed, and still succeeds', async () => {
    const { code, out } = await run('dates', '--json', 'soon-ish');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual([
      expect.objectContaining({ text: 'soon-ish', kind: 'unparsed', due: null }),
    ]);
  });
});

describe('actionplan dates (readable)', () => {
  it('prints one line per expression: the text, what it is, and the note', async () => {
    const { code, out } = await run(
      'dates',
      'Oct 15',
      '2 Nov 15',
      'By Dec 2013',
      'Starting September 2014',
      'Termly from Summer 2013',
      'TBC',
    );
    expect(code).toBe(0);
    expect(out.split('\n')).toEqual([
      'Oct 15  ->  period 2015-10-01 .. 2015-10-31 (due 2015-10-31): October 2015',
      '2 Nov 15  ->  date 2015-11-02: 2 Nov 2015',
      'By Dec 2013  ->  period until 2013-12-31 (due 2013-12-31): By the end of December 2013',
      'Starting September 2014  ->  open from 2014-09-01: From September 2014, no end date',
      'Termly from Summer 2013  ->  recurring termly from 2013-04-01: Termly, from Summer term 2013 (1 Apr - 31 Jul 2013)',
      'TBC  ->  tbc: To be confirmed: no date yet',
      '',
    ]);
  });

  it('prints the usage on stderr and exits 2 when given no expression', async () => {
    for (const argv of [['dates'], ['dates', '--json']]) {
      const { code, out, err } = await run(...argv);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err).toContain('Usage: actionplan dates [--json] EXPR...');
    }
  });

  it('rejects an unknown option as bad usage', async () => {
    const { code } = await run('dates', '--xml', 'Oct 15');
    expect(code).toBe(2);
  });
});

describe('the built bin', () => {
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
  });

  it('prints the JSON array for the four expressions of the issue', () => {
    const result = spawnSync(
      process.execPath,
      [
        'bin/actionplan.js',
        'dates',
        '--json',
        'Autumn 2013 & ongoing',
        'Oct 15',
        'Dec 15 Feb 16 Apr 16',
        '\u0422\u0412\u0410',
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const results = JSON.parse(result.stdout) as Array<{
      kind: string;
      start: string | null;
      end: string | null;
      due: string | null;
    }>;
    expect(results.map(({ kind, start, end, due }) => [kind, start, end, due])).toEqual([
      ['open', '2013-09-01', null, null],
      ['period', '2015-10-01', '2015-10-31', '2015-10-31'],
      ['multiple', '2015-12-01', '2016-04-30', '2016-04-30'],
      ['tbc', null, null, null],
    ]);
  });
});
