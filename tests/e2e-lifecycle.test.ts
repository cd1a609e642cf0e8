/**
 * End to end, the bot's life cycle as an operator meets it: bad configuration (one line naming the variable, exit
 * 1, never the token), a token Discord rejects, SIGTERM/SIGINT (clean close, exit 0), and deploy-commands failing
 * without retrying. Real entry points, against the Discord stand-in on 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISCORDJS_PROBE, DiscordStandIn, GUILD_ID, runDeploy, standInEnv, startBot } from './discord-standin/index.js';
import { ensureBuilt } from './limits-checker.js';

let standIn: DiscordStandIn;

beforeAll(async () => {
  await ensureBuilt();
  standIn = await new DiscordStandIn({ guildIds: [GUILD_ID] }).start();
}, 60_000);

afterAll(async () => {
  await standIn?.stop();
});

/** Starts the bot with `vars` and waits for it to exit on its own. */
async function runToExit(vars: Record<string, string>) {
  const bot = startBot(vars);
  const timer = setTimeout(() => bot.child.kill('SIGKILL'), 15_000);
  const exit = await bot.exited;
  clearTimeout(timer);
  return { ...exit, stdout: bot.stdout, stderr: bot.stderr };
}

/** The one line an operator sees. */
function oneLine(stderr: string): string {
  const lines = stderr.trim().split('\n');
  expect(lines, stderr).toHaveLength(1);
  return lines[0]!;
}

describe('configuration errors: one line naming the variable and the fix, exit 1, no stack, never the token', () => {
  const token = DiscordStandIn.tokenFor('1300000000000000001');
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    [
      'missing DISCORD_CLIENT_ID',
      { DISCORD_TOKEN: token },
      /^Configuration error: DISCORD_CLIENT_ID is not set: copy the Application ID/,
    ],
    [
      'the token pasted into DISCORD_CLIENT_ID',
      { DISCORD_TOKEN: token, DISCORD_CLIENT_ID: token },
      /^Configuration error: DISCORD_CLIENT_ID must be a Discord id/,
    ],
    [
      'a token that is not token-shaped',
      { DISCORD_TOKEN: `${token.slice(0, 30)}`, DISCORD_CLIENT_ID: '1300000000000000001' },
      /^Configuration error: DISCORD_TOKEN is not a bot token/,
    ],
    [
      '"Bot " before the token',
      { DISCORD_TOKEN: `Bot ${token}`, DISCORD_CLIENT_ID: '1300000000000000001' },
      /^Configuration error: DISCORD_TOKEN starts with "Bot "/,
    ],
    [
      'an unknown LOG_LEVEL',
      { DISCORD_TOKEN: token, DISCORD_CLIENT_ID: '1300000000000000001', LOG_LEVEL: 'loud' },
      /^Configuration error: LOG_LEVEL must be one of/,
    ],
    [
      'a COOLDOWN_REQUESTS of 0',
      { DISCORD_TOKEN: token, DISCORD_CLIENT_ID: '1300000000000000001', COOLDOWN_REQUESTS: '0' },
      /^Configuration error: COOLDOWN_REQUESTS must be a whole number/,
    ],
    [
      'a DISCORD_API_URL that is not a URL',
      { DISCORD_TOKEN: token, DISCORD_CLIENT_ID: '1300000000000000001', DISCORD_API_URL: 'localhost:3000' },
      /^Configuration error: DISCORD_API_URL must start with http/,
    ],
  ];
  for (const [what, vars, expected] of cases) {
    it(what, async () => {
      // A dead local port: should the check ever let a value through, the bot still cannot reach the internet.
      const result = await runToExit({ DISCORD_API_URL: 'http://127.0.0.1:9/api', ...vars });
      expect(result.code).toBe(1);
      expect(oneLine(result.stderr)).toMatch(expected);
      expect(result.stdout + result.stderr).not.toContain(token);
      expect(result.stdout + result.stderr).not.toContain(token.slice(0, 30));
    });
  }

  it('a token Discord rejects (401): one line saying to reset it, exit 1, no token', async () => {
    const wrong = DiscordStandIn.tokenFor(standIn.applicationId);
    const result = await runToExit({ ...standInEnv(standIn), DISCORD_TOKEN: wrong });
    expect(result.code).toBe(1);
    expect(oneLine(result.stderr)).toMatch(
      /^Configuration error: DISCORD_TOKEN was rejected by Discord \(401 Unauthorized\): reset the token/,
    );
    expect(result.stdout + result.stderr).not.toContain(wrong);
  });

  it('a token the gateway rejects (close 4004): one line saying to reset it, exit 1', async () => {
    const wrong = DiscordStandIn.tokenFor(standIn.applicationId);
    // REST lets it through (GET /gateway/bot), so the refusal comes from the gateway's IDENTIFY.
    standIn.setRestHandler(({ path }) =>
      path === '/gateway/bot'
        ? {
            status: 200,
            body: {
              url: standIn.gatewayUrl,
              shards: 1,
              session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
            },
          }
        : undefined,
    );
    try {
      const result = await runToExit({ ...standInEnv(standIn), DISCORD_TOKEN: wrong });
      expect(result.code).toBe(1);
      expect(oneLine(result.stderr)).toMatch(
        /^Configuration error: DISCORD_TOKEN was rejected by the gateway \(4004 Authentication failed\)/,
      );
      expect(result.stdout + result.stderr).not.toContain(wrong);
    } finally {
      standIn.setRestHandler(undefined);
    }
  });

  it('an API nobody answers: one line naming DISCORD_API_URL, exit 1', async () => {
    const result = await runToExit({ ...standInEnv(standIn), DISCORD_API_URL: 'http://127.0.0.1:9/api' });
    expect(result.code).toBe(1);
    expect(oneLine(result.stderr)).toMatch(
      /^Configuration error: could not connect to Discord at http:\/\/127\.0\.0\.1:9\/api .*DISCORD_API_URL$/,
    );
  }, 30_000);
});

