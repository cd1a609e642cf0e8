/**
 * Scoring of question sets, with the rules of ../shared/eval/README.md, for `npm run eval` and `npm run bench`.
 * Any searcher can be scored: ours, or a peer library in the benchmark.
 */
import { readFileSync } from 'node:fs';
import { MAX_PASSAGE_CHARS } from './search/engine.js';
import { foldText } from './text/fold.js';

export interface EvalQuestion {
  id: string;
  kind: string;
  q: string;
  /** Paragraph numbers any of which answers the question; empty when out of scope. */
  gold: number[];
  /** Evidence: the passage shown must contain one of these. */
  ev: string[];
}

/**
 * One result as scored: the passage shown (`text`), and when that is a translation, the same passage in the
 * article's words (`original`), where the evidence (written in the article's language) is looked for.
 */
export interface EvalResult {
  paragraph: number;
  text: string;
  original?: string;
}

/** What a searcher returns for one question, best first. */
export interface EvalAnswer {
  answered: boolean;
  results: EvalResult[];
}

export interface QuestionOutcome {
  question: EvalQuestion;
  /** 1-based rank of the first correct result within the top 3, or 0. */
  rank: number;
  answered: boolean;
  correct: boolean;
  top: EvalResult[];
}

export interface EvalSummary {
  total: number;
  inScope: number;
  hit1: number;
  hit3: number;
  mrr3: number;
  oosTotal: number;
  oosAbstained: number;
  falseAbstentions: number;
  /** Answered questions whose top passage was shown in translation (has an `original`). */
  translatedTop: number;
  /** Answered questions. */
  answered: number;
  byKind: Map<string, { total: number; correct1: number; correct3: number }>;
  outcomes: QuestionOutcome[];
}

export function readQuestions(path: string): EvalQuestion[] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const parsed = JSON.parse(line) as EvalQuestion;
      if (typeof parsed.q !== 'string' || !Array.isArray(parsed.gold))
        throw new Error(`${path}:${i + 1}: not a question`);
      return { ...parsed, id: parsed.id ?? `line${i + 1}`, kind: parsed.kind ?? 'unknown', ev: parsed.ev ?? [] };
    });
}

/** Folding used to compare evidence: case, accents, curly quotes and dashes. */
const foldEvidence = (text: string) => foldText(text).replace(/\s+/g, ' ');

function isCorrect(question: EvalQuestion, result: EvalResult): boolean {
  if (!question.gold.includes(result.paragraph) || result.text.length > MAX_PASSAGE_CHARS) return false;
  const shown = foldEvidence(result.original ?? result.text);
  return question.ev.length === 0 || question.ev.some((evidence) => shown.includes(foldEvidence(evidence)));
}

export function scoreQuestions(questions: EvalQuestion[], answer: (q: string) => EvalAnswer): EvalSummary {
  const outcomes: QuestionOutcome[] = [];
  const byKind = new Map<string, { total: number; correct1: number; correct3: number }>();
  let hit1 = 0;
  let hit3 = 0;
  let reciprocal = 0;
  let oosTotal = 0;
  let oosAbstained = 0;
  let falseAbstentions = 0;
  let translatedTop = 0;
  let answered = 0;
  for (const question of questions) {
    const reply = answer(question.q);
    const top = reply.answered ? reply.results.slice(0, 3) : [];
    if (reply.answered) answered++;
    if (top[0]?.original !== undefined) translatedTop++;
    const kind = byKind.get(question.kind) ?? { total: 0, correct1: 0, correct3: 0 };
    byKind.set(question.kind, kind);
    kind.total++;
    if (question.gold.length === 0) {
      oosTotal++;
      const abstained = !reply.answered;
      if (abstained) {
        oosAbstained++;
        kind.correct1++;
        kind.correct3++;
      }
      outcomes.push({ question, rank: 0, answered: reply.answered, correct: abstained, top });
      continue;
    }
    if (!reply.answered) falseAbstentions++;
    const index = top.findIndex((result) => isCorrect(question, result));
    const rank = index + 1;
    if (rank === 1) {
      hit1++;
      kind.correct1++;
    }
    if (rank >= 1) {
      hit3++;
      kind.correct3++;
      reciprocal += 1 / rank;
    }
    outcomes.push({ question, rank, answered: reply.answered, correct: rank === 1, top });
  }
  const inScope = questions.length - oosTotal;
  const ratio = (n: number) => (inScope > 0 ? n / inScope : 0);
  return {
    total: questions.length,
    inScope,
    hit1: ratio(hit1),
    hit3: ratio(hit3),
    mrr3: ratio(reciprocal),
    oosTotal,
    oosAbstained,
    falseAbstentions,
    translatedTop,
    answered,
    byKind,
    outcomes,
  };
}

/** The one-line figure quoted in notes: hit@1, hit@3, MRR@3, abstentions. */
export function summaryLine(summary: EvalSummary): string {
  return (
    `hit@1 ${summary.hit1.toFixed(3)}  hit@3 ${summary.hit3.toFixed(3)}  MRR@3 ${summary.mrr3.toFixed(3)}  ` +
    `oos abstained ${summary.oosAbstained}/${summary.oosTotal}  false abstentions ${summary.falseAbstentions}/${summary.inScope}`
  );
}
