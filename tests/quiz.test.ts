/**
 * /quiz and /discuss without a network: the in-memory answers (once per student, bounded, forgetting the least
 * recently used), a class playing a question through the command handlers and through the interaction router
 * (students' presses update the class message and get a private follow-up; Reveal and Next belong to whoever
 * started the quiz or a moderator), the offline console rehearsing it with `/as`, and the JSON contracts.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { APIInteractionResponse, APIInteractionResponseCallbackData } from 'discord-api-types/v10';
import { beforeAll, describe, expect, it } from 'vitest';
import { findCommand } from '../commands/index.js';
import { Cooldown } from '../src/bot/cooldown.js';
import { createLogger } from '../src/bot/logger.js';
import { InteractionRouter, type InteractionTransport } from '../src/bot/router.js';
import { consoleReply, type ConsoleSession } from '../src/console.js';
import { runButton, runCommand } from '../src/dispatch.js';
import { t } from '../src/i18n/index.js';
import { QuizSessions } from '../src/quiz/sessions.js';
import { renderDiscordMessage } from '../src/render/discord.js';
import type { Lang, Reply, Requester } from '../src/reply/model.js';
import { buttonPress, chatInput, messageFrom, type Sender } from './discord-standin/payloads.js';
import { DIST, PROJECT_ROOT, realContext } from './helpers.js';
import { ensureBuilt, messageViolations, pingViolations } from './limits-checker.js';

const context = realContext();
const { questions } = context.content.quiz;
const question = (id: string) => questions.find((q) => q.id === id)!;
const TEACHER: Requester = { id: 'teacher-1', moderator: false };
const student = (name: string): Requester => ({ id: name, moderator: false });

/** The button of a reply whose label is `label` (a letter, Reveal, Next). */
function buttonOf(reply: Reply, label: string) {
  const button = reply.buttons.find((b) => b.label === label);
  if (!button) throw new Error(`no button "${label}" among ${reply.buttons.map((b) => b.label).join(', ')}`);
  return button.action;
}

const start = (id: string, lang: Lang = 'en', user: Requester = TEACHER) =>
  runCommand('quiz', { question: id }, lang, context, { user });
const press = (reply: Reply, label: string, user: Requester, lang: Lang = 'en') =>
  runButton(buttonOf(reply, label), lang, context, { user });

describe('quiz answers in memory', () => {
  it('counts each student once, refuses answers after the reveal, and tallies the choices', () => {
    const store = new QuizSessions();
    const session = store.start('q01', 'teacher');
    expect(QuizSessions.isId(session.id)).toBe(true);
    expect(store.answer(session, 'ana', 1)).toEqual({ kind: 'counted' });
    expect(store.answer(session, 'ben', 1)).toEqual({ kind: 'counted' });
    expect(store.answer(session, 'cai', 3)).toEqual({ kind: 'counted' });
    expect(store.answer(session, 'ana', 2)).toEqual({ kind: 'again', choice: 1 });
    expect(store.tally(session, 4)).toEqual([0, 2, 0, 1]);
    session.revealed = true;
    expect(store.answer(session, 'dan', 0)).toEqual({ kind: 'closed' });
    expect(store.tally(session, 4)).toEqual([0, 2, 0, 1]);
  });

  it('is bounded: answers per question, questions remembered (least recently used first), idle questions', () => {
    let now = 0;
    const store = new QuizSessions({ sessions: 3, answersPerQuestion: 2, idleMs: 1_000 }, () => now);
    const first = store.start('q01', 't');
    store.answer(first, 'a', 0);
    store.answer(first, 'b', 0);
    expect(store.answer(first, 'c', 0)).toEqual({ kind: 'full' });
    expect(first.answers.size).toBe(2);
    const second = store.start('q02', 't');
    store.start('q03', 't');
    // Using the first again makes the second the least recently used: it goes when a fourth arrives.
    expect(store.resume(first.id, 'q01', 't')).toBe(first);
    store.start('q04', 't');
    expect(store.size).toBe(3);
    expect(store.resume(first.id, 'q01', 't').answers.size).toBe(2);
    const forgotten = store.resume(second.id, 'q02', 't');
    expect(forgotten).not.toBe(second);
    expect(forgotten.answers.size, 'a forgotten question starts again empty, under the same id').toBe(0);
    now = 5_000;
    store.start('q05', 't');
    expect(store.size, 'questions idle for longer than a day (here 1 s) are forgotten').toBe(1);
  });

  it('stays bounded under thousands of classes and students', () => {
    const store = new QuizSessions();
    for (let i = 0; i < 5_000; i++) {
      const session = store.start(questions[i % questions.length]!.id, `t${i}`);
      for (let s = 0; s < 300; s += 7) store.answer(session, `s${s}`, s % 4);
    }
    expect(store.size).toBeLessThanOrEqual(1_000);
  });
});

