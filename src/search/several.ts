/**
 * Several questions in one line ("who did Peru expel and what relations are left?"): each is searched on its own
 * and the replies list each one's best passage first, so no question of the line goes unanswered because another
 * took the top places or asked for a different kind of answer ("how long … and did she know …").
 */
import { sameLengthFold } from '../text/fold.js';
import { Latin1Twin } from '../text/latin1-twin.js';
import type { SearchHit, SearchResponse } from './response.js';

/**
 * A question word or auxiliary that opens a new question after "and", a comma, ";" or "?" (English and Spanish).
 * Not "como" comparing ("…, como cuando declararon …", "como si", "como el caso de Ecuador"): "like", no "how".
 */
const OPENER =
  '(?:who|whos|whom|whose|what|whats|when|where|wheres|why|how|hows|which|did|does|do|is|are|was|were|has|have|had|can|could|will|would|should|quien|quienes|kien|kienes|que|q|k|ke|xq|pq|xk|pk|xke|porq|porqe|porke|cuando|donde|por (?:que|q|k|ke)|porque|como(?!\\s+(?:cuando|si|que|q|el|un|una|en)\\b)|cual|cuales|cuanto|cuantos|cuantas)';
/** A preposition a question can open with before its question word ("in which year", "¿con cuántos países …?"). */
const PREPOSITION = '(?:(?:in|on|at|for|to|from|with|by|con|en|de|a|para|desde|hasta|sobre|contra)\\s+)?';
/** Words a relative "que"/"who" follows, naming no topic: "los que …", "the ones who …", "those who …". */
const RELATIVE_HEAD = '(?:los|las|el|la|the ones|ones|those|aquellos|aquellas|quienes)';
/** Where one question ends and the next begins ("+" and "&" join as "and" does in chat). */
const BOUNDARY = new RegExp(
  `(?:\\?+\\s*|[,;]\\s*(?:and\\s+|y\\s+|also\\s+)?|\\s+(?:and|also|plus|y|e)\\s+|\\s*[+&]\\s*)(?=¿?${PREPOSITION}${OPENER}\\b)` +
    // "… ? ¿Y qué dijo Sheinbaum?": Spanish opens the next question before its "y".
    `|\\?+\\s*(?=¿(?:y|e|pero|tambien)\\s+${PREPOSITION}${OPENER}\\b)`,
  'giu',
);
/**
 * What every {@link BOUNDARY} holds: one of its marks, or one of its joining words between spaces (same flags, so
 * the same letters match). A line without it has no boundary.
 */
const MAY_HOLD_BOUNDARY = /[?,;+&]|\s(?:and|also|plus|y|e)\s/iu;
/** A part that opens with a question word, after a "¿" or a preposition. */
const OPENS_QUESTION = new RegExp(`^¿?${PREPOSITION}${OPENER}\\b`, 'iu');
/**
 * After a "?", a question that names its topic first ("… del asilo? y sheinbaum, qué opinó?", "… ? and castillo, what
 * happened to him"): "and" and at most two words before its question word. Not an article or "those" just before a
 * "que"/"who", which is then a relative: "¿cuántos hijos tiene Castillo? los q se fueron a México" names whom the
 * question asks of ("the ones who went"), and asks nothing of its own.
 */
const FRONTED_TOPIC = `(?:(?:and|but|also|plus|y|e|pero|tambien)\\s+)?(?:[\\p{L}\\p{N}'’]+,?\\s+)?(?!${RELATIVE_HEAD}\\s)[\\p{L}\\p{N}'’]+,?\\s+¿?${PREPOSITION}`;
const AFTER_QUESTION_MARK = new Latin1Twin(`\\?+\\s*(?=(${FRONTED_TOPIC})${OPENER}\\b)`, 'giu');
const OPENS_FRONTED_QUESTION = new Latin1Twin(`^${FRONTED_TOPIC}${OPENER}\\b`, 'iu');
/** A word, and "like" after it, before a question word: "… betssy chavez lol like why is she …". */
const WORD_BEFORE_QUESTION = new Latin1Twin(`\\s+([\\p{L}]+)\\s+(?:like\\s+)?(?=¿?${PREPOSITION}${OPENER}\\b)`, 'giu');
/** A Spanish question word written with its accent, as careful writing always spells one. */
const ACCENTED_QUESTION_WORD = new Latin1Twin(
  String.raw`(?<![\p{L}])(?:qué|quién|quiénes|cuándo|dónde|cómo|cuál|cuáles|cuánto|cuánta|cuántos|cuántas)(?![\p{L}])`,
  'iu',
);
/**
 * A Spanish question word without its accent, after a preposition: in a line that writes its accents it is no
 * question word but a conjunction or a relative ("¿Qué órgano reconoce, según México, que otorgar asilo …?").
 */
