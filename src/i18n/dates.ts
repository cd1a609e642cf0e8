/**
 * Dates written out in each interface language. By hand rather than with Intl.DateTimeFormat: making a format loads
 * the locale's data, some 20 ms of a process's start-up, for the one pattern the bot writes.
 */
import type { Lang } from '../reply/model.js';

const MONTHS: Record<Lang, readonly string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  es: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
};

/**
 * A YYYY-MM-DD date written out: "4 November 2025", "4 de noviembre de 2025". Anything else is returned as it is
 * (article dates are checked when the corpus loads).
 */
export function longDate(iso: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? MONTHS[lang][Number(match[2]) - 1] : undefined;
  if (!match || month === undefined) return iso;
  const day = Number(match[3]);
  return lang === 'es' ? `${day} de ${month} de ${match[1]}` : `${day} ${month} ${match[1]}`;
}