describe('/quiz through the command handlers', () => {
  it('starts a question with one lettered button per choice and Reveal, the count at 0, nothing revealed', () => {
    const reply = start('q05');
    const q = question('q05');
    expect(reply.title).toBe(`Quiz · question 5 of ${questions.length}`);
    expect(reply.description!.text).toContain(q.question.en);
    for (const choice of q.choices) expect(reply.description!.text).toContain(choice.en);
    expect(reply.buttons.map((b) => b.label)).toEqual(['A', 'B', 'C', 'D', t('en', 'quiz.reveal')]);
    expect(reply.sections[0]!.body.text).toMatch(/^Answered: 0\./);
    // Nothing gives the answer away before Reveal.
    expect(JSON.stringify(reply)).not.toContain(q.explanation.en);
    expect(reply.ephemeral).toBe(false);
    expect(messageViolations(renderDiscordMessage(reply, 'en'))).toEqual([]);
  });

  it('answers each student privately (right or wrong, why, cited), updates the count, and refuses a second press', () => {
    const q = question('q05');
    const right = ['A', 'B', 'C', 'D'][q.answer]!;
    const wrong = right === 'A' ? 'B' : 'A';
    const quiz = start('q05');
    const ana = press(quiz, right, student('ana'));
    expect(ana.updatesMessage).toBe(true);
    expect(ana.sections[0]!.body.text).toMatch(/^Answered: 1\./);
    expect(ana.followUp!.ephemeral).toBe(true);
    expect(ana.followUp!.title).toBe('Right!');
    expect(ana.followUp!.sections[0]!.body.text).toContain(q.explanation.en);
    for (const c of q.citations) expect(ana.followUp!.sections[0]!.body.text).toContain(`¶${c.paragraph} “${c.quote}”`);
    const ben = press(quiz, wrong, student('ben'));
    expect(ben.sections[0]!.body.text).toMatch(/^Answered: 2\./);
    expect(ben.followUp!.title).toBe('Not quite');
    expect(ben.followUp!.description!.text).toContain(`The answer is ${right}. ${q.choices[q.answer]!.en}`);
    const again = press(quiz, wrong, student('ana'));
    expect(again.updatesMessage).toBeFalsy();
    expect(again.ephemeral).toBe(true);
    expect(again.title).toBe(t('en', 'quiz.again.title'));
    expect(again.description!.text).toContain(`(${right}. ${q.choices[q.answer]!.en})`);
    for (const reply of [ana, ana.followUp!, ben, again])
      expect(messageViolations(renderDiscordMessage(reply, 'en'))).toEqual([]);
  });

  it('lets only whoever started the quiz, or a moderator, reveal; Reveal shows the answer, its citation and the tally', () => {
    const q = question('q17');
    const quiz = start('q17');
    for (const [name, letter] of [
      ['ana', 'D'],
      ['ben', 'D'],
      ['cai', 'A'],
    ] as const)
      press(quiz, letter, student(name));
    const refused = press(quiz, t('en', 'quiz.reveal'), student('ana'));
    expect(refused.title).toBe(t('en', 'quiz.ownerOnly.title'));
    expect(refused.updatesMessage).toBeFalsy();
    const revealed = press(quiz, t('en', 'quiz.reveal'), TEACHER);
    expect(revealed.updatesMessage).toBe(true);
    expect(revealed.sections[0]!.heading).toBe(`Answer: D. ${q.choices[3]!.en}`);
    expect(revealed.sections[0]!.citations.map((c) => c.paragraph)).toEqual([9]);
    expect(revealed.sections[1]!.body.text.split('\n')).toEqual([
      'A. Chile — 1',
      'B. Colombia — 0',
      'C. Venezuela — 0',
      'D. Ecuador ✓ — 2',
      '3 answers in all',
    ]);
    expect(revealed.buttons.map((b) => b.label)).toEqual([t('en', 'quiz.next')]);
    // A moderator may reveal a quiz someone else started; answers after the reveal are closed.
    const other = start('q17');
    expect(press(other, t('en', 'quiz.reveal'), { id: 'someone', moderator: true }).updatesMessage).toBe(true);
    expect(press(other, 'A', student('late')).description!.text).toBe(t('en', 'quiz.closed.body'));
  });

  it('moves on with Next question to a question not asked yet, for the same owner', () => {
    let reply = start('q01');
    const seen = new Set(['q01']);
    for (let i = 1; i < questions.length; i++) {
      const revealed = press(reply, t('en', 'quiz.reveal'), TEACHER);
      reply = press(revealed, t('en', 'quiz.next'), TEACHER);
      const id = /question (\d+) of/.exec(reply.title)![1]!;
      const qid = questions[Number(id) - 1]!.id;
      expect(seen.has(qid), `question ${qid} repeated after ${seen.size}`).toBe(false);
      seen.add(qid);
      expect(press(reply, t('en', 'quiz.reveal'), student('ana')).title).toBe(t('en', 'quiz.ownerOnly.title'));
    }
    expect(seen.size).toBe(questions.length);
  });

  it('picks a question at random without one, finds one by its words, and autocompletes in the user’s language', () => {
    const ids = new Set(
      Array.from({ length: 40 }, () => /question (\d+) of/.exec(runCommand('quiz', {}, 'en', context).title)![1]),
    );
    expect(ids.size).toBeGreaterThan(5);
    expect(runCommand('quiz', { question: 'relations in April 2024' }, 'en', context).title).toBe(
      `Quiz · question 17 of ${questions.length}`,
    );
    expect(runCommand('quiz', { question: 'photosynthesis' }, 'en', context).title).toBe(t('en', 'quiz.unknown.title'));
    const choices = findCommand('quiz')!.autocomplete!({ name: 'question', value: 'abril 2024' }, 'es', context);
    expect(choices[0]).toEqual({ name: question('q17').question.es, value: 'q17' });
  });

  it('in Spanish: the question, the private result and the tally', () => {
    const quiz = start('q14', 'es');
    expect(quiz.title).toBe(`Cuestionario · pregunta 14 de ${questions.length}`);
    const result = press(quiz, 'B', student('lucia'), 'es');
    expect(result.followUp!.title).toBe('¡Correcto!');
    // An English-speaking student's press redraws the class message in Spanish, and answers them in English.
    const english = press(quiz, 'A', student('sam'), 'en');
    expect(english.sections[0]!.heading).toBe(t('es', 'quiz.answered.heading'));
    expect(english.followUp!.title).toBe('Not quite');
    expect(result.followUp!.sections[0]!.body.text).toContain(question('q14').explanation.es);
    expect(press(quiz, t('es', 'quiz.reveal'), TEACHER, 'es').sections[1]!.heading).toBe('Cómo respondió la clase');
  });

  it('a private quiz is shared by its Share button as a new public question; damaged buttons get a notice', () => {
    const priv = runCommand('quiz', { question: 'q03', private: true }, 'en', context, { user: TEACHER });
    expect(priv.ephemeral).toBe(true);
    const shared = runButton(priv.shareAction!, 'en', context, { user: student('ana') });
    expect(shared.title).toBe(priv.title);
    expect(shared.buttons[0]!.action.args[3], 'whoever shares it runs it').toBe('ana');
    for (const args of [
      [],
      ['a'],
      ['a', 'nothex!!', 'q01', 't', 'en', '0'],
      ['a', '0123abcd', 'q99', 't', 'en', '0'],
      ['a', '0123abcd', 'q01', 't', 'en', '7'],
      ['a', '0123abcd', 'q01', 't', 'fr', '0'],
      ['a', '0123abcd', 'q01', 't', 'en'],
      ['r', '0123abcd', 'q01', '', 'en'],
      ['zz', '0123abcd', 'q01', 't', 'en'],
      ['q', 'nope'],
    ]) {
      const reply = runButton({ command: 'quiz', args }, 'en', context, { user: TEACHER });
      expect(reply.tone, args.join(':')).toBe('notice');
    }
  });

  it('prints the documented JSON: every question with its choices, answer index, explanation and citations', () => {
    const json = findCommand('quiz')!.json!({ options: {}, lang: 'es' }, context) as {
      questions: Array<Record<string, unknown>>;
    };
    expect(Object.keys(json)).toEqual(['questions']);
    expect(json.questions).toHaveLength(questions.length);
    json.questions.forEach((entry, i) => {
      expect(Object.keys(entry)).toEqual(['id', 'question', 'choices', 'answer', 'explanation', 'citations']);
      expect(entry.question).toBe(questions[i]!.question.es);
      expect(entry.choices).toEqual(questions[i]!.choices.map((c) => c.es));
      expect(entry.answer).toBe(questions[i]!.answer);
    });
  });
});

