/**
 * The reorder rules of a question's candidate paragraphs, as one ordered table (candidate-order.ts and the
 * order-*.ts files beside it hold what each reads). After ranking, the engine runs every rule here, one after
 * another, over the ranked paragraphs; a Spanish question's list fused from its two searches (bilingual.ts) runs
 * again the rules marked `fused`, in the same order. Each rule moves a paragraph up when the question asks what it
 * tells in particular, and leaves the list as it is when the question asks no such thing: the order matters, as a
 * later rule may move another paragraph before one an earlier rule put first.
 *
 * Three reorderings run later in the pipeline, and are not here: on the paragraphs that hold the answer asked for,
 * the speaker speaking of the topic first (SpeakerOrder.speakingOfTopicFirst, for a statement asked) and the person
 * an alias names first (CandidateOrder.namedAnswerFirst, for a person asked); and, once the answer is known to be
 * told, a paragraph of an earlier time first (TimeOrder.earlierFirst and earlierThanNowFirst).
 */
import type { CandidateOrder } from './candidate-order.js';
import type { Concept } from './concept.js';
import type { RankedParagraph } from './rank.js';

/** A scored result a rule can move: a ranked paragraph, or a hit of a list fused from two searches. */
export interface ScoredResult {
  score: number;
  coverage: number;
}

/** What the rules read of one question, and where its results are in the index. */
export interface OrderReading<T> {
  /** The question as asked (a Spanish one: as meant, its chat spellings read). */
  question: string;
  /** The question's concepts. */
  concepts: readonly Concept[];
  /** The concepts of what the question sets aside ("besides announcing the break"); none when it sets none aside. */
  setAside: readonly Concept[];
  /** The paragraph key of a result in the index (undefined: a result the index does not hold). */
  keyOf: (result: T) => number | undefined;
  /** Whether the question stands alone, not among others in one line (see CandidateOrder.describedFirst). */
  alone: boolean;
  /** Whether the list is fused from a Spanish question's two searches (see CandidateOrder.reasonFirst). */
  fused: boolean;
  /** Whether the question is Spanish (whose list is fused and ordered again once fused). */
  spanish: boolean;
}

/** A rule run on the ranked paragraphs only. */
interface RankedRule {
  /** A short name, unique in the table. */
  name: string;
  /** What the rule puts first, and why that answers the question better. */
  why: string;
  fused: false;
  reorder(
    order: CandidateOrder,
    candidates: RankedParagraph[],
    reading: OrderReading<RankedParagraph>,
  ): RankedParagraph[];
}

/** A rule run on the ranked paragraphs and again on a list fused from a Spanish question's two searches. */
interface FusedRule {
  /** A short name, unique in the table. */
  name: string;
  /** What the rule puts first, and why that answers the question better. */
  why: string;
  fused: true;
  reorder<T extends ScoredResult>(order: CandidateOrder, candidates: T[], reading: OrderReading<T>): T[];
}

/** One reorder rule of the table. */
export type OrderRule = RankedRule | FusedRule;

/** The reorder rules, in the order they run. */
export const ORDER_RULES: readonly OrderRule[] = [
  {
    name: 'person-named-first',
    why: 'A question naming a person is about them: a paragraph naming them, scoring nearly as much, comes before a best one that does not.',
    fused: false,
    reorder: (order, candidates, { concepts, question }) => order.personNamedFirst(candidates, concepts, question),
  },
  {
    name: 'actor-first',
    why: 'What someone did, their role or response is told where they act, not where they are only acted on or named.',
    fused: true,
    reorder: (order, candidates, { question, keyOf, concepts }) =>
      order.actingFirst(candidates, question, keyOf, concepts),
  },
  {
    name: 'described-first',
    why: 'Who someone is is told where a description or title stands by their name, the article’s first such place.',
    fused: false,
    reorder: (order, candidates, { concepts, question, alone }) =>
      order.describedFirst(candidates, concepts, question, alone),
  },
  {
    name: 'placed-first',
    why: 'Where someone is or went is told where a sentence places them, their name followed by a place.',
    fused: true,
    reorder: (order, candidates, { concepts, question, keyOf }) =>
      order.placedFirst(candidates, concepts, question, keyOf),
  },
  {
    name: 'reason-first',
    why: 'Why something happened is told where a cause is joined to it, not where it is only the cause of another thing.',
    fused: true,
    reorder: (order, candidates, { question, keyOf, concepts, fused }) =>
      order.reasonFirst(candidates, question, keyOf, concepts, fused),
  },
  {
    name: 'person-reason-first',
    why: 'Why a person (or a country acting on a person) did something is told where they act with a cause given.',
    fused: false,
    reorder: (order, candidates, { question, keyOf, concepts }) =>
      order.personReasonFirst(candidates, question, keyOf, concepts),
  },
  {
    name: 'beyond-set-aside-first',
    why: 'What someone did besides a thing set aside is told where they do something else, not where that thing is.',
    fused: true,
    reorder: (order, candidates, { question, keyOf, setAside }) =>
      order.beyondSetAsideFirst(candidates, question, keyOf, setAside),
  },
  {
    name: 'set-aside-behind',
    why: 'A best paragraph telling all a question sets aside ("besides interference") gives way to one telling more.',
    fused: true,
    // A Spanish question's list is reordered once fused, where only those shown move.
    reorder: (order, candidates, { question, keyOf, setAside, fused, spanish }) =>
      fused || !spanish ? order.setAsideBehind(candidates, question, keyOf, setAside) : candidates,
  },
  {
    name: 'remaining-first',
    why: 'What remains of something is told where a sentence says that thing remains or goes on.',
    fused: true,
    reorder: (order, candidates, { concepts, question, keyOf }) =>
      order.wording.remainingFirst(candidates, concepts, question, keyOf),
  },
  {
    name: 'evidence-beyond-opening-first',
    why: 'An article’s opening states its claims; the evidence asked for is in the paragraphs after it.',
    fused: false,
    reorder: (order, candidates, { question, keyOf }) =>
      order.wording.evidenceBeyondOpeningFirst(candidates, question, keyOf),
  },
  {
    name: 'quoted-words-first',
    why: 'Words a question quotes are the text’s own: a paragraph writing them together comes first.',
    fused: false,
    reorder: (order, candidates, { question, keyOf }) => order.wording.quotedWordsFirst(candidates, question, keyOf),
  },
];

/** Runs every rule of {@link ORDER_RULES} over a question's ranked paragraphs, in order. */
export function orderRanked(
  order: CandidateOrder,
  candidates: RankedParagraph[],
  reading: OrderReading<RankedParagraph>,
): RankedParagraph[] {
  return ORDER_RULES.reduce((list, rule) => rule.reorder(order, list, reading), candidates);
}

/** Runs the rules of {@link ORDER_RULES} marked `fused` over a list fused from a Spanish question's two searches. */
export function orderFused<T extends ScoredResult>(
  order: CandidateOrder,
  candidates: T[],
  reading: OrderReading<T>,
): T[] {
  return ORDER_RULES.reduce((list, rule) => (rule.fused ? rule.reorder(order, list, reading) : list), candidates);
}
