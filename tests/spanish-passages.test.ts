/**
 * Issue 15: Spanish readers see the article's Spanish translation. Every passage /ask shows a Spanish reader is the
 * same sentences of the same ¶N in Spanish, bold on the question's words, with the English beside it ("Ver
 * original"); /source shows both; /quote gives each quotation's translation; the CLI contracts carry `original`.
 * English readers see exactly what the search found, as before.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../commands/ask.js';
import { findLead, plainPassages } from '../commands/ask-lead.js';
import { createContext } from '../src/context.js';
import { translationOf } from '../src/corpus/translation.js';
import { runButton, runCommand } from '../src/dispatch.js';
import { readQuestions, scoreQuestions } from '../src/evaluation.js';
import { t } from '../src/i18n/index.js';
import { renderDiscordMessage } from '../src/render/discord.js';
import { matchForms, questionHighlights } from '../src/reply/highlight.js';
import type { Reply } from '../src/reply/model.js';
import { alignedWindow, shownPassage } from '../src/reply/translated.js';
import { MAX_PASSAGE_CHARS, type SearchHit } from '../src/search/engine.js';
import { sentenceSpans } from '../src/text/sentences.js';
import { DIST, PROJECT_ROOT, realContext } from './helpers.js';
import { ensureBuilt } from './limits-checker.js';

const context = realContext();
const article = context.corpus.articles.find((a) => a.id === 'peru-mexico-rupture-2025')!;
const spanish = translationOf(article, 'es')!;
const stopWords = context.corpus.stopWords;
const SPANISH_SET = readQuestions(join(PROJECT_ROOT, 'tests', 'fixtures', 'spanish-parallel.jsonl'));
/**
 * The questions /ask answers with passages alone: a few ask for fixed content first ("¿Qué pasará ahora …?" leads
 * with where the sources end), which tests/ask-leads.test.ts covers.
 */
const PLAIN_SET = SPANISH_SET.filter(
  (q) => !findLead(q.q, 'es', context) && !findLead((q as unknown as { en: string }).en, 'en', context),
);

const paragraphEs = (n: number) => spanish.paragraphs[n - 1]!.text;
const paragraphEn = (n: number) => article.paragraphs[n - 1]!.text;
/** Whether `text` is a run of whole sentences of `paragraph`. */
const wholeSentences = (text: string, paragraph: string) => {
  const start = paragraph.indexOf(text);
  const spans = sentenceSpans(paragraph);
  return start >= 0 && spans.some((s) => s.start === start) && spans.some((s) => s.end === start + text.length);
};
const bolded = (text: string, highlights: ReadonlyArray<{ start: number; end: number }>) =>
  highlights.map((h) => text.slice(h.start, h.end));

describe('bold in a Spanish passage: the question’s words, accent- and case-insensitive', () => {
  it('finds words without their accents, in other case, in the plural or the other gender', () => {
    const passage = 'La relación entre México y Perú: relaciones rotas, la embajada mexicana y los peruanos.';
    expect(bolded(passage, questionHighlights('relacion mexico peru', passage, stopWords))).toEqual([
      'relación',
      'México',
      'Perú',
      'relaciones',
    ]);
    expect(bolded(passage, questionHighlights('EMBAJADAS peruana', passage, stopWords))).toEqual([
      'embajada',
      'peruanos',
    ]);
  });

  it('never bolds stop words or question words, and finds nothing for a question with none of the words', () => {
    const passage = 'El canciller de Perú no se anduvo con rodeos al anunciar la decisión.';
    expect(questionHighlights('¿Qué dijo el canciller de la decisión?', passage, stopWords).length).toBe(2);
    expect(questionHighlights('¿qué, quién, cómo y por qué?', passage, stopWords)).toEqual([]);
    expect(questionHighlights('lighthouse budget', passage, stopWords)).toEqual([]);
  });

  it('finds another form of a verb or noun: a shared beginning of six letters or more', () => {
    const passage = 'El presidente respaldó estas declaraciones al expulsar a la encargada de negocios.';
    expect(bolded(passage, questionHighlights('¿A quién expulsó? ¿Qué declaró?', passage, stopWords))).toEqual([
      'declaraciones',
      'expulsar',
    ]);
  });

  it('keeps words apart that only share a short stem', () => {
    expect(matchForms('caso')).not.toContain('cas');
    expect(matchForms('peruanos')).toContain('peruan');
    expect(matchForms('peruana')).toContain('peruan');
  });
});

