/**
 * One article of the corpus: a Markdown-like file with simple front matter and verbatim paragraphs.
 *
 * ```
 * ---
 * id: peru-mexico-rupture-2025
 * title: …            (a descriptive title when the source has none; say so with title_is_descriptive)
 * published: 2025-11-04
 * language: en
 * url:                (optional)
 * ---
 * First paragraph, on one line or several.
 *
 * Second paragraph…
 * ```
 * Paragraph N of the body (blocks separated by blank lines) is cited as ¶N.
 */
import { compactText, textLines } from '../text/one-byte.js';
import { CorpusError } from './errors.js';
import type { ArticleTranslation } from './translation.js';

export interface Paragraph {
  /** 1-based number, as cited (¶N). */
  number: number;
  /** The paragraph verbatim. */
  text: string;
}

export interface Article {
  id: string;
  title: string;
  /** True when the title was written for the project because the source has no headline. */
  titleIsDescriptive: boolean;
  /** ISO date, YYYY-MM-DD. */
  published: string;
  /** BCP 47 language tag of the text, e.g. "en". */
  language: string;
  url?: string;
  paragraphs: Paragraph[];
  /**
   * Its translations (files with `translation_of: <id>` beside it), each checked against it paragraph by
   * paragraph when the corpus loads. Empty when there is none: the original is then shown in every language.
   */
  translations: ArticleTranslation[];
  /** Where the article was loaded from, for error messages. */
  file: string;
}

const REQUIRED_FIELDS = ['id', 'title', 'published', 'language'] as const;
const KNOWN_FIELDS = [...REQUIRED_FIELDS, 'url', 'title_is_descriptive'];
const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A corpus text file split into its front-matter fields and its paragraphs. */
export interface CorpusText {
  fields: Map<string, string>;
  paragraphs: Paragraph[];
}

/**
 * Reads the shared layout of article and translation files: a front matter of "key: value" lines between "---"
 * lines ("#" lines are notes), then paragraphs separated by blank lines. Throws {@link CorpusError} naming `file`
 * for an unknown or repeated field, or a missing required one.
 */
export function parseCorpusText(
  source: string,
  file: string,
  required: readonly string[],
  known: readonly string[],
): CorpusText {
  const lines = textLines(source.replace(/^\uFEFF/, ''));
  if (lines[0]?.trim() !== '---') {
    throw new CorpusError(file, `must start with a "---" line opening the front matter (${required.join(', ')})`);
  }
  const close = lines.indexOf('---', 1);
  if (close < 0) throw new CorpusError(file, 'front matter is not closed: add a "---" line after the last field');

  const fields = new Map<string, string>();
  for (const [offset, line] of lines.slice(1, close).entries()) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const match = /^([a-z_]+):\s*(.*)$/.exec(trimmed);
    if (!match)
      throw new CorpusError(file, `line ${offset + 2} is not "key: value": ${JSON.stringify(trimmed.slice(0, 60))}`);
    const [, key, value] = match as unknown as [string, string, string];
    if (!known.includes(key)) throw new CorpusError(file, `unknown field "${key}" (known: ${known.join(', ')})`);
    if (fields.has(key)) throw new CorpusError(file, `field "${key}" is given twice`);
    fields.set(key, value.trim());
  }
  for (const key of required) {
    if (!fields.get(key)) throw new CorpusError(file, `missing field "${key}" in the front matter`);
  }

  const paragraphs = lines
    .slice(close + 1)
    .join('\n')
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s*\n\s*/g, ' ').trim())
    .filter((block) => block.length > 0)
    .map((text, i) => ({ number: i + 1, text: compactText(text) }));
  return { fields, paragraphs };
}

/** Parses an article file's text; throws {@link CorpusError} naming `file` and the problem. */
export function parseArticle(source: string, file: string): Article {
  const { fields, paragraphs } = parseCorpusText(source, file, REQUIRED_FIELDS, KNOWN_FIELDS);
  const id = fields.get('id')!;
  if (!ID_PATTERN.test(id)) {
    throw new CorpusError(file, `id "${id}" must be lower-case letters, digits and hyphens (at most 64)`);
  }
  const published = fields.get('published')!;
  // Date.parse accepts days a month does not have ("2025-02-30" becomes 2 March): the date must read back the same.
  if (
    !DATE_PATTERN.test(published) ||
    Number.isNaN(Date.parse(published)) ||
    new Date(published).toISOString().slice(0, 10) !== published
  ) {
    throw new CorpusError(file, `published "${published}" must be a date written YYYY-MM-DD`);
  }
  const descriptive = fields.get('title_is_descriptive') ?? 'false';
  if (descriptive !== 'true' && descriptive !== 'false') {
    throw new CorpusError(file, 'title_is_descriptive must be true or false');
  }
  if (paragraphs.length === 0)
    throw new CorpusError(file, 'has no paragraphs: add the article text below the front matter');

  const url = fields.get('url');
  return {
    id,
    title: fields.get('title')!,
    titleIsDescriptive: descriptive === 'true',
    published,
    language: fields.get('language')!,
    ...(url ? { url } : {}),
    paragraphs,
    translations: [],
    file,
  };
}
