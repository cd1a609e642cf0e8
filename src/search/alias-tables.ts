/**
 * The alias list compiled for look-up: each key's words as stems (and, for a Spanish line, as Spanish roots) with the
 * article wordings it stands for, and one-word keys with the stop words around them.
 *
 * Compiling analyses some 6,000 keys and wordings, about 50 ms of every process's start. `npm run build` writes the
 * corpus's tables to dist/data/ (scripts/checked-content.ts); a process whose alias list, analyzer and compiling code
 * are the ones the file was made from (its fingerprint says so) reads them instead, and any other compiles them.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AliasEntry } from '../corpus/aliases.js';
import { fingerprint } from '../fingerprint.js';
import { PROJECT_ROOT } from '../paths.js';
import { bigram, editDistance, isWholeText, wordTokens, type Analyzer, type ContentWord } from '../text/analyzer.js';
import { foldText } from '../text/fold.js';
import { spanishRoot } from '../text/spanish-words.js';
import { WORDING_WEIGHTS, newWording, type Wording } from './concept.js';

/** Where `npm run build` writes the corpus's tables. */
export const ALIAS_TABLES_FILE = join(PROJECT_ROOT, 'dist', 'data', 'alias-tables.json');

/** Our modules whose code compiles the tables (this one, and what it calls), beside this file. */
const SOURCE_MODULES = [
  './alias-tables',
  './concept',
  '../text/analyzer',
  '../text/fold',
  '../text/spanish-words',
  '../text/stem-es',
];
/** Packages whose code the analyzers' stemmers run. */
const SOURCE_PACKAGES = ['stemmer', '@orama/stemmers/spanish'];

/** Words whose stems tell one stemmer from another (English from Spanish, Porter from none). */
const STEMMER_PROBES = ['nations', 'running', 'relaciones', 'presidencia', 'expulsaron'];

/** A key of the alias list, compiled. */
export interface CompiledAlias {
  /** The key's content words. */
  keyLength: number;
  /** The article wordings it stands for (shared by every key of its line). */
  wordings: Wording[];
  /** Line of the alias file that defined it, to report clashes. */
  line: number;
}

/**
 * A key of one content word with stop-word particles ("kicked out", "on hold", "stood up against"): it matches that
 * word only with the same particles around it, so "held" alone stays "held" while "on hold" means "freezing".
 */
export interface ParticleAlias extends CompiledAlias {
  /** Stop words right before the word, folded, in order. */
  before: string[];
  /** Stop words right after it. */
  after: string[];
}

/** The alias list as the query reader looks keys up. */
export interface AliasTables {
  /** Keys by their words' stems joined with spaces (a later line's key replaces an earlier one's). */
  byStems: Map<string, CompiledAlias>;
  /** Spanish keys by their words' Spanish roots joined with spaces (the first line's key stays). */
  bySpanishRoots: Map<string, CompiledAlias>;
  /**
   * The first words of every key of {@link byStems} and of {@link bySpanishRoots} ("a", "a b", … of "a b c"): a
   * question's run of words is looked up only while it starts some key, not at every length.
   */
  stemPrefixes: Set<string>;
  rootPrefixes: Set<string>;
  /** One-word keys with particles ("kicked out", "on hold"), by the word's stem. */
  particles: Map<string, ParticleAlias[]>;
}

/**
 * One compiled key, in the order the list gives them: its entry (the line's index among those with a key), its stems
 * key or its stem and particles, and for a Spanish line its roots key.
 */
type KeyRecord =
  | { entry: number; line: number; keyLength: number; stems: string; roots?: string }
  | { entry: number; line: number; stem: string; before: string[]; after: string[] };

/** A feminine roots key ("sucesora" of "sucesor", see feminineKeys) and the index of the key whose alias it reads. */
type FeminineRecord = [roots: string, key: number];

/** The tables as written to a file: each line's wordings once, then the keys in order, then the feminine keys. */
interface TablesFile {
  wordings: Wording[][];
  keys: KeyRecord[];
  feminine: FeminineRecord[];
}

/** Compiles the alias list with `analyzer` (the articles' own: stems are compared with the index's terms). */
export function compileAliases(entries: readonly AliasEntry[], analyzer: Analyzer): AliasTables {
  return tablesOf(compiledRecords(entries, analyzer));
}

/**
 * The tables of `entries`: read from `file` when it was written for the same list, analyzer and code, else compiled.
 * @param file the tables `npm run build` wrote (none: always compile).
 */
export function aliasTables(
  entries: readonly AliasEntry[],
  analyzer: Analyzer,
  file: string | undefined = ALIAS_TABLES_FILE,
): AliasTables {
  return (
    (file === undefined ? undefined : readAliasTables(entries, analyzer, file)) ?? compileAliases(entries, analyzer)
  );
}

