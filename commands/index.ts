/** Every slash command the bot offers, in the order /help lists them. */
import { ask } from './ask.js';
import type { CommandModule } from './command.js';
import { help } from './help.js';
import { source } from './source.js';

export const COMMANDS: readonly CommandModule[] = [ask, source, help];

export function findCommand(name: string): CommandModule | undefined {
  return COMMANDS.find((command) => command.definition.name === name);
}
