/**
 * Retrieval quality on question sets kept in the repo (the shared dev set lives outside it): every kind the hidden
 * set has — fact, paraphrase, keyword, typo, spanish, out of scope. The thresholds are the issue's targets, slightly
 * relaxed for questions written after the tuning, so a change that hurts generalization fails here.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readQuestions, scoreQuestions, summaryLine } from '../src/evaluation.js';
import { PROJECT_ROOT, realContext } from './helpers.js';

const { engine } = realContext();
const answer = (q: string) => {
  const response = engine.search(q, { limit: 3 });
  return { answered: response.answered, results: response.hits };
};

interface QuestionSet {
  file: string;
  /** Where the questions come from, and what they scored. */
  about: string;
  minHit1: number;
  minHit3: number;
  maxFalseAbstentions: number;
  /** Out-of-scope questions that must be abstained on (default: all of them). */
  minOutOfScopeAbstained?: number;
  /** Why fewer than all, when so. */
  outOfScopeNote?: string;
}

const SETS: QuestionSet[] = [
  {
    file: 'heldout-questions.jsonl',
    about: '82 questions of every kind, written in this repo after the first tuning',
    minHit1: 0.85,
    minHit3: 0.95,
    maxFalseAbstentions: 0,
    minOutOfScopeAbstained: 9,
    outOfScopeNote:
      'known limit: "Who won the 2022 World Cup?" shares "2022" and "world" with ¶10, and "won" is an everyday word',
  },
  {
    file: 'spanish-parallel.jsonl',
    about: 'a Spanish phrasing of every dev-set question (and a few more), with the dev set’s answers',
    minHit1: 0.9,
    minHit3: 1,
    maxFalseAbstentions: 0,
  },
  {
    file: 'blind-questions.jsonl',
    about:
      '70 questions by someone who had read only the article and the dev set, never the aliases or the ranking code',
    minHit1: 0.85,
    minHit3: 0.93,
    maxFalseAbstentions: 3,
  },
  {
    file: 'blind3-questions.jsonl',
    about:
      '90 blind questions, many near-topic out-of-scope ones. First run: hit@1 0.811, hit@3 0.892, 5/16 out of scope ' +
      'abstained, 7 false abstentions; after the general fixes it prompted (filler phrases, everyday aliases, full ' +
      'names, a lower weight for neighbouring words found side by side, particle keys): hit@1 0.932, hit@3 0.973, 9/16, 1',
    minHit1: 0.88,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 8,
    outOfScopeNote:
      'known limit: some questions asking what the article does not say about someone it names ("¿Cuántos años tiene ' +
      'José Jerí?") are answered with the passages about that person; questions on other topics are abstained',
  },
  {
    file: 'blind4-questions.jsonl',
    about:
      '100 blind questions in the dev set’s mix of kinds, by someone who never opened the project. First run: hit@1 ' +
      '0.867, hit@3 0.933, 1 false abstention; after full names, a few everyday aliases and the neighbour-phrase ' +
      'weight: 0.900, 0.989, none',
    minHit1: 0.86,
    minHit3: 0.93,
    maxFalseAbstentions: 2,
  },
  {
    file: 'blind5-questions.jsonl',
    about:
      '110 blind questions with chat and classroom prompts and 18 near-topic out-of-scope ones, by someone who never ' +
      'opened the project. First run: hit@1 0.783, hit@3 0.837, 7/18 out of scope abstained, 12 false abstentions; ' +
      'after the question reader (WordNet synonyms and classes, word frequencies, answer types checked against the ' +
      'sentences about the subject): 0.859, 0.902, 15/18, 3. Tuned on since, so no longer held out',
    minHit1: 0.84,
    minHit3: 0.89,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'known limit: a detail asked without a question word ("What prison sentence did Castillo get?")',
  },
  {
    file: 'blind6-questions.jsonl',
    about:
      '100 blind questions (chat, classroom, paraphrase, 18 out of scope), by someone who never opened the project. ' +
      'Before the question reader: hit@1 0.756, hit@3 0.805, 8/18, 15 false abstentions; first run against it 0.817, ' +
      '0.866, 13/18, 7; after: 0.866, 0.927, 13/18, 2. Tuned on, so no longer held out',
    minHit1: 0.84,
    minHit3: 0.91,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 13,
    outOfScopeNote:
      'known limit: yes/no questions about events the article never reports ("did chavez ever fly to mexico")',
  },
  {
    file: 'blind7-questions.jsonl',
    about:
      '100 blind questions of the same mix, held out for a session: first run hit@1 0.720, hit@3 0.805, 10/18, 11 ' +
      'false abstentions; after answer types read from grammar, text places and openers: 0.817, 0.902, 13/18, 4. ' +
      'Tuned on since, so no longer held out',
    minHit1: 0.8,
    minHit3: 0.88,
    maxFalseAbstentions: 5,
    minOutOfScopeAbstained: 12,
    outOfScopeNote: 'known limit: details of someone named asked in paraphrase ("how long did it take to approve …")',
  },
  {
    file: 'blind8-questions.jsonl',
    about:
      '100 blind questions of the same mix, written before the last round of search changes: first run hit@1 0.841, ' +
      'hit@3 0.878, 13/18, 6 false abstentions; after: 0.878, 0.927, 16/18, 4. Tuned on, so no longer held out',
    minHit1: 0.86,
    minHit3: 0.91,
    maxFalseAbstentions: 5,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'known limit: a Spanish question about what another country said, answered from the translation',
  },
  {
    file: 'blind10-questions.jsonl',
    about:
      '100 blind questions of the same mix, written before this round of search changes: first run hit@1 0.793, ' +
      'hit@3 0.866, 11/18, 5 false abstentions; after: 0.805, 0.890, 15/18, 3. Tuned on, so no longer held out',
    minHit1: 0.88,
    minHit3: 0.95,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 17,
    outOfScopeNote:
      'known limit: what someone did or will do after the article ("where is Ornelas going to work next")',
  },
  {
    file: 'blind12-questions.jsonl',
    about:
      '100 blind questions (more classroom, paraphrase and multi), written while this round of search changes was ' +
      "under way: first run (on the round's starting code) hit@1 0.878, hit@3 0.890, 15/18, 3 false abstentions; " +
      'after: 0.902, 0.915, 15/18, 1. Tuned on, so no longer held out',
    minHit1: 0.88,
    minHit3: 0.9,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 15,
    outOfScopeNote:
      'known limit: predictions and what happened after the article ("will they make up by next year", "did she ' +
      'fly to Mexico")',
  },
  {
    file: 'blindes5-questions.jsonl',
    about:
      '80 blind Spanish questions (chat from five countries, classroom, paraphrase): first run hit@1 0.684, hit@3 ' +
      '0.789, 2/4, 12 false abstentions; after Spanish verbs, laughter and fillers read as such: 0.737, 0.842, 2/4, 6; ' +
      'after the Spanish aliases grew concept by concept (written without sight of this set): 0.803, 0.882, 2/4, 3. ' +
      'Tuned on, so no longer held out',
    minHit1: 0.78,
    minHit3: 0.86,
    maxFalseAbstentions: 4,
    minOutOfScopeAbstained: 2,
    outOfScopeNote: 'known limit: where a person was born or posted next',
  },
  {
    file: 'blind14-questions.jsonl',
    about:
      '100 blind questions written at the start of a round of search changes; first run through ask --json (its ' +
      'leads included) hit@1 0.829, hit@3 0.951, 16/18, 2 false abstentions; after: 0.854, 0.976, 16/18, 0. ' +
      'Kept here since, so no longer held out',
    minHit1: 0.84,
    minHit3: 0.96,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'known limit: when someone took office, and whether a person is still in prison today',
  },
  {
    file: 'blindes7-questions.jsonl',
    about:
      '80 blind Spanish questions written at the start of the same round; first run (--lang es, through ask ' +
      '--json) hit@1 0.750, hit@3 0.806, 6/8, 10 false abstentions; after: 0.806, 0.889, 6/8, 7. Kept here since',
    minHit1: 0.79,
    minHit3: 0.87,
    maxFalseAbstentions: 8,
    minOutOfScopeAbstained: 6,
    outOfScopeNote: 'known limit: a birthplace or a sentence asked with an everyday verb ("nació", "recibió")',
  },
  {
    file: 'blind19-questions.jsonl',
    about:
      '100 blind questions written as a development set for a round of search changes; first run through ask ' +
      "--json hit@1 0.915, hit@3 0.939, 13/18, 2 false abstentions (0.927, 0.951, 13/18, 2 on the round's starting " +
      'code); tuned on, so not held out',
    minHit1: 0.9,
    minHit3: 0.93,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 12,
    outOfScopeNote:
      'known limit: a birthplace, a verdict or release the article never gives, and what happened after the article',
  },
  {
    file: 'blindes14-questions.jsonl',
    about:
      '80 blind Spanish questions in Lima chat (causa, pe, manyas) written as a development set; first run (--lang ' +
      'es, through ask --json) hit@1 0.789, hit@3 0.882, 3/4, 3 false abstentions (0.763, 0.855, 3/4, 5 on the ' +
      "round's starting code); tuned on, so not held out",
    minHit1: 0.8,
    minHit3: 0.88,
    maxFalseAbstentions: 2,
  },
  {
    file: 'blind21-questions.jsonl',
    about:
      '100 blind English questions (chat, classroom, paraphrase, typo, Spanish, keyword, multi, 18 out of scope) ' +
      "written as a development set; first run through ask --json on the round's starting code hit@1 0.829, hit@3 " +
      '0.878, 11/18, 6 false abstentions; tuned on, so not held out',
    minHit1: 0.86,
    minHit3: 0.92,
    maxFalseAbstentions: 4,
    minOutOfScopeAbstained: 11,
    outOfScopeNote: 'known limit: what happened after the article, a verdict, when someone took office',
  },
  {
    file: 'blindes16-questions.jsonl',
    about:
      '80 blind Spanish questions (two thirds Lima chat) written as a development set; first run (--lang es, ' +
      "through ask --json) on the round's starting code hit@1 0.833, hit@3 0.889, 5/8, 6 false abstentions; tuned " +
      'on, so not held out',
    minHit1: 0.9,
    minHit3: 0.95,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 6,
    outOfScopeNote: 'known limit: a final sentence or a university the article never gives',
  },
  {
    file: 'blindes17-questions.jsonl',
    about:
      "80 blind Spanish questions in Lima class chat (run-on, with the asker's own situation) written as a " +
      "development set; first run (--lang es, through ask --json) on the round's starting code hit@1 0.806, hit@3 " +
      '0.861, 5/8, 8 false abstentions; tuned on, so not held out',
    minHit1: 0.87,
    minHit3: 0.94,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 3,
    outOfScopeNote:
      'without the /ask lead for dates after the article (engine.search alone): what other countries said, trade figures',
  },
  {
    file: 'blind20-questions.jsonl',
    about:
      '100 blind English questions (chat, classroom, paraphrase, typo, Spanish, keyword, multi, 18 out of scope), ' +
      'held out for a round (first run hit@1 0.866, hit@3 0.915, 13/18, 4 false abstentions) and opened as a ' +
      'development set the next (0.890, 0.939, 13/18, 3 at its start); tuned on, so not held out',
    minHit1: 0.9,
    minHit3: 0.95,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 12,
    outOfScopeNote: 'known limit: what happened after the article, what someone was accused of elsewhere',
  },
  {
    file: 'blindes15-questions.jsonl',
    about:
      '80 blind Spanish questions (Lima and Mexico chat), held out for a round (first run --lang es hit@1 0.833, ' +
      'hit@3 0.931, 6/8, 4 false abstentions) and opened as a development set the next (0.847, 0.944, 7/8, 3 at ' +
      'its start); tuned on, so not held out',
    minHit1: 0.84,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 6,
    outOfScopeNote: 'known limit: whether someone is still in prison',
  },
  {
    file: 'blind22-questions.jsonl',
    about:
      '100 blind English questions (chat, classroom, paraphrase, typo, Spanish, keyword, multi, 18 out of scope), ' +
      'held out for a round (first run through ask --json hit@1 0.890, hit@3 0.915, 14/18, 3 false abstentions; ' +
      '0.902, 0.927, 14/18, 2 at its end) and opened as a development set the next (0.915, 0.927, 15/18, 2 at that ' +
      "round's end); tuned on from then",
    minHit1: 0.9,
    minHit3: 0.91,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 14,
    outOfScopeNote: 'known limit: what happened after the article, the name of an official it never gives',
  },
  {
    file: 'blindes18-questions.jsonl',
    about:
      '80 blind Spanish questions (Mexico City, Lima, Bogotá, Buenos Aires, Santiago), held out for a round (first ' +
      'run --lang es hit@1 0.847, hit@3 0.917, 4/8, 2 false abstentions; 0.833, 0.917, 4/8, 2 at its end) and ' +
      'opened as a development set the next (0.861, 0.931, 7/8, 1 at its end); tuned on from then',
    minHit1: 0.84,
    minHit3: 0.9,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 6,
    outOfScopeNote: 'known limit: a trade figure the article never gives',
  },
  {
    file: 'blindes19-questions.jsonl',
    about:
      '80 blind Spanish questions (Mexico and Peru), written mid-round and scored only at its start (--lang es ' +
      'hit@1 0.847, hit@3 0.903, 4/8, 1 false abstention) and end (0.833, 0.903, 4/8, 1); read question by question ' +
      'the round after, so tuned on',
    minHit1: 0.83,
    minHit3: 0.92,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 7,
    outOfScopeNote: 'known limit: an address or a trade figure the article never gives',
  },
  {
    file: 'blind28-questions.jsonl',
    about:
      '100 blind English questions (20 paraphrase, 18 chat, 14 classroom, 10 multi, 18 out of scope) written as a ' +
      "development set; first run through ask --json on the round's starting code hit@1 0.939, hit@3 0.963, 17/18, " +
      '2 false abstentions; read question by question at once, so tuned on',
    minHit1: 0.92,
    minHit3: 0.95,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'known limit: the name of an official it never gives',
  },
  {
    file: 'blindes24-questions.jsonl',
    about:
      '80 blind Spanish questions (Lima, Mexico City, Bogotá, Buenos Aires, Santiago, Madrid; 16 paraphrase) ' +
      "written as a development set; first run (--lang es) on the round's starting code hit@1 0.889, hit@3 0.931, " +
      '7/8, 2 false abstentions; read question by question at once, so tuned on',
    minHit1: 0.87,
    minHit3: 0.91,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 6,
    outOfScopeNote: 'known limit: a death toll the article never gives',
  },
  {
    file: 'blind29-questions.jsonl',
    about:
      "80 blind English questions in their writers' own words (36 paraphrase, 20 classroom, 14 chat, 10 out of " +
      "scope) written as a development set; first run through ask --json on the round's starting code hit@1 0.629, " +
      'hit@3 0.743, 10/10, 7 false abstentions; read question by question at once, so tuned on',
    minHit1: 0.69,
    minHit3: 0.82,
    // b29-001 ("Which day did Lima decide…") was answered with a wrong paragraph until a date had to be the event's.
    maxFalseAbstentions: 4,
  },
  {
    file: 'blindes25-questions.jsonl',
    about:
      "60 blind Spanish questions in their writers' own words (24 paraphrase, 20 chat, 10 classroom, 6 out of " +
      "scope) written as a development set; first run (--lang es) on the round's starting code hit@1 0.648, hit@3 " +
      '0.796, 4/6, 5 false abstentions; read question by question at once, so tuned on',
    minHit1: 0.74,
    minHit3: 0.9,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 3,
    outOfScopeNote: 'known limits: a party asked with "pertenece", a country the article never names',
  },
  {
    file: 'blind32-questions.jsonl',
    about:
      '100 blind English questions, 40 of them out of scope about people and things the article names (ages, ' +
      "parties, officials it never names, later events), written as a development set; first run on the round's " +
      'starting code hit@1 0.867, hit@3 0.933, 24/40, 0 false abstentions; read question by question at once, so tuned on',
    minHit1: 0.85,
    minHit3: 0.89,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 33,
    outOfScopeNote: 'known limits: what happened later, dates and names the article never gives',
  },
  {
    file: 'blindes28-questions.jsonl',
    about:
      '80 blind Spanish questions, 20 of them out of scope about people and things the article names, written as a ' +
      "development set; first run (--lang es) on the round's starting code hit@1 0.767, hit@3 0.917, 12/20, 1 false " +
      'abstention; read question by question at once, so tuned on',
    minHit1: 0.79,
    minHit3: 0.93,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 18,
    outOfScopeNote: 'known limits: later events, trade figures and reactions the article never reports',
  },
  {
    file: 'blind33-questions.jsonl',
    about:
      '70 blind English questions, 45 of them out of scope from many angles (motives, sequences, hypotheticals, ' +
      "treaty details, opinions), written as a development set at the round's end; first run on the round's " +
      'starting code hit@1 0.840, hit@3 0.920, 17/45, 0 false abstentions; read question by question, two changes tried on it were dropped',
    minHit1: 0.86,
    minHit3: 0.94,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 29,
    outOfScopeNote: 'known limit: most questions asking what the article never tells about someone it names',
  },
  {
    file: 'blindes29-questions.jsonl',
    about:
      '50 blind Spanish questions, 30 of them out of scope from many angles, written as a development set at the ' +
      "round's end; first run (--lang es) on the round's starting code hit@1 0.900, hit@3 0.950, 12/30, 0 false " +
      'abstentions; read question by question, two changes tried on it were dropped',
    minHit1: 0.85,
    minHit3: 0.9,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 18,
    outOfScopeNote: 'known limit: most questions asking what the article never tells about someone it names',
  },
  {
    file: 'blindes30-questions.jsonl',
    about:
      '80 blind Spanish questions from class channels (Lima, Piura, Oaxaca, Toluca, Medellín), 10 out of scope, ' +
      "written as a check set and opened for development after its first run (--lang es) on the round's starting " +
      'code: hit@1 0.743, hit@3 0.829, 8/10, 9 false abstentions',
    minHit1: 0.85,
    minHit3: 0.9,
    maxFalseAbstentions: 4,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'known limits: a party no article names, reactions the article never reports',
  },
  {
    file: 'blind38-questions.jsonl',
    about:
      '100 blind English questions from a media-literacy course and a news server (chat 20, classroom 20, ' +
      "paraphrase 30, 30 out of scope), written for development; first run on the round's starting code: " +
      'hit@1 0.829, hit@3 0.857, 22/30, 4 false abstentions (0.857 / 0.900 / 25 / 2 at its end, tuned on)',
    minHit1: 0.84,
    minHit3: 0.88,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 25,
    outOfScopeNote: 'known limit: details the article never gives about people and events it names',
  },
  {
    file: 'blindes35-questions.jsonl',
    about:
      '80 blind Spanish questions from class channels (Huánuco, Puno, Chihuahua, Mérida, Santiago, Asunción; chat 20, ' +
      "classroom 20, paraphrase 20, 20 out of scope), written for development; first run (--lang es) on the round's " +
      'starting code: hit@1 0.850, hit@3 0.917, 13/20, 1 false abstention (0.867 / 0.933 / 16 / 1 at its end, tuned on)',
    minHit1: 0.87,
    minHit3: 0.93,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'known limit: details the article never gives about people and events it names',
  },
  {
    file: 'blindes38-questions.jsonl',
    about:
      '80 blind Spanish questions from class channels (Huancayo, Cajamarca, Querétaro, San Luis Potosí, Guayaquil, ' +
      'Madrid; paraphrase 40, chat 10, classroom 10, 20 out of scope), written for development; first run (--lang es) ' +
      "on the round's starting code: hit@1 0.733, hit@3 0.867, 13/20, 3 false abstentions (0.767 / 0.883 / 15 / 3 at " +
      'its end, tuned on)',
    minHit1: 0.8,
    minHit3: 0.87,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'known limits: reworded Spanish the translation does not use, details the article never gives',
  },
  {
    file: 'blindes41-questions.jsonl',
    about:
      '80 blind Spanish questions from class channels (Callao, Ica, Morelia, Hermosillo, Medellín, Asunción; chat 40, ' +
      "paraphrase 20, classroom 10, 10 out of scope), written for development; first run (--lang es) on the round's " +
      'starting code: hit@1 0.829, hit@3 0.914, 8/10, 2 false abstentions',
    minHit1: 0.79,
    minHit3: 0.89,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'known limits: reworded Spanish the translation does not use, details the article never gives',
  },
  {
    file: 'blind45-questions.jsonl',
    about:
      '100 blind English questions from an AP Comparative Government class and a language-exchange Discord (chat 22, ' +
      "classroom 12, paraphrase 20, typo 8, keyword 6, multi 8, Spanish 6, 18 out of scope), written for development; first run on the round's " +
      'starting code: hit@1 0.927, hit@3 0.976, 11/18, 1 false abstention',
    minHit1: 0.91,
    minHit3: 0.96,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 12,
    outOfScopeNote: 'known limits: details the article never gives about people and events it names',
  },
  {
    file: 'blindes44-questions.jsonl',
    about:
      '80 blind Spanish questions from class channels (Ayacucho, Cajamarca, Querétaro, Mazatlán, Rosario, San José; ' +
      "chat 24, paraphrase 16, fact 10, classroom 10, 10 out of scope), written for development; first run (--lang es) on the round's " +
      'starting code: hit@1 0.857, hit@3 0.957, 10/10, no false abstention',
    minHit1: 0.84,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'known limits: reworded Spanish the translation does not use, details the article never gives',
  },
  {
    file: 'blind46-questions.jsonl',
    about:
      '100 blind English questions from an international-relations seminar and a current-affairs Discord (chat 20, ' +
      'classroom 14, paraphrase 22, typo 8, keyword 6, multi 6, Spanish 6, 18 out of scope), written late in the ' +
      "round for development; first run on the round's starting code: hit@1 0.902, hit@3 0.988, 15/18, no false " +
      "abstention; 0.890 on this round's code before it was read, 0.902 after",
    minHit1: 0.84,
    minHit3: 0.95,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 14,
    outOfScopeNote: 'known limits: details the article never gives about people and events it names',
  },
  {
    file: 'blindes45-questions.jsonl',
    about:
      '80 blind Spanish questions from class channels (Iquitos, Huaraz, Puebla, Culiacán, Barranquilla, Córdoba; ' +
      'chat 24, paraphrase 20, classroom 10, fact 8, 10 out of scope), written late in the round for development; ' +
      "first run (--lang es) on the round's starting code: hit@1 0.814, hit@3 0.886, 9/10, 3 false abstentions " +
      "(0.843 / 0.914 on this round's code before it was read, 0.871 / 0.943 after)",
    minHit1: 0.8,
    minHit3: 0.89,
    maxFalseAbstentions: 4,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'known limits: reworded Spanish the translation does not use, details the article never gives',
  },
  {
    file: 'blind47-questions.jsonl',
    about:
      '100 blind English questions from a Houston government class and a Latin-American-politics Discord (chat 20, ' +
      'classroom 14, paraphrase 20, typo 8, keyword 6, multi 8, Spanish 6, 18 out of scope), written late in the round ' +
      "for development; first run on the round's starting code and on its code then, unread: hit@1 0.963, hit@3 " +
      '0.988, 12/18, 1 false abstention',
    minHit1: 0.9,
    minHit3: 0.95,
    maxFalseAbstentions: 4,
    minOutOfScopeAbstained: 11,
    outOfScopeNote: 'known limits: details the article never gives about people and events it names',
  },
  {
    file: 'blindes47-questions.jsonl',
    about:
      '80 blind Spanish questions from class channels (Chimbote, Moquegua, Aguascalientes, Villahermosa, Guayaquil, ' +
      'Montevideo; chat 22, paraphrase 18, fact 10, classroom 10, 10 out of scope), written late in the round for ' +
      "development; first run (--lang es) on the round's starting code: hit@1 0.829, hit@3 0.914, 8/10, 3 false " +
      "abstentions; 0.843 on this round's code before it was read",
    minHit1: 0.8,
    minHit3: 0.92,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 7,
    outOfScopeNote: 'known limits: reworded Spanish the translation does not use, details the article never gives',
  },
  {
    file: 'blind48-questions.jsonl',
    about:
      '100 blind English questions from a Manchester Grade 11 civics class and a world-news Discord (chat 20, ' +
      'classroom 14, paraphrase 20, typo 8, keyword 6, multi 8, Spanish 6, 18 out of scope), opened at once for ' +
      "development; first run (ask --json) on the round's starting code: hit@1 0.866, hit@3 0.902, 17/18, 4 false " +
      'abstentions; 0.890 / 0.939 / 17 / 3 after',
    minHit1: 0.86,
    minHit3: 0.9,
    maxFalseAbstentions: 5,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'known limit: what a person the article names thinks, when the article never quotes them',
  },
  {
    file: 'blind49-questions.jsonl',
    about:
      '100 blind English questions from a Los Angeles international-relations class and a bilingual Discord (the ' +
      "same mix), kept for the round's end and scored only on its start and end code: hit@1 0.854, hit@3 0.902, " +
      '17/18, 4 false abstentions at both',
    minHit1: 0.83,
    minHit3: 0.88,
    maxFalseAbstentions: 5,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'known limits: details the article never gives about people and events it names',
  },
  {
    file: 'blind50-questions.jsonl',
    about:
      '100 blind English questions from a Dublin politics class and an international-relations Discord (the same ' +
      'mix), written late in the round and scored unread on its start and end code: hit@1 0.890, hit@3 0.976, ' +
      '15/18, 1 false abstention at both',
    minHit1: 0.87,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 14,
    outOfScopeNote: 'known limits: details the article never gives about people and events it names',
  },
  {
    file: 'blindes48-questions.jsonl',
    about:
      '80 blind Spanish questions from class channels (Arequipa, Cusco, Monterrey, Tijuana, Bogotá, Quito; chat 22, ' +
      'paraphrase 18, fact 10, classroom 10, typo 6, multi 4, 10 out of scope), opened at once for development; ' +
      "first run (--lang es) on the round's starting code: hit@1 0.914, hit@3 0.957, 9/10, 1 false abstention; " +
      '0.943 / 0.971 / 10 / 0 after',
    minHit1: 0.9,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'known limits: reworded Spanish the translation does not use, details the article never gives',
  },
  {
    file: 'blindes49-questions.jsonl',
    about:
      '80 blind Spanish questions from class channels (Trujillo, Tacna, Mexico City, Veracruz, Asunción, Buenos ' +
      "Aires; the same mix), kept for the round's end and scored only on its start and end code (--lang es): hit@1 " +
      '0.857, hit@3 0.914, 9/10, 4 false abstentions at both',
    minHit1: 0.84,
    minHit3: 0.9,
    maxFalseAbstentions: 5,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'known limits: reworded Spanish the translation does not use, details the article never gives',
  },
  {
    file: 'blindes50-questions.jsonl',
    about:
      '80 blind Spanish questions from class channels (Piura, Ica, Guadalajara, Puebla, Medellín, Santiago; the ' +
      'same mix), written late in the round and scored unread (--lang es): hit@1 0.857, hit@3 0.943, 9/10, 1 false ' +
      "abstention on the round's starting code, 0.871 / 0.957 / 9 / 0 on its end",
    minHit1: 0.85,
    minHit3: 0.94,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'known limits: reworded Spanish the translation does not use, details the article never gives',
  },
  {
    file: 'blind51-questions.jsonl',
    about:
      '100 blind English questions from a Toronto Latin American studies tutorial and a current-events Discord (the ' +
      "same mix), written at the round's end and scored unread on its start and end code: hit@1 0.890, hit@3 0.927, " +
      '15/18, 3 false abstentions at both',
    minHit1: 0.87,
    minHit3: 0.9,
    maxFalseAbstentions: 4,
    minOutOfScopeAbstained: 14,
    outOfScopeNote: 'known limits: details the article never gives about people and events it names',
  },
  {
    file: 'blindes51-questions.jsonl',
    about:
      '80 blind Spanish questions from class channels (Lambayeque, Puno, Mérida, Hermosillo, Cali, La Paz; the same ' +
      "mix), written at the round's end and scored unread (--lang es): hit@1 0.929, hit@3 0.929, 10/10, 3 false " +
      "abstentions on the round's starting code, 0.943 / 0.943 / 10 / 2 on its end",
    minHit1: 0.92,
    minHit3: 0.92,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 10,
  },
  {
    file: 'blind52-questions.jsonl',
    about:
      '100 blind English questions from a Chicago AP Government class and a Model UN Discord (the same mix), written ' +
      "as a development set: first run (ask --json) on the round's starting code hit@1 0.890, hit@3 0.951, 16/18, 1 " +
      'false abstention; 0.939 / 0.963 / 17 / 1 at its end (tuned on)',
    minHit1: 0.91,
    minHit3: 0.95,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'known limit: "which judge released her" — the article gives no name, but says "a judge"',
  },
  {
    file: 'blind53-questions.jsonl',
    about:
      "100 blind English questions from Sydney and a London evening course (the same mix), kept for the round's end " +
      'and scored only on its start and end code: hit@1 0.878, hit@3 0.927, 16/18, 3 false abstentions at both',
    minHit1: 0.86,
    minHit3: 0.91,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind54-questions.jsonl',
    about:
      '100 blind English questions from a Cape Town history class and an IR Discord (the same mix), written late in ' +
      'the round and scored unread on its start and end code: hit@1 0.927, hit@3 0.951, 15/18, 1 false abstention at ' +
      'both; a second since round 29 ("Describe the measures Peru took against Mexico\'s top diplomat in Lima", ' +
      "answered with ¶2 before, where de Zela is Peru's top diplomat; ¶5 now, but under the answer threshold)",
    minHit1: 0.9,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes52-questions.jsonl',
    about:
      '80 blind Spanish questions from class channels (Chiclayo, Huancayo, Oaxaca, Toluca, Barranquilla, Montevideo; ' +
      "the same mix), written as a development set: first run (--lang es) on the round's starting code hit@1 0.857, " +
      'hit@3 0.943, 10/10, 2 false abstentions; 0.914 / 0.971 / 10 / 1 at its end (tuned on)',
    minHit1: 0.9,
    minHit3: 0.96,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 10,
  },
  {
    file: 'blindes53-questions.jsonl',
    about:
      '80 blind Spanish questions from class channels (Cajamarca, Ayacucho, Querétaro, Culiacán, Caracas, Rosario; ' +
      "the same mix), kept for the round's end and scored only on its start and end code (--lang es): hit@1 0.886, " +
      'hit@3 0.971, 9/10, 0 false abstentions at the start; 0.900 / 0.971 / 9 / 0 at the end',
    minHit1: 0.88,
    minHit3: 0.96,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes54-questions.jsonl',
    about:
      '80 blind Spanish questions from class channels (Iquitos, Tumbes, Morelia, León, Quito, Asunción; the same mix), ' +
      'written late in the round and scored unread (--lang es): hit@1 0.871, hit@3 0.943, 9/10, 2 false abstentions ' +
      "on the round's starting code, 0.886 / 0.943 / 9 / 2 on its end",
    minHit1: 0.84,
    minHit3: 0.92,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind55-questions.jsonl',
    about:
      '100 blind English questions from a Toronto world-issues class and a Manchester politics-club Discord (chat, ' +
      'classroom, paraphrase, typo, keyword, Spanish, 18 out of scope), a development set of round 21, opened at ' +
      'once: first run hit@1 0.854, hit@3 0.927, 11/18, 4 false abstentions; tuned on to 0.890 / 0.951 / 16 / 2',
    minHit1: 0.86,
    minHit3: 0.93,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'known misses: a successor Mexico may send, when a treaty was signed',
  },
  {
    file: 'blind56-questions.jsonl',
    about:
      '100 blind English questions from an Auckland social-studies class and a Texas government-course Discord (the ' +
      'same mix), kept for the end of round 21 and read by summary line only: 0.890 / 0.939 / 17/18 / 1 at start and end',
    minHit1: 0.87,
    minHit3: 0.92,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind57-questions.jsonl',
    about:
      '100 blind English questions from a Dublin politics class and a Singapore general-paper Discord (the same mix), ' +
      'written mid-round and scored unread: 0.890 / 0.963 / 12/18 / 1 at start and end',
    minHit1: 0.87,
    minHit3: 0.95,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 12,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind58-questions.jsonl',
    about:
      '70 blind English questions, 40 of them out of scope (37 about people and things the article names), from a ' +
      'Melbourne global-politics class and a Chicago current-events Discord, written at the end of round 21: first ' +
      "run 0.700 / 0.867 / 31 of 40 / 2 on the round's starting code, 0.700 / 0.867 / 33 / 1 on its end; read since",
    minHit1: 0.7,
    minHit3: 0.85,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 33,
    outOfScopeNote:
      'known misses: an ambassador named by nationality ("the mexican ambassador"), an earlier prime minister, what ' +
      'Castillo taught, a neighbourhood, an election ahead, a lawyer asked with a second question, the ICJ in lower case',
  },
  {
    file: 'blindes55-questions.jsonl',
    about:
      '80 blind Spanish questions from class channels (Arequipa, Trujillo, Puebla, Mérida, Medellín, Santiago; chat, ' +
      'paraphrase, fact, classroom, typo, 10 out of scope), a development set of round 21, opened at once: first run ' +
      '(--lang es) 0.886 / 0.943 / 7/10 / 3 false abstentions; tuned on to 0.957 / 1.000 / 8 / 0',
    minHit1: 0.93,
    minHit3: 0.97,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'known misses: a street address in Lima, the year the Caracas Convention was signed',
  },
  {
    file: 'blindes56-questions.jsonl',
    about:
      '80 blind Spanish questions from class channels (Piura, Cusco, Guadalajara, Monterrey, Guatemala, La Paz; the ' +
      'same mix), kept for the end of round 21, summary line only (--lang es): 0.771 / 0.857 / 9/10 / 5 at start, ' +
      '0.800 / 0.900 / 9 / 3 at end',
    minHit1: 0.77,
    minHit3: 0.88,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes57-questions.jsonl',
    about:
      '80 blind Spanish questions from class channels (Huánuco, Chimbote, Veracruz, Hermosillo, San José, Valparaíso; ' +
      'the same mix), written mid-round and scored unread (--lang es): 0.843 / 0.929 / 9/10 / 3 at start, 0.857 / ' +
      '0.943 / 9 / 2 at end',
    minHit1: 0.82,
    minHit3: 0.91,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind59-questions.jsonl',
    about:
      '100 blind English questions from a Cape Town history class and a Vancouver social-studies Discord (chat, ' +
      'classroom, paraphrase, typo, multi, keyword, Spanish, 18 out of scope), a development set of round 22: first ' +
      'run 0.902 / 0.951 / 17/18 / 2; tuned on to 0.902 / 0.963 / 17 / 1',
    minHit1: 0.88,
    minHit3: 0.95,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'known miss: whether Mexico and Ecuador ever mended ties',
  },
  {
    file: 'blind60-questions.jsonl',
    about:
      '100 blind English questions from an Edinburgh modern-studies class and a Sydney legal-studies Discord (the same ' +
      'mix), kept for the end of round 22: 0.854 / 0.915 / 16/18 / 5 at start and end; its misses read after that',
    minHit1: 0.83,
    minHit3: 0.9,
    maxFalseAbstentions: 5,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: "known misses: Jerí's party, how long López Obrador was president",
  },
  {
    file: 'blind61-questions.jsonl',
    about:
      '100 blind English questions from a Johannesburg politics society and a Boston Model UN Discord (the same mix), ' +
      'written mid-round 22 and scored unread: 0.854 / 0.915 / 14/18 / 5 at start, 0.854 / 0.927 / 14 / 5 at end',
    minHit1: 0.81,
    minHit3: 0.9,
    maxFalseAbstentions: 5,
    minOutOfScopeAbstained: 14,
    outOfScopeNote:
      "known misses: Ornelas's successor, when relations were first set up, López Obrador's view now, a lunch spot",
  },
  {
    file: 'blind62-questions.jsonl',
    about:
      '100 blind English questions from a Nairobi IB global-politics class and a Leeds sixth-form Discord (the same ' +
      'mix), a development set of round 22: first run 0.915 / 0.963 / 15/18 / 2; tuned on to 0.927 / 0.976 / 15 / 1',
    minHit1: 0.9,
    minHit3: 0.95,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: "known misses: how Boluarte was ousted, who signed the Caracas Convention, Sheinbaum's party",
  },
  {
    file: 'blind63-questions.jsonl',
    about:
      '100 blind English questions from an Auckland international-relations tutorial and a Toronto law class Discord ' +
      '(the same mix), a development set of round 22: first run 0.890 / 0.951 / 18/18 / 3; tuned on to 0.902 / 0.963 ' +
      '/ 18 / 2',
    minHit1: 0.89,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
  },
  {
    file: 'blindes58-questions.jsonl',
    about:
      '80 blind Spanish questions from class channels (Lima, Ayacucho, Oaxaca, Tijuana, Quito, Montevideo; chat, ' +
      'paraphrase, fact, classroom, typo, 10 out of scope), a development set of round 22: first run (--lang es) ' +
      '0.871 / 0.957 / 9/10 / 2; tuned on to 0.900 / 0.971 / 9 / 1',
    minHit1: 0.9,
    minHit3: 0.97,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'known miss: which region of Peru Castillo is from',
  },
  {
    file: 'blindes59-questions.jsonl',
    about:
      '80 blind Spanish questions from class channels (Tacna, Iquitos, Querétaro, Mérida, Tegucigalpa, Asunción; the ' +
      'same mix), kept for the end of round 22 (--lang es): 0.871 / 0.914 / 10/10 / 5 at start and end',
    minHit1: 0.84,
    minHit3: 0.9,
    maxFalseAbstentions: 5,
  },
  {
    file: 'blindes60-questions.jsonl',
    about:
      '80 blind Spanish questions from class channels (Huancayo, Pucallpa, Toluca, Culiacán, Managua, Rosario; the ' +
      'same mix), written mid-round 22 and scored unread (--lang es): 0.914 / 0.957 / 8/10 / 3 at start, 0.929 / ' +
      '0.971 / 8 / 2 at end',
    minHit1: 0.88,
    minHit3: 0.94,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: "known misses: the name of Mexico's foreign minister, the district of Lima the embassy is in",
  },
  {
    file: 'blind64-questions.jsonl',
    about:
      '100 blind English questions from a Wellington history class and a Dallas debate-club Discord (the same mix), ' +
      "written late in round 22 and scored unread: 0.854 / 0.963 / 17/18 / 3 on the round's start, 0.866 / 0.963 / 17 " +
      '/ 3 on its end',
    minHit1: 0.83,
    minHit3: 0.93,
    maxFalseAbstentions: 4,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'its misses were read in round 23 (a development set since): a meeting the article never mentions',
  },
  {
    file: 'blindes61-questions.jsonl',
    about:
      '80 blind Spanish questions from class channels (Chiclayo, Cajamarca, Puebla, Mexicali, San Salvador, Córdoba; ' +
      "the same mix), written late in round 22 and scored unread (--lang es): 0.857 / 0.929 / 8/10 / 3 on the round's " +
      'start, 0.886 / 0.929 / 8 / 3 on its end',
    minHit1: 0.85,
    minHit3: 0.9,
    maxFalseAbstentions: 4,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'its misses were read in round 23 (a development set since): a street or district never given',
  },
  {
    file: 'blind67-questions.jsonl',
    about:
      '100 blind English questions from Glasgow and Atlanta class channels (the same mix), written in round 23 as a ' +
      "development set: first run 0.854 / 0.939 / 17/18 / 1 (through ask --json) on the round's start and mid-round",
    minHit1: 0.82,
    minHit3: 0.92,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'known miss: an emergency meeting of the Pacific Alliance the article never mentions',
  },
  {
    file: 'blindes64-questions.jsonl',
    about:
      '80 blind Spanish questions (Trujillo, Chimbote, Mérida, Oaxaca, La Paz, Mendoza; the same mix), written in ' +
      "round 23 as a development set: first run (--lang es) 0.900 / 1.000 / 9/10 / 0 on the round's start",
    minHit1: 0.88,
    minHit3: 0.97,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'known miss: a football club named Alianza Lima',
  },
  {
    file: 'blindes65-questions.jsonl',
    about:
      '80 blind Spanish questions (Lima, Cusco, Mexico City, Tijuana, Caracas, Montevideo; the same mix), written in ' +
      "round 23 as a development set: first run (--lang es) 0.829 / 0.900 / 7/10 / 1 on the round's start",
    minHit1: 0.8,
    minHit3: 0.9,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 7,
    outOfScopeNote: "known misses: where Chávez will travel, Castillo's sentence, de Zela's earlier career",
  },
  {
    file: 'blind65-questions.jsonl',
    about:
      '100 blind English questions from Manchester and Chicago class channels (the same mix), kept for the end of ' +
      'round 23 and scored only unread (ask --json): 0.829 / 0.963 / 16/18 / 0 on its start and its end',
    minHit1: 0.8,
    minHit3: 0.94,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'held out; its false abstentions (only) were seen once, after its end figures',
  },
  {
    file: 'blind66-questions.jsonl',
    about:
      '100 blind English questions from Dublin and Melbourne (the same mix), kept for the end of round 23 and scored ' +
      'only unread (ask --json): 0.939 / 0.963 / 17/18 / 0 on its start and its end',
    minHit1: 0.89,
    minHit3: 0.94,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'held out; its false abstentions (only) were seen once, after its end figures',
  },
  {
    file: 'blind68-questions.jsonl',
    about:
      '100 blind English questions from Toronto and Cardiff (the same mix), written late in round 23, after most of ' +
      "its changes, and scored unread (ask --json): 0.878 / 0.927 / 16/18 / 3 on the round's start and its end",
    minHit1: 0.84,
    minHit3: 0.9,
    maxFalseAbstentions: 4,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'held out; its false abstentions (only) were seen once, after its end figures',
  },
  {
    file: 'blindes62-questions.jsonl',
    about:
      '80 blind Spanish questions (Arequipa, Cusco, Monterrey, Guadalajara, Guatemala, Bogotá; the same mix), kept for ' +
      'the end of round 23 and scored only unread (--lang es): 0.871 / 0.957 / 9/10 / 2 on its start and its end',
    minHit1: 0.83,
    minHit3: 0.92,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out; its false abstentions (only) were seen once, after its end figures',
  },
  {
    file: 'blindes63-questions.jsonl',
    about:
      '80 blind Spanish questions (Piura, Huaraz, León, Hermosillo, Santo Domingo, Valparaíso; the same mix), kept for ' +
      'the end of round 23 and scored only unread (--lang es): 0.843 / 0.900 / 8/10 / 6 on its start, 0.857 / 0.900 / ' +
      "8 / 6 at its end; 0.871 / 0.914 / 8 / 5 once a lead bug its misses showed was fixed ('quizo' read as 'quiz')",
    minHit1: 0.83,
    minHit3: 0.89,
    maxFalseAbstentions: 6,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'held out; its false abstentions were seen once, after its end figures (a lead bug was fixed)',
  },
  {
    file: 'blindes66-questions.jsonl',
    about:
      '80 blind Spanish questions (Arequipa, Ayacucho, Guadalajara, Veracruz, Quito, Santiago; the same mix), written ' +
      "late in round 23 and scored unread (--lang es): 0.914 / 0.957 / 9/10 / 2 on the round's start, 0.900 / 0.957 / " +
      '9 / 2 at its end',
    minHit1: 0.86,
    minHit3: 0.93,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out; its false abstentions (only) were seen once, after its end figures',
  },
  {
    file: 'blind69-questions.jsonl',
    about:
      '100 blind English questions from Belfast and Houston (the same mix), written after round 23 had seen its held-out ' +
      "sets' false abstentions and scored unread (ask --json): 0.854 / 0.939 / 16/18 / 3 on 031fc0e and at the end; " +
      'a development set in round 24 (read): 0.890 / 0.939 / 16 / 1 there',
    minHit1: 0.86,
    minHit3: 0.91,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: "an essay's due date and Ecuador's president at the Quito raid are answered",
  },
  {
    file: 'blindes67-questions.jsonl',
    about:
      '80 blind Spanish questions (Tacna, Juliaca, Puebla, Chihuahua, San Salvador, Córdoba; the same mix), written ' +
      'with blind69 and scored unread (--lang es): 0.857 / 0.943 / 8/10 / 1 on 031fc0e and at the end; a ' +
      'development set in round 24 (read)',
    minHit1: 0.81,
    minHit3: 0.92,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: "Castillo's reaction from prison and a football match time are answered",
  },
  {
    file: 'blind70-questions.jsonl',
    about:
      '100 blind English questions from Edinburgh and Phoenix (chat 20, classroom 14, paraphrase 20, typo 8, keyword 6, ' +
      'multi 8, Spanish 6, 18 OOS), held out in round 24 (ask --json): 0.890 / 0.927 / 17/18 / 1 at its start and end',
    minHit1: 0.86,
    minHit3: 0.9,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind71-questions.jsonl',
    about:
      '100 blind English questions from Leeds and Denver (the same mix), held out in round 24 (ask --json): ' +
      '0.866 / 0.939 / 17/18 / 1 at its start and end',
    minHit1: 0.84,
    minHit3: 0.91,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes68-questions.jsonl',
    about:
      '80 blind Spanish questions from Arequipa, Iquitos, Toluca, Culiacán, Tegucigalpa and Asunción (chat 22, fact 10, ' +
      'classroom 10, paraphrase 18, typo 6, multi 4, 10 OOS), held out in round 24 (--lang es): 0.800 / 0.929 / 8/10 / 3 ' +
      'at its start, 0.814 / 0.943 / 8 / 2 at its end',
    minHit1: 0.77,
    minHit3: 0.9,
    maxFalseAbstentions: 4,
    minOutOfScopeAbstained: 7,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes69-questions.jsonl',
    about:
      '80 blind Spanish questions from Huancayo, Cajamarca, Querétaro, Mexicali, Managua and Rosario (the same mix), held ' +
      'out in round 24 (--lang es): 0.914 / 0.986 / 9/10 / 0 at its start and end',
    minHit1: 0.88,
    minHit3: 0.95,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind72-questions.jsonl',
    about:
      '100 blind English questions from Glasgow and Houston (chat 20, classroom 14, paraphrase 20, typo 8, keyword 6, ' +
      'multi 8, Spanish 6, 18 OOS), held out in round 25 (ask --json): 0.878 / 0.902 / 15/18 / 3 at its start and end',
    minHit1: 0.85,
    minHit3: 0.88,
    maxFalseAbstentions: 4,
    minOutOfScopeAbstained: 14,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind73-questions.jsonl',
    about:
      '100 blind English questions from Manchester and Atlanta (the same mix), held out in round 25 (ask --json): ' +
      '0.854 / 0.939 / 14/18 / 2 at its start and end',
    minHit1: 0.83,
    minHit3: 0.91,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 13,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes70-questions.jsonl',
    about:
      '80 blind Spanish questions from Piura, Chiclayo, Puebla, Mérida, San Salvador and Montevideo (chat 22, fact 10, ' +
      'classroom 10, paraphrase 18, typo 6, multi 4, 10 OOS), held out in round 25 (--lang es): 0.886 / 0.943 / 8/10 / 1 ' +
      'at its start and end',
    minHit1: 0.86,
    minHit3: 0.92,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 7,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes71-questions.jsonl',
    about:
      '80 blind Spanish questions from Tacna, Ayacucho, Oaxaca, Hermosillo, Guatemala City and Córdoba (the same mix), ' +
      'held out in round 25 (--lang es): 0.900 / 0.957 / 9/10 / 2 at its start and end',
    minHit1: 0.87,
    minHit3: 0.93,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind74-questions.jsonl',
    about:
      '100 blind English questions from Birmingham and Chicago (the same mix), written late in round 25 and scored ' +
      'unread on its start and end code (ask --json): 0.890 / 0.927 / 16/18 / 2 → 0.915 / 0.939 / 16 / 1',
    minHit1: 0.88,
    minHit3: 0.91,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes72-questions.jsonl',
    about:
      '80 blind Spanish questions from Cusco, Huánuco, Guadalajara, Veracruz, Tegucigalpa and Santiago (the same mix), ' +
      'written late in round 25 and scored unread on its start and end code (--lang es): 0.900 / 0.929 / 7/10 / 3 → ' +
      '0.914 / 0.943 / 7 / 3',
    minHit1: 0.87,
    minHit3: 0.91,
    maxFalseAbstentions: 4,
    minOutOfScopeAbstained: 6,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind75-questions.jsonl',
    about:
      '100 blind English questions from Leeds and Phoenix (the same mix), held out in round 26 (ask --json): ' +
      '0.866 / 0.915 / 15/18 / 5 at its start and end',
    minHit1: 0.84,
    minHit3: 0.89,
    maxFalseAbstentions: 6,
    minOutOfScopeAbstained: 14,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind76-questions.jsonl',
    about:
      '100 blind English questions from Cardiff and Seattle (the same mix), held out in round 26 (ask --json): ' +
      '0.902 / 0.963 / 17/18 / 2 → 0.902 / 0.976 / 17 / 2',
    minHit1: 0.88,
    minHit3: 0.95,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind77-questions.jsonl',
    about:
      '100 blind English questions from Bristol and Denver (the same mix), written mid-round 26 and scored unread on ' +
      'its start and end code (ask --json): 0.902 / 0.951 / 16/18 / 2 → 0.915 / 0.963 / 16 / 2',
    minHit1: 0.89,
    minHit3: 0.94,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes73-questions.jsonl',
    about:
      '80 blind Spanish questions from Arequipa, Trujillo, Monterrey, Toluca, Managua and Rosario (the same mix), held ' +
      'out in round 26 (--lang es): 0.929 / 0.971 / 6/10 / 0 → 0.943 / 0.986 / 6 / 0',
    minHit1: 0.88,
    minHit3: 0.95,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 5,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes74-questions.jsonl',
    about:
      '80 blind Spanish questions from Huancayo, Chimbote, Querétaro, Mazatlán, San José and Asunción (the same mix), ' +
      'held out in round 26 (--lang es): 0.886 / 0.957 / 8/10 / 1 → 0.886 / 0.971 / 8 / 1',
    minHit1: 0.86,
    minHit3: 0.94,
    maxFalseAbstentions: 4,
    minOutOfScopeAbstained: 7,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes75-questions.jsonl',
    about:
      '80 blind Spanish questions from Piura, Puno, León, Mérida, Quetzaltenango and Mendoza (the same mix), written ' +
      'mid-round 26 and scored unread on its start and end code (--lang es): 0.886 / 0.957 / 8/10 / 1, the same at both',
    minHit1: 0.86,
    minHit3: 0.92,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 7,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind78-questions.jsonl',
    about:
      '100 blind English questions from Belfast and Minneapolis (the same mix), held out in round 27 (ask --json): ' +
      '0.817 / 0.890 / 14/18 / 2 → 0.829 / 0.902 / 14 / 1 (one question seen)',
    minHit1: 0.79,
    minHit3: 0.87,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 13,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind79-questions.jsonl',
    about:
      '100 blind English questions from Toronto and Austin (the same mix), held out in round 27 (ask --json): ' +
      '0.890 / 0.963 / 14/18 / 2, the same at its end',
    minHit1: 0.87,
    minHit3: 0.94,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 13,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes76-questions.jsonl',
    about:
      '80 blind Spanish questions from Cusco, Ica, Guadalajara, Tijuana, Santo Domingo and La Paz (the same mix), ' +
      'held out in round 27 (--lang es): 0.914 / 0.943 / 9/10 / 2 → 0.929 / 0.943 / 9 / 2',
    minHit1: 0.9,
    minHit3: 0.92,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes77-questions.jsonl',
    about:
      '80 blind Spanish questions from Tumbes, Iquitos, Morelia, Veracruz, Santiago and Quito (the same mix), held ' +
      'out in round 27 (--lang es): 0.857 / 0.914 / 9/10 / 2 → 0.871 / 0.914 / 9 / 2',
    minHit1: 0.84,
    minHit3: 0.89,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind80-questions.jsonl',
    about:
      '100 blind English questions from Vancouver and Manchester (the same mix), held out in round 28 (ask --json): ' +
      '0.866 / 0.927 / 15/18 / 2, the same at its end',
    minHit1: 0.84,
    minHit3: 0.9,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 14,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind81-questions.jsonl',
    about:
      '100 blind English questions from Atlanta and Auckland (the same mix), held out in round 28 (ask --json): ' +
      '0.927 / 0.951 / 16/18 / 2, the same at its end',
    minHit1: 0.9,
    minHit3: 0.93,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 14,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes78-questions.jsonl',
    about:
      '80 blind Spanish questions from Arequipa, Piura, Puebla, Mérida, Bogotá and Montevideo (the same mix), held ' +
      'out in round 28 (--lang es): 0.886 / 0.957 / 9/10 / 2 → 0.900 / 0.971 / 9 / 2 (its one gain a question seen)',
    minHit1: 0.83,
    minHit3: 0.93,
    maxFalseAbstentions: 4,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes79-questions.jsonl',
    about:
      '80 blind Spanish questions from Trujillo, Chiclayo, Mexico City, Monterrey, Asunción and San José (the same ' +
      'mix), held out in round 28 (--lang es): 0.886 / 0.957 / 10/10 / 1 → 0.900 / 0.971 / 10 / 1 (its one gain a ' +
      'question seen)',
    minHit1: 0.88,
    minHit3: 0.93,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind82-questions.jsonl',
    about:
      '100 blind English questions from Toronto and Leeds (the same mix), held out in round 29 (ask --json): ' +
      '0.927 / 0.939 / 16/18 / 0 → 0.927 / 0.951 / 16 / 0',
    minHit1: 0.88,
    minHit3: 0.92,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 14,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind83-questions.jsonl',
    about:
      '100 blind English questions from Phoenix and Bristol (the same mix), held out in round 29 (ask --json): ' +
      '0.902 / 0.939 / 18/18 / 3 → 0.915 / 0.951 / 18 / 2',
    minHit1: 0.89,
    minHit3: 0.93,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes80-questions.jsonl',
    about:
      '80 blind Spanish questions from Cajamarca, Ayacucho, Oaxaca, Hermosillo, Cali and Córdoba (the same mix), held ' +
      'out in round 29 (--lang es): 0.929 / 0.971 / 8/10 / 2, the same at its end',
    minHit1: 0.9,
    minHit3: 0.94,
    maxFalseAbstentions: 4,
    minOutOfScopeAbstained: 7,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes81-questions.jsonl',
    about:
      '80 blind Spanish questions from Tacna, Cusco, Aguascalientes, Culiacán, Valparaíso and San Salvador (the same ' +
      'mix), held out in round 29 (--lang es): 0.914 / 0.957 / 10/10 / 1, the same at its end',
    minHit1: 0.88,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind84-questions.jsonl',
    about:
      '100 blind English questions from Auckland and Denver (the same mix), held out in round 30 (ask --json): ' +
      '0.915 / 0.976 / 13/18 / 1, the same at its end',
    minHit1: 0.88,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 11,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind85-questions.jsonl',
    about:
      '100 blind English questions from Singapore and Glasgow (the same mix), held out in round 30 (ask --json): ' +
      '0.939 / 0.976 / 14/18 / 2, the same at its end',
    minHit1: 0.9,
    minHit3: 0.94,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 12,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes82-questions.jsonl',
    about:
      '80 blind Spanish questions from Arequipa, Piura, Puebla, Mérida, Medellín and Montevideo (the same mix), held ' +
      'out in round 30 (--lang es): 0.986 / 0.986 / 10/10 / 1, the same at its end',
    minHit1: 0.94,
    minHit3: 0.95,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes83-questions.jsonl',
    about:
      '80 blind Spanish questions from Trujillo, Chiclayo, Querétaro, Morelia, Quito and Asunción (the same mix), held ' +
      'out in round 30 (--lang es): 0.929 / 0.971 / 9/10 / 0, the same at its end',
    minHit1: 0.9,
    minHit3: 0.95,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 7,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind86-questions.jsonl',
    about:
      '100 blind English questions from Perth and Sacramento (the same mix), held out in round 31 (ask --json): ' +
      '0.878 / 0.951 / 17/18 / 1, the same at its end',
    minHit1: 0.85,
    minHit3: 0.93,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind87-questions.jsonl',
    about:
      '100 blind English questions from Nashville and Edinburgh (the same mix), held out in round 31 (ask --json): ' +
      '0.939 / 0.976 / 17/18 / 1, the same at its end',
    minHit1: 0.9,
    minHit3: 0.95,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes84-questions.jsonl',
    about:
      '80 blind Spanish questions from Huancayo, Pucallpa, Saltillo, Zacatecas, Barranquilla and Salta (the same mix), ' +
      'held out in round 31 (--lang es): 0.957 / 0.986 / 10/10 / 1, the same at its end',
    minHit1: 0.92,
    minHit3: 0.95,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes85-questions.jsonl',
    about:
      '80 blind Spanish questions from Chimbote, Moquegua, Celaya, Durango, Cuenca and Cochabamba (the same mix), ' +
      'held out in round 31 (--lang es): 0.929 / 0.943 / 8/10 / 2, the same at its end',
    minHit1: 0.9,
    minHit3: 0.92,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 7,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes86-questions.jsonl',
    about:
      '80 blind Spanish questions from Ayacucho, Juliaca, Toluca, Xalapa, Guayaquil and Rosario (the same mix), ' +
      'written late in round 31, before its last change (--lang es): 0.914 / 0.957 / 10/10 / 1, the same after',
    minHit1: 0.88,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind88-questions.jsonl',
    about:
      '100 blind English questions from Auckland and Denver (the same mix), held out in round 32 (ask --json): ' +
      '0.939 / 0.976 / 17/18 / 0, the same at its end',
    minHit1: 0.9,
    minHit3: 0.95,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind89-questions.jsonl',
    about:
      '100 blind English questions from Cardiff and Atlanta (the same mix), held out in round 32 (ask --json): ' +
      '0.939 / 0.988 / 17/18 / 0, the same at its end',
    minHit1: 0.9,
    minHit3: 0.95,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes87-questions.jsonl',
    about:
      '80 blind Spanish questions from Arequipa, Iquitos, Puebla, Mérida, Medellín and Córdoba (the same mix), ' +
      'held out in round 32 (--lang es): 0.914 / 0.971 / 8/10 / 0, the same at its end',
    minHit1: 0.88,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 7,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes88-questions.jsonl',
    about:
      '80 blind Spanish questions from Cusco, Tacna, León, Oaxaca, Cali and Mendoza (the same mix), ' +
      'held out in round 32 (--lang es): 0.900 / 0.943 / 10/10 / 2, the same at its end',
    minHit1: 0.87,
    minHit3: 0.92,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind90-questions.jsonl',
    about:
      '100 blind English questions from Dublin and Portland (the same mix), written in round 33 (ask --json): ' +
      '0.976 / 1.000 / 15/18 / 0 at its start, the same at its end',
    minHit1: 0.94,
    minHit3: 0.97,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 13,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind91-questions.jsonl',
    about:
      '100 blind English questions from Brisbane and Detroit (the same mix), written in round 33 (ask --json): ' +
      '0.939 / 0.988 / 15/18 / 1 at its start, the same at its end',
    minHit1: 0.9,
    minHit3: 0.96,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 13,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind92-questions.jsonl',
    about:
      '100 blind English questions from Cork and Milwaukee (the same mix), held out in round 33 (ask --json): ' +
      '0.915 / 0.951 / 17/18 / 2 at its start, the same at its end',
    minHit1: 0.88,
    minHit3: 0.92,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind93-questions.jsonl',
    about:
      '100 blind English questions from Adelaide and Baltimore (the same mix), written in round 33 (ask --json): ' +
      '0.866 / 0.927 / 16/18 / 1 at its start, 0.878 / 0.939 / 16 / 1 at its end',
    minHit1: 0.84,
    minHit3: 0.91,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 14,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes89-questions.jsonl',
    about:
      '80 blind Spanish questions from Trujillo, Piura, Monterrey, Querétaro, Bogotá and Rosario (the same mix), ' +
      'written in round 33 (--lang es): 0.871 / 0.929 / 9/10 / 2 at its start, 0.871 / 0.929 / 10/10 / 2 at its end',
    minHit1: 0.84,
    minHit3: 0.9,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes90-questions.jsonl',
    about:
      '80 blind Spanish questions from Huancayo, Chiclayo, Guadalajara, Toluca, Quito and Santiago (the same mix), ' +
      'written in round 33 (--lang es): 0.943 / 0.957 / 9/10 / 1 at its start, the same at its end',
    minHit1: 0.9,
    minHit3: 0.93,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 7,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes91-questions.jsonl',
    about:
      '80 blind Spanish questions from Ayacucho, Cajamarca, Tijuana, Morelia, Barranquilla and Salta (the same mix), ' +
      'held out in round 33 (--lang es): 0.914 / 0.943 / 9/10 / 2 at its start, the same at its end; ' +
      'round 34 end 0.929 / 0.957 / 9/10 / 2 (one of its questions was seen in a diff that round)',
    minHit1: 0.88,
    minHit3: 0.92,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 7,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes92-questions.jsonl',
    about:
      '80 blind Spanish questions from Pucallpa, Ica, Chihuahua, Veracruz, Cuenca and Valparaíso (the same mix), ' +
      'held out in round 33 (--lang es): 0.914 / 0.957 / 10/10 / 1 at its start, the same at its end',
    minHit1: 0.88,
    minHit3: 0.93,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind94-questions.jsonl',
    about:
      '100 blind English questions from Glasgow and Phoenix (the same mix), written in round 34 (ask --json): ' +
      '0.939 / 0.963 / 17/18 / 2 at its start, 0.951 / 0.976 / 17 / 2 at its end',
    minHit1: 0.9,
    minHit3: 0.93,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind95-questions.jsonl',
    about:
      '100 blind English questions from Wellington and Atlanta (the same mix), held out in round 34 (ask --json): ' +
      '0.939 / 0.951 / 16/18 / 1 at its start, the same at its end',
    minHit1: 0.9,
    minHit3: 0.92,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 14,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind96-questions.jsonl',
    about:
      '100 blind English questions from Cape Town and Minneapolis (the same mix), written in round 34 (ask --json): ' +
      '0.866 / 0.915 / 14/18 / 1 at its start, 0.902 / 0.927 / 15 / 0 at its end',
    minHit1: 0.87,
    minHit3: 0.9,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 13,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind97-questions.jsonl',
    about:
      '100 blind English questions from Leeds and San Diego (the same mix), held out in round 34 (ask --json): ' +
      '0.890 / 0.939 / 15/18 / 2 at its start, the same at its end',
    minHit1: 0.86,
    minHit3: 0.91,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 13,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes93-questions.jsonl',
    about:
      '80 blind Spanish questions from Tacna, Juliaca, Mérida, Puebla, Medellín and Mendoza (the same mix), ' +
      'held out in round 34 (--lang es): 0.929 / 0.943 / 9/10 / 2 at its start, 0.914 / 0.943 / 9/10 / 2 at its end',
    minHit1: 0.88,
    minHit3: 0.92,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes94-questions.jsonl',
    about:
      '80 blind Spanish questions from Chimbote, Tumbes, Oaxaca, León, Cali and Córdoba (the same mix), ' +
      'written in round 34 (--lang es): 0.900 / 0.943 / 9/10 / 1 at its start, 0.929 / 0.971 / 9/10 / 0 at its end',
    minHit1: 0.9,
    minHit3: 0.94,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes95-questions.jsonl',
    about:
      '80 blind Spanish questions from Huaraz, Moquegua, Aguascalientes, Saltillo, Guayaquil and Concepción (the same mix), ' +
      'held out in round 34 (--lang es): 0.900 / 0.943 / 9/10 / 2 at its start, the same at its end',
    minHit1: 0.87,
    minHit3: 0.92,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes96-questions.jsonl',
    about:
      '80 blind Spanish questions from Tarapoto, Huánuco, Culiacán, Hermosillo, Cartagena and La Plata (the same mix), ' +
      'written in round 34 (--lang es): 0.871 / 0.943 / 9/10 / 2 at its start, 0.900 / 0.971 / 9/10 / 1 at its end',
    minHit1: 0.87,
    minHit3: 0.94,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind98-questions.jsonl',
    about:
      '100 blind English questions from Dublin and Houston (the same mix), written in round 35 (ask --json): ' +
      '0.915 / 0.951 / 16/18 / 2 at its start, 0.951 / 0.988 / 17 / 1 at its end',
    minHit1: 0.92,
    minHit3: 0.95,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind99-questions.jsonl',
    about:
      '100 blind English questions from Bristol and Seattle (the same mix), held out in round 35 (ask --json): ' +
      '0.854 / 0.927 / 18/18 / 2 at its start, the same at its end',
    minHit1: 0.82,
    minHit3: 0.9,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind100-questions.jsonl',
    about:
      '100 blind English questions from Edinburgh and Denver (the same mix), written in round 35 (ask --json): ' +
      '0.939 / 0.976 / 17/18 / 0 at its start, 0.939 / 0.988 / 18 / 0 at its end',
    minHit1: 0.91,
    minHit3: 0.96,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind101-questions.jsonl',
    about:
      '100 blind English questions from Toronto and Nashville (the same mix), held out in round 35 (ask --json): ' +
      '0.890 / 0.939 / 16/18 / 1 at its start, 0.890 / 0.939 / 16/18 / 2 at its end',
    minHit1: 0.86,
    minHit3: 0.91,
    // The engine alone (no leads, as here) declines 4 of its in-scope questions; ask --json, 2.
    maxFalseAbstentions: 4,
    minOutOfScopeAbstained: 14,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes97-questions.jsonl',
    about:
      '80 blind Spanish questions from Arequipa, Ica, Monterrey, Tijuana, Barranquilla and Rosario (the same mix), ' +
      'held out in round 35 (--lang es): 0.914 / 0.971 / 10/10 / 0 at its start, the same at its end',
    minHit1: 0.88,
    minHit3: 0.94,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes98-questions.jsonl',
    about:
      '80 blind Spanish questions from Trujillo, Cajamarca, Veracruz, Zacatecas, Quito and Valparaíso (the same mix), ' +
      'written in round 35 (--lang es): 0.886 / 0.943 / 10/10 / 1 at its start, 0.914 / 0.957 / 10/10 / 1 at its end',
    minHit1: 0.88,
    minHit3: 0.93,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes99-questions.jsonl',
    about:
      '80 blind Spanish questions from Piura, Pucallpa, Morelia, Durango, Bucaramanga and Salta (the same mix), ' +
      'held out in round 35 (--lang es): 0.986 / 1.000 / 9/10 / 0 at its start, the same at its end',
    minHit1: 0.95,
    minHit3: 0.97,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes100-questions.jsonl',
    about:
      '80 blind Spanish questions from Cusco, Ayacucho, Querétaro, Chihuahua, Cuenca and Antofagasta (the same mix), ' +
      'written in round 35 (--lang es): 0.900 / 0.957 / 9/10 / 0 at its start, 0.914 / 0.971 / 10/10 / 0 at its end',
    minHit1: 0.88,
    minHit3: 0.94,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind102-questions.jsonl',
    about:
      '100 blind English questions from Glasgow and Austin (the same mix), written in round 36 (ask --json): ' +
      '0.890 / 0.951 / 16/18 / 4 at its start, 0.963 / 0.988 / 17/18 / 1 at its end',
    minHit1: 0.94,
    minHit3: 0.96,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind103-questions.jsonl',
    about:
      '100 blind English questions from Perth and Denver (the same mix), held out in round 36 (ask --json): ' +
      '0.939 / 0.976 / 16/18 / 1 at its start, 0.951 / 0.976 / 16/18 / 1 at its end',
    minHit1: 0.94,
    minHit3: 0.96,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind104-questions.jsonl',
    about:
      '100 blind English questions from Bristol and Ottawa (the same mix), written in round 36 (ask --json): ' +
      '0.927 / 0.976 / 17/18 / 1 at its start, 0.951 / 0.988 / 18/18 / 0 at its end',
    minHit1: 0.93,
    minHit3: 0.96,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind105-questions.jsonl',
    about:
      '100 blind English questions from Auckland and Atlanta (the same mix), held out in round 36 (ask --json): ' +
      '0.963 / 0.963 / 17/18 / 2 at its start, 0.963 / 0.963 / 18/18 / 2 at its end',
    minHit1: 0.93,
    minHit3: 0.93,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind106-questions.jsonl',
    about:
      '100 blind English questions from Cardiff and Phoenix (the same mix), written late in round 36, held out ' +
      '(ask --json): 0.939 / 0.963 / 17/18 / 3 on its first run, on the end code of the round',
    minHit1: 0.9,
    minHit3: 0.94,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes101-questions.jsonl',
    about:
      '70 blind Spanish questions from Arequipa, Cusco, Puebla, Mérida, Medellín and Córdoba (the same kinds), ' +
      'held out in round 36 (--lang es): 0.900 / 0.900 / 10/10 / 5 at its start, the same at its end',
    minHit1: 0.84,
    minHit3: 0.88,
    // The engine alone and ask --json both decline 5 of its in-scope questions.
    maxFalseAbstentions: 5,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes102-questions.jsonl',
    about:
      '70 blind Spanish questions from Piura, Tacna, León, Oaxaca, Cali and Mendoza (the same kinds), written ' +
      'in round 36 (--lang es): 0.917 / 0.933 / 5/10 / 1 at its start, 0.917 / 0.950 / 8/10 / 1 at its end',
    minHit1: 0.86,
    minHit3: 0.9,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes103-questions.jsonl',
    about:
      '70 blind Spanish questions from Chimbote, Iquitos, Saltillo, Aguascalientes, Guayaquil and Montevideo, ' +
      'held out in round 36 (--lang es): 0.950 / 1.000 / 10/10 / 0 at its start, the same at its end',
    minHit1: 0.91,
    minHit3: 0.96,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes104-questions.jsonl',
    about:
      '70 blind Spanish questions from Huaraz, Puno, Durango, Zacatecas, Bucaramanga and Asunción, written in ' +
      'round 36 (--lang es): 0.967 / 1.000 / 8/9 / 0 at its start, 1.000 / 1.000 / 8/9 / 0 at its end',
    minHit1: 0.96,
    minHit3: 0.96,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes105-questions.jsonl',
    about:
      '70 blind Spanish questions from Tumbes, Moquegua, Colima, Tepic, Manizales and Paysandú, written late in ' +
      'round 36, held out (--lang es): 0.883 / 0.967 / 10/10 / 0 on its first run, on the end code of the round',
    minHit1: 0.86,
    minHit3: 0.94,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind107-questions.jsonl',
    about:
      '100 blind English questions from Leeds and Seattle (the same mix), held out in round 37 (ask ' +
      '--json): 0.951 / 1.000 / 18/18 / 0 at its start, the same at its end',
    minHit1: 0.92,
    minHit3: 0.97,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind108-questions.jsonl',
    about:
      '100 blind English questions from Belfast and Miami (the same mix), written in round 37 (ask ' +
      '--json): 0.927 / 0.976 / 16/18 / 0 at its start, the same at its end',
    minHit1: 0.9,
    minHit3: 0.95,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind109-questions.jsonl',
    about:
      '100 blind English questions from Adelaide and Halifax (the same mix), held out in round 37 (ask ' +
      '--json): 0.915 / 0.963 / 16/18 / 1 at its start, the same at its end',
    minHit1: 0.89,
    minHit3: 0.94,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind110-questions.jsonl',
    about:
      '100 blind English questions from Nottingham and Chicago (the same mix), written in round 37 (ask ' +
      '--json): 0.976 / 1.000 / 16/18 / 0 at its start, the same at its end',
    minHit1: 0.95,
    minHit3: 0.97,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes106-questions.jsonl',
    about:
      '80 blind Spanish questions from Cajamarca, Ica, Morelia, Querétaro, Pereira and Rosario, written in ' +
      'round 37 (--lang es): 0.943 / 0.986 / 9/10 / 1 at its start, 0.957 / 0.986 / 9/10 / 1 at its end',
    minHit1: 0.9,
    minHit3: 0.94,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes107-questions.jsonl',
    about:
      '80 blind Spanish questions from Huancayo, Pucallpa, Toluca, Mazatlán, Cúcuta and Salta, held out in ' +
      'round 37 (--lang es): 0.900 / 0.929 / 6/10 / 4 at its start, the same at its end',
    minHit1: 0.88,
    minHit3: 0.9,
    // The engine alone and ask --json both decline 4 of its in-scope questions.
    maxFalseAbstentions: 4,
    minOutOfScopeAbstained: 5,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes108-questions.jsonl',
    about:
      '80 blind Spanish questions from Ayacucho, Tacna, Durango, Hermosillo, Ibagué and Valparaíso, ' +
      'written in round 37 (--lang es): 0.971 / 0.986 / 8/10 / 1 at its start, 0.971 / 0.986 / 9/10 / 1 at its end',
    minHit1: 0.94,
    minHit3: 0.94,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes109-questions.jsonl',
    about:
      '80 blind Spanish questions from Chiclayo, Juliaca, Pachuca, Saltillo, Santa Marta and Temuco, held ' +
      'out in round 37 (--lang es): 0.943 / 0.986 / 9/10 / 1 at its start, the same at its end',
    minHit1: 0.91,
    minHit3: 0.96,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind111-questions.jsonl',
    about:
      '100 blind English questions from Brighton and Boston (the same mix), held out in round 38 (ask ' +
      '--json): 0.988 / 0.988 / 18/18 / 0 at its start, the same at its end',
    minHit1: 0.95,
    minHit3: 0.96,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind112-questions.jsonl',
    about:
      '100 blind English questions from Dundee and Portland (the same mix), written in round 38 (ask ' +
      '--json): 0.951 / 0.976 / 17/18 / 0 at its start, 0.963 / 0.988 / 17/18 / 0 at its end',
    minHit1: 0.93,
    minHit3: 0.96,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes110-questions.jsonl',
    about:
      '80 blind Spanish questions from Abancay, Huánuco, Cuernavaca, Veracruz, Popayán and La Plata, ' +
      'written in round 38 (--lang es): 0.929 / 0.986 / 9/10 / 0 at its start, 0.943 / 0.986 / 10/10 / 0 at its end',
    minHit1: 0.89,
    minHit3: 0.96,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes111-questions.jsonl',
    about:
      '80 blind Spanish questions from Sullana, Tarapoto, Tlaxcala, Culiacán, Armenia and Antofagasta, held ' +
      'out in round 38 (--lang es): 0.914 / 0.943 / 9/10 / 2 at its start, the same at its end',
    minHit1: 0.86,
    minHit3: 0.9,
    // The engine alone declines 3 of its in-scope questions (ask --json, 2).
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind113-questions.jsonl',
    about:
      '100 blind English questions from Norwich and Tucson (the same mix), held out in round 39 (ask ' +
      '--json): 0.951 / 0.976 / 15/18 / 1 at its start, the same at its end',
    minHit1: 0.92,
    minHit3: 0.96,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 14,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind114-questions.jsonl',
    about:
      '100 blind English questions from Galway and Hamilton (the same mix), written in round 39 (ask ' +
      '--json): 0.927 / 0.976 / 17/18 / 2 at its start, 0.939 / 0.976 / 17/18 / 2 at its end',
    minHit1: 0.92,
    minHit3: 0.97,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes112-questions.jsonl',
    about:
      '80 blind Spanish questions from Puno, Chimbote, Pachuca, Mazatlán, Pasto and Bahía Blanca, written ' +
      'in round 39 (--lang es): 0.914 / 0.943 / 9/10 / 3 at its start, 0.929 / 0.943 / 9/10 / 3 at its end',
    minHit1: 0.86,
    minHit3: 0.9,
    // The engine alone declines 5 of its in-scope questions (ask --json, 3).
    maxFalseAbstentions: 5,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes113-questions.jsonl',
    about:
      '80 blind Spanish questions from Tacna, Jaén, Campeche, Tepic, Neiva and Salto, held out in round 39 ' +
      '(--lang es): 0.957 / 0.957 / 8/10 / 3 at its start, the same at its end',
    minHit1: 0.92,
    minHit3: 0.92,
    // The engine alone declines 4 of its in-scope questions (ask --json, 3).
    maxFalseAbstentions: 4,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind115-questions.jsonl',
    about:
      '100 blind English questions from Leeds and Halifax (the same mix), held out in round 40 (ask --json): ' +
      '0.890 / 0.939 / 17/18 / 2 at its start, the same at its end',
    minHit1: 0.86,
    minHit3: 0.92,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind116-questions.jsonl',
    about:
      '100 blind English questions from Brisbane and Omaha (the same mix), written in round 40 (ask --json): ' +
      '0.927 / 0.976 / 18/18 / 2 at its start, 0.939 / 0.976 / 18/18 / 2 at its end',
    minHit1: 0.92,
    minHit3: 0.96,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes114-questions.jsonl',
    about:
      '80 blind Spanish questions from Arequipa, Mérida and Rosario, written in round 40 (--lang es): ' +
      '0.929 / 0.943 / 10/10 / 0 at its start, the same at its end',
    minHit1: 0.88,
    minHit3: 0.92,
    // The engine alone declines 1 of its in-scope questions (ask --json, 0).
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes115-questions.jsonl',
    about:
      '80 blind Spanish questions from Chiclayo, Querétaro and Valparaíso, held out in round 40 (--lang es): ' +
      '0.914 / 0.929 / 9/10 / 4 at its start, the same at its end',
    minHit1: 0.85,
    minHit3: 0.88,
    // The engine alone declines 5 of its in-scope questions (ask --json, 4).
    maxFalseAbstentions: 5,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind117-questions.jsonl',
    about:
      '100 blind English questions from Cardiff and Winnipeg (the same mix), held out in round 41 (ask --json): ' +
      '0.939 / 0.988 / 17/18 / 0 at its start, the same at its end',
    minHit1: 0.9,
    minHit3: 0.95,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind118-questions.jsonl',
    about:
      '100 blind English questions from Auckland and Nashville (the same mix), written in round 41 (ask --json): ' +
      '0.939 / 0.951 / 16/18 / 1 at its start, 0.976 / 0.976 / 18/18 / 0 at its end',
    minHit1: 0.93,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes116-questions.jsonl',
    about:
      '80 blind Spanish questions from Cusco, Puebla and Mendoza, written in round 41 (--lang es): ' +
      '0.971 / 0.971 / 9/10 / 2 at its start, 0.986 / 0.986 / 9/10 / 1 at its end',
    minHit1: 0.94,
    minHit3: 0.95,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes117-questions.jsonl',
    about:
      '80 blind Spanish questions from Piura, Monterrey and Córdoba, held out in round 41 (--lang es): ' +
      '0.971 / 1.000 / 9/10 / 0 at its start, the same at its end',
    minHit1: 0.9,
    minHit3: 0.94,
    // The engine alone declines 1 of its in-scope questions (ask --json, 0).
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind119-questions.jsonl',
    about:
      '100 blind English questions from Dublin and Tucson (the same mix), held out in round 42 (ask --json): ' +
      '0.951 / 0.951 / 18/18 / 0 at its start',
    minHit1: 0.92,
    minHit3: 0.93,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind120-questions.jsonl',
    about:
      '100 blind English questions from Glasgow and Sacramento (the same mix), written in round 42 (ask --json): ' +
      '0.939 / 0.976 / 17/18 / 2 at its start',
    minHit1: 0.9,
    minHit3: 0.94,
    // The engine alone declines 3 of its in-scope questions (ask --json, 2).
    maxFalseAbstentions: 4,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes118-questions.jsonl',
    about:
      '80 blind Spanish questions from Arequipa, Oaxaca and Rosario, written in round 42 (--lang es): ' +
      '0.957 / 0.986 / 10/10 / 0 at its start',
    minHit1: 0.88,
    minHit3: 0.92,
    // The engine alone declines 2 of its in-scope questions (ask --json, 0).
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes119-questions.jsonl',
    about:
      '80 blind Spanish questions from Trujillo, Guadalajara and Valparaíso, held out in round 42 (--lang es): ' +
      '0.914 / 0.929 / 9/10 / 3 at its start',
    minHit1: 0.85,
    minHit3: 0.9,
    // The engine alone declines 4 of its in-scope questions (ask --json, 3).
    maxFalseAbstentions: 5,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind121-questions.jsonl',
    about:
      '100 blind English questions from Cardiff and Denver (the same mix), held out in round 43 (ask --json): 0.927 / 0.951 / 18/18 / 0 at its start, the same at its end',
    minHit1: 0.9,
    minHit3: 0.93,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind122-questions.jsonl',
    about:
      '100 blind English questions from Leeds and Austin (the same mix), written in round 43 (ask --json): 0.902 / 0.939 / 17/18 / 4 at its start',
    minHit1: 0.88,
    minHit3: 0.93,
    // The engine alone declines 3 of its in-scope questions (ask --json, 3).
    maxFalseAbstentions: 4,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes120-questions.jsonl',
    about:
      '80 blind Spanish questions from Cusco, Puebla and Córdoba, written in round 43 (--lang es): 0.957 / 0.971 / 8/10 / 1 at its start',
    minHit1: 0.92,
    minHit3: 0.95,
    // The engine alone declines 1 of its in-scope questions (ask --json, 0).
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes121-questions.jsonl',
    about:
      '80 blind Spanish questions from Piura, Mérida and Concepción, held out in round 43 (--lang es): 0.971 / 0.986 / 9/10 / 1 at its start, the same at its end',
    minHit1: 0.94,
    minHit3: 0.95,
    // The engine alone declines 2 of its in-scope questions (ask --json, 1).
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind123-questions.jsonl',
    about:
      '100 blind English questions from Bristol and Minneapolis (the same mix), written halfway through round 43 and held out (ask --json): 0.866 / 0.915 / 18/18 / 2 at its first run (26d8838)',
    minHit1: 0.84,
    minHit3: 0.9,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind124-questions.jsonl',
    about:
      '100 blind English questions from Belfast and San Antonio (the same mix), written halfway through round 43 (ask --json): 0.866 / 0.902 / 17/18 / 3 at its first run (26d8838)',
    minHit1: 0.87,
    minHit3: 0.9,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes122-questions.jsonl',
    about:
      '80 blind Spanish questions from Chiclayo, Toluca and Mendoza, written halfway through round 43 (--lang es): 0.971 / 1.000 / 10/10 / 0 at its first run (26d8838)',
    minHit1: 0.94,
    minHit3: 0.97,
    // The engine alone: 0.971 / 1.000 / 10/10 / 0.
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes123-questions.jsonl',
    about:
      '80 blind Spanish questions from Huancayo, León and Antofagasta, written halfway through round 43 and held out (--lang es): 0.900 / 0.957 / 10/10 / 2 at its first run (26d8838)',
    minHit1: 0.87,
    minHit3: 0.93,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind125-questions.jsonl',
    about:
      '100 blind English questions from Edinburgh and Phoenix (the same mix), written late in round 43 and held out (ask --json): 0.902 / 0.951 / 18/18 / 1 at its first run (2994ad6), 0.890 / 0.939 / 18/18 / 2 on the round start',
    minHit1: 0.86,
    minHit3: 0.93,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind126-questions.jsonl',
    about:
      '100 blind English questions from Swansea and Columbus (the same mix), written late in round 43 (ask --json): 0.866 / 0.915 / 17/18 / 4 at its first run (2994ad6)',
    minHit1: 0.83,
    minHit3: 0.88,
    // The engine alone declines 5 of its in-scope questions (ask --json, 4).
    maxFalseAbstentions: 6,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes124-questions.jsonl',
    about:
      '80 blind Spanish questions from Ica, Querétaro and Salta, written late in round 43 (--lang es): 0.943 / 0.971 / 9/10 / 1 at its first run (2994ad6)',
    minHit1: 0.91,
    minHit3: 0.95,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes125-questions.jsonl',
    about:
      '80 blind Spanish questions from Tacna, Morelia and Temuco, written late in round 43 and held out (--lang es): 0.943 / 0.971 / 10/10 / 1 at its first run (2994ad6)',
    minHit1: 0.9,
    minHit3: 0.93,
    // The engine alone declines 2 of its in-scope questions (ask --json, 1).
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind127-questions.jsonl',
    about:
      '100 blind English questions from Glasgow and Portland (the same mix), written in round 44 and held out (ask --json): 0.927 / 0.963 / 17/18 / 1 at its first run (ae3a244, the round start)',
    minHit1: 0.87,
    minHit3: 0.92,
    // The engine alone declines 2 of its in-scope questions (ask --json, 1).
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind128-questions.jsonl',
    about:
      '100 blind English questions from Nottingham and Sacramento (the same mix), written in round 44 (ask --json): 0.927 / 0.951 / 18/18 / 3 at its first run (ae3a244, the round start)',
    minHit1: 0.89,
    minHit3: 0.92,
    maxFalseAbstentions: 4,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind129-questions.jsonl',
    about:
      '100 blind English questions from Cork and Milwaukee (the same mix), written in round 44 and held out (ask --json): 0.890 / 0.951 / 18/18 / 4 at its first run (ae3a244, the round start)',
    minHit1: 0.86,
    minHit3: 0.92,
    maxFalseAbstentions: 5,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind130-questions.jsonl',
    about:
      '100 blind English questions from Brighton and Tucson (the same mix), written in round 44 (ask --json): 0.902 / 0.939 / 18/18 / 0 at its first run (ae3a244, the round start)',
    minHit1: 0.88,
    minHit3: 0.92,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind131-questions.jsonl',
    about:
      '100 blind English questions from Aberdeen and Omaha (the same mix), written halfway through round 44 and held out (ask --json): 0.878 / 0.951 / 18/18 / 2 at its first run (3c73774)',
    minHit1: 0.84,
    minHit3: 0.92,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind132-questions.jsonl',
    about:
      '100 blind English questions from Liverpool and Raleigh (the same mix), written halfway through round 44 (ask --json): 0.902 / 0.927 / 17/18 / 0 at its first run (3c73774)',
    minHit1: 0.87,
    minHit3: 0.89,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes126-questions.jsonl',
    about:
      '80 blind Spanish questions from Trujillo, Oaxaca and Rosario, written in round 44 (--lang es): 0.943 / 0.971 / 9/10 / 1 at its first run (ae3a244, the round start)',
    minHit1: 0.88,
    minHit3: 0.92,
    // The engine alone declines 2 of its in-scope questions (ask --json, 1).
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes127-questions.jsonl',
    about:
      '80 blind Spanish questions from Arequipa, Veracruz and Valparaíso, written in round 44 and held out (--lang es): 0.871 / 0.957 / 10/10 / 1 at its first run (ae3a244, the round start)',
    minHit1: 0.85,
    minHit3: 0.92,
    // The engine alone declines 2 of its in-scope questions (ask --json, 1).
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes128-questions.jsonl',
    about:
      '80 blind Spanish questions from Huánuco, Guadalajara and Bahía Blanca, written in round 44 (--lang es): 0.957 / 0.986 / 9/10 / 1 at its first run (ae3a244, the round start)',
    minHit1: 0.88,
    minHit3: 0.91,
    // The engine alone declines 3 of its in-scope questions (ask --json, 1).
    maxFalseAbstentions: 4,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes129-questions.jsonl',
    about:
      '80 blind Spanish questions from Cajamarca, Monterrey and La Serena, written in round 44 and held out (--lang es): 0.929 / 0.971 / 10/10 / 1 at its first run (ae3a244, the round start)',
    minHit1: 0.88,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes130-questions.jsonl',
    about:
      '80 blind Spanish questions from Piura, Puebla and Mar del Plata, written halfway through round 44 (--lang es): 0.914 / 0.957 / 9/10 / 1 at its first run (54980d5)',
    minHit1: 0.87,
    minHit3: 0.91,
    // The engine alone declines 2 of its in-scope questions (ask --json, 1).
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes131-questions.jsonl',
    about:
      '80 blind Spanish questions from Chimbote, Aguascalientes and Rancagua, written halfway through round 44 and held out (--lang es): 0.914 / 0.943 / 10/10 / 3 at its first run (54980d5)',
    minHit1: 0.85,
    minHit3: 0.89,
    // The engine alone declines 4 of its in-scope questions (ask --json, 3).
    maxFalseAbstentions: 5,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind133-questions.jsonl',
    about:
      '100 blind English questions from Dundee and Boise (the same mix), written late in round 44 and held out (ask --json): 0.951 / 0.988 / 18/18 / 1 at its first run (781b737)',
    minHit1: 0.92,
    minHit3: 0.95,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind134-questions.jsonl',
    about:
      '100 blind English questions from Exeter and Albuquerque (the same mix), written late in round 44 (ask --json): 0.890 / 0.927 / 18/18 / 2 at its first run (781b737)',
    minHit1: 0.87,
    minHit3: 0.9,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes132-questions.jsonl',
    about:
      '80 blind Spanish questions from Ayacucho, Tijuana and Córdoba, written late in round 44 (--lang es): 0.957 / 1.000 / 8/10 / 0 at its first run (781b737)',
    minHit1: 0.91,
    minHit3: 0.95,
    // The engine alone declines 1 of its in-scope questions (ask --json, 0).
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 7,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes133-questions.jsonl',
    about:
      '80 blind Spanish questions from Puno, Hermosillo and Neuquén, written late in round 44 and held out (--lang es): 0.914 / 0.957 / 10/10 / 1 at its first run (781b737)',
    minHit1: 0.87,
    minHit3: 0.91,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind135-questions.jsonl',
    about:
      '100 blind English questions from Leeds and Kansas City (the same mix), written in round 45 and held out (ask --json): 0.963 / 0.976 / 18/18 / 0 at its first run (455faae, the round start)',
    minHit1: 0.94,
    minHit3: 0.94,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind136-questions.jsonl',
    about:
      '100 blind English questions from Swansea and Richmond (the same mix), written in round 45 (ask --json): 0.890 / 0.988 / 17/18 / 0 at its first run (455faae)',
    minHit1: 0.84,
    minHit3: 0.95,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind137-questions.jsonl',
    about:
      '100 blind English questions from Belfast and Louisville (the same mix), written in round 45 and held out (ask --json): 0.890 / 0.951 / 18/18 / 1 at its first run (455faae)',
    minHit1: 0.84,
    minHit3: 0.93,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind138-questions.jsonl',
    about:
      '100 blind English questions from Plymouth and Spokane (the same mix), written in round 45 (ask --json): 0.902 / 0.963 / 17/18 / 2 at its first run (455faae)',
    minHit1: 0.87,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind139-questions.jsonl',
    about:
      '100 blind English questions from Bristol and Tulsa (the same mix), written halfway through round 45 and held out (ask --json): 0.927 / 0.963 / 18/18 / 2 at its first run (29bf1a2)',
    minHit1: 0.89,
    minHit3: 0.93,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind140-questions.jsonl',
    about:
      '100 blind English questions from Cardiff and Fresno (the same mix), written halfway through round 45 (ask --json): 0.902 / 0.976 / 16/18 / 1 at its first run (29bf1a2)',
    minHit1: 0.88,
    minHit3: 0.95,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind141-questions.jsonl',
    about:
      '100 blind English questions from Newcastle and Tacoma (the same mix), written late in round 45 and held out (ask --json): 0.951 / 0.976 / 17/18 / 2 at its first run (ca79c6a)',
    minHit1: 0.9,
    minHit3: 0.94,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind142-questions.jsonl',
    about:
      '100 blind English questions from Leicester and El Paso (the same mix), written late in round 45 (ask --json): 0.915 / 0.927 / 18/18 / 5 at its first run (ca79c6a)',
    minHit1: 0.89,
    minHit3: 0.9,
    maxFalseAbstentions: 5,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind143-questions.jsonl',
    about:
      '100 blind English questions from York and Savannah (the same mix), written at the end of round 45 and held out (ask --json): 0.927 / 0.951 / 18/18 / 3 at its first run (1a6f153)',
    minHit1: 0.89,
    minHit3: 0.92,
    maxFalseAbstentions: 4,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind144-questions.jsonl',
    about:
      '100 blind English questions from Derby and Madison (the same mix), written at the end of round 45 (ask --json): 0.939 / 0.988 / 18/18 / 1 at its first run (1a6f153)',
    minHit1: 0.92,
    minHit3: 0.95,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind145-questions.jsonl',
    about:
      '100 blind English questions from Exeter and Boise (the same mix), written in round 46 and held out (ask --json): 0.902 / 0.963 / 18/18 / 1 at its first run (8659b1c, the round start)',
    minHit1: 0.86,
    minHit3: 0.93,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind146-questions.jsonl',
    about:
      '100 blind English questions from Norwich and Omaha (the same mix), written in round 46 (ask --json): 0.963 / 0.976 / 16/18 / 0 at its first run (8659b1c)',
    minHit1: 0.92,
    minHit3: 0.95,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind147-questions.jsonl',
    about:
      '100 blind English questions from Bath and Anchorage (the same mix), written halfway through round 46 and held out (ask --json): 0.963 / 0.988 / 18/18 / 1 at its first run (8708c7c)',
    minHit1: 0.93,
    minHit3: 0.95,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind148-questions.jsonl',
    about:
      '100 blind English questions from Dundee and Wichita (the same mix), written halfway through round 46 (ask --json): 0.963 / 0.988 / 17/18 / 0 at its first run (8708c7c)',
    minHit1: 0.93,
    minHit3: 0.95,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind149-questions.jsonl',
    about:
      '100 blind English questions from Stirling and Tallahassee (the same mix), written late in round 46 and held out (ask --json): 0.927 / 1.000 / 18/18 / 0 at its first run (47a5da9)',
    minHit1: 0.89,
    minHit3: 0.97,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind150-questions.jsonl',
    about:
      '100 blind English questions from Lincoln and Reno (the same mix), written late in round 46 (ask --json): 0.878 / 0.963 / 17/18 / 2 at its first run (47a5da9)',
    minHit1: 0.87,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind151-questions.jsonl',
    about:
      '100 blind English questions from Carlisle and Des Moines (the same mix), written at the end of round 46 and held out (ask --json): 0.939 / 0.988 / 18/18 / 0 at its first run (929dd91)',
    minHit1: 0.93,
    minHit3: 0.95,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind152-questions.jsonl',
    about:
      '100 blind English questions from Swindon and Santa Fe (the same mix), written at the end of round 46 (ask --json): 0.927 / 0.951 / 18/18 / 1 at its first run (929dd91)',
    minHit1: 0.88,
    minHit3: 0.92,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind153-questions.jsonl',
    about:
      '100 blind English questions from Bristol and Tucson (the same mix), written in round 47 and held out (ask --json): 0.902 / 0.963 / 18/18 / 2 at its first run (2e4e504, the round start)',
    minHit1: 0.87,
    minHit3: 0.93,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind154-questions.jsonl',
    about:
      '100 blind English questions from Aberdeen and Spokane (the same mix), written in round 47 (ask --json): 0.976 / 0.988 / 18/18 / 0 at its first run (2e4e504, the round start)',
    minHit1: 0.94,
    minHit3: 0.97,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind155-questions.jsonl',
    about:
      '100 blind English questions from Cardiff and Tulsa (the same mix), written early in round 47 and held out (ask --json): 0.951 / 0.988 / 18/18 / 0 at its first run (d14298a)',
    minHit1: 0.93,
    minHit3: 0.95,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind156-questions.jsonl',
    about:
      '100 blind English questions from Leeds and Boulder (the same mix), written early in round 47 (ask --json): 0.927 / 0.939 / 18/18 / 2 at its first run (d14298a)',
    minHit1: 0.9,
    minHit3: 0.93,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind157-questions.jsonl',
    about:
      '100 blind English questions from Brighton and El Paso (the same mix), written early in round 47 and held out (ask --json): 0.902 / 0.976 / 18/18 / 2 at its first run (3301649)',
    minHit1: 0.88,
    minHit3: 0.94,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind158-questions.jsonl',
    about:
      '100 blind English questions from Plymouth and Madison (the same mix), written early in round 47 (ask --json): 0.976 / 0.988 / 16/18 / 0 at its first run (3301649)',
    minHit1: 0.95,
    minHit3: 0.97,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind159-questions.jsonl',
    about:
      '100 blind English questions from Oxford and Savannah (the same mix), written halfway through round 47 and held out (ask --json): 0.927 / 0.976 / 15/18 / 0 at its first run (9dd427b)',
    minHit1: 0.89,
    minHit3: 0.94,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind160-questions.jsonl',
    about:
      '100 blind English questions from Inverness and Fresno (the same mix), written halfway through round 47 (ask --json): 0.927 / 0.976 / 18/18 / 1 at its first run (9dd427b)',
    minHit1: 0.9,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind161-questions.jsonl',
    about:
      '100 blind English questions from York and Sacramento (the same mix), written halfway through round 47 and held out (ask --json): 0.951 / 0.988 / 17/18 / 0 at its first run (edcc5c4)',
    minHit1: 0.93,
    minHit3: 0.95,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind162-questions.jsonl',
    about:
      '100 blind English questions from Belfast and Richmond (the same mix), written halfway through round 47 (ask --json): 0.915 / 0.951 / 16/18 / 3 at its first run (edcc5c4)',
    minHit1: 0.92,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind163-questions.jsonl',
    about:
      '100 blind English questions from Durham and Albuquerque (the same mix), written late in round 47 and held out (ask --json): 0.939 / 0.963 / 18/18 / 0 at its first run (a6c5941)',
    minHit1: 0.89,
    minHit3: 0.94,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind164-questions.jsonl',
    about:
      '100 blind English questions from Coventry and Louisville (the same mix), written late in round 47 (ask --json): 0.939 / 0.951 / 18/18 / 2 at its first run (a6c5941)',
    minHit1: 0.9,
    minHit3: 0.93,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind165-questions.jsonl',
    about:
      '100 blind English questions from Chester and Flagstaff (the same mix), written late in round 47 and held out (ask --json): 0.927 / 0.976 / 18/18 / 1 at its first run (0e6ae53)',
    minHit1: 0.88,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind166-questions.jsonl',
    about:
      '100 blind English questions from Hull and Duluth (the same mix), written late in round 47 (ask --json): 0.902 / 0.951 / 15/18 / 2 at its first run (0e6ae53)',
    minHit1: 0.87,
    minHit3: 0.92,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 14,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind167-questions.jsonl',
    about:
      '100 blind English questions from Worcester and Spokane (the same mix), written at the end of round 47 and held out (ask --json): 0.939 / 0.976 / 16/18 / 1 at its first run (c07df34)',
    minHit1: 0.89,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind168-questions.jsonl',
    about:
      '100 blind English questions from Stoke and Pueblo (the same mix), written at the end of round 47 (ask --json): 0.939 / 0.963 / 17/18 / 1 at its first run (c07df34)',
    minHit1: 0.9,
    minHit3: 0.93,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind169-questions.jsonl',
    about:
      '100 blind English questions from Norwich and Tacoma (the same mix), written in round 48 and held out (ask --json): 0.963 / 0.976 / 17/18 / 1 at its first run (5e34c5e, the round start)',
    minHit1: 0.93,
    minHit3: 0.93,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind170-questions.jsonl',
    about:
      '100 blind English questions from Exeter and Amarillo (the same mix), written in round 48 (ask --json): 0.915 / 0.951 / 17/18 / 3 at its first run (5e34c5e, the round start)',
    minHit1: 0.88,
    minHit3: 0.93,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind171-questions.jsonl',
    about:
      '100 blind English questions from Swansea and Lubbock (the same mix), written in round 48 and held out (ask --json): 0.976 / 0.988 / 18/18 / 0 at its first run (5e34c5e, the round start)',
    minHit1: 0.94,
    minHit3: 0.95,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind172-questions.jsonl',
    about:
      '100 blind English questions from Lancaster and Eugene (the same mix), written in round 48 (ask --json): 0.915 / 0.927 / 17/18 / 4 at its first run (5e34c5e, the round start)',
    minHit1: 0.9,
    minHit3: 0.93,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind173-questions.jsonl',
    about:
      '100 blind English questions from Derby and Wichita (the same mix), written in round 48 and held out (ask --json): 0.939 / 0.976 / 18/18 / 0 at its first run (5e34c5e, the round start)',
    minHit1: 0.9,
    minHit3: 0.94,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind174-questions.jsonl',
    about:
      '100 blind English questions from Bath and Chattanooga (the same mix), written in round 48 (ask --json): 0.951 / 0.988 / 18/18 / 1 at its first run (5e34c5e, the round start)',
    minHit1: 0.92,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind175-questions.jsonl',
    about:
      '100 blind English questions from Cambridge and Omaha (the same mix), written early in round 48 and held out (ask --json): 0.890 / 0.915 / 17/18 / 5 at its first run (6a06d10)',
    minHit1: 0.86,
    minHit3: 0.89,
    maxFalseAbstentions: 4,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind176-questions.jsonl',
    about:
      '100 blind English questions from Sheffield and Reno (the same mix), written early in round 48 (ask --json): 0.902 / 0.951 / 16/18 / 4 at its first run (6a06d10)',
    minHit1: 0.87,
    minHit3: 0.93,
    maxFalseAbstentions: 4,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind177-questions.jsonl',
    about:
      '100 blind English questions from Dundee and Boise (the same mix), written early in round 48 and held out (ask --json): 0.890 / 0.927 / 17/18 / 4 at its first run (732c818)',
    minHit1: 0.86,
    minHit3: 0.89,
    maxFalseAbstentions: 5,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind178-questions.jsonl',
    about:
      '100 blind English questions from Reading and Tallahassee (the same mix), written early in round 48 (ask --json): 0.927 / 0.963 / 18/18 / 0 at its first run (732c818)',
    minHit1: 0.9,
    minHit3: 0.93,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind179-questions.jsonl',
    about:
      '100 blind English questions from Carlisle and Spokane Valley (the same mix), written halfway through round 48 and held out (ask --json): 0.939 / 0.988 / 18/18 / 1 at its first run (189d9fb)',
    minHit1: 0.89,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind180-questions.jsonl',
    about:
      '100 blind English questions from Truro and Santa Fe (the same mix), written halfway through round 48 (ask --json): 0.939 / 0.988 / 16/18 / 0 at its first run (189d9fb)',
    minHit1: 0.9,
    minHit3: 0.95,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind181-questions.jsonl',
    about:
      '100 blind English questions from Gloucester and Rochester (the same mix), written halfway through round 48 and held out (ask --json): 0.951 / 0.988 / 18/18 / 0 at its first run (189d9fb)',
    minHit1: 0.92,
    minHit3: 0.95,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind182-questions.jsonl',
    about:
      '100 blind English questions from Stirling and Des Moines (the same mix), written halfway through round 48 (ask --json): 0.890 / 0.976 / 17/18 / 1 at its first run (189d9fb)',
    minHit1: 0.88,
    minHit3: 0.95,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind183-questions.jsonl',
    about:
      '100 blind English questions from Salisbury and Fort Collins (the same mix), written halfway through round 48 and held out (ask --json): 0.976 / 0.976 / 17/18 / 1 at its first run (3ab3c49)',
    minHit1: 0.93,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind184-questions.jsonl',
    about:
      '100 blind English questions from Wrexham and Knoxville (the same mix), written halfway through round 48 (ask --json): 0.939 / 0.976 / 17/18 / 1 at its first run (3ab3c49)',
    minHit1: 0.9,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind185-questions.jsonl',
    about:
      '100 blind English questions from Winchester and Ann Arbor (the same mix), written late in round 48 and held out (ask --json): 0.890 / 0.915 / 15/18 / 1 at its first run (d314783)',
    minHit1: 0.84,
    minHit3: 0.88,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind186-questions.jsonl',
    about:
      '100 blind English questions from Bangor and Charleston (the same mix), written late in round 48 (ask --json): 0.902 / 0.951 / 18/18 / 1 at its first run (d314783)',
    minHit1: 0.87,
    minHit3: 0.93,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind187-questions.jsonl',
    about:
      '100 blind English questions from Lichfield and Green Bay (the same mix), written late in round 48 and held out (ask --json): 0.927 / 0.963 / 16/18 / 2 at its first run (0ecfd6d)',
    minHit1: 0.87,
    minHit3: 0.9,
    maxFalseAbstentions: 4,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind188-questions.jsonl',
    about:
      '100 blind English questions from Ipswich and Albany (the same mix), written late in round 48 (ask --json): 0.963 / 0.976 / 18/18 / 1 at its first run (0ecfd6d)',
    minHit1: 0.94,
    minHit3: 0.97,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind189-questions.jsonl',
    about:
      '100 blind English questions from Hereford and Missoula (the same mix), written at the end of round 48 and held out (ask --json): 0.927 / 0.976 / 18/18 / 1 at its first run (bedcece)',
    minHit1: 0.9,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind190-questions.jsonl',
    about:
      '100 blind English questions from Kendal and Macon (the same mix), written at the end of round 48 (ask --json): 0.951 / 0.988 / 18/18 / 0 at its first run (bedcece)',
    minHit1: 0.92,
    minHit3: 0.95,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind191-questions.jsonl',
    about:
      '100 blind English questions from Coventry and Savannah (the same mix), written in round 49 and held out (ask --json): 0.927 / 0.963 / 18/18 / 0 at its first run (6b1597f, the round start)',
    minHit1: 0.9,
    minHit3: 0.93,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind192-questions.jsonl',
    about:
      '100 blind English questions from Worcester and Lincoln NE (the same mix), written in round 49 (ask --json): 0.939 / 0.988 / 16/18 / 1 at its first run (6b1597f, the round start)',
    minHit1: 0.9,
    minHit3: 0.94,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind193-questions.jsonl',
    about:
      '100 blind English questions from Chester and Tempe (the same mix), written in round 49 and held out (ask --json): 0.963 / 0.976 / 16/18 / 0 at its first run (6b1597f, the round start)',
    minHit1: 0.93,
    minHit3: 0.94,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind194-questions.jsonl',
    about:
      '100 blind English questions from Cheltenham and Little Rock (the same mix), written in round 49 (ask --json): 0.902 / 0.963 / 18/18 / 2 at its first run (6b1597f, the round start)',
    minHit1: 0.88,
    minHit3: 0.93,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind195-questions.jsonl',
    about:
      '100 blind English questions from Nottingham and Baton Rouge (the same mix), written early in round 49 and held out (ask --json): 0.939 / 0.951 / 17/18 / 0 at its first run (7c01edf)',
    minHit1: 0.9,
    minHit3: 0.92,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind196-questions.jsonl',
    about:
      '100 blind English questions from Southampton and Fargo (the same mix), written early in round 49 (ask --json): 0.878 / 0.939 / 17/18 / 3 at its first run (7c01edf)',
    minHit1: 0.87,
    minHit3: 0.92,
    maxFalseAbstentions: 4,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind197-questions.jsonl',
    about:
      '100 blind English questions from Preston and Sioux Falls (the same mix), written early in round 49 and held out (ask --json): 0.988 / 1.000 / 18/18 / 0 at its first run (24f7e01)',
    minHit1: 0.94,
    minHit3: 0.97,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind198-questions.jsonl',
    about:
      '100 blind English questions from Canterbury and Chattanooga (the same mix), written early in round 49 (ask --json): 0.939 / 0.963 / 16/18 / 0 at its first run (24f7e01)',
    minHit1: 0.93,
    minHit3: 0.95,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind199-questions.jsonl',
    about:
      '100 blind English questions from Durham and Flagstaff (the same mix), written halfway through round 49 and held out (ask --json): 0.915 / 0.939 / 17/18 / 2 at its first run (33adb0c)',
    minHit1: 0.88,
    minHit3: 0.9,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind200-questions.jsonl',
    about:
      '100 blind English questions from Colchester and Mobile (the same mix), written halfway through round 49 (ask --json): 0.939 / 1.000 / 17/18 / 0 at its first run (33adb0c)',
    minHit1: 0.9,
    minHit3: 0.97,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind201-questions.jsonl',
    about:
      '100 blind English questions from Luton and Billings (the same mix), written halfway through round 49 and held out (ask --json): 0.927 / 0.963 / 18/18 / 1 at its first run (d0dac5e)',
    minHit1: 0.89,
    minHit3: 0.93,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind202-questions.jsonl',
    about:
      '100 blind English questions from Stockport and Santa Cruz (the same mix), written halfway through round 49 (ask --json): 0.866 / 0.939 / 16/18 / 2 at its first run (d0dac5e)',
    minHit1: 0.86,
    minHit3: 0.93,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind203-questions.jsonl',
    about:
      '100 blind English questions from Bournemouth and Eau Claire (the same mix), written halfway through round 49 and held out (ask --json): 0.927 / 0.951 / 18/18 / 2 at its first run (7a94328)',
    minHit1: 0.89,
    minHit3: 0.92,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind204-questions.jsonl',
    about:
      '100 blind English questions from Middlesbrough and Cedar Rapids (the same mix), written halfway through round 49 (ask --json): 0.805 / 0.854 / 17/18 / 6 at its first run (7a94328)',
    minHit1: 0.79,
    minHit3: 0.83,
    maxFalseAbstentions: 6,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind205-questions.jsonl',
    about:
      '100 blind English questions from Wolverhampton and Duluth (the same mix), written late in round 49 and held out (ask --json): 0.866 / 0.915 / 16/18 / 1 at its first run (f317739)',
    minHit1: 0.84,
    minHit3: 0.89,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind206-questions.jsonl',
    about:
      '100 blind English questions from Hull and Pueblo (the same mix), written late in round 49 (ask --json): 0.927 / 0.939 / 18/18 / 2 at its first run (f317739)',
    minHit1: 0.89,
    minHit3: 0.9,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind207-questions.jsonl',
    about:
      '100 blind English questions from Harrogate and Lafayette (the same mix), written late in round 49 and held out (ask --json): 0.902 / 0.951 / 18/18 / 1 at its first run (4cbcd62)',
    minHit1: 0.87,
    minHit3: 0.92,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind208-questions.jsonl',
    about:
      '100 blind English questions from Aylesbury and Springfield (the same mix), written late in round 49 (ask --json): 0.890 / 0.939 / 18/18 / 2 at its first run (4cbcd62)',
    minHit1: 0.84,
    minHit3: 0.9,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind209-questions.jsonl',
    about:
      '100 blind English questions from Gateshead and Peoria (the same mix), written late in round 49 and held out (ask --json): 0.951 / 0.976 / 16/18 / 0 at its first run (0b0fe86)',
    minHit1: 0.9,
    minHit3: 0.94,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind210-questions.jsonl',
    about:
      '100 blind English questions from Taunton and Rapid City (the same mix), written late in round 49 (ask --json): 0.902 / 0.951 / 17/18 / 3 at its first run (0b0fe86)',
    minHit1: 0.88,
    minHit3: 0.92,
    maxFalseAbstentions: 4,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind211-questions.jsonl',
    about:
      '100 blind English questions from Shrewsbury and Tulsa (the same mix), written in round 50 and held out (ask --json): 0.902 / 1.000 / 16/18 / 0 at its first run (e1b9cbf)',
    minHit1: 0.86,
    minHit3: 0.97,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind212-questions.jsonl',
    about:
      '100 blind English questions from Exeter and Boise (the same mix), written in round 50 (ask --json): 0.866 / 0.951 / 17/18 / 0 at its first run (e1b9cbf)',
    minHit1: 0.81,
    minHit3: 0.93,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind213-questions.jsonl',
    about:
      '100 blind English questions from Carlisle and Spokane (the same mix), written in round 50 and held out (ask --json): 0.939 / 0.988 / 18/18 / 1 at its first run (e1b9cbf)',
    minHit1: 0.89,
    minHit3: 0.95,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind214-questions.jsonl',
    about:
      '100 blind English questions from Bath and Omaha (the same mix), written in round 50 (ask --json): 0.927 / 0.963 / 17/18 / 0 at its first run (e1b9cbf)',
    minHit1: 0.89,
    minHit3: 0.93,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind215-questions.jsonl',
    about:
      '100 blind English questions from Lancaster and Wichita (the same mix), written in round 50 and held out (ask --json): 0.915 / 0.963 / 18/18 / 1 at its first run (e1b9cbf)',
    minHit1: 0.88,
    minHit3: 0.93,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind216-questions.jsonl',
    about:
      '100 blind English questions from York and Madison (the same mix), written in round 50 (ask --json): 0.890 / 0.951 / 18/18 / 0 at its first run (d14dbe9)',
    minHit1: 0.84,
    minHit3: 0.92,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind217-questions.jsonl',
    about:
      '100 blind English questions from Norwich and Reno (the same mix), written in round 50 and held out (ask --json): 0.927 / 0.963 / 16/18 / 2 at its first run (d14dbe9)',
    minHit1: 0.88,
    minHit3: 0.93,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind218-questions.jsonl',
    about:
      '100 blind English questions from Dundee and Tucson (the same mix), written in round 50 (ask --json): 0.951 / 0.976 / 17/18 / 1 at its first run (1d409d9)',
    minHit1: 0.9,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind219-questions.jsonl',
    about:
      '100 blind English questions from Swansea and Savannah (the same mix), written in round 50 and held out (ask --json): 0.890 / 0.976 / 17/18 / 1 at its first run (1d409d9)',
    minHit1: 0.84,
    minHit3: 0.93,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind220-questions.jsonl',
    about:
      '100 blind English questions from Ipswich and Topeka (the same mix), written in round 51 (ask --json): 0.890 / 0.951 / 16/18 / 3 at its first run (aa44c95)',
    minHit1: 0.88,
    minHit3: 0.93,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind221-questions.jsonl',
    about:
      '100 blind English questions from Plymouth and Boulder (the same mix), written in round 51 and held out (ask --json): 0.890 / 0.939 / 17/18 / 1 at its first run (aa44c95)',
    minHit1: 0.86,
    minHit3: 0.92,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind222-questions.jsonl',
    about:
      '100 blind English questions from Derby and Ann Arbor (the same mix), written in round 51 (ask --json): 0.988 / 0.988 / 18/18 / 1 at its first run (aa44c95)',
    minHit1: 0.94,
    minHit3: 0.95,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind223-questions.jsonl',
    about:
      '100 blind English questions from Sunderland and Boise (the same mix), written in round 51 and held out (ask --json): 0.854 / 0.927 / 17/18 / 3 at its first run (aa44c95)',
    minHit1: 0.83,
    minHit3: 0.9,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind224-questions.jsonl',
    about:
      '100 blind English questions from Blackpool and Des Moines (the same mix), written in round 51 (ask --json): 0.915 / 0.976 / 18/18 / 0 at its first run (27639e7)',
    minHit1: 0.9,
    minHit3: 0.95,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind225-questions.jsonl',
    about:
      '100 blind English questions from Stoke-on-Trent and Knoxville (the same mix), written in round 51 and held out (ask --json): 0.963 / 1.000 / 18/18 / 0 at its first run (27639e7)',
    minHit1: 0.93,
    minHit3: 0.97,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind226-questions.jsonl',
    about:
      '100 blind English questions from Gloucester and Fort Collins (the same mix), written in round 51 (ask --json): 0.890 / 0.976 / 17/18 / 2 at its first run (d541d8a)',
    minHit1: 0.87,
    minHit3: 0.94,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind227-questions.jsonl',
    about:
      '100 blind English questions from Warrington and Bozeman (the same mix), written in round 51 and held out (ask --json): 0.902 / 0.976 / 17/18 / 0 at its first run (d541d8a)',
    minHit1: 0.86,
    minHit3: 0.95,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind228-questions.jsonl',
    about:
      '100 blind English questions from Wakefield and Missoula (the same mix), written in round 51 (ask --json): 0.951 / 0.976 / 16/18 / 0 at its first run (1a6951c)',
    minHit1: 0.9,
    minHit3: 0.94,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind229-questions.jsonl',
    about:
      '100 blind English questions from Peterborough and Lubbock (the same mix), written in round 51 and held out (ask --json): 0.915 / 0.976 / 18/18 / 0 at its first run (1a6951c)',
    minHit1: 0.87,
    minHit3: 0.94,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind230-questions.jsonl',
    about:
      '100 blind English questions from Lincoln and Tulsa (the same mix), written in round 52 (ask --json): 0.963 / 1.000 / 16/18 / 0 at its first run (6ca04f0)',
    minHit1: 0.93,
    minHit3: 0.97,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind231-questions.jsonl',
    about:
      '100 blind English questions from Carlisle and Spokane (the same mix), written in round 52 and held out (ask --json): 0.902 / 0.963 / 18/18 / 0 at its first run (6ca04f0)',
    minHit1: 0.88,
    minHit3: 0.93,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind232-questions.jsonl',
    about:
      '100 blind English questions from Exeter and Lansing (the same mix), written in round 52 (ask --json): 0.927 / 0.988 / 17/18 / 0 at its first run (bab391d)',
    minHit1: 0.88,
    minHit3: 0.94,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind233-questions.jsonl',
    about:
      '100 blind English questions from Bolton and Eugene (the same mix), written in round 52 and held out (ask --json): 0.927 / 0.976 / 16/18 / 1 at its first run (bab391d)',
    minHit1: 0.88,
    minHit3: 0.93,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind234-questions.jsonl',
    about:
      '100 blind English questions from Swindon and Fargo (the same mix), written in round 52 (ask --json): 0.963 / 1.000 / 15/18 / 0 at its first run (340d45e)',
    minHit1: 0.93,
    minHit3: 0.97,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 14,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind235-questions.jsonl',
    about:
      '100 blind English questions from Hereford and Reno (the same mix), written in round 52 and held out (ask --json): 0.915 / 0.963 / 18/18 / 0 at its first run (340d45e)',
    minHit1: 0.88,
    minHit3: 0.93,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind236-questions.jsonl',
    about:
      '100 blind English questions from Stockport and Akron (the same mix), written in round 53 (ask --json): 0.927 / 0.988 / 17/18 / 0 at its first run (e77a679)',
    minHit1: 0.93,
    minHit3: 0.97,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind237-questions.jsonl',
    about:
      '100 blind English questions from Durham and Dayton (the same mix), written in round 53 and held out (ask --json): 0.951 / 0.988 / 16/18 / 0 at its first run (e77a679)',
    minHit1: 0.9,
    minHit3: 0.95,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind238-questions.jsonl',
    about:
      '100 blind English questions from Salem and Leeds (the same mix), written in round 53 (ask --json): 0.902 / 1.000 / 15/18 / 0 at its first run (a3065b0)',
    minHit1: 0.86,
    minHit3: 0.97,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 14,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind239-questions.jsonl',
    about:
      '100 blind English questions from Tacoma and Chester (the same mix), written in round 53 and held out (ask --json): 0.915 / 1.000 / 17/18 / 0 at its first run (a3065b0)',
    minHit1: 0.87,
    minHit3: 0.97,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind240-questions.jsonl',
    about:
      '100 blind English questions from Brighton and Albany (the same mix), written in round 54 (ask --json): 0.878 / 0.939 / 18/18 / 0 at its first run (9b27a53)',
    minHit1: 0.86,
    minHit3: 0.95,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind241-questions.jsonl',
    about:
      '100 blind English questions from Oxford and Flagstaff (the same mix), written in round 54 and held out (ask --json): 0.915 / 0.951 / 17/18 / 0 at its first run (9b27a53)',
    minHit1: 0.88,
    minHit3: 0.93,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind242-questions.jsonl',
    about:
      '100 blind English questions from Worcester and Grand Rapids (the same mix), written in round 54 (ask --json): 0.951 / 0.988 / 17/18 / 0 at its first run (4cacc69)',
    minHit1: 0.9,
    minHit3: 0.95,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind243-questions.jsonl',
    about:
      '100 blind English questions from Bristol and Chattanooga (the same mix), written in round 54 and held out (ask --json): 0.878 / 0.963 / 16/18 / 0 at its first run (4cacc69)',
    minHit1: 0.83,
    minHit3: 0.93,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind244-questions.jsonl',
    about:
      '100 blind English questions from Cambridge and Bangor (the same mix), written in round 55 (ask --json): 0.963 / 0.976 / 16/18 / 1 at its first run (dd4e2e0)',
    minHit1: 0.93,
    minHit3: 0.95,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind245-questions.jsonl',
    about:
      '100 blind English questions from Lexington and Galway (the same mix), written in round 55 and held out (ask --json): 0.951 / 0.963 / 18/18 / 0 at its first run (dd4e2e0)',
    minHit1: 0.92,
    minHit3: 0.93,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind246-questions.jsonl',
    about:
      '100 blind English questions from Aberdeen and Fresno (the same mix), written in round 55 (ask --json): 0.988 / 1.000 / 15/18 / 0 at its first run (17e6438)',
    minHit1: 0.94,
    minHit3: 0.97,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 14,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind247-questions.jsonl',
    about:
      '100 blind English questions from Belfast and Ithaca (the same mix), written in round 55 and held out (ask --json): 0.951 / 0.963 / 16/18 / 1 at its first run (17e6438)',
    minHit1: 0.9,
    minHit3: 0.93,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind248-questions.jsonl',
    about:
      '100 blind English questions from Dover and Cardiff (the same mix), written in round 56 (ask --json): 0.963 / 0.976 / 17/18 / 1 at its first run (3856b5e)',
    minHit1: 0.95,
    minHit3: 0.95,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind249-questions.jsonl',
    about:
      '100 blind English questions from Hull and Provo (the same mix), written in round 56 and held out (ask --json): 0.976 / 1.000 / 17/18 / 0 at its first run (3856b5e)',
    minHit1: 0.92,
    minHit3: 0.97,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind250-questions.jsonl',
    about:
      '100 blind English questions from Derry and Perth (the same mix), written in round 56 (ask --json): 0.963 / 0.988 / 17/18 / 0 at its first run (ed61eb7)',
    minHit1: 0.92,
    minHit3: 0.95,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind251-questions.jsonl',
    about:
      '100 blind English questions from Halifax and Sligo (the same mix), written in round 56 and held out (ask --json): 0.902 / 0.976 / 17/18 / 0 at its first run (ed61eb7)',
    minHit1: 0.87,
    minHit3: 0.94,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind252-questions.jsonl',
    about:
      '100 blind English questions from Truro and Athens (the same mix), written in round 57 (ask --json): 0.915 / 0.963 / 18/18 / 0 at its first run (07d3301)',
    minHit1: 0.84,
    minHit3: 0.94,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind253-questions.jsonl',
    about:
      '100 blind English questions from Inverness and Hobart (the same mix), written in round 57 and held out (ask --json): 0.890 / 0.976 / 18/18 / 1 at its first run (07d3301)',
    minHit1: 0.86,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind254-questions.jsonl',
    about:
      '100 blind English questions from Limerick and Dunedin (the same mix), written in round 57 (ask --json): 0.939 / 0.976 / 16/18 / 1 at its first run (906cffa; the same on 8678b69)',
    minHit1: 0.9,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind255-questions.jsonl',
    about:
      '100 blind English questions from Kilkenny and Regina (the same mix), written in round 57 and held out (ask --json): 0.890 / 0.976 / 18/18 / 0 at its first run (906cffa; the same on 8678b69)',
    minHit1: 0.84,
    minHit3: 0.93,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes134-questions.jsonl',
    about:
      '80 blind Spanish questions from Tacna, Mérida and Mendoza, written in round 45 (--lang es): 0.971 / 1.000 / 10/10 / 0 at its first run (455faae, the round start)',
    minHit1: 0.94,
    minHit3: 0.97,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes135-questions.jsonl',
    about:
      '80 blind Spanish questions from Iquitos, Querétaro and Salta, written in round 45 and held out (--lang es): 0.914 / 0.929 / 9/10 / 4 at its first run (455faae)',
    minHit1: 0.87,
    minHit3: 0.89,
    maxFalseAbstentions: 5,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes136-questions.jsonl',
    about:
      '80 blind Spanish questions from Huancayo, Toluca and Tucumán, written in round 45 (--lang es): 0.914 / 0.971 / 10/10 / 1 at its first run (455faae)',
    minHit1: 0.89,
    minHit3: 0.94,
    // The engine alone declines 1 of its in-scope questions (ask --json, 0).
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes137-questions.jsonl',
    about:
      '80 blind Spanish questions from Cusco, Morelia and Concepción, written in round 45 and held out (--lang es): 0.914 / 0.957 / 10/10 / 1 at its first run (455faae)',
    minHit1: 0.88,
    minHit3: 0.92,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes138-questions.jsonl',
    about:
      '80 blind Spanish questions from Chiclayo, León and Bahía Blanca, written halfway through round 45 (--lang es): 0.900 / 0.943 / 9/10 / 3 at its first run (29bf1a2)',
    minHit1: 0.85,
    minHit3: 0.88,
    // The engine alone declines 4 of its in-scope questions (ask --json, 3).
    maxFalseAbstentions: 5,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes139-questions.jsonl',
    about:
      '80 blind Spanish questions from Pucallpa, Culiacán and San Juan, written halfway through round 45 and held out (--lang es): 0.943 / 0.986 / 10/10 / 1 at its first run (29bf1a2)',
    minHit1: 0.89,
    minHit3: 0.95,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes140-questions.jsonl',
    about:
      '80 blind Spanish questions from Tumbes, Xalapa and Paraná, written late in round 45 (--lang es): 0.914 / 0.957 / 10/10 / 3 at its first run (ca79c6a)',
    minHit1: 0.88,
    minHit3: 0.94,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes141-questions.jsonl',
    about:
      '80 blind Spanish questions from Huaraz, Oaxaca de Juárez and Río Cuarto, written late in round 45 and held out (--lang es): 0.957 / 0.986 / 10/10 / 1 at its first run (ca79c6a)',
    minHit1: 0.92,
    minHit3: 0.95,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes142-questions.jsonl',
    about:
      '80 blind Spanish questions from Ica, Zacatecas and Santa Fe, written at the end of round 45 (--lang es): 0.929 / 0.971 / 9/10 / 2 at its first run (1a6f153)',
    minHit1: 0.87,
    minHit3: 0.91,
    // The engine alone declines 3 of its in-scope questions (ask --json, 2).
    maxFalseAbstentions: 4,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes143-questions.jsonl',
    about:
      '80 blind Spanish questions from Juliaca, Durango and Comodoro Rivadavia, written at the end of round 45 and held out (--lang es): 0.914 / 0.957 / 9/10 / 1 at its first run (1a6f153)',
    minHit1: 0.88,
    minHit3: 0.91,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes144-questions.jsonl',
    about:
      '80 blind Spanish questions from Arequipa, Puebla and Rosario, written in round 46 (--lang es): 0.971 / 0.986 / 8/10 / 0 at its first run (8659b1c, the round start)',
    minHit1: 0.94,
    minHit3: 0.94,
    // The engine alone declines 1 of its in-scope questions (ask --json, 0).
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 7,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes145-questions.jsonl',
    about:
      '80 blind Spanish questions from Trujillo, Monterrey and Mar del Plata, written in round 46 and held out (--lang es): 0.957 / 0.971 / 10/10 / 2 at its first run (8659b1c)',
    minHit1: 0.91,
    minHit3: 0.92,
    // The engine alone declines 3 of its in-scope questions (ask --json, 2).
    maxFalseAbstentions: 4,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes146-questions.jsonl',
    about:
      '80 blind Spanish questions from Piura, Aguascalientes and Bariloche, written halfway through round 46 (--lang es): 0.929 / 0.957 / 9/10 / 1 at its first run (634b9a5)',
    minHit1: 0.89,
    minHit3: 0.92,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes147-questions.jsonl',
    about:
      '80 blind Spanish questions from Cajamarca, Veracruz and Resistencia, written halfway through round 46 and held out (--lang es): 0.914 / 0.943 / 9/10 / 2 at its first run (634b9a5)',
    minHit1: 0.87,
    minHit3: 0.89,
    // The engine alone declines 3 of its in-scope questions (ask --json, 2).
    maxFalseAbstentions: 4,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes148-questions.jsonl',
    about:
      '80 blind Spanish questions from Huánuco, Saltillo and Posadas, written late in round 46 (--lang es): 0.929 / 0.957 / 9/10 / 1 at its first run (47a5da9)',
    minHit1: 0.89,
    minHit3: 0.92,
    // The engine alone declines 2 of its in-scope questions (ask --json, 1).
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes149-questions.jsonl',
    about:
      '80 blind Spanish questions from Moquegua, Colima and Santiago del Estero, written late in round 46 and held out (--lang es): 0.929 / 0.986 / 10/10 / 0 at its first run (47a5da9)',
    minHit1: 0.88,
    minHit3: 0.94,
    // The engine alone declines 1 of its in-scope questions (ask --json, 0).
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes150-questions.jsonl',
    about:
      '80 blind Spanish questions from Chimbote, Tepic and Río Gallegos, written at the end of round 46 (--lang es): 0.929 / 0.971 / 9/10 / 2 at its first run (929dd91)',
    minHit1: 0.87,
    minHit3: 0.94,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes151-questions.jsonl',
    about:
      '80 blind Spanish questions from Tarapoto, Tlaxcala and San Luis, written at the end of round 46 and held out (--lang es): 0.929 / 0.957 / 10/10 / 2 at its first run (929dd91)',
    minHit1: 0.88,
    minHit3: 0.92,
    // The engine alone declines 3 of its in-scope questions (ask --json, 2).
    maxFalseAbstentions: 4,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes152-questions.jsonl',
    about:
      '80 blind Spanish questions from Ayacucho, Mérida and Córdoba, written in round 47 (--lang es): 0.900 / 0.929 / 8/10 / 3 at its first run (2e4e504, the round start)',
    minHit1: 0.89,
    minHit3: 0.92,
    // The engine alone declines 2 of its in-scope questions (ask --json, 1).
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 7,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes153-questions.jsonl',
    about:
      '80 blind Spanish questions from Chiclayo, Querétaro and Neuquén, written in round 47 and held out (--lang es): 0.871 / 0.943 / 9/10 / 3 at its first run (2e4e504, the round start)',
    minHit1: 0.85,
    minHit3: 0.91,
    maxFalseAbstentions: 4,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes154-questions.jsonl',
    about:
      '80 blind Spanish questions from Tacna, Morelia and Salta, written early in round 47 (--lang es): 0.943 / 0.986 / 10/10 / 0 at its first run (64a7946)',
    minHit1: 0.88,
    minHit3: 0.95,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes155-questions.jsonl',
    about:
      '80 blind Spanish questions from Huancayo, Toluca and Mendoza, written early in round 47 and held out (--lang es): 0.957 / 0.971 / 10/10 / 2 at its first run (64a7946)',
    minHit1: 0.92,
    minHit3: 0.94,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes156-questions.jsonl',
    about:
      '80 blind Spanish questions from Cusco, Hermosillo and Tandil, written early in round 47 (--lang es): 0.957 / 0.957 / 10/10 / 2 at its first run (3301649)',
    minHit1: 0.89,
    minHit3: 0.92,
    // The engine alone declines 2 of its in-scope questions (ask --json, 1).
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes157-questions.jsonl',
    about:
      '80 blind Spanish questions from Sullana, León and Rafaela, written early in round 47 and held out (--lang es): 0.914 / 0.943 / 10/10 / 1 at its first run (3301649)',
    minHit1: 0.87,
    minHit3: 0.89,
    // The engine alone declines 2 of its in-scope questions (ask --json, 1).
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes158-questions.jsonl',
    about:
      '80 blind Spanish questions from Piura, Culiacán and Villa María, written halfway through round 47 (--lang es): 0.929 / 0.957 / 10/10 / 1 at its first run (0d273ba)',
    minHit1: 0.89,
    minHit3: 0.94,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes159-questions.jsonl',
    about:
      '80 blind Spanish questions from Cajamarca, Pachuca and Junín, written halfway through round 47 and held out (--lang es): 0.957 / 0.986 / 10/10 / 1 at its first run (0d273ba)',
    minHit1: 0.92,
    minHit3: 0.94,
    // The engine alone declines 2 of its in-scope questions (ask --json, 1).
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes160-questions.jsonl',
    about:
      '80 blind Spanish questions from Huacho, Celaya and Pergamino, written halfway through round 47 (--lang es): 0.929 / 0.986 / 9/10 / 0 at its first run (23b0c7b)',
    minHit1: 0.88,
    minHit3: 0.95,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes161-questions.jsonl',
    about:
      '80 blind Spanish questions from Puno, Ensenada and Olavarría, written halfway through round 47 and held out (--lang es): 0.929 / 0.986 / 9/10 / 1 at its first run (23b0c7b)',
    minHit1: 0.88,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes162-questions.jsonl',
    about:
      '80 blind Spanish questions from Jaén, Irapuato and Junín, written late in round 47 (--lang es): 0.957 / 0.986 / 9/10 / 1 at its first run (90063ff)',
    minHit1: 0.91,
    minHit3: 0.95,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes163-questions.jsonl',
    about:
      '80 blind Spanish questions from Tingo María, Uruapan and Campana, written late in round 47 and held out (--lang es): 0.900 / 0.971 / 8/10 / 0 at its first run (90063ff)',
    minHit1: 0.85,
    minHit3: 0.94,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 7,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes164-questions.jsonl',
    about:
      '80 blind Spanish questions from Chachapoyas, Tehuacán and Azul, written late in round 47 (--lang es): 0.986 / 1.000 / 10/10 / 0 at its first run (0e6ae53)',
    minHit1: 0.92,
    minHit3: 0.95,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes165-questions.jsonl',
    about:
      '80 blind Spanish questions from Abancay, Zamora and Goya, written late in round 47 and held out (--lang es): 0.943 / 0.986 / 9/10 / 0 at its first run (0e6ae53)',
    minHit1: 0.89,
    minHit3: 0.92,
    // The engine alone declines 2 of its in-scope questions (ask --json, 0).
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes166-questions.jsonl',
    about:
      '80 blind Spanish questions from Huaral, Tepatitlán and Tres Arroyos, written at the end of round 47 (--lang es): 0.929 / 0.943 / 10/10 / 2 at its first run (c07df34)',
    minHit1: 0.88,
    minHit3: 0.91,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes167-questions.jsonl',
    about:
      '80 blind Spanish questions from Lambayeque, Navojoa and Chivilcoy, written at the end of round 47 and held out (--lang es): 0.986 / 1.000 / 10/10 / 0 at its first run (c07df34)',
    minHit1: 0.92,
    minHit3: 0.97,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes168-questions.jsonl',
    about:
      '80 blind Spanish questions from Ica, Saltillo and Bahía Blanca, written in round 48 (--lang es): 0.929 / 0.986 / 9/10 / 0 at its first run (5e34c5e, the round start)',
    minHit1: 0.85,
    minHit3: 0.92,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes169-questions.jsonl',
    about:
      '80 blind Spanish questions from Huánuco, Tlaxcala and Paraná, written in round 48 and held out (--lang es): 0.957 / 0.986 / 9/10 / 1 at its first run (5e34c5e, the round start)',
    minHit1: 0.89,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes170-questions.jsonl',
    about:
      '80 blind Spanish questions from Moquegua, Colima and Río Cuarto, written in round 48 (--lang es): 0.914 / 0.971 / 10/10 / 0 at its first run (5e34c5e, the round start)',
    minHit1: 0.87,
    minHit3: 0.94,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes171-questions.jsonl',
    about:
      '80 blind Spanish questions from Talara, Durango and San Rafael, written in round 48 and held out (--lang es): 0.929 / 0.957 / 9/10 / 2 at its first run (5e34c5e, the round start)',
    minHit1: 0.87,
    minHit3: 0.89,
    maxFalseAbstentions: 4,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes172-questions.jsonl',
    about:
      '80 blind Spanish questions from Huaraz, Orizaba and Trelew, written in round 48 (--lang es): 0.971 / 0.971 / 10/10 / 1 at its first run (5e34c5e, the round start)',
    minHit1: 0.94,
    minHit3: 0.95,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes173-questions.jsonl',
    about:
      '80 blind Spanish questions from Juliaca, Zacatecas and Concordia, written in round 48 and held out (--lang es): 0.943 / 0.957 / 10/10 / 2 at its first run (5e34c5e, the round start)',
    minHit1: 0.91,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes174-questions.jsonl',
    about:
      '80 blind Spanish questions from Chimbote, Mazatlán and Rosario, written early in round 48 (--lang es): 0.929 / 0.971 / 10/10 / 2 at its first run (6a06d10)',
    minHit1: 0.85,
    minHit3: 0.92,
    maxFalseAbstentions: 4,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes175-questions.jsonl',
    about:
      '80 blind Spanish questions from Tumbes, Oaxaca and Posadas, written early in round 48 and held out (--lang es): 0.929 / 0.971 / 10/10 / 1 at its first run (6a06d10)',
    minHit1: 0.89,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes176-questions.jsonl',
    about:
      '80 blind Spanish questions from Pucallpa, Cuernavaca and Santa Rosa, written early in round 48 (--lang es): 0.929 / 0.943 / 10/10 / 1 at its first run (732c818)',
    minHit1: 0.91,
    minHit3: 0.92,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes177-questions.jsonl',
    about:
      '80 blind Spanish questions from Ayaviri, Tepic and Rafaela, written early in round 48 and held out (--lang es): 0.929 / 0.971 / 10/10 / 1 at its first run (732c818)',
    minHit1: 0.89,
    minHit3: 0.92,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes178-questions.jsonl',
    about:
      '80 blind Spanish questions from Barranca, Celaya and Junín de los Andes, written early in round 48 (--lang es): 0.943 / 0.971 / 10/10 / 0 at its first run (732c818)',
    minHit1: 0.89,
    minHit3: 0.92,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes179-questions.jsonl',
    about:
      '80 blind Spanish questions from Ilo, Campeche and Villa Mercedes, written halfway through round 48 and held out (--lang es): 0.886 / 0.957 / 10/10 / 2 at its first run (189d9fb)',
    minHit1: 0.87,
    minHit3: 0.92,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes180-questions.jsonl',
    about:
      '80 blind Spanish questions from Tarapoto, Xalapa and Corrientes, written halfway through round 48 (--lang es): 0.986 / 0.986 / 10/10 / 0 at its first run (88574d2)',
    minHit1: 0.94,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes181-questions.jsonl',
    about:
      '80 blind Spanish questions from Nazca, Monterrey and Bariloche, written halfway through round 48 and held out (--lang es): 0.943 / 0.957 / 10/10 / 1 at its first run (88574d2)',
    minHit1: 0.89,
    minHit3: 0.91,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes182-questions.jsonl',
    about:
      '80 blind Spanish questions from Jauja, Tampico and Gualeguaychú, written halfway through round 48 (--lang es): 0.914 / 0.929 / 9/10 / 4 at its first run (3ab3c49)',
    minHit1: 0.91,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes183-questions.jsonl',
    about:
      '80 blind Spanish questions from Yurimaguas, Querétaro and Trenque Lauquen, written halfway through round 48 and held out (--lang es): 0.900 / 0.957 / 10/10 / 3 at its first run (3ab3c49)',
    minHit1: 0.87,
    minHit3: 0.89,
    maxFalseAbstentions: 6,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes184-questions.jsonl',
    about:
      '80 blind Spanish questions from Huamanga, Puebla and Olavarría, written late in round 48 (--lang es): 0.943 / 0.957 / 10/10 / 2 at its first run (d314783)',
    minHit1: 0.91,
    minHit3: 0.91,
    maxFalseAbstentions: 4,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes185-questions.jsonl',
    about:
      '80 blind Spanish questions from Sicuani, Ensenada and Azul, written late in round 48 and held out (--lang es): 0.914 / 0.943 / 10/10 / 2 at its first run (d314783)',
    minHit1: 0.87,
    minHit3: 0.89,
    maxFalseAbstentions: 4,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes186-questions.jsonl',
    about:
      '80 blind Spanish questions from Moyobamba, Toluca and Necochea, written late in round 48 (--lang es): 0.943 / 1.000 / 10/10 / 0 at its first run (0ecfd6d)',
    minHit1: 0.89,
    minHit3: 0.95,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes187-questions.jsonl',
    about:
      '80 blind Spanish questions from Huaraz, Morelia and Tandil, written late in round 48 and held out (--lang es): 0.914 / 0.986 / 10/10 / 1 at its first run (0ecfd6d)',
    minHit1: 0.88,
    minHit3: 0.95,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes188-questions.jsonl',
    about:
      '80 blind Spanish questions from Chancay, Uruapan and Zárate, written at the end of round 48 (--lang es): 0.871 / 0.943 / 10/10 / 3 at its first run (bedcece)',
    minHit1: 0.84,
    minHit3: 0.91,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes189-questions.jsonl',
    about:
      '80 blind Spanish questions from Camaná, Linares and Rafaela, written at the end of round 48 and held out (--lang es): 0.943 / 0.971 / 9/10 / 0 at its first run (bedcece)',
    minHit1: 0.89,
    minHit3: 0.92,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes190-questions.jsonl',
    about:
      '80 blind Spanish questions from Piura, Pachuca and Mendoza, written in round 49 (--lang es): 0.986 / 1.000 / 10/10 / 0 at its first run (6b1597f, the round start)',
    minHit1: 0.94,
    minHit3: 0.95,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes191-questions.jsonl',
    about:
      '80 blind Spanish questions from Cajamarca, Hermosillo and San Juan, written in round 49 (--lang es): 0.943 / 1.000 / 10/10 / 0 at its first run (6b1597f, the round start)',
    minHit1: 0.91,
    minHit3: 0.97,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes192-questions.jsonl',
    about:
      '80 blind Spanish questions from Chiclayo, León and Resistencia, written in round 49 and held out (--lang es): 0.886 / 0.929 / 9/10 / 2 at its first run (6b1597f, the round start)',
    minHit1: 0.84,
    minHit3: 0.88,
    maxFalseAbstentions: 4,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes193-questions.jsonl',
    about:
      '80 blind Spanish questions from Tacna, Aguascalientes and Santiago del Estero, written in round 49 (--lang es): 0.957 / 0.957 / 9/10 / 1 at its first run (6b1597f, the round start)',
    minHit1: 0.92,
    minHit3: 0.92,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes194-questions.jsonl',
    about:
      '80 blind Spanish questions from Trujillo, Veracruz and Salta, written early in round 49 (--lang es): 0.871 / 0.957 / 10/10 / 0 at its first run (7c01edf)',
    minHit1: 0.84,
    minHit3: 0.92,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes195-questions.jsonl',
    about:
      '80 blind Spanish questions from Arequipa, Mérida and Neuquén, written early in round 49 and held out (--lang es): 0.971 / 0.986 / 9/10 / 1 at its first run (7c01edf)',
    minHit1: 0.92,
    minHit3: 0.95,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes196-questions.jsonl',
    about:
      '80 blind Spanish questions from Huancayo, Culiacán and Córdoba, written early in round 49 (--lang es): 0.957 / 0.971 / 10/10 / 1 at its first run (24f7e01)',
    minHit1: 0.92,
    minHit3: 0.94,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes197-questions.jsonl',
    about:
      '80 blind Spanish questions from Cusco, Irapuato and Mar del Plata, written early in round 49 and held out (--lang es): 0.929 / 0.971 / 10/10 / 2 at its first run (24f7e01)',
    minHit1: 0.87,
    minHit3: 0.92,
    maxFalseAbstentions: 4,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes198-questions.jsonl',
    about:
      '80 blind Spanish questions from Chachapoyas, Tuxtla Gutiérrez and Bahía Blanca, written halfway through round 49 (--lang es): 0.943 / 0.986 / 10/10 / 0 at its first run (33adb0c)',
    minHit1: 0.89,
    minHit3: 0.95,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes199-questions.jsonl',
    about:
      '80 blind Spanish questions from Huaral, Ciudad Juárez and Paraná, written halfway through round 49 and held out (--lang es): 0.971 / 1.000 / 9/10 / 0 at its first run (33adb0c)',
    minHit1: 0.91,
    minHit3: 0.95,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes200-questions.jsonl',
    about:
      '80 blind Spanish questions from Puno, Zacatecas and Comodoro Rivadavia, written halfway through round 49 (--lang es): 0.957 / 0.986 / 10/10 / 1 at its first run (d0dac5e)',
    minHit1: 0.92,
    minHit3: 0.97,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes201-questions.jsonl',
    about:
      '80 blind Spanish questions from Sullana, Ensenada and Villa María, written halfway through round 49 and held out (--lang es): 0.929 / 0.986 / 9/10 / 0 at its first run (d0dac5e)',
    minHit1: 0.88,
    minHit3: 0.95,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes202-questions.jsonl',
    about:
      '80 blind Spanish questions from Lambayeque, Saltillo and Gualeguay, written halfway through round 49 (--lang es): 0.886 / 0.943 / 10/10 / 2 at its first run (7a94328)',
    minHit1: 0.82,
    minHit3: 0.89,
    maxFalseAbstentions: 4,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes203-questions.jsonl',
    about:
      '80 blind Spanish questions from Abancay, Tijuana and Río Gallegos, written halfway through round 49 and held out (--lang es): 0.843 / 0.914 / 9/10 / 4 at its first run (7a94328)',
    minHit1: 0.79,
    minHit3: 0.87,
    maxFalseAbstentions: 6,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes204-questions.jsonl',
    about:
      '80 blind Spanish questions from Jaén, Celaya and Tandil, written late in round 49 (--lang es): 0.929 / 0.957 / 10/10 / 3 at its first run (f317739)',
    minHit1: 0.91,
    minHit3: 0.94,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes205-questions.jsonl',
    about:
      '80 blind Spanish questions from Pisco, Pachuca and Concordia, written late in round 49 and held out (--lang es): 0.957 / 0.971 / 10/10 / 0 at its first run (f317739)',
    minHit1: 0.91,
    minHit3: 0.94,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes206-questions.jsonl',
    about:
      '80 blind Spanish questions from Talara, Campeche and Posadas, written late in round 49 (--lang es): 0.943 / 0.971 / 10/10 / 0 at its first run (4cbcd62)',
    minHit1: 0.87,
    minHit3: 0.91,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes207-questions.jsonl',
    about:
      '80 blind Spanish questions from Ayacucho, Morelia and Trelew, written late in round 49 and held out (--lang es): 0.914 / 0.943 / 9/10 / 3 at its first run (4cbcd62)',
    minHit1: 0.85,
    minHit3: 0.88,
    maxFalseAbstentions: 5,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes208-questions.jsonl',
    about:
      '80 blind Spanish questions from Huacho, Tepic and Rafaela, written late in round 49 (--lang es): 0.914 / 0.957 / 10/10 / 3 at its first run (0b0fe86)',
    minHit1: 0.88,
    minHit3: 0.92,
    maxFalseAbstentions: 4,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes209-questions.jsonl',
    about:
      '80 blind Spanish questions from Iquitos, Oaxaca and San Luis, written late in round 49 and held out (--lang es): 0.957 / 0.986 / 8/10 / 1 at its first run (0b0fe86)',
    minHit1: 0.89,
    minHit3: 0.95,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 7,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes210-questions.jsonl',
    about:
      '80 blind Spanish questions from Chincha, Toluca and Bariloche (the same mix), written in round 50 (--lang es): 0.886 / 0.971 / 10/10 / 2 at its first run (e1b9cbf)',
    minHit1: 0.85,
    minHit3: 0.94,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes211-questions.jsonl',
    about:
      '80 blind Spanish questions from Cerro de Pasco, Querétaro and Rawson (the same mix), written in round 50 and held out (--lang es): 0.886 / 0.914 / 10/10 / 0 at its first run (e1b9cbf)',
    minHit1: 0.84,
    minHit3: 0.87,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes212-questions.jsonl',
    about:
      '80 blind Spanish questions from Moyobamba, Puebla and Santa Rosa (the same mix), written in round 50 (--lang es): 0.943 / 1.000 / 9/10 / 0 at its first run (e1b9cbf)',
    minHit1: 0.91,
    minHit3: 0.97,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes213-questions.jsonl',
    about:
      '80 blind Spanish questions from Tarapoto, Xalapa and Corrientes (the same mix), written in round 50 and held out (--lang es): 0.843 / 0.929 / 9/10 / 2 at its first run (e1b9cbf)',
    minHit1: 0.78,
    minHit3: 0.88,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes214-questions.jsonl',
    about:
      '80 blind Spanish questions from Huaraz, Monterrey and Santiago del Estero (the same mix), written in round 50 (--lang es): 0.900 / 0.957 / 10/10 / 0 at its first run (e1b9cbf)',
    minHit1: 0.85,
    minHit3: 0.91,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes215-questions.jsonl',
    about:
      '80 blind Spanish questions from Juliaca, Guadalajara and La Plata (the same mix), written in round 50 and held out (--lang es): 0.843 / 0.957 / 8/10 / 2 at its first run (e1b9cbf)',
    minHit1: 0.78,
    minHit3: 0.92,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 7,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes216-questions.jsonl',
    about:
      '80 blind Spanish questions from Piura, Mérida and Mendoza (the same mix), written in round 50 (--lang es): 0.886 / 1.000 / 8/10 / 0 at its first run (e1b9cbf)',
    minHit1: 0.84,
    minHit3: 0.97,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 7,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes217-questions.jsonl',
    about:
      '80 blind Spanish questions from Tumbes, Hermosillo and Neuquén (the same mix), written in round 50 and held out (--lang es): 0.914 / 0.986 / 9/10 / 0 at its first run (d14dbe9)',
    minHit1: 0.88,
    minHit3: 0.95,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes218-questions.jsonl',
    about:
      '80 blind Spanish questions from Ica, Cancún and Salta (the same mix), written in round 50 (--lang es): 0.900 / 0.971 / 10/10 / 0 at its first run (d14dbe9)',
    minHit1: 0.84,
    minHit3: 0.92,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes219-questions.jsonl',
    about:
      '80 blind Spanish questions from Chimbote, Mazatlán and Paraná (the same mix), written in round 50 and held out (--lang es): 0.871 / 0.986 / 10/10 / 0 at its first run (1d409d9)',
    minHit1: 0.78,
    minHit3: 0.92,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes220-questions.jsonl',
    about:
      '80 blind Spanish questions from Cajamarca, Oaxaca and Río Cuarto (the same mix), written in round 50 (--lang es): 0.914 / 0.971 / 10/10 / 1 at its first run (1d409d9)',
    minHit1: 0.88,
    minHit3: 0.95,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes221-questions.jsonl',
    about:
      '80 blind Spanish questions from Ayacucho, Morelia and Tandil (the same mix), written in round 51 and held out (--lang es): 0.871 / 0.943 / 7/10 / 2 at its first run (aa44c95)',
    minHit1: 0.87,
    minHit3: 0.92,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 7,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes222-questions.jsonl',
    about:
      '80 blind Spanish questions from Huánuco, Culiacán and Bahía Blanca (the same mix), written in round 51 (--lang es): 0.857 / 0.943 / 9/10 / 0 at its first run (aa44c95)',
    minHit1: 0.81,
    minHit3: 0.89,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes223-questions.jsonl',
    about:
      '80 blind Spanish questions from Puno, Saltillo and Posadas (the same mix), written in round 51 and held out (--lang es): 0.914 / 0.986 / 10/10 / 0 at its first run (aa44c95)',
    minHit1: 0.87,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes224-questions.jsonl',
    about:
      '80 blind Spanish questions from Tacna, Tlaxcala and San Luis (the same mix), written in round 51 (--lang es): 0.914 / 1.000 / 9/10 / 0 at its first run (aa44c95)',
    minHit1: 0.88,
    minHit3: 0.97,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes225-questions.jsonl',
    about:
      '80 blind Spanish questions from Chachapoyas, Zacatecas and Comodoro Rivadavia (the same mix), written in round 51 and held out (--lang es): 0.943 / 1.000 / 9/10 / 0 at its first run (27639e7)',
    minHit1: 0.89,
    minHit3: 0.95,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes226-questions.jsonl',
    about:
      '80 blind Spanish questions from Huancavelica, Campeche and Villa María (the same mix), written in round 51 (--lang es): 0.843 / 0.943 / 10/10 / 0 at its first run (27639e7)',
    minHit1: 0.84,
    minHit3: 0.91,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes227-questions.jsonl',
    about:
      '80 blind Spanish questions from Ilo, Tepic and Junín (the same mix), written in round 51 and held out (--lang es): 0.900 / 0.957 / 8/10 / 1 at its first run (d541d8a)',
    minHit1: 0.84,
    minHit3: 0.91,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 7,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes228-questions.jsonl',
    about:
      '80 blind Spanish questions from Abancay, Colima and Olavarría (the same mix), written in round 51 (--lang es): 0.829 / 0.957 / 8/10 / 1 at its first run (d541d8a)',
    minHit1: 0.81,
    minHit3: 0.91,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes229-questions.jsonl',
    about:
      '80 blind Spanish questions from Sullana, Durango and Rafaela (the same mix), written in round 51 and held out (--lang es): 0.886 / 0.986 / 9/10 / 0 at its first run (1a6951c)',
    minHit1: 0.84,
    minHit3: 0.94,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes230-questions.jsonl',
    about:
      '80 blind Spanish questions from Huacho, Irapuato and Goya (the same mix), written in round 51 (--lang es): 0.886 / 0.943 / 8/10 / 1 at its first run (1a6951c)',
    minHit1: 0.85,
    minHit3: 0.89,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 7,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes231-questions.jsonl',
    about:
      '80 blind Spanish questions from Chimbote, Tapachula and Paraná (the same mix), written in round 52 and held out (--lang es): 0.886 / 0.957 / 10/10 / 1 at its first run (6ca04f0)',
    minHit1: 0.82,
    minHit3: 0.89,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes232-questions.jsonl',
    about:
      '80 blind Spanish questions from Tumbes, Celaya and Río Cuarto (the same mix), written in round 52 (--lang es): 0.857 / 0.971 / 9/10 / 1 at its first run (6ca04f0)',
    minHit1: 0.87,
    minHit3: 0.94,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes233-questions.jsonl',
    about:
      '80 blind Spanish questions from Pucallpa, Ensenada and Trelew (the same mix), written in round 52 and held out (--lang es): 0.886 / 0.943 / 10/10 / 1 at its first run (bab391d)',
    minHit1: 0.82,
    minHit3: 0.89,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes234-questions.jsonl',
    about:
      '80 blind Spanish questions from Moquegua, Uruapan and Neuquén (the same mix), written in round 52 (--lang es): 0.900 / 0.971 / 10/10 / 1 at its first run (bab391d)',
    minHit1: 0.87,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes235-questions.jsonl',
    about:
      '80 blind Spanish questions from Jaén, Mazatlán and Santa Rosa (the same mix), written in round 52 and held out (--lang es): 0.843 / 0.929 / 10/10 / 1 at its first run (340d45e)',
    minHit1: 0.81,
    minHit3: 0.88,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes236-questions.jsonl',
    about:
      '80 blind Spanish questions from Yurimaguas, Zamora and San Rafael (the same mix), written in round 52 (--lang es): 0.886 / 0.986 / 9/10 / 0 at its first run (340d45e)',
    minHit1: 0.84,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes237-questions.jsonl',
    about:
      '80 blind Spanish questions from Huancayo, Tampico and Rosario (the same mix), written in round 53 and held out (--lang es): 0.843 / 0.943 / 10/10 / 1 at its first run (e77a679)',
    minHit1: 0.84,
    minHit3: 0.94,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes238-questions.jsonl',
    about:
      '80 blind Spanish questions from Cusco, Pachuca and Bahía Blanca (the same mix), written in round 53 (--lang es): 0.857 / 0.986 / 10/10 / 0 at its first run (e77a679)',
    minHit1: 0.84,
    minHit3: 0.95,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes239-questions.jsonl',
    about:
      '80 blind Spanish questions from Chiclayo, Irapuato and Córdoba (the same mix), written in round 53 and held out (--lang es): 0.914 / 1.000 / 10/10 / 0 at its first run (a3065b0)',
    minHit1: 0.89,
    minHit3: 0.97,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes240-questions.jsonl',
    about:
      '80 blind Spanish questions from Arequipa, Hermosillo and Tucumán (the same mix), written in round 53 (--lang es): 0.900 / 0.971 / 10/10 / 1 at its first run (a3065b0)',
    minHit1: 0.85,
    minHit3: 0.92,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes241-questions.jsonl',
    about:
      '80 blind Spanish questions from Iquitos, Veracruz and Mar del Plata (the same mix), written in round 54 and held out (--lang es): 0.971 / 1.000 / 8/10 / 0 at its first run (9b27a53)',
    minHit1: 0.92,
    minHit3: 0.97,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 7,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes242-questions.jsonl',
    about:
      '80 blind Spanish questions from Trujillo, Cuernavaca and Jujuy (the same mix), written in round 54 (--lang es): 0.929 / 0.986 / 10/10 / 0 at its first run (9b27a53)',
    minHit1: 0.92,
    minHit3: 0.95,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes243-questions.jsonl',
    about:
      '80 blind Spanish questions from Talara, Acapulco and Resistencia (the same mix), written in round 54 and held out (--lang es): 0.886 / 0.943 / 10/10 / 1 at its first run (4cacc69)',
    minHit1: 0.85,
    minHit3: 0.89,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes244-questions.jsonl',
    about:
      '80 blind Spanish questions from Sicuani, Mexicali and Catamarca (the same mix), written in round 54 (--lang es): 0.871 / 0.971 / 10/10 / 0 at its first run (4cacc69)',
    minHit1: 0.84,
    minHit3: 0.92,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes245-questions.jsonl',
    about:
      '80 blind Spanish questions from Barranca, Tijuana and Viedma (the same mix), written in round 55 and held out (--lang es): 0.900 / 0.957 / 9/10 / 1 at its first run (dd4e2e0)',
    minHit1: 0.85,
    minHit3: 0.92,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes246-questions.jsonl',
    about:
      '80 blind Spanish questions from Huamanga, Chetumal and Formosa (the same mix), written in round 55 (--lang es): 0.886 / 0.957 / 8/10 / 2 at its first run (dd4e2e0)',
    minHit1: 0.84,
    minHit3: 0.94,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes247-questions.jsonl',
    about:
      '80 blind Spanish questions from Nazca, Ushuaia and Cochabamba (the same mix), written in round 55 and held out (--lang es): 0.971 / 0.986 / 10/10 / 0 at its first run (17e6438)',
    minHit1: 0.94,
    minHit3: 0.95,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes248-questions.jsonl',
    about:
      '80 blind Spanish questions from Tarapoto, Tlaxcala and Tarija (the same mix), written in round 55 (--lang es): 0.857 / 0.986 / 9/10 / 0 at its first run (17e6438)',
    minHit1: 0.81,
    minHit3: 0.95,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes249-questions.jsonl',
    about:
      '80 blind Spanish questions from Tingo María, Zihuatanejo and Sucre (the same mix), written in round 56 and held out (--lang es): 0.871 / 0.957 / 10/10 / 1 at its first run (3856b5e)',
    minHit1: 0.84,
    minHit3: 0.92,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes250-questions.jsonl',
    about:
      '80 blind Spanish questions from Paita, Tuxtla Gutiérrez and Río Gallegos (the same mix), written in round 56 (--lang es): 0.857 / 0.929 / 9/10 / 2 at its first run (3856b5e)',
    minHit1: 0.87,
    minHit3: 0.94,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes251-questions.jsonl',
    about:
      '80 blind Spanish questions from Satipo, Nogales and Oruro (the same mix), written in round 56 and held out (--lang es): 0.886 / 1.000 / 10/10 / 0 at its first run (ed61eb7)',
    minHit1: 0.85,
    minHit3: 0.95,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes252-questions.jsonl',
    about:
      '80 blind Spanish questions from Andahuaylas, Villahermosa and Potosí (the same mix), written in round 56 (--lang es): 0.900 / 0.957 / 10/10 / 1 at its first run (ed61eb7)',
    minHit1: 0.87,
    minHit3: 0.92,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes253-questions.jsonl',
    about:
      '80 blind Spanish questions from Huanta, León and Cobija (the same mix), written in round 57 and held out (--lang es): 0.929 / 0.971 / 10/10 / 0 at its first run (07d3301)',
    minHit1: 0.91,
    minHit3: 0.94,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes254-questions.jsonl',
    about:
      '80 blind Spanish questions from Lambayeque, Aguascalientes and Riberalta (the same mix), written in round 57 (--lang es): 0.914 / 0.971 / 10/10 / 0 at its first run (07d3301)',
    minHit1: 0.84,
    minHit3: 0.94,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes255-questions.jsonl',
    about:
      '80 blind Spanish questions from Jauja, Chilpancingo and Santa Cruz (the same mix), written in round 57 and held out (--lang es): 0.914 / 0.971 / 10/10 / 2 at its first run (906cffa; the same on 8678b69)',
    minHit1: 0.88,
    minHit3: 0.92,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes256-questions.jsonl',
    about:
      '80 blind Spanish questions from Ilave, Matamoros and Trinidad (the same mix), written in round 57 (--lang es): 0.871 / 0.914 / 9/10 / 5 at its first run (906cffa; the same on 8678b69)',
    minHit1: 0.84,
    minHit3: 0.88,
    maxFalseAbstentions: 6,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind256-questions.jsonl',
    about:
      '100 blind English questions from Wells and Darwin (the same mix), written in round 58 (ask --json): 0.951 / 0.988 / 16/18 / 1 at its first run (67ce639)',
    minHit1: 0.92,
    minHit3: 0.97,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind257-questions.jsonl',
    about:
      '100 blind English questions from Ely and Cairns (the same mix), written in round 58 and held out (ask --json): 0.951 / 0.963 / 18/18 / 2 at its first run (67ce639)',
    minHit1: 0.92,
    minHit3: 0.93,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes257-questions.jsonl',
    about:
      '80 blind Spanish questions from Quillabamba, Papantla and Uyuni (the same mix), written in round 58 and held out (--lang es): 0.929 / 0.971 / 9/10 / 2 at its first run (67ce639)',
    minHit1: 0.88,
    minHit3: 0.92,
    maxFalseAbstentions: 4,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes258-questions.jsonl',
    about:
      '80 blind Spanish questions from Bellavista, Los Mochis and Yacuiba (the same mix), written in round 58 (--lang es): 0.943 / 0.986 / 9/10 / 1 at its first run (67ce639)',
    minHit1: 0.89,
    minHit3: 0.94,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind258-questions.jsonl',
    about:
      '100 blind English questions from Nelson and Bendigo (the same mix), written in round 58 (ask --json): 0.939 / 0.976 / 16/18 / 1 at its first run (8987bff)',
    minHit1: 0.93,
    minHit3: 0.95,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind259-questions.jsonl',
    about:
      '100 blind English questions from Ripon and Kamloops (the same mix), written in round 58 and held out (ask --json): 0.927 / 0.976 / 17/18 / 2 at its first run (8987bff)',
    minHit1: 0.89,
    minHit3: 0.94,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes259-questions.jsonl',
    about:
      '80 blind Spanish questions from Paita, Guaymas and Tupiza (the same mix), written in round 58 and held out (--lang es): 0.914 / 0.971 / 8/10 / 1 at its first run (8987bff)',
    minHit1: 0.88,
    minHit3: 0.92,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 7,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes260-questions.jsonl',
    about:
      '80 blind Spanish questions from Satipo, Tuxpan and Camiri (the same mix), written in round 58 (--lang es): 0.943 / 0.971 / 10/10 / 1 at its first run (8987bff)',
    minHit1: 0.91,
    minHit3: 0.92,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind260-questions.jsonl',
    about:
      '100 blind English questions from Ballarat and Whitby (the same mix), written in round 59 (ask --json): 0.927 / 0.976 / 17/18 / 1 at its first run (c2203d6)',
    minHit1: 0.9,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind261-questions.jsonl',
    about:
      '100 blind English questions from Moncton and Yuma (the same mix), written in round 59 and held out (ask --json): 0.951 / 0.988 / 18/18 / 0 at its first run (c2203d6)',
    minHit1: 0.9,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes261-questions.jsonl',
    about:
      '80 blind Spanish questions from Cañete, Monclova and Villazón (the same mix), written in round 59 and held out (--lang es): 0.971 / 0.986 / 9/10 / 1 at its first run (c2203d6)',
    minHit1: 0.91,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes262-questions.jsonl',
    about:
      '80 blind Spanish questions from Tarma, Comitán and Montero (the same mix), written in round 59 (--lang es): 0.971 / 0.971 / 10/10 / 0 at its first run (c2203d6)',
    minHit1: 0.92,
    minHit3: 0.94,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind262-questions.jsonl',
    about:
      '100 blind English questions from Toowoomba and Mackay (the same mix), written in round 59 (ask --json): 0.927 / 0.988 / 17/18 / 0 at its first run (f22b8e5)',
    minHit1: 0.89,
    minHit3: 0.95,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind263-questions.jsonl',
    about:
      '100 blind English questions from Bunbury and Nanaimo (the same mix), written in round 59 and held out (ask --json): 0.963 / 1.000 / 18/18 / 0 at its first run (f22b8e5)',
    minHit1: 0.93,
    minHit3: 0.95,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes263-questions.jsonl',
    about:
      '80 blind Spanish questions from Mollendo, Tulancingo and Sacaba (the same mix), written in round 59 and held out (--lang es): 0.886 / 0.971 / 7/10 / 2 at its first run (f22b8e5)',
    minHit1: 0.88,
    minHit3: 0.94,
    maxFalseAbstentions: 3,
    minOutOfScopeAbstained: 6,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes264-questions.jsonl',
    about:
      '80 blind Spanish questions from Sechura, Zitácuaro and Quillacollo (the same mix), written in round 59 (--lang es): 0.886 / 0.943 / 9/10 / 2 at its first run (f22b8e5)',
    minHit1: 0.92,
    minHit3: 0.95,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind264-questions.jsonl',
    about:
      '100 blind English questions from Kelowna and Gisborne (the same mix), written in round 60 and held out (ask --json): 0.890 / 0.927 / 18/18 / 3 at its first run (dbc5460)',
    minHit1: 0.84,
    minHit3: 0.88,
    maxFalseAbstentions: 4,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind265-questions.jsonl',
    about:
      '100 blind English questions from Napier and Timaru (the same mix), written in round 60 (ask --json): 0.866 / 0.939 / 18/18 / 3 at its first run (dbc5460)',
    minHit1: 0.89,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes265-questions.jsonl',
    about:
      '80 blind Spanish questions from Warnes, Llallagua and Tecomán (the same mix), written in round 60 (--lang es): 0.957 / 1.000 / 10/10 / 0 at its first run (dbc5460)',
    minHit1: 0.89,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes266-questions.jsonl',
    about:
      '80 blind Spanish questions from Camargo, Nasca and Bermejo (the same mix), written in round 60 and held out (--lang es): 0.971 / 1.000 / 9/10 / 0 at its first run (dbc5460)',
    minHit1: 0.91,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 8,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind266-questions.jsonl',
    about:
      '100 blind English questions from Lismore and Invercargill (the same mix), written in round 60 and held out (ask --json): 0.976 / 0.988 / 18/18 / 1 at its first run (144466c)',
    minHit1: 0.92,
    minHit3: 0.95,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind267-questions.jsonl',
    about:
      '100 blind English questions from Dubbo and Kamloops (the same mix), written in round 60 (ask --json): 0.927 / 0.976 / 17/18 / 1 at its first run (144466c)',
    minHit1: 0.88,
    minHit3: 0.94,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes267-questions.jsonl',
    about:
      '80 blind Spanish questions from Uriangato, Yunguyo and Huamachuco (the same mix), written in round 60 (--lang es): 0.871 / 0.929 / 8/10 / 1 at its first run (144466c)',
    minHit1: 0.89,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes268-questions.jsonl',
    about:
      '80 blind Spanish questions from Sahuayo, Caranavi and Juanjuí (the same mix), written in round 60 and held out (--lang es): 0.943 / 0.986 / 10/10 / 0 at its first run (144466c)',
    minHit1: 0.92,
    minHit3: 0.95,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind268-questions.jsonl',
    about:
      '100 blind English questions from Wagga Wagga and Whanganui (the same mix), written in round 61 (ask --json): 0.963 / 0.988 / 18/18 / 1 at its first run (6045bb6)',
    minHit1: 0.94,
    minHit3: 0.97,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind269-questions.jsonl',
    about:
      '100 blind English questions from Red Deer and Bathurst (the same mix), written in round 61 and held out (ask --json): 0.988 / 0.988 / 16/18 / 1 at its first run (6045bb6)',
    minHit1: 0.94,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 15,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes269-questions.jsonl',
    about:
      '80 blind Spanish questions from Apatzingán, Puerto Quijarro and Pátzcuaro (the same mix), written in round 61 (--lang es): 0.914 / 1.000 / 9/10 / 0 at its first run (6045bb6)',
    minHit1: 0.87,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blindes270-questions.jsonl',
    about:
      '80 blind Spanish questions from Tizimín, Azángaro and Zacatlán (the same mix), written in round 61 and held out (--lang es): 0.957 / 0.957 / 7/10 / 2 at its first run (6045bb6)',
    minHit1: 0.87,
    minHit3: 0.89,
    maxFalseAbstentions: 4,
    minOutOfScopeAbstained: 6,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blind270-questions.jsonl',
    about:
      '100 blind English questions from Prince George and Rotorua (the same mix), written in round 61 (ask --json): 0.939 / 0.988 / 17/18 / 0 at its first run (3ef4713)',
    minHit1: 0.94,
    minHit3: 0.97,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 17,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
  {
    file: 'blind271-questions.jsonl',
    about:
      '100 blind English questions from Tamworth and Lethbridge (the same mix), written in round 61 and held out (ask --json): 0.988 / 1.000 / 17/18 / 0 at its first run (3ef4713)',
    minHit1: 0.94,
    minHit3: 0.97,
    maxFalseAbstentions: 1,
    minOutOfScopeAbstained: 16,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes271-questions.jsonl',
    about:
      '80 blind Spanish questions from Huejutla, Bagua and Guayaramerín (the same mix), written in round 61 and held out (--lang es): 0.957 / 0.971 / 10/10 / 0 at its first run (3ef4713)',
    minHit1: 0.89,
    minHit3: 0.92,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'the set is held out: which of its questions are missed is not read',
  },
  {
    file: 'blindes272-questions.jsonl',
    about:
      '80 blind Spanish questions from Ixmiquilpan, Rurrenabaque and Jalpan (the same mix), written in round 61 (--lang es): 0.943 / 0.957 / 8/10 / 2 at its first run (3ef4713)',
    minHit1: 0.89,
    minHit3: 0.94,
    maxFalseAbstentions: 2,
    minOutOfScopeAbstained: 9,
    outOfScopeNote: 'held out when written; its misses have been read since (a development set now)',
  },
];

for (const set of SETS) {
  describe(`search quality on ${set.file}: ${set.about}`, () => {
    const summary = scoreQuestions(readQuestions(join(PROJECT_ROOT, 'tests', 'fixtures', set.file)), answer);

    it(
      set.outOfScopeNote
        ? `abstains on most out-of-scope questions (${set.outOfScopeNote})`
        : 'abstains on every out-of-scope question',
      () => {
        expect(summary.oosAbstained, summaryLine(summary)).toBeGreaterThanOrEqual(
          set.minOutOfScopeAbstained ?? summary.oosTotal,
        );
      },
    );

    it(`answers in-scope questions (at most ${set.maxFalseAbstentions} false abstentions)`, () => {
      expect(summary.falseAbstentions, summaryLine(summary)).toBeLessThanOrEqual(set.maxFalseAbstentions);
    });

    it(`ranks a right paragraph first for most questions (hit@1 ≥ ${set.minHit1}) and in the top 3 for nearly all (hit@3 ≥ ${set.minHit3})`, () => {
      expect(summary.hit1, summaryLine(summary)).toBeGreaterThanOrEqual(set.minHit1);
      expect(summary.hit3, summaryLine(summary)).toBeGreaterThanOrEqual(set.minHit3);
    });
  });
}
