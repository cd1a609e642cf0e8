/**
 * Ranking: scores paragraphs for the concepts of a question.
 *
 * A paragraph's score is its best sentence's BM25+ score plus a share of the whole paragraph's, scaled by how much
 * of the question it covers (each concept weighted by its rarity). Only the documents holding one of the question's
 * terms are visited — the postings of those terms, accumulated into sparse vectors — so a question costs what its
 * terms occur in, not the size of the corpus.
 */
import { bigram } from '../text/analyzer.js';
import type { Concept, Wording } from './concept.js';
import { idfOf } from './postings.js';
import { SparseVector } from './sparse.js';

/**
 * Ranking knobs, named so that tuning is visible in one place. Each was set on the dev set and checked on
 * held-out phrasings (tests/search-quality.test.ts).
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
  /**
   * Share of a paragraph's best later sentence (after its best one) added to its score, when the question asks what
   * came of an event ("what happened to Castillo after he tried to dissolve Congress", "how was the move received"):
   * the answer is told after the event, in a paragraph that goes on about it, not in one that names it in passing.
   * Set on the development sets (0.3, 0.5, 0.75: 0.5 put the most right paragraphs first for the fewest lost).
   */
  sequelShare: 0.5,
  /** Score factor for a sentence that gives a date, when the question asks "when". */
  dateAnswerBoost: 1.3,
  /** Least weight of a name in the question's coverage, as a share of an unknown word's weight. */
  nameWeightFloor: 0.25,
  /** Weight of a word no article has, as a multiple of the weight of a word found in one paragraph. */
  unknownWordWeight: 1,
};

/**
 * Paragraphs a ranking lists at most, best first. A large corpus can have thousands scoring within reach of the best
 * one; nobody pages that far, and sorting them would cost more than the rest of the search.
 */
export const MAX_RANKED = 100;

/**
 * Strength at which a paragraph counts as holding a concept in full: every word of one of its wordings, whatever
 * that wording's weight (a typo correction or an alias still names the concept).
 */
const FULL_MATCH = 0.6;
/** A wording found only in part counts at most this share of a full match. */
const PARTIAL_MATCH_SHARE = 0.9;
/** Share credited to a wording whose words are all present but not together. */
const SCATTERED_MATCH_SHARE = 0.6;

/**
 * Names a wording of several words may have between two of its words and still be held whole ("dissolve the Peruvian
 * Congress"). Measured on the development sets: 7 questions more with the right paragraph first, 3 fewer (each a
 * "when" asked of both paragraphs that give the date).
 */
const NAMES_BETWEEN = 1;

/** Sentences or paragraphs, each term's holders scored with BM25+. */
export interface ScoredDocuments {
  /** Ids of the documents holding `term`, ascending; empty for a term no document has. A view: read, do not keep. */
  ids(term: string): Int32Array;
  /** Adds `factor` times each holder's BM25+ score for `term` to `into`; with `marks`, `mark` at each holder there. */
  addScores(term: string, factor: number, into: SparseVector, marks?: SparseVector, mark?: number): void;
}

/** What ranking reads of the index. */
export interface RankingIndex {
  readonly paragraphCount: number;
  readonly sentenceCount: number;
  readonly sentencePostings: ScoredDocuments;
  readonly paragraphPostings: ScoredDocuments;
  /** Number of paragraphs holding a term (0 when none does). */
  paragraphFrequency(term: string): number;
  /** For each sentence id: the key of its paragraph. */
  readonly sentenceParagraph: Int32Array;
  /** For each sentence id: its position in its paragraph. */
  readonly sentencePosition: Int32Array;
  /** For each sentence id: 1 when it gives a date (a month or a year). */
  readonly sentenceHasDate: Uint8Array;
  /**
   * Whether paragraph `key` has a word of term `first`, then one of `second` with nothing between but at most `between`
   * names (not titles).
   */
  followsWithin(key: number, first: string, second: string, between: number): boolean;
}

