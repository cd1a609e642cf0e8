/**
 * Fake Discord payloads for the stand-in, typed with discord-api-types: a field Discord always sends cannot be
 * left out without a compile error, so the bot is tested against payloads shaped like the real ones.
 */
import { randomBytes } from 'node:crypto';
import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  ApplicationCommandType,
  ChannelType,
  ComponentType,
  GuildMemberFlags,
  InteractionContextType,
  InteractionType,
  Locale,
  MessageType,
  PermissionFlagsBits,
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIChatInputApplicationCommandInteraction,
  type APIInteractionGuildMember,
  type APIInteractionResponseCallbackData,
  type APIPingInteraction,
  type APIMessage,
  type APIMessageComponentButtonInteraction,
  type APIUser,
  type GatewayReadyDispatchData,
} from 'discord-api-types/v10';

/** Discord's epoch (2015-01-01), for snowflakes. */
const DISCORD_EPOCH = 1420070400000n;
let increment = 0n;

/** A snowflake made now: its timestamp is real, so "how old is this interaction" works as with Discord's ids. */
export function snowflake(at: number = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

/** An interaction token: long, random, URL-safe, like Discord's. */
export function interactionToken(): string {
  return `aW50ZXJhY3Rpb246${randomBytes(48).toString('base64url')}`;
}

export const GUILD_ID = '1100000000000000001';
export const CHANNEL_ID = '1100000000000000002';

export function fakeUser(id: string, username = `user${id.slice(-4)}`): APIUser {
  return { id, username, discriminator: '0', global_name: username, avatar: null };
}

/** A member's permissions in a channel: the usual @everyone set (View Channel, Send Messages, … Use External Apps). */
const MEMBER_PERMISSIONS = 2248473465835073n;

function member(user: APIUser, externalApps = true): APIInteractionGuildMember {
  const permissions = externalApps ? MEMBER_PERMISSIONS : MEMBER_PERMISSIONS & ~PermissionFlagsBits.UseExternalApps;
  return {
    user,
    roles: [],
    joined_at: '2024-01-01T00:00:00.000Z',
    deaf: false,
    mute: false,
    flags: GuildMemberFlags.CompletedOnboarding,
    permissions: permissions.toString(),
    avatar: null,
    banner: null,
    nick: null,
  };
}

/** A server the bot was never added to: its members reach the bot through User Install only. */
export const OTHER_GUILD_ID = '1100000000000000003';

/**
 * Where an interaction comes from: a channel of a server that installed the bot, the DM with the bot, a DM or
 * group DM between users (the bot is not in it), or a server that never installed the bot.
 */
export type Place = 'guild' | 'bot-dm' | 'user-dm' | 'group-dm' | 'guild-without-bot';

/** Who sends an interaction, and from where. */
export interface Sender {
  userId: string;
  locale?: Locale;
  /** Default 'guild'. Anywhere but 'guild', the bot was reached through the user's own install. */
  place?: Place;
  /** Whether the user has Use External Apps in the channel (default true); matters in 'guild-without-bot'. */
  externalApps?: boolean;
  /** The server in 'guild' (default GUILD_ID): shard tests pick servers on different shards. */
  guildId?: string;
}

/** What Discord sends about the place: `member` and the guild in servers, `user` elsewhere; context; channel. */
function placeFields(sender: Sender) {
  const user = fakeUser(sender.userId);
  const server = (guildId: string) => ({
    member: member(user, sender.externalApps),
    guild_id: guildId,
    guild: { id: guildId, features: [], locale: Locale.EnglishUS },
    guild_locale: Locale.EnglishUS,
    channel: { id: CHANNEL_ID, type: ChannelType.GuildText as const },
    context: InteractionContextType.Guild,
  });
  const userInstall = { [ApplicationIntegrationType.UserInstall]: sender.userId };
  switch (sender.place ?? 'guild') {
    case 'guild':
      return {
        ...server(sender.guildId ?? GUILD_ID),
        authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: sender.guildId ?? GUILD_ID },
      };
    case 'guild-without-bot':
      return { ...server(OTHER_GUILD_ID), authorizing_integration_owners: userInstall };
    case 'bot-dm':
      return {
        user,
        channel: { id: CHANNEL_ID, type: ChannelType.DM as const },
        context: InteractionContextType.BotDM,
        authorizing_integration_owners: userInstall,
      };
    case 'user-dm':
      return {
        user,
        channel: { id: CHANNEL_ID, type: ChannelType.DM as const },
        context: InteractionContextType.PrivateChannel,
        authorizing_integration_owners: userInstall,
      };
    case 'group-dm':
      return {
        user,
        channel: { id: CHANNEL_ID, type: ChannelType.GroupDM as const },
        context: InteractionContextType.PrivateChannel,
        authorizing_integration_owners: userInstall,
      };
  }
}

