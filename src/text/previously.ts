/**
 * "Has this happened before?": "before" with nothing after it that it comes before means "previously", a word the
 * search can match ("not the first time"), as does "before this" or "before all that" closing a question, or before
 * "with" (chat's "w": "did this happen before w ecuador"). As a stop word it would otherwise vanish, and with it what
 * the question asks. "Before November" and "before he left" keep their meaning (src/search/before-date.ts reads a
 * date after it). Spanish "antes" is left as it is: read the same way, it cost more questions than it gained.
 */
import { Latin1Twin } from './latin1-twin.js';
const ADVERBIAL_BEFORE = new Latin1Twin(
  String.raw`(?<![\p{L}\p{N}])before(?:\s+(?:all\s+)?(?:this|that))?(?=\s*(?:$|[?!.,;)]|(?:or|and|but|too|ever|for|with|w|in|at|over|like|now)(?![\p{L}\p{N}])))`,
  'giu',
);

/**
 * Spanish "desde antes" ("ya andaba molesta desde antes", "se pelean desde antes"): for a long time, written as the
 * aliases' "desde hace tiempo" (two stop words alone, it would vanish). Before "de" or "que" it also bounds a time
 * ("venían desde antes de noviembre de 2025"): the bound is kept after it, for src/search/before-date.ts to read,
 * else the date alone is searched and finds the paragraph telling that date rather than what came earlier.
 */
const SINCE_BEFORE = new Latin1Twin(
  String.raw`(?<![\p{L}\p{N}])desde antes(?![\p{L}\p{N}])(\s+(?:de|del|que)(?![\p{L}\p{N}]))?`,
  'giu',
);

/** The question with an adverbial "before" read as "previously", and "desde antes" as "desde hace tiempo". */
export function withBeforeAsPreviously(text: string): string {
  const read = text.replace(ADVERBIAL_BEFORE.for(text), 'previously');
  return /desde/i.test(read)
    ? read.replace(SINCE_BEFORE.for(read), (_, bound?: string) => `desde hace tiempo${bound ? ` antes${bound}` : ''}`)
    : read;
}
