/**
 * The interaction router: one Discord interaction in (the gateway's INTERACTION_CREATE payload, typed by
 * discord-api-types), exactly one response out. Slash commands and button presses become a message; autocomplete
 * becomes choices. Transport-neutral: it hands the response to an {@link InteractionTransport}, so tests can run
 * it without discord.js and the bot sends it through discord.js's REST client.
 *
 * Timing: Discord needs the first response within 3 s. Every handler is synchronous and sub-millisecond (the
 * search answers in about 0.03 ms, autocomplete from memory), so the router answers directly with type 4 / 8
 * and never defers: a deferral would cost a second request and show "thinking…" for nothing. An interaction
 * that still arrives too late (e.g. replayed after a long gateway outage) is logged as expired, not retried.
 *
 * Safety: nothing a user sends can make the router throw or stop serving. Commands and button presses go through
 * a guard: any exception (a handler bug, or an interaction that does not match the command's definition) becomes
 * an ephemeral apology with a short error id, logged with the same id. Every message carries
 * allowed_mentions {parse: []} (the renderer sets it), so no reply can ping.
 */
import {
  ApplicationCommandType,
  ComponentType,
  MessageFlags,
  RESTJSONErrorCodes,
  InteractionResponseType,
  InteractionType,
  PermissionFlagsBits,
  type APIApplicationCommandAutocompleteInteraction,
  type APIChatInputApplicationCommandInteraction,
  type APIInteraction,
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  type APIMessageComponentInteraction,
} from 'discord-api-types/v10';
import type { CommandModule, CommandRequest } from '../../commands/command.js';
import { COMMANDS } from '../../commands/index.js';
import type { AppContext } from '../context.js';
import {
  applyPrivate,
  commandArguments,
  errorReply,
  expiredButtonReply,
  newErrorId,
  unknownCommandReply,
  type ErrorLogger,
} from '../dispatch.js';
import { canonicalCommandName } from '../i18n/commands.js';
import { langFromLocale, t } from '../i18n/index.js';
import { decodeCustomId, renderDiscordMessage } from '../render/discord.js';
import { noticeReply, type Lang, type Reply, type Requester } from '../reply/model.js';
import { Cooldown, retrySeconds } from './cooldown.js';
import type { InteractionKind, InteractionMetrics, InteractionOutcome } from '../metrics/metrics.js';
import type { Logger } from './logger.js';
import { readCommandOptions, readFocusedOption } from './options.js';
import { canAnswerPublicly, fitVisibility } from './visibility.js';

/**
 * Sends an interaction's response: `POST /interactions/{id}/{token}/callback`. Resolves once Discord accepted it,
 * optionally with the attempts that failed on the way (retried by the transport); rejects when it gave up, with
 * the error of the last attempt (which may carry the same list, see {@link failedAttemptsOf}).
 */
export interface InteractionTransport {
  respond(interaction: { id: string; token: string }, response: APIInteractionResponse): Promise<Delivery | void>;
  /**
   * Sends a second message after the response: `POST /webhooks/{application_id}/{token}` (a student's private quiz
   * result, while the response updates the class's message). A transport without it gets the second message as
   * the response instead, and the message it would have updated stays as it was.
   */
  followUp?(
    interaction: { application_id: string; token: string },
    data: APIInteractionResponseCallbackData,
  ): Promise<void>;
}

/**
 * Attempts that failed before the answer got through or the transport gave up: "HTTP 500", "no answer within
 * 10000 ms" …
 */
export interface Delivery {
  failedAttempts: readonly string[];
}

/** The failed attempts a transport attached to the error it rejected with (none when it did not). */
export function failedAttemptsOf(error: unknown): readonly string[] {
  const attempts = (error as { failedAttempts?: unknown } | null)?.failedAttempts;
  return Array.isArray(attempts) ? attempts.map(String) : [];
}

/** Errors of the REST layer itself (Discord's answer, a timeout, a rate limit): their stack says nothing useful. */
const TRANSPORT_ERRORS = /^(HTTPError|DiscordAPIError|AbortError|TimeoutError|WindowPassedError|RateLimitError)/;

