/**
 * Property tests over hostile input (fast-check): every command handler, autocomplete handler and button handler,
 * fed generated questions and option values (empty, white space, 6,000+ characters, control characters, NUL,
 * zero-width and bidi characters, emoji and combining marks, markdown, spoilers, masked links, @everyone/@here,
 * user/role/channel mentions, URLs, Spanish and other scripts), never throws, returns a Reply, and renders to a
 * payload inside every Discord limit, valid against Discord's schema, that cannot ping and shows user markup
 * escaped. The CLI's batch mode gets hostile lines on stdin and answers each with one JSON line, in order.
 *
 * Generic over COMMANDS and each definition's options, so a new command is covered without touching this file.
 * Call times are recorded and printed (the benchmark owns speed budgets); no timing is asserted.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandModule, OptionValues } from '../commands/command.js';
import type { AutocompleteChoice } from '../src/reply/model.js';
import { COMMANDS, findCommand } from '../commands/index.js';
import { handleCommand } from '../src/dispatch.js';
import { decodeCustomId, renderDiscordMessage } from '../src/render/discord.js';
import type { Lang, Reply } from '../src/reply/model.js';
import {
  autocompleteViolations,
  ensureBuilt,
  limitViolations,
  messageViolations,
  pingViolations,
  schemaViolations,
  unescapedMarkupViolations,
} from './limits-checker.js';
import { DIST, PROJECT_ROOT, realContext } from './helpers.js';

/** Generated cases per command, per autocomplete option and per button handler; a few thousand in all. */
const RUNS = { command: 400, autocomplete: 300, button: 300, cliLines: 300 };
/** A fixed seed keeps the suite reproducible; FC_SEED=<n> explores others. */
const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20251104;
const params = <T>(numRuns: number): fc.Parameters<T> => ({ numRuns, seed: SEED, endOnFailure: true });

const context = realContext();

// ---- Hostile text ---------------------------------------------------------------------------------------------

/** Generated text, with the markup fragments it holds (each carries a nonce word no bot text has). */
interface Hostile {
  text: string;
  markup: string[];
}

const plain = (arb: fc.Arbitrary<string>): fc.Arbitrary<Hostile> => arb.map((text) => ({ text, markup: [] }));
const nonce = fc
  .string({ unit: fc.constantFrom(...'bcdfghjkmnpqrstvwxz'), minLength: 4, maxLength: 6 })
  .map((s) => `zq${s}`);
const snowflake = fc.bigInt({ min: 10n ** 16n, max: 10n ** 19n }).map(String);

const MARKUP: Array<(w: string) => string> = [
  (w) => `**${w}**`,
  (w) => `***${w}***`,
  (w) => `*${w}*`,
  (w) => `__${w}__`,
  (w) => `_${w}_`,
  (w) => `~~${w}~~`,
  (w) => `||${w}||`,
  (w) => `\`${w}\``,
  (w) => `\`\`\`\n${w}\n\`\`\``,
  (w) => `\`\`\`js ${w}\`\`\``,
  (w) => `[${w}](https://evil.example/${w})`,
  (w) => `[${w}](<https://evil.example/${w}>)`,
  (w) => `\\**${w}**`,
  (w) => `> ${w}`,
  (w) => `>>> ${w}`,
  (w) => `# ${w}`,
  (w) => `-# ${w}`,
  (w) => `- ${w}`,
  (w) => `1. ${w}`,
];
const markupPart: fc.Arbitrary<Hostile> = fc.tuple(nonce, fc.constantFrom(...MARKUP)).map(([w, make]) => {
  const fragment = make(w);
  return { text: fragment, markup: [fragment] };
});

