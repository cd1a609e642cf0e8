/**
 * Name statistics of the corpus, read once at start-up: which words are names ("Zela", "Ornelas"), which names are
 * given names always followed by the same surname, and every word as the articles write it. The question reader
 * matches typed names and typos of names against them; declines quote a name as the article writes it.
 */
import type { ContentWord, WordToken } from '../text/analyzer.js';
import { foldText } from '../text/fold.js';
import type { Span } from '../text/span.js';

/** What may stand between a given name and the next part of the name: spaces, or a particle such as "de". */
const NAME_GAP = /^\s+(?:(?:de|del|de la|la|van|von|da|dos)\s+)?$/i;
/** A name is a word capitalised in at least this share of its appearances that do not open a sentence. */
const NAME_CAPITAL_SHARE = 0.75;
/** Marks a word followed by different words in different places: it is no given name. */
const VARIED = '\u0000';

/** The name statistics of a corpus (see {@link NameStatistics}). */
export interface CorpusNames {
  /**
   * Names as the articles write them (folded word → its term): words capitalised in at least three quarters of
   * their appearances that do not open a sentence, where every word is capitalised.
   */
  nameForms: Map<string, string>;
  /**
   * Names always followed by the same name in every article ("Pedro" → "Castillo", "Hugo [de] Zela"): given names,
   * by term. A capitalised word written before different words ("President Jeri", "President Sheinbaum") is not one.
   */
  givenNames: Map<string, string>;
  /** Every content word as the articles write it, folded, with its term. */
  writtenForms: Map<string, string>;
  /**
   * Titles: terms of words the articles write capitalised, inside a sentence, right before a person's name ("under
   * President Jose Jeri", "Foreign Minister Hugo de Zela") that are no names themselves. A person's name is one of
   * {@link givenNames}, given name or the name after it.
   */
  titles: Set<string>;
  /** Terms of names written after a name particle ("Hugo de Zela"): "el canciller de Zela" is a title and a name. */
  afterParticle: Set<string>;
  /**
   * Two terms, space-joined, written together inside a sentence, both capitalised ("new daili" of "Mexico News
   * Daily"): neighbours in a name of several words, though the second may be an everyday word elsewhere.
   */
  capitalPairs: Set<string>;
}

/**
 * Collects the name statistics of a corpus one paragraph at a time, from the words the index reads anyway, keeping
 * only counts per distinct word.
 */
export class NameStatistics {
  private readonly counts = new Map<string, { term: string; capital: number; total: number }>();
  /** Per term: the term of the word always written right after it (or "" when none is), or {@link VARIED}. */
  private readonly following = new Map<string, string>();
  private readonly writtenForms = new Map<string, string>();
  private readonly afterParticle = new Set<string>();
  /** Per term written capitalised inside a sentence: the terms of every word written together right after it. */
  private readonly together = new Map<string, Set<string>>();
  private readonly capitalPairs = new Set<string>();

  /** Reads one paragraph: its text, its sentences and its content words in order. */
  add(text: string, sentences: readonly Span[], words: readonly ContentWord[]): void {
    const starts = new Set<number>();
    for (const span of sentences) {
      LETTER.lastIndex = span.start;
      starts.add(LETTER.exec(text)?.index ?? span.start);
    }
    for (const word of this.recordOrder(words)) {
      if (!this.writtenForms.has(word.folded)) this.writtenForms.set(word.folded, word.stem);
      if (starts.has(word.start)) continue;
      let count = this.counts.get(word.folded);
      if (!count) this.counts.set(word.folded, (count = { term: word.stem, capital: 0, total: 0 }));
      count.total++;
      if (/^\p{Lu}/u.test(word.raw)) count.capital++;
    }
    words.forEach((word, i) => {
      // Written together: only spaces, or a name particle ("Hugo de Zela"), between them; "Ministry of Foreign" and
      // "Chile, Colombia" are not one name.
      const next = words[i + 1];
      const together = next !== undefined && NAME_GAP.test(text.slice(word.end, next.start));
      if (together && /\S/.test(text.slice(word.end, next.start))) this.afterParticle.add(next.stem);
      // A title is written as one ("President Jeri"), unlike a verb before a name ("including Sheinbaum"); a capital
      // that opens a sentence says nothing.
      if (together && /^\p{Lu}/u.test(word.raw) && !starts.has(word.start)) {
        const followers = this.together.get(word.stem);
        if (followers) followers.add(next.stem);
        else this.together.set(word.stem, new Set([next.stem]));
        if (/^\p{Lu}/u.test(next.raw)) this.capitalPairs.add(`${word.stem} ${next.stem}`);
      }
      const known = this.following.get(word.stem);
      if (known === VARIED) return;
      const after = together ? next.stem : '';
      this.following.set(word.stem, known === undefined || known === after ? after : VARIED);
    });
  }

