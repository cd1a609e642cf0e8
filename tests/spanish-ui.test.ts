/**
 * Issue 6: a Spanish-speaking user never meets an English UI string (and an English-speaking one never meets
 * Spanish chrome). Every reply the bot can give — each command with each kind of option, every button, the
 * cooldown, error and "no longer valid" notices, autocomplete — is rendered as the Discord payload for both
 * languages, and its chrome is checked word by word (tests/ui-language.ts): the article's verbatim passages and
 * quotations, its title and the user's own words are the only text allowed in the other language, and verbatim
 * English must be labelled as such.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type {
  APIInteraction,
  APIInteractionResponse,
  APIInteractionResponseCallbackData,
  APIButtonComponentWithCustomId,
} from 'discord-api-types/v10';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../commands/index.js';
import { Cooldown } from '../src/bot/cooldown.js';
import { createLogger } from '../src/bot/logger.js';
import { InteractionRouter, type InteractionTransport } from '../src/bot/router.js';
import { errorReply, runButton, runCommand } from '../src/dispatch.js';
import { parseConsoleLine } from '../src/console.js';
import { COMMANDS_ES, localizedCommandName } from '../src/i18n/commands.js';
import { catalogs, t, type MessageKey } from '../src/i18n/index.js';
import { renderConsole } from '../src/render/console.js';
import { renderChoices, renderDiscordMessage } from '../src/render/discord.js';
import { LOCAL_USER, type Lang, type Reply, type Requester } from '../src/reply/model.js';
import { autocomplete, buttonPress, chatInput, messageFrom, type Sender } from './discord-standin/payloads.js';
import { DIST, PROJECT_ROOT, realContext } from './helpers.js';
import { ensureBuilt } from './limits-checker.js';
import { chromeText, foreignVocabulary, languageLeaks, textLeaks, verbatimCount, type Leak } from './ui-language.js';

const context = realContext();
const LANGS: Lang[] = ['es', 'en'];
const other = (lang: Lang): Lang => (lang === 'es' ? 'en' : 'es');

const QUESTION_ES = '¿Por qué Perú rompió relaciones con México?';
const QUESTION_EN = 'Why did Peru break diplomatic relations with Mexico?';
const OUT_OF_SCOPE = { es: '¿Quién ganó la Champions League?', en: 'Who won the Champions League?' };

/** A reply to check, built the same way whatever the language (so both languages cite the same paragraphs). */
interface Case {
  name: string;
  reply: (lang: Lang) => Reply;
  /** The embed title expected, as a catalog key (or a function of the language for content titles). */
  title?: MessageKey | ((lang: Lang) => string);
  /** What the user typed, which stays as typed. */
  user?: string[];
}

/** The reply a button of `reply` labelled `label` produces when pressed. */
function pressed(reply: Reply, label: (lang: Lang) => RegExp, lang: Lang): Reply {
  const button = reply.buttons.find((b) => label(lang).test(b.label));
  if (!button) throw new Error(`no button ${label(lang)} among ${reply.buttons.map((b) => b.label).join(', ')}`);
  return runButton(button.action, lang, context);
}

/** A Share press: the reply's share action, replayed publicly (as the router and the console do). */
function shared(reply: Reply, lang: Lang): Reply {
  const replay = runButton(reply.shareAction!, lang, context);
  return { ...replay, ephemeral: false };
}

const ask =
  (question: string, extra: Record<string, boolean> = {}) =>
  (lang: Lang) =>
    runCommand('ask', { question, ...extra }, lang, context);
const { parties } = context.content.positions;
const { points } = context.content.compare;
const { speakers } = context.content.quotes;
const paragraphCount = context.corpus.articles[0]!.paragraphs.length;

const STUDENT = { id: 'student', moderator: false };

/** A fresh /quiz q08 in `lang`, then `times` presses of the button labelled `label` by `user`; the last reply. */
function quizPress(lang: Lang, label: string, user: Requester, times = 1): Reply {
  const quiz = runCommand('quiz', { question: 'q08' }, lang, context);
  const button = quiz.buttons.find((b) => b.label === label)!;
  let reply = runButton(button.action, lang, context, { user });
  for (let i = 1; i < times; i++) reply = runButton(button.action, lang, context, { user });
  return reply;
}

