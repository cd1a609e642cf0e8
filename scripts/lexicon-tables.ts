/**
 * `npm run build` (after tsc) and `npm ci` (prepare): derives the lexicon's word tables from the installed word lists
 * and writes them to dist/data/ (see src/search/lexicon-tables.ts), so no process has to derive them at start.
 */
import { writeLexiconTables } from '../src/search/lexicon-tables.js';
import { runMain } from '../src/process.js';

runMain(() => {
  writeLexiconTables();
});
