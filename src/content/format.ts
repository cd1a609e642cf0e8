/**
 * Turning cited content into reply text and JSON, the same way for /position, /compare, /timeline and /quote:
 * the ¶ numbers visible after each text ("… (¶2, ¶5)"), the supporting quotes under it, and the reply model's
 * citations for the renderers' footer.
 */
import type { AppContext } from '../context.js';
import { sourceFooter } from '../reply/citations.js';
import type { ButtonAction, Citation, Lang, Reply } from '../reply/model.js';
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

/** One section of a content reply: a heading, its text, and the citations the text rests on. */
export interface ContentSection {
  heading: string;
  text: string;
  citations: readonly ContentCitation[];
}

/** What a reply of fixed content shows. */
export interface ContentReply {
  /** The article the citations refer to (the content file's "source"). */
  source: string;
  title: string;
  description: string;
  sections: readonly ContentSection[];
  share: ButtonAction;
  alsoCited?: readonly ContentCitation[];
}

/**
 * A reply of fixed content from a content file whose citations refer to the article `source`: its sections, each
 * with its ¶ citations, a footer naming the article for all of them (and for `alsoCited`, cited outside the
 * sections), and the action that shares the same reply in the channel.
 */
export function contentReply(context: AppContext, lang: Lang, content: ContentReply): Reply {
  const { source } = content;
  const cited = [...(content.alsoCited ?? []), ...content.sections.flatMap((section) => section.citations)];
  return {
    tone: 'answer',
    title: content.title,
    description: { text: content.description },
    sections: content.sections.map((section) => ({
      heading: section.heading,
      body: { text: section.text },
      citations: replyCitations(section.citations, source, context),
    })),
    footer: contentFooter(cited, source, context, lang),
    buttons: [],
    ephemeral: false,
    shareAction: content.share,
  };
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
