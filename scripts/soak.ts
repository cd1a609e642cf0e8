/**
 * `npm run soak [-- --mode gateway|http|both] [--n 5000] [--warmup 10000] [--window 64] [--users 30000]` (or
 * SOAK_N=5000): the real process against the Discord stand-in on 127.0.0.1, driven as hard as it sustains.
 * A quick run for development: `npm run soak -- --n 2000 --warmup 500` (its memory growth is printed, not judged).
 *
 * Two modes, the same interactions:
 * - gateway (default): the bot (`node dist/src/main.js`); each interaction is an INTERACTION_CREATE on the
 *   stand-in's gateway, answered by a callback the stand-in checks as Discord does (schema, limits, 3-s deadline,
 *   one answer per interaction); latency is dispatch → accepted callback;
 * - http: the interactions endpoint (`node dist/src/serve.js`); each interaction is a POST signed with a test
 *   Ed25519 key (the endpoint has its public half as DISCORD_PUBLIC_KEY), over at most `window` keep-alive
 *   connections; the response is checked the same way (Discord's schema and limits, a callback type that fits the
 *   interaction); latency is request → complete response. A deferral (type 5) would count as answered when its
 *   edit reaches the stand-in (none expected: every command answers at once).
 *
 * After a warm-up (default 10,000 interactions, not timed), N interactions (default 20,000) go out with at most
 * `window` (default 64) in flight at once: a new one is sent as soon as one is answered, so the figures are
 * sustained throughput and latency, not the length of a queue. The mix: /ask with questions from
 * ../shared/eval/dev-questions.jsonl (else corpus/examples.txt) and some harder variants (Spanish, typos, out of
 * scope, 1,000 characters, markdown and mentions), /ask autocomplete as someone types, presses of the buttons of
 * earlier answers, and /help, /timeline, /source.
 *
 * Every interaction comes from one of `users` distinct user ids (default: as many as there are interactions, so
 * every one is a new user — the worst case for per-user state). The cooldown is set for the run to
 * COOLDOWN_REQUESTS=1000 per COOLDOWN_WINDOW_SECONDS=1 (printed), for two reasons: with `--users` smaller than
 * the run, users send many interactions each and the figures must measure answering, not refusing; and the
 * cooldown remembers every user of the last window (by design, bounded by rate × window): with the default 10-s
 * window, at 4,000 interactions/s that is 40,000 users, still filling when a 5-s run ends, so the memory growth
 * would measure the window filling up (flat once full, as a 50,000-interaction warm-up shows), not a leak.
 * Cooldown notices are counted anyway (0 expected).
 *
 * Memory, read from /proc/<pid>/status (VmRSS) of the process under test, in two ways:
 * - as it runs: under load V8 lets garbage pile up to several times the live heap before collecting, so this
 *   swings by ±20 MB with the moment it is read; printed as a trend, for information;
 * - after full garbage collections, which the soak asks for: the process runs with `--expose-gc --import
 *   tests/discord-standin/gc-probe.js` (a SIGUSR2 handler calling gc(); nothing else changes). This is what it
 *   keeps, steady to about 1 MB, and what the budget (≤ 15 MB growth) is judged on.
 * Even collected, memory grows for the first ~10,000 interactions at full load (V8 sizing its young generation and
 * compiling hot code), then stays flat: hence the default warm-up, and no verdict after a shorter one. Collected
 * readings agree to about ±3 MB between runs, so the budget catches a leak of 1 KB or more per interaction at the
 * default N; a smaller one takes a larger N. The soak found one: discord.js kept every user who ever interacted
 * (0.3 KB each; fixed in src/bot/client.ts): with it, the as-it-runs RSS kept rising, and `--n 60000` grew by
 * 20 MB collected (over budget).
 *
 * Exit code 1 when an interaction was lost or answered twice, a body was rejected, the p99 latency was not under
 * Discord's 3-s window, the process exited, or memory grew by more than the budget.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  InteractionResponseType,
  InteractionType,
  type APIInteraction,
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  type Locale,
} from 'discord-api-types/v10';
import { t } from '../src/i18n/index.js';
import { PROJECT_ROOT } from '../src/paths.js';
import { ConfigError, runMain } from '../src/process.js';
import {
  DiscordStandIn,
  GC_PROBE,
  GUILD_ID,
  InteractionClient,
  autocomplete,
  buttonPress,
  callbackProblems,
  chatInput,
  messageFrom,
  newSigningKeys,
  standInEnv,
  startBot,
  startServe,
  type CallbackEvent,
  type NodeProcess,
  type Sender,
} from '../tests/discord-standin/index.js';

const DEV_QUESTIONS = join(PROJECT_ROOT, '..', 'shared', 'eval', 'dev-questions.jsonl');
const EXAMPLES = join(PROJECT_ROOT, 'corpus', 'examples.txt');

const DEFAULTS = { n: 20_000, warmup: 10_000, window: 64 };
/** Below this warm-up, the memory growth includes V8 sizing the heap for the load, and is not judged. */
const WARMUP_FOR_MEMORY = 10_000;
/** The memory budget: the bot's RSS (collected) may grow at most this much from after the warm-up to the end. */
const RSS_GROWTH_BUDGET_MB = 15;
/** An interaction not answered this long after dispatch is lost (Discord's deadline is 3 s, the stand-in's too). */
const LOST_AFTER_MS = 5_000;
/** Answered records are dropped from the stand-in after this long, so the driver stays small on long runs. */
const FORGET_AFTER_MS = 4_000;
/** Idle time after each phase: late second answers or rejections still arrive and count. */
const SETTLE_MS = 2_000;
/** The cooldown for the run (see above). */
const SOAK_COOLDOWN = { COOLDOWN_REQUESTS: '1000', COOLDOWN_WINDOW_SECONDS: '1' };
const COOLDOWN_TITLES = new Set([t('en', 'cooldown.title'), t('es', 'cooldown.title')]);

