import { Command, CommanderError } from 'commander';
import { CliError, type CliIo } from './io';
import { registerDatesCommand } from './commands/dates';
import { registerValidateCommand } from './commands/validate';
import { registerRagCommand } from './commands/rag';
import { registerSummaryCommand } from './commands/summary';

/** What a command's action reports back: the exit status it wants. */
export interface CommandOutcome {
  exitCode: number;
}

/**
 * Builds the `actionplan` program. Each command lives in its own file under `commands/` and sets
 * `state.exitCode`; commander's own exits (help, usage errors) are turned into exit codes too.
 */
export function buildProgram(io: CliIo, state: CommandOutcome): Command {
  const program = new Command('actionplan')
    .description('Read, check and rate school-improvement action plans in .xlsx workbooks.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .showHelpAfterError('(run "actionplan --help" for usage)');
  registerDatesCommand(program, io, state);
  registerValidateCommand(program, io, state);
  registerRagCommand(program, io, state);
  registerSummaryCommand(program, io, state);
  return program;
}

/** Runs the CLI on `argv` (without `node` and the script path) and returns the exit status. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const state: CommandOutcome = { exitCode: 0 };
  const program = buildProgram(io, state);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return state.exitCode;
  } catch (error) {
    return exitCodeFor(error, io);
  }
}

function exitCodeFor(error: unknown, io: CliIo): number {
  if (error instanceof CommanderError) {
    // Help and version print and exit 0; anything else commander rejects is bad usage.
    return error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof CliError) {
    io.err(`actionplan: ${error.message}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.err(`actionplan: unexpected error: ${message}\n`);
  return 2;
}
