/**
 * Where a reply can be public (src/bot/visibility.ts), on interactions shaped as Discord sends them from each
 * place, including forged ones; end to end in tests/e2e-user-install.test.ts.
 */
import type { APIInteraction } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { canAnswerPublicly, fitVisibility } from '../src/bot/visibility.js';
import type { Reply } from '../src/reply/model.js';
import { chatInput, type Place, type Sender } from './discord-standin/payloads.js';

const APP = '1300000000000000001';
const from = (place: Place, extra: Partial<Sender> = {}): APIInteraction =>
  chatInput(APP, 'ask', { question: 'x' }, { userId: '1500000000000000001', place, ...extra });

const reply: Reply = {
  tone: 'answer',
  title: 'T',
  sections: [],
  buttons: [],
  ephemeral: false,
  shareAction: { command: 'ask', args: ['x'] },
};

describe('canAnswerPublicly', () => {
  it('is true in DMs, group DMs and servers that installed the bot, whatever the user’s permissions', () => {
    for (const place of ['bot-dm', 'user-dm', 'group-dm', 'guild'] as const) {
      expect(canAnswerPublicly(from(place, { externalApps: false })), place).toBe(true);
    }
  });

  it('in a server without the bot, follows the user’s Use External Apps permission', () => {
    expect(canAnswerPublicly(from('guild-without-bot'))).toBe(true);
    expect(canAnswerPublicly(from('guild-without-bot', { externalApps: false }))).toBe(false);
  });

  it('treats missing or unreadable permissions there as private, without throwing', () => {
    const interaction = from('guild-without-bot') as APIInteraction & { member: { permissions: string } };
    for (const permissions of ['not a number', '', '-1.5']) {
      expect(canAnswerPublicly({ ...interaction, member: { ...interaction.member, permissions } }), permissions).toBe(
        false,
      );
    }
    expect(canAnswerPublicly({ ...interaction, member: undefined })).toBe(false);
  });
});

describe('fitVisibility', () => {
  it('makes the reply private and drops its Share action only where public is impossible', () => {
    expect(fitVisibility(reply, from('group-dm'))).toBe(reply);
    const fitted = fitVisibility(reply, from('guild-without-bot', { externalApps: false }));
    expect(fitted.ephemeral).toBe(true);
    expect(fitted.shareAction).toBeUndefined();
    expect({ ...fitted, ephemeral: false, shareAction: reply.shareAction }).toEqual(reply);
  });
});
