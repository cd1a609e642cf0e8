/**
 * The content as `npm run build` checked it (load.ts: each file's schema, every citation proven against its
 * article), kept in dist/data/: a process whose content files and articles are the ones checked, by the same
 * checking code, reads that copy instead of checking them again. Checking needs the files' schemas, and so zod,
 * whose loading is most of what the CLI spends before its first answer. Any change to a content file, an article or
 * that code, and the fingerprint differs: the files are checked as before.
 *
 * The copy also holds the lead phrases as read from their file (corpus/language/ask-leads.txt, which the fingerprint
 * covers with the code that reads them): reading that file's 300 lines into phrases is a tenth of a CLI's start-up.
 * It does not hold the files' names as error messages give them (relative to the working directory): those are
 * made again.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { CorpusError } from '../corpus/errors.js';
import { displayPath, readCorpusFile, type Corpus } from '../corpus/load.js';
import { fingerprint } from '../fingerprint.js';
import { PROJECT_ROOT } from '../paths.js';
import { CONTENT_FILES } from './files.js';
import { LEAD_PHRASES_FILE, type LeadPhrases } from './lead-phrases.js';
import type { Content } from './types.js';

/** Where `npm run build` writes the copy. */
export const CHECKED_CONTENT_FILE = join(PROJECT_ROOT, 'dist', 'data', 'checked-content.json');

/**
 * The checking code, beside this module (the corpus loader reads what it checks; the lead phrases are read into words
 * by the text modules), and the package it runs on.
 */
const CHECKING_MODULES = [
  './load',
  './schema',
  './problems',
  './verbatim',
  './files',
  './lead-phrases',
  '../corpus/load',
  '../text/analyzer',
  '../text/fold',
];
const CHECKING_PACKAGES = ['zod'];

type ContentPart = Exclude<keyof Content, 'leads'>;
const PARTS = Object.keys(CONTENT_FILES) as ContentPart[];

/** The content files' texts and the articles they cite (but where each was read from), as checking reads them. */
function checkedFingerprint(dir: string, corpus: Corpus): string {
  const articles = JSON.stringify(corpus.articles, (key, value: unknown) => (key === 'file' ? undefined : value));
  return fingerprint({
    from: import.meta.url,
    packages: CHECKING_PACKAGES,
    modules: CHECKING_MODULES,
    data: [
      ...PARTS.map((part) => readCorpusFile(dir, CONTENT_FILES[part])),
      readCorpusFile(dir, LEAD_PHRASES_FILE),
      articles,
    ],
  });
}

/** {@link checkedFingerprint}, or undefined when a content file cannot be read (checking it says why). */
function currentFingerprint(dir: string, corpus: Corpus): string | undefined {
  try {
    return checkedFingerprint(dir, corpus);
  } catch (error) {
    if (error instanceof CorpusError) return undefined;
    throw error;
  }
}

/**
 * Writes the content `loadContent` checked for the corpus in `dir` (by default where `npm run build` puts it).
 * Throws when the content holds anything JSON would not give back as it is.
 */
export function writeCheckedContent(
  dir: string,
  corpus: Corpus,
  content: Content,
  file: string = CHECKED_CONTENT_FILE,
): void {
  // Each part but its file's name (see readCheckedContent).
  const parts = Object.fromEntries(
    PARTS.map((part) => [part, Object.fromEntries(Object.entries(content[part]).filter(([key]) => key !== 'file'))]),
  );
  assertPlainJson(parts, 'content');
  const leads = JSON.stringify(content.leads, setsAsLists);
  if (!isDeepStrictEqual(JSON.parse(leads, listsAsSets), content.leads))
    throw new Error('checked content: the lead phrases hold what JSON would not give back as it is');
  mkdirSync(dirname(file), { recursive: true });
  // Three lines: JSON writes no line break of its own.
  writeFileSync(file, `${checkedFingerprint(dir, corpus)}\n${JSON.stringify(parts)}\n${leads}`);
}

/** Key of the object a Set of the lead phrases is written as ({"set": [...]}), which no other object of them has. */
const SET_KEY = 'set';

/** JSON.stringify's replacer writing a Set as {"set": [...]}; throws on another object with that key. */
function setsAsLists(this: unknown, key: string, value: unknown): unknown {
  if (value instanceof Set) return { [SET_KEY]: [...(value as Set<unknown>)] };
  if (isPlainObject(value) && Object.hasOwn(value, SET_KEY))
    throw new Error(`checked content: leads.${key} has a "${SET_KEY}" key, which is how a Set is written`);
  return value;
}

/** JSON.parse's reviver giving back what {@link setsAsLists} wrote. */
function listsAsSets(key: string, value: unknown): unknown {
  return isPlainObject(value) && Object.hasOwn(value, SET_KEY)
    ? new Set((value as Record<typeof SET_KEY, unknown[]>)[SET_KEY])
    : value;
}

function isPlainObject(value: unknown): value is object {
  return value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;
}

/** Removes a copy (content that fails its check has none). */
export function removeCheckedContent(file: string = CHECKED_CONTENT_FILE): void {
  rmSync(file, { force: true });
}

/**
 * The content of the corpus in `dir` as the build checked it, when its files, its articles and the checking code
 * are what the build had; undefined otherwise (check the files: see loadContent).
 */
export function readCheckedContent(
  dir: string,
  corpus: Corpus,
  file: string = CHECKED_CONTENT_FILE,
): Content | undefined {
  if (!existsSync(file)) return undefined;
  const [recorded, partsLine, leadsLine] = readFileSync(file, 'utf8').split('\n');
  if (leadsLine === undefined || recorded !== currentFingerprint(dir, corpus)) return undefined;
  const parts = JSON.parse(partsLine!) as Record<ContentPart, object>;
  // Each part as loadContent makes it: the file's name first.
  const content = Object.fromEntries(
    PARTS.map((part) => [part, { file: displayPath(dir, CONTENT_FILES[part]), ...parts[part] }]),
  ) as Omit<Content, 'leads'>;
  return { ...content, leads: JSON.parse(leadsLine, listsAsSets) as LeadPhrases };
}

/**
 * Throws unless JSON gives `value` back as it is: plain objects and arrays, text, finite numbers, booleans and null;
 * nothing undefined, no Map or Set, no -0. An object reached twice (a speaker's subject that is its name) comes
 * back as two equal ones: content is read, never changed.
 */
function assertPlainJson(value: unknown, path: string): void {
  const fail = (what: string): never => {
    throw new Error(`checked content: ${path} ${what}; JSON would not give it back as it is`);
  };
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || Object.is(value, -0)) fail(`is ${value}`);
    return;
  }
  if (typeof value !== 'object') return fail(`is ${typeof value}`);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) assertPlainJson(value[i], `${path}[${i}]`);
    return;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) fail('is not a plain object');
  for (const [key, item] of Object.entries(value)) assertPlainJson(item, `${path}.${key}`);
}
