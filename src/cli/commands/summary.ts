/**
 * `actionplan summary FILE.xlsx... --as-of YYYY-MM-DD [--next-meeting YYYY-MM-DD] [--board NAME]
 * [--rules NAME|FILE.json] [--out OUT.xlsx] [--json] [--lang en|cy]`
 *
 * Builds the board summary of one workbook, or of several (one per school) combined with a group
 * per workbook. With --out, a copy of the first workbook gets the summary sheet and the snapshot
 * sheet; the inputs are never changed.
 */
import * as path from 'path';
import type { Command } from 'commander';
import { formatDay, nowInUk } from '../../core/dates';
import type { WorkbookGrid } from '../../core/grid/types';
import type { RatingContext } from '../../core/rag';
import {
  DISPLAY_ORDER,
  assembleSummaryInput,
  buildSummary,
  computedKey,
  ratingWord,
  renderSummarySheet,
  snapshotHistoryOf,
  snapshotRowsFor,
  summaryText,
  summaryToJson,
  withoutOurSheets,
  type BoardSummary,
  type Lang,
  type SnapshotRow,
  type SummaryInput,
} from '../../core/summary';
import { cliMessages } from '../../core/i18n/en/cli';
import { readWorkbookGridFromBuffer, refuseToOverwriteInput } from '../../xlsx';
import { readFileOrExplain } from '../../xlsx/read';
import { writeSummaryCopy } from '../../xlsx/summary-writer';
import { CliError, type CliIo } from '../io';
import type { CommandOutcome } from '../program';
import { asCliError, contextFrom, jsonDocument, loadRules, plansOf } from '../shared';

interface SummaryOptions {
  asOf?: string;
  nextMeeting?: string;
  board?: string;
  rules?: string;
  out?: string;
  json?: boolean;
  lang?: string;
}

/** One input workbook: its grid, and for the first the bytes the copy is made from. */
interface LoadedInput {
  file: string;
  grid: WorkbookGrid;
  buffer?: Buffer;
}

const PROGRESS_AFTER_FILES = 5;
const PROGRESS_WIDTH = 24;

export function registerSummaryCommand(program: Command, io: CliIo, _state: CommandOutcome): void {
  const text = summaryText('en').cli;
  program
    .command('summary')
    .description(text.describe)
    .argument('<files...>', text.describeFiles)
    .option('--as-of <date>', text.describeAsOf)
    .option('--next-meeting <date>', cliMessages.describe.nextMeeting)
    .option('--board <name>', text.describeBoard)
    .option('--rules <name-or-file>', cliMessages.describe.rules)
    .option('--out <file>', text.describeOut)
    .option('--json', cliMessages.describe.json)
    .option('--lang <en|cy>', text.describeLang)
    .action(async (files: string[], options: SummaryOptions) => {
      const lang = languageOf(options.lang);
      const ruleSet = await loadRules(options.rules);
      const ctx = contextFrom(options, ruleSet);
      if (options.out !== undefined) await checkOutPath(files, options.out);
      const inputs = await loadInputs(files, options.out !== undefined, io);
      const previous = snapshotHistoryOf(inputs[0].grid, (problem) =>
        io.err(`actionplan: ${files[0]}: ${problem.message}\n`),
      );
      const input = summaryInput(inputs, ctx, previous, options.board ?? summaryText(lang).defaultBoard);
      const summary = buildSummary(input);
      let written: { out: string; sheet: string } | null = null;
      if (options.out !== undefined)
        written = await writeCopy(inputs[0], options.out, summary, input, lang, io);
      io.out(
        options.json
          ? jsonDocument({ ...summaryToJson(summary), ruleSet: ctx.ruleSet.name, ...(written ?? {}) })
          : humanText(summary, lang, written),
      );
    });
}

function languageOf(value: string | undefined): Lang {
  if (value === undefined || value === 'en') return 'en';
  if (value === 'cy') return 'cy';
  throw new CliError(summaryText('en').cli.badLang(value), 2);
}