/** Discord's window for an interaction's first answer: the p99 must stay under it. */
const INTERACTION_WINDOW_MS = 3_000;

/** The gateway bot (`npm start`) or the HTTP interactions endpoint (`npm run serve`). */
type Mode = 'gateway' | 'http';

/** `--mode gateway` (default), `--mode http`, or `--mode both` (one after the other). */
function readModes(argv: readonly string[]): Mode[] {
  const at = argv.indexOf('--mode');
  const value = at >= 0 ? argv[at + 1] : 'gateway';
  if (value === 'gateway' || value === 'http') return [value];
  if (value === 'both') return ['gateway', 'http'];
  throw new ConfigError(`--mode must be gateway, http or both (got ${JSON.stringify(value)})`);
}

interface Options {
  n: number;
  warmup: number;
  window: number;
  users: number;
}

function readOptions(argv: readonly string[]): Options {
  const value = (name: string): string | undefined => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const whole = (name: string, text: string | undefined, fallback: number, min: number): number => {
    if (text === undefined) return fallback;
    const number = Number(text.replace(/[_,]/g, ''));
    if (!Number.isSafeInteger(number) || number < min)
      throw new ConfigError(`--${name} must be a whole number ≥ ${min} (got ${JSON.stringify(text)})`);
    return number;
  };
  const n = whole('n', value('n') ?? process.env.SOAK_N, DEFAULTS.n, 1);
  const warmup = whole('warmup', value('warmup'), DEFAULTS.warmup, 0);
  return {
    n,
    warmup,
    window: whole('window', value('window'), DEFAULTS.window, 1),
    users: whole('users', value('users'), n + warmup, 1),
  };
}

