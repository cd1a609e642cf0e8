/**
 * The Discord stand-in itself: it must refuse what Discord refuses, or "the stand-in accepted every body the bot
 * sent" (tests/e2e-bot.test.ts) would prove nothing. Each limit is tried at its boundary: the largest valid value
 * passes, one more is answered as Discord does (400 {code: 50035, "Invalid Form Body", errors nested by path}).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { COMMANDS } from '../commands/index.js';
import { renderDiscordMessage } from '../src/render/discord.js';
import { DiscordStandIn, GUILD_ID, autocomplete, chatInput, type Sender } from './discord-standin/index.js';

let standIn: DiscordStandIn;
let gateway: WebSocket;
const user: Sender = { userId: '1400000000000000001' };

/** A minimal gateway client: connects and identifies, so the stand-in has a session to dispatch on. */
async function connect(
  token: string,
): Promise<{ socket: WebSocket; messages: Array<{ op: number; t?: string; d?: unknown }>; closed: Promise<number> }> {
  const socket = new WebSocket(standIn.gatewayUrl);
  const messages: Array<{ op: number; t?: string; d?: unknown }> = [];
  socket.on('message', (raw) => messages.push(JSON.parse((raw as Buffer).toString()) as { op: number }));
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  await new Promise((resolve) => socket.once('open', resolve));
  socket.send(
    JSON.stringify({ op: 2, d: { token, intents: 1, properties: { os: 'linux', browser: 'test', device: 'test' } } }),
  );
  return { socket, messages, closed };
}

