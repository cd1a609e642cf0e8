/**
 * The context as a process starts with it (the bot, the HTTP endpoint, the console, the CLI): the content as
 * `npm run build` checked it when nothing it was checked from has changed (content/checked.ts), else checked now,
 * the checker (and zod, which its schemas need) imported only then. createContext (context.ts) checks it always.
 */
import { readCheckedContent } from './content/checked.js';
import type { AppContext } from './context.js';
import { loadCorpus } from './corpus/load.js';
import { corpusDir } from './paths.js';
import { QuizSessions } from './quiz/sessions.js';
import { SearchEngine } from './search/engine.js';

/** Loads and checks the corpus; rejects with CorpusError (one line, names the file) when anything is wrong. */
export async function openContext(dir: string = corpusDir()): Promise<AppContext> {
  const corpus = loadCorpus(dir);
  const content = readCheckedContent(dir, corpus) ?? (await import('./content/load.js')).loadContent(dir, corpus);
  return { corpus, engine: new SearchEngine(corpus), content, quizzes: new QuizSessions() };
}
