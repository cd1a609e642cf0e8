/**
 * The offline console: type `/ask why did peru break relations`, `/help`, or a bare question, and see the reply
 * exactly as the bot would render it in Discord. Buttons are numbered: `/button 2` presses the second of the last
 * reply; `/complete ask <text>` shows what autocomplete would offer; `/as maria` rehearses a quiz with a class by
 * pressing as a student. Works with piped input and ends cleanly at end of input.
 */
import type { ApplicationCommandOptionType } from 'discord-api-types/payloads/v10';
import { createInterface } from 'node:readline';
import { OptionType, type OptionValue } from '../commands/command.js';
import { findCommand } from '../commands/index.js';
import type { AppContext } from './context.js';
import { runButton, runCommand } from './dispatch.js';
import { t, type MessageKey } from './i18n/index.js';
import { buttonIds, renderConsole } from './render/console.js';
import { decodeCustomId } from './render/discord.js';
import { LOCAL_USER, noticeReply, type Lang, type Reply, type Requester } from './reply/model.js';

/** Longest console line read; longer input is cut, as Discord caps a string option at 6,000 characters. */
export const MAX_CONSOLE_LINE = 6000;

/** The console's own commands, in English and Spanish. */
const BUTTON_COMMAND = /^\/(?:button|bot[oó]n)\s+(.+)$/i;
const COMPLETE_COMMAND = /^\/(?:complete|completar)\s+(\S+)\s*(.*)$/i;

const YES = /^(true|yes|y|si|sí|s|1)$/i;
const NO = /^(false|no|n|0)$/i;

/** A console line read into a command, its option values, and what could not be read. */
export interface ConsoleLine {
  command: string;
  options: Record<string, OptionValue>;
  /** Values that do not fit their option ("private:maybe"), as the messages to show; absent when all fit. */
  problems?: string[];
}

/**
 * Reads a console line into a command name and option values. `name:value` pairs set options by name, English or
 * Spanish (`private:true`, `privado:sí`, as in Discord's picker); any other text fills the command's first text or
 * number option. Option values come back under their English names, as Discord sends them.
 */
export function parseConsoleLine(line: string, lang: Lang = 'en'): ConsoleLine {
  const trimmed = line.trim();
  if (!trimmed.startsWith('/')) return { command: 'ask', options: { question: trimmed } };
  const [head = '', ...rest] = trimmed.slice(1).split(/\s+/);
  const command = head.toLowerCase();
  const definition = findCommand(command)?.definition;
  // Every name an option is shown under (English, and each localization) → its English name and type.
  const known = new Map(
    (definition?.options ?? []).flatMap((option) =>
      [option.name, ...Object.values(option.name_localizations ?? {})]
        .filter((name): name is string => typeof name === 'string')
        .map((name) => [name, { name: option.name, type: option.type }] as const),
    ),
  );
  // A text value runs up to the next `name:` of a known option ("question:who is Karla Ornelas"); a true/false
  // value is one word, and words after it are free text again.
  const values = new Map<string, { typed: string; type: ApplicationCommandOptionType; words: string[] }>();
  const free: string[] = [];
  let open: string[] | undefined;
  for (const word of rest) {
    const pair = /^([\p{Ll}\p{N}_-]+):(.*)$/u.exec(word);
    const option = pair ? known.get(pair[1]!) : undefined;
    if (pair && option !== undefined) {
      const words = pair[2] === '' ? [] : [pair[2]!];
      values.set(option.name, { typed: pair[1]!, type: option.type, words });
      open = option.type === OptionType.Boolean ? undefined : words;
    } else if (open) open.push(word);
    else free.push(word);
  }
  const firstValueOption = (definition?.options ?? []).find(
    (option) => option.type !== OptionType.Boolean && !values.has(option.name),
  );
  if (free.length > 0 && firstValueOption)
    values.set(firstValueOption.name, { typed: firstValueOption.name, type: firstValueOption.type, words: free });
  const options: Record<string, OptionValue> = {};
  const problems: string[] = [];
  for (const [name, { typed, type, words }] of values) {
    const value = coerce(words.join(' '), type);
    if (typeof value === 'object') problems.push(t(lang, value.problem, { option: typed, value: words.join(' ') }));
    else options[name] = value;
  }
  return problems.length > 0 ? { command, options, problems } : { command, options };
}

/** A typed value as its option's type, or the message key saying what it should be. */
function coerce(value: string, type: ApplicationCommandOptionType): OptionValue | { problem: MessageKey } {
  if (type === OptionType.Boolean) {
    if (YES.test(value)) return true;
    return NO.test(value) ? false : { problem: 'console.badOption.boolean' };
  }
  if (type === OptionType.Integer || type === OptionType.Number)
    return /^-?\d+$/.test(value) ? Number(value) : { problem: 'console.badOption.integer' };
  return value;
}

