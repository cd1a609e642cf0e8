/**
 * `npm run serve`: the HTTP interactions endpoint as a service — configuration, the shared router and metrics,
 * the listening server, and a clean stop on SIGINT/SIGTERM. Loads neither discord.js nor a gateway connection:
 * deferred answers go out through @discordjs/rest alone.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { REST } from '@discordjs/rest';
import { RESTJSONErrorCodes, Routes } from 'discord-api-types/v10';
import { Cooldown } from '../bot/cooldown.js';
import { createLogger, type Logger } from '../bot/logger.js';
import { InteractionRouter, type InteractionTransport, type ServedCommand } from '../bot/router.js';
import type { AppContext } from '../context.js';
import type { HttpConfig } from '../env.js';
import { addressUrl, closeServer, createHealthServer, listen } from '../metrics/endpoints.js';
import { BotMetrics } from '../metrics/metrics.js';
import { InteractionEndpoint, type EditOriginal } from './endpoint.js';
import { publicKeyFromHex } from './signature.js';

/** On SIGINT/SIGTERM, how long requests in progress and deferred answers may take before the process ends. */
export const SHUTDOWN_GRACE_MS = 5_000;

/** Discord's REST API for what follows an answer: interaction webhooks need the interaction's token, not the bot's. */
function restClient(config: Pick<HttpConfig, 'apiUrl' | 'restTimeoutMs'>): REST {
  return new REST({ api: config.apiUrl, timeout: config.restTimeoutMs, retries: 1 });
}

/** Edits the message a deferral created (PATCH /webhooks/{app}/{token}/messages/@original). */
export function restEditor(rest: REST, applicationId: string): EditOriginal {
  return async (token, body) => {
    await rest.patch(Routes.webhookMessage(applicationId, token, '@original'), { body, auth: false });
  };
}

/** How long to wait before sending a follow-up again that Discord refused as Unknown Webhook (see below). */
const FOLLOW_UP_RETRY_MS = 500;

/**
 * The router's transport in HTTP mode, for follow-up messages only (a student's private quiz result): answers go
 * out in the HTTP responses, never through `respond`. A follow-up leaves right after the response it follows; if
 * Discord has not yet taken that response in, it answers 10015 Unknown Webhook, so that one is tried once more.
 */
export function followUpTransport(rest: REST): InteractionTransport {
  const post = (interaction: { application_id: string; token: string }, body: unknown) =>
    rest.post(Routes.webhook(interaction.application_id, interaction.token), { body, auth: false });
  return {
    respond: () => Promise.reject(new Error('the HTTP endpoint answers in its HTTP responses')),
    async followUp(interaction, data) {
      try {
        await post(interaction, data);
      } catch (error) {
        if ((error as { code?: unknown }).code !== RESTJSONErrorCodes.UnknownWebhook) throw error;
        await new Promise((resolve) => setTimeout(resolve, FOLLOW_UP_RETRY_MS));
        await post(interaction, data);
      }
    },
  };
}

export interface HttpService {
  endpoint: InteractionEndpoint;
  metrics: BotMetrics;
  logger: Logger;
  /** Where POST /interactions listens. */
  address: AddressInfo;
  /** The METRICS_PORT server, when that is set. */
  metricsServer: Server | undefined;
  close(graceMs: number): Promise<void>;
}

export interface HttpServiceOptions {
  /** The commands served (default: every command); tests add slow or failing ones. */
  commands?: readonly ServedCommand[];
  /** When an answer is deferred (default 2 s after the request arrived). */
  deferAfterMs?: number;
  /** Edits deferred answers (default: {@link restEditor}). */
  editOriginal?: EditOriginal;
  logger?: Logger;
}

/** Starts the endpoint (and the METRICS_PORT server when set); a port in use is a ConfigError naming it. */
export async function startHttpService(
  config: HttpConfig,
  context: AppContext,
  options: HttpServiceOptions = {},
): Promise<HttpService> {
  const logger = options.logger ?? createLogger({ level: config.logLevel, format: config.logFormat });
  const metrics = new BotMetrics();
  const rest = restClient(config);
  const router = new InteractionRouter({
    transport: followUpTransport(rest),
    context,
    cooldown: new Cooldown(config.cooldown.requests, config.cooldown.windowMs),
    logger,
    metrics,
    ...(options.commands ? { commands: options.commands } : {}),
  });
  router.warmUp();
  const endpoint = new InteractionEndpoint({
    publicKey: publicKeyFromHex(config.publicKey),
    router,
    metrics,
    logger,
    editOriginal: options.editOriginal ?? restEditor(rest, config.clientId),
    serveMetrics: config.metricsPort === undefined,
    ...(options.deferAfterMs !== undefined ? { deferAfterMs: options.deferAfterMs } : {}),
  });
  const address = await listen(endpoint.server, config.port, config.host, 'PORT');
  let metricsServer: Server | undefined;
  try {
    if (config.metricsPort !== undefined) {
      metricsServer = createHealthServer(metrics, endpoint.health);
      const metricsAddress = await listen(metricsServer, config.metricsPort, config.host, 'METRICS_PORT');
      logger.info(`Health and metrics on ${addressUrl(metricsAddress)}/healthz and /metrics`);
    } else {
      logger.info(`Health and metrics on ${addressUrl(address)}/healthz and /metrics`);
    }
  } catch (error) {
    await endpoint.close(0);
    throw error;
  }
  logger.info(
    `Interactions endpoint listening on ${addressUrl(address)}/interactions. In the Developer Portal (General Information → Interactions Endpoint URL), enter this server's public HTTPS address followed by /interactions.`,
  );
  return {
    endpoint,
    metrics,
    logger,
    address,
    metricsServer,
    async close(graceMs) {
      await endpoint.close(graceMs);
      if (metricsServer) await closeServer(metricsServer);
    },
  };
}

/** Runs the endpoint until SIGINT or SIGTERM, then stops taking requests, finishes those in progress, resolves 0. */
export async function runHttp(config: HttpConfig, context: AppContext): Promise<number> {
  // Listening before start-up: a signal that arrives just after "listening" is printed must stop the server
  // cleanly, not meet Node's default action (killed, no exit code).
  const stopSignal = new Promise<string>((resolve) => {
    for (const name of ['SIGINT', 'SIGTERM'] as const) process.once(name, () => resolve(name));
  });
  const service = await startHttpService(config, context);
  const { logger } = service;
  const onRejection = (reason: unknown) => logger.error('unhandled promise rejection', reason);
  process.on('unhandledRejection', onRejection);
  try {
    const signal = await stopSignal;
    logger.info(`${signal} received: finishing the requests in progress`);
    await service.close(SHUTDOWN_GRACE_MS);
    return 0;
  } finally {
    process.off('unhandledRejection', onRejection);
  }
}