describe('/quiz through the interaction router (recording transport)', () => {
  const APP = '1300000000000000001';
  let users = 0;
  const sender = (extra: Partial<Sender> = {}): Sender => ({
    userId: `16000000000${String(++users).padStart(8, '0')}`,
    ...extra,
  });

  function routerWith(followUps: boolean) {
    const sent = new Map<string, APIInteractionResponse>();
    const followed = new Map<string, APIInteractionResponseCallbackData>();
    const transport: InteractionTransport = {
      async respond(interaction, response) {
        sent.set(interaction.id, response);
      },
      ...(followUps
        ? {
            async followUp(interaction: { token: string }, data: APIInteractionResponseCallbackData) {
              followed.set(interaction.token, data);
            },
          }
        : {}),
    };
    const router = new InteractionRouter({
      context,
      cooldown: new Cooldown(100, 10_000),
      logger: createLogger({ level: 'info', secrets: [], write: () => {} }),
      transport,
    });
    return { router, sent, followed };
  }

  it('updates the class message (type 7) and follows up privately; a transport without follow-ups answers privately instead', async () => {
    const { router, sent, followed } = routerWith(true);
    const teacher = sender();
    const command = chatInput(APP, 'quiz', { question: 'q05' }, teacher);
    await router.handle(command);
    const quiz = (sent.get(command.id) as { data: APIInteractionResponseCallbackData }).data;
    const message = messageFrom(APP, quiz, command.id);
    const b = (quiz.components![0] as { components: Array<{ custom_id: string; label: string }> }).components.find(
      (c) => c.label === 'B',
    )!;
    const pressB = buttonPress(APP, b.custom_id, message, sender());
    await router.handle(pressB);
    const update = sent.get(pressB.id)!;
    expect(update.type).toBe(7);
    const data = (update as { data: APIInteractionResponseCallbackData }).data;
    expect(data.flags).toBeUndefined();
    expect(data.embeds![0]!.fields![0]!.value).toMatch(/^Answered: 1\./);
    const result = followed.get(pressB.token)!;
    expect(result.flags).toBe(64);
    expect(result.embeds![0]!.title).toBe('Right!');
    for (const payload of [data, result]) {
      expect(messageViolations(payload)).toEqual([]);
      expect(pingViolations(payload)).toEqual([]);
    }
    // A teacher with Manage Messages may reveal a quiz a colleague started.
    const reveal = (quiz.components![0] as { components: Array<{ custom_id: string; label: string }> }).components.find(
      (c) => c.label === t('en', 'quiz.reveal'),
    )!;
    const stranger = buttonPress(APP, reveal.custom_id, message, sender());
    await router.handle(stranger);
    expect((sent.get(stranger.id) as { data: APIInteractionResponseCallbackData }).data.embeds![0]!.title).toBe(
      t('en', 'quiz.ownerOnly.title'),
    );
    const moderator = buttonPress(APP, reveal.custom_id, message, sender());
    moderator.member!.permissions = String(1n << 13n);
    await router.handle(moderator);
    expect(sent.get(moderator.id)!.type).toBe(7);

    const plain = routerWith(false);
    const again = chatInput(APP, 'quiz', { question: 'q05' }, teacher);
    await plain.router.handle(again);
    const second = (plain.sent.get(again.id) as { data: APIInteractionResponseCallbackData }).data;
    const pressed = buttonPress(
      APP,
      (second.components![0] as { components: Array<{ custom_id: string }> }).components[0]!.custom_id,
      messageFrom(APP, second, again.id),
      sender(),
    );
    await plain.router.handle(pressed);
    const fallback = plain.sent.get(pressed.id) as { type: number; data: APIInteractionResponseCallbackData };
    expect(fallback.type).toBe(4);
    expect(fallback.data.flags).toBe(64);
    expect(fallback.data.embeds![0]!.title).toBe('Not quite');
  });
});

