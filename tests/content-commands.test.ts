/**
 * /position, /compare, /timeline and /quote: their replies (every section cited, ¶ numbers visible, quotes
 * verbatim, both languages), their fit in one Discord message without clipping, matching of typed names and
 * topics, share buttons, the CLI's JSON contracts, the offline console, and start-up refusing a broken citation.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApplicationCommandOptionType } from 'discord-api-types/payloads/v10';
import { OptionType, type CommandModule, type OptionValues } from '../commands/command.js';
import { COMMANDS, findCommand } from '../commands/index.js';
import { runCommand } from '../src/dispatch.js';
import { renderDiscordMessage } from '../src/render/discord.js';
import { DISCORD_LIMITS } from '../src/reply/limits.js';
import { renderRichText } from '../src/render/markdown.js';
import type { Lang, Reply } from '../src/reply/model.js';
import { autocompleteViolations, ensureBuilt, messageViolations } from './limits-checker.js';
import { DIST, PROJECT_ROOT, realContext } from './helpers.js';

const context = realContext();
const article = context.corpus.articles.find((a) => a.id === 'peru-mexico-rupture-2025')!;
const paragraphText = (n: number) => article.paragraphs[n - 1]!.text;
const LANGS: Lang[] = ['en', 'es'];

const command = (name: string): CommandModule => findCommand(name)!;
const run = (name: string, options: OptionValues, lang: Lang = 'en'): Reply => runCommand(name, options, lang, context);

/** Every request these commands answer with content: each party, no topic, each topic, each speaker, everyone. */
const REQUESTS: Array<[string, OptionValues]> = [
  ...context.content.positions.parties.map((party): [string, OptionValues] => ['position', { party: party.id }]),
  ['compare', {}],
  ...context.content.compare.points.map((point): [string, OptionValues] => ['compare', { topic: point.id }]),
  ['compare', { topic: 'asylum' }],
  ['timeline', {}],
  ['quote', {}],
  ...context.content.quotes.speakers.map((speaker): [string, OptionValues] => ['quote', { speaker: speaker.id }]),
  ['quote', { speaker: 'mexico' }],
  ['summary', {}],
  ['define', {}],
  ...context.content.glossary.terms.map((term): [string, OptionValues] => ['define', { term: term.id }]),
  ['discuss', {}],
  ...['causes', 'sides', 'law', 'consequences', 'region'].map((theme): [string, OptionValues] => [
    'discuss',
    { theme },
  ]),
];

describe('registration', () => {
  it('registers the commands in the agreed order', () => {
    expect(COMMANDS.map((c) => c.definition.name)).toEqual([
      'ask',
      'summary',
      'position',
      'compare',
      'timeline',
      'quote',
      'define',
      'quiz',
      'discuss',
      'source',
      'help',
    ]);
  });

  it("defines options with Discord's own option type numbers", () => {
    for (const [name, value] of Object.entries(OptionType))
      expect(value, name).toBe(ApplicationCommandOptionType[name as keyof typeof OptionType]);
  });

  it('offers /position choices that are exactly the parties of positions.json, and a private option everywhere', () => {
    const party = command('position').definition.options!.find((o) => o.name === 'party') as {
      required?: boolean;
      choices?: Array<{ name: string; value: string }>;
    };
    expect(party.required).toBe(true);
    expect(party.choices!.map((c) => c.value)).toEqual(context.content.positions.parties.map((p) => p.id));
    for (const choice of party.choices!) expect(choice.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.choiceName);
    for (const name of ['position', 'compare', 'timeline', 'quote', 'summary', 'define']) {
      expect(
        command(name).definition.options!.some((o) => o.name === 'private'),
        name,
      ).toBe(true);
      expect(command(name).definition.description.length).toBeLessThanOrEqual(DISCORD_LIMITS.commandDescription);
    }
  });
});

