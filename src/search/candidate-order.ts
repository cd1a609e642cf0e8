/**
 * Reorderings of the ranked paragraphs by what a question asks of a person, a country or a body: the person it names
 * first, who acts first, who is described, where someone is, why something happened. The rules run in the order
 * order-rules.ts gives; the orderings that read who speaks, the words a paragraph writes and a question's time are in
 * order-speaker.ts, order-wording.ts and order-time.ts, and what they all share in order-shared.ts.
 */
import type { Analyzer } from '../text/analyzer.js';
import { foldText } from '../text/fold.js';
import { Memo } from '../text/memo.js';
import type { Concept } from './concept.js';
import type { CorpusIndex } from './corpus-index.js';
import type { SentenceEvidence } from './evidence.js';
import type { Lexicon } from './lexicon.js';
import type { NamesAsked } from './names-asked.js';
import {
  ACTOR_FIRST_SHARE,
  closeRunnerUpFirst,
  PERSON_FIRST_REACH,
  type CandidateOrderSources,
} from './order-shared.js';
import { SpeakerOrder } from './order-speaker.js';
import { TimeOrder } from './order-time.js';
import { WordingOrder } from './order-wording.js';
import type { ParagraphFacts } from './paragraph-facts.js';
import { RANKING, type RankedParagraph } from './rank.js';
import { LIGHT_WORD_WEIGHT } from './word-weight.js';
import { lemmaCandidates } from './wordnet.js';
import { Latin1Twin } from '../text/latin1-twin.js';
import { CHAT_QUESTION_WORDS, SPANISH_QUESTION_WORDS, wordAlternatives } from '../text/spanish-words.js';

export type { CandidateOrderSources } from './order-shared.js';
export type { PartyVoices } from './order-speaker.js';

/**
 * How near the best score a paragraph naming the person a question asks about must be to come before a best
 * paragraph that does not name them (development sets: 5 questions more at rank 1 and none fewer, at 0.9; 4 and 1 at
 * 0.8; 8 and 5 at 0.6).
 */
const PERSON_FIRST_SHARE = 0.9;
/**
 * The same share when the question writes the person's name and asks about them, not for someone ("where was Castillo
 * heading when police detained him"): a best paragraph that never names them is about someone else, however many of
 * the question's other words it holds (¶9's police detaining Jorge Glas). Development sets at 0.5: 18 questions more at
 * rank 1 and none fewer (0.6: 15 and none).
 */
const NAMED_PERSON_FIRST_SHARE = 0.5;
/** Words asking for a person ("who was running Mexico when …"): whom the question names is not whom it asks about. */
const ASKS_FOR_PERSON = new Set(['who', 'whom', 'whose', 'quien', 'quienes']);
/**
 * Words before a name that make it a time, a case or a government, not the person asked about: "before Chavez sought
 * asylum", "antes del caso Chávez", "el gobierno de Jerí".
 */
const NAME_AS_TIME = new Set(
  'before after since until antes despues desde case caso government gobierno administration administracion'.split(' '),
);
/** Words before a name within which {@link NAME_AS_TIME} reaches ("antes del caso de Betssy Chávez"). */
const NAME_AS_TIME_REACH = 3;
/**
 * "What did X do", "what X did", "qué hizo X", "qué pasó con X" (not "lo que pasó con X", what someone said of it):
 * what someone did; the group is X.
 */
const ASKS_WHAT_DONE =
  /\bwhat (?:did|has|had|does) ((?:[a-z']+ ){1,3}?)(?:actually |really |even |just )?(?:do|did|done)\b|\bwhat ((?:[a-z']+ ){1,3}?)(?:actually |really |even |just )?did\b|\b(?:que|q|k) (?:hizo|habia hecho|ha hecho) ([a-z]+(?: [a-z]+)?)|(?<!\blo )\b(?:que|q|k) (?:paso|onda) con ([a-z]+(?: [a-z]+)?)/;
/**
 * How someone answered what was said or done to them: "how did Chávez respond to the accusations", "how has Jeri
 * reacted", "how did Mexico counter", "what was Chavez's response". The answer is what they did or said, told where
 * they act (¶4's "She has denied knowing …"), not where they are only named in someone else's account. The frame is
 * "how" and an auxiliary, then who responded (one to {@link MAX_RESPONDER_WORDS} words), then a verb of responding; or
 * an owner's "'s" before a noun of responding. The verbs and nouns are WordNet's (Lexicon.inWordSet).
 */
const ASKS_HOW_DID = /\bhow (?:did|has|have|had|does|do|is|was) /g;
/** The most words of who responded between {@link ASKS_HOW_DID} and the verb ("how did Peru's foreign minister …"). */
const MAX_RESPONDER_WORDS = 5;
/** The words after {@link ASKS_HOW_DID}, by how many words come before the verb: who responded, then the verb. */
const RESPONDER_THEN_VERB = Array.from(
  { length: MAX_RESPONDER_WORDS },
  (_, i) => new RegExp(`^((?:[a-z']+ +){${i + 1}})([a-z]+)\\b`),
);
/** An owner's "'s" (or "s") ending the text before a noun of responding: "Chavez's response", "Perus reaction". */
const OWNER_BEFORE = /\b([a-z]+)'?s $/;
/** A word after an "s" ending the word before ("Chavez's response"): only such a word may be owned. */
const WORD_AFTER_S = /(?<=s )[a-z]+\b/g;
/**
 * Someone's role or part: "Betssy Chávez's role", "the role of Chávez", "what role did AMLO play", "el papel de
 * Chávez", "¿qué papel tuvo Chávez …?". A role is what someone did, told where they act (¶4's "Chavez formally
 * requested asylum"), not where they are only named in another's words; the group is whose role it is.
 */
const ASKS_ROLE =
  /\b((?:[a-z]+ ){0,2}[a-z]+)'s (?:role|part)\b|\brole of ((?:[a-z]+ ){0,2}[a-z]+)|\b(?:what|which) (?:role|part) (?:did|does|has|had) ((?:[a-z']+ ){1,3}?)play|\b(?:papel|rol) (?:(?:que )?(?:jugo|tuvo|desempeno|cumplio) )?(?:de|del) ((?:[a-z]+ ){0,2}[a-z]+)|\b(?:que|q|k) (?:papel|rol) (?:jugo|tuvo|desempeno|cumplio) ((?:[a-z]+ ){0,2}[a-z]+)/;
/** The word naming a role in {@link ASKS_ROLE}. */
const ROLE_WORD = /\b(?:role|part|papel|rol)\b/;
/** The same with the person said first: "y el castillo q hizo en 2022", "castillo, qué hizo". */
const ASKS_WHAT_DONE_FRONTED = /\b([a-z]+(?: [a-z]+)?),? (?:que|q|k) (?:hizo|habia hecho|ha hecho)\b/;
/**
 * Steps someone took: "what steps did Jeri take", "what actions has Peru's president taken", asked within a request
 * ("explain what steps Peru took"), "¿qué medidas concretas tomó el gobierno de Jeri?"; the group is who took them.
 */
const ASKS_STEPS_TAKEN =
  /\bwhat (?:concrete |specific |other )?(?:steps?|actions?|measures?|moves?) (?:did|has|had|does|do) ((?:[a-z']+ ){1,4}?)(?:take|taken|took|make|made)\b|\bwhat (?:concrete |specific |other )?(?:steps?|actions?|measures?|moves?) ((?:[a-z']+ ){1,4}?)(?:took|(?:has|have|had) (?:taken|made))\b|\b(?:que|q|k|cuales) (?:otras |otros )?(?:medidas?|acciones|accion|pasos?)(?: concretas?| concretos?)? (?:tomo|ha tomado|habia tomado|adopto|dio) ((?:[a-z]+ ?){1,4})/;
/** The words of the steps-taken frame ("what concrete steps did … take", "qué medidas concretas tomó …"). */
const STEPS_WORDS =
  /^(?:what|que|q|k|cuales)\s+((?:concrete |specific |other )?(?:steps?|actions?|measures?|moves?)|(?:medidas?|acciones|accion|pasos?)(?: concretas?| concretos?)?)\b/;

/**
 * The words that frame a question as asking for the steps someone took, not what it is about: "measures" of "what
 * measures did Peru take" (the answer tells the steps, ¶5's expulsion, without the word); none when it asks no such
 * thing.
 */
export function stepsFrameOf(question: string): string[] {
  const folded = foldText(question);
  const asked = ASKS_STEPS_TAKEN.exec(folded);
  if (!asked) {
    const named = STEPS_TAKEN_NAMED.exec(folded);
    return named ? [...named[1]!.split(' '), takingVerbOf(named[0])] : [];
  }
  const words = STEPS_WORDS.exec(folded.slice(asked.index))?.[1]?.split(' ') ?? [];
  return words.length > 0 ? [...words, takingVerbOf(asked[0])] : [];
}

/**
 * The verb of taking that closes a steps-taken frame ("took" of "what steps Peru took"): it says steps were taken,
 * which the answer tells without the word (¶5's expulsion), so it frames the question as the steps do.
 */
function takingVerbOf(frame: string): string {
  return [...frame.matchAll(TAKING_VERB)].at(-1)?.[0] ?? '';
}

/** The verbs of taking the steps frames write: the Spanish frame names the doer after its verb ("tomó el Perú"). */
const TAKING_VERB = /\b(?:took|taken|take|make|made|tomo|tomado|adopto|dio)\b/g;

/**
 * Words saying an act is asked as one done back, in answer to the other side's ("did Mexico expel any Peruvian
 * diplomats in return", "… to get back at them", "did Mexico retaliate by …"): a closed set of English phrases.
 */
const DONE_IN_RETURN =
  /\b(?:in (?:return|retaliation|kind|response)|retaliat\w*|reciprocat\w*|(?:get|got|getting|hit|hitting|strike|struck|strik\w*) back|back at)\b/;
/** "Did/has/will …" opening an English yes-or-no question. */
const OPENS_YES_OR_NO = /^(?:(?:so|and|but|ok|okay)\s+)?(?:did|does|do|has|have|had|will|would)\s/;

/**
 * A question asking what someone did: steps, actions or measures taken in either order ("what steps did Peru take",
 * "explain what steps Peru took", "¿qué medidas tomó …?"), "what (else) did X do", "¿qué (más) hizo …?".
 */
