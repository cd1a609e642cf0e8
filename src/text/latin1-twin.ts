/**
 * A pattern written for any text (u flag, `\p{L}` letters and `\p{N}` numbers) paired with its twin for Latin-1 text,
 * which matches the same there and is many times cheaper to compile. V8 compiles a regular expression on its first
 * match (and again for each kind of string, see one-byte.ts): `\p{L}` is built from ICU each time, and under the i
 * flag closed over case, the whole of Unicode's letters, ~0.2 ms for each `\p{L}` in a pattern. The twin writes
 * `\p{L}` and `\p{N}` as their Latin-1 characters and drops the u flag; nearly every text the patterns meet (a
 * question, a word, a paragraph) is Latin-1, so the Unicode pattern is compiled only when one is not.
 *
 * The same matches on Latin-1 text: there the u flag changes nothing (no surrogate, no character past U+00FF that
 * i would fold onto one, like "ſ" onto "s" or "K" (Kelvin) onto "k", since the pattern's own characters are Latin-1
 * or caseless punctuation), and Latin-1's cased characters are all letters, so `\p{L}` closed over case is still its
 * Latin-1 letters.
 */
import { PAST_LATIN1 } from './one-byte.js';

/**
 * Unicode properties a twin writes out, as their Latin-1 characters: letters (ª, µ and º are; × and ÷ are not),
 * numbers (digits, superscripts ¹²³, fractions ¼½¾), dashes, marks (none), format characters (the soft hyphen) and
 * pictographs (© and ®).
 */
const LATIN1_PROPERTIES: ReadonlyMap<string, string> = new Map([
  ['L', 'A-Za-z\\xAA\\xB5\\xBA\\xC0-\\xD6\\xD8-\\xF6\\xF8-\\xFF'],
  ['N', '0-9\\xB2\\xB3\\xB9\\xBC-\\xBE'],
  ['Pd', '\\-'],
  ['M', ''],
  ['Cf', '\\xAD'],
  ['Extended_Pictographic', '\\xA9\\xAE'],
  ['Lu', 'A-Z\\xC0-\\xD6\\xD8-\\xDE'],
  ['Ll', 'a-z\\xB5\\xDF-\\xF6\\xF8-\\xFF'],
]);
/** Properties of one case, which the i flag closes over case past Latin-1 (µ is one of "Μ", capital mu): no twin. */
const CASED_PROPERTIES = new Set(['Lu', 'Ll']);
/** Characters past Latin-1 a pattern may hold: general punctuation (curly quotes, dashes), which has no case. */
const CASELESS_PAST_LATIN1 = /^[\u2010-\u205F]$/;

/** A pattern for any text, and its twin for Latin-1 text (see the file's comment). */
export class Latin1Twin {
  private unicode?: RegExp;
  private latin1?: RegExp;
  private readonly latin1Source: string;

  /**
   * @param source a pattern's source for the u flag, holding no property escape but `\p{L}` and `\p{N}`, and no
   * character past Latin-1 but caseless punctuation; a pattern given as a regular expression is compiled on its
   * first match only, as any is.
   */
  constructor(
    private readonly source: string | RegExp,
    private readonly flags = typeof source === 'string' ? 'u' : source.flags,
  ) {
    if (!this.flags.includes('u')) throw new Error(`Latin1Twin: pattern without the u flag: /${String(source)}/`);
    this.latin1Source = latin1Source(typeof source === 'string' ? source : source.source, this.flags);
  }

  /** The pattern to run on `text`: the twin when `text` is Latin-1 (both are built on first need). */
  for(text: string): RegExp {
    if (PAST_LATIN1.test(text)) {
      this.unicode ??= typeof this.source === 'string' ? new RegExp(this.source, this.flags) : this.source;
      return this.unicode;
    }
    this.latin1 ??= new RegExp(this.latin1Source, this.flags.replace('u', ''));
    return this.latin1;
  }

  /** Every match in `text` of a pattern with the g flag. */
  matchAll(text: string): IterableIterator<RegExpMatchArray> {
    return text.matchAll(this.for(text));
  }
}

/** The source of a u-flag pattern written for Latin-1 text without the u flag (see {@link Latin1Twin}). */
export function latin1Source(source: string, flags = 'u'): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (char === '\\') {
      const escape = /^\\(?:p\{\w+\}|u\{[0-9A-Fa-f]+\}|u[0-9A-Fa-f]{4}|.)/su.exec(source.slice(i))![0];
      const property = /^\\p\{(\w+)\}$/.exec(escape)?.[1];
      const code = /^\\u\{?([0-9A-Fa-f]+)\}?$/.exec(escape)?.[1];
      if (property !== undefined) {
        const characters = LATIN1_PROPERTIES.get(property);
        if (characters === undefined || (CASED_PROPERTIES.has(property) && flags.includes('i'))) {
          throw new Error(`Latin1Twin: no Latin-1 twin for ${escape} (flags ${flags}): /${source}/`);
        }
        out += inClass ? characters : `[${characters}]`;
      } else if (/^\\P/.test(escape)) {
        throw new Error(`Latin1Twin: no Latin-1 twin for ${escape}: /${source}/`);
      } else if (code !== undefined) {
        out += `\\u${checkedCharacter(Number.parseInt(code, 16), source).toString(16).padStart(4, '0')}`;
      } else {
        out += escape;
      }
      i += escape.length - 1;
      continue;
    }
    checkedCharacter(char.codePointAt(0)!, source);
    if (char === '[' && !inClass) inClass = true;
    else if (char === ']' && inClass) inClass = false;
    out += char;
  }
  return out;
}

/** `point`, when a Latin-1 twin may hold it: Latin-1, or past it but caseless punctuation. */
function checkedCharacter(point: number, source: string): number {
  if (point > 0xff && !CASELESS_PAST_LATIN1.test(String.fromCodePoint(point))) {
    throw new Error(`Latin1Twin: U+${point.toString(16).toUpperCase()} past Latin-1 in /${source}/`);
  }
  return point;
}