describe('/discuss', () => {
  it('lists every prompt with its ¶ numbers and /compare points; a theme shows its prompts with quotes', () => {
    const all = runCommand('discuss', {}, 'en', context);
    expect(all.sections).toHaveLength(context.content.discuss.prompts.length);
    const first = context.content.discuss.prompts[0]!;
    expect(all.sections[0]!.heading).toBe('1. Causes');
    expect(all.sections[0]!.body.text).toContain(`${first.text.en} (¶3, ¶6)`);
    expect(all.sections[0]!.body.text).toContain(
      'See /compare: What Castillo did in December 2022 · Interference or the right to asylum?',
    );
    const law = runCommand('discuss', { theme: 'law' }, 'es', context);
    expect(law.sections.map((s) => s.heading)).toEqual(['1. Derecho internacional', '2. Derecho internacional']);
    expect(law.sections[0]!.body.text).toContain('Ver /comparar: ');
    expect(law.sections[0]!.body.text).toMatch(/\n¶7 “the only party empowered/);
    expect(runCommand('discuss', { theme: 'derecho internacional' }, 'es', context).sections).toHaveLength(2);
    expect(runCommand('discuss', { theme: 'weather' }, 'en', context).tone).toBe('notice');
    for (const reply of [all, law]) expect(messageViolations(renderDiscordMessage(reply, 'en'))).toEqual([]);
  });

  it('prints {prompts: [{id, text, citations}]}, and {error, valid} for an unknown theme', () => {
    const json = findCommand('discuss')!.json!({ options: {}, lang: 'en' }, context) as {
      prompts: Array<Record<string, unknown>>;
    };
    expect(Object.keys(json)).toEqual(['prompts']);
    for (const prompt of json.prompts) expect(Object.keys(prompt)).toEqual(['id', 'text', 'citations']);
    expect(findCommand('discuss')!.json!({ options: { theme: 'weather' }, lang: 'en' }, context)).toEqual({
      error: expect.stringContaining('International law'),
      valid: ['causes', 'sides', 'law', 'consequences', 'region'],
    });
  });
});

