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
import { Analyzer, bigram, wordTokens, type ContentWord } from '../text/analyzer.js';
import { sentenceSpans } from '../text/sentences.js';
import type { Span } from '../text/span.js';
import { QueryParser, type Concept } from './query.js';
import { answerTypeOf, type AnswerKind, type AnswerType } from './answer-type.js';
import { holdsAnswer, readEvidence, type AnswerCheck, type SentenceEvidence } from './evidence.js';
import { Lexicon } from './lexicon.js';

/** The longest passage shown for one result: it must fit one Discord embed field. */
export const MAX_PASSAGE_CHARS = 1024;
/** Results a search returns unless told otherwise. */
export const DEFAULT_RESULT_LIMIT = 3;
/** Paragraphs listed as mentioning the subject of a declined question. */
export const MAX_MENTIONS = 5;

/**
 * Ranking knobs, named so that tuning is visible in one place. Each was set on the dev set and checked on
 * held-out phrasings (tests/search-generalization.test.ts).
 */
export const RANKING = {
  /** Share of the whole-paragraph score added to the best sentence's score. */
  paragraphShare: 0.5,
  /** Weight of a phrase (two neighbouring words) match relative to a single word, within one wording. */
  phraseWeight: 0.5,
  /**
   * Weight of two neighbouring words of the question found side by side in a sentence. Kept low: a short sentence
   * repeating two of the words ("Mexico broke off relations with Ecuador") otherwise outranks one that answers
   * ("… decided today to break diplomatic relations with Mexico"). Lowered from 0.5 to 0.125 on six question sets:
   * dev hit@1 0.946 → 0.973, Spanish phrasings 0.946 → 0.973, blind set 3 0.919 → 0.932, the others unchanged.
   */
  neighbourPhraseWeight: 0.125,
  /** Share of the neighbour-phrase weight given to the two words in reverse order. */
  reversedPhraseShare: 0.8,
  /** Fraction of the question's weight a paragraph must cover to be shown as an answer. */
  minCoverage: 0.375,
  /** Results scoring below this fraction of the best one are not listed. */
  minRelativeScore: 0.15,
  /** Results covering less than this fraction of the first result's coverage are not listed. */
  minRelativeCoverage: 0.6,
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

export interface SearchHit {
  docId: string;
  /** Title of the article, for the citation. */
  sourceTitle: string;
  /** 1-based paragraph number (¶N). */
  paragraph: number;
  /** The passage shown: the paragraph, or the sentences of it that matched when it is too long. */
  text: string;
  /** Character ranges of `text` holding words that matched the question. */
  highlights: Span[];
  score: number;
  /** Fraction of the question's weight this paragraph covers, 0–1. */
  coverage: number;
}

/** Why a question was declined. */
export type DeclineReason =
  /** Nothing left to search once chat words and words about asking are set aside ("lol what??"). */
  | 'unreadable'
  /** The question is about something no article talks about. */
  | 'off-topic'
  /** The articles talk about what the question names, but not the detail it asks for (an age, a date, a name …). */
  | 'not-in-source';

/** A paragraph that mentions what a declined question names. */
export interface Mention {
  docId: string;
  sourceTitle: string;
  paragraph: number;
}

export interface Decline {
  reason: DeclineReason;
  /** For `not-in-source`: the paragraphs that mention the subject, in article order. */
  mentions: Mention[];
  /** For `not-in-source`: the subject as the article writes it ("Karla Ornelas"). */
  subject?: string;
  /** For `not-in-source`: the kind of detail asked for, when the question says. */
  asked?: AnswerKind;
}

export interface SearchResponse {
  query: string;
  answered: boolean;
  /** Why not, when not answered. */
  decline?: Decline;
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
  /** The paragraph's words by each term they index under (stem and compound parts), for highlighting. */
  wordsByTerm: Map<string, ContentWord[]>;
  sentences: Span[];
}

interface SentenceDocument {
  id: number;
  paragraphKey: number;
  sentence: number;
  text: string;
}

/** Ids (sentence or paragraph numbers) holding a term, with the term's BM25 score in each. */
interface TermScores {
  ids: Int32Array;
  scores: Float64Array;
}
interface TermPostings {
  sentences: TermScores;
  paragraphs: TermScores;
}
const NO_SCORES: TermScores = { ids: new Int32Array(0), scores: new Float64Array(0) };
const NO_POSTINGS: TermPostings = { sentences: NO_SCORES, paragraphs: NO_SCORES };

function addPostings(into: Float64Array, postings: TermScores, factor: number): void {
  for (let i = 0; i < postings.ids.length; i++) into[postings.ids[i]!]! += postings.scores[i]! * factor;
}

function wordsByTerm(words: ContentWord[]): Map<string, ContentWord[]> {
  const byTerm = new Map<string, ContentWord[]>();
  for (const word of words) {
    for (const term of new Set([word.stem, ...word.partStems])) {
      const list = byTerm.get(term);
      if (list) list.push(word);
      else byTerm.set(term, [word]);
    }
  }
  return byTerm;
}

/** Every term a question's concepts may match, for highlighting; everyday words ("today", "right") are not bolded. */
function queryTerms(concepts: Concept[]): Set<string> {
  const terms = new Set<string>();
  for (const concept of concepts) {
    if (concept.weight < 1) continue;
    for (const wording of concept.wordings) for (const term of wording.terms) terms.add(term);
  }
  return terms;
}

export class SearchEngine {
  readonly analyzer: Analyzer;
  private readonly paragraphs: IndexedParagraph[] = [];
  private readonly sentenceIndex: MiniSearch<SentenceDocument>;
  private readonly paragraphIndex: MiniSearch<{ id: number; text: string }>;
  /** Every index term with the number of paragraphs holding it. */
  private readonly vocabulary = new Map<string, number>();
  private readonly parser: QueryParser;
  private readonly postingsByTerm = new Map<string, TermPostings>();

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
          wordsByTerm: wordsByTerm(this.analyzer.contentWords(paragraph.text)),
          sentences: spans,
        });
        spans.forEach((span, sentence) => {
          sentences.push({
            id: sentences.length,
            paragraphKey: key,
            sentence,
            text: paragraph.text.slice(span.start, span.end),
          });
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
    const names = nameForms(this.paragraphs);
    this.nameForms = names;
    this.nameTerms = new Set(names.values());
    this.sentenceEvidence = sentences.map((s) => readEvidence(s.text, this.analyzer, (folded) => names.has(folded)));
    for (const s of sentences) {
      const entry = this.paragraphSentences[s.paragraphKey];
      if (entry) entry.count++;
      else this.paragraphSentences[s.paragraphKey] = { first: s.id, count: 1 };
    }
    this.parser = new QueryParser(this.analyzer, {
      vocabulary: this.vocabulary,
      aliases: corpus.aliases,
      aliasFile: corpus.aliasesFile,
      lightWords: corpus.lightWords,
      fillerPhrases: corpus.fillerPhrases,
      nameForms: names,
      writtenForms: writtenForms(this.paragraphs),
      givenNames: givenNames(this.paragraphs, new Set(names.values()), this.analyzer),
      lexicon: this.lexicon,
    });
  }

  private readonly sentenceOwner: Array<{ paragraphKey: number; sentence: number }>;
  private readonly sentenceHasDate: boolean[];
  private readonly sentenceEvidence: SentenceEvidence[];
  /** Each paragraph's sentences: the first one's id and how many. */
  private readonly paragraphSentences: Array<{ first: number; count: number }> = [];
  /** Names as the articles write them (folded → term), and their terms. */
  private readonly nameForms: Map<string, string>;
  private readonly nameTerms: Set<string>;
  private readonly lexicon = sharedLexicon();

  /** Number of paragraphs over all articles. */
  get paragraphCount(): number {
    return this.paragraphs.length;
  }

  /** Whether a term (stem or phrase) occurs anywhere in the corpus. */
  hasTerm(term: string): boolean {
    return this.vocabulary.has(term);
  }

  /**
   * A text of at most `maxChars` characters that searches like `question`, for a "More passages" button to rebuild
   * the same results: the question's words without chat markup and filler phrases (its question words say what it
   * asks for, its grammar words which language it is in). When that is too long: its content words as typed, with
   * the particles of keys like "fell out", led by "when" if it asks for a date — close, not always the same.
   */
  compactQuery(question: string, maxChars: number): string {
    const words = wordTokens(this.parser.searchableText(question)).map((token) => token.raw);
    const whole = (question.includes('¿') ? '¿' : '') + words.join(' ');
    if (whole.length <= maxChars) return whole;
    let key = asksForDate(question) ? 'when' : '';
    for (const word of this.parser.compactWords(question)) {
      const next = key ? `${key} ${word}` : word;
      if (next.length > maxChars) break;
      key = next;
    }
    return key;
  }

  /** The concepts the engine read in a question (for tests and explanations). */
  understand(question: string): Concept[] {
    return this.parser.parse(question);
  }

  search(question: string, options: SearchOptions = {}): SearchResponse {
    const limit = Math.max(0, options.limit ?? DEFAULT_RESULT_LIMIT);
    const offset = Math.max(0, options.offset ?? 0);
    const type = answerTypeOf(question, (folded) => this.nameForms.has(folded));
    const read = this.parser.read(question, type?.frame);
    const declined = (decline: Decline): SearchResponse => ({
      query: question,
      answered: false,
      decline,
      hits: [],
      total: 0,
    });
    if (read.concepts.length === 0) return declined({ reason: 'unreadable', mentions: [] });
    const { ranked, weights } = this.rank(read.concepts, asksForDate(question));
    const best = ranked[0];
    if (!best || best.coverage < RANKING.minCoverage)
      return declined(this.notCovered(question, read.concepts, weights, type));
    let candidates = ranked.filter((r) => r.score >= best.score * RANKING.minRelativeScore);
    if (type) {
      const check = this.answerCheck(type, read.concepts, weights, question);
      candidates = candidates.filter(
        (r) => r.coverage >= RANKING.minCoverage && holdsAnswer(this.paragraphEvidence(r.key), check, this.lexicon),
      );
      if (candidates.length === 0) return declined(this.notInSource(question, read.concepts, weights, type));
    }
    // Further results must match the question's topic, not only one of its everyday or most common words.
    const lead = candidates[0]!;
    const listed = [
      lead,
      ...candidates
        .slice(1)
        .filter((r) => r.coverage >= Math.max(RANKING.minCoverage, lead.coverage * RANKING.minRelativeCoverage)),
    ];
    const hits = listed.slice(offset, offset + limit).map((r) => this.toHit(r));
    return { query: question, answered: true, hits, total: listed.length };
  }

  /** Sentence evidence of one paragraph, in order. */
  private paragraphEvidence(key: number): SentenceEvidence[] {
    const { first, count } = this.paragraphSentences[key]!;
    return this.sentenceEvidence.slice(first, first + count);
  }

  /**
   * The subject of a question: its rarest concepts found in the corpus (a name, "Caracas Convention"), those whose
   * weight is at least half the heaviest one's. The counted or role word ("hours", "judge") is not the subject.
   */
  private focusTerms(concepts: Concept[], weights: number[], exclude: ReadonlySet<string> = new Set()): Set<string> {
    const found = concepts
      .map((concept, i) => ({ concept, weight: weights[i]! }))
      .filter(({ concept }) => concept.kind === 'topic');
    const candidates = found.filter(
      ({ concept }) => !concept.wordings.some((w) => w.terms.some((term) => exclude.has(term))),
    );
    const pool = candidates.length > 0 ? candidates : found;
    const heaviest = Math.max(0, ...pool.map(({ weight }) => weight));
    const focus = new Set<string>();
    for (const { concept, weight } of pool) {
      if (weight < heaviest * 0.5) continue;
      for (const wording of concept.wordings) if (!wording.loose) for (const term of wording.terms) focus.add(term);
    }
    return focus;
  }

  private answerCheck(type: AnswerType, concepts: Concept[], weights: number[], question: string): AnswerCheck {
    const unitWord = type.role ?? type.unit;
    const unitStems = new Set<string>();
    // A counted word neither the corpus nor English knows ("yrs") says nothing: any count answers.
    const knownUnit = (word: string) =>
      this.vocabulary.has(this.analyzer.stemOf(word)) ||
      this.lexicon.lookup(word).inWordNet ||
      this.parser.read(word).concepts.some((c) => c.kind === 'topic');
    if (unitWord && unitWord !== 'age' && unitWord !== 'duration' && (type.role !== undefined || knownUnit(unitWord))) {
      unitStems.add(unitWord);
      unitStems.add(this.analyzer.stemOf(unitWord));
      // The unit's own aliases and translations ("años" → "years"), without the names an alias key brings along.
      const unitConcepts = [
        ...this.parser.read(unitWord).concepts,
        ...concepts.filter((c) => c.label.split(' ').includes(unitWord)),
      ];
      for (const concept of unitConcepts) {
        for (const wording of concept.wordings) {
          if (wording.loose) continue;
          for (const term of wording.terms) if (!this.nameTerms.has(term)) unitStems.add(term);
        }
      }
    }
    const questionNames = this.namesWritten(question);
    // The subject: the names the user wrote that are not everywhere in the corpus ("Ornelas", not "Peru"); else the
    // question's rarest words. A role asked by name ("the president of Peru") is its own subject.
    const rareNames = [...questionNames].filter(
      (term) => (this.vocabulary.get(term) ?? 0) <= this.paragraphs.length * GENERIC_SHARE,
    );
    const focus = rareNames.length > 0 ? new Set(rareNames) : this.focusTerms(concepts, weights, unitStems);
    if (type.role) for (const stem of unitStems) focus.add(stem);
    return { type, focus, questionNames, unitStems };
  }

  /** Terms of the names the user wrote (not those an alias adds: "president of Peru" must still find "Jose Jeri"). */
  private namesWritten(question: string): Set<string> {
    const names = new Set<string>();
    for (const word of this.analyzer.contentWords(question)) {
      const name = this.nameForms.get(word.folded) ?? this.nameForms.get(word.folded.replace(/s$/, ''));
      if (name) names.add(name);
    }
    return names;
  }

  /**
   * Terms of what a question is about: the names the user wrote that are not everywhere in the corpus ("Ornelas",
   * not "Peru"); else its rarest words (see focusTerms).
   */
  private subject(
    question: string,
    concepts: Concept[],
    weights: number[],
    exclude?: ReadonlySet<string>,
  ): Set<string> {
    const limit = this.paragraphs.length * GENERIC_SHARE;
    const rare = [...this.namesWritten(question)].filter((term) => (this.vocabulary.get(term) ?? 0) <= limit);
    return rare.length > 0 ? new Set(rare) : this.focusTerms(concepts, weights, exclude);
  }

  /**
   * A question declined for low coverage is "not in the source" when it names someone or something the corpus
   * names and does not have everywhere ("José Jerí's party"); otherwise it is off topic ("a recipe for tacos").
   */
  private notCovered(question: string, concepts: Concept[], weights: number[], type: AnswerType | undefined): Decline {
    const limit = this.paragraphs.length * GENERIC_SHARE;
    const named = [...this.namesWritten(question)].some((term) => (this.vocabulary.get(term) ?? 0) <= limit);
    return named ? this.notInSource(question, concepts, weights, type) : { reason: 'off-topic', mentions: [] };
  }

  /** The paragraphs mentioning the question's subject, and the subject as the article writes it. */
  private notInSource(question: string, concepts: Concept[], weights: number[], type: AnswerType | undefined): Decline {
    const focus = this.subject(question, concepts, weights);
    const mentions: Mention[] = [];
    let subject: string | undefined;
    for (const paragraph of this.paragraphs) {
      const words = [...focus].flatMap((term) => paragraph.wordsByTerm.get(term) ?? []);
      if (words.length === 0) continue;
      mentions.push({ docId: paragraph.article.id, sourceTitle: paragraph.article.title, paragraph: paragraph.number });
      subject ??= writtenName(paragraph.text, words.sort((a, b) => a.start - b.start)[0]!);
    }
    if (mentions.length === 0) return { reason: 'off-topic', mentions: [] };
    return { reason: 'not-in-source', mentions: mentions.slice(0, MAX_MENTIONS), subject, asked: type?.kind };
  }

  /**
   * Scores every paragraph for the concepts of a question. Runs on every keystroke of a busy server, so it works
   * on typed arrays indexed by sentence and paragraph number rather than maps: no allocation per term.
   */
  private rank(concepts: Concept[], wantsDate = false): { ranked: RankedParagraph[]; weights: number[] } {
    const weights: number[] = [];
    if (concepts.length === 0) return { ranked: [], weights };
    const sentenceCount = this.sentenceOwner.length;
    const paragraphCount = this.paragraphs.length;
    const idf = (df: number) => Math.log(1 + (paragraphCount - df + 0.5) / (df + 0.5));
    const unknownWeight = idf(1) * RANKING.unknownWordWeight;
    const sentenceScore = new Float64Array(sentenceCount);
    const paragraphScore = new Float64Array(paragraphCount);
    const covered = new Float64Array(paragraphCount);
    // Per concept: its best wording's score per sentence and paragraph, and how fully each paragraph holds it.
    const conceptSentence = new Float64Array(sentenceCount);
    const conceptParagraph = new Float64Array(paragraphCount);
    const strength = new Float64Array(paragraphCount);
    const holders = new Uint8Array(paragraphCount);
    // Per wording.
    const wordingSentence = new Float64Array(sentenceCount);
    const wordingParagraph = new Float64Array(paragraphCount);
    const rarityFound = new Float64Array(paragraphCount);
    const phrasesFound = new Uint16Array(paragraphCount);
    let totalWeight = 0;

    for (const concept of concepts) {
      conceptSentence.fill(0);
      conceptParagraph.fill(0);
      strength.fill(0);
      holders.fill(0);
      for (const wording of concept.wordings) {
        wordingSentence.fill(0);
        wordingParagraph.fill(0);
        rarityFound.fill(0);
        phrasesFound.fill(0);
        const termFactor = (concept.weight * wording.weight) / wording.terms.length;
        let rarityTotal = 0;
        for (const term of wording.terms) {
          const rarity = idf(this.vocabulary.get(term) ?? 0);
          rarityTotal += rarity;
          const postings = this.postings(term);
          addPostings(wordingSentence, postings.sentences, termFactor);
          addPostings(wordingParagraph, postings.paragraphs, termFactor);
          for (const key of postings.paragraphs.ids) {
            holders[key] = 1;
            rarityFound[key]! += rarity;
          }
        }
        for (const phrase of wording.phrases) {
          const postings = this.postings(phrase);
          addPostings(wordingSentence, postings.sentences, termFactor * RANKING.phraseWeight);
          addPostings(wordingParagraph, postings.paragraphs, termFactor * RANKING.phraseWeight);
          for (const key of postings.paragraphs.ids) phrasesFound[key]! += 1;
        }
        // A paragraph holds the wording in full when it has every word, and a wording of several words only
        // with its words together ("leave Peru", not "leaves … Peru"); otherwise in part, each word counted by
        // its rarity (only "Peru" of "leave Peru" counts for little).
        for (let key = 0; key < paragraphCount; key++) {
          const found = rarityFound[key]!;
          if (found === 0) continue;
          const whole = found / rarityTotal > 0.999 && phrasesFound[key] === wording.phrases.length;
          const share = whole ? 1 : Math.min(found / rarityTotal, SCATTERED_MATCH_SHARE);
          const value =
            whole && !wording.loose
              ? Math.max(wording.weight, FULL_MATCH)
              : wording.weight * share * (whole && !wording.loose ? 1 : PARTIAL_MATCH_SHARE);
          if (value > strength[key]!) strength[key] = value;
          if (wordingParagraph[key]! > conceptParagraph[key]!) conceptParagraph[key] = wordingParagraph[key]!;
        }
        for (let id = 0; id < sentenceCount; id++) {
          if (wordingSentence[id]! > conceptSentence[id]!) conceptSentence[id] = wordingSentence[id]!;
        }
      }
      // Rarity of the concept: paragraphs that hold one of its wordings in full ("leave Peru" is rare even though
      // "Peru" is everywhere); paragraphs with a part of one only when no paragraph holds a whole wording.
      let fullHolders = 0;
      let partHolders = 0;
      for (let key = 0; key < paragraphCount; key++) {
        if (strength[key]! >= FULL_MATCH) fullHolders++;
        if (holders[key]) partHolders++;
      }
      const df = fullHolders > 0 ? fullHolders : partHolders;
      const weight = concept.weight * (df > 0 ? idf(df) : unknownWeight);
      weights.push(weight);
      totalWeight += weight;
      for (let key = 0; key < paragraphCount; key++) {
        covered[key]! += weight * Math.min(1, strength[key]!);
        paragraphScore[key]! += conceptParagraph[key]!;
      }
      for (let id = 0; id < sentenceCount; id++) sentenceScore[id]! += conceptSentence[id]!;
    }

    // Phrases across neighbouring concepts ("Pacific Alliance", "Caracas Convention") reward passages that keep
    // the user's words together. Spanish puts the adjective after the noun ("relaciones consulares"), so the
    // reversed order counts too, a little less.
    for (let i = 0; i + 1 < concepts.length; i++) {
      const first = concepts[i]!.wordings[0];
      const second = concepts[i + 1]!.wordings[0];
      if (!first || !second) continue;
      const forward = bigram(first.terms[first.terms.length - 1]!, second.terms[0]!);
      const reversed = bigram(second.terms[second.terms.length - 1]!, first.terms[0]!);
      for (const [phrase, factor] of [
        [forward, RANKING.neighbourPhraseWeight],
        [reversed, RANKING.neighbourPhraseWeight * RANKING.reversedPhraseShare],
      ] as const) {
        const postings = this.postings(phrase);
        addPostings(sentenceScore, postings.sentences, factor);
        addPostings(paragraphScore, postings.paragraphs, factor);
      }
    }

    const bestScore = new Float64Array(paragraphCount);
    const bestSentence = new Int32Array(paragraphCount).fill(-1);
    for (let id = 0; id < sentenceCount; id++) {
      const raw = sentenceScore[id]!;
      if (raw <= 0) continue;
      // "When …?" is answered by a sentence that gives a date.
      const score = wantsDate && this.sentenceHasDate[id] ? raw * RANKING.dateAnswerBoost : raw;
      const owner = this.sentenceOwner[id]!;
      if (bestSentence[owner.paragraphKey] === -1 || score > bestScore[owner.paragraphKey]!) {
        bestScore[owner.paragraphKey] = score;
        bestSentence[owner.paragraphKey] = owner.sentence;
      }
    }

    const ranked: RankedParagraph[] = [];
    const terms = queryTerms(concepts);
    for (let key = 0; key < paragraphCount; key++) {
      if (bestSentence[key] === -1) continue;
      const coverage = totalWeight > 0 ? covered[key]! / totalWeight : 0;
      const raw = bestScore[key]! + RANKING.paragraphShare * paragraphScore[key]!;
      ranked.push({ key, score: raw * (0.25 + 0.75 * coverage), coverage, bestSentence: bestSentence[key]!, terms });
    }
    return { ranked: ranked.sort((a, b) => b.score - a.score || a.key - b.key), weights };
  }

  /**
   * BM25 scores of one term in every sentence and paragraph holding it. The index never changes after start-up,
   * so each term is scored by MiniSearch once and remembered; the memo holds at most one entry per term of the
   * corpus vocabulary (a term the corpus lacks scores nothing and is not stored).
   */
  private postings(term: string): TermPostings {
    let found = this.postingsByTerm.get(term);
    if (found) return found;
    if (!this.vocabulary.has(term)) return NO_POSTINGS;
    found = {
      sentences: this.termScores(this.sentenceIndex, term),
      paragraphs: this.termScores(this.paragraphIndex, term),
    };
    this.postingsByTerm.set(term, found);
    return found;
  }

  private termScores<T>(index: MiniSearch<T>, term: string): TermScores {
    const results = index.search(term, { tokenize: () => [term], processTerm: (t) => t, prefix: false, fuzzy: false });
    return {
      ids: Int32Array.from(results, (result) => result.id as number),
      scores: Float64Array.from(results, (result) => result.score),
    };
  }

  private toHit(ranked: RankedParagraph): SearchHit {
    const paragraph = this.paragraphs[ranked.key]!;
    const window = passageWindow(paragraph.text, paragraph.sentences, ranked.bestSentence);
    const starts = new Set<number>();
    const highlights: Span[] = [];
    for (const term of ranked.terms) {
      for (const word of paragraph.wordsByTerm.get(term) ?? []) {
        if (word.start < window.start || word.end > window.end || starts.has(word.start)) continue;
        starts.add(word.start);
        highlights.push({ start: word.start - window.start, end: word.end - window.start });
      }
    }
    highlights.sort((a, b) => a.start - b.start);
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

/**
 * Names always followed by the same word in every article ("Pedro" → "Castillo", "Hugo [de] Zela"): given names,
 * by term. A capitalised word written before different words ("President Jeri", "President Sheinbaum") is not one.
 */
/** What may stand between a given name and the next part of the name: spaces, or a particle such as "de". */
const NAME_GAP = /^\s+(?:(?:de|del|de la|la|van|von|da|dos)\s+)?$/i;

function givenNames(
  paragraphs: IndexedParagraph[],
  nameTerms: ReadonlySet<string>,
  analyzer: Analyzer,
): Map<string, string> {
  const following = new Map<string, Set<string>>();
  for (const paragraph of paragraphs) {
    const words = analyzer.contentWords(paragraph.text);
    words.forEach((word, i) => {
      if (!nameTerms.has(word.stem)) return;
      const next = words[i + 1];
      // Written together: only spaces, or a name particle ("Hugo de Zela"), between them; "Ministry of Foreign" and
      // "Chile, Colombia" are not one name.
      const together =
        next !== undefined && nameTerms.has(next.stem) && NAME_GAP.test(paragraph.text.slice(word.end, next.start));
      const set = following.get(word.stem) ?? new Set<string>();
      set.add(together ? next.stem : '');
      following.set(word.stem, set);
    });
  }
  const given = new Map<string, string>();
  for (const [term, nexts] of following) {
    const [only] = [...nexts];
    if (nexts.size === 1 && only) given.set(term, only);
  }
  return given;
}

/** Every content word as the articles write it, folded, with its term. */
function writtenForms(paragraphs: IndexedParagraph[]): Map<string, string> {
  const forms = new Map<string, string>();
  for (const paragraph of paragraphs)
    for (const words of paragraph.wordsByTerm.values()) for (const word of words) forms.set(word.folded, word.stem);
  return forms;
}

/**
 * Names as the articles write them (folded word → its term): words capitalised in at least three quarters of
 * their appearances that do not open a sentence, where every word is capitalised.
 */
function nameForms(paragraphs: IndexedParagraph[]): Map<string, string> {
  const counts = new Map<string, { term: string; capital: number; total: number }>();
  for (const paragraph of paragraphs) {
    const starts = new Set(
      paragraph.sentences.map(
        (span) => span.start + Math.max(0, paragraph.text.slice(span.start).search(/[\p{L}\p{N}]/u)),
      ),
    );
    const words = new Set([...paragraph.wordsByTerm.values()].flat());
    for (const word of words) {
      if (starts.has(word.start)) continue;
      const count = counts.get(word.folded) ?? { term: word.stem, capital: 0, total: 0 };
      count.total++;
      if (/^\p{Lu}/u.test(word.raw)) count.capital++;
      counts.set(word.folded, count);
    }
  }
  const names = new Map<string, string>();
  for (const [folded, { term, capital, total }] of counts) if (capital / total >= 0.75) names.set(folded, term);
  return names;
}

/** Share of the paragraphs a concept may appear in and still be the subject of a question ("Peru" is everywhere). */
const GENERIC_SHARE = 0.5;

let lexicon: Lexicon | undefined;
/** One lexicon for every engine: it is general English, the same whatever the corpus. */
function sharedLexicon(): Lexicon {
  return (lexicon ??= new Lexicon());
}

/** A name as written, from its first matched word: "Ornelas" of "Karla Ornelas" gives "Karla Ornelas". */
function writtenName(text: string, word: ContentWord): string {
  const capital = /^\p{Lu}/u.test(word.raw);
  if (!capital) return word.raw;
  const before = /((?:\p{Lu}[\p{L}’'-]*\s+(?:(?:de|del|la)\s+)?)*)$/u.exec(text.slice(0, word.start))?.[1] ?? '';
  const after = /^((?:\s+\p{Lu}[\p{L}’'-]*)*)/u.exec(text.slice(word.end))?.[1] ?? '';
  return `${before}${text.slice(word.start, word.end)}${after}`.replace(/[’']s$/, '').trim();
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
