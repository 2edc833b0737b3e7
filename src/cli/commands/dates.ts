import type { Command } from 'commander';
import { parseTimescale, type DateResult } from '../../core/dates';
import type { CliIo } from '../io';
import type { CommandOutcome } from '../program';

/** `actionplan dates [--json] EXPR...`: how each expression is read (dates.md). */
export function registerDatesCommand(program: Command, io: CliIo, state: CommandOutcome): void {
  const command = program
    .command('dates')
    .usage('[--json] EXPR...')
    .description('Show how date and timescale expressions are read (e.g. "Oct 15", "Autumn 2013 & ongoing").')
    .option('--json', 'print one JSON array, one object per expression')
    .argument('[EXPR...]', 'expressions to read; quote each one that has spaces')
    .action((expressions: string[], options: { json?: boolean }) => {
      if (expressions.length === 0) {
        io.err(command.helpInformation());
        state.exitCode = 2;
        return;
      }
      const results = expressions.map((expression) => parseTimescale(expression));
      if (options.json) {
        io.out(`${JSON.stringify(results.map(toJson), null, 2)}\n`);
      } else {
        io.out(results.map((result) => `${readableLine(result)}\n`).join(''));
      }
      state.exitCode = 0;
    });
}

/** The keys of the cli.md contract first, then the extras. */
function toJson(result: DateResult): Record<string, unknown> {
  const { text, kind, start, end, due, checkpoints, cadence, note, noteCy, embedded } = result;
  return { text, kind, start, end, due, checkpoints, cadence, note, noteCy, embedded };
}

/** `Oct 15  ->  period 2015-10-01 .. 2015-10-31 (due 2015-10-31): October 2015`. */
export function readableLine(result: DateResult): string {
  return `${result.text}  ->  ${summary(result)}: ${result.note}`;
}

function summary(result: DateResult): string {
  const { kind, start, end, due } = result;
  switch (kind) {
    case 'date':
      return `date ${start}`;
    case 'period':
      return start === null ? `period until ${end} (due ${due})` : `period ${start} .. ${end} (due ${due})`;
    case 'multiple':
      return `multiple ${start} .. ${end} (due ${due})`;
    case 'open':
      return `open from ${start}`;
    case 'recurring':
      return [`recurring ${result.cadence}`, start && `from ${start}`, end && `until ${end}`]
        .filter(Boolean)
        .join(' ');
    default:
      return kind;
  }
}
