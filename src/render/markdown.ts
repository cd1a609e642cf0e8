/** Discord-markdown helpers: escaping plain text, bolding highlights, and cutting to a limit safely. */
import { escapeMarkdown as escapeDiscordMarkdown } from '@discordjs/formatters';
import type { RichText } from '../reply/model.js';
import type { Span } from '../text/span.js';
import { ECHOED_QUESTION_CHARS } from './limits.js';

const ELLIPSIS = '…';
/** A cut backs up to the last space when that keeps at least this share of the room (no half words). */
const WORD_CUT_SHARE = 0.6;
/** Shortest bold fragment worth keeping when the text is cut inside it ("**" + 1 char + "**"). */
const MIN_BOLD_PIECE = 5;

/**
 * Escapes what Discord would read as formatting, so plain text shows as typed: @discordjs/formatters' escaping with
 * every kind of markup on (headings, lists and masked links included), plus block quotes, which it leaves alone.
 */
export function escapeMarkdown(text: string): string {
  return escapeDiscordMarkdown(text, {
    heading: true,
    bulletedList: true,
    numberedList: true,
    maskedLink: true,
  }).replace(/^(\s*)>/gm, '$1\\>');
}

/**
 * The first `max` characters of already-rendered text, at a word boundary when one is near. Never ends in half
 * a surrogate pair (invalid UTF-8 for Discord) or a lone escape backslash (which would escape what follows).
 */
function cutRendered(text: string, max: number): string {
  if (text.length <= max) return text;
  const hard = text.slice(0, Math.max(0, max));
  const space = hard.lastIndexOf(' ');
  const cut = space >= max * WORD_CUT_SHARE ? hard.slice(0, space) : hard;
  return cut
    .replace(/[\uD800-\uDBFF]$/, '')
    .replace(/\\+$/, '')
    .trimEnd();
}

/** Cuts text to at most `max` characters, at a word boundary when one is near, adding "…". */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return text.slice(0, Math.max(0, max)).replace(/[\uD800-\uDBFF]$/, '');
  return cutRendered(text, max - ELLIPSIS.length) + ELLIPSIS;
}

/**
 * Makes user-typed text inert: no invisible or control characters, no mention or link syntax that Discord would
 * render (`<@id>`, `<#id>`, `@everyone`, masked or bare links), markdown escaped, and at most `max` characters.
 * (allowed_mentions already stops every ping; this also keeps a mention from *looking* like one.)
 */
export function neutralizeUserText(text: string, max: number = ECHOED_QUESTION_CHARS): string {
  const cleaned = text
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const inert = escapeMarkdown(shorten(cleaned, max))
    .replace(/@/g, '@\u200B')
    .replace(/</g, '<\u200B')
    // A link someone typed must not become a link the bot posts: a zero-width space after "scheme:" stops
    // Discord from recognising it (and so from linking or previewing it).
    .replace(/\b([a-z][a-z0-9+.-]*):\/\//gi, '$1:\u200B//');
  // Escapes and zero-width breaks make the text longer: cut again, on the rendered form.
  return inert.length <= max ? inert : cutRendered(inert, max - ELLIPSIS.length) + ELLIPSIS;
}

/**
 * Highlights sorted, clipped to the text, trimmed of white space (Discord ignores "** word**"), touching ones
 * merged.
 */
function cleanHighlights(text: string, highlights: readonly Span[]): Span[] {
  const spans: Span[] = [];
  for (const span of [...highlights].sort((a, b) => a.start - b.start)) {
    let start = Math.max(0, span.start);
    let end = Math.min(text.length, span.end);
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end <= start) continue;
    const last = spans[spans.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else spans.push({ start, end });
  }
  return spans;
}

/**
 * Renders rich text as Discord markdown within `max` characters: escaped, highlights in bold. When it does not
 * fit, it is cut at a word boundary and ends in "…"; a cut inside a bold stretch keeps the bold markers paired.
 */
export function renderRichText(rich: RichText, max: number): string {
  if (rich.fromUser) return neutralizeUserText(rich.text, Math.min(max, ECHOED_QUESTION_CHARS));
  if (rich.markdown) return shorten(rich.text, max);
  if (max < MIN_BOLD_PIECE) return shorten(escapeMarkdown(rich.text), max);
  const pieces: Array<{ text: string; bold: boolean }> = [];
  let at = 0;
  for (const span of cleanHighlights(rich.text, rich.highlights ?? [])) {
    if (span.start > at) pieces.push({ text: rich.text.slice(at, span.start), bold: false });
    pieces.push({ text: rich.text.slice(span.start, span.end), bold: true });
    at = span.end;
  }
  if (at < rich.text.length) pieces.push({ text: rich.text.slice(at), bold: false });

  const rendered = pieces.map((piece) => {
    const escaped = escapeMarkdown(piece.text);
    return { escaped, bold: piece.bold, text: piece.bold ? `**${escaped}**` : escaped };
  });
  const total = rendered.reduce((sum, piece) => sum + piece.text.length, 0);
  if (total <= max) return rendered.map((piece) => piece.text).join('');

  // Keep whole pieces while they fit with room for "…", then cut the next one.
  let used = 0;
  let kept = 0;
  while (kept < rendered.length && used + rendered[kept]!.text.length <= max - ELLIPSIS.length)
    used += rendered[kept++]!.text.length;
  const head = rendered
    .slice(0, kept)
    .map((piece) => piece.text)
    .join('');
  const next = rendered[kept];
  const room = max - ELLIPSIS.length - used;
  let tail = '';
  if (next && !next.bold) tail = cutRendered(next.escaped, room);
  else if (next && room >= MIN_BOLD_PIECE) {
    const inner = cutRendered(next.escaped, room - 4);
    if (inner) tail = `**${inner}**`;
  }
  return (head + tail).trimEnd() + ELLIPSIS;
}