describe('a passage found in English, shown in Spanish: the same sentences of the same ¶N', () => {
  it.each(SPANISH_SET.map((q) => [q.id, q.q] as const))('%s %s', (_id, question) => {
    const response = context.engine.search(question, { limit: 3 });
    for (const hit of response.hits) {
      const shown = shownPassage(hit, question, 'es', context.corpus);
      expect(shown.paragraph).toBe(hit.paragraph);
      expect(shown.original?.text).toBe(hit.text);
      expect(shown.text.length).toBeLessThanOrEqual(MAX_PASSAGE_CHARS);
      expect(wholeSentences(shown.text, paragraphEs(hit.paragraph)), shown.text).toBe(true);
      for (const h of shown.highlights) expect(shown.text.slice(h.start, h.end)).toMatch(/^[\p{L}\p{N}]/u);
    }
  });

  it('maps each English sentence to the Spanish sentence in the same place, in every paragraph', () => {
    for (const { number, text } of article.paragraphs) {
      const spans = sentenceSpans(text);
      const spanishSpans = sentenceSpans(paragraphEs(number));
      spans.forEach((span, i) => {
        const window = alignedWindow(text, span, paragraphEs(number), () => 0);
        expect(window, `¶${number} sentence ${i + 1}`).toEqual({
          start: spanishSpans[i]!.start,
          end: spanishSpans[i]!.end,
        });
      });
    }
  });

  it('cuts a Spanish paragraph longer than 1,024 characters around the sentence with the matched words', () => {
    const long = article.paragraphs.find(
      (p) => p.text.length <= MAX_PASSAGE_CHARS && paragraphEs(p.number).length > MAX_PASSAGE_CHARS,
    );
    expect(long, 'a paragraph that only the Spanish makes too long (¶4)').toBeDefined();
    for (const [english, expected] of [
      ['Claudia Sheinbaum', 'Claudia Sheinbaum'],
      ['25-year', '25 años'],
      ['focal point', 'punto central'],
    ] as const) {
      const start = long!.text.indexOf(english);
      const hit: SearchHit = {
        docId: article.id,
        sourceTitle: article.title,
        paragraph: long!.number,
        text: long!.text,
        highlights: [{ start, end: start + english.length }],
        score: 1,
        coverage: 1,
        sentence: sentenceSpans(long!.text).findIndex((span) => span.end > start),
      };
      const shown = shownPassage(hit, 'x', 'es', context.corpus);
      expect(shown.text.length).toBeLessThanOrEqual(MAX_PASSAGE_CHARS);
      expect(shown.text).toContain(expected);
      expect(wholeSentences(shown.text, paragraphEs(long!.number))).toBe(true);
      expect(shown.original?.text).toBe(long!.text);
    }
  });
});

const sectionsOf = (reply: Reply) => reply.sections.map((s) => ({ heading: s.heading, text: s.body.text }));

