/**
 * The record `npm run build` keeps of a corpus it checked (dist/data/checked-corpus.txt): the fingerprint of every
 * file of the corpus and of the code that checks them. A starting process whose corpus and checking code are the ones
 * checked skips the checks that only prove the files right (translations against their articles, aliases against
 * the articles' words: some 60 ms of every start-up); any change, and they run as before. Reading and parsing the
 * files is never skipped: a file that cannot be read or parsed is reported as always.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fingerprint } from '../fingerprint.js';
import { PROJECT_ROOT } from '../paths.js';

/** Where `npm run build` writes the record. */
export const CHECKED_CORPUS_FILE = join(PROJECT_ROOT, 'dist', 'data', 'checked-corpus.txt');

/** The checking code, beside this module, and the package the analyzer stems with. */
const CHECKING_MODULES = [
  './checked',
  './load',
  './aliases',
  './translation',
  './article',
  './errors',
  '../text/analyzer',
  '../text/fold',
  '../text/memo',
  '../text/sentences',
];
const CHECKING_PACKAGES = ['stemmer'];

/** Folders deep a corpus is read at most: deeper (or a link looping back) is no corpus. */
const MAX_DEPTH = 8;

/**
 * Every file under `dir`, through links as loadCorpus reads them, by path relative to `dir` ("/"-separated), sorted;
 * undefined when something cannot be read.
 */
function corpusFiles(dir: string): Array<[string, Buffer]> | undefined {
  const files: Array<[string, Buffer]> = [];
  const walk = (relativeDir: string, depth: number): boolean => {
    if (depth > MAX_DEPTH) return false;
    for (const name of readdirSync(join(dir, relativeDir)).sort()) {
      const relativePath = relativeDir === '' ? name : `${relativeDir}/${name}`;
      const path = join(dir, relativePath);
      const stats = statSync(path);
      if (stats.isDirectory()) {
        if (!walk(relativePath, depth + 1)) return false;
      } else if (stats.isFile()) files.push([relativePath, readFileSync(path)]);
    }
    return true;
  };
  try {
    return walk('', 0) ? files : undefined;
  } catch {
    return undefined;
  }
}

/** The fingerprint of the corpus in `dir` and the checking code; undefined when a file cannot be read. */
export function corpusFingerprint(dir: string): string | undefined {
  const files = corpusFiles(dir);
  return files
    ? fingerprint({
        from: import.meta.url,
        packages: CHECKING_PACKAGES,
        modules: CHECKING_MODULES,
        data: files.flat(),
      })
    : undefined;
}

/** Whether `file` records the corpus in `dir` as checked, as it is now, by this code. */
export function wasChecked(dir: string, file: string = CHECKED_CORPUS_FILE): boolean {
  if (!existsSync(file)) return false;
  const recorded = readFileSync(file, 'utf8').trim();
  return recorded !== '' && recorded === corpusFingerprint(dir);
}

/** Records the corpus in `dir` as checked (call it only once loadCorpus has checked it). */
export function recordChecked(dir: string, file: string = CHECKED_CORPUS_FILE): void {
  const print = corpusFingerprint(dir);
  if (print === undefined) return removeChecked(file);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${print}\n`);
}

/** Removes the record (a corpus with a problem has none). */
export function removeChecked(file: string = CHECKED_CORPUS_FILE): void {
  rmSync(file, { force: true });
}
