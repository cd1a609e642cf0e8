/**
 * `npm run deploy-commands`: registers the slash commands with Discord in one bulk overwrite —
 * `PUT /applications/{app}/guilds/{guild}/commands` when DISCORD_GUILD_ID is set (the commands appear in that
 * server at once), else `PUT /applications/{app}/commands` (global; they can take a while to reach every server).
 * Then prints what Discord registered.
 *
 * One request, never retried: a body Discord rejects would be rejected again, and repeated invalid requests get
 * an IP banned (10,000 in 10 minutes). A rate limit is reported rather than waited out. Every failure ends in one
 * line saying what to fix, and exit code 1.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { config as loadDotenv } from 'dotenv';
import { DiscordAPIError, RateLimitError, REST, Routes, type RESTPutAPIApplicationCommandsResult } from 'discord.js';
import {
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { COMMANDS } from '../commands/index.js';
import { TOKEN_FIX, unreachableMessage } from './bot/discord-errors.js';
import { inviteUrl, readDeployConfig, type BotConfig } from './env.js';
import { runMain } from './process.js';

/** How long the one request may take. */
const DEPLOY_TIMEOUT_MS = 15_000;

type DeployConfig = Pick<BotConfig, 'token' | 'clientId' | 'guildId' | 'apiUrl'>;

/** A failed deployment, as the one line to print. */
export class DeployError extends Error {
  override readonly name = 'DeployError';
}

/**
 * Where every command can be installed and used: added to a server or to a user's own account (User Install),
 * and run in servers, in the bot's DM and in other DMs and group DMs. Every reply works in all of them (the
 * router keeps replies private where Discord allows nothing else).
 */
export const COMMAND_AVAILABILITY = {
  integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel],
} satisfies Pick<RESTPostAPIChatInputApplicationCommandsJSONBody, 'integration_types' | 'contexts'>;

/**
 * The command bodies sent: every command's definition, with its Spanish localizations. Global commands also say
 * where they are available ({@link COMMAND_AVAILABILITY}); server commands do not, since Discord reads those
 * fields on global commands only (a server command exists in that server alone).
 */
export function commandBodies(scope: 'global' | 'guild' = 'global'): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return COMMANDS.map(({ definition }) => {
    const body = { ...definition, options: definition.options && [...definition.options] };
    return scope === 'global' ? { ...body, ...COMMAND_AVAILABILITY } : body;
  });
}

/** What went wrong, in one line, with the fix. Never includes the token (Discord's messages do not carry it). */
export function describeDeployError(error: unknown, config: DeployConfig): string {
  const where = config.guildId ? `server ${config.guildId}` : 'all servers (global)';
  if (error instanceof RateLimitError) {
    return `Discord is rate-limiting command registration: try again in ${Math.ceil(error.retryAfter / 1000)} s (nothing was changed)`;
  }
  if (error instanceof DiscordAPIError) {
    const detail = error.message
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .join('; ');
    if (error.status === 401) return `DISCORD_TOKEN was rejected (401 Unauthorized): ${TOKEN_FIX}`;
    if (error.code === 50001 || error.status === 403) {
      return config.guildId
        ? `Missing access to server ${config.guildId} (${error.code}): invite the bot there first (${inviteUrl(config.clientId)}), check DISCORD_GUILD_ID, or leave it empty to register globally`
        : `Missing access (${error.code}): DISCORD_CLIENT_ID must be the id of the application DISCORD_TOKEN belongs to`;
    }
    if (error.status === 404)
      return `Discord does not know application ${config.clientId}${config.guildId ? ` or server ${config.guildId}` : ''} (${error.code} ${detail}): check DISCORD_CLIENT_ID${config.guildId ? ' and DISCORD_GUILD_ID' : ''}`;
    if (error.status === 400)
      return `Discord rejected the command definitions for ${where} (${error.code} ${detail}); fix them in commands/ — not retried`;
    return `Discord refused the registration (${error.status} ${error.code} ${detail})`;
  }
  const status = (error as { status?: unknown }).status;
  if (typeof status === 'number')
    return `Discord failed to answer (HTTP ${status}); nothing was retried: run the command again later`;
  return unreachableMessage(config.apiUrl, error);
}

/** Registers the commands and returns what Discord says it registered. Throws {@link DeployError}. */
export async function deployCommands(config: DeployConfig): Promise<RESTPutAPIApplicationCommandsResult> {
  const rest = new REST({
    api: config.apiUrl,
    retries: 0,
    timeout: DEPLOY_TIMEOUT_MS,
    rejectOnRateLimit: () => true,
  }).setToken(config.token);
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.clientId, config.guildId)
    : Routes.applicationCommands(config.clientId);
  try {
    return (await rest.put(route, {
      body: commandBodies(config.guildId ? 'guild' : 'global'),
    })) as RESTPutAPIApplicationCommandsResult;
  } catch (error) {
    throw new DeployError(describeDeployError(error, config));
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}

/** The report printed after a successful registration. */
export function deployReport(registered: RESTPutAPIApplicationCommandsResult, config: DeployConfig): string {
  const scope = config.guildId
    ? `in server ${config.guildId} (available now, in that server only: User Install needs global registration, without DISCORD_GUILD_ID)`
    : 'globally, for servers and User Install (new commands can take up to an hour to reach everyone)';
  const lines = registered.map((command) => {
    const options = (command.options ?? []).map((option) =>
      'required' in option && option.required ? option.name : `[${option.name}]`,
    );
    return `  /${[command.name, ...options].join(' ')} — ${command.description} (id ${command.id})`;
  });
  return [`Registered ${registered.length} commands for application ${config.clientId} ${scope}:`, ...lines].join('\n');
}

/** The real path of a file, or the path itself when it cannot be resolved. */
function realPathOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

// Run only as the entry point (tests import the functions above).
// Compared as real paths: started through a symlink (a deploy folder, npx), argv[1] names the link.
if (process.argv[1] && realpathSync(fileURLToPath(import.meta.url)) === realPathOf(process.argv[1])) {
  runMain(async () => {
    loadDotenv({ quiet: true });
    const config = readDeployConfig();
    try {
      console.log(deployReport(await deployCommands(config), config));
      return 0;
    } catch (error) {
      if (!(error instanceof DeployError)) throw error;
      console.error(`Deploy failed: ${error.message}`);
      return 1;
    }
  });
}
