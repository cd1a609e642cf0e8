/**
 * Fingerprints of what derived data was made from, so a process uses a file `npm run build` wrote only while the
 * packages, code and data it was derived from are unchanged (lexicon tables, checked content).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What derived data depends on. */
export interface Sources {
  /** The module whose neighbours `modules` are: its `import.meta.url`. */
  from: string;
  /** Packages, each by a module it exports ("name" or "name/path"): their versions count. */
  packages?: readonly string[];
  /** Modules of ours, relative to `from` without extension: their code counts, as it runs (compiled or not). */
  modules?: readonly string[];
  /** Data read at run time (file texts, …). */
  data?: ReadonlyArray<string | Uint8Array>;
}

/** A hex digest of the packages' versions, the modules' code and the data. */
export function fingerprint({ from, packages = [], modules = [], data = [] }: Sources): string {
  const hash = createHash('sha256');
  const here = fileURLToPath(from);
  for (const entry of packages) hash.update(`${entry} ${installedVersion(entry, here)}\n`);
  for (const module of modules) hash.update(readFileSync(join(dirname(here), module + extname(here))));
  for (const item of data) hash.update(`${item.length}\n`).update(item);
  return hash.digest('hex');
}

/** A package's name in a module it exports: "@scope/name/path" → "@scope/name". */
const PACKAGE_NAME = /^(?:@[^/]+\/)?[^/]+/;

/**
 * The version of the package holding `entry`, as the module at `file` would import it: its package.json in the
 * nearest node_modules above the file that has it (Node's own search, without resolving the package's exports map,
 * which takes longer than reading the file); else the package.json nearest above the module `entry` resolves to.
 */
function installedVersion(entry: string, file: string): string {
  const name = PACKAGE_NAME.exec(entry)?.[0] ?? entry;
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'node_modules', name, 'package.json');
    // The nearest copy is the one Node loads, versioned or not.
    if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version ?? '';
  }
  return packageVersion(createRequire(file).resolve(entry));
}

/** The version in the package.json nearest above a file (not every package exports its package.json). */
function packageVersion(file: string): string {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string };
      if (version !== undefined) return version;
    }
  }
  return '';
}
