/**
 * Discord's limits (../shared/discord/LIMITS.md). Plain objects passed to the API are checked by nobody until
 * Discord rejects them with error 50035, so the renderer enforces each of these itself.
 */
export const DISCORD_LIMITS = {
  messageContent: 2000,
  embedsPerMessage: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooter: 2048,
  embedAuthor: 256,
  /** All embeds of one message together. */
  embedTotal: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  customId: 100,
  buttonLabel: 80,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  commandDescription: 100,
} as const;

/** How much of a user's question is echoed back in a reply. */
export const ECHOED_QUESTION_CHARS = 200;

/** Discord message flags. */
export const MessageFlags = {
  /** Only the user who ran the command sees the reply. */
  Ephemeral: 1 << 6,
} as const;

/** Embed colours by reply tone. */
export const TONE_COLORS = {
  answer: 0x2b7bb9,
  notice: 0xe3a008,
  error: 0xd93f3f,
} as const;
