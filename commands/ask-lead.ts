/**
 * /ask leads with the right fixed content when a question asks for it (src/content/leads.ts reads the question):
 * a summary request gets the summary, "Peru's argument" Peru's stance and first claims, "who is right?" a neutral
 * note and the /compare points, "what happened after 4 November" the date the sources end, "what does X mean"
 * the glossary entry, "quiz me" a quiz question, "discussion questions" the prompts. Passages that fit follow the
 * lead (or none); a question that asks for none of these gets no lead and is answered exactly as before.
 *
 * JSON (`ask --json` adds, only when a reply leads with fixed content):
 *   "lead": {"kind": "summary" | "position" | "compare" | "coverage" | "glossary" | "quiz" | "discuss",
 *            "id"?: string (the party or term id), "text": string (what the lead shows, as plain text)}
 */
import type { AppContext } from '../src/context.js';
import { citedLine, replyCitations } from '../src/content/format.js';
import { attributedParty, readLead, type LeadKind, type LeadSources } from '../src/content/leads.js';
import { longDate } from '../src/i18n/dates.js';
import { t } from '../src/i18n/index.js';
import { sourceFooter } from '../src/reply/citations.js';
import type { ContentCitation, Party } from '../src/content/schema.js';
import type { Quotation } from '../src/content/types.js';
import type { SearchHit, SearchResponse } from '../src/search/engine.js';
import { readerTranslation } from '../src/reply/translated.js';
import { DISCORD_LIMITS } from '../src/reply/limits.js';
import {
  LOCAL_USER,
  type Lang,
  type Reply,
  type ReplyButton,
  type ReplySection,
  type Requester,
} from '../src/reply/model.js';
import { compareReply, findPoints } from './compare.js';
import { definitionText, glossaryReply, termReply } from './define.js';
import { discussReply } from './discuss.js';
import { foldedSpeakers, foldedWords, ownWordsFirst } from './own-words.js';
import { positionReply } from './position-reply.js';
import { startQuiz } from './quiz.js';

/** Claims of a party shown under its stance; the button leads to all of them. */
const LEAD_CLAIMS = 2;

/** Fixed content to show before the passages. */
export interface Lead {
  kind: LeadKind;
  /** The party or glossary term. */
  id?: string;
  sections: ReplySection[];
  buttons: ReplyButton[];
  /** What to search for passages to show after the lead; undefined: none. */
  search?: string;
  /** A whole reply instead (a quiz question, with its own buttons and count). */
  reply?: Reply;
  /**
   * For a party's position: the paragraphs where it states its case (cited by its stance and by its argument,
   * demand and keeps claims, not its actions or background), most cited first.
   */
  stated?: readonly StatedParagraph[];
  /**
   * For a party's position summed up ("resume la postura de México"): the paragraphs where it states its case lead,
   * weightiest first, whatever else the search finds.
   */
  summarised?: true;
  /** For a party's position summed up: what it is asked about, without the party and the words asking for it. */
  topic?: string;
  /**
   * For a party's position: the whole question, searched when what the lead leaves of it finds none of the paragraphs
   * where the party states its case ("how does Mexico justify protecting her": "justify" went with the lead).
   */
  question?: string;
  /**
   * For a summary: the passage it opens with, shown when the rest of the question finds none ("what is the main
   * idea of the article?" is answered by the summary and the article's opening paragraph).
   */
  grounds?: readonly StatedParagraph[];
  /**
   * For a comparison: where each side states its case, a list per side in the order the question names them
   * (else the order of /compare); the passages take turns between the sides.
   */
  eachSide?: readonly SideCase[];
  /**
   * For a comparison: what it asks of the sides, the question without its words of comparing and of the parties
   * ("how … see the asylum"); a side's paragraphs whose quotations on the points it names write it come first.
   */
  asked?: string;
}

/** Where one side of a comparison states its case, and whether the question names that side. */
export interface SideCase {
  stated: readonly StatedParagraph[];
  named: boolean;
  /** The side's quotations on the /compare points the question names (none when it names none). */
  onPoints: readonly ContentCitation[];
}

