/**
 * src/env.ts: configuration read once at start. A bad value gives one message naming the variable and the fix,
 * and no message ever contains a value — tested with a token-shaped value in every variable.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_API_URL,
  hasToken,
  inviteUrl,
  readBotConfig,
  readDeployConfig,
  readHttpConfig,
  userInstallUrl,
} from '../src/env.js';
import { ConfigError } from '../src/process.js';

/** Token-shaped, like a real bot token (the id part is base64 of a snowflake). */
const TOKEN = `${Buffer.from('1300000000000000001').toString('base64url')}.GhJkLm.${'aB3_x-Yz9'.repeat(4)}`;
const ID = '1300000000000000001';
const GUILD = '1200000000000000001';
const valid = { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: ID };

/** The ConfigError message `read` throws. */
function failure(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error('expected a ConfigError');
}

describe('readBotConfig', () => {
  it('reads a valid configuration with defaults', () => {
    expect(readBotConfig(valid)).toEqual({
      token: TOKEN,
      clientId: ID,
      guildId: undefined,
      apiUrl: DEFAULT_API_URL,
      logLevel: 'info',
      logFormat: 'text',
      cooldown: { requests: 5, windowMs: 10_000 },
      restTimeoutMs: 10_000,
      host: '0.0.0.0',
      metricsPort: undefined,
      shards: { count: 'auto' },
    });
  });

  it('reads every optional variable, trimming white space and a trailing slash', () => {
    const config = readBotConfig({
      ...valid,
      DISCORD_TOKEN: ` ${TOKEN}\n`,
      DISCORD_GUILD_ID: GUILD,
      DISCORD_API_URL: 'http://127.0.0.1:8080/api/',
      LOG_LEVEL: 'DEBUG',
      LOG_FORMAT: 'JSON',
      HOST: '127.0.0.1',
      METRICS_PORT: '9100',
      COOLDOWN_REQUESTS: '3',
      COOLDOWN_WINDOW_SECONDS: '60',
      DISCORD_REST_TIMEOUT_MS: '2500',
    });
    expect(config).toMatchObject({
      token: TOKEN,
      guildId: GUILD,
      apiUrl: 'http://127.0.0.1:8080/api',
      logLevel: 'debug',
      logFormat: 'json',
      host: '127.0.0.1',
      metricsPort: 9100,
      cooldown: { requests: 3, windowMs: 60_000 },
      restTimeoutMs: 2500,
    });
  });

  it('treats an empty value as unset (a blank line in .env)', () => {
    expect(readBotConfig({ ...valid, DISCORD_GUILD_ID: '', LOG_LEVEL: ' ' }).guildId).toBeUndefined();
    expect(hasToken({ DISCORD_TOKEN: '  ' })).toBe(false);
    expect(hasToken({ DISCORD_TOKEN: 'x' })).toBe(true);
  });

  const bad: Array<[string, Record<string, string>, RegExp]> = [
    [
      'no token',
      { DISCORD_CLIENT_ID: ID },
      /^DISCORD_TOKEN is not set: copy it from https:\/\/discord\.com\/developers\/applications/,
    ],
    ['a "Bot " prefix', { ...valid, DISCORD_TOKEN: `Bot ${TOKEN}` }, /^DISCORD_TOKEN starts with "Bot "/],
    [
      'spaces inside',
      { ...valid, DISCORD_TOKEN: `${TOKEN.slice(0, 20)} ${TOKEN.slice(20)}` },
      /^DISCORD_TOKEN contains spaces/,
    ],
    [
      'the client secret',
      { ...valid, DISCORD_TOKEN: 'aB3_x-Yz9aB3_x-Yz9aB3_x-Yz9aB3_x' },
      /^DISCORD_TOKEN looks like the OAuth2 client secret/,
    ],
    [
      'half a token',
      { ...valid, DISCORD_TOKEN: TOKEN.split('.').slice(0, 2).join('.') },
      /^DISCORD_TOKEN is not a bot token/,
    ],
    ['no client id', { DISCORD_TOKEN: TOKEN }, /^DISCORD_CLIENT_ID is not set: copy the Application ID/],
    [
      'the token as client id',
      { ...valid, DISCORD_CLIENT_ID: TOKEN },
      /^DISCORD_CLIENT_ID must be a Discord id \(17 to 20 digits\)/,
    ],
    [
      'a short guild id',
      { ...valid, DISCORD_GUILD_ID: '12345' },
      /^DISCORD_GUILD_ID must be a Discord id.*Copy Server ID/,
    ],
    ['the token as guild id', { ...valid, DISCORD_GUILD_ID: TOKEN }, /^DISCORD_GUILD_ID must be a Discord id/],
    [
      'an API URL without a scheme',
      { ...valid, DISCORD_API_URL: 'localhost:9000' },
      /^DISCORD_API_URL must start with http/,
    ],
    ['an API URL that is not a URL', { ...valid, DISCORD_API_URL: 'not a url' }, /^DISCORD_API_URL is not a URL/],
    [
      'the token in the API URL',
      { ...valid, DISCORD_API_URL: `https://x:${TOKEN}@discord.com/api` },
      /^DISCORD_API_URL must be a plain base URL/,
    ],
    ['a ws:// API URL', { ...valid, DISCORD_API_URL: 'ws://127.0.0.1' }, /^DISCORD_API_URL must start with http/],
    ['an unknown log level', { ...valid, LOG_LEVEL: 'verbose' }, /^LOG_LEVEL must be one of error, warn, info, debug/],
    ['the token as log level', { ...valid, LOG_LEVEL: TOKEN }, /^LOG_LEVEL must be one of/],
    [
      'an unknown log format',
      { ...valid, LOG_FORMAT: 'pretty' },
      /^LOG_FORMAT must be one of text, json \(default text\)/,
    ],
    [
      'a metrics port out of range',
      { ...valid, METRICS_PORT: '70000' },
      /^METRICS_PORT must be a port number from 0 to 65535/,
    ],
    ['a metrics port with a unit', { ...valid, METRICS_PORT: '9100/tcp' }, /^METRICS_PORT must be a port number/],
    ['the token as metrics port', { ...valid, METRICS_PORT: TOKEN }, /^METRICS_PORT must be a port number/],
    ['a host with a scheme', { ...valid, HOST: 'http://0.0.0.0' }, /^HOST must be an address to listen on/],
    ['the token as host', { ...valid, HOST: `${TOKEN}/x` }, /^HOST must be an address to listen on/],
    [
      'a cooldown of 0 requests',
      { ...valid, COOLDOWN_REQUESTS: '0' },
      /^COOLDOWN_REQUESTS must be a whole number of requests from 1 to 1000 \(default 5\)/,
    ],
    ['a fractional cooldown', { ...valid, COOLDOWN_REQUESTS: '2.5' }, /^COOLDOWN_REQUESTS must be a whole number/],
    [
      'a window of an hour and a second',
      { ...valid, COOLDOWN_WINDOW_SECONDS: '3601' },
      /^COOLDOWN_WINDOW_SECONDS must be a whole number of seconds from 1 to 3600 \(default 10\)/,
    ],
    [
      'a negative window',
      { ...valid, COOLDOWN_WINDOW_SECONDS: '-1' },
      /^COOLDOWN_WINDOW_SECONDS must be a whole number/,
    ],
    [
      'a REST timeout in seconds',
      { ...valid, DISCORD_REST_TIMEOUT_MS: '10s' },
      /^DISCORD_REST_TIMEOUT_MS must be a whole number of milliseconds from 100 to 120000 \(default 10000\)/,
    ],
    [
      'a REST timeout too short to answer',
      { ...valid, DISCORD_REST_TIMEOUT_MS: '50' },
      /^DISCORD_REST_TIMEOUT_MS must be a whole number/,
    ],
  ];
  for (const [what, env, expected] of bad) {
    it(`${what}: names the variable and the fix, never the value`, () => {
      const message = failure(() => readBotConfig(env));
      expect(message).toMatch(expected);
      expect(message).not.toContain(TOKEN);
      for (const part of TOKEN.split('.')) expect(message).not.toContain(part);
    });
  }

  it('accepts the range limits themselves', () => {
    expect(readBotConfig({ ...valid, COOLDOWN_REQUESTS: '1', COOLDOWN_WINDOW_SECONDS: '3600' }).cooldown).toEqual({
      requests: 1,
      windowMs: 3_600_000,
    });
    expect(readBotConfig({ ...valid, COOLDOWN_REQUESTS: '1000', COOLDOWN_WINDOW_SECONDS: '1' }).cooldown).toEqual({
      requests: 1000,
      windowMs: 1000,
    });
  });
});

