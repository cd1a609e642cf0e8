/**
 * `npm run serve` end to end: the real process (`node dist/src/serve.js`) on 127.0.0.1, with Discord's side
 * played by a test key pair. Signed interactions are answered inline, every response valid against Discord's
 * schema (discord-api-spec) and limits; unsigned, mis-signed, altered, stale, oversized and malformed requests are
 * refused with the status Discord expects; /healthz and /metrics tell what happened; SIGTERM ends it cleanly.
 */
import { request } from 'node:http';
import type { APIInteractionResponse, APIInteractionResponseCallbackData } from 'discord-api-types/v10';
import { Locale } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../src/i18n/index.js';
import {
  DiscordStandIn,
  InteractionClient,
  autocomplete,
  buttonPress,
  callbackProblems,
  chatInput,
  messageFrom,
  newSigningKeys,
  ping,
  signatureHeaders,
  startServe,
  type NodeProcess,
  type Sender,
} from './discord-standin/index.js';
import { autocompleteViolations, messageViolations } from './limits-checker.js';
import { ensureBuilt } from './limits-checker.js';
import { realContext } from './helpers.js';
import { parseMetrics, sampleValue } from './prometheus.js';

const APP = '1300000000000000001';
const keys = newSigningKeys();
let standIn: DiscordStandIn;
let serve: NodeProcess;
let client: InteractionClient;
let base: string;

let users = 0;
const freshUser = (extra: Partial<Sender> = {}): Sender => ({
  userId: `145000000000000${String(++users).padStart(4, '0')}`,
  ...extra,
});

/** Posts a signed interaction; expects a 200 whose body is a valid callback, and returns it. */
async function answer(interaction: unknown): Promise<APIInteractionResponse> {
  const response = await client.post(interaction);
  expect(response.status, response.text).toBe(200);
  expect(response.headers['content-type']).toBe('application/json');
  expect(callbackProblems(response.json)).toEqual([]);
  return response.json as APIInteractionResponse;
}

function messageOf(response: APIInteractionResponse): APIInteractionResponseCallbackData {
  expect(response.type).toBe(4);
  const data = (response as { data: APIInteractionResponseCallbackData }).data;
  expect(messageViolations(data)).toEqual([]);
  return data;
}

beforeAll(async () => {
  await ensureBuilt();
  standIn = await new DiscordStandIn({ applicationId: APP }).start();
  serve = startServe({
    DISCORD_PUBLIC_KEY: keys.publicKeyHex,
    DISCORD_CLIENT_ID: APP,
    DISCORD_API_URL: standIn.apiUrl,
    PORT: '0',
    HOST: '127.0.0.1',
    COOLDOWN_REQUESTS: '3',
  });
  const [, url] = await serve.waitForOutput(
    /Interactions endpoint listening on (http:\/\/127\.0\.0\.1:\d+)\/interactions/,
    20_000,
  );
  base = url!;
  client = new InteractionClient(base, keys);
}, 60_000);

afterAll(async () => {
  client?.close();
  await serve?.stop();
  await standIn?.stop();
});