const mentionPart = plain(
  fc.oneof(
    fc.constantFrom(
      '@everyone',
      '@here',
      '@@everyone',
      '@ everyone',
      '＠everyone',
      '@everyone@here',
      'hi@everyone',
      '@EVERYONE',
    ),
    snowflake.chain((id) =>
      fc.constantFrom(
        `<@${id}>`,
        `<@!${id}>`,
        `<@&${id}>`,
        `<#${id}>`,
        `</ask:${id}>`,
        `<a:wave:${id}>`,
        `<<@${id}>>`,
        `<\u200B@${id}>`,
      ),
    ),
    fc.constant('<t:1762214400:R>'),
  ),
);

const invisiblePart = plain(
  fc.oneof(
    fc.string({
      unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
      minLength: 1,
      maxLength: 4,
    }),
    fc.constantFrom(
      '\0',
      '\u007f',
      '\u0085',
      '\u00ad',
      '\u200b',
      '\u200c',
      '\u200d',
      '\u2060',
      '\ufeff',
      '\u200e',
      '\u200f',
      '\u061c',
      '\u202a',
      '\u202b',
      '\u202c',
      '\u202d',
      '\u202e',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u2028',
      '\u2029',
      '\ufffe',
      '\uffff',
      '\ud800',
      '\udfff',
      'a\ud83d',
      '\u3000',
    ),
  ),
);

const zalgo = 'P' + '\u0336\u0321\u031b\u0353\u0300'.repeat(12) + 'eru';
const symbolPart = plain(
  fc.constantFrom(
    '😀',
    '👩‍👩‍👧‍👦',
    '🇲🇽🇵🇪',
    '👍🏽',
    'e\u0301',
    'n\u0303',
    '\u0301\u0302\u0303',
    zalgo,
    '¶5',
    '¶99',
    '\\',
    '\\\\',
    '"',
    "'",
    '’',
    '–',
    '—',
    '…',
    ':',
    '::',
    '/',
    '%s',
    '${x}',
    '{question}',
  ),
);

const languagePart = plain(
  fc.constantFrom(
    '¿Por qué Perú rompió relaciones con México?',
    '¿Quién es Betssy Chávez?',
    'asilo en la embajada',
    'cancillería peruana',
    'Перу и Мексика разорвали отношения',
    '秘鲁与墨西哥断交',
    'بيرو والمكسيك',
    'पेरू और मेक्सिको',
    'ペルーとメキシコ',
    'Περού και Μεξικό',
    'פרו ומקסיקו',
    'เปรูและเม็กซิโก',
    'Peru',
    'Mexico',
    'asylum',
    'embassy',
    'Castillo',
    'Sheinbaum',
    'Caracas Convention',
    'Who was ordered to leave Peru?',
    'chargée d’affaires',
    'the of and',
  ),
);

const urlPart = plain(
  fc.oneof(
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
    fc.constantFrom(
      'https://discord.gg/invite',
      'http://example.com/a_b*c',
      'www.example.com',
      '<https://example.com>',
      'javascript:alert(1)',
    ),
  ),
);

const randomPart = plain(
  fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.string({ unit: 'binary', maxLength: 20 }),
  ),
);

const part: fc.Arbitrary<Hostile> = fc.oneof(
  { weight: 3, arbitrary: markupPart },
  { weight: 3, arbitrary: mentionPart },
  { weight: 2, arbitrary: invisiblePart },
  { weight: 2, arbitrary: symbolPart },
  { weight: 3, arbitrary: languagePart },
  { weight: 1, arbitrary: urlPart },
  { weight: 2, arbitrary: randomPart },
);

const combined: fc.Arbitrary<Hostile> = fc
  .tuple(fc.array(part, { minLength: 1, maxLength: 6 }), fc.constantFrom(' ', '', '\n', '\t', '  ', ' \n '))
  .map(([parts, separator]) => ({
    text: parts.map((p) => p.text).join(separator),
    markup: parts.flatMap((p) => p.markup),
  }));

