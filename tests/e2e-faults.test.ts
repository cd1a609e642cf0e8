/**
 * Fault matrix, end to end: the real bot process (`node dist/src/main.js`, as `npm start` runs it) against the
 * Discord stand-in on 127.0.0.1, while the stand-in breaks the gateway connection and answers interaction
 * callbacks with errors. Every case ends by checking that the bot still serves: a fresh /ask gets one valid
 * answer.
 *
 * One bot process serves the whole file, with:
 * - a token-shaped DISCORD_TOKEN (case g): no line the bot prints, at LOG_LEVEL=debug and through every fault,
 *   contains it or any of its three parts;
 * - LOG_LEVEL=debug, the most talkative setting (the "exactly once" checks below count the non-debug lines);
 * - DISCORD_REST_TIMEOUT_MS=1000, so a hung callback times out in 1 s rather than 10 s;
 * - a 500 ms heartbeat interval from the stand-in, so a zombie connection is noticed within a second.
 *
 * Order matters for speed only: discord.js identifies at most once per 5 s (Discord's rule), so the cases that
 * force a new session (b) come after the others, and each of them may wait up to 6.5 s for its identify slot.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../src/i18n/index.js';
import { DiscordStandIn, standInEnv, startBot, type NodeProcess, type Sender } from './discord-standin/index.js';
import { embedOf, messageOf, sendAndAwait, startSession, stopSession, type Answer } from './discord-standin/session.js';
import { messageViolations } from './limits-checker.js';

/** Case g: shaped like a real token (base64 of the bot id, a timestamp part, a 38-character HMAC). */
const APPLICATION_ID = '1087654321098765432';
const TOKEN = `MTA4NzY1NDMyMTA5ODc2NTQzMg.GhIjKl.${randomBytes(29).toString('base64url').slice(0, 38)}`;
/**
 * Short, so a hung callback costs 1 s per attempt rather than 10; long enough that a loaded machine never hits it
 * by accident.
 */
const REST_TIMEOUT_MS = 1_000;
/** How long the stand-in sits on a callback it "loses": past the bot's timeout. */
const HANG_MS = 2_500;

let standIn: DiscordStandIn;
let bot: NodeProcess;

let users = 0;
const freshUser = (): Sender => ({ userId: `15000000000${String(++users).padStart(8, '0')}` });

/** Sends /ask and resolves with its id once answered. */
const ask = (question = 'Who is Betssy Chávez?', timeoutMs = 5_000): Promise<Answer> =>
  sendAndAwait(standIn, 'ask', { question }, freshUser(), timeoutMs);

/** How every case ends: a fresh /ask is answered, once, with a valid cited answer. */
async function expectStillServes(): Promise<void> {
  const { id, data } = await ask('Why did Peru break diplomatic relations with Mexico?');
  expect(messageViolations(data)).toEqual([]);
  expect(data.allowed_mentions).toEqual({ parse: [] });
  expect(embedOf(data).title).toBe(t('en', 'ask.title'));
  expect(embedOf(data).fields!.length).toBeGreaterThan(0);
  const record = standIn.interactions.get(id)!;
  expect(record.callbacks).toHaveLength(1);
  expect(record.rejected).toEqual([]);
  expect(bot.child.exitCode, 'the bot process is still running').toBeNull();
}

/** The bot's log lines (stdout and stderr) that are not debug lines. */
const logLines = () =>
  bot.output.split('\n').filter((line) => /^\d{4}-\d\d-\d\dT[\d:.]+Z (INFO|WARN|ERROR) /.test(line));
/** Non-debug log lines that mention `text`. */
const linesAbout = (text: string) => logLines().filter((line) => line.includes(text));
/** How many non-debug lines match `pattern` so far. */
const count = (pattern: RegExp) => logLines().filter((line) => pattern.test(line)).length;

