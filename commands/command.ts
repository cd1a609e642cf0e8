/**
 * What a slash command module provides: its Discord definition (typed data), a handler that returns a
 * transport-neutral {@link Reply}, and optionally autocomplete and button handlers.
 *
 * Handlers are synchronous and pure apart from reading the context (and /quiz counting answers in its in-memory
 * store): the Discord bot, the offline console and the CLI all call the same functions.
 */
import { ApplicationCommandOptionType } from 'discord-api-types/payloads/v10';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { AppContext } from '../src/context.js';
import type { AutocompleteChoice, Lang, Reply, Requester } from '../src/reply/model.js';

/** One option's value as Discord sends it (string, integer or boolean options). */
export type OptionValue = string | number | boolean;

/** Option values as they arrive from Discord or the console, by option name. */
export type OptionValues = Readonly<Record<string, OptionValue | undefined>>;

export interface CommandRequest {
  options: OptionValues;
  lang: Lang;
  /** Who asked (a quiz remembers who started it); absent where nobody in particular asks (JSON output). */
  user?: Requester;
}

export interface CommandModule {
  /** The slash command's registration body (name, description, options, localizations). */
  definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
  handle(request: CommandRequest, context: AppContext): Reply;
  /** Suggestions for the focused option while the user types. */
  autocomplete?: (focused: { name: string; value: string }, lang: Lang, context: AppContext) => AutocompleteChoice[];
  /** Handles a press of a button this command's replies carry ({@link ButtonAction.args}), by `user`. */
  button?: (args: readonly string[], lang: Lang, context: AppContext, user?: Requester) => Reply;
  /**
   * The command's data as JSON for `npm run cli -- <command> --json` (a documented contract per command).
   * Without it the CLI prints the reply model.
   */
  json?: (request: CommandRequest, context: AppContext) => unknown;
}

/** The `private` option every command takes: private replies are ephemeral. */
export const PRIVATE_OPTION = {
  type: ApplicationCommandOptionType.Boolean,
  name: 'private',
  description: 'Only you see the reply (default: everyone in the channel sees it)',
  required: false,
} as const;