/** Long inputs: at Discord's 6,000-character cap and beyond it (the console and CLI have no cap of their own). */
const long: fc.Arbitrary<Hostile> = fc.oneof(
  plain(
    fc.constantFrom(
      'a'.repeat(6000),
      'Peru asylum '.repeat(500),
      '**'.repeat(3000),
      '@everyone '.repeat(600),
      '<@1> '.repeat(1200),
      'é'.repeat(6001),
    ),
  ),
  fc.tuple(markupPart, fc.integer({ min: 1000, max: 7000 })).map(([m, size]) => ({
    text: `${'Mexico Peru embassy '.repeat(Math.ceil(size / 20)).slice(0, size)} ${m.text}`,
    markup: m.markup,
  })),
);

const blank = plain(fc.constantFrom('', ' ', '   \t\n ', '\u200b', '\u3000', '\n\n'));

const hostileText: fc.Arbitrary<Hostile> = fc.oneof(
  { weight: 1, arbitrary: blank },
  { weight: 14, arbitrary: combined },
  { weight: 1, arbitrary: long },
);

// ---- Options from command definitions -------------------------------------------------------------------------

/** The parts of an option definition the generators read. */
interface OptionDefinition {
  type: number;
  name: string;
  required?: boolean;
  autocomplete?: boolean;
  min_value?: number;
  max_value?: number;
  choices?: Array<{ name: string; value: string | number }>;
}

const OPTION_TYPE = {
  string: 3,
  integer: 4,
  boolean: 5,
  user: 6,
  channel: 7,
  role: 8,
  mentionable: 9,
  number: 10,
} as const;
const GENERATED_TYPES = new Set<number>(Object.values(OPTION_TYPE));

const optionsOf = (command: CommandModule) => (command.definition.options ?? []) as unknown as OptionDefinition[];

type Generated = { value: string | number | boolean; markup: string[] };

function valueArb(option: OptionDefinition): fc.Arbitrary<Generated> {
  const wrap = (arb: fc.Arbitrary<string | number | boolean>) =>
    arb.map((value) => ({ value, markup: [] as string[] }));
  const choices = option.choices?.map((choice) => choice.value) ?? [];
  const fromChoices = choices.length > 0 ? [wrap(fc.constantFrom(...choices))] : [];
  switch (option.type) {
    case OPTION_TYPE.boolean:
      return wrap(fc.boolean());
    case OPTION_TYPE.integer: {
      const min = option.min_value ?? -1000;
      const max = option.max_value ?? 1000;
      const edges = [
        min,
        max,
        min - 1,
        max + 1,
        0,
        -1,
        2 ** 31 - 1,
        -(2 ** 31),
        Number.MAX_SAFE_INTEGER,
        Number.MIN_SAFE_INTEGER,
      ];
      return fc.oneof(
        { weight: 3, arbitrary: fromChoices[0] ?? wrap(fc.integer({ min, max })) },
        { weight: 2, arbitrary: wrap(fc.integer({ min, max })) },
        wrap(fc.constantFrom(...edges)),
      );
    }
    case OPTION_TYPE.number:
      return fc.oneof(
        ...fromChoices,
        wrap(fc.double()),
        wrap(fc.double({ min: option.min_value ?? -1e6, max: option.max_value ?? 1e6, noNaN: true })),
      );
    case OPTION_TYPE.string:
      return fc.oneof(...fromChoices.map((arbitrary) => ({ weight: 2, arbitrary })), {
        weight: 3,
        arbitrary: hostileText.map(({ text, markup }) => ({ value: text, markup })),
      });
    default:
      // Users, channels, roles, mentionables: Discord sends their snowflake ids.
      return wrap(snowflake);
  }
}

interface GeneratedRequest {
  options: OptionValues;
  lang: Lang;
  markup: string[];
}