const CASES: Case[] = [
  { name: '/ask answered (Spanish question)', reply: ask(QUESTION_ES), title: 'ask.title', user: [QUESTION_ES] },
  { name: '/ask answered (English question)', reply: ask(QUESTION_EN), title: 'ask.title', user: [QUESTION_EN] },
  {
    name: '/ask private: true (Share button)',
    reply: ask(QUESTION_ES, { private: true }),
    title: 'ask.title',
    user: [QUESTION_ES],
  },
  { name: '/ask abstained (Spanish question)', reply: ask(OUT_OF_SCOPE.es), title: 'abstain.title' },
  { name: '/ask abstained (English question)', reply: ask(OUT_OF_SCOPE.en), title: 'abstain.title' },
  { name: '/ask with an empty question', reply: ask(''), title: 'ask.empty.title' },
  {
    name: 'More passages button',
    reply: (lang) => pressed(ask('asylum')(lang), (l) => new RegExp(`^${t(l, 'ask.more')}$`), lang),
    title: 'ask.title',
  },
  {
    name: 'Full paragraph button',
    reply: (lang) =>
      pressed(ask(QUESTION_EN)(lang), (l) => new RegExp(`^${t(l, 'ask.full', { paragraph: '\\d+' })}$`), lang),
  },
  {
    name: 'Share button (/ask)',
    reply: (lang) => shared(ask(QUESTION_ES, { private: true })(lang), lang),
    title: 'ask.title',
    user: [QUESTION_ES],
  },
  {
    name: 'Share button (/help)',
    reply: (lang) => shared(runCommand('help', { private: true }, lang, context), lang),
    title: 'help.title',
  },
  {
    name: 'More passages button past the last passage',
    reply: (lang) => runButton({ command: 'ask', args: ['more', '999', 'asylum'] }, lang, context),
    title: 'ask.title',
  },
  {
    name: 'a stale /ask button',
    reply: (lang) => runButton({ command: 'ask', args: ['bogus'] }, lang, context),
    title: 'ask.title',
  },
  {
    name: 'an unknown button',
    reply: (lang) => runButton({ command: 'nosuchcommand', args: ['x'] }, lang, context),
    title: 'help.title',
  },
  {
    name: '/position without a party',
    reply: (lang) => runCommand('position', {}, lang, context),
    title: 'position.unknown.title',
  },
  {
    name: '/position with an unknown party',
    reply: (lang) => runCommand('position', { party: 'narnia' }, lang, context),
    title: 'position.unknown.title',
  },
  ...parties.flatMap((party): Case[] => [
    {
      name: `/position party:${party.id}`,
      reply: (lang) => runCommand('position', { party: party.id }, lang, context),
      title: (lang) => party.title[lang],
    },
    {
      name: `/position party:${party.id} private: true`,
      reply: (lang) => runCommand('position', { party: party.id, private: true }, lang, context),
      title: (lang) => party.title[lang],
    },
  ]),
  { name: '/compare (every topic)', reply: (lang) => runCommand('compare', {}, lang, context), title: 'compare.title' },
  {
    name: '/compare private: true',
    reply: (lang) => runCommand('compare', { private: true }, lang, context),
    title: 'compare.title',
  },
  {
    name: '/compare with an unknown topic',
    reply: (lang) => runCommand('compare', { topic: 'zzzz qqqq' }, lang, context),
    title: 'compare.unknown.title',
  },
  ...points.map((point): Case => ({
    name: `/compare topic:${point.id}`,
    reply: (lang) => runCommand('compare', { topic: point.id }, lang, context),
    title: 'compare.title',
  })),
  { name: '/timeline', reply: (lang) => runCommand('timeline', {}, lang, context), title: 'timeline.title' },
  {
    name: '/timeline private: true',
    reply: (lang) => runCommand('timeline', { private: true }, lang, context),
    title: 'timeline.title',
  },
  { name: '/quote (everyone)', reply: (lang) => runCommand('quote', {}, lang, context), title: 'quote.title' },
  {
    name: '/quote with an unknown speaker',
    reply: (lang) => runCommand('quote', { speaker: 'zzzz qqqq' }, lang, context),
    title: 'quote.unknown.title',
  },
  ...speakers.map((speaker): Case => ({
    name: `/quote speaker:${speaker.id}`,
    reply: (lang) => runCommand('quote', { speaker: speaker.id, private: true }, lang, context),
    title: (lang) => t(lang, 'quote.titleSpeaker', { speaker: speaker.subject[lang] }),
  })),
  { name: '/summary', reply: (lang) => runCommand('summary', {}, lang, context) },
  { name: '/summary private: true', reply: (lang) => runCommand('summary', { private: true }, lang, context) },
  {
    name: '/define (the glossary)',
    reply: (lang) => runCommand('define', {}, lang, context),
    title: 'define.list.title',
  },
  ...context.content.glossary.terms.map((term): Case => ({
    name: `/define term:${term.id}`,
    reply: (lang) => runCommand('define', { term: term.id }, lang, context),
    title: (lang) => term.term[lang],
  })),
  {
    name: '/define with an unknown term',
    reply: (lang) => runCommand('define', { term: 'zzzz qqqq' }, lang, context),
    title: 'define.unknown.title',
  },
  ...[
    'de qué trata el artículo',
    'what is Peru’s position?',
    '¿quién tiene razón?',
    '¿sigue Chávez en la embajada?',
    'what happened after November 4?',
    '¿qué significa persona non grata?',
    'vocabulario',
    'preguntas para debatir',
  ].map((question): Case => ({
    name: `/ask ${question} (a leading reply)`,
    reply: ask(question),
    title: 'ask.title',
    user: [question],
  })),
  {
    name: '/quote jeri (named, never quoted)',
    reply: (lang) => runCommand('quote', { speaker: 'jeri' }, lang, context),
  },
  {
    name: '/quote castillo (named, never quoted)',
    reply: (lang) => runCommand('quote', { speaker: 'castillo' }, lang, context),
  },
  {
    name: '/compare topic: a question',
    reply: (lang) => runCommand('compare', { topic: 'is the asylum legal' }, lang, context),
    title: 'compare.title',
  },
  { name: '/quiz', reply: (lang) => runCommand('quiz', { question: 'q08' }, lang, context) },
  {
    name: '/quiz private: true',
    reply: (lang) => runCommand('quiz', { question: 'q08', private: true }, lang, context),
  },
  { name: '/quiz: a student’s press (class message)', reply: (lang) => quizPress(lang, 'B', STUDENT) },
  { name: '/quiz: a right answer (private result)', reply: (lang) => quizPress(lang, 'B', STUDENT).followUp! },
  { name: '/quiz: a wrong answer (private result)', reply: (lang) => quizPress(lang, 'A', STUDENT).followUp! },
  { name: '/quiz: a second press', reply: (lang) => quizPress(lang, 'A', STUDENT, 2), title: 'quiz.again.title' },
  {
    name: '/quiz: Reveal by a student',
    reply: (lang) => quizPress(lang, t(lang, 'quiz.reveal'), STUDENT),
    title: 'quiz.ownerOnly.title',
  },
  { name: '/quiz: Reveal', reply: (lang) => quizPress(lang, t(lang, 'quiz.reveal'), LOCAL_USER) },
  {
    name: '/quiz with an unknown question',
    reply: (lang) => runCommand('quiz', { question: 'zzzz qqqq' }, lang, context),
    title: 'quiz.unknown.title',
  },
  { name: '/discuss', reply: (lang) => runCommand('discuss', {}, lang, context), title: 'discuss.title' },
  {
    name: '/discuss theme:law',
    reply: (lang) => runCommand('discuss', { theme: 'law' }, lang, context),
    title: 'discuss.title',
  },
  {
    name: '/discuss with an unknown theme',
    reply: (lang) => runCommand('discuss', { theme: 'zzzz' }, lang, context),
    title: 'discuss.title',
  },
  { name: '/source', reply: (lang) => runCommand('source', {}, lang, context), title: 'source.title' },
  {
    name: '/source private: true',
    reply: (lang) => runCommand('source', { private: true }, lang, context),
    title: 'source.title',
  },
  ...Array.from({ length: paragraphCount }, (_, i): Case => ({
    name: `/source paragraph:${i + 1}`,
    reply: (lang) => runCommand('source', { paragraph: i + 1 }, lang, context),
  })),
  {
    name: '/source with a paragraph the article does not have',
    reply: (lang) => runCommand('source', { paragraph: 999 }, lang, context),
    title: 'source.title',
  },
  { name: '/help', reply: (lang) => runCommand('help', {}, lang, context), title: 'help.title' },
  {
    name: '/help private: true',
    reply: (lang) => runCommand('help', { private: true }, lang, context),
    title: 'help.title',
  },
  {
    name: 'an unknown command',
    reply: (lang) => runCommand('nosuchcommand', {}, lang, context),
    title: 'command.unknown.title',
    user: ['/nosuchcommand'],
  },
  { name: 'the error apology', reply: (lang) => errorReply(lang, 'deadbeef'), title: 'error.title' },
];

