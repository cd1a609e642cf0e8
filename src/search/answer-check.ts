/**
 * What a paragraph must hold to answer a question that asks for a kind of thing (a number, a date, a person by role,
 * what someone said …; see answer-type.ts): the subject it must be told of, the counted or role words, the speaker,
 * the event a date is of, the role whose length is asked, and whose role it is. The engine reads the question's type
 * and concepts; this module turns them into the {@link AnswerCheck} that evidence.ts applies to each paragraph.
 */
import { isMonth } from '../text/calendar.js';
import { foldedWords, type Analyzer } from '../text/analyzer.js';
import { foldText } from '../text/fold.js';
import { isSpanish } from '../text/language.js';
import { spanishCognates } from '../text/spanish-words.js';
import { NUMBER_KINDS, type AnswerType } from './answer-type.js';
import type { Concept } from './concept.js';
import { roleHolders, roleOwners, timeUnitOf, type AnswerCheck, type SentenceEvidence } from './evidence.js';
import type { Lexicon } from './lexicon.js';
import type { NamesAsked } from './names-asked.js';
import type { QueryParser } from './query.js';
import { LIGHT_WORD_WEIGHT } from './word-weight.js';

/** Words before what an event was over: its cause (folded text). */
const CAUSE_OF_EVENT = /\b(?:over|because of|due to)\s/;
/** Words that open a description of someone ("the Mexican diplomat"). */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'their', 'its']);
/** Words after which a role is one held ("has been president", "served as minister"). */
const ROLE_HELD_AFTER: ReadonlySet<string> = new Set([
  'been',
  'be',
  'being',
  'serve',
  'served',
  'serves',
  'serving',
  'as',
]);
/** How common in spoken Spanish a counted word must be to be a word, not chat's shorthand ("cuantos a"). */
const SPANISH_KNOWN_UNIT_ZIPF = 2;
/** Words inside a name as a Spanish question writes it ("Hugo **de** Zela", "**la** Sheinbaum"). */
const SPEAKER_PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'la', 'el']);
/** Paragraphs naming a role's holder read for whose role it is, besides those checked. */
const OWNER_PARAGRAPHS = 12;
/** Words before a role word within which its owner stands ("**Peru's** Foreign Minister"). */
const OWNER_REACH = 3;

/** What the checks read: the articles' words, names and sentences, and the question reader. */
export interface AnswerCheckSources {
  /** Terms the articles have. */
  vocabulary: { has(term: string): boolean };
  analyzer: Analyzer;
  lexicon: Lexicon;
  parser: QueryParser;
  /** The articles' names a question writes, and which of them are people. */
  names: NamesAsked;
  /** Terms of the articles' names. */
  nameTerms: ReadonlySet<string>;
  /** Neighbouring terms of the articles' names of several words ("new daili"; see CorpusNames). */
  capitalPairs: ReadonlySet<string>;
  /** The paragraphs holding a term, in article order. */
  postings: { ids(term: string): ArrayLike<number> & Iterable<number> };
  /** A paragraph's sentences, read for evidence. */
  evidence(key: number): SentenceEvidence[];
  /** Terms of what a question is about (the engine's reading, which declines use too). */
  subject(
    question: string,
    concepts: readonly Concept[],
    weights: number[],
    exclude?: ReadonlySet<string>,
  ): Set<string>;
  /** The name term of a role's owner as the question writes it ("mexico", "peru's"). */
  ownerTerm(owner: string): string | undefined;
  /** The folded names of the places known to lie in a place, by its folded name ("peru" → "lima"). */
  placesWithin(folded: string): readonly string[];
  /** Whether the paragraphs are English text (the articles' own), whose verbs of saying English WordNet tells. */
  englishText: boolean;
}

/** A person's pronouns, English text's, by one of them as a question may write it (Spanish "ella" too). */
const PERSON_PRONOUNS: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['she', 'her', 'hers', 'herself', 'ella']),
  new Set(['he', 'him', 'his', 'himself']),
];
/** Spanish "le" ("¿cuántos años le piden?"): him or her. */
const EITHER_PERSON = new Set(['le']);

