/**
 * The transport-neutral reply model. Command handlers return a {@link Reply}; src/render turns it into a
 * Discord payload or console text, so the offline console shows exactly what Discord would.
 *
 * Text in the model is plain, and renderers escape it and bold its highlights, unless it is marked `markdown`: the
 * bot's own Discord markdown (help, notices), where any user or article text it quotes is escaped already.
 */
import type { Span } from '../text/span.js';

/** Languages the bot speaks. */
export type Lang = 'en' | 'es';

/** Plain text, with optional character ranges to show in bold (matched words). */
export interface RichText {
  text: string;
  highlights?: Span[];
  /** Text that came from a user (their question): renderers shorten it and neutralise its markdown. */
  fromUser?: boolean;
  /** The bot's own text written in Discord markdown (help, notices): rendered as is, not escaped. */
  markdown?: boolean;
}

/** One suggestion of an autocomplete list: what the user sees, and the value sent when they pick it. */
export interface AutocompleteChoice {
  name: string;
  value: string;
}

/** Where a statement comes from: ¶N of a named article. */
export interface Citation {
  docId: string;
  paragraph: number;
  sourceTitle: string;
}

export interface ReplySection {
  /** Short heading (a Discord embed field name: ≤ 256 characters, renderers enforce). */
  heading: string;
  body: RichText;
  citations: Citation[];
}

/**
 * A button press, as data: which command handles it and its arguments. Renderers encode it into a Discord
 * custom_id (≤ 100 characters) or a console hint; arguments must not contain ":".
 */
export interface ButtonAction {
  command: string;
  args: string[];
}

export interface ReplyButton {
  label: string;
  action: ButtonAction;
  style: 'primary' | 'secondary';
}

export type ReplyTone = 'answer' | 'notice' | 'error';

export interface Reply {
  tone: ReplyTone;
  title: string;
  /** Text under the title. */
  description?: RichText;
  sections: ReplySection[];
  /** Footer line, e.g. the source's name and date. */
  footer?: string;
  buttons: ReplyButton[];
  /** Only the asking user sees it (Discord ephemeral flag). */
  ephemeral: boolean;
  /**
   * The action that produces this same reply again, for the "Share in channel" button of a private reply.
   * Absent when the reply cannot be shared (errors, cooldown notices).
   */
  shareAction?: ButtonAction;
  /**
   * For a button press: the reply replaces the message the button is on (a quiz's count of answers), instead of
   * arriving as a new message.
   */
  updatesMessage?: boolean;
  /** A second message sent right after this one: a student's private quiz result while the class's message updates. */
  followUp?: Reply;
}

/** Who sent a command or pressed a button. */
export interface Requester {
  /** Discord user id (a name in the offline console). */
  id: string;
  /** May manage the channel's messages (a teacher): reveals a quiz someone else started. */
  moderator: boolean;
}

/** Whoever runs the offline console or the CLI: the one person there, so a teacher. */
export const LOCAL_USER: Requester = { id: 'teacher', moderator: true };

/**
 * A short notice with no sections or buttons: an unknown party, an empty question, an expired button. Private by
 * default, since it only concerns the user who asked.
 */
export function noticeReply(title: string, description: RichText, ephemeral = true): Reply {
  return { tone: 'notice', title, description, sections: [], buttons: [], ephemeral };
}
