/** Sentence spans of a paragraph: the finer unit the search ranks, while citations stay per paragraph. */

import type { Span } from './span.js';
import { Latin1Twin } from './latin1-twin.js';

/**
 * End of a sentence: ".", "!" or "?", then any closing quotes, then white space before a capital letter, a digit
 * or an opening quote. Quoted speech that continues the sentence ("…," de Zela told) is not split.
 */
const SENTENCE_END = new Latin1Twin(String.raw`[.!?]["'\u201D\u2019)]*\s+(?=["'\u201C\u2018(]?[\p{Lu}\p{N}])`, 'gu');

export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END.for(text))) {
    const end = match.index + match[0].trimEnd().length;
    spans.push({ start, end });
    start = match.index + match[0].length;
  }
  if (start < text.length) spans.push({ start, end: text.trimEnd().length });
  return spans.filter((span) => span.end > span.start);
}
