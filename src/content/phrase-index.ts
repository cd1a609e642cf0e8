/**
 * All lists of lead phrases (each [section] of ask-leads.txt, each party's names, the glossary's names) indexed
 * together by one key word of each phrase, built once. A question's matched words are looked up once, and every
 * list's candidates come out of that one pass: reading a question asks for some thirty lists, and looking each up
 * on its own repeated the same look-ups thirty times.
 *
 * A candidate is only a phrase the question may hold (it has the phrase's key word); whether it does is for the
 * caller to check, so the choice of key word changes how many are checked, never what is found.
 */
import type { Phrase } from './lead-phrases.js';

export class PhraseIndex {
  /** Each indexed list's number, by the list itself (lists are compared as objects). */
  private readonly ids = new Map<readonly Phrase[], number>();
  /** For each key word, the phrases it keys, as pairs side by side: list number, phrase index, … */
  private readonly byWord = new Map<string, number[]>();
  /** Each list's phrases with no key word (none of their words is a known word), checked for every question. */
  private readonly unkeyed: number[][] = [];

  /**
   * @param lists the lists to index; a list given twice is indexed once.
   * @param isKey whether a phrase word can be a key: the words whose matches a question's reading records.
   */
  constructor(lists: ReadonlyArray<readonly Phrase[]>, isKey: (word: string) => boolean) {
    for (const list of lists) {
      if (this.ids.has(list)) continue;
      const id = this.unkeyed.length;
      this.ids.set(list, id);
      const unkeyed: number[] = [];
      this.unkeyed.push(unkeyed);
      list.forEach((phrase, i) => {
        const key = keyWord(phrase, isKey);
        if (key === undefined) unkeyed.push(i);
        else {
          const keyed = this.byWord.get(key);
          if (keyed) keyed.push(id, i);
          else this.byWord.set(key, [id, i]);
        }
      });
    }
  }

  /** Whether `list` is indexed (another list is looked up on its own by the caller). */
  has(list: readonly Phrase[]): boolean {
    return this.ids.has(list);
  }

  /**
   * Every indexed list's candidates for a question whose words match the phrase words `matched`: for each list
   * (see listCandidates), the indexes of its phrases keyed by one of those words or unkeyed, in ascending order.
   */
  candidates(matched: Iterable<string>): Candidates {
    // Most lists have no candidate in a question: their place stays empty rather than holding a new array.
    const found: Array<number[] | undefined> = this.unkeyed.map((unkeyed) =>
      unkeyed.length > 0 ? [...unkeyed] : undefined,
    );
    for (const word of matched) {
      const keyed = this.byWord.get(word);
      if (keyed)
        for (let k = 0; k < keyed.length; k += 2) {
          const list = keyed[k]!;
          const phrase = keyed[k + 1]!;
          const listFound = found[list];
          if (listFound) listFound.push(phrase);
          else found[list] = [phrase];
        }
    }
    // A phrase has one key, so no index comes twice; the order is the list's, as the lists' readers expect.
    for (const list of found) if (list && list.length > 1) list.sort((a, b) => a - b);
    return { ids: this.ids, found };
  }
}

/** One question's candidates in every indexed list (see PhraseIndex.candidates). */
export interface Candidates {
  readonly ids: ReadonlyMap<readonly Phrase[], number>;
  /** By list number: the candidates, or undefined for none. */
  readonly found: ReadonlyArray<readonly number[] | undefined>;
}

const NONE: readonly number[] = [];

/** The candidates of one indexed list, in ascending order. */
export function listCandidates(candidates: Candidates, list: readonly Phrase[]): readonly number[] {
  return candidates.found[candidates.ids.get(list)!] ?? NONE;
}

/**
 * The word a phrase is looked up by: its longest key word, as longer words are rarer in questions ("article", not
 * "what", keys "what is ~ article about"), so fewer phrases are checked in vain.
 */
function keyWord(phrase: Phrase, isKey: (word: string) => boolean): string | undefined {
  let key: string | undefined;
  for (const word of phrase) if (isKey(word) && (key === undefined || word.length > key.length)) key = word;
  return key;
}
