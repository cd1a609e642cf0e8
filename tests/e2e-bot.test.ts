/**
 * End to end: the real bot process (`node dist/src/main.js`, as `npm start` runs it) against the Discord stand-in
 * on 127.0.0.1 (tests/discord-standin/). Every interaction below travels as Discord's would: an INTERACTION_CREATE
 * over the WebSocket gateway in, an interaction callback over HTTP out, and the stand-in checks every body as
 * Discord does (schema and limits), answering a bad one with 400/50035. Nothing is re-wired: the process only gets
 * an environment (DISCORD_TOKEN, DISCORD_CLIENT_ID, DISCORD_API_URL=http://127.0.0.1:port).
 */
import { ApplicationCommandOptionType, type APIInteractionResponseCallbackData } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../commands/index.js';
import { t } from '../src/i18n/index.js';
import {
  DiscordStandIn,
  GUILD_ID,
  chatInput,
  runDeploy,
  standInEnv,
  type NodeProcess,
  type OptionInput,
  type Sender,
} from './discord-standin/index.js';
import {
  EPHEMERAL,
  buttonsOf,
  embedOf,
  messageOf,
  pressAndAwait,
  sendAndAwait,
  startSession,
  stopSession,
  type Answer,
} from './discord-standin/session.js';
import { autocompleteViolations, messageViolations, pingViolations } from './limits-checker.js';

let standIn: DiscordStandIn;
let bot: NodeProcess;

/** A new user for each test, so the per-user cooldown (5 per 10 s) only applies where a test wants it. */
let users = 0;
const freshUser = (extra: Partial<Sender> = {}): Sender => ({
  userId: `14000000000${String(++users).padStart(8, '0')}`,
  ...extra,
});

/** Runs a slash command through the gateway and returns the message the bot answered with. */
const command = (name: string, options: Record<string, OptionInput | undefined>, sender: Sender = freshUser()) =>
  sendAndAwait(standIn, name, options, sender);
/** Presses a button of an earlier answer. */
const press = (customId: string, on: Answer, sender: Sender = freshUser()) =>
  pressAndAwait(standIn, customId, on, sender);

function expectValid(data: APIInteractionResponseCallbackData, userMarkup: string[] = []) {
  expect(messageViolations(data, userMarkup)).toEqual([]);
  expect(data.allowed_mentions).toEqual({ parse: [] });
  expect(data.content, 'no message content, so no link preview').toBeUndefined();
}

const ERROR_TITLE = t('en', 'error.title');

beforeAll(async () => {
  ({ standIn, bot } = await startSession());
}, 60_000);

afterAll(() => stopSession(bot, standIn));

describe('registration: npm run deploy-commands against the stand-in', () => {
  it('bulk-overwrites the guild commands with every command, accepted by Discord’s schema, and prints them', async () => {
    const result = await runDeploy(standInEnv(standIn, { DISCORD_GUILD_ID: GUILD_ID }));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const puts = standIn.requests.filter((r) => r.method === 'PUT');
    expect(puts.map((r) => [r.path, r.status])).toEqual([
      [`/applications/${standIn.applicationId}/guilds/${GUILD_ID}/commands`, 200],
    ]);
    expect(puts[0]!.authorized).toBe(true);
    const registered = standIn.commands.get(GUILD_ID)!;
    expect(registered.map((c) => c.name)).toEqual(COMMANDS.map((c) => c.definition.name));
    for (const c of COMMANDS) expect(result.stdout).toContain(`/${c.definition.name}`);
    expect(result.stdout).toMatch(/Registered \d+ commands .* in server \d+/);
    // Every command takes the optional `private` flag.
    for (const c of registered)
      expect(
        c.options?.some((o) => o.name === 'private' && o.type === ApplicationCommandOptionType.Boolean && !o.required),
        c.name,
      ).toBe(true);
  });

  it('registers globally without DISCORD_GUILD_ID', async () => {
    const result = await runDeploy(standInEnv(standIn));
    expect(result.code).toBe(0);
    expect(standIn.commands.get('global')?.length).toBe(COMMANDS.length);
    expect(result.stdout).toContain('globally');
  });
});

describe('start-up', () => {
  it('identifies with the Guilds intent only and prints the invite URL (permissions 0); the token is never printed', async () => {
    expect(standIn.identifies[0]!.intents).toBe(1);
    await bot.waitForOutput(/Connected to Discord/);
    const invite = bot.stdout.match(/https:\/\/discord\.com\/oauth2\/authorize\?\S+/)![0];
    const url = new URL(invite);
    expect(url.searchParams.get('client_id')).toBe(standIn.applicationId);
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    expect(url.searchParams.get('permissions')).toBe('0');
    expect(bot.output).not.toContain(standIn.token);
  });
});