  /**
   * The order in which a paragraph's words enter the maps, which keep it (the question reader tries names and
   * written forms in that order): grouped by term, terms in the order they first appear, as the paragraph index
   * always gave them. Only a paragraph that brings a new word needs it; counting is the same in any order.
   */
  private recordOrder(words: readonly ContentWord[]): readonly ContentWord[] {
    if (words.every((word) => this.writtenForms.has(word.folded) && this.counts.has(word.folded))) return words;
    const termOrder = new Map<string, number>();
    const group = words.map((word) => {
      let first = Infinity;
      for (const term of [word.stem, ...word.partStems]) {
        if (!termOrder.has(term)) termOrder.set(term, termOrder.size);
        first = Math.min(first, termOrder.get(term)!);
      }
      return first;
    });
    return words
      .map((word, i) => ({ word, i }))
      .sort((a, b) => group[a.i]! - group[b.i]! || a.i - b.i)
      .map(({ word }) => word);
  }

  /** The statistics of every paragraph read. */
  result(): CorpusNames {
    const nameForms = new Map<string, string>();
    for (const [folded, { term, capital, total }] of this.counts) {
      if (capital / total >= NAME_CAPITAL_SHARE) nameForms.set(folded, term);
    }
    const nameTerms = new Set(nameForms.values());
    const givenNames = new Map<string, string>();
    for (const [term, after] of this.following) {
      if (nameTerms.has(term) && after !== VARIED && nameTerms.has(after)) givenNames.set(term, after);
    }
    const personTerms = new Set([...givenNames.keys(), ...givenNames.values()]);
    const titles = new Set<string>();
    for (const [term, followers] of this.together) {
      if (!nameTerms.has(term) && [...followers].some((after) => personTerms.has(after))) titles.add(term);
    }
    const afterParticle = new Set([...this.afterParticle].filter((term) => nameTerms.has(term)));
    return {
      nameForms,
      givenNames,
      writtenForms: this.writtenForms,
      titles,
      afterParticle,
      capitalPairs: this.capitalPairs,
    };
  }
}

/** Each name term with its first folded form as written ("ornela" → "ornelas"), from a map of forms to terms. */
export function firstFormOfTerms(nameForms: ReadonlyMap<string, string>): Map<string, string> {
  const forms = new Map<string, string>();
  for (const [folded, term] of nameForms) if (!forms.has(term)) forms.set(term, folded);
  return forms;
}

/** The first letter or digit from a position on: where a sentence's first word starts. */
const LETTER = /[\p{L}\p{N}]/gu;

/** A name as written, from its first matched word: "Ornelas" of "Karla Ornelas" gives "Karla Ornelas". */
export function writtenName(text: string, word: WordToken, isStopWord: (folded: string) => boolean): string {
  const capital = /^\p{Lu}/u.test(word.raw);
  if (!capital) return word.raw;
  let before = /((?:\p{Lu}[\p{L}’'-]*\s+(?:(?:de|del|la)\s+)?)*)$/u.exec(text.slice(0, word.start))?.[1] ?? '';
  // A small word capitalised only to open a sentence is no part of the name ("On November 4"; not "President
  // Claudia Sheinbaum" nor "Peru’s Foreign Minister").
  const opener = /^\S+/u.exec(before)?.[0];
  const opensSentence = /(?:^|[.!?]["”’]?\s+)$/u.test(text.slice(0, word.start - before.length));
  if (opener !== undefined && opensSentence && isStopWord(foldText(opener)))
    before = before.slice(opener.length).trimStart();
  const after = /^((?:\s+(?:(?:de|del|la)\s+)?\p{Lu}[\p{L}’'-]*)*)/u.exec(text.slice(word.end))?.[1] ?? '';
  return `${before}${text.slice(word.start, word.end)}${after}`.replace(/[’']s$/, '').trim();
}
