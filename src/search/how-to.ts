/**
 * Questions asking how the asker could go about something ("how do I apply for a student visa to Mexico", "how would
 * u get asylum somewhere"): a news article tells what happened, never how a reader does things, so paragraphs that
 * share such a question's topic words do not answer it. Asking how to say, think or see something ("how would you
 * describe Peru's reaction", "how do we know she was involved", "how should I compare the two positions") asks about
 * the story, and is answered.
 */
import { foldText } from '../text/fold.js';
import type { Lexicon } from './lexicon.js';

/**
 * "How do / would / can … I, you, we …" or "how to …", an adverb of emphasis or time aside ("how do I even …"), and
 * the two words after it (the verb, and a particle that may follow it).
 */
const HOW_TO_DO =
  /(?:^|[^a-z'])how (?:(?:do|does|would|could|can|should|will|might|must) (?:i|u|you|ya|we|one)|to) (?:(?:even|ever|actually|really|just|possibly|still|also|then) )?([a-z]+)(?: ([a-z]+))?/;

/**
 * WordNet classes of verbs of saying, thinking and perceiving, by a verb's commonest sense: what someone says or
 * thinks of the story is in the article.
 */
const ABOUT_THE_STORY = new Set(['verb.communication', 'verb.cognition', 'verb.perception']);

/**
 * Particles that make a verb of getting into one of learning ("find out", "figure out", "look up"): WordNet files
 * such phrasal verbs apart from the verb alone.
 */
const LEARNING_PARTICLES: ReadonlySet<string> = new Set(['out', 'up']);

/** Whether an English question asks how the asker could do something that is no saying or thinking. */
export function asksHowToDo(question: string, lexicon: Lexicon): boolean {
  const match = HOW_TO_DO.exec(foldText(question).replace(/[’]/g, "'"));
  if (!match) return false;
  const [, verb, particle] = match as unknown as [string, string, string | undefined];
  if (!lexicon.isVerbLemma(verb) || (particle !== undefined && LEARNING_PARTICLES.has(particle))) return false;
  const sense = lexicon.lookup(verb).classes.find((name) => name.startsWith('verb.'));
  return sense !== undefined && !ABOUT_THE_STORY.has(sense);
}