/** A paragraph where a party states its case: how many of its texts cite it, and the first quotation from it. */
export interface StatedParagraph {
  docId: string;
  paragraph: number;
  citations: number;
  /** How many of those citations quote the article's own words, not a quotation it prints (see {@link caseWeight}). */
  narrated: number;
  /** The words of the paragraph the first of those citations quotes, which its passage shows in bold. */
  quote: string;
  /** The words of the paragraph each of those citations quotes (the first is `quote`). */
  quotes?: readonly string[];
}

/** A paragraph of an article, as one key. */
const paragraphKey = (docId: string, paragraph: number) => `${docId}\u0000${paragraph}`;

/**
 * Share of the best passage's score that a passage gains where the party asked about states its case: enough to
 * put it ahead of a passage that scores a little more without stating it (the opening paragraph that reports the
 * break), not ahead of a distant one.
 */
const STATED_CASE_BOOST = 0.35;

/** What a party's claims of these kinds cite is where it states its case; its actions and background are events. */
const CASE_CLAIM_KINDS: ReadonlySet<string> = new Set(['argument', 'demand', 'keeps']);

/**
 * A position lead's passages with those where the party states its case first: "what reasons did Peru give for
 * breaking off relations" is answered by de Zela's announcement (¶2), not by the opening paragraph that reports the
 * break. Only the page shown is reordered, so that "More passages" goes on from the same ranking.
 */
export function statedFirst(response: SearchResponse, stated: readonly StatedParagraph[]): SearchResponse {
  const keys = new Set(stated.map((p) => paragraphKey(p.docId, p.paragraph)));
  if (!response.answered || response.hits.length < 2) return response;
  const best = response.hits[0]!.score;
  // A search of several questions lists its parts in turn, not by score: keep each passage at most its elders' score.
  let ceiling = Infinity;
  const weighed = response.hits.map((hit, i) => {
    ceiling = Math.min(ceiling, best > 0 ? hit.score / best : 0);
    const boost = keys.has(paragraphKey(hit.docId, hit.paragraph)) ? STATED_CASE_BOOST : 0;
    return { hit, i, weight: ceiling + boost };
  });
  weighed.sort((a, b) => b.weight - a.weight || a.i - b.i);
  return { ...response, hits: weighed.map(({ hit }) => hit) };
}

/**
 * Citations that make a paragraph one where a party states its case, for its position and for a view given as its
 * own: a paragraph its texts cite once is where a claim found a detail (Peru's case that Chávez co-authored the coup
 * cites ¶4 for what its prosecutors accuse her of; ¶4 is her story and Sheinbaum's words), not where the party speaks.
 */
const MIN_CASE_CITATIONS = 2;

/**
 * How much of a party's case a paragraph states: its citations, those in the article's own words counting twice. The
 * article summing up a side's view ("Peru's leadership viewed the asylum as a direct affront", ¶5; "Mexico has stood
 * firm in its defense of the right to asylum", ¶7) states it as a view; a quotation a claim draws on (de Zela's
 * announcement, ¶2) makes the case in passing while reporting what was said or done.
 */
export const caseWeight = (p: StatedParagraph) => p.citations + p.narrated;

/** A side's most cited paragraph's citations, and the most of them in the article's own words (at least 1 each). */
interface CaseMost {
  citations: number;
  narrated: number;
}

/** The {@link CaseMost} of a side's paragraphs. */
const caseMost = (stated: readonly StatedParagraph[]): CaseMost => ({
  citations: Math.max(1, ...stated.map((p) => p.citations)),
  narrated: Math.max(1, ...stated.map((p) => p.narrated)),
});

/**
 * How much of a side's case a paragraph states, as a share of its weightiest: its citations as a share of the most,
 * plus those in the article's own words as a share of the most such (see {@link caseWeight}).
 */
const caseShare = (p: StatedParagraph, most: CaseMost) =>
  (p.citations / most.citations + p.narrated / most.narrated) / 2;

/** Whether a citation's words lie inside one of the quotations the article prints in that paragraph. */
function insideQuotation(paragraph: number, quote: string, quotations: readonly Quotation[]): boolean {
  const words = ` ${foldedWords(quote)} `;
  return quotations.some((q) => q.paragraph === paragraph && ` ${foldedWords(q.quote)} `.includes(words));
}

