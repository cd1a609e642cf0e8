/** Constants of the renderers: how much user text is echoed, and the embed colours. */

/** How much of a user's question is echoed back in a reply. */
export const ECHOED_QUESTION_CHARS = 200;

/** Embed colours by reply tone. */
export const TONE_COLORS = {
  answer: 0x2b7bb9,
  notice: 0xe3a008,
  error: 0xd93f3f,
} as const;