export interface RouterOptions {
  context: AppContext;
  cooldown: Cooldown;
  logger: Logger;
  /**
   * Sends the answers of {@link InteractionRouter.handle} and follow-up messages. The HTTP endpoint writes its
   * answers itself (from {@link InteractionRouter.respond}) and uses the transport for follow-ups only.
   */
  transport: InteractionTransport;
  /** The commands served (default: every command of commands/index.ts, whose suggestions fit Discord's limits). */
  commands?: readonly ServedCommand[];
  /** Counts interactions, latencies and failures (src/metrics); none when absent. */
  metrics?: InteractionMetrics;
}

/**
 * A command as the router serves it: a {@link CommandModule} whose handlers may also answer later, with a promise
 * (one that waits on another service). Every command of commands/ answers at once; the HTTP endpoint defers any
 * answer that takes longer than Discord's window allows.
 */
export type ServedCommand = Omit<CommandModule, 'handle' | 'button'> & {
  handle(request: CommandRequest, context: AppContext): Reply | Promise<Reply>;
  button?: (args: readonly string[], lang: Lang, context: AppContext, user?: Requester) => Reply | Promise<Reply>;
};

/** What happened to one interaction, for logs and counters. */
export type Outcome = 'answered' | 'cooldown' | 'failed' | 'autocomplete' | 'ignored';

/**
 * An interaction's response, built but not sent, what it is, and a message to send once the response went out
 * (a student's private quiz result: see {@link InteractionTransport.followUp}).
 */
export interface Routed {
  response: APIInteractionResponse;
  outcome: Outcome;
  followUp?: APIInteractionResponseCallbackData;
}

/** A response (undefined: none), what it was, and a follow-up message. */
type Built = [APIInteractionResponse | undefined, Outcome, APIInteractionResponseCallbackData?];

export class InteractionRouter {
  private readonly commands: ReadonlyMap<string, ServedCommand>;
  private readonly inFlight = new Set<Promise<void>>();
  private closed = false;

  constructor(private readonly options: RouterOptions) {
    this.commands = new Map((options.commands ?? COMMANDS).map((command) => [command.definition.name, command]));
  }

  /**
   * Answers one interaction. Never rejects: REST failures are logged (an expired interaction as a warning), and
   * the caller (a gateway event listener) needs nothing back.
   */
  handle(interaction: APIInteraction): Promise<void> {
    if (this.closed) return Promise.resolve();
    const task = this.answer(interaction)
      .catch((error: unknown) => this.options.logger.error('interaction handling failed', error))
      .finally(() => this.inFlight.delete(task));
    this.inFlight.add(task);
    return task;
  }

  /** Prepares what the first requests would otherwise build (autocomplete indexes), so the first keystroke is fast. */
  warmUp(): void {
    for (const command of this.commands.values()) {
      for (const option of command.definition.options ?? []) {
        if (!('autocomplete' in option && option.autocomplete)) continue;
        try {
          command.autocomplete?.({ name: option.name, value: '' }, 'en', this.options.context);
        } catch (error) {
          // Each request runs it again under the usual guard; this only loses the head start.
          this.options.logger.warn(`warming up /${command.definition.name} autocomplete failed`, error);
        }
      }
    }
  }

  /** Stops taking interactions and waits (at most `timeoutMs`) for answers already being sent. */
  async close(timeoutMs: number): Promise<void> {
    this.closed = true;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
    await Promise.race([Promise.allSettled([...this.inFlight]), timeout]);
    clearTimeout(timer);
  }

  /**
   * The response to one interaction — through the cooldown, the guarded handler and the renderer — without
   * sending it (the HTTP endpoint writes it as its HTTP response). Undefined for an interaction this bot does not
   * handle (logged at debug) or cannot read (a warning); never rejects.
   */
  async respond(interaction: APIInteraction): Promise<Routed | undefined> {
    const { logger } = this.options;
    let built: Built;
    try {
      built = await this.build(interaction);
    } catch (error) {
      // build() guards every handler; this is only reached for an interaction too malformed to classify.
      logger.warn(`interaction ${String(interaction?.id)} ignored: unreadable payload`, error);
      this.options.metrics?.error('payload');
      return undefined;
    }
    const [response, outcome, followUp] = built;
    if (!response) {
      logger.debug(`interaction ${interaction.id} (type ${interaction.type}) ignored: not one this bot handles`);
      return undefined;
    }
    return followUp ? { response, outcome, followUp } : { response, outcome };
  }

