/**
 * The calendar's words, English and Spanish, in one place: months by name (and their usual abbreviations) and years
 * as digits. The search reads them to find dates asked for and given (evidence.ts, before-date.ts), to weigh a year
 * as a setting (word-weight.ts, engine.ts) and to keep a month out of the names it suggests (suggest.ts).
 */

/** One month's names, folded: the English, the Spanish (every spelling in use) and their usual abbreviations. */
export interface MonthNames {
  english: string;
  spanish: readonly string[];
  /** The English abbreviations ("nov", "sept"). */
  short: readonly string[];
  /** The Spanish abbreviations the English do not write already ("dic", "set"). */
  shortSpanish: readonly string[];
}

/** The months from January, each by its names. A closed class: no word list beyond these twelve. */
export const MONTH_NAMES: ReadonlyArray<MonthNames> = [
  { english: 'january', spanish: ['enero'], short: ['jan'], shortSpanish: ['ene'] },
  { english: 'february', spanish: ['febrero'], short: ['feb'], shortSpanish: [] },
  { english: 'march', spanish: ['marzo'], short: ['mar'], shortSpanish: [] },
  { english: 'april', spanish: ['abril'], short: ['apr'], shortSpanish: ['abr'] },
  { english: 'may', spanish: ['mayo'], short: [], shortSpanish: [] },
  { english: 'june', spanish: ['junio'], short: ['jun'], shortSpanish: [] },
  { english: 'july', spanish: ['julio'], short: ['jul'], shortSpanish: [] },
  { english: 'august', spanish: ['agosto'], short: ['aug'], shortSpanish: ['ago'] },
  { english: 'september', spanish: ['septiembre', 'setiembre'], short: ['sep', 'sept'], shortSpanish: ['set'] },
  { english: 'october', spanish: ['octubre'], short: ['oct'], shortSpanish: [] },
  { english: 'november', spanish: ['noviembre'], short: ['nov'], shortSpanish: [] },
  { english: 'december', spanish: ['diciembre'], short: ['dec'], shortSpanish: ['dic'] },
];

/**
 * Every month's full names, English and Spanish: abbreviations are left out, as "mar" (the sea) and "set" are words
 * of their own.
 */
const FULL_MONTH_NAMES: ReadonlySet<string> = new Set(
  MONTH_NAMES.flatMap((month) => [month.english, ...month.spanish]),
);

/** Whether a folded word is a month's full name, in English or Spanish ("november", "diciembre"). */
export function isMonth(folded: string): boolean {
  return FULL_MONTH_NAMES.has(folded);
}

/**
 * Whether a word as the articles write it names a month: English capitalises its months, so a lowercase "may",
 * "march" or "august" is a word of its own ("the impact may be limited"); Spanish writes its months lowercase.
 */
export function isWrittenMonth(raw: string, folded: string): boolean {
  if (!isMonth(folded)) return false;
  return /^\p{Lu}/u.test(raw) || !MONTH_NAMES.some((month) => month.english === folded);
}

/**
 * Whether folded words give a day written "YYYY-MM-DD" (an article's publication date) as prose does, in English or
 * Spanish: its day, its month's name and its year ("november 4 2025", "4 de noviembre de 2025").
 */
export function givesDate(words: readonly string[], isoDate: string): boolean {
  const [year, month, day] = isoDate.split('-').map(Number);
  const names = MONTH_NAMES[month! - 1];
  if (!names || year === undefined || day === undefined) return false;
  return (
    words.includes(String(year)) &&
    words.includes(String(day)) &&
    words.some((word) => word === names.english || names.spanish.includes(word))
  );
}

/** A year, as a question or the articles write it ("2025"): a whole word of four digits from 1800 to 2099. */
export const YEAR = /^(?:1[89]|20)\d\d$/;