describe('offline console: rehearsing a quiz', () => {
  it('presses as students with /as and as the teacher, in process', () => {
    const session: ConsoleSession = { user: { id: 'teacher', moderator: true } };
    const quiz = consoleReply('/quiz q24', 'en', context, session)!;
    const b = buttonOf(quiz, 'B');
    const id = ['run', b.command, ...b.args].join(':');
    expect(consoleReply('/as maria', 'en', context, session)!.description!.text).toContain('maria');
    const maria = consoleReply(`/button ${id}`, 'en', context, session)!;
    expect(maria.followUp!.title).toBe('Right!');
    expect(consoleReply(`/button ${id}`, 'en', context, session)!.title).toBe(t('en', 'quiz.again.title'));
    consoleReply('/as', 'en', context, session);
    expect(session.user.moderator).toBe(true);
  });

  beforeAll(() => ensureBuilt(), 120_000);

  it('npm start: a teacher starts a quiz, two students answer, the teacher reveals the tally (Spanish console)', async () => {
    const child = spawn(process.execPath, [join(DIST, 'src', 'main.js'), '--lang', 'es'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DISCORD_TOKEN: '' },
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    const waitFor = async (pattern: RegExp) => {
      for (let i = 0; i < 200 && !pattern.test(out); i++) await new Promise((resolve) => setTimeout(resolve, 25));
      return pattern.exec(out)!;
    };
    child.stdin.write('/cuestionario q14\n');
    // Buttons A–D are /boton 1–4, Reveal is /boton 5.
    await waitFor(/\[A\] \(\/boton 1\).*\(\/boton 5\)/);
    child.stdin.write('/as lucia\n/boton 2\n/as pedro\n/boton 3\n/boton 2\n/boton 5\n/as\n/boton 5\n');
    child.stdin.end();
    await new Promise((resolve) => child.on('close', resolve));
    expect(out).toContain('Han respondido: 2.');
    expect(out).toContain('¡Correcto!');
    expect(out).toContain('No es correcto');
    expect(out).toContain(t('es', 'quiz.again.title'));
    expect(out).toContain(t('es', 'quiz.ownerOnly.title'));
    expect(out).toContain(t('es', 'console.updated'));
    expect(out).toMatch(/B\. Junio de 2023 ✓ — 1\n│ C\. Abril de 2024 — 1/);
  });
});
