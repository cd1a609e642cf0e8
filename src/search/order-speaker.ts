/**
 * The ordering that reads who speaks: asked what someone said of something, the paragraphs where they, speaking, say
 * something of it first.
 */
import type { Concept } from './concept.js';
import { partySpeaking, speakingSentences, speaksOf, type AnswerCheck } from './evidence.js';
import type { Lexicon } from './lexicon.js';
import type { NamesAsked } from './names-asked.js';
import type { CandidateOrderSources } from './order-shared.js';
import type { ParagraphFacts } from './paragraph-facts.js';
import type { RankedParagraph } from './rank.js';
import { LIGHT_WORD_WEIGHT } from './word-weight.js';

/**
 * The names that speak for the party a statement is asked of (a country: its own name, its people's and bodies'),
 * and the words the names of several parties hold, which tell no one's voice.
 */
export interface PartyVoices {
  voices: ReadonlySet<string>;
  shared: ReadonlySet<string>;
}

/** Puts first, among the paragraphs holding a statement asked for, those where whoever is asked of speaks of it. */
export class SpeakerOrder {
  private readonly lexicon: Lexicon;
  private readonly names: NamesAsked;
  private readonly facts: ParagraphFacts;

  constructor({ lexicon, names, facts }: CandidateOrderSources) {
    this.lexicon = lexicon;
    this.names = names;
    this.facts = facts;
  }

  /**
   * "What did X say about Y", X a person: paragraphs where X, speaking, says something of Y come first, the rest after
   * in their order. Y is the question's weighty words beside the speaker's.
   */
  speakingOfTopicFirst(
    candidates: RankedParagraph[],
    check: AnswerCheck,
    concepts: readonly Concept[],
    party?: PartyVoices,
  ): RankedParagraph[] {
    // A person speaking: a body ("Mexico's leader", "the SRE") is named in too many sentences to tell who speaks.
    const groups = check.speakerGroups ?? [];
    const persons = this.names.personTerms;
    if (groups.length === 0 || !groups.every((group) => [...group].some((term) => persons.has(term))))
      return party ? this.partySpeakingFirst(candidates, concepts, party) : candidates;
    const topic = this.topicBeside(concepts, new Set(groups.flatMap((group) => [...group])));
    const speaking =
      topic.length === 0
        ? []
        : candidates.filter((r) => speaksOf(this.facts.evidence(r.key), check, this.lexicon, topic));
    // Nothing asked about but their words ("¿y q dijo la sheinbaum de todo esto?"), or nothing they say of it ("…de
    // todo este relajo"): where they say most comes first.
    if (speaking.length === 0) {
      const said = new Map(
        candidates.map((r) => [r.key, speakingSentences(this.facts.evidence(r.key), check, this.lexicon)]),
      );
      return [...candidates].sort((a, b) => said.get(b.key)! - said.get(a.key)!);
    }
    const most = this.speakingOfMostFirst(speaking, check, concepts, groups);
    if (most[0] === candidates[0]) return candidates;
    return [...most, ...candidates.filter((r) => !most.includes(r))];
  }

  /**
   * "What did Mexico say back to Peru", "what did the Mexican government say": a country speaks through its people and
   * bodies (`party`), so the paragraphs where one of them speaks of the question's topic come first, then those where
   * one speaks at all, the rest after, each in their order: the country is named in many sentences that are not its
   * words (¶1's "relations with Mexico" beside Peru's announcement).
   */
  private partySpeakingFirst(
    candidates: RankedParagraph[],
    concepts: readonly Concept[],
    party: PartyVoices,
  ): RankedParagraph[] {
    const topic = this.topicBeside(concepts, party.voices);
    const said = (r: RankedParagraph, wordings?: ReadonlyArray<readonly string[]>) =>
      partySpeaking(this.facts.evidence(r.key), party.voices, party.shared, this.lexicon, wordings) > 0;
    const ofTopic = topic.length === 0 ? [] : candidates.filter((r) => said(r, topic));
    const speaking = candidates.filter((r) => !ofTopic.includes(r) && said(r));
    return [...ofTopic, ...speaking, ...candidates.filter((r) => !ofTopic.includes(r) && !speaking.includes(r))];
  }

  /**
   * Paragraphs where a person speaks of the topic, those where they speak of more of it first, else in their order:
   * "what did de Zela say about Peru being a democracy" is ¶10's "we Peruvians live in a democracy" before ¶2's words
   * on Peru.
   */
  private speakingOfMostFirst(
    speaking: RankedParagraph[],
    check: AnswerCheck,
    concepts: readonly Concept[],
    groups: ReadonlyArray<ReadonlySet<string>>,
  ): RankedParagraph[] {
    const topics = this.topicConcepts(concepts, new Set(groups.flatMap((group) => [...group])));
    const spokenOf = new Map(
      speaking.map((r) => {
        const sentences = this.facts.evidence(r.key);
        return [r.key, topics.filter((wordings) => speaksOf(sentences, check, this.lexicon, wordings)).length];
      }),
    );
    return [...speaking].sort((a, b) => spokenOf.get(b.key)! - spokenOf.get(a.key)!);
  }

  /** The wordings of a question's weighty topic words beside those of whoever speaks (`speakerTerms`). */
  private topicBeside(concepts: readonly Concept[], speakerTerms: ReadonlySet<string>): string[][] {
    return this.topicConcepts(concepts, speakerTerms).flat();
  }

  /** {@link topicBeside}, each topic word's wordings apart. */
  private topicConcepts(concepts: readonly Concept[], speakerTerms: ReadonlySet<string>): string[][][] {
    return concepts
      .filter(
        (c) =>
          c.kind === 'topic' &&
          c.weight > LIGHT_WORD_WEIGHT &&
          !c.wordings.some((w) => w.terms.some((term) => speakerTerms.has(term))),
      )
      .map((c) => c.wordings.filter((w) => !w.loose && w.terms.length > 0).map((w) => w.terms))
      .filter((wordings) => wordings.length > 0);
  }
}
