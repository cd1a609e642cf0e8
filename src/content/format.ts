/**
 * Turning cited content into reply text and JSON, the same way for /position, /compare, /timeline and /quote:
 * the ¶ numbers visible after each text ("… (¶2, ¶5)"), the supporting quotes under it, and the reply model's
 * citations for the renderers' footer.
 */
import type { AppContext } from '../context.js';
import { sourceFooter } from '../reply/citations.js';
import type { Citation, Lang } from '../reply/model.js';
import type { CitedText, ContentCitation } from './types.js';

/** Distinct paragraph numbers, ascending. */
function paragraphsOf(citations: readonly ContentCitation[]): number[] {
  return [...new Set(citations.map((c) => c.paragraph))].sort((a, b) => a - b);
}

/** "(¶2, ¶5)". */
export function paragraphMarks(citations: readonly ContentCitation[]): string {
  return `(${paragraphsOf(citations)
    .map((n) => `¶${n}`)
    .join(', ')})`;
}

/** The text in `lang` followed by its visible ¶ numbers. */
export function citedLine(cited: CitedText, lang: Lang): string {
  return `${cited.text[lang]} ${paragraphMarks(cited.citations)}`;
}

/** One line per citation: `¶2 “…the article's words…”`, always in the article's English. */
export function quoteLines(citations: readonly ContentCitation[]): string[] {
  return citations.map((c) => `¶${c.paragraph} “${c.quote}”`);
}

/** The reply model's citations (one per paragraph) for a content file's source article. */
export function replyCitations(citations: readonly ContentCitation[], docId: string, context: AppContext): Citation[] {
  const sourceTitle = context.corpus.articles.find((article) => article.id === docId)?.title ?? docId;
  return paragraphsOf(citations).map((paragraph) => ({ docId, paragraph, sourceTitle }));
}

/** The footer naming the source article of some content citations ("Source: <title> (<date>) · cite as ¶N"). */
export function contentFooter(
  citations: readonly ContentCitation[],
  docId: string,
  context: AppContext,
  lang: Lang,
): string {
  return sourceFooter(replyCitations(citations, docId, context), context.corpus, lang);
}

/** A citation in the documented JSON shape. */
export function citationJson(citation: ContentCitation): { paragraph: number; quote: string } {
  return { paragraph: citation.paragraph, quote: citation.quote };
}

/** {"text", "citations"} in the documented JSON shape, text in `lang`. */
export function citedJson(
  cited: CitedText,
  lang: Lang,
): { text: string; citations: Array<{ paragraph: number; quote: string }> } {
  return { text: cited.text[lang], citations: cited.citations.map(citationJson) };
}
