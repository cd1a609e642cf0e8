/**
 * The HTTP interactions endpoint: Discord POSTs every interaction to `/interactions` (the application's
 * "Interactions Endpoint URL") and reads the answer from the HTTP response. No gateway connection and no state
 * shared between requests, so any number of instances can run behind a load balancer.
 *
 * A request goes: size (over 1 MB → 413, without reading the rest) → signature and timestamp (→ 401, see
 * signature.ts) → JSON (→ 400) → PING answered `{"type":1}`, anything else through the same
 * {@link InteractionRouter} as the gateway bot (cooldown, command modules, renderer, limits, error handling) and
 * written inline: a message (type 4) or autocomplete choices (type 8). An answer not ready after
 * {@link DEFER_AFTER_MS} is deferred instead — type 5, "thinking…" — and written later over REST into the
 * deferred message (PATCH …/messages/@original), since Discord drops a response that takes over 3 s.
 *
 * Also `GET /healthz` (200 while serving, 503 while shutting down) and, unless METRICS_PORT serves them
 * elsewhere, `GET /metrics`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { KeyObject } from 'node:crypto';
import {
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  type APIInteraction,
  type APIInteractionResponse,
  type RESTPatchAPIWebhookWithTokenMessageJSONBody,
} from 'discord-api-types/v10';
import type { Logger } from '../bot/logger.js';
import type { InteractionRouter, Routed } from '../bot/router.js';
import { send, sendJson, serveHealthAndMetrics, type Health } from '../metrics/endpoints.js';
import type { BotMetrics } from '../metrics/metrics.js';
import { signatureProblem } from './signature.js';

/** Largest request body read; Discord's interactions are a few KB. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** An answer not ready this long after the request arrived is deferred (Discord's window is 3 s). */
export const DEFER_AFTER_MS = 2_000;
/** How long the rest of an oversized body is dropped before the connection is cut (see discardRest). */
const DISCARD_FOR_MS = 5_000;
/** The whole request (headers and body) must arrive within this; slow senders are cut off. */
const REQUEST_TIMEOUT_MS = 10_000;
/**
 * Idle keep-alive connections stay open this long: longer than a load balancer's own idle timeout (60 s on the
 * common ones), so the balancer closes first and never reuses a connection this server is closing.
 */
const KEEP_ALIVE_TIMEOUT_MS = 65_000;

/** Writes a deferred answer into the message its deferral created (PATCH …/messages/@original). */
export type EditOriginal = (
  interactionToken: string,
  body: RESTPatchAPIWebhookWithTokenMessageJSONBody,
) => Promise<void>;

export interface EndpointOptions {
  publicKey: KeyObject;
  router: InteractionRouter;
  metrics: BotMetrics;
  logger: Logger;
  editOriginal: EditOriginal;
  /** Whether /metrics is served here (false when METRICS_PORT serves it on its own port). */
  serveMetrics: boolean;
  /** See {@link DEFER_AFTER_MS} (tests shorten it). */
  deferAfterMs?: number;
}

/** A refused request: the status, and the reason (a metric label). */
class Refusal {
  constructor(
    readonly status: number,
    readonly reason: string,
    readonly message: string,
  ) {}
}

export class InteractionEndpoint {
  readonly server: Server;
  private stopping = false;
  /** Deferred answers and follow-ups still being sent, so a shutdown can wait for them. */
  private readonly pendingWork = new Set<Promise<void>>();
  private readonly deferAfterMs: number;

  constructor(private readonly options: EndpointOptions) {
    this.deferAfterMs = options.deferAfterMs ?? DEFER_AFTER_MS;
    this.server = createServer((req, res) => void this.onRequest(req, res));
    this.server.requestTimeout = REQUEST_TIMEOUT_MS;
    this.server.headersTimeout = REQUEST_TIMEOUT_MS;
    this.server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  }

  /** /healthz: ready while serving, not once a shutdown began. */
  readonly health: Health = {
    ready: () => this.server.listening && !this.stopping,
    detail: () => ({ mode: 'http', stopping: this.stopping }),
  };