/**
 * The paragraphs where a party states its case (what its stance and its argument, demand and keeps claims cite, at
 * least `least` times if any is), weightiest first ({@link caseWeight}), each with the first quotation citing it.
 * `quotations`, the article's, tell its own words from what it quotes; without them (a speaker's own words asked)
 * no citation counts as the article's own words.
 */
function statedParagraphs(
  party: Party,
  docId: string,
  least = 1,
  quotations?: readonly Quotation[],
): StatedParagraph[] {
  const stated = new Map<number, StatedParagraph>();
  const statements = [party.stance, ...party.claims.filter((claim) => CASE_CLAIM_KINDS.has(claim.kind))];
  for (const { paragraph, quote } of statements.flatMap((cited) => cited.citations)) {
    const narrated = quotations && !insideQuotation(paragraph, quote, quotations) ? 1 : 0;
    const known = stated.get(paragraph);
    if (known) {
      known.citations++;
      known.narrated += narrated;
      known.quotes = [...(known.quotes ?? []), quote];
    } else stated.set(paragraph, { docId, paragraph, citations: 1, narrated, quote, quotes: [quote] });
  }
  const all = [...stated.values()].sort((a, b) => caseWeight(b) - caseWeight(a) || a.paragraph - b.paragraph);
  // A party whose texts cite no paragraph that often (a new one, briefly cited) keeps them all.
  const often = all.filter((p) => p.citations >= least);
  return often.length > 0 ? often : all;
}

/**
 * The paragraphs where a party states its case with, after them, those where one who speaks for it and whom the
 * question names is quoted: a direct quotation is the speaker's own word, whatever a claim makes of it ("how does
 * Sheinbaum describe the way Mexico handled the request" is answered by her words in ¶4, which a claim cites as what
 * Mexico did, before ¶6, where she demands Castillo's release). Only for a speaker named: a question of the party's
 * case ("why does Mexico say the asylum is legal") is answered where the party argues it (the SRE's defence, ¶7).
 */
function statedOrQuoted(party: Party, question: string, context: AppContext, least = 1): StatedParagraph[] {
  const { quotations, source } = context.content.quotes;
  const voices = new Set(voicesNamed(party.id, question, context.content).map((speaker) => speaker.id));
  const stated = statedParagraphs(party, source, least, voices.size > 0 ? undefined : quotations);
  const quoted: StatedParagraph[] = [];
  for (const { speaker, paragraph, quote } of quotations) {
    const known = (p: StatedParagraph) => p.docId === source && p.paragraph === paragraph;
    if (voices.has(speaker) && !stated.some(known) && !quoted.some(known))
      quoted.push({ docId: source, paragraph, citations: 0, narrated: 0, quote });
  }
  return [...stated, ...quoted];
}

/** The speakers for a party whom a question names ("de Zela" for Peru, "Sheinbaum" for Mexico). */
function voicesNamed(party: string, question: string, content: AppContext['content']): SpeakerNames[] {
  const asked = ` ${foldedWords(question)} `;
  return speakerNames(content).filter(
    (speaker) => speaker.party === party && speaker.names.some((name) => asked.includes(` ${name} `)),
  );
}

/** A speaker's id, party and folded names (its name and aliases), without those that name a party. */
interface SpeakerNames {
  readonly id: string;
  readonly party: string | undefined;
  readonly names: readonly string[];
}

/** {@link speakerNames} of each content met: they depend on the content alone, not on the question. */
const speakerNamesOf = new WeakMap<AppContext['content'], readonly SpeakerNames[]>();

/**
 * The quoted speakers' names, folded once per content rather than once per question ({@link statedOrQuoted} looks
 * for them in each question attributed to a party). A name that is also a party's ("Peru") names no speaker.
 */
function speakerNames(content: AppContext['content']): readonly SpeakerNames[] {
  let known = speakerNamesOf.get(content);
  if (known === undefined) {
    const { speakers, partyNames } = foldedSpeakers(content);
    known = speakers.map((speaker) => ({
      id: speaker.id,
      party: speaker.party,
      names: [speaker.name, ...speaker.aliases].filter((name) => !partyNames.has(name)),
    }));
    speakerNamesOf.set(content, known);
  }
  return known;
}