const UNACCENTED_SPANISH_OPENER = new RegExp(
  `^${PREPOSITION}(?:que|quien|quienes|cuando|donde|como|cual|cuales|cuanto|cuanta|cuantos|cuantas)(?![\\p{L}])`,
  'u',
);
/** A part this short is not a question of its own ("and why?"). */
const MIN_PART_WORDS = 3;
/** Questions read from one line, at most. */
const MAX_PARTS = 3;

/**
 * The questions of a line, or the line alone when it asks one thing.
 * @param isChat whether a word is chat ("lol", "ngl"): one before a question word ends the question before it.
 */
export function splitQuestions(typed: string, isChat: (word: string) => boolean = () => false): string[] {
  const line = typed.normalize('NFC');
  const folded = sameLengthFold(line);
  const cuts: Array<{ end: number; next: number }> = [];
  const accented = ACCENTED_QUESTION_WORD.for(line).test(line);
  // Where a line that writes its accents goes on with an unaccented "que", "como" …, no question starts.
  const opensQuestion = (next: number) => !accented || !UNACCENTED_SPANISH_OPENER.test(line.slice(next).toLowerCase());
  // A line with none of a boundary's marks or joining words is not scanned for one.
  const boundaries = MAY_HOLD_BOUNDARY.test(folded) ? folded.matchAll(BOUNDARY) : [];
  for (const match of boundaries) {
    const next = match.index + match[0].length;
    if (opensQuestion(next)) cuts.push({ end: match.index, next });
  }
  for (const match of folded.matchAll(WORD_BEFORE_QUESTION.for(folded))) {
    const next = match.index + match[0].length;
    if (isChat(match[1]!) && opensQuestion(next)) cuts.push({ end: match.index, next });
  }
  // A topic fronted after a "?" needs a "?": a line without one is not scanned for it.
  const afterMarks = folded.includes('?') ? folded.matchAll(AFTER_QUESTION_MARK.for(folded)) : [];
  for (const match of afterMarks) {
    const next = match.index + match[0].length;
    // The fronted topic belongs to its question: no cut inside it ("and castillo, what …").
    const topicEnd = next + match[1]!.length;
    for (let k = cuts.length - 1; k >= 0; k--) if (cuts[k]!.end >= next && cuts[k]!.end < topicEnd) cuts.splice(k, 1);
    cuts.push({ end: match.index, next });
  }
  if (cuts.length === 0) return [typed];
  cuts.sort((a, b) => a.end - b.end);
  // Two cuts over the same gap ("? also which"): one, from the earlier end to the later next.
  for (let k = cuts.length - 1; k > 0; k--) {
    const [before, after] = [cuts[k - 1]!, cuts[k]!];
    if (after.end > before.next) continue;
    before.next = Math.max(before.next, after.next);
    cuts.splice(k, 1);
  }
  // A "?" stays with its question; "and" or a comma between two questions belongs to neither.
  const parts: string[] = [];
  let start = 0;
  for (const cut of [...cuts, { end: line.length, next: line.length }]) {
    const keep = line.slice(cut.end, cut.next).match(/^\?+/)?.[0].length ?? 0;
    parts.push(line.slice(start, cut.end + keep).trim());
    start = cut.next;
  }
  // A part is a question when it opens with a question word or ends with "?": "According to the text, how …" is
  // one question whose first part only says where to look.
  const questions = parts.filter((part) => {
    const words = part.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
    const plain = sameLengthFold(part);
    return (
      words.length >= MIN_PART_WORDS &&
      (OPENS_QUESTION.test(plain) || OPENS_FRONTED_QUESTION.for(plain).test(plain) || /\?\s*$/.test(part))
    );
  });
  return questions.length >= 2 ? questions.slice(0, MAX_PARTS) : [typed];
}

/** Where a second alternative opens ("is she still in the embassy or did she leave"): "or" before a question word. */
const ALTERNATIVE = new RegExp(`\\s+(?:or|o)\\s+(?=¿?${PREPOSITION}${OPENER}\\b)`, 'iu');

/**
 * The first alternative of a line that offers two ("is chavez still inside the embassy or did she leave already"),
 * or undefined. Asked of a line declined as a whole: the first alternative is what the asker expects, the second a
 * guess at what may have happened instead, which the articles need not tell.
 */