async function checkOutPath(files: string[], out: string): Promise<void> {
  if (!/\.xlsx$/i.test(out)) throw new CliError(cliMessages.outNotXlsx(out), 2);
  try {
    for (const file of files) await refuseToOverwriteInput(file, out);
  } catch (error) {
    throw asCliError(error);
  }
}

/** Reads every workbook; the first one's bytes are kept when a copy is wanted. */
async function loadInputs(files: string[], forWriting: boolean, io: CliIo): Promise<LoadedInput[]> {
  const showProgress = files.length > PROGRESS_AFTER_FILES && io.errIsTty;
  const inputs: LoadedInput[] = [];
  try {
    for (const [index, file] of files.entries()) {
      const buffer = await readFileOrExplain(file);
      const grid = await readWorkbookGridFromBuffer(buffer, file);
      inputs.push({ file, grid, buffer: index === 0 && forWriting ? buffer : undefined });
      if (showProgress) io.err(progressLine(index + 1, files.length));
    }
  } catch (error) {
    if (showProgress) io.err('\n');
    throw asCliError(error);
  }
  if (showProgress) io.err('\n');
  return inputs;
}

function progressLine(done: number, total: number): string {
  const filled = Math.round((done / total) * PROGRESS_WIDTH);
  const bar = `[${'#'.repeat(filled)}${' '.repeat(PROGRESS_WIDTH - filled)}]`;
  return `\r${bar} ${summaryText('en').cli.progress(done, total)}`;
}

/** `school-a` from `schools/school-a.xlsx`; a name used twice gets ` (2)`. */
function workbookNames(files: string[]): string[] {
  const seen = new Map<string, number>();
  return files.map((file) => {
    const base = path.basename(file, path.extname(file));
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

function summaryInput(
  inputs: LoadedInput[],
  ctx: RatingContext,
  previous: SnapshotRow[],
  board: string,
): SummaryInput {
  const names = workbookNames(inputs.map((input) => input.file));
  const workbooks = inputs.map((input, index) => ({
    name: names[index],
    file: path.basename(input.file),
    plans: plansOf(withoutOurSheets(input.grid), {}),
  }));
  return assembleSummaryInput(workbooks, ctx, { board, generatedAt: nowInUk(), previous });
}

async function writeCopy(
  first: LoadedInput,
  out: string,
  summary: BoardSummary,
  input: SummaryInput,
  lang: Lang,
  io: CliIo,
): Promise<{ out: string; sheet: string }> {
  if (!first.buffer) throw new Error('the first workbook was not kept for writing');
  let result;
  try {
    result = await writeSummaryCopy(
      { buffer: first.buffer, grid: first.grid },
      renderSummarySheet(summary, lang),
      input.previous,
      { date: input.asOf, rows: snapshotRowsFor(input) },
      out,
    );
  } catch (error) {
    throw asCliError(error);
  }
  for (const { wanted, used } of result.renamed)
    io.err(`actionplan: ${summaryText('en').cli.sheetRenamed(wanted, used)}\n`);
  return { out, sheet: result.summarySheet };
}

/** A few lines for people: where the plan stands, the exceptions, and where the sheet went. */
function humanText(
  summary: BoardSummary,
  lang: Lang,
  written: { out: string; sheet: string } | null,
): string {
  const text = summaryText(lang).cli;
  const { title, overall, movement, exceptions } = summary;
  const day = (iso: string) => formatDay(iso, lang);
  const parts = DISPLAY_ORDER.filter((rating) => rating !== 'yellow' || summary.showYellow)
    .map((rating) => `${overall.computed[computedKey(rating)]} ${ratingWord(rating, lang)}`)
    .join(', ');
  const red = exceptions.filter((row) => row.computed === 'red').length;
  const lines = [
    text.heading(title.board, day(title.asOf), day(title.nextMeeting)),
    text.counts(overall.computed.total, parts),
    text.exceptions(exceptions.length, red, exceptions.length - red),
    movement.previous === null ? text.firstSnapshot : text.movement(movement.newRed, day(movement.previous)),
    written === null ? text.notWritten : text.written(written.out, written.sheet),
  ];
  return `${lines.join('\n')}\n`;
}
