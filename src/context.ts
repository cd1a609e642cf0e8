/** Everything a command handler may read, built once at start-up from the corpus folder. */
import { loadContent } from './content/load.js';
import type { Content } from './content/types.js';
import { loadCorpus, type Corpus } from './corpus/load.js';
import { corpusDir } from './paths.js';
import { QuizSessions } from './quiz/sessions.js';
import { SearchEngine } from './search/engine.js';

export interface AppContext {
  corpus: Corpus;
  engine: SearchEngine;
  /** The cited content of corpus/content/ (positions, compare, timeline, quotes, summary, glossary, quiz, prompts). */
  content: Content;
  /** The answers of the quizzes being played, in memory (the only state a handler changes). */
  quizzes: QuizSessions;
}

/**
 * Loads and checks the corpus, every content file checked now (tests, scripts); a starting process uses openContext
 * (open-context.ts), which reads the content the build checked. Throws CorpusError (one line, names the file) when
 * anything is wrong.
 */
export function createContext(dir: string = corpusDir()): AppContext {
  const corpus = loadCorpus(dir);
  return { corpus, engine: new SearchEngine(corpus), content: loadContent(dir, corpus), quizzes: new QuizSessions() };
}