const DEEDS_ASKED =
  /\b(?:steps?|actions?|measures?|moves?|medidas?|acciones|pasos?)\b.*\b(?:take|taken|took|make|made|tomo|tomaron|ha tomado|habia tomado|adopto)\b|\bwhat (?:else |more )?(?:did|has|had|does) (?:[a-z']+ ){1,4}?(?:do|done)\b|\b(?:que|q|k) (?:mas |otra cosa )?(?:hizo|ha hecho|habia hecho)\b/;

/** Whether a folded question asks what someone did ({@link DEEDS_ASKED}: "what steps did Peru take", "qué hizo"). */
export function asksDeeds(folded: string): boolean {
  return DEEDS_ASKED.test(folded);
}

/** A word after which a question names whom something was done to, not who did it. */
const DONE_TO = /\b(?:against|to|toward|towards|with|on|contra|a|al|hacia|con|sobre)\b/;

/**
 * The same asked as an order: "describe the measures Peru took against …", "describe las medidas que tomó Jerí",
 * "identify two actions Peru took" (a count asked for opens the steps as an article does).
 */
const STEPS_TAKEN_NAMED =
  /\b(?:the|las|los|two|three|some|2|3|dos|tres|algunas) ((?:concrete |specific |other )?(?:steps?|actions?|measures?|moves?)|(?:medidas?|acciones|pasos?)(?: concretas?| concretos?)?) (?:that |que )?((?:[a-z']+ ){1,4}?)(?:took|taken|take|made|tomo|ha tomado|habia tomado|adopto)\b/;

/**
 * The same in Spanish with who took them after the verb, as Spanish often writes it: "enumera las medidas que tomó el
 * gobierno de Jerí", "describe las acciones que adoptó Perú"; who took them is the group.
 */
const STEPS_TAKEN_NAMED_SUBJECT_AFTER =
  /\b(?:las|los|dos|tres|algunas) (?:medidas?|acciones|pasos?)(?: concretas?| concretos?)? que (?:tomo|ha tomado|habia tomado|adopto) ((?:[a-z]+ ?){1,4})/;

/**
 * Someone who tried something, as the question tells it: "when castillo tried to shut down congress", "cuando Castillo
 * quiso cerrar el Congreso", "el expresidente pedro castiyo cuando kiso disolver"; the group is who tried.
 */
const TRIED =
  /\b((?:[a-z]+ ){0,2}[a-z]+) (?:cuando |when )?(?:tried|tries|try|trying|attempted|wanted|was trying|quiso|kiso|intento|trato de|queria)\b/;
/**
 * A verb of {@link TRIED} after a space, which every text it matches has: most questions have none, and are spared its
 * search for up to three words before one at each word.
 */
const TRIED_VERB = / (?:tried|tries|try|trying|attempted|wanted|was trying|quiso|kiso|intento|trato de|queria)\b/;
/**
 * An attempt asked with the one who tried after the verb, as Spanish may ask it ("¿qué quiso hacer Castillo …?"), or
 * after the noun ("el intento de Castillo": his attempt).
 */
const TRIED_SUBJECT_AFTER = /\b(?:quiso|kiso|intento|trato de|queria|intentaba) (?:hacer )?((?:[a-z]+ ){0,1}[a-z]+)/;
/**
 * An attempt told in a clause of time whose subject is a pronoun or, as Spanish writes it, none: "what happened to the
 * former Peruvian president when he tried to …", "¿qué le pasó al exmandatario cuando/mientras intentaba …?". Who
 * tried is the one person the rest of the question names, by name or by a role the aliases give ("exmandatario").
 */
const TRIED_UNNAMED =
  /\b(?:when|while|as|cuando|mientras)(?: (?:he|she|el|ella))? (?:tried|tries|attempted|was trying|was attempting|intentaba|intento|quiso|kiso|queria|trataba de|trato de|buscaba|iba a)\b/;
/** "Who" anywhere in a question ("who is", "whos", "quién es", "i dont know who castillo is"). */
const ASKS_WHO = /(?<![\p{L}])(?:who|whos|quien)(?![\p{L}])/u;
/** Who someone is: "who is", "who was", "whos", "quién es", "quién era", "quién fue". */
const ASKS_WHO_IS = /(?<![\p{L}])(?:who(?:'s|s| is| was| even is)|quien (?:es|era|fue))(?![\p{L}])/u;
/** Who someone is, with the name before the verb: "i dont know who castillo is", "no sé quién es". */
const WHO_NAME_IS = /(?<![\p{L}])(?:who|quien)\s+(?:[\p{L}'’]+\s+){1,4}(?:is|was|es|era)(?![\p{L}])/u;
/** Words placing someone before or after another ("who came before sheinbaum", "quién estuvo antes de …"). */
const TIME_RELATIONS: ReadonlySet<string> = new Set(['before', 'after', 'antes', 'despues', 'previo', 'luego']);
/** A description right after a name: ", a leftist former teacher", ", who served as", ", el exvicepresidente". */
const DESCRIPTION_AFTER = /^,\s+(?:a|an|the|who|un|una|el|la|quien)\s/iu;
/** A capitalised word just before a name, its given name or its whole: a title ("President Claudia Sheinbaum"). */
const TITLE_BEFORE = new Latin1Twin(String.raw`(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)\s+(?:\p{Lu}\p{Ll}+\s+)?$`, 'u');
/**
 * Where someone is, went or hid: "where is Chávez", "¿dónde se escondió …?", "donde esta metida la chavez", or in
 * which kind of place ("in which embassy", "en q embajada se metió", "a qué país").
 */
const ASKS_WHERE =
  /(?<![\p{L}])(?:where|wheres|donde|adonde|(?:in|into|inside|at|to|en|a) (?:which|what|que|q|k|ke|cual) (?:embass(?:y|ies)|embajadas?|mission|residences?|residencias?|buildings?|edificios?|places?|lugar(?:es)?|sitios?|city|ciudad|countr(?:y|ies)|pais(?:es)?))(?![\p{L}])/u;
/**
 * Where someone is now, asked in the present: "where is Chávez now", "where's she staying", "where does she live",
 * "¿dónde está …?", "¿dónde se encuentra …?", "donde esta metida"; not "where was …", "where did … go".
 */
const ASKS_WHERE_NOW =
  /(?<![\p{L}])(?:where(?:'s| s| is| are|s)|where (?:does|do) (?:[\p{L}'-]+ ){1,4}?(?:live|stay|hide)|donde (?:esta|estan|se encuentra|se encuentran|vive|viven|sigue|siguen|anda|andan|se queda|se aloja|se esconde|permanece))(?![\p{L}])/u;
/** A person asked about by a pronoun ("where is she staying"), by the pronoun a sentence makes its subject. */
const PRONOUN_ASKED: ReadonlyMap<string, string> = new Map(
  Object.entries({ she: 'she', her: 'she', ella: 'she', he: 'he', him: 'he', they: 'they', them: 'they' }),
);
/**
 * Verbs saying where someone is, as lemmas: each stands with the words of its commonest WordNet sense ("stay" brings
 * "remain" and "rest", "live" brings "dwell" and "inhabit"; see {@link stayingVerbs}): a paragraph saying "he
 * dwells" is read as one saying "she remains", and no inflected form is listed by hand.
 */
const STAYING_VERB_SEEDS: readonly string[] = ['stay', 'live', 'hide', 'shelter'];
/** WordNet's classes of the verb senses that say someone stays where they are. */
const STAYING_CLASSES: ReadonlySet<string> = new Set(['verb.stative', 'verb.change']);

/**
 * The verbs of {@link STAYING_VERB_SEEDS}, and the one-word synonyms of a seed's commonest sense when WordNet files it
 * as a state or a change of state ("stay": remain, rest; "live": dwell, inhabit). The commonest sense of "hide" is to
 * "conceal" something, which places no one; later senses drift ("live" as "survive, last, go").
 */
export function stayingVerbs(lexicon: Pick<Lexicon, 'commonestVerbSense'>): ReadonlySet<string> {
  const synonyms = (verb: string) => {
    const sense = lexicon.commonestVerbSense(verb);
    if (!sense || !STAYING_CLASSES.has(sense.lexname)) return [];
    // A multi-word synonym ("stay on") is never one word of a sentence.
    return sense.words.filter((word) => !word.includes(' '));
  };
  return new Set(STAYING_VERB_SEEDS.flatMap((seed) => [seed, ...synonyms(seed)]));
}

/**
 * Whether a folded word is a present form ("remains", "staying") of one of `verbs`, by WordNet's inflection rules: a
 * past one ("stayed") says where someone was, not where they are.
 */
export function isPresentFormOf(word: string, verbs: ReadonlySet<string>): boolean {
  if (!word.endsWith('s') && !word.endsWith('ing')) return false;
  return lemmaCandidates(word, 'verb')
    .slice(1)
    .some((lemma) => verbs.has(lemma));
}
/** The present of "be" before a progressive ("she is staying"). */
const PRESENT_BE: ReadonlySet<string> = new Set(['is', 'are']);
/** Words placing what comes after them as where someone is: "took refuge inside the embassy", "entered … in Lima". */
const AT_PLACE: ReadonlySet<string> = new Set(['in', 'inside', 'into', 'at', 'within', 'en', 'dentro']);
/**
 * Words before a name (and its title: "by former president Pedro Castillo") that make the person an object, not the
 * one placed: in ¶2, "the coup d'état attempted by … Pedro Castillo, is being granted asylum at the residence …".
 */
const OBJECT_BEFORE: ReadonlySet<string> = new Set(
  'by of for to with from against about under including toward towards than de por para con contra sobre'.split(' '),
);
/** Words after a person's name within which a sentence must place them ({@link AT_PLACE} and the place after it). */
const PLACED_REACH = 8;
/** Words after a word of {@link AT_PLACE} within which the place itself comes ("inside the Mexican embassy"). */
const PLACE_REACH = 3;
/** Auxiliaries after which a question's subject comes ("did Peru …", "is mexico …"). */
const AUXILIARY = 'did|does|do|has|have|had|is|was|are|were|will|would|can|could|should';
/** Chat and joining words that may open a question before its subject ("so", "wait", "y", "wey"). */
const OPENERS = 'so|and|but|ok|okay|wait|lol|bruh|ngl|yo|y|pero|entonces|oye|oe|wey|che|tio|neta|chale|bueno|pues';
/**
 * The Spanish question words a verb follows directly, as written or as chat spells them ("¿qué dijo …?", "¿cuándo
 * rompió …?"): not "quién" (itself the subject), nor "cuál" or "cuánto" (a noun follows: "¿cuántos diplomáticos …?"),
 * nor "adónde".
 */
const SPANISH_VERB_FOLLOWS = [
  wordAlternatives(SPANISH_QUESTION_WORDS, [
    'quien',
    'quienes',
    'adonde',
    'cual',
    'cuales',
    'cuanto',
    'cuanta',
    'cuantos',
    'cuantas',
  ]),
  wordAlternatives(CHAT_QUESTION_WORDS, ['ke', 'xk', 'pk', 'dnd', 'qien', 'kien']),
].join('|');
/** Question words before a subject and its auxiliary ("which country did …", "why does …"). */
const QUESTION_WORDS = `what|which|how|why|where|when|${SPANISH_VERB_FOLLOWS}`;
/** Spanish question words, after which the verb comes before its subject ("¿qué dijo Perú?"). */
const SPANISH_VERB_FIRST = `${SPANISH_VERB_FOLLOWS}|por que|por q`;
/** Spanish object pronouns, which stand before the verb ("¿qué le reprocha Perú?"). */
const SPANISH_CLITICS = 'le|les|lo|la|los|las|se|me|nos';
/**
 * A word as the subject of a clause opening the question or following a question mark: first, or after its question
 * word (and up to three words more: "which country") and an auxiliary ("Which country did **Peru** cut ties with",
 * "so is **mexico** saying …", "y **méxico** q le contestó …", "**mexico** dice q …"), or after a Spanish question
 * word and its verb ("¿cómo ve **Lima** …?"). Chat may come first.
 */
const PARTY_SUBJECT = new RegExp(
  `(?:^|[.?!:;¿¡]\\s*)(?:(?:${OPENERS})\\s+)*` +
    `(?:(?:${QUESTION_WORDS})(?:\\s+(?!(?:${AUXILIARY})\\b)[\\p{L}']+){0,3}?\\s+(?:${AUXILIARY})\\s+|(?:${AUXILIARY})\\s+|` +
    // Spanish puts the subject after its verb: "¿qué hizo **Perú**?", "¿cómo ve **Lima** …?", "q le dijo **méxico**".
    `(?:${SPANISH_VERB_FIRST})\\s+(?:(?:${SPANISH_CLITICS})\\s+)?\\p{L}+\\s+)?` +
    `(?:(?:the|el|la)\\s+)?(\\p{L}+)`,
  'gu',
);
/** Prepositions before a place where it is only where something happens ("in Mexico", "en Lima"), not who acts. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'through', 'en']);
/** Verbs of having and being, which tell what a party is or has rather than what it does. */
const STATIVE: ReadonlySet<string> = new Set(
  'has had have is was are were be been tiene tenia tuvo es era fue son eran fueron esta estaba'.split(' '),
);
/** Words within which the terms of one wording must stand in a sentence ("relations would continue"). */
const WORDING_REACH = 4;

/**
 * A question asking for a reason: "why", "how come", "what made/led …", "for what reason", "the reasons for …", "por
 * qué" however chat spells it ("porqe", "xq", "pq"), "qué motivó …", "los motivos", "la razón". Read on folded text.
 */
const ASKS_WHY =
  /\b(?:why|whyd|how come|for what reasons?|what (?:made|led|caused|prompted|drove|pushed|motivated|triggered)|(?:the|what|which|main|real) (?:main |real |immediate )?(?:reasons?|motives?|causes?)|reasons? (?:why|for|behind)|por (?:que|q|k|ke)|porque|porqe|porq|porke|xq|pq|(?:que|q) (?:motivo|llevo|hizo que)|(?:los|sus|que|q) motivos|(?:la|las|que|q) (?:razon|razones|causa|causas))\b/;
/** Words after a question's "why" within which its subject stands ("why did betssy chavez …"). */
const SUBJECT_REACH = 3;
/**
 * Why someone says or accuses something ("why does Peru say Mexico meddles", "xq peru dice q mexico se mete en sus
 * asuntos", "por qué Perú acusa a México de …"): what is asked is a claim, and a paragraph only repeating it
 * (¶5's "accused the Mexican government of repeated interference") gives no ground for it.
 */
const ASKS_WHY_SAID =
  /\b(?:why|whyd|por (?:que|q|k|ke)|porque|porqe|porq|porke|xq|pq)\b(?: [a-z']+){0,4}? (?:says?|saying|said|claims?|claiming|claimed|accuses?|accusing|accused|dice|dicen|decia|decian|dijo|dijeron|acusa|acusan|acuso|acusaron)\b/;
/**
 * Why someone, in Spanish, holds or voices a view ("¿por qué Perú **siente que** México se mete …?", "explica por qué
 * Perú **considera que** México se ha entrometido", "xq peru **cree q** …", "por qué Lima **se queja de** …"): as
 * with {@link ASKS_WHY_SAID}, what is asked is a claim, and a paragraph only repeating it gives no ground for it.
 * Spanish words for thinking, feeling and complaining of a third person, present and past, folded. Not "afirma",
 * "asegura": asked of the author ("por qué el autor afirma que …"), the reason is the claim's own paragraph.
 */
const ASKS_WHY_HELD_ES =
  /\b(?:por (?:que|q|k|ke)|porque|porqe|porq|porke|xq|pq)\b(?: [a-z']+){0,4}? (?:siente|sienten|sintio|sintieron|considera|consideran|considero|consideraron|cree|creen|creyo|creyeron|piensa|piensan|penso|pensaron|opina|opinan|reclama|reclaman|reprocha|reprochan|se queja|se quejan|se quejo|se quejaron) (?:que|q|de)\b/;
/**
 * Words joining a cause to what it caused, the cause after them ("… decided to break relations **in response to**
 * …", "Mexico granted asylum **in full accordance with** international law", "**Facing** … persecution, Chavez
 * requested asylum", "The move came swiftly **after** Mexico granted …"), folded, English and Spanish (the
 * translation's engine reads its own text). Not "according to" (whose words, as often as why) nor "as", "since",
 * "for", "por", "para" (as often a time, a length or a purpose of a word as a cause), but "especially as" (¶6's
 * "Peru accused Mexico of political meddling, especially as Mexican leaders … questioned …"), which is only a cause.
 */
const CAUSE_FOLLOWS: readonly (readonly string[])[] = [
  'because',
  'because of',
  'due to',
  'owing to',
  'in response to',
  'in reaction to',
  'in retaliation for',
  'as a result of',
  'on the grounds',
  'accordance with',
  'in line with',
  'facing',
  'faced with',
  'invoking',
  'citing',
  'taking into account',
  'in light of',
  'given that',
  'especially as',
  'especially since',
  'particularly as',
  'particularly since',
  'after',
  'in order to',
  'so that',
  'porque',
  'debido a',
  'a causa de',
  'en respuesta a',
  'en apego a',
  'apego al',
  'de acuerdo con',
  'conforme a',
  'teniendo en cuenta',
  'invocando',
  'despues de que',
  'tras',
  'ante',
].map((words) => words.split(' '));
/** Words joining a cause to what it caused, what it caused after them ("the crisis deepened, **leading to** …"). */
const EFFECT_FOLLOWS: readonly (readonly string[])[] = [
  'leading to',
  'led to',
  'paving the way',
  'prompting',
  'resulting in',
  'sparking',
  'triggering',
  'lo que llevo',
  'lo que allano',
  'desemboco en',
].map((words) => words.split(' '));
/**
 * Words opening a sentence that refer back to what the one before told ("**The move** came swiftly after …", "**This
 * rupture** did not come out of the blue"): that sentence is what such a sentence gives the cause of.
 */
const REFERRING: ReadonlySet<string> = new Set([
  'the',
  'this',
  'that',
  'such',
  'it',
  'la',
  'el',
  'esta',
  'este',
  'esa',
  'ese',
]);
/** A stretch of a sentence on one side of a joining word: its stems, from word `from` up to word `to`. */
type CausePart = SentenceEvidence & { from: number; to: number };

/** The parts of a paragraph's sentences told as caused, and those told as causes (see `causeSides`). */
interface CauseSides {
  caused: CausePart[];
  causes: CausePart[];
}

/** Whether a part lies inside another of one sentence (a cause told within what an opening "in response to" marks). */
function within(inner: CausePart, outer: CausePart): boolean {
  return inner.words === outer.words && inner.from >= outer.from && inner.to <= outer.to;
}

/** How many words the part before a cause may hold and still only refer back ("the move came swiftly"). */
const REFERRING_REACH = 4;

/** How many of the best paragraphs a thing set aside may reorder: those shown. */
const SET_ASIDE_REACH = 3;

/** How near a joining word ("and", "y") stands to a word it lists with another: "rebellion and conspiracy". */
const LISTING_REACH = 2;

/**
 * Whether a sentence lists a concept with something else: a joining word ({@link JOINING}) within
 * {@link LISTING_REACH} words of one of its wordings' terms ("accused of rebellion and conspiracy").
 */
function listedIn({ stems }: SentenceEvidence, concept: Concept): boolean {
  const terms = new Set(concept.wordings.filter((w) => !w.loose).flatMap((w) => w.terms));
  return stems.some(
    (stem, at) =>
      terms.has(stem) &&
      stems.slice(Math.max(0, at - LISTING_REACH), at + LISTING_REACH + 1).some((near) => JOINING.has(near)),
  );
}

/** The concepts held by the fewest paragraphs (`holderCount`), all of them when tied. */
function mostParticular(concepts: readonly Concept[], holderCount: (concept: Concept) => number): Concept[] {
  const counts = concepts.map(holderCount);
  const fewest = Math.min(...counts);
  return concepts.filter((_, i) => counts[i] === fewest);
}

/**
 * Whether a sentence holds every term of a wording close together: "He continued, '… break diplomatic relations'"
 * does not say relations continue.
 */
function holdsNear({ stems, compounds }: SentenceEvidence, terms: readonly string[]): boolean {
  if (terms.length === 1) return stems.includes(terms[0]!) || compounds.includes(terms[0]!);
  return stems.some(
    (stem, at) =>
      stem === terms[0] &&
      terms.every((term) =>
        stems.some((other, i) => other === term && Math.abs(i - at) <= WORDING_REACH + terms.length),
      ),
  );
}
/** Words joining two names ("Chile and Colombia"). */
const JOINING: ReadonlySet<string> = new Set(['and', 'or', 'y', 'e', 'o', 'u']);
/** Particles of a surname ("Hugo de Zela"). */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'la', 'van', 'von', 'da', 'dos']);
/** Articles before a name of several words ("the Pacific Alliance", "la Alianza del Pacífico"). */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'el', 'la', 'los', 'las']);
/** Words after which a name is what something is done to or for, not who does it. */
const PREPOSITIONS = new Set(
  'for of to with within inside throughout across against about on from toward towards over at into onto upon under beneath behind beside among between like unlike than de a con para por contra sobre bajo entre tras ante hacia sin'.split(
    ' ',
  ),
);

/** The party a question asks of ({@link CandidateOrder.partyAsked}). */
interface PartyAsked {
  /** Its name terms. */
  terms: string[];
  /** The other things the question asks. */
  asked: AskedThing[];
}

/** A thing a question asks of a party: the terms of each of its wordings, and whether it is a name. */
interface AskedThing {
  wordings: string[][];
  name: boolean;
}

/** A person asked for by kind ({@link CandidateOrder.personKindAsked}). */
interface PersonKindAsked {
  /** Name terms of the place they are of ("peru" of "Peruvian official"), if the question says. */
  place: string[];
  /** What they are asked to have done. */
  asked: AskedThing[];
  /** Name terms the question writes: whom it names is not the one asked for. */
  named: ReadonlySet<string>;
}

/** Question words asking for a person by kind ("which official"). */
const PERSON_KIND_OPENERS: ReadonlySet<string> = new Set(['which', 'what']);
/** Words after the question word within which the kind of person stands ("which former Peruvian official"). */
const PERSON_KIND_REACH = 3;
/** Words after which a name says whose a person is ("an official **in** Mexico", "**from** Peru"). */
const PLACE_OF: ReadonlySet<string> = new Set(['in', 'of', 'from']);
/**
 * Auxiliaries after the kind: the person asked for is acted on ("which diplomat did Lima expel", "was expelled", "got
 * detained").
 */
const PERSON_KIND_AUXILIARIES: ReadonlySet<string> = new Set(
  'did does do is was are were be been will would can could should get gets got gotten getting'.split(' '),
);
/** Articles opening a description after a name ("Betssy Chavez, **a** former Peruvian prime minister"). */
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an']);
/** Words of such a description within which a place's name says whose the person is. */
const DESCRIPTION_REACH = 3;
/** Persons whose places are remembered. */
const PERSON_PLACES_MEMO = 256;
/** Pronouns that can open a sentence as its subject, going on about someone named before. */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they']);

/** Puts first, among a question's candidate paragraphs, those that answer what it asks in particular. */
export class CandidateOrder {
  private readonly index: CorpusIndex;
  private readonly analyzer: Analyzer;
  private readonly lexicon: Lexicon;
  private readonly names: NamesAsked;
  private readonly facts: ParagraphFacts;
  /** Each paragraph's {@link causeSides}, found once: its sentences do not change. */
  private readonly causeSidesOf = new Map<number, CauseSides>();

  /** {@link STAYING_VERB_SEEDS} with their commonest senses' one-word verbs, read from WordNet on first use. */
  private stayingVerbLemmas: ReadonlySet<string> | undefined;

  /** The ordering that reads who speaks (order-speaker.ts). */
  readonly speaker: SpeakerOrder;
  /** The orderings that read the words a paragraph writes (order-wording.ts). */
  readonly wording: WordingOrder;
  /** The ordering that reads a question's time (order-time.ts). */
  readonly time: TimeOrder;

  constructor(sources: CandidateOrderSources) {
    ({ index: this.index, analyzer: this.analyzer, lexicon: this.lexicon } = sources);
    ({ names: this.names, facts: this.facts } = sources);
    this.speaker = new SpeakerOrder(sources);
    this.wording = new WordingOrder(sources);
    this.time = new TimeOrder(sources);
  }

  /**
   * A question naming a person, or a role the aliases give a name ("the ex-president", "Mexico's top diplomat"), is
   * about them: when the best paragraph does not name them and one scoring nearly as much does, that one comes first
   * ("was Castillo picked up by police on his way to the Mexican embassy": ¶3, not ¶9's police at the embassy in
   * Quito).
   */
  personNamedFirst(ranked: RankedParagraph[], concepts: readonly Concept[], question: string): RankedParagraph[] {
    const lead = ranked[0];
    if (!lead) return ranked;
    const persons = this.names.personTerms;
    // A name before a noun only says which thing ("the Chávez asylum", "the Castillo government"): no one asked about.
    let words: string[] | undefined;
    const namesAThing = (label: string) => {
      words ??= foldText(question).split(/[^\p{L}\p{N}']+/u);
      const last = label.split(' ').pop()!;
      const next = words[words.indexOf(last) + 1];
      if (next === undefined || next === '' || this.analyzer.isStopWord(next)) return false;
      const classes = this.lexicon.lookup(next).classes;
      return classes.filter((name) => name.startsWith('noun.')).length * 2 > classes.length;
    };
    // For each person the question names, the name terms of each of its wordings (a name that only says which thing
    // is read for what follows it once it is known to name someone: most concepts name no one).
    const people = concepts
      .map((c) => ({
        label: c.label,
        wordings: c.wordings
          .filter((w) => !w.loose)
          .map((w) => w.terms.filter((term) => persons.has(term)))
          .filter((terms) => terms.length > 0),
      }))
      .filter(({ label, wordings }) => wordings.length > 0 && !namesAThing(label))
      .map(({ wordings }) => wordings);
    const names = (key: number) =>
      people.every((wordings) =>
        wordings.some((terms) => terms.every((term) => this.index.paragraphPostings.holds(term, key))),
      );
    if (people.length === 0 || names(lead.key)) return ranked;
    const share = this.asksOfNamed(question, people) ? NAMED_PERSON_FIRST_SHARE : PERSON_FIRST_SHARE;
    const at = ranked
      .slice(1, PERSON_FIRST_REACH)
      .findIndex((r) => r.score >= lead.score * share && r.coverage >= RANKING.minCoverage && names(r.key));
    if (at < 0) return ranked;
    const promoted = ranked[at + 1]!;
    return [promoted, ...ranked.filter((r) => r !== promoted)];
  }

  /**
   * Whether a question writes the name of a person it is about (not only a role an alias names: "Mexico's top
   * diplomat") and does not ask who someone is.
   */
  private asksOfNamed(question: string, people: readonly (readonly string[][])[]): boolean {
    const words = foldText(question).split(/[^\p{L}\p{N}']+/u);
    if (words.some((word) => ASKS_FOR_PERSON.has(word))) return false;
    const asked = new Set(people.flat(2));
    return words.some(
      (word, at) =>
        [...this.names.written(word)].some((term) => asked.has(term)) &&
        // The person acts or owns what is asked ("was Castillo heading", "Castillo's role"), not acted on ("protect
        // Chavez"): a name after a word of substance is its object.
        (at === 0 ||
          word.endsWith("'s") ||
          this.analyzer.isStopWord(words[at - 1]!) ||
          this.names.written(words[at - 1]!).size > 0) &&
        !words.slice(Math.max(0, at - NAME_AS_TIME_REACH), at).some((before) => NAME_AS_TIME.has(before)),
    );
  }

  /**
   * "What did Castillo do in 2022", "q hizo castillo": a paragraph where the person acts comes before a best one where
   * they are only acted on or owned ("Mexico's support for Castillo", "called Castillo the victim", "Castillo's
   * wife"), when it scores at least {@link ACTOR_FIRST_SHARE} of it. Any scored results, each by its paragraph's key
   * in the index (undefined: not acting), such as one list fused from two searches: for "¿qué medidas tomó el
   * presidente Jeri?" the translation finds ¶1's "La medida llegó", where Jeri is named after "bajo el presidente" (in
   * English, "under President Jose Jeri") and acts in neither language.
   */
  actingFirst<T extends { score: number; coverage: number }>(
    ranked: T[],
    question: string,
    keyOf: (result: T) => number | undefined,
    concepts: readonly Concept[] = [],
  ): T[] {
    const lead = ranked[0];
    if (!lead) return ranked;
    const folded = foldText(question);
    const owner = this.roleOwner(folded);
    if (owner.length > 0) return this.mostActingFirst(ranked, owner, keyOf);
    const person = this.personActing(folded, concepts);
    if (person.length === 0) {
      const kind = this.personKindAsked(folded, concepts);
      return kind ? this.kindActingFirst(ranked, kind, keyOf) : this.partyFirst(ranked, folded, keyOf, concepts);
    }
    // "What did Castillo do": his deed is told where he acts most (¶3's attempt and arrest), not where he acts once
    // as another's object of a clause (¶2's "the coup attempted by … Castillo" in de Zela's words).
    if (this.deedAskedOf(folded).length > 0) return this.mostActingFirst(ranked, person, keyOf);
    const acting = (result: T) => {
      const key = keyOf(result);
      return key !== undefined && this.acts(key, person);
    };
    if (acting(lead)) return ranked;
    return closeRunnerUpFirst(ranked, acting);
  }

  /**
   * "What concrete steps did Peru take beyond announcing the break", "¿qué medidas tomó Perú además de romper
   * relaciones?": what someone did besides something is told in a paragraph of something else done (¶5's expulsion
   * of the chargée d'affaires), not in the one telling what is set aside (¶1's and ¶2's announcement of the break).
   * A paragraph where the one asked about acts ({@link actsIn}: a person, a country or a body) and not holding
   * every weighty word of what is set aside (`setAside`, read as a question) comes before a best one that holds them,
   * when it scores at least {@link ACTOR_FIRST_SHARE} of it.
   */
  beyondSetAsideFirst<T extends { score: number; coverage: number }>(
    ranked: T[],
    question: string,
    keyOf: (result: T) => number | undefined,
    setAside: readonly Concept[],
  ): T[] {
    const lead = ranked[0];
    const folded = foldText(question);
    if (!lead || !DEEDS_ASKED.test(folded)) return ranked;
    const leadKey = keyOf(lead);
    const told = setAside.filter((c) => c.kind === 'topic' && !c.name && c.weight > LIGHT_WORD_WEIGHT);
    if (told.length === 0) return ranked;
    // Who did it, not whom it was done to ("tomó Perú contra México").
    const subject = this.stepsTakerOf(folded)?.split(DONE_TO)[0];
    const doer = subject ? [...this.names.written(subject)] : [];
    if (doer.length === 0) return ranked;
    const body = !doer.some((term) => this.names.personTerms.has(term));
    const actingIn = (key: number) =>
      this.facts.evidence(key).filter((sentence) => this.actsIn(sentence, doer, body)).length;
    const tells = (key: number) => told.every((c) => this.facts.holds(c, key));
    if (leadKey === undefined || !tells(leadKey)) return ranked;
    const others = ranked.slice(1, PERSON_FIRST_REACH).flatMap((r) => {
      const key = keyOf(r);
      if (key === undefined || r.score < lead.score * ACTOR_FIRST_SHARE || r.coverage < RANKING.minCoverage) return [];
      const acts = tells(key) ? 0 : actingIn(key);
      return acts > 0 ? [{ r, acts }] : [];
    });
    // Where the doer acts most tells most of what it did: ¶5's leadership and government acting twice, not ¶4's
    // Peruvian prosecutors once, when the question names nothing else to weigh them by.
    const other = others.reduce<{ r: T; acts: number } | undefined>(
      (best, o) => (best && best.acts >= o.acts ? best : o),
      undefined,
    )?.r;
    return other ? [other, ...ranked.filter((r) => r !== other)] : ranked;
  }

  /**
   * "Además de la injerencia, ¿cómo ve Lima lo que hizo México?", "Besides interference, what does Lima accuse
   * Mexico of?": what a question sets aside is not what it asks. A best paragraph holding every weighty thing set aside
   * gives way to a close runner-up ({@link closeRunnerUpFirst}) lacking its most particular part (held by the fewest
   * paragraphs: "interference", not the "politics" of "meddling in its internal politics"), which tells something
   * else: ¶10's "violation of its sovereignty", not ¶5's interference; never when that part is what most paragraphs
   * tell ("besides the asylum"), which a paragraph holds whatever else it tells. A runner-up holding that part names
   * the same things, as ¶10's "countries" of the Pacific Alliance do for "besides the two feuding countries, which
   * nations …"; there, as where names are set aside, the ones set aside are listed with the ones asked, and the best
   * stays. Deeds asked are left to {@link beyondSetAsideFirst}, which also asks that the doer act there.
   */
  setAsideBehind<T extends { score: number; coverage: number }>(
    ranked: T[],
    question: string,
    keyOf: (result: T) => number | undefined,
    setAside: readonly Concept[],
  ): T[] {
    const told = setAside.filter((c) => c.kind === 'topic' && !c.talk && c.weight > LIGHT_WORD_WEIGHT);
    const lead = ranked[0];
    // Names set aside ("besides Mexico and Peru, which countries …") are listed with the ones asked.
    const namesAside = told.some((c) => c.name);
    if (!lead || told.length === 0 || namesAside || DEEDS_ASKED.test(foldText(question))) return ranked;
    const leadKey = keyOf(lead);
    if (leadKey === undefined || !told.every((c) => this.facts.holds(c, leadKey))) return ranked;
    const particular = mostParticular(told, (c) => this.facts.holderCount(c));
    // "Aparte del asilo, ¿de qué más acusa Perú a México?": most paragraphs tell of the asylum, so holding it says
    // nothing of what else a paragraph tells (¶5's accusation of interference answers).
    if (particular.some((c) => this.facts.isWidelyHeld(c))) return ranked;
    // "Apart from rebellion, what is Chávez accused of?": ¶1's "rebellion and conspiracy" lists the answer with it.
    if (this.facts.evidence(leadKey).some((sentence) => particular.some((c) => listedIn(sentence, c)))) return ranked;
    const lacks = (r: T) => {
      const key = keyOf(r);
      return key !== undefined && !particular.some((c) => this.facts.holds(c, key));
    };
    // Only the first three shown are reordered: one set aside never pushes a shown paragraph out.
    return [...closeRunnerUpFirst(ranked.slice(0, SET_ASIDE_REACH), lacks), ...ranked.slice(SET_ASIDE_REACH)];
  }

  /**
   * The words naming who took the steps or did what a question asks ("Peru" of "what steps did Peru take", of
   * "identify two actions Peru took", of "what else did Peru do"); undefined when it asks no deeds of anyone.
   */
  private stepsTakerOf(folded: string): string | undefined {
    const asked = ASKS_STEPS_TAKEN.exec(folded) ?? ASKS_WHAT_DONE.exec(folded) ?? ASKS_WHAT_DONE_FRONTED.exec(folded);
    if (asked) return asked.slice(1).find((group) => group !== undefined);
    // "las medidas que tomó el gobierno": a taker after the verb, else before it ("the measures Peru took").
    return STEPS_TAKEN_NAMED_SUBJECT_AFTER.exec(folded)?.[1] ?? STEPS_TAKEN_NAMED.exec(folded)?.[2];
  }

  /** The name terms of the person whose role a question asks ({@link ASKS_ROLE}); none when it asks none. */
  private roleOwner(folded: string): string[] {
    const asked = ASKS_ROLE.exec(folded);
    const group = asked?.slice(1).find((words) => words !== undefined);
    if (group === undefined || this.roleInWords(folded.slice(0, asked!.index + asked![0].search(ROLE_WORD)))) return [];
    return [...this.names.written(group)].filter((term) => this.names.personTerms.has(term));
  }

  /**
   * Whether the words before a role asked tell it in someone's words ("how did Peru's foreign minister describe
   * Chavez's role"): a verb of saying after the first word (which may be the order itself: "Summarize", "Explica").
   * What was said of the role is asked, not what its holder did.
   */
  private roleInWords(before: string): boolean {
    return before
      .split(/[^\p{L}']+/u)
      .filter((word) => word !== '')
      .slice(1)
      .some((word) => this.lexicon.lookup(word).classes[0] === 'verb.communication');
  }

  /**
   * Someone's role is told where they act most: a paragraph with more sentences where they act than the best one
   * comes first, when it scores at least {@link ACTOR_FIRST_SHARE} of it (for "Betssy Chávez's role", ¶4, which tells
   * her office, charges, denial and request, before ¶2, where she is only granted asylum in de Zela's words).
   */
  private mostActingFirst<T extends { score: number; coverage: number }>(
    ranked: T[],
    person: readonly string[],
    keyOf: (result: T) => number | undefined,
  ): T[] {
    const lead = ranked[0]!;
    const acting = (result: T) => {
      const key = keyOf(result);
      return key === undefined
        ? 0
        : this.facts.evidence(key).filter((sentence) => this.actsIn(sentence, person)).length;
    };
    let best = lead;
    let most = acting(lead);
    for (const result of ranked.slice(1, PERSON_FIRST_REACH)) {
      if (result.score < lead.score * ACTOR_FIRST_SHARE || result.coverage < RANKING.minCoverage) continue;
      const count = acting(result);
      if (count > most) [best, most] = [result, count];
    }
    return best === lead ? ranked : [best, ...ranked.filter((r) => r !== best)];
  }

  /**
   * The name terms of the person an English question asks what they did ("what did Castillo (actually) do", "what
   * Castillo did"); none when it asks no one's deed. (A Spanish "qué hizo" is read as before: its translation's
   * order stands, bilingual.ts.)
   */
  deedAskedOf(folded: string): string[] {
    const asked = ASKS_WHAT_DONE.exec(folded);
    const group = asked?.[1] ?? asked?.[2];
    if (group === undefined) return [];
    return [...this.names.written(group)].filter((term) => this.names.personTerms.has(term));
  }

  /** The terms of the person a question asks what they did or tried ({@link actingFirst}); none when it asks none. */
  private personActing(folded: string, concepts: readonly Concept[]): string[] {
    const personOf = (asked: RegExpExecArray | null) =>
      asked === null
        ? []
        : [...this.names.written(asked.slice(1).find((group) => group !== undefined)!)].filter((term) =>
            this.names.personTerms.has(term),
          );
    let person = personOf(ASKS_WHAT_DONE.exec(folded));
    if (person.length === 0) person = personOf(ASKS_WHAT_DONE_FRONTED.exec(folded));
    if (person.length === 0) person = personOf(ASKS_STEPS_TAKEN.exec(folded));
    if (person.length === 0) person = this.responder(folded, concepts);
    if (person.length === 0 && TRIED_VERB.test(folded)) person = personOf(TRIED.exec(folded));
    if (person.length === 0) person = personOf(TRIED_SUBJECT_AFTER.exec(folded));
    if (person.length === 0) person = this.triedUnnamed(folded, concepts);
    return person;
  }

  /**
   * Who a question asks how they responded ({@link ASKS_HOW_DID}): a name written, or else the one person a role
   * there stands for through the aliases ("Peru's current head of state": Jeri). None when it asks no response.
   */
  private responder(folded: string, concepts: readonly Concept[]): string[] {
    const group = this.responderAsked(folded);
    if (group === undefined) return [];
    const persons = this.names.personTerms;
    const written = [...this.names.written(group)].filter((term) => persons.has(term));
    if (written.length > 0) return written;
    const words = new Set(group.split(/[^\p{L}\p{N}]+/u));
    const named = concepts
      .filter((c) => words.has(c.label.split(' ')[0]!))
      .map((c) => [
        ...new Set(c.wordings.filter((w) => !w.loose).flatMap((w) => w.terms.filter((t) => persons.has(t)))),
      ])
      .filter((terms) => terms.length > 0);
    return named.length === 1 ? named[0]! : [];
  }

  /**
   * The words of who a question asks how they responded, as written ({@link ASKS_HOW_DID}): the first of a "how did
   * … respond" frame and an owner of a response, whichever comes first; undefined when it asks neither.
   */
  private responderAsked(folded: string): string | undefined {
    const verbal = this.responderBeforeVerb(folded);
    const nominal = this.ownerOfResponse(folded);
    if (verbal === undefined || nominal === undefined) return (verbal ?? nominal)?.words;
    return (nominal.at < verbal.at ? nominal : verbal).words;
  }

  /** "How did Chávez respond": the fewest words after the first such frame that a verb of responding follows. */
  private responderBeforeVerb(folded: string): { words: string; at: number } | undefined {
    for (const frame of folded.matchAll(ASKS_HOW_DID)) {
      const rest = folded.slice(frame.index + frame[0].length);
      for (const pattern of RESPONDER_THEN_VERB) {
        const found = pattern.exec(rest);
        if (!found) break;
        if (this.lexicon.inWordSet(found[2]!, 'respondingVerbs')) return { words: found[1]!, at: frame.index };
      }
    }
    return undefined;
  }

  /** "Chávez's response": the owner before the first noun of responding written with one. */
  private ownerOfResponse(folded: string): { words: string; at: number } | undefined {
    for (const word of folded.matchAll(WORD_AFTER_S)) {
      if (!this.lexicon.inWordSet(word[0], 'respondingNouns')) continue;
      const owner = OWNER_BEFORE.exec(folded.slice(0, word.index));
      if (owner) return { words: owner[1]!, at: owner.index };
    }
    return undefined;
  }

  /**
   * "Why did Mexico give Chávez asylum", "¿por qué le dieron asilo a Chávez?": a best paragraph telling what is asked
   * only as the cause of something else (¶1's "The move came swiftly after Mexico granted political asylum to Betssy
   * Chavez" tells why Peru broke relations) gives no reason for it. A paragraph telling it with a cause joined to it
   * comes first ({@link causeSides}: ¶4's "Facing what she … describe as political persecution, Chavez formally
   * requested asylum", ¶7's "Mexico granted diplomatic asylum … in full accordance with international law"), when it
   * scores at least {@link ACTOR_FIRST_SHARE} of it. What is asked is the question's weighty words besides its names
   * (which are everywhere) and words for who someone is ({@link namesWho}). Asked why someone says or accuses
   * something ("¿por qué Perú dice que México se mete en sus asuntos?"), a best paragraph only telling the claim
   * (¶5's "accused the Mexican government of repeated interference") gives no ground for it either: one telling the
   * claim with its cause comes first (¶6's "Peru accused Mexico of political meddling, especially as …").
   *
   * @param fused whether `ranked` is the list fused from a Spanish question's two searches (bilingual.ts).
   */
  reasonFirst<T extends { score: number; coverage: number }>(
    ranked: T[],
    question: string,
    keyOf: (result: T) => number | undefined,
    concepts: readonly Concept[],
    fused = false,
  ): T[] {
    const lead = ranked[0];
    if (!lead || !ASKS_WHY.test(foldText(question))) return ranked;
    const persons = this.names.personTerms;
    const isName = (term: string) => this.names.written(term).size > 0;
    const asked = concepts
      .filter((c) => c.kind === 'topic' && !c.name && !c.title && c.weight > LIGHT_WORD_WEIGHT)
      .filter((c) => !c.wordings.some((w) => w.terms.some((term) => persons.has(term))))
      .filter((c) => !this.namesWho(c.label))
      .map((c) =>
        c.wordings.filter((w) => !w.loose && w.terms.length > 0 && !w.terms.every(isName)).map((w) => w.terms),
      )
      .filter((wordings) => wordings.length > 0);
    if (asked.length === 0) return ranked;
    const held = (parts: readonly SentenceEvidence[]) =>
      parts.some((part) => asked.some((wordings) => wordings.some((terms) => holdsNear(part, terms))));
    const sides = (key: number) => {
      let found = this.causeSidesOf.get(key);
      if (!found) this.causeSidesOf.set(key, (found = this.causeSides(this.facts.evidence(key))));
      return found;
    };
    const leadKey = keyOf(lead);
    if (leadKey === undefined) return ranked;
    // Only a best paragraph telling what is asked as the cause of something else, and nowhere with its own: one
    // telling it without any cause may give it in words no joining word marks ("a political maneuver to shield
    // allies", ¶10), and a cause found anywhere else would be no better (development sets, promoting over any best
    // paragraph explaining none of it: 15 questions more at rank 1, 8 fewer, held sets 10 and 10). Unless what is
    // asked is why someone says it ({@link ASKS_WHY_SAID}): a best paragraph telling the claim with no cause only
    // repeats it (development sets: 9 questions more at rank 1, none fewer; held sets 6 and 3).
    const leadSides = sides(leadKey);
    const claim = ASKS_WHY_SAID.test(foldText(question)) || ASKS_WHY_HELD_ES.test(foldText(question));
    // In the list fused from both searches, a claim a sentence gives as a cause of something else is no claim it
    // explains, though the joining word opening it marks all after it as caused (¶2's "In response to this unfriendly
    // act, and taking into account the repeated occasions in which … have interfered …, the Peruvian government has
    // decided … to break"). Not within one search: there, passing over ¶2 let a paragraph that only repeats the claim
    // (¶5) outscore both once the two lists were fused (development sets: 3 questions fewer at rank 1).
    const heldIn = (part: SentenceEvidence) => held([part]);
    const causeWithin = (found: CauseSides, part: CausePart) =>
      found.causes.some((cause) => within(cause, part) && heldIn(cause));
    const explains = (found: CauseSides) =>
      found.caused.some((part) => heldIn(part) && !(claim && fused && causeWithin(found, part)));
    if (explains(leadSides) || (!held(leadSides.causes) && !claim)) return ranked;
    return closeRunnerUpFirst(ranked, (r) => {
      const key = keyOf(r);
      return key !== undefined && explains(sides(key));
    });
  }

  /**
   * "Why did Betssy Chávez go to the embassy?": asked why a person did something, a paragraph telling that person
   * acting with a cause joined to the act (¶4's "Facing what she … describe as political persecution, Chavez
   * formally requested asylum") comes before a best paragraph telling no act of theirs with a cause (¶2's de Zela
   * announcing she is granted asylum at the embassy's residence), when it scores at least {@link ACTOR_FIRST_SHARE}
   * of it. The person is the question's subject: the first name right after its "why" and auxiliary.
   *
   * "Why did Mexico give Chávez asylum?", "¿por qué México le dio asilo a Betssy Chávez?": asked why a country did
   * something to a person, that person's own act with its cause comes first in the same way when the act is of what
   * the question asks (she requested the asylum, facing persecution, ¶4): what was done to her answered what she did.
   * ¶7's "Mexico granted diplomatic asylum to Chávez in full accordance with international law" tells the grant,
   * not why it was given.
   */
  personReasonFirst<T extends { score: number; coverage: number }>(
    ranked: T[],
    question: string,
    keyOf: (result: T) => number | undefined,
    concepts: readonly Concept[] = [],
  ): T[] {
    const lead = ranked[0];
    if (!lead) return ranked;
    const folded = foldText(question);
    const subject = this.personAskedWhy(folded);
    const recipient = subject.length === 0 ? this.recipientAskedWhy(folded) : [];
    const person = subject.length > 0 ? subject : recipient;
    if (person.length === 0) return ranked;
    // Of a recipient, only an act sharing a topic the question asks: "why did Peru accuse Chávez" is not answered by
    // her asking for asylum.
    const topics = subject.length > 0 ? undefined : this.topicTermsAsked(concepts);
    if (topics?.length === 0) return ranked;
    const tellsReason = (result: T) => {
      const key = keyOf(result);
      return (
        key !== undefined &&
        this.facts
          .evidence(key)
          .some(
            (sentence) =>
              this.actsWithCause(sentence, person) && (!topics || topics.some((term) => sentence.stems.includes(term))),
          )
      );
    };
    if (tellsReason(lead)) return ranked;
    // A recipient's act answers only when its paragraph covers as much of the question as the best one: "why did
    // Mexico protect Chávez, she tried a coup" is ¶10's shielding of those accused of the coup, not her request.
    const asMuch = (result: T) => !topics || result.coverage >= lead.coverage;
    return closeRunnerUpFirst(ranked, (result) => asMuch(result) && tellsReason(result));
  }

  /**
   * The name terms of the person a "why" question asks of: the first name within {@link SUBJECT_REACH} words after
   * its "why" ("why did **betssy chavez** go …"), when that name is a person's; none when it is a country's ("why did
   * mexico give chavez asylum" asks why Mexico acted) or no name stands there.
   */
  private personAskedWhy(folded: string): string[] {
    const named = this.namesAfterWhy(folded);
    const first = named[0];
    return first && first.every((term) => this.names.personTerms.has(term)) ? first : [];
  }

  /**
   * The name terms of the person a "why" question's country does something to: the name right after a subject that
   * is a place's, when it is a person's ("why did mexico give **chavez** asylum", "por qué méxico le dio asilo a
   * **betssy chavez**"); none when the subject is a person's or no person is named.
   */
  private recipientAskedWhy(folded: string): string[] {
    const [first, second] = this.namesAfterWhy(folded);
    if (!first || first.length === 0 || first.some((term) => this.names.personTerms.has(term))) return [];
    // The next name only: one after another place's ("why was Peru upset with Mexico before the asylum for Chávez")
    // is no longer whom the subject acted on.
    return second && second.length > 0 && second.every((term) => this.names.personTerms.has(term)) ? second : [];
  }

  /**
   * The names after a question's "why", in order, each as the terms of it and the word after it: none unless the
   * first stands within {@link SUBJECT_REACH} words of the "why", where a subject stands.
   */
  private namesAfterWhy(folded: string): string[][] {
    const why = ASKS_WHY.exec(folded);
    if (!why) return [];
    const words = folded
      .slice(why.index + why[0].length)
      .split(/\s+/)
      .filter(Boolean);
    const first = words.findIndex((word) => this.names.written(word).size > 0);
    if (first < 0 || first >= SUBJECT_REACH) return [];
    const named: string[][] = [];
    for (let at = first; at < words.length; at++) {
      if (this.names.written(words[at]!).size === 0) continue;
      named.push([...this.names.written(words.slice(at, at + 2).join(' '))]);
      if (this.names.written(words[at + 1] ?? '').size > 0) at++;
    }
    return named;
  }

  /**
   * The terms of a question's topic words as written or aliased, not through a synonym ("protect" is no "asylum"): no
   * name, no light word, no loose wording.
   */
  private topicTermsAsked(concepts: readonly Concept[]): string[] {
    return concepts
      .filter((c) => c.kind === 'topic' && !c.name && c.weight > LIGHT_WORD_WEIGHT)
      .flatMap((c) => c.wordings.filter((w) => !w.loose && w.weight >= 1 && w.terms.length === 1))
      .map((w) => w.terms[0]!);
  }

  /**
   * Whether a sentence tells a person acting ({@link actsIn}) on the side of a joining word that is what a cause
   * caused ({@link CAUSE_FOLLOWS}): after one opening the sentence or a quotation ("Facing …, Chavez formally
   * requested asylum"), before one within it.
   */
  private actsWithCause(sentence: SentenceEvidence, person: readonly string[]): boolean {
    const { words, stems, quoted } = sentence;
    const named = stems.findIndex((stem) => person.includes(stem));
    if (named < 0 || !this.actsIn(sentence, person)) return false;
    return words.some((_, i) => {
      if (!CAUSE_FOLLOWS.some((joining) => joining.every((word, j) => words[i + j] === word))) return false;
      const opening = i === 0 || (quoted.has(i) && !quoted.has(i - 1));
      return opening ? named > i : named < i;
    });
  }

  /**
   * Whether a question's word names who someone is or what they are like, not what happened: a person ("officers",
   * "ex") or a quality ("former").
   */
  private namesWho(label: string): boolean {
    const classes = this.lexicon.lookup(label).classes;
    const adjectives = classes.filter((name) => name.startsWith('adj.')).length;
    return classes[0] === 'noun.person' || adjectives * 2 > classes.length;
  }

  /**
   * The parts of a paragraph's sentences on either side of a word joining a cause to what it caused
   * ({@link CAUSE_FOLLOWS}, {@link EFFECT_FOLLOWS}). A joining word opening a sentence or a quotation in it ("He
   * continued, 'In response to this unfriendly act, … to break diplomatic relations'") has both after it, and all
   * the rest counts as caused; one within has what it caused before it, and its cause after. What is caused may be
   * the sentence before, referred back to ("The move came swiftly after …").
   */
  private causeSides(sentences: readonly SentenceEvidence[]): CauseSides {
    const caused: CausePart[] = [];
    const causes: CausePart[] = [];
    sentences.forEach((sentence, at) => {
      const { words, stems, quoted } = sentence;
      const part = (from: number, to = words.length): CausePart => ({
        ...sentence,
        stems: stems.slice(from, to),
        from,
        to,
      });
      const joins = (joining: readonly string[], i: number) => joining.every((word, j) => words[i + j] === word);
      for (let i = 0; i < words.length; i++) {
        const effect = EFFECT_FOLLOWS.find((joining) => joins(joining, i));
        if (effect) {
          caused.push(part(i + effect.length));
          causes.push(part(0, i));
          continue;
        }
        const cause = CAUSE_FOLLOWS.find((joining) => joins(joining, i));
        if (!cause) continue;
        if (i === 0 || (quoted.has(i) && !quoted.has(i - 1))) {
          caused.push(part(i + cause.length));
          continue;
        }
        caused.push(part(0, i));
        causes.push(part(i + cause.length));
        const before = sentences[at - 1];
        if (before && i <= REFERRING_REACH && REFERRING.has(words[0]!))
          caused.push({ ...before, from: 0, to: before.words.length });
      }
    });
    return { caused, causes };
  }

  /**
   * Who tried, in an attempt told with a pronoun or no subject ({@link TRIED_UNNAMED}): the name terms of the one
   * person the question names before it, by name or through an alias ("exmandatario": Pedro Castillo). None when it
   * names no one or several there, or when the clause opens the question ("¿cuándo intentó Castillo …?" names who
   * tried after it).
   */
  private triedUnnamed(folded: string, concepts: readonly Concept[]): string[] {
    const tried = TRIED_UNNAMED.exec(folded);
    if (!tried) return [];
    const before = folded.slice(0, tried.index);
    if (!/\p{L}/u.test(before.replace(/\b(?:y|and|pero|but|so|entonces)\b/g, ''))) return [];
    const persons = this.names.personTerms;
    const named = concepts
      .filter((c) => before.includes(c.label.split(' ')[0]!))
      .map((c) => [
        ...new Set(c.wordings.filter((w) => !w.loose).flatMap((w) => w.terms.filter((t) => persons.has(t)))),
      ])
      .filter((terms) => terms.length > 0);
    return named.length === 1 ? named[0]! : [];
  }

  /**
   * Whether a question asks what someone the articles name did, or what steps they took ("what measures did Colombia
   * take", "¿qué hizo Colombia?"), and no paragraph names them acting (¶8's "along with Chile and Colombia"): the
   * articles do not tell it.
   */
  asksDeedsOfIdle(question: string): boolean {
    const folded = foldText(question);
    const done = ASKS_WHAT_DONE.exec(folded);
    // Not "what X did" (its second form): "what convention did Mexico cite" asks for the convention.
    const asked =
      ASKS_STEPS_TAKEN.exec(folded) ?? (done?.[2] === undefined ? done : null) ?? ASKS_WHAT_DONE_FRONTED.exec(folded);
    const group = asked?.slice(1).find((words) => words !== undefined);
    if (group === undefined) return false;
    // The name as its last word writes it ("presdent jose jerri" may be Jeri, though "jose" is read).
    const last = [...this.names.written(group.trim().split(/\s+/).at(-1) ?? '')];
    if (last.length === 0) return false;
    // Named by the last word alone is named: "President Jeri backed these statements" (¶5) acts as Jose Jeri.
    return ![...this.index.paragraphPostings.ids(last[0]!)].some((key) => this.acts(key, last));
  }

  /**
   * Whether a yes-or-no question asks whether a party did an act back ({@link DONE_IN_RETURN}: "did Mexico kick out
   * any Peruvian diplomats to get back at them?") that the articles tell only as another's: every sentence holding
   * the act (the first concept after the party, in any of its wordings) names someone else doing it (¶5: Jeri
   * "expelling Mexico's chargée d'affaires"). Whether the party did it back is then never told, and no paragraph
   * answers it. The party must be the question's first concept, a name; it acts itself or through those who speak
   * for it (`voicesOf`: "Peru" through Jeri and de Zela).
   */
  asksActDoneBackUntold(
    question: string,
    concepts: readonly Concept[],
    voicesOf: (term: string) => ReadonlySet<string>,
  ): boolean {
    const folded = foldText(question);
    if (!OPENS_YES_OR_NO.test(folded) || !DONE_IN_RETURN.test(folded)) return false;
    const [party, act] = concepts;
    if (!party?.name || !act || act.name || act.weight <= LIGHT_WORD_WEIGHT) return false;
    const own = party.wordings.filter((w) => !w.loose).flatMap((w) => w.terms);
    const body = !own.some((term) => this.names.personTerms.has(term));
    const doer = [...new Set([...own, ...own.flatMap((term) => [...voicesOf(term)])])];
    const telling = this.index.paragraphs
      .flatMap((paragraph) => this.facts.evidence(paragraph.key))
      .filter((sentence) => act.wordings.some((w) => !w.loose && w.terms.every((t) => sentence.stems.includes(t))));
    return telling.length > 0 && !telling.some((sentence) => this.actsIn(sentence, doer, body));
  }

  /**
   * "Which country did Peru cut ties with", "so is mexico saying it was legal", "y méxico q le contestó a Perú": a
   * paragraph where the country or body the question makes its subject does what else it asks comes before a best one
   * where that party acts nowhere, when it scores at least {@link ACTOR_FIRST_SHARE} of it ("Mexico broke off relations
   * with Ecuador", ¶9, is another country's break; ¶5's "labeled Mexico's decision an 'unfriendly act'" is said of
   * Mexico, ¶7's "Mexico reaffirms that … the granting of asylum cannot be considered an unfriendly act" by it). Of
   * several such, the one doing most of what is asked.
   */
  private partyFirst<T extends { score: number; coverage: number }>(
    ranked: T[],
    folded: string,
    keyOf: (result: T) => number | undefined,
    concepts: readonly Concept[],
  ): T[] {
    const lead = ranked[0]!;
    const party = this.partyAsked(folded, concepts);
    const leadKey = keyOf(lead);
    if (!party || leadKey === undefined) return ranked;
    // Acting anywhere in the best paragraph, the party may do what is asked in a sentence naming it otherwise ("The
    // government also pointed to …").
    if (this.facts.evidence(leadKey).some((sentence) => this.actsIn(sentence, party.terms, true))) return ranked;
    // What the best paragraph holds of what is asked besides names (whom it was done to: "a Perú") the party must do
    // there: "What kind of relations did Peru keep" is not answered by Peru's decision to break them (¶2).
    const holds = (key: number) => (wordings: readonly (readonly string[])[]) =>
      wordings.some((terms) => terms.every((term) => this.index.paragraphPostings.holds(term, key)));
    const needed = party.asked.filter((thing) => !thing.name && holds(leadKey)(thing.wordings));
    let best: T | undefined;
    let most = 0;
    for (const r of ranked.slice(1, PERSON_FIRST_REACH)) {
      const key = keyOf(r);
      if (key === undefined || r.score < lead.score * ACTOR_FIRST_SHARE || r.coverage < RANKING.minCoverage) continue;
      const done = this.partyDoes(key, party);
      if (done.length > most && needed.every((thing) => done.includes(thing))) [best, most] = [r, done.length];
    }
    return best ? [best, ...ranked.filter((r) => r !== best)] : ranked;
  }

  /**
   * "Which Peruvian official talked to reporters about the break": a person asked for by what kind of person they
   * are, as "who" asks, doing what follows. A paragraph where someone of that kind (of the place the question gives
   * them, as the articles write it: "**Peru's** Foreign Minister Hugo de Zela") does more of what is asked than anyone
   * of that kind does in the best paragraph comes first, when it scores at least {@link ACTOR_FIRST_SHARE} of it
   * (¶2's "de Zela told journalists", not ¶8's Mexican president at her press briefing). Of several such, the one
   * doing most.
   */
  private kindActingFirst<T extends { score: number; coverage: number }>(
    ranked: T[],
    kind: PersonKindAsked,
    keyOf: (result: T) => number | undefined,
  ): T[] {
    const lead = ranked[0]!;
    const leadKey = keyOf(lead);
    if (leadKey === undefined) return ranked;
    const persons = [...this.names.personTerms].filter(
      (term) => !kind.named.has(term) && (kind.place.length === 0 || this.personOf(term, kind.place)),
    );
    if (persons.length === 0) return ranked;
    const done = (key: number) => this.personDoes(key, persons, kind.asked);
    let most = done(leadKey);
    let best: T | undefined;
    for (const r of ranked.slice(1, PERSON_FIRST_REACH)) {
      const key = keyOf(r);
      if (key === undefined || r.score < lead.score * ACTOR_FIRST_SHARE || r.coverage < RANKING.minCoverage) continue;
      const count = done(key);
      if (count > most) [best, most] = [r, count];
    }
    return best ? [best, ...ranked.filter((r) => r !== best)] : ranked;
  }

  /**
   * How many of the things asked a paragraph tells someone of `persons` doing: each held close together in a sentence
   * where one of them acts ({@link actsIn}), or in one that goes on about them with a pronoun as its subject ("He
   * continued, '… break diplomatic relations'").
   */
  private personDoes(key: number, persons: readonly string[], asked: readonly AskedThing[]): number {
    const acting: SentenceEvidence[] = [];
    let last = false;
    for (const sentence of this.facts.evidence(key)) {
      last = this.actsIn(sentence, persons) || (last && SUBJECT_PRONOUNS.has(sentence.words[0] ?? ''));
      if (last) acting.push(sentence);
    }
    if (acting.length === 0) return 0;
    return asked.filter((thing) => thing.wordings.some((terms) => acting.some((s) => holdsNear(s, terms)))).length;
  }

  /**
   * Whether the articles write a person (a name term) as someone of a place: a name of it among the names and titles
   * run together before theirs ("Peru's Foreign Minister Hugo de Zela", "the Peruvian President …"), not across the
   * end of a quotation, or in a description right after it ("Betssy Chavez, a former Peruvian prime minister").
   */
  private personOf(person: string, place: readonly string[]): boolean {
    return this.personPlaces.get(person, () => this.placesOf(person)).some((term) => place.includes(term));
  }

  /** The name terms written in the runs of names and titles before a person's name ({@link personOf}). */
  private placesOf(person: string): string[] {
    const places = new Set<string>();
    for (const key of this.index.paragraphPostings.ids(person))
      for (const { words, stems, names, quoted } of this.facts.evidence(key))
        stems.forEach((stem, at) => {
          if (stem !== person || !names.has(at)) return;
          for (let first = at - 1; first >= 0 && quoted.has(first) === quoted.has(at); first--) {
            if (names.has(first)) places.add(stems[first]!);
            else if (!this.index.names.titles.has(stems[first]!) && !NAME_PARTICLES.has(words[first]!)) break;
          }
          // "Betssy Chavez, a former Peruvian prime minister": a description after the name.
          let end = at;
          while (names.has(end + 1)) end++;
          if (!INDEFINITE.has(words[end + 1] ?? '')) return;
          for (let n = end + 2; n <= end + 1 + DESCRIPTION_REACH && n < words.length; n++)
            if (names.has(n)) places.add(stems[n]!);
        });
    return [...places].filter((term) => !this.names.personTerms.has(term));
  }

  /** Terms of the articles' names, gathered when first needed. */
  private nameTerms: ReadonlySet<string> | undefined;

  /** {@link placesOf} by person term: the articles do not change. */
  private readonly personPlaces = new Memo<string, string[]>(PERSON_PLACES_MEMO);

  /**
   * A person asked for by kind ({@link kindActingFirst}), in English: after "which" or "what" (not after a
   * preposition: "to which official …" asks whom something was done to), a word WordNet reads first as a person
   * ({@link isPersonKind}: "official", "diplomat"), past words describing it ("former", "Peruvian"), and then a verb
   * ({@link isVerb}), past adverbs; not an auxiliary ("which diplomat did Lima expel", "which official was expelled",
   * "got detained": the person is acted on). The names before or after it say whose they are ("Peruvian official",
   * "official in Mexico"); what they do is the question's weighty things from the verb on, besides names. (A Spanish
   * question, "¿qué funcionario peruano …?", is read through the aliases of such words, which name the titles, and
   * WordNet cannot tell its verbs.)
   */
  private personKindAsked(folded: string, concepts: readonly Concept[]): PersonKindAsked | undefined {
    const words = folded.split(/[^\p{L}\p{N}']+/u).filter((word) => word !== '');
    const opening = words.findIndex((word) => PERSON_KIND_OPENERS.has(word));
    if (opening < 0 || PREPOSITIONS.has(words[opening - 1] ?? '')) return undefined;
    const place: string[] = [];
    const placeOf = (word: string) => {
      const terms = [...this.names.written(word)].filter((term) => !this.names.personTerms.has(term));
      place.push(...terms);
      return terms.length > 0;
    };
    let at = opening + 1;
    const reach = Math.min(words.length, opening + 1 + PERSON_KIND_REACH);
    for (; at < reach; at++) {
      const word = words[at]!;
      if (placeOf(word)) continue;
      if (this.isPersonKind(word)) break;
      if (!this.lexicon.lookup(word).classes.some((name) => name.startsWith('adj.'))) return undefined;
    }
    if (at >= reach) return undefined;
    let next = at + 1;
    // "Funcionario peruano", "official in Mexico", "official from Peru": a place after the kind.
    if (next < words.length && placeOf(words[next]!)) next++;
    else if (PLACE_OF.has(words[next] ?? '') && placeOf(words[next + 1] ?? '')) next += 2;
    // "Which official actually ordered …", "which ex premier …": past adverbs and to the last noun of the kind.
    for (; next < words.length; next++) {
      const word = words[next]!;
      if (this.isVerb(word)) break;
      const first = this.lexicon.lookup(word).classes[0];
      if (first === 'adv.all' || (first?.startsWith('noun.') && this.isPersonKind(word))) continue;
      return undefined;
    }
    if (next >= words.length || PERSON_KIND_AUXILIARIES.has(words[next]!)) return undefined;
    const after = new Set(words.slice(next));
    // Names are no deed ("went to the Mexicans for protection"): whose it is, or whom it was done to.
    this.nameTerms ??= new Set(this.index.names.nameForms.values());
    const nameTerms = this.nameTerms;
    const asked = concepts
      .filter((c) => !c.name && c.kind === 'topic' && c.weight > LIGHT_WORD_WEIGHT)
      .filter((c) => c.label.split(' ').some((word) => after.has(word)))
      .map((c) => ({
        name: false,
        wordings: c.wordings
          .filter((w) => !w.loose && w.terms.length > 0 && !w.terms.every((term) => nameTerms.has(term)))
          .map((w) => w.terms),
      }))
      .filter((thing) => thing.wordings.length > 0);
    if (asked.length === 0) return undefined;
    return { place, asked, named: this.names.written(folded) };
  }

  /**
   * Whether a word names a kind of person: WordNet's commonest sense of it or of its singular ("official",
   * "diplomats"), not a name ("Mexican").
   */
  private isPersonKind(word: string): boolean {
    if (this.names.written(word).size > 0) return false;
    const isPerson = (w: string) => this.lexicon.lookup(w).classes[0] === 'noun.person';
    return isPerson(word) || (/[^s]s$/.test(word) && isPerson(word.slice(0, -1)));
  }

  /**
   * Whether an English word is a verb's form: WordNet's commonest sense of it, an inflection, or an irregular form
   * ("told").
   */
  private isVerb(word: string): boolean {
    if (this.lexicon.lookup(word).classes[0]?.startsWith('verb.') || this.lexicon.isVerbForm(word)) return true;
    const stem = this.analyzer.stemOf(word);
    return stem !== word && this.lexicon.isVerbLemma(stem);
  }

  /**
   * The country or body a question makes the subject of its main clause, written as itself (not "Mexico's president",
   * "the Mexican leader": someone of it), alone (not "Peru and Mexico"), with the weighty things asked besides it.
   */
  private partyAsked(folded: string, concepts: readonly Concept[]): PartyAsked | undefined {
    // The place itself, not its people ("the Mexican leader": WordNet's adjective or person of it). Most words name
    // nothing, and are not looked up.
    const written = (word: string) => {
      const names = this.names.written(word);
      return names.size === 0 ||
        this.lexicon.lookup(word).classes.some((name) => name === 'adj.pert' || name === 'noun.person')
        ? []
        : [...names];
    };
    let opening: RegExpExecArray | undefined;
    let terms: string[] = [];
    for (const match of folded.matchAll(PARTY_SUBJECT)) {
      terms = written(match[1]!);
      if (terms.length > 0) {
        opening = match;
        break;
      }
    }
    if (!opening) return undefined;
    if (terms.some((term) => this.names.personTerms.has(term))) return undefined;
    const start = opening.index + opening[0].length;
    const after = folded
      .slice(start)
      .match(/^\s*(['\p{L}-]*)(?:\s+(?:still|also|just|really|even|ever|ya|aun|todavia))?\s*(\p{L}*)/u);
    const next = after?.[1] ?? '';
    // Someone of it ("Mexico's president"), another party beside it ("Peru and Mexico", "Mexico-Peru"), or only what
    // it has or is ("so peru has had like 3 presidents"): nothing it does.
    if (/^['-]|^s$|^n$/.test(next) || JOINING.has(next) || this.names.written(next).size > 0) return undefined;
    if (STATIVE.has(next) || this.ownsRole(next)) return undefined;
    // What is asked of it ends where another party acts: "what did Mexico do that made **Peru** decide …".
    const words = folded.slice(start).split(/[^\p{L}\p{N}']+/u);
    const other = words.findIndex(
      (word, i) => i > 0 && !PREPOSITIONS.has(words[i - 1]!) && !JOINING.has(words[i - 1]!) && written(word).length > 0,
    );
    const own = ` ${other < 0 ? folded : folded.slice(0, start) + words.slice(0, other).join(' ')} `;
    const before = (c: Concept) =>
      other < 0 || !folded.includes(c.label.split(' ')[0]!) || own.includes(c.label.split(' ')[0]!);
    const asked = concepts
      .filter((c) => (c.name || c.weight > LIGHT_WORD_WEIGHT) && c.kind === 'topic' && before(c))
      .map((c) => ({
        name: c.name,
        wordings: c.wordings
          .filter((w) => !w.loose && w.terms.length > 0)
          .map((w) => w.terms)
          .filter((wording) => !wording.some((term) => terms.includes(term))),
      }))
      .filter((thing) => thing.wordings.length > 0);
    return asked.length > 0 ? { terms, asked } : undefined;
  }

  /**
   * The things a question asks that the party does in a paragraph: each held whole in a sentence that names the party
   * acting ({@link actsIn}).
   */
  private partyDoes(key: number, party: PartyAsked): AskedThing[] {
    const acting = this.facts.evidence(key).filter((sentence) => this.actsIn(sentence, party.terms, true));
    const holds = (terms: readonly string[]) => acting.some((sentence) => holdsNear(sentence, terms));
    return party.asked.filter((thing) => thing.wordings.some(holds));
  }

  /**
   * Whether a paragraph names the person as one acting: opening a sentence or a clause, not right after a preposition
   * or a verb (its object), nor owning something ("Castillo's").
   */
  private acts(key: number, person: readonly string[]): boolean {
    return this.facts.evidence(key).some((sentence) => this.actsIn(sentence, person));
  }

  /**
   * Whether a sentence names the party acting ({@link acts}). A country or a body (`body`) acts through its own:
   * "Peru's government", "the Peruvian government", "the Mexican Embassy", though "the" after a verb still makes it
   * what is acted on ("accused the Mexican government"); a quotation opening on it is its words ("'Mexico reaffirms
   * …'").
   */
  private actsIn(sentence: SentenceEvidence, person: readonly string[], body = false): boolean {
    const { words, stems, names, possessives, quoted } = sentence;
    const named = (at: number) =>
      person.includes(stems[at]!) ||
      (body && names.has(at) && person.some((t) => this.names.written(words[at]!).has(t)));
    return stems.some((stem, at) => {
      if (!named(at)) return false;
      // The rest of a person's name is theirs ("manuel" of "qué hizo andrés manuel" in "Andrés Manuel López
      // Obrador"); a word inside any other longer name names someone else ("Mexican Embassy").
      let end = at;
      while (names.has(end + 1) && this.names.personTerms.has(stems[end + 1] ?? '')) end++;
      if (names.has(end + 1) && !body) return false;
      let first = at;
      // A title before the name is part of it: "under President Jose Jeri" names him after "under".
      // So is a name it is joined to ("along with Chile and Colombia" names Colombia after "with"), a surname's
      // particle ("de Zela") and an article before a body's name ("members of the Pacific Alliance").
      for (;;) {
        const before = words[first - 1] ?? '';
        // Nor across the end of a quotation: "'… the Mexican Embassy in Peru,' de Zela told journalists".
        if (first > 0 && quoted.has(first - 1) !== quoted.has(first)) break;
        if (names.has(first - 1) || this.index.names.titles.has(stems[first - 1] ?? '')) first--;
        else if (JOINING.has(before) && names.has(first - 2)) first -= 2;
        else if (NAME_PARTICLES.has(before) && at === first) first--;
        else if (ARTICLES.has(before) && names.has(first + 1)) first--;
        else break;
      }
      if ((possessives.has(end) || words[end + 1] === 's') && !body) return false;
      if (body && ARTICLES.has(words[first - 1] ?? '') && quoted.has(first - 1) === quoted.has(first)) first--;
      const before = words[first - 1];
      if (before === undefined || (body && quoted.has(first) && !quoted.has(first - 1))) return true;
      // Right after a quotation, a name is whoever said it ("'…,' de Zela told journalists").
      if (quoted.has(first - 1) && !quoted.has(first)) return true;
      if (PREPOSITIONS.has(before) || (body && PLACE_PREPOSITIONS.has(before))) return false;
      // A word that can be a verb puts a country after it as its object ("accused Mexico", "expelling Mexico's").
      const classes = this.lexicon.lookup(before).classes;
      return body ? !classes.some((name) => name.startsWith('verb.')) : !classes[0]?.startsWith('verb.');
    });
  }

  /**
   * "Who took over after Castillo was removed": where a word of the question stands, by an alias, for someone the
   * question does not name ("took over": Dina Boluarte), a paragraph naming that person comes before a best one that
   * does not ("Castillo's successors", named by no one), when it scores at least {@link ACTOR_FIRST_SHARE} of it.
   */
  namedAnswerFirst(candidates: RankedParagraph[], concepts: readonly Concept[], question: string): RankedParagraph[] {
    const lead = candidates[0];
    if (!lead) return candidates;
    const asked = this.names.written(question);
    const persons = this.names.personTerms;
    const answers = concepts
      .flatMap((c) => c.wordings)
      .filter((w) => !w.loose && w.terms.length > 1 && w.terms.every((term) => persons.has(term) && !asked.has(term)))
      .map((w) => w.terms);
    if (answers.length === 0) return candidates;
    const names = (key: number) =>
      answers.some((terms) => terms.every((term) => this.index.paragraphPostings.holds(term, key)));
    if (names(lead.key)) return candidates;
    const named = candidates
      .slice(1, PERSON_FIRST_REACH)
      .find((r) => r.score >= lead.score * ACTOR_FIRST_SHARE && names(r.key));
    return named ? [named, ...candidates.filter((r) => r !== named)] : candidates;
  }

  /**
   * "Who is Castillo", "i dont know who castillo is": a question asking only who someone is is answered where the
   * article says who they are, by a description after their name ("Pedro Castillo, a leftist former teacher …",
   * "Betssy Chavez, who served as …"). Such a paragraph comes before a best one that only names them, when it scores
   * at least {@link ACTOR_FIRST_SHARE} of it. Of several that do, the article's first: news writing introduces a
   * person where it first names them ("Betssy Chavez, a former Peruvian prime minister accused of rebellion …", ¶1)
   * and later paragraphs go on from there (¶4's "who served as prime minister during Castillo's … administration"
   * leads into her trial). Not for a question among others in a line (`firstMention` false: "¿quién es Betssy Chávez?
   * ¿qué cargo tuvo y de qué la acusan?"): the others ask more of the person, which the later, fuller paragraph
   * tells, and the best-scoring describer stays first. (Development sets: 6 questions more at rank 1, 1 fewer; with
   * the lines of several questions too, 9 more and 5 fewer.)
   */
  describedFirst(
    candidates: RankedParagraph[],
    concepts: readonly Concept[],
    question: string,
    firstMention = true,
  ): RankedParagraph[] {
    const lead = candidates[0];
    if (!lead || !this.asksWhoSomeoneIs(question, concepts)) return candidates;
    const weighty = concepts.filter((c) => c.weight > LIGHT_WORD_WEIGHT && !c.talk);
    const asked = this.personAsked(question, concepts);
    const describes = (key: number) => {
      const text = this.index.paragraphs[key]!.text;
      return this.index.wordsHolding(key, asked).some((span) => DESCRIPTION_AFTER.test(text.slice(span.end)));
    };
    // A title just before the name ("President Claudia Sheinbaum") says who they are too, more briefly: where no
    // paragraph describes them after the name.
    const titled = (key: number) => {
      const text = this.index.paragraphs[key]!.text;
      return this.index.wordsHolding(key, asked).some((span) => {
        const title = TITLE_BEFORE.for(text).exec(text.slice(0, span.start))?.[1];
        return (
          title !== undefined &&
          this.names.written(title).size === 0 &&
          this.lexicon.lookup(foldText(title)).classes.includes('noun.person')
        );
      });
    };
    // A title says who one person is, asked as such ("who is sheinbaum"), not how two are linked ("who is sheinbaum
    // to castillo": ¶6) nor who else is meant ("who came before sheinbaum", "who is sheinbaum against").
    const folded = foldText(question);
    const identity =
      weighty.length === 1 &&
      ASKS_WHO_IS.test(folded) &&
      !folded.split(/[^\p{L}]+/u).some((word) => PREPOSITIONS.has(word) || TIME_RELATIONS.has(word));
    for (const says of identity ? [describes, titled] : [describes]) {
      const described = candidates
        .slice(0, PERSON_FIRST_REACH)
        .filter((r) => r.score >= lead.score * ACTOR_FIRST_SHARE && says(r.key));
      if (described.length === 0) continue;
      const first = firstMention ? this.earliest(described) : described[0]!;
      return first === lead ? candidates : [first, ...candidates.filter((r) => r !== first)];
    }
    return candidates;
  }

  /**
   * Whether a question asks who the persons it names are, in so many words ("who is Castillo", "i dont know who
   * castillo is", "quién es la betssy chavez esa"), not who did something to them ("who let Chavez out").
   */
  asksIdentity(question: string, concepts: readonly Concept[]): boolean {
    const folded = foldText(question);
    return (ASKS_WHO_IS.test(folded) || WHO_NAME_IS.test(folded)) && this.asksWhoSomeoneIs(question, concepts);
  }

  /**
   * Whether a question asks only who the persons it names are ("who is Castillo", "quién es la betssy chavez esa"):
   * "who" and no weighty word but their names.
   */
  private asksWhoSomeoneIs(question: string, concepts: readonly Concept[]): boolean {
    if (!ASKS_WHO.test(foldText(question)) || this.personAsked(question, concepts).length === 0) return false;
    const persons = this.names.personTerms;
    return concepts
      .filter((c) => c.weight > LIGHT_WORD_WEIGHT && !c.talk)
      .every((c) => this.readsAsPerson(c) && c.wordings.some((w) => w.terms.some((t) => persons.has(t))));
  }

  /**
   * "Where is Chávez hiding", "¿dónde está Betssy Chávez ahora?": a question asking where the one person it names is,
   * went or hid is answered where a sentence places them, the name followed by a place ("As Chavez took refuge inside
   * the Mexican embassy in Lima", "Chavez had entered the Mexican embassy in Lima"), with no other person named
   * between (¶4's "Sheinbaum confirmed … that Chavez had entered the … embassy" places Chávez, not Sheinbaum). Such a
   * paragraph comes before a best one that does not, when it scores at least {@link ACTOR_FIRST_SHARE} of it, and so
   * do the others placing them, in rank order; of them, the article's first comes first: news writing tells where its
   * subject is in its lead, and later paragraphs go back over it with more (¶4 tells her trial before the embassy). A
   * best paragraph that only names the person ("For now, the case of Betssy Chavez …") tells nothing of where.
   *
   * Asked where someone is now by a pronoun only ("where is she staying now that Mexico has taken her in"), whom it
   * means is whoever a paragraph among the best says stays somewhere now ({@link staysNow}: "she entered the Mexican
   * Embassy in Peru, where she remains to this day"), and that paragraph comes first. (Of a person named, the lead's
   * "took refuge inside the Mexican embassy in Lima" tells where as well as ¶4's "remains to this day".)
   */
  placedFirst<T extends { score: number }>(
    candidates: T[],
    concepts: readonly Concept[],
    question: string,
    keyOf: (result: T) => number | undefined,
  ): T[] {
    const lead = candidates[0];
    const folded = foldText(question);
    if (!lead || !ASKS_WHERE.test(folded)) return candidates;
    const keyed = candidates
      .slice(0, PERSON_FIRST_REACH)
      .flatMap((result) => {
        const key = keyOf(result);
        return key === undefined ? [] : [{ result, key }];
      })
      .filter(({ result }) => result.score >= lead.score * ACTOR_FIRST_SHARE);
    const named = this.personAsked(question, concepts);
    const asked = named.length > 0 ? named : this.roleHolder(concepts, keyed);
    const surnames = new Set(asked.map((term) => this.names.surnameOf(term)));
    const first = (chosen: T[]) => [...chosen, ...candidates.filter((r) => !chosen.includes(r))];
    if (surnames.size !== 1) {
      // Asked by a pronoun alone, whoever stays somewhere now is whom it means.
      const pronoun = folded
        .split(/[^\p{L}]+/u)
        .map((word) => PRONOUN_ASKED.get(word))
        .find((word) => word !== undefined);
      if (asked.length > 0 || pronoun === undefined || !ASKS_WHERE_NOW.test(folded)) return candidates;
      const staying = keyed.find(({ key }) => this.staysNow(key, pronoun));
      return staying ? first([staying.result]) : candidates;
    }
    const person = new Set(asked);
    const placed = keyed.filter(({ key }) => this.placesPerson(key, person));
    if (placed.length === 0) return candidates;
    // Every paragraph placing them tells where, before one that does not ("where is chavez hiding": ¶4's "Chavez had
    // entered the Mexican embassy in Lima" before ¶7, which places no one); the article's first, first.
    const chosen = this.earliest(placed);
    return first([chosen.result, ...placed.filter((r) => r !== chosen).map(({ result }) => result)]);
  }

  /**
   * Whether a sentence of a paragraph says that someone stays somewhere now: a verb of {@link stayingVerbs} in the
   * present ("she remains", "he is staying", "they still live"), its subject `pronoun` or a person's name. A thing
   * staying is no one ("consular and trade relations remain in place").
   */
  private staysNow(key: number, pronoun: string): boolean {
    const persons = this.names.personTerms;
    const isSubject = (word: string, stem: string) => word === pronoun || persons.has(stem);
    return this.facts.evidence(key).some(({ words, stems }) =>
      words.some((word, at) => {
        if (!this.isStayingNow(word)) return false;
        let before = at - 1;
        if (words[before] === 'still') before--;
        // The progressive needs its "is": "she is staying", not "staying" after a noun.
        if (word.endsWith('ing')) {
          if (!PRESENT_BE.has(words[before] ?? '')) return false;
          before--;
        }
        return before >= 0 && isSubject(words[before]!, stems[before]!);
      }),
    );
  }

  /** Whether a sentence's folded word is a present form of a verb saying where someone is ({@link stayingVerbs}). */
  private isStayingNow(word: string): boolean {
    this.stayingVerbLemmas ??= stayingVerbs(this.lexicon);
    return isPresentFormOf(word, this.stayingVerbLemmas);
  }

  /**
   * Whether a question's concept reads as a person's name: read as a name, or a misspelling read only as one ("betsi
   * chaves": every wording the terms of a person's names).
   */
  private readsAsPerson(concept: Concept): boolean {
    const persons = this.names.personTerms;
    return (
      concept.name ||
      (concept.wordings.length > 0 &&
        concept.wordings.every((w) => w.terms.length > 0 && w.terms.every((term) => persons.has(term))))
    );
  }

  /**
   * Terms of the persons a question names: as typed, or as read where the name is misspelt ("who is betsy chaves":
   * the question's concepts read as a person's name).
   */
  private personAsked(question: string, concepts: readonly Concept[]): string[] {
    const persons = this.names.personTerms;
    const typed = [...this.names.written(question)].filter((term) => persons.has(term));
    if (typed.length > 0) return typed;
    const read = concepts
      .filter((c) => this.readsAsPerson(c) && c.weight > LIGHT_WORD_WEIGHT && !c.talk)
      .flatMap((c) => c.wordings.flatMap((w) => w.terms))
      .filter((term) => persons.has(term));
    return [...new Set(read)];
  }

  /**
   * Terms of the one person a question names by a role only ("the former prime minister", "la ex primera ministra"):
   * whom the candidate paragraphs write with that role, as a title before the name ("former prime minister Betssy
   * Chávez") or a description after it ("Betssy Chavez, a former Peruvian prime minister"). The person whose title
   * holds the most of the question's words ("Foreign Minister Hugo de Zela" holds only "minister"); none when several
   * hold as many, or the question names no role (a word WordNet files as a person).
   */
  private roleHolder(concepts: readonly Concept[], candidates: readonly { key: number }[]): string[] {
    const persons = this.names.personTerms;
    const roles = concepts
      .filter((c) => !c.name && !c.talk && c.weight > LIGHT_WORD_WEIGHT)
      .map((c) => c.wordings.filter((w) => !w.loose && w.terms.length > 0).map((w) => w.terms))
      .filter((wordings) => wordings.length > 0);
    const roleTerms = new Set(roles.flat(2));
    const held = new Map<string, number>();
    for (const { key } of candidates) {
      for (const { words, stems } of this.facts.evidence(key)) {
        stems.forEach((stem, at) => {
          if (!roleTerms.has(stem) || this.lexicon.lookup(words[at]!).classes[0] !== 'noun.person') return;
          let start = at;
          while (start > 0 && !persons.has(stems[start - 1]!) && this.titleWord(words[start - 1]!)) start--;
          const holder = persons.has(stems[at + 1] ?? '') ? stems[at + 1]! : stems[start - 1];
          if (holder === undefined || !persons.has(holder)) return;
          const title = new Set(stems.slice(start, at + 1));
          const count = roles.filter((wordings) => wordings.some((terms) => terms.every((t) => title.has(t)))).length;
          const surname = this.names.surnameOf(holder);
          held.set(surname, Math.max(held.get(surname) ?? 0, count));
        });
      }
    }
    const most = Math.max(0, ...held.values());
    const holders = [...held].filter(([, count]) => count === most).map(([surname]) => surname);
    if (most === 0 || holders.length !== 1) return [];
    return [...persons].filter((term) => this.names.surnameOf(term) === holders[0]);
  }

  /**
   * Whether a word after a party names someone of it, chat's "Mexico's president" without the "'s" ("mexico president
   * name??", "peru foreign minister"): a word WordNet files first as a person. The party owns the role; it does
   * nothing asked ("has called Castillo" in ¶6 is no name of Mexico's).
   */
  private ownsRole(word: string): boolean {
    return word !== '' && this.lexicon.lookup(word).classes[0] === 'noun.person';
  }

  /** A word of a title or description by a name ("former", "president", "Peruvian", "the"): a person or a quality. */
  private titleWord(word: string): boolean {
    const classes = this.lexicon.lookup(word).classes;
    return (
      ARTICLES.has(word) ||
      word === 'a' ||
      word === 'an' ||
      classes.some((name) => name === 'noun.person' || name.startsWith('adj.'))
    );
  }

  /**
   * Whether a sentence of a paragraph places a person (`person`, the terms of their names): one of their names, not
   * after a preposition ({@link OBJECT_BEFORE}), then within {@link PLACED_REACH} words and no other person's name a
   * word of {@link AT_PLACE} and a place within {@link PLACE_REACH} after it, a word WordNet files first as a location
   * or a building ("embassy", "Lima").
   */
  placesPerson(key: number, person: ReadonlySet<string>): boolean {
    const persons = this.names.personTerms;
    const isPlace = (word: string) => {
      const first = this.lexicon.lookup(word).classes[0];
      return first === 'noun.location' || first === 'noun.artifact';
    };
    return this.facts.evidence(key).some(({ words, stems }) =>
      stems.some((stem, at) => {
        if (!person.has(stem)) return false;
        let before = at - 1;
        while (before >= 0 && (persons.has(stems[before]!) || this.titleWord(words[before]!))) before--;
        if (before >= 0 && OBJECT_BEFORE.has(words[before]!)) return false;
        for (let i = at + 1; i < Math.min(words.length, at + PLACED_REACH); i++) {
          if (persons.has(stems[i]!) && !person.has(stems[i]!)) return false;
          if (!AT_PLACE.has(words[i]!)) continue;
          if (words.slice(i + 1, i + 1 + PLACE_REACH).some(isPlace)) return true;
        }
        return false;
      }),
    );
  }

  /** The paragraph that comes first in the article of the first one given. */
  private earliest<T extends { key: number }>(ranked: T[]): T {
    const paragraph = (r: T) => this.index.paragraphs[r.key]!;
    const article = paragraph(ranked[0]!).article;
    return ranked
      .filter((r) => paragraph(r).article === article)
      .reduce((first, r) => (paragraph(r).number < paragraph(first).number ? r : first));
  }
}
