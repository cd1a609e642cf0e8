/**
 * One {@link CorpusError} line for a problem in a teacher-edited content file: the file, where in it
 * (`party "peru", claim 3`) and what to write instead, because the person fixing it may never have seen a stack
 * trace or a JSON schema. The same naming serves the schema's issues (schema.ts) and load.ts's proofs.
 */
import type { z } from 'zod';
import { CorpusError } from '../corpus/errors.js';
import { excerpt } from './schema.js';

/** A place in a file's JSON: field names and list indexes from the top. */
export type JsonPath = readonly PropertyKey[];

/** What one item of each list is called in messages; lists not named here hold words ("aliases", item 2). */
const ITEM_NOUNS: Readonly<Record<string, string>> = {
  parties: 'party',
  claims: 'claim',
  points: 'point',
  events: 'event',
  speakers: 'speaker',
  quotes: 'quote',
  named: 'named',
  sentences: 'sentence',
  terms: 'term',
  questions: 'question',
  choices: 'choice',
  prompts: 'prompt',
  citations: 'citation',
};

/** Ends a path to a "citations" list that names the text the citations support, not the list. */
const SUPPORTED = Symbol('supported text');

/** Fields named by a word of their own rather than in quotes: `party "peru", stance`. */
const BARE_FIELDS = new Set(['stance', 'usage']);

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

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const textOf = (value: unknown): string | undefined => {
  const en = isObject(value) ? value.en : undefined;
  return typeof en === 'string' && en.trim() !== '' ? en : undefined;
};

/** A content file's JSON as read, to name its items in error messages. */
export class ContentProblems {
  /** Party ids whose side a compare point gives: those fields are named `"peru" side`. */
  private readonly sides: ReadonlySet<unknown>;

  constructor(
    /** The file as named in error messages. */
    readonly file: string,
    readonly json: unknown,
  ) {
    this.sides = new Set(isObject(json) && Array.isArray(json.sides) ? json.sides : []);
  }

  /**
   * Refuses the file: `problem` at `path`, named as a reader of the file finds it. `about`: "shape" for a problem
   * with the item's form (it is named by number), "cited" for a path to a "citations" list that names the text
   * they support.
   */
  fail(path: JsonPath, problem: string, about: 'item' | 'shape' | 'cited' = 'item'): never {
    const cited = about === 'cited' && path.at(-1) === 'citations';
    const where = this.where(cited ? [...path.slice(0, -1), 'citations', SUPPORTED] : path, about === 'shape');
    throw new CorpusError(this.file, where ? `${where}: ${problem}` : problem);
  }

  /** The file's data as `schema` reads it; the first problem, as a reader would meet it, refuses the file. */
  parse<S extends z.ZodType>(schema: S): z.output<S> {
    // Without zod's generated fast path: each schema parses one file once, and generating and compiling its code
    // cost more than it saved (the result is the same).
    const result = schema.safeParse(this.json, { reportInput: true, jitless: true });
    if (result.success) return result.data;
    const issue = firstIssue(result.error.issues, this.json);
    if (issue.missing !== undefined) this.fail(issue.path, `missing field "${issue.missing}"`, 'shape');
    this.fail(issue.path, issue.message, 'shape');
  }

  /** Refuses a list in which two items share an id; `list` is the list's field. */
  uniqueIds(items: ReadonlyArray<{ id: string }>, list: string): void {
    const seen = new Set<string>();
    items.forEach(({ id }, i) => {
      if (seen.has(id)) this.fail([list, i], 'the id is used twice; give each its own id');
      seen.add(id);
    });
  }

  /** Refuses an id that is not among `ids`; `what` says whose ids they are. */
  known(id: string, ids: readonly string[], what: string, path: JsonPath): void {
    if (!ids.includes(id)) this.fail(path, `"${excerpt(id)}" is not ${what} (ids: ${ids.join(', ')})`);
  }

