/** Every slash command the bot offers, in the order /help lists them, with their Spanish localizations. */
import { canonicalCommandName, localizeDefinition } from '../src/i18n/commands.js';
import { renderChoices } from '../src/render/discord.js';
import { ask } from './ask.js';
import type { CommandModule } from './command.js';
import { compare } from './compare.js';
import { define } from './define.js';
import { discuss } from './discuss.js';
import { helpCommand } from './help.js';
import { position } from './position.js';
import { quiz } from './quiz.js';
import { quote } from './quote.js';
import { source } from './source.js';
import { summary } from './summary.js';
import { timeline } from './timeline.js';

/** /help lists every command, itself included, from their definitions. */
const help = helpCommand(() => COMMANDS.map((command) => command.definition));

const MODULES: readonly CommandModule[] = [
  ask,
  summary,
  position,
  compare,
  timeline,
  quote,
  define,
  quiz,
  discuss,
  source,
  help,
];

/**
 * The commands as every transport runs them: with their Spanish localizations, and their suggestions put within
 * Discord's limits here, once (at most 25, names shortened, values that do not fit left out).
 */
export const COMMANDS: readonly CommandModule[] = MODULES.map(({ autocomplete, ...module }) => ({
  ...module,
  definition: localizeDefinition(module.definition),
  ...(autocomplete && {
    autocomplete: (focused, lang, context) => renderChoices(autocomplete(focused, lang, context)),
  }),
}));

/** The command called `name`, in English or by its Spanish name ("preguntar"). */
export function findCommand(name: string): CommandModule | undefined {
  const canonical = canonicalCommandName(name);
  return COMMANDS.find((command) => command.definition.name === canonical);
}