/** What autocomplete offers for `typed` in the command's first autocompleted option, as Discord would list it. */
function completionReply(commandName: string, typed: string, lang: Lang, context: AppContext): Reply {
  const command = findCommand(commandName);
  const option = command?.definition.options?.find((o) => 'autocomplete' in o && o.autocomplete);
  const shown = commandName.slice(0, 32);
  if (!command?.autocomplete || !option)
    return noticeReply(t(lang, 'console.complete.title', { command: shown }), {
      text: t(lang, 'console.complete.unavailable', { command: commandName.slice(0, 32) }),
    });
  const choices = command.autocomplete({ name: option.name, value: typed }, lang, context);
  return {
    tone: 'answer',
    title: t(lang, 'console.complete.title', { command: shown }),
    description: {
      text:
        choices.length > 0 ? choices.map((choice) => `• ${choice.name}`).join('\n') : t(lang, 'console.complete.none'),
    },
    sections: [],
    buttons: [],
    ephemeral: false,
  };
}

/**
 * What the console remembers between lines: who is typing (the teacher, or a student named with `/as`, to rehearse
 * a quiz with a class), and the buttons of the last reply, for `/button N`.
 */
export interface ConsoleSession {
  user: Requester;
  buttons?: string[];
}

/** A student's name as `/as` takes it: letters, digits, "-" and "_", as it travels in button ids. */
const STUDENT_NAME = /^[\p{L}\p{N}_-]{1,20}$/u;

/** The reply to `/as <name>` (act as a student), or `/as` alone (the teacher again); undefined for another name. */
function actAs(name: string, lang: Lang, session: ConsoleSession): Reply | undefined {
  if (name === '' || name === LOCAL_USER.id) {
    session.user = LOCAL_USER;
    return noticeReply(t(lang, 'console.title'), { text: t(lang, 'console.asTeacher') }, false);
  }
  if (!STUDENT_NAME.test(name)) return undefined;
  session.user = { id: name, moderator: false };
  return noticeReply(t(lang, 'console.title'), { text: t(lang, 'console.as', { name }) }, false);
}

/** The reply to a `/button` line: a number from the last reply, or a whole custom_id. */
function buttonReply(typed: string, lang: Lang, context: AppContext, session: ConsoleSession): Reply {
  const id = /^\d+$/.test(typed) ? session.buttons?.[Number(typed) - 1] : typed;
  const decoded = id === undefined ? undefined : decodeCustomId(id);
  if (!decoded)
    return noticeReply(t(lang, 'help.title'), { text: t(lang, 'console.button.unknown', { button: typed }) });
  const reply = runButton(decoded.action, lang, context, { user: session.user });
  return decoded.share ? { ...reply, ephemeral: false } : reply;
}

/**
 * The reply to one console line: a command, a `/button N` press, a `/complete command text` look-up, `/as <name>`,
 * or a bare question.
 */
export function consoleReply(
  line: string,
  lang: Lang,
  context: AppContext,
  session: ConsoleSession = { user: LOCAL_USER, buttons: [] },
): Reply | undefined {
  const input = line.slice(0, MAX_CONSOLE_LINE).trim();
  if (input === '') return undefined;
  const as = /^\/(?:as|como)(?:\s+(.*))?$/i.exec(input);
  const asReply = as ? actAs((as[1] ?? '').trim(), lang, session) : undefined;
  if (asReply) return asReply;
  const button = BUTTON_COMMAND.exec(input);
  if (button) return buttonReply(button[1]!.trim(), lang, context, session);
  const complete = COMPLETE_COMMAND.exec(input);
  if (complete) return completionReply(complete[1]!.toLowerCase(), complete[2]!, lang, context);
  const { command, options, problems } = parseConsoleLine(input, lang);
  if (problems) return noticeReply(t(lang, 'console.badOption.title'), { text: problems.join('\n') });
  return runCommand(command, options, lang, context, { user: session.user });
}

export async function runConsole(
  context: AppContext,
  lang: Lang,
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
): Promise<void> {
  const interactive = Boolean((input as NodeJS.ReadStream).isTTY);
  output.write(`${t(lang, 'console.noToken')}\n${t(lang, 'console.prompt')}\n`);
  const lines = createInterface({ input, terminal: false, crlfDelay: Infinity });
  const session: ConsoleSession = { user: LOCAL_USER, buttons: [] };
  if (interactive) output.write('> ');
  for await (const line of lines) {
    const reply = consoleReply(line, lang, context, session);
    if (reply) {
      output.write(`${renderConsole(reply, lang, { buttons: 'numbers' })}\n\n`);
      // A reply without buttons (a notice, `/as`) leaves those of the message before it to press.
      const ids = buttonIds(reply, lang);
      if (ids.length > 0) session.buttons = ids;
    }
    if (interactive) output.write('> ');
  }
}
