/**
 * The passage a result shows: a paragraph, or the part of it around its best sentence when the paragraph is longer
 * than one Discord embed field.
 */
import type { Span } from '../text/span.js';

/** The longest passage shown for one result: it must fit one Discord embed field. */
export const MAX_PASSAGE_CHARS = 1024;

/**
 * The part of a paragraph to show: all of it when it fits {@link MAX_PASSAGE_CHARS}; otherwise the best
 * sentence grown by its neighbours while it fits; a single overlong sentence is cut at a word boundary.
 */
export function passageWindow(text: string, sentences: readonly Span[], best: number): Span {
  if (text.length <= MAX_PASSAGE_CHARS) return { start: 0, end: text.length };
  const center = sentences[best] ?? { start: 0, end: text.length };
  let window = { ...center };
  if (window.end - window.start > MAX_PASSAGE_CHARS) {
    const cut = text.lastIndexOf(' ', window.start + MAX_PASSAGE_CHARS);
    return { start: window.start, end: cut > window.start ? cut : window.start + MAX_PASSAGE_CHARS };
  }
  let before = best - 1;
  let after = best + 1;
  for (;;) {
    const next = sentences[after];
    const previous = sentences[before];
    if (next && next.end - window.start <= MAX_PASSAGE_CHARS) {
      window = { start: window.start, end: next.end };
      after++;
    } else if (previous && window.end - previous.start <= MAX_PASSAGE_CHARS) {
      window = { start: previous.start, end: window.end };
      before--;
    } else {
      return window;
    }
  }
}
