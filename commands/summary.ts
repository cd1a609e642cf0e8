/**
 * /summary — the article in 4–8 sentences, in our own words and neutral, each sentence followed by the
 * paragraphs it rests on (¶N); the sections under it give each sentence's supporting words from the article.
 * From corpus/content/summary.json, checked at start-up like the positions.
 *
 * JSON (`cli summary --json`):
 *   {"title": string, "sentences": [{"text": string, "citations": [{"paragraph": number, "quote": string}]}]}
 * title and texts in the requested language; quotes in the article's English.
 */
import type { AppContext } from '../src/context.js';
import { citedJson, citedLine, quoteLines, replyCitations, contentFooter } from '../src/content/format.js';
import { t } from '../src/i18n/index.js';
import type { Lang, Reply } from '../src/reply/model.js';
import { defineCommand, PRIVATE_OPTION } from './command.js';

/** "Summary: <the article's title>". */
function summaryTitle(lang: Lang, context: AppContext): string {
  const { source } = context.content.summary;
  return t(lang, 'summary.title', {
    source: context.corpus.articles.find((article) => article.id === source)?.title ?? source,
  });
}

/** The summary's sentences, each followed by its ¶ marks, as one paragraph. */
function summaryText(lang: Lang, context: AppContext): string {
  return context.content.summary.sentences.map((sentence) => citedLine(sentence, lang)).join(' ');
}

export function summaryReply(lang: Lang, context: AppContext): Reply {
  const { source, sentences } = context.content.summary;
  return {
    tone: 'answer',
    title: summaryTitle(lang, context),
    description: {
      text: [
        t(lang, 'summary.intro', { count: sentences.length }),
        summaryText(lang, context),
        t(lang, 'content.quotedNote'),
      ].join('\n\n'),
    },
    sections: sentences.map((sentence, i) => ({
      heading: t(lang, 'summary.sentence', { n: i + 1 }),
      body: { text: quoteLines(sentence.citations).join('\n') },
      citations: replyCitations(sentence.citations, source, context),
    })),
    footer: contentFooter(
      sentences.flatMap((sentence) => sentence.citations),
      source,
      context,
      lang,
    ),
    buttons: [],
    ephemeral: false,
    shareAction: { command: 'summary', args: [] },
  };
}

export const summary = defineCommand({
  definition: {
    name: 'summary',
    description: 'The article in a few sentences, neutral, every sentence cited',
    options: [PRIVATE_OPTION],
  },

  handle({ lang }, context) {
    return summaryReply(lang, context);
  },

  button(_args, lang, context) {
    return summaryReply(lang, context);
  },

  json({ lang }, context) {
    return {
      title: summaryTitle(lang, context),
      sentences: context.content.summary.sentences.map((sentence) => citedJson(sentence, lang)),
    };
  },
});
