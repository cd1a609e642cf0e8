/**
 * The offline console: type `/ask why did peru break relations`, `/help`, or a bare question, and see the reply
 * exactly as the bot would render it in Discord; press buttons with `/button <id>`, and rehearse a quiz with a
 * class by pressing as students (`/as maria`). Works with piped input and ends cleanly at end of input.
 */
import { ApplicationCommandOptionType } from 'discord-api-types/payloads/v10';
import { createInterface } from 'node:readline';
import { findCommand } from '../commands/index.js';
import type { AppContext } from './context.js';
import { runButton, runCommand } from './dispatch.js';
import { LOCAL_USER, noticeReply, type Lang, type Reply, type Requester } from './reply/model.js';
import { renderConsole } from './render/console.js';
import { decodeCustomId } from './render/discord.js';
import { t } from './i18n/index.js';

/** Longest console line read; longer input is cut, as Discord caps a string option at 6,000 characters. */
export const MAX_CONSOLE_LINE = 6000;

/**
 * Reads a console line into a command name and option values. `name:value` pairs set options by name, English or
 * Spanish (`private:true`, `privado:sí`, as in Discord's picker); any other text fills the command's first text or
 * number option. Option values come back under their English names, as Discord sends them.
 */
export function parseConsoleLine(line: string): {
  command: string;
  options: Record<string, string | number | boolean>;
} {
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
  const values = new Map<string, { type: number; words: string[] }>();
  const free: string[] = [];
  let open: string[] | undefined;
  for (const word of rest) {
    const pair = /^([\p{Ll}\p{N}_-]+):(.*)$/u.exec(word);
    const option = pair ? known.get(pair[1]!) : undefined;
    if (pair && option !== undefined) {
      const words = pair[2] === '' ? [] : [pair[2]!];
      values.set(option.name, { type: option.type, words });
      open = option.type === ApplicationCommandOptionType.Boolean ? undefined : words;
    } else if (open) open.push(word);
    else free.push(word);
  }
  const options: Record<string, string | number | boolean> = {};
  for (const [name, { type, words }] of values) options[name] = coerce(words.join(' '), type);
  const firstValueOption = (definition?.options ?? []).find(
    (option) => option.type !== ApplicationCommandOptionType.Boolean && !(option.name in options),
  );
  if (free.length > 0 && firstValueOption)
    options[firstValueOption.name] = coerce(free.join(' '), firstValueOption.type);
  return { command, options };
}

function coerce(value: string, type: number): string | number | boolean {
  if (type === 5) return /^(true|yes|si|sí|1)$/i.test(value);
  if (type === 4 || type === 10) return /^-?\d+$/.test(value) ? Number(value) : value;
  return value;
}

/** Who is typing in the console: the teacher, or a student named with `/as` (to rehearse a quiz with a class). */
export interface ConsoleSession {
  user: Requester;
}

/** A student's name as `/as` takes it: letters, digits, "-" and "_", as it travels in button ids. */
const STUDENT_NAME = /^[\p{L}\p{N}_-]{1,20}$/u;

/**
 * The reply to one console line: a command, a `/button <custom_id>` press, `/as <name>` (act as a student; `/as`
 * alone: the teacher again), or a bare question.
 */
export function consoleReply(
  line: string,
  lang: Lang,
  context: AppContext,
  session: ConsoleSession = { user: LOCAL_USER },
): Reply | undefined {
  const input = line.slice(0, MAX_CONSOLE_LINE).trim();
  if (input === '') return undefined;
  const as = /^\/(?:as|como)(?:\s+(.*))?$/i.exec(input);
  if (as) {
    const name = (as[1] ?? '').trim();
    if (name === '' || name === LOCAL_USER.id) {
      session.user = LOCAL_USER;
      return noticeReply(t(lang, 'console.title'), { text: t(lang, 'console.asTeacher') }, false);
    }
    if (STUDENT_NAME.test(name)) {
      session.user = { id: name, moderator: false };
      return noticeReply(t(lang, 'console.title'), { text: t(lang, 'console.as', { name }) }, false);
    }
  }
  // Button ids may hold spaces (a question in "More passages"): the id is the rest of the line.
  const button = /^\/button\s+(.+)$/.exec(input);
  if (button) {
    const decoded = decodeCustomId(button[1]!);
    if (decoded) {
      const reply = runButton(decoded.action, lang, context, { user: session.user });
      return decoded.share ? { ...reply, ephemeral: false } : reply;
    }
  }
  const { command, options } = parseConsoleLine(input);
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
  const session: ConsoleSession = { user: LOCAL_USER };
  if (interactive) output.write('> ');
  for await (const line of lines) {
    const reply = consoleReply(line, lang, context, session);
    if (reply) output.write(`${renderConsole(reply, lang)}\n\n`);
    if (interactive) output.write('> ');
  }
}
