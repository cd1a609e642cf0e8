/**
 * "What happened to <someone> after <event>" ("what happened to Jorge Glas after the raid", "where did Karla Ornelas
 * go after she left Peru", "¿qué pasó con Castillo después de lo del Congreso?"): the question asks what came next
 * for that person. The engine answers it only when the articles go on about the person after telling of the event
 * (see SearchEngine), since the passage telling the event is no answer to what followed it. Likewise what comes next
 * for someone ("where is Karla Ornelas going to work next?"), and whether something came about later ("is Jorge Glas
 * still in jail?"), answered only where the articles tell all that is asked of the person.
 */
import { withChatQueWritten } from '../text/chat.js';
import { beforeDateOf } from './before-date.js';
import { collapseWhitespace, foldText } from '../text/fold.js';
import { Memo } from '../text/memo.js';

/** Texts whose {@link plainWords} are remembered (a question's, its parts' and its clauses'). */
const PLAIN_WORDS_MEMO = 256;

/** The person a question asks about, as typed, and the event it asks after. */
export interface AfterEvent {
  /** The words before "after" ("what happened to jorge glas"), or for what comes next, the person ("karla ornelas"). */
  asked: string;
  /** The words of the event: "the police took him out of the embassy"; none for what comes next, from now on. */
  event?: string;
}

/**
 * Asking what comes next for someone: "where is Karla Ornelas going to work next", "what will Jorge Glas do",
 * "what's next for Karla Ornelas", "¿qué hará Karla Ornelas?", "¿a dónde irá …?", "¿qué será de …?". The person is
 * the group that matched.
 */
