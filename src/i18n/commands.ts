/**
 * Spanish names and descriptions of the slash commands, their options and choices, registered as
 * `name_localizations` / `description_localizations` for both Spanish locales Discord has. A Spanish-speaking
 * user then sees `/preguntar`, `/postura` … in their client; interactions still arrive with the English names.
 * Names follow Discord's rules (lower case, ≤ 32 characters, no spaces); descriptions ≤ 100 characters.
 */
import type { CommandDefinition } from '../../commands/command.js';

/** Discord locales that get the Spanish interface. */
export const SPANISH_LOCALES = ['es-ES', 'es-419'] as const;

interface OptionLocalization {
  name: string;
  description: string;
  /** Choice value → Spanish choice name, for choices fixed in code (a choice may also bring its own). */
  choices?: Record<string, string>;
}

interface CommandLocalization {
  name: string;
  description: string;
  options: Record<string, OptionLocalization>;
}

const PRIVATE: OptionLocalization = {
  name: 'privado',
  description: 'Solo tú ves la respuesta (por defecto la ve todo el canal)',
};

/** Every command takes the `private` option: its localization is added to each command's own options. */
function withPrivateOption(
  commands: Record<string, Omit<CommandLocalization, 'options'> & { options?: Record<string, OptionLocalization> }>,
): Record<string, CommandLocalization> {
  return Object.fromEntries(
    Object.entries(commands).map(([key, command]) => [
      key,
      { ...command, options: { ...command.options, private: PRIVATE } },
    ]),
  );
}

export const COMMANDS_ES = withPrivateOption({
  ask: {
    name: 'preguntar',
    description: 'Pregunta sobre la ruptura México–Perú; recibe pasajes citados del artículo',
    options: { question: { name: 'pregunta', description: 'Tu pregunta, en español o en inglés' } },
  },
  summary: {
    name: 'resumen',
    description: 'El artículo en pocas oraciones, neutral, con cada oración citada',
  },
  position: {
    name: 'postura',
    description: 'La postura de una de las partes, con cada afirmación citada',
    // The parties' Spanish names come with their choices, from positions.json.
    options: { party: { name: 'parte', description: 'De quién es la postura' } },
  },
  compare: {
    name: 'comparar',
    description: 'En qué discrepan los gobiernos del Perú y de México, punto por punto',
    options: { topic: { name: 'tema', description: 'Un punto de desacuerdo (vacío: todos)' } },
  },
  timeline: {
    name: 'cronologia',
    description: 'Los hechos fechados, de diciembre de 2022 a la ruptura',
  },
  quote: {
    name: 'cita',
    description: 'Quién dijo qué: las citas textuales del artículo',
    options: {
      speaker: { name: 'autor', description: 'Quién habla, p. ej. de Zela, Sheinbaum, la SRE (vacío: todos)' },
    },
  },
  define: {
    name: 'definir',
    description: 'Una palabra explicada para estudiantes y cómo la usa el artículo (vacío: el glosario)',
    options: {
      term: { name: 'termino', description: 'La palabra, p. ej. persona non grata, autogolpe, soberanía' },
    },
  },
  quiz: {
    name: 'cuestionario',
    description: 'Una pregunta de opción múltiple para la clase: respuestas privadas, un conteo y la solución',
    options: {
      question: { name: 'pregunta', description: 'Una pregunta del cuestionario (vacío: una al azar)' },
    },
  },
  discuss: {
    name: 'debatir',
    description: 'Preguntas para debatir en clase, neutrales, ligadas a los párrafos y a /comparar',
    options: {
      theme: {
        name: 'tema',
        description: 'Solo las preguntas de un tema',
        choices: {
          causes: 'Causas',
          sides: 'Los argumentos de cada parte',
          law: 'Derecho internacional',
          consequences: 'Consecuencias',
          region: 'La región',
        },
      },
    },
  },
  source: {
    name: 'fuente',
    description: 'El artículo fuente: título, fecha y cómo citarlo, o un párrafo completo',
    options: {
      paragraph: { name: 'parrafo', description: 'Muestra este párrafo (¶N) completo' },
      article: {
        name: 'articulo',
        description: 'Qué artículo, si el bot tiene varios (por defecto, el que citan sus resúmenes)',
      },
    },
  },
  help: {
    name: 'ayuda',
    description: 'Qué responde este bot, sus comandos y preguntas de ejemplo',
  },
});

const both = (value: string) => Object.fromEntries(SPANISH_LOCALES.map((locale) => [locale, value]));

/**
 * The definition with Spanish localizations added. A command, option or choice without a Spanish entry is
 * returned unchanged (tests/i18n.test.ts fails on that).
 */
export function localizeDefinition<D extends CommandDefinition>(definition: D): D {
  const spanish = COMMANDS_ES[definition.name];
  if (!spanish) return definition;
  return {
    ...definition,
    name_localizations: both(spanish.name),
    description_localizations: both(spanish.description),
    options: definition.options?.map((option) => {
      const local = spanish.options[option.name];
      if (!local) return option;
      const localized = {
        ...option,
        name_localizations: both(local.name),
        description_localizations: both(local.description),
      };
      if ('choices' in option && Array.isArray(option.choices)) {
        return {
          ...localized,
          choices: option.choices.map((choice: { name: string; value: string | number }) => {
            const name = local.choices?.[String(choice.value)];
            return name ? { ...choice, name_localizations: both(name) } : choice;
          }),
        } as typeof option;
      }
      return localized;
    }),
  };
}

/** The command's name as a user of `lang` sees it. */
export function localizedCommandName(name: string, lang: 'en' | 'es'): string {
  return lang === 'es' ? (COMMANDS_ES[name]?.name ?? name) : name;
}

/** The English command name for a name typed in either language ("preguntar" → "ask"). */
export function canonicalCommandName(typed: string): string {
  const entry = Object.entries(COMMANDS_ES).find(([, local]) => local.name === typed);
  return entry ? entry[0] : typed;
}