/** The pronouns of the one person a question's words refer to by pronoun, if exactly one. */
function pronounsOf(words: ReadonlySet<string>): ReadonlySet<string> | undefined {
  const persons = PERSON_PRONOUNS.filter((pronouns) => [...pronouns].some((word) => words.has(word)));
  if (persons.length === 1) return persons[0];
  if (persons.length === 0 && [...EITHER_PERSON].some((word) => words.has(word)))
    return new Set(PERSON_PRONOUNS.flatMap((pronouns) => [...pronouns]));
  return undefined;
}

/**
 * What the subject of a question is not: its counted or role words, and for a place asked within another, that other
 * place ("which district of Ecuador did de Zela work in" asks of de Zela, not of Ecuador).
 */
function withinPlace(type: AnswerType, unitStems: ReadonlySet<string>, analyzer: Analyzer): ReadonlySet<string> {
  if (type.within === undefined) return unitStems;
  return new Set([...unitStems, ...type.within.split(' ').map((word) => analyzer.stemOf(word))]);
}

/**
 * A word after a noun and "in" or "at" ("envoy in Lima"): where the thing named is; not right after the verb of
 * "who" ("who lives in Lima" asks of Lima).
 */
const PLACE_AFTER_NOUN = /(?<!(?:^|[^\p{L}])(?:who|quien|quienes) \p{L}+ )(?<=\p{L}{3,} )(?:in|at|en) (\p{L}+)/gu;
/** WordNet classes of a word naming a place's people or bodies ("officials", "authorities"). */
const MEMBER_CLASSES = new Set(['noun.person', 'noun.group']);
/** A place's government speaks as the place: "the Mexican government" said what Mexico's ministry said. */
export const GOVERNMENT_WORD = /^(?:government|govt|gov|administration|authorities|leadership|gobierno|autoridades)$/;

/**
 * "How long" in the past ("was", "were", "had", "estuvo", "había estado"): a spell that is over, whose length one date
 * does not give; "how long has she been …" runs to now, from the date given.
 */
const SPELL_OVER =
  /(?:^|[^\p{L}])(?:how long|cuanto tiempo) (?:was|were|had|estuvo|estuvieron|habia estado|habian estado|llevaba|llevaban)(?![\p{L}])/u;

/** Builds the check a typed question's answer must pass. */
export class AnswerChecks {
  constructor(private readonly sources: AnswerCheckSources) {}

  /**
   * A statement's speaker as read: "Mexican officials", "Peruvian authorities" are that place's people or bodies, a
   * group or person noun the articles never write after a place they name; read as the place. A title before a
   * person's name is left out.
   */
  speakerConcepts(speaker: string): Concept[] {
    // "President Sheinbaum" speaks where Sheinbaum does, her title written or not.
    const read = this.sources.parser.read(speaker).concepts.filter((c) => !c.title);
    const members = this.membersOf(read);
    return read.filter((c) => !members.has(c.label));
  }

  /**
   * A speaker named only by a role ("the minister", "el ministro"), with the people the articles give that role: the
   * names written just after it ("Foreign Minister Hugo de Zela"), who speak under their own names ("De Zela
   * asserted"). A group naming anyone is left as it is: its speaker is who it names.
   */
  private withRoleHolders(group: ReadonlySet<string>): ReadonlySet<string> {
    if (group.size === 0 || [...group].some((term) => this.sources.nameTerms.has(term))) return group;
    const widened = new Set(group);
    for (const term of group)
      for (const key of this.sources.postings.ids(term))
        for (const sentence of this.sources.evidence(key))
          sentence.stems.forEach((stem, at) => {
            if (stem !== term) return;
            // Not a particle inside the name ("de" of "Hugo de Zela"): every sentence has one.
            for (const n of roleHolders(sentence, at))
              if (!SPEAKER_PARTICLES.has(sentence.words[n]!)) widened.add(sentence.stems[n]!);
          });
    return widened;
  }

