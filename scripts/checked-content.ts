/**
 * `npm run build` (after tsc) and `npm ci` (prepare): checks the corpus and its content files as start-up does and
 * writes to dist/data/ the record of the checked corpus (src/corpus/checked.ts) and the checked content
 * (src/content/checked.ts), so a process whose corpus and content are unchanged need not check them again, and the
 * alias list compiled for look-up (src/search/alias-tables.ts), so such a process need not compile it. A corpus
 * or content with a problem gets none of them: start-up checks it and reports the problem, as before.
 */
import { removeCheckedContent, writeCheckedContent } from '../src/content/checked.js';
import { loadContent } from '../src/content/load.js';
import { recordChecked, removeChecked } from '../src/corpus/checked.js';
import { CorpusError } from '../src/corpus/errors.js';
import { loadCorpus } from '../src/corpus/load.js';
import { corpusDir } from '../src/paths.js';
import { runMain } from '../src/process.js';
import { removeAliasTables, writeAliasTables } from '../src/search/alias-tables.js';
import { sharedAnalyzer } from '../src/text/analyzer.js';

runMain(() => {
  const dir = corpusDir();
  try {
    const corpus = loadCorpus(dir);
    recordChecked(dir);
    writeCheckedContent(dir, corpus, loadContent(dir, corpus));
    writeAliasTables(corpus.aliases, sharedAnalyzer(corpus.stopWords, corpus.wordForms));
  } catch (error) {
    if (!(error instanceof CorpusError)) throw error;
    removeChecked();
    removeCheckedContent();
    removeAliasTables();
    console.error(`checked content: none written (start-up will report it): ${error.message}`);
  }
});
