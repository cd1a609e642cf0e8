/**
 * The bot's parts without a network: the interaction router (with a recording transport), the per-user cooldown,
 * the option reader and the logger's redaction. The same paths run end to end in tests/e2e-bot.test.ts.
 */
import { InteractionResponseType, type APIInteraction, type APIInteractionResponse } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import type { CommandModule } from '../commands/command.js';
import { COMMANDS } from '../commands/index.js';
import { CallbackAttempts, trackedRequest } from '../src/bot/client.js';
import { Cooldown, retrySeconds } from '../src/bot/cooldown.js';
import { createLogger, redact, type Logger } from '../src/bot/logger.js';
import { InteractionShapeError, readCommandOptions, readFocusedOption } from '../src/bot/options.js';
import { InteractionRouter, type InteractionTransport } from '../src/bot/router.js';
import { t } from '../src/i18n/index.js';
import { autocomplete, chatInput, snowflake } from './discord-standin/payloads.js';
import { realContext } from './helpers.js';
import { messageViolations } from './limits-checker.js';

const APP = '1300000000000000001';
const context = realContext();
const TOKEN = `${Buffer.from(APP).toString('base64url')}.GhJkLm.${'aB3_x-Yz9'.repeat(4)}`;

/** A logger that keeps its lines. */
function memoryLogger(level: 'debug' | 'info' = 'info'): Logger & { lines: string[] } {
  const lines: string[] = [];
  return Object.assign(createLogger({ level, secrets: [TOKEN], write: (_, line) => lines.push(line) }), { lines });
}

/** A transport that records responses, optionally failing with an error shaped like discord.js's. */
function recorder(fail?: {
  code?: number;
  message: string;
}): InteractionTransport & { sent: Array<{ id: string; response: APIInteractionResponse }> } {
  const sent: Array<{ id: string; response: APIInteractionResponse }> = [];
  return {
    sent,
    async respond(interaction, response) {
      sent.push({ id: interaction.id, response });
      if (fail) throw Object.assign(new Error(fail.message), { code: fail.code });
    },
  };
}

function router(
  options: {
    transport?: InteractionTransport;
    commands?: readonly CommandModule[];
    cooldown?: Cooldown;
    logger?: Logger;
  } = {},
) {
  const transport = options.transport ?? recorder();
  const logger = options.logger ?? memoryLogger();
  return {
    transport,
    logger,
    router: new InteractionRouter({
      context,
      cooldown: options.cooldown ?? new Cooldown(5, 10_000),
      logger,
      transport,
      ...(options.commands ? { commands: options.commands } : {}),
    }),
  };
}

const user = (n: number) => ({ userId: `14000000000000000${String(n).padStart(2, '0')}` });
const dataOf = (response: APIInteractionResponse) =>
  (response as { data: { embeds: Array<{ title?: string; description?: string }>; flags?: number } }).data;

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

