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
import {
  Client,
  Events,
  GatewayDispatchEvents,
  GatewayIntentBits,
  Routes,
  type APIInteraction,
  type REST,
} from 'discord.js';
import { COMMANDS } from '../../commands/index.js';
import type { AppContext } from '../context.js';
import { inviteUrl, type BotConfig } from '../env.js';
import { ConfigError } from '../process.js';
import { Cooldown } from './cooldown.js';
import { createLogger, type Logger } from './logger.js';
import { InteractionRouter, type InteractionTransport } from './router.js';

/**
 * REST timeout and retries. An interaction answer is useless after Discord's 3-second window, so one retry of a
 * failed request is enough; the timeout only bounds a hung connection.
 */
export const REST_TIMEOUT_MS = 10_000;
export const REST_RETRIES = 1;
/** On SIGINT/SIGTERM, how long answers already being sent may take before the client is destroyed. */
export const SHUTDOWN_GRACE_MS = 2_000;

/** Gateway close codes after which discord.js gives up, and what the user should do about each. */
const FATAL_CLOSE_CODES: Record<number, string> = {
  4004: 'DISCORD_TOKEN was rejected by the gateway (4004 Authentication failed): reset the token in the Developer Portal (Bot → Reset Token) and put the new one in .env',
  4010: 'the gateway refused the shard settings (4010 Invalid shard)',
  4011: 'the bot is in too many servers for one connection (4011 Sharding required)',
  4012: 'the gateway refused the API version (4012 Invalid API version): update discord.js',
  4013: 'the gateway refused the intents (4013 Invalid intents)',
  4014: 'the gateway refused the intents (4014 Disallowed intents): this bot asks only for Guilds, which needs no approval',
};

/** Sends interaction responses with the client's REST manager (interaction callbacks need no bot token). */
export function restTransport(rest: REST): InteractionTransport {
  return {
    async respond(interaction, response) {
      await rest.post(Routes.interactionCallback(interaction.id, interaction.token), { body: response, auth: false });
    },
  };
}

/** A login failure as one line a user can act on. */
function loginError(error: unknown, config: BotConfig): Error {
  const code = (error as { code?: unknown }).code;
  if (code === 'TokenInvalid' || (error as { status?: unknown }).status === 401) {
    return new ConfigError('DISCORD_TOKEN was rejected by Discord (401 Unauthorized): reset the token in the Developer Portal (Bot → Reset Token) and put the new one in .env');
  }
  // Network failures (refused, DNS, timeout) and Discord's own HTTP errors: say where it tried to connect.
  const name = (error as { name?: unknown }).name;
  const network = (typeof code === 'string' && /^(E[A-Z]+|UND_ERR)/.test(code)) || name === 'AbortError' || name === 'HTTPError' || name === 'DiscordAPIError' || (error as { cause?: unknown }).cause !== undefined;
  if (!network) return error instanceof Error ? error : new Error(String(error));
  const reason = error instanceof Error ? error.message : String(error);
  return new ConfigError(`could not connect to Discord at ${config.apiUrl} (${reason.split('\n')[0]}): check the network connection${config.apiUrl.includes('discord.com') ? '' : ', or DISCORD_API_URL'}`);
}

/** Prepares what the first requests would otherwise build (autocomplete indexes), so the first keystroke is fast. */
function warmUp(context: AppContext): void {
  for (const command of COMMANDS) {
    for (const option of command.definition.options ?? []) {
      if ('autocomplete' in option && option.autocomplete) command.autocomplete?.({ name: option.name, value: '' }, 'en', context);
    }
  }
}

function listen(client: Client, router: InteractionRouter, logger: Logger): void {
  // The raw payload, before discord.js builds its own objects; router.handle never throws or rejects.
  client.ws.on(GatewayDispatchEvents.InteractionCreate, (data: APIInteraction) => {
    void router.handle(data);
  });
  client.once(Events.ClientReady, (ready) => {
    logger.info(`Connected to Discord as ${ready.user.tag}; serving /${COMMANDS.map((command) => command.definition.name).join(', /')}. Ctrl-C stops the bot.`);
    logger.info('Commands not showing in Discord? Run `npm run deploy-commands` once (with DISCORD_GUILD_ID set they appear at once).');
  });
  client.on(Events.ShardReconnecting, () => logger.info('Gateway connection lost: reconnecting'));
  client.on(Events.ShardResume, (_, replayed) => logger.info(`Gateway connection resumed (${replayed} events replayed)`));
  // discord.js reconnects by itself after a connection error; only a close it cannot recover from is fatal (below).
  client.on(Events.ShardError, (error) => logger.info(`Gateway connection error (discord.js reconnects): ${error.message}`));
  client.on(Events.Warn, (message) => logger.warn(message));
  client.on(Events.Error, (error) => logger.error('discord.js error', error));
  client.on(Events.Debug, (message) => logger.debug(message));
}

/**
 * Runs the bot until SIGINT or SIGTERM, then closes the connection and resolves 0. A login the user can fix
 * (rejected token, unreachable API) rejects with a {@link ConfigError}: one line, exit 1.
 */
export async function runBot(config: BotConfig, context: AppContext): Promise<number> {
  const logger = createLogger({ level: config.logLevel, secrets: [config.token] });
  logger.info(`Invite the bot to a server: ${inviteUrl(config.clientId)}`);
  warmUp(context);

  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    // Also on the client, in case anything is ever sent through discord.js's own helpers.
    allowedMentions: { parse: [] },
    rest: { api: config.apiUrl, timeout: REST_TIMEOUT_MS, retries: REST_RETRIES },
  });
  const router = new InteractionRouter({
    context,
    cooldown: new Cooldown(config.cooldown.requests, config.cooldown.windowMs),
    logger,
    transport: restTransport(client.rest),
  });
  listen(client, router, logger);

  // A rejected promise nobody awaited must not end a bot that is otherwise serving: log it and go on.
  const onRejection = (reason: unknown) => logger.error('unhandled promise rejection', reason);
  process.on('unhandledRejection', onRejection);

  const stop = new Promise<{ signal: string } | { fatal: Error }>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve({ signal }));
    client.on(Events.ShardDisconnect, ({ code }) => {
      resolve({ fatal: new ConfigError(FATAL_CLOSE_CODES[code] ?? `the gateway closed the connection for good (code ${code})`) });
    });
  });

  try {
    const first = await Promise.race([client.login(config.token).then(() => undefined), stop]);
    const reason = first ?? (await stop);
    if ('fatal' in reason) throw reason.fatal;
    logger.info(`${reason.signal} received: disconnecting`);
    await router.close(SHUTDOWN_GRACE_MS);
    return 0;
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw loginError(error, config);
  } finally {
    await client.destroy().catch((error: unknown) => logger.warn('closing the client failed', error));
    process.off('unhandledRejection', onRejection);
  }
}
