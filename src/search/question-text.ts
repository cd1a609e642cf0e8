/**
 * What the question reader reads of a typed question: the text without chat markup, labels, instructions, answer-format
 * requests and filler phrases, chat spellings and mistyped surnames written out, text places ("the conclusion",
 * "¶5") taken out as the paragraphs they name. Offsets are kept where words are blanked, so that what is left can be
 * matched back to what was typed.
 */
import { TEXT_PLACES, type Capital, type TextPlace, type TextPlaces } from '../corpus/load.js';
import { editDistance, wordTokens, type Analyzer, type WordToken } from '../text/analyzer.js';
import { withoutAnswerFormat } from '../text/answer-format.js';
import { QUESTION_WORD, withoutAskingContext } from '../text/asking-context.js';
import { withoutNameRequestTail } from '../text/name-request.js';
import { withoutAvoidedAct } from '../text/avoided.js';
import { withAbbreviatedNames, withChatSpellingsWritten, withoutChatMarkup } from '../text/chat.js';
import { foldText } from '../text/fold.js';
import { Memo } from '../text/memo.js';
import { compactFrom } from '../text/one-byte.js';
import { NUMBERED_PARAGRAPH, ordinalParagraphs } from '../text/paragraph-number.js';
import { withKnowingOfThirdPerson } from '../text/knowing.js';
import { withBeforeAsPreviously } from '../text/previously.js';
import { spanishCognates, spanishRoot } from '../text/spanish-words.js';
import type { AliasTables, ParticleAlias } from './alias-tables.js';
import { Capitals } from './capitals.js';
import { paragraphTerm } from './concept.js';
import type { Lexicon } from './lexicon.js';
import { withHolderBeforeOrAfter } from './holder-before.js';
import { firstFormOfTerms } from './names.js';
import { writtenFormsOf } from './written-forms.js';
import type { WordWeights } from './word-weight.js';
import { Latin1Twin } from '../text/latin1-twin.js';

/** What a question's text is read against: the corpus's words and names, and the editable language lists. */
/** Prefixes of office a word may be written with ("exministro", "vicecanciller"). */
const OFFICE_PREFIXES = ['ex', 'vice'];
/** Shortest word after such a prefix: "exilio" is no "ex ilio". */
const MIN_PREFIXED_REST = 4;
/** A word that may start with one of them (a quick test), and every such word of a text. */
const PREFIXED_WORD = new Latin1Twin(String.raw`(?<![\p{L}\p{N}])(?:ex|vice)\p{L}{4,}`, 'iu');
const PREFIXED_WORDS = new Latin1Twin(String.raw`(?<![\p{L}\p{N}])(?:ex|vice)\p{L}{4,}(?![\p{L}\p{N}])`, 'giu');

export interface QuestionTextSources {
  /** Terms of the index (unigrams and phrases), with the number of paragraphs holding each. */
  vocabulary: ReadonlyMap<string, number>;
  /**
   * The alias list (nicknames, everyday and Spanish words, with the article wordings they stand for), compiled: see
   * alias-tables.ts.
   */
  aliases: AliasTables;
  /** Phrases that only say how a question is asked ("right now", "tell me"), as folded words. */
  fillerPhrases?: readonly string[][];
  /** Capitals that stand for their country's government ("Lima decided …"). */
  capitals?: readonly Capital[];
  /** Phrases pointing at an article's start or end ("the conclusion"), and the index term of each place. */
  textPlaces?: { phrases: TextPlaces; terms: Record<TextPlace, string> };
  /**
   * Whether a folded word is a person's nickname the aliases know ("amlo"), also for the translations' reader, which
   * has no aliases: never read as chat or as calling someone (a role, "profesora", may call someone).
   */
  isNickname?: (folded: string) => boolean;
  /**
   * Names as the articles write them, folded ("glas", "zela"), with their terms: typos of names are matched on
   * these.
   */
  nameForms?: ReadonlyMap<string, string>;
  /** Every word as the articles write it, folded ("president", "minister"), with its term. */
  writtenForms?: ReadonlyMap<string, string>;
  /**
   * Given names: the term of a name the articles always write before the same word, to that word's term
   * ("pedro" → "castillo", "betssi" → "chavez"). A full name then matches a paragraph that uses the surname alone.
   */
  givenNames?: ReadonlyMap<string, string>;
  /** Titles the articles write before a person's name ("President", "Minister"; see CorpusNames.titles). */
  titles?: ReadonlySet<string>;
  /** Folded names the articles write after the title "president" (see holder-before.ts). */
  presidents?: ReadonlySet<string>;
  /** General English (WordNet, word frequencies), for words no article has. */
  lexicon?: Lexicon;
  /**
   * Whether an instruction after the question is set aside (see withoutInstruction; default true). Off for a
   * translation's engine: it reads what the articles' own engine left of the question, and without the articles'
   * aliases it would judge differently what an instruction names.
   */
  instructions?: boolean;
}

/** What the question reader lends the text's reading: its word weights, and what it reads of a text. */
export interface QuestionTextHelpers {
  /** Which words are chat (see WordWeights.isChat). */
  weights: WordWeights;
  /** The terms of people's names (QueryParser's personTerms, found when first needed). */
  personTerms: () => ReadonlySet<string>;
  /** Whether a text names something the articles tell of (see QueryParser): a label or an instruction does not. */
  namesTopic: (text: string) => boolean;
}

/** Words pointing at the whole story before the asker's name for it ("todo este rollo", "this whole thing"). */
const STORY_POINTERS: ReadonlySet<string> = new Set([
  'todo este',
  'toda esta',
  'todo ese',
  'toda esa',
  'todo el',
  'toda la',
  'this whole',
  'that whole',
  'all this',
  'all that',
]);

/** Three words "X of Y" that may name a role ("head of state"), X captured. */
const ROLE_OF_SOMETHING = /\b([A-Za-z]+)\s+of\s+[A-Za-z]+\b/g;

/** A word ending in a vowel, one consonant that doubles before an ending, and the ending ("cut|t|ing"). */
const UNDOUBLED_CONSONANT = /\b([A-Za-z]*[aeiouAEIOU])([bdgklmnprtBDGKLMNPRT])(ing|ed|er|est)\b/g;

