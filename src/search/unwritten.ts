/**
 * Names and things a question writes that no article has ("Lula", "the OAS", "the International Court of Justice",
 * "Bolivia"), and yes-or-no questions about such a thing: what is asked of them needs more of the question covered
 * than an answer otherwise does (see SearchEngine), since the articles cannot say it.
 */
import { ABBREVIATED_NAME_KNOWN_AS, withAbbreviatedNames } from '../text/chat.js';
import { foldText } from '../text/fold.js';
import type { Lexicon } from './lexicon.js';
import type { Concept } from './concept.js';
import { LIGHT_WORD_WEIGHT } from './word-weight.js';
import { Latin1Twin } from '../text/latin1-twin.js';

/** Capitalised words in a row, not opening a sentence, small words of a name between ("Court of Justice"). */
const TITLE_RUN = new Latin1Twin(
  String.raw`(?<=[\p{L}\p{N},;:'’)"]\s*)\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|the|on|for|and)\s+)?\p{Lu}[\p{L}'’-]*)+`,
  'gu',
);
const TITLE_JOINS: ReadonlySet<string> = new Set(['of', 'the', 'on', 'for', 'and']);
/** A capitalised word not opening a sentence ("… ruptura? Explícalo en 3 líneas" opens one). */
const INNER_CAPITALISED = new Latin1Twin(String.raw`(?<=[\p{L}\p{N},;:'’)"]\s*)\p{Lu}[\p{L}\p{N}]*`, 'gu');
/** The subject of a yes-or-no question, right after its auxiliary: "did **the US** react", "has canada said". */
const SUBJECT_AFTER_AUXILIARY =
  /^[^\p{L}\p{N}]*(?:[a-z]+,?\s+){0,3}?(?:did|does|do|is|are|was|were|has|have|had|will|would|could|can)\s+(?:the\s+)?([a-z]+)\b/u;
/**
 * A place's word after a preposition putting something there: "a consulate **in** Tulsa", "protests **at** the border",
 * "**en** Texas". The preposition is the last word before the place's.
 */
const LOCATIVE_BEFORE = /(?:^|[^\p{L}])(?:in|at|inside|near|around|en|cerca de)\s+(?:(?:the|la|el|los|las)\s+)?$/u;
/** Where the asker is ("I'm in the US, …", "we live in Texas", "estoy en Chile"), not what is asked about. */
const ASKER_THERE =
  /(?:^|[^\p{L}])(?:i'?m|i am|we'?re|we are|(?:i|we) (?:live|lives|study|work|am staying|stay)|estoy|estamos|vivo|vivimos)\s+(?:(?:[a-z]+\s+){0,2})?(?:in|at|near|en)\s+(?:(?:the|la|el)\s+)?$/u;
/** A word written with a capital. */
const CAPITALISED_WORD = new Latin1Twin(String.raw`(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*`, 'gu');
/** How common in spoken Spanish a word may be and still name a thing ("rato" is an everyday word, not a "rat"). */
const SPANISH_EVERYDAY_ZIPF = 4.5;

/** What the unwritten-name checks read: the articles' names and paragraphs, and general language data. */
export interface UnwrittenSources {
  /** Names as the articles write them, folded. */
  nameForms: ReadonlyMap<string, string>;
  paragraphs: ReadonlyArray<{ text: string }>;
  lexicon: Lexicon;
  /** The articles' terms. */
  vocabulary: ReadonlyMap<string, number>;
}

/** Reads whether a question asks about something no article writes. */
export class UnwrittenNames {
  /** The articles' words folded, one space apart and around: read when a question first writes a title. */
  private foldedText: string | undefined;

  constructor(private readonly sources: UnwrittenSources) {}

  /**
   * Whether the question writes a name no article has: a capitalised word inside an English sentence (or an
   * initialism) read as a word no article has, or capitalised words in a row no article writes so, two or more of them
   * no name's ("the International Court of Justice", each of whose words the articles have apart).
   */
  names(question: string, concepts: readonly Concept[]): boolean {
    if (this.writesTitle(question)) return true;
    const unknown = new Set(fullWeightUnknown(concepts).map((c) => c.label));
    if (unknown.size === 0) return false;
    for (const match of question.matchAll(INNER_CAPITALISED.for(question)))
      if (unknown.has(foldText(match[0]))) return true;
    return false;
  }

  /**
   * Places no article names, however written and in either language ("venezuela", "Bolivia"; WordNet's locations), as
   * the labels of the concepts that name them ("usa" of "the US").
   */
  places(question: string, concepts: readonly Concept[]): string[] {
    const { vocabulary } = this.sources;
    // A name written as one ("the US", "Canada"), found only through a looser word ("the States", ¶7's "state"):
    // no article names it.
    let capitalised: Set<string> | undefined;
    const writtenAsName = (label: string) =>
      (capitalised ??= new Set(
        [...CAPITALISED_WORD.matchAll(withAbbreviatedNames(question))].map((match) => foldText(match[0])),
      )).has(label);
    const unwritten = (c: Concept) =>
      c.weight >= 1 &&
      (c.kind === 'unknown' ||
        (c.wordings.every((w) => w.loose || w.terms.length === 0 || w.terms.some((term) => !vocabulary.has(term))) &&
          writtenAsName(foldText(c.label))) ||
        this.nameTailAlone(foldText(c.label), question));
    return concepts
      .filter((c) => {
        if (!unwritten(c)) return false;
        const folded = foldText(c.label);
        return (
          this.sources.lexicon.lookup(ABBREVIATED_NAME_KNOWN_AS.get(folded) ?? folded).classes[0] === 'noun.location'
        );
      })
      .map((c) => foldText(c.label));
  }