describe('npm start without a token', () => {
  it('opens the offline console, which never loads discord.js; with a token the bot does', async () => {
    const console = startBot({ DISCORD_TOKEN: '' }, ['--import', DISCORDJS_PROBE]);
    expect(await console.exited).toEqual({ code: 0, signal: null });
    expect(console.stdout).toContain('No DISCORD_TOKEN set');
    expect(console.stderr).toBe('discord.js modules loaded: 0\n');
    const bot = startBot(standInEnv(standIn), ['--import', DISCORDJS_PROBE]);
    await bot.waitForOutput(/Connected to Discord/, 20_000);
    await bot.stop();
    expect(bot.stderr).toMatch(/discord\.js modules loaded: [1-9]\d*/);
  }, 30_000);
});

describe('signals', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal} closes the gateway connection cleanly and exits 0 promptly`, async () => {
      const sessions = standIn.counters.readies;
      const bot = startBot(standInEnv(standIn));
      await standIn.waitFor('a new session', () => standIn.counters.readies > sessions || undefined, 20_000);
      await bot.waitForOutput(/Connected to Discord/);
      const exit = await bot.stop(signal);
      expect(exit.code).toBe(0);
      expect(exit.ms).toBeLessThan(3_000);
      expect(bot.stdout).toContain(`${signal} received: disconnecting`);
      await standIn.waitFor('the bot to close its socket', () => !standIn.connected || undefined);
      expect(bot.stderr).toBe('');
    }, 30_000);
  }
});

describe('LOG_FORMAT=json', () => {
  it('writes every line of a debug run as one JSON object, warnings and errors on stderr, and never the token', async () => {
    const bot = startBot(standInEnv(standIn, { LOG_FORMAT: 'json', LOG_LEVEL: 'debug' }));
    await bot.waitForOutput(/Connected to Discord/, 20_000);
    const answered = standIn.sendCommand(
      'ask',
      { question: 'why did peru break relations' },
      { userId: '1400000000000000099' },
    );
    await standIn.awaitCallback(answered);
    // Debug lines about that interaction name it; wait for the last one before stopping.
    await bot.waitForOutput(new RegExp(`interaction ${answered} /ask: answered`));
    const exit = await bot.stop();
    expect(exit.code).toBe(0);
    const parse = (text: string) =>
      text
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { level: string; msg: string });
    const out = parse(bot.stdout);
    expect(out.length).toBeGreaterThan(5);
    expect(out.map((line) => line.level)).toContain('debug');
    expect(out.every((line) => line.level === 'info' || line.level === 'debug')).toBe(true);
    expect(out.some((line) => /^Connected to Discord as /.test(line.msg))).toBe(true);
    expect(parse(bot.stderr).every((line) => line.level === 'warn' || line.level === 'error')).toBe(true);
    for (const part of [standIn.token, ...standIn.token.split('.').filter((part) => part.length >= 6)])
      expect(bot.output).not.toContain(part);
  }, 30_000);
});

describe('deploy-commands failures: one request, never retried, one line, exit 1', () => {
  const puts = () => standIn.requests.filter((r) => r.method === 'PUT').length;

  it('a body Discord rejects (400, 50035) is reported with Discord’s reasons and not sent again', async () => {
    const before = puts();
    standIn.nextResponse('PUT', /\/commands$/, {
      status: 400,
      body: {
        code: 50035,
        message: 'Invalid Form Body',
        errors: {
          0: { name: { _errors: [{ code: 'APPLICATION_COMMAND_INVALID_NAME', message: 'Command name is invalid' }] } },
        },
      },
    });
    const result = await runDeploy(standInEnv(standIn, { DISCORD_GUILD_ID: GUILD_ID }));
    expect(result.code).toBe(1);
    expect(oneLine(result.stderr)).toMatch(
      /^Deploy failed: Discord rejected the command definitions for server \d+ \(50035 Invalid Form Body; 0\.name\[APPLICATION_COMMAND_INVALID_NAME\]: Command name is invalid\).*not retried$/,
    );
    expect(puts() - before).toBe(1);
  });

  it('a server the bot is not in (403 Missing Access) says to invite it first', async () => {
    const before = puts();
    const result = await runDeploy(standInEnv(standIn, { DISCORD_GUILD_ID: '1999999999999999999' }));
    expect(result.code).toBe(1);
    expect(oneLine(result.stderr)).toMatch(
      /^Deploy failed: Missing access to server 1999999999999999999 \(50001\): invite the bot there first \(https:\/\/discord\.com\/oauth2\/authorize\?client_id=\d+&scope=bot\+applications\.commands&permissions=0\)/,
    );
    expect(puts() - before).toBe(1);
  });

  it('a server error (500) is not retried', async () => {
    const before = puts();
    standIn.nextResponse('PUT', /\/commands$/, {
      status: 500,
      body: { message: '500: Internal Server Error', code: 0 },
    });
    const result = await runDeploy(standInEnv(standIn));
    expect(result.code).toBe(1);
    expect(oneLine(result.stderr)).toMatch(/^Deploy failed: Discord failed to answer \(HTTP 500\)/);
    expect(puts() - before).toBe(1);
  });

  it('a rejected token (401) says to reset it and never prints it', async () => {
    const wrong = DiscordStandIn.tokenFor(standIn.applicationId);
    const result = await runDeploy({ ...standInEnv(standIn), DISCORD_TOKEN: wrong });
    expect(result.code).toBe(1);
    expect(oneLine(result.stderr)).toMatch(/^Deploy failed: DISCORD_TOKEN was rejected \(401 Unauthorized\)/);
    expect(result.stdout + result.stderr).not.toContain(wrong);
  });

  it('missing configuration is reported before any request', async () => {
    const before = standIn.counters.restRequests;
    const result = await runDeploy({ DISCORD_API_URL: standIn.apiUrl });
    expect(result.code).toBe(1);
    expect(oneLine(result.stderr)).toMatch(/^Configuration error: DISCORD_TOKEN is not set/);
    expect(standIn.counters.restRequests).toBe(before);
  });
});
