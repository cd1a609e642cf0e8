/**
 * What the candidate orderings share (candidate-order.ts and the order-*.ts files beside it): the sources they read,
 * and how near the best a runner-up must be to come first, one rule so that tuning it tunes them all alike.
 */
import type { Analyzer } from '../text/analyzer.js';
import type { CorpusIndex } from './corpus-index.js';
import type { Lexicon } from './lexicon.js';
import type { NamesAsked } from './names-asked.js';
import type { ParagraphFacts } from './paragraph-facts.js';
import { RANKING } from './rank.js';

/** What the orderings read. */
export interface CandidateOrderSources {
  index: CorpusIndex;
  analyzer: Analyzer;
  lexicon: Lexicon;
  names: NamesAsked;
  facts: ParagraphFacts;
}

/** Results after the best looked at for one naming the person asked about. */
export const PERSON_FIRST_REACH = 4;
/**
 * How near the best score a paragraph must be to come before it for what someone did (where the person acts) or for
 * who did what an alias names someone for (where that person is named).
 */
export const ACTOR_FIRST_SHARE = 0.5;

/**
 * The first result after the best, among the first {@link PERSON_FIRST_REACH}, that scores at least
 * {@link ACTOR_FIRST_SHARE} of it, covers at least {@link RANKING.minCoverage} of the question and passes `passes`,
 * moved to the front; `ranked` unchanged when none does (or it is empty). Several orderings pass over a best
 * paragraph lacking what a question asks (the person acting, a reason, a body past the opening) for a close runner-up
 * that has it; this keeps their "close enough to come first" one rule, so that tuning it tunes them all alike.
 */
export function closeRunnerUpFirst<T extends { score: number; coverage: number }>(
  ranked: T[],
  passes: (result: T) => boolean,
): T[] {
  const lead = ranked[0];
  if (!lead) return ranked;
  const found = ranked
    .slice(1, PERSON_FIRST_REACH)
    .find((r) => r.score >= lead.score * ACTOR_FIRST_SHARE && r.coverage >= RANKING.minCoverage && passes(r));
  return found ? [found, ...ranked.filter((r) => r !== found)] : ranked;
}
