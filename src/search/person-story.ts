/**
 * What the articles tell of a person a question names: an earlier role ("former teacher"), what became of them after
 * an event, and whether one paragraph naming them tells all the question asks of them.
 */
import { wordTokens } from '../text/analyzer.js';
import { foldText } from '../text/fold.js';
import { LATER_WORDS, type AfterEvent } from './after-event.js';
import type { Concept } from './concept.js';
import type { CorpusIndex, IndexedParagraph } from './corpus-index.js';
import type { SentenceEvidence } from './evidence.js';
import type { NamesAsked } from './names-asked.js';
import type { ParagraphFacts } from './paragraph-facts.js';
import type { QueryParser } from './query.js';
import { RANKING, type Ranker } from './rank.js';
import { LIGHT_WORD_WEIGHT } from './word-weight.js';
import { Latin1Twin } from '../text/latin1-twin.js';

/** Words giving someone an earlier role, beside a mention of them ("former president", "ex-premier", "served as"). */
const EARLIER_ROLE = /\b(?:former|ex-|onetime|one-time|previously|served as|used to be)/i;
/** A possessive "'s" after a word. */
const POSSESSIVE = new Latin1Twin(String.raw`(\p{L})['’]s(?![\p{L}\p{N}])`, 'gu');
/**
 * Where a clause of time telling an event opens: "after what Castillo did", "after Castillo's move", "after all the
 * Castillo drama", "después de lo de Castillo", "since his arrest"; not "the people who came after Castillo", nor
 * "after Chávez got asylum", whose event the paragraph must tell something after.
 */
