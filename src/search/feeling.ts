/**
 * Questions whose only tie to the story is a feeling word ("why are cats so mad at dogs", "why is my boss so
 * angry"): the article's anger is Lima's at Mexico, so a feeling alone, felt by no one it names, asks about something
 * else. WordNet decides what a feeling word is, not a list.
 */
import type { Concept } from './concept.js';
import type { Lexicon } from './lexicon.js';
import { LIGHT_WORD_WEIGHT } from './word-weight.js';

/** WordNet's lexicographer files of feelings and of verbs of feeling. */
const FEELING_CLASSES: ReadonlySet<string> = new Set(['noun.feeling', 'verb.emotion']);

/** Whether some sense of a word is filed as a feeling. */
function hasFeelingSense(word: string, lexicon: Lexicon): boolean {
  return lexicon.lookup(word).classes.some((name) => FEELING_CLASSES.has(name));
}

/**
 * Whether a word names a feeling: its commonest sense is filed as one ("hate", "anger"; not "conflict", whose
 * feeling sense is rare), or it is first an adjective with a synonym that can be one (WordNet files every adjective
 * under adj.all: "mad" is known by "huffy", "angry" by "furious").
 */
export function isFeelingWord(word: string, lexicon: Lexicon): boolean {
  const { classes, synonyms } = lexicon.lookup(word);
  const first = classes[0];
  if (first === undefined) return false;
  if (FEELING_CLASSES.has(first)) return true;
  return first.startsWith('adj.') && synonyms.some((synonym) => hasFeelingSense(synonym, lexicon));
}

/**
 * Whether the only concepts of a question the articles have are feelings, it names nothing of theirs, and it asks of
 * something they do not have: what is felt, by whom, is not the story's ("why do people hate mondays"). A feeling
 * asked of no one ("why was everyone so angry") may be Lima's, and is searched.
 */
export function asksOnlyFeeling(concepts: readonly Concept[], lexicon: Lexicon): boolean {
  if (concepts.some((c) => c.name)) return false;
  const weighty = concepts.filter((c) => !c.talk && c.weight > LIGHT_WORD_WEIGHT);
  const held = weighty.filter((c) => c.kind === 'topic');
  return (
    held.length > 0 &&
    weighty.some((c) => c.kind === 'unknown') &&
    held.every((c) => c.label.split(' ').some((word) => isFeelingWord(word, lexicon)))
  );
}
