/** Citations and source footers, shared by every command that quotes the article. */
import type { Corpus } from '../corpus/load.js';
import { t } from '../i18n/index.js';
import type { Citation, Lang } from './model.js';

export function citationOf(hit: { docId: string; paragraph: number; sourceTitle: string }): Citation {
  return { docId: hit.docId, paragraph: hit.paragraph, sourceTitle: hit.sourceTitle };
}

/** "Source: <title> (<date>) · cite as ¶N" for each distinct article cited, joined. */
export function sourceFooter(citations: ReadonlyArray<{ docId: string }>, corpus: Corpus, lang: Lang): string {
  const ids = [...new Set(citations.map((c) => c.docId))];
  return ids
    .map((id) => corpus.articles.find((article) => article.id === id))
    .filter((article) => article !== undefined)
    .map((article) => t(lang, 'footer.source', { source: article.title, date: article.published }))
    .join('\n');
}