/** Fields every interaction has, for a user at `sender.place`. */
function base(applicationId: string, sender: Sender) {
  return {
    id: snowflake(),
    application_id: applicationId,
    token: interactionToken(),
    version: 1 as const,
    channel_id: CHANNEL_ID,
    app_permissions: '0',
    locale: sender.locale ?? Locale.EnglishUS,
    entitlements: [],
    attachment_size_limit: 10_485_760,
    ...placeFields(sender),
  };
}

/** The PING Discord sends an interactions endpoint to check it (when its URL is saved, and now and then). */
export function ping(applicationId: string): APIPingInteraction {
  return {
    id: snowflake(),
    application_id: applicationId,
    type: InteractionType.Ping,
    token: interactionToken(),
    version: 1,
    entitlements: [],
    authorizing_integration_owners: {},
    app_permissions: '0',
    attachment_size_limit: 10_485_760,
    user: fakeUser('1'),
  };
}

/** A server id that Discord routes to shard `shard` of `count`: `(guild_id >> 22) % count === shard`. */
export function guildOnShard(shard: number, count: number): string {
  return ((BigInt(count) * 200_000_000_000n + BigInt(shard)) << 22n).toString();
}

/** An option value as a slash command sends it. */
export type OptionInput = string | number | boolean;

/** The typed options list for name → value pairs (type from the value: string 3, integer 4, boolean 5). */
export function optionsOf(
  values: Readonly<Record<string, OptionInput | undefined>>,
): APIApplicationCommandInteractionDataBasicOption[] {
  const out: APIApplicationCommandInteractionDataBasicOption[] = [];
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    if (typeof value === 'string') out.push({ name, type: ApplicationCommandOptionType.String, value });
    else if (typeof value === 'boolean') out.push({ name, type: ApplicationCommandOptionType.Boolean, value });
    else out.push({ name, type: ApplicationCommandOptionType.Integer, value });
  }
  return out;
}

/** `/name option:value …` as Discord sends it over the gateway. */
export function chatInput(
  applicationId: string,
  name: string,
  options: APIApplicationCommandInteractionDataBasicOption[] | Readonly<Record<string, OptionInput | undefined>>,
  sender: Sender,
): APIChatInputApplicationCommandInteraction {
  return {
    ...base(applicationId, sender),
    type: InteractionType.ApplicationCommand,
    data: {
      id: snowflake(),
      name,
      type: ApplicationCommandType.ChatInput,
      options: Array.isArray(options) ? options : optionsOf(options),
      // Set for commands registered in that server; users elsewhere run the global ones.
      ...((sender.place ?? 'guild') === 'guild' ? { guild_id: GUILD_ID } : {}),
    },
  };
}

/** The user typing `typed` into option `focused` of /name (other options already filled in). */
export function autocomplete(
  applicationId: string,
  name: string,
  focused: string,
  typed: string,
  sender: Sender,
  others: Readonly<Record<string, OptionInput>> = {},
): APIApplicationCommandAutocompleteInteraction {
  return {
    ...base(applicationId, sender),
    type: InteractionType.ApplicationCommandAutocomplete,
    data: {
      id: snowflake(),
      name,
      type: ApplicationCommandType.ChatInput,
      options: [
        ...optionsOf(others),
        { name: focused, type: ApplicationCommandOptionType.String, value: typed, focused: true },
      ],
    },
  };
}

/** The message a bot's reply became, as Discord shows it in a later interaction (for button presses). */
export function messageFrom(
  applicationId: string,
  data: APIInteractionResponseCallbackData,
  interactionId: string,
): APIMessage {
  return {
    id: snowflake(),
    channel_id: CHANNEL_ID,
    author: { ...fakeUser(applicationId, 'rupture-bot'), bot: true },
    content: data.content ?? '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: data.embeds ?? [],
    pinned: false,
    type: MessageType.ChatInputCommand,
    ...(data.flags ? { flags: data.flags } : {}),
    components: data.components ?? [],
    application_id: applicationId,
    interaction_metadata: {
      id: interactionId,
      type: InteractionType.ApplicationCommand,
      user: fakeUser('1'),
      authorizing_integration_owners: {},
    },
  };
}

/** A press of the button `customId` on `message`. */
export function buttonPress(
  applicationId: string,
  customId: string,
  message: APIMessage,
  sender: Sender,
): APIMessageComponentButtonInteraction {
  return {
    ...base(applicationId, sender),
    type: InteractionType.MessageComponent,
    data: { custom_id: customId, component_type: ComponentType.Button },
    message,
  };
}

/** READY for a new session. */
export function readyData(
  applicationId: string,
  sessionId: string,
  resumeUrl: string,
  shard: [number, number] = [0, 1],
): GatewayReadyDispatchData {
  return {
    v: 10,
    user: { ...fakeUser(applicationId, 'rupture-bot'), bot: true },
    guilds: [],
    session_id: sessionId,
    resume_gateway_url: resumeUrl,
    shard,
    application: { id: applicationId, flags: 0 as GatewayReadyDispatchData['application']['flags'], flags_new: '0' },
  };
}
