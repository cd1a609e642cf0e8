/**
 * /ask autocomplete (src/search/suggest.ts): suggestions drawn from the corpus, readable words only, within
 * Discord's limits, answered from memory (timed by npm run bench).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCommand } from '../commands/index.js';
import { suggesterFor } from '../src/search/suggest.js';
import { foldText } from '../src/text/fold.js';
import { wordTokens } from '../src/text/analyzer.js';
import { PROJECT_ROOT, realContext } from './helpers.js';
import { autocompleteViolations } from './limits-checker.js';

const context = realContext();
const suggester = suggesterFor(context);
const suggest = (typed: string, lang: 'en' | 'es' = 'en') =>
  suggester.suggest(typed, lang).map((choice) => choice.value);

/** Every word a suggestion may use: the corpus's own words (article, examples, content files). */
const corpusDir = join(PROJECT_ROOT, 'corpus');
const sources = [
  ...context.corpus.articles.flatMap((article) => article.paragraphs.map((p) => p.text)),
  ...context.corpus.examples.en,
  ...context.corpus.examples.es,
  ...readdirSync(join(corpusDir, 'content'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => readFileSync(join(corpusDir, 'content', name), 'utf8')),
];
const corpusWords = new Set(sources.flatMap((text) => wordTokens(text).map((token) => foldText(token.raw))));

/** What people type: every prefix of the example questions and names, plus hostile and huge input. */
const typedInputs = [
  ...[...context.corpus.examples.en, ...context.corpus.examples.es].flatMap((q) =>
    Array.from({ length: q.length + 1 }, (_, i) => q.slice(0, i)),
  ),
  ...[
    'sheinb',
    'chavez',
    'CHÁVEZ',
    'who is bet',
    'why did pe',
    'asylum ',
    'caracas',
    'glas',
    'por qué',
    '¿quién es',
    'xyzzy',
    '   ',
  ],
  ...[
    '@everyone',
    '<@&123456789012345678>',
    '**bold**',
    '\u0000\u202e',
    '😀😀😀',
    'a'.repeat(6000),
    'peru '.repeat(1200),
  ],
];

describe('suggestions', () => {
  it('with nothing typed: the example questions of the user’s language first', () => {
    expect(suggest('').slice(0, context.corpus.examples.en.length)).toEqual(context.corpus.examples.en);
    expect(suggest('', 'es')[0]).toBe(context.corpus.examples.es[0]);
    expect(findCommand('ask')!.autocomplete!({ name: 'question', value: '' }, 'en', context)).toHaveLength(25);
  });

  it('finds names from a few letters, without accents or case', () => {
    expect(suggest('sheinb')).toContain('Claudia Sheinbaum');
    expect(suggest('chavez')).toContain('Betssy Chávez');
    expect(suggest('CHÁVEZ')).toContain('Betssy Chávez');
    expect(suggest('glas')).toContain('Jorge Glas');
  });

  it('puts a matching example question first, then completes the unfinished word', () => {
    const choices = suggest('who is bet');
    expect(choices[0]).toBe('Who is Betssy Chávez and what is she accused of?');
    expect(choices).toContain('who is Betssy Chávez');
    expect(suggest('why did pe')).toContain('why did Peru');
  });

  it('offers the article’s key phrases for a word', () => {
    expect(suggest('asylum ')).toEqual(expect.arrayContaining(['diplomatic asylum', 'political asylum']));
  });

  it('offers nothing for words the corpus does not have, and does not complete a finished Spanish word into English', () => {
    expect(suggest('xyzzy')).toEqual([]);
    expect(suggest('@everyone')).toEqual([]);
    // "qué" is a finished word: no "por questions" from the English article.
    expect(suggest('por qué', 'es').filter((choice) => /^por \S/i.test(choice))).toEqual([]);
    expect(suggest('por qué', 'es')[0]).toBe('¿Por qué Perú rompió relaciones diplomáticas con México?');
  });

  it('uses only readable words: every word is the corpus’s own or the user’s, never a stem', () => {
    for (const typed of typedInputs) {
      const typedWords = new Set(wordTokens(typed).map((token) => foldText(token.raw)));
      for (const choice of suggest(typed)) {
        for (const token of wordTokens(choice)) {
          const word = foldText(token.raw);
          expect(
            corpusWords.has(word) || typedWords.has(word),
            `"${word}" in "${choice}" (typed ${JSON.stringify(typed.slice(0, 30))})`,
          ).toBe(true);
        }
      }
    }
  });

  it('stays within Discord’s limits for every input: ≤ 25 choices, names and values 1–100 characters', () => {
    for (const typed of typedInputs) {
      const choices = findCommand('ask')!.autocomplete!({ name: 'question', value: typed }, 'en', context);
      expect(choices.length).toBeLessThanOrEqual(25);
      expect(choices, 'the best 25, in order').toEqual(suggester.suggest(typed, 'en').slice(0, 25));
      expect(autocompleteViolations(choices)).toEqual([]);
    }
  });
});

describe('the /ask command module', () => {
  it('suggests for its question option, nothing for any other', () => {
    const ask = findCommand('ask')!;
    expect(ask.autocomplete!({ name: 'question', value: 'sheinb' }, 'en', context).map((c) => c.value)).toContain(
      'Claudia Sheinbaum',
    );
    expect(ask.autocomplete!({ name: 'private', value: 'x' }, 'en', context)).toEqual([]);
  });
});
