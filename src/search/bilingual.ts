/**
 * One list of paragraphs for a Spanish question, from two searches: of the articles' own (English) words, which
 * reaches Spanish words through the aliases, and of their Spanish translations, word for word. The two are needed
 * together: the aliases know that "rompió relaciones" is the article's "broke relations" although the translation
 * says "ruptura", and the translation holds what no alias lists ("antecedentes de fricción").
 */
import type { SearchHit, SearchResponse } from './response.js';

/** A result of either search, by the paragraph it cites. */
function paragraphKey(hit: SearchHit): string {
  return `${hit.docId}\u0000${hit.paragraph}`;
}

/**
 * Fuses the results of both searches (each given whole: every listed result, from the first), best first.
 *
 * - When only one search answers, its results; when neither does, the English search's reason.
 * - When the English search's best paragraph covers the whole question, the aliases have read every word of it:
 *   its results stand.
 * - Otherwise each paragraph scores the better of its two scores, each relative to its search's best and times the
 *   share of the question that search's best paragraph covers (a search that read more of the question is trusted
 *   more; the translation's, a fifth less: see TRANSLATION_TRUST). Being found by both searches adds nothing: the
 *   translation's long opening paragraph matches a little of almost any question, and summed with the English
 *   search's third place it outranked that search's first (the development sets: 12 questions more at rank 1, 2
 *   fewer). A paragraph the English search found keeps its passage (best sentence, words in bold); `score` is the
 *   fused one.
 * - Within each search its own order stands: a paragraph it put after another (the speaker before one spoken of,
 *   see candidate-order.ts) scores no more than that one did.
 *
 * @param own the search of the articles' own words.
 * @param translated the search of the translations, its hits already turned into the articles' own passages.
 * @param shared the share of what the English search understood of the question that the translation's search read
 *   too (1: all of it). The translation's trust is scaled by it: a translation that covers "all" of a question it read
 *   without "ONU", or reading "la diplomática mexicana" word by word as ¶1's "relaciones diplomáticas", covers less
 *   than it seems (the development sets: Spanish first results 8,361 → 8,366).
 */
export function fuseBilingual(own: SearchResponse, translated: SearchResponse, shared = 1): SearchResponse {
  if (!translated.answered) return own;
  if (!own.answered) return translated;
  if (own.hits[0]!.coverage >= WHOLE_QUESTION) return own;
  const fused = new Map<string, { hit: SearchHit; score: number; coverage: number }>();
  for (const response of [own, translated]) {
    const best = response.hits[0]!.score;
    // "pq mexico dice q si puede dar asilo": the English search reads half of it, the Spanish one more.
    const trust = response.hits[0]!.coverage * (response === translated ? TRANSLATION_TRUST * shared : 1);
    // A search's order stands within it: one that put a paragraph before a better-scoring one (the speaker before
    // one who is spoken of) gives the later one no more than the earlier.
    let cap = trust;
    for (const hit of response.hits) {
      const share = Math.min(cap, best > 0 ? (hit.score / best) * trust : 0);
      cap = share;
      const key = paragraphKey(hit);
      const known = fused.get(key);
      if (!known) {
        fused.set(key, { hit, score: share, coverage: hit.coverage });
        continue;
      }
      known.score = Math.max(known.score, share);
      known.coverage = Math.max(known.coverage, hit.coverage);
    }
  }
  const hits = [...fused.values()]
    .sort((a, b) => b.score - a.score)
    .map(({ hit, score, coverage }) => ({ ...hit, score: Math.round(score * 1000) / 1000, coverage }));
  return { query: own.query, answered: true, hits, total: hits.length };
}

/**
 * How far the translation's search is trusted beside the English one, for the same coverage: it reads the question
 * word for word, while the English search reads it through the aliases kept for Spanish. Where the two disagreed on
 * the development sets, the English search's first paragraph was the right one seven times for each time the
 * translation's was; trusting the translation four fifths as much put 7 more of their 1,120 questions' right
 * paragraphs first.
 */
const TRANSLATION_TRUST = 0.8;

/** Coverage at which a result accounts for the whole question (coverage is rounded to three places). */
const WHOLE_QUESTION = 0.999;