  /** The words of a speaker that only say "the people or bodies of" the place it names ("officials"). */
  memberWords(speaker: string): Set<string> {
    return this.membersOf(this.sources.parser.read(speaker).concepts);
  }

  /** {@link memberWords} of a speaker as read. */
  private membersOf(read: readonly Concept[]): Set<string> {
    const place = (c: Concept) =>
      c.kind === 'topic' &&
      c.wordings.some((w) =>
        w.terms.some(
          (term) =>
            this.sources.nameTerms.has(term) && this.sources.lexicon.lookup(term).classes[0] === 'noun.location',
        ),
      );
    if (!read.some(place)) return new Set();
    return new Set(
      read
        .filter(
          (c) =>
            (c.kind === 'unknown' && MEMBER_CLASSES.has(this.sources.lexicon.lookup(c.label).classes[0] ?? '')) ||
            GOVERNMENT_WORD.test(c.label),
        )
        .map((c) => c.label),
    );
  }

  /**
   * Terms no subject of the question: the place a place is asked within, and a place written after a noun, which says
   * where that thing or person is ("who expelled Mexico's envoy **in Lima**", "how long was the envoy **in Lima**
   * given": the envoy is asked about, not Lima). Not for a role asked by name.
   */
  private setAside(type: AnswerType, question: string, unitStems: ReadonlySet<string>): ReadonlySet<string> {
    const within = withinPlace(type, unitStems, this.sources.analyzer);
    if (type.role) return within;
    const folded = foldText(question);
    // Asked who did something, any thing's place; else only a person's, where that person serves ("the envoy in
    // Lima"): a thing's place tells which thing ("the embassy in Lima", not ¶9's in Quito), and a place bounding what
    // is counted is part of the question ("how many countries in South America").
    const locatesPerson = (at: number) => {
      const before = /(\p{L}+) $/u.exec(folded.slice(0, at))?.[1];
      if (before === undefined || unitStems.has(this.sources.analyzer.stemOf(before))) return false;
      return this.sources.lexicon.lookup(before).classes[0] === 'noun.person';
    };
    const located = [...folded.matchAll(PLACE_AFTER_NOUN)]
      .filter((match) => type.kind === 'person' || locatesPerson(match.index))
      .flatMap((match) => this.sources.names.rareWritten(match[1]!));
    // A month says when, never whom or what the answer is of ("how long had tensions been building before the
    // November 2025 break" asks of the tensions, wherever a sentence dates them).
    const months = foldedWords(question)
      .filter(isMonth)
      .map((month) => this.sources.analyzer.stemOf(month));
    const aside = [...located, ...months];
    return aside.length === 0 ? within : new Set([...within, ...aside]);
  }

  /**
   * Names written after "over", "because of" or "due to" in a question asking when: what an event was over is its
   * cause, not whom the date is of ("what day did Peru break relations with Mexico over Chávez" dates the break, which
   * ¶1's sentence tells beside the one naming her).
   */
  private causesOfEvent(type: AnswerType, question: string): Set<string> {
    const folded = foldText(question);
    const cause = type.kind === 'date' ? CAUSE_OF_EVENT.exec(folded) : null;
    return new Set(cause ? this.sources.names.rareWritten(folded.slice(cause.index + cause[0].length)) : []);
  }

