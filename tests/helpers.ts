/** Shared test helpers: one context over the real corpus, paths, and a check of declines. */
import { join } from 'node:path';
import { expect } from 'vitest';
import { createContext, type AppContext } from '../src/context.js';
import { PROJECT_ROOT } from '../src/paths.js';

let shared: AppContext | undefined;

/** The app context over the project's real corpus, built once per test file. */
export function realContext(): AppContext {
  shared ??= createContext(join(PROJECT_ROOT, 'corpus'));
  return shared;
}

export const DIST = join(PROJECT_ROOT, 'dist');
export { PROJECT_ROOT };

/** Expects each question to be declined as not in the source: the article names its subject, not what it asks. */
export function expectNotInSource(engine: AppContext['engine'], questions: readonly string[]): void {
  for (const question of questions) {
    const response = engine.search(question);
    expect(response.answered, question).toBe(false);
    expect(response.decline?.reason, question).toBe('not-in-source');
  }
}
