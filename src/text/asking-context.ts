/**
 * What a student adds after a question about their own situation ("… del pacífico? lo piden en la ficha y no me
 * acuerdo 🙏", "… big takeaway? i only read the top"): it asks nothing and names nothing the article tells, yet read
 * as words ("ficha", "apuntes", "top") it counts against every paragraph. A tail after the last "?" that speaks in
 * the first person (a closed class of pronouns and everyday first-person verbs, and chat's verbs of getting it when
 * denied: "no cacho", "no capto", "no sé nada") is set aside, and so is one about the asker's class that names their
 * teacher ("… con mexico?? lo pide la profe").
 */
import { Latin1Twin } from './latin1-twin.js';
const FIRST_PERSON = new Latin1Twin(
  String.raw`(?<![\p{L}\p{N}'])(?:no\s+(?:cacho|cach[eé]|capto|capt[eé]|pillo|manyo|comprendo|comprend[ií]|s[eé]\s+nada)|i|im|i'm|ive|i've|id|i'd|ill|i'll|my|me|mine|myself|we|we're|our|us|yo|me|mi|mis|conmigo|nos|nosotros|nosotras|nuestro|nuestra|necesito|tengo|quiero|estoy|entendi|entiendo|acuerdo|anote|pregunte|lei|vi|perdi|olvide|sab[ií]a)(?![\p{L}\p{N}'])`,
  'iu',
);
/** A question word, English or Spanish: a part holding one asks something. */
const QUESTION_WORD_SOURCE = String.raw`(?<![\p{L}\p{N}'])(?:who|whom|whose|whos|who['’]s|what|whats|what['’]s|when|whens|when['’]s|where|wheres|where['’]s|why|how|hows|how['’]s|which|quien|quienes|que|q|cuando|donde|como|cual|cuales|cuanto|cuantos|xq|pq|porque)(?![\p{L}\p{N}'])`;
export const QUESTION_WORD = new Latin1Twin(QUESTION_WORD_SOURCE, 'iu');
/** {@link QUESTION_WORD}, every occurrence. */
const QUESTION_WORDS = new Latin1Twin(QUESTION_WORD_SOURCE, 'giu');
/**
 * The one who set the asker's task, named in the third person ("lo pide la profe", "la profe la va a tomar", "the
 * teacher asks for it"): a tail about the asker's class, as a first-person one is about the asker. Not "maestro":
 * the article calls Castillo a teacher, and "el maestro" may be him.
 */
const ASKERS_TEACHER = new Latin1Twin(
  String.raw`(?<![\p{L}\p{N}'])(?:profe|profa|profes|profesor|profesora|profesores|teacher|teachers)(?![\p{L}\p{N}'])`,
  'iu',
);
/** A tail this short ("ok?", "pls") is no statement about anything. */
const MIN_TAIL_WORDS = 3;
/**
 * A tail opening on a verb of belief with no subject is the asker's, as chat drops the "I" ("…, thought it was
 * boluarte").
 */
const BELIEF_WITHOUT_SUBJECT = new Latin1Twin(
  String.raw`^\s*(?:thought|figured|assumed|guessed|reckoned|supposed|believed)(?![\p{L}\p{N}'])`,
  'iu',
);
/** A verb of belief anywhere in a text, which may open a tail with no subject. */
const BELIEF_ANYWHERE = new Latin1Twin(
  String.raw`(?<![\p{L}\p{N}'])(?:thought|figured|assumed|guessed|reckoned|supposed|believed)(?![\p{L}\p{N}'])`,
  'iu',
);
/** Whether a character is a question or exclamation mark or a space, which may close a line ("…??  "). */
const CLOSING_MARK = /[?!\s]/u;

/** Where the marks and spaces closing a text begin (a loop, not a regular expression: linear on any run of them). */
function closingMarksStart(text: string): number {
  let end = text.length;
  while (end > 0 && CLOSING_MARK.test(text[end - 1]!)) end--;
  return end;
}

