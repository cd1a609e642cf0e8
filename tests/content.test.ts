/**
 * The cited content of corpus/content/ (positions, compare, timeline, quotes), checked two ways:
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
];

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** Dates as the article writes them: "November 4, 2025", "December 2022", "November 4", or a bare year. */
const ABSOLUTE_DATE = new RegExp(`\\b(?:(?:${MONTHS})(?: \\d{1,2})?(?:, \\d{4}| \\d{4})?|(?:19|20)\\d{2})\\b`, 'g');
/** Dates given relative to the article or to another event. */
const RELATIVE_DATE =
  /\b(?:(?:less|more) than (?:a|one|two|\d+) (?:day|week|month|year)s? ago|(?:a|one|two|\d+) (?:day|week|month|year)s? ago|that same day|today|yesterday)\b/gi;

describe('content files: every citation is verbatim', () => {
  it('each file cites the article by its id', () => {
    for (const file of [positions, compare, timeline, quotes]) expect(file.source).toBe(ARTICLE_ID);
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
    const all = [positions, compare, timeline, quotes].flatMap((file, i) =>
      bilinguals(file, ['positions', 'compare', 'timeline', 'quotes'][i]!),
    );
    expect(all.length).toBeGreaterThan(80);
    for (const [path, { en, es }] of all) {
      expect(typeof en === 'string' && en.trim() !== '', `${path}.en`).toBe(true);
      expect(typeof es === 'string' && es.trim() !== '', `${path}.es`).toBe(true);
      // Only proper names read the same in both languages.
      if (!/\.name$/.test(path)) expect(es, `${path}.es is written in Spanish`).not.toBe(en);
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
  const path = join(dir, 'content', name);
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
