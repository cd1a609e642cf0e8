/**
 * End to end, in Spanish (issue 6): the real bot process (`node dist/src/main.js`) against the Discord stand-in,
 * as tests/e2e-bot.test.ts runs it, for users whose Discord client is set to Spanish (es-ES, es-419).
 *
 * - Registration: `npm run deploy-commands` sends every command, option and choice with es-ES and es-419 names
 *   and descriptions, valid under Discord's naming rules.
 * - Interactions: Discord sends the canonical (English) command and option names even when the user typed
 *   /preguntar, plus the user's `locale`; every answer must then be in Spanish: specific strings of
 *   src/i18n/es.ts, and no English chrome (tests/ui-language.ts), for each command, a button press, the cooldown
 *   notice, the error apology and private: true with its Share button.
 */
import type { APIApplicationCommand, APIInteractionResponseCallbackData } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../commands/index.js';
import { COMMANDS_ES, SPANISH_LOCALES } from '../src/i18n/commands.js';
import { t } from '../src/i18n/index.js';
import {
  DiscordStandIn,
  GUILD_ID,
  chatInput,
  runDeploy,
  standInEnv,
  type NodeProcess,
  type OptionInput,
  type Sender,
} from './discord-standin/index.js';
import {
  EPHEMERAL,
  buttonsOf,
  embedOf,
  messageOf,
  pressAndAwait,
  sendAndAwait,
  startSession,
  stopSession,
  type Answer,
} from './discord-standin/session.js';
import { realContext } from './helpers.js';
import { messageViolations } from './limits-checker.js';
import { chromeText, languageLeaks, verbatimCount, type Leak } from './ui-language.js';

/** Discord's rule for command, option and choice-free names (and they must be lower case where a script has case). */
const DISCORD_NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

const context = realContext();
let standIn: DiscordStandIn;
let bot: NodeProcess;

let users = 0;
/** A new user for each request, so the per-user cooldown (5 per 10 s) only applies where a test wants it. */
const freshUser = (locale: string): Sender => ({
  userId: `16000000000${String(++users).padStart(8, '0')}`,
  locale: locale as Sender['locale'],
});

const describeLeaks = (leaks: Leak[]) =>
  leaks.map((leak) => `${leak.where}: "${leak.found}" in ${JSON.stringify(leak.text)}`);

const command = (name: string, options: Record<string, OptionInput | undefined>, sender: Sender) =>
  sendAndAwait(standIn, name, options, sender);
const press = (customId: string, on: Answer, sender: Sender) => pressAndAwait(standIn, customId, on, sender);

/** Valid for Discord, and Spanish chrome only (the user's own words and the article's verbatim ones aside). */
function expectSpanish(data: APIInteractionResponseCallbackData, userTexts: string[] = []) {
  expect(messageViolations(data)).toEqual([]);
  expect(data.allowed_mentions).toEqual({ parse: [] });
  expect(describeLeaks(languageLeaks(data, 'es', context, userTexts))).toEqual([]);
  // Verbatim article English is labelled as such.
  if (verbatimCount(data, context) > 0) {
    expect(chromeText(data, context, userTexts)).toMatch(/inglés original|original en inglés/);
  }
}

beforeAll(async () => {
  ({ standIn, bot } = await startSession());
}, 60_000);

afterAll(() => stopSession(bot, standIn));

