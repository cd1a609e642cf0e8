/**
 * A stand-in for Discord on 127.0.0.1, for end-to-end tests of the real bot process: Discord's REST API over
 * node:http and its gateway over `ws`, enough of both for discord.js to log in, stay connected, resume, and for
 * the bot to register commands and answer interactions.
 *
 * REST: GET /gateway/bot (its `url` points discord.js at this gateway), the commands bulk overwrite (global and
 * guild), interaction callbacks, and the interaction webhook (edit @original, follow-ups). Every body is checked
 * as Discord checks it (./validate.ts) and a bad one gets Discord's answer: 400 {code: 50035, "Invalid Form
 * Body", errors}. Interaction callbacks follow Discord's rules: unknown id, wrong token or later than the deadline
 * (3 s) → 404 10062; a second answer → 400 40060.
 *
 * Gateway: HELLO, IDENTIFY → READY, heartbeats → ACK, RESUME → replay → RESUMED (or INVALID_SESSION), RECONNECT,
 * and INTERACTION_CREATE dispatches. Events sent while the bot is disconnected are kept and replayed on resume,
 * as Discord does.
 *
 * Hooks for fault tests: {@link DiscordStandIn.nextCallbackResponse}, {@link DiscordStandIn.nextResponse} and
 * {@link DiscordStandIn.setRestHandler} inject any REST answer (429, 500, a delay, 10062 …);
 * {@link DiscordStandIn.ackHeartbeats} stops heartbeat ACKs; {@link DiscordStandIn.dropConnection},
 * {@link DiscordStandIn.closeConnection} (a close code, optionally ending the session),
 * {@link DiscordStandIn.sendInvalidSession} and {@link DiscordStandIn.sendReconnect} break the gateway connection.
 * {@link DiscordStandIn.counters} count what happened; {@link DiscordStandIn.onCallback} reports every interaction
 * callback as it is answered (for load tests that cannot poll).
 */
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import {
  GatewayDispatchEvents,
  GatewayOpcodes,
  InteractionResponseType,
  InteractionType,
  type APIApplicationCommand,
  type APIInteraction,
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  type GatewayIdentifyData,
} from 'discord-api-types/v10';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  autocomplete,
  buttonPress,
  chatInput,
  messageFrom,
  readyData,
  snowflake,
  type OptionInput,
  type Sender,
} from './payloads.js';
import {
  callbackProblems,
  commandsProblems,
  followUpProblems,
  invalidFormBody,
  isEmptyMessage,
  webhookEditProblems,
  type Problem,
} from './validate.js';

export interface StandInOptions {
  /** The application (client) id the bot is configured with. */
  applicationId?: string;
  /** The only bot token accepted (REST `Authorization: Bot …`, gateway IDENTIFY). */
  token?: string;
  /** Guilds the bot is in: registering commands in any other gets 403 Missing Access. */
  guildIds?: string[];
  /** Gateway heartbeat interval sent in HELLO; short, so tests need not wait. */
  heartbeatIntervalMs?: number;
  /** How long after dispatch an interaction may be answered (Discord: 3 s). */
  callbackDeadlineMs?: number;
  /** Keep every REST request in {@link DiscordStandIn.requests} (default true; a soak turns it off to stay small). */
  recordRequests?: boolean;
  /** The shard count GET /gateway/bot recommends (default 1). */
  shards?: number;
  /**
   * GET /gateway/bot's session_start_limit.max_concurrency (default 1): how many shards may identify at once
   * (discord.js waits 5 s between identifies in the same bucket).
   */
  maxConcurrency?: number;
}

/** One REST request as received, with the answer given. */
export interface RecordedRequest {
  method: string;
  /** Path without the /api and /v10 prefixes, e.g. /interactions/123/abc/callback. */
  path: string;
  query: URLSearchParams;
  /** Whether it carried `Authorization: Bot <the token>`. */
  authorized: boolean;
  body: unknown;
  status: number;
  response: unknown;
  at: number;
}