/** The tables in `file`, when it was written for these `entries`, `analyzer` and code; undefined otherwise. */
export function readAliasTables(
  entries: readonly AliasEntry[],
  analyzer: Analyzer,
  file: string = ALIAS_TABLES_FILE,
): AliasTables | undefined {
  if (entries.length === 0 || !existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  const firstLine = text.indexOf('\n');
  if (firstLine < 0 || text.slice(0, firstLine) !== tablesFingerprint(entries, analyzer)) return undefined;
  try {
    const { wordings, keys, feminine } = JSON.parse(text.slice(firstLine + 1)) as TablesFile;
    // Rebuilt in the one shape of wordings (see newWording), which objects parsed from JSON do not have.
    return tablesOf({ wordings: wordings.map((list) => list.map(newWording)), keys, feminine });
  } catch {
    // A file cut short (a build interrupted while writing it): compiled instead.
    return undefined;
  }
}

/** Writes the tables of `entries` to `file`, with their fingerprint (see {@link aliasTables}). */
export function writeAliasTables(
  entries: readonly AliasEntry[],
  analyzer: Analyzer,
  file: string = ALIAS_TABLES_FILE,
): void {
  mkdirSync(dirname(file), { recursive: true });
  // Written beside and renamed: a process starting meanwhile reads the old file or the new one, never half of one.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(
    partial,
    `${tablesFingerprint(entries, analyzer)}\n${JSON.stringify(compiledRecords(entries, analyzer))}`,
  );
  renameSync(partial, file);
}

/** Removes the tables (a corpus that fails its check has none). */
export function removeAliasTables(file: string = ALIAS_TABLES_FILE): void {
  rmSync(file, { force: true });
}

/** What the tables are made from: the list, the analyzer's stop words, word forms and stemmer, and the code. */
function tablesFingerprint(entries: readonly AliasEntry[], analyzer: Analyzer): string {
  return fingerprint({
    from: import.meta.url,
    packages: SOURCE_PACKAGES,
    modules: SOURCE_MODULES,
    data: [
      JSON.stringify(entries),
      [...analyzer.stopWords].join('\n'),
      [...analyzer.wordForms].join('\n'),
      // Which stemmer: its stems of a few words (a bundler may rename the function, never change what it does).
      STEMMER_PROBES.map((word) => analyzer.stemOf(word)).join(' '),
    ],
  });
}

/** Each line's wordings and each key, compiled. */
function compiledRecords(entries: readonly AliasEntry[], analyzer: Analyzer): TablesFile {
  const wordings: Wording[][] = [];
  const keys: KeyRecord[] = [];
  for (const entry of entries) {
    const entryWordings = entry.expansions.map((expansion) =>
      toWording(analyzer.contentWords(expansion), WORDING_WEIGHTS.aliasOnly),
    );
    const index = wordings.length;
    let used = false;
    for (const key of entry.keys) {
      const words = analyzer.contentWords(key);
      if (words.length === 0) continue;
      used = true;
      // "on hold" without its stop word is "hold": as a plain key it would take over every hold, held or holding.
      // A key that is its one word alone has none.
      const particles = words.length === 1 && !isWholeText(words[0]!, key) ? particlesAround(key, analyzer) : undefined;
      if (particles && (particles.before.length > 0 || particles.after.length > 0)) {
        keys.push({ entry: index, line: entry.line, stem: words[0]!.stem, ...particles });
        continue;
      }
      const stems = words.map((word) => word.stem).join(' ');
      const roots = entry.language === 'es' ? words.map((word) => spanishRoot(word.folded)).join(' ') : undefined;
      keys.push({
        entry: index,
        line: entry.line,
        keyLength: words.length,
        stems,
        ...(roots !== undefined && { roots }),
      });
    }
    if (used) wordings.push(entryWordings);
  }
  return { wordings, keys, feminine: feminineKeys(keys) };
}

/** The look-up tables of compiled records, each line's wordings shared by its keys. */
function tablesOf({ wordings, keys, feminine }: TablesFile): AliasTables {
  const tables: AliasTables = {
    byStems: new Map(),
    bySpanishRoots: new Map(),
    stemPrefixes: new Set(),
    rootPrefixes: new Set(),
    particles: new Map(),
  };
  // Each key's alias by the key's index, for the feminine keys that share it.
  const compiledByKey: CompiledAlias[] = [];
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index]!;
    if ('stem' in key) {
      const list = tables.particles.get(key.stem) ?? [];
      list.push({ keyLength: 1, wordings: wordings[key.entry]!, line: key.line, before: key.before, after: key.after });
      tables.particles.set(key.stem, list);
      continue;
    }
    const compiled = { keyLength: key.keyLength, wordings: wordings[key.entry]!, line: key.line };
    compiledByKey[index] = compiled;
    tables.byStems.set(key.stems, compiled);
    addPrefixes(tables.stemPrefixes, key.stems);
    if (key.roots === undefined) continue;
    if (!tables.bySpanishRoots.has(key.roots)) tables.bySpanishRoots.set(key.roots, compiled);
    addPrefixes(tables.rootPrefixes, key.roots);
  }
  for (const [roots, key] of feminine) {
    tables.bySpanishRoots.set(roots, compiledByKey[key]!);
    addPrefixes(tables.rootPrefixes, roots);
  }
  return tables;
}