/** A word, or a run of pictographs (emoji), which chat writes where a comma would go ("… ahora xd ya perdi …"). */
const WORD_OR_PICTOGRAPH = new Latin1Twin(String.raw`[\p{L}\p{N}'’]+|\p{Extended_Pictographic}+`, 'gu');

/** Chat words or emoji tried as the end of a question, at most (each tail is read whole: a long line stays linear). */
const MAX_CHAT_BREAKS = 3;
/** Words a question needs after its question word before a chat word or emoji that may end it ("who 💀 …" has none). */
const MIN_ASKED_WORDS = 2;

/**
 * Where each chat word or emoji of a text ends that comes after the text's last question word and after enough of
 * a question ("quien es el presi ahora **xd** ya perdi la cuenta"), the first {@link MAX_CHAT_BREAKS} of them.
 */
function chatBreaks(body: string, isChat: (word: string) => boolean): { end: number; pictograph: boolean }[] {
  let askedFrom = -1;
  let firstAsked = -1;
  for (const match of body.matchAll(QUESTION_WORDS.for(body))) {
    askedFrom = match.index + match[0].length;
    if (firstAsked < 0) firstAsked = askedFrom;
  }
  if (askedFrom < 0) return [];
  const ends: { end: number; pictograph: boolean }[] = [];
  // Words of the question after its first question word: "wait who 💀 expelled …" has none before the emoji.
  let wordsAsked = 0;
  for (const match of body.matchAll(WORD_OR_PICTOGRAPH.for(body))) {
    const word = match[0];
    const pictograph = /^\p{Extended_Pictographic}/u.test(word);
    if (!pictograph && !isChat(word)) {
      if (match.index >= firstAsked && /[\p{L}\p{N}]/u.test(word)) wordsAsked++;
      continue;
    }
    if (match.index >= askedFrom && wordsAsked >= MIN_ASKED_WORDS)
      ends.push({ end: match.index + word.length - 1, pictograph });
    if (ends.length === MAX_CHAT_BREAKS) break;
  }
  return ends;
}

/**
 * Whether a tail after a question is about the asker's class and asks nothing: it names the asker's teacher, has no
 * question word and no name of the articles, and is a few words at least.
 */
function isAboutAskersClass(tail: string, namesSomething: (text: string) => boolean): boolean {
  return isAside(tail) && ASKERS_TEACHER.for(tail).test(tail) && !namesSomething(tail);
}

/** Whether a tail after a question is about the asker and asks nothing: first person, a few words at least. */
function isAskersOwn(tail: string): boolean {
  const words = tail.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  return (
    words.length >= MIN_TAIL_WORDS && (FIRST_PERSON.for(tail).test(tail) || BELIEF_WITHOUT_SUBJECT.for(tail).test(tail))
  );
}

/**
 * The question with a first-person tail replaced by spaces (offsets are kept): after its last "?", or after its last
 * comma when the tail asks nothing and a question comes before it ("… segun la nota, ya me perdi con tanto cambio",
 * "what trade bloc are they in again, heaps of us forgot"); failing those, after the first chat word or emoji that
 * sets off such a tail, naming nothing of the articles, after enough of a question ("quien es el presi ahora xd ya
 * perdi la cuenta"). A line closed by "?" or "!" asks to its end: only a comma or chat sets off a tail before its
 * closing marks ("…, thought it was boluarte??"), never an earlier "?" ("Is it true? I heard Mexico gave her
 * asylum?" asks the second).
 * @param isChat whether a word is chat ("xd", "lol", "jaja"), which may set off a tail as a comma does
 * @param namesSomething whether a text names one of the articles' names (a tail after chat that does goes on asking)
 * @param tellsSomething whether a text has a word of the articles (a tail after an emoji that does may go on asking)
 */
