/**
 * Command-line interface. Contract relied on by other tools:
 *
 *   cli ask "<question>"                 human-readable passages with citations
 *   cli ask --json "<question>"          one JSON object: {query, answered, results:[{docId, paragraph, citation,
 *                                        text, score, highlights}]}, best first, at most 3 (--limit N); and
 *                                        "lead": {kind, id?, text} when the reply leads with fixed content
 *   cli ask --json                       one question a line on stdin → one JSON object a line on stdout
 *   cli ask --json --lang es             each result's text in the article's Spanish translation when it has
 *                                        one (highlights into it), and "original": the same passage as the article
 *                                        writes it
 *   cli article [id] --json [--lang es]  the article as the bot shows it: {id, title, published, language,
 *                                        translator?, paragraphs:[{paragraph, text, original?}]}
 *   cli <help|source> [args] [--json]    the other commands, rendered as the bot would
 *   --lang es                            Spanish interface text (and Spanish passages where translated)
 *
 * Never loads discord.js.
 */
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { askSearch, leadJson } from '../commands/ask-lead.js';
import type * as CliText from './cli-text.js';
import type { AppContext } from './context.js';
import { canonicalCommandName } from './i18n/commands.js';
import { openContext } from './open-context.js';
import { ConfigError, runMain } from './process.js';
import type { Lang } from './reply/model.js';
import { shownPassage } from './reply/translated.js';
import { DEFAULT_RESULT_LIMIT, type SearchResponse } from './search/engine.js';
import { readLexiconTablesAhead } from './search/lexicon-tables.js';
import { compileForShortRun } from './short-run.js';

/** Most results `--limit` may ask for. */
export const MAX_CLI_LIMIT = 50;
/** Longest question read from one line; the rest is ignored, as Discord caps an option at 6,000 characters. */
export const MAX_QUESTION_CHARS = 6000;

export interface CliFlags {
  json: boolean;
  limit: number;
  lang: Lang;
  rest: string[];
}

/** Text output and the other commands (cli-text.ts), imported when first asked for: `ask --json` needs neither. */
type TextCommands = typeof CliText;
let textCommands: TextCommands | undefined;
async function loadTextCommands(): Promise<TextCommands> {
  return (textCommands ??= await import('./cli-text.js'));
}

/** The command's flags and its other words. A question that starts with "-" goes after `--`. */
export function parseFlags(argv: string[]): CliFlags {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { json: { type: 'boolean' }, limit: { type: 'string' }, lang: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new ConfigError(error instanceof Error ? error.message.split('\n')[0]! : String(error));
  }
  const { values, positionals } = parsed;
  const limit = values.limit === undefined ? DEFAULT_RESULT_LIMIT : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_CLI_LIMIT)
    throw new ConfigError(`--limit must be a whole number from 1 to ${MAX_CLI_LIMIT}`);
  const lang = values.lang ?? 'en';
  if (lang !== 'en' && lang !== 'es') throw new ConfigError('--lang must be en or es');
  return { json: values.json ?? false, limit, lang, rest: positionals };
}

/**
 * The JSON shape of one answer, as documented above. For a reader of `lang`, a result's `text` and `highlights` are
 * those of the passage shown (a translation, when the article has one into `lang`), and `original` the article's own
 * passage; in English, and for an article without a translation, results are as the search found them.
 */
export function answerJson(response: SearchResponse, lang: Lang = 'en', context?: AppContext) {
  return {
    query: response.query,
    answered: response.answered,
    ...(response.decline && {
      declined: response.decline.reason,
      mentions: response.decline.mentions.map((m) => ({
        paragraph: m.paragraph,
        citation: `¶${m.paragraph} · ${m.sourceTitle}`,
      })),
    }),
    results: response.hits.map((hit) => {
      const shown = context ? shownPassage(hit, response.query, lang, context.corpus) : undefined;
      return {
        docId: hit.docId,
        paragraph: hit.paragraph,
        citation: `¶${hit.paragraph} · ${hit.sourceTitle}`,
        text: shown?.text ?? hit.text,
        score: hit.score,
        highlights: shown?.highlights ?? hit.highlights,
        ...(shown?.original && { original: shown.original.text }),
      };
    }),
  };
}

/**
 * `ask --json` for one question: the search's JSON as before, and, when the reply leads with fixed content, its
 * `lead` — then `results` are the passages shown after it (possibly none, `answered` false) and `query` the question.
 */