describe('/ask', () => {
  it('answers with cited passages: ¶N · source title, matched words in bold, a source footer, More and Full paragraph buttons', async () => {
    const { data } = await command('ask', { question: 'Why did Peru break diplomatic relations with Mexico?' });
    expectValid(data);
    expect(data.flags, 'public by default').toBeUndefined();
    const embed = embedOf(data);
    expect(embed.fields!.length).toBeGreaterThan(0);
    for (const field of embed.fields!)
      expect(field.name).toMatch(/^¶\d+ · Peru breaks diplomatic relations with Mexico/);
    expect(embed.fields!.some((field) => /\*\*[^*]+\*\*/.test(field.value))).toBe(true);
    expect(embed.footer!.text).toMatch(/^Source: .+ \(2025-11-04\)/);
    expect(embed.description).toContain('Why did Peru break diplomatic relations with Mexico?');
    const labels = buttonsOf(data).map((b) => b.label);
    expect(labels).toContain(t('en', 'ask.more'));
    expect(labels.some((label) => /^Full paragraph ¶\d+$/.test(label!))).toBe(true);
  });

  it('says the article does not cover a question it cannot answer', async () => {
    const { data } = await command('ask', { question: 'What is the capital of Australia?' });
    expectValid(data);
    expect(embedOf(data).title).toBe(t('en', 'abstain.title'));
  });

  it('speaks Spanish to a Spanish-locale user', async () => {
    const { data } = await command(
      'ask',
      { question: '¿Por qué Perú rompió relaciones con México?' },
      freshUser({ locale: 'es-ES' as Sender['locale'] }),
    );
    expectValid(data);
    expect(embedOf(data).title).toBe(t('es', 'ask.title'));
  });

  it('never pings: @everyone and @here in a question are echoed inert, with allowed_mentions {parse: []}', async () => {
    const { data } = await command('ask', { question: '@everyone @here who is Betssy Chávez?' });
    expectValid(data);
    expect(pingViolations(data)).toEqual([]);
    expect(embedOf(data).description).toContain('@\u200Beveryone @\u200Bhere');
  });

  it('never pings: role and user mentions in a question neither ping nor show as mentions', async () => {
    for (const question of [
      '<@&123456789012345678> who is Betssy Chavez',
      'Who is Betssy Chávez? @everyone @here <@&123456789012345678> <@234567890123456789>',
    ]) {
      const { data } = await command('ask', { question });
      expectValid(data);
      expect(pingViolations(data)).toEqual([]);
    }
  });

  it('answers a 5,000-character question within every limit, echoing it shortened', async () => {
    const question = 'Why did Peru break diplomatic relations with Mexico? '.repeat(100).slice(0, 5000);
    const { data } = await command('ask', { question });
    expectValid(data);
    expect(embedOf(data).description!.length).toBeLessThanOrEqual(200);
    expect(embedOf(data).fields!.length).toBeGreaterThan(0);
  });

  it('escapes markdown a user types, so it shows as typed', async () => {
    const { data } = await command('ask', {
      question: 'Who is **zqbold** Betssy Chávez ||zqspoiler|| [zqlink](https://evil.example)?',
    });
    expectValid(data, ['**zqbold**', '||zqspoiler||', '[zqlink](https://evil.example)']);
  });
});

describe('autocomplete', () => {
  it('/ask suggests readable questions and names as the user types, within Discord’s limits', async () => {
    const id = standIn.sendAutocomplete('ask', 'question', 'who is bet', freshUser());
    const response = await standIn.awaitCallback(id);
    expect(response.type).toBe(8);
    const choices = (response as { data: { choices: Array<{ name: string; value: string }> } }).data.choices;
    expect(autocompleteViolations(choices)).toEqual([]);
    expect(choices.map((c) => c.value)).toContain('Betssy Chávez');
    expect(choices[0]!.name).toMatch(/^Who is Betssy Chávez/);
  });

  it('answers every autocomplete option of every command, even with hostile or 6,000-character input', async () => {
    const focusable = COMMANDS.flatMap((c) =>
      (c.definition.options ?? [])
        .filter((o) => 'autocomplete' in o && o.autocomplete)
        .map((o) => [c.definition.name, o.name] as const),
    );
    expect(focusable.length).toBeGreaterThan(0);
    for (const [name, option] of focusable) {
      for (const typed of ['', 'pe', '@everyone <@&1> **x**', 'x'.repeat(6000), '\u0000\u202e']) {
        const response = await standIn.awaitCallback(standIn.sendAutocomplete(name, option, typed, freshUser()));
        expect(response.type, `/${name} ${option} ${JSON.stringify(typed.slice(0, 20))}`).toBe(8);
        expect(autocompleteViolations((response as { data: { choices: unknown } }).data.choices)).toEqual([]);
      }
    }
  });
});

