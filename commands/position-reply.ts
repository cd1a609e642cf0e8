/**
 * The reply of /position for one party (its stance, then each claim with the article's words that support it),
 * which /ask also leads with. Apart from the command (position.ts), which reads its party choices from
 * positions.json with the file's schema when it is defined: /ask's leads need no schema.
 */
import type { AppContext } from '../src/context.js';
import { citedLine, contentReply, quoteLines } from '../src/content/format.js';
import type { ClaimKind, Party } from '../src/content/types.js';
import { t, type MessageKey } from '../src/i18n/index.js';
import type { Lang, Reply } from '../src/reply/model.js';

/** The heading word for each kind of claim. */
const KIND_KEYS: Record<ClaimKind, MessageKey> = {
  action: 'position.kind.action',
  argument: 'position.kind.argument',
  demand: 'position.kind.demand',
  keeps: 'position.kind.keeps',
  background: 'position.kind.background',
};

/** A party's position: its stance, then every claim, each cited. */
export function positionReply(party: Party, lang: Lang, context: AppContext): Reply {
  return contentReply(context, lang, {
    source: context.content.positions.source,
    title: party.title[lang],
    description: `${citedLine(party.stance, lang)}\n${t(lang, 'content.quotedNote')}`,
    sections: party.claims.map((claim, i) => ({
      heading: t(lang, 'position.claim', { n: i + 1, kind: t(lang, KIND_KEYS[claim.kind]) }),
      text: [citedLine(claim, lang), ...quoteLines(claim.citations)].join('\n'),
      citations: claim.citations,
    })),
    alsoCited: party.stance.citations,
    share: { command: 'position', args: [party.id] },
  });
}
