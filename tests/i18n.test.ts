import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../commands/index.js';
import { SPANISH_LOCALES, canonicalCommandName, localizedCommandName } from '../src/i18n/commands.js';
import { longDate } from '../src/i18n/dates.js';
import { catalogs, langFromLocale, t } from '../src/i18n/index.js';

/** Discord's naming rule for commands and options (checked lower case below). */
const NAME_RULE = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('interface strings', () => {
  it('has every key in both languages, with the same placeholders, none empty', () => {
    expect(Object.keys(catalogs.es).sort()).toEqual(Object.keys(catalogs.en).sort());
    for (const key of Object.keys(catalogs.en) as Array<keyof typeof catalogs.en>) {
      expect(catalogs.es[key].trim(), key).not.toBe('');
      expect(placeholders(catalogs.es[key]), key).toEqual(placeholders(catalogs.en[key]));
    }
  });

  it('follows the Discord locale: Spanish for es-ES and es-419, English otherwise', () => {
    expect(langFromLocale('es-ES')).toBe('es');
    expect(langFromLocale('es-419')).toBe('es');
    for (const locale of ['en-US', 'en-GB', 'pt-BR', 'fr', undefined, null, ''])
      expect(langFromLocale(locale)).toBe('en');
    expect(t('es', 'cooldown.body', { seconds: 4 })).toBe(
      'Estás enviando solicitudes muy rápido: vuelve a intentarlo en 4 s.',
    );
  });
});

describe('command localizations', () => {
  it('gives every command, option and choice a Spanish name and description for es-ES and es-419, within Discord rules', () => {
    for (const { definition } of COMMANDS) {
      for (const locale of SPANISH_LOCALES) {
        const name = definition.name_localizations?.[locale];
        const description = definition.description_localizations?.[locale];
        expect(name, `${definition.name} ${locale}`).toMatch(NAME_RULE);
        expect(name).toBe(name?.toLowerCase());
        expect(description?.length, `${definition.name} description`).toBeGreaterThan(0);
        expect(description!.length).toBeLessThanOrEqual(100);
        for (const option of definition.options ?? []) {
          const optionName = option.name_localizations?.[locale];
          expect(optionName, `${definition.name}.${option.name}`).toMatch(NAME_RULE);
          expect(optionName).toBe(optionName?.toLowerCase());
          expect(
            option.description_localizations?.[locale]?.length ?? 0,
            `${definition.name}.${option.name}`,
          ).toBeGreaterThan(0);
          expect(option.description_localizations![locale]!.length).toBeLessThanOrEqual(100);
          const choices = 'choices' in option ? (option.choices ?? []) : [];
          for (const choice of choices as Array<{ name: string; name_localizations?: Record<string, string> }>) {
            expect(
              choice.name_localizations?.[locale]?.length ?? 0,
              `${definition.name}.${option.name} choice ${choice.name}`,
            ).toBeGreaterThan(0);
            expect(choice.name_localizations![locale]!.length).toBeLessThanOrEqual(100);
          }
        }
      }
    }
  });

  it('gives each command a distinct Spanish name', () => {
    const names = COMMANDS.map(({ definition }) => definition.name_localizations?.['es-419']);
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives the options of a command distinct Spanish names, and the choices of an option distinct Spanish labels', () => {
    for (const { definition } of COMMANDS) {
      for (const locale of SPANISH_LOCALES) {
        const options = (definition.options ?? []).map((option) => option.name_localizations?.[locale]);
        expect(new Set(options).size, `${definition.name} ${locale}`).toBe(options.length);
        for (const option of definition.options ?? []) {
          const choices = ('choices' in option ? (option.choices ?? []) : []) as Array<{
            name_localizations?: Record<string, string>;
          }>;
          const labels = choices.map((choice) => choice.name_localizations?.[locale]);
          expect(new Set(labels).size, `${definition.name}.${option.name} ${locale}`).toBe(labels.length);
        }
      }
    }
  });

  it('maps every Spanish command name back to the English one Discord sends, and shows Spanish names to Spanish users only', () => {
    for (const { definition } of COMMANDS) {
      const spanish = definition.name_localizations!['es-ES']!;
      expect(canonicalCommandName(spanish)).toBe(definition.name);
      expect(canonicalCommandName(definition.name)).toBe(definition.name);
      expect(localizedCommandName(definition.name, 'es')).toBe(spanish);
      expect(localizedCommandName(definition.name, 'en')).toBe(definition.name);
    }
  });
});

describe('longDate', () => {
  it('writes every month of a year as Intl writes it, in both languages', () => {
    for (const lang of ['en', 'es'] as const) {
      const format = new Intl.DateTimeFormat(lang === 'es' ? 'es' : 'en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
      for (let month = 1; month <= 12; month++) {
        const iso = `2025-${String(month).padStart(2, '0')}-0${(month % 9) + 1}`;
        expect(longDate(iso, lang), iso).toBe(format.format(new Date(`${iso}T00:00:00Z`)));
      }
    }
    expect(longDate('2025-11-04', 'es')).toBe('4 de noviembre de 2025');
  });

  it('returns what is not a YYYY-MM-DD date as it is', () => {
    expect(longDate('2025-13-01', 'en')).toBe('2025-13-01');
    expect(longDate('4 Nov', 'es')).toBe('4 Nov');
  });
});
