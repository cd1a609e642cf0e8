/**
 * One corpus-size run of `npm run bench`, in a process of its own so its peak memory is its own:
 * `node dist/scripts/bench-corpus-size.js <articles>` builds a synthetic corpus of that many articles from the
 * real article's sentences (each synthetic article: the 12 paragraphs with their sentences dealt out in another
 * order), builds the search engine, asks the held-out questions (one round unmeasured, then three), and prints one
 * JSON line `{articles, paragraphs, startupMs, medianMs, p99Ms, peakRssMb, startupCpuMs, medianCpuMs, p99CpuMs}`:
 * wall-clock figures, and the same in CPU time, which a machine busy with other work does not inflate.
 */
import { join } from 'node:path';
import type { Article } from '../src/corpus/article.js';
import { loadCorpus } from '../src/corpus/load.js';
import { readQuestions } from '../src/evaluation.js';
import { corpusDir, PROJECT_ROOT } from '../src/paths.js';
import { SearchEngine } from '../src/search/engine.js';
import { sentenceSpans } from '../src/text/sentences.js';

const QUESTIONS = join(PROJECT_ROOT, 'tests', 'fixtures', 'heldout-questions.jsonl');
const ROUNDS = 3;

/** A small deterministic generator (mulberry32), so every run builds the same corpus. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` articles made of the source article's sentences, dealt into paragraphs of the same sizes. */
export function syntheticArticles(source: Article, count: number): Article[] {
  const sentences = source.paragraphs.flatMap((p) => sentenceSpans(p.text).map((s) => p.text.slice(s.start, s.end)));
  const sizes = source.paragraphs.map((p) => sentenceSpans(p.text).length);
  const next = random(42);
  return Array.from({ length: count }, (_, i) => {
    const order = i === 0 ? sentences : [...sentences].sort(() => next() - 0.5);
    let at = 0;
    const paragraphs = sizes.map((size, k) => {
      const text = order.slice(at, at + size).join(' ');
      at += size;
      return { number: k + 1, text };
    });
    return {
      ...source,
      id: `${source.id}-${String(i).padStart(4, '0')}`,
      title: `${source.title} (${i})`,
      paragraphs,
      translations: [],
    };
  });
}

const count = Number(process.argv[2] ?? '1');
const base = loadCorpus(corpusDir());
const source = base.articles[0]!;
const corpus = { ...base, articles: syntheticArticles(source, count) };
const questions = readQuestions(QUESTIONS).map((q) => q.q);

/** CPU time of this process so far, in milliseconds: unlike wall time, not inflated when other work shares the CPU. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

const started = performance.now();
const startedCpu = cpuMs();
// Answers not kept: the rounds below ask the same questions again, and each must be searched, not remembered.
const engine = new SearchEngine(corpus, { rememberedAnswers: 0 });
const startupMs = performance.now() - started;
const startupCpuMs = cpuMs() - startedCpu;
// One unmeasured round first: the first questions also load WordNet and warm the JIT, once per process.
for (const question of questions) engine.search(question);
const times: number[] = [];
const cpuTimes: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const question of questions) {
    const t = performance.now();
    const c = cpuMs();
    engine.search(question);
    cpuTimes.push(cpuMs() - c);
    times.push(performance.now() - t);
  }
}
const at = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Number(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!.toFixed(3));
};
console.log(
  JSON.stringify({
    articles: count,
    paragraphs: engine.paragraphCount,
    startupMs: Math.round(startupMs),
    medianMs: at(times, 0.5),
    p99Ms: at(times, 0.99),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    startupCpuMs: Math.round(startupCpuMs),
    medianCpuMs: at(cpuTimes, 0.5),
    p99CpuMs: at(cpuTimes, 0.99),
  }),
);
