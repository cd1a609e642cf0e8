/**
 * End to end: a class plays /quiz through the real bot process against the Discord stand-in (127.0.0.1 only).
 * A teacher starts a question; several students press answers, each press updating the class message's count
 * (callback type 7) and answered privately by a follow-up (right or wrong, why, the cited passage); a second
 * press by the same student is refused politely; a student cannot reveal; the teacher reveals the tally and moves
 * on. Every body is checked by the stand-in against Discord's schema and by the limits checker; nothing pings.
 */
import { Locale, type APIInteractionResponse, type APIInteractionResponseCallbackData } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../src/i18n/index.js';
import { DiscordStandIn, type NodeProcess, type Sender } from './discord-standin/index.js';
import {
  EPHEMERAL,
  buttonsOf,
  embedOf,
  messageOf,
  sendAndAwait,
  startSession,
  stopSession,
  type Answer,
} from './discord-standin/session.js';
import { realContext } from './helpers.js';
import { messageViolations, pingViolations } from './limits-checker.js';

let standIn: DiscordStandIn;
let bot: NodeProcess;
const { questions } = realContext().content.quiz;
const Q05 = questions.find((q) => q.id === 'q05')!;
const RIGHT = ['A', 'B', 'C', 'D'][Q05.answer]!;
const WRONG = RIGHT === 'A' ? 'C' : 'A';

let users = 0;
const person = (extra: Partial<Sender> = {}): Sender => ({
  userId: `17000000000${String(++users).padStart(8, '0')}`,
  ...extra,
});

beforeAll(async () => {
  ({ standIn, bot } = await startSession());
}, 60_000);

afterAll(() => stopSession(bot, standIn));

function expectValid(data: APIInteractionResponseCallbackData) {
  expect(messageViolations(data)).toEqual([]);
  expect(pingViolations(data)).toEqual([]);
  expect(data.allowed_mentions).toEqual({ parse: [] });
}

/** Presses a button of `on` (the message as it stands) and resolves with the callback and any follow-ups. */
async function press(label: string, on: Answer, sender: Sender) {
  const button = buttonsOf(on.data).find((b) => b.label === label);
  if (!button) throw new Error(`no button ${label}`);
  const id = standIn.pressButton(button.custom_id, { interactionId: on.id, data: on.data }, sender);
  const response = (await standIn.awaitCallback(id)) as APIInteractionResponse & {
    data: APIInteractionResponseCallbackData;
  };
  return { id, response, data: response.data };
}

/** The follow-up messages Discord accepted for an interaction, once `count` have arrived. */
const followUpsOf = (id: string, count = 1) =>
  standIn.waitFor(`${count} follow-up(s) of ${id}`, () => {
    const list = standIn.interactions.get(id)!.followUps as APIInteractionResponseCallbackData[];
    return list.length >= count ? list : undefined;
  });