  /** What a paragraph must hold to answer a typed question; `keys` are the paragraphs that will be checked. */
  check(
    type: AnswerType,
    concepts: readonly Concept[],
    weights: number[],
    question: string,
    keys: readonly number[],
  ): AnswerCheck {
    const unitWord = type.role ?? type.unit;
    const unitStems = new Set<string>();
    // Every term of the role's wordings, names included ("Foreign" of "Foreign Minister" for "top diplomat").
    const roleTerms = new Set<string>();
    // A role's wordings of several words ("assumed the presidency" of a predecessor), and the stems it has alone.
    const rolePhrases: string[][] = [];
    const roleAlone = new Set<string>();
    // A counted word neither the corpus nor English knows ("yrs") says nothing: any count answers.
    // A Spanish one is known by its English cognate ("votos": vote), or as a word of spoken Spanish ("muertos").
    const knownUnit = (word: string) =>
      this.sources.vocabulary.has(this.sources.analyzer.stemOf(word)) ||
      this.sources.lexicon.lookup(word).inWordNet ||
      this.sources.parser.read(word).concepts.some((c) => c.kind === 'topic') ||
      (isSpanish(question) &&
        (spanishCognates(foldText(word)).some((cognate) => this.sources.lexicon.lookup(cognate).inWordNet) ||
          this.sources.lexicon.spanishZipf(foldText(word)) >= SPANISH_KNOWN_UNIT_ZIPF));
    if (unitWord && !NUMBER_KINDS.has(unitWord) && (type.role !== undefined || knownUnit(unitWord))) {
      unitStems.add(unitWord);
      unitStems.add(this.sources.analyzer.stemOf(unitWord));
      roleAlone.add(unitWord).add(this.sources.analyzer.stemOf(unitWord));
      // The unit's own aliases and translations ("años" → "years"), without the names an alias key brings along;
      // a role the articles name stays itself ("ambassador" is not "chargée d'affaires"), unless an alias reads it
      // with its owner as someone the question does not name ("leader of Peru": President Jose Jeri, though ¶3 writes
      // a "union leader"; not "Peru's foreign minister before Hugo de Zela"), or reads the word with the stop words
      // around it as something else ("the president before Jeri": a predecessor, see readsOtherwise).
      const aliasRole = concepts.find(
        (c) =>
          (c.label.includes(' ') && c.label.split(' ').includes(unitWord) && c.wordings.length > 1) ||
          this.readsOtherwise(c, unitWord),
      );
      const otherNames = new Set(
        concepts
          .filter((c) => c !== aliasRole)
          .flatMap((c) => c.wordings.flatMap((w) => w.terms.filter((term) => this.sources.nameTerms.has(term)))),
      );
      const roleByAlias =
        aliasRole !== undefined &&
        !aliasRole.wordings.some((w) => w.terms.some((term) => otherNames.has(term) && term !== type.owner));
      const ownRole =
        type.role !== undefined && this.sources.vocabulary.has(this.sources.analyzer.stemOf(unitWord)) && !roleByAlias;
      const unitConcepts = ownRole
        ? []
        : [
            ...this.sources.parser.read(unitWord).concepts,
            ...concepts.filter((c) => c.label.split(' ').includes(unitWord)),
          ];
      // A Spanish unit is also counted in its English cognate's synonyms: "naciones" are the article's "countries".
      const cognates = isSpanish(question)
        ? spanishCognates(foldText(unitWord)).filter((word) => this.sources.lexicon.lookup(word).inWordNet)
        : [];
      for (const cognate of cognates) unitConcepts.push(...this.sources.parser.read(cognate).concepts);
      for (const concept of unitConcepts) {
        for (const wording of concept.wordings) {
          for (const term of wording.terms) {
            roleTerms.add(term);
            if (!this.sources.nameTerms.has(term)) unitStems.add(term);
          }
          const words = wording.terms.filter((term) => !this.sources.nameTerms.has(term));
          if (words.length > 1) rolePhrases.push(words);
          else if (words.length === 1) roleAlone.add(words[0]!);
        }
      }
    }
    // A count of one unit of time is no count of another: WordNet's "days" are also "years" (of a life).
    const timeUnit = unitWord === undefined ? undefined : timeUnitOf(foldText(unitWord));
    if (timeUnit !== undefined)
      for (const term of unitStems) {
        const unit = timeUnitOf(term);
        if (unit !== undefined && unit !== timeUnit) unitStems.delete(term);
      }
    const questionNames = this.sources.names.written(question);
    // The subject: who spoke, for a statement; else the names the user wrote that are not everywhere in the corpus
    // ("Ornelas", not "Peru"), else the question's rarest words. A role asked by name is its own subject.
    const speakerRead = type.speaker !== undefined ? this.speakerConcepts(type.speaker) : [];
    const speaker = speakerRead.filter((c) => c.kind === 'topic');
    // A speaker the articles do not know ("the US State Department") said nothing the articles quote; an everyday
    // word of chat beside a known one ("the foreign minister guy") is no other speaker. A role read through an alias
    // speaks as each of its full wordings ("el canciller": the Foreign Minister, de Zela).
    const speakerGroups =
      type.speaker === undefined
        ? undefined
        : speakerRead.some((c) => c.kind === 'unknown' && c.weight > LIGHT_WORD_WEIGHT) || speaker.length === 0
          ? [new Set<string>()]
          : speaker.map((c) =>
              this.withRoleHolders(
                new Set(
                  (c.wordings[0]?.weight === 1
                    ? c.wordings.filter((w) => w.weight === 1 && !w.loose)
                    : c.wordings
                  ).flatMap((w) => w.terms),
                ),
              ),
            );
    // A person asked to have said something must be the one speaking, not one spoken of. In English text only,
    // whatever the question's language: the verbs of saying are told by English WordNet, and a Spanish sentence's
    // "dijo de Zela" would read as no speech.
    // A Spanish question's speaker only when written as a name ("Pedro Castillo"): its reading of a role runs on into
    // what follows ("la presi de México", "el canciller a la prensa").
    const personTerms = this.sources.names.personTerms;
    const speakerWords = (type.speaker ?? '').split(' ').filter((word) => !SPEAKER_PARTICLES.has(word));
    const namedSpeaker =
      speakerWords.length > 0 && speakerWords.every((word) => this.sources.names.written(word).size > 0);
    const personSpeaker =
      this.sources.englishText &&
      (!isSpanish(question) || namedSpeaker) &&
      speaker.length > 0 &&
      speakerRead.every((c) => c.kind === 'topic') &&
      speaker.every((c) => c.wordings[0]!.terms.some((term) => personTerms.has(term)));
    const focus =
      type.speaker !== undefined
        ? new Set(speaker.flatMap((c) => c.wordings.filter((w) => !w.loose).flatMap((w) => w.terms)))
        : this.sources.subject(question, concepts, weights, this.setAside(type, question, unitStems));
    // Whoever is named may be the one accused: "¿De qué acusa De Zela a México?" asks about Mexico as much.
    if (type.kind === 'accusation') for (const term of questionNames) focus.add(term);
    // A name the event was over is still what it is about, but not whom the answering sentence must name.
    const causes = this.causesOfEvent(type, question);
    const namedSubject = [...focus].some((term) => this.sources.nameTerms.has(term) && !causes.has(term)) && !type.role;
    if (type.role) for (const stem of unitStems) focus.add(stem);
    // "When was Jerí sworn in": a paragraph must tell the event, not only give a date beside the name. The subject's
    // title is no event ("as president": the articles' "President Jose Jeri"). So must one for "who did Boluarte
    // appoint …": a name beside hers is no answer when nothing of what she did is told (an English question: the
    // words of a Spanish one are read through cognates and aliases, too loosely to require one).
    const titles = type.kind === 'date' && namedSubject ? this.titlesOf(focus, keys) : new Set<string>();
    const english = !isSpanish(question);
    const asksWho = type.kind === 'person' && !type.role && english;
    // A word no article writes tells what happened as much ("when was Castillo elected", "who did Boluarte appoint"),
    // in an English question, when it is a word of the language's own (no typo), no adverb ("allegedly") and less
    // common than everyday words, which a chat question may use for what the articles word otherwise ("when did peru
    // drop mexico", "who did de zela attack").
    const inName = this.nameRuns(concepts);
    // "How long has Glas been in prison": a state named by a noun must be told; a verb ("defending", "siding with")
    // may be told in other words ("support"), and "how long ago", "how long before …" ask when, of whatever tells
    // the event.
    const asksLength =
      type.kind === 'number' &&
      (type.unit === 'duration' || type.unit === 'length' || type.unit === 'limit') &&
      !/\b(?:ago|before|after)\b/i.test(question);
    const lastNounFirst = (c: Concept) => {
      const last = c.label.split(' ').at(-1)!;
      // "Siding", "defendiendo": a verb's -ing or -ndo form, whatever WordNet lists under the spelling; a word it
      // lacks ("preso") names a state as a noun does.
      if (/(?:ing|ndo)$/.test(last)) return false;
      const first = this.sources.lexicon.lookup(last).classes[0];
      return first === undefined || first.startsWith('noun.');
    };
    const events =
      (type.kind === 'date' || asksWho || asksLength) && namedSubject
        ? concepts.filter(
            (c, i) =>
              !c.name &&
              !inName[i] &&
              // A concept whose own wording is all names ("de Zela", also read as "Foreign Minister"): who is named,
              // not what happened.
              !this.namesOnly(c) &&
              (asksLength ? lastNounFirst(c) : !c.talk) &&
              ((c.kind === 'topic' && c.weight > LIGHT_WORD_WEIGHT) ||
                (c.kind === 'unknown' && english && this.sources.lexicon.isSpecificWord(c.label))),
          )
        : [];
    // "How long was Glas held": one date is where the spell began or ended (see AnswerCheck.spellOver).
    const spellOver = type.kind === 'number' && type.unit === 'duration' && SPELL_OVER.test(foldText(question));
    const eventWordings = events.flatMap((c) =>
      c.wordings
        .map((w) => w.terms.filter((term) => !this.sources.nameTerms.has(term)))
        .filter((terms) => terms.some((term) => !titles.has(term))),
    );
    // "How long has X been president", "how long did X serve as minister": the role whose length is asked, a word
    // WordNet reads first as a person.
    const roles =
      type.kind === 'number' && (type.unit === 'duration' || type.unit === 'length' || type.unit === 'limit')
        ? concepts.filter(
            (c) =>
              c.kind === 'topic' &&
              !c.name &&
              c.label
                .split(' ')
                .some(
                  (word) =>
                    this.sources.lexicon.lookup(word).classes[0] === 'noun.person' && this.roleAsHeld(question, word),
                ),
          )
        : [];
    const roleWordings = roles.flatMap((c) =>
      c.wordings
        .map((w) => w.terms.filter((term) => !this.sources.nameTerms.has(term)))
        .filter((terms) => terms.length > 0),
    );
    // "The acronym for Mexico's foreign ministry": the names of each thing the question names, in each wording.
    const shortened =
      type.kind === 'abbreviation'
        ? concepts
            .map((c) =>
              c.wordings
                .filter((w) => !w.loose)
                .map((w) => w.terms.filter((term) => this.sources.nameTerms.has(term)))
                .filter((terms) => terms.length > 0),
            )
            .filter((wordings) => wordings.length > 0)
        : undefined;
    const questionWords = new Set(foldedWords(question));
    for (const term of roleTerms) questionWords.add(term);
    const ownerTerm = type.owner === undefined ? undefined : this.sources.ownerTerm(type.owner);
    const heldElsewhere =
      ownerTerm === undefined ? undefined : this.roleHeldElsewhere(unitStems, ownerTerm, questionNames, keys);
    // "How many years does she face": a question naming no one asks of whom its pronoun stands for.
    const subjectPronouns =
      questionNames.size === 0 && type.speaker === undefined ? pronounsOf(questionWords) : undefined;
    const venueSpeakers = type.kind === 'venue' ? this.venueSpeakers(type.speaker, questionNames) : undefined;
    return {
      type,
      focus,
      questionNames,
      ...(venueSpeakers && { venueSpeakers }),
      ...(subjectPronouns && { subjectPronouns }),
      unitStems,
      namedSubject,
      questionWords,
      ...(speakerGroups && { speakerGroups }),
      ...(personSpeaker && {
        personSpeaker,
        otherPersons: new Set([...personTerms].filter((term) => !speakerGroups!.some((group) => group.has(term)))),
      }),
      ...(heldElsewhere && { heldElsewhere, owner: ownerTerm }),
      ...(type.role !== undefined && rolePhrases.length > 0 && { rolePhrases, roleAlone }),
      ...(eventWordings.length > 0 && { eventWordings }),
      ...(spellOver && { spellOver }),
      ...(roleWordings.length > 0 && { roleWordings }),
      ...(shortened && { shortened }),
      ...(type.within !== undefined && this.placeChecks(type.within, concepts)),
    };
  }