const render = (reply: Reply, lang: Lang) => renderDiscordMessage(reply, lang);
const paragraphsCited = (payload: APIInteractionResponseCallbackData) =>
  JSON.stringify(payload.embeds).match(/¶\d+/g)?.sort() ?? [];
const describeLeaks = (leaks: Leak[]) =>
  leaks.map((leak) => `${leak.where}: "${leak.found}" in ${JSON.stringify(leak.text)}`);
const buttonsOf = (payload: APIInteractionResponseCallbackData) =>
  (payload.components ?? []).flatMap((row) =>
    'components' in row ? (row.components as APIButtonComponentWithCustomId[]) : [],
  );

describe('the checker itself', () => {
  it('knows the English UI words, and none of them is also a word of the Spanish chrome', () => {
    const english = foreignVocabulary('es', context).words;
    for (const word of [
      'paragraph',
      'source',
      'more',
      'share',
      'full',
      'try',
      'question',
      'position',
      'timeline',
      'quote',
      'passages',
      'only',
      'the',
    ]) {
      expect(english.has(word), word).toBe(true);
    }
    for (const word of ['no', 'de', 'la', 'mexico', 'peru', 'id']) expect(english.has(word), word).toBe(false);
    const spanish = foreignVocabulary('en', context).words;
    for (const word of ['párrafo', 'fuente', 'más', 'compartir', 'pregunta', 'postura', 'según', 'solo'])
      expect(spanish.has(word), word).toBe(true);
  });

  it('catches an English literal in a Spanish payload, and a Spanish one in an English payload', () => {
    const reply = runCommand('ask', { question: QUESTION_ES, private: true }, 'es', context);
    const payload = render(reply, 'es');
    expect(languageLeaks(payload, 'es', context, [QUESTION_ES])).toEqual([]);
    // The kinds of slip the issue is about: a hard-coded label, a field name, a placeholder, an English command.
    for (const slip of ['More passages', 'Full paragraph ¶1', '(continued)', 'Share in channel', 'Source: x']) {
      const broken = {
        ...payload,
        components: [{ type: 1, components: [{ type: 2, style: 2, label: slip, custom_id: 'run:x' }] }],
      } as APIInteractionResponseCallbackData;
      expect(languageLeaks(broken, 'es', context).length, slip).toBeGreaterThan(0);
    }
    const withField = structuredClone(payload);
    withField.embeds![0]!.fields![0]!.name = '¶1 · Position';
    expect(languageLeaks(withField, 'es', context).map((l) => l.found)).toContain('position');
    const withCommand = structuredClone(payload);
    withCommand.embeds![0]!.description = 'Prueba /timeline';
    expect(languageLeaks(withCommand, 'es', context).map((l) => l.found)).toContain('/timeline');
    // A "quotation" that is not the article's own words is chrome like any other text.
    const fakeQuote = structuredClone(payload);
    fakeQuote.embeds![0]!.fields![0]!.value = '“Try again with the question”';
    expect(languageLeaks(fakeQuote, 'es', context).length).toBeGreaterThan(0);
    const english = render(runCommand('help', {}, 'en', context), 'en');
    english.embeds![0]!.footer = { text: 'Fuente: el artículo' };
    expect(languageLeaks(english, 'en', context).map((l) => l.found)).toEqual(
      expect.arrayContaining(['fuente', 'artículo']),
    );
  });

  it('leaves the article’s verbatim words and the user’s question out of the check', () => {
    // A Spanish reader sees translated passages; "Ver original" shows the article's own English.
    const payload = render(
      pressed(ask(QUESTION_EN)('es'), (l) => new RegExp(`^${t(l, 'ask.original')}$`), 'es'),
      'es',
    );
    expect(verbatimCount(payload, context)).toBeGreaterThan(0);
    expect(languageLeaks(payload, 'es', context, [QUESTION_EN])).toEqual([]);
    expect(languageLeaks(payload, 'es', context).map((l) => l.found)).toContain('why');
  });
});

