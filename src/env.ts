/**
 * The bot's configuration, read and checked once at start from the environment (and `.env`, loaded by main).
 *
 * Every problem becomes a {@link ConfigError} whose message names the variable and says how to fix it, so start-up
 * prints one line and exits 1. Messages never include a variable's value: people paste the bot token into the
 * wrong variable, and a token printed to a terminal or a log must be reset.
 *
 * No discord.js here: the offline console and the CLI import this file without loading it.
 */
import { ConfigError } from './process.js';

/** Discord's own REST base URL; DISCORD_API_URL replaces it (tests point it at a local stand-in). */
export const DEFAULT_API_URL = 'https://discord.com/api';
/** Per-user cooldown when COOLDOWN_REQUESTS / COOLDOWN_WINDOW_SECONDS are not set: 5 requests per 10 seconds. */
export const DEFAULT_COOLDOWN = { requests: 5, windowSeconds: 10 } as const;
/** Bounds that keep a typo (an extra zero) from disabling the cooldown or locking users out for hours. */
const COOLDOWN_REQUESTS_RANGE = { min: 1, max: 1000 } as const;
const COOLDOWN_WINDOW_RANGE = { min: 1, max: 3600 } as const;
/**
 * How long one REST request (an interaction answer) may take before discord.js gives up on it, when
 * DISCORD_REST_TIMEOUT_MS is not set. A slow proxy may need longer; the fault tests use a short one.
 */
export const DEFAULT_REST_TIMEOUT_MS = 10_000;
const REST_TIMEOUT_RANGE = { min: 100, max: 120_000 } as const;

