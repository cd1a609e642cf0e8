/**
 * The ordering that reads a question's time: a paragraph telling of an earlier time first, when a question asks of
 * what came before a date it gives or before the story's own events.
 */
import { foldText } from '../text/fold.js';
import { isEarlier, type BeforeDate, type CalendarPoint } from './before-date.js';
import type { CorpusIndex } from './corpus-index.js';
import { PERSON_FIRST_REACH, type CandidateOrderSources } from './order-shared.js';
import type { ParagraphFacts } from './paragraph-facts.js';
import { RANKING, type RankedParagraph } from './rank.js';

/**
 * A question asking whether something happened before the story's own events, with no date to bound it: "before this
 * (whole thing)", "before now", "previously", "ever before", "in the past", "the first time", "antes de esto". The act
 * itself, told of now (¶5's expulsion), is what it looks past. Not "the ones previously" (as "the ones before" is
 * read): earlier holders of a role, asked about as they are now.
 */
const ASKS_BEFORE_NOW =
  /(?<![\p{L}])(?:before (?:this|that|now|all this|all that)|(?<!(?:ones?|those|them) )previously|ever before|in the past|(?:the|la) (?:first|primera) (?:time|vez)|antes de (?:esto|eso|ahora)|anteriormente|en el pasado|alguna vez antes)(?![\p{L}])/u;
/**
 * Words a paragraph tells an earlier time with (a closed class of adjectives and nouns of anteriority): "previous
 * declarations of ambassadors", "a longer history of friction". ("Not the first time" is no such word: ¶9's first
 * time is Mexico's, in April 2024, which its date tells.)
 */
const EARLIER_WORDS: readonly string[] = ['previous', 'prior', 'earlier', 'past', 'history'];

/** Puts first, among a question's candidate paragraphs, those telling of a time before the one it asks about. */
export class TimeOrder {
  private readonly index: CorpusIndex;
  private readonly facts: ParagraphFacts;
  /** Stems of {@link EARLIER_WORDS} (see {@link earlierThanNowFirst}). */
  private readonly earlierStems: readonly string[];

  constructor({ index, analyzer, facts }: CandidateOrderSources) {
    this.index = index;
    this.facts = facts;
    this.earlierStems = EARLIER_WORDS.map((word) => analyzer.stemOf(word));
  }

  /**
   * "Has Peru thrown out envoys before this?": a question asking of what came before now ({@link ASKS_BEFORE_NOW})
   * is answered by a paragraph telling an earlier time ({@link tellsEarlierTime}), which comes before a
   * best one that does not, when it is among the first {@link PERSON_FIRST_REACH} and covers enough of the question.
   */
  earlierThanNowFirst(candidates: RankedParagraph[], question: string): RankedParagraph[] {
    const lead = candidates[0];
    if (!lead || !ASKS_BEFORE_NOW.test(foldText(question)) || this.tellsEarlierTime(lead.key)) return candidates;
    // A word of an earlier time says "before" as the question does; a date may be another story's (¶9's April 2024).
    const within = candidates.slice(1, PERSON_FIRST_REACH).filter((r) => r.coverage >= RANKING.minCoverage);
    const earlier = within.find((r) => this.saysEarlier(r.key)) ?? within.find((r) => this.datesEarlier(r.key));
    return earlier ? [earlier, ...candidates.filter((r) => r !== earlier)] : candidates;
  }

  /**
   * Whether a paragraph tells of an earlier time: in one of {@link EARLIER_WORDS}, or by a date before the latest one
   * the articles give (their "now": ¶4's "imprisoned in June 2023").
   */
  private tellsEarlierTime(key: number): boolean {
    return this.saysEarlier(key) || this.datesEarlier(key);
  }

  /** Whether a paragraph holds one of {@link EARLIER_WORDS}. */
  private saysEarlier(key: number): boolean {
    return this.earlierStems.some((stem) => this.index.paragraphPostings.holds(stem, key));
  }

  /** Whether a paragraph gives a date before the latest one the articles give. */
  private datesEarlier(key: number): boolean {
    const now = this.latestDate();
    return now !== undefined && this.facts.dates(key).some((point) => isEarlier(point, now));
  }

  /** The latest month the articles give, found once: their paragraphs do not change. */
  private latestDate(): CalendarPoint | undefined {
    if (this.latest === null) {
      const points = Array.from({ length: this.index.paragraphCount }, (_, key) => this.facts.dates(key)).flat();
      this.latest = points.reduce<CalendarPoint | undefined>(
        (latest, point) => (latest === undefined || isEarlier(latest, point) ? point : latest),
        undefined,
      );
    }
    return this.latest;
  }

  /** {@link latestDate}, null until found. */
  private latest: CalendarPoint | undefined | null = null;

  /** The paragraphs that give a date before the bound, then the others, each in rank order. */
  earlierFirst(candidates: RankedParagraph[], before: BeforeDate): RankedParagraph[] {
    const first = candidates.filter((r) => this.facts.dates(r.key).some((point) => isEarlier(point, before.point)));
    return first.length === 0 ? candidates : [...first, ...candidates.filter((r) => !first.includes(r))];
  }
}
