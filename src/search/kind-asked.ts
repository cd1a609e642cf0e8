/**
 * The kind of thing a question asks for by name ("which embassy", "what party is José Jerí from", "what debate has the
 * Chavez episode reopened") and whose it is, and which paragraphs give it: a paragraph answers only if it names that
 * kind (in one of its wordings, every word of it), with its owner when the question says whose it is. The engine
 * declines a kind no paragraph gives, or a role whose holder the articles never name ("which judge freed her").
 */
import { foldedWords, type Analyzer } from '../text/analyzer.js';
import { foldText } from '../text/fold.js';
import { Memo } from '../text/memo.js';
import { spanishCognates } from '../text/spanish-words.js';
import { headNounOf, headOwnerOf } from './answer-type.js';
import type { Concept } from './concept.js';
import type { CorpusIndex } from './corpus-index.js';
import type { Lexicon } from './lexicon.js';
import type { NamesAsked } from './names-asked.js';
import type { ParagraphFacts } from './paragraph-facts.js';
import type { PersonStory } from './person-story.js';
import type { ReadQuestion } from './query.js';
import { LIGHT_WORD_WEIGHT } from './word-weight.js';

/** Letters a role asked for has at least: "which ex-premier" asks for a premier, not an "ex". */
const MIN_ROLE_LETTERS = 3;
/** Heads whose "which / what <head>" patterns are kept compiled. */
const ROLE_PATTERN_MEMO = 500;
/** Words that, before a name, make it qualify the noun after it ("the Chavez episode"). */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'a', 'an']);
/** WordNet classes of a head noun ("what actions", "what reasons") that an answer need not name. */
const UNNAMED_KINDS = new Set([
  'noun.act',
  'noun.motive',
  'noun.event',
  'noun.phenomenon',
  'noun.process',
  'noun.Tops',
]);

/** WordNet's class of nouns relating one thing to another, among them a part to its whole ("member", "part"). */
const RELATION_NOUN = 'noun.relation';

/** WordNet's class of words said: a kind the answer quotes rather than names. */
const WORDS_SAID = 'noun.communication';

/** What a question asks for by name. */
export interface KindAsked {
  /** The head noun, folded ("party" of "what political party"). */
  head: string;
  /** The words owning the kind, as the question writes them ("jose jeri from"), if it says whose it is. */
  owner?: string;
  /** The rare names of the articles in those words: the kind is to be given with them. */
  ownerNames: string[];
  /** The term of an event a name qualifies in them ("episod" of "the Chavez episode"): it may own the kind too. */
  ownerEvent?: string;
  /** The question's concept naming the kind, when an answer must name it (not an act or motive, nor a light word). */
  concept?: Concept;
}

/** What kinds asked are read with. */
export interface KindSources {
  analyzer: Analyzer;
  lexicon: Lexicon;
  /** Names as the articles write them (folded → term). */
  nameForms: ReadonlyMap<string, string>;
  vocabulary: { has(term: string): boolean };
  index: CorpusIndex;
  names: NamesAsked;
  facts: ParagraphFacts;
  story: PersonStory;
}

/** Reads the kind a question asks for and checks paragraphs for it (see the module). */
export class KindReader {
  constructor(private readonly sources: KindSources) {}

