/**
 * The cited content of corpus/content/ (positions, compare, timeline, quotes, summary, glossary, quiz, discussion
 * prompts), checked two ways:
 *  - the files themselves, read as raw JSON and checked here with this file's own verbatim rule (so a bug in
 *    src/content/ cannot hide a bad citation): every quote is in its paragraph, every quotation is inside
 *    quotation marks, every party has 4–8 cited claims, both languages are written, the timeline is in order and
 *    covers every date the article gives, and every direct quotation of the article is listed;
 *  - the loader: a broken copy of the corpus is refused with one CorpusError naming the file, the item and the quote.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createContext } from '../src/context.js';
import { CorpusError } from '../src/corpus/errors.js';
import { loadCorpus } from '../src/corpus/load.js';
import { findVerbatim, foldVerbatim } from '../src/content/verbatim.js';
import { PROJECT_ROOT, realContext } from './helpers.js';

const CORPUS = join(PROJECT_ROOT, 'corpus');
const ARTICLE_ID = 'peru-mexico-rupture-2025';
const paragraphs = loadCorpus(CORPUS)
  .articles.find((a) => a.id === ARTICLE_ID)!
  .paragraphs.map((p) => p.text);

// ---- This test's own reading of the files and of "verbatim" -----------------------------------------------------

type Json = Record<string, unknown>;
interface Cite {
  paragraph: number;
  quote: string;
}
interface Cited {
  text: { en: string; es: string };
  citations: Cite[];
}

const raw = (name: string) => JSON.parse(readFileSync(join(CORPUS, 'content', name), 'utf8')) as Json;
const positions = raw('positions.json') as {
  source: string;
  parties: Array<{ id: string; name: Json; title: Json; stance: Cited; claims: Array<Cited & { kind: string }> }>;
};
const compare = raw('compare.json') as {
  source: string;
  points: Array<{ id: string; topic: Json; peru: Cited; mexico: Cited }>;
};
const timeline = raw('timeline.json') as {
  source: string;
  events: Array<Cited & { date: { en: string; es: string }; precision: string; sortKey: string }>;
};
const quotes = raw('quotes.json') as {
  source: string;
  speakers: Array<{ id: string; name: Json; role: Json; aliases: string[] }>;
  quotes: Array<{ speaker: string; paragraph: number; quote: string; context: Json }>;
};
const summary = raw('summary.json') as { source: string; sentences: Cited[] };
const glossary = raw('glossary.json') as {
  source: string;
  terms: Array<{
    id: string;
    term: { en: string; es: string };
    aliases: string[];
    definition: { en: string; es: string };
    general: boolean;
    usage: Cited;
  }>;
};
const quiz = raw('quiz.json') as {
  source: string;
  questions: Array<{
    id: string;
    question: { en: string; es: string };
    choices: Array<{ en: string; es: string }>;
    answer: number;
    explanation: { en: string; es: string };
    citations: Cite[];
  }>;
};
const discuss = raw('discuss.json') as {
  source: string;
  prompts: Array<Cited & { id: string; theme: string; compare: string[] }>;
};

/** Folds white space and the shape of quote marks only: accents, case and dashes must match exactly. */
const fold = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

/** Direct quotations of a paragraph: the text between each pair of double quotation marks. */
const quotedSpans = (text: string) => [...fold(text).matchAll(/"([^"]+)"/g)].map((m) => m[1]!);

/** Every cited text of the three summary files, with a label for failure messages. */
const citedTexts: Array<[string, Cited]> = [
  ...positions.parties.flatMap((party) => [
    [`position ${party.id} stance`, party.stance] as [string, Cited],
    ...party.claims.map((claim, i) => [`position ${party.id} claim ${i + 1}`, claim] as [string, Cited]),
  ]),
  ...compare.points.flatMap((point) => [
    [`compare ${point.id} peru`, point.peru] as [string, Cited],
    [`compare ${point.id} mexico`, point.mexico] as [string, Cited],
  ]),
  ...timeline.events.map((event, i) => [`timeline ${i + 1} (${event.date.en})`, event] as [string, Cited]),
  ...summary.sentences.map((sentence, i) => [`summary sentence ${i + 1}`, sentence] as [string, Cited]),
  ...glossary.terms.map((term) => [`glossary ${term.id} usage`, term.usage] as [string, Cited]),
  ...quiz.questions.map(
    (question) =>
      [`quiz ${question.id}`, { text: question.explanation, citations: question.citations }] as [string, Cited],
  ),
  ...discuss.prompts.map((prompt) => [`discuss ${prompt.id}`, prompt] as [string, Cited]),
];

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** Dates as the article writes them: "November 4, 2025", "December 2022", "November 4", or a bare year. */
const ABSOLUTE_DATE = new RegExp(`\\b(?:(?:${MONTHS})(?: \\d{1,2})?(?:, \\d{4}| \\d{4})?|(?:19|20)\\d{2})\\b`, 'g');
/** Dates given relative to the article or to another event. */
const RELATIVE_DATE =
  /\b(?:(?:less|more) than (?:a|one|two|\d+) (?:day|week|month|year)s? ago|(?:a|one|two|\d+) (?:day|week|month|year)s? ago|that same day|today|yesterday)\b/gi;

