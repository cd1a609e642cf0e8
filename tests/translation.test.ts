/**
 * Issue 15: the article in Spanish, paragraph for paragraph. The translation file is checked by the loader at start;
 * this suite checks it again its own (simpler) way, then proves the loader refuses a translation broken in each way
 * a translator could slip, naming the file and the paragraph.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CorpusError } from '../src/corpus/errors.js';
import { loadCorpus } from '../src/corpus/load.js';
import { translationOf } from '../src/corpus/translation.js';
import { sentenceSpans } from '../src/text/sentences.js';
import { PROJECT_ROOT } from './helpers.js';

const CORPUS = join(PROJECT_ROOT, 'corpus');
const ARTICLE = 'articles/peru-mexico-rupture-2025.md';
const TRANSLATION = 'articles/peru-mexico-rupture-2025.es.md';
const GLOSSARY = 'language/translation-glossary-es.txt';

const corpus = loadCorpus(CORPUS);
const article = corpus.articles.find((a) => a.id === 'peru-mexico-rupture-2025')!;
const spanish = translationOf(article, 'es')!;

/** The glossary as plain pairs, read here without the loader. */
const glossary = readFileSync(join(CORPUS, GLOSSARY), 'utf8')
  .split('\n')
  .map((line) => line.replace(/#.*$/, '').trim())
  .filter(Boolean)
  .map((line) => {
    const [terms, renderings] = line.split('=>').map((half) => half.split('|').map((part) => part.trim()));
    return { terms: terms!, renderings: renderings! };
  });

const curly = (text: string) => text.replace(/’/g, "'");
const hasWords = (text: string, words: string, matchCase: boolean) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])${curly(words).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
    matchCase ? 'u' : 'iu',
  ).test(curly(text));
const numbers = (text: string) => (text.match(/\d+/g) ?? []).sort();
const pairs = () =>
  article.paragraphs.map((p, i) => ({ n: p.number, en: p.text, es: spanish.paragraphs[i]?.text ?? '' }));