/** How much commoner in speech (Zipf) the word with its consonant doubled must be to be the word meant. */
const DOUBLED_MORE_COMMON = 2;

/**
 * A label before a colon, or an address before a comma, at the start of a question: a few words, so bounded in
 * length (a pattern free to run over a whole line of spaces would try every way to split it).
 */
const PROMPT_LABEL = /^\s*([^\s:,?!.;][^:,?!.;]{0,60}?)\s*([:,])/u;

/** Words a label before a colon ("discussion q for tmrw") has at most. */
const MAX_LABEL_WORDS = 5;
/** Words an address before a comma ("ok class") has at most. */
const MAX_ADDRESS_WORDS = 3;

/** Words a question after its label has at least. */
const MIN_AFTER_LABEL_WORDS = 3;

/** Words an instruction after the question ("Fundamentar con el texto.", "Use evidence.") has at most. */
const MAX_INSTRUCTION_WORDS = 6;

/** Texts remembered with their readable form: only those of the last few questions are read again. */
const READABLE_MEMO = 64;

/** Forms of "to be" after which a word says what someone is or was ("era profe", "was a teacher"). */
const PREDICATING_VERBS: ReadonlySet<string> = new Set([
  'era',
  'es',
  'fue',
  'eran',
  'son',
  'fueron',
  'was',
  'is',
  'were',
  'are',
]);

/** A filler opening with one of these names a thing ("the article", "el texto"), not a time ("right now"). */
const DETERMINERS = new Set(['the', 'this', 'el', 'la', 'este', 'esta']);

/** The demonstrative that may stand for a definite article in a filler phrase of two words ("this piece"). */
const DEMONSTRATIVES_OF: Readonly<Record<string, readonly string[]>> = { the: ['this'], el: ['este'], la: ['esta'] };

/** An auxiliary before a filler ("does the article …"): the verb after the filler is what the text does. */
const TEXT_AUXILIARY = new Set(['does', 'do', 'did']);
/** WordNet's classes of a verb of saying or showing ("describes", "shows"). */
const SAYING_CLASSES: ReadonlySet<string> = new Set(['verb.communication', 'verb.perception']);

/**
 * What a question word asks which kind or which part of: "¿qué tipo de asilo …?", "¿de qué tipos de delito …?", "what
 * part of the relationship survived", "¿qué parte de la relación …?" ask for the thing that follows, as the filler
 * "clase de" does ("part" would also read WordNet's verb, to break). Elsewhere the words may name a thing ("el tipo de
 * cambio", the exchange rate; "for its part"), so the filler list cannot hold them.
 */
const WHICH_OF = new Latin1Twin(
  String.raw`(?<![\p{L}\p{N}])(?:qu[eé]|q|k|cu[aá]l(?:es)?|what|which)\s+((?:tipos?|partes?)\s+del?|parts?\s+of)(?![\p{L}\p{N}])`,
  'giu',
);
/**
 * A preposition of place before the question word: "in which part of the embassy", "¿en qué parte de la embajada …?"
 * ask where within it, the part itself.
 */
const PLACE_BEFORE = new Latin1Twin(String.raw`(?<![\p{L}\p{N}])(?:in|at|into|from|to|en|a|de|desde|hacia)\s+$`, 'iu');

/** A Spanish question word two words before a filler ("¿qué plantea el texto?"): the word between is its verb. */
const SPANISH_ASKING_WORD = new Set(['que', 'como']);

/**
 * Words after which a noun is part of the sentence, not someone addressed: articles, possessives, demonstratives,
 * prepositions and object pronouns ("la causa", "por causa", "su causa", "lo causa"). A question word does so too
 * ("¿qué causa …?").
 */
const ATTACHING_WORDS: ReadonlySet<string> = new Set([
  ...['el', 'la', 'los', 'las', 'lo', 'le', 'les', 'un', 'una', 'unos', 'unas', 'su', 'sus', 'mi', 'mis', 'tu', 'tus'],
  ...['nuestro', 'nuestra', 'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'esos', 'esas', 'aquel', 'aquella'],
  ...['de', 'del', 'a', 'al', 'por', 'para', 'con', 'sin', 'en', 'sobre', 'entre', 'hacia', 'hasta', 'segun', 'tras'],
  ...[
    'contra',
    'ante',
    'desde',
    'se',
    'me',
    'te',
    'nos',
    'que',
    'cuya',
    'cuyo',
    'otra',
    'otro',
    'cada',
    'toda',
    'todo',
  ],
  ...['the', 'a', 'an', 'my', 'your', 'his', 'her', 'its', 'our', 'their', 'this', 'that', 'these', 'those', 'of'],
  ...['for', 'to', 'in', 'on', 'with', 'by', 'about', 'from', 'any', 'some', 'another', 'each', 'every'],
]);

/** Words a question has at least for one of them to be a word of address (see withoutAddress). */
const MIN_ADDRESSED_WORDS = 3;

/** Words after a noun opening a question that make it what is asked of ("causa de la ruptura", "cause of …"). */
const COMPLEMENT_WORDS: ReadonlySet<string> = new Set(['de', 'del', 'of']);

/** What ends a clause between two words: a stop, a comma, a question or exclamation mark, or an emoji. */
const CLAUSE_BREAK = new Latin1Twin(String.raw`[,;:.?!¿¡…]|\p{Extended_Pictographic}`, 'u');

/**
 * Whether two Spanish words are of one number, both plural or both singular by their ending ("verdaderas causas",
 * "verdadera causa"): a word before a noun qualifies it only if it agrees with it.
 */
function sameNumber(a: string, b: string): boolean {
  return a.endsWith('s') === b.endsWith('s');
}

/** Shortest typed word read as a misspelt surname after its given name. */
const MIN_SURNAME_TYPO_LENGTH = 4;

/** Edits at most between a typed surname and the article's. */
const MAX_SURNAME_EDITS = 2;

/** Relative pronouns opening a clause that describes the noun before them (a closed class). */
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'that', 'which', 'whom']);

