/**
 * What Discord checks in a request body, for the stand-in: Discord's own schemas (discord-api-spec's Zod schemas,
 * generated from Discord's OpenAPI spec) plus the limits those schemas do not express (6,000 characters across a
 * message's embeds, blank fields, repeated custom_ids, command-name rules, 8,000 characters per command …).
 *
 * Failures come back as Discord words them: error 50035 "Invalid Form Body" with `errors` nested by field path,
 * each leaf an `_errors` list of {code, message}.
 *
 * The numbers below are copied from ../shared/discord/LIMITS.md on purpose, not imported from src/render/limits.ts:
 * the stand-in must not agree with the bot just because they share a constant.
 */
import { InteractionResponseType } from 'discord-api-types/v10';

/** Discord's limits, independently of the bot's constants. */
export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTotal: 6000,
  actionRows: 5,
  rowComponents: 5,
  customId: 100,
  choices: 25,
  commandName: 32,
  description: 100,
  options: 25,
  commandText: 8000,
  commandsPerBulk: 100,
} as const;

/** Command and option names: Discord's pattern (lower case letters of any script, digits, - _ '). */
const NAME_PATTERN = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

export interface FieldError {
  code: string;
  message: string;
}

/** One problem at a path of the body, e.g. ["data", "embeds", 0, "fields", 1, "value"]. */
export interface Problem {
  path: Array<string | number>;
  error: FieldError;
}

/** Discord's error body for an invalid request. */
export interface InvalidFormBody {
  code: 50035;
  message: 'Invalid Form Body';
  errors: Record<string, unknown>;
}

interface ZodIssue {
  path: PropertyKey[];
  message: string;
  code?: string;
}
interface SafeParser {
  safeParse(value: unknown): { success: boolean; error?: { issues: ZodIssue[] } };
}

/**
 * The schemas this module uses. discord-api-spec ships them without type declarations: loaded by a non-literal
 * specifier.
 */
interface Schemas {
  ApplicationCommandUpdateRequestSchema: SafeParser;
  ApplicationCommandAutocompleteCallbackRequestSchema: SafeParser;
  CreateMessageInteractionCallbackRequestSchema: SafeParser;
  UpdateMessageInteractionCallbackRequestSchema: SafeParser;
  IncomingWebhookUpdateRequestPartialSchema: SafeParser;
  IncomingWebhookRequestPartialSchema: SafeParser;
  ModalInteractionCallbackRequestSchema: SafeParser;
  PongInteractionCallbackRequestSchema: SafeParser;
}
const SPEC_MODULE: string = 'discord-api-spec/zod';
const schemas = (await import(SPEC_MODULE)) as Schemas;

function schemaProblems(parser: SafeParser, body: unknown): Problem[] {
  const result = parser.safeParse(body);
  if (result.success) return [];
  return (result.error?.issues ?? []).map((issue) => ({
    path: issue.path.map((part) => (typeof part === 'number' ? part : String(part))),
    error: { code: `SCHEMA_${(issue.code ?? 'invalid').toUpperCase()}`, message: issue.message },
  }));
}

