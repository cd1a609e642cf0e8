/**
 * "Did she know …", "Chávez knew about …": "know" is a stop word, since it mostly frames how a question is asked ("do
 * you know", "I want to know", "tell me what you know"). With a third person as its subject it is what is asked —
 * whether that person knew — and the article's word for it ("she has denied knowing about Castillo's plan") is then
 * the answer's. Such a "know" is written as "knowing", a form the search keeps, so its stem is searched.
 */
import { foldText } from './fold.js';
import { Latin1Twin } from './latin1-twin.js';

/** Third-person subject pronouns (a closed class). */
const THIRD_PERSON = '(?:she|he|they)';
/** Auxiliaries, negations and adverbs of degree that may stand between a subject and its verb (a closed class). */
const BETWEEN = "(?:did|does|do|didn'?t|doesn'?t|don'?t|not|never|ever|even|actually|really|truly|already|also|just)";
/** A word, its subject maybe, then up to three {@link BETWEEN} words and a form of "know". */
const SUBJECT_KNOW = new Latin1Twin(
  String.raw`(?<![\p{L}\p{N}])([\p{L}'’]+)((?:\s+${BETWEEN}){0,3}\s+)(?:know|knows|knew|known)(?![\p{L}\p{N}])`,
  'giu',
);
const PRONOUN = new RegExp(`^${THIRD_PERSON}$`, 'i');

/**
 * The question with a "know" whose subject is a third person — a pronoun, or a name `isName` knows (folded) — written
 * as "knowing" (see the module's comment). "Do you know" and "I know" are left as they are.
 */
export function withKnowingOfThirdPerson(text: string, isName: (folded: string) => boolean): string {
  if (!/\bkn[eo]w/i.test(text)) return text;
  return text.replace(SUBJECT_KNOW.for(text), (whole, subject: string, between: string) =>
    PRONOUN.test(subject) || isName(foldText(subject)) ? `${subject}${between}knowing` : whole,
  );
}
