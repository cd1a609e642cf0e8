/**
 * Checks a rendered Discord payload against every limit of DISCORD_LIMITS (../shared/discord/LIMITS.md), against
 * Discord's own schema (discord-api-spec's Zod schemas, generated from Discord's OpenAPI spec), and for pings and
 * unescaped user markdown. Each checker returns a list of violations (empty when all is well), so a failing test
 * says what broke. Shared by the property tests and any test that renders replies.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { APIInteractionResponseCallbackData } from 'discord-api-types/v10';
import { PROJECT_ROOT } from '../src/paths.js';
import { DISCORD_LIMITS } from '../src/reply/limits.js';

interface ZodIssue {
  path: PropertyKey[];
  message: string;
}
interface SafeParser {
  safeParse(value: unknown): { success: boolean; error?: { issues: ZodIssue[] } };
}
interface SpecSchemas {
  CreateMessageInteractionCallbackRequestSchema: SafeParser;
  UpdateMessageInteractionCallbackRequestSchema: SafeParser;
  ApplicationCommandAutocompleteCallbackRequestSchema: SafeParser;
}

/** discord-api-spec ships its Zod schemas without type declarations: loaded by a non-literal specifier. */
const SPEC_MODULE: string = 'discord-api-spec/zod';
const spec = (await import(SPEC_MODULE)) as SpecSchemas;

/** Interaction callback types: 4 = reply with a message, 7 = update the message (button), 8 = autocomplete. */
export const CALLBACK = { channelMessage: 4, updateMessage: 7, autocomplete: 8 } as const;

function issues(parser: SafeParser, value: unknown, what: string): string[] {
  const result = parser.safeParse(value);
  if (result.success) return [];
  return (result.error?.issues ?? []).map(
    (issue) => `${what}: schema: ${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`,
  );
}

/**
 * Violations of Discord's schema for an interaction callback carrying this message (type 4, and type 7 for button
 * updates).
 */
export function schemaViolations(payload: unknown): string[] {
  return [
    ...issues(
      spec.CreateMessageInteractionCallbackRequestSchema,
      { type: CALLBACK.channelMessage, data: payload },
      'reply (type 4)',
    ),
    ...issues(
      spec.UpdateMessageInteractionCallbackRequestSchema,
      { type: CALLBACK.updateMessage, data: payload },
      'update (type 7)',
    ),
  ];
}

/** Violations of Discord's schema for an autocomplete callback with these choices. */
export function autocompleteSchemaViolations(choices: unknown): string[] {
  return issues(
    spec.ApplicationCommandAutocompleteCallbackRequestSchema,
    { type: CALLBACK.autocomplete, data: { choices } },
    'autocomplete (type 8)',
  );
}

const len = (text: string | undefined | null) => (text ?? '').length;