export function firstAlternative(typed: string): string | undefined {
  const match = ALTERNATIVE.exec(sameLengthFold(typed.normalize('NFC')));
  if (!match) return undefined;
  const first = typed.normalize('NFC').slice(0, match.index).trim();
  const words = first.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  return words.length >= MIN_PART_WORDS && OPENS_QUESTION.test(sameLengthFold(first)) ? first : undefined;
}

/**
 * Coverage of its best passage the first alternative needs to answer a line declined as a whole: its own words told
 * nearly in full, as the line's other words may be what failed ("did colombia break ties too or did it stay
 * neutral": ¶8 names Colombia in the trade bloc, and tells no break).
 */
export const ALTERNATIVE_MIN_COVERAGE = 0.8;

/** A person named by a pronoun ("what did she say"), in English, and Spanish "ella" and an accented "él". */
const PERSONAL_PRONOUN = new Latin1Twin(
  String.raw`(?<![\p{L}\p{N}])(?:she|he|her|him|hers|his|ella|él)(?![\p{L}\p{N}])`,
  'iu',
);
/**
 * Spanish "le", "la" or "lo" and the word after it: a person's pronoun before its verb ("¿de qué la acusan?", "lo
 * metieron preso", "le dieron asilo"). "La" and "lo" only before a verb: before a noun they are articles ("la
 * embajada").
 */
const OBJECT_PRONOUN = new Latin1Twin(String.raw`(?<![\p{L}\p{N}])(le|la|lo)\s+(\p{L}+)(?![\p{L}\p{N}])`, 'giu');
/**
 * A Spanish infinitive or gerund with a person's pronoun joined to it: "acusarla", "darle", "protegiéndola"; when a
 * verb, as "charla" and "Carla" are not.
 */
const JOINED_PRONOUN = new Latin1Twin(
  String.raw`(?<![\p{L}\p{N}])\p{L}+(?:ar|er|ir|ír|ando|iendo|yendo|ándo|iéndo|yéndo)(?:la|lo|le)(?![\p{L}\p{N}])`,
  'giu',
);

/**
 * Whom a Spanish "le" stands for, named after it ("¿qué le pasó después a esa persona?"): the part says whom it means,
 * who need not be the person named before. Not "al", which opens phrases of time too ("le dieron al final").
 */
const NAMED_RECIPIENT =
  /(?<![\p{L}\p{N}])a\s+(?:la|el|los|las|un|una|su|sus|esa|ese|esos|esas|esta|este|estos|estas|aquel|aquella)\s+\p{L}/iu;
/** The end of a part's last word: what follows is punctuation or emoji ("… la acusan?? 🤔"). */
const LAST_WORD_END = /(?<=[\p{L}\p{N}])[^\p{L}\p{N}]*$/u;

/**
 * A part with its first pronoun for a person read as `person` ("why is she …" → "why is betssy chavez …"), or the
 * part as it is. Spanish "le", "la" or "lo" before a verb, or joined to an infinitive or gerund, is kept, and the
 * person it stands for is named after the part's last word, as Spanish names one to make clear whom it means ("de qué
 * la acusan" → "de qué la acusan a betssy chavez", "xq mexico le dio asilo" → "… le dio asilo a betssy chavez"): put
 * in the pronoun's place, the name would read as who does what is asked ("qué le respondió la SRE").
 */
function withPersonFor(part: string, person: string, isVerb: (word: string) => boolean): string {
  const pronoun = PERSONAL_PRONOUN.for(part).exec(part);
  const object = [...part.matchAll(OBJECT_PRONOUN.for(part))].find(
    (match) => /^le$/i.test(match[1]!) || isVerb(match[2]!),
  );
  const joined = [...part.matchAll(JOINED_PRONOUN.for(part))].find((match) => isVerb(match[0]));
  const spanish = [object?.index, joined?.index].filter((at): at is number => at !== undefined);
  const first = Math.min(...spanish);
  if (spanish.length > 0 && (pronoun === null || first < pronoun.index)) {
    if (object?.index === first && /^le$/i.test(object[1]!) && NAMED_RECIPIENT.test(part.slice(first))) return part;
    const end = LAST_WORD_END.exec(part)?.index ?? part.length;
    return `${part.slice(0, end)} a ${person}${part.slice(end)}`;
  }
  if (pronoun === null) return part;
  // "His" and "hers" are possessive; "her" may be either ("kicked her out"), and is read as the name.
  const read = /^h(?:is|ers)$/i.test(pronoun[0]) ? `${person}'s` : person;
  return part.slice(0, pronoun.index) + read + part.slice(pronoun.index + pronoun[0].length);
}

