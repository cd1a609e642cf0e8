/**
 * The Discord bot: a discord.js client on the gateway (intent Guilds only: it reads no messages and needs no
 * permissions), whose INTERACTION_CREATE events go to the {@link InteractionRouter}. The router's responses go
 * out through the same client's REST manager, so discord.js's rate-limit handling applies to them.
 *
 * The router gets the gateway's raw interaction payload (discord-api-types) rather than discord.js's Interaction
 * objects: the payload the renderer builds is then exactly what reaches Discord, and the router is testable
 * without discord.js. Reconnecting and resuming are left to discord.js.
 *
 * Loaded only when DISCORD_TOKEN is set (src/main.ts imports it dynamically), so the offline console and the CLI
 * never load discord.js.
 */
import type { Server } from 'node:http';
import { performance } from 'node:perf_hooks';
import {
  Client,
  DefaultRestOptions,
  Events,
  GatewayCloseCodes,
  GatewayDispatchEvents,
  GatewayIntentBits,
  Options,
  RateLimitError,
  Routes,
  type APIInteraction,
  type ClientOptions,
  type RateLimitData,
  type REST,
  type RESTOptions,
} from 'discord.js';
import { COMMANDS } from '../../commands/index.js';
import type { AppContext } from '../context.js';
import { inviteUrl, userInstallUrl, type BotConfig, type ShardConfig } from '../env.js';
import { ConfigError } from '../process.js';
import { closeServer } from '../metrics/endpoints.js';
import { BotMetrics } from '../metrics/metrics.js';
import { Cooldown } from './cooldown.js';
import { TOKEN_FIX, unreachableMessage } from './discord-errors.js';
import { gatewayHealth, shardStates, startMetricsServer } from './health.js';
import { createLogger, type Logger } from './logger.js';
import { InteractionRouter, type InteractionTransport } from './router.js';

/**
 * REST timeout and retries. An interaction answer is useless after Discord's 3-second window, so one retry of a
 * failed request is enough; the timeout only bounds a hung connection.
 *
 * What @discordjs/rest (2.6) does with an interaction callback (its BurstHandler, node_modules/@discordjs/rest):
 * - 5xx: retried immediately, REST_RETRIES times (so at most 2 requests), then it throws HTTPError;
 * - no answer within the timeout (AbortError) or ECONNRESET: the same, REST_RETRIES more times;
 * - 429: waits Retry-After (+50 ms) and sends again, without counting it as a retry and without limit; the
 *   bot gives up instead when that wait would end after the interaction's 3-s window (rejectOnRateLimit below);
 * - other 4xx (10062 expired, 40060 already answered, 50035 invalid body): never retried, DiscordAPIError.
 */
export const REST_RETRIES = 1;
/** Discord's deadline for an interaction's first answer. */
export const INTERACTION_WINDOW_MS = 3_000;
/** On SIGINT/SIGTERM, how long answers already being sent may take before the client is destroyed. */
export const SHUTDOWN_GRACE_MS = 2_000;

/** Gateway close codes after which discord.js gives up, and what the user should do about each. */
const FATAL_CLOSE_CODES: Partial<Record<number, string>> = {
  [GatewayCloseCodes.AuthenticationFailed]: `DISCORD_TOKEN was rejected by the gateway (4004 Authentication failed): ${TOKEN_FIX}`,
  [GatewayCloseCodes.InvalidShard]:
    'the gateway refused the shard settings (4010 Invalid shard): check DISCORD_SHARD_COUNT and DISCORD_SHARD_IDS, or leave both empty',
  [GatewayCloseCodes.ShardingRequired]:
    'the bot is in too many servers for its shards (4011 Sharding required): leave DISCORD_SHARD_COUNT empty to use the count Discord recommends, or raise it',
  [GatewayCloseCodes.InvalidAPIVersion]:
    'the gateway refused the API version (4012 Invalid API version): update discord.js',
  [GatewayCloseCodes.InvalidIntents]: 'the gateway refused the intents (4013 Invalid intents)',
  [GatewayCloseCodes.DisallowedIntents]:
    'the gateway refused the intents (4014 Disallowed intents): this bot asks only for Guilds, which needs no approval',
};