function requestArb(command: CommandModule): fc.Arbitrary<GeneratedRequest> {
  const definitions = [...optionsOf(command)];
  // Every command takes `private`; generate it even if a definition forgot it.
  if (!definitions.some((option) => option.name === 'private'))
    definitions.push({ type: OPTION_TYPE.boolean, name: 'private' });
  const perOption = definitions.map((option) =>
    fc
      .option(valueArb(option), { nil: undefined, freq: option.required ? 10 : 3 })
      .map((generated) => [option.name, generated] as const),
  );
  return fc.tuple(fc.tuple(...perOption), fc.constantFrom<Lang>('en', 'es')).map(([entries, lang]) => {
    const options: Record<string, string | number | boolean> = {};
    const markup: string[] = [];
    for (const [name, generated] of entries) {
      if (!generated) continue;
      options[name] = generated.value;
      markup.push(...generated.markup);
    }
    return { options, lang, markup };
  });
}

// ---- Checks ---------------------------------------------------------------------------------------------------

const timings = new Map<string, { calls: number; totalMs: number; maxMs: number }>();

function timed<T>(label: string, run: () => T): T {
  const start = performance.now();
  const result = run();
  const elapsed = performance.now() - start;
  const entry = timings.get(label) ?? { calls: 0, totalMs: 0, maxMs: 0 };
  entry.calls++;
  entry.totalMs += elapsed;
  entry.maxMs = Math.max(entry.maxMs, elapsed);
  timings.set(label, entry);
  return result;
}

function replyProblems(reply: unknown): string[] {
  const r = reply as Partial<Reply> | undefined;
  if (!r || typeof r !== 'object') return [`not a Reply: ${String(reply)}`];
  const out: string[] = [];
  if (!['answer', 'notice', 'error'].includes(r.tone as string)) out.push(`tone ${String(r.tone)}`);
  if (typeof r.title !== 'string' || r.title.trim() === '') out.push('title is not a non-blank string');
  if (!Array.isArray(r.sections)) out.push('sections is not an array');
  if (!Array.isArray(r.buttons)) out.push('buttons is not an array');
  if (typeof r.ephemeral !== 'boolean') out.push('ephemeral is not a boolean');
  if (r.description !== undefined && typeof r.description?.text !== 'string')
    out.push('description.text is not a string');
  return out;
}

/** A reply and its payload pass every check; returns the button actions the payload carries. */
function checkReply(reply: Reply, lang: Lang, markup: readonly string[], what: string) {
  expect(replyProblems(reply), `${what}: reply model`).toEqual([]);
  const payload = renderDiscordMessage(reply, lang);
  expect(messageViolations(payload, markup), `${what}: payload`).toEqual([]);
  expect(payload.allowed_mentions).toEqual({ parse: [] });
  const actions = (payload.components ?? []).flatMap((row) =>
    ((row as { components?: Array<{ custom_id?: string }> }).components ?? []).map((button) => button.custom_id ?? ''),
  );
  return actions.map((customId) => {
    const decoded = decodeCustomId(customId);
    expect(decoded, `${what}: custom_id ${JSON.stringify(customId)} decodes`).toBeDefined();
    return decoded!;
  });
}

/** Presses a button as Discord would deliver it: the command named in its custom_id handles its arguments. */
function press(action: { command: string; args: string[] }, lang: Lang, markup: readonly string[], what: string) {
  const handler = findCommand(action.command);
  expect(handler?.button, `${what}: a handler for buttons of /${action.command}`).toBeTypeOf('function');
  const reply = timed(`/${action.command} button`, () => handler!.button!(action.args, lang, context));
  checkReply(reply, lang, markup, `${what} → button ${action.command}:${action.args.join(':')}`);
}

// ---- Tests ----------------------------------------------------------------------------------------------------

