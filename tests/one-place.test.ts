/**
 * Round 60, family H: one job in one place. A word class the search reads in several modules is written once, and
 * every reader gives the same answer for it.
 */
import { describe, expect, it } from 'vitest';
import { beforeDateOf } from '../src/search/before-date.js';
import { foldedWords } from '../src/text/analyzer.js';
import { foldText, withoutPossessive } from '../src/text/fold.js';
import { isMonth, MONTH_NAMES, YEAR } from '../src/text/calendar.js';
import { CHAT_QUESTION_WORDS, SPANISH_QUESTION_WORDS, wordAlternatives } from '../src/text/spanish-words.js';

describe('the calendar’s words (text/calendar.ts)', () => {
  it('knows every month by its full names, English and Spanish, and not by an abbreviation that is a word', () => {
    expect(MONTH_NAMES).toHaveLength(12);
    for (const name of ['february', 'agosto', 'setiembre', 'septiembre', 'may']) expect(isMonth(name), name).toBe(true);
    for (const word of ['mar', 'set', 'jun', 'martes', 'mayor']) expect(isMonth(word), word).toBe(false);
  });

  it('keeps the Spanish abbreviations apart from the English, for readers of English dates only (content/leads.ts)', () => {
    const english = MONTH_NAMES.flatMap((month) => month.short);
    const spanish = MONTH_NAMES.flatMap((month) => month.shortSpanish);
    expect(english).toEqual(expect.arrayContaining(['jan', 'sept', 'dec']));
    expect(spanish).toEqual(['ene', 'abr', 'ago', 'set', 'dic']);
    expect(spanish.filter((word) => english.includes(word))).toEqual([]);
  });

  it('reads a year as four digits, 1800 to 2099', () => {
    for (const year of ['1821', '1999', '2025']) expect(YEAR.test(year), year).toBe(true);
    for (const word of ['1700', '2100', '20255', '25']) expect(YEAR.test(word), word).toBe(false);
  });

  it('gives a date bound the same month number whichever name or abbreviation the question writes', () => {
    for (const question of [
      'what happened before setiembre de 2022?',
      '¿qué pasó antes de sept. 2022?',
      'tensions before September 2022',
    ])
      expect(beforeDateOf(question)?.point, question).toEqual({ year: 2022, month: 9 });
  });
});

describe('a text’s folded words (text/analyzer.ts)', () => {
  it('splits and folds as every reader of a question’s words did on its own', () => {
    expect(foldedWords('¿Por qué  Perú rompió?')).toEqual(['por', 'que', 'peru', 'rompio']);
    expect(foldedWords("Mexico's SRE, in NOVEMBER")).toEqual(["mexico's", 'sre', 'in', 'november']);
    expect(foldedWords('')).toEqual([]);
  });
});

describe('a possessive set aside (text/fold.ts)', () => {
  it('reads the owner of a folded possessive, whichever apostrophe was typed', () => {
    for (const written of ["Peru's", 'Perú’s', 'peru'])
      expect(withoutPossessive(foldText(written)), written).toBe('peru');
    // Only a final "'s": "o'neill" and "boss" keep theirs.
    expect(withoutPossessive("o'neill")).toBe("o'neill");
    expect(withoutPossessive('boss')).toBe('boss');
  });
});

describe('the Spanish question words (text/spanish-words.ts)', () => {
  it('lists the closed class once, folded, and the chat spellings apart', () => {
    expect(SPANISH_QUESTION_WORDS).toHaveLength(14);
    expect(SPANISH_QUESTION_WORDS).toEqual(expect.arrayContaining(['que', 'quien', 'cuando', 'donde', 'porque']));
    expect(CHAT_QUESTION_WORDS).toEqual(expect.arrayContaining(['q', 'k', 'xq', 'dnd']));
    expect(CHAT_QUESTION_WORDS.filter((word) => SPANISH_QUESTION_WORDS.includes(word))).toEqual([]);
  });

  it('writes them as whole-word alternatives, leaving out what a reader reads otherwise', () => {
    expect(wordAlternatives(['que', 'como', 'cuando'], ['cuando'])).toBe('que|como');
    const asking = new RegExp(`^(?:${wordAlternatives(SPANISH_QUESTION_WORDS, ['porque'])})$`);
    expect(asking.test('cuantas')).toBe(true);
    expect(asking.test('porque')).toBe(false);
  });
});