/** Discord's nested error object from a list of problems. */
export function invalidFormBody(problems: readonly Problem[]): InvalidFormBody {
  const errors: Record<string, unknown> = {};
  for (const { path, error } of problems) {
    let node = errors;
    for (const part of path) {
      const key = String(part);
      node[key] ??= {};
      node = node[key] as Record<string, unknown>;
    }
    ((node._errors ??= []) as FieldError[]).push(error);
  }
  return { code: 50035, message: 'Invalid Form Body', errors };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** Limits of a message body (callback data, webhook edit or follow-up) that the schema does not check. */
export function messageProblems(message: unknown, at: Array<string | number> = []): Problem[] {
  if (!isObject(message)) return [];
  const problems: Problem[] = [];
  const add = (path: Array<string | number>, code: string, msg: string) =>
    problems.push({ path: [...at, ...path], error: { code, message: msg } });
  const embeds = Array.isArray(message.embeds) ? message.embeds : [];
  let total = 0;
  embeds.forEach((embed: unknown, e) => {
    if (!isObject(embed)) return;
    const footer = isObject(embed.footer) ? text(embed.footer.text) : '';
    const author = isObject(embed.author) ? text(embed.author.name) : '';
    const fields = Array.isArray(embed.fields) ? embed.fields : [];
    total += text(embed.title).length + text(embed.description).length + footer.length + author.length;
    fields.forEach((field: unknown, f) => {
      if (!isObject(field)) return;
      total += text(field.name).length + text(field.value).length;
      if (text(field.name).trim() === '')
        add(['embeds', e, 'fields', f, 'name'], 'BASE_TYPE_REQUIRED', 'This field is required');
      if (text(field.value).trim() === '')
        add(['embeds', e, 'fields', f, 'value'], 'BASE_TYPE_REQUIRED', 'This field is required');
    });
    const empty =
      !embed.title &&
      !embed.description &&
      fields.length === 0 &&
      !footer &&
      !author &&
      !embed.image &&
      !embed.thumbnail;
    if (empty)
      add(
        ['embeds', e],
        'EMBED_EMPTY',
        'Embed must have at least one of title, description, fields, footer, author, image or thumbnail',
      );
  });
  if (total > LIMITS.embedTotal)
    add(['embeds'], 'MAX_EMBED_SIZE_EXCEEDED', `Embed size exceeds maximum size of ${LIMITS.embedTotal}`);
  const ids = new Set<string>();
  const rows = Array.isArray(message.components) ? message.components : [];
  rows.forEach((row: unknown, r) => {
    const components = isObject(row) && Array.isArray(row.components) ? row.components : [];
    components.forEach((component: unknown, c) => {
      if (!isObject(component) || typeof component.custom_id !== 'string') return;
      if (ids.has(component.custom_id))
        add(
          ['components', r, 'components', c, 'custom_id'],
          'COMPONENT_CUSTOM_ID_DUPLICATED',
          'Component custom id cannot be duplicated',
        );
      ids.add(component.custom_id);
    });
  });
  return problems;
}

/** Whether a message body would show nothing (Discord: 50006 Cannot send an empty message). */
export function isEmptyMessage(message: unknown): boolean {
  if (!isObject(message)) return true;
  const has = (key: string) =>
    Array.isArray(message[key]) ? (message[key] as unknown[]).length > 0 : Boolean(message[key]);
  return (
    !has('content') &&
    !has('embeds') &&
    !has('components') &&
    !has('attachments') &&
    !has('poll') &&
    !has('sticker_ids')
  );
}

/** Problems of an interaction callback body, by its type. */
export function callbackProblems(body: unknown): Problem[] {
  if (!isObject(body) || typeof body.type !== 'number')
    return [{ path: ['type'], error: { code: 'BASE_TYPE_REQUIRED', message: 'This field is required' } }];
  switch (body.type as InteractionResponseType) {
    case InteractionResponseType.ChannelMessageWithSource:
    case InteractionResponseType.DeferredChannelMessageWithSource: {
      const problems = schemaProblems(schemas.CreateMessageInteractionCallbackRequestSchema, body);
      return [...problems, ...messageProblems(body.data, ['data'])];
    }
    case InteractionResponseType.DeferredMessageUpdate:
    case InteractionResponseType.UpdateMessage:
      return [
        ...schemaProblems(schemas.UpdateMessageInteractionCallbackRequestSchema, body),
        ...messageProblems(body.data, ['data']),
      ];
    case InteractionResponseType.ApplicationCommandAutocompleteResult:
      return schemaProblems(schemas.ApplicationCommandAutocompleteCallbackRequestSchema, body);
    case InteractionResponseType.Modal:
      return schemaProblems(schemas.ModalInteractionCallbackRequestSchema, body);
    case InteractionResponseType.Pong:
      return schemaProblems(schemas.PongInteractionCallbackRequestSchema, body);
    default:
      return [
        {
          path: ['type'],
          error: { code: 'BASE_TYPE_CHOICES', message: `Value must be one of (1, 4, 5, 6, 7, 8, 9, 10, 12).` },
        },
      ];
  }
}

/** Problems of a webhook message edit (PATCH …/messages/@original). */
export function webhookEditProblems(body: unknown): Problem[] {
  return [...schemaProblems(schemas.IncomingWebhookUpdateRequestPartialSchema, body), ...messageProblems(body)];
}

/** Problems of a follow-up message (POST /webhooks/{app}/{token}). */
export function followUpProblems(body: unknown): Problem[] {
  return [...schemaProblems(schemas.IncomingWebhookRequestPartialSchema, body), ...messageProblems(body)];
}

/** Every localized value of a `*_localizations` map. */
function localized(value: unknown): string[] {
  return isObject(value) ? Object.values(value).map(text) : [];
}

/** Characters of a command that count towards its 8,000: names, descriptions, choices, in every locale. */
function commandText(command: Record<string, unknown>): number {
  let sum = text(command.name).length + text(command.description).length;
  sum += [...localized(command.name_localizations), ...localized(command.description_localizations)].reduce(
    (a, b) => a + b.length,
    0,
  );
  for (const option of Array.isArray(command.options) ? command.options : []) {
    if (!isObject(option)) continue;
    sum += commandText(option);
    for (const choice of Array.isArray(option.choices) ? option.choices : []) {
      if (!isObject(choice)) continue;
      sum +=
        text(choice.name).length +
        (typeof choice.value === 'number' ? String(choice.value) : text(choice.value)).length +
        localized(choice.name_localizations).reduce((a, b) => a + b.length, 0);
    }
  }
  return sum;
}

function nameProblems(value: unknown, path: Array<string | number>): Problem[] {
  const name = text(value);
  if (!NAME_PATTERN.test(name))
    return [{ path, error: { code: 'APPLICATION_COMMAND_INVALID_NAME', message: 'Command name is invalid' } }];
  if (name !== name.toLowerCase())
    return [{ path, error: { code: 'APPLICATION_COMMAND_INVALID_NAME', message: 'Command name must be lower case' } }];
  return [];
}

function descriptionProblems(value: unknown, path: Array<string | number>): Problem[] {
  const length = text(value).length;
  return length >= 1 && length <= LIMITS.description
    ? []
    : [
        {
          path,
          error: { code: 'BASE_TYPE_BAD_LENGTH', message: `Must be between 1 and ${LIMITS.description} in length.` },
        },
      ];
}

/** Rules of one command or option the schema does not check. */
function definitionProblems(item: Record<string, unknown>, at: Array<string | number>, isOption: boolean): Problem[] {
  const problems: Problem[] = [
    ...nameProblems(item.name, [...at, 'name']),
    ...descriptionProblems(item.description, [...at, 'description']),
  ];
  for (const [locale, name] of Object.entries(isObject(item.name_localizations) ? item.name_localizations : {}))
    problems.push(...nameProblems(name, [...at, 'name_localizations', locale]));
  for (const [locale, description] of Object.entries(
    isObject(item.description_localizations) ? item.description_localizations : {},
  )) {
    problems.push(...descriptionProblems(description, [...at, 'description_localizations', locale]));
  }
  if (isOption) {
    const choices = Array.isArray(item.choices) ? item.choices : [];
    if (item.autocomplete === true && choices.length > 0) {
      problems.push({
        path: [...at, 'autocomplete'],
        error: {
          code: 'APPLICATION_COMMAND_OPTION_AUTOCOMPLETE_AND_CHOICES',
          message: 'Autocomplete and choices are mutually exclusive',
        },
      });
    }
    if (choices.length > LIMITS.choices)
      problems.push({
        path: [...at, 'choices'],
        error: { code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${LIMITS.choices} or fewer in length.` },
      });
  }
  const options = Array.isArray(item.options) ? item.options : [];
  if (options.length > LIMITS.options)
    problems.push({
      path: [...at, 'options'],
      error: { code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${LIMITS.options} or fewer in length.` },
    });
  const names = new Set<string>();
  let optionalSeen = false;
  options.forEach((option: unknown, i) => {
    if (!isObject(option)) return;
    problems.push(...definitionProblems(option, [...at, 'options', i], true));
    const name = text(option.name);
    if (names.has(name))
      problems.push({
        path: [...at, 'options', i, 'name'],
        error: { code: 'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS', message: 'Option names must be unique' },
      });
    names.add(name);
    if (option.required === true && optionalSeen) {
      problems.push({
        path: [...at, 'options', i, 'required'],
        error: {
          code: 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
          message: 'Required options must be placed before non-required options',
        },
      });
    }
    if (option.required !== true) optionalSeen = true;
  });
  return problems;
}

/** Problems of a bulk-overwrite body (PUT …/commands). */
export function commandsProblems(body: unknown): Problem[] {
  if (!Array.isArray(body)) return [{ path: [], error: { code: 'BASE_TYPE_ARRAY', message: 'Must be an array.' } }];
  const problems: Problem[] = [];
  if (body.length > LIMITS.commandsPerBulk)
    problems.push({
      path: [],
      error: { code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${LIMITS.commandsPerBulk} or fewer in length.` },
    });
  const names = new Set<string>();
  body.forEach((command: unknown, i) => {
    problems.push(
      ...schemaProblems(schemas.ApplicationCommandUpdateRequestSchema, command).map((p) => ({
        ...p,
        path: [i, ...p.path],
      })),
    );
    if (!isObject(command)) return;
    problems.push(...definitionProblems(command, [i], false));
    if (commandText(command) > LIMITS.commandText)
      problems.push({
        path: [i],
        error: {
          code: 'APPLICATION_COMMAND_TOO_LARGE',
          message: `Command exceeds maximum size (${LIMITS.commandText})`,
        },
      });
    const key = `${typeof command.type === 'number' ? command.type : 1}:${text(command.name)}`;
    if (names.has(key))
      problems.push({
        path: [i, 'name'],
        error: { code: 'APPLICATION_COMMANDS_DUPLICATE_NAME', message: 'Application command names must be unique' },
      });
    names.add(key);
  });
  return problems;
}
