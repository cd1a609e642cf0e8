/**
 * The Discord renderer at each limit of ../shared/discord/LIMITS.md: the largest value that fits goes through
 * unchanged, one more is shortened (or left out) so that Discord never refuses the payload. Every payload is
 * also checked against Discord's own schema and the limits checker (tests/limits-checker.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  decodeCustomId,
  embedLength,
  encodeCustomId,
  renderChoices,
  renderDiscordMessage,
  renderEmbed,
} from '../src/render/discord.js';
import { DISCORD_LIMITS } from '../src/reply/limits.js';
import { escapeMarkdown, neutralizeUserText, renderRichText, shorten } from '../src/render/markdown.js';
import type { Reply, ReplyButton, ReplySection } from '../src/reply/model.js';
import { autocompleteViolations, messageViolations, pingViolations } from './limits-checker.js';

const reply = (extra: Partial<Reply> = {}): Reply => ({
  tone: 'answer',
  title: 'Title',
  sections: [],
  buttons: [],
  ephemeral: false,
  ...extra,
});
const section = (heading: string, text: string, extra: Partial<ReplySection['body']> = {}): ReplySection => ({
  heading,
  body: { text, ...extra },
  citations: [],
});
const render = (r: Reply) => {
  const payload = renderDiscordMessage(r, 'en');
  expect(messageViolations(payload)).toEqual([]);
  return payload;
};
const embed = (r: Reply) => render(r).embeds![0]!;
const boldPairs = (text: string) => (text.replace(/\\\*/g, '').match(/\*\*/g) ?? []).length % 2 === 0;

describe('every message', () => {
  it('has allowed_mentions {parse: []}, no content (so no link preview), and flag 64 only when private', () => {
    const pub = render(reply());
    expect(pub.allowed_mentions).toEqual({ parse: [] });
    expect(pub.content).toBeUndefined();
    expect(pub.flags).toBeUndefined();
    expect(render(reply({ ephemeral: true })).flags).toBe(64);
  });

  it('adds "Share in channel" only to a private reply that can be shared', () => {
    const share = { command: 'ask', args: ['more', '0', 'peru'] };
    const ids = (r: Reply) =>
      (render(r).components ?? []).flatMap((row) =>
        'components' in row ? row.components.map((c) => ('custom_id' in c ? c.custom_id : '')) : [],
      );
    expect(ids(reply({ ephemeral: true, shareAction: share }))).toEqual(['share:ask:more:0:peru']);
    expect(ids(reply({ ephemeral: false, shareAction: share }))).toEqual([]);
    expect(ids(reply({ ephemeral: true }))).toEqual([]);
  });
});

