/**
 * What `npm run cli` starts: bundled by the build as dist/bundle/cli.cjs, it sets V8's flags for a short run and runs
 * the bundled CLI (dist/bundle/cli-code.cjs) from the code cache the build made (code-cache.ts).
 */
import {
  cacheFileFor,
  CLI_BUNDLE,
  compileCode,
  runCode,
  WRITE_CODE_CACHE_VARIABLE,
  writeCodeCache,
} from './code-cache.js';
import { compileForShortRun } from './short-run.js';

// Before compiling: V8 takes a cache only under the flags it was made with.
compileForShortRun();
let code;
try {
  code = compileCode();
} catch (error) {
  const unreadable = error instanceof Error && 'code' in error;
  const reason = unreadable ? String(error.code) : error instanceof Error ? error.message : String(error);
  console.error(
    `${CLI_BUNDLE.code} cannot be ${unreadable ? 'read' : 'compiled'} (${reason}): run \`npm run build\` to make the CLI's bundle`,
  );
  process.exit(1);
}
if (process.env[WRITE_CODE_CACHE_VARIABLE] === '1') {
  const compiled = code;
  process.once('exit', () => {
    try {
      writeCodeCache(compiled);
    } catch (error) {
      console.error(`${cacheFileFor()} not written: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    }
  });
}
runCode(code);
