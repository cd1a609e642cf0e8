import { describe, expect, it } from 'vitest';
import { Latin1Twin, latin1Source } from '../src/text/latin1-twin.js';

/** Every Latin-1 character. */
const LATIN1 = Array.from({ length: 0x100 }, (_, code) => String.fromCharCode(code));

describe('Latin1Twin', () => {
  it.each(['u', 'iu'])('matches each Latin-1 character as the Unicode pattern does (%s)', (flags) => {
    for (const source of [
      String.raw`\p{L}`,
      String.raw`\p{N}`,
      String.raw`[\p{L}\p{N}]`,
      String.raw`[^\p{L}\p{N}'’]`,
      String.raw`(?<![\p{L}\p{N}])(?:s|k|y|ss|ae|u)(?![\p{L}\p{N}])`,
      String.raw`\bm\w\b`,
      String.raw`[\p{Pd}\p{Cf}]|\p{M}+|[^\p{M}]\p{Extended_Pictographic}`,
      ...(flags === 'u' ? [String.raw`\p{Lu}[\p{Ll}\p{N}]`, String.raw`[^\p{Lu}]`] : []),
    ]) {
      const unicode = new RegExp(source, flags);
      const twin = new RegExp(latin1Source(source, flags), flags.replace('u', ''));
      for (const char of LATIN1) {
        for (const text of [char, `${char}s`, `k${char}`, `a ${char}u`, `ss${char}`, `m${char}`]) {
          expect(twin.exec(text), `/${source}/${flags} on ${JSON.stringify(text)}`).toEqual(unicode.exec(text));
        }
      }
    }
  });

  it('runs the Unicode pattern on text past Latin-1, the twin on Latin-1 text', () => {
    const word = new Latin1Twin(String.raw`(?<![\p{L}\p{N}])so(?![\p{L}\p{N}])`, 'iu');
    expect(word.for('so ✓').flags).toBe('iu');
    expect(word.for('so, ¿sí?').flags).toBe('i');
    expect(word.for('ſo').test('ſo')).toBe(true);
    expect(word.for('Ça, SO!').test('Ça, SO!')).toBe(true);
    expect(word.for('also').test('also')).toBe(false);
  });

  it('keeps a pattern given as a regular expression, flags and all', () => {
    const pronoun = new Latin1Twin(/(?<![\p{L}])(le|la)\s+(\p{L}+)/giu);
    expect([...'le dio; la acusan'.matchAll(pronoun.for('le dio'))].map((m) => m[2])).toEqual(['dio', 'acusan']);
  });

  it('refuses what it cannot twin: other properties, cased characters past Latin-1', () => {
    expect(() => latin1Source(String.raw`\p{Lu}`, 'iu')).toThrow(/\\p\{Lu\}/);
    expect(() => latin1Source(String.raw`\p{Sc}`)).toThrow(/\\p\{Sc\}/);
    expect(() => latin1Source(String.raw`\P{L}`)).toThrow();
    expect(() => latin1Source('ſ')).toThrow(/U\+17F/);
    expect(() => latin1Source(String.raw`\u{212A}`)).toThrow(/U\+212A/);
    expect(latin1Source(String.raw`[’\u2019-]\u00e9`)).toBe(String.raw`[’\u2019-]\u00e9`);
  });
});