function askJson(question: string, flags: CliFlags, context: AppContext) {
  const { lead, response } = askSearch(question, flags.lang, context, flags.limit);
  if (!lead) return answerJson(response!, flags.lang, context);
  const results = response?.answered ? answerJson(response, flags.lang, context).results : [];
  return { query: question, answered: results.length > 0, results, lead: leadJson(lead) };
}

/** One question's answer: JSON, or as text (`text`: cli-text.ts, loaded by then) with --limit passages. */
function ask(question: string, flags: CliFlags, context: AppContext, text?: TextCommands): string {
  const cut = question.slice(0, MAX_QUESTION_CHARS);
  if (flags.json) return JSON.stringify(askJson(cut, flags, context));
  return text!.askText(cut, flags.lang, flags.limit, context);
}

/**
 * Lines split on "\n" only (a "\r" just before it is the CRLF ending). readline would also split on a lone
 * "\r", giving two answers for one input line.
 */
export async function* inputLines(input: NodeJS.ReadableStream): AsyncGenerator<string> {
  for await (const lines of inputLineGroups(input)) yield* lines;
}

/** The newline byte: UTF-8 never uses it inside a character, so a line's bytes end at it. */
const NEWLINE = 0x0a;

/**
 * The lines of {@link inputLines}, a group for each chunk read: the lines that arrived together, answered together
 * (one write for them rather than one a line), while a line typed on its own is still answered at once.
 *
 * Each line is decoded from its own bytes. A string decoded from a whole chunk is stored two bytes a character as
 * soon as one character needs it (a curly quote, an emoji), and so is every line and word cut from it: lower-casing
 * such a word asks ICU, and matching it is slower. A line decoded alone is stored one byte a character unless it
 * needs two.
 */
export async function* inputLineGroups(input: NodeJS.ReadableStream): AsyncGenerator<string[]> {
  let pending: Buffer = Buffer.alloc(0);
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    const buffer = pending.length === 0 ? bytes : Buffer.concat([pending, bytes]);
    const lines: string[] = [];
    let start = 0;
    for (let end = buffer.indexOf(NEWLINE); end >= 0; end = buffer.indexOf(NEWLINE, start)) {
      lines.push(buffer.toString('utf8', start, end).replace(/\r$/, ''));
      start = end + 1;
    }
    pending = buffer.subarray(start);
    if (lines.length > 0) yield lines;
  }
  if (pending.length > 0) yield [pending.toString('utf8').replace(/\r$/, '')];
}

/** Batch mode: every input line, even an empty or hostile one, gets exactly one output line, in order. */
async function askBatch(flags: CliFlags, context: AppContext): Promise<void> {
  // A reader that stops early (`… | head -1`) closes the pipe: stop quietly rather than crash on EPIPE.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const text = flags.json ? undefined : await loadTextCommands();
  for await (const lines of inputLineGroups(process.stdin)) {
    let out = '';
    for (const line of lines) {
      try {
        out += flags.json ? ask(line, flags, context) : ask(line, flags, context, text).replace(/\n/g, ' ⏎ ');
      } catch {
        out += JSON.stringify({ query: line.slice(0, MAX_QUESTION_CHARS), answered: false, results: [] });
      }
      out += '\n';
    }
    // Wait when the reader is slower than the answers, so a large batch does not pile up in memory.
    if (!process.stdout.write(out)) await once(process.stdout, 'drain');
  }
}

runMain(async () => {
  const [command, ...args] = process.argv.slice(2);
  if (!command) {
    console.error((await loadTextCommands()).usage());
    return 1;
  }
  if (command === '--help' || command === '-h') {
    console.log((await loadTextCommands()).usage());
    return 0;
  }
  const flags = parseFlags(args);
  compileForShortRun();
  const asking = canonicalCommandName(command) === 'ask';
  // Every question reads the word tables: their file is read while the context opens.
  const tablesRead = asking ? readLexiconTablesAhead() : undefined;
  const context = await openContext();
  if (asking) {
    await tablesRead;
    const text = flags.json ? undefined : await loadTextCommands();
    if (flags.rest.length > 0) {
      console.log(ask(flags.rest.join(' '), flags, context, text));
      return 0;
    }
    if (process.stdin.isTTY) {
      console.error((await loadTextCommands()).usage());
      return 1;
    }
    await askBatch(flags, context);
    return 0;
  }
  return (await loadTextCommands()).runTextCommand(command, flags, context);
});
