/**
 * Typo correction and completion of a word no article has: the index's words within an edit or two of it, or
 * starting with it, and the names and words as the articles write them, so ranking only deals with indexed terms.
 */
import { doubleMetaphone } from 'double-metaphone';
import { editDistance, type Analyzer, type ContentWord } from '../text/analyzer.js';
import { WORDING_WEIGHTS, newWording, type Wording } from './concept.js';
import { FuzzyKeys } from './fuzzy-keys.js';
import type { Lexicon } from './lexicon.js';

/** Shortest stem that gets typo correction at all, and at distance 2. */
const FUZZY_MIN_LENGTH = 5;
const FUZZY2_MIN_LENGTH = 8;
const PREFIX_MIN_LENGTH = 4;
/** Shortest misspelt word compared with the names of the articles. */
const NAME_FUZZY_MIN_LENGTH = 4;
const MAX_CORRECTIONS = 3;
/** Shortest word corrected against the words as written (see `candidates`). */
const WRITTEN_FUZZY_MIN_LENGTH = 6;
/** Spoken-English frequency (Zipf) from which a WordNet word is taken as meant, not as a typo ("price" ≠ "prime"). */
const REAL_WORD_MIN_ZIPF = 3;
/** Words whose corrections are remembered. */
const MAX_CORRECTION_MEMO = 5000;
/** Shortest English word compared by sound, and how much longer or shorter than it a word sounding alike may be. */
const SOUND_MIN_LENGTH = 4;
const SOUND_MAX_LENGTH_GAP = 3;
/**
 * Most edits between a real word and the homophone it was written for: a near spelling ("brake" for break), not a
 * word that only sounds alike by its consonants ("seized", read SST as "society" is).
 */
const HOMOPHONE_MAX_EDITS = 2;
/** Fewest sounds in a word's code for a match by sound; for a real English word, which can only be a homophone. */
const SOUND_MIN_CODE = 4;
const SOUND_MIN_CODE_HOMOPHONE = 3;

/** What words are corrected into. */
export interface CorrectionSources {
  /** Terms of the index (unigrams and phrases), with the number of paragraphs holding each. */
  vocabulary: ReadonlyMap<string, number>;
  /** Names as the articles write them, folded ("glas", "zela"), with their terms. */
  nameForms: ReadonlyMap<string, string>;
  /** Every word as the articles write it, folded ("president", "minister"), with its term. */
  writtenForms: ReadonlyMap<string, string>;
  /** General English and Spanish data, to keep real words as typed; without it every word may be corrected. */
  lexicon: Lexicon | undefined;
}

/** Corrects and completes words against the index's vocabulary. */
export class Corrector {
  private readonly vocabulary: ReadonlyMap<string, number>;
  private readonly writtenForms: ReadonlyMap<string, string>;
  /** The first word as written of each term (`writtenForms` the other way round). */
  private readonly writtenFormOfTerm = new Map<string, string>();
  private readonly lexicon: Lexicon | undefined;
  /** The index's single words, for typo correction and completion. */
  private unigramTree: FuzzyKeys<string> | undefined;
  /** Name forms and written forms, for typo correction. */
  private nameTree: FuzzyKeys<string> | undefined;
  private writtenTree: FuzzyKeys<string> | undefined;
  private readonly cache = new Map<string, Wording[]>();
  /** The words as written, by their Double Metaphone codes ("relations" under "RLXNS"). */
  private soundTable: Map<string, Array<{ written: string; primary: boolean }>> | undefined;

  constructor(
    private readonly analyzer: Analyzer,
    private readonly sources: CorrectionSources,
  ) {
    this.vocabulary = sources.vocabulary;
    this.writtenForms = sources.writtenForms;
    for (const [written, term] of this.writtenForms)
      if (!this.writtenFormOfTerm.has(term)) this.writtenFormOfTerm.set(term, written);
    this.lexicon = sources.lexicon;
  }

  // The lookup tables are built when first needed: a process whose questions use only the corpus's words (most
  // one-shot questions, and the translations' engine) never needs some or all of them.

  private get unigramVocabulary(): FuzzyKeys<string> {
    // Words only: phrase terms hold "_", place terms "¶".
    return (this.unigramTree ??= new FuzzyKeys(
      [...this.vocabulary.keys()].filter((term) => /^[^_¶]+$/.test(term)).map((term) => [term, term] as const),
    ));
  }

  private get nearNames(): FuzzyKeys<string> {
    return (this.nameTree ??= new FuzzyKeys(this.sources.nameForms));
  }

  private get nearWrittenForms(): FuzzyKeys<string> {
    return (this.writtenTree ??= new FuzzyKeys(this.writtenForms));
  }

