/**
 * The router's metrics (src/metrics/metrics.ts with prom-client): what each kind of interaction and failure counts,
 * read back from the registry's Prometheus text. End to end, through /metrics, in tests/e2e-metrics.test.ts.
 */
import type { APIInteraction } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import type { CommandModule } from '../commands/command.js';
import { COMMANDS } from '../commands/index.js';
import { Cooldown } from '../src/bot/cooldown.js';
import { createLogger } from '../src/bot/logger.js';
import { InteractionRouter, type InteractionTransport } from '../src/bot/router.js';
import { BotMetrics } from '../src/metrics/metrics.js';
import { autocomplete, buttonPress, chatInput, messageFrom, snowflake } from './discord-standin/payloads.js';
import { realContext } from './helpers.js';
import { parseMetrics, sampleValue } from './prometheus.js';

const APP = '1300000000000000001';
const user = (n: number) => ({ userId: `14100000000000000${String(n).padStart(2, '0')}` });

const throwing: CommandModule = {
  definition: {
    name: 'boom',
    description: 'throws',
    options: [{ type: 3, name: 'x', description: 'x', autocomplete: true }],
  },
  handle() {
    throw new TypeError('handler bug');
  },
  autocomplete() {
    throw new TypeError('suggestion bug');
  },
};

/** A router over real commands plus `throwing`, its metrics, and a transport that fails for chosen interactions. */
function setup(
  failFor: (interaction: { id: string }) => { code?: number; message: string } | undefined = () => undefined,
) {
  const metrics = new BotMetrics();
  const transport: InteractionTransport = {
    async respond(interaction) {
      const failure = failFor(interaction);
      if (failure) throw Object.assign(new Error(failure.message), { code: failure.code });
    },
  };
  const router = new InteractionRouter({
    context: realContext(),
    cooldown: new Cooldown(2, 60_000),
    logger: createLogger({ level: 'error', write: () => {} }),
    transport,
    commands: [...COMMANDS, throwing],
    metrics,
  });
  const read = async () => parseMetrics(await metrics.registry.metrics());
  return { router, metrics, read };
}