/** The sides of /compare, those the question names first, in the order it names them, then the others. */
function sidesInTurn(sides: readonly string[], named: readonly string[]): string[] {
  const first = named.filter((id) => sides.includes(id));
  return [...first, ...sides.filter((id) => !first.includes(id))];
}

/** The passage a summary opens with: its first sentence's first citation (an article's opening paragraph). */
function summaryOpening(sentences: readonly { citations: readonly ContentCitation[] }[], docId: string) {
  const first = sentences[0]?.citations[0];
  return first ? [{ docId, paragraph: first.paragraph, citations: 1, narrated: 0, quote: first.quote }] : [];
}

/** What lead phrases are read with: the phrases, the glossary's terms, the stop words, where the sources end. */
export function leadSources(context: AppContext): LeadSources {
  return {
    phrases: context.content.leads,
    terms: context.content.glossary.terms,
    stopWords: context.corpus.stopWords,
    newest: newestArticle(context).published,
    isEverydayWord: (folded) => context.engine.isEverydayWord(folded),
    withoutGuess: (question) => context.engine.withoutGuessedAnswer(question),
  };
}

/** The newest article: where the sources end. */
function newestArticle(context: AppContext) {
  return [...context.corpus.articles].sort((a, b) => b.published.localeCompare(a.published))[0]!;
}

/** Lines packed into as few sections as fit a field, the first under `heading`, the others continuing it. */
function packed(heading: string, continued: string, lines: readonly string[], citations: ReplySection['citations']) {
  const sections: ReplySection[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length === 0) return;
    sections.push({
      heading: sections.length === 0 ? heading : continued,
      body: { text: current.join(' ') },
      citations,
    });
    current = [];
  };
  for (const line of lines) {
    if ([...current, line].join(' ').length > DISCORD_LIMITS.embedFieldValue) flush();
    current.push(line);
  }
  flush();
  return sections;
}

const button = (label: string, command: string, args: string[]): ReplyButton => ({
  label,
  style: 'secondary',
  action: { command, args },
});

/** The lead for a question, or undefined when it asks for none. */
export function findLead(
  question: string,
  lang: Lang,
  context: AppContext,
  user: Requester = LOCAL_USER,
): Lead | undefined {
  const { content } = context;
  const intent = readLead(question, leadSources(context));
  if (!intent) return undefined;
  const { kind, id, search, sides, parties, summarised, topic } = intent;
  // A party asked by its speaker's name ("compare de Zela's stance with the SRE's") is asked for that speaker's own
  // words: the article's account of the party's view then weighs no more than the quotations.
  const narration = (party: string) =>
    voicesNamed(party, question, content).length > 0 ? undefined : content.quotes.quotations;
  switch (kind) {
    case 'summary': {
      const { sentences, source } = content.summary;
      const citations = replyCitations(
        sentences.flatMap((s) => s.citations),
        source,
        context,
      );
      const lines = sentences.map((sentence) => citedLine(sentence, lang));
      return {
        kind,
        sections: packed(t(lang, 'lead.summary.heading'), t(lang, 'lead.summary.continued'), lines, citations),
        buttons: [button(t(lang, 'lead.summary.button'), 'summary', [])],
        search,
        grounds: summaryOpening(sentences, source),
      };
    }
    case 'position': {
      const party = content.positions.parties.find((p) => p.id === id)!;
      const full = positionReply(party, lang, context);
      const stance = {
        heading: party.title[lang],
        body: { text: citedLine(party.stance, lang) },
        citations: full.sections[0]!.citations,
      };
      return {
        kind,
        id,
        sections: [stance, ...full.sections.slice(0, LEAD_CLAIMS)],
        buttons: [button(t(lang, 'lead.position.button', { party: party.name[lang] }), 'position', [party.id])],
        search,
        stated: statedParagraphs(party, content.positions.source, MIN_CASE_CITATIONS, narration(party.id)),
        question,
        // Not when a speaker for it is named ("resume la postura de Sheinbaum"): that is asked in her own words.
        ...(summarised && narration(party.id) && { summarised, topic }),
      };
    }
    case 'compare': {
      const named = search === undefined ? [] : findPoints(search, context);
      const points = named.length > 0 ? named : content.compare.points;
      const note = {
        heading: t(lang, 'lead.compare.heading'),
        body: { text: t(lang, 'lead.compare.body') },
        citations: [],
      };
      return {
        kind,
        sections: [note, ...compareReply(points, ['all'], lang, context).sections],
        buttons: [button(t(lang, 'lead.compare.button'), 'compare', ['all'])],
        // Points on a named topic: passages where the sides say it. All points: passages only for what they leave.
        search: named.length > 0 ? sides : search,
        asked: search,
        eachSide: sidesInTurn(content.compare.sides, parties ?? []).map((side) => ({
          stated: statedParagraphs(
            content.positions.parties.find((p) => p.id === side)!,
            content.positions.source,
            1,
            narration(side),
          ),
          named: parties?.includes(side) ?? false,
          onPoints: named.flatMap((point) => point.sides.find((s) => s.party === side)?.citations ?? []),
        })),
      };
    }
    case 'coverage': {
      const newest = newestArticle(context);
      const title = readerTranslation(newest, lang)?.title ?? newest.title;
      const text = t(lang, 'lead.coverage.body', { date: longDate(newest.published, lang), source: title });
      return {
        kind,
        sections: [{ heading: t(lang, 'lead.coverage.heading'), body: { text }, citations: [] }],
        buttons: [],
        search,
      };
    }
    case 'glossary': {
      const term = id === undefined ? undefined : content.glossary.terms.find((entry) => entry.id === id);
      if (!term) {
        return { kind, sections: glossaryReply(lang, context).sections, buttons: [], search };
      }
      const entry = { heading: term.term[lang], body: { text: definitionText(term, lang) }, citations: [] };
      return {
        kind,
        id,
        sections: [entry, ...termReply(term, lang, context).sections],
        buttons: [button(t(lang, 'define.list.title'), 'define', ['all'])],
        search,
      };
    }
    case 'quiz':
      return { kind, sections: [], buttons: [], reply: startQuiz(undefined, user, lang, context) };
    case 'discuss':
      return { kind, sections: discussReply(content.discuss.prompts, '', lang, context).sections, buttons: [], search };
  }
}

