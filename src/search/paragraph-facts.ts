/**
 * What a paragraph holds, read once and remembered: its sentences' evidence (names, counts, dates, speech), the months
 * and years it gives, the places it names, and whether it holds a concept of a question.
 */
import type { Analyzer } from '../text/analyzer.js';
import { Memo } from '../text/memo.js';
import { datesIn, type CalendarPoint } from './before-date.js';
import type { Concept } from './concept.js';
import type { CorpusIndex, IndexedParagraph } from './corpus-index.js';
import { readEvidence, type SentenceEvidence } from './evidence.js';
import type { Lexicon } from './lexicon.js';

/** Words either side of a role within which a name is its holder's ("Pedro Castillo, a leftist former teacher"). */
const HOLDER_REACH = 4;
/** Pronouns that stand for a holder named before ("accuse her of being an accomplice"). */
const HOLDER_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her', 'his', 'they', 'them']);
/** Words tying a place to what is with, against or between it ("relations **with** Ecuador", "**con** Ecuador"). */
export const COUNTERPART_TIES: ReadonlySet<string> = new Set(['with', 'against', 'between', 'con', 'contra', 'entre']);
/** Words before a tie that make the place one beside another ("**along** with Chile", "**junto** con Chile"). */
export const BESIDE: ReadonlySet<string> = new Set(['along', 'together', 'junto', 'juntos', 'junta', 'juntas']);
/** Words that may stand between a tie and its place, or join places ("with **the** Ecuadorian…", "Chile **and**"). */
const COUNTERPART_GLUE: ReadonlySet<string> = new Set(['the', 'el', 'la', 'los', 'las', 'and', 'y', 'e', 'or', 'o']);
/** Words after a tie within which its place stands. */
const COUNTERPART_REACH = 3;
/** Words leaving what a sentence tells open, still to come: "to see **whether** this rupture **will** be temporary". */
const LEFT_OPEN: ReadonlySet<string> = new Set(['whether', 'will']);
/** Paragraphs whose sentence evidence is remembered: those that come up as candidates again and again. */
const EVIDENCE_MEMO_PARAGRAPHS = 2048;

export class ParagraphFacts {
  private readonly paragraphs: readonly IndexedParagraph[];
  /** Sentence evidence of the paragraphs checked lately, read when first needed (least recently used first). */
  private readonly evidenceMemo = new Map<number, SentenceEvidence[]>();

  constructor(
    private readonly index: CorpusIndex,
    private readonly analyzer: Analyzer,
    private readonly nameForms: ReadonlyMap<string, string>,
    private readonly lexicon: Lexicon,
  ) {
    this.paragraphs = index.paragraphs;
  }

  /** How many paragraphs hold a concept ({@link holds}): the fewer, the more particular it is. */
  holderCount(concept: Concept): number {
    return this.paragraphs.filter((paragraph) => this.holds(concept, paragraph.key)).length;
  }

  /** Whether half the paragraphs or more hold a concept: what the articles are about ("asylum"), no one point. */
  isWidelyHeld(concept: Concept): boolean {
    return this.holderCount(concept) * 2 >= this.paragraphs.length;
  }

  /** Whether a paragraph holds one of a concept's own (not loose) wordings, every word of it. */
  holds(concept: Concept, key: number): boolean {
    return concept.wordings.some(
      (wording) => !wording.loose && wording.terms.every((term) => this.index.paragraphPostings.holds(term, key)),
    );
  }

  /** Sentence evidence of one paragraph, in order. */
  evidence(key: number): SentenceEvidence[] {
    const memo = this.evidenceMemo;
    let evidence = memo.get(key);
    if (evidence) {
      memo.delete(key);
    } else {
      evidence = this.readParagraph(key);
      if (memo.size >= EVIDENCE_MEMO_PARAGRAPHS) memo.delete(memo.keys().next().value!);
    }
    memo.set(key, evidence);
    return evidence;
  }

  /**
   * Sentence evidence of one paragraph without remembering it: for a walk over every paragraph holding a term,
   * which would otherwise fill the memo with paragraphs no question is about (at 1,000 articles, ~150 MB).
   */
  evidenceOnce(key: number): SentenceEvidence[] {
    return this.evidenceMemo.get(key) ?? this.readParagraph(key);
  }

