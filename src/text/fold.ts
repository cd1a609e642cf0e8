/**
 * Text folding shared by indexing, querying, citation checks and the eval.
 *
 * Folding makes "Chávez" equal "Chavez", "Peru’s" equal "Peru's" and "self—coup" equal "self-coup", so a
 * student who types without accents or with a phone's curly quotes finds the same words as the article.
 */
import { compactText, oneByteCopy, PAST_LATIN1 } from './one-byte.js';

/** Curly and typographic single quotes / apostrophes → ASCII apostrophe. */
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u00B4\u0060\u02BC]/g;
/** Curly and typographic double quotes → ASCII double quote. */
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
/** Hyphens, dashes and the minus sign → ASCII hyphen-minus. */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
/** Invisible format characters (zero-width, bidi overrides, BOM) and control characters, except \n and \t. */
const INVISIBLE = /[\p{Cf}\u0000-\u0008\u000B-\u001F\u007F-\u009F]/gu;
/** Combining marks left behind by NFKD decomposition (accents, tildes, diaereses). */
const COMBINING_MARKS = /\p{M}+/gu;

/** Folds quotes and dashes to ASCII and removes invisible characters; keeps case and accents. */
export function normalizePunctuation(text: string): string {
  return text.replace(INVISIBLE, '').replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, '-');
}

/**
 * Full fold: punctuation as in {@link normalizePunctuation}, then Unicode compatibility decomposition with the
 * accents dropped, then lower case. "Jerí’s" → "jeri's". Note that the output can be shorter or longer than the
 * input, so offsets into folded text do not map back to the original: tokenize first, then fold each token.
 */
export function foldText(text: string): string {
  // Most words are plain ASCII letters: nothing to decompose or map, only the case (a hot path when searching).
  if (isPlainAscii(text)) return text.toLowerCase();
  const punctuated = normalizePunctuation(text);
  if (PAST_LATIN1.test(punctuated)) return punctuated.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
  // Latin-1 once its quotes and dashes are ASCII: kept one byte a character (see one-byte.ts).
  const latin1 = PAST_LATIN1.test(text) ? oneByteCopy(punctuated) : punctuated;
  return latin1.replace(LATIN1_PAST_ASCII, latin1Fold).toLowerCase();
}

/** Latin-1 characters past ASCII (the controls among them are gone by then: see {@link INVISIBLE}). */
const LATIN1_PAST_ASCII = /[\u00A0-\u00FF]/g;
/** {@link latin1Fold} of each Latin-1 character met so far. */
const latin1Folds = new Map<string, string>();

/**
 * One Latin-1 character decomposed (NFKD) without its accents: "á" → "a", "½" → "1⁄2". No Latin-1 character is a
 * combining mark or decomposes to one first, so a Latin-1 text decomposes character by character, from this table:
 * its fold stays one byte a character (see one-byte.ts), where decomposing it whole makes it two-byte.
 */
function latin1Fold(char: string): string {
  let fold = latin1Folds.get(char);
  if (fold === undefined) {
    fold = compactText(char.normalize('NFKD').replace(COMBINING_MARKS, ''));
    latin1Folds.set(char, fold);
  }
  return fold;
}

const SPACE = 0x20;
const GRAVE_ACCENT = 0x60;
const TILDE = 0x7e;

/**
 * Whether a text is all printable ASCII but the grave accent, which {@link normalizePunctuation} folds to an
 * apostrophe. A scan of its characters, not a pattern: most texts folded are one short word, for which calling into a
 * regular expression costs more than looking at its few characters.
 */
function isPlainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < SPACE || code > TILDE || code === GRAVE_ACCENT) return false;
  }
  return true;
}

/** A folded word without its possessive "'s" ("peru's" → "peru"): the one whose it is. */
export function withoutPossessive(folded: string): string {
  return folded.replace(/'s$/, '');
}

/** Collapses every run of white space into one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const ASCII_ONLY = /^[\x00-\x7F]*$/;

/** Lower case without accents, character for character, so that offsets in it hold in the text. */
export function sameLengthFold(text: string): string {
  // ASCII has no accents: its lower case is the fold.
  if (ASCII_ONLY.test(text)) return text.toLowerCase();
  let out = '';
  for (const char of text) {
    // An ASCII character is its own fold but for case; only the others are decomposed.
    if (char.charCodeAt(0) < 0x80) {
      out += char.toLowerCase();
      continue;
    }
    out += char.charCodeAt(0) <= 0xff ? latin1SameLengthFold(char) : charFold(char);
  }
  return out;
}

/** {@link charFold} of each Latin-1 character met so far. */
const latin1SameLengthFolds = new Map<string, string>();

/** {@link charFold} of a Latin-1 character, remembered and stored one byte a character (see one-byte.ts). */
function latin1SameLengthFold(char: string): string {
  let fold = latin1SameLengthFolds.get(char);
  if (fold === undefined) {
    fold = compactText(charFold(char));
    latin1SameLengthFolds.set(char, fold);
  }
  return fold;
}

/** One character in lower case without accents, or as it is when that would change its length. */
function charFold(char: string): string {
  const plain = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return plain.length === char.length ? plain : char;
}
