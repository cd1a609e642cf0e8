/** Shared test helpers: one context over the real corpus, and paths. */
import { join } from 'node:path';
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