/** The callback requests the stand-in received for interaction `id` (every attempt, whatever its answer). */
const attemptsFor = (id: string) =>
  standIn.requests.filter((request) => request.method === 'POST' && request.path.startsWith(`/interactions/${id}/`))
    .length;

/** Waits until the bot has logged a non-debug line about `id` matching `pattern`, then returns all lines about `id`. */
async function logAbout(id: string, pattern: RegExp): Promise<string[]> {
  await standIn.waitFor(
    `a log line about ${id} matching ${pattern}`,
    () => linesAbout(id).some((line) => pattern.test(line)) || undefined,
    6_000,
  );
  return linesAbout(id);
}

beforeAll(async () => {
  ({ standIn, bot } = await startSession(
    { applicationId: APPLICATION_ID, token: TOKEN, heartbeatIntervalMs: 500 },
    { LOG_LEVEL: 'debug', DISCORD_REST_TIMEOUT_MS: String(REST_TIMEOUT_MS) },
  ));
  await bot.waitForOutput(/INFO Connected to Discord/);
  // The bot's first answer also builds what later ones reuse; on a loaded machine that can take long enough that the
  // first case's 1-s Retry-After would end after the 3-s interaction window, which the bot rightly gives up on.
  // One answer first, so each case measures its fault and not the cold start.
  await ask('What happened on 4 November 2025?', 30_000);
}, 60_000);

afterAll(() => stopSession(bot, standIn));

