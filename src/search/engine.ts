/**
 * Grounded passage search over the corpus.
 *
 * Sentences are indexed with MiniSearch (BM25+); paragraphs are what a result cites and shows. A paragraph's
 * score is its best sentence's score plus a share of the whole paragraph's, scaled by how much of the question
 * it covers. When no paragraph covers enough of the question the engine abstains (`answered: false`) rather
 * than show unrelated text.
 */
import MiniSearch from 'minisearch';
import type { Article } from '../corpus/article.js';
import type { Corpus } from '../corpus/load.js';
import { Analyzer, bigram, type ContentWord } from '../text/analyzer.js';
import { sentenceSpans, type Span } from '../text/sentences.js';
import { QueryParser, type Concept } from './query.js';

/** The longest passage shown for one result: it must fit one Discord embed field. */
export const MAX_PASSAGE_CHARS = 1024;
/** Results a search returns unless told otherwise. */
export const DEFAULT_RESULT_LIMIT = 3;

/**
 * Ranking knobs, named so that tuning is visible in one place. Each was set on the dev set and checked on
 * held-out phrasings (tests/search-generalization.test.ts).
 */
export const RANKING = {
  /** Share of the whole-paragraph score added to the best sentence's score. */
  paragraphShare: 0.5,
  /** Weight of a phrase (two neighbouring words) match relative to a single word. */
  phraseWeight: 0.5,
  /** Share of the phrase weight given to the two words in reverse order. */
  reversedPhraseShare: 0.8,
  /** Fraction of the question's weight a paragraph must cover to be shown as an answer. */
  minCoverage: 0.35,
  /** Results scoring below this fraction of the best one are not listed. */
  minRelativeScore: 0.15,
  /** Score factor for a sentence that gives a date, when the question asks "when". */
  dateAnswerBoost: 1.3,
  /** Weight of a word no article has, as a multiple of the weight of a word found in one paragraph. */
  unknownWordWeight: 1,
};

/**
 * Strength at which a paragraph counts as holding a concept in full: every word of one of its wordings, whatever
 * that wording's weight (a typo correction or an alias still names the concept).
 */
const FULL_MATCH = 0.6;
/** A wording found only in part counts at most this share of a full match. */
const PARTIAL_MATCH_SHARE = 0.9;
/** Share credited to a wording whose words are all present but not together. */
const SCATTERED_MATCH_SHARE = 0.6;

export interface Highlight {
  start: number;
  end: number;
}

export interface SearchHit {
  docId: string;
  /** Title of the article, for the citation. */
  sourceTitle: string;
  /** 1-based paragraph number (¶N). */
  paragraph: number;
  /** The passage shown: the paragraph, or the sentences of it that matched when it is too long. */
  text: string;
  /** Character ranges of `text` holding words that matched the question. */
  highlights: Highlight[];
  score: number;
  /** Fraction of the question's weight this paragraph covers, 0–1. */
  coverage: number;
}

export interface SearchResponse {
  query: string;
  answered: boolean;
  /** Results from `offset`, best first. Empty when not answered. */
  hits: SearchHit[];
  /** How many results exist in all, for "more passages". */
  total: number;
}

export interface SearchOptions {
  /** At most this many results (default {@link DEFAULT_RESULT_LIMIT}). */
  limit?: number;
  /** Skip this many of the best results (for paging). */
  offset?: number;
}

interface IndexedParagraph {
  /** Position in `paragraphs`, the engine's own key. */
  key: number;
  article: Article;
  number: number;
  text: string;
  words: ContentWord[];
  sentences: Span[];
}

interface SentenceDocument {
  id: number;
  paragraphKey: number;
  sentence: number;
  text: string;
}

type TermScores = Map<number, number>;

export class SearchEngine {
  readonly analyzer: Analyzer;
  private readonly paragraphs: IndexedParagraph[] = [];
  private readonly sentenceIndex: MiniSearch<SentenceDocument>;
  private readonly paragraphIndex: MiniSearch<{ id: number; text: string }>;
  /** Every index term with the number of paragraphs holding it. */
  private readonly vocabulary = new Map<string, number>();
  private readonly parser: QueryParser;