describe('registration: npm run deploy-commands', () => {
  let registered: APIApplicationCommand[];

  beforeAll(async () => {
    const result = await runDeploy(standInEnv(standIn, { DISCORD_GUILD_ID: GUILD_ID }));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    registered = standIn.commands.get(GUILD_ID)!;
  }, 30_000);

  it('registers every command (accepted by Discord’s schema)', () => {
    expect(registered.map((c) => c.name)).toEqual(COMMANDS.map((c) => c.definition.name));
    expect(standIn.counters.rejectedBodies).toBe(0);
  });

  it('gives every command, option and choice es-ES and es-419 names and descriptions within Discord’s rules', () => {
    const check = (name: string | null | undefined, what: string) => {
      expect(name, what).toMatch(DISCORD_NAME);
      expect(name, `${what} is lower case`).toBe(name!.toLocaleLowerCase('es'));
    };
    const description = (text: string | null | undefined, what: string) => {
      expect(text?.trim().length ?? 0, what).toBeGreaterThan(0);
      expect(text!.length, what).toBeLessThanOrEqual(100);
    };
    let choices = 0;
    for (const command of registered) {
      for (const locale of SPANISH_LOCALES) {
        const where = `/${command.name} ${locale}`;
        check(command.name_localizations?.[locale], where);
        description(command.description_localizations?.[locale], where);
        expect(command.name_localizations?.[locale]).toBe(COMMANDS_ES[command.name]!.name);
        for (const option of command.options ?? []) {
          check(option.name_localizations?.[locale], `${where} option ${option.name}`);
          description(option.description_localizations?.[locale], `${where} option ${option.name}`);
          for (const choice of ('choices' in option ? (option.choices ?? []) : []) as Array<{
            name: string;
            name_localizations?: Record<string, string>;
          }>) {
            choices++;
            const local = choice.name_localizations?.[locale];
            expect(local?.trim().length ?? 0, `${where} option ${option.name} choice ${choice.name}`).toBeGreaterThan(
              0,
            );
            expect(local!.length).toBeLessThanOrEqual(100);
          }
        }
      }
    }
    expect(choices, 'the /position party choices were checked').toBeGreaterThan(0);
    // Two commands with the same Spanish name would clash in the Spanish client.
    const spanish = registered.map((c) => c.name_localizations?.['es-419']);
    expect(new Set(spanish).size).toBe(registered.length);
    // Spanish names really are Spanish: none is left as the English name, except where they coincide by design.
    expect(registered.filter((c) => c.name_localizations?.['es-ES'] === c.name).map((c) => c.name)).toEqual([]);
  });
});