export function withoutAskingContext(
  text: string,
  isChat: (word: string) => boolean = () => false,
  namesSomething: (text: string) => boolean = () => false,
  tellsSomething: (text: string) => boolean = () => true,
): string {
  const bodyEnd = closingMarksStart(text);
  const body = text.slice(0, bodyEnd);
  const closed = /[?!]/.test(text.slice(bodyEnd));
  const mark = closed ? -1 : body.lastIndexOf('?');
  const comma = body.lastIndexOf(',');
  const end = comma > mark && QUESTION_WORD.for(body).test(body.slice(0, comma)) ? comma : mark;
  const blank = (at: number) => withTopicKept(text, at, bodyEnd, isChat);
  if (end > 0) {
    const tail = body.slice(end + 1);
    if (!(end === comma && QUESTION_WORD.for(tail).test(tail)) && isAskersOwn(tail)) return blank(end);
    if (isAboutAskersClass(tail, namesSomething)) return blank(end);
  }
  // Most questions have no first-person word and no emoji at all: no chat word need be looked up.
  if (!FIRST_PERSON.for(body).test(body) && !BELIEF_ANYWHERE.for(body).test(body) && !PICTOGRAPH.test(body))
    return text;
  for (const { end: at, pictograph } of chatBreaks(body, isChat)) {
    const tail = body.slice(at + 1);
    // A tail naming someone or something of the articles is the question going on ("why did mexico 😡 protect chavez
    // i mean …"), not the asker's aside.
    if (namesSomething(tail)) continue;
    if (isAskersOwn(tail)) return blank(at);
    // After an emoji, a tail that asks nothing and has no word of the articles is an aside too ("who even is betssy
    // chavez 😭 heaps of ppl in class keep mentioning her").
    if (pictograph && isAside(tail) && !tellsSomething(tail)) return blank(at);
  }
  return text;
}

/**
 * Words that open the topic of a remark ("vi algo **de** embajadores", "i read something about the ambassadors"):
 * what the asker saw or heard something about is what they ask about, though the remark is theirs.
 */
const TOPIC_OPENER = new Latin1Twin(
  String.raw`(?<![\p{L}\p{N}'])(?:(?:something|sth|smth|stuff|anything|a\s+thing|a\s+bit)\s+(?:about|on|regarding)|(?:algo|cosas?|un\s+poco)\s+(?:de|del|sobre|acerca\s+de|respecto\s+a)|(?:lo|eso)\s+de)(?![\p{L}\p{N}'])`,
  'iu',
);
/** What ends a remark's topic: a clause's punctuation or a word joining another clause. */
const TOPIC_END = new Latin1Twin(
  String.raw`[,.;:!?()]|(?<![\p{L}\p{N}'])(?:but|and|so|or|because|pero|y|o|asi|pq|xq|porque)(?![\p{L}\p{N}'])`,
  'iu',
);

/**
 * The text with its tail after `at` (up to `bodyEnd`) replaced by spaces, offsets kept, but for the topic a remark
 * names ("… mexico? algo de embajadores vi": "embajadores"): the words after a topic opener up to the next
 * first-person, chat or joining word. A remark that names no topic is blanked whole.
 */
function withTopicKept(text: string, at: number, bodyEnd: number, isChat: (word: string) => boolean): string {
  const tail = text.slice(at + 1, bodyEnd);
  const opener = TOPIC_OPENER.for(tail).exec(tail);
  let kept = '';
  if (opener) {
    const from = opener.index + opener[0].length;
    const rest = tail.slice(from);
    const ended = TOPIC_END.for(rest).exec(rest);
    const words = [...rest.slice(0, ended?.index ?? rest.length).matchAll(WORD_OR_PICTOGRAPH.for(rest))];
    const stop = words.findIndex(
      (word) =>
        FIRST_PERSON.for(word[0]).test(word[0]) || isChat(word[0]) || /^\p{Extended_Pictographic}/u.test(word[0]),
    );
    const topic = stop < 0 ? words : words.slice(0, stop);
    const last = topic[topic.length - 1];
    if (last) kept = ' '.repeat(from) + rest.slice(0, last.index + last[0].length);
  }
  return text.slice(0, at + 1) + kept.padEnd(bodyEnd - at - 1) + text.slice(bodyEnd);
}

/** An emoji anywhere in a text. */
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

/** Whether a tail asks nothing (no question word) and is a few words at least. */
function isAside(tail: string): boolean {
  const words = tail.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  return words.length >= MIN_TAIL_WORDS && !QUESTION_WORD.for(tail).test(tail);
}