export const LOG_LEVELS = ['error', 'warn', 'info', 'debug'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
/** `text`: readable lines (default); `json`: one JSON object a line, for log collectors. */
export const LOG_FORMATS = ['text', 'json'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

/** Where to find the token and the application id, for the fix in each message. */
const PORTAL = 'https://discord.com/developers/applications';

/**
 * A bot token's shape: three base64url parts joined by dots (the bot's id, a timestamp, an HMAC). Checked so a
 * client secret or a half-copied token fails here, in one clear line, not later as an opaque 401.
 */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{17,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}$/;
/** HOST when unset: every interface (what a container needs; set 127.0.0.1 to stay local). */
export const DEFAULT_HOST = '0.0.0.0';
/** An address or host name to listen on: letters, digits, dots, hyphens, colons (IPv6). */
const HOST_SHAPE = /^[A-Za-z0-9.:-]{1,253}$/;

/** PORT when unset: the interactions endpoint's port. */
export const DEFAULT_PORT = 3000;
/** An application's public key: 32 bytes of Ed25519 key, written as 64 hexadecimal characters. */
const PUBLIC_KEY_SHAPE = /^[0-9a-fA-F]{64}$/;

/** Most shards DISCORD_SHARD_COUNT accepts: far beyond any bot (Discord recommends one per 1,000-odd servers). */
const MAX_SHARDS = 100_000;

/** Discord ids (snowflakes): 17 to 20 digits. */
const SNOWFLAKE = /^\d{17,20}$/;

/** Settings every long-running mode shares (the gateway bot and the HTTP endpoint). */
export interface ServiceConfig {
  logLevel: LogLevel;
  logFormat: LogFormat;
  cooldown: { requests: number; windowMs: number };
  /** REST request timeout in milliseconds (DISCORD_REST_TIMEOUT_MS). */
  restTimeoutMs: number;
  /** The address the HTTP servers (health and metrics, the interactions endpoint) listen on (HOST). */
  host: string;
  /** Port of /healthz and /metrics (METRICS_PORT); undefined when unset. 0: any free port, logged at start. */
  metricsPort: number | undefined;
}

export interface BotConfig extends ServiceConfig {
  token: string;
  clientId: string;
  /** Register commands in this server only (they appear at once); unset: globally. */
  guildId: string | undefined;
  /** REST base URL, e.g. https://discord.com/api (no version: discord.js adds /v10). */
  apiUrl: string;
  shards: ShardConfig;
}

/**
 * Which gateway shards this process runs. `auto`: as many as Discord recommends (GET /gateway/bot), all in this
 * process. Otherwise `count` shards in all, of which this process runs `ids` (every one when `ids` is `all`), so
 * shards can be split over processes and machines.
 */
export type ShardConfig = { count: 'auto' } | { count: number; ids: number[] | 'all' };

/** What `npm run serve` (the HTTP interactions endpoint) needs: no bot token, the public key instead. */
export interface HttpConfig extends ServiceConfig {
  /** The application's public key (DISCORD_PUBLIC_KEY), 64 hex characters: it checks every request's signature. */
  publicKey: string;
  clientId: string;
  /** REST base URL, for editing deferred answers. */
  apiUrl: string;
  /** Port of POST /interactions (PORT, default 3000; 0: any free port, logged). */
  port: number;
}

type Env = Readonly<Record<string, string | undefined>>;

/** The value of `name`, trimmed; undefined when unset or blank (an empty line in .env means "not set"). */
function read(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

/** True when DISCORD_TOKEN is set at all: `npm start` then runs the bot instead of the offline console. */
export function hasToken(env: Env = process.env): boolean {
  return read(env, 'DISCORD_TOKEN') !== undefined;
}

function checkToken(value: string | undefined): string {
  const fix = `copy it from ${PORTAL} → your application → Bot → Reset Token, into .env as DISCORD_TOKEN=…`;
  if (value === undefined) throw new ConfigError(`DISCORD_TOKEN is not set: ${fix}`);
  if (/^(Bot|Bearer)\s/i.test(value))
    throw new ConfigError('DISCORD_TOKEN starts with "Bot ": put only the token itself in .env, without the prefix');
  if (/\s/.test(value)) throw new ConfigError(`DISCORD_TOKEN contains spaces or line breaks: ${fix}`);
  if (/^[A-Za-z0-9_-]{32}$/.test(value)) {
    throw new ConfigError(`DISCORD_TOKEN looks like the OAuth2 client secret, not the bot token: ${fix}`);
  }
  if (!TOKEN_SHAPE.test(value))
    throw new ConfigError(`DISCORD_TOKEN is not a bot token (three parts separated by dots): ${fix}`);
  return value;
}

function checkSnowflake(name: string, value: string | undefined, where: string): string {
  if (value === undefined) throw new ConfigError(`${name} is not set: copy the ${where} into .env as ${name}=…`);
  if (!SNOWFLAKE.test(value))
    throw new ConfigError(`${name} must be a Discord id (17 to 20 digits): copy the ${where} into .env as ${name}=…`);
  return value;
}

function checkApiUrl(value: string | undefined): string {
  if (value === undefined) return DEFAULT_API_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(
      `DISCORD_API_URL is not a URL: remove it from .env to use ${DEFAULT_API_URL}, or give a full http(s) URL`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(
      `DISCORD_API_URL must start with http:// or https://: remove it from .env to use ${DEFAULT_API_URL}`,
    );
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new ConfigError(
      'DISCORD_API_URL must be a plain base URL (no user, query or #fragment), e.g. https://discord.com/api',
    );
  }
  return value.replace(/\/+$/, '');
}

/** One of `allowed`, in any case; `fallback` when unset. */
function checkOneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  const word = value.toLowerCase();
  if (!(allowed as readonly string[]).includes(word))
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')} (default ${fallback})`);
  return word as T;
}

function checkWholeNumber(
  name: string,
  value: string | undefined,
  fallback: number,
  range: { min: number; max: number },
  unit: string,
): number {
  if (value === undefined) return fallback;
  const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < range.min || number > range.max) {
    throw new ConfigError(
      `${name} must be a whole number of ${unit} from ${range.min} to ${range.max} (default ${fallback})`,
    );
  }
  return number;
}

/** A TCP port to listen on; 0 picks a free one (the process logs which). */
function checkPort(name: string, value: string, what: string): number {
  const port = /^\d{1,5}$/.test(value) ? Number(value) : Number.NaN;
  if (!(port >= 0 && port <= 65_535)) {
    throw new ConfigError(`${name} must be a port number from 0 to 65535 (0: any free port), ${what}`);
  }
  return port;
}

function checkHost(value: string | undefined): string {
  if (value === undefined) return DEFAULT_HOST;
  if (!HOST_SHAPE.test(value)) {
    throw new ConfigError(
      `HOST must be an address to listen on, e.g. 0.0.0.0 (every interface, the default), 127.0.0.1 or ::`,
    );
  }
  return value;
}

/** The settings of {@link ServiceConfig}, each checked. */
function readServiceConfig(env: Env): ServiceConfig {
  const logLevel = checkOneOf('LOG_LEVEL', read(env, 'LOG_LEVEL'), LOG_LEVELS, 'info');
  const logFormat = checkOneOf('LOG_FORMAT', read(env, 'LOG_FORMAT'), LOG_FORMATS, 'text');
  const requests = checkWholeNumber(
    'COOLDOWN_REQUESTS',
    read(env, 'COOLDOWN_REQUESTS'),
    DEFAULT_COOLDOWN.requests,
    COOLDOWN_REQUESTS_RANGE,
    'requests',
  );
  const windowSeconds = checkWholeNumber(
    'COOLDOWN_WINDOW_SECONDS',
    read(env, 'COOLDOWN_WINDOW_SECONDS'),
    DEFAULT_COOLDOWN.windowSeconds,
    COOLDOWN_WINDOW_RANGE,
    'seconds',
  );
  const restTimeoutMs = checkWholeNumber(
    'DISCORD_REST_TIMEOUT_MS',
    read(env, 'DISCORD_REST_TIMEOUT_MS'),
    DEFAULT_REST_TIMEOUT_MS,
    REST_TIMEOUT_RANGE,
    'milliseconds',
  );
  const host = checkHost(read(env, 'HOST'));
  const metricsValue = read(env, 'METRICS_PORT');
  const metricsPort =
    metricsValue === undefined
      ? undefined
      : checkPort('METRICS_PORT', metricsValue, 'or leave it empty to serve no /healthz and /metrics');
  return {
    logLevel,
    logFormat,
    cooldown: { requests, windowMs: windowSeconds * 1000 },
    restTimeoutMs,
    host,
    metricsPort,
  };
}

/**
 * What `npm run deploy-commands` needs: the token, the application id, and optionally a guild and an API URL.
 * Checked in the order a new user fills them in.
 */
export function readDeployConfig(env: Env = process.env): Pick<BotConfig, 'token' | 'clientId' | 'guildId' | 'apiUrl'> {
  const token = checkToken(read(env, 'DISCORD_TOKEN'));
  const clientId = checkSnowflake(
    'DISCORD_CLIENT_ID',
    read(env, 'DISCORD_CLIENT_ID'),
    `Application ID from ${PORTAL} → your application → General Information`,
  );
  const guildValue = read(env, 'DISCORD_GUILD_ID');
  const guildId =
    guildValue === undefined
      ? undefined
      : checkSnowflake(
          'DISCORD_GUILD_ID',
          guildValue,
          'server id (Discord: User Settings → Advanced → Developer Mode, then right-click the server → Copy Server ID), or leave it empty for global commands',
        );
  return { token, clientId, guildId, apiUrl: checkApiUrl(read(env, 'DISCORD_API_URL')) };
}

/** DISCORD_SHARD_COUNT (unset or `auto`: as Discord recommends) and DISCORD_SHARD_IDS (`0,1,2`, `0-7`; unset: all). */
function readShardConfig(env: Env): ShardConfig {
  const countValue = read(env, 'DISCORD_SHARD_COUNT');
  const idsValue = read(env, 'DISCORD_SHARD_IDS');
  if (countValue === undefined || countValue.toLowerCase() === 'auto') {
    if (idsValue !== undefined) {
      throw new ConfigError(
        'DISCORD_SHARD_IDS needs DISCORD_SHARD_COUNT, the total over every process (e.g. DISCORD_SHARD_COUNT=4 with DISCORD_SHARD_IDS=0,1 here and 2,3 elsewhere), or leave both empty to run all the shards Discord recommends here',
      );
    }
    return { count: 'auto' };
  }
  const count = /^\d{1,6}$/.test(countValue) ? Number(countValue) : Number.NaN;
  if (!(count >= 1 && count <= MAX_SHARDS)) {
    throw new ConfigError(
      `DISCORD_SHARD_COUNT must be a whole number of shards from 1 to ${MAX_SHARDS}, or auto (the default: as many as Discord recommends)`,
    );
  }
  if (idsValue === undefined) return { count, ids: 'all' };
  const format = `a comma-separated list of shard ids from 0 to ${count - 1} (ranges allowed, e.g. 0,1 or 0-3)`;
  const ids = new Set<number>();
  for (const part of idsValue.split(',').map((item) => item.trim())) {
    const range = /^(\d{1,6})(?:\s*-\s*(\d{1,6}))?$/.exec(part);
    const first = Number(range?.[1]);
    const last = range?.[2] === undefined ? first : Number(range[2]);
    if (!range || first > last) throw new ConfigError(`DISCORD_SHARD_IDS must be ${format}`);
    if (last >= count) {
      throw new ConfigError(
        `DISCORD_SHARD_IDS has shard ${last}, but DISCORD_SHARD_COUNT=${count} numbers them 0 to ${count - 1}: ${format}`,
      );
    }
    for (let id = first; id <= last; id++) {
      if (ids.has(id)) throw new ConfigError(`DISCORD_SHARD_IDS lists shard ${id} twice: ${format}`);
      ids.add(id);
    }
  }
  return { count, ids: [...ids].sort((a, b) => a - b) };
}

/** Everything the bot needs; throws {@link ConfigError} naming the first bad variable. */
export function readBotConfig(env: Env = process.env): BotConfig {
  return { ...readDeployConfig(env), ...readServiceConfig(env), shards: readShardConfig(env) };
}

/** Everything `npm run serve` needs; throws {@link ConfigError} naming the first bad variable. */
export function readHttpConfig(env: Env = process.env): HttpConfig {
  const where = `${PORTAL} → your application → General Information`;
  const key = read(env, 'DISCORD_PUBLIC_KEY');
  if (key === undefined)
    throw new ConfigError(
      `DISCORD_PUBLIC_KEY is not set: copy the Public Key from ${where} into .env as DISCORD_PUBLIC_KEY=…`,
    );
  if (!PUBLIC_KEY_SHAPE.test(key)) {
    throw new ConfigError(
      `DISCORD_PUBLIC_KEY must be the application's Public Key (64 hexadecimal characters): copy it from ${where}`,
    );
  }
  const clientId = checkSnowflake('DISCORD_CLIENT_ID', read(env, 'DISCORD_CLIENT_ID'), `Application ID from ${where}`);
  const portValue = read(env, 'PORT');
  const port =
    portValue === undefined ? DEFAULT_PORT : checkPort('PORT', portValue, `or leave it empty for ${DEFAULT_PORT}`);
  return {
    publicKey: key.toLowerCase(),
    clientId,
    apiUrl: checkApiUrl(read(env, 'DISCORD_API_URL')),
    port,
    ...readServiceConfig(env),
  };
}

/**
 * The URL that adds the bot to a server: scopes `bot` and `applications.commands`, permissions 0. The bot only
 * answers interactions, which need no channel permission, so it asks for none.
 */
export function inviteUrl(clientId: string): string {
  return `https://discord.com/oauth2/authorize?client_id=${clientId}&scope=bot+applications.commands&permissions=0`;
}

/**
 * The URL that adds the bot to a user's own account (User Install: `integration_type=1`). That install has only
 * the `applications.commands` scope: no bot user joins anything, the commands follow the user everywhere.
 */
export function userInstallUrl(clientId: string): string {
  return `https://discord.com/oauth2/authorize?client_id=${clientId}&integration_type=1&scope=applications.commands`;
}