describe.each(SPANISH_LOCALES)('a user whose Discord is in %s', (locale) => {
  const user = () => freshUser(locale);

  it('/ask answered: Spanish title, question label, passages in Spanish, translation footer and buttons (More passages, Full paragraph, See original)', async () => {
    const question = '¿Por qué Perú rompió relaciones con México?';
    const { data } = await command('ask', { question }, user());
    expectSpanish(data, [question]);
    const embed = embedOf(data);
    expect(embed.title).toBe(t('es', 'ask.title'));
    expect(embed.description).toBe(t('es', 'ask.question', { question }));
    expect(embed.footer!.text).toMatch(
      /^Fuente: .+ \(4 de noviembre de 2025\) · citar como ¶N · pasajes: traducción del equipo del proyecto; original en inglés$/,
    );
    const spanish = context.corpus.articles[0]!.translations[0]!;
    for (const field of embed.fields!) {
      const paragraph = Number(/^¶(\d+)/.exec(field.name)![1]);
      const shown = field.value.replace(/\*\*/g, '').replace(/\\(.)/g, '$1').replace(/…$/, '');
      expect(spanish.paragraphs[paragraph - 1]!.text).toContain(shown);
    }
    const labels = buttonsOf(data).map((b) => b.label);
    expect(labels).toContain(t('es', 'ask.more'));
    expect(labels.some((label) => /^Párrafo completo ¶\d+$/.test(label!))).toBe(true);
    expect(labels).toContain(t('es', 'ask.original'));
  });

  it('/ask abstained: says so in Spanish, pointing to /postura and /cronologia and Spanish example questions', async () => {
    const question = '¿Quién ganó la Champions League?';
    const { data } = await command('ask', { question }, user());
    expectSpanish(data, [question]);
    expect(embedOf(data).title).toBe(t('es', 'abstain.title'));
    expect(embedOf(data).description).toContain('`/postura`');
    expect(embedOf(data).description).toContain(context.corpus.examples.es[0]);
  });

  it('/ask with an English question still gets Spanish chrome', async () => {
    const question = 'Who was expelled from Peru?';
    const { data } = await command('ask', { question }, user());
    expectSpanish(data, [question]);
    expect(embedOf(data).title).toBe(t('es', 'ask.title'));
  });

  it('/position for each party: the Spanish title, stance and claim kinds, same paragraphs as in English', async () => {
    for (const party of context.content.positions.parties) {
      const { data } = await command('position', { party: party.id }, user());
      expectSpanish(data);
      expect(embedOf(data).title).toBe(party.title.es);
      expect(embedOf(data).description).toContain(party.stance.text.es);
      expect(embedOf(data).description).toContain(t('es', 'content.quotedNote'));
      const english = (await command('position', { party: party.id }, freshUser('en-US'))).data;
      expect(JSON.stringify(embedOf(data).fields!.map((f) => f.value.match(/¶\d+/g)))).toBe(
        JSON.stringify(embedOf(english).fields!.map((f) => f.value.match(/¶\d+/g))),
      );
    }
  });

  it('/compare, all topics and one topic', async () => {
    const all = await command('compare', {}, user());
    expectSpanish(all.data);
    expect(embedOf(all.data).title).toBe(t('es', 'compare.title'));
    expect(embedOf(all.data).fields!.map((f) => f.name)).toEqual(context.content.compare.points.map((p) => p.topic.es));
    const one = await command('compare', { topic: 'unfriendly-act' }, user());
    expectSpanish(one.data);
    expect(embedOf(one.data).description).toContain(t('es', 'content.quotedNote'));
  });

  it('/timeline', async () => {
    const { data } = await command('timeline', {}, user());
    expectSpanish(data);
    expect(embedOf(data).title).toBe(t('es', 'timeline.title'));
    expect(embedOf(data).fields!.map((f) => f.name)).toEqual(
      context.content.timeline.events.map((e) => e.date.es).slice(0, embedOf(data).fields!.length),
    );
  });

  it('/quote: Spanish title and context, the quotations verbatim in English and labelled as such', async () => {
    const { data } = await command('quote', { speaker: 'sheinbaum' }, user());
    expectSpanish(data);
    expect(embedOf(data).title).toBe(t('es', 'quote.titleSpeaker', { speaker: 'Claudia Sheinbaum' }));
    expect(embedOf(data).description).toContain(
      t('es', 'quote.bodyTranslated', { translator: 'traducción del equipo del proyecto' }),
    );
    expect(embedOf(data).fields![0]!.value).toContain('“This minister was imprisoned');
    expect(embedOf(data).fields![0]!.value).toContain('Traducción: “Esta ministra estuvo presa');
  });

  it('/source with and without a paragraph, and a paragraph the article does not have', async () => {
    const overview = await command('source', {}, user());
    expectSpanish(overview.data);
    expect(embedOf(overview.data).title).toBe(t('es', 'source.title'));
    expect(embedOf(overview.data).fields![0]!.value).toContain('idioma: inglés');
    const paragraph = await command('source', { paragraph: 7 }, user());
    expectSpanish(paragraph.data);
    expect(embedOf(paragraph.data).title).toMatch(/^¶7 · /);
    const missing = await command('source', { paragraph: 99 }, user());
    expectSpanish(missing.data);
    expect(embedOf(missing.data).description).toBe(
      t('es', 'source.noParagraph', { paragraph: 99, count: context.corpus.articles[0]!.paragraphs.length }),
    );
  });

  it('/help: Spanish command names and the [es] example questions', async () => {
    const { data } = await command('help', {}, user());
    expectSpanish(data);
    const [commands, examples] = embedOf(data).fields!;
    expect(embedOf(data).title).toBe(t('es', 'help.title'));
    for (const name of Object.values(COMMANDS_ES).map((c) => c.name)) expect(commands!.value).toContain(`/${name}`);
    expect(examples!.name).toBe(t('es', 'help.examples'));
    expect(examples!.value).toContain(`/preguntar ${context.corpus.examples.es[0]}`);
  });

  it('button presses: More passages, Full paragraph, and a button the bot no longer knows', async () => {
    const asked = await command('ask', { question: 'asilo' }, user());
    const buttons = buttonsOf(asked.data);
    const more = await press(buttons.find((b) => b.label === t('es', 'ask.more'))!.custom_id, asked, user());
    expectSpanish(more.data);
    expect(embedOf(more.data).title).toBe(t('es', 'ask.title'));
    const full = await press(buttons.find((b) => /^Párrafo completo/.test(b.label ?? ''))!.custom_id, asked, user());
    expectSpanish(full.data);
    expect(embedOf(full.data).title).toMatch(/^¶\d+ · .+ \(traducción\)$/);
    expect(embedOf(full.data).fields![0]!.name).toBe('Original en inglés');
    const original = await press(buttons.find((b) => b.label === t('es', 'ask.original'))!.custom_id, asked, user());
    expectSpanish(original.data);
    expect(original.data.flags).toBe(EPHEMERAL);
    expect(embedOf(original.data).title).toBe(t('es', 'ask.originalTitle', { language: 'inglés' }));
    expect(verbatimCount(original.data, context)).toBeGreaterThan(0);
    const stale = await press('run:nosuchcommand:x', asked, user());
    expectSpanish(stale.data);
    expect(stale.data.flags).toBe(EPHEMERAL);
    expect(embedOf(stale.data).description).toBe(t('es', 'button.expired'));
  });

  it('private: true answers privately with a Spanish Share button; pressing it posts the answer publicly, in Spanish', async () => {
    for (const [name, options] of [
      ['ask', { question: 'asilo' }],
      ['position', { party: 'peru' }],
      ['timeline', {}],
      ['help', {}],
    ] as const) {
      const asked = await command(name, { ...options, private: true }, user());
      expect(asked.data.flags, name).toBe(EPHEMERAL);
      expectSpanish(asked.data, ['asilo']);
      const share = buttonsOf(asked.data).find((b) => b.custom_id.startsWith('share:'));
      expect(share?.label, name).toBe(t('es', 'share.button'));
      const shared = await press(share!.custom_id, asked, user());
      expect(shared.data.flags, name).toBeUndefined();
      expectSpanish(shared.data, ['asilo']);
      expect(embedOf(shared.data).title).toBe(embedOf(asked.data).title);
    }
  });

  it('the cooldown notice, after five requests in ten seconds', async () => {
    const same = user();
    for (let i = 0; i < 5; i++)
      expect(embedOf((await command('help', {}, same)).data).title).toBe(t('es', 'help.title'));
    const { data } = await command('help', {}, same);
    expectSpanish(data);
    expect(data.flags).toBe(EPHEMERAL);
    expect(embedOf(data).title).toBe(t('es', 'cooldown.title'));
    const seconds = Number(
      embedOf(data).description!.match(/^Estás enviando solicitudes muy rápido: vuelve a intentarlo en (\d+) s\.$/)![1],
    );
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(10);
  });

  it('the error apology, with its error id', async () => {
    const interaction = chatInput(
      standIn.applicationId,
      'source',
      [{ name: 'paragraph', type: 3, value: 'siete' }],
      user(),
    );
    standIn.dispatchInteraction(interaction);
    const data = messageOf(await standIn.awaitCallback(interaction.id));
    expectSpanish(data);
    expect(data.flags).toBe(EPHEMERAL);
    expect(embedOf(data).title).toBe(t('es', 'error.title'));
    const errorId = embedOf(data).description!.match(/código de error: ([0-9a-f]{8})/)![1]!;
    await bot.waitForOutput(new RegExp(`error ${errorId} in /source`));
  });

  it('autocomplete offers Spanish topics and example questions', async () => {
    const topics = await standIn.awaitCallback(standIn.sendAutocomplete('compare', 'topic', '', user()));
    expect((topics as { data: { choices: Array<{ name: string }> } }).data.choices.map((c) => c.name)).toEqual(
      context.content.compare.points.map((p) => p.topic.es),
    );
    const questions = await standIn.awaitCallback(standIn.sendAutocomplete('ask', 'question', '', user()));
    expect((questions as { data: { choices: Array<{ name: string }> } }).data.choices[0]!.name).toBe(
      context.corpus.examples.es[0],
    );
  });
});

describe('an English-locale user meanwhile', () => {
  it('gets English chrome for the same commands (no Spanish leaks the other way)', async () => {
    for (const [name, options] of [
      ['ask', { question: 'asylum', private: true }],
      ['position', { party: 'chavez' }],
      ['help', {}],
      ['source', {}],
    ] as const) {
      const { data } = await command(name, options, freshUser('en-GB'));
      expect(describeLeaks(languageLeaks(data, 'en', context, ['asylum'])), name).toEqual([]);
    }
  });

  it('Discord never had to reject a body the bot sent', () => {
    expect([...standIn.interactions.values()].flatMap((record) => record.rejected)).toEqual([]);
    expect(standIn.counters.rejectedBodies).toBe(0);
  });
});
