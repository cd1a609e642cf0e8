/**
 * The index of a corpus, built once at start-up in one pass over its paragraphs: each paragraph is read into
 * words once, and the same words give the sentence postings, the paragraph postings (which also hold the phrase
 * terms that cross a sentence boundary), the vocabulary and the name statistics.
 */
import type { Article } from '../corpus/article.js';
import { bigram, type Analyzer, type ContentWord } from '../text/analyzer.js';
import { sentenceSpans } from '../text/sentences.js';
import type { Span } from '../text/span.js';
import { NameStatistics, type CorpusNames } from './names.js';
import { PostingsBuilder, TermNumbers, type Postings } from './postings.js';
import type { RankingIndex } from './rank.js';

/** A paragraph of the corpus. */
export interface IndexedParagraph {
  /** Position in the index, the engine's own key. */
  key: number;
  article: Article;
  /** 1-based paragraph number (¶N). */
  number: number;
  text: string;
}

/** A month name or a year: what a sentence answering "when" contains. */
const DATE_MENTION =
  /\b(january|february|march|april|may|june|july|august|september|october|november|december|(19|20)\d\d)\b/i;

export class CorpusIndex implements RankingIndex {
  readonly paragraphs: IndexedParagraph[] = [];
  /** Every index term (stems, compound parts and phrase terms) with the number of paragraphs holding it. */
  readonly vocabulary = new Map<string, number>();
  readonly sentencePostings: Postings;
  readonly paragraphPostings: Postings;
  readonly sentenceParagraph: Int32Array;
  readonly sentencePosition: Int32Array;
  readonly sentenceHasDate: Uint8Array;
  readonly names: CorpusNames;
  /** Where each sentence starts and ends in its paragraph's text. */
  private readonly sentenceStart: Int32Array;
  private readonly sentenceEnd: Int32Array;
  /** Each paragraph's first sentence id; one more entry at the end. */
  private readonly firstSentence: Int32Array;

  constructor(articles: readonly Article[], analyzer: Analyzer) {
    const terms = new TermNumbers();
    const sentences = new PostingsBuilder(terms);
    const paragraphs = new PostingsBuilder(terms);
    const names = new NameStatistics();
    const sentenceParagraph: number[] = [];
    const sentencePosition: number[] = [];
    const sentenceHasDate: number[] = [];
    const sentenceStart: number[] = [];
    const sentenceEnd: number[] = [];
    const firstSentence: number[] = [];
    for (const article of articles) {
      for (const { number, text } of article.paragraphs) {
        const key = this.paragraphs.length;
        this.paragraphs.push({ key, article, number, text });
        const spans = sentenceSpans(text);
        const words = analyzer.contentWords(text);
        names.add(text, spans, words);
        firstSentence.push(sentenceParagraph.length);
        spans.forEach((span, position) => {
          sentenceParagraph.push(key);
          sentencePosition.push(position);
          sentenceStart.push(span.start);
          sentenceEnd.push(span.end);
          sentenceHasDate.push(DATE_MENTION.test(text.slice(span.start, span.end)) ? 1 : 0);
        });
        indexParagraph(text, spans, words, terms, sentences, paragraphs);
      }
    }
    firstSentence.push(sentenceParagraph.length);
    this.sentencePostings = sentences.build();
    this.paragraphPostings = paragraphs.build();
    for (const [term] of terms.entries()) this.vocabulary.set(term, this.paragraphPostings.frequency(term));
    this.sentenceParagraph = Int32Array.from(sentenceParagraph);
    this.sentencePosition = Int32Array.from(sentencePosition);
    this.sentenceHasDate = Uint8Array.from(sentenceHasDate);
    this.sentenceStart = Int32Array.from(sentenceStart);
    this.sentenceEnd = Int32Array.from(sentenceEnd);
    this.firstSentence = Int32Array.from(firstSentence);
    this.names = names.result();
  }

  get paragraphCount(): number {
    return this.paragraphs.length;
  }

  get sentenceCount(): number {
    return this.sentenceParagraph.length;
  }

  paragraphFrequency(term: string): number {
    return this.vocabulary.get(term) ?? 0;
  }

  /** The sentences of a paragraph, as spans of its text. */
  sentenceSpans(key: number): Span[] {
    const spans: Span[] = [];
    for (let id = this.firstSentence[key]!; id < this.firstSentence[key + 1]!; id++) {
      spans.push({ start: this.sentenceStart[id]!, end: this.sentenceEnd[id]! });
    }
    return spans;
  }
}

/**
 * Adds a paragraph's index terms to the paragraph postings and each sentence's to the sentence postings: every
 * content word's stem and compound parts, and a phrase term for each pair of neighbouring words — the same terms
 * {@link Analyzer.indexTerms} gives for the paragraph and for each sentence on its own.
 */
function indexParagraph(
  text: string,
  spans: readonly Span[],
  words: readonly ContentWord[],
  terms: TermNumbers,
  sentences: PostingsBuilder,
  paragraphs: PostingsBuilder,
): void {
  paragraphs.startDocument();
  let sentence = -1;
  let sentenceEnd = -1;
  words.forEach((word, i) => {
    // Sentences start where their first word is; a paragraph with no word still has its (empty) sentences.
    while (sentence + 1 < spans.length && word.start >= spans[sentence + 1]!.start) {
      sentence++;
      sentenceEnd = spans[sentence]!.end;
      sentences.startDocument();
    }
    const inSentence = sentence >= 0 && word.start < sentenceEnd;
    for (const term of [word.stem, ...word.partStems]) {
      const number = terms.add(term);
      paragraphs.addToken(number);
      if (inSentence) sentences.addToken(number);
    }
    const next = words[i + 1];
    if (next) {
      const phrase = terms.add(bigram(word.stem, next.stem));
      paragraphs.addToken(phrase);
      if (inSentence && next.start < sentenceEnd) sentences.addToken(phrase);
    }
  });
  while (sentence + 1 < spans.length) {
    sentence++;
    sentences.startDocument();
  }
}