/**
 * What /ask finds for a question: its lead (when it asks for fixed content) and the search whose passages are shown
 * — of the whole question without a lead, of what the lead leaves otherwise (none when it leaves nothing, or for a
 * quiz). `ask --json` and `npm run eval` read answers through this, so both score what a user is shown.
 */
export function askSearch(
  question: string,
  lang: Lang,
  context: AppContext,
  limit: number,
): { lead?: Lead; response?: SearchResponse } {
  const lead = findLead(question, lang, context);
  if (!lead) return { response: ownWordsFirst(question, plainPassages(question, context, limit), context) };
  if (lead.reply) return { lead };
  const passages = leadPassages(lead.search, lead, context, limit);
  return { lead, response: passages && ownWordsFirst(question, passages, context) };
}

/**
 * The passages of a question that asks for no fixed content: its search, with the passages where a party states its
 * case first when the question gives that party's view ("according to Mexico, who decides …"), as for its position.
 */
export function plainPassages(question: string, context: AppContext, limit: number): SearchResponse {
  const response = context.engine.search(question, { limit });
  const party = attributedParty(question, leadSources(context));
  const asked = party === undefined ? undefined : context.content.positions.parties.find((p) => p.id === party);
  return asked ? statedFirst(response, statedOrQuoted(asked, question, context, MIN_CASE_CITATIONS)) : response;
}

/**
 * The passages after a lead, `limit` of them: the search of what the lead leaves of its question (none when it
 * leaves nothing). A party's position puts the passages where the party states its case first (see
 * {@link statedFirst}); when the rest of the question finds none ("explain Peru's argument using evidence from the
 * text"), those passages are the answer, each around its first quotation, and so they lead when the whole question
 * is declined and the rest finds only other paragraphs (see {@link statedThenFound}).
 */
