/**
 * What a slash command module provides: its Discord definition (typed data, from which its handler's option
 * types are derived), a handler that returns a transport-neutral {@link Reply}, and optionally autocomplete,
 * button and JSON handlers.
 *
 * Handlers are synchronous and pure apart from reading the context (and /quiz counting answers in its in-memory
 * store): the Discord bot, the offline console and the CLI all call the same functions, through src/dispatch.ts,
 * which also applies the `private` option.
 */
import type { ApplicationCommandOptionType } from 'discord-api-types/payloads/v10';
import type {
  APIApplicationCommandBasicOption,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { AppContext } from '../src/context.js';
import type { AutocompleteChoice, Lang, Reply, Requester } from '../src/reply/model.js';

/**
 * The option types the commands use, as the numbers Discord sends: discord-api-types' values (a test compares them),
 * written here so that defining a command does not load that package's enums, some thirty modules, which `ask
 * --json` would otherwise load at start for the commands its leads reply with.
 */
export const OptionType = {
  String: 3 as ApplicationCommandOptionType.String,
  Integer: 4 as ApplicationCommandOptionType.Integer,
  Boolean: 5 as ApplicationCommandOptionType.Boolean,
  Number: 10 as ApplicationCommandOptionType.Number,
} as const;

/** One option's value as Discord sends it (string, integer or boolean options). */
export type OptionValue = string | number | boolean;

/** Option values as they arrive from Discord or the console, by option name, before they are checked. */
export type OptionValues = Readonly<Record<string, OptionValue | undefined>>;

/** Whether a value is what Discord sends for an option of this type (the types commands use, plus Number). */
export function isOptionValue(value: unknown, type: ApplicationCommandOptionType): value is OptionValue {
  switch (type) {
    case OptionType.String:
      return typeof value === 'string';
    case OptionType.Integer:
      return Number.isSafeInteger(value);
    case OptionType.Number:
      return typeof value === 'number' && Number.isFinite(value);
    case OptionType.Boolean:
      return typeof value === 'boolean';
    default:
      return false;
  }
}

/** A command's registration body, its options kept as read-only data so their types can be read from it. */
export type CommandDefinition = Omit<RESTPostAPIChatInputApplicationCommandsJSONBody, 'options'> & {
  options?: readonly APIApplicationCommandBasicOption[];
};

/** The TypeScript type of an option type's values. */
type ValueOf<T> = T extends ApplicationCommandOptionType.String
  ? string
  : T extends ApplicationCommandOptionType.Integer | ApplicationCommandOptionType.Number
    ? number
    : T extends ApplicationCommandOptionType.Boolean
      ? boolean
      : never;

/**
 * The options a handler receives, typed from its definition (discord-utils-bot's `ArgumentsOf`): a required
 * string is always there ('' when the console left it out), anything else may be undefined. `private` is not
 * among them: the dispatcher applies it.
 */
export type ArgumentsOf<D extends CommandDefinition> = {
  readonly [
    O in NonNullable<D['options']>[number] as O['name'] extends typeof PRIVATE_OPTION.name ? never : O['name']
  ]: O extends { required: true } ? ValueOf<O['type']> : ValueOf<O['type']> | undefined;
};

export interface CommandRequest<D extends CommandDefinition = CommandDefinition> {
  options: ArgumentsOf<D>;
  lang: Lang;
  /** Who asked (a quiz remembers who started it); absent where nobody in particular asks (JSON output). */
  user?: Requester;
}

export interface CommandModule<D extends CommandDefinition = CommandDefinition> {
  /** The slash command's registration body (name, description, options). */
  definition: D;
  handle(request: CommandRequest<D>, context: AppContext): Reply;
  /** Suggestions for the focused option while the user types; the renderer keeps them within Discord's limits. */
  autocomplete?: (focused: { name: string; value: string }, lang: Lang, context: AppContext) => AutocompleteChoice[];
  /** Handles a press of a button this command's replies carry ({@link ButtonAction.args}), by `user`. */
  button?: (args: readonly string[], lang: Lang, context: AppContext, user?: Requester) => Reply;
  /**
   * The command's data as JSON for `npm run cli -- <command> --json` (a documented contract per command).
   * Without it the CLI prints the reply model.
   */
  json?(request: CommandRequest<D>, context: AppContext): unknown;
}

/** A command module, its handlers' option types read from its definition. */
export function defineCommand<const D extends CommandDefinition>(module: CommandModule<D>): CommandModule<D> {
  return module;
}

/** The `private` option every command takes: private replies are ephemeral. */
export const PRIVATE_OPTION = {
  type: OptionType.Boolean,
  name: 'private',
  description: 'Only you see the reply (default: everyone in the channel sees it)',
  required: false,
} as const;
