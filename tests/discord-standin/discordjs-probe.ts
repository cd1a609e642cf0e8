/**
 * Preloaded with `node --import` by tests: at exit, prints how many discord.js modules the process loaded, so a
 * test can prove the offline console never loads discord.js. (CommonJS packages imported from ES modules are
 * cached in require.cache like required ones.)
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
process.on('exit', () => {
  const loaded = Object.keys(require.cache).filter((path) => /[\\/]node_modules[\\/]discord\.js[\\/]/.test(path));
  process.stderr.write(`discord.js modules loaded: ${loaded.length}\n`);
});