describe('embed limits', () => {
  it('title: 256 characters kept, 257 shortened to 256 ending in …', () => {
    expect(embed(reply({ title: 't'.repeat(256) })).title).toBe('t'.repeat(256));
    const cut = embed(reply({ title: 't'.repeat(257) })).title!;
    expect(cut.length).toBe(256);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('description: 4,096 characters kept, 4,097 shortened', () => {
    expect(embed(reply({ description: { text: 'd'.repeat(4096) } })).description).toHaveLength(4096);
    expect(embed(reply({ description: { text: 'd'.repeat(4097) } })).description!.length).toBeLessThanOrEqual(4096);
  });

  it('footer: 2,048 characters kept, 2,049 shortened', () => {
    expect(embed(reply({ footer: 'f'.repeat(2048) })).footer!.text).toHaveLength(2048);
    expect(embed(reply({ footer: 'f'.repeat(2049) })).footer!.text.length).toBeLessThanOrEqual(2048);
  });

  it('field name 256 / value 1,024 kept; one more is shortened', () => {
    const kept = embed(reply({ sections: [section('n'.repeat(256), 'v'.repeat(1024))] })).fields![0]!;
    expect([kept.name.length, kept.value.length]).toEqual([256, 1024]);
    const cut = embed(reply({ sections: [section('n'.repeat(257), 'v'.repeat(1025))] })).fields![0]!;
    expect(cut.name.length).toBeLessThanOrEqual(256);
    expect(cut.value.length).toBeLessThanOrEqual(1024);
    expect(cut.value.endsWith('…')).toBe(true);
  });

  it('25 fields at most: a 26th section is left out', () => {
    expect(embed(reply({ sections: Array.from({ length: 26 }, (_, i) => section(`h${i}`, 'v')) })).fields).toHaveLength(
      25,
    );
  });

  it('all text together stays within 6,000 even when every part is at its own maximum', () => {
    const e = embed(
      reply({
        title: 't'.repeat(300),
        description: { text: 'd'.repeat(5000) },
        footer: 'f'.repeat(3000),
        sections: Array.from({ length: 30 }, () => section('h'.repeat(300), 'v'.repeat(2000))),
      }),
    );
    expect(embedLength(e)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
    const fieldsOnly = embed(
      reply({ sections: Array.from({ length: 25 }, () => section('h'.repeat(40), 'v'.repeat(1024))) }),
    );
    expect(embedLength(fieldsOnly)).toBeLessThanOrEqual(6000);
    expect(fieldsOnly.fields!.length).toBeGreaterThanOrEqual(5);
  });

  it('blank headings and bodies become a zero-width space (Discord refuses empty fields)', () => {
    const field = embed(reply({ sections: [section('  ', '   ')] })).fields![0]!;
    expect([field.name, field.value]).toEqual(['\u200B', '\u200B']);
  });
});

describe('highlights', () => {
  const text = 'Peru broke relations with Mexico over asylum.';
  const spans = [
    { start: 0, end: 4 },
    { start: 26, end: 32 },
  ];

  it('matched words are bold and the rest escaped', () => {
    expect(renderRichText({ text: `${text} *`, highlights: spans }, 1024)).toBe(
      '**Peru** broke relations with **Mexico** over asylum. \\*',
    );
  });

  it('touching highlights merge, spaces are kept outside the markers, spans past the end are clipped', () => {
    expect(
      renderRichText(
        {
          text: 'ab cd',
          highlights: [
            { start: 0, end: 1 },
            { start: 1, end: 3 },
            { start: 3, end: 99 },
          ],
        },
        100,
      ),
    ).toBe('**ab** **cd**');
  });

  it('when shortened, the bold markers stay paired and the result fits', () => {
    const long = `${'word '.repeat(300)}Mexico ${'word '.repeat(300)}`;
    const at = long.indexOf('Mexico');
    for (const max of [50, 1024, at + 3, at + 6, at + 9, at + 12]) {
      const out = renderRichText({ text: long, highlights: [{ start: at, end: at + 6 }] }, max);
      expect(out.length, `max ${max}`).toBeLessThanOrEqual(max);
      expect(boldPairs(out), out.slice(-30)).toBe(true);
      expect(out.endsWith('…')).toBe(true);
    }
  });
});

describe('user text', () => {
  it('is shortened to 200 characters whatever its length', () => {
    for (const length of [199, 200, 201, 5000])
      expect(neutralizeUserText('a'.repeat(length)).length).toBeLessThanOrEqual(200);
    expect(neutralizeUserText('*'.repeat(5000)).length, 'escapes do not push it past the limit').toBeLessThanOrEqual(
      200,
    );
    expect(neutralizeUserText('@'.repeat(5000)).length).toBeLessThanOrEqual(200);
  });

  it('cannot mention, ping, format or hide text', () => {
    const payload = render(
      reply({
        description: {
          text: 'Q: @everyone @here <@&123456789012345678> <@1> <#2> **b** ||s|| [l](https://x.y) \u202eevil\u0000',
          fromUser: true,
        },
      }),
    );
    expect(pingViolations(payload)).toEqual([]);
    const description = payload.embeds![0]!.description!;
    expect(description).toContain('\\*\\*b\\*\\*');
    expect(description).toContain('\\|\\|s\\|\\|');
    // The link stays readable but is no link: Discord needs "https://" unbroken.
    expect(description).toContain('https:\u200B//x.y)');
    expect(description).not.toMatch(/https?:\/\//);
    expect(description).not.toMatch(/[\u202e\u0000]/);
  });

  it('escapeMarkdown escapes inline and line-start markup', () => {
    expect(escapeMarkdown('# a\n> b\n- c\n1. d _e_ `f` ~~g~~ [h](https://x) ||i|| **j**')).toBe(
      '\\# a\n\\> b\n\\- c\n1\\. d \\_e\\_ \\`f\\` \\~\\~g\\~\\~ \\[h](https://x) \\|\\|i\\|\\| \\*\\*j\\*\\*',
    );
  });

  it('shorten never leaves half a surrogate pair or a dangling backslash', () => {
    expect(shorten('ab😀😀😀', 4)).toBe('ab…');
    expect(shorten('abc\\*def', 5)).toBe('abc…');
    expect(shorten('abc', 3)).toBe('abc');
  });
});

describe('buttons', () => {
  const button = (label: string, args: string[] = ['x']): ReplyButton => ({
    label,
    style: 'primary',
    action: { command: 'ask', args },
  });
  const buttons = (r: Reply) =>
    (render(r).components ?? []).flatMap((row) => ('components' in row ? (row.components as object[]) : []));

  it('label: 80 kept, 81 shortened', () => {
    expect(buttons(reply({ buttons: [button('l'.repeat(80))] }))[0]).toMatchObject({ label: 'l'.repeat(80) });
    expect(
      (buttons(reply({ buttons: [button('l'.repeat(81))] }))[0] as { label: string }).label.length,
    ).toBeLessThanOrEqual(80);
  });

  it('custom_id: 100 kept, longer cut at a word boundary and never inside a surrogate pair; it decodes back', () => {
    const exact = { command: 'ask', args: ['more', '0', 'k'.repeat(100 - 'run:ask:more:0:'.length)] };
    expect(encodeCustomId('run', exact)).toHaveLength(100);
    const words = encodeCustomId('run', { command: 'ask', args: ['more', '0', 'word '.repeat(30)] });
    expect(words.length).toBeLessThanOrEqual(100);
    expect(words.endsWith('word')).toBe(true);
    const emoji = encodeCustomId('run', { command: 'ask', args: ['more', '0', '😀'.repeat(60)] });
    expect(emoji.length).toBeLessThanOrEqual(100);
    expect(emoji).not.toMatch(/[\uD800-\uDBFF]$/);
    expect(decodeCustomId(encodeCustomId('share', { command: 'source', args: ['paragraph', 'doc', '3'] }))).toEqual({
      share: true,
      action: { command: 'source', args: ['paragraph', 'doc', '3'] },
    });
    expect(decodeCustomId('something:else')).toBeUndefined();
  });

  it('at most 5 rows of 5, repeated custom_ids shown once', () => {
    const many = Array.from({ length: 30 }, (_, i) => button(`b${i}`, [`a${i}`]));
    const rendered = render(reply({ buttons: [...many, button('again', ['a0'])] }));
    expect(rendered.components).toHaveLength(5);
    expect(buttons(reply({ buttons: [button('one', ['same']), button('two', ['same'])] }))).toHaveLength(1);
  });
});

describe('autocomplete choices', () => {
  it('25 kept, the 26th left out', () => {
    const choices = Array.from({ length: 26 }, (_, i) => ({ name: `n${i}`, value: `v${i}` }));
    expect(renderChoices(choices.slice(0, 25))).toHaveLength(25);
    expect(renderChoices(choices)).toHaveLength(25);
  });

  it('names: 100 kept, 101 shortened; values over 100 left out (a cut value would ask something else)', () => {
    const out = renderChoices([
      { name: 'n'.repeat(100), value: 'a' },
      { name: 'n'.repeat(101), value: 'b' },
      { name: 'ok', value: 'v'.repeat(100) },
      { name: 'too long', value: 'v'.repeat(101) },
    ]);
    expect(out.map((c) => [c.name.length, c.value.length])).toEqual([
      [100, 1],
      [100, 1],
      [2, 100],
    ]);
    expect(autocompleteViolations(out)).toEqual([]);
  });

  it('one line each, no blanks, no repeats', () => {
    const out = renderChoices([
      { name: 'a\nb\u0000c', value: 'x\ny' },
      { name: '   ', value: 'blank name' },
      { name: 'empty value', value: '' },
      { name: 'again', value: 'x y' },
    ]);
    expect(out).toEqual([{ name: 'a b c', value: 'x y' }]);
  });
});

describe('the embed renderer alone', () => {
  it('gives an embed something to show even for an empty reply', () => {
    const e = renderEmbed(reply({ title: '' }));
    expect(e.description).toBe('\u200B');
  });
});