// Interaction callbacks answered with errors (case e) and an expired interaction (case f). What discord.js
// (@discordjs/rest 2.6, BurstHandler for callbacks) does, and so how many requests the stand-in may see:
// - 429: waits Retry-After (+50 ms) and sends again, uncounted and without limit; the bot cuts this short when
//   the wait would end after the 3-s interaction window (src/bot/client.ts, rejectLateRetries);
// - 5xx and a timeout (AbortError): sent again at once, `retries` times (the bot sets 1): at most 2 requests;
// - 404 10062, 400: never sent again.
describe('interaction callback faults: no crash, no resend loop, one log line each', () => {
  const RATE_LIMITED = { message: 'You are being rate limited.', retry_after: 0.4, global: false };

  it('e. 429 with retry_after 0.4 s (Retry-After: 1): discord.js waits and sends once more; answered; one warning', async () => {
    standIn.nextResponse('POST', /\/callback$/, { status: 429, body: RATE_LIMITED, headers: { 'retry-after': '1' } });
    const started = Date.now();
    const { id, data } = await ask();
    expect(Date.now() - started, 'waited out Retry-After').toBeGreaterThanOrEqual(1_000);
    expect(embedOf(data).title).toBe(t('en', 'ask.title'));
    const lines = await logAbout(id, /answered after/);
    expect(attemptsFor(id)).toBe(2);
    expect(standIn.interactions.get(id)!.rejected.map((r) => r.status)).toEqual([429]);
    await expectStillServes();
    expect(linesAbout(id)).toEqual(lines);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      / WARN interaction \d+ \/ask answered after 1 failed attempt \(429 rate limited, retry after 1 s\)$/,
    );
  });

  it('e. 429 asking for a wait longer than the 3-s window: not resent (the answer would be too late); one error', async () => {
    standIn.nextResponse('POST', /\/callback$/, {
      status: 429,
      body: { ...RATE_LIMITED, retry_after: 5 },
      headers: { 'retry-after': '5' },
    });
    const id = standIn.sendCommand('ask', { question: 'Who is Betssy Chávez?' }, freshUser());
    const started = Date.now();
    const lines = await logAbout(id, /could not answer/);
    expect(Date.now() - started, 'gave up at once instead of waiting 5 s').toBeLessThan(2_000);
    expect(attemptsFor(id)).toBe(1);
    await expectStillServes();
    expect(attemptsFor(id), 'and never later').toBe(1);
    expect(linesAbout(id)).toEqual(lines);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      / ERROR could not answer interaction \d+ \/ask after 1 failed attempt \(429 rate limited, retry after 5 s\) — RateLimitError.*a retry would reach Discord after the interaction's 3 s window/,
    );
  });

  it('e. 500 once: discord.js retries once; answered; one warning', async () => {
    standIn.nextCallbackResponse(500, { message: '500: Internal Server Error', code: 0 });
    const { id, data } = await ask();
    expect(embedOf(data).title).toBe(t('en', 'ask.title'));
    const lines = await logAbout(id, /answered after/);
    expect(attemptsFor(id)).toBe(2);
    await expectStillServes();
    expect(linesAbout(id)).toEqual(lines);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/ WARN interaction \d+ \/ask answered after 1 failed attempt \(HTTP 500\)$/);
  });

  it('e. 500 on every attempt: two requests (one retry), then one error line naming both', async () => {
    let interaction = '';
    standIn.setRestHandler(({ method, path }) =>
      method === 'POST' && path.startsWith(`/interactions/${interaction}/`)
        ? { status: 500, body: { message: '500: Internal Server Error', code: 0 } }
        : undefined,
    );
    try {
      interaction = standIn.sendCommand('ask', { question: 'Who is Betssy Chávez?' }, freshUser());
      const lines = await logAbout(interaction, /could not answer/);
      await expectStillServes();
      expect(attemptsFor(interaction), 'one retry, no loop').toBe(2);
      expect(linesAbout(interaction)).toEqual(lines);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        / ERROR could not answer interaction \d+ \/ask after 2 failed attempts \(HTTP 500; HTTP 500\) — HTTPError: Internal Server Error$/,
      );
    } finally {
      standIn.setRestHandler(undefined);
    }
  });

  it(`e. no answer within the REST timeout (${REST_TIMEOUT_MS} ms) once: sent again, answered; one warning`, async () => {
    standIn.nextCallbackResponse(204, undefined, HANG_MS);
    const { id } = await ask();
    const lines = await logAbout(id, /answered after/);
    expect(attemptsFor(id)).toBe(2);
    await expectStillServes();
    expect(linesAbout(id)).toEqual(lines);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(
        `WARN interaction \\d+ /ask answered after 1 failed attempt \\(no answer within ${REST_TIMEOUT_MS} ms\\)$`,
      ),
    );
  });

  it('e. no answer to either attempt: two requests, then one error line', async () => {
    standIn.nextCallbackResponse(204, undefined, HANG_MS);
    standIn.nextCallbackResponse(204, undefined, HANG_MS);
    const id = standIn.sendCommand('ask', { question: 'Who is Betssy Chávez?' }, freshUser());
    const lines = await logAbout(id, /could not answer/);
    expect(attemptsFor(id)).toBe(2);
    expect(standIn.interactions.get(id)!.callbacks).toEqual([]);
    await expectStillServes();
    expect(attemptsFor(id)).toBe(2);
    expect(linesAbout(id)).toEqual(lines);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(
        `ERROR could not answer interaction \\d+ /ask after 2 failed attempts \\(no answer within ${REST_TIMEOUT_MS} ms; no answer within ${REST_TIMEOUT_MS} ms\\) — AbortError`,
      ),
    );
  });

  it('e. a body Discord rejects (400 50035): not resent, one error line with Discord’s reasons', async () => {
    standIn.nextCallbackResponse(400, {
      code: 50035,
      message: 'Invalid Form Body',
      errors: {
        data: { embeds: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 10 or fewer in length.' }] } },
      },
    });
    const id = standIn.sendCommand('ask', { question: 'Who is Betssy Chávez?' }, freshUser());
    const lines = await logAbout(id, /could not answer/);
    await expectStillServes();
    expect(attemptsFor(id)).toBe(1);
    expect(linesAbout(id)).toEqual(lines);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      / ERROR could not answer interaction \d+ \/ask — DiscordAPIError\[50035\]: Invalid Form Body; data\.embeds\[BASE_TYPE_MAX_LENGTH\]: Must be 10 or fewer in length\.$/,
    );
  });

  it('f. an expired or unknown interaction (404 10062): one warning, dropped (not resent), bot keeps serving', async () => {
    standIn.nextCallbackResponse(404, { message: 'Unknown interaction', code: 10062 });
    const id = standIn.sendCommand('ask', { question: 'Who is Betssy Chávez?' }, freshUser());
    const lines = await logAbout(id, /expired/);
    await expectStillServes();
    expect(attemptsFor(id)).toBe(1);
    expect(linesAbout(id)).toEqual(lines);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      / WARN interaction \d+ \/ask expired before the answer reached Discord \(10062 Unknown interaction\): answers must arrive within 3 s$/,
    );
    expect(bot.stderr, 'no error line for an expired interaction').not.toMatch(new RegExp(`ERROR [^\\n]*${id}`));
  });
});

