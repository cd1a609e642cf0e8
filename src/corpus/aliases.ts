/**
 * The alias list (corpus/aliases.txt): everyday, nickname and Spanish wordings mapped to the article's own words.
 *
 * Format, one entry a line, "#" starts a comment:
 * ```
 * [en]                                  ← section: the language of the keys below it (en or es)
 * amlo | andres manuel => López Obrador  ← keys (what users type) => expansions (words the article uses)
 * ```
 * Keys and expansions are separated by "|". Every expansion must be made of words found in the corpus: an
 * alias may lead a user to the article's words, never add words of its own.
 */
import { isWholeText, wordTokens, type Analyzer } from '../text/analyzer.js';
import { textLines } from '../text/one-byte.js';
import { CorpusError } from './errors.js';

/** Longest alias key, in content words, that the search tries. */
export const MAX_ALIAS_KEY_WORDS = 4;

export type AliasLanguage = 'en' | 'es';

export interface AliasEntry {
  /** What a user might type, as written in the file. */
  keys: string[];
  /** The article's wordings it stands for, as written in the file. */
  expansions: string[];
  language: AliasLanguage;
  /** 1-based line number, for error messages. */
  line: number;
}

export function parseAliases(source: string, file: string): AliasEntry[] {
  const entries: AliasEntry[] = [];
  let language: AliasLanguage | undefined;
  textLines(source).forEach((rawLine, index) => {
    const line = rawLine.replace(/#.*$/, '').trim();
    const lineNumber = index + 1;
    if (line === '') return;
    const section = /^\[(\w+)\]$/.exec(line);
    if (section) {
      if (section[1] !== 'en' && section[1] !== 'es') {
        throw new CorpusError(file, `line ${lineNumber}: unknown section [${section[1]}]; use [en] or [es]`);
      }
      language = section[1];
      return;
    }
    if (!language)
      throw new CorpusError(file, `line ${lineNumber}: put a section line, [en] or [es], before the first alias`);
    const mapping = splitMapping(line);
    if (!mapping) throw new CorpusError(file, `line ${lineNumber}: write "key | key => article words | article words"`);
    entries.push({ keys: mapping.from, expansions: mapping.to, language, line: lineNumber });
  });
  return entries;
}

/**
 * A "a | b => c | d" line (comment already removed) as its two lists, each part trimmed; undefined unless both
 * sides have at least one part. Shared by the alias list and the translation glossaries.
 */
export function splitMapping(line: string): { from: string[]; to: string[] } | undefined {
  const halves = line.split('=>');
  const split = (half: string | undefined) =>
    (half ?? '')
      .split('|')
      .map((part) => part.trim())
      .filter((part) => part.length > 0);
  const from = split(halves[0]);
  const to = split(halves[1]);
  return halves.length === 2 && from.length > 0 && to.length > 0 ? { from, to } : undefined;
}

/**
 * Checks the alias list against the articles, once, when the corpus loads: every expansion in the articles' own
 * words, every key with a content word, at most {@link MAX_ALIAS_KEY_WORDS} of them, and no two lines whose keys read
 * the same once folded and stemmed. Throws a one-line CorpusError naming the line.
 * @param vocabulary stems of every content word of the articles.
 */
export function checkAliases(
  entries: readonly AliasEntry[],
  file: string,
  analyzer: Analyzer,
  vocabulary: ReadonlySet<string>,
): void {
  const lineByKey = new Map<string, number>();
  for (const entry of entries) {
    for (const expansion of entry.expansions) {
      const words = analyzer.contentWords(expansion);
      const missing = words.filter((word) => !vocabulary.has(word.stem)).map((word) => word.raw);
      if (words.length === 0 || missing.length > 0) {
        const why =
          words.length === 0 ? 'has only stop words' : `uses words not in any article (${missing.join(', ')})`;
        throw new CorpusError(file, `line ${entry.line}: expansion "${expansion}" ${why}; use the article's own words`);
      }
    }
    for (const key of entry.keys) {
      const words = analyzer.contentWords(key);
      if (words.length === 0) {
        throw new CorpusError(file, `line ${entry.line}: key "${key}" has only stop words, so it can never match`);
      }
      // A one-word key with particles ("on hold") matches only with them: it cannot clash with a plain key.
      if (words.length === 1 && !isWholeText(words[0]!, key) && wordTokens(key).length > 1) continue;
      if (words.length > MAX_ALIAS_KEY_WORDS) {
        throw new CorpusError(file, `line ${entry.line}: key "${key}" is longer than ${MAX_ALIAS_KEY_WORDS} words`);
      }
      const stems = words.map((word) => word.stem).join(' ');
      const clash = lineByKey.get(stems);
      if (clash !== undefined && clash !== entry.line) {
        throw new CorpusError(
          file,
          `line ${entry.line}: key "${key}" reads the same as a key on line ${clash} once folded and stemmed ("${stems}"); keep it on one line`,
        );
      }
      lineByKey.set(stems, entry.line);
    }
  }
}
