/**
 * Gateway sharding end to end: the real bot process against a stand-in that recommends 2 shards (GET
 * /gateway/bot), everything on 127.0.0.1. By default the bot runs the recommended count and identifies every
 * shard; interactions of servers on each shard are answered; a shard that loses its connection resumes on its own
 * while the other keeps serving. DISCORD_SHARD_COUNT / DISCORD_SHARD_IDS give a process only some shards, so two
 * processes can share the work; bad values stop start-up with one line.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  DiscordStandIn,
  guildOnShard,
  standInEnv,
  startBot,
  type NodeProcess,
  type Sender,
} from './discord-standin/index.js';
import { ensureBuilt } from './limits-checker.js';
import { parseMetrics, sampleValue } from './prometheus.js';

let standIn: DiscordStandIn;
const bots: NodeProcess[] = [];

let users = 0;
const onShard = (shard: number, count: number): Sender => ({
  userId: `146000000000000${String(++users).padStart(4, '0')}`,
  guildId: guildOnShard(shard, count),
});

/** Sends /help from a server on `shard` and resolves with the answer's type (4: a message). */
async function askOn(shard: number, count: number): Promise<number> {
  const sender = onShard(shard, count);
  const id = standIn.sendCommand('help', {}, sender);
  expect(standIn.shardOf(standIn.interactions.get(id)!.interaction)).toBe(shard);
  return (await standIn.awaitCallback(id, 10_000)).type;
}

const identified = () => standIn.identifies.map((identify) => identify.shard);

function start(env: Record<string, string> = {}): NodeProcess {
  const bot = startBot(standInEnv(standIn, env));
  bots.push(bot);
  return bot;
}

beforeAll(async () => {
  await ensureBuilt();
}, 120_000);

beforeEach(async () => {
  // max_concurrency 2: both shards may identify at once (with 1, discord.js spaces identifies 5 s apart).
  standIn = await new DiscordStandIn({ shards: 2, maxConcurrency: 2 }).start();
}, 60_000);

afterEach(async () => {
  for (const bot of bots.splice(0)) await bot.stop();
  await standIn.stop();
});

describe('the recommended shard count', () => {
  it('identifies both shards Discord recommends, answers on each, and reports both as ready', async () => {
    const bot = start({ METRICS_PORT: '0', HOST: '127.0.0.1' });
    const [, url] = await bot.waitForOutput(/Health and metrics on (http:\/\/127\.0\.0\.1:\d+)\//, 20_000);
    await bot.waitForOutput(/Connected to Discord as .* on shards 0, 1 of 2 \(as many as Discord recommends\)/, 20_000);
    expect(identified().sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(standIn.connectedShards).toEqual([0, 1]);
    expect(await askOn(0, 2)).toBe(4);
    expect(await askOn(1, 2)).toBe(4);

    const health = (await (await fetch(`${url}/healthz`)).json()) as { shards: Array<{ id: number; status: string }> };
    expect(health.shards.map(({ id, status }) => [id, status])).toEqual([
      [0, 'ready'],
      [1, 'ready'],
    ]);
    const samples = parseMetrics(await (await fetch(`${url}/metrics`)).text());
    expect(sampleValue(samples, 'rupture_bot_gateway_shard_ready', { shard: '0' })).toBe(1);
    expect(sampleValue(samples, 'rupture_bot_gateway_shard_ready', { shard: '1' })).toBe(1);
  });

  it('a shard that loses its connection resumes by itself; the other shard keeps its session and serves meanwhile', async () => {
    const bot = start();
    await bot.waitForOutput(/Connected to Discord/, 20_000);
    const identifies = standIn.counters.identifies;
    standIn.dropConnection(1);
    // Sent while shard 1 is down: kept by the stand-in, replayed when the shard resumes.
    const pending = standIn.sendCommand('help', {}, onShard(1, 2));
    expect(await askOn(0, 2)).toBe(4);
    expect((await standIn.awaitCallback(pending, 15_000)).type).toBe(4);
    await bot.waitForOutput(/Gateway connection resumed \(\d+ events replayed\) \(shard 1\/2\)/);
    expect(standIn.counters.identifies).toBe(identifies);
    expect(standIn.counters.resumes).toBe(1);
    expect(bot.output).toMatch(/Gateway connection lost: reconnecting \(shard 1\/2\)/);
    expect(bot.output).not.toMatch(/\(shard 0\/2\)/);
  });
});

describe('shards chosen by configuration', () => {
  it('DISCORD_SHARD_COUNT=3 with DISCORD_SHARD_IDS=1,2 identifies exactly those two, and answers on them', async () => {
    const bot = start({ DISCORD_SHARD_COUNT: '3', DISCORD_SHARD_IDS: '1,2' });
    await bot.waitForOutput(/Connected to Discord as .* on shards 1, 2 of 3;/, 20_000);
    expect(identified().sort()).toEqual([
      [1, 3],
      [2, 3],
    ]);
    expect(await askOn(1, 3)).toBe(4);
    expect(await askOn(2, 3)).toBe(4);
  });

  it('two processes share three shards (ids 0 and 1-2): every shard is identified once, each answered', async () => {
    const first = start({ DISCORD_SHARD_COUNT: '3', DISCORD_SHARD_IDS: '0' });
    const second = start({ DISCORD_SHARD_COUNT: '3', DISCORD_SHARD_IDS: '1-2' });
    await first.waitForOutput(/Connected to Discord as .* on shard 0 of 3;/, 20_000);
    await second.waitForOutput(/Connected to Discord as .* on shards 1, 2 of 3;/, 20_000);
    expect(identified().sort()).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
    ]);
    for (const shard of [0, 1, 2]) expect(await askOn(shard, 3)).toBe(4);
  });

  const bad: Array<[Record<string, string>, RegExp]> = [
    [{ DISCORD_SHARD_COUNT: 'two' }, /^Configuration error: DISCORD_SHARD_COUNT must be a whole number of shards/],
    [{ DISCORD_SHARD_COUNT: '0' }, /^Configuration error: DISCORD_SHARD_COUNT must be a whole number of shards/],
    [
      { DISCORD_SHARD_COUNT: '2', DISCORD_SHARD_IDS: '1,2' },
      /^Configuration error: DISCORD_SHARD_IDS has shard 2, but DISCORD_SHARD_COUNT=2 numbers them 0 to 1/,
    ],
    [{ DISCORD_SHARD_IDS: '0' }, /^Configuration error: DISCORD_SHARD_IDS needs DISCORD_SHARD_COUNT/],
  ];
  for (const [vars, expected] of bad) {
    it(`${JSON.stringify(vars)}: one line, exit 1, before connecting`, async () => {
      const bot = start(vars);
      expect((await bot.exited).code).toBe(1);
      expect(bot.stderr.trim().split('\n')).toHaveLength(1);
      expect(bot.stderr).toMatch(expected);
      expect(standIn.counters.connections).toBe(0);
    });
  }
});
