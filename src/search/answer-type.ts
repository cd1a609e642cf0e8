/**
 * What kind of thing a question asks for, read from its question words (English and Spanish): a number ("how
 * many hours"), a date ("when"), a person ("who is the …", "what is the name of …"), what someone said ("what
 * did X say"), a birth ("where was X born"), a verdict ("was X convicted"), an accusation ("what was X accused
 * of"), what would happen if ("what would happen if the police went in") or schooling ("where did X study"). A
 * paragraph answers such a question only if it holds that kind of thing for the subject asked about (see
 * evidence.ts); "who is José Jerí" asks about a person, not for one, and has no type.
 */
import { CHAT_QUESTION_WORDS, SPANISH_QUESTION_WORDS, wordAlternatives } from '../text/spanish-words.js';
import { withAbbreviatedNames, withChatQueWritten, withChatSpellingsWritten } from '../text/chat.js';
import { foldText } from '../text/fold.js';
import { Memo } from '../text/memo.js';
import { compactFrom } from '../text/one-byte.js';

export type AnswerKind =
  | 'number'
  | 'date'
  | 'person'
  | 'statement'
  | 'birth'
  | 'origin'
  | 'venue'
  | 'verdict'
  | 'education'
  | 'custody'
  | 'accusation'
  | 'hypothetical'
  | 'abbreviation'
  | 'place';

export interface AnswerType {
  kind: AnswerKind;
  /**
   * For a number: the folded word counted ("hours" of "how many hours"), "age", "money", "duration" (how long
   * something has lasted), "elapsed" (how long something took) or "length" (any other "how long", which a time
   * limit answers too); for a date, "calendar" when a day, month or year is asked for by name ("what date"), "day"
   * when a day is ("what day"), "future" when it is still to come ("when will …"); for a verdict, "decision" when a
   * court's decision is asked for ("was she convicted"), not a sentence faced; for a hypothetical, "will" when asked
   * yes or no of what will come ("will trade go on"); else undefined.
   */
  unit?: string;
  /** For a person asked by role ("who is the judge", "name of the ambassador"): the folded role word. */
  role?: string;
  /**
   * For a person asked by role, whose role it is when the question says ("who is **Mexico's** foreign minister", "the
   * president **of Ecuador**", "el canciller **de México**"): the owner's folded word as written.
   */
  owner?: string;
  /** The words that only frame the question ("how many", "what date", "name of"): not part of its topic. */
  frame: string[];
  /** For a statement: the folded words naming who spoke ("the us state department"). */
  speaker?: string;
  /**
   * For a place asked within another ("where in Lima is …", "which city in Mexico …", "¿en qué distrito de Lima …?"):
   * the folded name of the place it lies in.
   */
  within?: string;
}

/** Units that name a kind of number asked for rather than a word counted ("how old", "how long"). */
export const NUMBER_KINDS: ReadonlySet<string> = new Set(['age', 'duration', 'length', 'limit', 'money', 'future']);

/**
 * Who or what owns the kind asked for: the words just after its auxiliary ("what party is **jose jeri** from",
 * "what sentence did **pedro castillo** get"), or said before the question ("y **jerí** de qué partido es", "**jerí**
 * es de qué partido"), or
 * undefined when the question is not put that way.
 */
export function headOwnerOf(question: string): string | undefined {
  const text = plainText(question);
  return (
    SOUGHT_FOR_OWNER.exec(text)?.[1] ??
    HEAD_OWNER.exec(text)?.[1] ??
    POSSESSIVE_HEAD.exec(text)?.[1] ??
    SPANISH_HEAD_OWNER.exec(text)?.[1] ??
    SPANISH_GIVEN_TO_OWNER.exec(text)?.[1] ??
    SPANISH_POSSESSIVE_HEAD.exec(text)?.[3] ??
    SPANISH_FRONTED_OWNER.exec(text.trim())?.[1] ??
    SPANISH_OWNER_THEN_KIND.exec(text.trim())?.[1]
  );
}

/** Questions remembered with their {@link plainText}: a search reads each question several times in a row. */
const plainTextMemo = new Memo<string, string>(16);

/**
 * The question folded to lower-case words and apostrophes, "the US" read as the country, and Spanish question words
 * as chat spells them read in full ("de q partido" → "de que partido", "xq" → "por que", "dnd" → "donde").
 */
function plainText(question: string): string {
  return plainTextMemo.get(question, readPlainText);
}

/**
 * "El canciller peruano cómo se llama?", "che y la encargada cómo se llamaba": chat names the one asked for first, then
 * asks the name; read in the written order ("cómo se llama el canciller peruano"). Chat words may open the line.
 */
const FRONTED_NAME_ASKED =
  /^((?:[a-z]+ ){0,2}?)(el|la|los|las) ((?:[a-z]+ ){0,2}[a-z]+) como se (llama|llaman|llamaba|llamaban)(?![a-z])/;