describe('signed interactions, answered inline', () => {
  it('answers PING with PONG', async () => {
    expect(await answer(ping(APP))).toEqual({ type: 1 });
  });

  it('answers /ask with a cited message (type 4) that pings nobody', async () => {
    const data = messageOf(
      await answer(chatInput(APP, 'ask', { question: 'who was Karla Ornelas? @everyone' }, freshUser())),
    );
    expect(data.allowed_mentions).toEqual({ parse: [] });
    expect(data.embeds![0]!.fields![0]!.name).toMatch(/^¶\d+ · /);
    expect(data.flags).toBeUndefined();
  });

  it('answers privately when asked, and in Spanish for a Spanish client', async () => {
    expect(messageOf(await answer(chatInput(APP, 'help', { private: true }, freshUser()))).flags).toBe(64);
    const spanish = messageOf(await answer(chatInput(APP, 'help', {}, freshUser({ locale: Locale.SpanishES }))));
    expect(spanish.embeds![0]!.title).toBe(t('es', 'help.title'));
  });

  it('answers autocomplete with choices (type 8)', async () => {
    const response = await answer(autocomplete(APP, 'ask', 'question', 'sheinb', freshUser()));
    expect(response.type).toBe(8);
    const choices = (response as { data: { choices: Array<{ name: string; value: string }> } }).data.choices;
    expect(choices.length).toBeGreaterThan(0);
    expect(autocompleteViolations(choices)).toEqual([]);
  });

  it('answers a button press of an earlier answer with a new message', async () => {
    const first = await answer(chatInput(APP, 'ask', { question: 'why did peru break relations' }, freshUser()));
    const data = messageOf(first);
    const customId = (data.components![0] as { components: Array<{ custom_id: string }> }).components[0]!.custom_id;
    const pressed = messageOf(await answer(buttonPress(APP, customId, messageFrom(APP, data, '1'), freshUser())));
    expect(pressed.embeds![0]!.fields!.length).toBeGreaterThan(0);
  });

  it('applies the per-user cooldown (COOLDOWN_REQUESTS=3 here)', async () => {
    const user = freshUser();
    const titles: string[] = [];
    for (let i = 0; i < 4; i++)
      titles.push(messageOf(await answer(chatInput(APP, 'timeline', {}, user))).embeds![0]!.title!);
    expect(titles.slice(0, 3).every((title) => title !== t('en', 'cooldown.title'))).toBe(true);
    expect(titles[3]).toBe(t('en', 'cooldown.title'));
  });

  it('plays /quiz: a press updates the class message inline (type 7); the student’s result follows over REST', async () => {
    const q05 = realContext().content.quiz.questions.find((question) => question.id === 'q05')!;
    const right = ['A', 'B', 'C', 'D'][q05.answer]!;
    const quiz = messageOf(await answer(chatInput(APP, 'quiz', { question: 'q05' }, freshUser())));
    const buttons = (quiz.components ?? []).flatMap(
      (row) => (row as { components: Array<{ label: string; custom_id: string }> }).components,
    );
    const press = buttonPress(
      APP,
      buttons.find((button) => button.label === right)!.custom_id,
      messageFrom(APP, quiz, '1'),
      freshUser(),
    );
    const update = await answer(press);
    expect(update.type).toBe(7);
    expect(messageViolations((update as { data: APIInteractionResponseCallbackData }).data)).toEqual([]);
    // Discord takes the response in, then accepts follow-ups; the endpoint tries again if it was first.
    standIn.recordHttpAnswer(press, update);
    const followUps = await standIn.waitFor('the follow-up', () => {
      const list = standIn.interactions.get(press.id)?.followUps as APIInteractionResponseCallbackData[] | undefined;
      return list?.length ? list : undefined;
    });
    expect(followUps).toHaveLength(1);
    expect(followUps[0]!.flags).toBe(64);
    expect(standIn.interactions.get(press.id)!.rejected.filter((entry) => entry.status === 400)).toEqual([]);
  });

  it('accepts a timestamp a few minutes old (inside the 5-minute window)', async () => {
    const response = await client.post(ping(APP), { timestamp: Math.floor(Date.now() / 1000) - 200 });
    expect(response.status).toBe(200);
  });
});

describe('requests Discord did not sign are refused', () => {
  const otherKeys = newSigningKeys();
  const cases: Array<[string, () => Promise<{ status: number; json: unknown }>, number]> = [
    ['no signature headers', () => client.post(ping(APP), { headers: {} }), 401],
    [
      'only a timestamp',
      () => client.post(ping(APP), { headers: { 'x-signature-timestamp': String(Math.floor(Date.now() / 1000)) } }),
      401,
    ],
    [
      'signed with another key',
      () => client.post(ping(APP), { headers: signatureHeaders(otherKeys, JSON.stringify(ping(APP))) }),
      401,
    ],
    [
      'a valid signature of another body (altered in transit)',
      () => client.post(ping(APP), { headers: signatureHeaders(keys, JSON.stringify({ ...ping(APP), type: 2 })) }),
      401,
    ],
    [
      'a signature that is not hex',
      () =>
        client.post(ping(APP), { headers: { 'x-signature-ed25519': 'zz'.repeat(64), 'x-signature-timestamp': '1' } }),
      401,
    ],
    [
      'a timestamp over 5 minutes old (a replay)',
      () => client.post(ping(APP), { timestamp: Math.floor(Date.now() / 1000) - 301 }),
      401,
    ],
    [
      'a timestamp over 5 minutes ahead',
      () => client.post(ping(APP), { timestamp: Math.floor(Date.now() / 1000) + 301 }),
      401,
    ],
    ['malformed JSON, validly signed', () => client.post('{"type": 2, "id": '), 400],
    ['a JSON array, validly signed', () => client.post('[1, 2]'), 400],
    ['a command without id or token, validly signed', () => client.post({ type: 2 }), 400],
  ];
  for (const [what, send, status] of cases) {
    it(`${what}: ${status}`, async () => {
      const response = await send();
      expect(response.status).toBe(status);
      expect(response.json).toMatchObject({ error: expect.any(String) });
    });
  }

  it('a body announced over 1 MB: 413 before it is sent', async () => {
    const result = await new Promise<{ status: number; sent: number }>((resolve, reject) => {
      const body = Buffer.alloc(64 * 1024, 'a');
      const req = request(
        `${base}/interactions`,
        { method: 'POST', headers: { 'content-length': String(2 * 1024 * 1024), 'content-type': 'application/json' } },
        (res) => {
          res.resume();
          resolve({ status: res.statusCode!, sent: req.socket?.bytesWritten ?? 0 });
          req.destroy();
        },
      );
      req.on('error', reject);
      // Only the first 64 KB of the announced 2 MB: the answer must not wait for the rest.
      req.write(body);
    });
    expect(result.status).toBe(413);
  });

  it('a body that grows over 1 MB as it streams (no length announced): 413, the rest dropped', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        `${base}/interactions`,
        { method: 'POST', headers: { 'transfer-encoding': 'chunked', 'content-type': 'application/json' } },
        (res) => {
          res.resume();
          resolve(res.statusCode!);
        },
      );
      // A reset before the answer would lose the 413: the endpoint must not cut the connection while we send.
      req.on('error', reject);
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let written = 0;
      const pump = () => {
        while (written < 4 * 1024 * 1024 && !req.destroyed) {
          written += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end();
      };
      pump();
    });
    expect(status).toBe(413);
  });

  it('other methods and paths: 405 and 404', async () => {
    expect((await client.get('/interactions')).status).toBe(405);
    expect((await client.get('/nothing-here')).status).toBe(404);
  });
});

