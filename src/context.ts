/** Everything a command handler may read, built once at start-up from the corpus folder. */
import { loadContent } from './content/load.js';
import type { Content } from './content/types.js';
import { loadCorpus, type Corpus } from './corpus/load.js';
import { corpusDir } from './paths.js';
import { SearchEngine } from './search/engine.js';

export interface AppContext {
  corpus: Corpus;
  engine: SearchEngine;
  /** The cited positions, compare points, timeline and quotes of corpus/content/, every citation proven. */
  content: Content;
}

/** Loads and checks the corpus; throws CorpusError (one line, names the file) when anything is wrong. */
export function createContext(dir: string = corpusDir()): AppContext {
  const corpus = loadCorpus(dir);
  return { corpus, engine: new SearchEngine(corpus), content: loadContent(dir, corpus) };
}
