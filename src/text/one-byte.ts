/**
 * V8 stores a string one byte a character when every character is Latin-1, two bytes otherwise; and a string cut
 * from, decoded with or built on a two-byte string stays two-byte even when its own characters would all fit (a line
 * of a file holding one curly quote, a question without its emoji, a word once decomposed to drop its accent). Each
 * regular expression is compiled once for each kind of string it is run on, a compilation costing as much as
 * answering a question's worth of matches, and lower-casing a two-byte string asks ICU: text that meets the
 * question's patterns is best stored one byte a character whenever it can be.
 */

/** A character past Latin-1, which only a two-byte string holds. */
export const PAST_LATIN1 = /[^\0-\xFF]/;

/** The same text, stored one byte a character when every character fits. */
export function compactText(text: string): string {
  return PAST_LATIN1.test(text) ? text : oneByteCopy(text);
}

/** A copy of a Latin-1 text (no character past it: they would be cut to a byte), stored one byte a character. */
export function oneByteCopy(latin1: string): string {
  return Buffer.from(latin1, 'latin1').toString('latin1');
}

/**
 * `derived`, a text made from `source` (a part of it, a reading of it), stored one byte a character when `source`
 * needed two and `derived` does not; as it is otherwise (made from a one-byte string, it is one).
 */
export function compactFrom(source: string, derived: string): string {
  return PAST_LATIN1.test(source) ? compactText(derived) : derived;
}

/** The lines of a text (ended by "\n" or "\r\n"), each stored one byte a character where it fits. */
export function textLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  return PAST_LATIN1.test(text) ? lines.map(compactText) : lines;
}