/** Options for a command's required options: the first choice, an autocomplete suggestion, or a sample. */
function sampleOptions(name: string): Record<string, OptionInput> {
  const options: Record<string, OptionInput> = {};
  for (const option of COMMANDS.find((c) => c.definition.name === name)!.definition.options ?? []) {
    if (!option.required) continue;
    if ('choices' in option && option.choices?.length) options[option.name] = option.choices[0]!.value;
    else if (option.type === ApplicationCommandOptionType.String)
      options[option.name] = 'Why did Peru break diplomatic relations with Mexico?';
    else if (option.type === ApplicationCommandOptionType.Integer)
      options[option.name] = ('min_value' in option && option.min_value) || 1;
    else if (option.type === ApplicationCommandOptionType.Boolean) options[option.name] = false;
  }
  return options;
}

describe('every command', () => {
  for (const { definition } of COMMANDS) {
    it(`/${definition.name} answers publicly with a valid message; private: true makes it ephemeral with a Share button`, async () => {
      const options = sampleOptions(definition.name);
      const pub = await command(definition.name, options);
      expectValid(pub.data);
      expect(embedOf(pub.data).title).not.toBe(ERROR_TITLE);
      expect(pub.data.flags).toBeUndefined();
      const priv = await command(definition.name, { ...options, private: true });
      expectValid(priv.data);
      expect(priv.data.flags).toBe(EPHEMERAL);
      const share = buttonsOf(priv.data).find((b) => b.custom_id.startsWith('share:'));
      expect(share?.label).toBe(t('en', 'share.button'));
    });
  }

  it('/source paragraph:N shows that paragraph in full', async () => {
    const { data } = await command('source', { paragraph: 7 });
    expectValid(data);
    expect(embedOf(data).title).toMatch(/^¶7 · /);
    expect(embedOf(data).description).toContain('Caracas Convention');
  });
});

describe('buttons', () => {
  it('More passages shows the next passages; Full paragraph shows the whole ¶', async () => {
    const asked = await command('ask', { question: 'asylum' });
    const buttons = buttonsOf(asked.data);
    const more = buttons.find((b) => b.label === t('en', 'ask.more'))!;
    const full = buttons.find((b) => /^Full paragraph/.test(b.label ?? ''))!;
    const next = await press(more.custom_id, asked);
    expectValid(next.data);
    const first = embedOf(asked.data).fields!.map((f) => f.name);
    const second = embedOf(next.data).fields!.map((f) => f.name);
    expect(second.length).toBeGreaterThan(0);
    expect(second.filter((name) => first.includes(name))).toEqual([]);
    const paragraph = await press(full.custom_id, asked);
    expectValid(paragraph.data);
    const number = full.label!.match(/¶(\d+)$/)![1];
    expect(embedOf(paragraph.data).title).toMatch(new RegExp(`^¶${number} · Peru breaks diplomatic relations`));
    expect(embedOf(paragraph.data).description!.length).toBeGreaterThan(200);
  });

  it('a button on a private answer answers privately; Share in channel posts the answer publicly', async () => {
    const asked = await command('ask', { question: 'Who is Betssy Chávez?', private: true });
    expect(asked.data.flags).toBe(EPHEMERAL);
    const buttons = buttonsOf(asked.data);
    const more = buttons.find((b) => b.label === t('en', 'ask.more'));
    if (more) expect((await press(more.custom_id, asked)).data.flags).toBe(EPHEMERAL);
    const share = buttons.find((b) => b.custom_id.startsWith('share:'))!;
    const shared = await press(share.custom_id, asked);
    expectValid(shared.data);
    expect(shared.data.flags, 'public').toBeUndefined();
    expect(
      buttonsOf(shared.data).some((b) => b.custom_id.startsWith('share:')),
      'no Share button on a public message',
    ).toBe(false);
    expect(embedOf(shared.data).fields).toEqual(embedOf(asked.data).fields);
  });

  it('a button the bot does not know (an old message) gets a private "no longer valid" notice', async () => {
    const asked = await command('help', {});
    const { data } = await press('run:nosuchcommand:x', asked);
    expectValid(data);
    expect(data.flags).toBe(EPHEMERAL);
    expect(embedOf(data).description).toBe(t('en', 'button.expired'));
  });
});

