/**
 * `npm run serve`: the HTTP interactions endpoint (src/http/), for Discord's "Interactions Endpoint URL". Needs
 * DISCORD_PUBLIC_KEY and DISCORD_CLIENT_ID, not the bot token. Configuration and corpus problems end in one line
 * and exit code 1.
 */
import { config as loadDotenv } from 'dotenv';
import { createContext } from './context.js';
import { readHttpConfig } from './env.js';
import { runMain } from './process.js';

/** After the server has closed, how long open sockets or timers may delay the exit. */
const EXIT_GRACE_MS = 1_000;

runMain(async () => {
  loadDotenv({ quiet: true });
  // Checked before anything else, so a bad value is reported before the corpus loads or a port opens.
  const config = readHttpConfig();
  const context = createContext();
  const { runHttp } = await import('./http/service.js');
  try {
    return await runHttp(config, context);
  } finally {
    setTimeout(() => process.exit(), EXIT_GRACE_MS).unref();
  }
});
