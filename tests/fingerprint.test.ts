/** Fingerprints of what derived data was made from (src/fingerprint.ts): a package's installed version counts. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../src/fingerprint.js';

const root = mkdtempSync(join(tmpdir(), 'fingerprint-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Installs a package with only a package.json (and an index.js) under `dir`/node_modules. */
function install(dir: string, name: string, version: string): void {
  const at = join(dir, 'node_modules', name);
  mkdirSync(at, { recursive: true });
  writeFileSync(join(at, 'package.json'), JSON.stringify({ name, version, main: 'index.js' }));
  writeFileSync(join(at, 'index.js'), 'module.exports = 1;\n');
}

describe('fingerprint', () => {
  mkdirSync(join(root, 'app', 'src'), { recursive: true });
  const from = pathToFileURL(join(root, 'app', 'src', 'module.js')).href;

  it('changes with the version of a package as the module would import it, scoped or not, by name or path', () => {
    install(join(root, 'app'), 'plain', '1.0.0');
    install(join(root, 'app'), '@scope/pkg', '2.0.0');
    const before = fingerprint({ from, packages: ['plain', '@scope/pkg/data/words.json'] });
    expect(fingerprint({ from, packages: ['plain', '@scope/pkg/data/words.json'] })).toBe(before);
    install(join(root, 'app'), '@scope/pkg', '2.0.1');
    const scopedBumped = fingerprint({ from, packages: ['plain', '@scope/pkg/data/words.json'] });
    expect(scopedBumped).not.toBe(before);
    install(join(root, 'app'), 'plain', '1.0.1');
    expect(fingerprint({ from, packages: ['plain', '@scope/pkg/data/words.json'] })).not.toBe(scopedBumped);
  });

  it('reads the nearest node_modules above the module first, as Node does', () => {
    install(root, 'shadowed', '1.0.0');
    const outer = fingerprint({ from, packages: ['shadowed'] });
    install(join(root, 'app'), 'shadowed', '9.0.0');
    expect(fingerprint({ from, packages: ['shadowed'] })).not.toBe(outer);
  });
});