function readPlainText(question: string): string {
  return withChatQueWritten(
    compactFrom(
      question,
      foldText(withAbbreviatedNames(withChatSpellingsWritten(question))).replace(/[^a-z0-9\s']/g, ' '),
    ).replace(/\s+/g, ' '),
  )
    .replace(/(?<![a-z0-9'])(?:xq|pq|xk|pk)(?![a-z0-9'])/g, 'por que')
    .replace(/(?<![a-z0-9'])dnd(?![a-z0-9'])/g, 'donde')
    .trim()
    .replace(FRONTED_NAME_ASKED, '$1como se $4 $2 $3');
}

/**
 * The word after "which" or "what" when it names the kind of thing asked for ("which embassy" → "embassy"), or
 * undefined; past a modifier ("what political party" → "party") and to the last noun of a compound that
 * `joinsCompound` joins ("which Mexican government department" → "department"). `isStopWord` rules out "what is",
 * "what did".
 */
export function headNounOf(
  question: string,
  isStopWord: (folded: string) => boolean,
  isModifier: (folded: string) => boolean = () => false,
  joinsCompound: (folded: string, next: string) => boolean = () => false,
): string | undefined {
  const text = plainText(question);
  // "What role did López Obrador play": the object of "play" asks what someone did, not for a thing named so.
  if (PLAYED.test(text)) return undefined;
  // "What is José Jerí's (political) party", "Glas's current prison sentence in Ecuador": the kind asked for is
  // the last word owned before any stop word.
  const owned = POSSESSIVE_HEAD.exec(text);
  if (owned) {
    const words = owned[2]!.split(' ');
    const end = words.findIndex((word) => isStopWord(word));
    const kind = words.slice(0, end < 0 ? words.length : end).pop();
    if (kind) return kind;
  }
  const spanishOwned = SPANISH_POSSESSIVE_HEAD.exec(text);
  if (spanishOwned && !isStopWord(spanishOwned[1]!)) return spanishOwned[1];
  const match = HEAD.exec(text);
  // "peru dice q solo mexico …": a "que" after a verb of saying ties the clause said, and the word after it is no
  // kind asked; written "qué", it asks.
  if (match && match[0].startsWith('que ') && thatClause(text.slice(0, match.index), question)) return undefined;
  const head = match?.[1];
  if (!head || isStopWord(head)) return undefined;
  // "what political party": the kind asked for is the noun after its adjective.
  const next = match[2];
  const kindAt = next && isModifier(head) && !isStopWord(next) ? 1 : 0;
  // "Which Mexican government department put out …": the kind is the last noun of a compound, the word before a
  // stop word or a verb ("put").
  const words = text
    .slice(match.index)
    .split(' ')
    .slice(1, 1 + MAX_COMPOUND_HEAD);
  let at = kindAt;
  // A possessive ends the compound: "which country's envoy" asks of a country.
  const plain = (word: string) => word.replace(/'s?$/, '');
  while (
    at + 1 < words.length &&
    !/'s?$/.test(words[at]!) &&
    !isStopWord(words[at + 1]!) &&
    joinsCompound(words[at]!, plain(words[at + 1]!))
  )
    at++;
  return plain(words[at]!);
}

/**
 * Spanish verbs of saying, believing or knowing, as a report of what someone holds puts them ("dice", "dijo",
 * "creen", "asegura"): a "que" after one ties the clause held, never asks.
 */
const SAYS_THAT =
  /^(?:dice|dicen|dijo|dijeron|decia|decian|cree|creen|creia|creian|piensa|piensan|penso|asegura|aseguran|aseguro|afirma|afirman|afirmo|sostiene|sostienen|sostuvo|opina|opinan|declara|declaro|anuncia|anuncio|explica|explico|acusa|acusan|acuso|reclama|reclaman|reclamo|alega|alegan|alego|insiste|insisten|insistio|sabe|saben|supo)$/;

/**
 * Whether a "que" after `before` (plain text) ties a clause: the word before it is a verb of saying
 * ({@link SAYS_THAT}), and the question writes no "qué" with its accent (one that does may mean it there: "¿sabe
 * qué país …?").
 */
function thatClause(before: string, question: string): boolean {
  const previous = before.trim().split(' ').pop();
  if (previous === undefined || !SAYS_THAT.test(previous)) return false;
  return !/(?<!\p{L})qué(?!\p{L})/iu.test(question);
}

/** Words of a compound kind read at most ("which Mexican government department"). */
const MAX_COMPOUND_HEAD = 4;

/**
 * A Spanish question word, as written or as chat spells it: a question without one asks yes or no. The words of the
 * list this replaces, kept as it had them: "xq" and "pq" among them, "porque", "porq", "xk" and "pk" not.
 */
const SPANISH_QUESTION_WORD = new RegExp(
  `^(?:${wordAlternatives(SPANISH_QUESTION_WORDS, ['porque'])}|${wordAlternatives(CHAT_QUESTION_WORDS, ['porq', 'xk', 'pk'])})$`,
);
/** A Spanish question word written with its accent, which only a question word has ("qué", not "para que"). */
const SPANISH_ACCENTED_QUESTION_WORD =
  /(?<!\p{L})(?:qué|quién|quiénes|cuándo|dónde|adónde|cómo|cuál|cuáles|cuánt[oa]s?)(?!\p{L})/iu;
/** Words within which a Spanish question's question word stands when it has one ("¿Y en qué año …?"). */
const SPANISH_QUESTION_WORD_REACH = 3;

/** An English yes-or-no question: it opens with an auxiliary. */
const POLAR_QUESTION = /^\s*(?:did|does|do|has|have|had|is|are|was|were|will|would|can|could)\b/i;
/**
 * The request around an indirect question, in plain text: "can someone explain " what Castillo did, "do you know "
 * when …, "could u tell me " who …. The question inside is what is asked, not yes or no.
 */
const REQUEST_WRAPPER =
  /^(?:can|could|would|will|do|does|did) (?:someone|somebody|anyone|anybody|you|u|ya|y'?all|i|we) (?:[a-z']+ ){0,3}?(?=(?:what|who|whom|whose|when|where|why|how|which)\b)/;
/** "When" opening a question that asks nothing else: "when chavez was arrested". */
const OPENING_WHEN = /^when\b(?!.*\b(?:what|who|whom|whose|where|why|how|which)\b)/;

/**
 * Whether a question asks yes or no. In English it opens with an auxiliary ("did Peru give …?"). Spanish has no
 * auxiliary to tell it: it opens with "¿" and has no question word, neither one with its accent anywhere nor an
 * unaccented one among its first words ("¿Perú le va a dar salvoconducto a Betssy para que viaje…?"); a request
 * ("Compara…", "Explica…") opens with no "¿".
 */
export function asksYesOrNo(question: string, spanish: boolean): boolean {
  if (!spanish) return POLAR_QUESTION.test(question) && !REQUEST_WRAPPER.test(plainText(question));
  if (!/^\s*¿/.test(question) || SPANISH_ACCENTED_QUESTION_WORD.test(question)) return false;
  const opening = foldText(question)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, SPANISH_QUESTION_WORD_REACH);
  return !opening.some((word) => SPANISH_QUESTION_WORD.test(word));
}

/**
 * "Para que" (so that) and chat's "pa q": a conjunction opening a clause of purpose ("¿le dio permiso pa q viaje?"),
 * whose "que" asks nothing.
 */
const PURPOSE_QUE = /\b(?:para|pa)\s+(?:que|q|k|ke)\b/g;

/**
 * Whether a Spanish line asks yes or no as chat writes it, without its "¿": it ends with "?" and has no question word
 * anywhere but a "para que" of purpose ("castillo tmb quiso pedir asilo en la embajada??").
 */
export function asksYesOrNoInChat(question: string): boolean {
  return (
    /\?[^\p{L}\p{N}]*$/u.test(question) &&
    !SPANISH_ACCENTED_QUESTION_WORD.test(question) &&
    !foldText(question)
      .replace(PURPOSE_QUE, ' ')
      .split(/[^a-z0-9]+/)
      .some((word) => SPANISH_QUESTION_WORD.test(word))
  );
}

// Question words are a closed class of grammar: these patterns are the language, not a list of topics.
/**
 * "How many …", "¿cuántos …?", with the unit counted. Spanish "en cuanto a" is "as for" ("¿qué dijo Sheinbaum en cuanto
 * al comercio?"), no quantity asked; "¿en cuánto tiempo …?" is one.
 */
const NUMBER_UNIT = /\b(?:how many|how much|(?!(?<=\ben )cuanto al?\b)cuant[oa]s?)\s+(?:of\s+)?([a-z]+)/;
const AGE = /\b(?:how old|what age|que edad|cuantos anos tiene|edad)\b/;
/** "How old is this beef", "how old are the tensions": the noun "how old" asks of, past the verb and determiners. */
const AGE_OF = /^how old (?:is|are|was|were) (?:(?:the|this|that|these|those|their|all|whole) )*([a-z]+)/;
/**
 * A court's decision on someone: "was X convicted", "the verdict in X's trial", "if found guilty", "what sentence did X
 * get", "¿fue sentenciado…?", "la sentencia final", "¿qué condena recibió…?". Not "sentence" alone in English, which
 * may be the text's ("which sentence does the author use"), nor Spanish "condenado", which also means criticised: the
 * noun "condena" only after a determiner or a question word, as a penalty is named ("la condena", "qué condena").
 */
const VERDICT =
  /\b(?:verdict|convicted|conviction|sentenced|acquitted|found guilty|(?:what|which) (?:prison |jail )?sentence (?:did|does|will|could|would|might|has) .{1,40}? (?:get|got|getting|receive|received|receiving|face|facing|serve|serving|given)|sentenciado|sentenciada|sentencia|veredicto|absuelto|absuelta|(?:la|una|su|que|cual|cuanta|esa|esta) condena)\b/;
/**
 * A sentence asked for as the end of the case ("the final sentence", "¿qué condena recibió al final?", "la sentencia
 * definitiva"): the court's decision, which no sentence sought gives.
 */
const FINAL_OUTCOME = /\b(?:final|finally|ultimately|in the end|finalmente|al final|definitiva|definitivamente)\b/;
/** Words of {@link VERDICT} that ask for a court's decision, not for a sentence someone faces. */
const DECISION =
  /^(?:verdict|convicted|conviction|sentenced|acquitted|found guilty|sentenciad[oa]|veredicto|absuelt[oa])$/;
/** A decision supposed, not asked for: "if convicted", "if she gets found guilty", "si la condenan". */
const CONDITIONAL_DECISION =
  /\b(?:if|unless|once|si)\b(?: [a-z']+){0,3}? (?:convicted|found guilty|sentenced|sentenciad[oa]|condenad[oa]|condenan)\b/;
/** The words of {@link VERDICT} that frame the question, not whom it is asked of. */
const VERDICT_WORD =
  /^(?:verdict|convicted|conviction|sentenced|acquitted|found|guilty|what|which|prison|jail|sentence|did|does|will|could|would|might|has|get|got|receive|received|face|serve|given|sentenciad[oa]|sentencia|veredicto|absuelt[oa]|condena)$/;
/** The trial itself, as the other outcome a verdict is asked beside ("… or is her trial still going"). */
const TRIAL_ALTERNATIVE = /\b(?:trial|case|hearing|proceedings?|juicio|proceso|causa)\b/;

/**
 * Whether a verdict is asked as one side of an either-or whose other side is the trial still going ("is she
 * convicted yet or is her trial still going", "is she still on trial or did she get found guilty"): an article that
 * tells the trial goes on answers it, though it gives no court's decision.
 */
function verdictOrTrialGoingOn(text: string, verdict: RegExpExecArray): boolean {
  let start = 0;
  for (const side of text.split(/\bor\b/)) {
    const end = start + side.length;
    const holdsVerdict = verdict.index < end && verdict.index + verdict[0].length > start;
    if (!holdsVerdict && TRIAL_ALTERNATIVE.test(side)) return true;
    start = end + 'or'.length;
  }
  return false;
}

/**
 * A short form asked for: "what is the acronym for …", "what is it called for short", "¿cuáles son las siglas de …?".
 * Only a sentence writing one in capitals answers ("Mexico's Ministry of Foreign Affairs (SRE)").
 */
const ABBREVIATION =
  /\b(?:acronyms?|abbreviations?|abbreviated|initials|for short|short form|siglas?|abreviaturas?|abreviad[oa]|acronimos?|iniciales)\b/;
/** A yes-or-no question about what will come: "will trade keep going", "so will they make up". */
const WILL_ASKED = /^(?:(?:so|and|but|wait|ok|okay|like|also|then|hey|yo|bruh|lol|um|uh) )*(?:will|wont|won't) /;
/** What would happen if something were done: "what would happen if …", "what if …", "¿qué pasaría si …?". */
const HYPOTHETICAL =
  /\b(?:what (?:would|could|might) happen(?: if)?|what happens if|what if|que pasaria si|que pasa si|que sucederia si|que ocurriria si)\b/;
/**
 * What someone is accused of: "what was X accused of", "what crimes does X face", "what are the charges against X",
 * "¿de qué acusan a X?", "¿qué delitos…?". Not why or by whom ("why was she charged", "who accused her"): those ask
 * for a reason or a person.
 */
const ACCUSATION =
  /\b(?:(?:what|which)\b(?: [a-z']+){0,6}? (?:ac{1,2}used|charged|indicted) (?:of|with)|ac{1,2}used of what|(?:what|which) (?:criminal )?(?:crimes?|charges?|offen[cs]es?)|charges against|de (?:que|cual(?:es)?) (?:delitos? )?(?:[a-z]+ ){0,3}?(?:acus|imput)[a-z]*|(?:que|cuales|por que) delitos?)\b/;
/** The words of {@link ACCUSATION} that only frame the question, not whom it is asked of nor what they did. */
const ACCUSATION_FRAME = /^(?:what|which|of|with|de|que|cual|cuales|por)$/;
/**
 * Someone's schooling: "where did X study", "which university did X attend", "what did X study", "what degree does X
 * have", "X's alma mater", "¿dónde estudió…?", "¿qué estudió…?". A university asked for without studying or
 * attending it ("which university is in Lima") is a kind, read as such.
 */
const EDUCATION =
  /\b(?:(?:where|what) (?:did|does|do|has|had) .{1,40}? stud(?:y|ied)|(?:which|what) (?:university|college|school|universidad|escuela) (?:did|does|do|has|had) .{1,40}? (?:stud(?:y|ied)|attend(?:ed)?|go|gone|graduate)|where (?:did|does|do) .{1,40}? go to (?:university|college|school)|(?<!to )what degree (?:does|did|do|has) .{1,40}? (?:have|hold|get|earn)|alma mater|graduate[ds]? from|donde estudi[oa]|que estudi[oa] (?:el |la )?(?=[a-z]+ )?|se graduo|se recibio de)\b/;
/**
 * Whether an {@link EDUCATION} match asks about someone's schooling: "¿qué estudió" only before a name ("¿qué estudió
 * Hugo de Zela?"), since "¿qué estudio cita el artículo?" asks which study.
 */
function schoolingOfSomeone(matched: string, text: string, isName: (folded: string) => boolean): boolean {
  if (!/^que estudi/.test(matched)) return true;
  const next = /que estudi[oa] (?:el |la )?([a-z]+)/.exec(text)?.[1];
  return next !== undefined && isName(next);
}
/** The words of {@link EDUCATION} that name schooling, not whom it is asked of. */
const SCHOOLING_WORD =
  /^(?:study|studied|degree|alma|mater|graduate[ds]?|university|college|school|attend|attended|estudio|estudia|graduo|recibio|universidad|escuela)$/;
/**
 * Where someone is held: "where is X being held", "which prison is X in", "¿en qué penal está X?", "¿dónde está
 * preso X?". Only a place of detention answers; an arrest, or a sentence sought, says nothing of where. Not where
 * someone was going when detained ("where was Castillo heading when police detained him").
 */
const CUSTODY =
  /\b(?:where (?:is|are|was|were) (?:(?!(?:when|while|after|before|heading|headed|going|trying) )[a-z']+ ){1,4}?(?:being |now |currently |still )?(?:held|jailed|imprisoned|detained|locked up|incarcerated|in custody|behind bars)|(?:which|what) (?:prison|jail|penitentiary)(?! (?:sentence|sentences|term|terms|time))|donde (?:esta|estan|sigue|siguen) (?:[a-z]+ ){0,3}?(?:preso|presa|presos|detenido|detenida|encarcelado|encarcelada|recluido|recluida)|en (?:que|cual) (?:carcel|penal|prision|penitenciaria|celda))\b/;
/** The words of {@link CUSTODY} that name detention, not whom it is asked of. */
const CUSTODY_WORD =
  /^(?:held|jailed|imprisoned|detained|locked|incarcerated|custody|bars|prison|jail|penitentiary|preso|presa|presos|detenido|detenida|encarcelado|encarcelada|recluido|recluida|carcel|penal|prision|penitenciaria|celda)$/;
/** Kinds of place a place lies within, in English and in Spanish ("district", "distrito"). */
const PART_EN = '(?:part|area|neighbou?rhood|district|street|city|town|region|state|province)s?';
const PART_ES = '(?:parte|zona|distrito|barrio|colonia|calle|sector|ciudad|region|provincia|estado|lugar)';
/**
 * A place asked within another, named: "where in Lima is the embassy", "which part of Mexico will she live in",
 * "¿en qué distrito de Lima queda …?", "¿en qué calle o distrito de Lima …?" (one kind or another). Only a place lying
 * in it answers; the one named does not. The place is one word, or a city's name ("mexico city"), and owns nothing
 * ("which part of Peru's argument").
 */
const PLACE_WITHIN = new RegExp(
  `\\b(?:where (?:exactly |abouts )?in|(?:which|what) ${PART_EN}(?: or ${PART_EN})? (?:of|in)|` +
    `en (?:que|q|k|cual) ${PART_ES}(?: (?:o|u|y) ${PART_ES})? (?:de|del)) (?:the )?([a-z]+(?: city)?)\\b(?!')`,
);
/** Where or when someone was born: "where was X born", "X's birthplace", "¿dónde nació…?", "fecha de nacimiento". */
const BIRTH =
  /\b(?:born|birthplace|birth place|place of birth|date of birth|birth date|birthday|hometown|nacio|nacida|nacido|nacimiento|cumpleanos)\b/;
/**
 * Where a person comes from, asked of a finer place than a country ("what region is Castillo from", "which town does
 * she come from", "where did Castillo grow up", "¿de qué región es Castillo?", "¿dónde creció?"): the hometown or
 * region, which a nationality ("a former Peruvian prime minister") does not give. Not English "where is X from"
 * alone, which the country a paragraph names answers, nor where a thing comes from ("which city is the embassy
 * from").
 */
const ORIGIN_PLACE = '(?:region|town|city|province|village|state|department|area|part of (?:peru|mexico|the country))';
const ORIGIN_ASKED = new RegExp(
  [
    `\\b(?:what|which) ${ORIGIN_PLACE} (?:is|was|are|were|does|did|do) (?<who>(?:[a-z'-]+ ){1,4}?)(?:originally )?(?:from|come from|hail from)\\b`,
    `\\bwhere did (?<who2>(?:[a-z'-]+ ){1,4}?)(?:grow up|live as a (?:kid|child))\\b`,
  ].join('|'),
);
/**
 * Spanish: "de qué región/ciudad/pueblo … es", "dónde creció", "es oriundo/originario", and "¿de dónde es X?" alone,
 * which Spanish-speaking classes ask of a hometown ("de dónde es Castillo, en qué región nació"); then whom it asks of.
 */
const ORIGIN_ASKED_ES =
  /\b(?:de donde (?:es|era)|de (?:que|cual) (?:region|ciudad|pueblo|provincia|departamento|parte|zona|estado)(?: del? (?:peru|mexico|pais))? (?:es|era|son|eran|viene|venia|proviene)|donde (?:crecio|se crio)|(?:es|era) (?:oriund|originari)[oa]s?(?: de)?)(?<who> (?:[a-z]+ ?){1,4})?/;
/**
 * Where, or at what kind of event, someone said something ("where did Sheinbaum comment on Peru's move", "in what
 * setting did she respond", "¿en qué tipo de evento opinó?", "¿dónde habló Sheinbaum de la ruptura?"): a sentence
 * telling the occasion answers ("speaking at her daily press briefing", "told journalists"). Not what someone said
 * of a place ("where did Sheinbaum say Chávez is", "¿dónde dijo que está?"), an event that is no speech ("in what
 * event was Castillo arrested"), nor where the text says something ("where does the article say …").
 */
const SPEECH_EN =
  '(?:say|said|comment|commented|speak|spoke|speaking|talk|talked|talking|react|reacted|reacting|respond|responded|responding|remarks?|comments|describe|described)';
const SPEECH_ES =
  '(?:dijo|dijeron|hablo|hablaron|comento|comentaron|opino|opinaron|declaro|declararon|reacciono|reaccionaron|respondio|respondieron|pronuncio|pronunciaron|refirio|refirieron|califico|describio)';
const VENUE_ASKED = new RegExp(
  [
    `\\bwhere (?:did|does|do|was|were|is) (?<who>(?:[a-z'-]+ ){1,4}?)(?:even |first |publicly |actually |usually )?(?:say|comment|speak|speaking|talk|talking|react|reacting|respond|responding|make (?:(?:her|his|their|the|these|those|this) )?(?:comments?|remarks?|statements?)|give (?:her|his|their) (?:response|reaction|remarks))(?= (?:about|on|regarding|concerning|to|this|it|all|these|those)\\b|$)`,
    `\\b(?:in|at) what (?:(?:kind|type|sort) of )?(?:setting|venue|forum|event|occasion)\\b(?=.*\\b${SPEECH_EN}\\b)`,
    `\\ben (?:que|cual) (?:tipo de )?(?:evento|espacio|ocasion|foro|escenario)\\b(?=.*\\b(?:se )?${SPEECH_ES}\\b)`,
    `\\bdonde (?:se )?${SPEECH_ES}\\b(?!(?: [a-z]+){0,4} que\\b)`,
  ].join('|'),
);
/** The text itself, which says things in no setting ("where does the article say …", "where does it say that"). */
const TEXT_ITSELF =
  /^(?:it|this|that)\b|\b(?:article|text|author|writer|piece|story|report|paragraph|passage|articulo|texto|autor|nota|lectura)\b/;
/** Who spoke, in a venue question: before the English verb of saying, after the Spanish one ("opinó la presidenta"). */
const VENUE_SPEAKER = new RegExp(
  `\\b(?:did|does|do|was|were|is) ((?:[a-z'-]+ ){1,4}?)(?:even |first |publicly |actually |usually )?(?:${SPEECH_EN}|make|give)\\b|\\b(?:se )?${SPEECH_ES} ((?:[a-z]+ ){1,4}?)(?:sobre|de|del|acerca|respecto|ante|frente|cuando|con)\\b`,
);
/** The words of a venue question that only frame it. */
const VENUE_FRAME =
  /^(?:where|setting|venue|forum|occasion|event|kind|type|sort|evento|espacio|ocasion|foro|escenario|tipo|donde|publicly|usually)$/;

/** Words a person's name may hold besides names: "Hugo de Zela", "la Betssy". */
const NAME_PARTICLES = new Set(['de', 'del', 'la', 'el', 'the']);
/** Pronouns that stand for the person asked about ("where did she grow up"). */
const PERSON_PRONOUN = /^(?:he|she|they|him|her|ella)$/;
/** The words of an origin question that only frame it. */
const ORIGIN_FRAME =
  /^(?:where|from|come|hail|originally|region|town|city|province|village|state|department|area|part|grow|up|donde|crecio|crio|oriund[oa]s?|originari[oa]s?|ciudad|pueblo|provincia|departamento|parte|zona|estado|regiones)$/;

/** The words of a money question that only frame it ("how much … worth"), not what it is about ("trade"). */
const MONEY_FRAME =
  /^(?:how|much|money|cash|worth|cost|what|cuant[oa]|dinero|plata|lana|billete|guita|vale|valen|cuesta|cuestan)$/;
/** A sum of money: "how much money", "how much is … worth", "¿cuánta plata/cuánto dinero …?", "¿cuánto vale …?". */
const MONEY =
  /\b(?:how much (?:money|cash)|how much (?:is|are|was|were) .{1,60}? worth|how much (?:does|did|do) .{1,60}? cost|what is .{1,60}? worth|cuant[oa] (?:dinero|plata|lana|billete|guita)|cuanto (?:vale|valen|cuesta|cuestan))\b/;
/**
 * How long something lasts or lasted, or how long ago it was: "hace cuánto" and its other order, "¿cuánto hace que
 * …?" (never "cuánto hace" alone: "¿cuánto hace México por …?" asks how much it does).
 */
const DURATION =
  /\b(?:how long|how much time|cuanto tiempo|cuanto plazo|hace cuanto|desde hace cuanto|cuanto hace (?:ya )?(?:que|q|k)|cuanto (?:(?:va|van) a )?dura(?:r|n|ra|ran)?)\b/;
/**
 * What follows "how long" when it asks for time allowed: "did she have to", "was she given", "did they get to", "le
 * dieron para", "tuvo para".
 */
const TIME_ALLOWED =
  /^ (?:(?:did|does|do|will|would|had|has|have) (?:[a-z']+ ){1,3}?(?:have|get) to|(?:was|were|is|are) (?:[a-z']+ ){1,3}?(?:given|granted|allowed|allotted)|(?:[a-z]+ ){0,3}?(?:tuvo|tenia|tiene|tienen|tuvieron|dieron|dio|dan|otorgaron|concedieron) (?:[a-z]+ ){0,3}?para)\b/;
/** A verb of time taken, within {@link ELAPSED_REACH} words after "how long" ("did it take", "le tomó"). */
const ELAPSED = /\b(?:take|takes|took|taking|tarda|tardo|tardan|tardaron|demora|demoro|demoran|demoraron|tomo)\b/;
const ELAPSED_REACH = 4;
/** Words after "how long" within which its verb says the length is still to come. */
const FUTURE_REACH = 8;
/** Words opening another clause after "how long … ": "before Peru said it will …", "cuando …". */
const CLAUSE_OPENER =
  /\b(?:before|after|when|since|until|because|while|if|antes|despues|cuando|desde|hasta|porque|mientras|si)\b/;
/** A verb put ahead in time, after "how long": "will last", "is going to", "va a durar", "durará". */
const FUTURE_VERB = /\b(?:will|won't|going to|gonna|va a|van a|durara|duraran|seguira|seguiran)\b/;
/** The first verb that sets a clause's tense, future or not. */
const FIRST_AUXILIARY =
  /\b(?:(?:is|are) (?:[a-z]+ ){0,3}?(?:going to|gonna)|will|won't|going to|gonna|va a|van a|durara|duraran|seguira|seguiran|did|does|do|was|were|is|are|has|have|had|duro|duraron|dura|duran)\b/;
const NUMBER =
  /\b(?:how many|how much|what (?:number|percentage|amount)|what(?: is| was| are| were|s|'s)? the (?:total |overall |annual |yearly )?(?:value|volume|number|amount|percentage) of|(?!(?<=\ben )cuanto al?\b)cuant[oa]s?)\b/;
/** A word tying a group to the name after it ("the government of Mexico", "el gobierno de México"). */
const OWNER_AFTER = /^(?:of|in|de|del)$/;
/**
 * "How much" before a clause ("how much the break will affect …", "how much does it matter", "¿cuánto afecta …?"): to
 * what extent. Feeling or noticing only ahead ("how much will ordinary people feel it"): "how much did Mexico feel
 * insulted" asks what no paragraph measures.
 */
const DEGREE =
  /\bhow much (?:the|this|that|it|its|they|he|she|we|you|people|does|did|do|will|would|can|could)\b.{0,40}? (?:affect|affects|affected|matter|matters|mattered|impact|impacts|hurt|hurts|harm|harms|change|changes|influence|influences|damage|damages|care)\b|\bhow much (?:will|would|could|can|might)\b.{0,40}? (?:feel|notice|suffer)\b|\bcuant[oa] (?:afecta|afectan|afectara|afecto|importa|perjudica|perjudico|cambia|cambio|influye)\b/;
/**
 * A count asked for by name: "what was the vote count", "the death toll", "the number of votes", "el número de …"
 * ("a number of countries" is several of them, no count asked for). A vote asked of an event is its count too: "what
 * was the vote in congress to …", "by how many votes", "¿cuál fue la votación …?", which only a number told of a vote
 * answers.
 */
const NAMED_COUNT =
  /\b(?:(?:what|whats|what's|which) (?:is |was |were |are )?(?:the |a )?(?:final |exact |total |official )?([a-z]+) (?:count|tally|toll)|(?:the|el) (?:exact |total )?(?:number|numero|cantidad) (?:of|de) ([a-z]+)|(?:what|whats|what's) (?:is |was |were )?(?:the )?(?:final |exact |official )?(vote)(?= in| on| to| for| at| that| of|$)|by (?:how many|what margin of) (votes)|(?:cual|como) (?:fue|es|era) (?:el resultado de )?la (votacion)(?= en| para| del?| que|$))\b/;
/**
 * "When" asks for a date as a question word: before an auxiliary ("when did", "when was") or ending the question
 * ("since when"); "what de Zela means when he calls …" asks for no date. (See also {@link OPENING_WHEN}.)
 */
const DATE =
  /\b(?:when(?= (?:did|does|do|was|were|is|are|will|would|has|have|had|could|can|exactly|precisely)\b|$)|since when|(?:what|which) (?:[a-z]+ )?(?:year|date|day|month)|(?:exact|specific|precise) (?:year|date|day|month)|cuando|que (?:ano|fecha|dia|mes)|en que (?:ano|fecha|mes)|cual (?:es|era|fue) (?:la|el) (?:ano|fecha|dia|mes))\b/;
/**
 * A date still to come: "when will …", "when is the verdict expected", "¿cuándo va a viajar …?", "¿cuándo será …?",
 * "¿para cuándo …?", "¿cuándo está prevista …?".
 * Only a sentence that dates something ahead answers it.
 */
const FUTURE_DATE =
  /\b(?:when will|when(?:'s| is| are) (?:[a-z']+ ){0,8}?(?:expected|scheduled|due|going to|gonna|set to|planned|supposed to)|when do(?:es)? (?:[a-z']+ ){0,6}?(?:expect|plan)|when do(?:es)? (?:[a-z']+ ){1,8}?(?:end|expire|finish|run out)(?! up)|cuando (?:termina|terminan|acaba|acaban|vence|vencen|finaliza|concluye) |cuando (?:va|van|vas) a|cuando (?:sera|seran|se espera|se esperan|saldra|viajara|llegara|podra|podran|habra)|para cuando (?:esta|estan|se espera|se esperan|se preve)|cuando (?:esta|estan|queda|quedo) (?:[a-z]+ ){0,3}?(?:programad|previst|fijad|agendad)[oa]s?)\b/;
/** A day, month or year asked for by name, anywhere in a date question ("what actual date", "qué fecha exacta"). */
const CALENDAR_ASKED =
  /\b(?:(?:what|which|exact|specific|precise|actual) (?:[a-z]+ )?(?:year|date|day|month)|que (?:ano|fecha|dia|mes))\b/;
/**
 * A calendar word restating at the end what "when" asks ("when did all this go down, like the (actual) date"): the
 * filler "actual" is gone by then, so the determiner before it is all that is left to tell it is asked for.
 */
const CALENDAR_RESTATED = /\bthe (?:[a-z]+ )?(?:year|date|day|month)\s*$/;
/** Words of a date question that ask for a day, month or year by name. */
const CALENDAR_WORD = /\b(?:date|day|month|year|fecha|dia|mes|ano)\b/;
/** A date asked for to the day: "what exact date", "the date exactly", "¿en qué fecha exacta …?". */
const EXACT = /\b(?:exact|exactly|specific|precise|precisely|exacta|exactamente|precisa|precisamente|concreta)\b/;
/**
 * A time of day asked for: "what time did …", "at what hour", "¿a qué hora …?"; not "what time limit" or "what time
 * frame", which ask for a length of time.
 */
const TIME_OF_DAY =
  /\b(?:what time(?= (?:did|does|do|was|were|is|are|will|would|had|has|exactly|precisely|of day)\b)|at what time|(?:what|which) hour|(?:a|en) que hora|que hora)\b/;
/**
 * "What did <speaker> say", "what does <speaker> think / reckon / believe / answer", "how did (does) <speaker>
 * react", "did <speaker> take sides", "did <speaker> react?" (a few words, ending the question), "what is <speaker>'s
 * position on", "¿cuál es la postura de <speaker> sobre …?", "¿qué (le) dijo <speaker> …", "¿qué responde <speaker> a
 * …?", "what's <speaker> saying": the speaker is captured. After "has" only a participle is a verb: "who has the final
 * say on …" asks who decides. A Spanish speaker ends where what was said about or reacted to begins ("sobre", "ante",
 * "frente a": "¿cómo reaccionó Jerí frente a la encargada de negocios?" is Jerí's reaction, not "Jerí frente"'s).
 */
const STATEMENT =
  /\b(?:what did (.{1,60}?) (?:say|said|think|reckon|believe|answer|reply|respond|react|tweet|post|state(?=$| about| that| on| regarding| in| after| when| to)|declare|claim|argue)|(?:did (.{1,40}?) (?:say|said|comment|commented|react|reacted|respond|responded)|(?:has|have) (.{1,40}?) (?:said|commented|reacted|responded)) (?=anything|something|about|on|to)|how (?:did|does|do) (.{1,60}?) (?:react|respond|reply|answer)|what was (.{1,40}?)'?s? (?:reaction|response)|(?<!\blo )que (?:le dijo|dijo|dijeron|opino|opinaron|penso|pensaron|respondio|respondieron|contesto|contestaron|declaro|declararon) ((?:el |la |los |las )?.{1,40}?)(?: sobre| acerca| respecto| frente a| ante| lo del?| de la| de las| de los| del| de lo| de como| de que| de todo| de esto| de eso| al| a| cuando| tras| despues| mientras|$)|como (?:reacciono|reaccionaron|respondio|respondieron) (?!(?:cuando|que|si|porque|despues|antes|ante|a|al|con|en)\b)((?:el |la |los |las )?.{1,40}?)(?: a| ante| frente a| desde| cuando| al| tras| despues| [a-z]+(?:ando|iendo)\b|$)|what (?:do|does) (.{1,60}?) (?:think|reckon|believe|answer|reply|respond)|did (.{1,40}?) (?:take sides|take a side|take any side)|(?:did|has|have) ((?:[a-z']+ ){0,2}[a-z']+) (?:react|reacted|respond|responded|comment|commented)$|what(?: is|'s|s| was| are| were)? (?:the )?((?:[a-z']+ ){0,2}?[a-z]+?)(?:'s|s'|') (?:official )?(?:position|stance|view|views|stand|opinion|take) (?:on|about|regarding|toward|towards|of)|(?:cual|que) (?:es|era|fue) (?:la )?(?:postura|posicion|opinion) (?:oficial )?de(?:l| la| los| las)? ((?:[a-z]+ ){0,2}?[a-z]+) (?:sobre|acerca|respecto|frente|ante|en)|(?<!\blo )que (?:le |les )?(?:responde|responden|contesta|contestan|replica|replican) ((?:el |la |los |las )?.{1,40}?) (?:a|ante)\b|what(?:s|'s| is| are) ((?:[a-z']+ ){0,2}?[a-z']+) (?:saying|sayin))\b/;
/** A word for someone's view, in a statement asked as "X's position on", "la postura de X". */
const VIEW_WORD = /\b(?:position|stance|views?|stand|opinion|take|postura|posicion)\b/;
/** The plural and past forms of {@link PERSON_ROLE}: "the names of", "cómo se llamaban los", "quiénes eran las". */
const PLURAL_OR_PAST_ROLE = /\bnames of\b|\bllama(?:n|ba|ban)\b|\bquienes\b|\b(?:eran|fueron|son)\b|\b(?:los|las) /;
/**
 * "What sentence are prosecutors seeking for Castillo": the kind is sought for the one after "for", whose it is, not
 * for those seeking it (¶4's 25 years are sought for Chávez).
 */
const SOUGHT_FOR_OWNER =
  /\b(?:which|what) (?:[a-z]+ )?[a-z]+ (?:is|are|was|were|did|does|do|have|has) (?:[a-z']+ ){1,3}?(?:asking|seeking|wanting|demanding|requesting|ask|seek|want|demand|request) for ((?:[a-z']+ ){0,2}[a-z']+)/;
/** "Which embassy …", "what crimes …": the kind of thing asked for, which an answering paragraph must name. */
const HEAD_OWNER =
  /\b(?:which|what) (?:[a-z]+ )?[a-z]+ (?:is|was|are|were|did|does|do|has|had|will) ((?:[a-z']+ ){0,2}[a-z']+)/;
/** "¿De qué partido (político) es José Jerí?", "¿qué pena recibió Castillo?": the words after the verb. */
const SPANISH_HEAD_OWNER =
  /\b(?:que|cual) [a-z]+ (?:[a-z]+ )?(?:es|era|fue|son|eran|tiene|tenia|tuvo|recibio|recibe|pertenece|pertenecia|integra|milita) (?:el |la |los |las )?((?:[a-z]+ ){0,2}[a-z]+)/;
/**
 * "¿Qué condena le dieron a Jorge Glas?": the one it was given to, the question asked first ("la protección que México
 * le dio" is none).
 */
const SPANISH_GIVEN_TO_OWNER =
  /^(?:[a-z]+ ){0,2}?(?:que|cual) [a-z]+ (?:[a-z]+ )?(?:le|les) (?:dieron|dio|dan|da|impusieron|impuso|pusieron|puso|otorgaron|otorgo|dictaron|dicto) a (?:el |la )?((?:[a-z]+ ){0,2}[a-z]+)/;
/**
 * "y Jerí, ¿de qué partido (político) es?": the owner said first, the question ending on its verb. A word calling
 * someone may come before "y" ("che y el jeri de q partido es?").
 */
const SPANISH_FRONTED_OWNER =
  /^(?:(?:[a-z]+ )?(?:y|pero) |(?:oye|oe|oigan|entonces) )?(?:el |la )?(?!(?:y|pero|oye|oe|oigan|entonces)\b)((?:[a-z]+ ){0,2}[a-z]+) (?:de|del) que [a-z]+ (?:[a-z]+ )?(?:es|era|fue)$/;
/** "jerí es de qué partido (político)": the owner first, then its verb and the kind asked for. */
const SPANISH_OWNER_THEN_KIND =
  /^(?:(?:[a-z]+ )?(?:y|pero) |(?:oye|oe|oigan|entonces) )?(?:el |la )?(?!(?:y|pero|oye|oe|oigan|entonces)\b)((?:[a-z]+ ){0,2}[a-z]+) (?:es|era|fue) (?:de|del) que [a-z]+(?: [a-z]+)?$/;
/** "¿Cuál es el partido (político) de Jerí?": the kind, its adjective and the owner after "de". */
const SPANISH_POSSESSIVE_HEAD =
  /\bcual (?:es|era|fue) (?:el|la|los|las) ([a-z]+) (?:([a-z]+) )?(?:de|del) (?:la |el )?((?:[a-z]+ ){0,2}[a-z]+)/;
/** "What (kind of) role/part did … play", "¿qué papel jugó/tuvo …?". */
const PLAYED =
  /\b(?:what|which|que|cual) (?:[a-z]+ )?(?:role|roles|part|papel|rol) (?:(?:did|does|do|has|have|had|will|would) .{1,80}? play(?:ed|s)?|(?:jugo|jugaron|desempeno|tuvo|tuvieron|cumplio) )/;
/** "What is <owner>'s <kind>", "whats <owner>s <adjective> <kind>": the owner (one to three words) and the kind. */
const POSSESSIVE_HEAD =
  /\b(?:(?:what|whats|what's|which) (?:is|was|are|were)|whats|what's) ((?:[a-z]+ ){0,2}[a-z]+)'s ((?:[a-z]+ ){0,2}[a-z]+)/;
const HEAD = /\b(?:which|what|que|cual|cuales) ([a-z]+)\b(?: ([a-z]+)\b)?/;
const PERSON_ROLE =
  /\b(?:(?:(?:what|whats|what's) (?:is |was |are |were )?)?(?:the )?(?:full )?names? of (?:the |a |an )?|(?:who (?:is|was|are|were|will be|would be|is going to be|is gonna be)|who's|whos) (?:the|a|an) (?:current |new |next |former )?|como se llama(?:n|ba|ban)? (?:completo )?(?:el |la |los |las )?|nombres? (?:completos? )?de(?:l| la| los| las)? |quien(?:es)? (?:es|era|fue|son|eran|fueron|sera|va a ser) (?:el|la|los|las) (?:actual |actuales |nuevo |nueva |proximo |proxima |ex |antigu[oa]s? )?)([a-z]+)(?:'s)?(?: ([a-z]+))?/;
/**
 * Words that tie a name to the role before it as someone else's ("the lawyer **of** Chávez", "el juez **que** liberó
 * a Chávez"): without one, a name after the role is the person asked about ("the foreign minister Hugo de Zela").
 */
const TIES = new Set(
  'of de del for para to a al by por with con who whom that which whose que quien cuyo cuya in en at from desde and y on sobre after despues before antes behind tras against contra than'.split(
    ' ',
  ),
);
/**
 * "Who is X's Y": 1 a verb naming the role ("serves as"), 2 X's words before its last ("betssy " of "betssy
 * chavez's"), if any, 3 X's last word, 4 Y, 5 the word after Y.
 */
const OWNED_ROLE =
  /\b(?:who (?:(?:even|actually|really|exactly) )?(?:is|was|will be|would be|became|(serves|acts) as)|who's|whos) (?:(?:even|actually|really|exactly) )?((?:[a-z]+ ){1,2})?([a-z]+)'?s (?:(?:next|new|current|former|previous|last|first) )?([a-z]+)(?: ([a-z]+))?/;
/** "What is X's Y's name", as chat writes it too ("whats castillos wifes name"): X (one to three words) and Y. */
const NAME_OF_OWNED =
  /\b(?:what|whats|what's) (?:is |was )?(?:the )?((?:[a-z]+ ){0,2}[a-z]+?)'?s ([a-z]+?)'?s (?:full )?name\b/;
/**
 * "What is X's Y called", "whats castillos wife called": the name of a role someone named has, asked so; not "called"
 * before a preposition, a verb of asking ("what has Mexico's leader called for").
 */
const OWNED_CALLED =
  /\b(?:what|whats|what's) (?:is |was )?(?:the )?((?:[a-z]+ ){0,2}[a-z]+?)'?s ([a-z]+) called\b(?! (?:for|on|upon|out|off|in|up|back|to|at|by|with|into|over|about|after|against)\b)/;
/** "The names of X's Y": the names of those a role names, X's ("names of castillo's wife and kids"). */
const NAMES_OF_OWNED = /\bnames of (?:the )?((?:[a-z]+ ){0,2}[a-z]+?)'?s ([a-z]+)\b/;
/** Numbers, which count the holders of a role rather than name it ("los nombres de los dos presidentes"). */
const COUNT_WORD = /^(?:\d+|two|three|four|five|dos|tres|cuatro|cinco)$/;
/** The owner written just after a role word: "of (the) Ecuador", "de(l) México". */
const OWNER_AFTER_ROLE = /^ (?:of|de|del) (?:the |la |el )?([a-z]+)/;
/** Nouns for whoever heads something, a near-closed class: "the head of Mexico's foreign ministry". */
const HEAD_WORDS: ReadonlySet<string> = new Set(['head', 'chief', 'leader', 'boss', 'director']);
/** A head's organisation owned by a name: " of mexico's foreign ministry" (the owner, then up to three words). */
const OWNED_ORGANISATION = /^ of (?:the )?([a-z]+)'s ((?:[a-z]+ ?){1,3})/;

/**
 * The head of an owned organisation asked as the holder of its title ("the head of Mexico's foreign ministry" is
 * Mexico's minister): the title the articles write that shares the organisation noun's root, and the owner. Asked so,
 * only a paragraph naming that owner's title holder answers, not the owner's president.
 */
function organisationHead(
  after: string,
  isName: (folded: string) => boolean,
  headTitleOf: (folded: string) => string | undefined,
): { role: string; owner: string } | undefined {
  const owned = OWNED_ORGANISATION.exec(after);
  if (!owned || !isName(owned[1]!)) return undefined;
  const title = owned[2]!
    .trim()
    .split(' ')
    .map((word) => headTitleOf(word))
    .find((found) => found !== undefined);
  return title === undefined ? undefined : { role: title, owner: owned[1]! };
}

/**
 * The owner written after a role ("the president of Ecuador"). A possessive there owns the thing the role heads, not
 * the role ("the head of Mexico's foreign ministry" is the ministry's head, not Mexico's): no name owns the role then.
 */
function ownerAfterRole(after: string): string | undefined {
  const owner = OWNER_AFTER_ROLE.exec(after);
  if (!owner || after.slice(owner[0].length).startsWith("'s ")) return undefined;
  return owner[1];
}
/**
 * "Who was president of Ecuador": a role asked with its owner after it, the article left out as English leaves it out
 * before an office one person holds.
 */
const BARE_ROLE =
  /\b(?:who (?:(?:even|actually|really|exactly) )?(?:is|was|will be|would be|became)|who's|whos) ([a-z]+) (?:of|de|del) (?:the )?([a-z]+)/;
/** "Which Ecuadorian president ordered …": a title a name before it owns, asked for by "which" or "what". */
const WHICH_OWNED_TITLE = /\b(?:which|what) ([a-z]+) ([a-z]+)(?: ([a-z]+))?/;
/** Words opening a clause about the role's holder ("the judge **who** freed her … Chávez"). */
const RELATIVES = new Set(['who', 'whom', 'that', 'which', 'que', 'quien']);
/**
 * A manner word next to a speaker ("what did sheinbaum **actually** say", "qué dijo Sheinbaum **exactamente**"):
 * English "-ly" and Spanish "-mente" adverbs and the few short ones, never part of a name.
 */
const ADVERB = /^(?:[a-z]{3,}ly|[a-z]{3,}mente|even|just|ever|also|still|really|tambien|realmente)$/;
/**
 * A Spanish speaker said before the question, after "y": "y estados unidos, ¿qué dijo de…?", "y chile o colombia q
 * dijeron…" ("pa mi expo: q dijo…", "mano la sheinbaum q dijo…" open with chat, not a speaker). A word calling
 * someone may come first ("wey y la sheinbaum q dijo …"): the first group, which must be no name.
 */
const SPANISH_FRONTED_SPEAKER =
  /^(?:([a-z]+) )?(?:y|pero) (?!(?:y|pero|que|como)\b)((?:[a-z]+ ){0,2}[a-z]+) que (?:dijo|dijeron|opino|opinaron|opina|opinan)\b/;
/**
 * A Spanish yes/no question whether someone said anything, the speaker first: "¿Chile dijo algo de la ruptura?",
 * "¿Colombia se pronunció?", "y la OEA ya opinó algo?" (as "did Chile say anything" in English); or after "se
 * pronunció": "¿se pronunció Chile sobre la ruptura?".
 */
const SPANISH_SAID_ANYTHING =
  /^(?:(?:y|pero|oye|oigan|entonces) )?(?!(?:y|pero|que|como|quien|alguien|nadie)\b)((?:[a-z]+ ){0,3}?[a-z]+) (?:ya |tambien |no )?(?:(?:dijo|dijeron|opino|opinaron|comento|comentaron|declaro|declararon|respondio|respondieron) (?:algo|nada)|se (?:pronuncio|pronunciaron|manifesto|manifestaron))\b|^(?:(?:y|pero|oye|oigan|entonces) )?(?:ya |tambien )?se (?:pronuncio|pronunciaron|manifesto|manifestaron) ((?:[a-z]+ ){0,2}?[a-z]+)(?= (?:sobre|acerca|respecto|ante|frente|de|del|al|por|tras|despues|cuando)\b|$)/;
/** What a reply answers, named after its verb ("how does Mexico respond to the claim that …"): the verb frames it. */
const REPLIED_TO =
  /^ to (?:the |this |that |peru's |mexico's )?(?:claim|claims|idea|charge|charges|accusation|accusations|argument|criticism|complaint)\b/;
/**
 * What a reply answered, told as a clause of someone else saying it: "when Peru said the asylum was …", "cuando perú
 * dijo q …", "after Lima called it …". Who said it (group 1) set the scene; the reply need not name them.
 */
const CLAIM_CLAUSE =
  /\b(?:when|after|cuando|despues de que|luego de que) ((?:[a-z]+ ){0,2}?[a-z]+) (?:said|says|called|calls|claimed|claims|labell?ed|described|declared|dijo|dijeron|dice|dicen|califico|calificaron|llamo|llamaron|declaro|declararon|acuso|acusaron)\b/;
/**
 * Spanish forms of replying, folded: past ("respondió", "contestaron", "replicó") and present ("responde"). The English
 * verbs of replying are WordNet's (answerTypeOf's `isReplyVerb`); WordNet has no Spanish, so these few are listed.
 */
const SPANISH_ANSWERED = 'respondio|respondieron|contesto|contestaron';
const SPANISH_REPLIED = `${SPANISH_ANSWERED}|replico|replicaron`;
const SPANISH_REPLIES = 'responde|responden|contesta|contestan|replica|replican';
/** Spanish present forms of replying ("¿qué responde México a …?"): the reply frames what is asked, no topic of it. */
const REPLIES_NOW = new RegExp(`\\b(?:${SPANISH_REPLIES})\\b`);
/** A Spanish verb of replying, a whole folded word: the speaker's words answer someone else's. */
const SPANISH_REPLY_VERB = new RegExp(`^(?:${SPANISH_REPLIED}|${SPANISH_REPLIES})$`);
/**
 * Spanish past forms of reacting or answering, folded: "reaccionó", "respondieron", "contestó". Not "replicó": no
 * alias reads it as the articles' "reaction", so "¿México replicó?" would find nothing of ¶8's.
 */
const SPANISH_REPLY_VERBS = `reacciono|reaccionaron|${SPANISH_ANSWERED}`;
/** A Spanish yes/no question whether someone reacted, ending it: "¿Chile reaccionó?", "¿respondió Colombia?". */
const SPANISH_REACTED = new RegExp(
  '^(?:(?:y|pero|oye|oigan|entonces) )?(?:(?!(?:y|pero|que|como|quien|alguien|nadie)\\b)((?:[a-z]+ ){0,2}?[a-z]+) ' +
    `(?:ya |tambien |no )?(?:${SPANISH_REPLY_VERBS})|(?:ya |tambien )?(?:${SPANISH_REPLY_VERBS}) ((?:[a-z]+ ){0,2}[a-z]+))$`,
);
/** The verb of {@link SPANISH_REACTED}. */
const REACTED_VERB = new RegExp(`\\b(?:${SPANISH_REPLY_VERBS})\\b`);
/** A quotation asked for by whom it is from: "a direct quote from Jeri", "alguna cita textual de Castillo". */
const QUOTE_FROM =
  /\b(?:quotes?|quotations?|citas?)(?: textual(?:es)?| directas?| exactas?| literal(?:es)?)? (?:from|by|de|del) (?!(?:the|el|la|los|las) (?:article|text|texto|articulo|nota|author|autor|autora|writer)\b)((?:[a-z]+ ){0,2}?[a-z]+)(?= *$| (?:about|on|de|sobre|acerca|in|en|that|que)\b)/;
/** Words leading into a Spanish question, which end no speaker ("bueno y", "ok pero"). */
const LEAD_IN = /(?:^|\s)(?:y|o|pero|pues|entonces|bueno|ok|oye|ya|a ver)$/;
/**
 * A role and whose it is, as a Spanish speaker: "el gobierno de Chile", "la cancillería del Perú" (a name after "de";
 * "el canciller de la ruptura" is the chancellor, on the rupture).
 */
const ROLE_OF = /^((?:el|la|los|las) ([a-z]+) (?:de|del) (?:la |el |los |las )?([a-z]+))\b/;
/** A role's owner with the rest of its name: "el abogado de pedro" in "el abogado de pedro castillo dijo …". */
function withNamesAfter(role: string, said: string, isName: (folded: string) => boolean): string {
  const words = role.split(' ');
  for (const word of said.split(' ').slice(words.length, words.length + 2)) {
    if (!isName(word)) break;
    words.push(word);
  }
  return words.join(' ');
}
/** The folded words a question writes with a capital after its first word ("Brasil" of "el gobierno de Brasil"). */
function capitalised(question: string): Set<string> {
  const words = question.match(/\p{L}+/gu) ?? [];
  return new Set(
    words
      .slice(1)
      .filter((word) => /^\p{Lu}\p{Ll}/u.test(word))
      .map((word) => foldText(word)),
  );
}

/**
 * A Spanish speaker up to the "de" that opens what was said about ("sheinbaum de castillo" → "sheinbaum"), not a "de"
 * inside a name: a given name followed by its surname ("hugo de zela").
 */
/**
 * A Spanish speaker read on past the "de" where the pattern stopped, as far as an alias key reads the words as one
 * role ("el jefe" of "el jefe de la diplomacia peruana sobre …" is "el jefe de la diplomacia").
 */
function roleAcross(group: string, said: string, readsAsOne: (words: string) => boolean): string {
  const words = said.split(' ');
  const start = group.split(' ').length;
  // Only a "de" runs a role on: an English speaker ends at its verb ("what did hugo de zela say about …").
  if (words[start] !== 'de' && words[start] !== 'del') return group;
  let end = start;
  // It ends on a word of the role, not on a "de" or article that opens what was said about ("la mandataria mexicana
  // del encarcelamiento …").
  for (let k = start + 1; k <= Math.min(words.length, start + MAX_ROLE_TAIL); k++)
    if (!SPEAKER_PARTICLES.has(words[k - 1]!) && readsAsOne(words.slice(0, k).join(' '))) end = k;
  return end === start ? group : words.slice(0, end).join(' ');
}
/** Words that join a role to what follows it, never the last of a speaker ("de", "la"). */
const SPEAKER_PARTICLES = new Set(['de', 'del', 'la', 'el', 'los', 'las']);
/** Words a role may run on past its "de" ("de la diplomacia"). */
const MAX_ROLE_TAIL = 4;

function untilAbout(
  speaker: string,
  namesOnePerson: (given: string, surname: string) => boolean,
  readsAsOne: (words: string) => boolean,
): string {
  const words = speaker.split(' ');
  for (let i = 1; i + 1 < words.length; i++) {
    if (words[i] !== 'de' || namesOnePerson(words[i - 1]!, words[i + 1]!)) continue;
    // A role an alias reads across its "de" ("el jefe de la diplomacia peruana") is one speaker.
    if (words.slice(i + 1).some((_, k) => readsAsOne(words.slice(0, i + 2 + k).join(' ')))) continue;
    return words.slice(0, i).join(' ');
  }
  return speaker;
}

/** The last name said before a Spanish question's verb, with a name right before it ("la claudia sheinbaum q dijo"). */
function frontedName(before: string, isName: (folded: string) => boolean): string | undefined {
  const words = before.split(' ').filter((word) => word.length > 0);
  const last = words.findLastIndex((word) => isName(word));
  if (last < 0) return undefined;
  return last > 0 && isName(words[last - 1]!) ? `${words[last - 1]} ${words[last]}` : words[last];
}

/**
 * A Spanish verb of saying that ends its clause ("y sheinbaum q dijo?? se enojó o q", "mexico q dijo, le
 * importó?"): whoever said it came before, and the words after the stop are another question, no speaker.
 */
const SPANISH_SAID_THEN_STOP =
  /(?<![\p{L}\p{N}])(?:que|q|k|ke) (?:le |les )?(?:dijo|dijeron|dice|dicen|opino|opinaron|opina|opinan|penso|pensaron|respondio|respondieron|contesto|contestaron|declaro|declararon) *[?!.,;:]/u;
/** Someone named with an article before a Spanish question's verb ("la presidenta sheinbaum q dijo …"). */
const FRONTED_SUBJECT = /(?:^|\s)(?:el|la|los|las) [a-z]{3,}/;
/**
 * "de" and a word no name is (a determiner or demonstrative), the neuter "lo" ("lo del acto inamistoso", the matter
 * of) or "que" opening what was said ("la sheinbaum q dijo, q peru estaba en su derecho?"): what was said or what it
 * was about, right after the verb, as "sobre", "cuando" open it ("y méxico q contestó sobre lo del acto
 * inamistoso"); or "a", whom it was said to ("y méxico q le contestó a perú …").
 */
const ABOUT_AT_ONCE =
  /^(?:a|al|sobre|acerca|respecto|cuando|tras|de (?:todo|toda|todos|todas|esto|eso|ello|aquello|este|esta|estos|estas|ese|esa|un|una|su|sus)|lo|que)\b/;
/** Personal pronouns, which stand for someone the question names rather than name a speaker. */
const PRONOUN = /^(?:he|she|they|it|el|ella|ellos|ellas)$/;
const PERSON = /\b(?:who|whom|whose|quien|quienes)\b/;
/**
 * Words for anyone, which name no role: "who is the guy who announced it", "¿quién es la mujer a la que México
 * protegió?" ask for the person who did what follows, which no paragraph writes beside a name.
 */
const ANYONE = new Set([
  'person',
  'guy',
  'man',
  'woman',
  'lady',
  'girl',
  'boy',
  'dude',
  'one',
  'persona',
  'mujer',
  'hombre',
  'tipo',
  'chico',
  'chica',
  'senor',
  'senora',
  'unico',
  'unica',
  // Anyone in public life, as everyone the articles name is: "el político ecuatoriano al que México protegió".
  'politician',
  'official',
  'politico',
  'politica',
  'figure',
  'personaje',
  // "¿Quién fue el que la expulsó?": "the one who" did what follows.
  'que',
  'quien',
  'cual',
]);
/** Words after "who is" that ask about a kind of person, not a name: "who is the president" asks for a name. */
const NOT_A_ROLE = new Set([
  'it',
  'this',
  'that',
  'he',
  'she',
  'they',
  'el',
  'ella',
  'ellos',
  'ellas',
  'responsible',
  'right',
  'wrong',
  'involved',
  'to',
  'in',
  'on',
  'at',
]);

/**
 * The words to set aside of a reply asked with the claim it answers ("what did Mexico answer when Peru said the asylum
 * was an unfriendly act?", "q contestó méxico cuando perú dijo q …"): the reply verb and the names of whoever made
 * the claim. The reply is the speaker's own words, which need not name the claimant; kept, "Peru" puts first the
 * paragraphs where Peru makes the claim (¶2, ¶5), and "respond" ¶2's "in response to this unfriendly act".
 */
function claimantFrame(
  match: RegExpExecArray,
  text: string,
  isName: (folded: string) => boolean,
  isReplyVerb: (folded: string) => boolean,
): string[] {
  const verb = replyVerbIn(match[0], isReplyVerb);
  if (!verb) return [];
  const claim = CLAIM_CLAUSE.exec(text.slice(match.index + verb.index));
  if (!claim) return [];
  return [verb[0], ...claim[1]!.split(' ').filter((word) => isName(word))];
}

/** A folded text's words as a regular expression's `\b` bounds them (an apostrophe ends one). */
const WORD = /[a-z0-9]+/g;

/** The first verb of replying among the words of `said`, English (`isReplyVerb`) or Spanish, with where it stands. */
function replyVerbIn(said: string, isReplyVerb: (folded: string) => boolean): RegExpExecArray | undefined {
  for (const word of said.matchAll(WORD)) if (isReplyVerb(word[0]) || SPANISH_REPLY_VERB.test(word[0])) return word;
  return undefined;
}

/**
 * Whether a Spanish statement's "que" is a relative pronoun on the role whose name is asked ("cómo se llamaban los
 * embajadores que declararon …", "quiénes eran los jueces que dijeron …"): the clause tells which people, the name is
 * asked, not what they said.
 */
function describesRoleAsked(text: string, statement: RegExpExecArray): boolean {
  const role = PERSON_ROLE.exec(text);
  if (!role || role.index >= statement.index) return false;
  // The role's noun is the last word before "que", or "que" is the word the role pattern read after it.
  return statement.index <= role.index + role[0].length + 1;
}

/**
 * The answer type of a question, or undefined when it asks for an explanation, a description or a yes/no.
 * @param question the question as typed (it is folded here).
 * @param isName whether a folded word is a name the corpus uses ("who is jeri" is about Jeri, not for a person).
 * @param namesOnePerson whether two folded words are a given name and the surname the articles always write after it
 *   ("hugo", "zela"): "Hugo de Zela" is one speaker.
 * @param isGroup whether a folded word names a group ("the public", "the military").
 * @param isThing whether a folded noun names a kind of thing, never of person ("country", "treaty"; not "diplomat").
 * @param ownsTitle whether a name written before a title without a possessive owns it (folded words): "the Ecuadorian
 *   president" is Ecuador's.
 * @param readsAsOne whether folded words of two content words or more start an alias key ("jefe de la diplomacia"):
 *   a Spanish speaker runs on across such a key's "de".
 * @param isPersonNoun whether a folded word is a noun for a person first of all ("president", "ambassador"; not
 *   "aware" or "part"): "who was president of Ecuador" asks for one without an article.
 * @param isReplyVerb whether a folded English word is a verb of replying in any of its forms ("answered", "replied"):
 *   the reply asked for with the claim it answers does not search for the claim (see claimantFrame).
 * @param isMannerWord whether a folded word, no name, says how something was said rather than who said it, as an
 *   adverb does ("q dijo **exacto**", an adjective of manner in chat): no speaker.
 * @param isAdjective whether a folded word is an adjective first of all ("political").
 * @param headTitleOf the title the articles write before a name that shares its root with a folded organisation noun
 *   ("ministry" → the title "Minister"), if any: the head of that organisation holds it.
 */
export function answerTypeOf(
  question: string,
  isName: (folded: string) => boolean,
  namesOnePerson: (given: string, surname: string) => boolean = () => false,
  isGroup: (folded: string) => boolean = () => false,
  isThing: (folded: string) => boolean = () => false,
  ownsTitle: (owner: string, title: string) => boolean = () => false,
  readsAsOne: (words: string) => boolean = () => false,
  isPersonNoun: (folded: string) => boolean = () => false,
  isReplyVerb: (folded: string) => boolean = () => false,
  isMannerWord: (folded: string) => boolean = () => false,
  isAdjective: (folded: string) => boolean = () => false,
  headTitleOf: (folded: string) => string | undefined = () => undefined,
): AnswerType | undefined {
  // An adjective of manner only alone after the verb: within a speaker of several words it describes them ("las
  // Fuerzas Armadas").
  const manner = (word: string, alone = true) => ADVERB.test(word) || (alone && !isName(word) && isMannerWord(word));
  // "Can someone explain why …", "do you know when …": the question inside the request is what is asked.
  const plain = plainText(question);
  const text = plain.replace(REQUEST_WRAPPER, '');
  // Worded as a statement, "when" opens the question a request asks ("do you know when glas was released"); a line
  // opening so may be a clause before its question ("when mexico gave asylum was that legal?").
  const whenOpening = text !== plain && OPENING_WHEN.test(text) ? /^when/.exec(text) : null;
  const frameOf = (match: RegExpExecArray, keep?: string) =>
    match[0].split(' ').filter((word) => word !== '' && word !== keep);
  let match: RegExpExecArray | null;
  if ((match = ABBREVIATION.exec(text))) return { kind: 'abbreviation', frame: frameOf(match) };
  if ((match = AGE.exec(text))) {
    // Of a thing, "how old" asks how long it has lasted ("how old is this beef"), which a start date answers.
    const owner = AGE_OF.exec(text.slice(match.index))?.[1];
    const unit = owner !== undefined && !isName(owner) && isThing(owner) ? 'duration' : 'age';
    return { kind: 'number', unit, frame: frameOf(match) };
  }
  if ((match = BIRTH.exec(text))) return { kind: 'birth', frame: frameOf(match) };
  if ((match = VENUE_ASKED.exec(text)) && !TEXT_ITSELF.test(match.groups?.['who'] ?? '')) {
    const spoken = VENUE_SPEAKER.exec(text);
    const speaker = (spoken?.[1] ?? spoken?.[2])?.trim();
    if (!speaker || !TEXT_ITSELF.test(speaker)) {
      const frame = text.split(' ').filter((word) => VENUE_FRAME.test(word));
      return { kind: 'venue', frame, ...(speaker && { speaker }) };
    }
  }
  if (asksOrigin(text, isName))
    return { kind: 'origin', frame: text.split(' ').filter((word) => ORIGIN_FRAME.test(word)) };
  if ((match = CUSTODY.exec(text)))
    return { kind: 'custody', frame: frameOf(match).filter((word) => CUSTODY_WORD.test(word)) };
  // "What did Sheinbaum say about Castillo being convicted" asks what was said.
  if ((match = VERDICT.exec(text)) && !STATEMENT.test(text) && !verdictOrTrialGoingOn(text, match))
    return {
      kind: 'verdict',
      frame: frameOf(match).filter((word) => VERDICT_WORD.test(word)),
      // "When is the verdict expected", "was she convicted": a court's decision, which no sentence sought gives.
      // "How long could she spend behind bars if convicted" asks what she faces. Asked when ("¿cuándo se espera la
      // sentencia?"), a sentence is the court's decision too.
      ...((DECISION.test(match[0]) || askedWhen(text, match.index, question) || FINAL_OUTCOME.test(text)) &&
        !CONDITIONAL_DECISION.test(text) && { unit: 'decision' }),
    };
  if ((match = HYPOTHETICAL.exec(text))) return { kind: 'hypothetical', frame: frameOf(match) };
  if ((match = ACCUSATION.exec(text)))
    return { kind: 'accusation', frame: frameOf(match).filter((word) => ACCUSATION_FRAME.test(word)) };
  if ((match = EDUCATION.exec(text)) && schoolingOfSomeone(match[0], text, isName))
    return { kind: 'education', frame: frameOf(match).filter((word) => SCHOOLING_WORD.test(word)) };
  if ((match = MONEY.exec(text)))
    return { kind: 'number', unit: 'money', frame: frameOf(match).filter((word) => MONEY_FRAME.test(word)) };
  if ((match = DURATION.exec(text))) {
    // "How long has de Zela been minister" asks how long something has lasted; "how long did she have to leave"
    // may be answered by the time she was given.
    // "How much time was she given to leave" asks for a limit set, not how long something lasted.
    const after = text.slice(match.index + match[0].length);
    // Spanish says it with "llevar" or "estar": "¿cuánto tiempo llevaba Ornelas trabajando en Perú?".
    const lasted =
      /^ (?:has|have|had|is|are|was|were|lleva|llevaba|llevan|llevaban|ha estado|han estado|habia estado|estuvo|estuvieron)\b/.test(
        after,
      ) && !/\b(?:given|granted|allowed|allotted|dieron|dio|dan|tenia para|tiene para)\b/.test(after);
    // "How long did it take Mexico to approve …", "¿cuánto tiempo tarda la SRE …?": the time between two events,
    // which only a length of time gives (a date is one end of it).
    const nextWords = after
      .split(' ')
      .slice(0, ELAPSED_REACH + 1)
      .join(' ');
    if (ELAPSED.test(nextWords)) return { kind: 'number', unit: 'elapsed', frame: frameOf(match) };
    // "How long will the break last", "¿cuánto va a durar?": a length still to come, which no report can give —
    // only what it says of how long (see evidence.ts).
    // Its own clause's first verb tells: up to a word opening another clause, at most FUTURE_REACH words on ("how long
    // **did** the talks last? will they resume" is past).
    const ownClause = after
      .split(CLAUSE_OPENER)[0]!
      .split(' ')
      .slice(0, FUTURE_REACH + 1)
      .join(' ');
    const firstVerb = FIRST_AUXILIARY.exec(`${match[0]} ${ownClause}`)?.[0];
    if (firstVerb !== undefined && FUTURE_VERB.test(firstVerb))
      return { kind: 'number', unit: 'future', frame: frameOf(match) };
    // "How long did she have to leave", "¿cuánto tiempo le dieron para salir?": a limit set, which a length or a
    // deadline gives, not a month or a year (¶9's "In April 2024" beside "leaves").
    if (TIME_ALLOWED.test(after)) return { kind: 'number', unit: 'limit', frame: frameOf(match) };
    return { kind: 'number', unit: lasted ? 'duration' : 'length', frame: frameOf(match) };
  }
  // "How much the break will affect ordinary people", "how much does it matter": a degree, not a quantity.
  const degree = DEGREE.test(text);
  if ((match = NUMBER_UNIT.exec(text)) && !(degree && /^(?:how much|cuant[oa]) /.test(match[0])))
    return { kind: 'number', unit: match[1], frame: frameOf(match, match[1]) };
  if ((match = NAMED_COUNT.exec(text))) {
    const unit = match.slice(1).find((found) => found !== undefined)!;
    return { kind: 'number', unit, frame: frameOf(match, unit) };
  }
  if ((match = NUMBER.exec(text)) && !(degree && /^(?:how much|cuant[oa])$/.test(match[0])))
    return { kind: 'number', frame: frameOf(match) };
  // "What time did police storm the embassy": a day does not give the hour.
  if ((match = TIME_OF_DAY.exec(text))) return { kind: 'date', frame: frameOf(match), unit: 'time' };
  if (
    (match = DATE.exec(text) ?? whenOpening) &&
    !(match[0] === 'cuando' && joinsClauses(text, match.index, question))
  ) {
    // "What date", "the exact day", "¿en qué año?" ask for a day of the calendar; "when" may be answered "that
    // same day".
    // "What day", "¿qué día?", "what exact date", "¿qué fecha exacta?" ask for a day: "in April 2024" does not give
    // one, and the question is declined (the articles do not say) rather than answered with the month.
    // "when did Peru cut ties, like what actual date": the calendar word asked after "when" frames the question too.
    const rest = text.slice(match.index);
    const named = CALENDAR_WORD.test(match[0]) ? null : (CALENDAR_ASKED.exec(rest) ?? CALENDAR_RESTATED.exec(rest));
    const frame = named ? [...frameOf(match), ...frameOf(named)] : frameOf(match);
    const calendar = CALENDAR_WORD.exec(named?.[0] ?? match[0])?.[0];
    if (FUTURE_DATE.test(text)) return { kind: 'date', frame, unit: 'future' };
    const exactDate = (calendar === 'date' || calendar === 'fecha') && EXACT.test(text);
    if (calendar === 'day' || calendar === 'dia' || exactDate) return { kind: 'date', frame, unit: 'day' };
    return { kind: 'date', frame, ...(calendar && { unit: 'calendar' }) };
  }
  const fronted = SPANISH_FRONTED_SPEAKER.exec(text);
  // "bueno y q dijo perú": words that only lead into the question are no speaker. "Chile y Colombia q dijeron":
  // a name before "y" is one of the speakers, read by the statement pattern below.
  const calledFirst = fronted?.[1];
  if (
    fronted &&
    (calledFirst === undefined || (!isName(calledFirst) && !/^(?:y|pero|que|como)$/.test(calledFirst))) &&
    !PRONOUN.test(fronted[2]!) &&
    !LEAD_IN.test(fronted[2]!)
  )
    return { kind: 'statement', frame: [], speaker: fronted[2] };
  // "Is there a direct quote from Jeri?", "¿hay alguna cita textual de Castillo?": what that speaker said.
  // Only of someone named: "citas del texto" are the article's, "the spicy quotes, de something" no one's.
  const quoted = QUOTE_FROM.exec(text);
  if (quoted && isName(quoted[1]!.split(' ').at(-1)!)) return { kind: 'statement', frame: [], speaker: quoted[1] };
  const saidAnything = SPANISH_SAID_ANYTHING.exec(text);
  const saidBy = saidAnything?.[1] ?? saidAnything?.[2];
  if (saidBy !== undefined && !PRONOUN.test(saidBy)) return { kind: 'statement', frame: [], speaker: saidBy };
  // "¿Chile reaccionó?", "¿reaccionó Colombia?": only a name is asked for its words; a group's reaction is what it did.
  const reacted = SPANISH_REACTED.exec(text);
  const reactedSpeaker = reacted?.[1] ?? reacted?.[2];
  if (reactedSpeaker !== undefined && reactedSpeaker.split(' ').some((word) => isName(word)))
    return {
      kind: 'statement',
      frame: reactedSpeaker.split(' ').some((word) => isThing(word)) ? [] : [REACTED_VERB.exec(reacted![0])![0]],
      speaker: reactedSpeaker,
    };
  if ((match = STATEMENT.exec(text)) && !describesRoleAsked(text, match)) {
    // "¿Qué dijo Sheinbaum de Castillo?", "q dijo sheinbaum de como reaccionó": "de" after the speaker opens what
    // was said about; "de Zela" starts a name. After a role, "de" and a name say whose it is: "el gobierno de Chile".
    const group = match.slice(1).find((found) => found !== undefined);
    // The pattern stops before "del", "de la" (what was said about), which also follow a role: read on past them.
    const said = group && `${group}${text.slice(text.indexOf(group, match.index) + group.length)}`;
    const role = said === undefined ? undefined : ROLE_OF.exec(said);
    // An owner is a name the articles use, or one written with a capital ("el gobierno de Brasil").
    const owner = (word: string) => isName(word) || capitalised(question).has(word);
    // "la sheinbaum que dijo de todo esto": what was said about follows the verb at once; the speaker came before.
    // So after a name or someone with an article said first ("la presidenta sheinbaum q dijo de castillo", "la
    // presidneta shienbaum …"): "de Castillo" is whom she spoke of.
    const before = text.slice(0, match.index);
    // So is a manner word right after the verb ("de zela q dijo exactamente? se puso bravo?"): the speaker came first.
    const aboutAtOnce =
      group !== undefined &&
      (ABOUT_AT_ONCE.test(group) ||
        SPANISH_SAID_THEN_STOP.test(foldText(question)) ||
        ((/^de /.test(group) || manner(group.split(' ')[0]!, !group.includes(' '))) &&
          (FRONTED_SUBJECT.test(before) || before.split(' ').some((word) => isName(word)))));
    const speaker = (
      aboutAtOnce
        ? frontedName(before, isName)
        : role && !isName(role[2]!) && owner(role[3]!)
          ? withNamesAfter(role[1]!, said!, isName)
          : group && untilAbout(roleAcross(group, said!, readsAsOne), namesOnePerson, readsAsOne)
    )
      ?.split(' ')
      .filter((word, _, words) => isName(word) || !manner(word, words.length === 1))
      .join(' ');
    // "How did the military and the public react", "what was people's reaction": a group's reaction is what it did,
    // not something said; only a name (a person, a government, one written with a capital: "the US") is asked for its
    // words, and not beside a group ("how did Congress, the military and the public respond", "people inside Peru")
    // unless the group is the name's ("Chile's government", "the government of Mexico").
    const reacted = match[4] ?? match[5] ?? match[7] ?? match[8] ?? match[9] ?? match[10] ?? match[11] ?? match[12];
    const words = reacted?.split(' ').map((word) => word.replace(/'s?$/, '')) ?? [];
    const written = new Set([...capitalised(question), ...(question.match(/\b\p{Lu}{2,}\b/gu) ?? []).map(foldText)]);
    const isNamed = (word: string) => isName(word) || written.has(word);
    if (
      words.length > 0 &&
      (!words.some((word) => isNamed(word) || PRONOUN.test(word)) ||
        words.some(
          (word, i) =>
            !isNamed(word) &&
            isGroup(word) &&
            !(i > 0 && isNamed(words[i - 1]!)) &&
            !(OWNER_AFTER.test(words[i + 1] ?? '') && isNamed(words[i + 2] ?? '')),
        ))
    )
      return undefined;
    // "What did he say": a pronoun stands for whoever the question names, its subject.
    const named = speaker !== undefined && !PRONOUN.test(speaker);
    // "Chile's position on …", "did Chávez react?": the word for a view or a person's reply frames what was said,
    // and is no topic of it; a place's reply is to what it replies to ("did Mexico respond": ¶8, not ¶4), unless the
    // question names that ("how does Mexico respond to the claim that …", "¿qué responde México a la idea de que …?":
    // the argument answering it, ¶7, not ¶2's "in response to this unfriendly act").
    const view =
      match[13] !== undefined
        ? REPLIES_NOW.exec(match[0])?.[0]
        : match[4] !== undefined && REPLIED_TO.test(text.slice(match.index + match[0].length))
          ? match[0].split(' ').at(-1)
          : (match[11] ?? match[12])
            ? VIEW_WORD.exec(match[0])?.[0]
            : match[10] !== undefined && !match[10].split(' ').some((word) => isThing(word))
              ? match[0].split(' ').at(-1)
              : undefined;
    const framed = view ? [view] : [];
    return {
      kind: 'statement',
      frame: [...framed, ...claimantFrame(match, text, isName, isReplyVerb)],
      ...(named && { speaker }),
    };
  }
  // "Who is Mexico's ambassador …": the role after a name's possessive. A role the articles capitalise reads as a
  // name ("Foreign Minister"): the role is then the word after it. A full name owns as its surname does ("who is
  // Betssy Chávez's lawyer" is Chávez's): the words before the possessive must all be names.
  const owned = OWNED_ROLE.exec(text);
  if (owned && owned[3] && owned[4] && isName(owned[3]) && allNames(owned[2], isName)) {
    const word = !isName(owned[4]) ? owned[4] : owned[5] && !isName(owned[5]) ? owned[5] : undefined;
    // "Who serves as Peru's top diplomat" asks who is: the verb names nothing of the answer.
    if (word) return { kind: 'person', role: word, owner: owned[3], frame: owned[1] ? [owned[1]] : [] };
  }
  // "Whats castillos wifes name", "what is Castillo's wife's name": the name of a role someone named has.
  const ownedName = NAME_OF_OWNED.exec(text);
  if (ownedName && isName(ownedName[1]!.split(' ').pop()!) && !isName(ownedName[2]!))
    return { kind: 'person', role: ownedName[2]!, frame: ['name'] };
  const called = OWNED_CALLED.exec(text);
  if (called && isName(called[1]!.split(' ').pop()!) && !isName(called[2]!))
    return { kind: 'person', role: called[2]!, frame: ['called'] };
  const namesOf = NAMES_OF_OWNED.exec(text);
  if (namesOf && isName(namesOf[1]!.split(' ').pop()!) && !isName(namesOf[2]!))
    return { kind: 'person', role: namesOf[2]!, frame: ['names'] };
  const bare = BARE_ROLE.exec(text);
  if (bare && !isName(bare[1]!) && isPersonNoun(bare[1]!) && isName(bare[2]!))
    return { kind: 'person', role: bare[1]!, owner: bare[2]!, frame: [] };
  // As "the Ecuadorian president" is Ecuador's (see wordAfterOwner); "the Foreign Minister of Mexico" is Mexico's.
  const which = WHICH_OWNED_TITLE.exec(text);
  if (
    which &&
    isName(which[1]!) &&
    !isName(which[2]!) &&
    ownsTitle(which[1]!, which[2]!) &&
    !OWNER_AFTER.test(which[3] ?? '')
  )
    return { kind: 'person', role: which[2]!, owner: which[1]!, frame: [] };
  const role = PERSON_ROLE.exec(text);
  if (role && role[1] && COUNT_WORD.test(role[1])) return undefined;
  if (role && role[1] && ANYONE.has(role[1])) return { kind: 'person', frame: [role[1]] };
  if (role && role[1] && !NOT_A_ROLE.has(role[1])) {
    // "Who is Betssy Chávez?" asks about someone named: any paragraph about her answers.
    if (isName(role[1]) && !role[2]) return undefined;
    // "name of castillos wife", "name of pedro castillo's wife": the role is the word after the owner's name.
    const possessive = isName(role[1]) || isName(role[1].replace(/s$/, ''));
    const ownedBy = possessive
      ? wordAfterOwner(text.slice(role.index + role[0].indexOf(role[1])), isName, ownsTitle, isAdjective)
      : undefined;
    const owned = possessive ? ownedBy?.word : role[1];
    // "The Foreign Minister of Mexico": a role the articles capitalise reads as a name; the role is the word after it,
    // when an owner follows ("the Ecuadorian politician that …" is no role of anyone's).
    const capitalisedRole =
      possessive &&
      owned === undefined &&
      role[2] !== undefined &&
      !isName(role[2]) &&
      OWNER_AFTER_ROLE.test(text.slice(role.index + role[0].length));
    // "The Mexican ambassadors": a person's role a name before it qualifies, though it owns none the check reads
    // (the story's own countries; see wordAfterOwner).
    const qualifiedRole =
      possessive &&
      owned === undefined &&
      !capitalisedRole &&
      !/'?s$/.test(role[1]) &&
      role[2] !== undefined &&
      !isName(role[2]) &&
      !ANYONE.has(role[2]) &&
      isPersonNoun(role[2]);
    const word = capitalisedRole || qualifiedRole ? role[2] : owned;
    if (!word || isName(word)) return undefined;
    // "The names of the countries involved": names of things, which the article gives as they are, not people's. (The
    // singular, "the name of the country", is still read as a person's and declined, as it always was.)
    if (PLURAL_OR_PAST_ROLE.test(role[0]) && isThing(word)) return undefined;
    // Names before the role are its owner's, or the role the articles capitalise: only names after it may be whom
    // the question is about ("the foreign minister Hugo de Zela").
    const from =
      capitalisedRole || qualifiedRole || ownedBy !== undefined
        ? Math.max(role.index, text.indexOf(` ${word}`, role.index) + 1)
        : role.index;
    const organisation = HEAD_WORDS.has(word)
      ? organisationHead(text.slice(role.index + role[0].indexOf(word) + word.length), isName, headTitleOf)
      : undefined;
    if (organisation) return { kind: 'person', ...organisation, frame: [] };
    if (namesAfterRole(text.slice(from), isName, isThing)) return undefined;
    // "Who were the cops in Ecuador trying to grab": whom the role's holders meant to act on, not who they are.
    if (ROLE_MEANT_TO.test(text.slice(role.index + role[0].length))) return { kind: 'person', frame: [] };
    // "The president of Ecuador", "el canciller de México": whose role it is, after it.
    const owner =
      possessive && !capitalisedRole
        ? ownedBy?.owner
        : ownerAfterRole(text.slice(role.index + role[0].indexOf(word) + word.length));
    return {
      kind: 'person',
      role: word,
      ...(owner !== undefined && isName(owner) && { owner }),
      frame: frameOf(role).filter((w) =>
        ['name', 'names', 'full', 'nombre', 'completo', 'llama', 'llaman', 'llamaba', 'llamaban'].includes(w),
      ),
    };
  }
  // "Who (even) is Betssy Chávez", "who's Jorge Glas", "quién rayos es Jerí": asked about someone, not for someone.
  if (
    PERSON.test(text) &&
    !relativeWhoOnly(text) &&
    !relativeWhoAfterOtherAsking(text, question) &&
    !/\bwho (?:[a-z]+ )?(?:is|was|are|were)\b|\bwho['’]?s\b/.test(text) &&
    !/\bquien(?:es)? (?:[a-z]+ )?(?:es|era|son|fue)\b/.test(text)
  ) {
    return { kind: 'person', frame: [] };
  }
  // Asked last: a question that asks for a kind above as well ("where in Peru was Castillo born") asks that.
  if ((match = PLACE_WITHIN.exec(text))) {
    const within = match[1]!;
    return { kind: 'place', within, frame: frameOf(match).filter((word) => !within.split(' ').includes(word)) };
  }
  // "Will Peru let Chávez fly to Mexico?": what will come is told only as what would, may or might ("trade … would
  // continue", "the impact may be limited", "whether this rupture will be temporary").
  if (WILL_ASKED.test(text)) return { kind: 'hypothetical', unit: 'will', frame: [] };
  return undefined;
}

/** Words opening a yes-or-no question ("did …", "is …"). */
const YES_NO_OPENING = /^(?:did|does|do|is|was|are|were|has|have|had|can|could|will|would|should|may|might|must)\b/;
/**
 * Words after which "who" asks inside a yes-or-no question: knowing or telling ("do you know who"), a preposition
 * ("to whom"), a joining word ("and who").
 */
const WHO_ASKED_AFTER =
  /\b(?:know|knows|knew|tell|told|say|says|said|ask|asked|wonder|guess|explain|remember|sure|idea|clue|see|about|on|of|to|by|with|from|for|and|or|but|me|us)\s+(?:who|whom|whose)\b/;

/**
 * Whether every "who" of a yes-or-no question is a relative after a noun ("did Mexico accept the
 * leaders who replaced Castillo as legitimate?" asks yes or no, not for a person).
 */
function relativeWhoOnly(text: string): boolean {
  return YES_NO_OPENING.test(text) && !/\bquien/.test(text) && !WHO_ASKED_AFTER.test(text);
}

/**
 * A question opening with another question word ("what", "how", "qué", "cómo"; after a preposition or "and" or not),
 * not before a word for a person or a name ("what person", "qué nombre").
 */
const OTHER_ASKING_OPENER =
  /^(?:(?:and|but|so|y|pero|entonces) )?(?:(?:about|of|on|to|for|with|in|de|a|en|con|por|para|sobre|segun) )?(?:what|whats|how|why|when|where|que|q|k|ke|como|por que|porque|cuando|donde|adonde) (?!(?:name|names|nombre|nombres|person|people|persona|personas)\b)/;
/** A "who" that opens a question of its own: at the start of a clause, after "and", "or" or a question word. */
const WHO_OPENING_CLAUSE =
  /(?:^|\b(?:and|or|y|o|e|u|what|que|q|como|how)) (?:who|whom|quien|quienes)\b|^(?:who|whom|quien|quienes)\b/;

/**
 * Whether every "who" of a question that opens with another question word is a relative: "¿Qué opinaban los líderes
 * mexicanos de quienes sucedieron a Castillo?", "what did Mexico say about the people who led the coup" ask what,
 * not who ("quienes" is "those who"). Not one written with its accent, which only a question word has ("¿Qué sabe de
 * quiénes la ayudaron?"), nor one opening a clause of its own ("… y quién lo pidió").
 */
function relativeWhoAfterOtherAsking(text: string, question: string): boolean {
  if (!OTHER_ASKING_OPENER.test(text)) return false;
  if (/quién/iu.test(question)) return false;
  return !WHO_OPENING_CLAUSE.test(text.replace(OTHER_ASKING_OPENER, ' '));
}

/**
 * The word after an owner's name of up to three words ("pedro castillo's wife" → "wife"), past a role the articles
 * capitalise ("mexico's foreign minister" → "minister"), and the owner ("castillo", "mexico"); undefined if none.
 */
function wordAfterOwner(
  text: string,
  isName: (folded: string) => boolean,
  ownsTitle: (owner: string, title: string) => boolean,
  isAdjective: (folded: string) => boolean = () => false,
): { word: string; owner: string } | undefined {
  const words = text.split(' ');
  // "Castillo's political party": the kind owned is the noun after its adjective, not the adjective.
  const nounFrom = (at: number) =>
    isAdjective(words[at]!) && words[at + 1] !== undefined && !isName(words[at + 1]!) ? words[at + 1]! : words[at]!;
  for (let i = 0; i < Math.min(3, words.length - 1); i++) {
    const owner = words[i]!.replace(/'?s$/, '');
    if (!isName(words[i]!) && !isName(owner)) return undefined;
    // "The Ecuadorian president": a name before a title the articles write, with no possessive, owns it too ("the
    // Ecuadorian politician that …" is no title: whoever the rest of the question tells). Not when an owner follows:
    // "the Foreign Minister of Mexico" is Mexico's.
    if (
      i === 0 &&
      !words[i]!.endsWith('s') &&
      !isName(words[1]!) &&
      ownsTitle(owner, words[1]!) &&
      !OWNER_AFTER.test(words[2] ?? '')
    )
      return { word: words[1]!, owner };
    if (!words[i]!.endsWith('s')) continue;
    let at = i + 1;
    while (at < Math.min(i + 3, words.length - 1) && isName(words[at]!) && !words[at]!.endsWith("'s")) at++;
    if (at > i + 1 && !isName(owner)) continue;
    if (!isName(words[at]!)) return { word: nounFrom(at), owner };
  }
  return undefined;
}

/** Whether every word of a run of words (none: undefined) is a name ("betssy " before "chavez's"). */
function allNames(words: string | undefined, isName: (folded: string) => boolean): boolean {
  return (
    words === undefined ||
    words
      .trim()
      .split(' ')
      .every((word) => isName(word))
  );
}

/**
 * Whether the question word asking when governs the word at `at`: it comes before it in the same clause ("¿cuándo se
 * espera la sentencia?"), not after it nor in another part ("la sentencia y cuándo la encarcelaron", "qué sentencia
 * pide la fiscalía cuando la acusa").
 */
function askedWhen(text: string, at: number, question: string): boolean {
  const date = DATE.exec(text);
  if (!date || date.index > at) return false;
  if (date[0] === 'cuando' && joinsClauses(text, date.index, question)) return false;
  const between = text.slice(date.index + date[0].length, at).trim();
  // Written without its accent, "cuando" may join a clause ("cuando dice sentencia, ¿es lo que pide la fiscalía?"):
  // it asks only before a verb of being, coming or giving ("cuando sale la sentencia", "cuando se espera").
  if (date[0] === 'cuando' && !SPANISH_ACCENTED_QUESTION_WORD.test(question) && !WHEN_VERB.test(between)) return false;
  return between.split(' ').length <= MAX_WHEN_REACH && !WHEN_ASKED_ELSEWHERE.test(between);
}

/** The first word after an unaccented "cuando" that asks when: a verb of being, coming out or being given, or "se". */
const WHEN_VERB =
  /^(?:se|sale|salen|saldra|saldran|esta|estan|estara|estaran|es|sera|seran|habra|hay|viene|vienen|llega|llegan|llegara|dan|daran|dictan|dictaran|dicta|dictara)\b/;
/** Words between "cuándo" and what it asks of, at most ("¿cuándo se espera la sentencia?"). */
const MAX_WHEN_REACH = 3;
/**
 * Words that make "cuándo" ask of something else before the sentence: another part ("y"), a time around it ("antes",
 * "sin", "mientras"), a clause about it ("que", "para evitar").
 */
const WHEN_ASKED_ELSEWHERE = /\b(?:y|e|and|but|pero|o|sin|antes|despues|mientras|que|q|para|si|without|before|after)\b/;

/**
 * Whether an unaccented Spanish "cuando" at `at` joins two clauses ("¿qué quiere decir el autor cuando habla de …",
 * "qué pasó cuando Castillo …") rather than asks when: a question word comes before it, and the word just before is
 * not one that opens a second question or a span of time ("y cuándo", "desde cuándo"). "Cuándo" written with its
 * accent always asks.
 */
function joinsClauses(text: string, at: number, question: string): boolean {
  if (/cu[áÁ]ndo/i.test(question.normalize('NFC'))) return false;
  const before = text.slice(0, at).trim().split(' ');
  const previous = before[before.length - 1] ?? '';
  if (WHEN_OPENERS.has(previous)) return false;
  // "¿El asilo debería tener límites cuando hay juicios?": a modal before it already asks (whether it should or
  // could); a "cuando" with more after it then sets a condition ("¿Chávez puede volver cuándo?" still asks when).
  const followed = text.slice(at).trim().split(' ').length > 1;
  return before.slice(0, -1).some((word) => SPANISH_ASKING.test(word) || (followed && SPANISH_MODAL.test(word)));
}

/** Spanish modal verbs (folded) of should and could, a closed class: "debería", "puede", "podrían". */
const SPANISH_MODAL = /^(?:debe|deben|deberia|deberian|puede|pueden|podria|podrian)$/;

/**
 * Spanish question words (folded; chat spellings are already read in full) that can put a question before a "cuando"
 * joining clauses.
 */
const SPANISH_ASKING = new RegExp(`^(?:${wordAlternatives(SPANISH_QUESTION_WORDS, ['cuando', 'adonde'])})$`);
/** Words before "cuando" that make it ask again ("y cuando …") or ask for a span ("desde cuando", "hasta cuando"). */
const WHEN_OPENERS = new Set(['y', 'e', 'o', 'u', 'desde', 'hasta', 'para', 'de', 'pero', 'entonces', 'pues', 'and']);

/** After a role, what its holders meant to do, within a few words ("… in Ecuador trying to grab"). */
const ROLE_MEANT_TO = /^(?: [a-z]+){0,3} (?:trying|going|attempting|planning|looking|hoping|about) to [a-z]+/;

/** Articles between a tying word and the name it ties ("de **la** SRE"), a closed class. */
const ROLE_ARTICLES: ReadonlySet<string> = new Set(['the', 'el', 'la', 'los', 'las']);

/**
 * Whether the role a question asks about is followed by the name of who holds it ("quién es la encargada de negocios
 * Karla Ornelas", "who is the foreign minister Hugo de Zela"): asked about that person, not for one. A thing's name
 * (a place's, to WordNet) holds no role: it opens a clause about the role's holders ("the names of the ambassadors
 * Peru declared persona non grata").
 */
function namesAfterRole(
  text: string,
  isName: (folded: string) => boolean,
  isThing: (folded: string) => boolean,
): boolean {
  const words = text.split(' ').filter((word) => word !== '');
  const at = words.findIndex((word, i) => i > 0 && isName(word));
  // The word tying the name, before its article: "el titular **de** la SRE", "the head **of** the SRE".
  let tie = at - 1;
  while (tie > 0 && ROLE_ARTICLES.has(words[tie]!)) tie--;
  return (
    at > 0 && !TIES.has(words[tie]!) && !words.slice(1, at).some((word) => RELATIVES.has(word)) && !isThing(words[at]!)
  );
}

/**
 * Whether a question (folded, plain) asks where a person comes from (see ORIGIN_ASKED): of whom it names right after
 * its question words, a name or a pronoun only ("the embassy" is a thing). A Spanish one may name no one, the line's
 * other part having named the person ("¿dónde nació Castillo? ¿de qué región es?").
 */
function asksOrigin(text: string, isName: (folded: string) => boolean): boolean {
  const personOnly = (words: string[]) =>
    words.some((word) => isName(word) || PERSON_PRONOUN.test(word)) &&
    words.every((word) => isName(word) || PERSON_PRONOUN.test(word) || NAME_PARTICLES.has(word));
  const english = ORIGIN_ASKED.exec(text);
  if (english) return personOnly((english.groups!['who'] ?? english.groups!['who2'])!.trim().split(' '));
  const spanish = ORIGIN_ASKED_ES.exec(text);
  if (!spanish) return false;
  const after = spanish.groups!['who']?.trim().split(' ') ?? [];
  if (after.length === 0) return true;
  // The person's name runs to the first word that is none ("castillo y a qué se dedicaba").
  const end = after.findIndex((word) => !isName(word) && !NAME_PARTICLES.has(word));
  return personOnly(end < 0 ? after : after.slice(0, Math.max(1, end)));
}
