/**
 * Why a question is declined, and what the articles do have: its subject (the rare names it writes, else its rarest
 * words), the paragraphs mentioning that subject, and the subject as the articles write it ("The article mentions
 * José Jerí (¶1, ¶3, ¶5) but not his party").
 */
import { isSpanish } from '../text/language.js';
import type { AnswerType } from './answer-type.js';
import type { Concept } from './concept.js';
import type { CorpusIndex, IndexedParagraph } from './corpus-index.js';
import { writtenName } from './names.js';
import type { NamesAsked } from './names-asked.js';
import type { Span } from '../text/span.js';
import type { Decline } from './response.js';

/** Characters between an owner and the words it owns in a decline's subject ("Mexico’s Ministry of Foreign"). */
const OWNED_MENTION_GAP = 24;
/** Characters between two words of one subject ("chargée d’affaires"). */
const SUBJECT_WORD_GAP = 4;
/** Paragraphs listed as mentioning the subject of a declined question. */
export const MAX_MENTIONS = 5;

/** What declines are read from. */
export interface DeclineSources {
  index: CorpusIndex;
  names: NamesAsked;
  /** Names as the articles write them (folded → term). */
  nameForms: ReadonlyMap<string, string>;
  /** Whether a folded word is a stop word ("on" of "On November 4": no part of a name). */
  isStopWord: (folded: string) => boolean;
  /** A statement's speaker as read (see AnswerChecks.speakerConcepts). */
  speakerConcepts: (speaker: string) => Concept[];
}

/** Tells why a question is declined and which paragraphs mention what it asks about. */
export class DeclineReader {
  private readonly index: CorpusIndex;
  private readonly paragraphs: readonly IndexedParagraph[];
  private readonly names: NamesAsked;
  private readonly nameForms: ReadonlyMap<string, string>;

  constructor(private readonly sources: DeclineSources) {
    this.index = sources.index;
    this.paragraphs = sources.index.paragraphs;
    this.names = sources.names;
    this.nameForms = sources.nameForms;
  }

  /**
   * The subject of a question: its rarest concepts found in the corpus (a name, "Caracas Convention"), those whose
   * weight is at least half the heaviest one's. The counted or role word ("hours", "judge") is not the subject, nor
   * a word about asking ("how many years in prison are they **asking** for"), unless nothing else is.
   */
  private focusTerms(
    concepts: readonly Concept[],
    weights: number[],
    exclude: ReadonlySet<string> = new Set(),
  ): Set<string> {
    // A thing the articles have in its own words: "located", read only through a loose synonym ("place"), is none.
    const own = (concept: Concept) =>
      concept.wordings.some(
        (w) => !w.loose && w.terms.every((term) => this.index.paragraphPostings.ids(term).length > 0),
      );
    const topics = concepts
      .map((concept, i) => ({ concept, weight: weights[i]! }))
      .filter(({ concept }) => concept.kind === 'topic');
    const owned = topics.filter(({ concept }) => own(concept));
    const found = owned.length > 0 ? owned : topics;
    const notUnit = found.filter(
      ({ concept }) => !concept.wordings.some((w) => w.terms.some((term) => exclude.has(term))),
    );
    const notTalk = notUnit.filter(({ concept }) => !concept.talk);
    const withoutTalk = found.filter(({ concept }) => !concept.talk);
    const pool = [notTalk, withoutTalk, notUnit, found].find((candidates) => candidates.length > 0) ?? [];
    const heaviest = Math.max(0, ...pool.map(({ weight }) => weight));
    const focus = new Set<string>();
    for (const { concept, weight } of pool) {
      if (weight < heaviest * 0.5) continue;
      for (const wording of concept.wordings) if (!wording.loose) for (const term of wording.terms) focus.add(term);
    }
    return focus;
  }