  /** Written words by each of their sound codes; `primary` when the code is the word's first reading. */
  private get writtenBySound(): ReadonlyMap<string, Array<{ written: string; primary: boolean }>> {
    if (this.soundTable) return this.soundTable;
    const table = new Map<string, Array<{ written: string; primary: boolean }>>();
    for (const written of this.writtenForms.keys()) {
      if (written.length < SOUND_MIN_LENGTH || !/^[a-z]+$/.test(written)) continue;
      const codes = doubleMetaphone(written);
      for (const code of new Set(codes)) {
        const list = table.get(code) ?? [];
        list.push({ written, primary: code === codes[0] });
        table.set(code, list);
      }
    }
    return (this.soundTable = table);
  }

  /** The word as the articles first write an index term ("minist" → "minister"), or undefined. */
  writtenForm(term: string): string | undefined {
    return this.writtenFormOfTerm.get(term);
  }

  /**
   * The index words a word no article has was likely meant as, closest first (at most {@link MAX_CORRECTIONS}):
   * none when it is a real word meant as typed.
   */
  corrections(word: ContentWord, spanish: boolean): Wording[] {
    // A real word is meant as typed ("price" is not "prime") unless the correction is far more common in English
    // than it. In a Spanish question, a word of everyday Spanish is meant as typed: its inflections make "far more
    // common" meaningless ("conversando" is no typo of "convertirse"); it is not even looked up.
    if (spanish && this.isRealSpanishWord(word.folded)) return [];
    const near = this.candidates(word.stem, word.folded);
    const real = this.isRealWord(word.folded);
    // An English word spelt by ear, further than a typo from the word as written ("relashuns", "brake").
    // Not a capitalised word: a name the article lacks ("Tokyo") is no misspelling of one of its words.
    if (near.length === 0 && !spanish) return /^\p{Lu}/u.test(word.raw) ? [] : this.soundingAlike(word.folded, real);
    return real ? near.filter((c) => this.muchMoreCommon(c.terms[0]!, word.folded)) : near;
  }

  /**
   * The article's words as written that sound like a word by English spelling rules (the same Double Metaphone
   * code), start with its letter and are about as long, most frequent first (at most {@link MAX_CORRECTIONS}); for
   * a real word (`real`), only those far more common than it ("brake" → break, not "principal" → principle).
   */
  private soundingAlike(folded: string, real: boolean): Wording[] {
    if (folded.length < SOUND_MIN_LENGTH || !/^[a-z]+$/.test(folded)) return [];
    const terms = new Set<string>();
    const codes = doubleMetaphone(folded);
    // A real word is a homophone only by both words' first readings: "thread" may be read "TRT", but is no "tried".
    for (const code of new Set(real ? codes.slice(0, 1) : codes)) {
      // Few sounds ("TM": team, time) tell words apart only for a real word written for its homophone ("brake").
      if (code.length < (real ? SOUND_MIN_CODE_HOMOPHONE : SOUND_MIN_CODE)) continue;
      for (const { written, primary } of this.writtenBySound.get(code) ?? []) {
        if (real && !primary) continue;
        if (written[0] !== folded[0] || Math.abs(written.length - folded.length) > SOUND_MAX_LENGTH_GAP) continue;
        if (real && !this.muchMoreCommonWord(written, folded)) continue;
        if (real && editDistance(written, folded, HOMOPHONE_MAX_EDITS) > HOMOPHONE_MAX_EDITS) continue;
        terms.add(this.writtenForms.get(written)!);
      }
    }
    return [...terms]
      .sort((a, b) => (this.vocabulary.get(b) ?? 0) - (this.vocabulary.get(a) ?? 0))
      .slice(0, MAX_CORRECTIONS)
      .map((term) => newWording({ terms: [term], phrases: [], weight: WORDING_WEIGHTS.fuzzy2 }));
  }