describe('content files: every citation is verbatim', () => {
  it('each file cites the article by its id', () => {
    for (const file of [positions, compare, timeline, quotes, summary, glossary, quiz, discuss])
      expect(file.source).toBe(ARTICLE_ID);
  });

  it.each(citedTexts)(
    '%s: each quote occurs in its paragraph (only white space and quote marks folded)',
    (_label, cited) => {
      expect(cited.citations.length).toBeGreaterThan(0);
      for (const { paragraph, quote } of cited.citations) {
        expect(
          Number.isInteger(paragraph) && paragraph >= 1 && paragraph <= paragraphs.length,
          `¶${paragraph} exists`,
        ).toBe(true);
        expect(quote.trim().split(/\s+/).length, `"${quote}" has at least a few words`).toBeGreaterThanOrEqual(3);
        expect(fold(paragraphs[paragraph - 1]!), `¶${paragraph} contains "${quote}"`).toContain(fold(quote));
      }
    },
  );

  it('the verbatim rule folds no accents, case or dashes (so "verbatim" means verbatim)', () => {
    const p7 = fold(paragraphs[6]!);
    expect(p7).toContain(fold('asylum to Chávez in full accordance'));
    expect(p7).not.toContain(fold('asylum to Chavez in full accordance'));
    expect(p7).not.toContain(fold('Asylum to Chávez in full accordance'));
    expect(fold(paragraphs[3]!)).toContain(fold("Castillo's plan to dissolve")); // straight apostrophe for ’
  });
});

describe('content files: positions', () => {
  it('has the three parties, each with a title, a cited stance and 4–8 cited claims', () => {
    expect(positions.parties.map((p) => p.id)).toEqual(['peru', 'mexico', 'chavez']);
    for (const party of positions.parties) {
      expect(party.stance.text.en.trim().length, party.id).toBeGreaterThan(20);
      expect(party.claims.length, party.id).toBeGreaterThanOrEqual(4);
      expect(party.claims.length, party.id).toBeLessThanOrEqual(8);
      for (const claim of party.claims) {
        expect(claim.text.en.trim(), party.id).not.toBe('');
        expect(claim.text.es.trim(), party.id).not.toBe('');
        expect(claim.citations.length, `${party.id}: ${claim.text.en}`).toBeGreaterThan(0);
        // One or two sentences in our own words.
        expect(claim.text.en.split(/(?<=[.!?])\s+(?=[A-Z])/).length, claim.text.en).toBeLessThanOrEqual(2);
      }
    }
  });

  it('states each claim of a government as that government’s view, never as the bot’s verdict', () => {
    // Each claim of Peru or Mexico names who holds the view or acts (the government, a named official, "it"/"she").
    const holders = {
      peru: /Peru's government|Peru's leadership|Peru keeps|Foreign Minister|De Zela|President Jerí/,
      mexico: /Mexico|Sheinbaum|SRE/,
    };
    for (const id of ['peru', 'mexico'] as const) {
      for (const claim of positions.parties.find((p) => p.id === id)!.claims)
        expect(claim.text.en, `${id} claim`).toMatch(holders[id]);
    }
  });
});

describe('content files: compare', () => {
  it('gives at least four points of disagreement, each with Peru’s and Mexico’s side cited, ids unique', () => {
    expect(compare.points.length).toBeGreaterThanOrEqual(4);
    expect(new Set(compare.points.map((p) => p.id)).size).toBe(compare.points.length);
    for (const point of compare.points) {
      expect(point.id).toMatch(/^[a-z0-9-]+$/);
      for (const side of [point.peru, point.mexico]) {
        expect(side.text.en.trim()).not.toBe('');
        expect(side.citations.length, point.id).toBeGreaterThan(0);
      }
    }
  });
});