async function post(path: string, body: unknown, init: { method?: string; auth?: boolean } = {}) {
  const response = await fetch(`${standIn.apiUrl}/v10${path}`, {
    method: init.method ?? 'POST',
    headers: { 'content-type': 'application/json', ...(init.auth ? { authorization: `Bot ${standIn.token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
}

/** A fresh /help interaction and the path of its callback. */
function newInteraction(kind: 'command' | 'autocomplete' = 'command') {
  const interaction =
    kind === 'command'
      ? chatInput(standIn.applicationId, 'help', {}, user)
      : autocomplete(standIn.applicationId, 'ask', 'question', 'pe', user);
  standIn.dispatchInteraction(interaction);
  return { interaction, path: `/interactions/${interaction.id}/${interaction.token}/callback` };
}

const message = (data: Record<string, unknown>) => ({ type: 4, data: { allowed_mentions: { parse: [] }, ...data } });
const embed = (fields: Array<{ name: string; value: string }>, extra: Record<string, unknown> = {}) => ({
  embeds: [{ title: 't', fields, ...extra }],
});

beforeAll(async () => {
  standIn = await new DiscordStandIn({ guildIds: [GUILD_ID], callbackDeadlineMs: 1_000 }).start();
  gateway = (await connect(standIn.token)).socket;
  await standIn.awaitSessions(1);
});

afterAll(async () => {
  gateway?.close();
  await standIn?.stop();
});

describe('interaction callbacks', () => {
  it('accepts a valid answer once (204), then refuses a second one (400, 40060)', async () => {
    const { path, interaction } = newInteraction();
    expect((await post(path, message({ content: 'hi' }))).status).toBe(204);
    expect(await post(path, message({ content: 'again' }))).toEqual({
      status: 400,
      body: { message: 'Interaction has already been acknowledged.', code: 40060 },
    });
    expect(standIn.interactions.get(interaction.id)!.callbacks).toHaveLength(1);
  });

  it('refuses an unknown interaction, a wrong token and a late answer (404, 10062)', async () => {
    const { interaction, path } = newInteraction();
    expect((await post(`/interactions/1/${interaction.token}/callback`, message({ content: 'x' }))).body).toMatchObject(
      { code: 10062 },
    );
    expect(
      (await post(`/interactions/${interaction.id}/wrong/callback`, message({ content: 'x' }))).body,
    ).toMatchObject({ code: 10062 });
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await post(path, message({ content: 'x' }))).toEqual({
      status: 404,
      body: { message: 'Unknown interaction', code: 10062 },
    });
  });

  it('content: 2,000 characters pass, 2,001 do not', async () => {
    expect((await post(newInteraction().path, message({ content: 'x'.repeat(2000) }))).status).toBe(204);
    const refused = await post(newInteraction().path, message({ content: 'x'.repeat(2001) }));
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      code: 50035,
      message: 'Invalid Form Body',
      errors: { data: { content: { _errors: [expect.objectContaining({ code: expect.any(String) })] } } },
    });
  });

  it('field value: 1,024 characters pass, 1,025 do not (error nested at data.embeds.0.fields.0.value)', async () => {
    expect((await post(newInteraction().path, message(embed([{ name: 'n', value: 'v'.repeat(1024) }])))).status).toBe(
      204,
    );
    const refused = await post(newInteraction().path, message(embed([{ name: 'n', value: 'v'.repeat(1025) }])));
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      code: 50035,
      errors: { data: { embeds: { 0: { fields: { 0: { value: { _errors: expect.any(Array) } } } } } } },
    });
  });

  it('all embeds together: 6,000 characters pass, 6,001 do not, though each field is within its own limit', async () => {
    const fields = (total: number) =>
      Array.from({ length: 6 }, (_, i) => ({ name: 'n', value: 'v'.repeat(i === 5 ? total - 1 - 6 - 5 * 999 : 999) }));
    expect((await post(newInteraction().path, message(embed(fields(6000))))).status).toBe(204);
    const refused = await post(newInteraction().path, message(embed(fields(6001))));
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('MAX_EMBED_SIZE_EXCEEDED');
  });

  it('blank field values, repeated custom_ids, custom_ids over 100 and empty messages are refused', async () => {
    expect((await post(newInteraction().path, message(embed([{ name: 'n', value: '   ' }])))).status).toBe(400);
    const button = (id: string) => ({ type: 2, style: 1, label: 'b', custom_id: id });
    const row = (...ids: string[]) => ({ components: [{ type: 1, components: ids.map(button) }] });
    expect((await post(newInteraction().path, message({ content: 'x', ...row('a'.repeat(100)) }))).status).toBe(204);
    expect((await post(newInteraction().path, message({ content: 'x', ...row('a'.repeat(101)) }))).status).toBe(400);
    expect((await post(newInteraction().path, message({ content: 'x', ...row('same', 'same') }))).status).toBe(400);
    expect((await post(newInteraction().path, { type: 4, data: {} })).body).toMatchObject({ code: 50006 });
  });

  it('autocomplete: 25 choices pass, 26 do not; names over 100 do not; and only type 8 answers an autocomplete', async () => {
    const choices = (n: number, name = 'c') =>
      Array.from({ length: n }, (_, i) => ({ name: `${name}${i}`, value: `v${i}` }));
    expect((await post(newInteraction('autocomplete').path, { type: 8, data: { choices: choices(25) } })).status).toBe(
      204,
    );
    expect((await post(newInteraction('autocomplete').path, { type: 8, data: { choices: choices(26) } })).status).toBe(
      400,
    );
    expect(
      (await post(newInteraction('autocomplete').path, { type: 8, data: { choices: choices(1, 'n'.repeat(100)) } }))
        .status,
    ).toBe(400);
    expect((await post(newInteraction('autocomplete').path, message({ content: 'x' }))).status).toBe(400);
  });

  it('accepts what the bot’s renderer produces', async () => {
    const payload = renderDiscordMessage(
      {
        tone: 'answer',
        title: 'T'.repeat(300),
        description: { text: 'd'.repeat(5000) },
        sections: Array.from({ length: 30 }, () => ({
          heading: 'h'.repeat(300),
          body: { text: 'b'.repeat(2000) },
          citations: [],
        })),
        footer: 'f'.repeat(3000),
        buttons: [],
        ephemeral: true,
        shareAction: { command: 'help', args: [] },
      },
      'en',
    );
    expect((await post(newInteraction().path, { type: 4, data: payload })).status).toBe(204);
  });

  it('an injected answer is given once, then normal service resumes', async () => {
    standIn.nextCallbackResponse(500, { message: '500: Internal Server Error', code: 0 });
    const { path } = newInteraction();
    expect((await post(path, message({ content: 'x' }))).status).toBe(500);
    expect((await post(path, message({ content: 'x' }))).status).toBe(204);
  });
});

describe('interaction webhook', () => {
  it('refuses follow-ups before the interaction is answered, then records edits and follow-ups, checked like messages', async () => {
    const { interaction, path } = newInteraction();
    const hook = `/webhooks/${standIn.applicationId}/${interaction.token}`;
    expect((await post(hook, { content: 'early' })).body).toMatchObject({ code: 10015 });
    expect((await post(path, { type: 5 })).status).toBe(204);
    expect(
      (
        await post(
          `${hook}/messages/@original`,
          { content: 'edited', allowed_mentions: { parse: [] } },
          { method: 'PATCH' },
        )
      ).status,
    ).toBe(200);
    expect((await post(`${hook}/messages/@original`, { content: 'x'.repeat(2001) }, { method: 'PATCH' })).status).toBe(
      400,
    );
    expect((await post(hook, { content: 'follow', allowed_mentions: { parse: [] } })).status).toBe(200);
    const record = standIn.interactions.get(interaction.id)!;
    expect(record.edits).toEqual([{ content: 'edited', allowed_mentions: { parse: [] } }]);
    expect(record.followUps).toEqual([{ content: 'follow', allowed_mentions: { parse: [] } }]);
  });
});

describe('command registration', () => {
  const put = (body: unknown, auth = true) =>
    post(`/applications/${standIn.applicationId}/commands`, body, { method: 'PUT', auth });
  const command = (extra: Record<string, unknown> = {}) => ({ name: 'ask', description: 'd', type: 1, ...extra });

  it('accepts the bot’s own commands, and refuses without the bot token (401)', async () => {
    expect((await put(COMMANDS.map((c) => c.definition))).status).toBe(200);
    expect((await put([command()], false)).status).toBe(401);
  });

  it('refuses names that are upper case or too long, descriptions over 100, autocomplete with choices, required after optional, over 8,000 characters', async () => {
    const option = (extra: Record<string, unknown>) => ({ type: 3, name: 'o', description: 'd', ...extra });
    const refused = [
      [command({ name: 'Ask' })],
      [command({ name: 'a'.repeat(33) })],
      [command({ description: 'd'.repeat(101) })],
      [command({ description_localizations: { 'es-ES': 'd'.repeat(101) } })],
      [command({ options: [option({ autocomplete: true, choices: [{ name: 'a', value: 'a' }] })] })],
      [command({ options: [option({ name: 'a' }), option({ name: 'b', required: true })] })],
      [
        command({
          options: Array.from({ length: 25 }, (_, i) =>
            option({
              name: `o${i}`,
              description: 'd'.repeat(100),
              choices: Array.from({ length: 25 }, (_, j) => ({ name: 'n'.repeat(15), value: `${j}` })),
            }),
          ),
        }),
      ],
      [command(), command()],
    ];
    for (const body of refused) {
      const answer = await put(body);
      expect(answer.status, JSON.stringify(body).slice(0, 120)).toBe(400);
      expect(answer.body).toMatchObject({ code: 50035, message: 'Invalid Form Body' });
    }
    expect((await put([command({ name: 'a'.repeat(32), description: 'd'.repeat(100) })])).status).toBe(200);
  });
});

describe('gateway', () => {
  it('says HELLO with the heartbeat interval, acknowledges heartbeats, and stops when told to', async () => {
    const { socket, messages } = await connect(standIn.token);
    await standIn.waitFor('READY', () => messages.some((m) => m.t === 'READY') || undefined);
    expect(messages[0]).toMatchObject({ op: 10, d: { heartbeat_interval: standIn.options.heartbeatIntervalMs } });
    socket.send(JSON.stringify({ op: 1, d: 1 }));
    await standIn.waitFor('ACK', () => messages.some((m) => m.op === 11) || undefined);
    standIn.ackHeartbeats = false;
    const acks = messages.filter((m) => m.op === 11).length;
    socket.send(JSON.stringify({ op: 1, d: 2 }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(messages.filter((m) => m.op === 11).length).toBe(acks);
    standIn.ackHeartbeats = true;
    socket.close();
  });

  it('closes with 4004 on a wrong token, and answers a resume of an unknown session with INVALID_SESSION', async () => {
    const wrong = await connect(DiscordStandIn.tokenFor(standIn.applicationId));
    expect(await wrong.closed).toBe(4004);
    const socket = new WebSocket(standIn.gatewayUrl);
    const messages: Array<{ op: number }> = [];
    socket.on('message', (raw) => messages.push(JSON.parse((raw as Buffer).toString()) as { op: number }));
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ op: 6, d: { token: standIn.token, session_id: 'nope', seq: 1 } }));
    await standIn.waitFor('INVALID_SESSION', () => messages.some((m) => m.op === 9) || undefined);
    socket.close();
  });
});
