/**
 * Reading a teacher-edited JSON file field by field. Every problem becomes one {@link CorpusError} line that
 * names the file, where in it (`party "peru", claim 3`) and what to write instead, because the person fixing it
 * may never have seen a stack trace or a JSON schema.
 */
import { CorpusError } from '../corpus/errors.js';
import type { Bilingual } from './types.js';

/** Longest excerpt of a teacher's text repeated in an error message. */
const SHOWN_CHARS = 60;

/** A text cut for an error message: one line, at most {@link SHOWN_CHARS} characters. */
export function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > SHOWN_CHARS ? `${line.slice(0, SHOWN_CHARS - 1)}…` : line;
}

/** 1-based line and column of a character offset. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before.at(-1)!.length + 1}`;
}

/** Parses JSON, turning a syntax error into one line with its line and column. */
export function parseJson(text: string, file: string): unknown {
  const source = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(source);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message);
    const where = position ? ` at ${lineColumn(source, Number(position[1]))}` : '';
    const what = message
      .split('\n')[0]!
      .replace(/\s*in JSON at position \d+.*$/, '')
      .replace(/\s*\(line \d+ column \d+\)/, '');
    throw new CorpusError(
      file,
      `is not valid JSON${where} (${what}); look for a missing comma or quote mark, or a comma after the last item`,
    );
  }
}

type Json = Record<string, unknown>;

/** Field readers bound to one file; `where` says which item is read ("party \"peru\", claim 3"). */
export class Shape {
  constructor(readonly file: string) {}

  fail(where: string, problem: string): never {
    throw new CorpusError(this.file, where ? `${where}: ${problem}` : problem);
  }

  /** An object with exactly the given fields (plus "_comment"-style notes starting with "_"). */
  object(value: unknown, where: string, required: readonly string[], optional: readonly string[] = []): Json {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      this.fail(where, 'must be an object { … }');
    const json = value as Json;
    const known = new Set([...required, ...optional]);
    for (const key of Object.keys(json)) {
      if (!known.has(key) && !key.startsWith('_'))
        this.fail(where, `unknown field "${key}" (expected: ${[...known].join(', ')})`);
    }
    for (const key of required) if (!(key in json)) this.fail(where, `missing field "${key}"`);
    return json;
  }

  array(value: unknown, where: string, min: number, max: number): unknown[] {
    if (!Array.isArray(value)) this.fail(where, 'must be a list [ … ]');
    if (value.length < min) this.fail(where, `needs at least ${min} item${min === 1 ? '' : 's'}`);
    if (value.length > max) this.fail(where, `has ${value.length} items; at most ${max} fit in one Discord reply`);
    return value;
  }

  /** A non-blank string of at most `max` characters. */
  string(value: unknown, where: string, max: number): string {
    if (typeof value !== 'string') this.fail(where, 'must be text in double quotes');
    if (value.trim() === '') this.fail(where, 'is empty; write the text');
    if (value.length > max) this.fail(where, `is ${value.length} characters long; keep it to ${max}`);
    return value;
  }

  integer(value: unknown, where: string): number {
    if (typeof value !== 'number' || !Number.isInteger(value))
      this.fail(where, 'must be a whole number, without quotes');
    return value;
  }

  /** One of a fixed list of words. */
  oneOf<T extends string>(value: unknown, where: string, allowed: readonly T[]): T {
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      this.fail(where, `must be one of ${allowed.join(', ')} (got ${JSON.stringify(value)})`);
    }
    return value as T;
  }

  /** An id: lower-case letters, digits and hyphens. Ids travel in Discord button ids, which allow few characters. */
  id(value: unknown, where: string, max: number): string {
    const id = this.string(value, where, max);
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id))
      this.fail(where, `id "${excerpt(id)}" may use only lower-case letters, digits and hyphens`);
    return id;
  }

  /** {"en": "…", "es": "…"}, both filled in. */
  bilingual(value: unknown, where: string, max: number): Bilingual {
    const json = this.object(value, where, ['en', 'es']);
    return { en: this.string(json.en, `${where}, "en"`, max), es: this.string(json.es, `${where}, "es"`, max) };
  }
}