/** A paragraph that matched a question, with what the result needs to show it. */
export interface RankedParagraph {
  /** The paragraph's key in the index. */
  key: number;
  score: number;
  /** Fraction of the question's weight the paragraph covers, 0–1. */
  coverage: number;
  /** Position in the paragraph of its best-scoring sentence. */
  bestSentence: number;
  /** The question's terms worth highlighting (see {@link queryTerms}). */
  terms: Set<string>;
}

/** What {@link Ranker.rank} gives: the paragraphs, best first, and each concept's weight. */
export interface Ranking {
  /**
   * Paragraphs scoring at least {@link RANKING.minRelativeScore} of the best, best first (ties: article order), at
   * most {@link MAX_RANKED}.
   */
  ranked: RankedParagraph[];
  /** Each concept's weight in the question (its rarity times its own weight), in the concepts' order. */
  weights: number[];
}

/** Every term a question's concepts may match, for highlighting; everyday words ("today", "right") are not bolded. */
export function queryTerms(concepts: readonly Concept[]): Set<string> {
  const terms = new Set<string>();
  for (const concept of concepts) {
    if (concept.weight < 1) continue;
    for (const wording of concept.wordings) for (const term of wording.terms) terms.add(term);
  }
  return terms;
}

/**
 * Ranks paragraphs for questions. Runs on every keystroke of a busy server: its vectors are allocated once, and a
 * question only visits the sentences and paragraphs its terms occur in. Not re-entrant (one question at a time,
 * which JavaScript's single thread gives).
 */
export class Ranker {
  // Per question: the sentences' and paragraphs' scores, and how much of the question each paragraph covers.
  private readonly sentenceScore: SparseVector;
  private readonly paragraphScore: SparseVector;
  private readonly covered: SparseVector;
  // Per concept: its best wording's score per sentence and paragraph, and how fully each paragraph holds it.
  private readonly conceptSentence: SparseVector;
  private readonly conceptParagraph: SparseVector;
  private readonly strength: SparseVector;
  /** Paragraphs holding any word of any wording of the concept (kept for a concept of several wordings). */
  private readonly holders: SparseVector;
  /** Paragraphs holding one of the concept's wordings in full, a surname alone aside (1 where so). */
  private readonly fullyHeld: SparseVector;
  // Per wording.
  private readonly wordingSentence: SparseVector;
  private readonly wordingParagraph: SparseVector;
  private readonly rarityFound: SparseVector;
  private readonly phrasesFound: SparseVector;
  /** Per paragraph: its best sentence's score and position (-1: none scored). */
  private readonly bestScore: Float64Array;
  private readonly bestSentence: Int32Array;
  /** The id of each paragraph's best sentence, to break ties towards the first sentence. */
  private readonly bestSentenceId: Int32Array;
  /** Per paragraph: the best score of a sentence after its best one (see {@link RANKING.sequelShare}). */
  private readonly sequelScore: Float64Array;
  /** The paragraphs with a scoring sentence, and their scores. */
  private readonly scored: Int32Array;
  private readonly scores: Float64Array;
  /** Room for the MAX_RANKED best scores while they are picked out. */
  private readonly heap = new Float64Array(MAX_RANKED);

  constructor(private readonly index: RankingIndex) {
    const sentences = index.sentenceCount;
    const paragraphs = index.paragraphCount;
    this.sentenceScore = new SparseVector(sentences);
    this.conceptSentence = new SparseVector(sentences);
    this.wordingSentence = new SparseVector(sentences);
    this.paragraphScore = new SparseVector(paragraphs);
    this.covered = new SparseVector(paragraphs);
    this.conceptParagraph = new SparseVector(paragraphs);
    this.strength = new SparseVector(paragraphs);
    this.holders = new SparseVector(paragraphs);
    this.fullyHeld = new SparseVector(paragraphs);
    this.wordingParagraph = new SparseVector(paragraphs);
    this.rarityFound = new SparseVector(paragraphs);
    this.phrasesFound = new SparseVector(paragraphs);
    this.bestScore = new Float64Array(paragraphs);
    this.bestSentence = new Int32Array(paragraphs).fill(-1);
    this.bestSentenceId = new Int32Array(paragraphs);
    this.sequelScore = new Float64Array(paragraphs);
    this.scored = new Int32Array(paragraphs);
    this.scores = new Float64Array(paragraphs);
  }

