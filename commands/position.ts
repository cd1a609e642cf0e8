/**
 * /position party — one party's position (Peru's government, Mexico's government or Betssy Chávez): a one-line
 * stance and 4–8 claims, each in our own words as that party's view, each with the ¶ numbers and the article's
 * words that support it. The text comes from corpus/content/positions.json, checked at start-up.
 *
 * JSON (`cli position --json <party>`), exactly:
 *   {"party": string, "title": string, "stance": string,
 *    "claims": [{"text": string, "citations": [{"paragraph": number, "quote": string}]}]}
 * Texts are in the requested language (--lang); quotes are the article's English. An unknown party gives
 *   {"error": string, "valid": string[]}   (valid party ids).
 */
import type { APIApplicationCommandOptionChoice } from 'discord-api-types/v10';
import type { AppContext } from '../src/context.js';
import { CONTENT_FILES } from '../src/content/files.js';
import { readCorpusFile } from '../src/corpus/load.js';
import { SPANISH_LOCALES } from '../src/i18n/commands.js';
import { corpusDir } from '../src/paths.js';
import { shorten } from '../src/render/markdown.js';
import { DISCORD_LIMITS } from '../src/reply/limits.js';
import { citationJson } from '../src/content/format.js';
import { findItems } from '../src/content/match.js';
import type { Party } from '../src/content/types.js';
import { t } from '../src/i18n/index.js';
import { noticeReply, type Lang, type Reply } from '../src/reply/model.js';
import { defineCommand, PRIVATE_OPTION, OptionType } from './command.js';
import { positionReply } from './position-reply.js';

/**
 * The parties of corpus/content/positions.json as Discord choices: each party's title, in English and for Spanish
 * clients in Spanish, its id as the value. Read when the command is defined, so a teacher who edits the file
 * edits nothing else; a file that cannot be read gives no choices here, and start-up reports it with the fix.
 */
function partyChoices(): APIApplicationCommandOptionChoice<string>[] {
  try {
    return partyTitles(readCorpusFile(corpusDir(), CONTENT_FILES.positions)).map(({ id, title }) => {
      const spanish = shorten(title.es, DISCORD_LIMITS.choiceName);
      return {
        name: shorten(title.en, DISCORD_LIMITS.choiceName),
        name_localizations: Object.fromEntries(SPANISH_LOCALES.map((locale) => [locale, spanish])),
        value: id,
      };
    });
  } catch {
    return [];
  }
}

/**
 * Each party's id and titles as positions.json writes them. Only these are read here, without the file's schema:
 * defining the commands then needs no schema library, and the whole file is checked at start-up (or by the build).
 */
function partyTitles(text: string): Array<{ id: string; title: { en: string; es: string } }> {
  const { parties } = (JSON.parse(text.replace(/^\uFEFF/, '')) ?? {}) as { parties?: unknown };
  if (!Array.isArray(parties)) return [];
  return parties.flatMap((party: unknown) => {
    const { id, title } = (party ?? {}) as { id?: unknown; title?: { en?: unknown; es?: unknown } };
    return typeof id === 'string' && typeof title?.en === 'string' && typeof title.es === 'string'
      ? [{ id, title: { en: title.en, es: title.es } }]
      : [];
  });
}

/** The /position choices, and the party ids the CLI's usage lists. */
export const PARTY_CHOICES = partyChoices();

/**
 * The party a typed value names: its id (what Discord's choices send) or, in the console and CLI, a name such
 * as "Perú" or "Betssy". Undefined unless exactly one party matches.
 */
export function findParty(value: string, context: AppContext): Party | undefined {
  const { parties } = context.content.positions;
  const { stopWords } = context.corpus;
  // Names first ("Perú" is Peru, though Chávez's title mentions Peru too), then titles ("Jerí", "Sheinbaum").
  const byName = findItems(value, parties, (party) => [party.name.en, party.name.es], stopWords);
  const found =
    byName.length > 0 ? byName : findItems(value, parties, (party) => [party.title.en, party.title.es], stopWords);
  return found.length === 1 ? found[0] : undefined;
}

/** "Peru (peru), Mexico (mexico), Betssy Chávez (chavez)": what a user may type. */
function partyList(lang: Lang, context: AppContext): string {
  return context.content.positions.parties.map((party) => `${party.name[lang]} (${party.id})`).join(', ');
}

function unknownPartyReply(lang: Lang, context: AppContext): Reply {
  return noticeReply(t(lang, 'position.unknown.title'), {
    text: t(lang, 'position.unknown.body', { parties: partyList(lang, context) }),
  });
}

/** The documented JSON shape (see the header). */
export function positionJson(party: Party, lang: Lang) {
  return {
    party: party.id,
    title: party.title[lang],
    stance: party.stance.text[lang],
    claims: party.claims.map((claim) => ({ text: claim.text[lang], citations: claim.citations.map(citationJson) })),
  };
}

export const position = defineCommand({
  definition: {
    name: 'position',
    description: 'One side’s position in the dispute, every claim cited to the article',
    options: [
      {
        type: OptionType.String,
        name: 'party',
        description: 'Whose position',
        required: true,
        choices: PARTY_CHOICES,
      },
      PRIVATE_OPTION,
    ],
  },

  handle({ options, lang }, context) {
    const party = findParty(options.party, context);
    return party ? positionReply(party, lang, context) : unknownPartyReply(lang, context);
  },

  button(args, lang, context) {
    const party = findParty(args[0] ?? '', context);
    return party ? positionReply(party, lang, context) : unknownPartyReply(lang, context);
  },

  json({ options, lang }, context) {
    const party = findParty(options.party, context);
    if (!party)
      return {
        error: t(lang, 'position.unknown.body', { parties: partyList(lang, context) }),
        valid: context.content.positions.parties.map((p) => p.id),
      };
    return positionJson(party, lang);
  },
});
