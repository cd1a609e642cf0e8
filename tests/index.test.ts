import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { CorpusIndex, PLACE_TERMS } from '../src/search/corpus-index.js';
import { SearchEngine } from '../src/search/engine.js';
import { MAX_RANKED, Ranker } from '../src/search/rank.js';
import { SparseVector } from '../src/search/sparse.js';
import { sentenceSpans } from '../src/text/sentences.js';
import { realContext } from './helpers.js';

const { engine } = realContext();
const { analyzer, corpus } = engine;
const index = new CorpusIndex(corpus.articles, analyzer);

/** A MiniSearch index of `texts`, tokenized by our analyzer: what the postings must score like. */
function miniSearchOf(texts: string[]): MiniSearch<{ id: number; text: string }> {
  const mini = new MiniSearch<{ id: number; text: string }>({
    fields: ['text'],
    tokenize: (text) => analyzer.indexTerms(text),
    processTerm: (term) => term,
  });
  mini.addAll(texts.map((text, id) => ({ id, text })));
  return mini;
}

/** Every document's score for a term, by id, from a postings list. */
function scoresOf(postings: CorpusIndex['sentencePostings'], term: string, count: number): Map<number, number> {
  const into = new SparseVector(count);
  postings.addScores(term, 1, into);
  return new Map([...into.ids.subarray(0, into.size)].map((id) => [id, into.get(id)]));
}

describe('corpus index', () => {
  const paragraphs = corpus.articles.flatMap((article) => article.paragraphs.map((p) => p.text));
  const sentences = paragraphs.flatMap((text) => sentenceSpans(text).map((span) => text.slice(span.start, span.end)));

  it('scores every term of every sentence and paragraph exactly as MiniSearch’s BM25+ does', () => {
    for (const [texts, postings] of [
      [sentences, index.sentencePostings],
      [paragraphs, index.paragraphPostings],
    ] as const) {
      const mini = miniSearchOf(texts);
      const terms = new Set(texts.flatMap((text) => analyzer.indexTerms(text)));
      expect(terms.size).toBeGreaterThan(100);
      for (const term of terms) {
        const expected = mini.search(term, { tokenize: () => [term], processTerm: (t) => t });
        const got = scoresOf(postings, term, texts.length);
        expect(got.size).toBe(expected.length);
        for (const result of expected) expect(got.get(result.id as number)).toBe(result.score);
        expect([...postings.ids(term)]).toEqual(expected.map((r) => r.id as number).sort((a, b) => a - b));
      }
    }
  });

  it('marks each article’s first and last paragraphs, and their sentences, with its place terms', () => {
    const first = index.paragraphs.filter((p) => p.number === 1).map((p) => p.key);
    const last = corpus.articles.map((article) => index.paragraphs.findLast((p) => p.article === article)!.key);
    expect([...index.paragraphPostings.ids(PLACE_TERMS.start)]).toEqual(first);
    expect([...index.paragraphPostings.ids(PLACE_TERMS.end)]).toEqual(last.sort((a, b) => a - b));
    const endSentences = [...index.sentencePostings.ids(PLACE_TERMS.end)];
    expect(endSentences.map((id) => index.sentenceParagraph[id])).toEqual(
      last.flatMap((key) => index.sentenceSpans(key).map(() => key)),
    );
  });

  it('knows each term’s paragraph count, and nothing of terms no article has', () => {
    for (const term of ['peru', 'asylum', 'mexico_embassi']) {
      const holders = paragraphs.filter((text) => analyzer.indexTerms(text).includes(term)).length;
      expect(holders).toBeGreaterThan(0);
      expect(index.vocabulary.get(term)).toBe(holders);
      expect(index.paragraphFrequency(term)).toBe(holders);
    }
    expect(index.paragraphFrequency('ceviche')).toBe(0);
    for (const term of ['peru', 'ornela', 'convent', 'ceviche']) {
      const holders = paragraphs.map((text) => analyzer.indexTerms(text).includes(term));
      expect(paragraphs.map((_, key) => index.paragraphPostings.holds(term, key))).toEqual(holders);
    }
    expect(index.sentencePostings.ids('ceviche')).toHaveLength(0);
  });

  it('keeps each paragraph’s sentences and which give a date', () => {
    const key = index.paragraphs.findIndex((p) => /November/.test(p.text));
    const { text } = index.paragraphs[key]!;
    expect(index.sentenceSpans(key)).toEqual(sentenceSpans(text));
    expect(index.sentenceHasDate).toHaveLength(sentences.length);
    const marks = (pattern: RegExp) =>
      sentences.filter((s) => pattern.test(s)).map((s) => index.sentenceHasDate[sentences.indexOf(s)]);
    expect(marks(/November|2023/)).not.toContain(0);
    expect(marks(/November|2023/).length).toBeGreaterThan(1);
    expect(marks(/^[^0-9]*$/)).toContain(0);
  });

  it('knows the titles written capitalised before a person, and the names written after a particle', () => {
    // "President Jose Jeri", "Foreign Minister Hugo de Zela"; not "including Sheinbaum", "has called Castillo", nor
    // a word before a place ("the Peruvian Congress").
    expect([...index.names.titles].sort()).toEqual(['minist', 'presid']);
    expect([...index.names.afterParticle]).toEqual(['zela']);
  });

  it('finds two words in a row but for a name between, not an everyday word nor a title', () => {
    const keyOf = (number: number) => index.paragraphs.find((p) => p.number === number)!.key;
    // ¶3: "attempted to dissolve the Peruvian Congress"; ¶1: "attempt to dissolve Congress".
    expect(index.followsWithin(keyOf(3), 'dissolv', 'congress', 1)).toBe(true);
    expect(index.followsWithin(keyOf(1), 'dissolv', 'congress', 1)).toBe(true);
    expect(index.followsWithin(keyOf(3), 'dissolv', 'congress', 0)).toBe(false);
    // In order only; ¶9's "former vice president" has an everyday word between.
    expect(index.followsWithin(keyOf(3), 'congress', 'dissolv', 1)).toBe(false);
    expect(index.followsWithin(keyOf(9), 'former', 'presid', 1)).toBe(false);
  });

  it('finds a title whatever order its uses come in, and not from a capital that opens a sentence', () => {
    const article = (texts: string[]) => ({
      ...corpus.articles[0]!,
      paragraphs: texts.map((text, i) => ({ ...corpus.articles[0]!.paragraphs[0]!, number: i + 1, text })),
    });
    const texts = [
      'The talks went on, said Claudia Sheinbaum. Later Governor Sheinbaum spoke again.',
      'We heard that the governor left early, and the governor slept late.',
      'Thanking Sheinbaum, he left.',
    ];
    for (const order of [texts, [...texts].reverse(), [texts[1]!, texts[0]!, texts[2]!]]) {
      const { titles } = new CorpusIndex([article(order)], analyzer).names;
      expect([...titles]).toEqual(['governor']);
    }
  });
});