  constructor(readonly corpus: Corpus) {
    this.analyzer = new Analyzer(corpus.stopWords, corpus.wordForms);
    const options = {
      fields: ['text'],
      tokenize: (text: string) => this.analyzer.indexTerms(text),
      processTerm: (term: string) => term,
    };
    this.sentenceIndex = new MiniSearch<SentenceDocument>(options);
    this.paragraphIndex = new MiniSearch<{ id: number; text: string }>(options);

    const sentences: SentenceDocument[] = [];
    for (const article of corpus.articles) {
      for (const paragraph of article.paragraphs) {
        const key = this.paragraphs.length;
        const spans = sentenceSpans(paragraph.text);
        this.paragraphs.push({
          key,
          article,
          number: paragraph.number,
          text: paragraph.text,
          words: this.analyzer.contentWords(paragraph.text),
          sentences: spans,
        });
        spans.forEach((span, sentence) => {
          sentences.push({ id: sentences.length, paragraphKey: key, sentence, text: paragraph.text.slice(span.start, span.end) });
        });
        for (const term of new Set(this.analyzer.indexTerms(paragraph.text))) {
          this.vocabulary.set(term, (this.vocabulary.get(term) ?? 0) + 1);
        }
      }
    }
    this.sentenceIndex.addAll(sentences);
    this.paragraphIndex.addAll(this.paragraphs.map((p) => ({ id: p.key, text: p.text })));
    this.sentenceOwner = sentences.map((s) => ({ paragraphKey: s.paragraphKey, sentence: s.sentence }));
    this.sentenceHasDate = sentences.map((s) => DATE_MENTION.test(s.text));
    this.parser = new QueryParser(this.analyzer, this.vocabulary, corpus.aliases, corpus.aliasesFile, corpus.lightWords);
  }

  private readonly sentenceOwner: Array<{ paragraphKey: number; sentence: number }>;
  private readonly sentenceHasDate: boolean[];

  /** Number of paragraphs over all articles. */
  get paragraphCount(): number {
    return this.paragraphs.length;
  }

  /** Whether a term (stem or phrase) occurs anywhere in the corpus. */
  hasTerm(term: string): boolean {
    return this.vocabulary.has(term);
  }

  /** The concepts the engine read in a question (for tests and explanations). */
  understand(question: string): Concept[] {
    return this.parser.parse(question);
  }

  search(question: string, options: SearchOptions = {}): SearchResponse {
    const limit = Math.max(0, options.limit ?? DEFAULT_RESULT_LIMIT);
    const offset = Math.max(0, options.offset ?? 0);
    const concepts = this.parser.parse(question);
    const ranked = this.rank(concepts, asksForDate(question));
    const best = ranked[0];
    if (!best || best.coverage < RANKING.minCoverage) return { query: question, answered: false, hits: [], total: 0 };
    const listed = ranked.filter((r) => r.score >= best.score * RANKING.minRelativeScore);
    const hits = listed.slice(offset, offset + limit).map((r) => this.toHit(r));
    return { query: question, answered: true, hits, total: listed.length };
  }

  private rank(concepts: Concept[], wantsDate = false): RankedParagraph[] {
    if (concepts.length === 0) return [];
    const termCache = new Map<string, { sentences: TermScores; paragraphs: TermScores }>();
    const scoresOf = (term: string) => {
      let cached = termCache.get(term);
      if (!cached) {
        cached = { sentences: this.termScores(this.sentenceIndex, term), paragraphs: this.termScores(this.paragraphIndex, term) };
        termCache.set(term, cached);
      }
      return cached;
    };

    const n = this.paragraphs.length;
    const idf = (df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));
    const unknownWeight = idf(1) * RANKING.unknownWordWeight;
    const sentenceScore = new Map<number, number>();
    const paragraphScore = new Map<number, number>();
    const covered = new Map<number, number>();
    const matchedTerms = new Map<number, Set<string>>();
    let totalWeight = 0;