  /**
   * Whether the answer to `interaction` will be private, known before its handler runs: a deferred answer's
   * visibility is set by the deferral and cannot change when the answer comes.
   */
  answersPrivately(interaction: APIInteraction): boolean {
    if (!canAnswerPublicly(interaction)) return true;
    if (interaction.type === InteractionType.ApplicationCommand) {
      const options = (interaction.data as { options?: unknown }).options;
      return (
        Array.isArray(options) &&
        options.some(
          (option: { name?: unknown; value?: unknown }) => option.name === 'private' && option.value === true,
        )
      );
    }
    if (interaction.type === InteractionType.MessageComponent) {
      if (decodeCustomId(String(interaction.data.custom_id))?.share) return false;
      return ((interaction.message?.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
    }
    return false;
  }

  /** Counts one finished interaction in the metrics: `outcome` overrides the router's (undelivered, ignored). */
  count(
    interaction: APIInteraction,
    routed: Routed | undefined,
    startedAt: number,
    outcome?: InteractionOutcome,
  ): void {
    const metrics = this.options.metrics;
    if (!metrics) return;
    const { kind, command } = this.labels(interaction);
    const final =
      outcome ?? (routed === undefined ? 'ignored' : routed.outcome === 'autocomplete' ? 'answered' : routed.outcome);
    metrics.interaction(kind, command, final, (performance.now() - startedAt) / 1000);
  }

  /** The kind and command of an interaction, as metric labels: fixed values, never user text. */
  labels(interaction: APIInteraction): { kind: InteractionKind; command: string } {
    const data = (interaction as { data?: { name?: unknown; custom_id?: unknown } }).data;
    const named = (name: unknown) => this.find(name)?.definition.name ?? 'unknown';
    switch (interaction.type) {
      case InteractionType.ApplicationCommand:
        return { kind: 'command', command: named(data?.name) };
      case InteractionType.ApplicationCommandAutocomplete:
        return { kind: 'autocomplete', command: named(data?.name) };
      case InteractionType.MessageComponent:
        return { kind: 'button', command: named(decodeCustomId(String(data?.custom_id))?.action.command) };
      default:
        return { kind: 'other', command: 'unknown' };
    }
  }

  private async answer(interaction: APIInteraction): Promise<void> {
    const { logger } = this.options;
    const started = performance.now();
    const routed = await this.respond(interaction);
    if (!routed) {
      this.count(interaction, routed, started);
      return;
    }
    const { response, outcome, followUp } = routed;
    // Exactly one log line per interaction whose answer ran into trouble, whatever the number of attempts: a
    // retried 500 or 429 that got through is a warning (the user was answered), a give-up is one error (or a
    // warning for an expired interaction) listing the attempts. Nothing is logged for a plain success at info.
    try {
      const delivery = await this.options.transport.respond(interaction, response);
      const failed = delivery?.failedAttempts ?? [];
      if (failed.length > 0) {
        logger.warn(
          `interaction ${interaction.id} ${describe(interaction)} answered after ${failed.length} failed attempt${failed.length === 1 ? '' : 's'} (${failed.join('; ')})`,
        );
      } else if (logger.debugEnabled) {
        logger.debug(
          `interaction ${interaction.id} ${describe(interaction)}: ${outcome} in ${(performance.now() - started).toFixed(1)} ms`,
        );
      }
      this.count(interaction, routed, started);
      if (followUp) await this.sendFollowUp(interaction, followUp);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      this.count(interaction, routed, started, 'undelivered');
      this.options.metrics?.error(
        code === RESTJSONErrorCodes.UnknownInteraction
          ? 'expired'
          : code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged
            ? 'already_answered'
            : 'delivery',
      );
      const failed = failedAttemptsOf(error);
      const before =
        failed.length > 0
          ? ` after ${failed.length} failed attempt${failed.length === 1 ? '' : 's'} (${failed.join('; ')})`
          : '';
      if (code === RESTJSONErrorCodes.UnknownInteraction) {
        logger.warn(
          `interaction ${interaction.id} ${describe(interaction)} expired before the answer reached Discord (10062 Unknown interaction)${before}: answers must arrive within 3 s`,
        );
      } else if (code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged) {
        logger.warn(`interaction ${interaction.id} ${describe(interaction)} was already answered (40060)${before}`);
      } else if (error instanceof Error && TRANSPORT_ERRORS.test(error.name)) {
        // Discord's or the network's failure, not the bot's: the message says it all, a stack into discord.js
        // internals would only bury it.
        logger.error(
          `could not answer interaction ${interaction.id} ${describe(interaction)}${before} — ${error.name}: ${oneLine(error.message) || 'no message'}`,
        );
      } else {
        logger.error(`could not answer interaction ${interaction.id} ${describe(interaction)}${before}`, error);
      }
    }
  }

  /** The second message of an interaction, once its response went out; a failure is logged (the user has the first). */
  async sendFollowUp(interaction: APIInteraction, data: APIInteractionResponseCallbackData): Promise<void> {
    try {
      await this.options.transport.followUp?.(interaction, data);
    } catch (error) {
      const reason = error instanceof Error ? `${error.name}: ${oneLine(error.message)}` : String(error);
      this.options.logger.error(
        `could not send the follow-up message of interaction ${interaction.id} ${describe(interaction)} — ${reason}`,
      );
    }
  }

  /** The response for an interaction, and what it is; undefined for interaction types this bot does not handle. */
  private async build(interaction: APIInteraction): Promise<Built> {
    switch (interaction.type) {
      case InteractionType.ApplicationCommandAutocomplete:
        return [
          {
            type: InteractionResponseType.ApplicationCommandAutocompleteResult,
            data: { choices: this.suggest(interaction) },
          },
          'autocomplete',
        ];
      case InteractionType.ApplicationCommand:
        // Only chat-input (slash) commands are registered; user and message context commands do not exist.
        if (interaction.data.type !== ApplicationCommandType.ChatInput) return [undefined, 'ignored'];
        return this.message(interaction, () => this.command(interaction as APIChatInputApplicationCommandInteraction));
      case InteractionType.MessageComponent:
        if (interaction.data.component_type !== ComponentType.Button) return [undefined, 'ignored'];
        return this.message(interaction, () => this.button(interaction));
      default:
        return [undefined, 'ignored'];
    }
  }

  /** A message response: the cooldown first, then the guarded handler. */
  private async message(interaction: APIInteraction, run: () => Reply | Promise<Reply>): Promise<Built> {
    const lang = langOf(interaction);
    const limit = this.options.cooldown.take(userOf(interaction));
    if (!limit.allowed) {
      const reply = noticeReply(t(lang, 'cooldown.title'), {
        text: t(lang, 'cooldown.body', { seconds: retrySeconds(limit.retryAfterMs) }),
      });
      return [channelMessage(renderDiscordMessage(reply, lang)), 'cooldown'];
    }
    try {
      // The guard covers reading the options, the handler and rendering: whatever throws, the user gets the
      // same apology as from dispatch.ts, and the log an error id made the same way.
      const reply = fitVisibility(await run(), interaction);
      const outcome = reply.tone === 'error' ? 'failed' : 'answered';
      const followUp = reply.followUp && renderDiscordMessage(reply.followUp, lang);
      if (!reply.updatesMessage || interaction.type !== InteractionType.MessageComponent) {
        return [channelMessage(renderDiscordMessage(reply, lang)), outcome, followUp];
      }
      if (followUp && !this.options.transport.followUp) return [channelMessage(followUp), outcome];
      // The message keeps its own visibility: an update carries no ephemeral flag.
      const update = renderDiscordMessage(reply, lang);
      delete update.flags;
      return [{ type: InteractionResponseType.UpdateMessage, data: update }, outcome, followUp];
    } catch (error) {
      const errorId = newErrorId();
      this.errorLog(interaction)(errorId, error);
      this.options.metrics?.error('handler');
      return [channelMessage(renderDiscordMessage(errorReply(lang, errorId), lang)), 'failed'];
    }
  }

  private async command(interaction: APIChatInputApplicationCommandInteraction): Promise<Reply> {
    const lang = langOf(interaction);
    const command = this.find(interaction.data.name);
    if (!command) return unknownCommandReply(String(interaction.data.name).slice(0, 32), lang);
    const raw = readCommandOptions(command.definition, interaction.data.options);
    const options = commandArguments(command.definition, raw);
    return applyPrivate(
      await command.handle({ options, lang, user: requesterOf(interaction) }, this.options.context),
      raw,
    );
  }

  /**
   * A button press. "Share in channel" replays the reply's action publicly (a new message everyone sees); other
   * buttons answer with a new message as private as the one they are on.
   */
  private async button(interaction: APIMessageComponentInteraction): Promise<Reply> {
    const lang = langOf(interaction);
    const decoded = decodeCustomId(String(interaction.data.custom_id));
    const command = decoded ? this.find(decoded.action.command) : undefined;
    if (!decoded || !command?.button) return expiredButtonReply(lang);
    const reply = await command.button(decoded.action.args, lang, this.options.context, requesterOf(interaction));
    if (decoded.share) return reply.tone === 'answer' ? { ...reply, ephemeral: false } : { ...reply, ephemeral: true };
    const onPrivateMessage = ((interaction.message?.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
    return { ...reply, ephemeral: reply.ephemeral || onPrivateMessage };
  }

  /** Autocomplete choices; a failing handler is logged and answered with no choices (Discord needs an answer). */
  private suggest(interaction: APIApplicationCommandAutocompleteInteraction) {
    const lang = langOf(interaction);
    try {
      const command = this.find(interaction.data.name);
      const focused = command?.autocomplete
        ? readFocusedOption(command.definition, interaction.data.options)
        : undefined;
      if (!command?.autocomplete || !focused) return [];
      return command.autocomplete(focused, lang, this.options.context);
    } catch (error) {
      this.errorLog(interaction)(newErrorId(), error);
      this.options.metrics?.error('autocomplete');
      return [];
    }
  }

  /** Logs a failure with the error id the user is shown. */
  private errorLog(interaction: APIInteraction): ErrorLogger {
    return (errorId, error) => this.options.logger.error(`error ${errorId} in ${describe(interaction)}`, error);
  }

  private find(name: unknown): ServedCommand | undefined {
    return typeof name === 'string' ? this.commands.get(canonicalCommandName(name)) : undefined;
  }
}

/** Discord's multi-line error messages (50035 lists one problem a line) as one log line. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, '; ').trim();
}

function channelMessage(data: APIInteractionResponseCallbackData): APIInteractionResponse {
  return { type: InteractionResponseType.ChannelMessageWithSource, data };
}

function langOf(interaction: APIInteraction): Lang {
  return langFromLocale('locale' in interaction ? interaction.locale : undefined);
}

/**
 * Who is asking: the member's user in a server, the user in a DM or group DM (Discord sends `user` there, no
 * `member`).
 */
function userOf(interaction: APIInteraction): string {
  return interaction.member?.user?.id ?? interaction.user?.id ?? 'unknown';
}

/**
 * Who is asking, and whether they may manage messages where they ask (a teacher, who may reveal a quiz someone
 * else started). Discord sends the member's permissions in the channel with every interaction in a server.
 */
function requesterOf(interaction: APIInteraction): Requester {
  let moderator = false;
  try {
    const permissions = BigInt(interaction.member?.permissions ?? '0');
    moderator = (permissions & (PermissionFlagsBits.ManageMessages | PermissionFlagsBits.Administrator)) !== 0n;
  } catch {
    // Unreadable permissions: an ordinary user.
  }
  return { id: userOf(interaction), moderator };
}

/** "/ask", "button run:ask:more…", "autocomplete /ask": what an interaction was, for log lines (no user text). */
function describe(interaction: APIInteraction): string {
  // Read defensively: this also describes payloads too malformed to answer.
  const data = (interaction as { data?: { name?: unknown; custom_id?: unknown } }).data;
  switch (interaction.type) {
    case InteractionType.ApplicationCommand:
      return `/${String(data?.name).slice(0, 32)}`;
    case InteractionType.ApplicationCommandAutocomplete:
      return `autocomplete /${String(data?.name).slice(0, 32)}`;
    case InteractionType.MessageComponent:
      return `button ${String(data?.custom_id).split(':').slice(0, 3).join(':').slice(0, 100)}`;
    default:
      return `type ${String(interaction.type)}`;
  }
}
