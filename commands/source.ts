/** /source [paragraph] — the article's title, date and how to cite it; with a paragraph, that paragraph in full. */
import { ApplicationCommandOptionType } from 'discord-api-types/payloads/v10';
import type { AppContext } from '../src/context.js';
import { t } from '../src/i18n/index.js';
import { sourceFooter } from '../src/reply/citations.js';
import { noticeReply, type Lang, type Reply, type AutocompleteChoice } from '../src/reply/model.js';
import type { Article } from '../src/corpus/article.js';
import { findItems } from '../src/content/match.js';
import { DISCORD_LIMITS } from '../src/reply/limits.js';
import { shorten } from '../src/render/markdown.js';
import { PRIVATE_OPTION, type CommandModule } from './command.js';

/**
 * The article `/source` shows without `article:`: the one the cited summaries are about (corpus/content/), so that
 * a second article dropped into corpus/articles/ does not change what ¶N means; the first by id otherwise.
 */
function mainArticle(context: AppContext): Article {
  const id = context.content.positions.source;
  return context.corpus.articles.find((article) => article.id === id) ?? context.corpus.articles[0]!;
}

/**
 * Articles whose id or title matches what was typed (all of them for nothing typed), best first: the main article,
 * then a title typed in full, then the others by id.
 */
function findArticles(typed: string, context: AppContext): Article[] {
  const { articles } = context.corpus;
  const found =
    typed.trim() === ''
      ? [...articles]
      : findItems(typed, articles, (article) => [article.title], context.corpus.stopWords);
  const main = mainArticle(context);
  const exact = typed.trim().toLowerCase();
  const rank = (article: Article) => (article === main ? 0 : article.title.toLowerCase() === exact ? 1 : 2);
  return found.sort((a, b) => rank(a) - rank(b));
}

function unknownArticleReply(lang: Lang, context: AppContext): Reply {
  const articles = context.corpus.articles.map((article) => `${article.title} (${article.id})`).join(' · ');
  return noticeReply(t(lang, 'source.title'), { text: t(lang, 'source.unknownArticle', { articles }) });
}

/** The reply for one paragraph in full, or a notice when there is no such paragraph (`typed` as the user gave it). */
export function paragraphReply(docId: string, typed: string | number, lang: Lang, context: AppContext): Reply {
  const paragraph = typeof typed === 'number' ? typed : /^\d{1,6}$/.test(typed.trim()) ? Number(typed) : Number.NaN;
  const found = Number.isInteger(paragraph) ? context.engine.paragraph(docId, paragraph) : undefined;
  if (!found) {
    const article = context.corpus.articles.find((a) => a.id === docId) ?? context.corpus.articles[0]!;
    const shown = String(typed).trim().slice(0, 20) || '?';
    return noticeReply(t(lang, 'source.title'), {
      text: t(lang, 'source.noParagraph', { paragraph: shown, count: article.paragraphs.length }),
      fromUser: false,
    });
  }
  const citation = { docId, paragraph, sourceTitle: found.article.title };
  return {
    tone: 'answer',
    title: t(lang, 'source.paragraphTitle', { paragraph, source: found.article.title }),
    description: { text: found.text },
    sections: [],
    footer: sourceFooter([citation], context.corpus, lang),
    buttons: [],
    ephemeral: false,
    shareAction: { command: 'source', args: ['paragraph', docId, String(paragraph)] },
  };
}

/**
 * The name of the article's language ("en", "en-GB" → "English" / "inglés"); a tag the bot has no name for is
 * shown as is.
 */
function languageName(tag: string, lang: Lang): string {
  const key = `language.${tag.split('-')[0]!.toLowerCase()}`;
  return key === 'language.en' || key === 'language.es' ? t(lang, key) : tag;
}

function overviewReply(lang: Lang, context: AppContext, articles: readonly Article[] = context.corpus.articles): Reply {
  return {
    tone: 'answer',
    title: t(lang, 'source.title'),
    sections: articles.map((article) => ({
      heading: article.title,
      body: {
        text: [
          t(lang, 'source.body', {
            title: article.title,
            date: article.published,
            paragraphs: article.paragraphs.length,
            language: languageName(article.language, lang),
          }),
          article.titleIsDescriptive ? t(lang, 'source.descriptive') : '',
          article.url ?? '',
          t(lang, 'source.howToCiteBody', { title: article.title }),
        ]
          .filter(Boolean)
          .join('\n'),
      },
      citations: [],
    })),
    buttons: [],
    ephemeral: false,
    shareAction: { command: 'source', args: ['overview'] },
  };
}

export const source: CommandModule = {
  definition: {
    name: 'source',
    description: 'The source article: title, date and how to cite it, or one paragraph in full',
    options: [
      {
        type: ApplicationCommandOptionType.Integer,
        name: 'paragraph',
        description: 'Show this paragraph (¶N) in full',
        required: false,
        min_value: 1,
        max_value: 1000,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: 'article',
        description: 'Which article, when the bot has several (default: the one its summaries cite)',
        required: false,
        autocomplete: true,
        max_length: 100,
      },
      PRIVATE_OPTION,
    ],
  },

  handle({ options, lang }, context) {
    const ephemeral = options.private === true;
    const paragraph = options.paragraph;
    const typedArticle = String(options.article ?? '').trim();
    const article = typedArticle === '' ? mainArticle(context) : findArticles(typedArticle, context)[0];
    if (!article) return unknownArticleReply(lang, context);
    if (paragraph === undefined || paragraph === '') {
      return { ...overviewReply(lang, context, typedArticle === '' ? context.corpus.articles : [article]), ephemeral };
    }
    const reply = paragraphReply(
      article.id,
      typeof paragraph === 'number' ? paragraph : String(paragraph),
      lang,
      context,
    );
    return { ...reply, ephemeral: ephemeral || reply.ephemeral };
  },

  /** Articles by title as the user types (the id is what the handler receives). */
  autocomplete(focused, _lang, context): AutocompleteChoice[] {
    if (focused.name !== 'article') return [];
    return findArticles(focused.value, context)
      .slice(0, DISCORD_LIMITS.autocompleteChoices)
      .map((article) => ({ name: shorten(article.title, DISCORD_LIMITS.choiceName), value: article.id }));
  },

  button(args, lang, context) {
    const [verb, docId = '', paragraph = ''] = args;
    if (verb === 'paragraph') return paragraphReply(docId, paragraph, lang, context);
    return overviewReply(lang, context);
  },
};