/** Every limit of DISCORD_LIMITS a message payload breaks (embeds, fields, footer, totals, components, content). */
export function limitViolations(payload: APIInteractionResponseCallbackData): string[] {
  const out: string[] = [];
  const check = (ok: boolean, message: string) => {
    if (!ok) out.push(message);
  };
  check(
    len(payload.content) <= DISCORD_LIMITS.messageContent,
    `content ${len(payload.content)} > ${DISCORD_LIMITS.messageContent}`,
  );
  const embeds = payload.embeds ?? [];
  check(
    embeds.length <= DISCORD_LIMITS.embedsPerMessage,
    `${embeds.length} embeds > ${DISCORD_LIMITS.embedsPerMessage}`,
  );
  check(
    embeds.length > 0 || len(payload.content) > 0 || (payload.components ?? []).length > 0,
    'empty message: no content, embed or component',
  );
  let total = 0;
  embeds.forEach((embed, e) => {
    const at = `embed ${e}`;
    check(
      len(embed.title) <= DISCORD_LIMITS.embedTitle,
      `${at} title ${len(embed.title)} > ${DISCORD_LIMITS.embedTitle}`,
    );
    check(
      len(embed.description) <= DISCORD_LIMITS.embedDescription,
      `${at} description ${len(embed.description)} > ${DISCORD_LIMITS.embedDescription}`,
    );
    check(
      len(embed.footer?.text) <= DISCORD_LIMITS.embedFooter,
      `${at} footer ${len(embed.footer?.text)} > ${DISCORD_LIMITS.embedFooter}`,
    );
    check(
      len(embed.author?.name) <= DISCORD_LIMITS.embedAuthor,
      `${at} author ${len(embed.author?.name)} > ${DISCORD_LIMITS.embedAuthor}`,
    );
    if (embed.footer) check(len(embed.footer.text) > 0, `${at} footer text is empty`);
    const fields = embed.fields ?? [];
    check(
      fields.length <= DISCORD_LIMITS.embedFields,
      `${at} has ${fields.length} fields > ${DISCORD_LIMITS.embedFields}`,
    );
    fields.forEach((field, f) => {
      check(
        len(field.name) >= 1 && len(field.name) <= DISCORD_LIMITS.embedFieldName,
        `${at} field ${f} name length ${len(field.name)} not in 1–${DISCORD_LIMITS.embedFieldName}`,
      );
      check(
        len(field.value) >= 1 && len(field.value) <= DISCORD_LIMITS.embedFieldValue,
        `${at} field ${f} value length ${len(field.value)} not in 1–${DISCORD_LIMITS.embedFieldValue}`,
      );
      // Discord refuses a field whose name or value is only white space.
      check(field.name.trim() !== '' || field.name.includes('\u200B'), `${at} field ${f} name is blank`);
      check(field.value.trim() !== '' || field.value.includes('\u200B'), `${at} field ${f} value is blank`);
    });
    total +=
      len(embed.title) +
      len(embed.description) +
      len(embed.footer?.text) +
      len(embed.author?.name) +
      fields.reduce((sum, field) => sum + len(field.name) + len(field.value), 0);
  });
  check(total <= DISCORD_LIMITS.embedTotal, `embeds total ${total} > ${DISCORD_LIMITS.embedTotal}`);

  const rows = payload.components ?? [];
  check(rows.length <= DISCORD_LIMITS.actionRows, `${rows.length} action rows > ${DISCORD_LIMITS.actionRows}`);
  const ids = new Set<string>();
  rows.forEach((row, r) => {
    const components = (row as { components?: unknown[] }).components ?? [];
    check(
      components.length >= 1 && components.length <= DISCORD_LIMITS.buttonsPerRow,
      `row ${r} has ${components.length} components (1–${DISCORD_LIMITS.buttonsPerRow})`,
    );
    components.forEach((component, c) => {
      const button = component as { custom_id?: string; label?: string; url?: string };
      const at = `row ${r} button ${c}`;
      if (button.url === undefined) {
        const id = button.custom_id ?? '';
        check(
          id.length >= 1 && id.length <= DISCORD_LIMITS.customId,
          `${at} custom_id length ${id.length} not in 1–${DISCORD_LIMITS.customId}`,
        );
        check(!ids.has(id), `${at} custom_id ${JSON.stringify(id)} repeated in one message`);
        ids.add(id);
      }
      check(
        len(button.label) <= DISCORD_LIMITS.buttonLabel,
        `${at} label ${len(button.label)} > ${DISCORD_LIMITS.buttonLabel}`,
      );
    });
  });
  const mentions = payload.allowed_mentions;
  check(
    Array.isArray(mentions?.parse) && mentions.parse.length === 0,
    `allowed_mentions.parse must be [] (got ${JSON.stringify(mentions)})`,
  );
  check(
    (mentions?.users ?? []).length === 0 && (mentions?.roles ?? []).length === 0,
    'allowed_mentions lists users or roles',
  );
  return out;
}