  /**
   * Scores the paragraphs for the concepts of a question; `wantsDate` favours sentences that give a date, `wantsSequel`
   * paragraphs that go on about what the question asks after their best sentence (see {@link RANKING.sequelShare}).
   */
  rank(concepts: readonly Concept[], wantsDate = false, wantsSequel = false): Ranking {
    const weights: number[] = [];
    if (concepts.length === 0) return { ranked: [], weights };
    const { index } = this;
    const paragraphCount = index.paragraphCount;
    const idf = (df: number) => idfOf(paragraphCount, df);
    const unknownWeight = idf(1) * RANKING.unknownWordWeight;
    const { sentenceScore, paragraphScore, covered, strength, holders, fullyHeld, rarityFound, phrasesFound } = this;
    // A concept's first wording's scores become the concept's: the vectors are swapped rather than copied.
    let { conceptSentence, conceptParagraph, wordingSentence, wordingParagraph } = this;
    sentenceScore.clear();
    paragraphScore.clear();
    covered.clear();
    let totalWeight = 0;

    // Indexed loops, not for…of nor forEach's callback: this is the hottest function of a question, and their
    // iterators and closure took V8 several times as long to compile it, early in every process.
    for (let c = 0; c < concepts.length; c++) {
      const concept = concepts[c]!;
      conceptSentence.clear();
      conceptParagraph.clear();
      strength.clear();
      holders.clear();
      fullyHeld.clear();
      const several = concept.wordings.length > 1;
      // Paragraphs holding one of the concept's wordings in full.
      let fullHolders = 0;
      for (let w = 0; w < concept.wordings.length; w++) {
        const wording = concept.wordings[w]!;
        wordingSentence.clear();
        wordingParagraph.clear();
        rarityFound.clear();
        phrasesFound.clear();
        const termFactor = (concept.weight * wording.weight) / wording.terms.length;
        let rarityTotal = 0;
        for (let t = 0; t < wording.terms.length; t++) {
          const term = wording.terms[t]!;
          const rarity = idf(index.paragraphFrequency(term));
          rarityTotal += rarity;
          index.sentencePostings.addScores(term, termFactor, wordingSentence);
          index.paragraphPostings.addScores(term, termFactor, wordingParagraph, rarityFound, rarity);
        }
        for (let t = 0; t < wording.phrases.length; t++) {
          const phrase = wording.phrases[t]!;
          index.sentencePostings.addScores(phrase, termFactor * RANKING.phraseWeight, wordingSentence);
          index.paragraphPostings.addScores(
            phrase,
            termFactor * RANKING.phraseWeight,
            wordingParagraph,
            phrasesFound,
            1,
          );
        }
        // A paragraph holds the wording in full when it has every word, and a wording of several words only
        // with its words together ("leave Peru", not "leaves … Peru"); otherwise in part, each word counted by
        // its rarity (only "Peru" of "leave Peru" counts for little).
        for (let i = 0; i < rarityFound.size; i++) {
          const key = rarityFound.ids[i]!;
          const found = rarityFound.values[key]!;
          if (several) holders.set(key, 1);
          const whole =
            found / rarityTotal > 0.999 &&
            (phrasesFound.get(key) === wording.phrases.length || this.togetherWithin(wording, key));
          const share = whole ? 1 : Math.min(found / rarityTotal, SCATTERED_MATCH_SHARE);
          const value =
            whole && !wording.loose
              ? Math.max(wording.weight, FULL_MATCH)
              : wording.weight * share * (whole && !wording.loose ? 1 : PARTIAL_MATCH_SHARE);
          // A surname alone holds the person, not the concept's rarity: "the Mexican president" stays as rare as
          // her title and full name, though "Sheinbaum" is in more paragraphs.
          if (value >= FULL_MATCH && !wording.surname && fullyHeld.get(key) === 0) {
            fullyHeld.set(key, 1);
            fullHolders++;
          }
          if (value > strength.get(key)) strength.set(key, value);
          if (w > 0) {
            const paragraph = wordingParagraph.get(key);
            if (paragraph > conceptParagraph.get(key)) conceptParagraph.set(key, paragraph);
          }
        }
        if (w === 0) {
          // Every score is positive, so the concept's best so far is this wording's.
          [conceptSentence, wordingSentence] = [wordingSentence, conceptSentence];
          [conceptParagraph, wordingParagraph] = [wordingParagraph, conceptParagraph];
          continue;
        }
        for (let i = 0; i < wordingSentence.size; i++) {
          const id = wordingSentence.ids[i]!;
          const sentence = wordingSentence.values[id]!;
          if (sentence > conceptSentence.get(id)) conceptSentence.set(id, sentence);
        }
      }
      // Rarity of the concept: paragraphs that hold one of its wordings in full ("leave Peru" is rare even though
      // "Peru" is everywhere); paragraphs with a part of one only when no paragraph holds a whole wording.
      const df = fullHolders > 0 ? fullHolders : several ? holders.size : rarityFound.size;
      // A name counts for something even where it is everywhere: "why is Peru mad at Mexico" is about the story.
      const found =
        df > 0 ? Math.max(idf(df), concept.name ? unknownWeight * RANKING.nameWeightFloor : 0) : unknownWeight;
      const weight = concept.weight * found;
      weights.push(weight);
      totalWeight += weight;
      for (let i = 0; i < strength.size; i++) {
        const key = strength.ids[i]!;
        covered.add(key, weight * Math.min(1, strength.values[key]!));
      }
      for (let i = 0; i < conceptParagraph.size; i++) {
        const key = conceptParagraph.ids[i]!;
        paragraphScore.add(key, conceptParagraph.values[key]!);
      }
      for (let i = 0; i < conceptSentence.size; i++) {
        const id = conceptSentence.ids[i]!;
        sentenceScore.add(id, conceptSentence.values[id]!);
      }
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
      const reversedWeight = RANKING.neighbourPhraseWeight * RANKING.reversedPhraseShare;
      index.sentencePostings.addScores(forward, RANKING.neighbourPhraseWeight, sentenceScore);
      index.paragraphPostings.addScores(forward, RANKING.neighbourPhraseWeight, paragraphScore);
      index.sentencePostings.addScores(reversed, reversedWeight, sentenceScore);
      index.paragraphPostings.addScores(reversed, reversedWeight, paragraphScore);
    }
    return { ranked: this.best(wantsDate, wantsSequel, totalWeight, queryTerms(concepts)), weights };
  }

