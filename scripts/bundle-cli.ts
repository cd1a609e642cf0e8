/**
 * The CLI as one bundle, which `npm run cli` runs, and the code cache it starts from. Node loads the compiled CLI as
 * about a hundred ES modules, each resolved, read and compiled on its own: a fifth of a one-shot question's time
 * before any work. The bundle is made from the compiled dist/ by `npm run build` (and by `prepare`, `npm test`);
 * dist/src/cli.js stays, the same code unbundled. In dist/bundle/:
 * - cli-code.cjs: the CLI (src/cli.ts and everything it imports) as one CommonJS file;
 * - cli.cjs: its launcher (src/cli-launch.ts), what `npm run cli` starts;
 * - cli-code.cache: V8's bytecode of the functions the CLI ran on warm-up questions (scripts/cli-warm-up.txt), which
 *   the launcher reads instead of compiling them again (src/code-cache.ts). Made by running the launcher as
 *   `npm run cli` does, with the same Node flags (V8 takes a cache only under the flags it was made with).
 *
 * Each module's `import.meta.url` in the bundle is the URL of its compiled file in dist/, so that what modules find
 * beside them (the project root, the packages they resolve, the code a fingerprint hashes) is found as unbundled.
 *
 * usage: node dist/scripts/bundle-cli.js
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, realpathSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'rolldown';
import { CLI_BUNDLE, WRITE_CODE_CACHE_VARIABLE } from '../src/code-cache.js';
import { PROJECT_ROOT } from '../src/paths.js';
import { cliCommand } from './cli-command.js';

/** The compiled modules bundled: the CLI, and the launcher that runs it. */
const COMPILED_CLI = join(PROJECT_ROOT, 'dist', 'src', 'cli.js');
const COMPILED_LAUNCHER = join(PROJECT_ROOT, 'dist', 'src', 'cli-launch.js');
/** Questions the warm-up runs ask, one a line: every kind of line the CLI reads, none from a question set. */
const WARM_UP_QUESTIONS = join(PROJECT_ROOT, 'scripts', 'cli-warm-up.txt');

/**
 * Rewrites `import.meta.url` in our compiled modules to their own file's URL, found from the bundle's directory
 * (CommonJS has no `import.meta`). The functions it calls are imported into the module, so the bundler renames them
 * wherever the module has names of its own (two modules declare a local `require`, which a bare `require(…)` written
 * here would call before it exists).
 */
function moduleUrls(outDir: string): Plugin {
  return {
    name: 'module-urls',
    transform(code, id) {
      if (!code.includes('import.meta.url') || id.split(sep).includes('node_modules')) return null;
      const path = JSON.stringify(relative(outDir, id).split(sep).join('/'));
      const imports =
        "import { pathToFileURL as bundledFileUrl } from 'node:url';\n" +
        "import { join as bundledJoin } from 'node:path';\n";
      const url = `bundledFileUrl(bundledJoin(__dirname, ${path})).href`;
      return { code: imports + code.replaceAll('import.meta.url', url) };
    },
  };
}

/** Bundles one compiled module (run `tsc` first) and everything it imports into one CommonJS file in the bundle. */
async function bundle(input: string, output: string, cleanDir: boolean): Promise<void> {
  await build({
    input,
    platform: 'node',
    logLevel: 'warn',
    plugins: [moduleUrls(CLI_BUNDLE.dir)],
    // ASCII (other characters escaped, no comments): the launcher reads it without decoding, as a one-byte string.
    output: {
      dir: CLI_BUNDLE.dir,
      format: 'cjs',
      codeSplitting: false,
      entryFileNames: output,
      cleanDir,
      charset: 'ascii',
      comments: false,
    },
  });
}

/** The CLI's arguments in each warm-up run: JSON, Spanish and text. */
const WARM_UP_ARGS = [['ask', '--json'], ['ask', '--json', '--lang', 'es'], ['ask', '--lang', 'es'], ['ask']];
/**
 * Node's flags and the CLI's arguments of each warm-up run: every run as `npm run cli` starts it, then as Node
 * starts it with no flags, each flag set warming its own cache (code-cache.ts, cacheFileFor).
 */
const WARM_UP_RUNS: ReadonlyArray<[string[], string[]]> = [cliCommand().nodeFlags, []].flatMap((flags) =>
  WARM_UP_ARGS.map((args): [string[], string[]] => [flags, args]),
);

/**
 * Runs the bundled CLI on the warm-up questions as `npm run cli` would and with no Node flags (WARM_UP_RUNS), in
 * JSON, in Spanish and as text, each run starting from the cache the one before under its flags wrote and writing
 * it again with what it compiled. Returns an error line when a run fails or a JSON run answers nothing (then there is
 * no cache: the CLI compiles as it goes).
 */
function warmUpCache(): string | undefined {
  const input = readFileSync(WARM_UP_QUESTIONS, 'utf8');
  for (const [nodeFlags, args] of WARM_UP_RUNS) {
    const run = spawnSync(process.execPath, [...nodeFlags, CLI_BUNDLE.launcher, ...args], {
      cwd: PROJECT_ROOT,
      input,
      encoding: 'utf8',
      env: { ...process.env, [WRITE_CODE_CACHE_VARIABLE]: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    // Batch mode answers a line that throws as a decline: a JSON run that answers nothing failed.
    const answeredNothing = args.includes('--json') && !run.stdout.includes('"answered":true');
    if (run.status !== 0 || answeredNothing) {
      for (const cache of [CLI_BUNDLE.cache, CLI_BUNDLE.plainCache]) rmSync(cache, { force: true });
      const reason = answeredNothing
        ? 'no question answered'
        : run.stderr.trim().split('\n')[0] || `exit ${run.status}`;
      return `cli ${[...nodeFlags, ...args].join(' ')}: ${reason}`;
    }
  }
  return undefined;
}

/** Bundles the compiled CLI and its launcher (run `tsc` first) into dist/bundle/, emptied first; warms the cache. */
export async function bundleCli(): Promise<void> {
  await bundle(COMPILED_CLI, 'cli-code.cjs', true);
  await bundle(COMPILED_LAUNCHER, 'cli.cjs', false);
  const failed = warmUpCache();
  if (failed) console.warn(`bundle-cli: no code cache (the CLI compiles as it runs): ${failed}`);
}

if (process.argv[1] && realpathSync(fileURLToPath(import.meta.url)) === realpathSync(process.argv[1])) {
  await bundleCli();
}