describe('health and metrics', () => {
  it('/healthz is 200 while serving', async () => {
    const health = await client.get('/healthz');
    expect(health.status).toBe(200);
    expect(health.json).toMatchObject({ status: 'ready', mode: 'http' });
  });

  it('/metrics counts answered interactions and refused requests by reason', async () => {
    const metrics = await client.get('/metrics');
    expect(metrics.status).toBe(200);
    const samples = parseMetrics(metrics.text);
    expect(
      sampleValue(samples, 'rupture_bot_interactions_total', { kind: 'command', command: 'ask', outcome: 'answered' }),
    ).toBe(2);
    expect(
      sampleValue(samples, 'rupture_bot_interactions_total', {
        kind: 'autocomplete',
        command: 'ask',
        outcome: 'answered',
      }),
    ).toBe(1);
    expect(sampleValue(samples, 'rupture_bot_interactions_total', { kind: 'button', command: 'ask' })).toBe(1);
    expect(sampleValue(samples, 'rupture_bot_interactions_total', { kind: 'button', command: 'quiz' })).toBe(1);
    expect(sampleValue(samples, 'rupture_bot_cooldown_refusals_total')).toBe(1);
    const rejected = (reason: string) => sampleValue(samples, 'rupture_bot_http_requests_rejected_total', { reason });
    expect(rejected('unsigned')).toBe(2);
    expect(rejected('bad_signature')).toBe(3);
    expect(rejected('stale')).toBe(2);
    expect(rejected('malformed')).toBe(3);
    expect(rejected('too_large')).toBe(2);
    expect(sampleValue(samples, 'rupture_bot_reply_seconds_count', { kind: 'command' })).toBe(9);
  });
});

describe('npm run serve configuration and shutdown', () => {
  const bad: Array<[string, Record<string, string>, RegExp]> = [
    [
      'no public key',
      { DISCORD_CLIENT_ID: APP },
      /^Configuration error: DISCORD_PUBLIC_KEY is not set: copy the Public Key/,
    ],
    [
      'a public key that is not 64 hex characters',
      { DISCORD_PUBLIC_KEY: 'abc123', DISCORD_CLIENT_ID: APP },
      /^Configuration error: DISCORD_PUBLIC_KEY must be the application's Public Key/,
    ],
    ['no client id', { DISCORD_PUBLIC_KEY: keys.publicKeyHex }, /^Configuration error: DISCORD_CLIENT_ID is not set/],
    [
      'a PORT that is not a number',
      { DISCORD_PUBLIC_KEY: keys.publicKeyHex, DISCORD_CLIENT_ID: APP, PORT: 'http' },
      /^Configuration error: PORT must be a port number/,
    ],
  ];
  for (const [what, vars, expected] of bad) {
    it(`${what}: one line, exit 1`, async () => {
      const other = startServe({ HOST: '127.0.0.1', ...vars });
      expect((await other.exited).code).toBe(1);
      expect(other.stderr.trim().split('\n')).toHaveLength(1);
      expect(other.stderr).toMatch(expected);
      expect(other.stdout).toBe('');
    });
  }

  it('the bot token is not needed, and SIGTERM stops it cleanly (exit 0)', async () => {
    const other = startServe({
      DISCORD_PUBLIC_KEY: keys.publicKeyHex,
      DISCORD_CLIENT_ID: APP,
      PORT: '0',
      HOST: '127.0.0.1',
    });
    await other.waitForOutput(/Interactions endpoint listening/);
    const exit = await other.stop('SIGTERM');
    expect(exit.code).toBe(0);
    expect(other.stdout).toContain('SIGTERM received: finishing the requests in progress');
    expect(other.stderr).toBe('');
  });
});