/**
 * A Spanish key's title in "-or" read for its "-ora" too, where no key writes that form: "la sucesora de Castillo" is
 * a "sucesor", but "el embajador" is not the "embajadora" a key keeps for the chargée (see spanishRoot). Found when
 * the tables are compiled and written with them, so that a process reading the file does not test every roots key.
 */
function feminineKeys(keys: readonly KeyRecord[]): FeminineRecord[] {
  // The first key of each roots is the one the tables keep for it.
  const firstOfRoots = new Map<string, number>();
  keys.forEach((key, index) => {
    if ('stem' in key || key.roots === undefined || firstOfRoots.has(key.roots)) return;
    firstOfRoots.set(key.roots, index);
  });
  const taken = new Set(firstOfRoots.keys());
  const records: FeminineRecord[] = [];
  for (const [roots, key] of firstOfRoots) {
    const feminine = roots
      .split(' ')
      .map((root) => (MASCULINE_AGENT_ROOT.test(root) ? `${root}a` : root))
      .join(' ');
    if (feminine === roots || taken.has(feminine)) continue;
    taken.add(feminine);
    records.push([feminine, key]);
  }
  return records;
}

/** A Spanish root of a title in "-or" ("embajador", "sucesor"), whose feminine ends "-ora". */
const MASCULINE_AGENT_ROOT = /^\p{L}{3,}or$/u;

/** The stop words around the single content word of a text (`undefined` when it has no single content word). */
function particlesAround(text: string, analyzer: Analyzer): { before: string[]; after: string[] } | undefined {
  const tokens = wordTokens(text);
  const content = tokens.map((token) => analyzer.isContentToken(token.raw));
  const at = content.indexOf(true);
  if (at < 0 || content.lastIndexOf(true) !== at) return undefined;
  const fold = (list: typeof tokens) => list.map((token) => foldText(token.raw));
  return { before: fold(tokens.slice(0, at)), after: fold(tokens.slice(at + 1)) };
}

/** Adds each run of first words of a key ("a", "a b", "a b c" of "a b c"). */
function addPrefixes(prefixes: Set<string>, key: string): void {
  for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) prefixes.add(key.slice(0, at));
  prefixes.add(key);
}

/** The phrase terms between neighbouring terms of a wording. */
export function phrasesOf(terms: string[]): string[] {
  return terms.slice(1).map((term, i) => bigram(terms[i]!, term));
}

/** A wording of the given words in a row. */
export function toWording(words: ContentWord[], weight: number): Wording {
  const terms = words.map((word) => word.stem);
  return newWording({ terms, phrases: phrasesOf(terms), weight });
}

/**
 * The one-word keys of the alias lines whose every wording is `standsFor` ("amlo", "peje": López Obrador), folded.
 */
export function aliasKeyWords(entries: readonly AliasEntry[], standsFor: (wording: string) => boolean): Set<string> {
  const words = new Set<string>();
  for (const entry of entries) {
    if (!entry.expansions.every(standsFor)) continue;
    for (const key of entry.keys) {
      const folded = foldText(key).trim();
      if (!/\s/.test(folded)) words.add(folded);
    }
  }
  return words;
}

/** Edits within which a key is a spelling of a word of the name it stands for ("betsy", "bettsy" of "Betssy"). */
const SPELLING_EDITS = 2;

/**
 * The one-word keys of the alias lines that stand for one person the articles name, folded → that person's name as
 * the line writes it ("amlo" → "López Obrador"): a question naming someone by nickname names that person. A key that
 * is only a misspelling of the name ("betsy") is left out: a misspelt question is no sure naming of the person.
 */
export function aliasPersonNames(
  entries: readonly AliasEntry[],
  isPerson: (wording: string) => boolean,
): Map<string, string> {
  const names = new Map<string, string>();
  for (const entry of entries) {
    const [person] = entry.expansions;
    if (entry.expansions.length !== 1 || !isPerson(person!)) continue;
    for (const key of entry.keys) {
      const folded = foldText(key).trim();
      if (!/\s/.test(folded) && !spellsWordOf(folded, person!)) names.set(folded, person!);
    }
  }
  return names;
}

/** Whether a folded word is a spelling of one of a name's words, within {@link SPELLING_EDITS}. */
function spellsWordOf(folded: string, name: string): boolean {
  return wordTokens(name).some((token) => editDistance(folded, foldText(token.raw), SPELLING_EDITS) <= SPELLING_EDITS);
}