export function leadPassages(
  search: string | undefined,
  lead: Lead,
  context: AppContext,
  limit: number,
): LeadPassages | undefined {
  if (lead.eachSide) return eachSidePassages(search, lead.eachSide, lead.asked, context, limit);
  const wide = lead.stated ? Math.max(limit, STATED_SEARCH_LIMIT) : limit;
  const response = search === undefined ? undefined : context.engine.search(search, { limit: wide });
  if (response?.answered && lead.stated) {
    // The words that asked for the position may be what finds where the party states it ("justify", "defend"): the
    // whole question is searched when the rest does not put one of those paragraphs first, and stands when it puts
    // one higher ("¿cómo justifica México su decisión de proteger a la exfuncionaria?": the SRE's defence, ¶7).
    const rest = firstStated(response, lead.stated);
    const whole =
      lead.question === undefined || rest === 0 ? undefined : context.engine.search(lead.question, { limit: wide });
    const wholeFirst = whole?.answered ? firstStated(whole, lead.stated) : -1;
    const searched = whole && wholeFirst >= 0 && (rest < 0 || wholeFirst < rest) ? whole : response;
    // A position summed up is the party's case as it states it most, not what the rest of the question finds first
    // ("resume la posición del gobierno peruano frente al asilo": ¶5's "viewed the asylum as a direct affront").
    if (lead.summarised)
      return statedThenFound(searched, byWhatIsAsked(lead.stated, lead.topic, searched, context), context, limit);
    if (rest < 0 && whole?.answered === false) return statedThenFound(searched, lead.stated, context, limit);
    return firstPage(statedFirst(searched, lead.stated), searched, limit);
  }
  if (response?.answered) return response;
  const shown = lead.stated ?? lead.grounds;
  if (!shown) return response;
  const hits = shown.flatMap((p) => context.engine.citedPassage(p.docId, p.paragraph, p.quote) ?? []).slice(0, limit);
  if (hits.length === 0) return response;
  return { query: search ?? '', answered: true, hits, total: hits.length, chosen: true };
}

/**
 * A position's passages with where the party states its case first, each around its first quotation, then what the
 * search found: for a position summed up, always; otherwise when no search of its question finds those paragraphs
 * ("resume la postura del gobierno mexicano frente a la ruptura" finds only the reports of the break).
 */
function statedThenFound(
  searched: SearchResponse,
  stated: readonly StatedParagraph[],
  context: AppContext,
  limit: number,
): LeadPassages {
  const cited = stated.flatMap((p) => context.engine.citedPassage(p.docId, p.paragraph, p.quote) ?? []);
  const keys = new Set(cited.map((hit) => paragraphKey(hit.docId, hit.paragraph)));
  const hits = [...cited, ...searched.hits.filter((hit) => !keys.has(paragraphKey(hit.docId, hit.paragraph)))];
  return { ...searched, hits: hits.slice(0, limit), total: hits.length, chosen: true };
}

/**
 * A party's paragraphs for its position summed up: those whose cited words write more of what the question asks
 * about first ("summarise Peru's argument that Mexico violated its sovereignty": ¶10's "a violation of its
 * sovereignty"; "… on Castillo": Mexico's ¶6, "has called Castillo the victim of a coup"), then by how well the search
 * finds them plus how much of the party's case each states (as for a comparison's sides).
 */
function byWhatIsAsked(
  stated: readonly StatedParagraph[],
  topic: string | undefined,
  searched: SearchResponse,
  context: AppContext,
): StatedParagraph[] {
  const share = (p: StatedParagraph) =>
    topic === undefined ? 0 : context.engine.quotedShare(topic, p.docId, p.paragraph, p.quotes ?? [p.quote], true);
  const found = new Map(searched.hits.map((hit) => [paragraphKey(hit.docId, hit.paragraph), hit.score]));
  const top = searched.hits[0]?.score ?? 0;
  const most = caseMost(stated);
  const weight = (p: StatedParagraph) =>
    (top > 0 ? (found.get(paragraphKey(p.docId, p.paragraph)) ?? 0) / top : 0) + caseShare(p, most);
  const keyed = stated.map((p) => ({ p, share: share(p), weight: weight(p) }));
  keyed.sort((a, b) => b.share - a.share || b.weight - a.weight);
  return keyed.map(({ p }) => p);
}

/** Where a search first finds one of the paragraphs where a party states its case; -1 if nowhere. */
function firstStated(response: SearchResponse, stated: readonly StatedParagraph[]): number {
  return response.hits.findIndex((hit) => stated.some((p) => p.docId === hit.docId && p.paragraph === hit.paragraph));
}

