import type { Command } from 'commander';
import { CliError, type CliIo } from '../io';
import type { CommandOutcome } from '../program';

/** `actionplan validate`: not built yet (see the open issues). */
export function registerValidateCommand(program: Command, _io: CliIo, _state: CommandOutcome): void {
  program
    .command('validate')
    .description('(not yet available)')
    .allowUnknownOption()
    .argument('[args...]')
    .action(() => {
      throw new CliError('"validate" is not available yet.');
    });
}