describe.each(LANGS)('every reply in %s has chrome in that language only', (lang) => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const reply = c.reply(lang);
    const payload = render(reply, lang);
    expect(describeLeaks(languageLeaks(payload, lang, context, c.user ?? []))).toEqual([]);
    if (c.title) {
      const expected = typeof c.title === 'function' ? c.title(lang) : t(lang, c.title);
      expect(payload.embeds![0]!.title).toBe(expected);
    }
    // Verbatim article English shown to a Spanish user is labelled as the article's original English.
    if (lang === 'es' && verbatimCount(payload, context) > 0)
      expect(chromeText(payload, context, c.user ?? [])).toMatch(/inglés original|original en inglés/);
    // A private reply that can be shared has the Share button, in the user's language.
    const share = buttonsOf(payload).find((b) => b.custom_id.startsWith('share:'));
    expect(share?.label).toBe(reply.ephemeral && reply.shareAction ? t(lang, 'share.button') : undefined);
  });

  it('cites the same paragraphs as the other language', () => {
    for (const c of CASES) {
      const mine = paragraphsCited(render(c.reply(lang), lang));
      const theirs = paragraphsCited(render(c.reply(other(lang)), other(lang)));
      expect(mine, c.name).toEqual(theirs);
    }
  });
});

describe('Spanish specifics', () => {
  it('/ask answers with Spanish labels: More passages, Full paragraph, See original, citation marked as a translation, footer naming the translator', () => {
    const reply = runCommand('ask', { question: 'asylum' }, 'es', context);
    const payload = render(reply, 'es');
    const labels = buttonsOf(payload).map((b) => b.label);
    expect(labels).toContain('Más pasajes');
    expect(labels.some((label) => /^Párrafo completo ¶\d+$/.test(label!))).toBe(true);
    expect(labels).toContain('Ver original');
    expect(payload.embeds![0]!.description).toBe(t('es', 'ask.question', { question: 'asylum' }));
    expect(payload.embeds![0]!.footer!.text).toMatch(
      /^Fuente: .+ \(4 de noviembre de 2025\) · citar como ¶N · pasajes: traducción del equipo del proyecto; original en inglés$/,
    );
    for (const field of payload.embeds![0]!.fields!) expect(field.name).toMatch(/^¶\d+ · .+ \(traducción\)$/);
  });

  it('/ask abstains in Spanish, pointing to the Spanish command names and the Spanish example questions', () => {
    const description = render(runCommand('ask', { question: OUT_OF_SCOPE.es }, 'es', context), 'es').embeds![0]!
      .description!;
    expect(description).toContain('`/postura`');
    expect(description).toContain('`/cronologia`');
    expect(description).toContain(context.corpus.examples.es[0]);
    expect(description).not.toContain(context.corpus.examples.en[0]);
  });

  it('/help lists the Spanish command and option names, the [es] examples and the Spanish private option', () => {
    const embed = render(runCommand('help', {}, 'es', context), 'es').embeds![0]!;
    const [commands, examples] = embed.fields!;
    expect(commands!.name).toBe('Comandos');
    for (const { definition } of COMMANDS) {
      const spanish = COMMANDS_ES[definition.name]!;
      expect(commands!.value).toContain(`/${spanish.name}`);
      expect(commands!.value).toContain(spanish.description);
      expect(commands!.value).not.toMatch(new RegExp(`/${definition.name}\\b`));
    }
    expect(commands!.value).toContain('`privado`');
    expect(examples!.name).toBe(t('es', 'help.examples'));
    expect(examples!.value.split('\n')).toEqual(
      context.corpus.examples.es.slice(0, 5).map((q) => `/${localizedCommandName('ask', 'es')} ${q}`),
    );
  });

  it('/quote keeps the quotations verbatim in English and says so; /position, /timeline and /compare label their quoted passages', () => {
    const quote = render(runCommand('quote', { speaker: 'sheinbaum' }, 'es', context), 'es').embeds![0]!;
    expect(quote.description).toContain('en su inglés original');
    for (const field of quote.fields!) expect(field.value).toMatch(/^“.+”\n/s);
    for (const [name, options] of [
      ['position', { party: 'peru' }],
      ['timeline', {}],
      ['compare', { topic: 'unfriendly-act' }],
    ] as const) {
      expect(render(runCommand(name, options, 'es', context), 'es').embeds![0]!.description, name).toContain(
        t('es', 'content.quotedNote'),
      );
    }
  });

  it('/source names the article’s language in Spanish', () => {
    const body = render(runCommand('source', {}, 'es', context), 'es').embeds![0]!.fields![0]!.value;
    expect(body).toContain('idioma: inglés');
    expect(render(runCommand('source', {}, 'en', context), 'en').embeds![0]!.fields![0]!.value).toContain(
      'language: English',
    );
  });

  it('autocomplete offers Spanish topics, speakers and example questions to a Spanish user', () => {
    const find = (name: string) => COMMANDS.find((c) => c.definition.name === name)!;
    const topics = renderChoices(find('compare').autocomplete!({ name: 'topic', value: '' }, 'es', context));
    expect(topics.map((c) => c.name)).toEqual(points.map((p) => p.topic.es));
    const who = renderChoices(find('quote').autocomplete!({ name: 'speaker', value: '' }, 'es', context));
    expect(who.map((c) => c.name)).toEqual(speakers.map((s) => `${s.name.es} — ${s.role.es}`));
    const questions = renderChoices(find('ask').autocomplete!({ name: 'question', value: '' }, 'es', context));
    expect(questions[0]!.name).toBe(context.corpus.examples.es[0]);
    expect(questions.map((c) => c.name)).not.toContain(context.corpus.examples.en[0]);
  });

  it('the Spanish catalog is translated: every string with words of its own differs from the English one', () => {
    for (const key of Object.keys(catalogs.en) as MessageKey[]) {
      if (!/\p{L}/u.test(catalogs.en[key].replace(/\{\w+\}/g, ''))) continue;
      expect(catalogs.es[key], key).not.toBe(catalogs.en[key]);
      expect(describeLeaks(textLeaks(catalogs.es[key].replace(/\{\w+\}/g, ' '), 'es', context, [], key))).toEqual([]);
      expect(describeLeaks(textLeaks(catalogs.en[key].replace(/\{\w+\}/g, ' '), 'en', context, [], key))).toEqual([]);
    }
  });
});

