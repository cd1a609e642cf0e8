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

/** What the terminal shows besides the message itself. */
export interface ConsoleOptions {
  /** Mark a private reply "(only you can see this)", in `lang` (the console: yes; the CLI: nobody else sees it). */
  privateNote?: boolean;
  /** How each button is shown: by its custom_id, by a number to type after `/button`, or not at all (the CLI). */
  buttons?: 'ids' | 'numbers' | 'none';
}

/** The payload as console text. */
export function formatPayload(
  payload: APIInteractionResponseCallbackData,
  lang: Lang = 'en',
  { privateNote = true, buttons = 'ids' }: ConsoleOptions = {},
): string {
  const lines: string[] = [];
  if (privateNote && payload.flags !== undefined && (payload.flags & MessageFlags.Ephemeral) !== 0)
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
  if (buttons !== 'none') {
    let number = 0;
    for (const row of payload.components ?? []) {
      if (!('components' in row)) continue;
      const labels = row.components.map((component: object) =>
        'label' in component && 'custom_id' in component
          ? `[${String(component.label)}] (${buttons === 'numbers' ? t(lang, 'console.press', { n: ++number }) : String(component.custom_id)})`
          : '',
      );
      lines.push(labels.filter(Boolean).join('  '));
    }
  }
  return lines.join('\n');
}

/**
 * A reply as console text. One that updates the message its button is on says so first; a follow-up message (a
 * student's private quiz result) comes after it, as it would in Discord.
 */
export function renderConsole(reply: Reply, lang: Lang, options: ConsoleOptions = {}): string {
  const text = formatPayload(renderDiscordMessage(reply, lang), lang, options);
  const shown = reply.updatesMessage ? `${t(lang, 'console.updated')}\n${text}` : text;
  return reply.followUp ? `${shown}\n\n${renderConsole(reply.followUp, lang, options)}` : shown;
}

/** The custom_ids of a reply's buttons as Discord would get them, in the order `buttons: 'numbers'` counts them. */
export function buttonIds(reply: Reply, lang: Lang): string[] {
  return (renderDiscordMessage(reply, lang).components ?? []).flatMap((row) =>
    'components' in row
      ? row.components.flatMap((component: object) => ('custom_id' in component ? [String(component.custom_id)] : []))
      : [],
  );
}