describe('replies: cited, complete and within one Discord message', () => {
  it.each(LANGS.flatMap((lang) => REQUESTS.map(([name, options]) => [lang, name, options] as const)))(
    '%s /%s %j',
    (lang, name, options) => {
      const reply = run(name, options, lang);
      expect(reply.tone).toBe('answer');
      expect(reply.sections.length).toBeGreaterThan(0);
      expect(reply.footer).toContain(article.title);
      for (const section of reply.sections) {
        // Each section is cited, and its ¶ numbers are visible in its text.
        expect(section.citations.length, section.heading).toBeGreaterThan(0);
        for (const citation of section.citations) {
          expect(citation.docId).toBe(article.id);
          expect(`${section.heading}\n${section.body.text}`, section.heading).toContain(`¶${citation.paragraph}`);
        }
        // Quoted passages (“…”) are the article's own characters, exactly.
        for (const line of section.body.text.split('\n')) {
          const quoted = /^¶(\d+) “(.*)”$/.exec(line);
          if (quoted) expect(paragraphText(Number(quoted[1])), line).toContain(quoted[2]!);
        }
      }
      const payload = renderDiscordMessage(reply, lang);
      expect(messageViolations(payload)).toEqual([]);
      // Nothing clipped: every section is a field, shown in full.
      const fields = payload.embeds![0]!.fields ?? [];
      expect(fields).toHaveLength(reply.sections.length);
      reply.sections.forEach((section, i) =>
        expect(fields[i]!.value).toBe(renderRichText(section.body, Number.MAX_SAFE_INTEGER)),
      );
      expect(payload.embeds![0]!.description).toBe(renderRichText(reply.description!, Number.MAX_SAFE_INTEGER));
    },
  );
});

