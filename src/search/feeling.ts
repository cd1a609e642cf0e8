/**
 * Questions whose only tie to the story is a feeling word ("why are cats so mad at dogs", "why is my boss so
 * angry", "¿por qué mi jefe está tan enojado?"): the article's anger is Lima's at Mexico, so a feeling alone, felt by
 * no one it names, asks about something else. WordNet decides what a feeling word is, not a list; a Spanish word is
 * read as the article's words it stands for (its alias line's, "enojado" → infuriated) or its regular cognate.
 */
import { spanishCognates } from '../text/spanish-words.js';
import type { Concept } from './concept.js';
import type { Lexicon } from './lexicon.js';
import { LATER_WORDS } from './after-event.js';
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
 * How a question's concepts are read as English: a Spanish question's words by the article words each concept stands
 * for (`writtenOf`: the words the articles write for an index term) and by their regular cognates.
 */
export interface FeelingReading {
  spanish: boolean;
  writtenOf: (term: string) => readonly string[];
}

/** The English words a concept may be a feeling by: its own words, and for Spanish, what it stands for. */
function englishWordsOf(concept: Concept, reading: FeelingReading): string[] {
  const own = concept.label.split(' ');
  if (!reading.spanish) return own;
  // One-term wordings only: an alias's phrase ("out of proportion") is no feeling word by one of its words.
  const standsFor = concept.wordings.flatMap((w) => (w.terms.length === 1 ? reading.writtenOf(w.terms[0]!) : []));
  return [...own, ...own.flatMap((word) => spanishCognates(word)), ...standsFor];
}

/**
 * Whether a concept asks of something the articles do not have: a word none has that weighs, not one of time
 * ("al final"). Spanish weighs its everyday words at the light weight itself ("jefe"), and they still name a thing.
 */
function asksOfUnheld(concept: Concept, spanish: boolean): boolean {
  if (concept.kind !== 'unknown' || LATER_WORDS.has(concept.label)) return false;
  return spanish ? concept.weight >= LIGHT_WORD_WEIGHT : concept.weight > LIGHT_WORD_WEIGHT;
}

/**
 * Whether the only concepts of a question the articles have are feelings, it names nothing of theirs, and it asks of
 * something they do not have: what is felt, by whom, is not the story's ("why do people hate mondays"). A feeling
 * asked of no one ("why was everyone so angry") may be Lima's, and is searched.
 */
export function asksOnlyFeeling(
  concepts: readonly Concept[],
  lexicon: Lexicon,
  reading: FeelingReading = { spanish: false, writtenOf: () => [] },
): boolean {
  if (concepts.some((c) => c.name)) return false;
  const held = concepts.filter((c) => !c.talk && c.weight > LIGHT_WORD_WEIGHT && c.kind === 'topic');
  return (
    held.length > 0 &&
    concepts.some((c) => !c.talk && asksOfUnheld(c, reading.spanish)) &&
    held.every((c) => englishWordsOf(c, reading).some((word) => isFeelingWord(word, lexicon)))
  );
}