/** Autocomplete choices against Discord's limits: ≤ 25, name 1–100, value ≤ 100 (a string), plus the schema. */
export function autocompleteViolations(choices: unknown): string[] {
  if (!Array.isArray(choices)) return [`choices is not an array: ${typeof choices}`];
  const out: string[] = [];
  if (choices.length > DISCORD_LIMITS.autocompleteChoices)
    out.push(`${choices.length} choices > ${DISCORD_LIMITS.autocompleteChoices}`);
  choices.forEach((choice: { name?: unknown; value?: unknown }, i) => {
    if (typeof choice?.name !== 'string' || choice.name.length < 1 || choice.name.length > DISCORD_LIMITS.choiceName) {
      out.push(`choice ${i} name ${JSON.stringify(choice?.name)} not 1–${DISCORD_LIMITS.choiceName} chars`);
    }
    if (typeof choice?.value !== 'string' || choice.value.length > DISCORD_LIMITS.choiceValue) {
      out.push(
        `choice ${i} value not a string of ≤ ${DISCORD_LIMITS.choiceValue} chars (length ${String((choice?.value as string | undefined)?.length)})`,
      );
    }
  });
  return [...out, ...autocompleteSchemaViolations(choices)];
}

/** Every text of a message a user sees: content, embed title/description/fields/footer/author, button labels. */
export function visibleTexts(payload: APIInteractionResponseCallbackData): string[] {
  const texts: string[] = [];
  if (payload.content) texts.push(payload.content);
  for (const embed of payload.embeds ?? []) {
    for (const text of [embed.title, embed.description, embed.footer?.text, embed.author?.name])
      if (text) texts.push(text);
    for (const field of embed.fields ?? []) texts.push(field.name, field.value);
  }
  for (const row of payload.components ?? []) {
    for (const component of (row as { components?: Array<{ label?: string }> }).components ?? [])
      if (component.label) texts.push(component.label);
  }
  return texts;
}

/**
 * Pings and hostile characters anywhere in the message: "@everyone"/"@here" without a zero-width break, any
 * "<@", "<@&", "<#" mention sequence, NUL and other C0 controls (other than line breaks and tabs), and bidi
 * overrides or isolates that could disguise text.
 */