describe('sparse vector', () => {
  it('adds and sets by id, lists the ids touched once each, and clears to zero', () => {
    const vector = new SparseVector(10);
    vector.add(3, 1.5);
    vector.add(7, 2);
    vector.add(3, 1);
    vector.set(5, 4);
    expect([...vector.ids.subarray(0, vector.size)]).toEqual([3, 7, 5]);
    expect([vector.get(3), vector.get(7), vector.get(5), vector.get(0)]).toEqual([2.5, 2, 4, 0]);
    expect(vector.has(7)).toBe(true);
    vector.clear();
    expect(vector.size).toBe(0);
    expect([vector.get(3), vector.has(7)]).toEqual([0, false]);
    vector.add(3, 1);
    expect(vector.get(3)).toBe(1);
  });
});

describe('ranking a corpus of many articles', () => {
  const article = corpus.articles[0]!;
  const copies = (count: number) =>
    Array.from({ length: count }, (_, i) => ({ ...article, id: `copy-${i}`, title: `Copy ${i}`, translations: [] }));

  it('ties identical paragraphs and lists them in article order', () => {
    const twice = new SearchEngine({ ...corpus, articles: copies(2) });
    const response = twice.search('Who was ordered to leave Peru?', { limit: 4 });
    const [first, second] = response.hits;
    expect(response.answered).toBe(true);
    expect(first?.paragraph).toBe(second?.paragraph);
    expect(first?.score).toBe(second?.score);
    expect([first?.docId, second?.docId]).toEqual(['copy-0', 'copy-1']);
  });

  it(`lists at most ${MAX_RANKED} results however many paragraphs match`, () => {
    const many = new SearchEngine({ ...corpus, articles: copies(MAX_RANKED + 20) });
    const response = many.search('Why did Peru break diplomatic relations with Mexico?', { limit: 3 });
    expect(response.answered).toBe(true);
    expect(response.total).toBeGreaterThan(3);
    expect(response.total).toBeLessThanOrEqual(MAX_RANKED);
    const last = many.search('Why did Peru break diplomatic relations with Mexico?', {
      limit: 3,
      offset: response.total - 1,
    });
    expect(last.hits).toHaveLength(1);
  });
});

describe('rarity of a concept', () => {
  it("does not count a person's surname alone: a role is as rare as the title and full name it stands for", () => {
    const ranker = new Ranker(index);
    const role = engine.understand('el mandatario peruano respaldó al canciller?')[0]!;
    const surnames = role.wordings.filter((wording) => wording.surname);
    expect(surnames.length).toBeGreaterThan(0);
    const without = { ...role, wordings: role.wordings.filter((wording) => !wording.surname) };
    const weightOf = (concept: typeof role) => ranker.rank([concept]).weights[0];
    expect(weightOf(role)).toBeCloseTo(weightOf(without)!, 9);
    // Whatever the wordings' order: the surname first reaches the paragraphs the full name also holds.
    expect(weightOf({ ...role, wordings: [...surnames, ...without.wordings] })).toBeCloseTo(weightOf(without)!, 9);
  });
});