const TIME_CLAUSE =
  /\s(?:after|before|since|following|despu[eé]s de|luego de|antes de|tras|desde)\s(?=(?:all|this|that|what|the|his|her|their|lo|la|el|los|las|que|su|sus|todo|toda)\s|\p{L}+['’]s\s)/iu;
/** Characters either side of a mention within which {@link EARLIER_ROLE} counts: a clause or so. */
const EARLIER_ROLE_REACH = 60;
/** Pronouns a sentence's subject may be, in English text. */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['she', 'he', 'her', 'his', 'him']);
/** Words after an act within which the person it is told of may be named as its object ("expelling … Ornelas"). */
const OBJECT_REACH = 8;
/** Paragraphs naming a person read for an earlier role, in article order. */
const EARLIER_ROLE_PARAGRAPHS = 50;

/**
 * Present-tense verbs of being, staying and having done (a closed class): after a person's name, they tell that
 * person as they are now ("she remains", "Sheinbaum has called").
 */
const PRESENT_VERBS: ReadonlySet<string> = new Set(
  'is are remains remain stays stay lives live has have continues continue'.split(' '),
);
/** Words after a person's name within which a verb of {@link PRESENT_VERBS} tells them in the present. */
const PRESENT_REACH = 4;

/** What a person's story is read from. */
export interface PersonStorySources {
  index: CorpusIndex;
  names: NamesAsked;
  /** Names as the articles write them (folded → term). */
  nameForms: ReadonlyMap<string, string>;
  parser: QueryParser;
  ranker: Ranker;
  facts: ParagraphFacts;
  /** Whether a folded word is an English word at all ("hidding" is a slip, no thing asked). */
  isWord: (folded: string) => boolean;
}

/** Reads what the articles tell of the person a question names. */
export class PersonStory {
  private readonly index: CorpusIndex;
  private readonly paragraphs: readonly IndexedParagraph[];
  private readonly names: NamesAsked;
  private readonly nameForms: ReadonlyMap<string, string>;
  private readonly parser: QueryParser;
  private readonly ranker: Ranker;
  private readonly facts: ParagraphFacts;
  private readonly isWord: (folded: string) => boolean;

  constructor(sources: PersonStorySources) {
    ({ index: this.index, names: this.names, nameForms: this.nameForms, parser: this.parser } = sources);
    ({ ranker: this.ranker, facts: this.facts, isWord: this.isWord } = sources);
    this.paragraphs = sources.index.paragraphs;
  }

  /**
   * Whether the articles give the person a question names an earlier role: "former" or "ex-" beside a mention of them,
   * or "served as" after it ("Pedro Castillo, a leftist former teacher", "Betssy Chavez, who served as prime
   * minister"). A question naming no one the articles know as a person is left alone.
   */
  tellsEarlierRole(question: string): boolean {
    const person = this.names.person(question);
    if (person === undefined) return true;
    const terms = wordTokens(person).flatMap((token) => this.nameForms.get(foldText(token.raw)) ?? []);
    const surname = terms[terms.length - 1];
    if (surname === undefined) return true;
    // Read where the articles name the person first, which is where they introduce them: a question costs the same
    // however many articles name them.
    for (const key of this.index.paragraphPostings.ids(surname).slice(0, EARLIER_ROLE_PARAGRAPHS)) {
      const { text } = this.paragraphs[key]!;
      for (const { start, end } of this.index.wordsHolding(key, [surname])) {
        const around = text.slice(Math.max(0, start - EARLIER_ROLE_REACH), end + EARLIER_ROLE_REACH);
        if (EARLIER_ROLE.test(around)) return true;
      }
    }
    return false;
  }

  /**
   * Whether an article tells nothing of a person after an event ("Jorge Glas" "the police took him out of the
   * embassy"): the person is named in one paragraph only, the event is told there, and no later sentence of it names
   * the person or refers back to someone; asked what comes next, the person is named in one paragraph only. Someone
   * named in several paragraphs is left alone: an article need not tell events in order.
   */
  tellsNothingAfter({ asked, event }: AfterEvent): boolean {
    const person = this.names.person(asked);
    if (person === undefined) return false;
    const terms = new Set(wordTokens(person).map((token) => this.nameForms.get(foldText(token.raw))));
    const holders = new Set(
      [...terms].flatMap((term) => (term === undefined ? [] : [...this.index.paragraphPostings.ids(term)])),
    );
    if (holders.size !== 1) return false;
    // What comes next for someone the articles tell of once is after all they tell.
    if (event === undefined) return true;
    const concepts = this.parser.read(`${person} ${event}`).concepts;
    const told = concepts.length === 0 ? undefined : this.ranker.rank(concepts, false).ranked[0];
    if (!told || !holders.has(told.key) || told.coverage < RANKING.minCoverage) return false;
    return !this.facts
      .evidence(told.key)
      .slice(told.bestSentence + 1)
      .some((sentence) => sentence.hasPronoun || sentence.stems.some((stem) => terms.has(stem)));
  }

  /**
   * Whether some paragraph naming the person a question names holds every concept of it that weighs (one of its own
   * wordings, not a looser one); true when the question names nobody the articles call by name.
   */
  tellsAllOf(question: string, concepts: readonly Concept[], spanish: boolean): boolean {
    const person = this.names.person(question);
    if (person === undefined) return true;
    const terms = wordTokens(person).flatMap((token) => this.nameForms.get(foldText(token.raw)) ?? []);
    // A Spanish word the English articles lack is as often an everyday word no alias translates ("metida") as a
    // thing they never tell: only what is read as the articles' words counts. So is an English word no dictionary
    // has: a slip ("where is chavez hidding"), not a thing asked.
    const asked = concepts.filter(
      (c) =>
        !c.name &&
        !c.talk &&
        c.weight > LIGHT_WORD_WEIGHT &&
        !LATER_WORDS.has(c.label) &&
        (c.kind === 'topic' || (!spanish && this.isWord(foldText(c.label)))),
    );
    const holders = new Set(terms.flatMap((term) => [...this.index.paragraphPostings.ids(term)]));
    return [...holders].some((key) => asked.every((c) => c.kind === 'topic' && this.facts.holds(c, key)));
  }

  /**
   * Whether the articles tell the person a question names as they are now: a paragraph naming them places them
   * (`places`: "As Chavez took refuge inside the Mexican embassy"), or a sentence of it has their name (not a
   * possessive, "Boluarte's own ouster", nor quoted) followed within {@link PRESENT_REACH} words, before any other
   * person's name, by a present-tense verb of {@link PRESENT_VERBS} ("Sheinbaum … has called …"). A story told all in
   * the past ("Boluarte assumed the presidency") tells nothing of what its person is doing now. A nickname the aliases
   * give a person ("amlo") names them here. True when the question names nobody the articles call by name.
   * @param places whether a paragraph (by key) places a person (the terms of their names) somewhere.
   */
  tellsPresentOf(question: string, places: (key: number, person: ReadonlySet<string>) => boolean): boolean {
    const person = this.names.personOrNicknamed(question);
    if (person === undefined) return true;
    const terms = new Set(wordTokens(person).flatMap((token) => this.nameForms.get(foldText(token.raw)) ?? []));
    if (terms.size === 0) return true;
    const surnames = new Set([...terms].map((term) => this.names.surnameOf(term)));
    // A given name alone ("betssy") means the person, whom the articles mostly call by surname.
    const named = new Set([...terms, ...surnames]);
    const holders = new Set([...terms].flatMap((term) => [...this.index.paragraphPostings.ids(term)]));
    return [...holders].some(
      (key) =>
        places(key, named) || this.facts.evidence(key).some((sentence) => this.presentAfterName(sentence, surnames)),
    );
  }

  /** Whether a sentence has a present-tense verb right after a name of `surnames` (see {@link tellsPresentOf}). */
  private presentAfterName(sentence: SentenceEvidence, surnames: ReadonlySet<string>): boolean {
    const people = this.names.personTerms;
    const { stems, words } = sentence;
    return stems.some((stem, at) => {
      const named = surnames.has(this.names.surnameOf(stem));
      // Quoted words are the speaker's ("… by former president Pedro Castillo, is being granted asylum").
      if (!named || sentence.possessives.has(at) || sentence.quoted.has(at)) return false;
      for (let next = at + 1; next <= at + PRESENT_REACH && next < words.length; next++) {
        if (PRESENT_VERBS.has(words[next]!)) return true;
        if (people.has(stems[next]!) && !surnames.has(this.names.surnameOf(stems[next]!))) return false;
      }
      return false;
    });
  }

  /**
   * Whether a paragraph tells something a question asks of the person it names, yes or no or a kind of theirs ("is
   * jose jeri right wing", "whats castillo's sentence"): a sentence naming them, or referring back to them by pronoun
   * after a sentence naming them first, holds one of the question's other concepts (one of its own wordings). A
   * paragraph naming Jerí in one sentence and "ideological divides" in another tells nothing of his politics. True when
   * the question names nobody the articles call by name, or nothing besides the person.
   */
  tellsInSentenceOf(question: string, concepts: readonly Concept[], key: number): boolean {
    // A possessive names its owner: "did mexico help castillo's family too or just chavez" asks about Castillo too.
    // Whom a clause of time names says when ("were there protests after what Castillo did"): what is asked is then
    // to be told in the paragraph, of whomever.
    const owned = question.replace(POSSESSIVE.for(question), '$1');
    const clause = TIME_CLAUSE.exec(question);
    const person = this.names.person(question.slice(0, clause?.index).replace(POSSESSIVE.for(question), '$1'));
    // Talk counts here ("the plan" she denied knowing about): any one concept told of the person will do.
    const asked = concepts.filter((c) => !c.name && c.kind === 'topic' && c.weight > LIGHT_WORD_WEIGHT);
    if (person === undefined) {
      if (clause === null || this.names.person(owned) === undefined) return true;
      // Of what the question asks before the clause ("were there protests"), one thing told will do.
      const before = new Set(foldText(question.slice(0, clause.index)).split(/[^\p{L}\p{N}]+/u));
      const main = asked.filter((c) => c.label.split(' ').every((word) => before.has(word)));
      return main.length === 0 || main.some((c) => this.facts.holds(c, key));
    }
    const surnameOf = (term: string) => this.names.surnameOf(term);
    const terms = new Set(
      wordTokens(person).flatMap((token) => {
        const term = this.nameForms.get(foldText(token.raw));
        return term === undefined ? [] : [surnameOf(term)];
      }),
    );
    // The person's own name is no thing asked of them, though an alias reads it as a topic ("Karla", "Ornelas"): a
    // concept whose own wording (its first) names them. (An alias of a title may name them too: "president" is asked.)
    const told = asked.filter((c) => {
      const own = c.wordings[0]?.terms ?? [];
      return own.length === 0 || !own.every((term) => terms.has(surnameOf(term)));
    });
    if (told.length === 0 || terms.size === 0) return true;
    const people = this.names.personTerms;
    // A pronoun refers back to whom the last sentence naming people named first: "Betssy Chavez, who served …
    // during Castillo's administration" is the "her" prosecutors accuse next. A sentence that opens on a pronoun keeps
    // its subject: "She has denied knowing about Castillo's plan" is still about Chávez.
    let subject = false;
    return this.facts.evidence(key).some((sentence) => {
      const names = sentence.stems.some((stem) => terms.has(surnameOf(stem)));
      const first = [...sentence.names].sort((a, b) => a - b).find((at) => people.has(sentence.stems[at]!));
      const about = names || (subject && sentence.hasPronoun);
      const pronounFirst = sentence.words.findIndex((word) => SUBJECT_PRONOUNS.has(word));
      if (first !== undefined && (pronounFirst < 0 || first < pronounFirst))
        subject = terms.has(surnameOf(sentence.stems[first]!));
      const ofPerson = (term: string) =>
        !names || sentence.compounds.includes(term) || this.toldOfPerson(sentence, term, terms, people);
      return (
        about &&
        told.some((c) =>
          c.wordings.some(
            // A compound is told as written ("self-coup"), which its last part alone ("coup") is not.
            (w) =>
              !w.loose &&
              w.terms.length > 0 &&
              w.terms.every((term) => sentence.stems.includes(term) || sentence.compounds.includes(term)) &&
              w.terms.some(ofPerson),
          ),
        )
      );
    });
  }

  /**
   * Whether a sentence naming the person tells `term` of them rather than of another person it names: the nearest
   * person named before the term, if any (its subject: "Castillo was arrested …, and … Dina Boluarte assumed" tells
   * the arrest of Castillo), is theirs, or they are named just after it (its object: "expelling … Karla Ornelas").
   */
  private toldOfPerson(
    sentence: SentenceEvidence,
    term: string,
    terms: ReadonlySet<string>,
    people: ReadonlySet<string>,
  ): boolean {
    const surnameOf = (stem: string) => this.names.surnameOf(stem);
    const stems = sentence.stems;
    return stems.some((stem, at) => {
      if (stem !== term) return false;
      // Words quoted are the speaker's, whoever they name ("… attempted by former president Pedro Castillo," de Zela
      // told journalists).
      if (sentence.quoted.has(at)) return true;
      const before = stems.slice(0, at).findLastIndex((s) => people.has(s));
      if (before < 0 || terms.has(surnameOf(stems[before]!))) return true;
      const after = stems.slice(at + 1, at + 1 + OBJECT_REACH);
      return after.some((s) => people.has(s) && terms.has(surnameOf(s)));
    });
  }
}
