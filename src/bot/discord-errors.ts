/** Wording shared by the bot's login and `npm run deploy-commands` for what Discord or the network refused. */

/** What to do about a token Discord refuses (401, or gateway close code 4004). */
export const TOKEN_FIX = 'reset the token in the Developer Portal (Bot → Reset Token) and put the new one in .env';

/** A request that never got an answer from Discord: where it went, why it failed, and what to check. */
export function unreachableMessage(apiUrl: string, error: unknown): string {
  const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  const check = apiUrl.includes('discord.com') ? '' : ', or DISCORD_API_URL';
  return `could not connect to Discord at ${apiUrl} (${reason}): check the network connection${check}`;
}
