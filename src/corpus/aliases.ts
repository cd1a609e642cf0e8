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
import { CorpusError } from './errors.js';

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
  source.split(/\r?\n/).forEach((rawLine, index) => {
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