  private readParagraph(key: number): SentenceEvidence[] {
    const { text } = this.paragraphs[key]!;
    const isName = (folded: string) => this.nameForms.has(folded);
    return this.index
      .sentenceSpans(key)
      .map((span) => readEvidence(text.slice(span.start, span.end), this.analyzer, isName));
  }

  /** The months and years a paragraph gives, read once a paragraph. */
  dates(key: number): CalendarPoint[] {
    return this.datesMemo.get(key, () => datesIn(this.paragraphs[key]!.text));
  }

  /** {@link dates} of the paragraphs read lately. */
  private readonly datesMemo = new Memo<number, CalendarPoint[]>(EVIDENCE_MEMO_PARAGRAPHS);

  /**
   * Whether the articles write a person's name (`isPerson`, of a folded word), or a pronoun standing for one, within a
   * few words of a word of this stem: "President Jose Jeri", "Mexican leaders, including Sheinbaum", "Pedro Castillo, a
   * leftist former teacher", "accuse her of being an accomplice"; or describe the holders just before it ("Peruvian
   * prosecutors", "ordinary citizens"). A role they only write bare ("released by a judge", "declarations of
   * ambassadors") has no holder they give.
   */
  namesHolderOf(stem: string, isPerson: (folded: string) => boolean): boolean {
    return this.holderMemo.get(stem, () =>
      this.paragraphs.some(
        (paragraph) =>
          this.index.paragraphPostings.holds(stem, paragraph.key) &&
          this.evidence(paragraph.key).some((sentence) =>
            sentence.stems.some(
              (at, i) =>
                at === stem &&
                // Described is as good as named: "Peruvian prosecutors", "ordinary citizens" answer "which …".
                ((i > 0 && !this.analyzer.isStopWord(sentence.words[i - 1]!)) ||
                  sentence.words
                    .slice(Math.max(0, i - HOLDER_REACH), i + HOLDER_REACH + 1)
                    .some(
                      (word, j) =>
                        (sentence.names.has(Math.max(0, i - HOLDER_REACH) + j) && isPerson(word)) ||
                        HOLDER_PRONOUNS.has(word),
                    )),
            ),
          ),
      ),
    );
  }

  /** {@link namesHolderOf} by stem. */
  private readonly holderMemo = new Memo<string, boolean>(EVIDENCE_MEMO_PARAGRAPHS);

  /**
   * Whether the articles name or describe a thing of this stem where they write it as a thing, not as a word
   * describing another ("the Mexican embassy in Lima", "the Caracas Convention"; not "a 25-year prison sentence"): a
   * name within a few words, or a describing word just before it.
   */
  namesInstanceOf(stem: string): boolean {
    return this.instanceMemo.get(stem, () =>
      this.paragraphs.some(
        (paragraph) =>
          this.index.paragraphPostings.holds(stem, paragraph.key) &&
          this.evidence(paragraph.key).some((sentence) =>
            sentence.stems.some((at, i) => {
              if (at !== stem) return false;
              const next = sentence.words[i + 1];
              if (next !== undefined && this.lexicon.lookup(next).classes[0]?.startsWith('noun.') === true)
                return false;
              if (i > 0 && !this.analyzer.isStopWord(sentence.words[i - 1]!)) return true;
              for (let j = Math.max(0, i - HOLDER_REACH); j <= i + HOLDER_REACH; j++)
                if (j !== i && sentence.names.has(j)) return true;
              return false;
            }),
          ),
      ),
    );
  }

  /** A word the articles write with this stem ("judge" for "judg"), or undefined when they write none. */
  writtenWordOf(stem: string): string | undefined {
    for (const paragraph of this.paragraphs) {
      if (!this.index.paragraphPostings.holds(stem, paragraph.key)) continue;
      for (const sentence of this.evidence(paragraph.key)) {
        const at = sentence.stems.indexOf(stem);
        if (at >= 0) return sentence.words[at];
      }
    }
    return undefined;
  }

  /** {@link namesInstanceOf} by stem. */
  private readonly instanceMemo = new Memo<string, boolean>(EVIDENCE_MEMO_PARAGRAPHS);

