/**
 * An end-to-end session, shared by tests/e2e-*.test.ts: start the stand-in and the real bot process against it,
 * send a command or press a button and wait for the answer, and read the answer's message, embed and buttons.
 */
import {
  InteractionResponseType,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
} from 'discord-api-types/v10';
import { ensureBuilt } from '../limits-checker.js';
import { standInEnv, startBot, type NodeProcess } from './bot-process.js';
import { GUILD_ID, type OptionInput, type Sender } from './payloads.js';
import { DiscordStandIn, type StandInOptions } from './standin.js';

/**
 * Builds dist/ if needed, starts a stand-in (in GUILD_ID) and `node dist/src/main.js` against it with `env`
 * added, and resolves once the bot has a gateway session.
 */
export async function startSession(
  options: StandInOptions = {},
  env: Record<string, string> = {},
): Promise<{ standIn: DiscordStandIn; bot: NodeProcess }> {
  await ensureBuilt();
  const standIn = await new DiscordStandIn({ guildIds: [GUILD_ID], ...options }).start();
  const bot = startBot(standInEnv(standIn, env));
  await standIn.awaitSessions(1, 20_000);
  return { standIn, bot };
}

/** Stops the bot, then the stand-in; either may be missing when start-up failed. */
export async function stopSession(bot: NodeProcess | undefined, standIn: DiscordStandIn | undefined): Promise<void> {
  await bot?.stop();
  await standIn?.stop();
}

/** Discord's message flag for a private (ephemeral) reply. */
export const EPHEMERAL = 64;

/** The message of a type-4 response; anything else (a deferral, choices) fails the test. */
export function messageOf(response: APIInteractionResponse): APIInteractionResponseCallbackData {
  if (response.type !== InteractionResponseType.ChannelMessageWithSource)
    throw new Error(`expected a message response (type 4), got type ${response.type}`);
  return response.data;
}

export const embedOf = (data: APIInteractionResponseCallbackData): APIEmbed => data.embeds![0]!;

export const buttonsOf = (data: APIInteractionResponseCallbackData): APIButtonComponentWithCustomId[] =>
  (data.components ?? []).flatMap((row) =>
    'components' in row ? (row.components as APIButtonComponentWithCustomId[]) : [],
  );

export interface Answer {
  id: string;
  data: APIInteractionResponseCallbackData;
}

/** Sends a slash command through the gateway and resolves with the message the bot answered with. */
export async function sendAndAwait(
  standIn: DiscordStandIn,
  name: string,
  options: Record<string, OptionInput | undefined>,
  sender: Sender,
  timeoutMs?: number,
): Promise<Answer> {
  const id = standIn.sendCommand(name, options, sender);
  return { id, data: messageOf(await standIn.awaitCallback(id, timeoutMs)) };
}

/** Presses a button of an earlier answer and resolves with the bot's answer to the press. */
export async function pressAndAwait(
  standIn: DiscordStandIn,
  customId: string,
  on: Answer,
  sender: Sender,
): Promise<Answer> {
  const id = standIn.pressButton(customId, { interactionId: on.id, data: on.data }, sender);
  return { id, data: messageOf(await standIn.awaitCallback(id)) };
}