describe('gateway faults: the bot reconnects and keeps answering', () => {
  for (const [code, name] of [
    [4000, 'Unknown error'],
    [1001, 'going away'],
  ] as const) {
    it(`a. the gateway closes with resumable code ${code} (${name}): the bot RESUMEs; an interaction sent meanwhile is replayed and answered`, async () => {
      const before = { ...standIn.counters };
      const lost = count(/INFO Gateway connection lost: reconnecting/);
      const resumed = count(/INFO Gateway connection resumed/);
      standIn.closeConnection(code, name);
      const during = standIn.sendCommand('ask', { question: 'What did Sheinbaum say?' }, freshUser());
      await standIn.awaitSessions(before.readies + before.resumes + 1, 10_000);
      expect(messageOf(await standIn.awaitCallback(during)).embeds).toHaveLength(1);
      expect(standIn.interactions.get(during)!.callbacks).toHaveLength(1);
      expect(standIn.counters.resumes).toBe(before.resumes + 1);
      expect(standIn.counters.identifies, 'resumed, not identified').toBe(before.identifies);
      await standIn.waitFor(
        'the resumed log line',
        () => count(/INFO Gateway connection resumed \(\d+ events replayed\)/) > resumed || undefined,
      );
      await expectStillServes();
      expect(count(/INFO Gateway connection lost: reconnecting/)).toBe(lost + 1);
      expect(count(/INFO Gateway connection resumed/)).toBe(resumed + 1);
    });
  }

  it('c. the gateway sends RECONNECT (op 7): the bot reconnects and resumes; the next interaction is answered', async () => {
    const before = { ...standIn.counters };
    const connections = before.connections;
    standIn.sendReconnect();
    await standIn.awaitSessions(before.readies + before.resumes + 1, 10_000);
    expect(standIn.counters.connections).toBe(connections + 1);
    expect(standIn.counters.resumes).toBe(before.resumes + 1);
    expect(standIn.counters.identifies).toBe(before.identifies);
    await expectStillServes();
  });

  it('d. heartbeats stop being acknowledged (zombie connection): discord.js notices, reconnects and resumes', async () => {
    const before = { ...standIn.counters };
    const lost = count(/INFO Gateway connection lost: reconnecting/);
    standIn.ackHeartbeats = false;
    try {
      // The bot closes the silent connection itself and opens a new one; acknowledge again from there on.
      await standIn.waitFor(
        'a new connection',
        () => standIn.counters.connections > before.connections || undefined,
        5_000,
      );
    } finally {
      standIn.ackHeartbeats = true;
    }
    const unanswered =
      standIn.counters.heartbeats - before.heartbeats - (standIn.counters.heartbeatAcks - before.heartbeatAcks);
    expect(
      unanswered,
      'heartbeats left unacknowledged before the bot gave up on the connection',
    ).toBeGreaterThanOrEqual(1);
    await standIn.awaitSessions(before.readies + before.resumes + 1, 10_000);
    expect(standIn.counters.resumes).toBe(before.resumes + 1);
    expect(standIn.counters.identifies).toBe(before.identifies);
    await expectStillServes();
    expect(count(/INFO Gateway connection lost: reconnecting/)).toBe(lost + 1);
    expect(bot.output).toContain('Zombie connection');
  });

  it('b. the gateway closes with non-resumable code 4007 (Invalid seq): the bot IDENTIFIES again (new session) and answers', async () => {
    const before = { ...standIn.counters };
    const fresh = count(/INFO Gateway connected with a new session/);
    standIn.closeConnection(4007, 'Invalid seq', { endSession: true });
    await standIn.waitFor('a new session', () => standIn.counters.readies > before.readies || undefined, 10_000);
    expect(standIn.counters.identifies).toBe(before.identifies + 1);
    expect(standIn.counters.resumes).toBe(before.resumes);
    expect(standIn.counters.resumesRefused, 'went straight to IDENTIFY, no RESUME tried').toBe(before.resumesRefused);
    await expectStillServes();
    await standIn.waitFor(
      'the new-session log line',
      () => count(/INFO Gateway connected with a new session/) > fresh || undefined,
    );
    expect(count(/INFO Gateway connected with a new session/)).toBe(fresh + 1);
  }, 15_000);

  it('b. INVALID_SESSION (op 9, not resumable): the bot IDENTIFIES again (new session) and answers', async () => {
    const before = { ...standIn.counters };
    const fresh = count(/INFO Gateway connected with a new session/);
    standIn.sendInvalidSession(false);
    // discord.js waits for its identify slot (one IDENTIFY per 5 s, Discord's rule): up to 6.5 s after the last one.
    await standIn.waitFor('a new session', () => standIn.counters.readies > before.readies || undefined, 10_000);
    expect(standIn.counters.identifies).toBe(before.identifies + 1);
    expect(standIn.counters.resumes).toBe(before.resumes);
    await expectStillServes();
    await standIn.waitFor(
      'the new-session log line',
      () => count(/INFO Gateway connected with a new session/) > fresh || undefined,
    );
    expect(count(/INFO Gateway connected with a new session/)).toBe(fresh + 1);
  }, 15_000);
});