/** "Former" (or "ex") and the word after it, a name or not, and the space after that. */
const FORMER_BEFORE_NAME = new Latin1Twin(
  String.raw`(?<![\p{L}\p{N}])(former|ex|previous|erstwhile)[\s-]+([\p{L}]+)(\s+)(?=[\p{L}])`,
  'giu',
);

/** Reads the text of a typed question as the question reader reads it (see the module's comment). */
/** A word, then one of degree right before "before" or "after" ("president right before", "leader straight after"). */
const DEGREE_AFTER_ROLE = new Latin1Twin(
  String.raw`(?<![\p{L}\p{N}])(\p{L}+)\s+(right|just|straight|directly|immediately)(?=\s+(?:before|after)(?![\p{L}\p{N}]))`,
  'giu',
);

export class QuestionTextReader {
  private readonly vocabulary: ReadonlyMap<string, number>;
  private readonly aliases: AliasTables;
  private readonly nameForms: ReadonlyMap<string, string>;
  private readonly isNickname: (folded: string) => boolean;
  private readonly writtenForms: ReadonlyMap<string, string>;
  private readonly titles: ReadonlySet<string>;
  private readonly presidents: ReadonlySet<string>;
  private readonly lexicon: Lexicon | undefined;
  private readonly instructions: boolean;
  private readonly weights: WordWeights;
  private readonly personTerms: () => ReadonlySet<string>;
  private readonly namesTopic: (text: string) => boolean;
  /** Filler phrases by their first word, longest first. */
  private readonly fillersByFirstWord = new Map<string, string[][]>();
  /**
   * Text-place phrases by the stem of their first word, longest first, each as the stems of its words with its place's
   * index term: compared by stem, so that a phrase covers its verb's and noun's other forms ("the writer **ended** the
   * article", "the **final paragraphs**").
   */
  private readonly placesByFirstWord = new Map<string, Array<{ words: string[]; term: string }>>();
  /** Capitals read as their governments ("why did Lima cut ties"). */
  private readonly capitals: Capitals;
  /** Filler phrases of one word ("oe", "pe", "wey"), folded: interjections and the like. */
  private readonly fillerWords = new Set<string>();
  /**
   * Words of address ("causa", Peruvian for "mate"), folded: the word the filler list writes after an interjection of
   * its own ("oe causa"). Alone, such a word is also a topic ("la causa de la ruptura"): see {@link withoutAddress}.
   */
  private readonly addressWords = new Set<string>();
  /** The name after a given name as written ("jose" → "jeri", "hugo" → "zela"), by the given name as written. */
  private readonly surnameAfter = new Map<string, string>();

  constructor(
    private readonly analyzer: Analyzer,
    sources: QuestionTextSources,
    helpers: QuestionTextHelpers,
  ) {
    this.vocabulary = sources.vocabulary;
    this.aliases = sources.aliases;
    this.nameForms = sources.nameForms ?? new Map();
    this.isNickname = sources.isNickname ?? (() => false);
    this.writtenForms = sources.writtenForms ?? new Map();
    this.titles = sources.titles ?? new Set();
    this.presidents = sources.presidents ?? new Set();
    this.lexicon = sources.lexicon;
    this.instructions = sources.instructions ?? true;
    ({ weights: this.weights, personTerms: this.personTerms, namesTopic: this.namesTopic } = helpers);
    const givenNames = sources.givenNames ?? new Map<string, string>();
    const writtenOf = firstFormOfTerms(this.nameForms);
    for (const [folded, term] of this.nameForms) {
      const surname = writtenOf.get(givenNames.get(term) ?? '');
      if (surname !== undefined) this.surnameAfter.set(folded, surname);
    }
    // "The piece" is also "this piece": the text at hand, as the article is ("that journalist" may be one it names).
    const fillers = (sources.fillerPhrases ?? []).flatMap((phrase) => [
      phrase,
      ...(phrase.length === 2 ? (DEMONSTRATIVES_OF[phrase[0]!] ?? []).map((word) => [word, phrase[1]!]) : []),
    ]);
    for (const phrase of fillers.sort((a, b) => b.length - a.length)) {
      const list = this.fillersByFirstWord.get(phrase[0]!);
      if (list) list.push(phrase);
      else this.fillersByFirstWord.set(phrase[0]!, [phrase]);
    }
    for (const phrase of sources.fillerPhrases ?? []) if (phrase.length === 1) this.fillerWords.add(phrase[0]!);
    for (const phrase of sources.fillerPhrases ?? []) {
      if (phrase.length === 2 && this.fillerWords.has(phrase[0]!)) this.addressWords.add(phrase[1]!);
    }
    this.capitals = new Capitals(sources.capitals ?? []);
    const places = sources.textPlaces;
    const placePhrases = TEXT_PLACES.flatMap((place) =>
      (places?.phrases[place] ?? []).map((words) => ({
        words: words.map((word) => analyzer.stemOf(word)),
        term: places!.terms[place],
      })),
    );
    for (const phrase of placePhrases.sort((a, b) => b.words.length - a.words.length)) {
      const list = this.placesByFirstWord.get(phrase.words[0]!) ?? [];
      list.push(phrase);
      this.placesByFirstWord.set(phrase.words[0]!, list);
    }
  }

  /** The question as the search reads it: chat markup, answer-length instructions and filler phrases blanked out. */
  searchableText(question: string): string {
    return this.withoutFillers(this.readableText(question));
  }

  /**
   * The question in NFC (an accent typed as a separate combining mark would otherwise split a word), without chat
   * markup, answer-length instructions or a first-person tail about the asker, chat spellings and abbreviated names
   * written out and an adverbial "before" read as "previously".
   */
  readableText(question: string): string {
    return this.readableMemo.get(question, (text) => compactFrom(text, this.readText(text)));
  }

  /**
   * Questions remembered with their {@link readableText}: a search reads the same text again (its own, then the
   * reader's, and once more for each part of it that is searched).
   */
  private readonly readableMemo = new Memo<string, string>(READABLE_MEMO);