describe('/ask for a Spanish reader', () => {
  it('shows every passage in Spanish, with the English answer’s ¶N in the same order, labelled as a translation', () => {
    expect(PLAIN_SET.length).toBeGreaterThan(30);
    for (const { q } of PLAIN_SET) {
      const es = runCommand('ask', { question: q }, 'es', context);
      const en = runCommand('ask', { question: q }, 'en', context);
      expect(es.sections.map((s) => s.citations[0]!.paragraph)).toEqual(
        en.sections.map((s) => s.citations[0]!.paragraph),
      );
      for (const section of es.sections) {
        const n = section.citations[0]!.paragraph;
        expect(section.heading).toBe(t('es', 'citation.translated', { paragraph: n, source: spanish.title }));
        expect(paragraphEs(n)).toContain(section.body.text);
      }
      expect(es.footer).toContain('traducción del equipo del proyecto; original en inglés');
      expect(es.buttons.map((b) => b.label)).toContain('Ver original');
    }
  });

  it('bolds the question’s words in the Spanish text', () => {
    const question = '¿Por qué Perú rompió relaciones con México?';
    const reply = runCommand('ask', { question }, 'es', context);
    const words = reply.sections.flatMap((s) => bolded(s.body.text, s.body.highlights ?? []));
    for (const word of ['Perú', 'México', 'relaciones']) expect(words).toContain(word);
    const field = renderDiscordMessage(reply, 'es').embeds![0]!.fields![0]!.value;
    expect(field).toContain('**Perú**');
  });

  it('bolds a name the search matched even when the question misspells it', () => {
    const reply = runCommand('ask', { question: 'quien es karla ornela' }, 'es', context);
    const words = reply.sections.flatMap((s) => bolded(s.body.text, s.body.highlights ?? []));
    expect(words).toEqual(expect.arrayContaining(['Karla', 'Ornelas']));
  });

  it('"Ver original" shows the same passages in the article’s English, privately, with the search’s bold', () => {
    const question = '¿A quién expulsó Perú?';
    const reply = runCommand('ask', { question }, 'es', context);
    const button = reply.buttons.find((b) => b.label === 'Ver original')!;
    const original = runButton(button.action, 'es', context);
    // The search /ask runs for a question with no lead (a party's view, "how did Peru describe …", first where it
    // states its case).
    const hits = plainPassages(question, context, 3).hits;
    expect(original.title).toBe('Según el artículo, original en inglés');
    expect(original.ephemeral).toBe(true);
    expect(original.sections.map((s) => s.body.text)).toEqual(hits.map((h) => h.text));
    expect(original.sections.map((s) => s.body.highlights)).toEqual(hits.map((h) => h.highlights));
    expect(original.footer).toContain('textos del artículo en su inglés original');
  });
});

describe('English readers see what the search found, as before', () => {
  it.each(PLAIN_SET.map((q) => [q.id, (q as unknown as { en: string }).en] as const))('%s %s', (_id, question) => {
    const reply = runCommand('ask', { question }, 'en', context);
    // The search /ask runs for a question with no lead (a party's view, "how did Peru describe …", first where it
    // states its case).
    const hits = plainPassages(question, context, 3).hits;
    expect(sectionsOf(reply)).toEqual(
      hits.map((h) => ({
        heading: t('en', 'citation', { paragraph: h.paragraph, source: h.sourceTitle }),
        text: h.text,
      })),
    );
    expect(reply.sections.map((s) => s.body.highlights)).toEqual(hits.map((h) => h.highlights));
    expect(reply.buttons.map((b) => b.label)).not.toContain(t('en', 'ask.original'));
    expect(reply.footer).toBe(t('en', 'footer.source', { source: article.title, date: article.published }));
  });
});

