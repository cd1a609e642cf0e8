/**
 * What the CLI prints as text, and its commands other than `ask`: replies drawn as the console draws them, the
 * article, the usage. cli.ts imports this only when asked for one of them, so `ask --json` loads neither the command
 * registry nor the content files' schemas (zod), with which /position reads its choices when it is defined.
 */
import { askReply } from '../commands/ask.js';
import { findCommand } from '../commands/index.js';
import { PARTY_CHOICES } from '../commands/position.js';
import { mainArticle } from '../commands/source.js';
import type { CliFlags } from './cli.js';
import { parseConsoleLine } from './console.js';
import type { AppContext } from './context.js';
import { commandArguments, runCommand } from './dispatch.js';
import { t } from './i18n/index.js';
import { ConfigError } from './process.js';
import { languageName } from './reply/citations.js';
import type { Lang } from './reply/model.js';
import { articleView, type ArticleView } from './reply/translated.js';
import { renderConsole, type ConsoleOptions } from './render/console.js';

/** The CLI prints a reply for the one who ran it, and has no buttons to press. */
const CLI_OUTPUT: ConsoleOptions = { privateNote: false, buttons: 'none' };

/** The /ask reply to one question as text, with `limit` passages; an empty question gets the handler's notice. */
export function askText(question: string, lang: Lang, limit: number, context: AppContext): string {
  const trimmed = question.trim();
  if (trimmed === '') return renderConsole(runCommand('ask', { question: trimmed }, lang, context), lang, CLI_OUTPUT);
  return renderConsole(askReply(trimmed, lang, context, { limit }), lang, CLI_OUTPUT);
}

/** The article as text: its title, who translated it when it is a translation, then "¶N text" paragraphs. */
function articleText(view: ArticleView, lang: Lang): string {
  const head = [
    view.title,
    view.translator
      ? t(lang, 'source.translation', { language: languageName(view.language, lang), translator: view.translator })
      : '',
  ];
  return [...head.filter(Boolean), '', ...view.paragraphs.map((p) => `¶${p.paragraph} ${p.text}`)].join('\n');
}

/** How to call the CLI. */
export function usage(): string {
  return [
    'usage: npm run cli -- ask [--json] [--limit N] [--lang es] "<question>"',
    '       npm run --silent cli -- ask --json < questions.txt   (one question a line)',
    `       npm run cli -- position <${PARTY_CHOICES.map((choice) => choice.value).join('|') || 'party'}> [--json] [--lang es]`,
    '       npm run cli -- compare [topic] [--json] [--lang es]',
    '       npm run cli -- timeline [--json] [--lang es]',
    '       npm run cli -- quote [speaker] [--json] [--lang es]',
    '       npm run cli -- summary [--json] [--lang es]',
    '       npm run cli -- define [term] [--json] [--lang es]',
    '       npm run cli -- quiz [question] [--json] [--lang es]',
    '       npm run cli -- discuss [theme] [--json] [--lang es]',
    '       npm run cli -- source [paragraph] [--json] [--lang es]',
    '       npm run cli -- article [id] [--json] [--lang es]      (the whole article, translated where it can be)',
    '       npm run cli -- help [--lang es]',
  ].join('\n');
}

/** Runs a command other than `ask` and prints its output; the exit code. */
export function runTextCommand(command: string, flags: CliFlags, context: AppContext): number {
  if (command === 'article' || command === 'articulo') {
    const typed = flags.rest.join(' ').trim();
    const article = typed === '' ? mainArticle(context) : context.corpus.articles.find((a) => a.id === typed);
    if (!article) {
      const valid = context.corpus.articles.map((a) => a.id);
      console.log(
        flags.json
          ? JSON.stringify({ error: `no article "${typed}"`, valid })
          : `No article "${typed}": ${valid.join(', ')}`,
      );
      return 1;
    }
    const view = articleView(article, flags.lang);
    console.log(flags.json ? JSON.stringify(view) : articleText(view, flags.lang));
    return 0;
  }
  if (!findCommand(command)) {
    console.error(`${t(flags.lang, 'console.unknown', { command })}\n${usage()}`);
    return 1;
  }
  const { options, problems } = parseConsoleLine(`/${command} ${flags.rest.join(' ')}`, flags.lang);
  if (problems) throw new ConfigError(problems.join(' '));
  const module = findCommand(command)!;
  if (flags.json) {
    const output = module.json
      ? module.json({ options: commandArguments(module.definition, options), lang: flags.lang }, context)
      : runCommand(command, options, flags.lang, context);
    console.log(JSON.stringify(output));
    // An argument the command does not know ({"error", "valid"}) is a failed call for a script.
    return typeof output === 'object' && output !== null && 'error' in output ? 1 : 0;
  }
  console.log(renderConsole(runCommand(command, options, flags.lang, context), flags.lang, CLI_OUTPUT));
  return 0;
}
