/**
 * The bot's log: one line per event, with a level filter (LOG_LEVEL). Info and debug go to stdout, warnings and
 * errors to stderr, so a process manager can tell them apart. LOG_FORMAT=json writes each line as one JSON object
 * (pino's format, for log collectors) instead of the readable text.
 *
 * Every line passes through {@link redact}: the bot token, and the interaction and webhook tokens that appear in
 * REST URLs (they let anyone answer for the bot for 15 minutes), never reach a log, whatever an error message
 * or a library's debug output contains.
 */
import type { LogFormat, LogLevel } from '../env.js';
import { jsonLines } from './json-log.js';

const RANK: Record<LogLevel, number> = { error: 0, warn: 1, info: 2, debug: 3 };
const REDACTED = '[redacted]';

/** Anything shaped like a bot token (three base64url parts joined by dots). */
const TOKEN_LIKE = /[A-Za-z0-9_-]{17,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}/g;
/** The token segment of interaction callback and webhook URLs: /interactions/{id}/{token}, /webhooks/{id}/{token}. */
const URL_TOKEN = /(\/(?:interactions|webhooks)\/\d+\/)[^/\s?"']+/g;

/** Parts of a dotted secret shorter than this are left alone (a 4-letter part would be found in ordinary words). */
const MIN_SECRET_PART = 6;

/**
 * The secrets and their dot-separated parts, longest first. Why the parts: discord.js's debug output prints the
 * token "censored" as `<first part>.<second part>.*****`, which no longer matches the whole token nor
 * {@link TOKEN_LIKE}; its first two parts then reached the log at LOG_LEVEL=debug.
 */
function expandSecrets(secrets: readonly string[]): string[] {
  const all = new Set<string>();
  for (const secret of secrets) {
    if (secret.length >= 8) all.add(secret);
    for (const part of secret.split('.')) if (part.length >= MIN_SECRET_PART && part !== secret) all.add(part);
  }
  return [...all].sort((a, b) => b.length - a.length);
}

/** `text` with the given secrets (and their parts), token-shaped strings and URL tokens replaced by "[redacted]". */
export function redact(text: string, secrets: readonly string[] = []): string {
  return redactExpanded(text, expandSecrets(secrets));
}

function redactExpanded(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
  return out.replace(TOKEN_LIKE, REDACTED).replace(URL_TOKEN, `$1${REDACTED}`);
}

/** An error as log text: its message, plus its stack at debug level. Never the error's request body. */
export function describeError(error: unknown, withStack: boolean): string {
  if (!(error instanceof Error)) return String(error);
  const head = `${error.name}: ${error.message}`;
  return withStack && error.stack ? error.stack : head;
}

/** An error as JSON log fields, every string redacted like a text line. */
function errorFields(
  error: unknown,
  withStack: boolean,
  secrets: readonly string[],
): { type: string; message: string; stack?: string } {
  if (!(error instanceof Error)) return { type: typeof error, message: redactExpanded(String(error), secrets) };
  const fields: { type: string; message: string; stack?: string } = {
    type: error.name,
    message: redactExpanded(error.message, secrets),
  };
  if (withStack && error.stack) fields.stack = redactExpanded(error.stack, secrets);
  return fields;
}

export interface Logger {
  error(message: string, error?: unknown): void;
  warn(message: string, error?: unknown): void;
  info(message: string): void;
  debug(message: string): void;
  /** Whether debug lines are written (skip building costly debug text otherwise). */
  readonly debugEnabled: boolean;
}

export interface LoggerOptions {
  level: LogLevel;
  /** Readable text lines (default) or one JSON object a line. */
  format?: LogFormat;
  /** Values that must never be printed (the bot token), nor their dot-separated parts. */
  secrets?: readonly string[];
  /** Where lines go; defaults to stdout (info, debug) and stderr (warn, error). */
  write?: (level: LogLevel, line: string) => void;
  /** Clock for the timestamp (tests). */
  now?: () => Date;
}

const defaultWrite = (level: LogLevel, line: string) => {
  (RANK[level] <= RANK.warn ? process.stderr : process.stdout).write(`${line}\n`);
};

export function createLogger({
  level,
  format = 'text',
  secrets = [],
  write = defaultWrite,
  now = () => new Date(),
}: LoggerOptions): Logger {
  const hidden = expandSecrets(secrets);
  const json = format === 'json' ? jsonLines(level, write, now) : undefined;
  const emit = (at: LogLevel, message: string, error?: unknown) => {
    if (RANK[at] > RANK[level]) return;
    // Errors carry their stack: a handler failure must be traceable from its error id. Stacks hold file paths and
    // code, not configuration, and pass through the same redaction.
    const withStack = at === 'error' || level === 'debug';
    if (json) {
      const err = error === undefined ? undefined : errorFields(error, withStack, hidden);
      json(at, redactExpanded(message, hidden), err);
      return;
    }
    const detail = error === undefined ? '' : ` — ${describeError(error, withStack)}`;
    write(at, redactExpanded(`${now().toISOString()} ${at.toUpperCase()} ${message}${detail}`, hidden));
  };
  return {
    error: (message, error) => emit('error', message, error),
    warn: (message, error) => emit('warn', message, error),
    info: (message) => emit('info', message),
    debug: (message) => emit('debug', message),
    debugEnabled: RANK[level] >= RANK.debug,
  };
}