  /**
   * Whom a sentence telling where words were said must name: the people the speaker's reading names ("the Mexican
   * president" is Sheinbaum, in any wording of the alias), else its names ("Mexico"); with no speaker read, the
   * people the question names. Undefined when none: any occasion will do.
   */
  private venueSpeakers(
    speaker: string | undefined,
    questionNames: ReadonlySet<string>,
  ): ReadonlySet<string> | undefined {
    const people = this.sources.names.personTerms;
    const terms =
      speaker === undefined
        ? [...questionNames]
        : this.sources.parser.read(speaker).concepts.flatMap((c) => c.wordings.flatMap((w) => w.terms));
    const persons = terms.filter((term) => people.has(term));
    const named = terms.filter((term) => this.sources.nameTerms.has(term));
    const chosen = persons.length > 0 ? persons : named;
    return chosen.length > 0 ? new Set(chosen) : undefined;
  }

  /**
   * For a place asked within `within`: the places known to lie there, and for a city, where none is known, the terms
   * of what the question asks about (see {@link AnswerCheck.thingsAsked}).
   */
  private placeChecks(within: string, concepts: readonly Concept[]): Partial<AnswerCheck> {
    const placesWithin = this.sources.placesWithin(within);
    if (placesWithin.length > 0) return { placesWithin };
    // Each thing as the question words it, not what its aliases bring ("Quito" is also "the embassy in Quito").
    return { placesWithin, thingsAsked: new Set(concepts.flatMap((c) => c.wordings[0]?.terms ?? [])) };
  }

