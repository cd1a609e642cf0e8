/**
 * The index of a corpus, built once at start-up in one pass over its paragraphs: each paragraph is read into
 * words once, and the same words give the sentence postings, the paragraph postings (which also hold the phrase
 * terms that cross a sentence boundary), the vocabulary and the name statistics.
 */
import type { Article } from '../corpus/article.js';
import type { TextPlace } from '../corpus/load.js';
import { bigram, type Analyzer, type ContentWord } from '../text/analyzer.js';
import { MONTH_NAMES } from '../text/calendar.js';
import { sentenceSpans } from '../text/sentences.js';
import type { Span } from '../text/span.js';
import { NameStatistics, type CorpusNames } from './names.js';
import { IntList, PostingsBuilder, TermNumbers, type Postings } from './postings.js';
import { paragraphTerm } from './concept.js';
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

/** A month's English name or a year: what a sentence answering "when" contains (the articles are in English). */
const DATE_MENTION = new RegExp(`\\b(${MONTH_NAMES.map((month) => month.english).join('|')}|(19|20)\\d\\d)\\b`, 'gi');

/**
 * Index terms of an article's first and last paragraphs, for questions about the text itself ("the conclusion").
 * No word makes them: "¶" is not a letter.
 */
export const PLACE_TERMS: Record<TextPlace, string> = { start: '¶start', end: '¶end' };

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
  private readonly terms: TermNumbers;
  /**
   * Where each content word stands, with each term it indexes under (a compound gives several), paragraph by
   * paragraph, for highlighting without reading the paragraph again: `wordFirst[key]` is the paragraph's first entry.
   */
  private readonly wordFirst: Int32Array;
  private readonly wordStart: Int32Array;
  private readonly wordEnd: Int32Array;
  private readonly wordTerm: Int32Array;

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
    const wordFirst: number[] = [];
    const words: WordEntries = { start: new IntList(), end: new IntList(), term: new IntList() };
    const building: Building = { terms, sentences, paragraphs, words, phrases: [] };
    for (const article of articles) {
      const last = article.paragraphs.length - 1;
      for (const [position, { number, text }] of article.paragraphs.entries()) {
        const places = [
          terms.add(paragraphTerm(number)),
          ...(position === 0 ? [terms.add(PLACE_TERMS.start)] : []),
          ...(position === last ? [terms.add(PLACE_TERMS.end)] : []),
        ];
        const key = this.paragraphs.length;
        this.paragraphs.push({ key, article, number, text });
        const spans = sentenceSpans(text);
        const contentWords = analyzer.contentWords(text);
        names.add(text, spans, contentWords);
        firstSentence.push(sentenceParagraph.length);

        spans.forEach((span, position) => {
          sentenceParagraph.push(key);
          sentencePosition.push(position);
          sentenceStart.push(span.start);
          sentenceEnd.push(span.end);
          sentenceHasDate.push(mentionsDate(text, span) ? 1 : 0);
        });
        wordFirst.push(words.start.length);
        indexParagraph(spans, contentWords, building, places);
      }
    }
    firstSentence.push(sentenceParagraph.length);
    wordFirst.push(words.start.length);
    this.terms = terms;
    this.wordFirst = Int32Array.from(wordFirst);
    this.wordStart = words.start.values.slice(0, words.start.length);
    this.wordEnd = words.end.values.slice(0, words.end.length);
    this.wordTerm = words.term.values.slice(0, words.term.length);
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

  /** Where the paragraph's words indexed under any of `terms` stand in its text, in order, each word once. */
  wordsHolding(key: number, terms: Iterable<string>): Span[] {
    const wanted = new Set<number>();
    for (const term of terms) {
      const number = this.terms.get(term);
      if (number !== undefined) wanted.add(number);
    }
    const spans: Span[] = [];
    for (let i = this.wordFirst[key]!; i < this.wordFirst[key + 1]!; i++) {
      const start = this.wordStart[i]!;
      if (!wanted.has(this.wordTerm[i]!) || spans[spans.length - 1]?.start === start) continue;
      spans.push({ start, end: this.wordEnd[i]! });
    }
    return spans;
  }

  /**
   * Whether the paragraph has a word indexed under `first` followed by one under `second`, with at most `between`
   * names between them and nothing else ("dissolve the Peruvian Congress" for "dissolve" and "Congress"): a name says
   * whose the thing is, not what it is; an everyday word or a title may ("former vice president").
   */
  followsWithin(key: number, first: string, second: string, between: number): boolean {
    const firstTerm = this.terms.get(first);
    const secondTerm = this.terms.get(second);
    if (firstTerm === undefined || secondTerm === undefined) return false;
    const names = (this.nameTerms ??= this.namesNotTitles());
    const end = this.wordFirst[key + 1]!;
    // Open after a word of `first`: how many names have come since (-1: none open).
    let passed = -1;
    for (let i = this.wordFirst[key]!; i < end;) {
      // One word: its entries (a compound has several) share a start.
      const start = this.wordStart[i]!;
      let hasFirst = false;
      let hasSecond = false;
      let isName = false;
      for (; i < end && this.wordStart[i] === start; i++) {
        const term = this.wordTerm[i]!;
        if (term === firstTerm) hasFirst = true;
        if (term === secondTerm) hasSecond = true;
        if (names.has(term)) isName = true;
      }
      if (hasSecond && passed >= 0) return true;
      passed = hasFirst ? 0 : passed >= 0 && isName && passed < between ? passed + 1 : -1;
    }
    return false;
  }

  /** Term numbers of the names the articles write, titles aside (see {@link followsWithin}). */
  private nameTerms: Set<number> | undefined;

  private namesNotTitles(): Set<number> {
    const numbers = new Set<number>();
    for (const term of this.names.nameForms.values()) {
      const number = this.terms.get(term);
      if (number !== undefined && !this.names.titles.has(term)) numbers.add(number);
    }
    return numbers;
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

/** Where each content word stands, and each term it indexes under (one entry per term). */
interface WordEntries {
  start: IntList;
  end: IntList;
  term: IntList;
}

/** What building the index fills in, paragraph after paragraph. */
interface Building {
  terms: TermNumbers;
  sentences: PostingsBuilder;
  paragraphs: PostingsBuilder;
  words: WordEntries;
  /** Phrase term numbers by the numbers of their two terms: a phrase's text is made once, not at every pair. */
  phrases: Array<Map<number, number> | undefined>;
}

/** Whether a sentence (a span of its paragraph's text) names a month or a year. */
function mentionsDate(text: string, span: Span): boolean {
  DATE_MENTION.lastIndex = span.start;
  const found = DATE_MENTION.exec(text);
  // A span ends before white space or at the end of the text, where a word ends too.
  return found !== null && found.index < span.end;
}

/**
 * Adds a paragraph's index terms to the paragraph postings and each sentence's to the sentence postings: every
 * content word's stem and compound parts, and a phrase term for each pair of neighbouring words — the same terms
 * {@link Analyzer.indexTerms} gives for the paragraph and for each sentence on its own — and the `places` terms of an
 * article's first or last paragraph, in the paragraph and in each of its sentences. Terms are numbered in the order
 * they come (the vocabulary keeps that order).
 */
function indexParagraph(
  spans: readonly Span[],
  words: readonly ContentWord[],
  building: Building,
  places: readonly number[],
): void {
  const { terms, sentences, paragraphs, phrases } = building;
  paragraphs.startDocument();
  for (const place of places) paragraphs.addMark(place);
  const startSentence = () => {
    sentences.startDocument();
    for (const place of places) sentences.addMark(place);
  };
  let sentence = -1;
  let sentenceEnd = -1;
  words.forEach((word, i) => {
    // Sentences start where their first word is; a paragraph with no word still has its (empty) sentences.
    while (sentence + 1 < spans.length && word.start >= spans[sentence + 1]!.start) {
      sentence++;
      sentenceEnd = spans[sentence]!.end;
      startSentence();
    }
    const inSentence = sentence >= 0 && word.start < sentenceEnd;
    const stem = terms.add(word.stem);
    addWordTerm(building, word, stem, inSentence);
    for (const part of word.partStems) addWordTerm(building, word, terms.add(part), inSentence);
    const next = words[i + 1];
    if (next) {
      // A next word the corpus has not had yet makes a new phrase too (numbered before that word, as it comes).
      const nextStem = terms.get(next.stem);
      let phrase = nextStem === undefined ? undefined : phrases[stem]?.get(nextStem);
      if (phrase === undefined) {
        phrase = terms.add(bigram(word.stem, next.stem));
        if (nextStem !== undefined) (phrases[stem] ??= new Map()).set(nextStem, phrase);
      }
      paragraphs.addToken(phrase);
      if (inSentence && next.start < sentenceEnd) sentences.addToken(phrase);
    }
  });
  while (sentence + 1 < spans.length) {
    sentence++;
    startSentence();
  }
}

/** One term of a word: a token of its paragraph and of its sentence, and an entry for highlighting. */
function addWordTerm(building: Building, word: ContentWord, term: number, inSentence: boolean): void {
  building.paragraphs.addToken(term);
  if (inSentence) building.sentences.addToken(term);
  building.words.start.push(word.start);
  building.words.end.push(word.end);
  building.words.term.push(term);
}