describe('shards (DISCORD_SHARD_COUNT, DISCORD_SHARD_IDS)', () => {
  const shards = (extra: Record<string, string>) => readBotConfig({ ...valid, ...extra }).shards;
  it('runs the recommended count by default, or when asked for auto', () => {
    expect(shards({})).toEqual({ count: 'auto' });
    expect(shards({ DISCORD_SHARD_COUNT: 'AUTO' })).toEqual({ count: 'auto' });
  });

  it('runs every shard of a given count, or the listed ones (ranges, spaces, any order), sorted', () => {
    expect(shards({ DISCORD_SHARD_COUNT: '4' })).toEqual({ count: 4, ids: 'all' });
    expect(shards({ DISCORD_SHARD_COUNT: '16', DISCORD_SHARD_IDS: ' 12-15, 3 ,0 ' })).toEqual({
      count: 16,
      ids: [0, 3, 12, 13, 14, 15],
    });
    expect(shards({ DISCORD_SHARD_COUNT: '100000', DISCORD_SHARD_IDS: '0-99999' })).toMatchObject({ count: 100_000 });
  });

  const bad: Array<[string, Record<string, string>, RegExp]> = [
    [
      'a count in words',
      { DISCORD_SHARD_COUNT: 'two' },
      /^DISCORD_SHARD_COUNT must be a whole number of shards from 1 to/,
    ],
    ['a count of 0', { DISCORD_SHARD_COUNT: '0' }, /^DISCORD_SHARD_COUNT must be a whole number/],
    ['a negative count', { DISCORD_SHARD_COUNT: '-2' }, /^DISCORD_SHARD_COUNT must be a whole number/],
    ['the token as count', { DISCORD_SHARD_COUNT: TOKEN }, /^DISCORD_SHARD_COUNT must be a whole number/],
    [
      'ids without a count',
      { DISCORD_SHARD_IDS: '0,1' },
      /^DISCORD_SHARD_IDS needs DISCORD_SHARD_COUNT, the total over every process/,
    ],
    [
      'an id outside the count',
      { DISCORD_SHARD_COUNT: '2', DISCORD_SHARD_IDS: '0,2' },
      /^DISCORD_SHARD_IDS has shard 2, but DISCORD_SHARD_COUNT=2 numbers them 0 to 1/,
    ],
    [
      'a range past the count',
      { DISCORD_SHARD_COUNT: '4', DISCORD_SHARD_IDS: '2-4' },
      /^DISCORD_SHARD_IDS has shard 4/,
    ],
    ['an id twice', { DISCORD_SHARD_COUNT: '4', DISCORD_SHARD_IDS: '0-2,1' }, /^DISCORD_SHARD_IDS lists shard 1 twice/],
    [
      'a backwards range',
      { DISCORD_SHARD_COUNT: '4', DISCORD_SHARD_IDS: '3-1' },
      /^DISCORD_SHARD_IDS must be a comma-separated list of shard ids from 0 to 3/,
    ],
    [
      'a word among the ids',
      { DISCORD_SHARD_COUNT: '4', DISCORD_SHARD_IDS: '0,one' },
      /^DISCORD_SHARD_IDS must be a comma-separated list/,
    ],
    [
      'an empty item',
      { DISCORD_SHARD_COUNT: '4', DISCORD_SHARD_IDS: '0,,1' },
      /^DISCORD_SHARD_IDS must be a comma-separated list/,
    ],
    ['the token as ids', { DISCORD_SHARD_COUNT: '4', DISCORD_SHARD_IDS: TOKEN }, /^DISCORD_SHARD_IDS must be/],
  ];
  for (const [what, env, expected] of bad) {
    it(`${what}: names the variable and the fix, never the value`, () => {
      const message = failure(() => readBotConfig({ ...valid, ...env }));
      expect(message).toMatch(expected);
      for (const part of TOKEN.split('.')) expect(message).not.toContain(part);
    });
  }
});

