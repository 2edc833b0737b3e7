/**
 * Plumbing the workbook commands share (validate, rag, summary): loading a workbook and its plans,
 * reading date options and rule sets, with every failure turned into a one-line CliError.
 */
import { todayInUk } from '../core/dates';
import { promises as fs } from 'fs';
import type { WorkbookGrid } from '../core/grid/types';
import type { Plan } from '../core/plan/types';
import { readPlans } from '../core/plan';
import {
  RuleSetError,
  loadRuleSet,
  ratingContext,
  resolveRuleSet,
  type RatingContext,
  type RuleSet,
} from '../core/rag';
import { cliMessages as msg } from '../core/i18n/en/cli';
import { readWorkbookGrid, ratingColumnOverrides, WorkbookReadError, WorkbookWriteError } from '../xlsx';
import { CliError } from './io';

/** Reads a workbook file into the grid; a bad or missing file becomes exit status 2. */
export async function loadGrid(file: string): Promise<WorkbookGrid> {
  try {
    return await readWorkbookGrid(file);
  } catch (error) {
    throw asCliError(error);
  }
}

/** Turns the adapter's typed errors into CLI errors; anything else passes through untouched. */
export function asCliError(error: unknown): unknown {
  if (error instanceof WorkbookReadError || error instanceof WorkbookWriteError)
    return new CliError(error.message, 2);
  return error;
}

export interface PlanChoice {
  sheet?: string;
  table?: string;
}

/**
 * The plans in a workbook. When none can be read, the reader's own one-line explanation (no plan,
 * no such sheet or table) becomes exit status 2.
 */
export function plansOf(grid: WorkbookGrid, choice: PlanChoice): Plan[] {
  const { plans, problems } = readPlans(grid, {
    sheet: choice.sheet,
    table: choice.table,
    overrides: ratingColumnOverrides(grid),
  });
  if (plans.length === 0) {
    throw new CliError(problems[0]?.message ?? `No action plan found in ${grid.source}.`, 2);
  }
  return plans;
}

/** A `YYYY-MM-DD` option value that names a real day, else exit status 2. */
export function parseDayOption(option: string, value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) throw new CliError(msg.notADate(option, value), 2);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!real) throw new CliError(msg.notADate(option, value), 2);
  return match[0];
}

/**
 * A rule set from `--rules`: a built-in's name, or a `.json` file (or any path to an existing
 * file). A bad file is exit status 2, naming the file and the field.
 */
export async function loadRules(value: string | undefined): Promise<RuleSet | undefined> {
  if (value === undefined) return undefined;
  try {
    if (!(await looksLikeFile(value))) return resolveRuleSet(value, value);
    const text = (await readRulesFile(value)).trim();
    // An object goes through the engine's own parsing, which explains bad JSON; anything else is
    // still checked, so the message says a rule set must be an object.
    return text.startsWith('{') ? resolveRuleSet(text, value) : loadRuleSet(parsedOrText(text), value);
  } catch (error) {
    if (error instanceof RuleSetError) throw new CliError(error.message, 2);
    throw error;
  }
}

async function looksLikeFile(value: string): Promise<boolean> {
  if (/\.json$/i.test(value) || /[\\/]/.test(value)) return true;
  try {
    return (await fs.stat(value)).isFile();
  } catch {
    return false;
  }
}

async function readRulesFile(file: string): Promise<string> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new CliError(msg.rulesFileMissing(file), 2);
    throw new CliError(msg.rulesFileUnreadable(file, code ?? 'read error'), 2);
  }
}

function parsedOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export interface DateOptions {
  asOf?: string;
  nextMeeting?: string;
}

/** The rating context from `--as-of` (default today), `--next-meeting` and the rule set. */
export function contextFrom(options: DateOptions, ruleSet: RuleSet | undefined): RatingContext {
  const asOf = options.asOf === undefined ? todayInUk() : parseDayOption('--as-of', options.asOf);
  const nextMeeting =
    options.nextMeeting === undefined ? undefined : parseDayOption('--next-meeting', options.nextMeeting);
  if (nextMeeting !== undefined && nextMeeting < asOf)
    throw new CliError(msg.meetingBeforeAsOf(nextMeeting, asOf), 2);
  return ratingContext({ asOf, nextMeeting, ruleSet });
}

/** Prints exactly one JSON document. */
export function jsonDocument(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export { todayInUk };