  /**
   * Which concepts continue a name of several words the articles write ("Daily" of "Mexico News Daily", though
   * "daily" is no name in "daily press briefing"): each after a name, or after such a word, with which the articles
   * write it capitalised. Concepts come in the question's order, its stop words left out: "Mexico and News" would
   * read as neighbours too, which no question seen writes.
   */
  private nameRuns(concepts: readonly Concept[]): boolean[] {
    const runs: boolean[] = [];
    concepts.forEach((c, i) => {
      const before = concepts[i - 1];
      const last = before?.wordings[0]?.terms.at(-1);
      const first = c.wordings[0]?.terms[0];
      runs.push(
        before !== undefined &&
          (before.name === true || runs[i - 1] === true) &&
          last !== undefined &&
          first !== undefined &&
          this.sources.capitalPairs.has(`${last} ${first}`),
      );
    });
    return runs;
  }

  /** Whether a concept's own wording (the first) is one or more of the articles' name terms, and nothing else. */
  private namesOnly(concept: Concept): boolean {
    const terms = concept.wordings[0]?.terms ?? [];
    return terms.length > 0 && terms.every((term) => this.sources.nameTerms.has(term));
  }

  /**
   * Whether a concept reads a word the question writes alone as something else: an alias of the word with its
   * particles ("president before": assumed the presidency, an ouster) weighs more than the word itself, which no full
   * wording gives alone.
   */
  private readsOtherwise(concept: Concept, word: string): boolean {
    if (concept.label !== word) return false;
    const stem = this.sources.analyzer.stemOf(word);
    const full = concept.wordings.filter((w) => !w.loose && w.weight >= 1);
    return full.length > 0 && full.every((w) => !(w.terms.length === 1 && w.terms[0] === stem));
  }

