/**
 * Reply model → Discord message payload (interaction callback `data`), within every limit of
 * ../shared/discord/LIMITS.md. Plain JSON: no discord.js needed, so the console renders through it too.
 */
import type {
  APIActionRowComponent,
  APIButtonComponentWithCustomId,
  APIEmbed,
  APIEmbedField,
  APIInteractionResponseCallbackData,
} from 'discord-api-types/v10';
import { t } from '../i18n/index.js';
import type { ButtonAction, Lang, Reply } from '../reply/model.js';
import { DISCORD_LIMITS, MessageFlags, TONE_COLORS } from './limits.js';
import { renderRichText, shorten } from './markdown.js';

/** Separator inside a custom_id; button arguments never contain it. */
const ID_SEPARATOR = ':';
/** custom_id prefix of the "Share in channel" button: the action is replayed publicly. */
export const SHARE_PREFIX = 'share';
/** custom_id prefix of an ordinary button. */
export const RUN_PREFIX = 'run';

const BUTTON_STYLE = { primary: 1, secondary: 2 } as const;
const COMPONENT_TYPE = { actionRow: 1, button: 2 } as const;

/** Encodes a button action as a custom_id of at most 100 characters; the last argument is cut to fit. */
export function encodeCustomId(prefix: string, action: ButtonAction): string {
  const parts = [prefix, action.command, ...action.args.map((arg) => arg.replaceAll(ID_SEPARATOR, ' '))];
  let id = parts.join(ID_SEPARATOR);
  if (id.length > DISCORD_LIMITS.customId) {
    id = id.slice(0, DISCORD_LIMITS.customId).replace(/\s+\S*$/, '');
  }
  return id;
}

/** Decodes a custom_id made by {@link encodeCustomId}; undefined for anything else. */
export function decodeCustomId(customId: string): { share: boolean; action: ButtonAction } | undefined {
  const [prefix, command, ...args] = customId.split(ID_SEPARATOR);
  if ((prefix !== RUN_PREFIX && prefix !== SHARE_PREFIX) || !command) return undefined;
  return { share: prefix === SHARE_PREFIX, action: { command, args } };
}

/** Room left for text under the 6,000-character budget shared by all embeds of a message. */
function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

export function renderEmbed(reply: Reply): APIEmbed {
  const embed: APIEmbed = {
    title: shorten(reply.title, DISCORD_LIMITS.embedTitle),
    color: TONE_COLORS[reply.tone],
  };
  if (reply.description) embed.description = renderRichText(reply.description, DISCORD_LIMITS.embedDescription);
  if (reply.footer) embed.footer = { text: shorten(reply.footer, DISCORD_LIMITS.embedFooter) };
  const fields: APIEmbedField[] = [];
  for (const section of reply.sections.slice(0, DISCORD_LIMITS.embedFields)) {
    const field = {
      name: shorten(section.heading, DISCORD_LIMITS.embedFieldName) || '\u200B',
      value: renderRichText(section.body, DISCORD_LIMITS.embedFieldValue) || '\u200B',
    };
    // Keep within the message-wide budget: a field that does not fit is shortened, or left out.
    const room = DISCORD_LIMITS.embedTotal - embedLength({ ...embed, fields }) - field.name.length;
    if (room < 40) break;
    if (field.value.length > room) field.value = shorten(field.value, room);
    fields.push(field);
  }
  if (fields.length > 0) embed.fields = fields;
  return embed;
}

export function renderButtons(reply: Reply, lang: Lang): APIActionRowComponent<APIButtonComponentWithCustomId>[] {
  const buttons: APIButtonComponentWithCustomId[] = reply.buttons.map((button) => ({
    type: COMPONENT_TYPE.button,
    style: BUTTON_STYLE[button.style],
    label: shorten(button.label, DISCORD_LIMITS.buttonLabel),
    custom_id: encodeCustomId(RUN_PREFIX, button.action),
  }));
  if (reply.ephemeral && reply.shareAction) {
    buttons.push({
      type: COMPONENT_TYPE.button,
      style: BUTTON_STYLE.secondary,
      label: t(lang, 'share.button'),
      custom_id: encodeCustomId(SHARE_PREFIX, reply.shareAction),
    });
  }
  // Discord rejects two components with the same custom_id in one message.
  const unique = buttons.filter((button, i) => buttons.findIndex((b) => b.custom_id === button.custom_id) === i);
  const rows: APIActionRowComponent<APIButtonComponentWithCustomId>[] = [];
  for (let i = 0; i < unique.length && rows.length < DISCORD_LIMITS.actionRows; i += DISCORD_LIMITS.buttonsPerRow) {
    rows.push({ type: COMPONENT_TYPE.actionRow, components: unique.slice(i, i + DISCORD_LIMITS.buttonsPerRow) });
  }
  return rows;
}

/**
 * The message payload for a reply. `allowed_mentions.parse` is empty on every message: nothing the bot sends
 * can ping anyone, whatever a user typed.
 */
export function renderDiscordMessage(reply: Reply, lang: Lang): APIInteractionResponseCallbackData {
  const payload: APIInteractionResponseCallbackData = {
    embeds: [renderEmbed(reply)],
    components: renderButtons(reply, lang),
    allowed_mentions: { parse: [] },
  };
  if (reply.ephemeral) payload.flags = MessageFlags.Ephemeral;
  return payload;
}
