/**
 * "Has this happened before?": "before" with nothing after it that it comes before means "previously", a word the
 * search can match ("not the first time"). As a stop word it would otherwise vanish, and with it what the question
 * asks. "Before November" and "before he left" keep their meaning (src/search/before-date.ts reads a date after it).
 * Spanish "antes" is left as it is: read the same way, it cost more questions than it gained.
 */
const ADVERBIAL_BEFORE =
  /(?<![\p{L}\p{N}])before(?=\s*(?:$|[?!.,;)]|(?:or|and|but|too|ever|for|with|in|at|over|like|now)(?![\p{L}\p{N}])))/giu;

/** The question with an adverbial "before" read as "previously". */
export function withBeforeAsPreviously(text: string): string {
  return text.replace(ADVERBIAL_BEFORE, 'previously');
}