  /**
   * Whether a role word is what someone is or was in the question, not who the question is about: after "been",
   * "serve as", "as", or right after the name of the one holding it ("how long was chavez **prime minister**"); not
   * "how long did the Mexican **diplomat** get to leave".
   */
  private roleAsHeld(question: string, role: string): boolean {
    const words = foldedWords(question);
    return words.some((word, at) => {
      if (word !== role) return false;
      const before = words.slice(Math.max(0, at - 3), at);
      if (before.some((w) => ROLE_HELD_AFTER.has(w))) return true;
      // Right after the name of someone, past the role's own first words ("chavez prime minister"); not a name
      // describing the role's holder ("the Mexican diplomat", "the expelled Mexican envoy": a participle between, not
      // "the former Peruvian president", whose "former" is part of the role).
      const described = (i: number) =>
        DETERMINERS.has(words[i - 1] ?? '') || (DETERMINERS.has(words[i - 2] ?? '') && /ed$/.test(words[i - 1] ?? ''));
      for (let i = at - 1; i >= Math.max(0, at - 2); i--)
        if (this.sources.nameTerms.has(this.sources.analyzer.stemOf(words[i]!)) && !described(i)) return true;
      return false;
    });
  }

  /** Whether two words are one noun WordNet files first as a person ("vice president", "prime minister"). */
  private isPersonCompound(first: string, second: string): boolean {
    return this.sources.lexicon.lookup(`${first} ${second}`).classes[0] === 'noun.person';
  }

