/**
 * User Install end to end: the real bot process against the Discord stand-in, registered for both install types
 * and every context, answering where a student's own install takes it — the DM with the bot (context 1), a DM or
 * group DM between users (context 2) and a server that never added the bot (authorizing_integration_owners holds
 * only the user). Each interaction is answered once, with a message Discord's schema accepts and nothing that
 * can ping.
 */
import {
  ApplicationIntegrationType,
  InteractionContextType,
  type APIInteraction,
  type APIInteractionResponseCallbackData,
} from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../commands/index.js';
import { t } from '../src/i18n/index.js';
import {
  DiscordStandIn,
  GUILD_ID,
  runDeploy,
  standInEnv,
  type NodeProcess,
  type Place,
  type Sender,
} from './discord-standin/index.js';
import {
  EPHEMERAL,
  buttonsOf,
  embedOf,
  pressAndAwait,
  sendAndAwait,
  startSession,
  stopSession,
  type Answer,
} from './discord-standin/session.js';
import { autocompleteViolations, messageViolations, pingViolations } from './limits-checker.js';

let standIn: DiscordStandIn;
let bot: NodeProcess;

let users = 0;
const freshUser = (place: Place, extra: Partial<Sender> = {}): Sender => ({
  userId: `15000000000${String(++users).padStart(8, '0')}`,
  place,
  ...extra,
});

const isShare = (customId: string) => customId.startsWith('share:');

/** A valid message that cannot ping, answered exactly once (no second answer, no rejected body). */
function expectAnsweredOnce(answer: Answer) {
  const record = standIn.interactions.get(answer.id)!;
  expect(record.callbacks).toHaveLength(1);
  expect(record.rejected).toEqual([]);
  expect(messageViolations(answer.data)).toEqual([]);
  expect(pingViolations(answer.data)).toEqual([]);
  expect(answer.data.allowed_mentions).toEqual({ parse: [] });
}

const interactionOf = (answer: Answer): APIInteraction => standIn.interactions.get(answer.id)!.interaction;
const isPrivate = (data: APIInteractionResponseCallbackData) => ((data.flags ?? 0) & EPHEMERAL) !== 0;

beforeAll(async () => {
  // The bot is in GUILD_ID only; OTHER_GUILD_ID never added it.
  ({ standIn, bot } = await startSession());
}, 60_000);

afterAll(() => stopSession(bot, standIn));

describe('start-up', () => {
  it('prints the User Install link next to the server invite', async () => {
    await bot.waitForOutput(/Connected to Discord/);
    const link = bot.stdout.match(/User Install[^:]*: (\S+)/)![1]!;
    const url = new URL(link);
    expect(url.searchParams.get('client_id')).toBe(standIn.applicationId);
    expect(url.searchParams.get('integration_type')).toBe('1');
    expect(url.searchParams.get('scope')).toBe('applications.commands');
  });
});

describe('registration for User Install', () => {
  it('global registration makes every command installable to servers and users, usable in servers, the bot’s DM and other DMs', async () => {
    const result = await runDeploy(standInEnv(standIn));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('User Install');
    const put = standIn.requests.filter(
      (r) => r.method === 'PUT' && r.path === `/applications/${standIn.applicationId}/commands`,
    );
    expect(
      put.map((r) => r.status),
      'accepted by Discord’s schema',
    ).toEqual([200]);
    const registered = standIn.commands.get('global')!;
    expect(registered.map((c) => c.name)).toEqual(COMMANDS.map((c) => c.definition.name));
    for (const command of registered) {
      expect(command.integration_types, command.name).toEqual([
        ApplicationIntegrationType.GuildInstall,
        ApplicationIntegrationType.UserInstall,
      ]);
      expect(command.contexts, command.name).toEqual([
        InteractionContextType.Guild,
        InteractionContextType.BotDM,
        InteractionContextType.PrivateChannel,
      ]);
    }
  });

  it('server registration (DISCORD_GUILD_ID) leaves them out — Discord reads them on global commands only — and says so', async () => {
    const result = await runDeploy(standInEnv(standIn, { DISCORD_GUILD_ID: GUILD_ID }));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/in that server only: User Install needs global registration/);
    const body = standIn.requests.findLast(
      (r) => r.method === 'PUT' && r.path.endsWith(`/guilds/${GUILD_ID}/commands`),
    )!.body as Array<Record<string, unknown>>;
    expect(body).toHaveLength(COMMANDS.length);
    for (const command of body) {
      expect(command.integration_types, String(command.name)).toBeUndefined();
      expect(command.contexts, String(command.name)).toBeUndefined();
    }
  });
});

/** Where a student's own install reaches, with what Discord sends there. */
const PLACES: Array<{ place: Place; label: string; context: InteractionContextType }> = [
  { place: 'bot-dm', label: 'the DM with the bot', context: InteractionContextType.BotDM },
  { place: 'group-dm', label: 'a group DM', context: InteractionContextType.PrivateChannel },
  { place: 'user-dm', label: 'a DM with a classmate', context: InteractionContextType.PrivateChannel },
  { place: 'guild-without-bot', label: 'a server without the bot', context: InteractionContextType.Guild },
];