describe('/quiz played by a class through the real bot', () => {
  let teacher: Sender;
  let message: Answer;

  it('the teacher’s /quiz posts a public question with lettered buttons and Reveal', async () => {
    teacher = person();
    message = await sendAndAwait(standIn, 'quiz', { question: 'q05' }, teacher);
    expectValid(message.data);
    expect(message.data.flags).toBeUndefined();
    expect(embedOf(message.data).description).toContain(Q05.question.en);
    expect(buttonsOf(message.data).map((b) => b.label)).toEqual(['A', 'B', 'C', 'D', t('en', 'quiz.reveal')]);
  });

  it('each student’s press updates the count in the class message and is answered privately (in their language), once', async () => {
    const students = [person(), person(), person(), person({ locale: Locale.SpanishES })];
    const picks = [RIGHT, WRONG, RIGHT, WRONG];
    for (const [i, student] of students.entries()) {
      const pressed = await press(picks[i]!, message, student);
      expect(pressed.response.type, 'updates the message the button is on').toBe(7);
      expectValid(pressed.data);
      expect(pressed.data.flags, 'the class message stays public').toBeUndefined();
      const spanish = student.locale === Locale.SpanishES;
      // The class message keeps the teacher's language; each student's private result is in their own.
      expect(embedOf(pressed.data).fields![0]!.value).toContain(`Answered: ${i + 1}.`);
      const [result] = await followUpsOf(pressed.id);
      expectValid(result!);
      expect(result!.flags, 'the result is private').toBe(EPHEMERAL);
      const right = picks[i] === RIGHT;
      expect(embedOf(result!).title).toBe(t(spanish ? 'es' : 'en', right ? 'quiz.right' : 'quiz.wrong'));
      expect(embedOf(result!).fields![0]!.value).toContain(`¶5 “${Q05.citations[0]!.quote}”`);
      message = {
        id: message.id,
        data: { ...message.data, embeds: pressed.data.embeds, components: pressed.data.components },
      };
    }
    // A second press by the same student: a polite private refusal, nothing counted, no follow-up.
    const again = await press(WRONG, message, students[0]!);
    expect(again.response.type).toBe(4);
    expectValid(again.data);
    expect(again.data.flags).toBe(EPHEMERAL);
    expect(embedOf(again.data).title).toBe(t('en', 'quiz.again.title'));
    expect(standIn.interactions.get(again.id)!.followUps).toEqual([]);
  });

  it('a student cannot reveal; the teacher’s Reveal shows the answer, its citation and how many chose each', async () => {
    const refused = await press(t('en', 'quiz.reveal'), message, person());
    expect(refused.response.type).toBe(4);
    expect(refused.data.flags).toBe(EPHEMERAL);
    expect(embedOf(refused.data).title).toBe(t('en', 'quiz.ownerOnly.title'));
    const revealed = await press(t('en', 'quiz.reveal'), message, teacher);
    expect(revealed.response.type).toBe(7);
    expectValid(revealed.data);
    const [answer, tally] = embedOf(revealed.data).fields!;
    expect(answer!.name).toBe(`Answer: ${RIGHT}. ${Q05.choices[Q05.answer]!.en}`);
    expect(answer!.value).toContain('(¶5)');
    const counts = Object.fromEntries(
      tally!.value
        .split('\n')
        .slice(0, -1)
        .map((line) => [line[0], Number(/— (\d+)$/.exec(line)![1])]),
    );
    expect(counts).toEqual({ A: WRONG === 'A' ? 2 : 0, B: RIGHT === 'B' ? 2 : 0, C: WRONG === 'C' ? 2 : 0, D: 0 });
    expect(tally!.value.split('\n').at(-1)).toBe('4 answers in all');
    expect(buttonsOf(revealed.data).map((b) => b.label)).toEqual([t('en', 'quiz.next')]);
    message = {
      id: message.id,
      data: { ...message.data, embeds: revealed.data.embeds, components: revealed.data.components },
    };
  });

  it('Next question posts a new public question, and nobody was ever sent an invalid body', async () => {
    const next = await press(t('en', 'quiz.next'), message, teacher);
    expect(next.response.type).toBe(4);
    const data = messageOf(next.response);
    expectValid(data);
    expect(data.flags).toBeUndefined();
    expect(embedOf(data).title).toMatch(/^Quiz · question \d+ of \d+$/);
    expect(embedOf(data).description).not.toContain(Q05.question.en);
    expect(standIn.counters.rejectedBodies).toBe(0);
    expect([...standIn.interactions.values()].flatMap((record) => record.rejected)).toEqual([]);
  });
});

describe('/ask leading with fixed content, through the real bot', () => {
  it('"who is right?" gets the neutral note and the /compare points; "quiz me" a question the class can answer', async () => {
    const compare = await sendAndAwait(standIn, 'ask', { question: 'who is right, peru or mexico?' }, person());
    expectValid(compare.data);
    expect(embedOf(compare.data).fields![0]!.name).toBe(t('en', 'lead.compare.heading'));
    const quiz = await sendAndAwait(standIn, 'ask', { question: 'quiz me' }, person());
    expectValid(quiz.data);
    expect(embedOf(quiz.data).title).toMatch(/^Quiz · question \d+ of \d+$/);
    const pressed = await press('A', quiz, person());
    expect(pressed.response.type).toBe(7);
    expect((await followUpsOf(pressed.id))[0]!.flags).toBe(EPHEMERAL);
  });
});