describe('the checkers catch what they look for (so the properties below cannot pass vacuously)', () => {
  const good = () => renderDiscordMessage(help(), 'en');
  const help = () => findCommand('help')!.handle({ options: {}, lang: 'en' }, context);

  it('a rendered reply passes every check', () => {
    expect(messageViolations(good())).toEqual([]);
  });

  it("each limit broken is reported, by the limits checker and by Discord's schema", () => {
    const field = { name: 'n', value: 'v' };
    const broken: Array<[string, (p: ReturnType<typeof good>) => void]> = [
      ['title', (p) => void (p.embeds![0]!.title = 't'.repeat(257))],
      ['description', (p) => void (p.embeds![0]!.description = 'd'.repeat(4097))],
      ['fields', (p) => void (p.embeds![0]!.fields = Array.from({ length: 26 }, () => ({ ...field })))],
      ['field value', (p) => void (p.embeds![0]!.fields = [{ name: 'n', value: 'v'.repeat(1025) }])],
      ['field name', (p) => void (p.embeds![0]!.fields = [{ name: 'n'.repeat(257), value: 'v' }])],
      ['footer', (p) => void (p.embeds![0]!.footer = { text: 'f'.repeat(2049) })],
      ['content', (p) => void (p.content = 'c'.repeat(2001))],
      [
        'custom_id',
        (p) =>
          void (p.components = [
            { type: 1, components: [{ type: 2, style: 1, label: 'x', custom_id: 'i'.repeat(101) }] },
          ]),
      ],
      [
        'label',
        (p) =>
          void (p.components = [{ type: 2 as never, style: 1, label: 'l'.repeat(81), custom_id: 'x' } as never].map(
            (b) => ({ type: 1, components: [b] }),
          )),
      ],
    ];
    for (const [what, breakIt] of broken) {
      const payload = good();
      breakIt(payload);
      expect(limitViolations(payload), what).not.toEqual([]);
      expect(schemaViolations(payload), what).not.toEqual([]);
    }
    // The 6,000-character total and button counts are beyond the schema's reach: the limits checker has them.
    const total = good();
    total.embeds![0]!.description = 'd'.repeat(4000);
    total.embeds![0]!.fields = [
      { name: 'n', value: 'v'.repeat(1024) },
      { name: 'n', value: 'v'.repeat(1024) },
    ];
    expect(limitViolations(total).join()).toMatch(/total/);
    const six = good();
    six.components = [
      {
        type: 1,
        components: Array.from({ length: 6 }, (_, i) => ({ type: 2, style: 1, label: 'x', custom_id: `id${i}` })),
      },
    ];
    expect(limitViolations(six)).not.toEqual([]);
    const pinging = good();
    pinging.allowed_mentions = { parse: ['users' as never] };
    expect(limitViolations(pinging)).not.toEqual([]);
  });

  it('pings, mention sequences, control and bidi characters are reported; broken ones are not', () => {
    for (const bad of ['@everyone', 'hi @here', '<@123>', '<@&456>', '<#789>', 'a\0b', 'x\u202Ey']) {
      const payload = good();
      payload.embeds![0]!.description = bad;
      expect(pingViolations(payload), bad).not.toEqual([]);
    }
    const safe = good();
    safe.embeds![0]!.description = '@\u200Beveryone <\u200B@123> line\nbreak';
    expect(pingViolations(safe)).toEqual([]);
  });

  it('user markup is reported when shown as typed, not when escaped', () => {
    const payload = good();
    payload.embeds![0]!.description = 'Question: **zqab** and \\|\\|zqcd\\|\\|\n> zqef';
    expect(unescapedMarkupViolations(payload, ['**zqab**'])).toHaveLength(1);
    expect(unescapedMarkupViolations(payload, ['||zqcd||'])).toEqual([]);
    expect(unescapedMarkupViolations(payload, ['> zqef'])).toHaveLength(1);
    payload.embeds![0]!.description = 'Question: > zqef';
    expect(unescapedMarkupViolations(payload, ['> zqef'])).toEqual([]);
  });

  it('autocomplete choices out of bounds are reported', () => {
    expect(autocompleteViolations([{ name: 'Peru', value: 'Peru' }])).toEqual([]);
    expect(
      autocompleteViolations(Array.from({ length: 26 }, (_, i) => ({ name: `q${i}`, value: `q${i}` }))),
    ).not.toEqual([]);
    expect(autocompleteViolations([{ name: '', value: 'x' }])).not.toEqual([]);
    expect(autocompleteViolations([{ name: 'n'.repeat(101), value: 'x' }])).not.toEqual([]);
    expect(autocompleteViolations([{ name: 'x', value: 'v'.repeat(101) }])).not.toEqual([]);
    expect(autocompleteViolations('nope')).not.toEqual([]);
  });
});