describe('readHttpConfig (npm run serve)', () => {
  const KEY = 'AB'.repeat(32);
  it('needs the public key and the client id, not the token; PORT 3000 on every interface by default', () => {
    expect(readHttpConfig({ DISCORD_PUBLIC_KEY: KEY, DISCORD_CLIENT_ID: ID })).toMatchObject({
      publicKey: KEY.toLowerCase(),
      clientId: ID,
      apiUrl: DEFAULT_API_URL,
      port: 3000,
      host: '0.0.0.0',
      metricsPort: undefined,
      cooldown: { requests: 5, windowMs: 10_000 },
    });
    expect(readHttpConfig({ DISCORD_PUBLIC_KEY: KEY, DISCORD_CLIENT_ID: ID, PORT: '8080' }).port).toBe(8080);
  });

  const bad: Array<[string, Record<string, string>, RegExp]> = [
    [
      'no public key',
      { DISCORD_CLIENT_ID: ID },
      /^DISCORD_PUBLIC_KEY is not set: copy the Public Key from https:\/\/discord\.com/,
    ],
    [
      'the bot token as public key',
      { DISCORD_PUBLIC_KEY: TOKEN, DISCORD_CLIENT_ID: ID },
      /^DISCORD_PUBLIC_KEY must be the application's Public Key \(64 hexadecimal characters\)/,
    ],
    [
      'a key one character short',
      { DISCORD_PUBLIC_KEY: KEY.slice(1), DISCORD_CLIENT_ID: ID },
      /^DISCORD_PUBLIC_KEY must be/,
    ],
    ['no client id', { DISCORD_PUBLIC_KEY: KEY }, /^DISCORD_CLIENT_ID is not set/],
    [
      'a port over 65535',
      { DISCORD_PUBLIC_KEY: KEY, DISCORD_CLIENT_ID: ID, PORT: '65536' },
      /^PORT must be a port number from 0 to 65535/,
    ],
  ];
  for (const [what, env, expected] of bad) {
    it(`${what}: names the variable and the fix, never the value`, () => {
      const message = failure(() => readHttpConfig(env));
      expect(message).toMatch(expected);
      for (const part of TOKEN.split('.')) expect(message).not.toContain(part);
    });
  }
});

describe('readDeployConfig', () => {
  it('needs only the token, the client id, and optionally a guild and an API URL', () => {
    expect(readDeployConfig({ ...valid, LOG_LEVEL: 'nonsense' })).toEqual({
      token: TOKEN,
      clientId: ID,
      guildId: undefined,
      apiUrl: DEFAULT_API_URL,
    });
    expect(failure(() => readDeployConfig({ DISCORD_TOKEN: TOKEN }))).toMatch(/^DISCORD_CLIENT_ID is not set/);
  });
});

describe('inviteUrl', () => {
  it('asks for the bot and applications.commands scopes and no permissions', () => {
    const url = new URL(inviteUrl(ID));
    expect(url.origin + url.pathname).toBe('https://discord.com/oauth2/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: ID,
      scope: 'bot applications.commands',
      permissions: '0',
    });
  });
});

describe('userInstallUrl', () => {
  it('installs to the user’s account (integration_type 1) with the applications.commands scope only', () => {
    const url = new URL(userInstallUrl(ID));
    expect(url.origin + url.pathname).toBe('https://discord.com/oauth2/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: ID,
      integration_type: '1',
      scope: 'applications.commands',
    });
  });
});
