/**
 * `npm run eval [-- path/to/questions.jsonl]`: scores the search on a question set (by default the shared dev set)
 * and prints hit@1, hit@3, MRR@3, abstentions, per-kind figures and every miss.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createContext } from '../src/context.js';
import { readQuestions, scoreQuestions, summaryLine } from '../src/evaluation.js';
import { PROJECT_ROOT } from '../src/paths.js';
import { runMain } from '../src/process.js';

const DEFAULT_SET = join(PROJECT_ROOT, '..', 'shared', 'eval', 'dev-questions.jsonl');

runMain(() => {
  const path = resolve(process.argv[2] ?? DEFAULT_SET);
  if (!existsSync(path)) {
    console.error(`eval: question file not found: ${path} (pass a .jsonl path: npm run eval -- questions.jsonl)`);
    return 1;
  }
  const { engine } = createContext();
  const summary = scoreQuestions(readQuestions(path), (q) => {
    const response = engine.search(q, { limit: 3 });
    return { answered: response.answered, results: response.hits };
  });
  console.log(`questions: ${summary.total} (${summary.inScope} in scope) from ${path}`);
  console.log(summaryLine(summary));
  for (const [kind, figures] of [...summary.byKind].sort()) {
    console.log(
      `  ${kind.padEnd(11)} ${figures.correct1}/${figures.total} at 1, ${figures.correct3}/${figures.total} in top 3`,
    );
  }
  const misses = summary.outcomes.filter((outcome) => !outcome.correct);
  if (misses.length > 0) console.log('misses:');
  for (const miss of misses) {
    const got = miss.answered ? miss.top.map((r) => `¶${r.paragraph}`).join(' ') : 'abstained';
    const expected = miss.question.gold.length > 0 ? miss.question.gold.map((p) => `¶${p}`).join('/') : 'abstain';
    const where = miss.rank > 0 ? ` (rank ${miss.rank})` : '';
    console.log(
      `  ${miss.question.id} [${miss.question.kind}] ${JSON.stringify(miss.question.q)}: want ${expected}, got ${got}${where}`,
    );
  }
  return 0;
});