  /**
   * Whether one of `places` is who a question asks about: the speaker asked for ("what did the US say"), or the
   * subject of a yes-or-no question ("did the US react at all"), not where the asker is ("I'm in the US, what did
   * Sheinbaum say …").
   */
  asksOfPlace(question: string, places: readonly string[], speaker: string | undefined): boolean {
    const written = (text: string) => foldText(withAbbreviatedNames(text));
    if (speaker !== undefined) return places.some((place) => written(speaker).split(/\s+/).includes(place));
    const opening = SUBJECT_AFTER_AUXILIARY.exec(written(question))?.[1];
    return opening !== undefined && places.includes(opening);
  }

  /**
   * The places no article names where a question puts what it asks about: after "in", "at", "near", "en" ("is there a
   * Mexican consulate **in Tulsa**", "are there protests **in Bolivia** over this"), not where the asker is ("I'm in
   * the US, …"). The articles, naming no such place, cannot tell what is there, whatever else of the question they
   * cover. A place is a word no article has that WordNet reads first as a location, at full weight or written as a name
   * ("Texas", "Houston" weigh less than a rarer name); not an everyday word ("in the end", "en el área").
   */
  asksWithin(question: string, concepts: readonly Concept[]): string[] {
    const text = foldText(withAbbreviatedNames(question));
    const capitalised = new Set(
      [...question.matchAll(CAPITALISED_WORD.for(question))].map((match) => foldText(match[0])),
    );
    const places = concepts
      .filter((c) => {
        const folded = foldText(c.label);
        return (
          c.kind === 'unknown' &&
          (c.weight >= 1 || (c.weight > LIGHT_WORD_WEIGHT && capitalised.has(folded))) &&
          this.sources.lexicon.lookup(ABBREVIATED_NAME_KNOWN_AS.get(folded) ?? folded).classes[0] === 'noun.location'
        );
      })
      .map((c) => foldText(c.label));
    return places.filter((place) => {
      for (const match of text.matchAll(new RegExp(`(?<![\\p{L}])${escaped(place)}(?![\\p{L}])`, 'gu'))) {
        const before = text.slice(0, match.index);
        if (LOCATIVE_BEFORE.test(before) && !ASKER_THERE.test(before)) return true;
      }
      return false;
    });
  }

  /**
   * Whether a yes-or-no question asks about a thing no article names at full weight; in Spanish, a thing no everyday
   * word names ("¿Perú le va a dar salvoconducto…?", not "…o solo por un rato?").
   */
  asksWhetherOf(concepts: readonly Concept[], spanish: boolean): boolean {
    return fullWeightUnknown(concepts).some(
      (c) => !spanish || this.sources.lexicon.spanishZipf(foldText(c.label)) < SPANISH_EVERYDAY_ZIPF,
    );
  }

  /**
   * Whether a word the articles write only as the last of a name's words ("America" of "Latin America") is asked
   * without the word before it: "what did America say", "the Copa América" name another thing.
   */
  private nameTailAlone(folded: string, question: string): boolean {
    const before = this.nameTails().get(folded);
    if (!before) return false;
    const words = wordsOf(question);
    return words.some((word, i) => word === folded && !before.has(words[i - 1] ?? ''));
  }

  /**
   * Words the articles write only right after another capitalised word, each with the words before it, folded:
   * "america" → {"latin"}.
   */
  private nameTails(): ReadonlyMap<string, ReadonlySet<string>> {
    if (this.tails) return this.tails;
    const tails = new Map<string, Set<string>>();
    const elsewhere = new Set<string>();
    for (const { text } of this.sources.paragraphs) {
      const words = text.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
      words.forEach((word, i) => {
        const folded = foldText(word.replace(/['’]s?$/u, ''));
        const previous = words[i - 1];
        if (/^\p{Lu}/u.test(word) && previous !== undefined && /^\p{Lu}/u.test(previous)) {
          const set = tails.get(folded) ?? new Set<string>();
          tails.set(folded, set.add(foldText(previous)));
        } else elsewhere.add(folded);
      });
    }
    for (const word of elsewhere) tails.delete(word);
    return (this.tails = tails);
  }

  /** {@link nameTails}, read on first use. */
  private tails: Map<string, Set<string>> | undefined;

  /** See {@link names}. Not in a question in title case, where every word is capitalised. */
  private writesTitle(question: string): boolean {
    const words = question.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
    if (words.filter((word) => /^\p{Lu}/u.test(word)).length * 2 > words.length) return false;
    for (const run of question.matchAll(TITLE_RUN.for(question))) {
      const folded = wordsOf(run[0]);
      const common = folded.filter((word) => !this.sources.nameForms.has(word) && !TITLE_JOINS.has(word));
      if (common.length >= 2 && !this.articleText().includes(` ${folded.join(' ')} `)) return true;
    }
    return false;
  }

  private articleText(): string {
    return (this.foldedText ??= ` ${this.sources.paragraphs.map((p) => wordsOf(p.text).join(' ')).join(' ')} `);
  }
}

/** A text's words, folded. */
function wordsOf(text: string): string[] {
  return foldText(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Concepts no article has, counted fully. */
function fullWeightUnknown(concepts: readonly Concept[]): Concept[] {
  return concepts.filter((c) => c.kind === 'unknown' && c.weight >= 1);
}

/** A text written into a regular expression as itself. */
function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