describe('router', () => {
  it('answers a slash command with one type-4 message within every limit', async () => {
    const { router: r, transport } = router();
    const interaction = chatInput(APP, 'ask', { question: 'Who is Betssy Chávez?' }, user(1));
    await r.handle(interaction);
    const sent = (transport as ReturnType<typeof recorder>).sent;
    expect(sent).toHaveLength(1);
    expect(sent[0]!.response.type).toBe(4);
    expect(messageViolations(dataOf(sent[0]!.response) as never)).toEqual([]);
  });

  it('a throwing handler becomes a private apology whose error id is the one logged, with the stack', async () => {
    const logger = memoryLogger();
    const { router: r, transport } = router({ commands: [...COMMANDS, throwing], logger });
    await r.handle(chatInput(APP, 'boom', {}, user(2)));
    const data = dataOf((transport as ReturnType<typeof recorder>).sent[0]!.response);
    expect(data.flags).toBe(64);
    expect(data.embeds[0]!.title).toBe(t('en', 'error.title'));
    const id = data.embeds[0]!.description!.match(/error id ([0-9a-f]{8})/)![1]!;
    expect(logger.lines.join('\n')).toMatch(
      new RegExp(`ERROR error ${id} in /boom — TypeError: handler bug\\n\\s+at `),
    );
  });

  it('options that do not match the definition take the same path, and the log says what to do', async () => {
    const logger = memoryLogger();
    const { router: r, transport } = router({ logger });
    await r.handle(chatInput(APP, 'source', [{ name: 'paragraph', type: 3, value: '7' }], user(3)));
    expect(dataOf((transport as ReturnType<typeof recorder>).sent[0]!.response).embeds[0]!.title).toBe(
      t('en', 'error.title'),
    );
    expect(logger.lines.join('\n')).toContain(
      'option "paragraph" arrived as type 3, the definition says integer: run npm run deploy-commands',
    );
  });

  it('a failing autocomplete handler answers with no choices, logged', async () => {
    const logger = memoryLogger();
    const { router: r, transport } = router({ commands: [throwing], logger });
    const interaction = autocomplete(APP, 'boom', 'x', 'typed', user(4));
    await r.handle(interaction);
    expect((transport as ReturnType<typeof recorder>).sent[0]!.response).toEqual({ type: 8, data: { choices: [] } });
    expect(logger.lines.join('\n')).toContain('TypeError: suggestion bug');
  });

  it('autocomplete for a command without suggestions answers with no choices', async () => {
    const { router: r, transport } = router();
    await r.handle(autocomplete(APP, 'help', 'private', 'x', user(5)));
    expect((transport as ReturnType<typeof recorder>).sent[0]!.response).toEqual({ type: 8, data: { choices: [] } });
  });

  it('an unknown command gets a private notice, not an error', async () => {
    const { router: r, transport } = router();
    await r.handle(chatInput(APP, 'nosuch', {}, user(6)));
    const data = dataOf((transport as ReturnType<typeof recorder>).sent[0]!.response);
    expect(data.flags).toBe(64);
    expect(data.embeds[0]!.title).not.toBe(t('en', 'error.title'));
  });

  it('never rejects: an expired interaction (10062) is a warning, other REST failures an error', async () => {
    const expired = memoryLogger();
    await expect(
      router({ transport: recorder({ code: 10062, message: 'Unknown interaction' }), logger: expired }).router.handle(
        chatInput(APP, 'help', {}, user(7)),
      ),
    ).resolves.toBeUndefined();
    expect(expired.lines.join('\n')).toMatch(/WARN interaction \d+ \/help expired before the answer reached Discord/);
    const failed = memoryLogger();
    await router({ transport: recorder({ message: 'socket hang up' }), logger: failed }).router.handle(
      chatInput(APP, 'help', {}, user(8)),
    );
    expect(failed.lines.join('\n')).toMatch(/ERROR could not answer interaction \d+ \/help — Error: socket hang up/);
  });

  it('ignores interaction types it does not handle (no response at all)', async () => {
    const { router: r, transport } = router();
    await r.handle({
      id: snowflake(),
      type: 1,
      application_id: APP,
      token: 't',
      version: 1,
    } as unknown as APIInteraction);
    expect((transport as ReturnType<typeof recorder>).sent).toEqual([]);
  });

  it('applies the cooldown to commands, not to autocomplete', async () => {
    const { router: r, transport } = router({ cooldown: new Cooldown(2, 60_000) });
    for (let i = 0; i < 5; i++) await r.handle(autocomplete(APP, 'ask', 'question', 'pe', user(9)));
    for (let i = 0; i < 3; i++) await r.handle(chatInput(APP, 'help', {}, user(9)));
    const titles = (transport as ReturnType<typeof recorder>).sent
      .filter((s) => s.response.type === InteractionResponseType.ChannelMessageWithSource)
      .map((s) => dataOf(s.response).embeds[0]!.title);
    expect(titles).toEqual([t('en', 'help.title'), t('en', 'help.title'), t('en', 'cooldown.title')]);
  });

  it('after close() it answers nothing more', async () => {
    const { router: r, transport } = router();
    await r.close(100);
    await r.handle(chatInput(APP, 'help', {}, user(10)));
    expect((transport as ReturnType<typeof recorder>).sent).toEqual([]);
  });
});

describe('cooldown', () => {
  it('allows `requests` per sliding window, says when the next is allowed, and does not count refusals', () => {
    let now = 0;
    const cooldown = new Cooldown(5, 10_000, () => now);
    for (let i = 0; i < 5; i++) {
      expect(cooldown.take('u').allowed).toBe(true);
      now += 1_000;
    }
    expect(cooldown.take('u')).toEqual({ allowed: false, retryAfterMs: 5_000 });
    now += 4_999;
    expect(cooldown.take('u')).toEqual({ allowed: false, retryAfterMs: 1 });
    now += 1;
    expect(cooldown.take('u').allowed).toBe(true);
    expect(cooldown.take('other').allowed).toBe(true);
  });

  it('forgets idle users, so memory stays bounded', () => {
    let now = 0;
    const cooldown = new Cooldown(1, 1_000, () => now);
    for (let i = 0; i < 10_000; i++) cooldown.take(`user${i}`);
    expect(cooldown.size).toBe(10_000);
    now += 1_000;
    cooldown.take('late');
    expect(cooldown.size).toBe(1);
  });

  it('shows whole seconds, at least 1', () => {
    expect([retrySeconds(1), retrySeconds(1000), retrySeconds(1001), retrySeconds(9_999)]).toEqual([1, 1, 2, 10]);
  });
});

