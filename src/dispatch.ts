/**
 * Runs commands and button presses for any transport (the router, the console, the CLI). The one place that
 * turns raw option values into a handler's typed options, applies `private`, and guards handlers: one that
 * throws becomes an apology with a short error id, logged with the same id, and the caller keeps serving.
 */
import { randomBytes } from 'node:crypto';
import {
  PRIVATE_OPTION,
  type ArgumentsOf,
  type CommandDefinition,
  type CommandModule,
  isOptionValue,
  OptionType,
  type OptionValue,
  type OptionValues,
} from '../commands/command.js';
import { findCommand } from '../commands/index.js';
import type { AppContext } from './context.js';
import { t } from './i18n/index.js';
import { LOCAL_USER, noticeReply, type ButtonAction, type Lang, type Reply, type Requester } from './reply/model.js';

export type ErrorLogger = (errorId: string, error: unknown) => void;

const defaultLogger: ErrorLogger = (errorId, error) => {
  console.error(`[error ${errorId}] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
};

export function errorReply(lang: Lang, errorId: string): Reply {
  return {
    tone: 'error',
    title: t(lang, 'error.title'),
    description: { text: t(lang, 'error.body', { id: errorId }) },
    sections: [],
    buttons: [],
    ephemeral: true,
  };
}

/** A short id a user can quote and an operator can find in the log. */
export function newErrorId(): string {
  return randomBytes(4).toString('hex');
}

/** `run`'s reply, or, when it throws, an apology whose error id `log` records with the error. */
export function guarded(lang: Lang, log: ErrorLogger, run: () => Reply): Reply {
  try {
    return run();
  } catch (error) {
    const errorId = newErrorId();
    log(errorId, error);
    return errorReply(lang, errorId);
  }
}

export function unknownCommandReply(name: string, lang: Lang): Reply {
  return noticeReply(t(lang, 'command.unknown.title'), {
    text: t(lang, 'console.unknown', { command: `/${name}` }),
    fromUser: false,
  });
}

/**
 * A handler's options from raw values: each of the type its definition says (a value of another type is left
 * out), a required string left out by the console as '', and without `private`, which {@link handleCommand}
 * applies.
 */
export function commandArguments<D extends CommandDefinition>(definition: D, raw: OptionValues): ArgumentsOf<D> {
  const args: Record<string, OptionValue | undefined> = {};
  for (const option of definition.options ?? []) {
    if (option.name === PRIVATE_OPTION.name) continue;
    const value = raw[option.name];
    const missing = !isOptionValue(value, option.type);
    args[option.name] =
      missing && option.required && option.type === OptionType.String ? '' : missing ? undefined : value;
  }
  return args as ArgumentsOf<D>;
}

/** Runs a command's handler on raw option values for `user`; `private: true` makes the reply ephemeral. */
export function handleCommand(
  command: CommandModule,
  raw: OptionValues,
  lang: Lang,
  context: AppContext,
  user: Requester = LOCAL_USER,
): Reply {
  return applyPrivate(command.handle({ options: commandArguments(command.definition, raw), lang, user }, context), raw);
}

/** The reply made ephemeral when the raw options say `private: true` (the one place that reads `private`). */
export function applyPrivate(reply: Reply, raw: OptionValues): Reply {
  return raw[PRIVATE_OPTION.name] === true && !reply.ephemeral ? { ...reply, ephemeral: true } : reply;
}

/** Who runs a command or presses a button (default: the local user of the console or CLI), and where errors go. */
export interface RunOptions {
  user?: Requester;
  log?: ErrorLogger;
}

export function runCommand(
  name: string,
  options: OptionValues,
  lang: Lang,
  context: AppContext,
  { user = LOCAL_USER, log = defaultLogger }: RunOptions = {},
): Reply {
  const command = findCommand(name);
  if (!command) return unknownCommandReply(name.slice(0, 32), lang);
  return guarded(lang, log, () => handleCommand(command, options, lang, context, user));
}

/** A button no command handles any more (a message from an older version of the bot), or a damaged one. */
export function expiredButtonReply(lang: Lang): Reply {
  return noticeReply(t(lang, 'help.title'), { text: t(lang, 'button.expired') });
}

export function runButton(
  action: ButtonAction,
  lang: Lang,
  context: AppContext,
  { user = LOCAL_USER, log = defaultLogger }: RunOptions = {},
): Reply {
  const command = findCommand(action.command);
  if (!command?.button) return expiredButtonReply(lang);
  return guarded(lang, log, () => command.button!(action.args, lang, context, user));
}
