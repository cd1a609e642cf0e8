import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Analyzer, editDistance, wordTokens } from '../src/text/analyzer.js';
import { foldText, normalizePunctuation, sameLengthFold } from '../src/text/fold.js';
import { realContext } from './helpers.js';

describe('folding', () => {
  it('removes accents, curly quotes and dash variants', () => {
    expect(foldText('Chávez')).toBe('chavez');
    expect(foldText('Jerí')).toBe('jeri');
    expect(foldText('Peru’s “unfriendly” self—coup')).toBe('peru\'s "unfriendly" self-coup');
    expect(foldText('Ch\u200Bávez\u202E')).toBe('chavez');
    // A grave accent typed as an apostrophe folds like one in plain ASCII text too.
    expect(foldText('Peru`s')).toBe("peru's");
  });

  it('folds Latin-1 text character by character as decomposing it whole does', () => {
    // foldText folds Latin-1 text from a table of characters, kept one byte a character (src/text/one-byte.ts).
    const whole = (text: string) =>
      normalizePunctuation(text)
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase();
    const latin1 = fc.string({ unit: fc.integer({ min: 0, max: 0xff }).map((code) => String.fromCharCode(code)) });
    fc.assert(fc.property(latin1, (text) => foldText(text) === whole(text)));
    const everyCharacter = Array.from({ length: 0x100 }, (_, code) => String.fromCharCode(code)).join('');
    expect(foldText(everyCharacter + '’s')).toBe(whole(everyCharacter + '’s'));
    const sameLength = (text: string) =>
      [...text]
        .map((char) => {
          const plain = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
          return plain.length === char.length ? plain : char;
        })
        .join('');
    expect(sameLengthFold(everyCharacter + 'Ǆ’ß')).toBe(sameLength(everyCharacter + 'Ǆ’ß'));
  });

  it('folds ASCII text, controls, grave accent and DEL included, as decomposing it whole does', () => {
    // Plain ASCII takes a shortcut (lower case only): it must stop at exactly the characters the full fold changes.
    const whole = (text: string) =>
      normalizePunctuation(text)
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase();
    const ascii = fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code)) });
    fc.assert(
      fc.property(ascii, (text) => foldText(text) === whole(text)),
      { numRuns: 2000, seed: 59 },
    );
    for (let code = 0; code < 0x80; code++) {
      const char = String.fromCharCode(code);
      expect(foldText(`Ab${char}c`)).toBe(whole(`Ab${char}c`));
    }
  });
});

describe('analyzer', () => {
  const { engine } = realContext();
  const analyzer: Analyzer = engine.analyzer;
  const stems = (text: string) => analyzer.contentWords(text).map((word) => word.stem);

  it('drops stop words in English and Spanish, and possessives', () => {
    expect(stems('What is the role of the embassy?')).toEqual(['role', 'embassi']);
    expect(stems('¿Qué pasó con la embajada de México?')).toEqual(['embajada', 'mexico']);
    expect(stems('Peru’s government')).toEqual(['peru', 'govern']);
    // "Inside" as "in": ¶1's "took refuge inside the Mexican embassy" is no better an answer for the word.
    expect(stems('Is she still inside the embassy?')).toEqual(['still', 'embassi']);
    expect(engine.search('who confirmed chavez was inside the embassy').hits.map((hit) => hit.paragraph)).toEqual([4]);
  });

  it('stems English words and brings irregular forms to their base', () => {
    expect(stems('negotiations negotiated')).toEqual(['negoti', 'negoti']);
    expect(stems('took taken take')).toEqual(['take', 'take', 'take']);
    expect(stems('broke')).toEqual(['break']);
  });

  it('indexes compounds as the joined word and their parts', () => {
    const [word] = analyzer.contentWords('non-intervention');
    expect(word?.stem).toBe(stems('nonintervention')[0]);
    expect(word?.partStems).toEqual(['non', 'intervent']);
  });

  it('keeps offsets into the raw text for highlighting', () => {
    const text = 'Betssy Chávez’s asylum';
    for (const token of wordTokens(text)) expect(text.slice(token.start, token.end)).toBe(token.raw);
  });

  it('adds phrase terms for neighbouring content words', () => {
    expect(analyzer.indexTerms('Pacific Alliance')).toContain('pacif_allianc');
  });
});

describe('edit distance', () => {
  it('counts substitutions, insertions, deletions and transpositions', () => {
    expect(editDistance('shinbaum', 'sheinbaum', 2)).toBe(1);
    expect(editDistance('sheinbuam', 'sheinbaum', 2)).toBe(1);
    expect(editDistance('castilo', 'castillo', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });

  it('gives the same distances as the full table, its rows reused from one to the next', () => {
    // The table's rows are turned round rather than made anew: every cell must be written before it is read.
    const fullTable = (a: string, b: string) => {
      const d = Array.from({ length: a.length + 1 }, (_, i) =>
        Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
      );
      for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) {
          d[i]![j] = Math.min(
            d[i - 1]![j]! + 1,
            d[i]![j - 1]! + 1,
            d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
            d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
        }
      return d[a.length]![b.length]!;
    };
    const pairs = [
      ['embassy', 'embasys'],
      ['relations', 'relatoins'],
      ['ambassador', 'ambasador'],
      ['asylum', 'asilo'],
      ['chargé', 'charge'],
      ['diplomatic', 'diplomatci'],
    ] as const;
    for (const [a, b] of pairs) expect(editDistance(a, b, 10)).toBe(fullTable(a, b));
  });
});

describe('word tokens of ASCII text', () => {
  // ASCII text is scanned character by character; it must split exactly as the Unicode pattern does.
  const WORD = /[\p{L}\p{N}]+(?:[-\u2010\u2011'\u2019][\p{L}\p{N}]+)*/gu;
  const byPattern = (text: string) =>
    [...text.matchAll(WORD)].map((match) => ({
      raw: match[0],
      start: match.index,
      end: match.index + match[0].length,
    }));

  it('splits as the Unicode word pattern does', () => {
    const unit = fc.constantFrom(..."ab Z09-'_ .?!,\"-'\t\n(");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        expect(wordTokens(text)).toEqual(byPattern(text));
      }),
      { numRuns: 2000, seed: 14 },
    );
    for (const text of ["self-coup Peru's d'etat --a- 'b' x-", 'rock-n-roll 4-5 a--b', "it''s -'-"])
      expect(wordTokens(text)).toEqual(byPattern(text));
  });

  it('splits every ASCII character as the Unicode word pattern does, controls and DEL included', () => {
    // The scan looks each character up in a table of the 128 ASCII codes: every code must read as the pattern does.
    for (let code = 0; code < 0x80; code++) {
      const char = String.fromCharCode(code);
      for (const text of [`a${char}b`, `${char}`, `ab${char}`, `${char}ab`, `a-${char}`, `a'${char}b`])
        expect(wordTokens(text)).toEqual(byPattern(text));
    }
  });
});
