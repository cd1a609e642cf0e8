/**
 * Where a reply can be public. Installed to a user's account (User Install), the bot is also run in DMs, group DMs
 * and servers it was never added to. Everything there works the same (the interaction carries `user` instead of
 * `member` outside servers, and the router reads only ids and the locale), except one rule of Discord's: in a
 * server that has not installed the app, answers are public only if the user has Use External Apps there;
 * otherwise Discord shows every answer to that user alone. Such a reply is made private on purpose and offers
 * no "Share in channel" button, which could only produce another private message.
 */
import { ApplicationIntegrationType, PermissionFlagsBits, type APIInteraction } from 'discord-api-types/v10';
import type { Reply } from '../reply/model.js';

/** Whether Discord will show a public answer to this interaction to everyone in the channel. */
export function canAnswerPublicly(interaction: APIInteraction): boolean {
  // A DM with the bot, or another DM or group DM: public answers are always allowed.
  if (interaction.guild_id === undefined) return true;
  // A server that installed the bot: its own permission settings decide who may run commands, not the answer's
  // visibility.
  if (interaction.authorizing_integration_owners?.[ApplicationIntegrationType.GuildInstall] !== undefined) return true;
  try {
    return (BigInt(interaction.member?.permissions ?? '0') & PermissionFlagsBits.UseExternalApps) !== 0n;
  } catch {
    return false; // unreadable permissions: private is the answer Discord surely shows
  }
}

/**
 * The reply as Discord will show it to this interaction: private, without a Share button, where public is
 * impossible.
 */
export function fitVisibility(reply: Reply, interaction: APIInteraction): Reply {
  if (canAnswerPublicly(interaction)) return reply;
  return { ...reply, ephemeral: true, shareAction: undefined };
}
