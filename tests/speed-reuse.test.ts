import { describe, expect, it, vi } from 'vitest';
import { Analyzer } from '../src/text/analyzer.js';
import type { Lexicon } from '../src/search/lexicon.js';
import { NamesAsked } from '../src/search/names-asked.js';

/** A names reader over two of the story's names, a given name standing for its surname. */
function namesReader(analyzer: Analyzer): NamesAsked {
  return new NamesAsked(analyzer, {
    nameForms: new Map([
      ['betssy', 'betssi'],
      ['chavez', 'chavez'],
      ['lima', 'lima'],
    ]),
    givenNames: new Map([['betssi', 'chavez']]),
    paragraphFrequency: () => 1,
    paragraphCount: 12,
    lexicon: {} as Lexicon,
  });
}

describe('names a question writes, read once per text', () => {
  it('reads the same terms as before: a given name brings its surname', () => {
    const names = namesReader(new Analyzer(new Set(['did', 'the', 'to'])));
    expect([...names.written('Did Betssy fly to Lima?')].sort()).toEqual(['betssi', 'chavez', 'lima']);
    expect(names.written('the embassy').size).toBe(0);
  });

  it('splits a text into words once, however often its names are asked', () => {
    const analyzer = new Analyzer(new Set(['did', 'the', 'to']));
    const split = vi.spyOn(analyzer, 'contentWords');
    const names = namesReader(analyzer);
    const first = names.written('Did Betssy fly to Lima?');
    const again = names.written('Did Betssy fly to Lima?');
    expect(again).toBe(first);
    expect(split).toHaveBeenCalledTimes(1);
    expect(names.rareWritten('Did Betssy fly to Lima?').sort()).toEqual(['betssi', 'chavez', 'lima']);
    expect(split).toHaveBeenCalledTimes(1);
  });
});