describe('property: every command over generated options', () => {
  it('every option type in the definitions is one these properties generate', () => {
    const types = COMMANDS.flatMap((command) =>
      optionsOf(command).map((option) => `${command.definition.name}.${option.name}:${option.type}`),
    );
    expect(types.filter((entry) => !GENERATED_TYPES.has(Number(entry.split(':').pop())))).toEqual([]);
  });

  for (const command of COMMANDS) {
    const name = command.definition.name;
    it(`/${name}: never throws; the payload is within limits, valid, unpinging and escaped; its buttons work`, () => {
      fc.assert(
        fc.property(requestArb(command), ({ options, lang, markup }) => {
          const what = `/${name} ${JSON.stringify(options).slice(0, 300)} (${lang})`;
          const reply = timed(`/${name}`, () => handleCommand(command, options, lang, context));
          if (options.private === true) expect(reply.ephemeral, `${what}: private reply is ephemeral`).toBe(true);
          for (const { action } of checkReply(reply, lang, markup, what)) press(action, lang, markup, what);
        }),
        params(RUNS.command),
      );
    });
  }
});

describe('property: autocomplete', () => {
  const focusable = COMMANDS.flatMap((command) =>
    optionsOf(command)
      .filter((option) => option.autocomplete === true)
      .map((option) => ({ command, option })),
  );

  it('every option marked autocomplete has a handler for it (Discord asks as soon as the user types)', () => {
    const missing = focusable
      .filter(({ command }) => typeof command.autocomplete !== 'function')
      .map(({ command, option }) => `/${command.definition.name} ${option.name}`);
    expect(missing).toEqual([]);
  });

  const handlers = COMMANDS.filter((command) => typeof command.autocomplete === 'function').flatMap((command) => {
    const options = optionsOf(command).filter((option) => option.autocomplete === true);
    // A handler whose definition marks no option still gets the string options.
    const targets =
      options.length > 0 ? options : optionsOf(command).filter((option) => option.type === OPTION_TYPE.string);
    return targets.map((option) => ({ command, option }));
  });
  for (const { command, option } of handlers) {
    it(`/${command.definition.name} ${option.name}: never throws; ≤ 25 choices, names 1–100, values ≤ 100, valid`, () => {
      fc.assert(
        fc.property(hostileText, fc.constantFrom<Lang>('en', 'es'), ({ text }, lang) => {
          const choices = timed<AutocompleteChoice[]>(`/${command.definition.name} autocomplete`, () =>
            command.autocomplete!({ name: option.name, value: text }, lang, context),
          );
          expect(autocompleteViolations(choices), `autocomplete ${JSON.stringify(text.slice(0, 200))}`).toEqual([]);
        }),
        params(RUNS.autocomplete),
      );
    });
  }
});