  /**
   * Terms the paragraphs write right before one of the names as a title ("President" of "President Jose Jeri"). Only
   * the paragraphs to be checked are read: a corpus of thousands of paragraphs is not.
   */
  private titlesOf(names: ReadonlySet<string>, keys: readonly number[]): Set<string> {
    const titles = new Set<string>();
    for (const key of keys) {
      for (const sentence of this.sources.evidence(key)) {
        sentence.stems.forEach((stem, at) => {
          if (sentence.names.has(at) || !sentence.names.has(at + 1)) return;
          // The name may run on: "President Jose Jeri", "Foreign Minister Hugo de Zela".
          for (let n = at + 1; n <= at + 3 && n < sentence.stems.length; n++)
            if (names.has(sentence.stems[n]!)) {
              titles.add(stem);
              // A title of two words, as WordNet files one person ("Vice President Jorge Glas"): both are the title.
              if (at > 0 && this.isPersonCompound(sentence.words[at - 1]!, sentence.words[at]!))
                titles.add(sentence.stems[at - 1]!);
            }
        });
      }
    }
    return titles;
  }

  /**
   * Name terms of the people the articles give a role for owners other than the one asked about, and never for it:
   * "Peru's Foreign Minister Hugo de Zela" when asked for Mexico's foreign minister. An owner is a name just before
   * the role word (not one the question writes for the role itself, such as "Foreign") or just after it with
   * "of"/"de"; a holder is a name just after. The holders are those of the paragraphs to be checked (`keys`); their
   * owners are read there and in the first paragraphs naming them, not in the whole corpus.
   */
  private roleHeldElsewhere(
    roleStems: ReadonlySet<string>,
    owner: string,
    questionNames: ReadonlySet<string>,
    keys: readonly number[],
  ): Set<string> {
    const owners = new Map<string, Set<string>>();
    const read = (key: number) => {
      for (const sentence of this.sources.evidence(key)) {
        sentence.stems.forEach((stem, at) => {
          if (!roleStems.has(stem)) return;
          const of = roleOwners(sentence, at, OWNER_REACH).filter((term) => term === owner || !questionNames.has(term));
          for (const n of roleHolders(sentence, at)) {
            const known = owners.get(sentence.stems[n]!) ?? new Set<string>();
            for (const term of of) known.add(term);
            owners.set(sentence.stems[n]!, known);
          }
        });
      }
    };
    const seen = new Set(keys);
    for (const key of keys) read(key);
    for (const holder of [...owners.keys()]) {
      let more = 0;
      for (const key of this.sources.postings.ids(holder)) {
        if (more >= OWNER_PARAGRAPHS) break;
        if (seen.has(key)) continue;
        seen.add(key);
        more++;
        read(key);
      }
    }
    return new Set([...owners].filter(([, of]) => of.size > 0 && !of.has(owner)).map(([name]) => name));
  }
}
