/**
 * Finding a party, compare topic or speaker from what a user typed: accents, case and quote marks do not matter,
 * words may be cut short ("shein"), in any order, with one typo in a longer word ("sheinbam"), and stop words
 * ("the", "de", "la") are ignored. The same rule serves the handlers and autocomplete, so whatever autocomplete
 * suggests for a text, the command finds for it.
 */
import { foldText } from '../text/fold.js';

/** Shortest word in which one typo is forgiven: shorter words are too easily confused ("sre" vs "sra"). */
const TYPO_MIN_LENGTH = 5;
/** Longest user text considered: names and topics are short, and this bounds the work on hostile input. */
export const MAX_MATCH_INPUT = 200;

/** Folded words of a text: letters and digits, accent-free, lower case. */
export function words(text: string): string[] {
  return foldText(text.slice(0, MAX_MATCH_INPUT))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** The query's words without stop words, unless that would leave nothing ("la" alone is still a query). */
export function queryWords(query: string, stopWords: ReadonlySet<string>): string[] {
  const all = words(query);
  const content = all.filter((word) => !stopWords.has(word));
  return content.length > 0 ? content : all;
}

/** True when a and b differ by at most one edit (insertion, deletion, substitution or swap of neighbours). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i);
  const restB = b.slice(i);
  return (
    restA.slice(1) === restB.slice(1) || // substitution
    restA.slice(1) === restB || // a has one extra character
    restA === restB.slice(1) || // b has one extra character
    (restA.length >= 2 && restA[0] === restB[1] && restA[1] === restB[0] && restA.slice(2) === restB.slice(2)) // swap
  );
}

/** A query word matches a label word when it starts it, or is it with one typo (for longer words). */
function wordMatches(query: string, label: string): boolean {
  if (label.startsWith(query)) return true;
  if (query.length < TYPO_MIN_LENGTH) return false;
  // A typo may sit in the part typed so far: compare with the label word cut to the same length too.
  return withinOneEdit(query, label) || withinOneEdit(query, label.slice(0, query.length));
}

/** True when every query word matches some word of the label. */
export function labelMatches(query: readonly string[], label: string): boolean {
  const labelWords = words(label);
  return query.length > 0 && query.every((q) => labelWords.some((l) => wordMatches(q, l)));
}

/**
 * The items the query names, in their own order. An exact id wins alone; otherwise every item with a label that
 * matches the whole query. An empty query matches nothing (callers decide what "no query" means).
 */
export function findItems<T extends { id: string }>(
  query: string,
  items: readonly T[],
  labels: (item: T) => string[],
  stopWords: ReadonlySet<string>,
): T[] {
  const trimmed = query.trim().slice(0, MAX_MATCH_INPUT);
  const exact = items.find((item) => item.id === trimmed.toLowerCase());
  if (exact) return [exact];
  const q = queryWords(trimmed, stopWords);
  if (q.length === 0) return [];
  return items.filter((item) => [item.id.replace(/-/g, ' '), ...labels(item)].some((label) => labelMatches(q, label)));
}

/** Shortest word that counts on its own when a query is matched word by word ("la", "el" do not). */
const MIN_WORD_MATCH = 3;

/**
 * The items the query names, as {@link findItems} finds them; when none matches every word, the items matching
 * the most of its words. A topic typed as a question ("is the asylum legal", "lazos") still finds its points.
 */
export function findItemsByWords<T extends { id: string }>(
  query: string,
  items: readonly T[],
  labels: (item: T) => string[],
  stopWords: ReadonlySet<string>,
): T[] {
  const all = findItems(query, items, labels, stopWords);
  if (all.length > 0) return all;
  const q = words(query).filter((word) => word.length >= MIN_WORD_MATCH && !stopWords.has(word));
  const scores = items.map((item) => {
    const labelWords = [item.id.replace(/-/g, ' '), ...labels(item)].flatMap(words);
    return q.filter((word) => labelWords.some((label) => wordMatches(word, label))).length;
  });
  const best = Math.max(0, ...scores);
  return best === 0 ? [] : items.filter((_, i) => scores[i] === best);
}

/** A compact form of a query for a button's custom_id: its folded content words, cut at a word to `max` characters. */
export function queryKey(query: string, stopWords: ReadonlySet<string>, max: number): string {
  let key = '';
  for (const word of queryWords(query, stopWords)) {
    const next = key ? `${key} ${word}` : word;
    if (next.length > max) break;
    key = next;
  }
  return key;
}