describe('content files: timeline', () => {
  it('lists events in date order, with real YYYY-MM-DD sort keys', () => {
    const keys = timeline.events.map((e) => e.sortKey);
    for (const key of keys) expect(new Date(key).toISOString().slice(0, 10)).toBe(key);
    expect([...keys].sort()).toEqual(keys);
    expect(timeline.events.length).toBeLessThanOrEqual(25);
  });

  it('covers every date the article gives, each inside a quote of an event citing that paragraph', () => {
    const mentions = paragraphs.flatMap((text, i) =>
      [...text.matchAll(ABSOLUTE_DATE), ...text.matchAll(RELATIVE_DATE)].map((m) => ({ paragraph: i + 1, date: m[0] })),
    );
    // The scan itself finds what a reader sees: the rupture's date, the December 2022 attempt, "less than a month ago"…
    expect(mentions.map((m) => `¶${m.paragraph} ${m.date}`)).toEqual(
      expect.arrayContaining([
        '¶1 November 4, 2025',
        '¶1 December 2022',
        '¶3 less than a month ago',
        '¶4 June 2023',
        '¶4 September 2025',
        '¶4 November 4',
        '¶6 2022',
        '¶9 April 2024',
      ]),
    );
    for (const { paragraph, date } of mentions) {
      const covered = timeline.events.some((event) =>
        event.citations.some(
          (c) => c.paragraph === paragraph && fold(c.quote).toLowerCase().includes(date.toLowerCase()),
        ),
      );
      expect(covered, `the timeline quotes "${date}" from ¶${paragraph}`).toBe(true);
    }
  });

  it('dates each event as its quotes do, and says so when the article gives no exact date', () => {
    const monthNumber = (name: string) => String(MONTHS.split('|').indexOf(name) + 1).padStart(2, '0');
    for (const event of timeline.events) {
      for (const { quote } of event.citations) {
        for (const m of fold(quote).matchAll(new RegExp(`\\b(${MONTHS})(?: (\\d{1,2}))?(?:,? (\\d{4}))?\\b`, 'g'))) {
          const [, month, day, year] = m;
          if (year) expect(event.sortKey.slice(0, 7), event.date.en).toBe(`${year}-${monthNumber(month!)}`);
          else expect(event.sortKey.slice(5, 7), event.date.en).toBe(monthNumber(month!));
          if (day) expect(Number(event.sortKey.slice(8)), event.date.en).toBe(Number(day));
        }
        for (const m of fold(quote).matchAll(/\b(?:19|20)\d{2}\b/g))
          expect(event.sortKey.slice(0, 4), event.date.en).toBe(m[0]);
      }
      if (event.precision === 'relative' || event.precision === 'undated') {
        expect(event.date.en, 'an inexact date says so').toMatch(/no exact date|not say|less than|after/i);
        expect(event.date.es, 'an inexact date says so').toMatch(/fecha exacta|no dice|menos de|tras/i);
      }
    }
    expect(timeline.events.some((e) => e.precision === 'relative')).toBe(true);
    expect(timeline.events[0]!.date.en).toMatch(/December 2022/);
    expect(timeline.events.at(-1)!.sortKey).toBe('2025-11-04');
  });
});

describe('content files: quotes', () => {
  it('puts every quotation inside quotation marks of its paragraph, attributed to someone that paragraph names', () => {
    const speakers = new Map(quotes.speakers.map((s) => [s.id, s]));
    for (const { speaker, paragraph, quote } of quotes.quotes) {
      const text = paragraphs[paragraph - 1]!;
      expect(
        quotedSpans(text).some((span) => span.includes(fold(quote))),
        `¶${paragraph}: "${quote}" is a direct quotation`,
      ).toBe(true);
      const who = speakers.get(speaker);
      expect(who, speaker).toBeDefined();
      const names = [who!.name.en as string, ...who!.aliases].filter((name) => name.length >= 3);
      expect(
        names.some((name) => text.toLowerCase().includes(name.toLowerCase())),
        `¶${paragraph} names ${speaker}`,
      ).toBe(true);
    }
  });

  it('lists every direct quotation of the article', () => {
    const listed = quotes.quotes.map((q) => `¶${q.paragraph} ${fold(q.quote)}`);
    const inArticle = paragraphs.flatMap((text, i) =>
      quotedSpans(text).map((span) => `¶${i + 1} ${span.replace(/,$/, '')}`),
    );
    expect(inArticle.length).toBeGreaterThanOrEqual(11);
    expect([...listed].sort()).toEqual([...inArticle].sort());
  });

  it('has de Zela, Sheinbaum and the SRE as speakers', () => {
    expect(quotes.speakers.map((s) => s.id).sort()).toEqual(['de-zela', 'sheinbaum', 'sre']);
  });
});

