/**
 * The context as a process starts with it (the bot, the HTTP endpoint, the console, the CLI): the corpus and the
 * content as `npm run build` checked them when nothing they were checked from has changed (corpus/checked.ts,
 * content/checked.ts), else checked now, the content checker (and zod, which its schemas need) imported only then.
 * createContext (context.ts) checks everything always.
 */
import { readCheckedContent } from './content/checked.js';
import type { AppContext } from './context.js';
import { CHECKED_CORPUS_FILE } from './corpus/checked.js';
import { loadCorpus } from './corpus/load.js';
import { corpusDir } from './paths.js';
import { QuizSessions } from './quiz/sessions.js';
import { SearchEngine } from './search/engine.js';

/** Loads and checks the corpus; rejects with CorpusError (one line, names the file) when anything is wrong. */
export async function openContext(dir: string = corpusDir()): Promise<AppContext> {
  const corpus = loadCorpus(dir, { checkedRecord: CHECKED_CORPUS_FILE });
  const content = readCheckedContent(dir, corpus) ?? (await import('./content/load.js')).loadContent(dir, corpus);
  return { corpus, engine: new SearchEngine(corpus), content, quizzes: new QuizSessions() };
}
