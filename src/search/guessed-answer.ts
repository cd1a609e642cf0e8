/**
 * A guess at the answer after a question asking for someone: "cómo se llama la encargada que expulsaron? karla
 * ornela?", "quién es el presi ahora, no era la dina?", "who's running peru now? jeri right?", "whos peru's pres now, i
 * thought it was boluarte". The name guessed is what the asker wants checked, not whom the question is about: read as
 * part of it, it would be taken for the subject, and an answer naming it for no answer at all ("who" asks for someone
 * the question does not name).
 */
import { editDistance } from '../text/analyzer.js';
import { foldText } from '../text/fold.js';
import { Latin1Twin } from '../text/latin1-twin.js';

/**
 * Where a guess starts: after a "?", or after a comma or "cuz", "because", "porque" before "wasn't it", "i thought",
 * "no era", "pensé que" …, or at "i thought it was" anywhere ("whos the president of peru now i thought it was …").
 */
const GUESS_START = new Latin1Twin(
  String.raw`\?+\s*(?=[^?]*[\p{L}\p{N}])|(?:,\s*|\s+(?:cuz|cause|coz|because|bc|since|porque|xq|pq)\s+)(?=(?:no (?:era|es|fue|eran|son)|wasn'?t it|isn'?t it|was it|is it|i (?:thought|think|thot|assumed)|pens[eé] que|cre[ií]a? que)\b)|\s+(?=i (?:thought|think|thot|assumed) it (?:was|is)\b)`,
  'giu',
);
/**
 * Words a guess may hold beside the name: asking whether it is so ("its sheinbaum right"), a name's "de", or whether
 * it still is ("ya no es la boluarte?", "isnt it boluarte anymore", "sigue siendo jeri?").
 */
const GUESS_WORDS = new Set(
  "no era es fue eran son el la los las o or wasnt wasn't isnt isn't was is it its it's right verdad cierto not maybe acaso creo que q like i thought think thot assumed pense crei creia lol lmao jaja xd de ya todavia aun sigue seguia siendo anymore still"
    .split(' ')
    .map(foldText),
);
/** Words in a guess, at most. */
const MAX_GUESS_WORDS = 6;
/** A word this long may be a name typed one letter off ("ornela"). */
const MIN_MISTYPED_NAME = 5;

/**
 * The question without a guessed name after it, or undefined when it ends with none.
 * @param nameForms folded words that are (part of) a name the articles write.
 */
export function withoutGuessedAnswer(question: string, nameForms: ReadonlyMap<string, string>): string | undefined {
  let start: number | undefined;
  let keep = 0;
  let guess = 0;
  for (const match of question.matchAll(GUESS_START.for(question))) {
    start = match.index;
    keep = match[0].startsWith('?') ? match[0].trimEnd().length : 0;
    guess = match[0].length;
  }
  if (start === undefined || start === 0) return undefined;
  const words = question
    .slice(start + guess)
    .split(/[^\p{L}\p{N}'’]+/u)
    .filter((word) => word !== '')
    .map((word) => foldText(word));
  if (words.length === 0 || words.length > MAX_GUESS_WORDS) return undefined;
  const isName = (word: string) =>
    nameForms.has(word) ||
    (word.length >= MIN_MISTYPED_NAME && [...nameForms.keys()].some((name) => editDistance(word, name, 1) <= 1));
  if (!words.some(isName) || !words.every((word) => isName(word) || GUESS_WORDS.has(word))) return undefined;
  return question.slice(0, start + keep).trim();
}

/** A name half remembered after a comma, the words before "(or) something", "(o) algo (así)" in the group. */
const HALF_REMEMBERED = new Latin1Twin(
  String.raw`,\s*((?:[\p{L}'’]+\s+){1,3}?)(?:or |o )?(?:something|smth|sth|algo(?: asi| así)?)[^\p{L}\p{N}]*$`,
  'iu',
);

/**
 * A name half remembered after a comma ("who was the foreign minister that announced it, hugo something?", "…, karla
 * o algo así"): a hint at whom the asker means, which may well find them, but read as whom the question is about it
 * makes a paragraph naming them no answer to "who". The question without it, or undefined when it ends with none.
 */
export function withoutHalfRememberedName(
  question: string,
  nameForms: ReadonlyMap<string, string>,
): string | undefined {
  const match = HALF_REMEMBERED.for(question).exec(question);
  if (!match) return undefined;
  const words = match[1]!
    .split(/\s+/)
    .filter((word) => word !== '')
    .map((word) => foldText(word));
  return words.length > 0 &&
    words.every((word) => nameForms.has(word) || GUESS_WORDS.has(word)) &&
    words.some((word) => nameForms.has(word))
    ? question.slice(0, match.index).trim()
    : undefined;
}

/**
 * Spanish "no sé qué", "no sé cuánto" after a name half remembered ("una tal karla no sé cuánto"): the rest of the
 * name, forgotten, as English "Karla something". The name is the group.
 */
const SPANISH_NAME_HEDGE = new Latin1Twin(
  String.raw`(?<![\p{L}\p{N}])([\p{L}'’]+)\s+no\s+s[eé]\s+(?:qu[eé]|cu[aá]nto|c[oó]mo)(?:\s+m[aá]s)?(?=[^\p{L}\p{N}]*$)`,
  'iu',
);

/**
 * The question with a Spanish hedge after a name half remembered written as "algo así" ("…? una tal karla algo así"
 * for "…? una tal karla no sé cuánto"), or undefined when it has none. Read as written, its "cuánto" asked for a
 * number and its "qué" for a thing, and the question was declined or answered for them.
 * @param nameForms folded words that are (part of) a name the articles write.
 */
export function withSpanishNameHedgeRead(question: string, nameForms: ReadonlyMap<string, string>): string | undefined {
  const match = SPANISH_NAME_HEDGE.for(question).exec(question);
  if (!match || !nameForms.has(foldText(match[1]!))) return undefined;
  return `${question.slice(0, match.index)}${match[1]!} algo así${question.slice(match.index + match[0].length)}`;
}
