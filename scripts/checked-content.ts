/**
 * `npm run build` (after tsc) and `npm ci` (prepare): checks the corpus's content files as start-up does and writes
 * the checked content to dist/data/ (see src/content/checked.ts), so a process whose content is unchanged need not
 * check it again. Content with a problem gets no copy: start-up checks it and reports the problem, as before.
 */
import { removeCheckedContent, writeCheckedContent } from '../src/content/checked.js';
import { loadContent } from '../src/content/load.js';
import { CorpusError } from '../src/corpus/errors.js';
import { loadCorpus } from '../src/corpus/load.js';
import { corpusDir } from '../src/paths.js';
import { runMain } from '../src/process.js';

runMain(() => {
  const dir = corpusDir();
  try {
    const corpus = loadCorpus(dir);
    writeCheckedContent(dir, corpus, loadContent(dir, corpus));
  } catch (error) {
    if (!(error instanceof CorpusError)) throw error;
    removeCheckedContent();
    console.error(`checked content: none written (start-up will report it): ${error.message}`);
  }
});