const WHAT_COMES_NEXT =
  /\b(?:(?:what|where) (?:is|are|was) (.{1,40}?) (?:going to|gonna) (?:do|go|work|live|be)\b|what will (.{1,40}?) do\b|where will (.{1,40}?) (?:go|work|live|be)\b|what(?: is|'s|s| s) next for (.{1,40}?)(?: now)?$|que (?:hara|va a hacer) ((?:[a-z]+ ){0,3}?[a-z]+)(?= (?:ahora|con|en|despues|luego|que|de)\b| *$)|a donde (?:ira|va a ir) ((?:[a-z]+ ){0,3}?[a-z]+)(?= (?:ahora|con|en|despues|luego|que)\b| *$)|que sera de ((?:[a-z]+ ){0,3}?[a-z]+)(?= (?:ahora|con|en|despues|luego)\b| *$))/;

/**
 * Asking what became of someone: "what happened to X", "what did X do", "where did X go", "what is X doing", "what
 * has X been doing", "what has X been up to", "where is X", "where will X be posted"; "qué pasó con X", "qué le pasó
 * a X" (or, opening the question, "a X qué le pasó": the person first), "qué fue de X", "qué hizo X", "a dónde fue
 * X", "dónde está X", chat's "qué onda (con) X" ("y Jorge Glas al final q onda?"); the post someone was given or
 * sent to ("what job did X get", "¿qué cargo le dieron a X?", "¿a dónde la mandaron?"), which is what became of them
 * too.
 */
const WHAT_BECAME =
  /\b(?:what (?:happened|happens|happend|hapened) (?:to|with)|what (?:did|does|has|will) .{1,40}? (?:do|done)|what (?:is|was|has|had|have) .{1,40}? (?:been )?doing|what (?:job|post|position|role) (?:did|does|has|will|was|is) .{1,40}? (?:get|got|given|take|taken|offered|assigned)|que (?:cargo|puesto|trabajo) (?:le |les )?(?:dieron|dan|daran|asignaron|ofrecieron|tiene|tuvo|ocupa|ocupo)|(?:a donde|adonde|a que (?:puesto|cargo|pais)) (?:la |lo |le |los |las )?(?:mandaron|enviaron|destinaron|asignaron|trasladaron)|what (?:has|have|is|was) .{1,40}? (?:been )?up to|where (?:did|does|has|will|is|was) .{1,40}?(?: go| gone| be| end up| live| work)?|que (?:paso|pasa|ha pasado|fue)(?: al final| despues| luego| finalmente)? (?:con|de)|que onda(?: con)?|que le (?:paso|pasa|ha pasado|hicieron)(?: al final| despues| luego| finalmente)? a|^(?:y )?(?:a|al|a la) (?:[a-z]+ ){1,4}?que le (?:paso|pasa|ha pasado|hicieron)(?: al final| finalmente)?$|que hizo|a donde (?:fue|se fue|se mudo)|adonde (?:fue|se fue)|donde (?:esta|anda|vive|trabaja)|a que (?:pais|lugar|ciudad) (?:fue|se fue))\b/;
/**
 * Where the event asked after starts: "after", "since", "now that" (what someone is doing "now that she's out of
 * office" is what came after her ouster), "después de (que)", chat's "después que", "tras", "luego de (que)", "desde
 * que", "ahora que".
 */
const AFTER =
  /\b(?:after|right after|since(?! then)|now that|despues de(?: que)?|despues del|despues que|luego de(?: que)?|luego del|tras|desde que|ahora que)\s+/;
/**
 * Words asking past the time, in a question naming no event to ask after: "in the end", "now", "these days", "next",
 * "still", "al final", "ahora", "sigue", "después" or "luego" alone (not opening a clause: "después de que …").
 */
const LATER_ON =
  /\b(?:in the end|at the end|eventually|ultimately|later on|later|afterwards?|since then|now(?! that)|rn|nowadays|these days|next|still|al final|finalmente|por fin|ahora|ahorita|actualmente|hoy en dia|mas tarde|(?:despues|luego)(?! (?:de|del|que)\b)|sigue|siguen|todavia)\b/;
/** Punctuation ending a clause, which an event asked after does not run past. */
const CLAUSE_END = /[?!;,]/g;
/** Letters an event needs at least besides words like "all", "this", "the" ("after all this" names none). */
const MIN_EVENT_LETTERS = 4;

/**
 * The person asked about and the event asked after (none when the question asks what comes next), or undefined when
 * the question asks no such thing.
 */
export function afterEventOf(question: string): AfterEvent | undefined {
  const text = plainWords(question);
  const next = WHAT_COMES_NEXT.exec(text);
  if (next) return { asked: next.slice(1).find((group) => group !== undefined)! };
  // The clauses kept apart: "después q lo detuvieron, sigue preso?" asks after the arrest, not "sigue preso".
  const marked = plainWords(question.replace(CLAUSE_END, ' | '));
  const after = AFTER.exec(marked);
  if (!after) return undefined;
  const asked = plainWords(marked.slice(0, after.index).replace(/\|/g, ' '));
  const event = marked
    .slice(after.index + after[0].length)
    .split('|')[0]!
    .trim();
  if (
    !WHAT_BECAME.test(asked) ||
    event.replace(/\b(?:all|this|that|it|the|eso|esto|todo|lo|el|la)\b|\s/g, '').length < MIN_EVENT_LETTERS
  )
    return undefined;
  return { asked, event };
}

/**
 * A yes-or-no question asking whether something came about later than an article may tell: "did Chávez **ever** make
 * it out of the embassy", "is Jorge Glas **still** in jail", "did she **end up** flying to Mexico", "¿Jorge Glas
 * **sigue** preso?". English: a question opening with an auxiliary verb; Spanish: one without a question word ("ya"
 * and "aún" say too much else to count).
 */
const LATER_EN = /\b(?:ever|still|end(?:ed|s)? up|finally|yet|by now|anymore|any more|eventually|so far)\b/;
const POLAR_EN =
  /^(?:(?:so|wait|ok|okay|and|but|yo|hey|bruh|lol|like|um|uh|ngl|also|then)\s+)*(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could)\b/;
const LATER_ES = /\b(?:sigue|siguen|seguia|todavia|finalmente|por fin)\b/;
/** The words saying "later" ("still", "sigue", "next", "al final"): no part of what is asked of the person. */
export const LATER_WORDS: ReadonlySet<string> = new Set(
  [
    'ever still end ended ends up finally yet now anymore eventually far sigue siguen seguia todavia finalmente fin',
    'next later afterwards afterward ultimately nowadays rn final ahora ahorita actualmente despues luego',
  ]
    .join(' ')
    .split(' '),
);
const QUESTION_WORD_ES =
  /\b(?:que|quien|quienes|como|cuando|donde|adonde|cual|cuales|cuanto|cuanta|cuantos|cuantas|porque|por que|para que)\b/;

/**
 * An English question asking whether or when something came about, in the past: "did Peru and Mexico restore
 * relations in 2026", "have they made up since", "when did they patch things up"; not of what a text says ("did the
 * article say whether …").
 */
const CAME_ABOUT_EN =
  /^(?:(?:so|wait|ok|okay|and|but|yo|hey|bruh|lol|like|um|uh|ngl|also|then)\s+)*(?:when\s+)?(?:did|has|have|had)\b(?!\s+(?:the|this|that)\s+(?:article|text|author|writer|piece|story|reporter|journalist)\b)/;

/** Whether a question asks whether or when something came about, in the past (see {@link CAME_ABOUT_EN}). */
export function asksCameAbout(question: string): boolean {
  return CAME_ABOUT_EN.test(plainWords(question));
}

/** Whether a question asks, yes or no, whether something came about later (see {@link LATER_EN}). */
export function asksLater(question: string, spanish: boolean): boolean {
  const text = plainWords(question);
  return spanish ? LATER_ES.test(text) && !QUESTION_WORD_ES.test(text) : LATER_EN.test(text) && POLAR_EN.test(text);
}

/**
 * Whether a question asks what became of someone later than it names an event for: "where is Jorge Glas now", "what
 * happened to Glas in the end", "¿qué pasó al final con Jorge Glas, sigue preso?", "¿qué fue de él, lo soltaron?".
 * Like {@link asksLater}, answered only where the articles tell all it asks of the person (see SearchEngine): the
 * passage naming them tells what befell them then, not what became of them since.
 */
export function asksWhatBecameLater(question: string): boolean {
  // Within one question of a line: "¿Qué hizo X en 2022? ¿Y qué invoca ahora México?" asks nothing of X later.
  return question.split(/[?¿!]+/).some((part) => {
    const text = plainWords(part);
    return WHAT_BECAME.test(text) && LATER_ON.test(text) && !AFTER.test(text);
  });
}

/**
 * Asking, in the present, what someone is doing or where they are now: "where is Jorge Glas now", "what is Dina
 * Boluarte up to now after losing the presidency", "what is she doing now that she's out", "what has AMLO been up to
 * these days". Unlike {@link asksWhatBecameLater}, an event named after it does not matter: "now" still asks for today.
 */
const PRESENT_STATE_ASKED =
  /\b(?:where(?: is| are|'s|s| s) .{1,40}?|what(?: is| are|'s|s| s) .{1,40}? (?:doing|up to)|what (?:has|have) .{1,40}? been (?:doing|up to))(?: (?:living|staying|working|being held))? (?:now|rn|right now|nowadays|these days|currently|today|at the moment)\b/;

/**
 * Whether an English question asks what someone is doing, or where they are, now (see {@link PRESENT_STATE_ASKED}):
 * only a sentence telling the person in the present answers it, not one telling what they did then.
 */
export function asksPresentState(question: string): boolean {
  return PRESENT_STATE_ASKED.test(plainWords(question));
}

/**
 * Asking what someone did before a role or a turn of their life: "what did Hugo de Zela do before he became foreign
 * minister", "what was Jerí's job before becoming president", "¿a qué se dedicaba Jerí antes de ser presidente?", "¿en
 * qué trabajaba …?".
 */
const EARLIER_LIFE_ASKED =
  /\b(?:what (?:did|does) .{1,40}? do|what (?:was|were|is) .{1,40}?'?s? (?:job|career|profession|occupation|work|background)|(?:what|which) (?:job|jobs|career|profession|occupation|work) did|a que se dedicaba|que hacia|que hizo|a que se dedico|(?:en|de) que trabajaba|donde trabajaba|cual era (?:su|el) (?:trabajo|profesion|oficio|cargo))\b/;
const EARLIER_LIFE_BEFORE =
  /\b(?:before (?:he|she|they|it) (?:became|was|were|got|took|entered|joined)|before (?:becoming|being|taking|entering|joining)|antes de (?:ser|convertirse|llegar|asumir|entrar)|antes de que (?:fuera|llegara|asumiera))\b/;

/** Whether a question asks what someone did before a role or a turn of their life (see {@link EARLIER_LIFE_ASKED}). */
export function asksEarlierLife(question: string): boolean {
  const text = plainWords(question);
  return EARLIER_LIFE_ASKED.test(text) && EARLIER_LIFE_BEFORE.test(text);
}

/** "Before" or "antes de (que)" and the event after it, up to a word that joins another part ("… and who …"). */
const BEFORE_EVENT = /\b(?:before|antes de que|antes de)\s+(.+?)(?=\s+(?:and|but|y|pero|o|or)\s|$)/;

/**
 * The words of the event a question bounds the time it asks about by ("tensions existed well before **Chávez was
 * granted asylum**", "before he became **a politician**", "antes de **que le dieran asilo**"), folded; undefined
 * when it bounds it by none (or by a date, which before-date.ts reads).
 */
export function boundingEventOf(question: string): string[] | undefined {
  const words = BEFORE_EVENT.exec(plainWords(question))?.[1]?.split(' ');
  // An event is told in words ("before Chávez was granted asylum"); one word is a time of life ("before politics").
  if (!words || words.filter((word) => !ARTICLES.has(word)).length < MIN_EVENT_WORDS) return undefined;
  // The verb as written and its base ("became", "become"), which the question may read as a concept.
  return [...words, ...words.map((word) => word.replace(/^became$/, 'become'))];
}

/**
 * A pronoun standing for the story itself, opening the event a question asks before ("antes de esto", "before all
 * this"): the question asks whether something happened earlier, as English "before this" does (read as "previously"
 * by src/text/previously.ts), not before an event it tells.
 */
const STORY_PRONOUN = /^(?:all |todo )?(?:this|that|esto|eso|aquello)$/;

/**
 * Whether a question bounds the time it asks about by an event it tells ("tensions existed before **Chávez was
 * granted asylum**", "antes de **este asilo**"), not by a date nor by a pronoun for the story ("before all this").
 */
export function asksBeforeToldEvent(question: string): boolean {
  const words = boundingEventOf(question);
  if (!words || beforeDateOf(question) !== undefined) return false;
  const opening = words.slice(0, 2).join(' ');
  return !STORY_PRONOUN.test(words[0]!) && !STORY_PRONOUN.test(opening);
}

/**
 * The event bounding a question's time within its sentence ("… before the Chávez case? …" ends at "?"), folded, and
 * the question's other words: what it asks of. Undefined when it bounds it by none.
 */
export function boundedSentenceOf(question: string): { event: string[]; outside: string[] } | undefined {
  const sentences = question.split(/(?<=[?!.])\s+/);
  const at = sentences.findIndex((sentence) => boundingEventOf(sentence) !== undefined);
  if (at < 0) return undefined;
  const text = plainWords(sentences[at]!);
  const match = BEFORE_EVENT.exec(text)!;
  const rest = [...sentences.slice(0, at), ...sentences.slice(at + 1)].map((sentence) => plainWords(sentence));
  const outside = [text.slice(0, match.index), text.slice(match.index + match[0].length), ...rest].join(' ');
  return { event: match[1]!.split(' '), outside: outside.split(' ').filter((word) => word !== '') };
}

/** Articles, which tell no event. */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'el', 'la', 'los', 'las', 'un', 'una']);
/** Words after "before" that tell an event, at least. */
const MIN_EVENT_WORDS = 2;

/** The question folded, chat's "q" read as "que", punctuation dropped, one space between words. */
function plainWords(question: string): string {
  return plainWordsMemo.get(question, readPlainWords);
}

/**
 * {@link plainWords} by text: a question is read so by half a dozen of this module's checks, some of them twice (the
 * engine asks them of a question and again of its Spanish spelling).
 */
const plainWordsMemo = new Memo<string, string>(PLAIN_WORDS_MEMO);

/** {@link plainWords}, worked out. */
function readPlainWords(question: string): string {
  return collapseWhitespace(withChatQueWritten(foldText(question).replace(/[¿?¡!.,;:"“”]/g, ' ')));
}

/**
 * Asking what came of an event: what happened (to someone) after it, how it ended, the events that followed ("what
 * happened to Castillo after he tried to dissolve Congress", "how did the attempt end", "¿cómo terminó el intento …?",
 * "¿qué le pasó al expresidente después de …?"). Not "lo que le pasó", what happened as a thing someone named.
 */
const OUTCOME_ASKED = new RegExp(
  [
    String.raw`\bwhat (?:happened|happend|hapened|happens|came|followed|resulted|ensued)\b`,
    String.raw`\bhow (?:did|does|do|was|were) .{1,60}? (?:end|ended|turn out|turned out|play out|unfold)\b`,
    String.raw`\b(?:chain|sequence|series|course) of events\b`,
    String.raw`\bevents (?:that )?(?:followed|came after|came next)\b`,
    String.raw`(?<!\blo )\bque (?:le |les )?(?:paso|pasa|ha pasado|ocurrio|sucedio|siguio|vino)\b`,
    String.raw`\bcomo (?:termino|terminaron|acabo|acabaron)\b`,
    String.raw`\b(?:cadena|secuencia|serie) de (?:hechos|eventos|sucesos|acontecimientos)\b`,
  ].join('|'),
);
/**
 * Asking how an event was met: the reaction, response or consequences, how it was received or labelled ("how was the
 * move received", "the consequences of the power grab", "¿cómo respondieron las instituciones cuando …?").
 */
const RECEPTION_ASKED = new RegExp(
  [
    String.raw`\b(?:reactions?|responses?|reception|backlash|fallout|consequences?|results?|outcomes?|aftermath|repercussions?|effects?) (?:to|of|from|for)\b`,
    String.raw`\bhow (?:was|were|is|are|did|does|do) .{1,60}? (?:received|viewed|seen|perceived|regarded|labell?ed|described|characteri[sz]ed|judged|met|greeted|respond|react)\b`,
    String.raw`\bcomo (?:fue recibid[oa]|se recibio|fue vist[oa]|se vio|se califico|se le llamo|se describio|se tomo|reacciono|reaccionaron|respondio|respondieron)\b`,
    String.raw`\b(?:reaccion|reacciones|respuesta|respuestas|consecuencias?|resultados?|desenlace|repercusion|repercusiones|efectos?) (?:a|al|ante|de|del)\b`,
  ].join('|'),
);
/**
 * A time within the event ("what happened to Castillo **when** he tried to take refuge with the Mexicans"): what
 * happened then is told with the event, in its own sentence, not after it.
 */
const WITHIN_EVENT = /\b(?:when|while|cuando|mientras)\b/;

/**
 * Whether a question asks what came of an event (see {@link OUTCOME_ASKED} and {@link RECEPTION_ASKED}): the answer
 * is told after the event, where a passage goes on about it, not where a passage names it in passing.
 */
export function asksSequel(question: string): boolean {
  const text = plainWords(question);
  return RECEPTION_ASKED.test(text) || (OUTCOME_ASKED.test(text) && !WITHIN_EVENT.test(text));
}
