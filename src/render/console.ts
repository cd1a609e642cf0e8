/**
 * Console rendering: prints the very Discord payload the bot would send (same markdown, same limits), laid out
 * as text, so the offline console shows exactly what Discord would.
 */
import { MessageFlags } from 'discord-api-types/payloads/v10';
import type { APIInteractionResponseCallbackData } from 'discord-api-types/v10';
import { t } from '../i18n/index.js';
import type { Lang, Reply } from '../reply/model.js';
import { renderDiscordMessage } from './discord.js';

const BAR = '│ ';

/** The payload as console text; the one line of the console's own ("only you can see this") is in `lang`. */
export function formatPayload(payload: APIInteractionResponseCallbackData, lang: Lang = 'en'): string {
  const lines: string[] = [];
  if (payload.flags !== undefined && (payload.flags & MessageFlags.Ephemeral) !== 0)
    lines.push(t(lang, 'console.private'));
  if (payload.content) lines.push(payload.content);
  for (const embed of payload.embeds ?? []) {
    if (embed.title) lines.push(`${BAR}**${embed.title}**`);
    if (embed.description) lines.push(...embed.description.split('\n').map((line) => BAR + line));
    for (const field of embed.fields ?? []) {
      lines.push(BAR);
      lines.push(`${BAR}**${field.name}**`);
      lines.push(...field.value.split('\n').map((line) => BAR + line));
    }
    if (embed.footer) {
      lines.push(BAR);
      lines.push(`${BAR}${embed.footer.text}`);
    }
  }
  for (const row of payload.components ?? []) {
    if (!('components' in row)) continue;
    const labels = row.components.map((component: object) =>
      'label' in component && 'custom_id' in component
        ? `[${String(component.label)}] (${String(component.custom_id)})`
        : '',
    );
    lines.push(labels.filter(Boolean).join('  '));
  }
  return lines.join('\n');
}

/**
 * A reply as console text. One that updates the message its button is on says so first; a follow-up message (a
 * student's private quiz result) comes after it, as it would in Discord.
 */
export function renderConsole(reply: Reply, lang: Lang): string {
  const text = formatPayload(renderDiscordMessage(reply, lang), lang);
  const shown = reply.updatesMessage ? `${t(lang, 'console.updated')}\n${text}` : text;
  return reply.followUp ? `${shown}\n\n${renderConsole(reply.followUp, lang)}` : shown;
}
