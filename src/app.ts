/** Builds what every entry point needs from the corpus folder: the corpus and its search engine. */
import { loadCorpus } from './corpus/load.js';
import { corpusDir } from './paths.js';
import { SearchEngine } from './search/engine.js';

export function loadSearchEngine(dir: string = corpusDir()): SearchEngine {
  return new SearchEngine(loadCorpus(dir));
}