// ---- Through the interaction router: the locale of each interaction decides -----------------------------------

const APP = '1300000000000000001';
let userIds = 0;
const sender = (locale: string): Sender => ({
  userId: `15000000000${String(++userIds).padStart(8, '0')}`,
  locale: locale as Sender['locale'],
});

function routerWith(cooldown = new Cooldown(5, 10_000)) {
  const sent = new Map<string, APIInteractionResponse>();
  const transport: InteractionTransport = {
    async respond(interaction, response) {
      sent.set(interaction.id, response);
    },
  };
  const logger = createLogger({ level: 'info', secrets: [], write: () => {} });
  const router = new InteractionRouter({ context, cooldown, logger, transport });
  const send = async (interaction: APIInteraction) => {
    await router.handle(interaction);
    return sent.get(interaction.id)!;
  };
  return { send };
}

const messageOf = (response: APIInteractionResponse) => (response as { data: APIInteractionResponseCallbackData }).data;
const LOCALES: Array<[string, Lang]> = [
  ['es-ES', 'es'],
  ['es-419', 'es'],
  ['en-US', 'en'],
  ['en-GB', 'en'],
  ['pt-BR', 'en'],
];

describe.each(LOCALES)('router: a user with locale %s gets %s chrome', (locale, lang) => {
  it('for a command, a More passages press and a Share press', async () => {
    const { send } = routerWith();
    const asked = await send(chatInput(APP, 'ask', { question: 'asylum', private: true }, sender(locale)));
    const data = messageOf(asked);
    expect(data.embeds![0]!.title).toBe(t(lang, 'ask.title'));
    expect(describeLeaks(languageLeaks(data, lang, context, ['asylum']))).toEqual([]);
    const buttons = buttonsOf(data);
    const more = buttons.find((b) => b.label === t(lang, 'ask.more'))!;
    const share = buttons.find((b) => b.label === t(lang, 'share.button'))!;
    expect(more).toBeDefined();
    expect(share).toBeDefined();
    const message = messageFrom(APP, data, '1');
    for (const button of [more, share]) {
      const next = messageOf(await send(buttonPress(APP, button.custom_id, message, sender(locale))));
      expect(next.embeds![0]!.title).toBe(t(lang, 'ask.title'));
      expect(describeLeaks(languageLeaks(next, lang, context))).toEqual([]);
    }
  });

  it('for a press on a message made for a user of the other language (the presser’s locale decides)', async () => {
    const { send } = routerWith();
    const otherLocale = lang === 'es' ? 'en-US' : 'es-419';
    const data = messageOf(
      await send(chatInput(APP, 'position', { party: 'mexico', private: true }, sender(otherLocale))),
    );
    const share = buttonsOf(data).find((b) => b.custom_id.startsWith('share:'))!;
    const pressedData = messageOf(
      await send(buttonPress(APP, share.custom_id, messageFrom(APP, data, '1'), sender(locale))),
    );
    expect(pressedData.embeds![0]!.title).toBe(parties.find((p) => p.id === 'mexico')!.title[lang]);
    expect(describeLeaks(languageLeaks(pressedData, lang, context))).toEqual([]);
  });

  it('for the cooldown notice', async () => {
    const { send } = routerWith(new Cooldown(1, 10_000));
    const user = sender(locale);
    await send(chatInput(APP, 'help', {}, user));
    const data = messageOf(await send(chatInput(APP, 'help', {}, user)));
    expect(data.embeds![0]!.title).toBe(t(lang, 'cooldown.title'));
    expect(data.embeds![0]!.description).toMatch(new RegExp(`^${t(lang, 'cooldown.body', { seconds: '\\d+' })}$`));
    expect(describeLeaks(languageLeaks(data, lang, context))).toEqual([]);
  });

  it('for the error apology and the "no longer valid" notice', async () => {
    const { send } = routerWith();
    const failed = messageOf(
      await send(chatInput(APP, 'source', [{ name: 'paragraph', type: 3, value: 'seven' }], sender(locale))),
    );
    expect(failed.embeds![0]!.title).toBe(t(lang, 'error.title'));
    expect(describeLeaks(languageLeaks(failed, lang, context))).toEqual([]);
    const help = messageOf(await send(chatInput(APP, 'help', {}, sender(locale))));
    const stale = messageOf(
      await send(buttonPress(APP, 'run:nosuchcommand:x', messageFrom(APP, help, '1'), sender(locale))),
    );
    expect(stale.embeds![0]!.description).toBe(t(lang, 'button.expired'));
    expect(describeLeaks(languageLeaks(stale, lang, context))).toEqual([]);
  });

  it('for autocomplete', async () => {
    const { send } = routerWith();
    const topics = (await send(autocomplete(APP, 'compare', 'topic', '', sender(locale)))) as {
      data: { choices: Array<{ name: string }> };
    };
    expect(topics.data.choices.map((c) => c.name)).toEqual(points.map((p) => p.topic[lang]));
    const questions = (await send(autocomplete(APP, 'ask', 'question', '', sender(locale)))) as {
      data: { choices: Array<{ name: string }> };
    };
    expect(questions.data.choices[0]!.name).toBe(context.corpus.examples[lang][0]);
  });
});