describe('cooldown (5 requests per 10 s per user)', () => {
  it('answers five, then tells the sixth to try again in N s, privately; other users are not affected', async () => {
    const user = freshUser();
    for (let i = 0; i < 5; i++)
      expect(embedOf((await command('help', {}, user)).data).title).toBe(t('en', 'help.title'));
    const { data } = await command('help', {}, user);
    expectValid(data);
    expect(data.flags).toBe(EPHEMERAL);
    expect(embedOf(data).title).toBe(t('en', 'cooldown.title'));
    const seconds = Number(embedOf(data).description!.match(/try again in (\d+) s/)![1]);
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(10);
    expect(embedOf((await command('help', {})).data).title).toBe(t('en', 'help.title'));
  });

  it('autocomplete does not use up the cooldown', async () => {
    const user = freshUser();
    for (let i = 1; i <= 30; i++)
      expect(
        (
          await standIn.awaitCallback(
            standIn.sendAutocomplete('ask', 'question', 'why did peru'.slice(0, (i % 12) + 1), user),
          )
        ).type,
      ).toBe(8);
    for (let i = 0; i < 5; i++)
      expect(embedOf((await command('help', {}, user)).data).title).toBe(t('en', 'help.title'));
  });
});

describe('faults', () => {
  it('an interaction that breaks the handler path gets a private apology with an error id, logged with that id; the bot keeps serving', async () => {
    // /source's `paragraph` is an integer option; this interaction carries a string, as a stale registration or a
    // malformed payload would. Reading it throws inside the router's guard: the same path as a throwing handler.
    const interaction = chatInput(
      standIn.applicationId,
      'source',
      [{ name: 'paragraph', type: 3, value: 'seven' }],
      freshUser(),
    );
    standIn.dispatchInteraction(interaction);
    const data = messageOf(await standIn.awaitCallback(interaction.id));
    expectValid(data);
    expect(data.flags).toBe(EPHEMERAL);
    expect(embedOf(data).title).toBe(ERROR_TITLE);
    const errorId = embedOf(data).description!.match(/error id ([0-9a-f]{8})/)![1]!;
    await bot.waitForOutput(
      new RegExp(`ERROR error ${errorId} in /source — InteractionShapeError: option "paragraph"`),
    );
    expect(embedOf((await command('help', {})).data).title).toBe(t('en', 'help.title'));
  });

  it('a dropped gateway connection is resumed, and an interaction sent meanwhile is replayed and answered', async () => {
    const before = standIn.counters.resumes;
    standIn.dropConnection();
    // Dispatched while the bot is disconnected: kept and replayed on resume, as Discord does.
    const id = standIn.sendCommand('help', {}, freshUser());
    const data = messageOf(await standIn.awaitCallback(id, 10_000));
    expect(embedOf(data).title).toBe(t('en', 'help.title'));
    expect(standIn.counters.resumes).toBe(before + 1);
    expect(standIn.counters.identifies, 'resumed, not re-identified').toBe(1);
  });

  it('a RECONNECT request is followed by a resume and served interactions', async () => {
    const sessions = standIn.counters.readies + standIn.counters.resumes;
    standIn.sendReconnect();
    await standIn.awaitSessions(sessions + 1, 10_000);
    expect(embedOf((await command('timeline', {})).data).title).not.toBe(ERROR_TITLE);
  });
});

describe('load', () => {
  it('200 interactions sent at once are each answered exactly once, within Discord’s limits', async () => {
    const names = COMMANDS.map((c) => c.definition.name);
    const questions = [
      'Why did Peru break relations?',
      'Who is Betssy Chávez?',
      'What did Sheinbaum say?',
      'Caracas Convention',
      'trade',
    ];
    const started = Date.now();
    const ids = Array.from({ length: 200 }, (_, i) => {
      const name = i % 2 === 0 ? 'ask' : names[i % names.length]!;
      const options = name === 'ask' ? { question: questions[i % questions.length]! } : sampleOptions(name);
      return standIn.sendCommand(name, options, freshUser());
    });
    const responses = await Promise.all(ids.map((id) => standIn.awaitCallback(id, 15_000)));
    const elapsed = Date.now() - started;
    for (const response of responses) expect(messageViolations(messageOf(response))).toEqual([]);
    for (const id of ids) {
      const record = standIn.interactions.get(id)!;
      expect(record.callbacks.length).toBe(1);
      expect(record.rejected).toEqual([]);
    }
    expect(responses.every((r) => embedOf(messageOf(r)).title !== ERROR_TITLE)).toBe(true);
    // Recorded for the report; the 3 s deadline is enforced per interaction by the stand-in anyway.
    console.info(`200 interactions answered in ${elapsed} ms`);
  }, 30_000);

  it('Discord never had to reject a body the bot sent', () => {
    const rejected = [...standIn.interactions.values()].flatMap((record) => record.rejected);
    expect(rejected).toEqual([]);
    expect(standIn.counters.rejectedBodies).toBe(0);
    expect(bot.output).not.toContain(standIn.token);
  });
});
