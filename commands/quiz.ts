/**
 * /quiz [question] — a multiple-choice question for a class, in the channel: one button per choice. Each
 * student's press is answered privately (right or wrong, why, the cited passage) while the class's message counts
 * how many have answered; a student answers once. Whoever started the quiz (or a moderator) presses Reveal to
 * show the answer, its citation and how many chose each choice, then Next question. Questions come from
 * corpus/content/quiz.json; answers are counted in memory (src/quiz/sessions.ts).
 *
 * JSON (`cli quiz --json`):
 *   {"questions": [{"id": string, "question": string, "choices": string[], "answer": number,
 *                   "explanation": string, "citations": [{"paragraph": number, "quote": string}]}]}
 * Texts in the requested language; answer counts choices from 0; quotes in the article's English.
 */
import { randomInt } from 'node:crypto';
import type { AppContext } from '../src/context.js';
import { citationJson, citedLine, quoteLines, replyCitations, contentFooter } from '../src/content/format.js';
import { findItems } from '../src/content/match.js';
import type { QuizQuestion } from '../src/content/types.js';
import { t } from '../src/i18n/index.js';
import {
  LOCAL_USER,
  noticeReply,
  type Lang,
  type Reply,
  type ReplyButton,
  type Requester,
  type AutocompleteChoice,
} from '../src/reply/model.js';
import { QuizSessions, type QuizSession } from '../src/quiz/sessions.js';
import { defineCommand, PRIVATE_OPTION, OptionType } from './command.js';

/** Choices are shown and pressed by letter. */
const LETTERS = ['A', 'B', 'C', 'D'] as const;

/** Button verbs (kept short: they travel in custom_ids with the session, question and owner ids). */
const VERB = { answer: 'a', reveal: 'r', next: 'n', question: 'q' } as const;

const questionsOf = (context: AppContext) => context.content.quiz.questions;
const findQuestion = (id: string, context: AppContext) => questionsOf(context).find((question) => question.id === id);

/** The questions a typed value names: an id, or words of the question in either language. */
export function findQuestions(typed: string, context: AppContext): QuizQuestion[] {
  return findItems(
    typed,
    questionsOf(context),
    (question) => [question.question.en, question.question.es],
    context.corpus.stopWords,
  );
}

/** A question not in `asked` (all of them again once every one has been asked), at random. */
function pickQuestion(asked: readonly string[], context: AppContext): QuizQuestion {
  const fresh = questionsOf(context).filter((question) => !asked.includes(question.id));
  const pool = fresh.length > 0 ? fresh : questionsOf(context);
  return pool[randomInt(pool.length)]!;
}

/** "A. …" */
const choiceLine = (question: QuizQuestion, index: number, lang: Lang) =>
  `${LETTERS[index]}. ${question.choices[index]![lang]}`;

/** The question and its choices, lettered. */
function questionText(question: QuizQuestion, lang: Lang, mark?: number): string {
  const choices = question.choices.map((_, i) => `${choiceLine(question, i, lang)}${i === mark ? ' ✓' : ''}`);
  return `${question.question[lang]}\n\n${choices.join('\n')}`;
}

function quizTitle(question: QuizQuestion, lang: Lang, context: AppContext): string {
  return t(lang, 'quiz.title', { n: questionsOf(context).indexOf(question) + 1, total: questionsOf(context).length });
}

function footer(question: QuizQuestion, lang: Lang, context: AppContext): string {
  return contentFooter(question.citations, context.content.quiz.source, context, lang);
}

/**
 * Button arguments naming a session: [verb, session id, question id, owner, language of the class's message]. The
 * message keeps its language whoever presses (each student's private result is in their own).
 */
const sessionArgs = (verb: string, session: QuizSession, lang: Lang) => [
  verb,
  session.id,
  session.questionId,
  session.owner,
  lang,
];

