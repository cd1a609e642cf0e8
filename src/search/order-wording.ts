/**
 * The orderings that read the words a paragraph writes: that a thing remains, words a question quotes, and evidence
 * beyond an article's opening.
 */
import type { Analyzer } from '../text/analyzer.js';
import { foldText } from '../text/fold.js';
import type { Concept } from './concept.js';
import type { CorpusIndex } from './corpus-index.js';
import { ACTOR_FIRST_SHARE, closeRunnerUpFirst, type CandidateOrderSources } from './order-shared.js';
import type { ParagraphFacts } from './paragraph-facts.js';
import { RANKING } from './rank.js';
import { LIGHT_WORD_WEIGHT } from './word-weight.js';

/**
 * Words (stop words aside) between a thing and the verb saying it remains: "relations would remain", "relations remain
 * in place", "trade and other bilateral relations would continue".
 */
const REMAINING_REACH = 4;
/**
 * Questions a word for "remain" in does not ask what remains: how, why, who or when something went on ("how did Mexico
 * learn the consulates would keep working", "who's the minister that keeps getting quoted"), what is left without
 * ("¿con qué países se quedó México sin relaciones?"), or what its going on means or does to someone ("what keeping
 * consular relations means for travellers", "the effect of keeping trade ties"): the thing that remains is given, and
 * its bearing is asked, which the best paragraph tells by what it holds besides.
 */
const ASKS_NOT_WHAT_REMAINS =
  /(?<![\p{L}])(?:how|why|who|whos|when|without|means?|meant|meaning|impacts?|effects?|affects?|consequences?|como|por que|porque|quien|quienes|cuando|sin|significa|significan|significado|impacto|efectos?|afecta|afectan)(?![\p{L}])/u;
/**
 * A question asking for the evidence of a claim: "what evidence does the author give that …", "¿qué evidencia da
 * el texto de que …?", "¿qué pruebas hay de que …?".
 */
const ASKS_EVIDENCE = /(?<![\p{L}])(?:evidence|evidencias?|pruebas?)(?![\p{L}])/u;
/**
 * Words a question quotes, of two words or more: between quotation marks (straight or curly, single or double) that
 * open after a space or at the start and close before a non-letter, so that "the minister's language" is no quote.
 */