  private readText(question: string): string {
    return this.withoutAddress(
      this.withoutInstruction(
        this.withoutPromptLabel(
          this.withHolderBeforeOrAfter(
            this.withSurnamesAsWritten(
              this.capitals.asGovernments(
                withKnowingOfThirdPerson(
                  withBeforeAsPreviously(
                    this.withoutDegreeAfterRole(
                      withoutAvoidedAct(
                        withoutAskingContext(
                          withoutAnswerFormat(
                            withAbbreviatedNames(
                              withoutNameRequestTail(
                                this.withPersonCompoundsRead(
                                  this.withConsonantsDoubled(
                                    withChatSpellingsWritten(withoutChatMarkup(question.normalize('NFC')), (folded) =>
                                      this.nameForms.has(folded),
                                    ),
                                  ),
                                ),
                              ),
                            ),
                          ),
                          (word) => this.isChatWord(word),
                          (tail) => this.namesSomeone(tail),
                          (tail) => this.hasArticleWord(tail),
                        ),
                      ),
                    ),
                  ),
                  (folded) => this.nameForms.has(folded),
                ),
                this.holdsOffice,
              ),
            ),
          ),
        ),
      ),
    );
  }

  /** The question with "before <president>" read as their predecessor, "after <president>" as their successor. */
  private withHolderBeforeOrAfter(text: string): string {
    const presidents = this.presidents;
    if (presidents.size === 0) return text;
    return withHolderBeforeOrAfter(
      text,
      (folded) => presidents.has(folded),
      (words, particle) => this.readsAsHolder(words, particle),
    );
  }

  /**
   * Whether words right before "before" or "after" already read as a holder before or after someone: a word whose
   * alias takes that particle ("president before", "came after"), or words that are a key of the same alias line as
   * "predecessor" or "successor" ("took over"). Only words after a relative pronoun: in "the leader who came before
   * Jeri", "leader" is whom the clause describes, not what "before" reads with.
   */
  private readsAsHolder(words: readonly string[], particle: string): boolean {
    const relative = words.findLastIndex((word) => RELATIVE_PRONOUNS.has(word));
    const stems = words.slice(relative + 1).map((word) => this.analyzer.stemOf(word));
    const holder = this.aliases.byStems.get(this.analyzer.stemOf(particle === 'before' ? 'predecessor' : 'successor'));
    const readsWith = (key: ParticleAlias) => key.after[0] === particle || key.line === holder?.line;
    if (stems.some((stem) => (this.aliases.particles.get(stem) ?? []).some(readsWith))) return true;
    for (let first = stems.length - 1; first >= 0; first--) {
      const alias = this.aliases.byStems.get(stems.slice(first).join(' '));
      if (alias !== undefined && alias.line === holder?.line) return true;
    }
    return false;
  }

  /**
   * The question without a word of degree between a role and "before" or "after" ("Peru's president **right** before
   * Jeri", "leader **straight** after Castillo"): it says how near, not who, and it would part the role from the
   * particle that makes it a predecessor or a successor ("president before"). Only after a word WordNet files first as
   * a person: elsewhere ("how soon after", "right after the raid") the word may be what is asked. Blanked with spaces.
   */
  private withoutDegreeAfterRole(text: string): string {
    const lexicon = this.lexicon;
    if (!lexicon) return text;
    return text.replace(DEGREE_AFTER_ROLE.for(text), (whole, role: string, degree: string) =>
      lexicon.lookup(foldText(role)).classes[0] === 'noun.person'
        ? `${whole.slice(0, whole.length - degree.length)}${' '.repeat(degree.length)}`
        : whole,
    );
  }

  /**
   * The question without a word of address at the edge of a clause ("en q fecha fue lo de la ruptura **causa**",
   * "xq peru se enojo con mexico **causa**, …", "ya pe **causa** la chavez sigue presa?"): the one spoken to, not the
   * cause asked about. A noun that is asked about is bound into its sentence by an article, a preposition, a pronoun
   * or a question word before it ("¿cuál es la causa?", "¿qué causa el conflicto?"), or, opening the question, by a
   * complement after it ("causa de la ruptura"); a word of address is not. Blanked with spaces (offsets are kept).
   */
  private withoutAddress(text: string): string {
    if (this.addressWords.size === 0) return text;
    const tokens = wordTokens(text);
    // A word asked with little else ("¿y las causas?") is the question.
    if (tokens.length < MIN_ADDRESSED_WORDS) return text;
    const folded = tokens.map((token) => foldText(token.raw));
    let out = text;
    for (let i = 0; i < tokens.length; i++) {
      if (!this.isAddressWord(folded[i]!) || !this.isVocative(text, tokens, folded, i)) continue;
      out = out.slice(0, tokens[i]!.start) + ' '.repeat(tokens[i]!.raw.length) + out.slice(tokens[i]!.end);
    }
    return out;
  }

  /**
   * Whether a folded word names something the search knows, so a noun phrase may end on it: a number, a name, a word
   * of the articles or an alias key ("2022", "México", "ruptura", "consulados"); not a word qualifying the noun after
   * it ("verdadera", "única").
   */
  private isTopicWord(folded: string): boolean {
    const stem = this.analyzer.stemOf(folded);
    return (
      /^\p{N}+$/u.test(folded) ||
      this.nameForms.has(folded) ||
      this.vocabulary.has(stem) ||
      this.aliases.byStems.has(stem) ||
      this.aliases.bySpanishRoots.has(spanishRoot(folded))
    );
  }

  /** Whether a folded word is a word of address, or its plural ("oe causas"). */
  private isAddressWord(folded: string): boolean {
    return this.addressWords.has(folded) || (folded.endsWith('s') && this.addressWords.has(folded.slice(0, -1)));
  }