  /**
   * Whether a paragraph holds a wording's words in a row but for a name between two ("dissolve the Peruvian Congress"
   * for "dissolve Congress"): the name says whose the thing is, and the wording is held whole.
   */
  private togetherWithin(wording: Wording, key: number): boolean {
    const { terms } = wording;
    if (terms.length < 2 || wording.phrases.length !== terms.length - 1) return false;
    for (let t = 0; t + 1 < terms.length; t++)
      if (!this.index.followsWithin(key, terms[t]!, terms[t + 1]!, NAMES_BETWEEN)) return false;
    return true;
  }

  /**
   * Each of the `count` scored paragraphs' best score of a sentence after its best one, into sequelScore: what the
   * paragraph goes on to tell of what was asked ("His move … was met with immediate resistance", "Castillo was
   * arrested" after "Castillo … attempted to dissolve the Peruvian Congress").
   */
  private scoreSequels(count: number): void {
    const { index, sentenceScore, bestSentenceId, sequelScore, scored } = this;
    for (let i = 0; i < count; i++) sequelScore[scored[i]!] = 0;
    for (let i = 0; i < sentenceScore.size; i++) {
      const id = sentenceScore.ids[i]!;
      const key = index.sentenceParagraph[id]!;
      // Sentence ids run in article order, so a later sentence of the same paragraph has a larger id.
      const raw = sentenceScore.values[id]!;
      if (id > bestSentenceId[key]! && raw > sequelScore[key]!) sequelScore[key] = raw;
    }
  }

