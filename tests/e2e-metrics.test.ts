/**
 * The gateway bot's health and metrics endpoint (METRICS_PORT), end to end: the real bot process against the
 * Discord stand-in, everything on 127.0.0.1. /healthz follows the shard (503 while it cannot serve, 200 when
 * ready); /metrics counts what the bot did, in valid Prometheus text.
 */
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordStandIn, GUILD_ID, standInEnv, startBot, type NodeProcess } from './discord-standin/index.js';
import { ensureBuilt } from './limits-checker.js';
import { parseMetrics, sampleValue } from './prometheus.js';

let standIn: DiscordStandIn;
let bot: NodeProcess;
let base: string;

const user = (n: number) => ({ userId: `14200000000000000${String(n).padStart(2, '0')}` });

async function get(path: string): Promise<{ status: number; body: string; type: string | null }> {
  const response = await fetch(`${base}${path}`);
  return { status: response.status, body: await response.text(), type: response.headers.get('content-type') };
}

/** Polls /healthz until it answers `status`. */
async function healthBecomes(
  status: number,
  timeoutMs = 15_000,
): Promise<{ status: string; shards: Array<{ id: number; status: string }> }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const health = await get('/healthz');
    if (health.status === status)
      return JSON.parse(health.body) as { status: string; shards: Array<{ id: number; status: string }> };
    if (Date.now() > deadline) throw new Error(`/healthz stayed ${health.status} (${health.body}), expected ${status}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  await ensureBuilt();
  standIn = await new DiscordStandIn({ guildIds: [GUILD_ID] }).start();
  bot = startBot(standInEnv(standIn, { METRICS_PORT: '0', HOST: '127.0.0.1', COOLDOWN_REQUESTS: '2' }));
  const [, url] = await bot.waitForOutput(/Health and metrics on (http:\/\/127\.0\.0\.1:\d+)\/healthz/, 20_000);
  base = url!;
  await bot.waitForOutput(/Connected to Discord/, 20_000);
}, 60_000);

afterAll(async () => {
  await bot?.stop();
  await standIn?.stop();
});

describe('gateway health and metrics (METRICS_PORT)', () => {
  it('/healthz is 200 with every shard ready, and 503 while the shard has no session', async () => {
    const ready = await healthBecomes(200);
    expect(ready).toMatchObject({ status: 'ready', shards: [{ id: 0, status: 'ready' }] });
    standIn.holdReady = true;
    standIn.closeConnection(4007, 'Invalid seq', { endSession: true });
    const waiting = await healthBecomes(503);
    expect(waiting.status).toBe('not ready');
    expect(waiting.shards[0]!.status).not.toBe('ready');
    standIn.releaseReady();
    await healthBecomes(200);
  });

  it('/metrics counts interactions by command and outcome, cooldown refusals, errors, and shows the shard', async () => {
    await healthBecomes(200);
    const asks = [1, 2, 3].map(() => standIn.sendCommand('ask', { question: 'why did peru break relations' }, user(1)));
    for (const id of asks) await standIn.awaitCallback(id);
    await standIn.awaitCallback(standIn.sendAutocomplete('ask', 'question', 'sheinb', user(2)));
    standIn.nextCallbackResponse(404, { message: 'Unknown interaction', code: 10062 });
    const expired = standIn.sendCommand('timeline', {}, user(3));
    await standIn.waitFor(
      'the refused answer',
      () => (standIn.interactions.get(expired)?.rejected.length ?? 0) > 0 || undefined,
    );
    // The ping appears after the first heartbeat acknowledgement (every second with the stand-in).
    await standIn.waitFor('two heartbeats', () => standIn.counters.heartbeatAcks >= 2 || undefined);

    const metrics = await get('/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.type).toMatch(/^text\/plain; version=0\.0\.4/);
    const samples = parseMetrics(metrics.body);
    const interactions = (labels: Record<string, string>) =>
      sampleValue(samples, 'rupture_bot_interactions_total', labels);
    expect(interactions({ kind: 'command', command: 'ask', outcome: 'answered' })).toBe(2);
    expect(interactions({ kind: 'command', command: 'ask', outcome: 'cooldown' })).toBe(1);
    expect(interactions({ kind: 'autocomplete', command: 'ask', outcome: 'answered' })).toBe(1);
    expect(interactions({ kind: 'command', command: 'timeline', outcome: 'undelivered' })).toBe(1);
    expect(sampleValue(samples, 'rupture_bot_cooldown_refusals_total')).toBe(1);
    expect(sampleValue(samples, 'rupture_bot_errors_total', { kind: 'expired' })).toBe(1);
    expect(sampleValue(samples, 'rupture_bot_reply_seconds_count', { kind: 'command' })).toBe(4);
    expect(sampleValue(samples, 'rupture_bot_gateway_shard_ready', { shard: '0' })).toBe(1);
    expect(sampleValue(samples, 'rupture_bot_gateway_shard_status', { shard: '0', status: 'ready' })).toBe(1);
    const ping = sampleValue(samples, 'rupture_bot_gateway_ping_seconds', { shard: '0' });
    expect(ping).toBeGreaterThanOrEqual(0);
    expect(ping).toBeLessThan(1);
    expect(sampleValue(samples, 'process_resident_memory_bytes')).toBeGreaterThan(10_000_000);
  });

  it('answers 404 for other paths and 405 for other methods', async () => {
    expect((await get('/interactions')).status).toBe(404);
    expect((await fetch(`${base}/metrics`, { method: 'POST' })).status).toBe(405);
  });
});

describe('METRICS_PORT misconfigured', () => {
  it('a port already in use ends start-up with one line naming METRICS_PORT, exit 1', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const other = startBot(standInEnv(standIn, { METRICS_PORT: String(port), HOST: '127.0.0.1' }));
      const exit = await other.exited;
      expect(exit.code).toBe(1);
      expect(other.stderr.trim().split('\n')).toEqual([
        `Configuration error: METRICS_PORT ${port} is already in use on 127.0.0.1: pick another port or stop the process using it`,
      ]);
    } finally {
      blocker.close();
    }
  }, 30_000);

  it('a value that is not a port is refused before anything starts', async () => {
    const other = startBot(standInEnv(standIn, { METRICS_PORT: '9100x' }));
    const exit = await other.exited;
    expect(exit.code).toBe(1);
    expect(other.stderr).toMatch(/^Configuration error: METRICS_PORT must be a port number from 0 to 65535/);
  });
});
