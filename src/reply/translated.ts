/**
 * Passages in the reader's language. The search finds a passage of an article; when the article has a translation
 * into the reader's language, the reader is shown the same sentences of the translated paragraph (translations
 * keep the article's sentences one for one, checked when the corpus loads), with the question's words in bold, and
 * the article's own passage beside it as the original.
 */
import type { Article } from '../corpus/article.js';
import type { Corpus } from '../corpus/load.js';
import { translationOf, type ArticleTranslation } from '../corpus/translation.js';
import type { Mention, SearchHit } from '../search/engine.js';
import { MAX_PASSAGE_CHARS, passageWindow } from '../search/passage.js';
import { Memo } from '../text/memo.js';
import { sentenceSpans } from '../text/sentences.js';
import type { Span } from '../text/span.js';
import { questionHighlights } from './highlight.js';
import type { Lang } from './model.js';

/** Paragraphs remembered with their sentences: every passage shown reads its paragraph's and its translation's. */
const MAX_SENTENCE_MEMO = 128;
const sentenceMemo = new Memo<string, readonly Span[]>(MAX_SENTENCE_MEMO);

/** {@link sentenceSpans} of a paragraph, read once: the spans are never changed. */
function sentencesOf(text: string): readonly Span[] {
  return sentenceMemo.get(text, sentenceSpans);
}

/** A passage as a reader of one language is shown it. */
export interface ShownPassage {
  docId: string;
  paragraph: number;
  /** The title the reader sees: the translation's, or the article's. */
  title: string;
  text: string;
  highlights: Span[];
  /** When `text` is a translation: the same passage in the article's own words, and who translated it. */
  original?: { text: string; highlights: Span[]; language: string; translator: string };
}

/** The article's translation a reader of `lang` is shown, if it has one (none when it is written in `lang`). */
export function readerTranslation(article: Article | undefined, lang: Lang): ArticleTranslation | undefined {
  return article && article.language.split('-')[0] !== lang ? translationOf(article, lang) : undefined;
}

/**
 * The subject of a "not in the source" reply as a reader of `lang` reads it in the paragraph that first mentions it:
 * its longest ending written the same there ("President Jose Jeri" → "Jose Jeri" in Spanish, where the title is
 * "presidente"); the subject as the article writes it when the reader reads the article itself; undefined when the
 * translation words it otherwise ("minister" is "canciller"): an English word is no subject for a Spanish reader.
 */
