/**
 * Spanish stems, for text in Spanish (the articles' translations and the questions matched against them): the
 * Snowball Spanish stemmer, so "relaciones" meets "relación" and "expulsó" meets "expulsada". Words arrive folded
 * (no accents) on both sides, since people type without them; Snowball reads some endings by their accent, so those
 * are given back first ("-cion" is always "-ción") or evened out after ("rompio", "rompia" and "romper" all stem
 * to "romp", as "rompió" and "rompía" do). A plural is stemmed as its singular (see {@link singular}).
 */
import { stemmer } from '@orama/stemmers/spanish';
import { foldText } from './fold.js';

/** Folded endings that lose their accent: a past tense ("-ió") or an imperfect ("-ía"), left by Snowball as "i". */
const UNACCENTED_VERB_ENDING = /i(?:o|os|a|as|an)$/;

/**
 * An agent noun and its gender and plural ("embajador", "embajadoras"): Snowball would stem it with the place or act
 * it is named after ("embajada"), but a role asked for is a person, not an embassy.
 */
const AGENT_NOUN = /^(.{3,}dor)(?:a|es|as)?$/;

/** A plural in "-es" after a consonant a singular ends in ("naciones", "países", "leyes", "fiscales"). */
const PLURAL_ES = /^(.{3,}[lrndjsy])es$/;
/** A plural in "-s" after a vowel ("gobiernos", "altos", "partes"); "-mos" is a verb's first person plural. */
const PLURAL_S = /^(.{3,}[aeiou])s$/;

/**
 * The singular of a word that may be a plural, so both stem alike: Snowball reads the "-nos" of "gobiernos" as a
 * pronoun attached to a verb ("gobi", apart from "gobiern") and leaves short words whole ("altos" apart from "alto").
 */
function singular(folded: string): string {
  if (folded.endsWith('mos')) return folded;
  return PLURAL_ES.exec(folded)?.[1] ?? PLURAL_S.exec(folded)?.[1] ?? folded;
}

/** Snowball stem of an already folded Spanish word; digits are kept as they are. */
export function spanishStem(folded: string): string {
  if (/^\d+$/.test(folded)) return folded;
  const agent = AGENT_NOUN.exec(folded);
  if (agent) return agent[1]!;
  const word = singular(folded);
  const stem = foldText(stemmer(word.replace(/([cs])ion$/, '$1ión')));
  return UNACCENTED_VERB_ENDING.test(word) && stem.endsWith('i') && stem.length > 3 ? stem.slice(0, -1) : stem;
}
