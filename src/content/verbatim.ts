/**
 * Verbatim checks for citations and quotations. "Verbatim" is strict on purpose: only white space and the
 * shape of quote marks may differ (a teacher's keyboard types ' and " where the article has ’ and “), never
 * letters, accents, case, dashes or punctuation. A quote that passes is the article's own words.
 */

/** Typographic single quotes and apostrophes, read as '. */
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC]/g;
/** Typographic double quotes (and guillemets), read as ". */
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;

/** The characters {@link foldVerbatim} reads as ' and ", as regular-expression classes. */
const SINGLE_CLASS = "['\u2018\u2019\u201A\u201B\u2032\u02BC]";
const DOUBLE_CLASS = '["\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]';

/** The text with quote marks made plain and every run of white space one space, trimmed. */
export function foldVerbatim(text: string): string {
  return text.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(/\s+/g, ' ').trim();
}

/** True when `quote` occurs in `paragraph`, up to white space and quote-mark shapes. */
export function occursIn(quote: string, paragraph: string): boolean {
  const needle = foldVerbatim(quote);
  return needle !== '' && foldVerbatim(paragraph).includes(needle);
}

/**
 * The paragraph's own characters for `quote` (its curly quotes and spacing), or undefined when the quote does
 * not occur in it. Replies show these, so a quote typed with straight quotes still reads exactly as printed.
 *
 * The first place the folded quote matches, where ' matches any single quote mark, " any double one and a space any
 * run of white space (as the regular expression of those classes would find it; content loading checks every
 * citation this way, and compiling an expression per quote cost more than the search).
 */
export function findVerbatim(quote: string, paragraph: string): string | undefined {
  const folded = foldVerbatim(quote);
  if (folded === '') return undefined;
  // A quote starting with a letter can only start where the paragraph has that letter.
  const first = folded[0]!;
  const anyMark = first === "'" || first === '"';
  const next = (from: number) => (anyMark ? from : paragraph.indexOf(first, from));
  for (let start = next(0); start >= 0 && start < paragraph.length; start = next(start + 1)) {
    const end = matchEnd(folded, paragraph, start);
    if (end !== undefined) return paragraph.slice(start, end);
  }
  return undefined;
}

const SINGLE_MARKS = new Set(Array.from(SINGLE_CLASS.slice(1, -1)));
const DOUBLE_MARKS = new Set(Array.from(DOUBLE_CLASS.slice(1, -1)));
/** White space as a regular expression's \s reads it. */
const WHITE_SPACE = /\s/;

/**
 * Where a folded quote ends when it matches `text` from `start`, or undefined. A folded quote has no two spaces in
 * a row and none at its ends, so a space takes the whole run of white space: there is nothing to try again.
 */
function matchEnd(folded: string, text: string, start: number): number | undefined {
  let at = start;
  for (const char of folded) {
    if (char === ' ') {
      if (at >= text.length || !WHITE_SPACE.test(text[at]!)) return undefined;
      while (at < text.length && WHITE_SPACE.test(text[at]!)) at++;
      continue;
    }
    if (char.length === 1) {
      const found = text[at];
      const matches =
        char === "'" ? SINGLE_MARKS.has(found!) : char === '"' ? DOUBLE_MARKS.has(found!) : found === char;
      if (!matches) return undefined;
      at++;
      continue;
    }
    // A character beyond the first plane (an emoji): its two code units as they are.
    if (!text.startsWith(char, at)) return undefined;
    at += char.length;
  }
  return at;
}

/**
 * The passages of a paragraph inside double quotation marks ("…" or “…”), in order, folded. Quotation marks
 * pair up left to right, as the article never nests them.
 */
export function quotedSpans(paragraph: string): string[] {
  return [...foldVerbatim(paragraph).matchAll(/"([^"]+)"/g)].map((match) => match[1]!.trim());
}

/** A quotation as it is cited: the span without the comma that American style puts inside the closing mark. */
export function withoutTrailingComma(span: string): string {
  return span.replace(/,$/, '');
}

/** True when `quote` lies inside one pair of quotation marks of `paragraph`. */
export function isQuotedIn(quote: string, paragraph: string): boolean {
  const needle = foldVerbatim(quote);
  return needle !== '' && quotedSpans(paragraph).some((span) => span.includes(needle));
}

/** Number of words, for "a quote must have at least a few words". */
export function wordCount(text: string): number {
  return foldVerbatim(text)
    .split(' ')
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
