/**
 * The gateway bot's health and metrics endpoint (METRICS_PORT): /healthz is 200 when every shard of this process
 * is connected and ready, 503 otherwise (starting, reconnecting, stopping), and /metrics adds each shard's status
 * and heartbeat ping to the interaction metrics.
 */
import type { Server } from 'node:http';
import { Status, type Client } from 'discord.js';
import type { ServiceConfig } from '../env.js';
import { addressUrl, createHealthServer, listen, type Health } from '../metrics/endpoints.js';
import type { BotMetrics, ShardState } from '../metrics/metrics.js';
import type { Logger } from './logger.js';

/** The shards this process runs, as discord.js sees them now (none before login has fetched the shard count). */
export function shardStates(client: Client): ShardState[] {
  return [...client.ws.shards.values()].map((shard) => ({
    id: shard.id,
    status: (Status[shard.status] ?? String(shard.status)).replace(/(?<!^)([A-Z])/g, '_$1').toLowerCase(),
    ready: shard.status === Status.Ready,
    pingMs: shard.ping >= 0 ? shard.ping : undefined,
  }));
}

/** Ready when the process has shards and every one of them is ready, and it is not shutting down. */
export function gatewayHealth(client: Client, stopping: () => boolean): Health {
  return {
    ready: () => {
      const shards = shardStates(client);
      return !stopping() && shards.length > 0 && shards.every((shard) => shard.ready);
    },
    detail: () => ({
      stopping: stopping(),
      shards: shardStates(client).map(({ id, status, pingMs }) => ({ id, status, ping_ms: pingMs ?? null })),
    }),
  };
}

/** Serves /healthz and /metrics on METRICS_PORT when it is set; resolves with the server (undefined when unset). */
export async function startMetricsServer(
  config: Pick<ServiceConfig, 'metricsPort' | 'host'>,
  metrics: BotMetrics,
  health: Health,
  logger: Logger,
): Promise<Server | undefined> {
  if (config.metricsPort === undefined) return undefined;
  const server = createHealthServer(metrics, health);
  const address = await listen(server, config.metricsPort, config.host, 'METRICS_PORT');
  logger.info(`Health and metrics on ${addressUrl(address)}/healthz and /metrics`);
  return server;
}
