/**
 * Spanish word shapes, from their endings alone: a crude root for matching alias keys, the regular English cognates
 * of a word, and whether a word is a conjugated verb. No Spanish dictionary ships in npm with the bot (see README),
 * so these rules stand in for one where a question is read.
 */
import { Memo } from './memo.js';

/**
 * Crude Spanish root, used only to match Spanish alias keys, so "embajadas", "concedió" and "concedido" find the
 * entries written "embajada" and "conceder". Never applied to the article or to English keys.
 */
const SPANISH_ENDINGS = [
  'aciones',
  'iciones',
  'amiento',
  'imiento',
  'mente',
  'acion',
  'icion',
  'aron',
  'ieron',
  'ando',
  'iendo',
  'ados',
  'adas',
  'idos',
  'idas',
  'ado',
  'ada',
  'ido',
  'ida',
  'ar',
  'er',
  'ir',
  'os',
  'as',
  'es',
  'o',
  'a',
  'e',
  's',
];
/** {@link SPANISH_ENDINGS} by their last letter, in the same order: a word is tried only against its own letter's. */
const ENDINGS_BY_LAST_LETTER = new Map<string, string[]>();
for (const ending of SPANISH_ENDINGS) {
  const last = ending[ending.length - 1]!;
  ENDINGS_BY_LAST_LETTER.set(last, [...(ENDINGS_BY_LAST_LETTER.get(last) ?? []), ending]);
}

/** A feminine agent noun, its plural's "s" aside: "embajadora(s)", "senadora(s)". */
const FEMININE_AGENT = /^(\p{L}{3,}ora)s?$/u;

export function spanishRoot(folded: string): string {
  // A woman's title in "-ora" ("embajadora", "directora") keeps its gender: "el embajador" is no "la embajadora".
  const feminine = FEMININE_AGENT.exec(folded);
  if (feminine) return feminine[1]!;
  for (const ending of ENDINGS_BY_LAST_LETTER.get(folded[folded.length - 1]!) ?? []) {
    if (folded.endsWith(ending) && folded.length - ending.length >= 4) return folded.slice(0, -ending.length);
  }
  return folded;
}

/**
 * A verb form's endings, and the infinitive endings it may come from: an infinitive or gerund with its pronouns
 * ("anunciarse", "pedirle", "defenderse"), the conditional ("respaldaría"), the imperfect ("quedaba", "seguía"), the
 * preterite of -er and -ir verbs ("salió") and the imperfect subjunctive ("soltaran", "decidiera"). An alias lists
 * the forms people type most; these reach the line of its infinitive from the others.
 */
const INFINITIVE_OF: Array<[RegExp, string[]]> = [
  [/(ar|er|ir)se(?:lo|la|los|las)$/, ['$1']],
  [/(ar|er|ir)(?:se|le|les|lo|los|la|las|me|te|nos)$/, ['$1']],
  [/ando(?:se|le|les|lo|los|la|las|me|te|nos)$/, ['ar']],
  [/iendo(?:se|le|les|lo|los|la|las|me|te|nos)$/, ['er', 'ir']],
  [/(ar|er|ir)(?:ia|ias|iamos|ian)$/, ['$1']],
  [/(?:aba|abas|abamos|aban)$/, ['ar']],
  [/(?:ia|ias|iamos|ian)$/, ['er', 'ir']],
  [/io$/, ['er', 'ir']],
  [/(?:ara|aras|aran|ase|asen)$/, ['ar']],
  [/(?:iera|ieras|ieran|iese|iesen)$/, ['er', 'ir']],
];

/**
 * The roots ({@link spanishRoot}) of the infinitives a folded word may be a form of, by its ending alone (see
 * INFINITIVE_OF): candidates, for a word whose own root starts no alias key.
 */
export function spanishInfinitiveRoots(folded: string): string[] {
  const roots: string[] = [];
  for (const [ending, infinitives] of INFINITIVE_OF) {
    if (!ending.test(folded)) continue;
    for (const infinitive of infinitives) {
      const root = spanishRoot(folded.replace(ending, infinitive));
      if (root !== folded && !roots.includes(root)) roots.push(root);
    }
  }
  return roots;
}

/**
 * Regular Spanish → English cognate endings ("presidencia" → "presidency", "intervención" → "intervention",
 * "diplomático" → "diplomatic", "artículo" → "article", "reflexión" → "reflection", "menciona" → "mention"). The
 * search uses a candidate only when the corpus has that English form; the word weights look candidates up in WordNet
 * to tell a word about asking or about the text ("texto", "opina").
 */
