import type { Command } from 'commander';
import type { ComputedRating, Plan } from '../../core/plan/types';
import { ratePlan, type RatedAction, type RatingContext } from '../../core/rag';
import { formatDay } from '../../core/dates';
import { cliMessages as msg } from '../../core/i18n/en/cli';
import { workbookMessages } from '../../core/i18n/en/workbook';
import { refuseToOverwriteInput, writeRatingColumns } from '../../xlsx';
import { CliError, type CliIo } from '../io';
import type { CommandOutcome } from '../program';
import { asCliError, contextFrom, jsonDocument, loadGrid, loadRules, plansOf } from '../shared';

interface RagOptions {
  asOf: string;
  nextMeeting?: string;
  rules?: string;
  out?: string;
  json?: boolean;
}

interface RatedPlan {
  plan: Plan;
  rated: RatedAction[];
}

/** Refs longer than this (a position such as `'KS2 RIP'!B14`) are not padded to. */
const MAX_REF_WIDTH = 14;

/** The order ratings are counted in: exceptions first, as a board reads them. */
const RATING_ORDER: ComputedRating[] = ['red', 'amber', 'yellow', 'green', 'complete', 'not-rated'];

/**
 * `actionplan rag FILE.xlsx --as-of YYYY-MM-DD [--next-meeting YYYY-MM-DD] [--rules NAME|FILE.json]
 * [--out OUT.xlsx] [--json]`
 */
export function registerRagCommand(program: Command, io: CliIo, _state: CommandOutcome): void {
  program
    .command('rag')
    .description(msg.describe.rag)
    .argument('<file>', msg.describe.file)
    .requiredOption('--as-of <date>', msg.describe.asOfRag)
    .option('--next-meeting <date>', msg.describe.nextMeeting)
    .option('--rules <name-or-file>', msg.describe.rules)
    .option('--out <file>', msg.describe.out)
    .option('--json', msg.describe.json)
    .action(async (file: string, options: RagOptions) => {
      const ctx = contextFrom(options, await loadRules(options.rules));
      if (options.out !== undefined) await checkOutPath(file, options.out);
      const grid = await loadGrid(file);
      const ratedPlans = plansOf(grid, {}).map((plan) => ({ plan, rated: ratePlan(plan, ctx) }));
      if (options.out !== undefined) await writeCopy(file, options.out, ratedPlans);
      io.out(
        options.json
          ? jsonDocument(ragJson(ctx, ratedPlans, options.out))
          : ragText(ctx, ratedPlans, options.out),
      );
    });
}

async function checkOutPath(input: string, out: string): Promise<void> {
  if (!/\.xlsx$/i.test(out)) throw new CliError(msg.outNotXlsx(out), 2);
  try {
    await refuseToOverwriteInput(input, out);
  } catch (error) {
    throw asCliError(error);
  }
}

async function writeCopy(input: string, out: string, ratedPlans: RatedPlan[]): Promise<void> {
  try {
    await writeRatingColumns(
      input,
      out,
      ratedPlans.map((p) => p.plan),
      ratedPlans.map((p) => p.rated),
    );
  } catch (error) {
    throw asCliError(error);
  }
}

/** The `rag --json` document of cli.md. */
function ragJson(ctx: RatingContext, ratedPlans: RatedPlan[], out: string | undefined) {
  return {
    asOf: ctx.asOf,
    nextMeeting: ctx.nextMeeting,
    ruleSet: ctx.ruleSet.name,
    actions: ratedPlans.flatMap(({ plan, rated }) =>
      rated.map(({ action, result }) => ({
        ref: action.ref,
        group: action.group,
        action: action.text,
        owner: action.ownerText,
        due: result.due ?? null,
        declared: action.declared,
        computed: result.rating,
        reason: result.reason,
        cell: action.cells.action ?? action.cells.row,
        sheet: plan.sheet,
        table: plan.table,
      })),
    ),
    ...(out === undefined ? {} : { out }),
  };
}

/** Text for people: the ratings by plan and group, then the counts, then where the copy went. */
function ragText(ctx: RatingContext, ratedPlans: RatedPlan[], out: string | undefined): string {
  const lines = [msg.rag.heading(formatDay(ctx.asOf), formatDay(ctx.nextMeeting), ctx.ruleSet.name)];
  const all = ratedPlans.flatMap((p) => p.rated);
  const refWidth = Math.min(MAX_REF_WIDTH, Math.max(1, ...all.map(({ action }) => action.ref.length)));
  for (const { plan, rated } of ratedPlans) {
    lines.push('', msg.planName(plan.sheet, plan.table));
    let group: string | null | undefined;
    for (const { action, result } of rated) {
      if (action.group !== group) {
        group = action.group;
        lines.push(`  ${group ?? msg.rag.noGroup}`);
      }
      const word = workbookMessages.ratingWords[result.rating];
      lines.push(`    ${action.ref.padEnd(refWidth)}  ${word.padEnd(9)}  ${result.reason}`);
    }
  }
  lines.push('', msg.rag.totals(all.length, ratingCounts(all)));
  if (out !== undefined) lines.push(msg.rag.wrote(out));
  return `${lines.join('\n')}\n`;
}

/** `3 Red, 2 Amber, 8 Green, 1 Complete, 2 Not rated`: only the ratings that occur. */
function ratingCounts(rated: RatedAction[]): string {
  return RATING_ORDER.map((rating) => ({
    rating,
    n: rated.filter(({ result }) => result.rating === rating).length,
  }))
    .filter(({ n }) => n > 0)
    .map(({ rating, n }) => `${n} ${workbookMessages.ratingWords[rating]}`)
    .join(', ');
}