const QUOTED_WORDS = /(?:^|[\s(])['"‘“]([\p{L}][\p{L}\s-]*\s[\p{L}-]*[\p{L}])['"’”](?![\p{L}])/gu;

/** Puts first, among a question's candidate paragraphs, those writing what it asks in the words it asks it. */
export class WordingOrder {
  private readonly index: CorpusIndex;
  private readonly analyzer: Analyzer;
  private readonly facts: ParagraphFacts;
  /** Stems of the verbs saying something goes on: "remain", "continue" (see {@link remainingFirst}). */
  private readonly remaining: ReadonlySet<string>;

  constructor({ index, analyzer, facts }: CandidateOrderSources) {
    this.index = index;
    this.analyzer = analyzer;
    this.facts = facts;
    this.remaining = new Set(['remain', 'continue'].map((word) => analyzer.stemOf(word)));
  }

  /**
   * "Which ties between the two countries are still in place", "what kind of links are allowed to continue", "what
   * relations does Peru keep": a question asking what remains of something is answered where a sentence says that
   * thing remains or goes on, the thing shortly before the verb ("only consular relations would remain", "trade and
   * other bilateral relations would continue", "consular and trade relations remain in place"); not where the words
   * are only both there ("He continued, “In response … to break diplomatic relations”", a speaker going on), nor
   * where the thing is said to be gone ("without diplomatic ties"). Such paragraphs scoring at least
   * {@link ACTOR_FIRST_SHARE} of the best come first, the article's first first. A question asks so by a concept read
   * as "remain" or "continue" (the aliases give "still", "keep", "in place", "left" …), unless it asks how, why, who
   * or when, or what is left without ({@link ASKS_NOT_WHAT_REMAINS}); the thing is what else it asks but names, which
   * are the story's everywhere ("Mexico remains …" is no relation remaining). Run again on a Spanish question's list
   * fused from its two searches: the translation's search reads "no se rompió" as the break itself (¶2), and would
   * otherwise put it first again.
   */
  remainingFirst<T extends { score: number }>(
    candidates: T[],
    concepts: readonly Concept[],
    question: string,
    keyOf: (result: T) => number | undefined,
  ): T[] {
    const lead = candidates[0];
    if (!lead || ASKS_NOT_WHAT_REMAINS.test(foldText(question))) return candidates;
    const goesOn = (c: Concept) =>
      c.wordings.some((w) => !w.loose && w.terms.length === 1 && this.remaining.has(w.terms[0]!));
    if (!concepts.some(goesOn)) return candidates;
    const things = new Set(
      concepts
        .filter((c) => !goesOn(c) && !c.name && !c.talk && c.weight > LIGHT_WORD_WEIGHT)
        .flatMap((c) => c.wordings.filter((w) => !w.loose).flatMap((w) => w.terms))
        .filter((term) => !this.remaining.has(term)),
    );
    if (things.size === 0) return candidates;
    const remains = (r: T) => {
      const key = keyOf(r);
      return key !== undefined && this.saysRemains(key, things);
    };
    const first = candidates.filter((r) => r.score >= lead.score * ACTOR_FIRST_SHARE && remains(r));
    if (first.length === 0) return candidates;
    // Article order: paragraphs are indexed in it, and news writing tells the fact first (¶5's announcement), then
    // goes back over it (¶8's "trade and other bilateral relations would continue", ¶11's "consular and trade
    // relations remain in place").
    first.sort((a, b) => keyOf(a)! - keyOf(b)!);
    return [...first, ...candidates.filter((r) => !first.includes(r))];
  }

  /**
   * Whether a sentence of a paragraph has one of `things` before "remain(s)" or "continue(s)", within
   * {@link REMAINING_REACH} words, stop words aside: as its subject ("trade and other bilateral relations would
   * continue", "the Mexican embassy in Peru, where she remains"). A name is no such thing ("Mexico remains …").
   */
  private saysRemains(key: number, things: ReadonlySet<string>): boolean {
    return this.facts.evidence(key).some(({ words, stems, names }) => {
      const content = stems
        .map((stem, at) => (names.has(at) ? '' : stem))
        .filter((_, at) => !this.analyzer.isStopWord(words[at]!));
      return content.some(
        (stem, at) =>
          this.remaining.has(stem) &&
          content.slice(Math.max(0, at - REMAINING_REACH), at).some((before) => things.has(before)),
      );
    });
  }

  /**
   * "What evidence does the author give that the rift did not start suddenly": a news article's opening paragraph
   * states the story in brief, the claims asked about among it, and the paragraphs after it give what bears them out
   * (¶3's tensions simmering since 2022, ¶6's older frictions). When the best paragraph opens its article, the next
   * one scoring at least {@link ACTOR_FIRST_SHARE} of it, among the first {@link PERSON_FIRST_REACH}, comes first.
   */
  evidenceBeyondOpeningFirst<T extends { score: number; coverage: number }>(
    ranked: T[],
    question: string,
    keyOf: (result: T) => number | undefined,
  ): T[] {
    const lead = ranked[0];
    const leadKey = lead && keyOf(lead);
    if (!lead || leadKey === undefined || this.index.paragraphs[leadKey]!.number !== 1) return ranked;
    if (!ASKS_EVIDENCE.test(foldText(question))) return ranked;
    return closeRunnerUpFirst(ranked, () => true);
  }

  /**
   * "Explain what the author means by 'ideological friction'": words a question quotes ({@link QUOTED_WORDS}) are
   * the text's own, so a paragraph writing them together, stem by stem (¶6's "ideological friction"), comes before a
   * best one that does not (¶3, ¶9: "ideological divides"), when it scores at least {@link ACTOR_FIRST_SHARE} of it.
   */
  quotedWordsFirst<T extends { score: number; coverage: number }>(
    ranked: T[],
    question: string,
    keyOf: (result: T) => number | undefined,
  ): T[] {
    const lead = ranked[0];
    if (!lead) return ranked;
    const quotes = [...question.matchAll(QUOTED_WORDS)].map((match) =>
      foldText(match[1]!)
        .split(/[^\p{L}]+/u)
        .filter((word) => word !== '')
        .map((word) => this.analyzer.stemOf(word)),
    );
    if (quotes.length === 0) return ranked;
    const writes = (result: T) => {
      const key = keyOf(result);
      return key !== undefined && quotes.some((stems) => this.writesTogether(key, stems));
    };
    if (writes(lead)) return ranked;
    const writer = ranked
      .slice(1)
      .find((r) => r.score >= lead.score * ACTOR_FIRST_SHARE && r.coverage >= RANKING.minCoverage && writes(r));
    return writer ? [writer, ...ranked.filter((r) => r !== writer)] : ranked;
  }

  /** Whether a sentence of a paragraph has the stems one after another. */
  private writesTogether(key: number, stems: readonly string[]): boolean {
    return this.facts
      .evidence(key)
      .some((sentence) => sentence.stems.some((_, at) => stems.every((stem, i) => sentence.stems[at + i] === stem)));
  }
}