export function pingViolations(payload: APIInteractionResponseCallbackData): string[] {
  const out: string[] = [];
  for (const text of visibleTexts(payload)) {
    const show = (index: number) => JSON.stringify(text.slice(Math.max(0, index - 20), index + 20));
    for (const match of text.matchAll(/@(everyone|here)/gi)) out.push(`unbroken @${match[1]} at ${show(match.index)}`);
    for (const match of text.matchAll(/<(@&?|#)/g)) out.push(`mention sequence "${match[0]}" at ${show(match.index)}`);
    for (const match of text.matchAll(/[\u0000-\u0008\u000B-\u001F\u007F]/g))
      out.push(`control character U+${match[0].charCodeAt(0).toString(16).padStart(4, '0')} at ${show(match.index)}`);
    for (const match of text.matchAll(/[\u202A-\u202E\u2066-\u2069]/g))
      out.push(`bidi control U+${match[0].charCodeAt(0).toString(16)} at ${show(match.index)}`);
  }
  return out;
}

/** Markdown that works only at the start of a line: quotes, headings, subtext, lists. */
const BLOCK_MARKUP = /^(>>>|>|#{1,3}|-#|[-*+]|\d+\.)\s/;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * User markup that must never reach Discord as typed: an inline fragment (e.g. "**zqab**", "||zqab||", a masked
 * link) found verbatim in a visible text, or a block fragment ("> zqab", "# zqab") found at the start of a line,
 * was not escaped. White space inside a fragment may have been collapsed, so that form is checked too. Fragments
 * carry a nonce word no bot text contains, so a match can only come from the user's input.
 */
export function unescapedMarkupViolations(
  payload: APIInteractionResponseCallbackData,
  fragments: readonly string[],
): string[] {
  const out: string[] = [];
  const texts = visibleTexts(payload);
  for (const fragment of new Set(fragments)) {
    if (fragment.trim().length < 3) continue;
    for (const form of new Set([fragment, fragment.replace(/\s+/g, ' ')])) {
      const pattern = BLOCK_MARKUP.test(form) ? new RegExp(`(^|\\n)[ \\t]*${escapeRegExp(form)}`) : undefined;
      for (const text of texts) {
        if (pattern ? pattern.test(text) : text.includes(form))
          out.push(`user markup shown unescaped: ${JSON.stringify(form)} in ${JSON.stringify(text.slice(0, 200))}`);
      }
    }
  }
  return out;
}

/** All checks of a rendered message together. */
export function messageViolations(
  payload: APIInteractionResponseCallbackData,
  userMarkup: readonly string[] = [],
): string[] {
  return [
    ...limitViolations(payload),
    ...schemaViolations(payload),
    ...pingViolations(payload),
    ...unescapedMarkupViolations(payload, userMarkup),
  ];
}

// ---- Building dist/ for tests that spawn the CLI --------------------------------------------------------------

/** Whether a compiled module of the CLI (dist/src, dist/commands) is newer than the bundle's code, or it is missing. */
function bundleIsStale(): boolean {
  const bundled = join(PROJECT_ROOT, 'dist', 'bundle', 'cli-code.cjs');
  if (!existsSync(bundled)) return true;
  const madeAt = statSync(bundled).mtimeMs;
  return ['src', 'commands'].some((part) =>
    readdirSync(join(PROJECT_ROOT, 'dist', part), { recursive: true, encoding: 'utf8' }).some(
      (name) => name.endsWith('.js') && statSync(join(PROJECT_ROOT, 'dist', part, name)).mtimeMs > madeAt,
    ),
  );
}

const BUILD_LOCK = join(PROJECT_ROOT, 'dist', '.test-build-lock');
const TSC = join(PROJECT_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

/**
 * Compiles the project (`tsc`, incremental: about a second when `npm test` has just built it) so tests that spawn
 * dist/src/cli.js run the current sources. A type error elsewhere in the tree does not stop tsc from emitting, so
 * its exit code is not the test's concern; dist/src/cli.js must exist afterwards. Test files building at the same
 * time take turns through a lock folder, and one that waited uses the build just made.
 */
export async function ensureBuilt(timeoutMs = 120_000): Promise<void> {
  mkdirSync(join(PROJECT_ROOT, 'dist'), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  let waited = false;
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      break;
    } catch {
      waited = true;
      // A lock older than the timeout was left by a crashed run.
      const stale = existsSync(BUILD_LOCK) && Date.now() - statSync(BUILD_LOCK).mtimeMs > timeoutMs;
      if (stale || Date.now() > deadline) {
        rmSync(BUILD_LOCK, { recursive: true, force: true });
        continue;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    if (!waited || !existsSync(join(PROJECT_ROOT, 'dist', 'src', 'cli.js'))) {
      spawnSync(process.execPath, [TSC], { cwd: PROJECT_ROOT, stdio: 'ignore', timeout: timeoutMs });
      // `npm run cli` runs the bundle made from what tsc wrote (scripts/bundle-cli.ts): made again when tsc wrote a
      // module after it, so no test runs code older than the sources (and none runs while a current bundle is
      // emptied and made again beside it).
      if (bundleIsStale())
        spawnSync(process.execPath, [join(PROJECT_ROOT, 'dist', 'scripts', 'bundle-cli.js')], {
          cwd: PROJECT_ROOT,
          stdio: 'ignore',
          timeout: timeoutMs,
        });
    }
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
  if (!existsSync(join(PROJECT_ROOT, 'dist', 'src', 'cli.js')))
    throw new Error('dist/src/cli.js is missing after tsc: run npx tsc and read its errors');
  if (!existsSync(join(PROJECT_ROOT, 'dist', 'bundle', 'cli.cjs')))
    throw new Error('dist/bundle/cli.cjs is missing after bundling: run npm run build and read its errors');
}
