/**
 * The CLI as one bundle (dist/bundle/cli.js and the chunks it loads when needed), which `npm run cli` runs. Node
 * loads the compiled CLI as about a hundred ES modules, each resolved, read and compiled on its own: a fifth of a
 * one-shot question's time before any work. The bundle is made from the compiled dist/ by `npm run build` (and by
 * `prepare`, `npm test`); dist/src/cli.js stays, the same code unbundled.
 *
 * Each module's `import.meta.url` in the bundle is the URL of its compiled file in dist/, so that what modules find
 * beside them (the project root, the packages they resolve, the code a fingerprint hashes) is found as unbundled.
 *
 * usage: node dist/scripts/bundle-cli.js
 */
import { realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'rolldown';
import { PROJECT_ROOT } from '../src/paths.js';

/** Where the bundle goes. */
export const BUNDLE_DIR = join(PROJECT_ROOT, 'dist', 'bundle');
/** The bundled CLI. */
export const BUNDLED_CLI = join(BUNDLE_DIR, 'cli.js');
/** The compiled CLI it is made from. */
const COMPILED_CLI = join(PROJECT_ROOT, 'dist', 'src', 'cli.js');

/** Rewrites `import.meta.url` in our compiled modules to their own file's URL, relative to the bundle's. */
function moduleUrls(outDir: string): Plugin {
  return {
    name: 'module-urls',
    transform(code, id) {
      if (!code.includes('import.meta.url') || id.split(sep).includes('node_modules')) return null;
      const path = relative(outDir, id).split(sep).join('/');
      return { code: code.replaceAll('import.meta.url', `new URL(${JSON.stringify(path)}, import.meta.url).href`) };
    },
  };
}

/** Bundles the compiled CLI (run `tsc` first) into `outDir`, emptied first. */
export async function bundleCli(outDir: string = BUNDLE_DIR): Promise<void> {
  await build({
    input: COMPILED_CLI,
    platform: 'node',
    logLevel: 'warn',
    plugins: [moduleUrls(outDir)],
    output: { dir: outDir, format: 'esm', cleanDir: true },
  });
}

if (process.argv[1] && realpathSync(fileURLToPath(import.meta.url)) === realpathSync(process.argv[1])) {
  await bundleCli();
}
