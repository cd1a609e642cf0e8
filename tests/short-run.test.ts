import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { shortRunFlags } from '../src/short-run.js';

/** The names of the flags a V8 knows, as `node --v8-options` lists them. */
function knownFlags(): Set<string> {
  const listing = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' }).stdout;
  return new Set([...listing.matchAll(/^\s+--([a-z0-9-]+)/gm)].map((match) => match[1]!));
}

/** A flag's name: "--no-turbo-inlining" → "turbo-inlining", "--interrupt-budget=1" → "interrupt-budget". */
const flagName = (flag: string) => flag.replace(/^--(?:no-)?/, '').replace(/=.*$/, '');

describe('V8 flags for the CLI', () => {
  it('are all known to the V8 running (an unknown one prints an error on every run)', () => {
    const known = knownFlags();
    expect(known.size).toBeGreaterThan(100);
    for (const flag of shortRunFlags()) expect(known, flag).toContain(flagName(flag));
  });

  it("delay optimisation by Node 20's interrupt budget, and by Node 22's and 24's invocation count", () => {
    expect(shortRunFlags('11.3.244.8-node.33')).toEqual(['--no-turbo-inlining', '--interrupt-budget=270336']);
    for (const version of ['12.4.254.21-node.57', '13.6.233.17-node.63'])
      expect(shortRunFlags(version)).toEqual(['--no-turbo-inlining', '--invocation-count-for-turbofan=12000']);
  });
});
