// npm runs `prepare` after `npm ci` and `npm install`. A development install has the TypeScript compiler: compile
// (incrementally) into dist/, bundle the CLI and derive the lexicon's tables, as `npm run build` does, so
// `npm ci && npm start` works on a fresh clone and `npm start` never compiles.
// A production install (`npm ci --omit=dev`) has no compiler: it runs the dist/ built before (a Docker build
// stage, or `npm run build` on the checkout), and stops with one line if there is none.
// Plain JavaScript, not TypeScript: it must run before anything is compiled.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
let tsc;
try {
  tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
} catch {
  tsc = undefined;
}

if (tsc) {
  // Then the lexicon's word tables (src/search/lexicon-tables.ts), so no process derives them at start; the checked
  // content (src/content/checked.ts), so no process checks unchanged content files again, with the alias list
  // compiled for look-up (src/search/alias-tables.ts); and last the CLI's bundle (scripts/bundle-cli.ts), which
  // `npm run cli` runs, and whose code cache is made by running it on what the two before wrote.
  const scripts = ['lexicon-tables.js', 'checked-content.js', 'bundle-cli.js'].map((name) =>
    join(root, 'dist', 'scripts', name),
  );
  for (const args of [[tsc], ...scripts.map((script) => [script])]) {
    const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
} else if (existsSync(join(root, 'dist', 'src', 'main.js'))) {
  console.log('prepare: no TypeScript compiler (production install): running the dist/ built before');
  if (!existsSync(join(root, 'dist', 'bundle', 'cli.cjs')))
    console.log('prepare: dist/bundle/ is missing, so `npm run cli` will not start: copy it with dist/src');
} else {
  console.error(
    'dist/ is missing and TypeScript is not installed: build first with `npm ci && npm run build` (or use the Dockerfile), then `npm ci --omit=dev`',
  );
  process.exit(1);
}
