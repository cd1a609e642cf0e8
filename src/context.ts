/** Everything a command handler may read, built once at start-up from the corpus folder. */
import { loadCorpus, type Corpus } from './corpus/load.js';
import { corpusDir } from './paths.js';
import { SearchEngine } from './search/engine.js';

export interface AppContext {
  corpus: Corpus;
  engine: SearchEngine;
}

/** Loads and checks the corpus; throws CorpusError (one line, names the file) when anything is wrong. */
export function createContext(dir: string = corpusDir()): AppContext {
  const corpus = loadCorpus(dir);
  return { corpus, engine: new SearchEngine(corpus) };
}
