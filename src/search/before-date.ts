/**
 * "Before <date>" in a question ("tensions before November 2025", "antes de noviembre de 2025"): the date bounds the
 * time asked about rather than names its topic. A paragraph that tells of something earlier answers; the one that
 * gives the date itself is what the question looks past.
 */
import { MONTH_NAMES } from '../text/calendar.js';
import { foldText } from '../text/fold.js';

/** A month of a year; month 0 when only the year is given. */
export interface CalendarPoint {
  year: number;
  month: number;
}

/** The bound a question sets, and its folded words (which frame the question, not name its topic). */
export interface BeforeDate {
  point: CalendarPoint;
  words: string[];
}

/** Each month's number by its names and their usual abbreviations ("nov 2025", "dic. 2022"), English and Spanish. */
const MONTH_NUMBER = new Map(
  MONTH_NAMES.flatMap((month, i) =>
    [month.english, ...month.spanish, ...month.short, ...month.shortSpanish].map((name) => [name, i + 1] as const),
  ),
);
const MONTH = [...MONTH_NUMBER.keys()].join('|');
/** A month (and day) with its year: "December 2022", "November 4, 2025", "4 de noviembre de 2025", "2022". */
const DATE = new RegExp(`\\b(?:(?:(${MONTH})\\.?\\s+(?:\\d{1,2},?\\s+)?(?:de\\s+|of\\s+)?)?((?:19|20)\\d\\d))\\b`, 'g');
const BEFORE = new RegExp(
  `\\b(?:before|prior to|earlier than|antes de|antes del|previo a|previos a|anterior a|anteriores a|(predates?|predated|predating|antedates?|antedated|precedes?|preceded|preceding|anteceden? a|preceden? a))\\s+(?:the\\s+|el\\s+|la\\s+)?(?:\\d{1,2}\\s+(?:de\\s+)?)?(?:(${MONTH})\\.?\\s+(?:\\d{1,2},?\\s+)?(?:de\\s+|of\\s+)?)?((?:19|20)\\d\\d)\\b`,
);

/** The date a question asks before ("before", "prior to", "predates", "antes de" …), or undefined. */
export function beforeDateOf(question: string): BeforeDate | undefined {
  const match = BEFORE.exec(foldText(question));
  if (!match) return undefined;
  const month = match[2] === undefined ? 0 : MONTH_NUMBER.get(match[2])!;
  // A verb meaning "come before" ("the tensions predate November 2025") frames the question as "before" does.
  const verb = match[1]?.split(' ')[0];
  return {
    point: { year: Number(match[3]), month },
    words: [verb, match[2], match[3]].filter((w) => w !== undefined),
  };
}

/** Every month or year a text gives. */
export function datesIn(text: string): CalendarPoint[] {
  const points: CalendarPoint[] = [];
  for (const match of foldText(text).matchAll(DATE)) {
    points.push({ year: Number(match[2]), month: match[1] === undefined ? 0 : MONTH_NUMBER.get(match[1])! });
  }
  return points;
}

/** Whether `a` is surely earlier than `b`: an earlier year, or an earlier month of the same year. */
export function isEarlier(a: CalendarPoint, b: CalendarPoint): boolean {
  return a.year < b.year || (a.year === b.year && a.month > 0 && b.month > 0 && a.month < b.month);
}