describe('/source paragraph:N and /quote for a Spanish reader', () => {
  it('/fuente parrafo:N shows the Spanish ¶N, then the English ¶N as its original', () => {
    for (const { number, text } of article.paragraphs) {
      const reply = runCommand('source', { paragraph: number }, 'es', context);
      expect(reply.title).toBe(t('es', 'citation.translated', { paragraph: number, source: spanish.title }));
      expect(reply.description?.text).toBe(paragraphEs(number));
      expect(reply.sections[0]!.heading).toBe('Original en inglés');
      expect(reply.sections.map((s) => s.body.text).join(' ')).toBe(text);
      const english = runCommand('source', { paragraph: number }, 'en', context);
      expect(english.description?.text).toBe(text);
      expect(english.sections).toEqual([]);
    }
  });

  it('/fuente names who translated the article', () => {
    const body = runCommand('source', {}, 'es', context).sections[0]!.body.text;
    expect(body).toContain('traducción del equipo del proyecto');
    expect(body).toContain('Publicado el 4 de noviembre de 2025');
    expect(runCommand('source', {}, 'en', context).sections[0]!.body.text).not.toMatch(/translat/i);
  });

  it('/cita shows each quotation in the original with its translation, taken from the Spanish ¶N', () => {
    const reply = runCommand('quote', {}, 'es', context);
    const { quotations } = context.content.quotes;
    expect(reply.sections).toHaveLength(quotations.length);
    reply.sections.forEach((section, i) => {
      const quotation = quotations[i]!;
      const translation = quotation.translations.es!;
      expect(translation.length).toBeGreaterThan(0);
      expect(paragraphEs(quotation.paragraph)).toContain(`“${translation}`);
      expect(section.body.text).toContain(`“${quotation.quote}”`);
      expect(section.body.text).toContain(`Traducción: “${translation}”`);
    });
    expect(runCommand('quote', {}, 'en', context).sections[0]!.body.text).not.toContain('Translation');
  });

  it('/cita names an institution with its article and several speakers in the plural', () => {
    expect(runCommand('quote', { speaker: 'sre' }, 'es', context).title).toBe(
      'Lo que dijo la Secretaría de Relaciones Exteriores de México (SRE)',
    );
    expect(runCommand('quote', { speaker: 'mexico' }, 'es', context).title).toBe(
      'Lo que dijeron Claudia Sheinbaum y la Secretaría de Relaciones Exteriores de México (SRE)',
    );
    expect(runCommand('quote', { speaker: 'mexico' }, 'en', context).title).toBe(
      "What Claudia Sheinbaum and Mexico's Ministry of Foreign Affairs (SRE) said",
    );
  });
});

describe('the eval’s Spanish view', () => {
  it('checks the evidence in the original when the passage shown is a translation', () => {
    const question = { id: 'x', kind: 'spanish', q: 'q', gold: [5], ev: ['Karla Ornelas'] };
    const translated = scoreQuestions([question], () => ({
      answered: true,
      results: [{ paragraph: 5, text: 'texto en español sin el nombre', original: 'expelling Karla Ornelas' }],
    }));
    expect(translated.hit1).toBe(1);
    expect(translated.translatedTop).toBe(1);
    const wrong = scoreQuestions([question], () => ({
      answered: true,
      results: [{ paragraph: 5, text: 'Karla Ornelas', original: 'someone else' }],
    }));
    expect(wrong.hit1).toBe(0);
  });
});

// ---- Command line --------------------------------------------------------------------------------------------

const CLI = join(DIST, 'src', 'cli.js');
const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

