import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createContext } from '../src/context.js';
import { findCommand } from '../commands/index.js';
import { runCommand } from '../src/dispatch.js';
import { CorpusError } from '../src/corpus/errors.js';
import { loadCorpus } from '../src/corpus/load.js';
import { PROJECT_ROOT } from './helpers.js';

const CORPUS = join(PROJECT_ROOT, 'corpus');
const SOURCE = join(PROJECT_ROOT, '..', 'shared', 'source', 'article.txt');

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

function corpusCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
  copies.push(dir);
  cpSync(CORPUS, dir, { recursive: true });
  return dir;
}

describe('corpus', () => {
  it('holds the article verbatim: 12 paragraphs, ¶N is line N of the source', () => {
    const [article] = loadCorpus(CORPUS).articles;
    expect(article?.paragraphs).toHaveLength(12);
    expect(article?.published).toBe('2025-11-04');
    expect(article?.language).toBe('en');
    expect(article?.titleIsDescriptive).toBe(true);
    let source: string[] | undefined;
    try {
      source = readFileSync(SOURCE, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '');
    } catch {
      source = undefined; // ../shared is not part of the repo; the paragraph count above still holds.
    }
    if (source) expect(article?.paragraphs.map((p) => p.text)).toEqual(source.map((line) => line.trim()));
  });

  it('indexes another article dropped into articles/ and cites it by its own title', () => {
    const dir = corpusCopy();
    writeFileSync(
      // Named to sort first: what ¶N means to /source must not depend on file names.
      join(dir, 'articles', 'aa-second.md'),
      '---\nid: second-article\ntitle: A second test article\npublished: 2025-11-10\nlanguage: en\n---\n' +
        'Zanzibar officials discussed the lighthouse budget.\n\nA second paragraph about lighthouses and ferries.\n',
    );
    const context = createContext(dir);
    const { engine } = context;
    const hit = engine.search('lighthouse budget Zanzibar').hits[0];
    expect(hit?.docId).toBe('second-article');
    expect(hit?.sourceTitle).toBe('A second test article');
    expect(hit?.paragraph).toBe(1);
    expect(engine.search('Caracas Convention').hits[0]?.docId).toBe('peru-mexico-rupture-2025');
    // /source paragraph:2 still shows ¶2 of the article the summaries cite; article: picks the other one.
    const shown = runCommand('source', { paragraph: 2 }, 'en', context);
    expect(shown.title).toContain('Peru breaks diplomatic relations');
    expect(shown.description?.text).toBe(engine.paragraph('peru-mexico-rupture-2025', 2)?.text);
    const second = runCommand('source', { paragraph: 2, article: 'second-article' }, 'en', context);
    expect(second.description?.text).toBe('A second paragraph about lighthouses and ferries.');
    expect(
      runCommand('source', { article: 'second test' }, 'en', context).sections.map((section) => section.heading),
    ).toEqual(['A second test article']);
    expect(runCommand('source', {}, 'en', context).sections).toHaveLength(2);
    const unknown = runCommand('source', { paragraph: 1, article: 'narnia' }, 'en', context);
    expect(unknown.tone).toBe('notice');
    expect(unknown.description?.text).toContain('second-article');
    // Autocomplete offers the articles by title, with their ids as values.
    const choices = findCommand('source')!.autocomplete!({ name: 'article', value: 'second' }, 'en', context);
    expect(choices).toEqual([{ name: 'A second test article', value: 'second-article' }]);
  });

  it('loads the article template of the README as written', () => {
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
    const template = readme.split('## Adding an article')[1]?.split('```text\n')[1]?.split('```')[0];
    expect(template, 'README has a template under "Adding an article"').toBeDefined();
    const dir = corpusCopy();
    writeFileSync(join(dir, 'articles', 'template.md'), template!);
    const hit = createContext(dir).engine.search('First paragraph').hits[0];
    expect(hit?.docId).toBe('my-article-2025');
    expect(hit?.sourceTitle).toBe('A descriptive title');
  });

  it('refuses a second article with the same id, naming both files', () => {
    const dir = corpusCopy();
    const original = readFileSync(join(dir, 'articles', 'peru-mexico-rupture-2025.md'), 'utf8');
    writeFileSync(join(dir, 'articles', 'copy.md'), original);
    expect(() => loadCorpus(dir)).toThrowError(CorpusError);
    expect(() => loadCorpus(dir)).toThrowError(
      /peru-mexico-rupture-2025\.md: id "peru-mexico-rupture-2025" is already used by .*copy\.md/,
    );
  });

  it('refuses an alias whose expansion uses words no article has', () => {
    const dir = corpusCopy();
    writeFileSync(join(dir, 'aliases.txt'), '[en]\nsoccer => football championship\n');
    expect(() => createContext(dir)).toThrowError(
      /aliases\.txt: line 2: expansion "football championship" uses words not in any article/,
    );
  });

  it('refuses two alias keys that read the same once stemmed', () => {
    const dir = corpusCopy();
    writeFileSync(join(dir, 'aliases.txt'), '[en]\njailed => imprisoned\njail => prison\n');
    expect(() => createContext(dir)).toThrowError(/line 3: key "jail" reads the same as a key on line 2/);
  });
});