describe('the Spanish translation of the article', () => {
  it('is loaded with the article: 12 paragraphs, ¶N for ¶N, who translated it and its own title', () => {
    expect(spanish).toBeDefined();
    expect(spanish.file).toMatch(/peru-mexico-rupture-2025\.es\.md$/);
    expect(spanish.articleId).toBe(article.id);
    expect(spanish.translator).toBe('traducción del equipo del proyecto');
    expect(spanish.title).toMatch(/Perú .*México.*Betssy Chávez/);
    expect(spanish.paragraphs.map((p) => p.number)).toEqual(article.paragraphs.map((p) => p.number));
    expect(spanish.paragraphs).toHaveLength(12);
    // A translation is no article of its own: the corpus still has one article.
    expect(corpus.articles).toHaveLength(1);
  });

  it.each(pairs())('¶$n: no empty paragraph, not the English left as is', ({ en, es }) => {
    expect(es.trim().length).toBeGreaterThan(en.length * 0.8);
    expect(es).not.toBe(en);
  });

  it.each(pairs())('¶$n: the same numbers and dates', ({ en, es }) => {
    expect(numbers(es)).toEqual(numbers(en));
  });

  it.each(pairs())('¶$n: the same sentences, so a passage cut from ¶N maps to the same sentences', ({ en, es }) => {
    expect(sentenceSpans(es)).toHaveLength(sentenceSpans(en).length);
  });

  it.each(pairs())('¶$n: each quotation translated inside “…” and marked as a translation', ({ en, es }) => {
    const quotedEn = curly(en).match(/"[^"]*"/g) ?? [];
    const quotedEs = es.match(/“[^”]*”/g) ?? [];
    expect(quotedEs).toHaveLength(quotedEn.length);
    expect(es.match(/“[^”]*” \(traducción\)/g) ?? []).toHaveLength(quotedEn.length);
  });

  it.each(pairs())(
    '¶$n: every name as the article spells it, and the glossary’s words where it gives them',
    ({ en, es }) => {
      // Longer terms first, each taken out once read ("Vice President" is not also "President").
      let rest = curly(en);
      let checked = 0;
      const terms = glossary
        .flatMap(({ terms, renderings }) => terms.map((term) => ({ term, renderings })))
        .sort((a, b) => b.term.length - a.term.length);
      for (const { term, renderings } of terms) {
        if (!hasWords(rest, term, /\p{Lu}/u.test(term))) continue;
        rest = rest.split(curly(term)).join(' ');
        checked++;
        expect(
          renderings.some((rendering) => hasWords(es, rendering, false)),
          `"${term}" → ${renderings.join(' | ')}`,
        ).toBe(true);
      }
      // Names: capitalised words that do not open a sentence or a quotation, minus glossary terms.
      const glossed = new Set(
        glossary.flatMap(({ terms }) => terms.flatMap((term) => term.toLowerCase().split(/\s+/))),
      );
      for (const match of curly(en).matchAll(/(?<![.!?"(:]\s|^)(?<=\s|-)(\p{Lu}[\p{L}]*)/gu)) {
        const name = match[1]!;
        if (glossed.has(name.toLowerCase())) continue;
        expect(hasWords(es, name, true), name).toBe(true);
        checked++;
      }
      expect(checked).toBeGreaterThan(0);
    },
  );

  it('renders the names the issue names as it asks', () => {
    const all = spanish.paragraphs.map((p) => p.text).join('\n');
    expect(all).toContain('Alianza del Pacífico');
    expect(all).not.toContain('Pacific Alliance');
    expect(spanish.paragraphs[1]!.text).toContain('Mexico News Daily');
    for (const name of [
      'Jose Jeri',
      'Hugo de Zela',
      'Karla Ornelas',
      'Dina Boluarte',
      'Andrés Manuel López Obrador',
      'Jorge Glas',
      'Claudia Sheinbaum',
    ]) {
      const where = article.paragraphs.filter((p) => p.text.includes(name)).map((p) => p.number);
      expect(where.length, name).toBeGreaterThan(0);
      for (const n of where) expect(spanish.paragraphs[n - 1]!.text, `${name} in ¶${n}`).toContain(name);
    }
  });
});

// ---- A broken translation stops the loader with one line naming the file and the paragraph ---------------------

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

function corpusWith(edit: (text: string) => string, file = TRANSLATION): string {
  const dir = mkdtempSync(join(tmpdir(), 'translation-'));
  copies.push(dir);
  cpSync(CORPUS, dir, { recursive: true });
  const before = readFileSync(join(dir, file), 'utf8');
  const after = edit(before);
  expect(after, 'the break changed the file').not.toBe(before);
  writeFileSync(join(dir, file), after);
  return dir;
}

function loadError(dir: string): CorpusError {
  try {
    loadCorpus(dir);
  } catch (error) {
    if (error instanceof CorpusError) return error;
    throw error;
  }
  throw new Error('the broken corpus loaded');
}

const paragraphsOf = (text: string) => text.split(/^---$/m)[2]!;
const lastParagraph = (text: string) =>
  paragraphsOf(text)
    .trim()
    .split(/\n\s*\n/)
    .pop()!;

const BREAKS: Array<{ name: string; edit: (text: string) => string; says: RegExp }> = [
  {
    name: 'a paragraph left out',
    edit: (t) => t.replace(`\n\n${lastParagraph(t)}`, ''),
    says: /has 11 paragraphs .* ¶12 is missing/,
  },
  {
    name: 'a paragraph too many',
    edit: (t) => `${t.trimEnd()}\n\nUn párrafo de más.\n`,
    says: /¶13 translates nothing/,
  },
  { name: 'a paragraph with no words', edit: (t) => t.replace(lastParagraph(t), '— … —'), says: /¶12 has no words/ },
  {
    name: 'a paragraph left in English',
    edit: (t) => t.replace(lastParagraph(t), lastParagraph(readFileSync(join(CORPUS, ARTICLE), 'utf8'))),
    says: /¶12 is the article’s own text/,
  },
  { name: 'a date lost', edit: (t) => t.replace('en junio de 2023', 'en junio'), says: /¶4 lacks the number 2023/ },
  {
    name: 'a number added',
    edit: (t) => t.replace('ambas partes observan', 'las 2 partes observan'),
    says: /¶12 has the number 2/,
  },
  {
    name: 'a name respelled (Chávez for the article’s Chavez)',
    edit: (t) => t.replace('Por ahora, el caso de Betssy Chavez', 'Por ahora, el caso de Betssy Chávez'),
    says: /¶12 lacks the name "Chavez"/,
  },
  {
    name: 'accents added to a name the article writes without',
    edit: (t) => t.replace('presidente Jose Jeri', 'presidente José Jeri'),
    says: /¶1 lacks the name "Jose"/,
  },
  {
    name: 'a name added',
    edit: (t) => t.replace('junto con Chile y Colombia', 'junto con Chile, Colombia y Ecuador'),
    says: /¶8 has the name "Ecuador"/,
  },
  {
    name: 'Pacific Alliance not as the glossary says',
    edit: (t) => t.replace('dentro de la Alianza del Pacífico', 'dentro de la Pacific Alliance'),
    says: /¶10: .*"Pacific Alliance"; write it as "Alianza del Pacífico"/,
  },
  {
    name: 'two sentences made one',
    edit: (t) => t.replace('no surgió de la nada. Las tensiones', 'no surgió de la nada; las tensiones'),
    says: /¶3 has 4 sentences but the article’s ¶3 has 5/,
  },
  {
    name: 'two paragraphs swapped',
    edit: (t) =>
      t.replace(/\n\n(No es la primera vez[^\n]*)\n\n(El Gobierno peruano, mientras tanto[^\n]*)/, '\n\n$2\n\n$1'),
    says: /¶9 /,
  },
  {
    name: 'a quotation not marked as a translation',
    edit: (t) => t.replace('“golpe” (traducción)', '“golpe”'),
    says: /¶6: the quotation “golpe…” is not followed by \(traducción\)/,
  },
  {
    name: 'a quotation without quotation marks',
    edit: (t) => t.replace('“acto inamistoso” (traducción)', 'acto inamistoso'),
    says: /¶5 has 0 quotations but the article’s ¶5 has 1/,
  },
  {
    name: 'translation_of naming no article',
    edit: (t) => t.replace('translation_of: peru-mexico-rupture-2025', 'translation_of: no-such-article'),
    says: /translation_of "no-such-article"/,
  },
  { name: 'no translator', edit: (t) => t.replace(/^translator:.*\n/m, ''), says: /missing field "translator"/ },
];

describe('a broken translation is refused, naming the file and the paragraph', () => {
  it.each(BREAKS)('$name', ({ edit, says }) => {
    const error = loadError(corpusWith(edit));
    expect(error.file).toMatch(/peru-mexico-rupture-2025\.es\.md$/);
    expect(error.problem).toMatch(says);
    expect(error.message).not.toContain('\n');
  });

  it('a second Spanish translation of the same article', () => {
    const dir = corpusWith((t) => `${t}\n`);
    writeFileSync(join(dir, 'articles/zz-copy.es.md'), readFileSync(join(dir, TRANSLATION), 'utf8'));
    const error = loadError(dir);
    expect(error.file).toMatch(/zz-copy\.es\.md$/);
    expect(error.problem).toMatch(/already translates .* into "es"/);
  });

  it('the glossary missing is named as the file to restore', () => {
    const dir = mkdtempSync(join(tmpdir(), 'translation-'));
    copies.push(dir);
    cpSync(CORPUS, dir, { recursive: true });
    rmSync(join(dir, GLOSSARY));
    const error = loadError(dir);
    expect(error.file).toMatch(/translation-glossary-es\.txt$/);
    expect(error.problem).toMatch(/missing/);
  });

  it('an article without a translation loads with none, and is shown as it is', () => {
    const dir = mkdtempSync(join(tmpdir(), 'translation-'));
    copies.push(dir);
    cpSync(CORPUS, dir, { recursive: true });
    rmSync(join(dir, TRANSLATION));
    const [only] = loadCorpus(dir).articles;
    expect(only!.translations).toEqual([]);
    expect(translationOf(only!, 'es')).toBeUndefined();
  });
});