function cli(args: string[], input?: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: PROJECT_ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, DISCORD_TOKEN: '', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface AskResult {
  paragraph: number;
  citation: string;
  text: string;
  highlights: Array<{ start: number; end: number }>;
  original?: string;
}

describe('CLI contracts', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('ask --json --lang es: text in Spanish, original the same passage in English, highlights into text', () => {
    const question = '¿Qué convención invocó México?';
    const { code, stdout } = cli(['ask', '--json', '--lang', 'es', question]);
    expect(code).toBe(0);
    const answer = JSON.parse(stdout) as { answered: boolean; results: AskResult[] };
    expect(answer.answered).toBe(true);
    const english = JSON.parse(cli(['ask', '--json', question]).stdout) as { results: AskResult[] };
    expect(answer.results.map((r) => r.paragraph)).toEqual(english.results.map((r) => r.paragraph));
    answer.results.forEach((result, i) => {
      expect(paragraphEs(result.paragraph)).toContain(result.text);
      expect(result.original).toBe(english.results[i]!.text);
      expect(paragraphEn(result.paragraph)).toContain(result.original);
      expect(result.citation).toBe(english.results[i]!.citation);
      for (const h of result.highlights) expect(result.text.slice(h.start, h.end)).toMatch(/^[\p{L}\p{N}]+$/u);
    });
    expect(answer.results[0]!.text).toContain('Convención de Caracas');
    expect(english.results.every((r) => !('original' in r))).toBe(true);
  });

  it('ask --json --lang es in batch mode: one line per question, in order', () => {
    const questions = [
      '¿Quién es Karla Ornelas?',
      '',
      '¿Quién ganó la Champions League?',
      '¿Cuándo rompió Perú con México?',
    ];
    const { code, stdout } = cli(['ask', '--json', '--lang', 'es'], `${questions.join('\n')}\n`);
    expect(code).toBe(0);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { query: string; results: AskResult[] });
    expect(lines.map((l) => l.query)).toEqual(questions);
    expect(lines[0]!.results[0]!.text).toContain('Karla Ornelas');
    expect(lines[0]!.results[0]!.original).toContain('Karla Ornelas');
  });

  it('article --json [--lang es]: the article as each reader is shown it', () => {
    const english = JSON.parse(cli(['article', '--json']).stdout) as Record<string, unknown>;
    expect(Object.keys(english)).toEqual(['id', 'title', 'published', 'language', 'paragraphs']);
    expect(english).toMatchObject({
      id: article.id,
      title: article.title,
      published: article.published,
      language: 'en',
    });
    expect(english.paragraphs).toEqual(article.paragraphs.map((p) => ({ paragraph: p.number, text: p.text })));
    const { code, stdout } = cli(['article', '--json', '--lang', 'es']);
    expect(code).toBe(0);
    const view = JSON.parse(stdout) as Record<string, unknown>;
    expect(view).toMatchObject({
      id: article.id,
      title: spanish.title,
      published: article.published,
      language: 'es',
      translator: 'traducción del equipo del proyecto',
    });
    expect(view.paragraphs).toEqual(
      article.paragraphs.map((p, i) => ({ paragraph: p.number, text: spanish.paragraphs[i]!.text, original: p.text })),
    );
    const unknown = cli(['article', 'no-such-article', '--json']);
    expect(unknown.code).toBe(1);
    expect(JSON.parse(unknown.stdout)).toMatchObject({ valid: [article.id] });
  });

  it('an article without a translation is shown in its own words to a Spanish reader, without error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'untranslated-'));
    copies.push(dir);
    cpSync(join(PROJECT_ROOT, 'corpus'), dir, { recursive: true });
    writeFileSync(
      join(dir, 'articles', 'lighthouses.md'),
      '---\nid: lighthouses\ntitle: Lighthouses of Zanzibar\npublished: 2025-11-10\nlanguage: en\n---\n' +
        'Zanzibar officials discussed the lighthouse budget.\n\nA second paragraph about ferries.\n',
    );
    const view = JSON.parse(
      cli(['article', 'lighthouses', '--json', '--lang', 'es'], undefined, { CORPUS_DIR: dir }).stdout,
    ) as { paragraphs: unknown[] };
    expect(view).toMatchObject({ id: 'lighthouses', language: 'en' });
    expect(view.paragraphs[0]).toEqual({ paragraph: 1, text: 'Zanzibar officials discussed the lighthouse budget.' });
    const asked = cli(['ask', '--json', '--lang', 'es', 'Zanzibar lighthouse budget'], undefined, { CORPUS_DIR: dir });
    expect(asked.stderr).toBe('');
    const top = (JSON.parse(asked.stdout) as { results: AskResult[] }).results[0]!;
    expect(top.text).toBe('Zanzibar officials discussed the lighthouse budget.');
    expect(top).not.toHaveProperty('original');
    const local = createContext(dir);
    const reply = ask.handle({ options: { question: 'Zanzibar lighthouse budget' }, lang: 'es' }, local);
    expect(reply.sections[0]!.heading).toBe('¶1 · Lighthouses of Zanzibar');
    expect(reply.footer).toContain('textos del artículo en su inglés original');
    expect(reply.buttons.map((b) => b.label)).not.toContain('Ver original');
  });
});
