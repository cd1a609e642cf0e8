/**
 * The bot's Prometheus metrics (prom-client), one registry per process, served at /metrics by either transport:
 *
 * - `rupture_bot_interactions_total{kind, command, outcome}`: every interaction, by kind (command, button,
 *   autocomplete), command (its English name, or `unknown`) and outcome (answered, cooldown, failed: the user got
 *   the apology with an error id, undelivered: the answer never reached Discord, ignored);
 * - `rupture_bot_reply_seconds{kind}`: from the interaction's arrival to Discord accepting the answer (gateway) or
 *   to the HTTP response being written (HTTP endpoint);
 * - `rupture_bot_cooldown_refusals_total`: answers that were the per-user cooldown notice;
 * - `rupture_bot_errors_total{kind}`: handler, autocomplete, payload (unreadable interaction), expired (10062),
 *   already_answered (40060), delivery (any other failure to answer);
 * - per shard (gateway): `rupture_bot_gateway_shard_ready`, `rupture_bot_gateway_shard_status{status}` and
 *   `rupture_bot_gateway_ping_seconds`; for the HTTP endpoint: `rupture_bot_http_requests_rejected_total{reason}`;
 * - Node's process metrics (`process_*`, `nodejs_*`) under their usual names, so stock dashboards work.
 *
 * Labels only take values from fixed lists (never user text), so the number of series stays small.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

const PREFIX = 'rupture_bot_';

export type InteractionKind = 'command' | 'button' | 'autocomplete' | 'other';
export type InteractionOutcome = 'answered' | 'cooldown' | 'failed' | 'undelivered' | 'ignored';
export type ErrorKind = 'handler' | 'autocomplete' | 'payload' | 'expired' | 'already_answered' | 'delivery';

/** What the interaction router reports; {@link BotMetrics} implements it, tests may record it. */
export interface InteractionMetrics {
  /** One interaction done: what it was, how it ended, and seconds from its arrival to its answer. */
  interaction(kind: InteractionKind, command: string, outcome: InteractionOutcome, seconds: number): void;
  error(kind: ErrorKind): void;
}

/** A gateway shard as /healthz and the shard gauges see it. */
export interface ShardState {
  id: number;
  /** discord.js's status, as a word: ready, connecting, reconnecting, identifying, resuming, disconnected … */
  status: string;
  ready: boolean;
  /** Heartbeat round trip in milliseconds; undefined before the first acknowledgement. */
  pingMs: number | undefined;
}

/**
 * Reply latency buckets, in seconds: sub-millisecond inline answers up to Discord's 3-s window and beyond (an
 * answer slower than 3 s is lost, so the last buckets show how close the slowest come).
 */
const REPLY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5];

export class BotMetrics implements InteractionMetrics {
  readonly registry = new Registry();
  private readonly interactions = new Counter({
    name: `${PREFIX}interactions_total`,
    help: 'Interactions handled, by kind, command and outcome.',
    labelNames: ['kind', 'command', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly replySeconds = new Histogram({
    name: `${PREFIX}reply_seconds`,
    help: 'Seconds from an interaction arriving to its answer being accepted (gateway) or written (HTTP).',
    labelNames: ['kind'] as const,
    buckets: REPLY_BUCKETS,
    registers: [this.registry],
  });
  private readonly cooldownRefusals = new Counter({
    name: `${PREFIX}cooldown_refusals_total`,
    help: 'Commands and button presses answered with the per-user cooldown notice.',
    registers: [this.registry],
  });
  private readonly errors = new Counter({
    name: `${PREFIX}errors_total`,
    help: 'Failures, by kind: handler, autocomplete, payload, expired, already_answered, delivery.',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });
  private readonly rejected = new Counter({
    name: `${PREFIX}http_requests_rejected_total`,
    help: 'Requests to the interactions endpoint refused, by reason (unsigned, bad_signature, stale, too_large, malformed).',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  interaction(kind: InteractionKind, command: string, outcome: InteractionOutcome, seconds: number): void {
    this.interactions.inc({ kind, command, outcome });
    if (outcome === 'cooldown') this.cooldownRefusals.inc();
    if (outcome !== 'ignored') this.replySeconds.observe({ kind }, seconds);
  }

  error(kind: ErrorKind): void {
    this.errors.inc({ kind });
  }

  /** A request to the interactions endpoint refused before any handler ran. */
  rejectedRequest(reason: string): void {
    this.rejected.inc({ reason });
  }

  /** Per-shard gauges, read from `shards()` at every scrape (gateway mode). */
  watchShards(shards: () => readonly ShardState[]): void {
    this.shardGauge(
      shards,
      'gateway_shard_ready',
      'Whether each gateway shard of this process is connected and ready (1) or not (0).',
      (shard) => (shard.ready ? 1 : 0),
    );
    this.shardGauge(
      shards,
      'gateway_shard_status',
      "Each gateway shard's connection status (the series whose status label is current is 1).",
      () => 1,
      { byStatus: true },
    );
    this.shardGauge(
      shards,
      'gateway_ping_seconds',
      "Each gateway shard's heartbeat round trip, in seconds (absent before the first one).",
      (shard) => (shard.pingMs === undefined ? undefined : shard.pingMs / 1000),
    );
  }

  /**
   * A gauge with one series per shard, labelled by shard id (and by its status with `byStatus`), set from
   * `shards()` at every scrape; a shard whose `value` is undefined has no series.
   */
  private shardGauge(
    shards: () => readonly ShardState[],
    name: string,
    help: string,
    value: (shard: ShardState) => number | undefined,
    { byStatus = false } = {},
  ): void {
    new Gauge({
      name: `${PREFIX}${name}`,
      help,
      labelNames: byStatus ? ['shard', 'status'] : ['shard'],
      registers: [this.registry],
      collect() {
        this.reset();
        for (const shard of shards()) {
          const current = value(shard);
          const labels = { shard: String(shard.id), ...(byStatus && { status: shard.status }) };
          if (current !== undefined) this.set(labels, current);
        }
      },
    });
  }
}