    for (const concept of concepts) {
      const conceptSentence = new Map<number, number>();
      const conceptParagraph = new Map<number, number>();
      /**
       * Per paragraph: how fully the concept is present, 0–1: the best wording's weight times the share of its
       * words present, each word counted by its rarity (a paragraph with only "Peru" of "leave Peru" scores little).
       */
      const strength = new Map<number, number>();
      const holders = new Set<number>();
      for (const wording of concept.wordings) {
        const perSentence = new Map<number, number>();
        const perParagraph = new Map<number, number>();
        const rarityFound = new Map<number, number>();
        const rarityTotal = wording.terms.reduce((sum, term) => sum + idf(this.vocabulary.get(term) ?? 0), 0);
        const add = (term: string, factor: number) => {
          const { sentences, paragraphs } = scoresOf(term);
          for (const [id, score] of sentences) perSentence.set(id, (perSentence.get(id) ?? 0) + score * factor);
          for (const [id, score] of paragraphs) perParagraph.set(id, (perParagraph.get(id) ?? 0) + score * factor);
          return paragraphs;
        };
        const termFactor = (concept.weight * wording.weight) / wording.terms.length;
        for (const term of wording.terms) {
          for (const key of add(term, termFactor).keys()) {
            holders.add(key);
            rarityFound.set(key, (rarityFound.get(key) ?? 0) + idf(this.vocabulary.get(term) ?? 0));
            let set = matchedTerms.get(key);
            if (!set) matchedTerms.set(key, (set = new Set()));
            set.add(term);
          }
        }
        const phrasesFound = new Map<number, number>();
        for (const phrase of wording.phrases) {
          for (const key of add(phrase, termFactor * RANKING.phraseWeight).keys()) phrasesFound.set(key, (phrasesFound.get(key) ?? 0) + 1);
        }
        for (const [key, found] of rarityFound) {
          // A wording of several words is whole only with its words together ("leave Peru", not "leaves … Peru").
          const whole = found / rarityTotal > 0.999 && (phrasesFound.get(key) ?? 0) === wording.phrases.length;
          const share = whole ? 1 : Math.min(found / rarityTotal, SCATTERED_MATCH_SHARE);
          const value = whole ? Math.max(wording.weight, FULL_MATCH) : wording.weight * share * PARTIAL_MATCH_SHARE;
          if (value > (strength.get(key) ?? 0)) strength.set(key, value);
        }
        keepMax(conceptSentence, perSentence);
        keepMax(conceptParagraph, perParagraph);
      }
      // Rarity of the concept: paragraphs that hold one of its wordings in full ("leave Peru" is rare even though
      // "Peru" is everywhere); paragraphs with a part of one only when no paragraph holds a whole wording.
      const fullHolders = [...strength].filter(([, value]) => value >= FULL_MATCH).length;
      const df = fullHolders > 0 ? fullHolders : holders.size;
      const weight = concept.weight * (df > 0 ? idf(df) : unknownWeight);
      totalWeight += weight;
      for (const [key, value] of strength) covered.set(key, (covered.get(key) ?? 0) + weight * Math.min(1, value));
      addInto(sentenceScore, conceptSentence);
      addInto(paragraphScore, conceptParagraph);
    }

    // Phrases across neighbouring concepts ("Pacific Alliance", "Caracas Convention") reward passages that keep
    // the user's words together. Spanish puts the adjective after the noun ("relaciones consulares"), so the
    // reversed order counts too, a little less.
    for (let i = 0; i + 1 < concepts.length; i++) {
      const first = concepts[i]!.wordings[0];
      const second = concepts[i + 1]!.wordings[0];
      if (!first || !second) continue;
      const last = first.terms[first.terms.length - 1]!;
      const next = second.terms[0]!;
      const candidates: Array<[string, number]> = [
        [bigram(last, next), RANKING.phraseWeight],
        [bigram(second.terms[second.terms.length - 1]!, first.terms[0]!), RANKING.phraseWeight * RANKING.reversedPhraseShare],
      ];
      for (const [phrase, factor] of candidates) {
        if (!this.vocabulary.has(phrase)) continue;
        const { sentences, paragraphs } = scoresOf(phrase);
        for (const [id, score] of sentences) sentenceScore.set(id, (sentenceScore.get(id) ?? 0) + score * factor);
        for (const [id, score] of paragraphs) paragraphScore.set(id, (paragraphScore.get(id) ?? 0) + score * factor);
      }
    }

    const bestSentence = new Map<number, { score: number; sentence: number }>();
    for (const [id, rawScore] of sentenceScore) {
      const owner = this.sentenceOwner[id]!;
      // "When …?" is answered by a sentence that gives a date.
      const score = wantsDate && this.sentenceHasDate[id] ? rawScore * RANKING.dateAnswerBoost : rawScore;
      const current = bestSentence.get(owner.paragraphKey);
      if (!current || score > current.score) bestSentence.set(owner.paragraphKey, { score, sentence: owner.sentence });
    }

