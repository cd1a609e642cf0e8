/**
 * `npm run serve`: the HTTP interactions endpoint (src/http/), for Discord's "Interactions Endpoint URL". Needs
 * DISCORD_PUBLIC_KEY and DISCORD_CLIENT_ID, not the bot token. Configuration and corpus problems end in one line
 * and exit code 1.
 */
import { config as loadDotenv } from 'dotenv';
import { readHttpConfig } from './env.js';
import { runMain } from './process.js';
import { runService } from './run-service.js';

runMain(async () => {
  loadDotenv({ quiet: true });
  return runService(readHttpConfig, async () => (await import('./http/service.js')).runHttp);
});