/** Verdict words: fixed content reports each side's view as that side's, never says who is right. */
const VERDICT = {
  en: /\b(?:rightly|wrongly|is right|was right|is wrong|was wrong|unjustified|justified|illegal(?:ly)?|legitimately|the truth is|in fact)\b/i,
  es: /(?:con razón|tiene razón|se equivoca|injustificad|justificad|ilegal|legítimamente|en realidad|la verdad es)/i,
};
const expectNeutral = (text: { en: string; es: string }, label: string) => {
  expect(text.en, `${label}: no verdict`).not.toMatch(VERDICT.en);
  expect(text.es, `${label}: no verdict`).not.toMatch(VERDICT.es);
};
/**
 * Words of a text for overlap checks: folded, numbers and words of 3+ letters, cut to 5 letters so "Conventions"
 * meets "Convention".
 */
const keyWords = (text: string) =>
  new Set(
    fold(text)
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(
        (word) =>
          (word.length >= 3 || /^\d+$/.test(word)) &&
          !['the', 'and', 'for', 'not', 'does', 'say', 'was'].includes(word),
      )
      .map((word) => word.slice(0, 5)),
  );

describe('content files: summary', () => {
  it('has 4–8 sentences, one sentence each, neutral, together citing most of the article', () => {
    expect(summary.sentences.length).toBeGreaterThanOrEqual(4);
    expect(summary.sentences.length).toBeLessThanOrEqual(8);
    for (const [i, sentence] of summary.sentences.entries()) {
      for (const lang of ['en', 'es'] as const) {
        expect(
          sentence.text[lang].split(/(?<=[.!?])\s+(?=[A-ZÁÉÍÓÚÑ¿])/).length,
          `sentence ${i + 1} (${lang}) is one sentence`,
        ).toBe(1);
      }
      expectNeutral(sentence.text, `summary sentence ${i + 1}`);
    }
    const cited = new Set(summary.sentences.flatMap((sentence) => sentence.citations.map((c) => c.paragraph)));
    expect(cited.size, 'paragraphs the summary rests on').toBeGreaterThanOrEqual(9);
  });

  it('reports each government’s view as that government’s', () => {
    const views = summary.sentences.filter((sentence) =>
      /unfriendly|accordance|out of proportion/.test(sentence.text.en),
    );
    expect(views.length).toBeGreaterThanOrEqual(3);
    for (const sentence of views) expect(sentence.text.en).toMatch(/\b(?:says|calls|call|according to)\b/);
  });
});

describe('content files: glossary', () => {
  it('has at least 12 terms, including every term the issue names, ids unique', () => {
    expect(glossary.terms.length).toBeGreaterThanOrEqual(12);
    const ids = glossary.terms.map((term) => term.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        'asylum',
        'diplomatic-asylum',
        'charge-d-affaires',
        'consular-relations',
        'diplomatic-relations',
        'persona-non-grata',
        'caracas-convention',
        'nonintervention',
        'pacific-alliance',
        'sovereignty',
        'self-coup',
        'rebellion',
      ]),
    );
  });

  it('defines each term in a few plain sentences, says whether it is general knowledge, and shows the article using the word', () => {
    for (const term of glossary.terms) {
      expect(typeof term.general, term.id).toBe('boolean');
      for (const lang of ['en', 'es'] as const)
        expect(term.definition[lang].split(/(?<=[.!?])\s+/).length, `${term.id} (${lang})`).toBeLessThanOrEqual(3);
      expectNeutral(term.usage.text, `glossary ${term.id} usage`);
      // A usage quote is the article using the word itself (or one of the aliases it is found by).
      const names = [term.term.en.replace(/\s*\(.*\)$/, ''), ...term.aliases].map((name) => fold(name).toLowerCase());
      const quotes = term.usage.citations.map((c) => fold(c.quote).toLowerCase());
      expect(
        quotes.some((quote) => names.some((name) => quote.includes(name))),
        `${term.id}: a quote uses the word`,
      ).toBe(true);
    }
    // The consular entry explains how it differs from diplomatic relations.
    expect(glossary.terms.find((term) => term.id === 'consular-relations')!.definition.en).toMatch(
      /diplomatic relations/,
    );
  });
});