  /** The name term of a role's owner as the question writes it ("mexico", "ecuadors", "peru's"). */
  ownerTerm(owner: string): string | undefined {
    return this.nameForms.get(owner) ?? this.nameForms.get(owner.replace(/'?s$/, ''));
  }

  /**
   * The terms naming a statement's speaker as the articles write them; none when the articles do not know the
   * speaker ("the US"): the question is then off topic, not about whoever else it names.
   */
  speakerTerms(speaker: string): Set<string> {
    const read = this.sources.speakerConcepts(speaker);
    if (read.length === 0 || read.some((c) => c.kind === 'unknown')) return new Set();
    // A speaker's own word when it is one ("Ornelas"), not every alias of it: "chargée d'affaires" would bring in
    // each paragraph's "affairs".
    return new Set(
      read.flatMap((c) =>
        (c.wordings[0]?.weight === 1 ? c.wordings.slice(0, 1) : c.wordings.filter((w) => !w.loose)).flatMap(
          (w) => w.terms,
        ),
      ),
    );
  }

  /**
   * Terms of what a question is about: the names the user wrote that are not everywhere in the corpus ("Ornelas",
   * not "Peru"); else its rarest words (see focusTerms). Never a term of `exclude`.
   */
  subject(
    question: string,
    concepts: readonly Concept[],
    weights: number[],
    exclude?: ReadonlySet<string>,
  ): Set<string> {
    const rare = this.names.rareWritten(question).filter((term) => !exclude?.has(term));
    return rare.length > 0 ? new Set(rare) : this.focusTerms(concepts, weights, exclude);
  }

  /**
   * A question declined for low coverage is "not in the source" when it names someone or something the corpus
   * names and does not have everywhere ("José Jerí's party"); otherwise it is off topic ("a recipe for tacos").
   */
  notCovered(question: string, concepts: readonly Concept[], weights: number[], type: AnswerType | undefined): Decline {
    const named = this.names.rareWritten(question).length > 0;
    return named ? this.notInSource(question, concepts, weights, type) : { reason: 'off-topic', mentions: [] };
  }

  /** The paragraphs mentioning the question's subject, and the subject as the article writes it. */
  notInSource(
    question: string,
    concepts: readonly Concept[],
    weights: number[],
    type: AnswerType | undefined,
  ): Decline {
    const focus =
      type?.speaker === undefined ? this.subject(question, concepts, weights) : this.speakerTerms(type.speaker);
    const keys = new Set<number>();
    for (const term of focus) for (const key of this.index.paragraphPostings.ids(term)) keys.add(key);
    if (keys.size === 0) return { reason: 'off-topic', mentions: [] };
    let mentioned = [...keys].sort((a, b) => a - b).map((key) => this.paragraphs[key]!);
    // A name's term may also be an everyday word's ("News" of "Mexico News Daily" and "new"): the name is mentioned
    // where it is written as one, capitalised.
    const named = type?.speaker === undefined && this.names.rareWritten(question).length > 0;
    const nameSpans = new Map<IndexedParagraph, Span[]>();
    const spansOf = (paragraph: IndexedParagraph): Span[] => {
      let spans = nameSpans.get(paragraph);
      if (spans) return spans;
      spans = this.index.wordsHolding(paragraph.key, focus);
      if (named) spans = spans.filter((span) => /^\p{Lu}/u.test(paragraph.text.slice(span.start, span.end)));
      nameSpans.set(paragraph, spans);
      return spans;
    };
    if (named && mentioned.some((paragraph) => spansOf(paragraph).length > 0))
      mentioned = mentioned.filter((paragraph) => spansOf(paragraph).length > 0);
    // "Who is Mexico's foreign minister": where the article names the subject as the owner's ("Mexico's Ministry of
    // Foreign Affairs"), not where it names someone else's ("Peru's Foreign Minister Hugo de Zela").
    // (English only: a Spanish question's subject is named from the translation's words.)
    const owned =
      type?.owner === undefined || isSpanish(question) ? undefined : this.ownedMention(mentioned, type.owner, focus);
    if (owned) mentioned = [owned.paragraph, ...mentioned.filter((paragraph) => paragraph !== owned.paragraph)];
    const mentions = mentioned.slice(0, MAX_MENTIONS).map(({ article, number }) => ({
      docId: article.id,
      sourceTitle: article.title,
      paragraph: number,
    }));
    // The subject as the first paragraph writes it; a place in the text ("the conclusion", indexed as a term of its
    // last paragraph) is written by no word.
    let written: string | undefined;
    for (const paragraph of mentioned) {
      const span = spansOf(paragraph)[0] ?? this.index.wordsHolding(paragraph.key, focus)[0];
      if (!span) continue;
      written = writtenName(
        paragraph.text,
        { raw: paragraph.text.slice(span.start, span.end), ...span },
        this.sources.isStopWord,
      );
      break;
    }
    const subject = owned?.subject ?? written;
    return {
      reason: 'not-in-source',
      mentions,
      ...(subject !== undefined && { subject }),
      asked: type?.kind,
      ...(type?.speaker !== undefined && { speaker: true }),
    };
  }

  /**
   * The first paragraph naming the subject just after its owner ("Mexico's Ministry of Foreign Affairs"), with those
   * words as written, or undefined.
   */
  private ownedMention(
    paragraphs: readonly IndexedParagraph[],
    owner: string,
    focus: ReadonlySet<string>,
  ): { paragraph: IndexedParagraph; subject: string } | undefined {
    const term = this.ownerTerm(owner);
    if (term === undefined) return undefined;
    for (const paragraph of paragraphs) {
      const owners = this.index.wordsHolding(paragraph.key, [term]);
      const words = this.index.wordsHolding(
        paragraph.key,
        [...focus].filter((focused) => focused !== term),
      );
      for (const [i, word] of words.entries()) {
        const by = owners.find((o) => o.end <= word.start && word.start - o.end <= OWNED_MENTION_GAP);
        if (!by) continue;
        // The subject's words that follow on ("chargée d’affaires"), then the rest of a capitalised name ("Affairs").
        let last = word;
        for (const next of words.slice(i + 1)) if (next.start - last.end <= SUBJECT_WORD_GAP) last = next;
        const raw = paragraph.text.slice(last.start, last.end);
        const name = writtenName(paragraph.text, { raw, start: last.start, end: last.end }, this.sources.isStopWord);
        const subject = paragraph.text.slice(by.start, last.start) + name.slice(name.indexOf(raw));
        // "Mexico's chargée d'affaires, Karla Ornelas": a role named with its holder is no "name not given".
        const after = paragraph.text.slice(by.start + subject.length, by.start + subject.length + 3);
        if (/^[\s,]*\p{Lu}/u.test(after)) continue;
        return { paragraph, subject };
      }
    }
    return undefined;
  }
}