/** A REST answer to give instead of the normal one. */
export interface InjectedResponse {
  status: number;
  body?: unknown;
  /** Wait this long before answering (timeouts, slow Discord). */
  delayMs?: number;
  headers?: Record<string, string>;
}

/** Decides a request's answer before the stand-in does; undefined lets the stand-in answer normally. */
export type RestHandler = (request: {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}) => InjectedResponse | undefined;

/** An interaction the stand-in dispatched, and what the bot did with it. */
export interface InteractionRecord {
  interaction: APIInteraction;
  dispatchedAt: number;
  /** Accepted callbacks (Discord accepts one; more are rejected with 40060 and recorded in `rejected`). */
  callbacks: APIInteractionResponse[];
  /** Bodies Discord would have refused (invalid, late, repeated), with the error given. */
  rejected: Array<{ body: unknown; status: number; error: unknown }>;
  /** PATCH …/messages/@original bodies accepted. */
  edits: unknown[];
  /** Follow-up message bodies accepted. */
  followUps: unknown[];
  /** performance.now() at dispatch and at the first accepted callback, for latency figures. */
  timing: { dispatched: number; answered?: number };
}

/** One interaction callback request and how it was answered, as {@link DiscordStandIn.onCallback} reports it. */
export interface CallbackEvent {
  /** The interaction id from the URL. */
  id: string;
  /** Undefined when the id is unknown (or its record was deleted). */
  record: InteractionRecord | undefined;
  status: number;
  /** Whether it became the interaction's answer. */
  accepted: boolean;
}

export interface Counters {
  connections: number;
  identifies: number;
  resumes: number;
  readies: number;
  heartbeats: number;
  heartbeatAcks: number;
  dispatched: number;
  callbacks: number;
  rejectedBodies: number;
  restRequests: number;
  /** INVALID_SESSION (op 9) sent, asked for by a test or in answer to a RESUME. */
  invalidSessions: number;
  /** RESUMEs refused (unknown or ended session) with INVALID_SESSION. */
  resumesRefused: number;
}

interface Session {
  id: string;
  /** The shard it serves: [id, count], as identified. */
  shard: [number, number];
  seq: number;
  /** Dispatches by sequence number, kept for replay on resume. */
  events: Array<{ seq: number; t: string; d: unknown }>;
  socket: WebSocket | undefined;
}

/** Sessions keep at most this many events for replay. */
const REPLAY_BUFFER = 5_000;

const DEFAULTS = {
  applicationId: '1300000000000000001',
  token: `${Buffer.from('1300000000000000001').toString('base64url')}.ZzZzZw.${'s'.repeat(38)}`,
  heartbeatIntervalMs: 1_000,
  callbackDeadlineMs: 3_000,
  recordRequests: true,
  shards: 1,
  maxConcurrency: 1,
};

export class DiscordStandIn {
  readonly applicationId: string;
  readonly token: string;
  readonly options: Required<Omit<StandInOptions, 'guildIds'>> & { guildIds: string[] };
  readonly requests: RecordedRequest[] = [];
  readonly interactions = new Map<string, InteractionRecord>();
  /** Command lists registered by bulk overwrite: key "global" or the guild id. */
  readonly commands = new Map<string, APIApplicationCommand[]>();
  /** The IDENTIFY payloads received. */
  readonly identifies: GatewayIdentifyData[] = [];
  readonly counters: Counters = {
    connections: 0,
    identifies: 0,
    resumes: 0,
    readies: 0,
    heartbeats: 0,
    heartbeatAcks: 0,
    dispatched: 0,
    callbacks: 0,
    rejectedBodies: 0,
    restRequests: 0,
    invalidSessions: 0,
    resumesRefused: 0,
  };
  /** Whether heartbeats are acknowledged (false: the bot should detect a zombie connection and reconnect). */
  ackHeartbeats = true;
  /**
   * While true, an IDENTIFY gets no READY: the shard stays connecting (for health checks). {@link releaseReady}
   * answers the ones held.
   */
  holdReady = false;
  private readonly heldIdentifies: Array<{ socket: WebSocket; data: GatewayIdentifyData }> = [];

