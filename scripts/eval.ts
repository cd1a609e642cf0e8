/**
 * `npm run eval [-- [--lang es] path/to/questions.jsonl]`: scores the search on a question set and prints hit@1,
 * hit@3, MRR@3, abstentions, per-kind figures and every miss. Without a path: the shared dev set, then the Spanish
 * view — the Spanish phrasings (tests/fixtures/spanish-parallel.jsonl) scored as a Spanish reader gets them
 * (`--lang es`: passages in the article's Spanish translation, evidence checked in the original beside each).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { askSearch } from '../commands/ask-lead.js';
import { createContext, type AppContext } from '../src/context.js';
import { readQuestions, scoreQuestions, summaryLine, type EvalAnswer } from '../src/evaluation.js';
import { PROJECT_ROOT } from '../src/paths.js';
import { runMain } from '../src/process.js';
import type { Lang } from '../src/reply/model.js';
import { shownPassage } from '../src/reply/translated.js';

const DEFAULT_SET = join(PROJECT_ROOT, '..', 'shared', 'eval', 'dev-questions.jsonl');
const SPANISH_SET = join(PROJECT_ROOT, 'tests', 'fixtures', 'spanish-parallel.jsonl');

/**
 * The top 3 passages for a question, as a reader of `lang` is shown them by /ask and `ask --json`: after the fixed
 * content a question asks for ("compare …", "Peru's argument …"), the passages that follow it; none, a decline.
 */
function answerAs(lang: Lang, context: AppContext) {
  return (q: string): EvalAnswer => {
    const { response } = askSearch(q, lang, context, 3);
    if (!response?.answered) return { answered: false, results: [] };
    return {
      answered: true,
      results: response.hits.map((hit) => {
        const shown = shownPassage(hit, response.query, lang, context.corpus);
        return { paragraph: hit.paragraph, text: shown.text, ...(shown.original && { original: shown.original.text }) };
      }),
    };
  };
}

function report(path: string, lang: Lang, context: AppContext): void {
  const summary = scoreQuestions(readQuestions(path), answerAs(lang, context));
  console.log(
    `questions: ${summary.total} (${summary.inScope} in scope) from ${path}${lang === 'en' ? '' : ` --lang ${lang}`}`,
  );
  console.log(summaryLine(summary));
  if (lang !== 'en')
    console.log(`  top passage shown in translation: ${summary.translatedTop}/${summary.answered} answered`);
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
}

runMain(() => {
  const args = process.argv.slice(2);
  const langAt = args.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const langValue = langAt < 0 ? 'en' : args[langAt]!.includes('=') ? args[langAt]!.split('=')[1] : args[langAt + 1];
  if (langValue !== 'en' && langValue !== 'es') {
    console.error('eval: --lang must be en or es');
    return 1;
  }
  const paths = args.filter(
    (_, i) => langAt < 0 || (i !== langAt && (args[langAt]!.includes('=') || i !== langAt + 1)),
  );
  const runs: Array<[string, Lang]> =
    paths.length > 0
      ? [[resolve(paths[0]!), langValue]]
      : [
          [DEFAULT_SET, langValue],
          [SPANISH_SET, 'es'],
        ];
  for (const [path] of runs) {
    if (!existsSync(path)) {
      console.error(`eval: question file not found: ${path} (pass a .jsonl path: npm run eval -- questions.jsonl)`);
      return 1;
    }
  }
  const context = createContext();
  runs.forEach(([path, lang], i) => {
    if (i > 0) console.log('');
    report(path, lang, context);
  });
  return 0;
});
