/**
 * Reply model → Discord payloads (interaction callback `data`, autocomplete choices), within every limit of
 * ../shared/discord/LIMITS.md. Plain JSON: no discord.js needed, so the console renders through it too, and what
 * the tests check is byte for byte what the bot sends.
 *
 * Replies are one embed and no message `content`: link previews only unfurl URLs in content, so none can
 * appear, and the 2,000-character content limit is never at stake.
 */
import { ButtonStyle, ComponentType, MessageFlags } from 'discord-api-types/payloads/v10';
import type {
  APIActionRowComponent,
  APIApplicationCommandOptionChoice,
  APIButtonComponentWithCustomId,
  APIEmbed,
  APIEmbedField,
  APIInteractionResponseCallbackData,
} from 'discord-api-types/v10';
import { t } from '../i18n/index.js';
import type { AutocompleteChoice, ButtonAction, Lang, Reply } from '../reply/model.js';
import { DISCORD_LIMITS } from '../reply/limits.js';
import { TONE_COLORS } from './limits.js';
import { renderRichText, shorten } from './markdown.js';

/** Separator inside a custom_id; button arguments never contain it. */
const ID_SEPARATOR = ':';
/** custom_id prefix of the "Share in channel" button: the action is replayed publicly. */
export const SHARE_PREFIX = 'share';
/** custom_id prefix of an ordinary button. */
export const RUN_PREFIX = 'run';
/** A field gets less room than this only by being left out: a 30-character stub of a passage helps nobody. */
const MIN_FIELD_ROOM = 40;
/** Shown for a field name or value that would be empty (Discord refuses empty ones). */
const BLANK = '\u200B';

/** The reply model's button styles as Discord's. */
const BUTTON_STYLE = { primary: ButtonStyle.Primary, secondary: ButtonStyle.Secondary } as const;

/** Encodes a button action as a custom_id of at most 100 characters; the last argument is cut to fit. */
export function encodeCustomId(prefix: string, action: ButtonAction): string {
  const parts = [prefix, action.command, ...action.args.map((arg) => arg.replaceAll(ID_SEPARATOR, ' '))];
  let id = parts.join(ID_SEPARATOR);
  if (id.length > DISCORD_LIMITS.customId) {
    // Cut at a word boundary when the last argument has one, and never inside a surrogate pair.
    const hard = id.slice(0, DISCORD_LIMITS.customId);
    const lastArgStart = hard.lastIndexOf(ID_SEPARATOR) + 1;
    const space = hard.lastIndexOf(' ');
    id = (space > lastArgStart ? hard.slice(0, space) : hard).replace(/[\uD800-\uDBFF]$/, '');
  }
  return id;
}

/** Decodes a custom_id made by {@link encodeCustomId}; undefined for anything else. */
export function decodeCustomId(customId: string): { share: boolean; action: ButtonAction } | undefined {
  const [prefix, command, ...args] = customId.split(ID_SEPARATOR);
  if ((prefix !== RUN_PREFIX && prefix !== SHARE_PREFIX) || !command) return undefined;
  return { share: prefix === SHARE_PREFIX, action: { command, args } };
}

/** Characters of an embed that count towards the 6,000 shared by all embeds of a message. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

/**
 * One embed for a reply. Title, footer and description come first (title ≤ 256 and footer ≤ 2,048 leave the
 * description at least 3,696 of the 6,000); sections then become fields while room is left, each shortened to
 * what remains, and the rest are left out rather than break the message.
 */
export function renderEmbed(reply: Reply): APIEmbed {
  const embed: APIEmbed = { color: TONE_COLORS[reply.tone] };
  const title = shorten(reply.title.trim(), DISCORD_LIMITS.embedTitle);
  if (title) embed.title = title;
  const footer = reply.footer ? shorten(reply.footer.trim(), DISCORD_LIMITS.embedFooter) : '';
  if (footer) embed.footer = { text: footer };
  if (reply.description) {
    const room = Math.min(DISCORD_LIMITS.embedDescription, DISCORD_LIMITS.embedTotal - embedLength(embed));
    const description = renderRichText(reply.description, room);
    if (description.trim()) embed.description = description;
  }
  const fields: APIEmbedField[] = [];
  for (const section of reply.sections.slice(0, DISCORD_LIMITS.embedFields)) {
    const name = shorten(section.heading.trim(), DISCORD_LIMITS.embedFieldName) || BLANK;
    const room = Math.min(
      DISCORD_LIMITS.embedFieldValue,
      DISCORD_LIMITS.embedTotal - embedLength({ ...embed, fields }) - name.length,
    );
    if (room < MIN_FIELD_ROOM) break;
    const value = renderRichText(section.body, room);
    fields.push({ name, value: value.trim() ? value : BLANK });
  }
  if (fields.length > 0) embed.fields = fields;
  // An embed needs something to show; a reply with nothing at all still renders as a visible blank.
  if (!embed.title && !embed.description && !embed.fields && !embed.footer) embed.description = BLANK;
  return embed;
}

export function renderButtons(reply: Reply, lang: Lang): APIActionRowComponent<APIButtonComponentWithCustomId>[] {
  const buttons: APIButtonComponentWithCustomId[] = reply.buttons.map((button) => ({
    type: ComponentType.Button,
    style: BUTTON_STYLE[button.style],
    label: shorten(button.label.trim(), DISCORD_LIMITS.buttonLabel) || '…',
    custom_id: encodeCustomId(RUN_PREFIX, button.action),
  }));
  if (reply.ephemeral && reply.shareAction) {
    buttons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: shorten(t(lang, 'share.button'), DISCORD_LIMITS.buttonLabel),
      custom_id: encodeCustomId(SHARE_PREFIX, reply.shareAction),
    });
  }
  // Discord rejects two components with the same custom_id in one message.
  const unique = buttons.filter((button, i) => buttons.findIndex((b) => b.custom_id === button.custom_id) === i);
  const rows: APIActionRowComponent<APIButtonComponentWithCustomId>[] = [];
  for (let i = 0; i < unique.length && rows.length < DISCORD_LIMITS.actionRows; i += DISCORD_LIMITS.buttonsPerRow) {
    rows.push({ type: ComponentType.ActionRow, components: unique.slice(i, i + DISCORD_LIMITS.buttonsPerRow) });
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

/** Text fit for a choice name: no control characters or line breaks (the picker shows one line), trimmed. */
function choiceText(text: string): string {
  return text
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Autocomplete choices within Discord's limits: at most 25, names 1–100 characters (shortened), values at most
 * 100 (both on one line). A value that is too long is left out rather than cut, since a cut value would run a
 * different request than the one its name promises. Empty and repeated values are left out.
 */
export function renderChoices(choices: readonly AutocompleteChoice[]): APIApplicationCommandOptionChoice<string>[] {
  const out: APIApplicationCommandOptionChoice<string>[] = [];
  const seen = new Set<string>();
  for (const choice of choices) {
    if (out.length >= DISCORD_LIMITS.autocompleteChoices) break;
    const value = choiceText(String(choice.value));
    const name = shorten(choiceText(String(choice.name)), DISCORD_LIMITS.choiceName);
    if (!name || !value || value.length > DISCORD_LIMITS.choiceValue || seen.has(value)) continue;
    seen.add(value);
    out.push({ name, value });
  }
  return out;
}