  /**
   * Whether a paragraph tells what the concepts asked of it hold only as still to come: each one it holds, it holds
   * only in sentences leaving it open ("both sides are watching closely to see whether this rupture will be temporary
   * or the start of a prolonged standoff"), and it holds one. Such a sentence cannot tell that it came about.
   */
  holdsOnlyAsOpen(concepts: readonly Concept[], key: number): boolean {
    const held = concepts.filter((c) => this.holds(c, key));
    if (held.length === 0) return false;
    const sentences = this.evidence(key);
    return held.every((c) => {
      // A concept held by a phrase of the paragraph's ("broke off") and by no one sentence's words is told, not open.
      const holding = sentences.filter((sentence) =>
        c.wordings.some(
          (w) =>
            !w.loose &&
            w.terms.length > 0 &&
            w.terms.every((term) => sentence.stems.includes(term) || sentence.compounds.includes(term)),
        ),
      );
      return holding.length > 0 && holding.every((sentence) => sentence.words.some((word) => LEFT_OPEN.has(word)));
    });
  }

  /** Whether a kind of thing is a kind of place ("country", "state"; not "nation", a people to WordNet). */
  isPlaceKind(head: string): boolean {
    return this.lexicon.lookup(head).classes.includes('noun.location');
  }

  /**
   * Whether a paragraph names a place (a name WordNet reads first as a location) that is not among the question's
   * words (`asked`, folded) and that fewer than half the paragraphs name (the story's own countries are in nearly all).
   */
  namesOtherPlace(key: number, asked: ReadonlySet<string>): boolean {
    return this.evidence(key).some((sentence) =>
      [...sentence.names].some((at) => {
        const word = sentence.words[at]!;
        if (asked.has(word) || this.lexicon.lookup(word).classes[0] !== 'noun.location') return false;
        // A place naming something else ("the Caracas Convention") names no place: a following name that is none.
        const next = sentence.words[at + 1];
        if (
          sentence.names.has(at + 1) &&
          next !== undefined &&
          this.lexicon.lookup(next).classes[0] !== 'noun.location'
        )
          return false;
        return this.index.paragraphPostings.ids(sentence.stems[at]!).length * 2 < this.paragraphs.length;
      }),
    );
  }

  /**
   * The places a paragraph names as whom something is with, against or between ("Mexico broke off relations **with
   * Ecuador**", "rompió relaciones con Ecuador"), not beside whom ("along with Chile and Colombia", "junto con"):
   * the terms of names WordNet reads first as locations that fewer than half the paragraphs name (the story's own
   * countries are in nearly all), up to {@link COUNTERPART_REACH} words on past articles and joined names.
   */
  counterparts(key: number): string[] {
    return this.counterpartMemo.get(key, () => {
      const places = new Set<string>();
      for (const { words, stems, names } of this.evidence(key))
        words.forEach((word, at) => {
          if (!COUNTERPART_TIES.has(word) || BESIDE.has(words[at - 1] ?? '')) return;
          for (let n = at + 1; n <= at + COUNTERPART_REACH && n < words.length; n++) {
            if (names.has(n)) {
              if (this.lexicon.lookup(words[n]!).classes[0] === 'noun.location' && this.isRare(stems[n]!))
                places.add(stems[n]!);
            } else if (!COUNTERPART_GLUE.has(words[n]!)) break;
          }
        });
      return [...places];
    });
  }

  /** {@link counterparts} by paragraph. */
  private readonly counterpartMemo = new Memo<number, string[]>(EVIDENCE_MEMO_PARAGRAPHS);

  /** Whether a paragraph holds a term. */
  holdsTerm(term: string, key: number): boolean {
    return this.index.paragraphPostings.holds(term, key);
  }

  /** Whether fewer than half the paragraphs hold a term: not one of the story's own places. */
  isRare(term: string): boolean {
    return this.index.paragraphPostings.ids(term).length * 2 < this.paragraphs.length;
  }

  /** Whether a paragraph names a place: a name WordNet reads first as a location ("Mexico", "Quito"). */
  namesPlace(key: number): boolean {
    return this.evidence(key).some((sentence) =>
      [...sentence.names].some((at) => this.lexicon.lookup(sentence.words[at]!).classes[0] === 'noun.location'),
    );
  }
}