  /**
   * Whether the word at `at` stands apart from its clause, as someone addressed does: at its end (only chat words,
   * interjections or emoji after it), not bound by the word before it, nor qualified by it, nor the verb of a question
   * two words before ("¿qué problemas causa?"); or at its start (only interjections or unbinding stop words before
   * it: "ya pe causa …"), followed by the question proper.
   */
  private isVocative(text: string, tokens: readonly WordToken[], folded: readonly string[], at: number): boolean {
    const breakBefore = (k: number) =>
      k === 0 || CLAUSE_BREAK.for(text).test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
    const breakAfter = (k: number) =>
      k === tokens.length - 1 || CLAUSE_BREAK.for(text).test(text.slice(tokens[k]!.end, tokens[k + 1]!.start));
    const binds = (k: number) => ATTACHING_WORDS.has(folded[k]!) || QUESTION_WORD.for(folded[k]!).test(folded[k]!);
    const aside = (k: number) => this.fillerWords.has(folded[k]!) || this.isChatWord(tokens[k]!.raw);
    let end = at;
    while (!breakAfter(end) && aside(end + 1)) end++;
    if (breakAfter(end)) {
      if (breakBefore(at)) return true;
      if (binds(at - 1)) return false;
      if (breakBefore(at - 1)) return true;
      // Nor a noun after a word that qualifies it ("la verdadera causa"), only one after a topic ("la ruptura causa")
      // or after a word of another number, which cannot qualify it ("de esas ideas causa").
      const before = folded[at - 1]!;
      const unqualified = !binds(at - 2) || this.isTopicWord(before) || !sameNumber(before, folded[at]!);
      return !QUESTION_WORD.for(folded[at - 2]!).test(folded[at - 2]!) && unqualified;
    }
    let start = at;
    while (!breakBefore(start) && (aside(start - 1) || this.analyzer.isStopWord(folded[start - 1]!))) {
      if (binds(start - 1)) return false;
      start--;
    }
    // What follows opens the question proper (an article, a question word, a name: "… causa la chavez sigue …"), not
    // a word that qualifies the noun ("causa principal de …").
    const next = folded[at + 1]!;
    const opensQuestion =
      this.analyzer.isStopWord(next) || QUESTION_WORD.for(next).test(next) || this.nameForms.has(next);
    return breakBefore(start) && opensQuestion && !COMPLEMENT_WORDS.has(next);
  }

  /**
   * The question without an instruction after it on how to answer ("¿qué cargos enfrenta Chávez? Fundamentar con el
   * texto", "… ? Use evidence."): a few words after its last "?", asking nothing, that name nothing the articles
   * tell of (see {@link namesTopic}). Blanked with spaces (offsets are kept).
   */
  private withoutInstruction(text: string): string {
    const mark = Math.max(text.lastIndexOf('?'), this.orderSentenceStart(text));
    if (mark < 0 || !this.instructions) return text;
    const tail = text.slice(mark + 1);
    const words = wordTokens(tail);
    if (words.length === 0 || words.length > MAX_INSTRUCTION_WORDS || QUESTION_WORD.for(tail).test(tail)) return text;
    if (wordTokens(text.slice(0, mark)).length < MIN_AFTER_LABEL_WORDS || this.namesTopic(tail)) return text;
    return text.slice(0, mark + 1) + ' '.repeat(tail.length);
  }

