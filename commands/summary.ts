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
import { citedJson, citedLine, quoteLines, type ContentReply } from '../src/content/format.js';
import { t } from '../src/i18n/index.js';
import type { Lang } from '../src/reply/model.js';
import { defineContentCommand } from './content-command.js';

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

/** What /summary shows. */
function summaryContent(lang: Lang, context: AppContext): Omit<ContentReply, 'share'> {
  const { source, sentences } = context.content.summary;
  return {
    source,
    title: summaryTitle(lang, context),
    description: [
      t(lang, 'summary.intro', { count: sentences.length }),
      summaryText(lang, context),
      t(lang, 'content.quotedNote'),
    ].join('\n\n'),
    sections: sentences.map((sentence, i) => ({
      heading: t(lang, 'summary.sentence', { n: i + 1 }),
      text: quoteLines(sentence.citations).join('\n'),
      citations: sentence.citations,
    })),
  };
}

export const summary = defineContentCommand({
  name: 'summary',
  description: 'The article in a few sentences, neutral, every sentence cited',
  content: summaryContent,
  json: (lang, context) => ({
    title: summaryTitle(lang, context),
    sentences: context.content.summary.sentences.map((sentence) => citedJson(sentence, lang)),
  }),
});
