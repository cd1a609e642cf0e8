/**
 * The HTTP interactions endpoint in process (src/http/service.ts), for what the real commands never do: an answer
 * that takes too long is deferred (type 5) and written into the deferred message over REST — to the Discord
 * stand-in, which checks the edit as Discord would — and a failing handler still gets its apology. Also METRICS_PORT
 * moving /metrics off the public port, and a shutdown waiting for deferred answers. The real `npm run serve`
 * process is tested in tests/e2e-http.test.ts.
 */
import type { APIInteraction, APIInteractionResponse } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../commands/index.js';
import { createLogger } from '../src/bot/logger.js';
import type { ServedCommand } from '../src/bot/router.js';
import { readHttpConfig } from '../src/env.js';
import { startHttpService, type HttpService } from '../src/http/service.js';
import { addressUrl } from '../src/metrics/endpoints.js';
import { noticeReply } from '../src/reply/model.js';
import {
  DiscordStandIn,
  GUILD_ID,
  InteractionClient,
  callbackProblems,
  chatInput,
  newSigningKeys,
  webhookEditProblems,
} from './discord-standin/index.js';
import { realContext } from './helpers.js';
import { parseMetrics, sampleValue } from './prometheus.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Answers after `ms` milliseconds: a command waiting on something slow. */
function slowCommand(name: string, ms: number): ServedCommand {
  return {
    definition: { name, description: 'answers late', options: [{ type: 5, name: 'private', description: 'p' }] },
    async handle({ options }) {
      await sleep(ms);
      return noticeReply(`${name} done`, { text: `after ${ms} ms` }, options.private === true);
    },
  };
}

const throwing: ServedCommand = {
  definition: { name: 'boom', description: 'throws' },
  handle() {
    throw new TypeError('handler bug');
  },
};

const keys = newSigningKeys();
const lines: string[] = [];
let standIn: DiscordStandIn;
let service: HttpService;
let client: InteractionClient;

function configFor(extra: Record<string, string> = {}) {
  return readHttpConfig({
    DISCORD_PUBLIC_KEY: keys.publicKeyHex,
    DISCORD_CLIENT_ID: standIn.applicationId,
    DISCORD_API_URL: standIn.apiUrl,
    PORT: '0',
    HOST: '127.0.0.1',
    ...extra,
  });
}

/** Posts `interaction`; when the answer is a deferral, tells the stand-in (as Discord would learn it). */
async function post(interaction: APIInteraction) {
  const response = await client.post(interaction);
  if (response.status === 200) standIn.recordHttpAnswer(interaction, response.json as APIInteractionResponse);
  return response;
}

beforeAll(async () => {
  standIn = await new DiscordStandIn({ guildIds: [GUILD_ID] }).start();
  service = await startHttpService(configFor(), realContext(), {
    commands: [...COMMANDS, slowCommand('slow', 300), slowCommand('slower', 2_500), throwing],
    deferAfterMs: 100,
    logger: createLogger({ level: 'debug', write: (_, line) => lines.push(line) }),
  });
  client = new InteractionClient(addressUrl(service.address), keys);
}, 30_000);

afterAll(async () => {
  client?.close();
  await service?.close(1_000);
  await standIn?.stop();
});

