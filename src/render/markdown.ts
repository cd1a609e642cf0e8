/** Discord-markdown helpers: escaping plain text, bolding highlights, and cutting to a limit safely. */
import type { RichText } from '../reply/model.js';
import { ECHOED_QUESTION_CHARS } from './limits.js';

const ELLIPSIS = '…';

/** Escapes characters Discord would read as formatting, so plain text shows as typed. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\*_~`|[\]]/g, (char) => `\\${char}`)
    .replace(/^(\s*)([>#-]|\d+\.)/gm, (_, space: string, mark: string) => `${space}\\${mark}`);
}

/**
 * Makes user-typed text inert: no invisible or control characters, no mention or link syntax that Discord would
 * render (`<@id>`, `<#id>`, `@everyone`, masked links), markdown escaped, and at most `max` characters.
 */
export function neutralizeUserText(text: string, max: number = ECHOED_QUESTION_CHARS): string {
  const cleaned = text
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const short = shorten(cleaned, max);
  return escapeMarkdown(short)
    .replace(/@/g, '@\u200B')
    .replace(/</g, '<\u200B')
    .replace(/https?:\/\/\S+/g, (url) => `<${url}>`);
}

/** Cuts text to at most `max` characters, at a word boundary when one is near, adding "…". */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return text.slice(0, Math.max(0, max));
  const hard = text.slice(0, max - 1);
  const space = hard.lastIndexOf(' ');
  const cut = space >= max * 0.6 ? hard.slice(0, space) : hard;
  // Never leave half of a surrogate pair or a dangling escape backslash.
  return cut.replace(/[\uD800-\uDBFF]$/, '').replace(/\\+$/, '') + ELLIPSIS;
}

/**
 * Renders rich text as Discord markdown within `max` characters: escaped, highlights in bold. When the bold
 * markers would not fit, the highlights go first; then the text is shortened.
 */
export function renderRichText(rich: RichText, max: number): string {
  if (rich.fromUser) return neutralizeUserText(rich.text, Math.min(max, ECHOED_QUESTION_CHARS));
  if (rich.markdown) return shorten(rich.text, max);
  const plain = escapeMarkdown(rich.text);
  const spans = [...(rich.highlights ?? [])].sort((a, b) => a.start - b.start);
  if (spans.length > 0) {
    let out = '';
    let at = 0;
    for (const span of spans) {
      if (span.start < at || span.end > rich.text.length || span.end <= span.start) continue;
      out += escapeMarkdown(rich.text.slice(at, span.start)) + `**${escapeMarkdown(rich.text.slice(span.start, span.end))}**`;
      at = span.end;
    }
    out += escapeMarkdown(rich.text.slice(at));
    if (out.length <= max) return out;
  }
  return shorten(plain, max);
}