  /** The kind a question asks for by name, or undefined when it asks for none. */
  read(question: string, read: ReadQuestion): KindAsked | undefined {
    const { analyzer, lexicon, nameForms, vocabulary } = this.sources;
    const head = headNounOf(
      question,
      (folded) => analyzer.isStopWord(folded),
      (folded) => lexicon.lookup(folded).classes[0]?.startsWith('adj.') === true,
      // English nouns that are no verb or adjective, after a name or another such noun: "Mexican government
      // department", not "put" or "support" (verbs), nor "basic principle" (an adjective before).
      // An adjective joins a name after it: "which former Mexican leader".
      (folded, next) =>
        !read.spanish &&
        (((nameForms.has(folded) || this.isNounOnly(folded)) && !nameForms.has(next) && this.isNounOnly(next)) ||
          (nameForms.has(next) && lexicon.lookup(folded).classes.some((name) => name.startsWith('adj.')))),
    );
    if (head === undefined) return undefined;
    if (!read.spanish && (this.isVerbOnly(head) || this.isPartOfWhole(head, question))) return undefined;
    // Only a kind the articles themselves name, or name as an alias reads it ("what treaty": the Caracas
    // Convention): "which city" is answered by "Lima" though "city" is not written.
    // A light word names no kind: "what part did she play" asks what she did. Nor does an act, a motive or an
    // event ("what actions did Jerí take", "what reasons …"): the answer tells it without the word.
    // "What party is José Jerí from": the kind asked for must be given where the person asked about is. A Spanish
    // kind is named by its translations, and only of a named owner ("¿de qué partido es Jerí?"): a Spanish word
    // alone cannot be judged an act or event by English data ("¿qué consecuencia tiene …?").
    const owner = headOwnerOf(question);
    const ownerNames = owner === undefined ? [] : this.sources.names.rareWritten(owner);
    // An event a name qualifies owns the kind as the person does ("the debate the Chavez episode reopened" is the
    // episode's): the kind told with either will do.
    const ownerEvent = owner === undefined || read.spanish ? undefined : this.eventNamed(owner);
    const concept = this.unnamedKind(head, read.spanish, ownerNames.length > 0)
      ? undefined
      : read.concepts.find(
          (c) =>
            c.label.split(' ').includes(head) &&
            c.weight > LIGHT_WORD_WEIGHT &&
            (vocabulary.has(analyzer.stemOf(head)) ||
              ((!read.spanish || ownerNames.length > 0) &&
                c.kind === 'topic' &&
                c.wordings.some((w) => !w.loose && w.terms.every((term) => vocabulary.has(term))))),
        );
    return {
      head,
      ...(owner !== undefined && { owner }),
      ownerNames,
      ...(ownerEvent !== undefined && { ownerEvent }),
      ...(concept !== undefined && { concept }),
    };
  }

  /**
   * Whether a head is one of a whole the question names after "of" (WordNet's relation nouns: "member", "part",
   * "component"): "which members of Castillo's family did Mexico take in" asks for the family members (his wife and
   * children), whom an answer need not call members; ¶8's "remain members of the Pacific Alliance" is no answer.
   */
  private isPartOfWhole(head: string, question: string): boolean {
    if (!this.sources.lexicon.lookup(head).classes.includes(RELATION_NOUN)) return false;
    const words = foldedWords(question);
    return words.some((word, i) => word === head && words[i + 1] === 'of');
  }

  /**
   * Whether a word is an inflected verb and no noun: "what became of the woman who …" asks what happened to her, and
   * names no kind. An irregular form ("became") is read through its base, which WordNet lists.
   */
  private isVerbOnly(folded: string): boolean {
    const { analyzer, lexicon } = this.sources;
    if (lexicon.lookup(folded).classes.some((name) => name.startsWith('noun.'))) return false;
    const base = analyzer.wordForms.get(folded);
    return base === undefined
      ? lexicon.isVerbForm(folded)
      : lexicon.lookup(base).classes[0]?.startsWith('verb.') === true;
  }

  /**
   * Whether a kind asked of a named owner is given with them in none of the paragraphs ("¿a qué partido pertenece el
   * presidente Jerí?"): the question is then declined as such however little of it is covered.
   */
  unheld(kind: KindAsked | undefined, keys: ReadonlyArray<{ key: number }>): boolean {
    const concept = kind?.concept;
    if (!kind || !concept) return false;
    const names = this.namesBesideKind(kind, concept);
    const { nameForms, facts } = this.sources;
    return (
      names.length > 0 &&
      !(!nameForms.has(kind.head) && facts.isPlaceKind(kind.head)) &&
      !keys.some((r) => this.names(concept, r.key) && this.ownedBy(kind, names, r.key))
    );
  }