/** Passages searched for a position lead, among which those where the party states its case go first. */
const STATED_SEARCH_LIMIT = 6;

/**
 * The first `limit` passages of a search reordered from `searched`; chosen (no More page, which goes on from the
 * search's own order and would repeat it) when one of them came from beyond the search's first page.
 */
function firstPage(reordered: SearchResponse, searched: SearchResponse, limit: number): LeadPassages {
  const hits = reordered.hits.slice(0, limit);
  const ownPage = new Set(searched.hits.slice(0, limit).map((hit) => paragraphKey(hit.docId, hit.paragraph)));
  const promoted = hits.some((hit) => !ownPage.has(paragraphKey(hit.docId, hit.paragraph)));
  return promoted ? { ...reordered, hits, chosen: true } : { ...reordered, hits };
}

/**
 * Share of what a comparison asks that a side's quotations on its points must write to put their paragraph first:
 * most of it (Peru's "viewed the asylum as a direct affront" for "cómo ven el asilo"), not one word among several.
 */
const MIN_QUOTED_SHARE = 0.5;

/** Passages searched to weigh each side's paragraphs by what the question asks ("… on the asylum"). */
const SIDE_SEARCH_LIMIT = 12;

/**
 * A comparison's passages: each side in turn states its case ("compare how Peru and Mexico see the asylum": de
 * Zela's announcement, then the SRE's defence), not the paragraphs that report the dispute. A side's paragraphs go
 * by how well the rest of the question finds them plus how much of its case each states (its texts citing it, as a
 * share of its most cited), after those where its words on the /compare points the question names write what it
 * asks: Peru's view of the asylum is ¶5's "viewed the asylum as a direct affront", though de Zela's announcement
 * (¶2) states more of its case and names Chávez. Only when the search finds a side's case first: a comparison with
 * something else ("compare this crisis with the one with Ecuador") keeps the search's passages, and one the search
 * declines ("who is right here?") gets none, as before.
 */
function eachSidePassages(
  search: string | undefined,
  eachSide: readonly SideCase[],
  asked: string | undefined,
  context: AppContext,
  limit: number,
): LeadPassages | undefined {
  if (search === undefined) return undefined;
  const response = context.engine.search(search, { limit: SIDE_SEARCH_LIMIT });
  const top = response.hits[0];
  const statedKeys = new Set(eachSide.flatMap((side) => side.stated.map((p) => paragraphKey(p.docId, p.paragraph))));
  // A question naming every side ("compare how Peru and Mexico see the asylum") asks for their cases even when the
  // search puts a paragraph reporting the dispute first, so long as it finds a case among its first passages.
  const everySideNamed = eachSide.length > 1 && eachSide.every((side) => side.named);
  const caseFound = (hits: readonly SearchHit[]) =>
    hits.some((hit) => statedKeys.has(paragraphKey(hit.docId, hit.paragraph)));
  if (!response.answered || !top || !caseFound(everySideNamed ? response.hits.slice(0, limit) : [top])) {
    return { ...response, hits: response.hits.slice(0, limit) };
  }
  const found = new Map(response.hits.map((hit) => [paragraphKey(hit.docId, hit.paragraph), hit]));
  const weight = (p: StatedParagraph, most: CaseMost) =>
    (found.get(paragraphKey(p.docId, p.paragraph))?.score ?? 0) / top.score + caseShare(p, most);
  const sides = eachSide.map(({ stated, named, onPoints }) => {
    const most = caseMost(stated);
    // The side's words on the points asked, where they write most of what is asked: its view of that, not only its
    // case. A word of it alone ("asylum" of "is the asylum persecution or evading justice") leaves the search's order.
    const quoted = (p: StatedParagraph) => {
      const quotes = onPoints.filter((c) => c.paragraph === p.paragraph).map((c) => c.quote);
      const share =
        asked === undefined || quotes.length === 0
          ? 0
          : context.engine.quotedShare(asked, p.docId, p.paragraph, quotes);
      return share >= MIN_QUOTED_SHARE ? share : 0;
    };
    const shares = new Map(stated.map((p) => [p, quoted(p)]));
    const queue = [...stated].sort((a, b) => shares.get(b)! - shares.get(a)! || weight(b, most) - weight(a, most));
    return { queue, named, best: queue[0] ? weight(queue[0], most) : 0 };
  });
  // The sides the question names go first, in its order; the others as the search finds their case.
  const queues = [
    ...sides.filter((s) => s.named),
    ...sides.filter((s) => !s.named).sort((a, b) => b.best - a.best),
  ].map((s) => s.queue);
  const shown = new Set<string>();
  const hits: SearchHit[] = [];
  for (let turn = 0; hits.length < limit && queues.some((queue) => queue.length > turn); turn++) {
    for (const stated of queues.map((queue) => queue[turn])) {
      if (!stated || hits.length >= limit) continue;
      const key = paragraphKey(stated.docId, stated.paragraph);
      const hit = found.get(key) ?? context.engine.citedPassage(stated.docId, stated.paragraph, stated.quote);
      if (shown.has(key) || !hit) continue;
      shown.add(key);
      hits.push(hit);
    }
  }
  return { query: search, answered: true, hits, total: hits.length, chosen: true };
}