    const ranked: RankedParagraph[] = [];
    for (const [key, { score, sentence }] of bestSentence) {
      const coverage = totalWeight > 0 ? (covered.get(key) ?? 0) / totalWeight : 0;
      const raw = score + RANKING.paragraphShare * (paragraphScore.get(key) ?? 0);
      ranked.push({ key, score: raw * (0.25 + 0.75 * coverage), coverage, bestSentence: sentence, terms: matchedTerms.get(key) ?? new Set() });
    }
    return ranked.sort((a, b) => b.score - a.score || a.key - b.key);
  }

  private termScores(index: MiniSearch<any>, term: string): TermScores {
    const scores: TermScores = new Map();
    for (const result of index.search(term, { tokenize: () => [term], processTerm: (t) => t, prefix: false, fuzzy: false })) {
      scores.set(result.id as number, result.score);
    }
    return scores;
  }

  private toHit(ranked: RankedParagraph): SearchHit {
    const paragraph = this.paragraphs[ranked.key]!;
    const window = passageWindow(paragraph.text, paragraph.sentences, ranked.bestSentence);
    const highlights = paragraph.words
      .filter((word) => word.start >= window.start && word.end <= window.end)
      .filter((word) => ranked.terms.has(word.stem) || word.partStems.some((part) => ranked.terms.has(part)))
      .map((word) => ({ start: word.start - window.start, end: word.end - window.start }));
    return {
      docId: paragraph.article.id,
      sourceTitle: paragraph.article.title,
      paragraph: paragraph.number,
      text: paragraph.text.slice(window.start, window.end),
      highlights,
      score: Math.round(ranked.score * 1000) / 1000,
      coverage: Math.round(ranked.coverage * 1000) / 1000,
    };
  }

  /** A paragraph in full, by article id and number; undefined when there is no such paragraph. */
  paragraph(docId: string, number: number): { article: Article; text: string } | undefined {
    const found = this.paragraphs.find((p) => p.article.id === docId && p.number === number);
    return found && { article: found.article, text: found.text };
  }
}

/** A month name or a year: what a sentence answering "when" contains. */
const DATE_MENTION =
  /\b(january|february|march|april|may|june|july|august|september|october|november|december|(19|20)\d\d)\b/i;
/** "When …", "what date/year …", "¿cuándo …?", "¿en qué fecha/año …?" */
const DATE_QUESTION = /\b(when|what (date|year|month)|which (date|year|month)|cu[aá]ndo|qu[eé] (fecha|a[nñ]o|mes))\b/i;

export function asksForDate(question: string): boolean {
  return DATE_QUESTION.test(question);
}

interface RankedParagraph {
  key: number;
  score: number;
  coverage: number;
  bestSentence: number;
  terms: Set<string>;
}

function keepMax(into: Map<number, number>, from: Map<number, number>): void {
  for (const [id, score] of from) if (score > (into.get(id) ?? 0)) into.set(id, score);
}

function addInto(into: Map<number, number>, from: Map<number, number>): void {
  for (const [id, score] of from) into.set(id, (into.get(id) ?? 0) + score);
}

/**
 * The part of a paragraph to show: all of it when it fits {@link MAX_PASSAGE_CHARS}; otherwise the best
 * sentence grown by its neighbours while it fits; a single overlong sentence is cut at a word boundary.
 */
export function passageWindow(text: string, sentences: Span[], best: number): Span {
  if (text.length <= MAX_PASSAGE_CHARS) return { start: 0, end: text.length };
  const center = sentences[best] ?? { start: 0, end: text.length };
  let window = { ...center };
  if (window.end - window.start > MAX_PASSAGE_CHARS) {
    const cut = text.lastIndexOf(' ', window.start + MAX_PASSAGE_CHARS);
    return { start: window.start, end: cut > window.start ? cut : window.start + MAX_PASSAGE_CHARS };
  }
  let before = best - 1;
  let after = best + 1;
  for (;;) {
    const next = sentences[after];
    const previous = sentences[before];
    if (next && next.end - window.start <= MAX_PASSAGE_CHARS) {
      window = { start: window.start, end: next.end };
      after++;
    } else if (previous && window.end - previous.start <= MAX_PASSAGE_CHARS) {
      window = { start: previous.start, end: window.end };
      before--;
    } else {
      return window;
    }
  }
}