  /** Completions and corrections of a word, whether or not it is a real word. */
  private candidates(wordStem: string, folded: string): Wording[] {
    // By the word as typed, not its stem: names and written forms are compared with the whole word, so two spellings
    // with one stem can correct differently (and an answer must not depend on what someone asked before).
    const cached = this.cache.get(folded);
    if (cached) return cached;
    const found: Array<{ term: string; weight: number; rank: number }> = [];
    const maxDistance = wordStem.length >= FUZZY2_MIN_LENGTH ? 2 : wordStem.length >= FUZZY_MIN_LENGTH ? 1 : 0;
    const foldedStem = this.analyzer.stemOf(folded);
    // A completion is not also a correction.
    const completions = new Set<string>();
    if (wordStem.length >= PREFIX_MIN_LENGTH) {
      for (const { key: term } of this.unigramVocabulary.startingWith(wordStem)) {
        completions.add(term);
        found.push({ term, weight: WORDING_WEIGHTS.prefix, rank: 1 });
      }
    }
    if (maxDistance > 0) {
      for (const { key: term, distance } of this.unigramVocabulary.near([wordStem, foldedStem], maxDistance)) {
        if (completions.has(term)) continue;
        if (distance === 1) found.push({ term, weight: WORDING_WEIGHTS.fuzzy1, rank: 0 });
        else if (distance === 2) found.push({ term, weight: WORDING_WEIGHTS.fuzzy2, rank: 2 });
      }
    }
    // Names stem oddly ("Glas" → "gla"), so a misspelt name is also compared with the names as written, from
    // four letters on ("zeal" → "Zela", "glass" → "Glas").
    const nameDistance = folded.length >= FUZZY2_MIN_LENGTH ? 2 : folded.length >= NAME_FUZZY_MIN_LENGTH ? 1 : 0;
    const nearNames = nameDistance > 0 ? this.nearNames.near([folded], nameDistance) : [];
    for (const { key: name, value: term, distance } of nearNames) {
      if (found.some((f) => f.term === term)) continue;
      // At four letters only a swap of letters counts ("zeal" → "Zela"): "hago" is not "Hugo".
      if (folded.length < FUZZY_MIN_LENGTH && sortedLetters(folded) !== sortedLetters(name)) continue;
      if (distance === 1) found.push({ term, weight: WORDING_WEIGHTS.fuzzy1, rank: 0 });
      else if (distance === 2) found.push({ term, weight: WORDING_WEIGHTS.fuzzy2, rank: 2 });
    }
    // A misspelling can be one letter from the word as written but further from its stem ("presidnet" is a swap
    // from "president", three edits from "presid"; "minster" one from "minister", two from "minist"). One edit from
    // six letters, two from eight as for stems ("desicion" → "decision"), keeping the first letter: real words one
    // edit away ("distance" → "instance", "voice" → "vice") would otherwise turn a question the article does not
    // cover into a wrong answer.
    if (folded.length >= WRITTEN_FUZZY_MIN_LENGTH) {
      const writtenDistance = folded.length >= FUZZY2_MIN_LENGTH ? 2 : 1;
      for (const { key: written, value: term, distance } of this.nearWrittenForms.near([folded], writtenDistance)) {
        if (written[0] !== folded[0] || found.some((f) => f.term === term)) continue;
        if (distance === 1) found.push({ term, weight: WORDING_WEIGHTS.fuzzy1, rank: 0 });
        else if (distance === 2) found.push({ term, weight: WORDING_WEIGHTS.fuzzy2, rank: 2 });
      }
    }
    // Closest first; among equals, the more frequent word is the likelier intent.
    found.sort((a, b) => a.rank - b.rank || (this.vocabulary.get(b.term) ?? 0) - (this.vocabulary.get(a.term) ?? 0));
    const wordings = found
      .slice(0, MAX_CORRECTIONS)
      .map(({ term, weight }) => newWording({ terms: [term], phrases: [], weight }));
    if (this.cache.size > MAX_CORRECTION_MEMO) this.cache.clear();
    this.cache.set(folded, wordings);
    return wordings;
  }

  /** Whether a word is a real English word in everyday use, so not a typo to correct. */
  private isRealWord(folded: string): boolean {
    return (
      this.lexicon !== undefined &&
      this.lexicon.zipf(folded) >= REAL_WORD_MIN_ZIPF &&
      this.lexicon.lookup(folded).inWordNet
    );
  }

  /** Whether a word is in everyday Spanish use ("conversando"), so not a typo of another word. */
  private isRealSpanishWord(folded: string): boolean {
    return this.lexicon !== undefined && this.lexicon.spanishZipf(folded) >= REAL_WORD_MIN_ZIPF;
  }

  /** Whether the article's word written as `term` is at least ten times as common in English as `typed`. */
  private muchMoreCommon(term: string, typed: string): boolean {
    return this.muchMoreCommonWord(this.writtenFormOfTerm.get(term) ?? term, typed);
  }

  /** Whether `written` is at least ten times as common in English as `typed`. */
  private muchMoreCommonWord(written: string, typed: string): boolean {
    return this.lexicon !== undefined && this.lexicon.zipf(written) >= this.lexicon.zipf(typed) + 1;
  }
}

/** A word's letters in order, to tell a swap of letters ("zeal", "zela") from another word. */
function sortedLetters(word: string): string {
  return [...word].sort().join('');
}