describe('property: button handlers over arbitrary arguments', () => {
  const docIds = context.corpus.articles.map((article) => article.id);
  const arg = fc.oneof(
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        'more',
        'paragraph',
        'overview',
        'next',
        'page',
        '',
        '0',
        '1',
        '3',
        '12',
        '13',
        '-1',
        '1.5',
        '1e309',
        'NaN',
        '999999999999',
        ...docIds,
      ),
    },
    { weight: 2, arbitrary: fc.integer({ min: -5, max: 50 }).map(String) },
    { weight: 3, arbitrary: hostileText.map(({ text }) => text.replaceAll(':', ' ').slice(0, 100)) },
  );
  const args = fc.array(arg, { maxLength: 5 });
  /** Arguments as Discord returns them: decoded from a custom_id of at most 100 characters. */
  const fromCustomId = (command: string) =>
    fc
      .string({ unit: fc.constantFrom(...'abcmorepagh0123456789:-_ '), maxLength: 100 })
      .map((tail) => decodeCustomId(`run:${command}:${tail}`.slice(0, 100))!.action.args);

  for (const command of COMMANDS.filter((c) => typeof c.button === 'function')) {
    const name = command.definition.name;
    it(`/${name} button: never throws; the payload passes every check`, () => {
      fc.assert(
        fc.property(fc.oneof(args, fromCustomId(name)), fc.constantFrom<Lang>('en', 'es'), (buttonArgs, lang) => {
          const what = `/${name} button ${JSON.stringify(buttonArgs).slice(0, 300)} (${lang})`;
          const reply = timed(`/${name} button`, () => command.button!(buttonArgs, lang, context));
          checkReply(reply, lang, [], what);
        }),
        params(RUNS.button),
      );
    });
  }
});

// ---- Question shapes × subjects ------------------------------------------------------------------------------

/**
 * Every question frame the reader treats specially (a speaker, a date, a count, a name, a party, an age, what came
 * before or after) over every kind of subject: places in the text itself (which no word of the article writes), people
 * and bodies the article names, roles, and nothing at all. Generated text rarely lands on these shapes, and one of them
 * (a place in the text as a speaker) once threw inside the search.
 */
const QUESTION_FRAMES = [
  'what did {s} say',
  'what did {s} say about mexico',
  'when did {s} say it',
  'how many people does {s} mention',
  'who is {s}',
  "what is {s}'s name",
  'how old is {s}',
  'where was {s} born',
  'did {s} ever say that',
  'what party is {s} from',
  'what did {s} do before that',
  'what happened to {s} after the raid',
  'how long has {s} been in office',
  'is {s} right?',
  'compare {s} and peru',
  'summarize {s} in 2 sentences',
  'qué dijo {s}',
  'y {s} q dijo??',
  'cuándo dijo {s} eso',
  'cuántos países menciona {s}',
  '¿quién es {s}?',
  '¿de qué partido es {s}?',
  '¿a qué se dedicaba {s} antes?',
  'lol {s} ??',
];
const QUESTION_SUBJECTS = [
  'the conclusion',
  'the last paragraph',
  'the first paragraph',
  'paragraph 5',
  '¶3',
  'the author',
  'the article',
  'the headline',
  'el último párrafo',
  'la conclusión',
  'el autor',
  'Betssy Chávez',
  'betsy chaves',
  'Sheinbaum',
  'Hugo de Zela',
  'José Jerí',
  'Castillo',
  'Karla Ornelas',
  'the Pacific Alliance',
  'Ecuador',
  'the embassy',
  'the president',
  'the foreign minister',
  'el gobierno de Brasil',
  'he',
  'someone',
  '',
  '@everyone',
];

describe('property: /ask over question shapes × subjects', () => {
  const ask = findCommand('ask')!;
  const cases = QUESTION_FRAMES.flatMap((frame) =>
    QUESTION_SUBJECTS.flatMap((subject) =>
      (['en', 'es'] as const).map((lang) => ({ question: frame.replace('{s}', subject), lang })),
    ),
  );

  it(`${cases.length} questions never throw and render inside every limit, with working buttons`, () => {
    for (const { question, lang } of cases) {
      const what = `/ask ${JSON.stringify(question)} (${lang})`;
      const reply = timed('/ask shapes', () => handleCommand(ask, { question }, lang, context));
      for (const { action } of checkReply(reply, lang, [], what)) press(action, lang, [], what);
    }
  });
});

// ---- CLI batch mode -------------------------------------------------------------------------------------------

const CLI = join(DIST, 'src', 'cli.js');
/** The CLI reads at most this much of a line (src/cli.ts MAX_QUESTION_CHARS). */
const CLI_QUESTION_CHARS = 6000;

