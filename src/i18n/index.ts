/** Interface strings by language. Article content is never translated here: it comes from corpus/. */
import type { Lang } from '../reply/model.js';
import { en, type MessageKey } from './en.js';
import { es } from './es.js';

export type { MessageKey };
export type Messages = Record<MessageKey, string>;

/** Catalogs by language; exported for the test that compares their keys and placeholders. */
export const catalogs: Record<Lang, Messages> = { en, es };

/** The string for `key` in `lang`, with `{name}` placeholders replaced by `vars`. */
export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const template = catalogs[lang][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Discord's `interaction.locale` (or a `--lang` flag) to one of our languages: Spanish for es-*, else English. */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && /^es(-|$)/i.test(locale) ? 'es' : 'en';
}
