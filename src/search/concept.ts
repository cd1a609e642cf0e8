/**
 * What the question reader (query.ts) hands to ranking: a question's concepts, each with the article wordings that
 * can stand for it and how much each counts.
 */

/** One way of saying a concept in the article's words: its unigram terms and the phrase terms between them. */
export interface Wording {
  terms: string[];
  phrases: string[];
  /** How much a match on this wording is worth relative to the user's own word (1). */
  weight: number;
  /**
   * A looser wording (a WordNet synonym): a paragraph holding it holds the concept only by its weight, never in
   * full.
   */
  loose: boolean;
  /**
   * The surname alone of a person an alias names in full ("Jeri" of "President Jose Jeri"): who that person is, not
   * how the articles introduce them, which a question asking who someone is wants.
   */
  surname: boolean;
}

/**
 * A wording with every field set, its marks false unless given. Wordings and concepts are built only by these
 * factories, so that each has one shape: ranking reads thousands per question, and objects of one role in several
 * shapes (a field left out, or added by a spread) make V8's optimized code for it slower, or drop it to compile again.
 */
export function newWording({
  terms,
  phrases,
  weight,
  loose = false,
  surname = false,
}: Pick<Wording, 'terms' | 'phrases' | 'weight'> & Partial<Wording>): Wording {
  return { terms, phrases, weight, loose, surname };
}

export interface Concept {
  /** The user's words this concept stands for, folded, for explanations and debugging. */
  label: string;
  /**
   * `topic`: the corpus has a wording of it. `unknown`: no article has it, nor a synonym of it; it counts against
   * every paragraph, by its weight (a rare word more than an everyday one).
   */
  kind: 'topic' | 'unknown';
  /** Whether it is a name the articles use ("Peru", "Pedro Castillo"): it counts for some weight even where common. */
  name: boolean;
  /** Whether it is a word about asking or saying ("asking", "explain"): it is never what a question is about. */
  talk: boolean;
  /**
   * Whether it is a title right before a person's name ("President" of "President Sheinbaum"): held wherever the
   * name is, it says who the person is, as the name does.
   */
  title: boolean;
  /** How much the concept counts: 1, or less for a common word ("take", "new"; see `LIGHT_WORD_WEIGHT`). */
  weight: number;
  /** Alternatives; a passage's score for the concept is that of its best wording. */
  wordings: Wording[];
}

/** A concept with every field set, its marks false unless given (see {@link newWording}: one shape). */
export function newConcept({
  label,
  kind,
  name = false,
  talk = false,
  title = false,
  weight,
  wordings,
}: Pick<Concept, 'label' | 'kind' | 'weight' | 'wordings'> & Partial<Concept>): Concept {
  return { label, kind, name, talk, title, weight, wordings };
}

/** Weights of the alternatives a concept can have. Exact words of the user count 1. */
export const WORDING_WEIGHTS = {
  /** An alias expansion when the user's own word is absent from the corpus (e.g. Spanish "embajada"). */
  aliasOnly: 1,
  /** An alias expansion next to a user word the corpus also has: the user's own word stays first. */
  aliasBeside: 0.7,
  /** A typo correction at edit distance 1, and at 2. */
  fuzzy1: 0.75,
  fuzzy2: 0.6,
  /** A completion of a word typed in part ("consul" → "consular"). */
  prefix: 0.7,
  /** The English cognate of a Spanish word ("presidencia" → "presidency"). */
  cognate: 0.9,
  /** A WordNet synonym of a word no article has ("premier" → "prime minister", "charged" → "accused"). */
  synonym: 0.55,
} as const;

/** The index term of a paragraph by its number, for a question that names it ("paragraph 11", "párrafo 3", "¶5"). */
export const paragraphTerm = (number: number): string => `¶${number}`;