describe('g. the token never reaches the output', () => {
  it('across the whole session above, at LOG_LEVEL=debug, stdout and stderr hold neither the token nor any of its parts', async () => {
    expect(
      standIn.identifies.every((identify) => identify.token === '(the bot token)'),
      'the bot did use this token',
    ).toBe(true);
    // discord.js's own debug output does print a "censored" token: it must arrive with every part redacted.
    expect(bot.stdout).toMatch(/DEBUG Provided token: \[redacted\]\.\[redacted\]\.\*+/);
    await bot.stop();
    const output = bot.stdout + bot.stderr;
    expect(output.length).toBeGreaterThan(10_000);
    expect(output).not.toContain(TOKEN);
    for (const part of TOKEN.split('.')) expect(output, `token part ${part.slice(0, 4)}…`).not.toContain(part);
    // Nor the interactions' own tokens (they let anyone answer for the bot for 15 minutes), e.g. from callback URLs.
    expect(output).not.toMatch(/aW50ZXJhY3Rpb246/);
  });
});

describe('DISCORD_REST_TIMEOUT_MS', () => {
  it('a value that is not a whole number of milliseconds in range: one configuration line, exit 1, no token', async () => {
    for (const value of ['3s', '0', '999999999']) {
      const run = startBot({ ...standInEnv(standIn), DISCORD_REST_TIMEOUT_MS: value });
      const timer = setTimeout(() => run.child.kill('SIGKILL'), 15_000);
      const exit = await run.exited;
      clearTimeout(timer);
      expect(exit.code, value).toBe(1);
      expect(run.stderr.trim()).toBe(
        'Configuration error: DISCORD_REST_TIMEOUT_MS must be a whole number of milliseconds from 100 to 120000 (default 10000)',
      );
      expect(run.output).not.toContain(TOKEN.split('.')[2]);
    }
  });
});