/** The passages after a lead; `chosen` when the lead's content chose them, not a search that can be run again. */
export type LeadPassages = SearchResponse & { chosen?: true };

/** How /ask builds a leading reply: who asks, and the button argument that asks the same question again. */
export interface LeadOptions {
  user?: Requester;
  /** The question as /ask's Share button stores it (see questionKey in ask.ts). */
  shareKey: string;
}

/**
 * The reply to `question` when it asks for fixed content: the lead, then the passages `passages` finds for what
 * is left of the question (none when they decline). Undefined when the question asks for no lead.
 */
export function leadReply(
  question: string,
  lang: Lang,
  context: AppContext,
  passages: (search: string | undefined, lead: Lead) => Reply | undefined,
  { user = LOCAL_USER, shareKey }: LeadOptions,
): Reply | undefined {
  const lead = findLead(question, lang, context, user);
  if (!lead) return undefined;
  if (lead.reply) return lead.reply;
  const found = passages(lead.search, lead);
  return {
    ...withPassages(question, lead, found, lang, context),
    shareAction: { command: 'ask', args: ['lead', shareKey] },
  };
}

/**
 * A lead followed by the passages of an answered search. A declined search adds nothing (the lead is the answer),
 * except after "my sources end on …": there the rest of the question is the question, and its decline says why.
 */
function withPassages(question: string, lead: Lead, found: Reply | undefined, lang: Lang, context: AppContext): Reply {
  const declined = found?.tone === 'notice' && lead.kind === 'coverage' && found.description ? found : undefined;
  const answered = found?.tone === 'answer' ? found : declined;
  const declineSection = declined && { heading: declined.title, body: declined.description!, citations: [] };
  const sections = [...lead.sections, ...(declineSection ? [declineSection] : (answered?.sections ?? []))];
  const cited = sections.flatMap((section) => section.citations);
  // The passages' own footer says when they are shown in translation; it names every source when they cite them all.
  const passagesCite = new Set(answered?.sections.flatMap((section) => section.citations.map((c) => c.docId)));
  const passagesFooter =
    answered?.footer && cited.every((c) => passagesCite.has(c.docId)) ? answered.footer : undefined;
  return {
    tone: 'answer',
    title: t(lang, 'ask.title'),
    description: { text: t(lang, 'ask.question', { question }), fromUser: true },
    sections,
    footer: passagesFooter ?? (sourceFooter(cited, context.corpus, lang) || undefined),
    buttons: [...lead.buttons, ...(answered?.buttons ?? [])],
    ephemeral: false,
  };
}

/** The documented `lead` of `ask --json`: kind, the party or term id, and what the lead shows as plain text. */
export function leadJson(lead: Lead): { kind: LeadKind; id?: string; text: string } {
  const text = lead.reply
    ? (lead.reply.description?.text ?? '')
    : lead.sections.map((section) => `${section.heading}\n${section.body.text}`).join('\n\n');
  return lead.id === undefined ? { kind: lead.kind, text } : { kind: lead.kind, id: lead.id, text };
}
