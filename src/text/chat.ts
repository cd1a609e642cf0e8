/**
 * Chat markup that carries no words of a question. People paste questions from Discord, so they arrive with
 * mentions (`<@123>`, `<@&role>`, `<#channel>`, `@everyone`), custom emoji (`<:name:123>`), timestamps
 * (`<t:1730678400:R>`) and links. Read as words, a user id or a URL is an "unknown word" that lowers how much
 * of the question any paragraph covers, and can tip a good question into "the article does not cover this".
 * The search therefore reads the question without them; the reply still echoes what the user typed (escaped).
 */
import { foldText } from './fold.js';
import { Latin1Twin } from './latin1-twin.js';
const CHAT_MARKUP = new RegExp(
  [
    /<(?:@[!&]?|#)\d+>/.source, // user, role and channel mentions
    /<\/[\w -]{1,32}:\d+>/.source, // slash-command mentions
    /<a?:\w{1,32}:\d+>/.source, // custom emoji
    /<t:-?\d+(?::[tTdDfFR])?>/.source, // timestamps
    /@(?:everyone|here)\b/.source, // mass mentions
    /\b(?:https?|ftp):\/\/[^\s<>]+/.source, // links
    /\bwww\.[^\s<>]+/.source,
  ].join('|'),
  'giu',
);

/** Characters every piece of chat markup above contains. */
const MARKUP_HINT = /[<@]|:\/\/|www\./i;

/** The question with Discord mentions, custom emoji, timestamps and links replaced by spaces. */
export function withoutChatMarkup(text: string): string {
  // Most questions hold none of it: skip the long pattern unless a marker character is there.
  if (!MARKUP_HINT.test(text)) return text;
  return text.replace(CHAT_MARKUP, ' ');
}

/** "The US" is a country, never the pronoun "us" (a stop word): written "USA", it is read as a name. */
const THE_US = new Latin1Twin(String.raw`\b(the\s+)(?:us|u\.s\.(?:a\.)?|usa)(?![\p{L}\p{N}])`, 'giu');
/** Spanish "Estados Unidos" is two stop words ("estados", "unidos") to the Snowball list: read as one name. */
const ESTADOS_UNIDOS = new Latin1Twin(
  String.raw`(?<![\p{L}\p{N}])(?:estados\s+unidos|ee\.\s?uu\.?|eeuu|ee\s?uu)(?![\p{L}\p{N}])`,
  'giu',
);
/**
 * Names {@link withAbbreviatedNames} writes that general language data knows by another name, folded: "EEUU" is
 * WordNet's "USA" (not written so, since Spanish "usa" is a verb).
 */
export const ABBREVIATED_NAME_KNOWN_AS: ReadonlyMap<string, string> = new Map([['eeuu', 'usa']]);

/** "The UN" is the United Nations, never the Spanish article "un" (a stop word). */
const THE_UN = new Latin1Twin(String.raw`\b(the\s+)(?:un|u\.n\.?)(?![\p{L}\p{N}])`, 'giu');

/**
 * The question with "the US" and "Estados Unidos" (however written) as "the USA" and "EEUU", and "the UN" as "the
 * United Nations", so that none is dropped as stop words.
 */
export function withAbbreviatedNames(text: string): string {
  // Each pattern is tried only on a text holding what every match of it holds (a hot path: every question, twice).
  let out = text;
  if (THE_HINT.test(out)) out = out.replace(THE_US.for(out), '$1USA');
  if (ESTADOS_HINT.test(out)) out = out.replace(ESTADOS_UNIDOS.for(out), 'EEUU');
  if (THE_HINT.test(out)) out = out.replace(THE_UN.for(out), '$1United Nations');
  return out;
}

/** What every match of {@link THE_US} and {@link THE_UN} holds, and every match of {@link ESTADOS_UNIDOS}. */
const THE_HINT = /the\s/iu;
const ESTADOS_HINT = /estados|ee/iu;

/**
 * Chat spellings of everyday words ("prez", "govt", "ppl", "bc"): a closed class of abbreviations that stand for one
 * word each. Spelt out, they reach the aliases and the article ("the prez of mexico" is "the president of Mexico");
 * as typed they are short unknown words, read as chat and dropped.
 */
const CHAT_SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['prez', 'president'],
  ['pres', 'president'],
  ['govt', 'government'],
  ['gov', 'government'],
  ['gvt', 'government'],
  ['ppl', 'people'],
  ['bc', 'because'],
  ['cuz', 'because'],
  ['bcuz', 'because'],
  ['abt', 'about'],
  // A spelling by sound with a digit, as "b4" is "before" ("who was president b4 jeri").
  ['b4', 'before'],
  ['convo', 'conversation'],
  // A spelling by sound: "rite" is the right, never a ritual, in the questions asked ("perus rite to decide").
  ['rite', 'right'],
  ['info', 'information'],
  // Question words as chat spells them: the reader of what is asked ("wat party …") needs them whole.
  ['wat', 'what'],
  ['wut', 'what'],
  ['wht', 'what'],
  ['wats', 'whats'],
  ['wuts', 'whats'],
  ['wen', 'when'],
  ['whn', 'when'],
  ['wher', 'where'],
  ['whr', 'where'],
  ['hw', 'how'],
  // Countries as chat shortens them.
  ['mex', 'Mexico'],
  ['mx', 'Mexico'],
]);
const CHAT_SPELLING = new Latin1Twin(
  `(?<![\\p{L}\\p{N}'])(?:${[...CHAT_SPELLINGS.keys()].join('|')})(?![\\p{L}\\p{N}'])`,
  'giu',
);

