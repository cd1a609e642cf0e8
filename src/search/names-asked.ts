/**
 * The articles' names a question writes: which terms it names (a given name standing for its surname too), which of
 * them are not everywhere in the corpus, and which name a person.
 */
import { wordTokens, type Analyzer } from '../text/analyzer.js';
import { foldText } from '../text/fold.js';
import { Memo } from '../text/memo.js';
import type { Lexicon } from './lexicon.js';
import { firstFormOfTerms } from './names.js';

/** Share of the paragraphs a name may appear in and still be the subject of a question ("Peru" is everywhere). */
const GENERIC_SHARE = 0.5;
/** Texts remembered with the names they write: a question's own and its words', read by one check after another. */
const MAX_WRITTEN_MEMO = 1024;

/** What the names are read against. */
export interface NameSources {
  /** Names as the articles write them, folded → their term. */
  nameForms: ReadonlyMap<string, string>;
  /** The surname each given name comes before ("betssi" → "chavez"). */
  givenNames: ReadonlyMap<string, string>;
  /** Paragraphs holding each term. */
  paragraphFrequency: (term: string) => number;
  paragraphCount: number;
  lexicon: Lexicon;
  /** The person's name a one-word nickname stands for ("amlo" → "López Obrador"), folded key. */
  nicknameOf?: (folded: string) => string | undefined;
}

export class NamesAsked {
  private personTermSet: ReadonlySet<string> | undefined;

  constructor(
    private readonly analyzer: Analyzer,
    private readonly sources: NameSources,
  ) {}

  /** {@link written}'s terms by text: the readers ask it of the same question and of the same words, often. */
  private readonly writtenMemo = new Memo<string, ReadonlySet<string>>(MAX_WRITTEN_MEMO);

  /**
   * Terms of the names the user wrote (not those an alias adds: "president of Peru" must still find "Jose Jeri").
   * The set is shared by every caller of the same text: read only.
   */
  written(question: string): ReadonlySet<string> {
    return this.writtenMemo.get(question, (text) => this.writtenAnew(text));
  }

  /** {@link written}, read anew. */
  private writtenAnew(question: string): ReadonlySet<string> {
    const { nameForms, givenNames } = this.sources;
    const names = new Set<string>();
    for (const word of this.analyzer.contentWords(question)) {
      const name = nameForms.get(word.folded) ?? nameForms.get(word.folded.replace(/s$/, ''));
      if (!name) continue;
      names.add(name);
      // A given name stands for the person the articles later call by surname ("Betssy" → "Chavez").
      const surname = givenNames.get(name);
      if (surname) names.add(surname);
    }
    return names;
  }

  /** Terms of the names the user wrote that are not everywhere in the corpus ("Ornelas", not "Peru"). */
  rareWritten(question: string): string[] {
    const limit = this.sources.paragraphCount * GENERIC_SHARE;
    return [...this.written(question)].filter((term) => this.sources.paragraphFrequency(term) <= limit);
  }

  /** The surname a given name's term comes before ("betssi" → "chavez"); any other term as it is. */
  surnameOf(term: string): string {
    return this.sources.givenNames.get(term) ?? term;
  }

  /** The words naming a person in a question, as typed ("betssy chavez"), or undefined when it names nobody. */
  person(question: string): string | undefined {
    const words = wordTokens(question).filter((token) =>
      this.personTerms.has(this.sources.nameForms.get(foldText(token.raw))!),
    );
    return words.length > 0 ? words.map((token) => token.raw).join(' ') : undefined;
  }

  /**
   * As {@link person}, a nickname giving the name it stands for ("what's amlo up to these days" → "López Obrador"):
   * for checks of what the articles tell of the person now, where a nickname asks of them as much as their name.
   */
  personOrNicknamed(question: string): string | undefined {
    const written = this.person(question);
    if (written !== undefined) return written;
    const named = wordTokens(question).flatMap((token) => this.sources.nicknameOf?.(foldText(token.raw)) ?? []);
    return named.length > 0 ? named.join(' ') : undefined;
  }

  /**
   * Terms of people's names: a given name and the name after it ("claudia" "sheinbaum"), when that name is a person
   * to WordNet or no word of it ("Sheinbaum", "Chavez"), unlike "Latin America" or "Pacific Alliance".
   */
  get personTerms(): ReadonlySet<string> {
    if (this.personTermSet) return this.personTermSet;
    const { nameForms, givenNames, lexicon } = this.sources;
    const written = firstFormOfTerms(nameForms);
    const terms = new Set<string>();
    for (const [given, surname] of givenNames) {
      const entry = lexicon.lookup(written.get(surname) ?? surname);
      if (entry.inWordNet && entry.classes[0] !== 'noun.person') continue;
      terms.add(given).add(surname);
    }
    this.personTermSet = terms;
    return terms;
  }
}