// ---- Offline console and CLI ------------------------------------------------------------------------------------

describe('console and CLI with --lang es', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('the console marks a private reply in the user’s language', () => {
    const reply = runCommand('help', { private: true }, 'es', context);
    expect(renderConsole(reply, 'es').split('\n')[0]).toBe(t('es', 'console.private'));
    expect(renderConsole(reply, 'en').split('\n')[0]).toBe(t('en', 'console.private'));
  });

  it('the console reads Spanish option names (privado:sí, parrafo:3) as Discord’s English ones', () => {
    expect(parseConsoleLine('/fuente parrafo:3 privado:sí')).toEqual({
      command: 'fuente',
      options: { paragraph: 3, private: true },
    });
    expect(parseConsoleLine('/preguntar privado:true asilo diplomático')).toEqual({
      command: 'preguntar',
      options: { private: true, question: 'asilo diplomático' },
    });
    expect(runCommand('fuente', parseConsoleLine('/fuente parrafo:3').options, 'es', context).title).toMatch(/^¶3 · /);
  });

  /** Console text without the embed bar and the buttons' custom_ids ("run:ask:more:3:asilo" is an id, not text). */
  const consoleChrome = (text: string) => text.replace(/^│ ?/gm, '').replace(/\((?:run|share):[^)]*\)/g, '');

  const node = (script: string, args: string[], input?: string) =>
    spawnSync(process.execPath, [join(DIST, 'src', script), ...args], {
      cwd: PROJECT_ROOT,
      input,
      encoding: 'utf8',
      env: { ...process.env, DISCORD_TOKEN: '' },
      timeout: 20_000,
    });

  it('npm start -- --lang es: the offline console speaks Spanish, from its greeting to its buttons', () => {
    const lines = [
      '/ayuda',
      '/preguntar asilo',
      QUESTION_ES,
      '/postura peru',
      '/comparar',
      '/cronologia',
      '/cita sheinbaum',
      '/fuente parrafo:5 privado:sí',
      '/fuente 99',
      '/nosuchcommand',
      '/button run:nosuchcommand:x',
    ];
    const { status, stdout, stderr } = node('main.js', ['--lang', 'es'], `${lines.join('\n')}\n`);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain(t('es', 'console.noToken'));
    expect(stdout).toContain(t('es', 'console.prompt'));
    for (const key of [
      'help.title',
      'ask.title',
      'compare.title',
      'timeline.title',
      'console.private',
      'ask.more',
      'share.button',
    ] as const)
      expect(stdout, key).toContain(t('es', key));
    expect(stdout).toContain(t('es', 'source.noParagraph', { paragraph: 99, count: paragraphCount }));
    expect(stdout).toContain(t('es', 'button.expired'));
    expect(describeLeaks(textLeaks(consoleChrome(stdout), 'es', context, [QUESTION_ES, '/nosuchcommand']))).toEqual([]);
  });

  it('npm run cli -- <command> --lang es prints Spanish chrome (Spanish or English command names)', () => {
    for (const args of [
      ['postura', 'peru'],
      ['position', 'peru'],
      ['help'],
      ['timeline'],
      ['compare', 'asilo'],
      ['quote', 'zela'],
      ['source', '4'],
      ['ask', 'asilo'],
    ]) {
      const { status, stdout } = node('cli.js', [...args, '--lang', 'es']);
      expect(status, args.join(' ')).toBe(0);
      expect(describeLeaks(textLeaks(consoleChrome(stdout), 'es', context, ['asilo']))).toEqual([]);
    }
    expect(node('cli.js', ['help', '--lang', 'es']).stdout).toContain(
      `/${localizedCommandName('ask', 'es')} ${context.corpus.examples.es[0]}`,
    );
    expect(node('cli.js', ['ask', '--lang', 'es', OUT_OF_SCOPE.es]).stdout).toContain(t('es', 'abstain.title'));
  });
});