describe('options', () => {
  const source = COMMANDS.find((c) => c.definition.name === 'source')!.definition;

  it('reads options by name, checked against the definition', () => {
    expect(
      readCommandOptions(source, [
        { name: 'paragraph', type: 4, value: 3 },
        { name: 'private', type: 5, value: true },
      ]),
    ).toEqual({ paragraph: 3, private: true });
    expect(readCommandOptions(source, undefined)).toEqual({});
  });

  it('throws InteractionShapeError for a wrong type, a wrong value, an unknown option or a non-list', () => {
    for (const options of [
      [{ name: 'paragraph', type: 3, value: '3' }],
      [{ name: 'paragraph', type: 4, value: 1.5 }],
      [{ name: 'nope', type: 3, value: 'x' }],
      { paragraph: 3 },
      ['x'],
    ]) {
      expect(() => readCommandOptions(source, options), JSON.stringify(options)).toThrow(InteractionShapeError);
    }
  });

  it('finds the focused option and its partial text', () => {
    const ask = COMMANDS.find((c) => c.definition.name === 'ask')!.definition;
    expect(
      readFocusedOption(ask, [
        { name: 'private', type: 5, value: true },
        { name: 'question', type: 3, value: 'who', focused: true },
      ]),
    ).toEqual({ name: 'question', value: 'who' });
    expect(readFocusedOption(ask, [{ name: 'question', type: 3, value: 'who' }])).toBeUndefined();
  });
});

describe('logger', () => {
  it('never writes the token, token-shaped strings, or interaction and webhook tokens', () => {
    const logger = memoryLogger('debug');
    logger.info(`token ${TOKEN}`);
    logger.error(
      'failed',
      new Error(`POST https://discord.com/api/v10/interactions/123/aW50ZXJhY3Rpb246abc_DEF-123/callback with ${TOKEN}`),
    );
    logger.debug(`PATCH /webhooks/1300000000000000001/aW50ZXJhY3Rpb246xyz/messages/@original`);
    const text = logger.lines.join('\n');
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain('aW50ZXJhY3Rpb246');
    expect(text).toContain('/interactions/123/[redacted]/callback');
    expect(redact(`other ${DiscordLikeToken()} end`)).toBe('other [redacted] end');
  });

  it('filters by level', () => {
    const logger = memoryLogger('info');
    logger.debug('hidden');
    logger.info('shown');
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]).toMatch(/^\d{4}-\d\d-\d\dT\S+ INFO shown$/);
  });
});

function DiscordLikeToken(): string {
  return `${Buffer.from('987654321098765432').toString('base64url')}.Ab_cDe.${'q'.repeat(27)}`;
}

describe('interaction callbacks and Discord’s 3-second window', () => {
  const URL_OF = (id: string) => `http://127.0.0.1:1/api/v10/interactions/${id}/tok3n/callback`;
  /** A request function that answers only when aborted (a hung connection), recording its calls. */
  function hangingBase() {
    const calls: string[] = [];
    const base = (url: string, init: { signal?: unknown }) => {
      calls.push(url);
      return new Promise<never>((_, reject) => {
        const signal = init.signal as AbortSignal;
        signal.addEventListener('abort', () => reject(signal.reason as Error));
      });
    };
    return { calls, base };
  }

  it('cuts a hung answer off when the window ends, even with a longer REST timeout, and says so once', async () => {
    let now = 0;
    const attempts = new CallbackAttempts(() => now);
    const { calls, base } = hangingBase();
    const request = trackedRequest(attempts, 10_000, base);
    attempts.begin('42');
    now = 2_949.75; // 50.25 ms of the window left (performance.now() is fractional)
    const started = performance.now();
    await expect(request(URL_OF('42'), { signal: new AbortController().signal })).rejects.toMatchObject({
      name: 'TimeoutError',
    });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(calls).toHaveLength(1);
    expect(attempts.end('42')).toEqual(['no answer before the 3 s window ended']);
  });

  it('does not send a retry once the window has passed', async () => {
    let now = 0;
    const attempts = new CallbackAttempts(() => now);
    const { calls, base } = hangingBase();
    const request = trackedRequest(attempts, 10_000, base);
    attempts.begin('43');
    now = 3_200;
    await expect(request(URL_OF('43'), { signal: new AbortController().signal })).rejects.toThrow(/window had passed/);
    expect(calls).toEqual([]);
    expect(attempts.end('43')).toEqual(['not sent: the 3 s window had passed']);
  });

  it('passes discord.js’s own timeout through, so discord.js can retry it as before', async () => {
    const attempts = new CallbackAttempts();
    const { calls, base } = hangingBase();
    const request = trackedRequest(attempts, 1_000, base);
    attempts.begin('44');
    const restTimeout = new AbortController();
    const pending = request(URL_OF('44'), { signal: restTimeout.signal });
    restTimeout.abort(); // what discord.js does when its REST timeout fires
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(calls).toHaveLength(1);
    expect(attempts.end('44')).toEqual(['no answer within 1000 ms']);
  });

  it('leaves other requests to the REST timeout alone', async () => {
    const attempts = new CallbackAttempts();
    const seen: unknown[] = [];
    const signal = new AbortController().signal;
    const request = trackedRequest(attempts, 10_000, async (_url: string, init: { signal?: unknown }) => {
      seen.push(init.signal);
      return new Response('{}', { status: 200 });
    });
    await request('http://127.0.0.1:1/api/v10/gateway/bot', { signal });
    expect(seen).toEqual([signal]);
  });
});