  /**
   * The paragraphs that give the kind asked, with its owner when the question says whose it is, and whether the
   * question named one (for the decline when none does).
   */
  giving<T extends { key: number }>(
    kind: KindAsked,
    candidates: T[],
    spanish: boolean,
  ): { given: T[]; owned: boolean } {
    const concept = kind.concept;
    if (!concept) return { given: candidates, owned: false };
    const { nameForms, facts, names: namesAsked, story } = this.sources;
    // A paragraph names the kind in one of its wordings, every word of it: "countries" for "nations", but not
    // "political" alone for "political party".
    // A kind of place is named by a place's name too: "which country's envoy" is answered by "Mexico's chargée".
    // A compound kind is not read as a place ("government department", though a department may be a region).
    const placeKind = concept.label === kind.head && !nameForms.has(kind.head) && facts.isPlaceKind(kind.head);
    let given = candidates.filter((r) => this.names(concept, r.key) || (placeKind && facts.namesPlace(r.key)));
    const names = this.namesBesideKind(kind, concept);
    given = given.filter((r) => this.ownedBy(kind, names, r.key));
    // "What is Castillo's sentence": the kind is given in a sentence about its owner, not only beside their name. A
    // kind of place is given by a place's name anywhere near; a Spanish kind, read through its typo or cognate, may
    // be one without being known as one ("de q paiz era jorge glas").
    // (Or with the event the name qualifies, anywhere: ¶11's "the episode has reignited debate".)
    const owner = kind.owner;
    if (names.length > 0 && !placeKind && !spanish && owner !== undefined && namesAsked.person(owner) !== undefined)
      given = given.filter(
        (r) =>
          (kind.ownerEvent !== undefined && this.holds(kind.ownerEvent, r.key)) ||
          story.tellsInSentenceOf(owner, [concept], r.key),
      );
    return { given, owned: names.length > 0 };
  }

  /**
   * The kind "which <head>" asks the name of, as the articles write it: the head itself in English, after "which" or
   * after "what" when singular ("what judge freed her"; "what prosecutors are asking for" asks what they ask); in
   * Spanish ("¿qué juez la liberó?") the English word its reading stands for. Undefined when the question asks no such
   * thing.
   */
  roleAsked(question: string, head: string, read: ReadQuestion): { word: string; stem: string } | undefined {
    if (head.length < MIN_ROLE_LETTERS || !/^[a-z]+$/.test(head)) return undefined;
    const folded = foldText(question);
    const patterns = this.rolePatterns.get(head, () => ({
      which: new RegExp(`\\bwhich (?:[a-z]+ )?${head}\\b`),
      what: new RegExp(`\\bwhat (?:[a-z]+ )?${head}\\b(?: ([a-z]+))?`),
      spanish: new RegExp(`\\b(?:que|q|k|cual) (?:[a-z]+ )?${head}\\b`),
    }));
    if (!read.spanish) {
      const role = { word: head, stem: this.sources.analyzer.stemOf(head) };
      if (patterns.which.test(folded)) return role;
      // "What prison sentence …": a noun after it is the kind asked, the head only describes it. A function word is no
      // noun, whatever WordNet files under its spelling ("was" as Washington's abbreviation, "are" as a unit).
      const asked = /[^s]s$/.test(head) ? null : patterns.what.exec(folded);
      const next = asked?.[1];
      const nounNext =
        next !== undefined &&
        !this.sources.analyzer.isStopWord(next) &&
        this.sources.lexicon.lookup(next).classes[0]?.startsWith('noun.') === true;
      if (!asked || nounNext) return undefined;
      return role;
    }
    if (!patterns.spanish.test(folded)) return undefined;
    // Only a word read as one English word, its translation: not a topic an alias gathers ("¿qué pasará?": the
    // future of the relations).
    const own = read.concepts.find((c) => c.label === head)?.wordings.filter((w) => !w.loose);
    const stem = own?.length === 1 && own[0]!.terms.length === 1 ? own[0]!.terms[0] : undefined;
    const word = stem === undefined ? undefined : this.sources.facts.writtenWordOf(stem);
    return stem === undefined || word === undefined ? undefined : { word, stem };
  }

  /** {@link roleAsked}'s patterns by head: heads recur ("what year", "which country"), compiling each is not free. */
  private readonly rolePatterns = new Memo<string, { which: RegExp; what: RegExp; spanish: RegExp }>(ROLE_PATTERN_MEMO);

