/** One line per command for /help, by language. */
import type { Lang } from '../src/reply/model.js';

export const COMMAND_SUMMARIES: Record<Lang, string[]> = {
  en: [
    '/ask question — cited passages of the article that answer it',
    '/position party — Peru’s, Mexico’s or Betssy Chávez’s position, every claim cited',
    '/compare [topic] — where the two governments disagree',
    '/timeline — dated events, December 2022 to the rupture',
    '/quote [speaker] — who said what, verbatim',
    '/source [paragraph] — the article, how to cite it, or one paragraph in full',
    '/help — this message',
  ],
  es: [
    '/ask question — cited passages of the article that answer it',
    '/position party — Peru’s, Mexico’s or Betssy Chávez’s position, every claim cited',
    '/compare [topic] — where the two governments disagree',
    '/timeline — dated events, December 2022 to the rupture',
    '/quote [speaker] — who said what, verbatim',
    '/source [paragraph] — the article, how to cite it, or one paragraph in full',
    '/help — this message',
  ],
};
