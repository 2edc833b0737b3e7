import type { Command } from 'commander';
import { CliError, type CliIo } from '../io';
import type { CommandOutcome } from '../program';

/** `actionplan rag`: not built yet (see the open issues). */
export function registerRagCommand(program: Command, _io: CliIo, _state: CommandOutcome): void {
  program
    .command('rag')
    .description('(not yet available)')
    .allowUnknownOption()
    .argument('[args...]')
    .action(() => {
      throw new CliError('"rag" is not available yet.');
    });
}