  /**
   * Where a last sentence giving an order opens, after a prompt that ends in a full stop ("Compare how Peru and Mexico
   * each describe the decision. **Use evidence from the text.**"): the stop, or -1. An order opens on a capital and a
   * word WordNet has as a verb ("Use", "Cite", "Support"); the stop ends a word of two letters or more, so that an
   * abbreviation ("the U.S. say") opens no sentence. Whether it asks nothing is for withoutInstruction to judge.
   */
  private orderSentenceStart(text: string): number {
    const stop = /(?<=\p{L}{2}|\p{N})[.!]\s+(\p{Lu}[\p{L}']*)[^.!?]*[.!]?\s*$/u.exec(text);
    if (!stop || !this.lexicon) return -1;
    const opening = this.lexicon.lookup(foldText(stop[1]!)).classes;
    return opening.some((name) => name.startsWith('verb.')) ? stop.index : -1;
  }

  /**
   * The question without a label or an address before it ("seminar question: why …", "Q for the group: according
   * to …", "tarea pa mañana: comparen …", "ok class, in your groups explain …"): a few words before the first colon,
   * or before the first comma, that name nothing the articles tell of — only words no article has, talk, light
   * words or loose synonyms. Blanked with spaces (offsets are kept).
   */
  private withoutPromptLabel(text: string): string {
    const match = PROMPT_LABEL.exec(text);
    if (!match) return text;
    const label = match[1]!;
    const words = wordTokens(label);
    if (words.length === 0 || words.length > (match[2] === ':' ? MAX_LABEL_WORDS : MAX_ADDRESS_WORDS)) return text;
    if (wordTokens(text.slice(match[0].length)).length < MIN_AFTER_LABEL_WORDS) return text;
    return this.namesTopic(label) ? text : ' '.repeat(match[0].length) + text.slice(match[0].length);
  }

  /**
   * A role WordNet names in three words, "X of Y" ("head of state", "secretary of state"), read as one: as the words of
   * a synonym the articles write ("foreign minister"), else as its head word alone ("head", a leader), so that its "of
   * Y" asks for nothing more ("state" is no state the articles speak of).
   */
  private withPersonCompoundsRead(text: string): string {
    const lexicon = this.lexicon;
    if (!lexicon) return text;
    return text.replace(ROLE_OF_SOMETHING, (typed: string, head: string) => {
      const entry = lexicon.lookup(foldText(typed).replace(/\s+/g, ' '));
      if (!entry.inWordNet || entry.classes[0] !== 'noun.person') return typed;
      const written = entry.synonyms.find((synonym) => {
        const words = this.analyzer.contentWords(synonym);
        // Another role, not someone's name.
        return (
          words.every((word) => this.vocabulary.has(word.stem)) &&
          words.some((word) => !this.nameForms.has(word.folded))
        );
      });
      if (written !== undefined) return written;
      // A head word an alias reads as a title the articles write stands for that title ("head of state": a president),
      // so that whose it is reads as that title's holder ("Mexico's head of state" is Mexico's president).
      const title = this.titleOfWord(head);
      const word = title !== undefined && title.length <= typed.length ? title : head;
      return word + ' '.repeat(typed.length - word.length);
    });
  }

  /**
   * Whether a folded word names one who holds an office the articles write: an alias reads it as such a title alone or
   * ending a wording ("canciller" → Foreign Minister, "funcionario" → president …).
   */
  private readonly holdsOffice = (folded: string): boolean => {
    const alias = this.aliases.byStems.get(this.analyzer.stemOf(folded));
    return alias?.keyLength === 1 && alias.wordings.some((w) => this.titles.has(w.terms.at(-1)!));
  };

  /** The title the articles write that an alias reads one word as ("head" → "president"), as written; or undefined. */
  private titleOfWord(word: string): string | undefined {
    const alias = this.aliases.byStems.get(this.analyzer.stemOf(foldText(word)));
    if (!alias || alias.keyLength !== 1) return undefined;
    const title = alias.wordings.find((w) => w.terms.length === 1 && this.titles.has(w.terms[0]!))?.terms[0];
    if (title === undefined) return undefined;
    // The first form the articles write of it, read from the forms grouped by term rather than from every form.
    return writtenFormsOf(this.writtenForms, title)[0];
  }

  /**
   * An English word typed with one consonant where it doubles before an ending ("cuting ties", "stoped", "geting"),
   * written as the word it is when that is far commoner in speech than the form typed: the stemmer would read
   * "cuting" as "cute". Not a Spanish word ("pasaron").
   */
  private withConsonantsDoubled(text: string): string {
    const lexicon = this.lexicon;
    if (!lexicon) return text;
    return text.replace(UNDOUBLED_CONSONANT, (typed: string, stem: string, consonant: string, ending: string) => {
      const folded = foldText(typed);
      if (folded !== typed.toLowerCase() || lexicon.spanishZipf(folded) > 0) return typed;
      const doubled = `${stem}${consonant}${consonant}${ending}`;
      return lexicon.zipf(doubled.toLowerCase()) - lexicon.zipf(folded) >= DOUBLED_MORE_COMMON ? doubled : typed;
    });
  }

  /**
   * A name after its given name, spelt as the articles write it when typed close to it ("jose jerry" → "jose jeri",
   * "claudia shenbaum"): after "José" the article names only Jerí, and "jerry", a real word, is no typo elsewhere.
   */
  private withSurnamesAsWritten(text: string): string {
    if (this.surnameAfter.size === 0) return text;
    const tokens = wordTokens(text);
    let out = text;
    for (let i = tokens.length - 2; i >= 0; i--) {
      const surname = this.surnameAfter.get(foldText(tokens[i]!.raw));
      if (surname === undefined) continue;
      // "Hugo de Zela": a particle may come between.
      let next = i + 1;
      if (this.analyzer.isStopWord(foldText(tokens[next]!.raw)) && next + 1 < tokens.length) next++;
      const typed = tokens[next]!;
      // The possessive stays: "Glas's sentence".
      const possessive = /['’]s$/.exec(typed.raw)?.[0] ?? '';
      const folded = foldText(typed.raw.slice(0, typed.raw.length - possessive.length));
      if (folded.length < MIN_SURNAME_TYPO_LENGTH || this.nameForms.has(folded)) continue;
      if (editDistance(folded, surname, MAX_SURNAME_EDITS) > MAX_SURNAME_EDITS) continue;
      out = out.slice(0, typed.start) + surname + possessive + out.slice(typed.end);
    }
    return out;
  }

  /** Whether a text has a content word the articles have (by its stem). */
  private hasArticleWord(text: string): boolean {
    return this.analyzer.contentWords(text).some((word) => this.vocabulary.has(word.stem));
  }

  /**
   * Whether a text writes a name of the articles that is a person, a place or a body, or no word WordNet knows
   * ("Chavez", "Lima", "Congress"; not "June" nor "News" of "Mexico News Daily", nor "General" of "General Assembly").
   */
  private namesSomeone(text: string): boolean {
    return wordTokens(text).some((token) => {
      const folded = foldText(token.raw);
      if (!this.nameForms.has(folded)) return false;
      const kind = this.lexicon?.lookup(folded).classes[0];
      return kind === undefined || kind === 'noun.person' || kind === 'noun.location' || kind === 'noun.group';
    });
  }

  /** Whether a typed word is chat ("lol", "ngl", "jaja"): no word or name of an article, and chat to WordWeights. */
  isChatWord(word: string): boolean {
    const folded = foldText(word);
    if (this.nameForms.has(folded) || this.isNickname(folded) || this.analyzer.isStopWord(folded)) return false;
    const stem = this.analyzer.stemOf(folded);
    return !this.vocabulary.has(stem) && this.weights.isChat(folded);
  }

  /**
   * The question with its fillers of one word blanked out ("neta", "posta", "wey", "pe"): interjections, words of
   * address and chat's "for real?", which a reader of the question's form would take for part of it: "el canciller q
   * dijo posta?" asks what the minister said, not what "posta" did. Blanked with spaces (offsets are kept).
   */
  withoutFillerWords(text: string): string {
    if (this.fillerWords.size === 0) return text;
    let out = text;
    for (const token of wordTokens(text)) {
      if (this.fillerWords.has(foldText(token.raw)))
        out = out.slice(0, token.start) + ' '.repeat(token.raw.length) + out.slice(token.end);
    }
    return out;
  }

  /**
   * The question with its filler phrases blanked out. "Right now" would otherwise ask for "right" (as in the right
   * to asylum) and "oe causa" (Peruvian for "hey, mate") for "causa"; as phrases they are unambiguous. So is "tipo
   * de" or "part of" after a question word ({@link WHICH_OF}).
   */
  withoutFillers(typed: string): string {
    if (this.fillersByFirstWord.size === 0) return typed;
    const question = withoutWhichOf(typed);
    const tokens = wordTokens(question);
    const folded = tokens.map((token) => foldText(token.raw));
    let out = question;
    for (let i = 0; i < tokens.length; i++) {
      for (const phrase of this.fillersByFirstWord.get(folded[i]!) ?? []) {
        // Whole words in a row, with only spaces between them: "a right? Now what" is not "right now". A phrase of
        // several words ends in its plural too ("oe causas" calls several mates), or its possessive: "according to the
        // author's conclusion" asks for the conclusion.
        const last = phrase.length - 1;
        if (
          !phrase.every(
            (word, k) =>
              (folded[i + k] === word ||
                (k === last &&
                  k > 0 &&
                  (folded[i + k] === `${word}s` || folded[i + k] === `${word}es` || folded[i + k] === `${word}'s`))) &&
              (k === 0 || /^\s+$/.test(question.slice(tokens[i + k - 1]!.end, tokens[i + k]!.start))),
          )
        )
          continue;
        // A word of address that also names something is what the question says of someone after "was", "era"
        // ("castillo era profe??": he was a teacher), not the one addressed ("profe, ¿qué pasó…?").
        if (
          phrase.length === 1 &&
          i > 0 &&
          PREDICATING_VERBS.has(folded[i - 1]!) &&
          this.aliases.byStems.has(this.analyzer.stemOf(folded[i]!))
        )
          continue;
        // Nor is one that a key written with its particles claims: "mexico anda cuidando a **sus cuates**" speaks of
        // Mexico's friends (allies), not to a friend; a word of address has no possessive before it.
        if (phrase.length === 1 && this.particleKeyClaims(folded, i)) continue;
        let first = i;
        let end = i + phrase.length - 1;
        // What the text does is how the question is put: "what evidence does the article give", "¿qué plantea el
        // texto?" ask what the text holds.
        if (DETERMINERS.has(phrase[0]!)) {
          // So does a verb of saying after "as" ("as the article describes them"), not another word ("known as the
          // person who tried …").
          const saying = folded[i - 1] === 'as' && end + 1 < tokens.length && this.isSaying(folded[end + 1]!);
          if (i > 0 && ((TEXT_AUXILIARY.has(folded[i - 1]!) && end + 1 < tokens.length) || saying)) end++;
          else if (i > 1 && SPANISH_ASKING_WORD.has(folded[i - 2]!)) first--;
          // Or after the thing asked for: "¿qué pruebas **ofrece** el texto?", "¿qué evidencia presenta el autor?" (not
          // "grant", nor a topic of its own).
          else if (
            i > 2 &&
            SPANISH_ASKING_WORD.has(folded[i - 3]!) &&
            /^\s+$/.test(question.slice(tokens[i - 2]!.end, tokens[i - 1]!.start))
          )
            first--;
        }
        // So does what the text did to a thing named before it: "the events of December 2022 **described** in the
        // article" asks for the events (the article's own "described", ¶8, is no answer).
        if (
          phrase[0] === 'in' &&
          DETERMINERS.has(phrase[1] ?? '') &&
          i > 1 &&
          this.isTextsDeed(folded[i - 1]!) &&
          this.analyzer.isContentToken(tokens[i - 2]!.raw)
        )
          first--;
        const from = tokens[first]!.start;
        const to = tokens[end]!.end;
        out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to);
        i = end;
        break;
      }
    }
    // "De todo este despiche", "de todo este relajo": a word neither the articles nor general English know, right
    // after words pointing at the whole story and ending the phrase, is the asker's slang for the story; with those
    // words, it names nothing to search. Not a name ("this whole Venezuela thing"), nor a word before another ("all
    // this tariff stuff"), nor a word English has or has a cognate of ("toda esta inflación", "cartel"): a topic.
    // (Not in a word-for-word reading, which has no aliases to tell "relajo" read as the crisis from a word it lacks.)
    for (let i = 2; i < tokens.length && this.aliases.byStems.size > 0 && this.lexicon; i++) {
      if (!STORY_POINTERS.has(`${folded[i - 2]} ${folded[i - 1]}`)) continue;
      const word = folded[i]!;
      const stem = this.analyzer.stemOf(word);
      const next = tokens[i + 1];
      if (
        /^\p{Lu}/u.test(tokens[i]!.raw) ||
        (next !== undefined &&
          /^[\s]*$/.test(question.slice(tokens[i]!.end, next.start)) &&
          !this.isChatWord(folded[i + 1]!)) ||
        this.vocabulary.has(stem) ||
        this.aliases.byStems.has(stem) ||
        this.aliases.bySpanishRoots.has(spanishRoot(word)) ||
        this.nameForms.has(word) ||
        [word, ...spanishCognates(word)].some((form) => this.lexicon!.lookup(form).inWordNet)
      )
        continue;
      const from = tokens[i - 2]!.start;
      out = out.slice(0, from) + ' '.repeat(tokens[i]!.end - from) + out.slice(tokens[i]!.end);
    }
    return out;
  }

  /**
   * Whether an alias key of one word with particles ("sus cuates", "su compa") matches the folded word at `at` with
   * the words around it: written so, the word is what the key means, whatever else it is alone.
   */
  private particleKeyClaims(folded: readonly string[], at: number): boolean {
    const keys = this.aliases.particles.get(this.analyzer.stemOf(folded[at]!)) ?? [];
    return keys.some(
      ({ before, after }) =>
        at >= before.length &&
        before.every((word, k) => folded[at - before.length + k] === word) &&
        after.every((word, k) => folded[at + 1 + k] === word),
    );
  }

  /** Whether a word is first, as a verb, one of saying or showing ("describes", "says", "shows"). */
  private isSaying(folded: string): boolean {
    const verb = this.lexicon?.lookup(folded).classes.find((name) => name.startsWith('verb.'));
    return verb !== undefined && SAYING_CLASSES.has(verb);
  }

  /**
   * Whether a word is what a text does to what it tells: a participle of a verb WordNet reads first as saying or
   * showing ("described", "mentioned", "presented"), not "accused" (first a person) nor "happened".
   */
  private isTextsDeed(folded: string): boolean {
    if (!this.lexicon || !folded.endsWith('ed') || !this.lexicon.isVerbForm(folded)) return false;
    const first = this.lexicon.lookup(folded).classes[0];
    return first === 'verb.communication' || first === 'verb.perception';
  }

  /** The text without its text-place phrases ("the conclusion"), and the index terms of the places they name. */
  withoutPlaces(typed: string): { text: string; terms: string[] } {
    const terms: string[] = [];
    // "The main idea of paragraph 11", "el párrafo 3", "¶5": that paragraph, by its number.
    const question = typed.replace(NUMBERED_PARAGRAPH, (match, number: string) => {
      const term = paragraphTerm(Number(number));
      if (!terms.includes(term)) terms.push(term);
      return ' '.repeat(match.length);
    });
    let text = this.withoutOrdinalParagraphs(question, terms);
    if (this.placesByFirstWord.size === 0) return { text, terms };
    const tokens = wordTokens(text);
    const stems = tokens.map((token) => this.analyzer.stemOf(foldText(token.raw)));
    for (let i = 0; i < tokens.length; i++) {
      const found = (this.placesByFirstWord.get(stems[i]!) ?? []).find((phrase) =>
        phrase.words.every((word, k) => stems[i + k] === word),
      );
      if (!found) continue;
      const start = tokens[i]!.start;
      const end = tokens[i + found.words.length - 1]!.end;
      text = text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
      if (!terms.includes(found.term)) terms.push(found.term);
      i += found.words.length - 1;
    }
    return { text, terms };
  }

  /**
   * "The third paragraph", "el segundo párrafo": that paragraph, by the number its ordinal names (its term added to
   * `terms`), the words blanked out.
   */
  private withoutOrdinalParagraphs(typed: string, terms: string[]): string {
    let text = typed;
    for (const { number, start, end } of ordinalParagraphs(typed)) {
      const term = paragraphTerm(number);
      if (!terms.includes(term)) terms.push(term);
      text = text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
    }
    return text;
  }

  /**
   * "The former Peruvian leader" is Peru's former leader: a place's name between "former" and the role it qualifies
   * goes before "former", so that the former role is read as one ("former leader", Castillo), not the place's role
   * now ("Peruvian leader", Jerí). Not where a key reads them together ("former Mexican president", López Obrador).
   */
  withFormerBeforePlace(text: string): string {
    return text.replace(FORMER_BEFORE_NAME.for(text), (whole, former: string, name: string, gap: string) => {
      const term = this.nameForms.get(foldText(name));
      // A place's name only: not a person's ("former Pedro Castillo"), nor a title ("former Foreign Minister").
      if (term === undefined || this.personTerms().has(term) || this.titles.has(term)) return whole;
      const place = this.analyzer.stemOf(foldText(name));
      const formerStems = [this.analyzer.stemOf(foldText(former)), this.analyzer.stemOf('former')];
      if (formerStems.some((stem) => this.aliases.stemPrefixes.has(`${stem} ${place}`))) return whole;
      return `${name} ${former}${gap}`;
    });
  }

  /**
   * A word made of a prefix of office and a word the search knows, which no list has whole ("exvicemandatario",
   * "exprimer ministra"): the word apart, read as itself ("vice mandatario", "primer ministra"), after "ex" only where
   * an alias key reads the two together ("ex vice president"): alone, "ex" would be a topic of its own, ¶1's "former".
   * Not a word the lists or the articles have ("existe", "expulsión").
   */
  withPrefixesApart(text: string): string {
    if (!PREFIXED_WORD.for(text).test(text)) return text;
    return text.replace(PREFIXED_WORDS.for(text), (word: string) => this.prefixesApart(foldText(word)) ?? word);
  }

  private prefixesApart(folded: string): string | undefined {
    const prefix = OFFICE_PREFIXES.find((p) => folded.startsWith(p) && folded.length - p.length >= MIN_PREFIXED_REST);
    if (prefix === undefined || this.isKnownWord(folded)) return undefined;
    const rest = folded.slice(prefix.length);
    const restApart = this.isKnownWord(rest) ? rest : this.prefixesApart(rest);
    if (restApart === undefined) return undefined;
    return prefix !== 'ex' || this.startsKey(prefix, restApart.split(' ')[0]!) ? `${prefix} ${restApart}` : restApart;
  }

  /** Whether two folded words start some alias key, by their stems or their Spanish roots. */
  private startsKey(first: string, second: string): boolean {
    return (
      this.aliases.stemPrefixes.has(`${this.analyzer.stemOf(first)} ${this.analyzer.stemOf(second)}`) ||
      this.aliases.rootPrefixes.has(`${spanishRoot(first)} ${spanishRoot(second)}`)
    );
  }

  /** Whether the articles, an alias key, WordNet or a word list has a folded word. */
  private isKnownWord(folded: string): boolean {
    const stem = this.analyzer.stemOf(folded);
    return (
      this.vocabulary.has(stem) ||
      this.aliases.byStems.has(stem) ||
      this.aliases.bySpanishRoots.has(spanishRoot(folded)) ||
      this.nameForms.has(folded) ||
      (this.lexicon !== undefined &&
        (this.lexicon.lookup(folded).inWordNet ||
          this.lexicon.zipf(folded) > 0 ||
          this.lexicon.spanishZipf(folded) > 0))
    );
  }

  /**
   * The words of a question the search reads, as typed: its content words, and the stop words next to a word that
   * has particle keys ("fell out", "on hold"), where they change the meaning.
   */
  compactWords(question: string): string[] {
    const tokens = wordTokens(this.searchableText(question));
    const stems = tokens.map((token) => this.analyzer.contentWords(token.raw)[0]?.stem);
    const hasParticles = (k: number) => k >= 0 && k < tokens.length && this.aliases.particles.has(stems[k]!);
    return tokens
      .filter((_, k) => {
        if (stems[k] !== undefined) return true;
        let before = k - 1;
        while (before >= 0 && stems[before] === undefined) before--;
        let after = k + 1;
        while (after < tokens.length && stems[after] === undefined) after++;
        return hasParticles(before) || hasParticles(after);
      })
      .map((token) => token.raw);
  }
}

/** The text with "tipo de", "part of" … after a question word blanked ({@link WHICH_OF}); offsets are kept. */
function withoutWhichOf(text: string): string {
  return text.replace(WHICH_OF.for(text), (match: string, kind: string, at: number) =>
    /^part/i.test(kind) && PLACE_BEFORE.for(text).test(text.slice(0, at))
      ? match
      : match.slice(0, -kind.length) + ' '.repeat(kind.length),
  );
}