const COGNATE_ENDINGS: Array<[RegExp, string[]]> = [
  [/xiones$/, ['ctions']],
  [/xion$/, ['ction']],
  [/ulos?$/, ['le']],
  [/ciones$/, ['tions']],
  [/cion$/, ['tion']],
  [/sion$/, ['sion']],
  [/encias?$/, ['ency', 'ence']],
  // "magnitud" → magnitude, "altitudes" → altitude.
  [/itud(?:es)?$/, ['itude']],
  // "margen" → margin, "origen" → origin: before the bare "-en" below, whose "marge" is a false friend.
  [/gen(?:es)?$/, ['gin']],
  [/ancias?$/, ['ancy', 'ance']],
  // A noun of doing: "distanciamiento" → distancing, "financiamiento" → financing, "movimiento" → movement.
  [/i?amientos?$/, ['ing', 'ement']],
  [/imientos?$/, ['ement', 'ing']],
  [/dad(?:es)?$/, ['ty']],
  [/tad(?:es)?$/, ['ty']],
  [/ias?$/, ['y', 'ia']],
  [/ic[oa]s?$/, ['ic', 'ical']],
  [/istas?$/, ['ist']],
  [/ismos?$/, ['ism']],
  [/iv[oa]s?$/, ['ive']],
  [/os[oa]s?$/, ['ous']],
  [/amente$/, ['ly', 'ely', 'ally']],
  [/mente$/, ['ly']],
  [/ad[oa]s?$/, ['ated', 'ed']],
  [/id[oa]s?$/, ['ed']],
  [/ales$/, ['al']],
  // Verbs by their infinitive's root: "menciona", "mencionar" → "mention"; "explica", "expliquemos" → "explicate".
  [/cion(?:a|as|an|ar|o|e|en|aron|ando|ado|ada)$/, ['tion']],
  // "identifica", "identifiquemos" → "identify"; "justificar" → "justify".
  [/(?:ifica|ificas|ifican|ificar|ifico|ificamos|ifique|ifiquen|ifiquemos|ificaron|ificando|ificado)$/, ['ify']],
  [/(?:ica|icas|ican|icar|ico|icamos|ique|iquen|iquemos|icaron|icando|icado)$/, ['icate']],
  [/(ar|er|ir)$/, ['', 'e']],
  [/[oa]s?$/, ['', 'e']],
  [/es$/, ['', 'e']],
  // A verb's plural command or subjunctive ("citen", "describan" → "cite", "describe"), a noun in "-en" ("crimen").
  [/[ae]n$/, ['', 'e']],
  // The present of an "-er" or "-ir" verb ("corresponde", "responde" → correspond, respond).
  [/([^aeiou])e$/, ['$1']],
];

/** Words remembered with their cognates (bounds memory whatever users type). */
const MAX_COGNATE_MEMO = 5000;
/** Cognates by word: each word is tried against every ending above, and questions repeat words. */
const cognateMemo = new Memo<string, readonly string[]>(MAX_COGNATE_MEMO);

/** The regular English cognates of a folded Spanish word (see COGNATE_ENDINGS), each of four letters or more. */
export function spanishCognates(folded: string): readonly string[] {
  return cognateMemo.get(folded, cognatesOf);
}

function cognatesOf(folded: string): string[] {
  const candidates: string[] = [];
  for (const [ending, replacements] of COGNATE_ENDINGS) {
    if (!ending.test(folded)) continue;
    for (const replacement of replacements) {
      const candidate = folded.replace(ending, replacement);
      if (candidate.length >= 4) candidates.push(candidate);
    }
  }
  respell(folded, candidates, 'f', 'ph');
  respell(folded, candidates, /cu(?=[ei])/g, 'qu');
  return candidates;
}

/**
 * Adds to `candidates` each of them, and the word itself, with a Spanish spelling English writes otherwise: the Greek
 * "ph" Spanish writes "f" ("frase" → phrase), the Latin "qu" Spanish writes "cu" before "e" or "i" ("consecuencia" →
 * consequence, "frecuencia" → frequency).
 */
function respell(folded: string, candidates: string[], spanish: string | RegExp, english: string): void {
  if (typeof spanish === 'string' ? !folded.includes(spanish) : !folded.match(spanish)) return;
  for (const candidate of [folded, ...candidates]) {
    const respelt = candidate.replaceAll(spanish, english);
    if (respelt.length >= 4 && !candidates.includes(respelt)) candidates.push(respelt);
  }
}