  /**
   * Stops taking requests (/healthz turns 503 at once, so a load balancer stops sending), lets requests in
   * progress finish, and waits at most `graceMs` for deferred answers still being written.
   */
  async close(graceMs: number): Promise<void> {
    this.stopping = true;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeIdleConnections();
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)));
    await Promise.race([Promise.all([closed, Promise.allSettled([...this.pendingWork])]), grace]);
    clearTimeout(timer);
    this.server.closeAllConnections();
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const arrived = performance.now();
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    try {
      if (path === '/interactions') {
        await this.interaction(req, res, arrived);
        return;
      }
      const { metrics } = this.options;
      if (
        (path === '/healthz' || this.options.serveMetrics) &&
        (await serveHealthAndMetrics(req, res, path, metrics, this.health))
      ) {
        return;
      }
      sendJson(res, 404, { error: 'not found' });
    } catch (error) {
      // Nothing above should throw; if it does, the request still gets an answer and the server keeps serving.
      this.options.logger.error(`HTTP ${req.method ?? '?'} ${path.slice(0, 64)} failed`, error);
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.destroy();
    }
  }

  private refuse(req: IncomingMessage, res: ServerResponse, refusal: Refusal): void {
    this.options.metrics.rejectedRequest(refusal.reason);
    this.options.logger.debug(`POST /interactions refused (${refusal.status} ${refusal.reason})`);
    sendJson(res, refusal.status, { error: refusal.message });
    if (refusal.status === 413) discardRest(req);
  }

  private async interaction(req: IncomingMessage, res: ServerResponse, arrived: number): Promise<void> {
    if (req.method !== 'POST') {
      sendJson(res, 405, { error: 'method not allowed: Discord POSTs interactions here' }, { allow: 'POST' });
      return;
    }
    const body = await readBody(req);
    if (body === ABORTED) return;
    if (body instanceof Refusal) return this.refuse(req, res, body);
    const problem = signatureProblem(
      this.options.publicKey,
      header(req, 'x-signature-ed25519'),
      header(req, 'x-signature-timestamp'),
      body,
    );
    if (problem) return this.refuse(req, res, new Refusal(401, problem, 'invalid request signature'));
    const interaction = parseInteraction(body);
    if (interaction instanceof Refusal) return this.refuse(req, res, interaction);
    if (interaction.type === InteractionType.Ping) {
      sendJson(res, 200, { type: InteractionResponseType.Pong });
      return;
    }
    await this.answer(interaction, res, arrived);
  }

  /** The router's answer inline, or a deferral followed by an edit when it is not ready in time. */
  private async answer(interaction: APIInteraction, res: ServerResponse, arrived: number): Promise<void> {
    const { router } = this.options;
    const answer = router.respond(interaction);
    const canDefer = interaction.type !== InteractionType.ApplicationCommandAutocomplete;
    const waitMs = this.deferAfterMs - (performance.now() - arrived);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), Math.max(0, waitMs))));
    const first = canDefer ? await Promise.race([answer, late]) : await answer;
    clearTimeout(timer);
    if (first !== 'late') {
      this.writeAnswer(interaction, res, first, arrived);
      return;
    }
    const flags = router.answersPrivately(interaction) ? MessageFlags.Ephemeral : undefined;
    const deferral: APIInteractionResponse = {
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      ...(flags ? { data: { flags } } : {}),
    };
    sendJson(res, 200, deferral);
    this.options.logger.debug(`interaction ${interaction.id}: deferred (no answer after ${this.deferAfterMs} ms)`);
    this.track(this.editWhenReady(interaction, answer, arrived));
  }

  private writeAnswer(
    interaction: APIInteraction,
    res: ServerResponse,
    routed: Routed | undefined,
    arrived: number,
  ): void {
    const { router } = this.options;
    if (!routed) {
      // A type this bot does not handle (it registers none that produce them): Discord shows its own failure.
      sendJson(res, 400, { error: 'interaction type not handled' });
      router.count(interaction, undefined, arrived);
      return;
    }
    send(res, 200, JSON.stringify(routed.response), 'application/json');
    router.count(interaction, routed, arrived);
    if (routed.followUp) this.track(router.sendFollowUp(interaction, routed.followUp));
  }

  /** Work that goes on after the HTTP response (an edit, a follow-up), which a shutdown waits for. */
  private track(work: Promise<void>): void {
    const tracked = work.finally(() => this.pendingWork.delete(tracked));
    this.pendingWork.add(tracked);
  }

  /** Writes a deferred answer into its message once ready; failures are logged and counted, never thrown. */
  private async editWhenReady(
    interaction: APIInteraction,
    answer: Promise<Routed | undefined>,
    arrived: number,
  ): Promise<void> {
    const { router, logger, metrics } = this.options;
    const routed = await answer;
    const { response } = routed ?? {};
    if (
      response?.type !== InteractionResponseType.ChannelMessageWithSource &&
      response?.type !== InteractionResponseType.UpdateMessage
    ) {
      router.count(interaction, routed, arrived);
      return;
    }
    // Visibility was fixed by the deferral; an edit cannot change it, so flags are not sent. (An update of the
    // pressed message lands in the deferred message instead: the deferral already answered with a new one.)
    const message: RESTPatchAPIWebhookWithTokenMessageJSONBody = { ...response.data };
    delete message.flags;
    try {
      await this.options.editOriginal(interaction.token, message);
      router.count(interaction, routed, arrived);
      if (routed!.followUp) await router.sendFollowUp(interaction, routed!.followUp);
    } catch (error) {
      router.count(interaction, routed, arrived, 'undelivered');
      metrics.error('delivery');
      logger.error(`could not write the deferred answer of interaction ${interaction.id}`, error);
    }
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * After a 413, what else the sender sends is dropped as it arrives, never kept, and the connection is cut when it
 * keeps sending longer than {@link DISCARD_FOR_MS}. Not closed at once: closing a socket with unread data resets
 * it, and the sender could lose the 413 it was sent.
 */
function discardRest(req: IncomingMessage): void {
  if (req.complete) return;
  const timer = setTimeout(() => req.socket.destroy(), DISCARD_FOR_MS);
  timer.unref();
  req.once('end', () => clearTimeout(timer)).once('close', () => clearTimeout(timer));
  req.resume();
}

/** The sender went away before its request was complete: there is nobody to answer. */
const ABORTED = Symbol('aborted');

/**
 * The raw body; a refusal when it is larger than {@link MAX_BODY_BYTES}, announced (nothing is read) or as it
 * arrives (reading stops there); {@link ABORTED} when the connection closed first.
 */
function readBody(req: IncomingMessage): Promise<Buffer | Refusal | typeof ABORTED> {
  const tooLarge = new Refusal(413, 'too_large', `request body over ${MAX_BODY_BYTES} bytes`);
  const announced = Number(req.headers['content-length']);
  if (Number.isFinite(announced) && announced > MAX_BODY_BYTES) return Promise.resolve(tooLarge);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: Buffer | Refusal | typeof ABORTED) => {
      req.off('data', onData).off('end', onEnd).off('close', onClose).off('error', onClose);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else {
        req.pause();
        finish(tooLarge);
      }
    };
    const onEnd = () => finish(Buffer.concat(chunks, size));
    const onClose = () => finish(ABORTED);
    req.on('data', onData).on('end', onEnd).on('close', onClose).on('error', onClose);
  });
}

/** The interaction in a verified body: an object with a numeric type, and an id and token unless it is a PING. */
function parseInteraction(body: Buffer): APIInteraction | Refusal {
  const malformed = new Refusal(400, 'malformed', 'the body is not an interaction (JSON object with a type)');
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch {
    return malformed;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return malformed;
  const fields = value as { type?: unknown; id?: unknown; token?: unknown };
  if (typeof fields.type !== 'number') return malformed;
  const isPing = fields.type === (InteractionType.Ping as number);
  if (!isPing && (typeof fields.id !== 'string' || typeof fields.token !== 'string')) {
    return malformed;
  }
  return value as APIInteraction;
}
