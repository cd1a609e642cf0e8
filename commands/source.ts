/** /source [paragraph] — the article's title, date and how to cite it; with a paragraph, that paragraph in full. */
import type { AppContext } from '../src/context.js';
import { t } from '../src/i18n/index.js';
import { languageName, readableDate, sourceFooter } from '../src/reply/citations.js';
import { readerTranslation, sentenceChunks } from '../src/reply/translated.js';
import { noticeReply, type Lang, type Reply, type AutocompleteChoice } from '../src/reply/model.js';
import type { Article } from '../src/corpus/article.js';
import { findItems } from '../src/content/match.js';
import { DISCORD_LIMITS } from '../src/reply/limits.js';
import { defineCommand, PRIVATE_OPTION, OptionType } from './command.js';

/**
 * The article `/source` shows without `article:`: the one the cited summaries are about (corpus/content/), so that
 * a second article dropped into corpus/articles/ does not change what ¶N means; the first by id otherwise.
 */
export function mainArticle(context: AppContext): Article {
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
  const shareAction = { command: 'source', args: ['paragraph', docId, String(paragraph)] };
  const translation = readerTranslation(found.article, lang);
  const translated = translation?.paragraphs.find((p) => p.number === paragraph)?.text;
  if (translation && translated) {
    // The reader's language first, then the article's own words beside it (in fields of at most 1,024 characters).
    const language = languageName(found.article.language, lang);
    return {
      tone: 'answer',
      title: t(lang, 'citation.translated', { paragraph, source: translation.title }),
      description: { text: translated },
      sections: sentenceChunks(found.text, DISCORD_LIMITS.embedFieldValue).map((text, i) => ({
        heading: t(lang, i === 0 ? 'source.original' : 'source.originalMore', { language }),
        body: { text },
        citations: [citation],
      })),
      footer: sourceFooter([citation], context.corpus, lang, { translated: true }),
      buttons: [],
      ephemeral: false,
      shareAction,
    };
  }
  return {
    tone: 'answer',
    title: t(lang, 'source.paragraphTitle', { paragraph, source: found.article.title }),
    description: { text: found.text },
    sections: [],
    footer: sourceFooter([citation], context.corpus, lang),
    buttons: [],
    ephemeral: false,
    shareAction,
  };
}

/** Who translated the article into the reader's language and how it is checked; empty without a translation. */
function translationLine(article: Article, lang: Lang): string {
  const translation = readerTranslation(article, lang);
  return translation
    ? t(lang, 'source.translation', { language: languageName(lang, lang), translator: translation.translator })
    : '';
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
            date: readableDate(article.published, lang),
            paragraphs: article.paragraphs.length,
            language: languageName(article.language, lang),
          }),
          translationLine(article, lang),
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

export const source = defineCommand({
  definition: {
    name: 'source',
    description: 'The source article: title, date and how to cite it, or one paragraph in full',
    options: [
      {
        type: OptionType.Integer,
        name: 'paragraph',
        description: 'Show this paragraph (¶N) in full',
        required: false,
        min_value: 1,
        max_value: 1000,
      },
      {
        type: OptionType.String,
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
    const typedArticle = (options.article ?? '').trim();
    const article = typedArticle === '' ? mainArticle(context) : findArticles(typedArticle, context)[0];
    if (!article) return unknownArticleReply(lang, context);
    if (options.paragraph === undefined) {
      return overviewReply(lang, context, typedArticle === '' ? context.corpus.articles : [article]);
    }
    return paragraphReply(article.id, options.paragraph, lang, context);
  },

  /** Articles by title as the user types (the id is what the handler receives). */
  autocomplete(focused, _lang, context): AutocompleteChoice[] {
    if (focused.name !== 'article') return [];
    return findArticles(focused.value, context).map((article) => ({ name: article.title, value: article.id }));
  },

  button(args, lang, context) {
    const [verb, docId = '', paragraph = ''] = args;
    if (verb === 'paragraph') return paragraphReply(docId, paragraph, lang, context);
    return overviewReply(lang, context);
  },
});