  private readonly events = new EventEmitter();
  private readonly http: Server;
  private readonly wss: WebSocketServer;
  private readonly sockets = new Set<WebSocket>();
  /** The live session of each shard, by shard id. */
  private readonly live = new Map<number, Session>();
  private readonly sessions = new Map<string, Session>();
  private readonly injected: Array<{ match: (method: string, path: string) => boolean; response: InjectedResponse }> =
    [];
  private restHandler: RestHandler | undefined;
  private port = 0;

  constructor(options: StandInOptions = {}) {
    this.applicationId = options.applicationId ?? DEFAULTS.applicationId;
    this.token = options.token ?? DEFAULTS.token;
    this.options = {
      applicationId: this.applicationId,
      token: this.token,
      guildIds: options.guildIds ?? [],
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? DEFAULTS.heartbeatIntervalMs,
      callbackDeadlineMs: options.callbackDeadlineMs ?? DEFAULTS.callbackDeadlineMs,
      recordRequests: options.recordRequests ?? DEFAULTS.recordRequests,
      shards: options.shards ?? DEFAULTS.shards,
      maxConcurrency: options.maxConcurrency ?? DEFAULTS.maxConcurrency,
    };
    this.events.setMaxListeners(0);
    this.http = createServer((req, res) => void this.onRequest(req, res));
    this.wss = new WebSocketServer({ noServer: true });
    this.http.on('upgrade', (req, socket, head) => {
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws));
    });
  }

  /** A token shaped like a real bot token, for the application `applicationId`. */
  static tokenFor(applicationId: string): string {
    return `${Buffer.from(applicationId).toString('base64url')}.ZzZzZw.${randomBytes(29).toString('base64url')}`;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.http.listen(0, '127.0.0.1', resolve));
    this.port = (this.http.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    this.wss.close();
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  /** REST base URL, what DISCORD_API_URL should be. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  /** Whether a bot is connected with a live session (on shard 0). */
  get connected(): boolean {
    return this.live.get(0)?.socket !== undefined;
  }

  /** The shards with a connected session, in order. */
  get connectedShards(): number[] {
    return [...this.live.values()]
      .filter((session) => session.socket !== undefined)
      .map((session) => session.shard[0])
      .sort((a, b) => a - b);
  }

  /**
   * The shard Discord delivers an interaction to: the guild's, `(guild_id >> 22) % shard count`; shard 0 for DMs.
   * The count is the one the bot identified with.
   */
  shardOf(interaction: { guild_id?: string }): number {
    const count = [...this.live.values()][0]?.shard[1] ?? 1;
    return interaction.guild_id === undefined ? 0 : Number((BigInt(interaction.guild_id) >> 22n) % BigInt(count));
  }

  // ---- Hooks -------------------------------------------------------------------------------------------------

  /** The next request matching `method` and `path` (a regular expression over the path) gets this answer instead. */
  nextResponse(method: string, path: RegExp, response: InjectedResponse): void {
    this.injected.push({ match: (m, p) => m === method && path.test(p), response });
  }

  /** The next interaction callback gets this answer (e.g. 500, or 404 {code: 10062}); the body is still recorded. */
  nextCallbackResponse(status: number, body?: unknown, delayMs?: number): void {
    this.nextResponse('POST', /^\/interactions\/\d+\/[^/]+\/callback$/, { status, body, delayMs });
  }

  /** Decides every REST answer first (undefined: answer normally); undefined removes the handler. */
  setRestHandler(handler: RestHandler | undefined): void {
    this.restHandler = handler;
  }

  /** Calls `listener` after every request and gateway event; returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.events.on('change', listener);
    return () => this.events.off('change', listener);
  }

  /** Calls `listener` on every interaction callback request, once answered; returns the unsubscribe function. */
  onCallback(listener: (event: CallbackEvent) => void): () => void {
    this.events.on('callback', listener);
    return () => this.events.off('callback', listener);
  }

  // ---- Driving the bot ---------------------------------------------------------------------------------------

  /**
   * Sends an INTERACTION_CREATE (or keeps it for replay if the bot is disconnected) on the shard Discord would use
   * ({@link shardOf}) or on `shard`; returns its id.
   */
  dispatchInteraction(interaction: APIInteraction, shard: number = this.shardOf(interaction)): string {
    this.interactions.set(interaction.id, {
      interaction,
      dispatchedAt: Date.now(),
      callbacks: [],
      rejected: [],
      edits: [],
      followUps: [],
      timing: { dispatched: performance.now() },
    });
    this.counters.dispatched++;
    this.dispatch(GatewayDispatchEvents.InteractionCreate, interaction, shard);
    return interaction.id;
  }

  /**
   * Records an interaction answered over HTTP (an interactions endpoint's response is its callback), so the
   * webhook requests that follow — the edit of a deferred answer — are taken as Discord takes them.
   */
  recordHttpAnswer(interaction: APIInteraction, response: APIInteractionResponse): InteractionRecord {
    const now = performance.now();
    const record: InteractionRecord = {
      interaction,
      dispatchedAt: Date.now(),
      callbacks: [response],
      rejected: [],
      edits: [],
      followUps: [],
      timing: { dispatched: now, answered: now },
    };
    this.interactions.set(interaction.id, record);
    this.changed();
    return record;
  }

  /** `/name options` from a user: dispatched, id returned. */
  sendCommand(name: string, options: Readonly<Record<string, OptionInput | undefined>>, sender: Sender): string {
    return this.dispatchInteraction(chatInput(this.applicationId, name, options, sender));
  }

  /** A user typing into an autocomplete option: dispatched, id returned. */
  sendAutocomplete(
    name: string,
    focused: string,
    typed: string,
    sender: Sender,
    others: Readonly<Record<string, OptionInput>> = {},
  ): string {
    return this.dispatchInteraction(autocomplete(this.applicationId, name, focused, typed, sender, others));
  }

  /** A press of button `customId` on the message an earlier interaction's answer became. */
  pressButton(
    customId: string,
    on: { interactionId: string; data: APIInteractionResponseCallbackData },
    sender: Sender,
  ): string {
    return this.dispatchInteraction(
      buttonPress(this.applicationId, customId, messageFrom(this.applicationId, on.data, on.interactionId), sender),
    );
  }

  /** Resolves with the first accepted callback of interaction `id`. */
  awaitCallback(id: string, timeoutMs = 5_000): Promise<APIInteractionResponse> {
    return this.waitFor(`callback ${id}`, () => this.interactions.get(id)?.callbacks[0], timeoutMs);
  }

  /** Resolves when `check` returns a value (checked on every stand-in event and every 25 ms), with that value. */
  waitFor<T>(what: string, check: () => T | undefined | false, timeoutMs = 5_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const attempt = () => {
        const value = check();
        if (value !== undefined && value !== false) {
          cleanup();
          resolve(value);
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`stand-in: timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      // Stand-in events wake it at once; the poll covers conditions on state outside the stand-in (a test's socket).
      const poll = setInterval(attempt, 25);
      const cleanup = () => {
        clearTimeout(timer);
        clearInterval(poll);
        this.events.off('change', attempt);
      };
      this.events.on('change', attempt);
      attempt();
    });
  }

  /** Resolves once `count` sessions have become ready or resumed in total (READY + RESUMED sent). */
  awaitSessions(count: number, timeoutMs = 10_000): Promise<void> {
    return this.waitFor(
      `${count} ready/resumed sessions`,
      () => this.counters.readies + this.counters.resumes >= count || undefined,
      timeoutMs,
    ).then(() => undefined);
  }

  /**
   * Sends any dispatch event (GUILD_CREATE, …) on the current session, with the next sequence number; kept for
   * replay like every dispatch.
   */
  dispatchEvent(t: string, d: unknown, shard = 0): void {
    this.dispatch(t, d, shard);
  }

  /** Cuts a shard's gateway connection without a close frame (network loss): the bot should resume. */
  dropConnection(shard = 0): void {
    const session = this.live.get(shard);
    const socket = session?.socket;
    if (session) session.socket = undefined;
    socket?.terminate();
  }

  /** Asks the bot to reconnect a shard (opcode 7), as Discord does before moving a session. */
  sendReconnect(shard = 0): void {
    this.send(this.live.get(shard)?.socket, { op: GatewayOpcodes.Reconnect, d: null });
  }

  /**
   * Closes the gateway connection with a close frame carrying `code`, as Discord does (4000 Unknown error, 4007
   * Invalid seq, 4009 Session timed out …). With `endSession`, the session is forgotten as well, so a RESUME of
   * it is refused with INVALID_SESSION and the bot has to IDENTIFY again.
   */
  closeConnection(
    code: number,
    reason = '',
    { endSession = false, shard = 0 }: { endSession?: boolean; shard?: number } = {},
  ): void {
    const session = this.live.get(shard);
    const socket = session?.socket;
    if (session) {
      session.socket = undefined;
      if (endSession) this.sessions.delete(session.id);
    }
    socket?.close(code, reason);
  }

  /**
   * Sends INVALID_SESSION (opcode 9). `resumable: false` also ends the session, as Discord does: the bot must
   * IDENTIFY again (a RESUME of it would be refused).
   */
  sendInvalidSession(resumable: boolean, shard = 0): void {
    const session = this.live.get(shard);
    if (!resumable && session) this.sessions.delete(session.id);
    this.counters.invalidSessions++;
    this.send(session?.socket, { op: GatewayOpcodes.InvalidSession, d: resumable });
  }

  // ---- Gateway -----------------------------------------------------------------------------------------------

  private changed(): void {
    this.events.emit('change');
  }

  private send(socket: WebSocket | undefined, payload: object): void {
    if (socket && socket.readyState === socket.OPEN) socket.send(JSON.stringify(payload));
  }

  private dispatch(t: string, d: unknown, shard = 0): void {
    const session = this.live.get(shard);
    if (!session) {
      throw new Error(`stand-in: no gateway session on shard ${shard} yet (wait for awaitSessions before dispatching)`);
    }
    const seq = ++session.seq;
    session.events.push({ seq, t, d });
    if (session.events.length > REPLAY_BUFFER) session.events.shift();
    this.send(session.socket, { op: GatewayOpcodes.Dispatch, t, s: seq, d });
  }

  private onConnection(socket: WebSocket): void {
    this.counters.connections++;
    this.sockets.add(socket);
    socket.on('close', () => {
      this.sockets.delete(socket);
      for (const session of this.live.values()) if (session.socket === socket) session.socket = undefined;
      this.changed();
    });
    socket.on('message', (raw) => this.onGatewayMessage(socket, (raw as Buffer).toString()));
    this.send(socket, {
      op: GatewayOpcodes.Hello,
      d: { heartbeat_interval: this.options.heartbeatIntervalMs },
      s: null,
      t: null,
    });
    this.changed();
  }

  private onGatewayMessage(socket: WebSocket, raw: string): void {
    let payload: { op?: number; d?: unknown };
    try {
      payload = JSON.parse(raw) as { op?: number; d?: unknown };
    } catch {
      socket.close(4002, 'Decode error');
      return;
    }
    switch (payload.op) {
      case GatewayOpcodes.Heartbeat:
        this.counters.heartbeats++;
        if (this.ackHeartbeats) {
          this.counters.heartbeatAcks++;
          this.send(socket, { op: GatewayOpcodes.HeartbeatAck });
        }
        break;
      case GatewayOpcodes.Identify:
        this.identify(socket, payload.d as GatewayIdentifyData);
        break;
      case GatewayOpcodes.Resume:
        this.resume(socket, payload.d as { token: string; session_id: string; seq: number });
        break;
      default:
        break;
    }
    this.changed();
  }

  private identify(socket: WebSocket, data: GatewayIdentifyData): void {
    this.counters.identifies++;
    this.identifies.push({ ...data, token: data.token === this.token ? '(the bot token)' : '(another token)' });
    if (data.token !== this.token) {
      socket.close(4004, 'Authentication failed.');
      return;
    }
    const [id, count] = data.shard ?? [0, 1];
    if (!(Number.isInteger(id) && Number.isInteger(count) && id >= 0 && id < count)) {
      socket.close(4010, 'Invalid shard.');
      return;
    }
    if (this.holdReady) {
      this.heldIdentifies.push({ socket, data });
      return;
    }
    this.ready(socket, [id, count]);
  }

  /** Stops holding READY and sends it to every IDENTIFY held meanwhile (on connections still open). */
  releaseReady(): void {
    this.holdReady = false;
    for (const { socket, data } of this.heldIdentifies.splice(0)) {
      if (socket.readyState === socket.OPEN) this.ready(socket, data.shard ?? [0, 1]);
    }
    this.changed();
  }

  /** A new session of shard `shard` on `socket`: READY. */
  private ready(socket: WebSocket, shard: [number, number]): void {
    const session: Session = { id: randomBytes(16).toString('hex'), shard, seq: 0, events: [], socket };
    const previous = this.live.get(shard[0]);
    if (previous?.socket && previous.socket !== socket) previous.socket.terminate();
    this.live.set(shard[0], session);
    this.sessions.set(session.id, session);
    this.counters.readies++;
    this.dispatch(
      GatewayDispatchEvents.Ready,
      readyData(this.applicationId, session.id, this.gatewayUrl, shard),
      shard[0],
    );
  }

  private resume(socket: WebSocket, data: { token: string; session_id: string; seq: number }): void {
    const session = this.sessions.get(data.session_id);
    if (data.token !== this.token || !session) {
      this.counters.invalidSessions++;
      this.counters.resumesRefused++;
      this.send(socket, { op: GatewayOpcodes.InvalidSession, d: false });
      return;
    }
    this.counters.resumes++;
    if (session.socket && session.socket !== socket) session.socket.terminate();
    session.socket = socket;
    this.live.set(session.shard[0], session);
    for (const event of session.events) {
      if (event.seq > data.seq)
        this.send(socket, { op: GatewayOpcodes.Dispatch, t: event.t, s: event.seq, d: event.d });
    }
    this.dispatch(GatewayDispatchEvents.Resumed, {}, session.shard[0]);
  }

  // ---- REST --------------------------------------------------------------------------------------------------

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // Decoded as Discord decodes it: clients may send @original as %40original.
    const path = decodeURIComponent(url.pathname)
      .replace(/^\/api/, '')
      .replace(/^\/v\d+/, '');
    const method = req.method ?? 'GET';
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks).toString('utf8');
    let body: unknown;
    let unparsable = false;
    if (rawBody) {
      try {
        body = JSON.parse(rawBody);
      } catch {
        unparsable = true;
      }
    }
    const authorized = req.headers.authorization === `Bot ${this.token}`;
    this.counters.restRequests++;

    const injectedAt = this.injected.findIndex((entry) => entry.match(method, path));
    const injected =
      injectedAt >= 0
        ? this.injected.splice(injectedAt, 1)[0]!.response
        : this.restHandler?.({ method, path, query: url.searchParams, body });
    let answer: InjectedResponse;
    if (injected) {
      answer = injected;
      // An injected answer to a callback still records what the bot tried to send.
      const callback = /^\/interactions\/(\d+)\/[^/]+\/callback$/.exec(path);
      if (callback)
        this.interactions.get(callback[1]!)?.rejected.push({ body, status: injected.status, error: injected.body });
    } else if (unparsable) {
      answer = { status: 400, body: { code: 50109, message: 'The request body contains invalid JSON.' } };
    } else {
      answer = this.route(method, path, url.searchParams, body, authorized);
    }
    if (this.options.recordRequests)
      this.requests.push({
        method,
        path,
        query: url.searchParams,
        authorized,
        body,
        status: answer.status,
        response: answer.body,
        at: Date.now(),
      });
    const callbackId = /^\/interactions\/(\d+)\/[^/]+\/callback$/.exec(path)?.[1];
    if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
    if (!res.destroyed) {
      const empty = answer.status === 204 || answer.body === undefined;
      const headers: Record<string, string> = {
        ...(empty ? {} : { 'content-type': 'application/json' }),
        ...answer.headers,
      };
      if (answer.status === 429 && !headers['retry-after'])
        headers['retry-after'] = String((answer.body as { retry_after?: number })?.retry_after ?? 1);
      res.writeHead(answer.status, headers);
      res.end(empty ? undefined : JSON.stringify(answer.body));
    }
    if (callbackId !== undefined) {
      const record = this.interactions.get(callbackId);
      const accepted = !injected && answer.status >= 200 && answer.status < 300;
      this.events.emit('callback', { id: callbackId, record, status: answer.status, accepted } satisfies CallbackEvent);
    }
    this.changed();
  }

  private route(
    method: string,
    path: string,
    query: URLSearchParams,
    body: unknown,
    authorized: boolean,
  ): InjectedResponse {
    const unauthorized = { status: 401, body: { message: '401: Unauthorized', code: 0 } };
    if (method === 'GET' && path === '/gateway/bot') {
      if (!authorized) return unauthorized;
      return {
        status: 200,
        body: {
          url: this.gatewayUrl,
          shards: this.options.shards,
          session_start_limit: {
            total: 1000,
            remaining: 999,
            reset_after: 86_400_000,
            max_concurrency: this.options.maxConcurrency,
          },
        },
      };
    }
    if (method === 'GET' && path === '/gateway') return { status: 200, body: { url: this.gatewayUrl } };

    const commands = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path);
    if (commands) {
      if (!authorized) return unauthorized;
      const [, app, guild] = commands;
      if (app !== this.applicationId) return { status: 403, body: { message: 'Missing Access', code: 50001 } };
      if (guild && !this.options.guildIds.includes(guild))
        return { status: 403, body: { message: 'Missing Access', code: 50001 } };
      const key = guild ?? 'global';
      if (method === 'GET') return { status: 200, body: this.commands.get(key) ?? [] };
      if (method === 'PUT') return this.putCommands(key, guild, body);
    }

    const callback = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path);
    if (callback && method === 'POST') return this.callback(callback[1]!, callback[2]!, body, query);

    const webhook = /^\/webhooks\/(\d+)\/([^/]+)(\/messages\/(@original|\d+))?$/.exec(path);
    if (webhook) return this.webhook(method, webhook[1]!, webhook[2]!, webhook[4], body);

    return { status: 404, body: { message: '404: Not Found', code: 0 } };
  }

  private reject(
    record: InteractionRecord | undefined,
    body: unknown,
    status: number,
    error: unknown,
  ): InjectedResponse {
    record?.rejected.push({ body, status, error });
    this.counters.rejectedBodies++;
    return { status, body: error };
  }

  private invalid(record: InteractionRecord | undefined, body: unknown, problems: Problem[]): InjectedResponse {
    return this.reject(record, body, 400, invalidFormBody(problems));
  }

  private putCommands(key: string, guild: string | undefined, body: unknown): InjectedResponse {
    const problems = commandsProblems(body);
    if (problems.length > 0) return this.invalid(undefined, body, problems);
    const registered = (body as Array<Record<string, unknown>>).map(
      (command) =>
        ({
          type: 1,
          ...command,
          id: snowflake(),
          application_id: this.applicationId,
          version: snowflake(),
          default_member_permissions: null,
          nsfw: false,
          ...(guild ? { guild_id: guild } : {}),
        }) as unknown as APIApplicationCommand,
    );
    this.commands.set(key, registered);
    return { status: 200, body: registered };
  }

  private callback(id: string, token: string, body: unknown, query: URLSearchParams): InjectedResponse {
    const record = this.interactions.get(id);
    const unknown = { message: 'Unknown interaction', code: 10062 };
    if (!record || record.interaction.token !== token) return this.reject(record, body, 404, unknown);
    if (Date.now() - record.dispatchedAt > this.options.callbackDeadlineMs)
      return this.reject(record, body, 404, unknown);
    if (record.callbacks.length > 0)
      return this.reject(record, body, 400, { message: 'Interaction has already been acknowledged.', code: 40060 });
    const problems = callbackProblems(body);
    if (problems.length > 0) return this.invalid(record, body, problems);
    const response = body as APIInteractionResponse;
    const allowed = allowedCallbackTypes(record.interaction.type);
    if (!allowed.includes(response.type)) {
      return this.invalid(record, body, [
        {
          path: ['type'],
          error: {
            code: 'INTERACTION_RESPONSE_TYPE_INVALID',
            message: `Callback type ${response.type} is not valid for this interaction`,
          },
        },
      ]);
    }
    if (response.type === InteractionResponseType.ChannelMessageWithSource && isEmptyMessage(response.data))
      return this.reject(record, body, 400, { message: 'Cannot send an empty message', code: 50006 });
    record.callbacks.push(response);
    record.timing.answered ??= performance.now();
    this.counters.callbacks++;
    if (query.get('with_response') === 'true') {
      return {
        status: 200,
        body: {
          interaction: {
            id,
            type: record.interaction.type,
            activity_instance_id: null,
            response_message_id: snowflake(),
            response_message_loading: false,
            response_message_ephemeral: false,
          },
          resource: { type: response.type },
        },
      };
    }
    return { status: 204 };
  }

  private webhook(
    method: string,
    app: string,
    token: string,
    message: string | undefined,
    body: unknown,
  ): InjectedResponse {
    const record = [...this.interactions.values()].find((entry) => entry.interaction.token === token);
    const unknownWebhook = { status: 404, body: { message: 'Unknown Webhook', code: 10015 } };
    if (app !== this.applicationId || !record || record.callbacks.length === 0) return unknownWebhook;
    if (Date.now() - record.dispatchedAt > 15 * 60_000)
      return { status: 401, body: { message: 'Invalid Webhook Token', code: 50027 } };
    const fakeMessage = (data: unknown) => ({
      id: snowflake(),
      channel_id: record.interaction.channel?.id ?? '0',
      ...(data as object),
    });
    if (message !== undefined) {
      if (method === 'GET')
        return { status: 200, body: fakeMessage((record.callbacks[0] as { data?: unknown }).data ?? {}) };
      if (method === 'DELETE') return { status: 204 };
      if (method === 'PATCH') {
        const problems = webhookEditProblems(body);
        if (problems.length > 0) return this.invalid(record, body, problems);
        record.edits.push(body);
        return { status: 200, body: fakeMessage(body) };
      }
    } else if (method === 'POST') {
      const problems = followUpProblems(body);
      if (problems.length > 0) return this.invalid(record, body, problems);
      if (isEmptyMessage(body))
        return this.reject(record, body, 400, { message: 'Cannot send an empty message', code: 50006 });
      record.followUps.push(body);
      return { status: 200, body: fakeMessage(body) };
    }
    return { status: 405, body: { message: '405: Method Not Allowed', code: 0 } };
  }
}

/** Which callback types Discord accepts for an interaction type. */
function allowedCallbackTypes(type: InteractionType): number[] {
  switch (type) {
    case InteractionType.ApplicationCommandAutocomplete:
      return [InteractionResponseType.ApplicationCommandAutocompleteResult];
    case InteractionType.ApplicationCommand:
      return [
        InteractionResponseType.ChannelMessageWithSource,
        InteractionResponseType.DeferredChannelMessageWithSource,
        InteractionResponseType.Modal,
      ];
    case InteractionType.MessageComponent:
      return [
        InteractionResponseType.ChannelMessageWithSource,
        InteractionResponseType.DeferredChannelMessageWithSource,
        InteractionResponseType.DeferredMessageUpdate,
        InteractionResponseType.UpdateMessage,
        InteractionResponseType.Modal,
      ];
    default:
      return [
        InteractionResponseType.ChannelMessageWithSource,
        InteractionResponseType.DeferredChannelMessageWithSource,
      ];
  }
}