/** The questions: the dev set when present, else the example questions; plus fixed harder variants. */
function readQuestions(): { source: string; questions: string[] } {
  let source: string;
  let questions: string[];
  if (existsSync(DEV_QUESTIONS)) {
    source = '../shared/eval/dev-questions.jsonl';
    questions = readFileSync(DEV_QUESTIONS, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => String((JSON.parse(line) as { q: unknown }).q));
  } else {
    source = 'corpus/examples.txt';
    questions = readFileSync(EXAMPLES, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#') && !/^\[\w+\]$/.test(line));
  }
  const variants = [
    '¿Por qué Perú rompió relaciones con México?',
    'who is betsy chavez',
    'waht did sheinbaum sya about asylum',
    'Who won the Champions League?',
    '@everyone <@&123456789012345678> **why** did peru break relations? ||spoiler||',
    'Why did Peru break diplomatic relations with Mexico? '.repeat(19).slice(0, 1_000),
  ];
  return { source, questions: [...questions, ...variants] };
}

/** A small seeded generator (mulberry32): the same mix on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The bot process's resident set size in bytes (Linux /proc), or undefined elsewhere. */
function rssOf(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** CPU seconds (user + system) the process has used so far (Linux /proc), or undefined elsewhere. */
function cpuSecondsOf(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    // Fields after the command name (which may hold spaces, hence from the last ")"): utime, stime are 12th, 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(')').pop()!.trim().split(/\s+/);
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const mb = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : `${(bytes / 1024 / 1024).toFixed(1)} MB`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Tally {
  dispatched: number;
  answered: number;
  duplicates: number;
  rejected: number;
  late: number;
  lost: number;
  cooldowns: number;
  /** Answers deferred (HTTP mode: type 5, then an edit); 0 expected, every command answers at once. */
  deferred: number;
  latencies: number[];
  kinds: Record<string, number>;
}

/** Buttons of an answered message, with the message, to press later. */
interface Pressable {
  interactionId: string;
  data: APIInteractionResponseCallbackData;
  customIds: string[];
}

/** How an interaction ended, as a transport reports it to the {@link Driver}. */
type Ending =
  | { kind: 'answered'; response: APIInteractionResponse; latencyMs: number }
  | { kind: 'deferred' }
  | { kind: 'duplicate' | 'late' | 'rejected' };

/** Delivers the driver's interactions to the process under test, the gateway way or the HTTP way. */
interface SoakTransport {
  /** What the soak measures between, for the report: "dispatch → callback" or "request → response". */
  readonly latencyLabel: string;
  send(interaction: APIInteraction): void;
  /** Called once an interaction is done with, so the transport can forget it. */
  forget(id: string): void;
}

class Driver {
  private readonly inFlight = new Map<string, number>();
  private readonly answeredAt: Array<{ id: string; at: number }> = [];
  private readonly pressables: Pressable[] = [];
  private readonly next = random(20251104);
  private sent = 0;
  private wake: (() => void) | undefined;
  /** Interactions counted into the current phase's tally (warm-up or measured). */
  private tally: Tally = Driver.emptyTally();
  /** Ids dispatched during the warm-up, whose late events still count to the warm-up. */
  private readonly phaseOf = new Map<string, Tally>();
  transport: SoakTransport | undefined;

  constructor(
    private readonly applicationId: string,
    private readonly questions: readonly string[],
    private readonly options: Options,
  ) {}

  static emptyTally(): Tally {
    return {
      dispatched: 0,
      answered: 0,
      duplicates: 0,
      rejected: 0,
      late: 0,
      lost: 0,
      cooldowns: 0,
      deferred: 0,
      latencies: [],
      kinds: {},
    };
  }

  /**
   * Runs `count` interactions with the window full, and returns their tally once all are answered or lost.
   * `every` and `onProgress`: called after each `every` dispatches (memory samples).
   */
  async run(count: number, every = 0, onProgress?: (done: number) => void): Promise<Tally> {
    const tally = (this.tally = Driver.emptyTally());
    const sweep = setInterval(() => this.sweep(), 100);
    try {
      let remaining = count;
      while (remaining > 0 || this.inFlight.size > 0) {
        while (remaining > 0 && this.inFlight.size < this.options.window) {
          this.dispatch(tally);
          remaining--;
          if (every > 0 && onProgress && (count - remaining) % every === 0) onProgress(count - remaining);
        }
        await new Promise<void>((resolve) => (this.wake = resolve));
      }
    } finally {
      clearInterval(sweep);
    }
    return tally;
  }

  /** What happened to interaction `id` (a transport reports every answer, refusal or repeat it sees). */
  ended(id: string, ending: Ending): void {
    const tally = this.phaseOf.get(id) ?? this.tally;
    switch (ending.kind) {
      case 'answered': {
        // Already counted as lost (no answer within LOST_AFTER_MS): a late answer does not make it answered.
        if (!this.inFlight.has(id)) return;
        tally.answered++;
        tally.latencies.push(ending.latencyMs);
        this.answeredAt.push({ id, at: performance.now() });
        const data = (ending.response as { data?: APIInteractionResponseCallbackData }).data;
        const title = data?.embeds?.[0]?.title;
        if (title !== undefined && COOLDOWN_TITLES.has(title)) tally.cooldowns++;
        this.keepButtons(id, ending.response);
        break;
      }
      case 'deferred':
        // Still in flight: its answer arrives as an edit, reported as `answered`.
        tally.deferred++;
        return;
      case 'duplicate':
        tally.duplicates++;
        break;
      case 'late':
        tally.late++;
        break;
      case 'rejected':
        tally.rejected++;
        break;
    }
    this.done(id);
  }

  private sender(): Sender {
    const index = this.sent++ % this.options.users;
    return {
      userId: String(1_200_000_000_000_000_000n + BigInt(index)),
      ...(index % 5 === 0 ? { locale: 'es-ES' as Locale } : {}),
    };
  }

  private pick<T>(values: readonly T[]): T {
    return values[Math.floor(this.next() * values.length)]!;
  }

  private dispatch(tally: Tally): void {
    const roll = this.next();
    const sender = this.sender();
    const app = this.applicationId;
    let interaction: APIInteraction;
    let kind: string;
    if (roll < 0.1) {
      const question = this.pick(this.questions);
      kind = 'autocomplete';
      const typed = question.slice(0, 1 + Math.floor(this.next() * Math.min(question.length, 40)));
      interaction = autocomplete(app, 'ask', 'question', typed, sender);
    } else if (roll < 0.2 && this.pressables.length > 0) {
      const on = this.pick(this.pressables);
      kind = 'button';
      interaction = buttonPress(app, this.pick(on.customIds), messageFrom(app, on.data, on.interactionId), sender);
    } else if (roll < 0.25) {
      const which = this.pick(['help', 'timeline', 'source'] as const);
      kind = `/${which}`;
      const options = which === 'source' ? { paragraph: 1 + Math.floor(this.next() * 12) } : {};
      interaction = chatInput(app, which, options, sender);
    } else {
      kind = '/ask';
      const options = { question: this.pick(this.questions), ...(this.next() < 0.2 ? { private: true } : {}) };
      interaction = chatInput(app, 'ask', options, sender);
    }
    tally.dispatched++;
    tally.kinds[kind] = (tally.kinds[kind] ?? 0) + 1;
    this.phaseOf.set(interaction.id, tally);
    this.inFlight.set(interaction.id, performance.now());
    this.transport!.send(interaction);
  }

  private keepButtons(id: string, response: unknown): void {
    if (this.pressables.length >= 50) return;
    const data = (response as { type?: number; data?: APIInteractionResponseCallbackData }).data;
    if ((response as { type?: number }).type !== 4 || !data?.components || data.flags) return;
    const components = data.components.flatMap((row) => ('components' in row ? (row.components as unknown[]) : []));
    const customIds = components.flatMap((component) => {
      const customId = (component as { custom_id?: unknown }).custom_id;
      return typeof customId === 'string' ? [customId] : [];
    });
    if (customIds.length > 0) this.pressables.push({ interactionId: id, data, customIds });
  }

  private done(id: string): void {
    if (this.inFlight.delete(id)) this.wake?.();
  }

  /** Counts interactions unanswered for too long as lost, and forgets old answered ones. */
  private sweep(): void {
    const now = performance.now();
    for (const [id, dispatched] of this.inFlight) {
      if (now - dispatched > LOST_AFTER_MS) {
        (this.phaseOf.get(id) ?? this.tally).lost++;
        this.done(id);
      }
    }
    let drop = 0;
    while (drop < this.answeredAt.length && now - this.answeredAt[drop]!.at > FORGET_AFTER_MS) {
      const { id } = this.answeredAt[drop++]!;
      this.transport!.forget(id);
      this.phaseOf.delete(id);
    }
    if (drop > 0) this.answeredAt.splice(0, drop);
  }
}

/** The gateway: INTERACTION_CREATE through the stand-in, answers as the callbacks it accepts or refuses. */
function gatewayTransport(standIn: DiscordStandIn, driver: Driver): SoakTransport {
  standIn.onCallback(({ id, record, status, accepted }: CallbackEvent) => {
    if (accepted && record) {
      const latencyMs = record.timing.answered! - record.timing.dispatched;
      driver.ended(id, { kind: 'answered', response: record.callbacks[0]!, latencyMs });
    } else if (!record) {
      driver.ended(id, { kind: 'duplicate' });
    } else if (status === 400 && (record.rejected.at(-1)?.error as { code?: unknown } | undefined)?.code === 40060) {
      driver.ended(id, { kind: 'duplicate' });
    } else {
      driver.ended(id, { kind: status === 404 ? 'late' : 'rejected' });
    }
  });
  return {
    latencyLabel: 'dispatch → callback',
    send: (interaction) => void standIn.dispatchInteraction(interaction),
    forget: (id) => void standIn.interactions.delete(id),
  };
}

/**
 * HTTP: each interaction POSTed, signed, to the endpoint, its answer read from the response and checked as
 * Discord checks a callback (schema, limits, a type that fits the interaction). A deferral (type 5) is answered
 * when its edit reaches the stand-in; more than one edit would be a second answer.
 */
function httpTransport(client: InteractionClient, standIn: DiscordStandIn, driver: Driver): SoakTransport {
  const deferred = new Map<string, number>();
  standIn.onChange(() => {
    for (const [id, sentAt] of deferred) {
      const record = standIn.interactions.get(id);
      if (!record || record.edits.length === 0) continue;
      deferred.delete(id);
      const response = { type: 4, data: record.edits[0] } as APIInteractionResponse;
      driver.ended(id, { kind: 'answered', response, latencyMs: performance.now() - sentAt });
    }
  });
  return {
    latencyLabel: 'request → response',
    send(interaction) {
      const sentAt = performance.now();
      client.post(interaction).then(
        (response) => {
          const body = response.json as APIInteractionResponse | undefined;
          const fits = interaction.type === InteractionType.ApplicationCommandAutocomplete ? [8] : [4, 5, 7];
          if (response.status !== 200 || !body || !fits.includes(body.type) || callbackProblems(body).length > 0) {
            driver.ended(interaction.id, { kind: 'rejected' });
          } else if (body.type === InteractionResponseType.DeferredChannelMessageWithSource) {
            standIn.recordHttpAnswer(interaction, body);
            deferred.set(interaction.id, sentAt);
            driver.ended(interaction.id, { kind: 'deferred' });
          } else {
            driver.ended(interaction.id, { kind: 'answered', response: body, latencyMs: response.ms });
          }
        },
        // No answer at all (connection refused or reset): the sweep counts it as lost.
        () => undefined,
      );
    },
    forget(id) {
      const record = standIn.interactions.get(id);
      // Every edit is one answer: a second one is a duplicate.
      if (record && record.edits.length > 1) driver.ended(id, { kind: 'duplicate' });
      standIn.interactions.delete(id);
    },
  };
}

function report(title: string, tally: Tally, wallMs: number, latencyLabel: string): void {
  const sorted = [...tally.latencies].sort((a, b) => a - b);
  console.log(title);
  console.log(
    `  interactions          ${tally.dispatched.toLocaleString('en')}  (${Object.entries(tally.kinds)
      .map(([kind, n]) => `${kind} ${n}`)
      .join(', ')})`,
  );
  console.log(`  wall time             ${(wallMs / 1000).toFixed(2)} s`);
  console.log(`  throughput            ${((tally.dispatched / wallMs) * 1000).toFixed(0)} interactions/s`);
  console.log(
    `  ${latencyLabel.padEnd(21)} p50 ${percentile(sorted, 50).toFixed(2)} ms, p99 ${percentile(sorted, 99).toFixed(2)} ms, max ${percentile(sorted, 100).toFixed(2)} ms`,
  );
  console.log(`  answered exactly once ${tally.answered.toLocaleString('en')}`);
  console.log(`  answered twice        ${tally.duplicates}  (must be 0)`);
  console.log(
    `  lost                  ${tally.lost + tally.late}  (must be 0${tally.late ? `; ${tally.late} answered after the 3-s deadline` : ''})`,
  );
  console.log(`  rejected bodies       ${tally.rejected}  (400s; must be 0)`);
  console.log(`  cooldown notices      ${tally.cooldowns}  (of the answers above)`);
  if (tally.deferred > 0) console.log(`  deferred              ${tally.deferred}  (answered by an edit over REST)`);
}

/** Soaks one mode; resolves with the exit code. */
async function soak(mode: Mode, options: Options, source: string, questions: readonly string[]): Promise<number> {
  const standIn = await new DiscordStandIn({
    guildIds: [GUILD_ID],
    recordRequests: false,
    heartbeatIntervalMs: 41_250,
  }).start();
  const driver = new Driver(standIn.applicationId, questions, options);
  let bot: NodeProcess | undefined;
  let client: InteractionClient | undefined;
  try {
    const probe = ['--expose-gc', '--import', GC_PROBE];
    let what: string;
    if (mode === 'gateway') {
      bot = startBot(standInEnv(standIn, SOAK_COOLDOWN), probe);
      await standIn.awaitSessions(1, 30_000);
      await bot.waitForOutput(/Connected to Discord/, 30_000);
      driver.transport = gatewayTransport(standIn, driver);
      what = 'the bot process (node dist/src/main.js)';
    } else {
      const keys = newSigningKeys();
      const env = { DISCORD_PUBLIC_KEY: keys.publicKeyHex, PORT: '0', HOST: '127.0.0.1', ...SOAK_COOLDOWN };
      bot = startServe({ ...standInEnv(standIn, env), DISCORD_TOKEN: '' }, probe);
      const [, url] = await bot.waitForOutput(/listening on (http:\/\/127\.0\.0\.1:\d+)\/interactions/, 30_000);
      client = new InteractionClient(url!, keys, options.window);
      driver.transport = httpTransport(client, standIn, driver);
      what = 'the HTTP endpoint (node dist/src/serve.js), signed requests over keep-alive connections';
    }
    const running = bot;
    const pid = bot.child.pid;

    console.log(`Soak (${mode}): ${what}, pid ${pid}, with the Discord stand-in on 127.0.0.1`);
    console.log(
      `  ${options.warmup.toLocaleString('en')} warm-up + ${options.n.toLocaleString('en')} measured interactions, at most ${options.window} in flight; ${questions.length} questions (${source} + 6 variants)`,
    );
    const each = options.users >= options.n + options.warmup ? 'one interaction each' : 'taking turns';
    console.log(
      `  ${options.users.toLocaleString('en')} distinct user ids (${each}); cooldown set for the soak to COOLDOWN_REQUESTS=${SOAK_COOLDOWN.COOLDOWN_REQUESTS} per COOLDOWN_WINDOW_SECONDS=${SOAK_COOLDOWN.COOLDOWN_WINDOW_SECONDS} (default 5 per 10 s)`,
    );
    console.log('');

    /**
     * VmRSS after full garbage collections in the bot (see gc-probe.ts). V8 gives freed pages back to the system
     * in the background after a collection, so: collect, wait a little, read, until two readings agree.
     */
    let collections = 0;
    const collectedRss = async (): Promise<number | undefined> => {
      let previous: number | undefined;
      for (let round = 0; round < 8; round++) {
        running.child.kill('SIGUSR2');
        const done = ++collections;
        await standIn.waitFor(
          'the bot to collect garbage',
          () => running.stderr.includes(`gc-probe: collected ${done}\n`) || undefined,
          10_000,
        );
        await sleep(300);
        const rss = rssOf(pid);
        if (rss === undefined) return undefined;
        if (previous !== undefined && Math.abs(rss - previous) < 512 * 1024) return rss;
        previous = rss;
      }
      return previous;
    };

    const rssIdle = rssOf(pid);
    const trend: string[] = [];
    const sample = (label: string) => (done: number) =>
      trend.push(`${label}${(done / 1000).toFixed(done % 1000 ? 1 : 0)}k ${mb(rssOf(pid)).replace(' MB', '')}`);
    const warm = await driver.run(options.warmup, Math.max(1, Math.round(options.warmup / 5)), sample('w'));
    await sleep(SETTLE_MS);
    const rawStart = rssOf(pid);
    const rssStart = await collectedRss();
    const cpuBefore = process.cpuUsage();
    const botCpuBefore = cpuSecondsOf(pid);
    const started = performance.now();
    const measured = await driver.run(options.n, Math.max(1, Math.round(options.n / 10)), sample(''));
    const wallMs = performance.now() - started;
    const driverCpu = process.cpuUsage(cpuBefore);
    const botCpuAfter = cpuSecondsOf(pid);
    // Any late second answer or rejection still counts: wait past the deadline before the last readings.
    await sleep(SETTLE_MS);
    const rawEnd = rssOf(pid);
    const rssEnd = await collectedRss();

    report(
      `Measured (${options.n.toLocaleString('en')} interactions after the warm-up)`,
      measured,
      wallMs,
      driver.transport.latencyLabel,
    );
    const botCpu =
      botCpuBefore !== undefined && botCpuAfter !== undefined
        ? `${((((botCpuAfter - botCpuBefore) * 1000) / wallMs) * 100).toFixed(0)}%`
        : 'n/a';
    console.log(
      `  CPU                   bot ${botCpu} of one core; driver + stand-in ${(((driverCpu.user + driverCpu.system) / 1000 / wallMs) * 100).toFixed(0)}% (same machine)`,
    );
    const warmFailures = warm.duplicates + warm.lost + warm.late + warm.rejected;
    console.log(
      `  warm-up               ${warm.answered.toLocaleString('en')} of ${warm.dispatched.toLocaleString('en')} answered once; ${warmFailures} lost, duplicated or rejected`,
    );
    const growth = rssStart !== undefined && rssEnd !== undefined ? rssEnd - rssStart : undefined;
    const judged = options.warmup >= WARMUP_FOR_MEMORY;
    const overBudget = judged && growth !== undefined && growth > RSS_GROWTH_BUDGET_MB * 1024 * 1024;
    const verdict =
      growth === undefined
        ? ''
        : !judged
          ? `; not judged: warm-up under ${WARMUP_FOR_MEMORY.toLocaleString('en')}`
          : overBudget
            ? ': OVER BUDGET'
            : ': within budget';
    console.log(
      `  bot RSS, as it runs   (MB) idle ${mb(rssIdle).replace(' MB', '')}; warm-up ${trend
        .filter((t) => t.startsWith('w'))
        .map((t) => t.slice(1))
        .join(', ')}; measured ${trend.filter((t) => !t.startsWith('w')).join(', ')}`,
    );
    console.log(
      `                        ${mb(rawStart)} after warm-up → ${mb(rawEnd)} at end (uncollected garbage included: for information)`,
    );
    const perThousand =
      growth === undefined
        ? ''
        : `, ${growth >= 0 ? '+' : ''}${((growth / 1024 / options.n) * 1000).toFixed(0)} KB per 1,000 interactions`;
    console.log(
      `  bot RSS, collected    ${mb(rssStart)} after warm-up → ${mb(rssEnd)} at end: growth ${growth === undefined ? 'n/a (no /proc)' : `${growth >= 0 ? '+' : ''}${mb(growth)}`}${perThousand} (budget ≤ ${RSS_GROWTH_BUDGET_MB} MB${verdict})`,
    );
    const logged = bot.output.split('\n').filter((line) => / (WARN|ERROR) /.test(line)).length;
    console.log(`  bot warnings/errors   ${logged}`);
    // Gateway: every body the stand-in refused must be one of the interactions' failures above.
    const unaccounted =
      mode === 'http'
        ? 0
        : standIn.counters.rejectedBodies -
          (warm.duplicates + warm.late + warm.rejected + measured.duplicates + measured.late + measured.rejected);
    if (unaccounted !== 0) console.log(`  stand-in rejections not matched to an interaction: ${unaccounted}`);

    const p99 = percentile(
      [...measured.latencies].sort((a, b) => a - b),
      99,
    );
    const failures = [
      measured.lost + measured.late + warm.lost + warm.late > 0 && 'lost interactions',
      !(p99 < INTERACTION_WINDOW_MS) && `p99 ${p99.toFixed(0)} ms not under Discord's 3-s window`,
      measured.duplicates + warm.duplicates > 0 && 'interactions answered twice',
      measured.rejected + warm.rejected > 0 && 'rejected bodies',
      unaccounted !== 0 && 'unmatched rejections',
      overBudget && 'memory growth over budget',
      bot.child.exitCode !== null && 'the bot exited',
    ].filter(Boolean);
    console.log('');
    console.log(failures.length === 0 ? 'PASS' : `FAIL: ${failures.join(', ')}`);
    return failures.length === 0 ? 0 : 1;
  } finally {
    client?.close();
    await bot?.stop();
    await standIn.stop();
  }
}

runMain(async () => {
  const argv = process.argv.slice(2);
  const options = readOptions(argv);
  const modes = readModes(argv);
  const { source, questions } = readQuestions();
  let code = 0;
  for (const [i, mode] of modes.entries()) {
    if (i > 0) console.log('');
    code = Math.max(code, await soak(mode, options, source, questions));
  }
  return code;
});