describe('property: cli ask --json batch mode', () => {
  beforeAll(async () => {
    await ensureBuilt();
  }, 180_000);

  /** Bytes of one input line: never a "\n" inside; "\r", NUL, huge runs and invalid UTF-8 allowed. */
  const lineBytes: fc.Arbitrary<Buffer> = fc
    .array(
      fc.oneof(
        { weight: 6, arbitrary: hostileText.map(({ text }) => Buffer.from(text.replaceAll('\n', ' '), 'utf8')) },
        { weight: 1, arbitrary: fc.constantFrom('\r', '\0', '\r\r', ' \r ', '\t').map((s) => Buffer.from(s)) },
        // Invalid UTF-8: a surrogate encoded as if it were a character (CESU-8), stray and truncated sequences.
        {
          weight: 1,
          arbitrary: fc
            .constantFrom(
              [0xed, 0xa0, 0x80],
              [0xed, 0xbf, 0xbf],
              [0xff],
              [0xc3],
              [0xe2, 0x82],
              [0xf0, 0x9f, 0x98],
              [0x80, 0x80],
            )
            .map((b) => Buffer.from(b)),
        },
        {
          weight: 1,
          arbitrary: fc
            .integer({ min: 20_000, max: 200_000 })
            .map((size) => Buffer.from('Perú asilo '.repeat(size / 11), 'utf8')),
        },
      ),
      { maxLength: 5 },
    )
    .map((parts) => Buffer.concat(parts));

  it('answers every input line with exactly one JSON line, in order, with answered and results', () => {
    const lines = fc.sample(lineBytes, { numRuns: RUNS.cliLines, seed: SEED });
    const input = Buffer.concat(lines.flatMap((line) => [line, Buffer.from('\n')]));
    const result = spawnSync(process.execPath, [CLI, 'ask', '--json'], {
      cwd: PROJECT_ROOT,
      input,
      env: { ...process.env, DISCORD_TOKEN: '' },
      maxBuffer: 256 * 1024 * 1024,
      timeout: 60_000,
    });
    expect(result.error).toBeUndefined();
    expect(result.stderr.toString()).toBe('');
    expect(result.status).toBe(0);
    const out = result.stdout.toString('utf8').split('\n');
    expect(out.pop(), 'output ends with a newline').toBe('');
    const decoder = new TextDecoder('utf-8');
    // A line is everything up to "\n"; a "\r" just before it is the CRLF line ending, any other "\r" is text.
    const expected = lines.map((line) => decoder.decode(line).replace(/\r$/, '').slice(0, CLI_QUESTION_CHARS));
    const firstBad = expected.findIndex((query, i) => {
      try {
        return (JSON.parse(out[i] ?? 'null') as { query?: unknown } | null)?.query !== query;
      } catch {
        return true;
      }
    });
    expect(
      { outputLines: out.length, firstMismatch: firstBad },
      firstBad >= 0
        ? `input line ${firstBad}: ${JSON.stringify(expected[firstBad]!.slice(0, 120))} got ${JSON.stringify((out[firstBad] ?? '').slice(0, 160))}`
        : '',
    ).toEqual({ outputLines: lines.length, firstMismatch: -1 });
    for (const line of out) {
      const answer = JSON.parse(line) as { answered: unknown; results: unknown };
      expect(typeof answer.answered).toBe('boolean');
      expect(Array.isArray(answer.results)).toBe(true);
      if (answer.answered === false) expect(answer.results).toEqual([]);
    }
  }, 90_000);
});

afterAll(() => {
  const rows = [...timings].map(
    ([label, t]) =>
      `  ${label.padEnd(28)} ${String(t.calls).padStart(5)} calls  mean ${(t.totalMs / t.calls).toFixed(3)} ms  max ${t.maxMs.toFixed(1)} ms`,
  );
  console.log(`property tests, handler call times (figures only; budgets live in npm run bench):\n${rows.join('\n')}`);
});
