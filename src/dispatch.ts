/**
 * Runs commands and button presses for any transport. A handler that throws becomes an apology with a short
 * error id; the error is logged with the same id, and the caller keeps serving.
 */
import { randomBytes } from 'node:crypto';
import { COMMANDS, findCommand } from '../commands/index.js';
import type { OptionValues } from '../commands/command.js';
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

function guarded(lang: Lang, log: ErrorLogger, run: () => Reply): Reply {
  try {
    return run();
  } catch (error) {
    const errorId = randomBytes(4).toString('hex');
    log(errorId, error);
    return errorReply(lang, errorId);
  }
}

export function unknownCommandReply(name: string, lang: Lang): Reply {
  return noticeReply(t(lang, 'help.title'), {
    text: t(lang, 'console.unknown', { command: `/${name}` }),
    fromUser: false,
  });
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
  return guarded(lang, log, () => command.handle({ options, lang, user }, context));
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

export { COMMANDS };