  /**
   * `party "peru", claim 3 ("Foreign Minister…"), citation 1, "quote"`. An item is named by its id (its date, its
   * speaker) unless the problem is the item's shape or that very field; then by its number.
   */
  private where(path: JsonPath, shapeProblem: boolean): string {
    const parts: string[] = [];
    let value: unknown = this.json;
    for (let i = 0; i < path.length; i++) {
      const key = path[i]!;
      const next = path[i + 1];
      const parent = value;
      value = isObject(value) || Array.isArray(value) ? (value as Json)[key as string] : undefined;
      if (typeof key === 'number') {
        const noun = ITEM_NOUNS[String(path[i - 1])];
        if (noun === undefined) {
          parts.push(`item ${key + 1}`);
          continue;
        }
        const rest = path.slice(i + 1);
        const byNumber = (shapeProblem && rest.length === 0) || ['id', 'date', 'speaker'].includes(String(rest[0]));
        parts.push(byNumber ? `${noun} ${key + 1}` : itemName(noun, key, value));
        continue;
      }
      if (key === 'citations') {
        // Citations are named after the text they support: `claim 3 ("Foreign Minister…"), citation 1`.
        const text = isObject(parent) ? (textOf(parent.text) ?? textOf(parent.question)) : undefined;
        if (text !== undefined && parts.length > 0) parts.push(`${parts.pop()!} ("${excerpt(text)}")`);
        if (next === SUPPORTED) break;
      }
      if (typeof next === 'number' && ITEM_NOUNS[String(key)] !== undefined) continue;
      if (BARE_FIELDS.has(String(key))) parts.push(String(key));
      else if (this.sides.has(key) && path[i - 2] === 'points') parts.push(`"${String(key)}" side`);
      else parts.push(`"${String(key)}"`);
    }
    return parts.join(', ');
  }
}

/** `party "peru"`, `event 2 (4 November 2025)`, `quote 6 (sre)`, or `claim 3` for items without a name. */
function itemName(noun: string, index: number, item: unknown): string {
  if (!isObject(item)) return `${noun} ${index + 1}`;
  if (typeof item.id === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(item.id)) return `${noun} "${item.id}"`;
  const date = textOf(item.date);
  if (date !== undefined) return `${noun} ${index + 1} (${excerpt(date)})`;
  if (typeof item.speaker === 'string' && item.speaker.trim() !== '') return `${noun} ${index + 1} (${item.speaker})`;
  return `${noun} ${index + 1}`;
}

interface Issue {
  path: JsonPath;
  message: string;
  /** The field a missing-field issue is about. */
  missing: string | undefined;
  /** Where a problem with a whole object or list lies (not an object, unknown or missing field, list length). */
  container: JsonPath | undefined;
}

/**
 * The issue a reader meets first: the first zod reports, unless an object or list around it has a problem of its
 * own (an unknown or missing field, a wrong length), which is named first, outermost first, unknown fields first.
 */
function firstIssue(issues: readonly z.core.$ZodIssue[], json: unknown): Issue {
  const described = issues.map((issue) => describe(issue, json));
  const first = described[0]!;
  const around = described.filter(
    (issue) => issue.container !== undefined && issue.container.every((key, i) => first.path[i] === key),
  );
  around.sort(
    (a, b) =>
      a.container!.length - b.container!.length || Number(a.missing !== undefined) - Number(b.missing !== undefined),
  );
  return around[0] ?? first;
}

function describe(issue: z.core.$ZodIssue, json: unknown): Issue {
  const { path } = issue;
  const field = path.at(-1);
  const parentPath = path.slice(0, -1);
  const parent = parentPath.reduce<unknown>((value, key) => (value as Json | undefined)?.[key as string], json);
  if (typeof field === 'string' && isObject(parent) && !(field in parent)) {
    return { path: parentPath, message: issue.message, missing: field, container: parentPath };
  }
  const whole =
    issue.code === 'unrecognized_keys' ||
    (issue.code === 'invalid_type' && (issue.expected === 'object' || issue.expected === 'array')) ||
    ((issue.code === 'too_small' || issue.code === 'too_big') && issue.origin === 'array');
  return { path, message: issue.message, missing: undefined, container: whole ? path : undefined };
}