describe('answers that take too long', () => {
  it('are deferred (type 5), then written into the deferred message through the REST API', async () => {
    const interaction = chatInput(standIn.applicationId, 'slow', {}, { userId: '1440000000000000001' });
    const response = await post(interaction);
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ type: 5 });
    expect(callbackProblems(response.json)).toEqual([]);
    expect(response.ms).toBeLessThan(300);
    const edit = await standIn.waitFor('the edit', () => standIn.interactions.get(interaction.id)?.edits[0]);
    expect(webhookEditProblems(edit)).toEqual([]);
    expect(edit).toMatchObject({ embeds: [{ title: 'slow done' }], allowed_mentions: { parse: [] } });
    expect(edit).not.toHaveProperty('flags');
    expect(standIn.interactions.get(interaction.id)!.rejected).toEqual([]);
  });

  it('keep the privacy asked for: a private command is deferred as ephemeral', async () => {
    const interaction = chatInput(standIn.applicationId, 'slow', { private: true }, { userId: '1440000000000000002' });
    const response = await post(interaction);
    expect(response.json).toEqual({ type: 5, data: { flags: 64 } });
    expect(callbackProblems(response.json)).toEqual([]);
    await standIn.waitFor('the edit', () => standIn.interactions.get(interaction.id)?.edits[0]);
  });

  it('with the default deferral time: a 2.5-s answer is deferred inside the 3-s window', async () => {
    const defaults = await startHttpService(configFor(), realContext(), {
      commands: [slowCommand('slower', 2_500)],
      logger: createLogger({ level: 'error', write: () => {} }),
    });
    const other = new InteractionClient(addressUrl(defaults.address), keys);
    try {
      const interaction = chatInput(standIn.applicationId, 'slower', {}, { userId: '1440000000000000003' });
      const response = await other.post(interaction);
      standIn.recordHttpAnswer(interaction, response.json as APIInteractionResponse);
      expect(response.json).toEqual({ type: 5 });
      expect(response.ms).toBeGreaterThanOrEqual(1_900);
      expect(response.ms).toBeLessThan(2_900);
      await standIn.waitFor('the edit', () => standIn.interactions.get(interaction.id)?.edits[0]);
    } finally {
      other.close();
      await defaults.close(1_000);
    }
  });

  it('an edit Discord refuses is logged and counted as undelivered, without the interaction token', async () => {
    const interaction = chatInput(standIn.applicationId, 'slow', {}, { userId: '1440000000000000004' });
    // Not recorded with the stand-in: the edit gets 404 Unknown Webhook.
    const response = await client.post(interaction);
    expect(response.json).toEqual({ type: 5 });
    await standIn.waitFor(
      'the error line',
      () => lines.some((line) => line.includes(`deferred answer of interaction ${interaction.id}`)) || undefined,
    );
    expect(lines.join('\n')).not.toContain(interaction.token);
    const samples = parseMetrics(await service.metrics.registry.metrics());
    expect(sampleValue(samples, 'rupture_bot_interactions_total', { command: 'slow', outcome: 'undelivered' })).toBe(1);
    expect(sampleValue(samples, 'rupture_bot_errors_total', { kind: 'delivery' })).toBe(1);
  });

  it('a shutdown waits for a deferred answer still being written', async () => {
    const own = await startHttpService(configFor(), realContext(), {
      commands: [slowCommand('slow', 400)],
      deferAfterMs: 50,
      logger: createLogger({ level: 'error', write: () => {} }),
    });
    const other = new InteractionClient(addressUrl(own.address), keys);
    const interaction = chatInput(standIn.applicationId, 'slow', {}, { userId: '1440000000000000005' });
    const response = await other.post(interaction);
    standIn.recordHttpAnswer(interaction, response.json as APIInteractionResponse);
    other.close();
    await own.close(5_000);
    expect(standIn.interactions.get(interaction.id)!.edits).toHaveLength(1);
  });
});

describe('inline answers through the shared router', () => {
  it('a throwing handler answers the private apology with an error id, inline', async () => {
    const response = await post(chatInput(standIn.applicationId, 'boom', {}, { userId: '1440000000000000006' }));
    expect(response.status).toBe(200);
    expect(callbackProblems(response.json)).toEqual([]);
    const data = (response.json as { type: number; data: { flags: number; embeds: Array<{ description: string }> } })
      .data;
    expect(data.flags).toBe(64);
    const id = /([0-9a-f]{8})/.exec(data.embeds[0]!.description)![1]!;
    expect(lines.join('\n')).toMatch(new RegExp(`ERROR error ${id} in /boom — TypeError: handler bug`));
  });
});

describe('METRICS_PORT in HTTP mode', () => {
  it('moves /metrics to its own port; /healthz answers on both', async () => {
    const own = await startHttpService(configFor({ METRICS_PORT: '0' }), realContext(), {
      logger: createLogger({ level: 'error', write: () => {} }),
    });
    const metricsAddress = own.metricsServer!.address() as { port: number };
    const publicPort = new InteractionClient(addressUrl(own.address), keys);
    const metricsPort = new InteractionClient(`http://127.0.0.1:${metricsAddress.port}`, keys);
    try {
      expect((await publicPort.get('/metrics')).status).toBe(404);
      expect((await publicPort.get('/healthz')).status).toBe(200);
      expect((await metricsPort.get('/healthz')).status).toBe(200);
      const metrics = await metricsPort.get('/metrics');
      expect(metrics.status).toBe(200);
      expect(parseMetrics(metrics.text).length).toBeGreaterThan(10);
    } finally {
      publicPort.close();
      metricsPort.close();
      await own.close(1_000);
    }
  });
});
