/**
 * Discord's limits (../shared/discord/LIMITS.md), below every layer that shapes a reply. Plain objects passed to
 * the API are checked by nobody until Discord rejects them with error 50035, so the renderer enforces each of
 * these itself.
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