  /**
   * Whether "which <head>" asks for a name the articles never give: a role written only bare ("released by a judge"),
   * or a made thing written only as a word describing another ("which prison": ¶4's "prison sentence").
   */
  unnamedKindAsked(head: string, headStem: string): boolean {
    const { lexicon, facts, names, nameForms } = this.sources;
    const kind = lexicon.lookup(head).classes[0];
    if (kind === 'noun.person')
      return !facts.namesHolderOf(headStem, (folded) => names.personTerms.has(nameForms.get(folded) ?? ''));
    return kind === 'noun.artifact' && !facts.namesInstanceOf(headStem);
  }

  /** Whether WordNet has an English word only as a noun ("department", not "put", "basic" or "support"). */
  isNounOnly(folded: string): boolean {
    const { classes } = this.sources.lexicon.lookup(folded);
    return classes.length > 0 && classes.every((name) => name.startsWith('noun.'));
  }

  /** The owner's names the kind's own wordings do not hold ("Caracas" of "the Caracas Convention" names it). */
  private namesBesideKind(kind: KindAsked, concept: Concept): string[] {
    return kind.ownerNames.filter((name) => !concept.wordings.some((w) => w.terms.includes(name)));
  }

  /** Whether a paragraph names the kind in one of its wordings, every word of it. */
  private names(concept: Concept, key: number): boolean {
    return concept.wordings.some((w) => w.terms.every((term) => this.holds(term, key)));
  }

  /** Whether a paragraph holds the owner's names, or the event a name qualifies. */
  private ownedBy(kind: KindAsked, names: readonly string[], key: number): boolean {
    return (
      names.every((name) => this.holds(name, key)) ||
      (kind.ownerEvent !== undefined && this.holds(kind.ownerEvent, key))
    );
  }

  private holds(term: string, key: number): boolean {
    return this.sources.index.paragraphPostings.holds(term, key);
  }

  /**
   * The term of an event a name qualifies in the words owning a kind ("what debate has **the Chavez episode**
   * reopened": "episod"), when the articles write it; undefined otherwise. A determiner before the name says the name
   * qualifies what follows; the thing is an event to WordNet first ("episode", "case"), not a group or act of the
   * person's ("the Jeri government", "the Castillo trial"), whose kinds are still theirs.
   */
  private eventNamed(owner: string): string | undefined {
    const { nameForms, lexicon, analyzer, vocabulary } = this.sources;
    const words = foldedWords(owner);
    const first = words.findIndex((word) => nameForms.has(word));
    const last = words.findLastIndex((word) => nameForms.has(word));
    const after = words[last + 1];
    if (first <= 0 || !DETERMINERS.has(words[first - 1]!) || after === undefined || nameForms.has(after))
      return undefined;
    if (lexicon.lookup(after).classes[0] !== 'noun.event') return undefined;
    const stem = analyzer.stemOf(after);
    return vocabulary.has(stem) ? stem : undefined;
  }

  /**
   * A kind an answer tells without naming it: an act, a motive, an event ("what actions", "qué motivos"); or words
   * said, in WordNet's two commonest senses of the noun ("what label", "what argument": the answer quotes them), not
   * a word with another sense besides ("sentence", a prison term; "name"; "treaty", which the articles name). Not
   * words said by someone named (`owned`): "Boluarte's statement", "what statement did Boluarte make" ask for one the
   * articles must give.
   */
  private unnamedKind(head: string, spanish: boolean, owned: boolean): boolean {
    const words = spanish ? [head, ...spanishCognates(head)] : [head];
    return words.some((word) => {
      const classes = this.sources.lexicon.lookup(word).classes;
      const nouns = classes.filter((name) => name.startsWith('noun.'));
      return (
        UNNAMED_KINDS.has(classes[0] ?? '') ||
        (!owned && nouns.length >= 2 && nouns[0] === WORDS_SAID && nouns[1] === WORDS_SAID && classes[0] === WORDS_SAID)
      );
    });
  }
}