/**
 * Cognate endings too loose to judge a word by ("salio", salió, is no "sale"), kept for finding the word the articles
 * write: "episodio" → episode, "territorio" → territory, "comentario" → commentary (with its "m" doubled).
 */
const LOOSE_COGNATE_ENDINGS: Array<[RegExp, string[]]> = [
  [/arios?$/, ['ary']],
  [/orios?$/, ['ory']],
  [/ios?$/, ['e', 'y']],
];
/** Consonants English writes doubled where Spanish writes one: "ocasión" → occasion, "comercio" → commerce. */
const DOUBLED_IN_ENGLISH = /[bcdfglmnprst]/;

/**
 * Looser English spellings of a folded Spanish word than {@link spanishCognates}, for a word none of whose regular
 * cognates the articles write: the loose endings above, and each cognate with one of its single consonants (between
 * letters, not beside the same one) doubled ("ocasion" → "occasion"). Most are no words: a caller keeps those the
 * articles write.
 */
export function looseSpanishCognates(folded: string): string[] {
  const cognates = [...spanishCognates(folded)];
  for (const [ending, replacements] of LOOSE_COGNATE_ENDINGS) {
    if (!ending.test(folded)) continue;
    for (const replacement of replacements) cognates.push(folded.replace(ending, replacement));
  }
  const spellings = cognates.filter((cognate) => !spanishCognates(folded).includes(cognate));
  for (const cognate of cognates) {
    for (let at = 1; at < cognate.length - 1; at++) {
      const letter = cognate[at]!;
      if (!DOUBLED_IN_ENGLISH.test(letter) || cognate[at - 1] === letter || cognate[at + 1] === letter) continue;
      spellings.push(cognate.slice(0, at) + letter + cognate.slice(at));
    }
  }
  return spellings.filter((spelling) => spelling.length >= 4);
}

/**
 * Endings only verb forms have: the gerund ("conversando", "siguiendo"), the preterite ("sacaron", "pelearon",
 * "llevó", "decidió"), the imperfect subjunctive ("sacaran", "tuvieran", "quitasen"), the imperfect ("estaba",
 * "tenían"), the future ("dirá", "seguirán") and an infinitive or gerund with its pronouns ("darle", "diciéndole").
 * Bare infinitives, participles and the conditional are left out: many nouns end like them ("lugar", "mujer",
 * "partido", "estado", "cancillería").
 */
const VERB_ENDINGS =
  /(?:ando|iendo|yendo|aron|ieron|yeron|aran|ieran|yeran|asen|iesen|aban|ábamos|íamos|[^aeiou]ó|ió|aba|ían|rá|rán|(?:ar|er|ir|ándo|iéndo)(?:me|te|se|le|les|lo|la|los|las|nos))$/;
/** Shortest word judged by its ending: "dio", "vio" and short nouns ("dijo" aside) are left alone. */
const VERB_MIN_LENGTH = 5;

/** Whether a lower-case Spanish word, as typed (accents kept), is a conjugated verb by its ending. */
export function isSpanishVerbForm(typed: string): boolean {
  return typed.length >= VERB_MIN_LENGTH && VERB_ENDINGS.test(typed.normalize('NFC'));
}

/**
 * The Spanish question words, folded (a closed class): "qué", "quién", "quiénes", "cómo", "cuándo", "dónde",
 * "adónde", "cuál", "cuáles", "cuánto", "cuánta", "cuántos", "cuántas", and "porque" ("por qué" written as one word).
 * The readers of a Spanish question take them from here, each leaving out what it reads otherwise.
 */
export const SPANISH_QUESTION_WORDS: readonly string[] = [
  'que',
  'quien',
  'quienes',
  'como',
  'cuando',
  'donde',
  'adonde',
  'cual',
  'cuales',
  'cuanto',
  'cuanta',
  'cuantos',
  'cuantas',
  'porque',
];

/**
 * How chat spells the Spanish question words: "q", "k", "ke" (qué), "xq", "pq", "xk", "pk", "porq" (por qué), "dnd"
 * (dónde), "qien", "kien" (quién).
 */
export const CHAT_QUESTION_WORDS: readonly string[] = [
  'q',
  'k',
  'ke',
  'xq',
  'pq',
  'xk',
  'pk',
  'porq',
  'dnd',
  'qien',
  'kien',
];

/**
 * Words as the alternatives of a regular expression ("que|quien|…"), those in `except` left out. Each is a whole
 * word, so the order of the alternatives does not change what matches.
 */
export function wordAlternatives(words: readonly string[], except: readonly string[] = []): string {
  return words.filter((word) => !except.includes(word)).join('|');
}