describe.each(PLACES)('in $label (context $context, installed by the user)', ({ place, context }) => {
  it('/ask is answered once, publicly, with cited passages', async () => {
    const sender = freshUser(place);
    const asked = await sendAndAwait(standIn, 'ask', { question: 'Why did Peru break relations with Mexico?' }, sender);
    const sent = interactionOf(asked);
    // What the stand-in sent is what Discord sends there: the context, only the user as authorizing owner, and
    // `user` instead of `member` outside servers.
    expect(sent.context).toBe(context);
    expect(sent.authorizing_integration_owners).toEqual({ [ApplicationIntegrationType.UserInstall]: sender.userId });
    expect(sent.member === undefined).toBe(place !== 'guild-without-bot');
    expectAnsweredOnce(asked);
    expect(isPrivate(asked.data), 'public').toBe(false);
    expect(embedOf(asked.data).title).toBe(t('en', 'ask.title'));
    for (const field of embedOf(asked.data).fields!) expect(field.name).toMatch(/^¶\d+ · /);
  });

  it('private: true answers privately with a Share button, and Share posts it publicly', async () => {
    const sender = freshUser(place);
    const asked = await sendAndAwait(standIn, 'position', { party: 'peru', private: true }, sender);
    expectAnsweredOnce(asked);
    expect(isPrivate(asked.data)).toBe(true);
    const share = buttonsOf(asked.data).find((b) => isShare(b.custom_id));
    expect(share?.label).toBe(t('en', 'share.button'));
    const shared = await pressAndAwait(standIn, share!.custom_id, asked, sender);
    expectAnsweredOnce(shared);
    expect(isPrivate(shared.data), 'public').toBe(false);
    expect(embedOf(shared.data).fields).toEqual(embedOf(asked.data).fields);
  });

  it('a classmate pressing a button on a public answer gets a public answer; @everyone in a question pings nobody', async () => {
    const asked = await sendAndAwait(
      standIn,
      'ask',
      { question: '@everyone @here who is Betssy Chávez?' },
      freshUser(place),
    );
    expectAnsweredOnce(asked);
    expect(embedOf(asked.data).description).toContain('@\u200Beveryone');
    const full = buttonsOf(asked.data).find((b) => /^Full paragraph ¶\d+$/.test(b.label ?? ''))!;
    const pressed = await pressAndAwait(standIn, full.custom_id, asked, freshUser(place));
    expectAnsweredOnce(pressed);
    expect(isPrivate(pressed.data)).toBe(false);
    expect(embedOf(pressed.data).title).toMatch(/^¶\d+ · /);
  });

  it('autocomplete answers with choices', async () => {
    const id = standIn.sendAutocomplete('ask', 'question', 'who is bet', freshUser(place));
    const response = await standIn.awaitCallback(id);
    expect(response.type).toBe(8);
    const choices = (response as { data: { choices: Array<{ value: string }> } }).data.choices;
    expect(autocompleteViolations(choices)).toEqual([]);
    expect(choices.map((c) => c.value)).toContain('Betssy Chávez');
  });
});

describe('a server without the bot where the user lacks Use External Apps (Discord shows answers to them alone)', () => {
  const sender = () => freshUser('guild-without-bot', { externalApps: false });

  it('answers privately and offers no Share button, which could not post publicly there', async () => {
    for (const options of [
      { question: 'Who is Betssy Chávez?' },
      { question: 'Who is Betssy Chávez?', private: true },
    ]) {
      const asked = await sendAndAwait(standIn, 'ask', options, sender());
      expectAnsweredOnce(asked);
      expect(isPrivate(asked.data)).toBe(true);
      expect(buttonsOf(asked.data).some((b) => isShare(b.custom_id))).toBe(false);
      expect(
        buttonsOf(asked.data).map((b) => b.label),
        'the other buttons stay',
      ).toContain(t('en', 'ask.more'));
    }
  });

  it('a Share press from an older message answers privately too, with no Share button', async () => {
    const asked = await sendAndAwait(standIn, 'timeline', { private: true }, freshUser('group-dm'));
    const share = buttonsOf(asked.data).find((b) => isShare(b.custom_id))!;
    const pressed = await pressAndAwait(standIn, share.custom_id, asked, sender());
    expectAnsweredOnce(pressed);
    expect(isPrivate(pressed.data)).toBe(true);
    expect(buttonsOf(pressed.data).some((b) => isShare(b.custom_id))).toBe(false);
  });

  it('the same user in a server that added the bot still gets public answers', async () => {
    const asked = await sendAndAwait(
      standIn,
      'ask',
      { question: 'Who is Betssy Chávez?' },
      freshUser('guild', { externalApps: false }),
    );
    expectAnsweredOnce(asked);
    expect(isPrivate(asked.data)).toBe(false);
    expect(interactionOf(asked).authorizing_integration_owners).toEqual({
      [ApplicationIntegrationType.GuildInstall]: GUILD_ID,
    });
  });
});

describe('afterwards', () => {
  it('no interaction was answered twice or had a body refused, and the bot logged no error', async () => {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const records = [...standIn.interactions.values()];
    expect(records.length).toBeGreaterThan(20);
    for (const record of records) {
      expect(record.callbacks, record.interaction.id).toHaveLength(1);
      expect(record.rejected).toEqual([]);
    }
    expect(bot.stderr).toBe('');
  });
});
