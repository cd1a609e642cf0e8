/**
 * Preloaded by `npm run soak` into the bot process (`node --expose-gc --import …/gc-probe.js dist/src/main.js`): on
 * SIGUSR2, runs full garbage collections and prints "gc-probe: collected N" to stderr. A memory reading taken
 * right after is of what the bot keeps, not of garbage V8 has not got round to collecting (under load V8 lets the
 * heap run to several times its live size, so a plain reading swings by ±20 MB with the moment it is taken).
 * Without --expose-gc it only prints the line.
 */
let collections = 0;
process.on('SIGUSR2', () => {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  process.stderr.write(`gc-probe: collected ${++collections}\n`);
});
