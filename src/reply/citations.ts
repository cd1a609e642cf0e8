/** Citations and source footers, shared by every command that quotes the article. */
import type { Corpus } from '../corpus/load.js';
import { longDate } from '../i18n/dates.js';
import { t } from '../i18n/index.js';
import type { Citation, Lang } from './model.js';
import { readerTranslation } from './translated.js';

export function citationOf(hit: { docId: string; paragraph: number; sourceTitle: string }): Citation {
  return { docId: hit.docId, paragraph: hit.paragraph, sourceTitle: hit.sourceTitle };
}

/** The name of a language ("en", "en-GB" → "English" / "inglés"); a tag the bot has no name for is shown as is. */
export function languageName(tag: string, lang: Lang): string {
  const key = `language.${tag.split('-')[0]!.toLowerCase()}`;
  return key === 'language.en' || key === 'language.es' ? t(lang, key) : tag;
}

/** A YYYY-MM-DD date as readers of `lang` read it: as is in English, "4 de noviembre de 2025" in Spanish. */
export function readableDate(iso: string, lang: Lang): string {
  return lang === 'es' ? longDate(iso, lang) : iso;
}

/**
 * "Source: <title> (<date>) · cite as ¶N" for each distinct article cited, joined. With `translated`, an article
 * the reader is shown in translation also says who translated it and the original's language.
 */
export function sourceFooter(
  citations: ReadonlyArray<{ docId: string }>,
  corpus: Corpus,
  lang: Lang,
  { translated = false }: { translated?: boolean } = {},
): string {
  const ids = [...new Set(citations.map((c) => c.docId))];
  return ids
    .map((id) => corpus.articles.find((article) => article.id === id))
    .filter((article) => article !== undefined)
    .map((article) => {
      const source = { source: article.title, date: readableDate(article.published, lang) };
      const translation = translated ? readerTranslation(article, lang) : undefined;
      return translation
        ? t(lang, 'footer.translated', {
            ...source,
            translator: translation.translator,
            language: languageName(article.language, lang),
          })
        : t(lang, 'footer.source', source);
    })
    .join('\n');
}
