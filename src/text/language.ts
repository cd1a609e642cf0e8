/** Which language a question is written in, from its grammar words alone. */
import { wordTokens } from './analyzer.js';
import { Memo } from './memo.js';
import { wordSet } from './word-set.js';

/**
 * Grammar words that mark a question as Spanish (a closed class, not topics), chat spellings included ("q", "xq",
 * "d", "pa"). Not "de": English questions name "de Zela".
 */
const SPANISH_MARKERS = wordSet(
  'que qué el la los las del en un por para como cómo cuando cuándo cuanto cuántos cuántas cuantos cuantas cual cuál cuales es son era eran fue fueron está esta esto eso esa ese se su sus una uno con pero porque quien quién quienes dónde donde hay tiene le les lo al y o ya mi mis sobre entre desde hasta sin muy más también q xq pq d pa',
);
const ENGLISH_MARKERS = wordSet(
  'the is are was were what who how why did does do of to and in on with that this it be has have when which their they',
);

/** Texts remembered with their language: a search asks it of the same question and its parts several times. */
const LANGUAGE_MEMO = 256;
const spanishMemo = new Memo<string, boolean>(LANGUAGE_MEMO);

/** Whether a question is written in Spanish: more Spanish grammar words than English ones, or a "¿". */
export function isSpanish(text: string): boolean {
  return spanishMemo.get(text, readsSpanish);
}

/** {@link isSpanish}, read word by word. */
function readsSpanish(text: string): boolean {
  if (text.includes('¿')) return true;
  let score = 0;
  for (const token of wordTokens(text)) {
    const word = token.raw.toLowerCase();
    if (SPANISH_MARKERS.has(word)) score++;
    else if (ENGLISH_MARKERS.has(word)) score--;
  }
  return score > 0;
}