describe('/position', () => {
  it('gives the stance and one section per claim, in the requested language, quotes in the article’s English', () => {
    for (const party of context.content.positions.parties) {
      for (const lang of LANGS) {
        const reply = run('position', { party: party.id }, lang);
        expect(reply.title).toBe(party.title[lang]);
        expect(reply.description!.text).toContain(party.stance.text[lang]);
        expect(reply.description!.text).toMatch(/\(¶\d+(, ¶\d+)*\)/);
        expect(reply.sections).toHaveLength(party.claims.length);
        party.claims.forEach((claim, i) => {
          expect(reply.sections[i]!.body.text.startsWith(`${claim.text[lang]} (¶`)).toBe(true);
          for (const c of claim.citations)
            expect(reply.sections[i]!.body.text).toContain(`¶${c.paragraph} “${c.quote}”`);
        });
      }
    }
    expect(run('position', { party: 'chavez' }, 'es').sections[0]!.heading).toBe('1. Contexto');
  });

  it('finds a party by a typed name, and answers an unknown one with a notice listing the parties', () => {
    expect(run('position', { party: 'Perú' }).title).toMatch(/^Peru's government/);
    expect(run('position', { party: 'MEXICO' }).title).toMatch(/^Mexico's government/);
    expect(run('position', { party: 'betssy' }).title).toMatch(/^Betssy Chávez/);
    expect(run('position', { party: 'Sheinbaum' }).title).toMatch(/^Mexico's government/);
    for (const party of ['narnia', '', '   ', 'government']) {
      const reply = run('position', { party });
      expect(reply.tone, party).toBe('notice');
      expect(reply.description!.text).toContain('peru');
      expect(reply.description!.text).toContain('chavez');
    }
  });
});

describe('/compare', () => {
  it('without a topic gives every point compactly; with one, both sides with their quotes', () => {
    const all = run('compare', {});
    expect(all.sections.map((s) => s.heading)).toEqual(context.content.compare.points.map((p) => p.topic.en));
    for (const section of all.sections) {
      expect(section.body.text).toMatch(/^Peru: .*\(¶\d+.*\)\nMexico: .*\(¶\d+.*\)$/);
    }
    const one = run('compare', { topic: 'unfriendly-act' }, 'es');
    expect(one.sections).toHaveLength(1);
    expect(one.sections[0]!.heading).toBe('¿Conceder asilo es un acto inamistoso?');
    expect(one.sections[0]!.body.text).toMatch(/^Perú: El Gobierno peruano/);
    expect(one.sections[0]!.body.text).toContain('¶7 “as recognized by the General Assembly of the United Nations');
  });

  it('matches topics by words of either language, ignoring accents and case, or by keyword', () => {
    const ids = (topic: string) => run('compare', { topic }).sections.map((s) => s.heading);
    const topic = (id: string) => context.content.compare.points.find((p) => p.id === id)!.topic.en;
    expect(ids('UNFRIENDLY')).toEqual([topic('unfriendly-act')]);
    expect(ids('injerencia')).toEqual([topic('interference')]);
    expect(ids('vinculos')).toEqual([topic('ties')]);
    expect(ids('coup')).toEqual([topic('castillo')]);
    expect(ids('Castillo')).toContain(topic('castillo'));
    const unknown = run('compare', { topic: 'football' });
    expect(unknown.tone).toBe('notice');
    expect(unknown.description!.text).toContain(topic('ties'));
  });

  it('autocompletes topics within Discord’s limits', () => {
    const all = command('compare').autocomplete!({ name: 'topic', value: '' }, 'en', context);
    expect(all.map((c) => c.value)).toEqual(context.content.compare.points.map((p) => p.id));
    expect(autocompleteViolations(all)).toEqual([]);
    expect(
      command('compare').autocomplete!({ name: 'topic', value: 'injer' }, 'es', context).map((c) => c.value),
    ).toEqual(['interference']);
    expect(
      command('compare').autocomplete!({ name: 'topic', value: 'soberan' }, 'es', context).map((c) => c.value),
    ).toEqual(['interference', 'rupture']);
    expect(
      autocompleteViolations(
        command('compare').autocomplete!({ name: 'topic', value: 'x'.repeat(5000) }, 'en', context),
      ),
    ).toEqual([]);
  });
});

describe('/summary', () => {
  it('reads as one paragraph of cited sentences, in the requested language, with each sentence’s quotes below', () => {
    for (const lang of LANGS) {
      const reply = run('summary', {}, lang);
      for (const sentence of context.content.summary.sentences)
        expect(reply.description!.text).toContain(`${sentence.text[lang]} (¶`);
      expect(reply.sections).toHaveLength(context.content.summary.sentences.length);
      context.content.summary.sentences.forEach((sentence, i) => {
        for (const c of sentence.citations)
          expect(reply.sections[i]!.body.text).toContain(`¶${c.paragraph} “${c.quote}”`);
      });
      expect(reply.title).toContain(article.title);
    }
    expect(run('summary', {}, 'es').title).toMatch(/^Resumen: /);
  });
});

describe('/define', () => {
  const term = (id: string) => context.content.glossary.terms.find((entry) => entry.id === id)!;

  it('gives the definition, says when it is general knowledge, and shows how the article uses the word', () => {
    const reply = run('define', { term: 'persona non grata' });
    expect(reply.title).toBe('persona non grata');
    expect(reply.description!.text).toMatch(/^General definition \(not from the article\)\n/);
    expect(reply.description!.text).toContain(term('persona-non-grata').definition.en);
    expect(reply.sections[0]!.body.text).toContain('¶10 “pointed to a pattern of diplomatic friction');
    expect(run('define', { term: 'pacific-alliance' }).description!.text).toMatch(/^Definition from the article\n/);
    const spanish = run('define', { term: 'soberanía' }, 'es');
    expect(spanish.title).toBe('soberanía');
    expect(spanish.description!.text).toContain(term('sovereignty').definition.es);
  });

  it('finds a term by name or alias in either language, without accents, with a typo; "asylum" is asylum itself', () => {
    const title = (typed: string, lang: Lang = 'en') => run('define', { term: typed }, lang).title;
    expect(title('asylum')).toBe(term('asylum').term.en);
    expect(title('diplomatic asylum')).toBe(term('diplomatic-asylum').term.en);
    expect(title('charge d affaires')).toBe(term('charge-d-affaires').term.en);
    expect(title('encargada de negocios', 'es')).toBe(term('charge-d-affaires').term.es);
    expect(title('soverignty')).toBe(term('sovereignty').term.en);
    expect(title('AUTOGOLPE', 'es')).toBe('autogolpe');
    expect(title('no intervencion', 'es')).toBe(term('nonintervention').term.es);
    const unknown = run('define', { term: 'photosynthesis' });
    expect(unknown.tone).toBe('notice');
    expect(unknown.description!.text).toContain(term('self-coup').term.en);
  });

  it('lists the whole glossary without a term, and autocompletes terms in the user’s language', () => {
    const list = run('define', {}, 'es');
    expect(list.sections.map((s) => s.heading)).toEqual(context.content.glossary.terms.map((t) => t.term.es));
    const choices = command('define').autocomplete!({ name: 'term', value: 'asil' }, 'es', context);
    expect(choices.map((c) => c.value)).toEqual(['asylum', 'diplomatic-asylum', 'caracas-convention']);
    expect(choices[0]!.name).toBe(term('asylum').term.es);
    expect(autocompleteViolations(command('define').autocomplete!({ name: 'term', value: '' }, 'en', context))).toEqual(
      [],
    );
  });
});

describe('/timeline', () => {
  it('lists every event in order, each headed by its date', () => {
    for (const lang of LANGS) {
      const reply = run('timeline', {}, lang);
      expect(reply.sections.map((s) => s.heading)).toEqual(context.content.timeline.events.map((e) => e.date[lang]));
    }
    const headings = run('timeline', {}).sections.map((s) => s.heading);
    expect(headings[0]).toBe('December 2022');
    expect(headings).toContain('Less than a month before 4 November 2025 (no exact date in the article)');
  });
});

describe('/quote', () => {
  it('finds speakers by fuzzy-ish names: "sheinbaum", "Zela", "sre", a typo, Spanish names', () => {
    const speakers = (speaker: string) => [
      ...new Set(run('quote', { speaker }).sections.map((s) => s.heading.split(' · ')[0])),
    ];
    expect(speakers('sheinbaum')).toEqual(['Claudia Sheinbaum']);
    expect(speakers('Zela')).toEqual(['Hugo de Zela']);
    expect(speakers('de zela')).toEqual(['Hugo de Zela']);
    expect(speakers('sre')).toEqual(["Mexico's Ministry of Foreign Affairs (SRE)"]);
    expect(speakers('Sheinbam')).toEqual(['Claudia Sheinbaum']);
    expect(speakers('cancillería')).toEqual(["Mexico's Ministry of Foreign Affairs (SRE)"]);
    expect(speakers('México')).toEqual(['Claudia Sheinbaum', "Mexico's Ministry of Foreign Affairs (SRE)"]);
  });

  it('shows each quotation verbatim with speaker and ¶, and every quotation when no speaker is given', () => {
    const all = run('quote', {}, 'es');
    expect(all.sections).toHaveLength(context.content.quotes.quotations.length);
    context.content.quotes.quotations.forEach((q, i) => {
      expect(all.sections[i]!.heading).toMatch(new RegExp(`· ¶${q.paragraph}$`));
      expect(all.sections[i]!.body.text.startsWith(`“${q.quote}”\n`)).toBe(true);
      expect(paragraphText(q.paragraph)).toContain(q.quote);
    });
    expect(all.description!.text).toContain('inglés original');
  });

  it('answers an unknown speaker with a notice listing the speakers', () => {
    const reply = run('quote', { speaker: 'Boluarte' });
    expect(reply.tone).toBe('notice');
    expect(reply.description!.text).toMatch(/Hugo de Zela.*Claudia Sheinbaum.*SRE/);
  });

  it('autocompletes speakers', () => {
    const choices = command('quote').autocomplete!({ name: 'speaker', value: 'shein' }, 'en', context);
    expect(choices.map((c) => c.value)).toEqual(['sheinbaum']);
    expect(
      autocompleteViolations(command('quote').autocomplete!({ name: 'speaker', value: '' }, 'es', context)),
    ).toEqual([]);
  });
});

describe('private replies and share buttons', () => {
  it.each(REQUESTS)(
    '/%s %j: private is ephemeral, and its share button replays the same reply publicly',
    (name, options) => {
      const reply = run(name, { ...options, private: true });
      expect(reply.ephemeral).toBe(true);
      expect(reply.shareAction).toBeDefined();
      const { command: target, args } = reply.shareAction!;
      expect(target).toBe(name);
      const shared = command(target).button!(args, 'en', context);
      expect(shared.ephemeral).toBe(false);
      expect(shared.sections).toEqual(reply.sections);
      expect(run(name, options).ephemeral).toBe(false);
    },
  );

  it('answers stale or forged button arguments with a notice', () => {
    for (const name of ['position', 'compare', 'quote', 'define']) {
      for (const args of [[], ['nonsense'], ['topic', ''], ['speakers', 'nobody'], ['term', 'nothing']]) {
        const reply = command(name).button!(args, 'en', context);
        expect(['notice', 'answer'], `${name} ${args.join(':')}`).toContain(reply.tone);
      }
    }
    expect(command('compare').button!(['topic', 'zzz'], 'en', context).tone).toBe('notice');
  });
});

// ---- The CLI and the console, spawned ------------------------------------------------------------------------

const CLI = join(DIST, 'src', 'cli.js');
const copies: string[] = [];

beforeAll(async () => {
  await ensureBuilt();
}, 180_000);

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, DISCORD_TOKEN: '', ...env },
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const keys = (value: unknown) => Object.keys(value as object);
function expectCitations(citations: unknown) {
  expect(Array.isArray(citations) && citations.length > 0).toBe(true);
  for (const c of citations as unknown[]) {
    expect(keys(c)).toEqual(['paragraph', 'quote']);
    const { paragraph, quote } = c as { paragraph: unknown; quote: unknown };
    expect(typeof paragraph).toBe('number');
    expect(typeof quote).toBe('string');
    expect(paragraphText(paragraph as number)).toContain(quote as string);
  }
}

describe('cli: JSON contracts', () => {
  it('`npm run --silent cli -- position --json peru` prints exactly {party, title, stance, claims[{text, citations[{paragraph, quote}]}]}', () => {
    const result = spawnSync('npm', ['run', '--silent', 'cli', '--', 'position', '--json', 'peru'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, DISCORD_TOKEN: '' },
      timeout: 60_000,
    });
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const json = JSON.parse(lines[0]!) as { party: string; title: string; stance: string; claims: unknown[] };
    expect(keys(json)).toEqual(['party', 'title', 'stance', 'claims']);
    expect(json.party).toBe('peru');
    expect(typeof json.title).toBe('string');
    expect(typeof json.stance).toBe('string');
    expect(json.claims).toHaveLength(context.content.positions.parties[0]!.claims.length);
    for (const claim of json.claims) {
      expect(keys(claim)).toEqual(['text', 'citations']);
      expect(typeof (claim as { text: unknown }).text).toBe('string');
      expectCitations((claim as { citations: unknown }).citations);
    }
  });

  it('prints the selected language’s texts with --lang es, quotes unchanged', () => {
    const en = JSON.parse(cli(['position', '--json', 'chavez']).stdout) as {
      stance: string;
      claims: Array<{ citations: unknown }>;
    };
    const es = JSON.parse(cli(['position', '--json', '--lang', 'es', 'chavez']).stdout) as {
      stance: string;
      claims: Array<{ citations: unknown }>;
    };
    expect(es.stance).toBe(context.content.positions.parties[2]!.stance.text.es);
    expect(es.stance).not.toBe(en.stance);
    expect(es.claims.map((c) => c.citations)).toEqual(en.claims.map((c) => c.citations));
  });

  it('compare, timeline and quote print their documented shapes', () => {
    const compare = JSON.parse(cli(['compare', '--json']).stdout) as { query: unknown; points: unknown[] };
    expect(keys(compare)).toEqual(['query', 'points']);
    expect(compare.query).toBeNull();
    expect(compare.points).toHaveLength(context.content.compare.points.length);
    for (const point of compare.points as Array<Record<string, { text: string; citations: unknown }>>) {
      expect(keys(point)).toEqual(['id', 'topic', 'peru', 'mexico']);
      for (const side of [point.peru!, point.mexico!]) {
        expect(keys(side)).toEqual(['text', 'citations']);
        expectCitations(side.citations);
      }
    }
    const one = JSON.parse(cli(['compare', '--json', 'what', 'ties', 'remain']).stdout) as {
      query: string;
      points: Array<{ id: string }>;
    };
    expect(one.query).toBe('what ties remain');
    expect(one.points.map((p) => p.id)).toEqual(['ties']);

    const timeline = JSON.parse(cli(['timeline', '--json']).stdout) as { events: Array<Record<string, unknown>> };
    expect(keys(timeline)).toEqual(['events']);
    expect(timeline.events).toHaveLength(context.content.timeline.events.length);
    for (const event of timeline.events) {
      expect(keys(event)).toEqual(['date', 'precision', 'text', 'citations']);
      expect(['day', 'month', 'year', 'relative', 'undated']).toContain(event.precision);
      expectCitations(event.citations);
    }

    const quote = JSON.parse(cli(['quote', '--json', 'sheinbaum']).stdout) as {
      query: string;
      quotes: Array<Record<string, unknown>>;
    };
    expect(keys(quote)).toEqual(['query', 'quotes']);
    expect(quote.quotes.length).toBeGreaterThan(0);
    for (const q of quote.quotes) {
      expect(keys(q)).toEqual(['speaker', 'name', 'role', 'paragraph', 'quote', 'context']);
      expect(q.speaker).toBe('sheinbaum');
      expect(paragraphText(q.paragraph as number)).toContain(q.quote as string);
    }
  });

  it('summary and define print their documented shapes, in Spanish with --lang es', () => {
    const summary = JSON.parse(cli(['summary', '--json']).stdout) as {
      title: string;
      sentences: Array<Record<string, unknown>>;
    };
    expect(keys(summary)).toEqual(['title', 'sentences']);
    expect(summary.title).toContain(article.title);
    expect(summary.sentences).toHaveLength(context.content.summary.sentences.length);
    for (const sentence of summary.sentences) {
      expect(keys(sentence)).toEqual(['text', 'citations']);
      expectCitations(sentence.citations);
    }
    const spanish = JSON.parse(cli(['summary', '--json', '--lang', 'es']).stdout) as {
      sentences: Array<{ text: string; citations: unknown }>;
    };
    expect(spanish.sentences.map((s) => s.text)).toEqual(context.content.summary.sentences.map((s) => s.text.es));
    expect(spanish.sentences.map((s) => s.citations)).toEqual(summary.sentences.map((s) => s.citations));

    const one = JSON.parse(cli(['define', '--json', 'persona', 'non', 'grata']).stdout) as Record<string, unknown>;
    expect(keys(one)).toEqual(['id', 'term', 'definition', 'general', 'citations']);
    expect(one).toMatchObject({ id: 'persona-non-grata', term: 'persona non grata', general: true });
    expectCitations(one.citations);
    expect((JSON.parse(cli(['define', '--json', '--lang', 'es', 'sovereignty']).stdout) as { term: string }).term).toBe(
      'soberanía',
    );
    const all = JSON.parse(cli(['define', '--json']).stdout) as { terms: Array<Record<string, unknown>> };
    expect(keys(all)).toEqual(['terms']);
    expect(all.terms.map((t) => t.id)).toEqual(context.content.glossary.terms.map((t) => t.id));
    for (const entry of all.terms) {
      expect(keys(entry)).toEqual(['id', 'term', 'definition', 'general', 'citations']);
      expect(typeof entry.general).toBe('boolean');
      expectCitations(entry.citations);
    }
  });

  it('gives {error, valid} and exit code 1 for an unknown party, topic, speaker or term', () => {
    for (const [args, valid] of [
      [['define', '--json', 'photosynthesis'], context.content.glossary.terms.map((t) => t.id)],
      [
        ['position', '--json', 'narnia'],
        ['peru', 'mexico', 'chavez'],
      ],
      [
        ['quote', '--json', 'nobody'],
        ['de-zela', 'sheinbaum', 'sre'],
      ],
      [['compare', '--json', 'football'], context.content.compare.points.map((p) => p.id)],
    ] as const) {
      const { code, stdout } = cli([...args]);
      expect(code, 'a script sees the call failed').toBe(1);
      const json = JSON.parse(stdout) as { error: string; valid: string[] };
      expect(keys(json)).toEqual(['error', 'valid']);
      expect(json.valid).toEqual(valid);
    }
  });

  it('prints human-readable replies with ¶ citations', () => {
    expect(cli(['position', 'mexico']).stdout).toContain('Caracas Convention');
    expect(cli(['timeline', '--lang', 'es']).stdout).toContain('**Junio de 2023**');
    expect(cli(['quote', 'Zela']).stdout).toContain('**Hugo de Zela · ¶10**');
    expect(cli(['compare', 'unfriendly']).stdout).toMatch(/¶7 “as recognized by the General Assembly/);
  });
});

describe('start-up with a broken citation', () => {
  it('exits 1 with exactly one stderr line naming the file, the claim and the quote, and no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-cli-'));
    copies.push(dir);
    cpSync(join(PROJECT_ROOT, 'corpus'), dir, { recursive: true });
    const file = join(dir, 'content', 'positions.json');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        '"Chavez formally requested asylum from Mexico"',
        '"Chavez formally requested asylum from Peru"',
      ),
    );
    for (const args of [
      ['position', '--json', 'peru'],
      ['ask', 'why'],
    ]) {
      const { code, stdout, stderr } = cli(args, { CORPUS_DIR: dir });
      expect(code).toBe(1);
      expect(stdout).toBe('');
      const lines = stderr.split('\n').filter((line) => line !== '');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toBe(
        `Corpus error: ${file}: party "chavez", claim 5 ("She formally requested asylum from Mexico."): quote "Chavez formally requested asylum from Peru" is not in ¶4; copy the words exactly from the article (only spaces and the shape of quote marks may differ)`,
      );
      expect(stderr).not.toMatch(/\s+at\s|Error:/);
    }
  });
});

describe('offline console', () => {
  it('answers /position, /quote, /compare, /timeline and the Spanish command names', () => {
    const input =
      '/position peru\n/quote sheinbaum\n/compare ties\n/timeline\n/postura mexico\n/cita sre\n/position narnia\n';
    const result = spawnSync(process.execPath, [join(DIST, 'src', 'main.js')], {
      cwd: PROJECT_ROOT,
      input,
      encoding: 'utf8',
      env: { ...process.env, DISCORD_TOKEN: '' },
      timeout: 30_000,
    });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const out = result.stdout;
    expect(out).toContain("**Peru's government — President José Jerí and Foreign Minister Hugo de Zela**");
    expect(out).toContain('**What Claudia Sheinbaum said**');
    expect(out).toContain('**What ties remain?**');
    expect(out).toContain('**Timeline of the crisis**');
    expect(out).toContain("**Mexico's government — President Claudia Sheinbaum");
    expect(out).toContain("**Mexico's Ministry of Foreign Affairs (SRE) · ¶7**");
    expect(out).toContain('Choose one of these parties: Peru (peru), Mexico (mexico), Betssy Chávez (chavez).');
  });
});