describe('content files: quiz', () => {
  it('has at least 20 questions with 3–4 distinct choices and a right answer among them', () => {
    expect(quiz.questions.length).toBeGreaterThanOrEqual(20);
    expect(new Set(quiz.questions.map((q) => q.id)).size).toBe(quiz.questions.length);
    for (const question of quiz.questions) {
      expect(question.choices.length, question.id).toBeGreaterThanOrEqual(3);
      expect(question.choices.length, question.id).toBeLessThanOrEqual(4);
      expect(
        Number.isInteger(question.answer) && question.answer >= 0 && question.answer < question.choices.length,
        question.id,
      ).toBe(true);
      for (const lang of ['en', 'es'] as const) {
        expect(new Set(question.choices.map((c) => c[lang].toLowerCase())).size, `${question.id} (${lang})`).toBe(
          question.choices.length,
        );
        expect(question.explanation[lang], `${question.id}: the explanation is one line`).not.toContain('\n');
      }
      expectNeutral(question.question, `quiz ${question.id} question`);
      expectNeutral(question.explanation, `quiz ${question.id} explanation`);
    }
  });

  it('spreads the right answers over the positions (no letter gives the game away)', () => {
    const counts = [0, 0, 0, 0];
    for (const question of quiz.questions) counts[question.answer]!++;
    for (const count of counts) expect(count / quiz.questions.length).toBeLessThanOrEqual(0.4);
    expect(counts.filter((count) => count > 0).length).toBe(4);
  });

  it('cites words that support the right choice better than any other choice', () => {
    for (const question of quiz.questions) {
      const quoted = new Set(question.citations.flatMap((c) => [...keyWords(c.quote)]));
      const support = question.choices.map(
        (choice) => [...keyWords(choice.en)].filter((word) => quoted.has(word)).length,
      );
      const right = support[question.answer]!;
      expect(right, `${question.id}: the citations hold the right choice's words`).toBeGreaterThan(0);
      support.forEach((other, i) => {
        if (i !== question.answer)
          expect(right, `${question.id}: choice ${i} is not better supported than the answer`).toBeGreaterThan(other);
      });
    }
  });
});

describe('content files: discussion prompts', () => {
  it('has at least 8 open, neutral questions covering every theme, each tied to paragraphs and known /compare points', () => {
    expect(discuss.prompts.length).toBeGreaterThanOrEqual(8);
    expect(new Set(discuss.prompts.map((p) => p.theme))).toEqual(
      new Set(['causes', 'sides', 'law', 'consequences', 'region']),
    );
    const points = new Set(compare.points.map((p) => p.id));
    for (const prompt of discuss.prompts) {
      expect(prompt.text.en, prompt.id).toMatch(/\?/);
      expect(prompt.text.es, prompt.id).toMatch(/¿.*\?/);
      expectNeutral(prompt.text, `discuss ${prompt.id}`);
      expect(prompt.citations.length, prompt.id).toBeGreaterThan(0);
      for (const id of prompt.compare) expect(points.has(id), `${prompt.id}: compare point ${id}`).toBe(true);
    }
    expect(discuss.prompts.filter((p) => p.compare.length > 0).length).toBeGreaterThanOrEqual(8);
  });
});