/**
 * The parts of a line with a pronoun read as the person an earlier part names: in "who is betssy chavez … why is she
 * such a big deal", the second question is about Betssy Chavez, and searched alone "she" names nobody.
 * @param nameIn the name a part gives a person, as typed ("betssy chavez") or as meant ("betsy chaves" is Betssy
 *   Chavez), or undefined.
 * @param isVerb whether a Spanish word after "la" or "lo" is a verb, which makes them a person's pronoun; and whether
 *   one ending as an infinitive or gerund with a pronoun joined ("darle") is.
 */
export function withNamedPronouns(
  parts: string[],
  nameIn: (part: string) => string | undefined,
  isVerb: (word: string) => boolean = () => false,
): string[] {
  let named: string | undefined;
  return parts.map((part) => {
    const own = nameIn(part);
    if (own !== undefined) {
      named = own;
      return part;
    }
    return named === undefined ? part : withPersonFor(part, named, isVerb);
  });
}

/**
 * Coverage of its best passage a part needs to be answered when the line read as one was declined for what a part
 * leaning on it asks: the other part's own words must be told nearly in full, or its premise may be what failed.
 */
const LEANING_LINE_MIN_COVERAGE = 0.85;
/**
 * A question ending on a pronoun for a thing ("who's the head of it", "what about that?"): what it asks of is named
 * in another part.
 */
const ENDS_ON_THING_PRONOUN = /(?<![\p{L}\p{N}])(?:it|that|this|eso|esto)[\s?!.]*$/iu;

/**
 * One response for several questions: the answer to who someone is when one question asks only that (`asksWho`, by
 * question), the whole line's best passage when it is also one question's best, then each
 * answered question's best passage in turn, then the passages of the whole line, then the other passages of each
 * question; declined only when every question is.
 */
export function fuseQuestions(
  whole: SearchResponse,
  parts: SearchResponse[],
  asksWho: readonly boolean[] = [],
): SearchResponse {
  // "… congress?? when was that": a part with no words of its own leans on the other, so the line is one question.
  // Unless the line as one is declined for what that part asks ("did peru kick out mexico's diplomat?? how long did
  // she get": a length of time no paragraph gives): another part the articles tell nearly in full is still answered
  // ("did the police storm the embassy in lima?? when was that" is no such part: the raid was in Quito).
  const leaning = parts.some((part) => part.decline?.reason === 'unreadable');
  if (leaning && (whole.answered || whole.decline?.reason !== 'not-in-source')) return whole;
  // A part ending on "it" or "that" ("… and who's the head of it") asks of what another part names: when the line as
  // one is not in the source, that thing may be what is not, and the part is not answered alone.
  const premiseUntold = whole.decline?.reason === 'not-in-source';
  const answers = (part: SearchResponse) =>
    part.answered &&
    !(premiseUntold && ENDS_ON_THING_PRONOUN.test(part.query)) &&
    (!leaning || (part.hits[0]?.coverage ?? 0) >= LEANING_LINE_MIN_COVERAGE);
  const answered = parts.filter(answers);
  if (answered.length === 0) return whole;
  const seen = new Set<string>();
  const hits: SearchHit[] = [];
  const add = (hit: SearchHit) => {
    const key = `${hit.docId}#${hit.paragraph}`;
    if (seen.has(key)) return;
    seen.add(key);
    hits.push(hit);
  };
  // Who someone is, asked with more of them ("who is Betssy Chavez and why did Mexico give her asylum"), is told
  // first: the rest is asked of the person as that answer introduces them.
  const who = parts.find((part, i) => asksWho[i] === true && answers(part));
  if (who) add(who.hits[0]!);
  // The line's own best passage first when it is also one question's best: it answers that one and more of the rest.
  const best = whole.answered ? whole.hits[0] : undefined;
  const sameAs = (hit: SearchHit) => best !== undefined && hit.docId === best.docId && hit.paragraph === best.paragraph;
  if (best && answered.some((part) => sameAs(part.hits[0]!))) add(best);
  for (const part of answered) add(part.hits[0]!);
  if (whole.answered) for (const hit of whole.hits) add(hit);
  for (const part of answered) for (const hit of part.hits) add(hit);
  return { query: whole.query, answered: true, hits, total: hits.length };
}