describe('interaction metrics', () => {
  it('counts answers, cooldown refusals and handler failures by kind, command and outcome', async () => {
    const { router, read } = setup();
    for (let i = 0; i < 3; i++)
      await router.handle(chatInput(APP, 'ask', { question: 'why did peru break relations' }, user(1)));
    await router.handle(chatInput(APP, 'boom', {}, user(2)));
    await router.handle(autocomplete(APP, 'ask', 'question', 'peru', user(3)));
    await router.handle(autocomplete(APP, 'boom', 'x', 'a', user(3)));
    const samples = await read();
    const interactions = (labels: Record<string, string>) =>
      sampleValue(samples, 'rupture_bot_interactions_total', labels);
    expect(interactions({ kind: 'command', command: 'ask', outcome: 'answered' })).toBe(2);
    expect(interactions({ kind: 'command', command: 'ask', outcome: 'cooldown' })).toBe(1);
    expect(interactions({ kind: 'command', command: 'boom', outcome: 'failed' })).toBe(1);
    expect(interactions({ kind: 'autocomplete', command: 'ask', outcome: 'answered' })).toBe(1);
    expect(interactions({ kind: 'autocomplete', command: 'boom', outcome: 'answered' })).toBe(1);
    expect(sampleValue(samples, 'rupture_bot_cooldown_refusals_total')).toBe(1);
    expect(sampleValue(samples, 'rupture_bot_errors_total', { kind: 'handler' })).toBe(1);
    expect(sampleValue(samples, 'rupture_bot_errors_total', { kind: 'autocomplete' })).toBe(1);
    expect(sampleValue(samples, 'rupture_bot_reply_seconds_count', { kind: 'command' })).toBe(4);
    expect(sampleValue(samples, 'rupture_bot_reply_seconds_count', { kind: 'autocomplete' })).toBe(2);
    // Each reply is counted once in the histogram, in cumulative buckets (how long they took is the bench's business:
    // under a loaded suite a cold first answer can pass any fixed bound).
    const buckets = samples
      .filter((s) => s.name === 'rupture_bot_reply_seconds_bucket' && s.labels['kind'] === 'command')
      .map((s) => ({ le: s.labels['le'] === '+Inf' ? Infinity : Number(s.labels['le']), count: s.value }))
      .sort((a, b) => a.le - b.le);
    expect(buckets.length).toBeGreaterThan(1);
    for (let i = 1; i < buckets.length; i++) expect(buckets[i]!.count).toBeGreaterThanOrEqual(buckets[i - 1]!.count);
    expect(buckets[buckets.length - 1]).toEqual({ le: Infinity, count: 4 });
  });

  it('counts an answer Discord refused as undelivered, with the error by kind', async () => {
    const failures = new Map<string, { code?: number; message: string }>();
    const { router, read } = setup((interaction) => failures.get(interaction.id));
    const expired = chatInput(APP, 'help', {}, user(4));
    const answered = chatInput(APP, 'help', {}, user(5));
    const broken = chatInput(APP, 'timeline', {}, user(6));
    failures.set(expired.id, { code: 10062, message: 'Unknown interaction' });
    failures.set(answered.id, { code: 40060, message: 'Interaction has already been acknowledged.' });
    failures.set(broken.id, { message: 'socket hang up' });
    for (const interaction of [expired, answered, broken]) await router.handle(interaction);
    const samples = await read();
    expect(sampleValue(samples, 'rupture_bot_interactions_total', { command: 'help', outcome: 'undelivered' })).toBe(2);
    expect(
      sampleValue(samples, 'rupture_bot_interactions_total', { command: 'timeline', outcome: 'undelivered' }),
    ).toBe(1);
    for (const kind of ['expired', 'already_answered', 'delivery'])
      expect(sampleValue(samples, 'rupture_bot_errors_total', { kind })).toBe(1);
  });

  it('labels buttons by their command, and never by user text', async () => {
    const { router, read } = setup();
    const message = messageFrom(APP, { embeds: [{ description: 'x' }] }, snowflake());
    await router.handle(buttonPress(APP, 'run:source:paragraph:peru-mexico-rupture-2025:5', message, user(7)));
    await router.handle(buttonPress(APP, 'run:@everyone free nitro:x', message, user(8)));
    await router.handle(chatInput(APP, 'free nitro @everyone', {}, user(9)));
    await router.handle({
      id: snowflake(),
      type: 1,
      application_id: APP,
      token: 't',
      version: 1,
    } as unknown as APIInteraction);
    const samples = await read();
    expect(
      sampleValue(samples, 'rupture_bot_interactions_total', {
        kind: 'button',
        command: 'source',
        outcome: 'answered',
      }),
    ).toBe(1);
    expect(sampleValue(samples, 'rupture_bot_interactions_total', { kind: 'button', command: 'unknown' })).toBe(1);
    expect(sampleValue(samples, 'rupture_bot_interactions_total', { kind: 'command', command: 'unknown' })).toBe(1);
    expect(sampleValue(samples, 'rupture_bot_interactions_total', { kind: 'other', outcome: 'ignored' })).toBe(1);
    const labelValues = samples.flatMap((sample) => Object.values(sample.labels));
    expect(labelValues.join(' ')).not.toMatch(/nitro|everyone/);
  });

  it('includes Node process metrics under their usual names', async () => {
    const { read } = setup();
    const names = new Set((await read()).map((sample) => sample.name));
    for (const name of [
      'process_cpu_user_seconds_total',
      'process_resident_memory_bytes',
      'nodejs_heap_size_used_bytes',
      'nodejs_eventloop_lag_seconds',
    ]) {
      expect(names.has(name), name).toBe(true);
    }
  });
});