/** The class's message while students answer: the question, lettered buttons, Reveal, and how many have answered. */
export function questionReply(session: QuizSession, question: QuizQuestion, lang: Lang, context: AppContext): Reply {
  const buttons: ReplyButton[] = question.choices.map((_, i) => ({
    label: LETTERS[i]!,
    style: 'primary',
    action: { command: 'quiz', args: [...sessionArgs(VERB.answer, session, lang), String(i)] },
  }));
  buttons.push({
    label: t(lang, 'quiz.reveal'),
    style: 'secondary',
    action: { command: 'quiz', args: sessionArgs(VERB.reveal, session, lang) },
  });
  return {
    tone: 'answer',
    title: quizTitle(question, lang, context),
    description: { text: questionText(question, lang) },
    sections: [
      {
        heading: t(lang, 'quiz.answered.heading'),
        body: { text: t(lang, 'quiz.answered.body', { count: session.answers.size }) },
        citations: [],
      },
    ],
    footer: footer(question, lang, context),
    buttons,
    ephemeral: false,
    shareAction: { command: 'quiz', args: [VERB.question, question.id] },
  };
}

/** Why the answer is right, with the article's words: one line, its ¶ marks, then the quotes. */
function whySection(question: QuizQuestion, lang: Lang, context: AppContext) {
  const cited = { text: question.explanation, citations: question.citations };
  return {
    heading: t(lang, 'quiz.why'),
    body: { text: [citedLine(cited, lang), ...quoteLines(question.citations)].join('\n') },
    citations: replyCitations(question.citations, context.content.quiz.source, context),
  };
}

/** The class's message once revealed: the answer, why (cited), how many chose each choice, and Next question. */
export function revealedReply(session: QuizSession, question: QuizQuestion, lang: Lang, context: AppContext): Reply {
  const counts = context.quizzes.tally(session, question.choices.length);
  const tally = question.choices.map(
    (_, i) => `${choiceLine(question, i, lang)}${i === question.answer ? ' ✓' : ''} — ${counts[i]}`,
  );
  return {
    tone: 'answer',
    title: quizTitle(question, lang, context),
    description: { text: questionText(question, lang, question.answer) },
    sections: [
      {
        ...whySection(question, lang, context),
        heading: t(lang, 'quiz.answer.heading', { answer: choiceLine(question, question.answer, lang) }),
      },
      {
        heading: t(lang, 'quiz.tally.heading'),
        body: { text: [...tally, t(lang, 'quiz.tally.total', { count: session.answers.size })].join('\n') },
        citations: [],
      },
    ],
    footer: footer(question, lang, context),
    buttons: [
      {
        label: t(lang, 'quiz.next'),
        style: 'primary',
        action: { command: 'quiz', args: sessionArgs(VERB.next, session, lang) },
      },
    ],
    ephemeral: false,
    shareAction: { command: 'quiz', args: [VERB.question, question.id] },
  };
}

/** A student's private result: right or wrong, what they chose, and why, cited. */
function resultReply(question: QuizQuestion, choice: number, counted: boolean, lang: Lang, context: AppContext): Reply {
  const right = choice === question.answer;
  const lines = [t(lang, 'quiz.youChose', { choice: choiceLine(question, choice, lang) })];
  if (!right) lines.push(t(lang, 'quiz.theAnswer', { answer: choiceLine(question, question.answer, lang) }));
  if (!counted) lines.push(t(lang, 'quiz.full'));
  lines.push(t(lang, 'content.quotedNote'));
  return {
    tone: 'answer',
    title: t(lang, right ? 'quiz.right' : 'quiz.wrong'),
    description: { text: lines.join('\n') },
    sections: [whySection(question, lang, context)],
    footer: footer(question, lang, context),
    buttons: [],
    ephemeral: true,
  };
}

function unknownQuestionReply(lang: Lang): Reply {
  return noticeReply(t(lang, 'quiz.unknown.title'), { text: t(lang, 'quiz.unknown.body') });
}

function expiredReply(lang: Lang): Reply {
  return noticeReply(t(lang, 'quiz.title.short'), { text: t(lang, 'button.expired') });
}

/** Starts a question (a given one, or one at random) for `user`'s class and returns its message. */
export function startQuiz(
  question: QuizQuestion | undefined,
  user: Requester,
  lang: Lang,
  context: AppContext,
  asked: readonly string[] = [],
): Reply {
  const chosen = question ?? pickQuestion(asked, context);
  return questionReply(context.quizzes.start(chosen.id, user.id, asked), chosen, lang, context);
}

