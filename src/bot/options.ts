/**
 * Reads a slash command's options from an interaction, checked against the command's own definition.
 *
 * Discord sends options as the definition registered with it says. When they disagree — the commands were
 * changed but `npm run deploy-commands` was not run again, or a payload is malformed — the reader throws an
 * {@link InteractionShapeError}: the router turns it into the usual apology with an error id, and the log line
 * names the option, so the operator knows to redeploy. Guessing a value instead would answer a different
 * question than the one asked.
 */
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { isOptionValue, type CommandDefinition, type OptionValue, type OptionValues } from '../../commands/command.js';

/** An interaction whose data does not match the command's definition. */
export class InteractionShapeError extends Error {
  override readonly name = 'InteractionShapeError';
}

/** An option type's name for a log line ("integer"). */
function typeName(type: ApplicationCommandOptionType): string {
  return (ApplicationCommandOptionType[type] as string | undefined)?.toLowerCase() ?? String(type);
}

/** One option as it arrives: loosely typed on purpose, since this is where its shape is checked. */
interface RawOption {
  name?: unknown;
  type?: unknown;
  value?: unknown;
  focused?: unknown;
}

function rawOptions(options: unknown): RawOption[] {
  if (options === undefined || options === null) return [];
  if (!Array.isArray(options)) throw new InteractionShapeError(`options is ${typeof options}, not a list`);
  return options.map((option: unknown, i) => {
    if (typeof option !== 'object' || option === null) throw new InteractionShapeError(`option ${i} is not an object`);
    return option;
  });
}

function checkedValue(name: string, expected: ApplicationCommandOptionType, option: RawOption): OptionValue {
  const { value } = option;
  if (option.type !== expected) {
    throw new InteractionShapeError(
      `option "${name}" arrived as type ${String(option.type)}, the definition says ${typeName(expected)}: ` +
        'run npm run deploy-commands',
    );
  }
  if (isOptionValue(value, expected)) return value;
  throw new InteractionShapeError(
    `option "${name}" has a ${typeof value} value, the definition says ${typeName(expected)}`,
  );
}

function definedTypes(definition: CommandDefinition): Map<string, ApplicationCommandOptionType> {
  return new Map((definition.options ?? []).map((option) => [option.name, option.type]));
}

/** The options of a slash command invocation by name, each checked against `definition`. */
export function readCommandOptions(definition: CommandDefinition, options: unknown): OptionValues {
  const types = definedTypes(definition);
  const values: Record<string, OptionValue> = {};
  for (const option of rawOptions(options)) {
    const name = String(option.name);
    const expected = types.get(name);
    if (expected === undefined)
      throw new InteractionShapeError(
        `/${definition.name} has no option "${name.slice(0, 32)}": run npm run deploy-commands`,
      );
    values[name] = checkedValue(name, expected, option);
  }
  return values;
}

/**
 * The option the user is typing in, for autocomplete: its name and the text typed so far. Discord sends the
 * partial text as a string whatever the option's type; anything else is read as empty.
 */
export function readFocusedOption(
  definition: CommandDefinition,
  options: unknown,
): { name: string; value: string } | undefined {
  const types = definedTypes(definition);
  for (const option of rawOptions(options)) {
    if (option.focused !== true) continue;
    const name = String(option.name);
    if (!types.has(name)) return undefined;
    const value = typeof option.value === 'string' || typeof option.value === 'number' ? String(option.value) : '';
    return { name, value };
  }
  return undefined;
}