describe('content files: both languages', () => {
  /** Every {en, es} object in a JSON tree, with its path. */
  function bilinguals(value: unknown, path: string, out: Array<[string, { en: unknown; es: unknown }]> = []) {
    if (Array.isArray(value)) value.forEach((item, i) => bilinguals(item, `${path}[${i}]`, out));
    else if (value && typeof value === 'object') {
      const json = value as Json;
      if ('en' in json || 'es' in json) out.push([path, json as { en: unknown; es: unknown }]);
      else
        for (const [key, child] of Object.entries(json))
          if (!key.startsWith('_')) bilinguals(child, `${path}.${key}`, out);
    }
    return out;
  }

  it('writes every text in English and Spanish, the Spanish not a copy of the English', () => {
    const files = { positions, compare, timeline, quotes, summary, glossary, quiz, discuss };
    const all = Object.entries(files).flatMap(([name, file]) => bilinguals(file, name));
    expect(all.length).toBeGreaterThan(250);
    for (const [path, { en, es }] of all) {
      expect(typeof en === 'string' && en.trim() !== '', `${path}.en`).toBe(true);
      expect(typeof es === 'string' && es.trim() !== '', `${path}.es`).toBe(true);
      // Only names read the same in both languages: a party's or speaker's name, a quiz choice that is a name
      // ("Chile", "José Jerí"), and the Latin term Spanish uses unchanged.
      const name =
        /\.name$/.test(path) ||
        (/\.choices\[\d+\]$/.test(path) && /^(?:(?:\p{Lu}[\p{L}']*|de|del)\s?)+$/u.test(String(en))) ||
        en === 'persona non grata';
      if (!name) expect(es, `${path}.es is written in Spanish`).not.toBe(en);
    }
  });

  it('cites the same paragraphs in both languages (citations are shared, quotes stay in the article’s English)', () => {
    for (const [label, cited] of citedTexts) {
      for (const { quote } of cited.citations)
        expect(
          paragraphs.some((p) => fold(p).includes(fold(quote))),
          label,
        ).toBe(true);
    }
  });
});

// ---- The loader refuses a broken copy -----------------------------------------------------------------------

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the corpus with one content file rewritten by `edit` (on its text). */
function brokenCopy(name: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  copies.push(dir);
  cpSync(CORPUS, dir, { recursive: true });
  const path = join(dir, name.includes('/') ? '' : 'content', name);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  expect(after, 'the edit changed the file').not.toBe(before);
  writeFileSync(path, after);
  return dir;
}

function loadError(dir: string): CorpusError {
  try {
    createContext(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(CorpusError);
    expect((error as Error).message).not.toContain('\n');
    return error as CorpusError;
  }
  throw new Error('createContext accepted a broken corpus');
}

describe('loader: every citation is proven at start-up', () => {
  it('loads the real content with every citation', () => {
    const { content } = realContext();
    expect(content.positions.parties.map((p) => p.claims.length)).toEqual(
      positions.parties.map((p) => p.claims.length),
    );
    expect(content.timeline.events).toHaveLength(timeline.events.length);
    expect(content.quotes.quotations).toHaveLength(quotes.quotes.length);
  });

  it('refuses a quote changed by one letter, naming the file, the party and claim, and the quote', () => {
    const dir = brokenCopy('positions.json', (text) =>
      text.replace('viewed the asylum as a direct affront', 'viewed the asylum as a direct afront'),
    );
    const error = loadError(dir);
    expect(error.file).toBe(join(dir, 'content', 'positions.json'));
    expect(error.message).toMatch(/party "peru", claim 2 \("Foreign Minister Hugo de Zela calls/);
    expect(error.message).toContain('quote "viewed the asylum as a direct afront" is not in ¶5');
  });

  it('refuses a quote without the article’s accent (accents are not folded)', () => {
    const dir = brokenCopy('positions.json', (text) =>
      text.replace('"Mexico granted diplomatic asylum to Chávez', '"Mexico granted diplomatic asylum to Chavez'),
    );
    expect(loadError(dir).message).toMatch(
      /party "mexico", stance .*quote "Mexico granted diplomatic asylum to Chavez.*" is not in ¶7/,
    );
  });

  it('accepts straight quote marks for the article’s curly ones, and keeps the article’s own characters', () => {
    const dir = brokenCopy('positions.json', (text) =>
      text.replace('the alleged co-author of the coup d’état', "the alleged co-author of the coup d'état"),
    );
    const { content } = createContext(dir);
    const claim = content.positions.parties[0]!.claims[3]!;
    expect(claim.citations[0]!.quote).toBe(
      'the alleged co-author of the coup d’état attempted by former president Pedro Castillo',
    );
  });

  it('refuses a quote cited to the wrong paragraph, and says which paragraph has it', () => {
    const dir = brokenCopy('compare.json', (text) =>
      text.replace(
        '{ "paragraph": 8, "quote": "trade and other bilateral relations would continue" }',
        '{ "paragraph": 7, "quote": "trade and other bilateral relations would continue" }',
      ),
    );
    const message = loadError(dir).message;
    expect(message).toMatch(/compare\.json: point "ties", "mexico" side \("Sheinbaum says trade/);
    expect(message).toContain('quote "trade and other bilateral relations would continue" is not in ¶7; it is in ¶8');
  });

  it('refuses a paragraph the article does not have', () => {
    const dir = brokenCopy('timeline.json', (text) =>
      text.replace('{ "paragraph": 9, "quote": "In April 2024', '{ "paragraph": 13, "quote": "In April 2024'),
    );
    expect(loadError(dir).message).toMatch(
      /timeline\.json: event 5 \(April 2024\).*cites ¶13, but the article has ¶1 to ¶12/,
    );
  });

  it('refuses a quotation that is not inside quotation marks of its paragraph', () => {
    // The words are in ¶7, but outside its quotation marks: the article does not put them in the SRE's mouth.
    const dir = brokenCopy('quotes.json', (text) =>
      text.replace(
        '"quote": "Mexico granted diplomatic asylum to Chávez in full accordance with international law"',
        '"quote": "has stood firm in its defense of the right to asylum"',
      ),
    );
    expect(loadError(dir).message).toMatch(
      /quotes\.json: quote 6 \(sre\): quote "has stood firm in its defense of the right to asylum" is not inside quotation marks in ¶7/,
    );
  });

  it('refuses events out of date order', () => {
    const dir = brokenCopy('timeline.json', (text) =>
      text.replace('"sortKey": "2023-06-01"', '"sortKey": "2021-06-01"'),
    );
    expect(loadError(dir).message).toMatch(
      /event 4 \(June 2023\), "sortKey": 2021-06-01 comes before the previous event's 2022-12-01/,
    );
  });

  it('refuses a missing Spanish text, an unknown field, an unknown article and broken JSON, each in one line', () => {
    expect(
      loadError(
        brokenCopy('positions.json', (text) => text.replace('"es": "Pidió formalmente asilo a México."', '"es": ""')),
      ).message,
    ).toMatch(/party "chavez", claim 5, "text", "es": is empty/);
    expect(
      loadError(
        brokenCopy('quotes.json', (text) =>
          text.replace(
            '"context": {\n        "en": "Statement defending',
            '"contxt": {\n        "en": "Statement defending',
          ),
        ),
      ).message,
    ).toMatch(/quotes\.json: quote 6: unknown field "contxt" \(expected: speaker, paragraph, quote, context\)/);
    expect(
      loadError(
        brokenCopy('compare.json', (text) => text.replace(`"source": "${ARTICLE_ID}"`, '"source": "another-article"')),
      ).message,
    ).toMatch(/compare\.json: "source": names article "another-article", which is not in articles\//);
    expect(
      loadError(brokenCopy('timeline.json', (text) => text.replace('"precision": "month",', '"precision": "month"')))
        .message,
    ).toMatch(/timeline\.json: is not valid JSON at line \d+, column \d+/);
  });
});

describe('loader: the classroom files and the /ask lead phrases', () => {
  it('refuses a summary sentence whose quote is not in its paragraph, naming the sentence', () => {
    const dir = brokenCopy('summary.json', (text) =>
      text.replace(
        '"quote": "trade and other bilateral relations would continue"',
        '"quote": "trade and all bilateral relations would continue"',
      ),
    );
    expect(loadError(dir).message).toMatch(
      /summary\.json: sentence 5 \("President Claudia Sheinbaum calls.*quote "trade and all bilateral relations would continue" is not in ¶8/,
    );
  });

  it('refuses a summary of fewer than 4 sentences', () => {
    const dir = brokenCopy('summary.json', (text) => {
      const json = JSON.parse(text) as { sentences: unknown[] };
      return JSON.stringify({ ...json, sentences: json.sentences.slice(0, 3) });
    });
    expect(loadError(dir).message).toMatch(/summary\.json: "sentences": needs at least 4 items/);
  });

  it('refuses a glossary term without its "general" flag, or with a usage quote not in the article', () => {
    expect(loadError(brokenCopy('glossary.json', (text) => text.replace('"general": false,', ''))).message).toMatch(
      /glossary\.json: term 9: missing field "general"/,
    );
    expect(
      loadError(brokenCopy('glossary.json', (text) => text.replace('"general": false,', '"general": "no",'))).message,
    ).toMatch(/term "pacific-alliance", "general": must be true .* or false/);
    expect(
      loadError(
        brokenCopy('glossary.json', (text) =>
          text.replace(
            'previous declarations of ambassadors as persona non grata"',
            'previous declarations of diplomats as persona non grata"',
          ),
        ),
      ).message,
    ).toMatch(/glossary\.json: term "persona-non-grata", usage .*is not in ¶10/);
  });

  it('refuses a quiz answer that is not one of the choices, and a question with too few choices', () => {
    expect(loadError(brokenCopy('quiz.json', (text) => text.replace('"answer": 3,', '"answer": 4,'))).message).toMatch(
      /quiz\.json: question "q03", "answer": 4 is not a choice: count the choices from 0 \(0 to 3\)/,
    );
    const two = brokenCopy('quiz.json', (text) => {
      const json = JSON.parse(text) as { questions: Array<{ choices: unknown[]; answer: number }> };
      json.questions[0]!.choices = json.questions[0]!.choices.slice(0, 2);
      json.questions[0]!.answer = 1;
      return JSON.stringify(json);
    });
    expect(loadError(two).message).toMatch(/question "q01", "choices": needs at least 3 items/);
  });

  it('refuses a discussion prompt tied to a /compare point that does not exist, or with an unknown theme', () => {
    expect(
      loadError(brokenCopy('discuss.json', (text) => text.replace('"compare": ["chavez"]', '"compare": ["chavezz"]')))
        .message,
    ).toMatch(
      /discuss\.json: prompt "prosecution-or-persecution", "compare": "chavezz" is not a point of content\/compare\.json \(ids: unfriendly-act,/,
    );
    expect(
      loadError(brokenCopy('discuss.json', (text) => text.replace('"theme": "region"', '"theme": "geography"')))
        .message,
    ).toMatch(/prompt "ecuador", "theme": must be one of causes, sides, law, consequences, region/);
  });

  it('refuses a lead-phrase section without Spanish, an unknown section and a glossary phrase without {term}', () => {
    const file = 'language/ask-leads.txt';
    expect(loadError(brokenCopy(file, (text) => text.replace(/^es: cuestionario.*$/m, ''))).message).toMatch(
      /ask-leads\.txt: line \d+: section \[quiz\] needs "es:" phrases/,
    );
    expect(loadError(brokenCopy(file, (text) => text.replace('[vocabulary]', '[vocab]'))).message).toMatch(
      /ask-leads\.txt: line \d+: unknown section \[vocab\]/,
    );
    expect(loadError(brokenCopy(file, (text) => text.replace('en: define {term} |', 'en: define |'))).message).toMatch(
      /"define" must hold \{term\} exactly once/,
    );
    expect(loadError(brokenCopy(file, (text) => text.replace('[party chavez]', '[party castillo]'))).message).toMatch(
      /section \[party chavez\] is missing/,
    );
  });

  it('refuses a prefix too short to mean one word, and a ~ with no word on one side', () => {
    const file = 'language/ask-leads.txt';
    expect(loadError(brokenCopy(file, (text) => text.replace('en: quiz |', 'en: qu* |'))).message).toMatch(
      /ask-leads\.txt: line \d+: "qu\*": write at least 4 letters before \* \("qu\*"\)/,
    );
    expect(loadError(brokenCopy(file, (text) => text.replace('en: quiz |', 'en: quiz ~ |'))).message).toMatch(
      /ask-leads\.txt: line \d+: "quiz ~": put ~ between two words/,
    );
  });

  it('refuses a tense ending of one plain letter, and a phrase in a section of single tense words', () => {
    const file = 'language/ask-leads.txt';
    expect(loadError(brokenCopy(file, (text) => text.replace('| *ed\n', '| *d\n'))).message).toMatch(
      /ask-leads\.txt: line \d+: "\*d": write one ending of 2 letters or more, or one accented letter/,
    );
    expect(loadError(brokenCopy(file, (text) => text.replace('en: did |', 'en: did so |'))).message).toMatch(
      /ask-leads\.txt: line \d+: section \[past\] takes single words, not "did so"/,
    );
  });
});

describe('findVerbatim', () => {
  // It scans for the quote by hand; it must find what a regular expression of the quote's classes finds.
  const byPattern = (quote: string, paragraph: string) => {
    const folded = foldVerbatim(quote);
    if (folded === '') return undefined;
    const pattern = Array.from(folded, (char) =>
      char === "'"
        ? "['\u2018\u2019\u201A\u201B\u2032\u02BC]"
        : char === '"'
          ? '["\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]'
          : char === ' '
            ? '\\s+'
            : char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'),
    ).join('');
    return new RegExp(pattern).exec(paragraph)?.[0];
  };

  it('finds the first place a regular expression of the quote would', () => {
    const { corpus } = realContext();
    const paragraphs = corpus.articles.flatMap((a) => a.paragraphs.map((p) => p.text));
    const edits = ["'", '"', ' ', '  ', '\u00A0', '\u2019', '\u201C', 'x', '.', '\n', '(', '$'];
    let seed = 14;
    const random = (below: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % below;
    for (const paragraph of paragraphs) {
      for (let k = 0; k < 60; k++) {
        const start = random(paragraph.length);
        let quote = paragraph.slice(start, start + 1 + random(80));
        const at = random(quote.length + 1);
        if (random(2)) quote = quote.slice(0, at) + edits[random(edits.length)]! + quote.slice(at + random(2));
        if (random(3) === 0) quote = quote.replace(/[’“”]/g, (mark) => (mark === '’' ? "'" : '"'));
        const target = random(4) === 0 ? paragraphs[random(paragraphs.length)]! : paragraph;
        expect(findVerbatim(quote, target)).toBe(byPattern(quote, target));
      }
    }
    for (const [quote, paragraph] of [
      ['a b', 'a  b then a b'],
      ["it's", 'it’s'],
      ['"quoted"', '“quoted”'],
      ['  ', 'a b'],
    ] as const)
      expect(findVerbatim(quote, paragraph)).toBe(byPattern(quote, paragraph));
  });
});