/** An interaction callback URL, and the interaction id in it. */
const CALLBACK_URL = /\/interactions\/(\d+)\/[^/?]+\/callback(?:[?#]|$)/;
/** discord.js's rate-limit route for interaction callbacks. */
const CALLBACK_ROUTE = '/interactions/:id/:token/callback';

/**
 * The failed attempts of the interaction callbacks being sent, by interaction id.
 *
 * Why: discord.js retries a callback by itself (see REST_RETRIES) and tells nobody, so a 429 or a 500 that a
 * retry got past would leave no trace, and a give-up would be logged without the attempts that led to it.
 * {@link trackedRequest} notes every failed attempt here, and the router logs what happened once, at the end.
 */
export class CallbackAttempts {
  private readonly pending = new Map<string, { startedAt: number; failed: string[] }>();

  constructor(private readonly now: () => number = () => performance.now()) {}

  begin(id: string): void {
    this.pending.set(id, { startedAt: this.now(), failed: [] });
  }

  note(id: string, what: string): void {
    this.pending.get(id)?.failed.push(what);
  }

  /** The failed attempts of `id`, forgotten at the same time. */
  end(id: string): string[] {
    const entry = this.pending.get(id);
    this.pending.delete(id);
    return entry?.failed ?? [];
  }

  /** Whether a retry of `id`'s callback after `delayMs` still reaches Discord within the interaction's window. */
  inTime(id: string | undefined, delayMs: number): boolean {
    const entry = id === undefined ? undefined : this.pending.get(id);
    return entry === undefined || this.now() - entry.startedAt + delayMs < INTERACTION_WINDOW_MS;
  }

  /** Milliseconds left of `id`'s window (Infinity for a request that is not a tracked callback). */
  remainingMs(id: string): number {
    const entry = this.pending.get(id);
    return entry === undefined ? Number.POSITIVE_INFINITY : INTERACTION_WINDOW_MS - (this.now() - entry.startedAt);
  }

  /** Callbacks being sent (tests: nothing may stay behind). */
  get size(): number {
    return this.pending.size;
  }
}

/**
 * discord.js's own request function (one attempt), noting what went wrong with each interaction callback
 * attempt in `attempts`. Other requests pass through untouched.
 */
export function trackedRequest(
  attempts: CallbackAttempts,
  timeoutMs: number,
  base: RESTOptions['makeRequest'] = (url, init) => DefaultRestOptions.makeRequest(url, init),
): RESTOptions['makeRequest'] {
  return async (url, init) => {
    const id = CALLBACK_URL.exec(url)?.[1];
    if (id === undefined) return base(url, init);
    // An answer after the interaction's window is refused (10062): a retry that late is not sent at all, and an
    // attempt is cut off when the window ends, even if the REST timeout is longer.
    const remaining = attempts.remainingMs(id);
    if (remaining <= 0) {
      attempts.note(id, `not sent: the ${INTERACTION_WINDOW_MS / 1000} s window had passed`);
      throw Object.assign(new Error('the interaction window had passed'), { name: 'WindowPassedError' });
    }
    // One controller carries both ends: discord.js's own abort (its REST timeout, retried by it) and the window's
    // (not retried). A timer cleared in `finally`, not AbortSignal.any/timeout: on Node 20 those can be collected
    // before they fire (nodejs/node#57736), and AbortSignal.any is missing before 20.3.
    const controller = new AbortController();
    const outer = init.signal;
    const forward = () => controller.abort(outer?.reason);
    if (outer?.aborted) forward();
    else outer?.addEventListener('abort', forward, { once: true });
    let windowEnded = false;
    const timer = Number.isFinite(remaining)
      ? setTimeout(() => {
          windowEnded = true;
          controller.abort(
            Object.assign(new Error(`no answer before the ${INTERACTION_WINDOW_MS / 1000} s window ended`), {
              name: 'TimeoutError',
            }),
          );
        }, Math.ceil(remaining))
      : undefined;
    try {
      const response = await base(url, { ...init, signal: controller.signal });
      if (response.status === 429)
        attempts.note(id, `429 rate limited, retry after ${response.headers.get('retry-after') ?? '?'} s`);
      else if (response.status >= 500) attempts.note(id, `HTTP ${response.status}`);
      return response;
    } catch (error) {
      attempts.note(
        id,
        windowEnded
          ? `no answer before the ${INTERACTION_WINDOW_MS / 1000} s window ended`
          : (error as { name?: unknown })?.name === 'AbortError'
            ? `no answer within ${timeoutMs} ms`
            : `network error: ${error instanceof Error ? error.message : String(error)}`,
      );
      throw error;
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener('abort', forward);
    }
  };
}

/**
 * For discord.js's rejectOnRateLimit: give up on an interaction callback when waiting out a 429 would make the
 * answer arrive after the interaction's window (Discord would only answer 10062), instead of waiting for nothing.
 */
export function rejectLateRetries(attempts: CallbackAttempts): (data: RateLimitData) => boolean {
  return (data) => data.route === CALLBACK_ROUTE && !attempts.inTime(CALLBACK_URL.exec(data.url)?.[1], data.retryAfter);
}

/**
 * Sends interaction responses and follow-up messages with the client's REST manager (neither needs the bot
 * token), and says which attempts of a response failed on the way (see {@link CallbackAttempts}).
 */
export function restTransport(rest: REST, attempts: CallbackAttempts = new CallbackAttempts()): InteractionTransport {
  return {
    async respond(interaction, response) {
      attempts.begin(interaction.id);
      try {
        await rest.post(Routes.interactionCallback(interaction.id, interaction.token), { body: response, auth: false });
      } catch (error) {
        const failedAttempts = attempts.end(interaction.id);
        if (error instanceof RateLimitError) {
          error.message = `rate limited for ${(error.retryAfter / 1000).toFixed(1)} s; a retry would reach Discord after the interaction's ${INTERACTION_WINDOW_MS / 1000} s window, so none was sent`;
        }
        if (error !== null && typeof error === 'object') Object.assign(error, { failedAttempts });
        throw error;
      }
      return { failedAttempts: attempts.end(interaction.id) };
    },
    async followUp(interaction, data) {
      // The interaction's own token authorizes it (for 15 minutes), not the bot token.
      await rest.post(Routes.webhook(interaction.application_id, interaction.token), { body: data, auth: false });
    },
  };
}

/** The client options for {@link BotConfig.shards}. */
export function shardOptions(shards: ShardConfig): Pick<ClientOptions, 'shards' | 'shardCount'> {
  if (shards.count === 'auto') return { shards: 'auto' };
  const ids = shards.ids === 'all' ? Array.from({ length: shards.count }, (_, id) => id) : shards.ids;
  return { shards: ids, shardCount: shards.count };
}

/** A login failure as one line a user can act on. */
function loginError(error: unknown, config: BotConfig): Error {
  const code = (error as { code?: unknown }).code;
  if (code === 'TokenInvalid' || (error as { status?: unknown }).status === 401) {
    return new ConfigError(`DISCORD_TOKEN was rejected by Discord (401 Unauthorized): ${TOKEN_FIX}`);
  }
  // Network failures (refused, DNS, timeout) and Discord's own HTTP errors: say where it tried to connect.
  const name = (error as { name?: unknown }).name;
  const network =
    (typeof code === 'string' && /^(E[A-Z]+|UND_ERR)/.test(code)) ||
    name === 'AbortError' ||
    name === 'HTTPError' ||
    name === 'DiscordAPIError' ||
    (error as { cause?: unknown }).cause !== undefined;
  if (!network) return error instanceof Error ? error : new Error(String(error));
  return new ConfigError(unreachableMessage(config.apiUrl, error));
}

function listen(
  client: Client,
  router: InteractionRouter,
  logger: Logger,
  stopping: () => boolean,
  autoShards: boolean,
): void {
  // The raw payload, before discord.js builds its own objects; router.handle never throws or rejects.
  client.ws.on(GatewayDispatchEvents.InteractionCreate, (data: APIInteraction) => {
    void router.handle(data);
  });
  // Which shard a line is about, when the bot has several (each reconnects and resumes on its own).
  const shard = (id: number) => {
    const count = client.options.shardCount ?? 1;
    return count > 1 ? ` (shard ${id}/${count})` : '';
  };
  // READY after a shard's first: discord.js could not resume (INVALID_SESSION, or a close code that ends the
  // session) and identified again. Logged because, unlike a resume, nothing sent in between is replayed.
  const sessions = new Map<number, number>();
  client.on(Events.ShardReady, (id) => {
    sessions.set(id, (sessions.get(id) ?? 0) + 1);
    if (sessions.get(id)! > 1)
      logger.info(
        `Gateway connected with a new session: the old one could not be resumed, so interactions sent while disconnected were not delivered${shard(id)}`,
      );
  });
  client.once(Events.ClientReady, (ready) => {
    const ids = (client.options.shards as number[] | undefined) ?? [0];
    const count = client.options.shardCount ?? 1;
    const where =
      count > 1 || ids.length > 1
        ? ` on shard${ids.length > 1 ? 's' : ''} ${ids.join(', ')} of ${count}${autoShards ? ' (as many as Discord recommends)' : ''}`
        : '';
    logger.info(
      `Connected to Discord as ${ready.user.tag}${where}; serving /${COMMANDS.map((command) => command.definition.name).join(', /')}. Ctrl-C stops the bot.`,
    );
    logger.info(
      'Commands not showing in Discord? Run `npm run deploy-commands` once (with DISCORD_GUILD_ID set they appear at once).',
    );
  });
  // client.destroy() at shutdown closes the shard too, which discord.js reports as "reconnecting": not logged then,
  // or the last line of a clean stop would say the bot is reconnecting.
  client.on(Events.ShardReconnecting, (id) => {
    if (!stopping()) logger.info(`Gateway connection lost: reconnecting${shard(id)}`);
  });
  client.on(Events.ShardResume, (id, replayed) =>
    logger.info(`Gateway connection resumed (${replayed} events replayed)${shard(id)}`),
  );
  // discord.js reconnects by itself after a connection error; only a close it cannot recover from is fatal (below).
  client.on(Events.ShardError, (error, id) =>
    logger.info(`Gateway connection error (discord.js reconnects): ${error.message}${shard(id)}`),
  );
  client.on(Events.Warn, (message) => logger.warn(message));
  client.on(Events.Error, (error) => logger.error('discord.js error', error));
  client.on(Events.Debug, (message) => logger.debug(message));
}

/**
 * Runs the bot until SIGINT or SIGTERM, then closes the connection and resolves 0. A login the user can fix
 * (rejected token, unreachable API) rejects with a {@link ConfigError}: one line, exit 1.
 */
export async function runBot(config: BotConfig, context: AppContext): Promise<number> {
  const logger = createLogger({ level: config.logLevel, format: config.logFormat, secrets: [config.token] });
  const timeout = config.restTimeoutMs;
  logger.info(`Invite the bot to a server: ${inviteUrl(config.clientId)}`);
  logger.info(`Add it to your own account (User Install, see README): ${userInstallUrl(config.clientId)}`);

  const attempts = new CallbackAttempts();
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    // discord.js's own sharding, all in this process: the count Discord recommends (GET /gateway/bot), or the
    // shards DISCORD_SHARD_COUNT / DISCORD_SHARD_IDS give this process.
    ...shardOptions(config.shards),
    // Also on the client, in case anything is ever sent through discord.js's own helpers.
    allowedMentions: { parse: [] },
    // Why: discord.js builds its own Interaction object for every INTERACTION_CREATE (unused: the router takes the
    // raw payload) and keeps each one's user in client.users for good. `npm run soak` showed it: one User object
    // per distinct user, never freed (0.3 KB each, and V8 lets the heap run to several times the live size), so
    // the bot's memory grew with every new user. Nothing here reads that cache: keep only the bot's own user.
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user?.id },
    }),
    rest: {
      api: config.apiUrl,
      timeout,
      retries: REST_RETRIES,
      makeRequest: trackedRequest(attempts, timeout),
      rejectOnRateLimit: rejectLateRetries(attempts),
    },
  });
  const metrics = new BotMetrics();
  metrics.watchShards(() => shardStates(client));
  const router = new InteractionRouter({
    context,
    cooldown: new Cooldown(config.cooldown.requests, config.cooldown.windowMs),
    logger,
    transport: restTransport(client.rest, attempts),
    metrics,
  });
  router.warmUp();
  let stopping = false;
  listen(client, router, logger, () => stopping, config.shards.count === 'auto');

  // A rejected promise nobody awaited must not end a bot that is otherwise serving: log it and go on.
  const onRejection = (reason: unknown) => logger.error('unhandled promise rejection', reason);
  process.on('unhandledRejection', onRejection);

  const stop = new Promise<{ signal: string } | { fatal: Error }>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve({ signal }));
    client.on(Events.ShardDisconnect, ({ code }) => {
      resolve({
        fatal: new ConfigError(FATAL_CLOSE_CODES[code] ?? `the gateway closed the connection for good (code ${code})`),
      });
    });
  });

  let metricsServer: Server | undefined;
  try {
    // Before login, so a health check sees 503 while the shards connect; a port in use ends start-up in one line.
    metricsServer = await startMetricsServer(
      config,
      metrics,
      gatewayHealth(client, () => stopping),
      logger,
    );
    const first = await Promise.race([client.login(config.token).then(() => undefined), stop]);
    const reason = first ?? (await stop);
    if ('fatal' in reason) throw reason.fatal;
    logger.info(`${reason.signal} received: disconnecting`);
    stopping = true;
    await router.close(SHUTDOWN_GRACE_MS);
    return 0;
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw loginError(error, config);
  } finally {
    stopping = true;
    await client.destroy().catch((error: unknown) => logger.warn('closing the client failed', error));
    if (metricsServer) await closeServer(metricsServer);
    process.off('unhandledRejection', onRejection);
  }
}