export function shownSubject(subject: string, mention: Mention, lang: Lang, corpus: Corpus): string | undefined {
  const article = corpus.articles.find((a) => a.id === mention.docId);
  const text = readerTranslation(article, lang)?.paragraphs.find((p) => p.number === mention.paragraph)?.text;
  if (!text) return subject;
  const words = subject.split(' ');
  for (let from = 0; from < words.length; from++) {
    const ending = words.slice(from).join(' ');
    if (new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(ending)}(?![\\p{L}\\p{N}])`, 'u').test(text)) return ending;
  }
  return undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Sentences of `spans` that a stretch `[start, end)` of their text touches, as first and last index. */
function sentenceRange(spans: readonly Span[], start: number, end: number): { first: number; last: number } {
  const touched = spans.map((span, i) => ({ span, i })).filter(({ span }) => span.end > start && span.start < end);
  return touched.length > 0
    ? { first: touched[0]!.i, last: touched[touched.length - 1]!.i }
    : { first: 0, last: spans.length - 1 };
}

/**
 * The window of `target` that says what `passage` (a stretch of `source`) says: the same sentences, found by their
 * order. When those run over {@link MAX_PASSAGE_CHARS} (a translation runs longer), the window shrinks around the
 * sentence with most matched words, as the search does; `weight(i)` gives each sentence's matched words.
 */
export function alignedWindow(
  source: string,
  passage: { start: number; end: number },
  target: string,
  weight: (sentence: number) => number,
): Span {
  const sourceSpans = sentencesOf(source);
  const targetSpans = sentencesOf(target);
  // Loading checks that a translation keeps the sentence count; were it not so, show the whole paragraph's start.
  if (sourceSpans.length !== targetSpans.length) return passageWindow(target, targetSpans, 0);
  const { first, last } = sentenceRange(sourceSpans, passage.start, passage.end);
  const whole = { start: targetSpans[first]!.start, end: targetSpans[last]!.end };
  if (whole.end - whole.start <= MAX_PASSAGE_CHARS) return whole;
  let best = first;
  for (let i = first; i <= last; i++) if (weight(i) > weight(best)) best = i;
  return passageWindow(target, targetSpans.slice(first, last + 1), best - first);
}

/** How many of `highlights` (offsets into `text`) fall in each sentence of `text`. */
function highlightsBySentence(text: string, highlights: readonly Span[]): number[] {
  return sentencesOf(text).map((span) => highlights.filter((h) => h.start >= span.start && h.end <= span.end).length);
}

/** Highlights of a window of a text, made relative to the window. */
function within(highlights: readonly Span[], window: Span): Span[] {
  return highlights
    .filter((h) => h.start >= window.start && h.end <= window.end)
    .map((h) => ({ start: h.start - window.start, end: h.end - window.start }));
}

/** A search hit shown as the search found it. */
export function asFound(hit: SearchHit): ShownPassage {
  return {
    docId: hit.docId,
    paragraph: hit.paragraph,
    title: hit.sourceTitle,
    text: hit.text,
    highlights: hit.highlights,
  };
}

/**
 * A search hit as a reader of `lang` sees it: the translated passage when the hit's article has a translation into
 * `lang`, bold on the question's words and on the names the search matched; otherwise the hit as it is.
 */
export function shownPassage(hit: SearchHit, question: string, lang: Lang, corpus: Corpus): ShownPassage {
  const article = corpus.articles.find((a) => a.id === hit.docId);
  const translation = readerTranslation(article, lang);
  const originalParagraph = article?.paragraphs.find((p) => p.number === hit.paragraph)?.text;
  const translatedParagraph = translation?.paragraphs.find((p) => p.number === hit.paragraph)?.text;
  const start = originalParagraph?.indexOf(hit.text) ?? -1;
  if (!article || !translation || !originalParagraph || !translatedParagraph || start < 0) return asFound(hit);

  // The words the search matched (names corrected from typos, aliases) count too: a name reads the same in both.
  const matched = hit.highlights.map((h) => hit.text.slice(h.start, h.end)).join(' ');
  const bold = [
    ...questionHighlights(question, translatedParagraph, corpus.stopWords),
    ...questionHighlights(matched, translatedParagraph, corpus.stopWords),
  ];
  const originalBold = hit.highlights.map((h) => ({ start: h.start + start, end: h.end + start }));
  const originalWeights = highlightsBySentence(originalParagraph, originalBold);
  const translatedWeights = highlightsBySentence(translatedParagraph, bold);
  // The sentence the search ranked best leads; the matched words of the others break ties.
  const best = (i: number) => (i === hit.sentence ? 1000 : 0);
  const window = alignedWindow(
    originalParagraph,
    { start, end: start + hit.text.length },
    translatedParagraph,
    (i) => best(i) + (originalWeights[i] ?? 0) + (translatedWeights[i] ?? 0),
  );
  return {
    docId: hit.docId,
    paragraph: hit.paragraph,
    title: translation.title,
    text: translatedParagraph.slice(window.start, window.end),
    highlights: mergeHighlights(within(bold, window)),
    original: {
      text: hit.text,
      highlights: hit.highlights,
      language: article.language,
      translator: translation.translator,
    },
  };
}

/** Highlights sorted by start, each range once. */
function mergeHighlights(highlights: Span[]): Span[] {
  const sorted = [...highlights].sort((a, b) => a.start - b.start);
  return sorted.filter((h, i) => i === 0 || h.start !== sorted[i - 1]!.start);
}

/** The article as a reader of `lang` is shown it: `cli article --json [--lang es]`. */
export interface ArticleView {
  id: string;
  title: string;
  published: string;
  /** Language of `text`. */
  language: string;
  /** Who translated it, when `text` is a translation. */
  translator?: string;
  paragraphs: Array<{ paragraph: number; text: string; original?: string }>;
}

export function articleView(article: Article, lang: Lang): ArticleView {
  const translation = readerTranslation(article, lang);
  if (!translation) {
    return {
      id: article.id,
      title: article.title,
      published: article.published,
      language: article.language,
      paragraphs: article.paragraphs.map((p) => ({ paragraph: p.number, text: p.text })),
    };
  }
  return {
    id: article.id,
    title: translation.title,
    published: article.published,
    language: translation.language,
    translator: translation.translator,
    paragraphs: article.paragraphs.map((p, i) => ({
      paragraph: p.number,
      text: translation.paragraphs[i]!.text,
      original: p.text,
    })),
  };
}

/**
 * A text in pieces of at most `max` characters, cut between sentences (a single longer sentence is one piece, for
 * the renderer to shorten): a paragraph over several embed fields.
 */
export function sentenceChunks(text: string, max: number): string[] {
  const chunks: string[] = [];
  let current: Span | undefined;
  for (const span of sentenceSpans(text)) {
    if (current && span.end - current.start <= max) current.end = span.end;
    else {
      if (current) chunks.push(text.slice(current.start, current.end));
      current = { ...span };
    }
  }
  if (current) chunks.push(text.slice(current.start, current.end));
  return chunks;
}
