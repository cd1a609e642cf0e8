/**
 * The answers of running quizzes, in memory: who chose what for each question a class is playing, so that each
 * student answers once, the class message shows how many have answered, and Reveal shows the tally.
 *
 * Bounded whatever the number of classes: at most {@link QUIZ_LIMITS.sessions} questions are remembered (the one
 * least recently used is forgotten first, and one untouched for a day is forgotten anyway), each with at most
 * {@link QUIZ_LIMITS.answersPerQuestion} answers. Nothing is written to disk: a restart forgets the tallies, and a
 * button pressed afterwards starts counting again from zero (README says so).
 */
import { randomBytes } from 'node:crypto';

export const QUIZ_LIMITS = {
  /** Questions being played at once, across every server. */
  sessions: 1_000,
  /** Answers counted for one question: a class, or a busy server channel. */
  answersPerQuestion: 250,
  /** A question nobody has touched for this long is forgotten. */
  idleMs: 24 * 60 * 60_000,
} as const;

/** A session id: 8 hex digits, random (it travels in button ids). */
const SESSION_ID = /^[0-9a-f]{8}$/;

/** One question being played in one message. */
export interface QuizSession {
  readonly id: string;
  readonly questionId: string;
  /** Who started it: they, or a moderator, reveal the answer and move on. */
  readonly owner: string;
  /** Questions already played before this one in the same run, so "Next question" does not repeat them. */
  readonly asked: readonly string[];
  /** Each student's choice, by user id. */
  readonly answers: Map<string, number>;
  revealed: boolean;
  touched: number;
}

/** What became of a student's press. */
export type AnswerOutcome =
  | { kind: 'counted' }
  /** Already answered this question: the earlier choice stands. */
  | { kind: 'again'; choice: number }
  /** The answer has been revealed. */
  | { kind: 'closed' }
  /** The question has as many answers as it can count: checked, not counted. */
  | { kind: 'full' };

export class QuizSessions {
  private readonly sessions = new Map<string, QuizSession>();

  constructor(
    private readonly limits: { sessions: number; answersPerQuestion: number; idleMs: number } = QUIZ_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether `id` has the shape of a session id (anything else in a button is damaged or forged). */
  static isId(id: string): boolean {
    return SESSION_ID.test(id);
  }

  /** A new question for a class, started by `owner`. */
  start(questionId: string, owner: string, asked: readonly string[] = []): QuizSession {
    let id = randomBytes(4).toString('hex');
    while (this.sessions.has(id)) id = randomBytes(4).toString('hex');
    return this.remember({ id, questionId, owner, asked, answers: new Map(), revealed: false, touched: this.now() });
  }

  /**
   * The session a button of message refers to. One forgotten (a restart, or the limits above) starts again empty
   * under the same id, so the buttons keep working; only the count so far is lost.
   */
  resume(id: string, questionId: string, owner: string): QuizSession {
    const known = this.sessions.get(id);
    if (known && known.questionId === questionId) {
      known.touched = this.now();
      // Most recently used last: the first entry is the one to forget when full.
      this.sessions.delete(id);
      this.sessions.set(id, known);
      return known;
    }
    return this.remember({
      id,
      questionId,
      owner,
      asked: [],
      answers: new Map(),
      revealed: false,
      touched: this.now(),
    });
  }

  /** Counts `user`'s choice, once. */
  answer(session: QuizSession, user: string, choice: number): AnswerOutcome {
    if (session.revealed) return { kind: 'closed' };
    const earlier = session.answers.get(user);
    if (earlier !== undefined) return { kind: 'again', choice: earlier };
    if (session.answers.size >= this.limits.answersPerQuestion) return { kind: 'full' };
    session.answers.set(user, choice);
    return { kind: 'counted' };
  }

  /** How many chose each of `choices` choices. */
  tally(session: QuizSession, choices: number): number[] {
    const counts = new Array<number>(choices).fill(0);
    for (const choice of session.answers.values()) if (choice >= 0 && choice < choices) counts[choice]!++;
    return counts;
  }

  /** Questions remembered now (for tests and the soak's memory figures). */
  get size(): number {
    return this.sessions.size;
  }

  private remember(session: QuizSession): QuizSession {
    this.sessions.delete(session.id);
    this.sessions.set(session.id, session);
    this.forgetOld();
    return session;
  }

  /** Forgets questions idle too long, then the least recently used beyond the limit. */
  private forgetOld(): void {
    const oldest = this.now() - this.limits.idleMs;
    for (const [id, session] of this.sessions) {
      if (this.sessions.size <= this.limits.sessions && session.touched >= oldest) break;
      this.sessions.delete(id);
    }
  }
}