  /** The paragraphs with a scoring sentence, from the vectors {@link rank} filled, best first. */
  private best(wantsDate: boolean, wantsSequel: boolean, totalWeight: number, terms: Set<string>): RankedParagraph[] {
    const { index, sentenceScore, paragraphScore, covered, bestScore, bestSentence, bestSentenceId } = this;
    const { scored, scores, sequelScore } = this;
    let count = 0;
    for (let i = 0; i < sentenceScore.size; i++) {
      const id = sentenceScore.ids[i]!;
      const raw = sentenceScore.values[id]!;
      if (raw <= 0) continue;
      // "When …?" is answered by a sentence that gives a date.
      const score = wantsDate && index.sentenceHasDate[id] ? raw * RANKING.dateAnswerBoost : raw;
      const key = index.sentenceParagraph[id]!;
      // Equal scores: the paragraph's first such sentence.
      const current = bestSentence[key]!;
      if (current === -1) scored[count++] = key;
      if (current === -1 || score > bestScore[key]! || (score === bestScore[key]! && id < bestSentenceId[key]!)) {
        bestScore[key] = score;
        bestSentence[key] = index.sentencePosition[id]!;
        bestSentenceId[key] = id;
      }
    }
    if (wantsSequel) this.scoreSequels(count);
    let top = 0;
    for (let i = 0; i < count; i++) {
      const key = scored[i]!;
      const coverage = totalWeight > 0 ? covered.get(key) / totalWeight : 0;
      const raw =
        bestScore[key]! +
        RANKING.paragraphShare * paragraphScore.get(key) +
        (wantsSequel ? RANKING.sequelShare * sequelScore[key]! : 0);
      const score = raw * (0.25 + 0.75 * coverage);
      scores[i] = score;
      if (score > top) top = score;
    }
    // Only the best MAX_RANKED are listed: the floor rises to the MAX_RANKED-th best score.
    const floor = Math.max(top * RANKING.minRelativeScore, kthLargest(scores, count, MAX_RANKED, this.heap));
    const ranked: RankedParagraph[] = [];
    for (let i = 0; i < count; i++) {
      const key = scored[i]!;
      const score = scores[i]!;
      if (score >= floor) {
        const coverage = totalWeight > 0 ? covered.get(key) / totalWeight : 0;
        ranked.push({ key, score, coverage, bestSentence: bestSentence[key]!, terms });
      }
      bestSentence[key] = -1;
    }
    ranked.sort((a, b) => b.score - a.score || a.key - b.key);
    // Paragraphs tied with the last one listed are cut in article order.
    return ranked.length > MAX_RANKED ? ranked.slice(0, MAX_RANKED) : ranked;
  }
}

/**
 * The `k`-th largest of the first `count` values (-Infinity when there are fewer), in one pass: a min-heap of the
 * `k` largest so far, in `heap` (room for `k`), whose root is the answer at the end.
 */
function kthLargest(values: Float64Array, count: number, k: number, heap: Float64Array): number {
  if (count < k) return -Infinity;
  let size = 0;
  for (let i = 0; i < count; i++) {
    const value = values[i]!;
    if (size < k) {
      // Sift up.
      let at = size++;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (heap[parent]! <= value) break;
        heap[at] = heap[parent]!;
        at = parent;
      }
      heap[at] = value;
    } else if (value > heap[0]!) {
      // Replace the smallest and sift down.
      let at = 0;
      for (;;) {
        const left = 2 * at + 1;
        if (left >= k) break;
        const right = left + 1;
        const child = right < k && heap[right]! < heap[left]! ? right : left;
        if (heap[child]! >= value) break;
        heap[at] = heap[child]!;
        at = child;
      }
      heap[at] = value;
    }
  }
  return heap[0]!;
}