/** A press on a running question: an answer, Reveal or Next question; `lang` is the presser's language. */
function press(args: readonly string[], lang: Lang, context: AppContext, user: Requester): Reply {
  const [verb, sessionId = '', questionId = '', owner = '', messageLang = '', choiceText = ''] = args;
  const question = findQuestion(questionId, context);
  if (!question || !QuizSessions.isId(sessionId) || owner === '' || (messageLang !== 'en' && messageLang !== 'es')) {
    return expiredReply(lang);
  }
  // The class's message is redrawn in its own language; what only the presser sees is in theirs.
  const classLang: Lang = messageLang;
  const session = context.quizzes.resume(sessionId, questionId, owner);
  if (verb === VERB.answer) {
    const choice = /^[0-3]$/.test(choiceText) ? Number(choiceText) : -1;
    if (choice < 0 || choice >= question.choices.length) return expiredReply(lang);
    const outcome = context.quizzes.answer(session, user.id, choice);
    switch (outcome.kind) {
      case 'counted':
        return {
          ...questionReply(session, question, classLang, context),
          updatesMessage: true,
          followUp: resultReply(question, choice, true, lang, context),
        };
      case 'full':
        return resultReply(question, choice, false, lang, context);
      case 'again':
        return noticeReply(t(lang, 'quiz.again.title'), {
          text: t(lang, 'quiz.again.body', { choice: choiceLine(question, outcome.choice, lang) }),
        });
      case 'closed':
        return noticeReply(t(lang, 'quiz.again.title'), { text: t(lang, 'quiz.closed.body') });
    }
  }
  // Reveal and Next belong to whoever started the question, or a moderator: a student cannot end it for the class.
  if (user.id !== session.owner && !user.moderator) {
    return noticeReply(t(lang, 'quiz.ownerOnly.title'), { text: t(lang, 'quiz.ownerOnly.body') });
  }
  if (verb === VERB.reveal) {
    session.revealed = true;
    return { ...revealedReply(session, question, classLang, context), updatesMessage: true };
  }
  if (verb === VERB.next) {
    const asked = [...session.asked, session.questionId];
    return startQuiz(undefined, { ...user, id: session.owner }, classLang, context, asked);
  }
  return expiredReply(lang);
}

/** The documented JSON shape of one question. */
function questionJson(question: QuizQuestion, lang: Lang) {
  return {
    id: question.id,
    question: question.question[lang],
    choices: question.choices.map((choice) => choice[lang]),
    answer: question.answer,
    explanation: question.explanation[lang],
    citations: question.citations.map(citationJson),
  };
}

export const quiz = defineCommand({
  definition: {
    name: 'quiz',
    description: 'A multiple-choice question for the class: private answers, a count, then Reveal',
    options: [
      {
        type: OptionType.String,
        name: 'question',
        description: 'A question of the quiz (empty: one at random)',
        required: false,
        autocomplete: true,
        max_length: 200,
      },
      PRIVATE_OPTION,
    ],
  },

  handle({ options, lang, user = LOCAL_USER }, context) {
    const typed = (options.question ?? '').trim();
    const question = typed === '' ? undefined : (findQuestion(typed, context) ?? findQuestions(typed, context)[0]);
    if (typed !== '' && !question) return unknownQuestionReply(lang);
    return startQuiz(question, user, lang, context);
  },

  /** Questions by their words, in the user's language; the id is what is sent. */
  autocomplete(focused, lang, context): AutocompleteChoice[] {
    const questions = focused.value.trim() === '' ? questionsOf(context) : findQuestions(focused.value, context);
    return questions.map((question) => ({ name: question.question[lang], value: question.id }));
  },

  button(args, lang, context, user = LOCAL_USER) {
    if (args[0] === VERB.question) {
      const question = findQuestion(args[1] ?? '', context);
      return question ? startQuiz(question, user, lang, context) : expiredReply(lang);
    }
    return press(args, lang, context, user);
  },

  json({ lang }, context) {
    return { questions: questionsOf(context).map((question) => questionJson(question, lang)) };
  },
});