/**
 * Spanish chat spellings of everyday words, lower case ("d" for "de", "x" for "por", "dsp" for "después", "flia" for
 * "familia"): a closed class of shorthands that stand for one word each, as {@link CHAT_SPELLINGS} are in English.
 * Written out, the grammar words bind the question's phrases as typed in full ("lo d la ruptura", "x q"), and the
 * others reach the aliases; as typed they are short unknown words. Not "q", "xq" and "pq", which the readers of what
 * is asked know as typed, nor "D" or "X" in capitals (a letter, a name).
 */
const SPANISH_CHAT_SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['d', 'de'],
  ['dl', 'del'],
  ['x', 'por'],
  ['xa', 'para'],
  ['dsp', 'después'],
  ['dps', 'después'],
  ['dsps', 'después'],
  ['flia', 'familia'],
  ['fam', 'familia'],
  ['qn', 'quién'],
  ['cdo', 'cuando'],
  ['cnd', 'cuando'],
  ['tmbn', 'también'],
  ['gob', 'gobierno'],
]);
const SPANISH_CHAT_SPELLING = new Latin1Twin(
  `(?<![\\p{L}\\p{N}'’])(?:${[...SPANISH_CHAT_SPELLINGS.keys()].join('|')})(?![\\p{L}\\p{N}'’])`,
  'gu',
);

/**
 * "Tryna do" (trying to do) as spoken: what someone was trying to do asks the attempt itself (¶3's "attempted to
 * dissolve"), so it is written out in full. Before any other verb ("tryna give her", "tryna protect") the verb says
 * what is asked and the "tryna", left as typed, is read as chat: only "tryna do" is written out because other verbs
 * after "tryna", written out as "trying to", measured worse ("trying" drew every paragraph of an attempt ahead of the
 * verb asked).
 */
const ATTEMPT_ASKED = /(?<![\p{L}\p{N}'])tryna(?=\s+do(?:ing)?(?![\p{L}\p{N}']))/giu;

/** A text with "tryna do" written as "trying to do" ({@link ATTEMPT_ASKED}). */
function withAttemptAskedWritten(text: string): string {
  return text.replace(ATTEMPT_ASKED, 'trying to');
}

/** A Spanish question with its chat spellings of everyday words written out ("q dijo d la ruptura" → "… de la …"). */
export function withSpanishChatSpellingsWritten(question: string): string {
  return question.replace(SPANISH_CHAT_SPELLING.for(question), (typed) => SPANISH_CHAT_SPELLINGS.get(typed) ?? typed);
}

/** Folded text with chat's "q", "k" and "ke" read as Spanish "que" ("q dijo", "despues de q"). */
export function withChatQueWritten(folded: string): string {
  return folded.replace(/(?<![a-z0-9'])(?:q|k|ke)(?![a-z0-9'])/g, 'que');
}

/**
 * The question with chat spellings of everyday words written out ("the prez of mexico" → "the president of …").
 * @param isName whether a folded word is a name of the articles ("castillo" of "castillos fam")
 */
export function withChatSpellingsWritten(text: string, isName: (folded: string) => boolean = () => false): string {
  const spelt = text.replace(CHAT_SPELLING.for(text), (typed) => CHAT_SPELLINGS.get(typed.toLowerCase()) ?? typed);
  const written = withAttemptAskedWritten(spelt);
  if (!FAM_HINT.test(written)) return written;
  return written.replace(
    OWNED_FAM.for(written),
    (typed, owner: string, possessive: string | undefined, space: string) => {
      const word = foldText(owner);
      const owned =
        possessive !== undefined || THIRD_PERSON_OWNERS.has(word) || (word.endsWith('s') && isName(word.slice(0, -1)));
      return owned ? `${owner}${possessive ?? ''}${space}family` : typed;
    },
  );
}

/**
 * "Castillo's fam", "castillos fam", "his fam": chat's family, someone's the articles tell of. Alone it addresses the
 * reader ("thanks fam", "ngl fam this is confusing"), and "my fam" is the asker's: no word of the question.
 */
const OWNED_FAM = new Latin1Twin(String.raw`(?<![\p{L}\p{N}'’])([\p{L}]+)(['’]s)?(\s+)fam(?![\p{L}\p{N}'’])`, 'giu');
const THIRD_PERSON_OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'their']);
const FAM_HINT = /fam/i;
