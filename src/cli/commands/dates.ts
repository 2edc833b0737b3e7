import type { Command } from 'commander';
import { CliError, type CliIo } from '../io';
import type { CommandOutcome } from '../program';

/** `actionplan dates`: not built yet (see the open issues). */
export function registerDatesCommand(program: Command, _io: CliIo, _state: CommandOutcome): void {
  program
    .command('dates')
    .description('(not yet available)')
    .allowUnknownOption()
    .argument('[args...]')
    .action(() => {
      throw new CliError('"dates" is not available yet.');
    });
}
