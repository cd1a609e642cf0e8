/**
 * Loads corpus/content/ (positions, compare, timeline, quotes, summary, glossary, quiz, discussion prompts) and
 * proves every citation before the bot starts: the cited paragraph exists and the quote occurs in it verbatim (see
 * verbatim.ts), and every quotation lies inside quotation marks of its paragraph. Any problem is one
 * {@link CorpusError} line naming the file, the item (party and claim, point and side, event, quote) and the quote,
 * so start-up can refuse to run with a clear fix.
 */
import type { Article } from '../corpus/article.js';
import { displayPath, readCorpusFile, type Corpus } from '../corpus/load.js';
import { excerpt, parseJson, Shape } from './shape.js';
import {
  CLAIM_KINDS,
  COMPARE_SIDES,
  DATE_PRECISIONS,
  type Bilingual,
  type CitedText,
  type ComparePoint,
  type CompareSide,
  type Content,
  type ContentCitation,
  type Party,
  type Quotation,
  type Speaker,
  type TimelineEvent,
  DISCUSS_THEMES,
  type DiscussPrompt,
  type GlossaryTerm,
  type QuizQuestion,
  type NamedPerson,
} from './types.js';
import { loadLeadPhrases } from './lead-phrases.js';
import {
  findVerbatim,
  foldVerbatim,
  isQuotedIn,
  occursIn,
  quotedSpans,
  withoutTrailingComma,
  wordCount,
} from './verbatim.js';

/** The content files, relative to the corpus folder. */
export const CONTENT_FILES = {
  positions: 'content/positions.json',
  compare: 'content/compare.json',
  timeline: 'content/timeline.json',
  quotes: 'content/quotes.json',
  summary: 'content/summary.json',
  glossary: 'content/glossary.json',
  quiz: 'content/quiz.json',
  discuss: 'content/discuss.json',
} as const;

/**
 * Sizes that keep every reply inside one Discord message (25 embed fields, 1,024 characters a field, 6,000 in
 * all; tests/content-commands.test.ts renders each reply to prove the content fits) and each text readable.
 */
export const CONTENT_LIMITS = {
  /** Claims a party may have: each is one embed field. */
  claimsPerParty: 8,
  /** Compare points, timeline events and quotations: each is one embed field, and Discord allows 25. */
  itemsPerReply: 25,
  /** A claim, a side, a stance or an event, in one language. */
  textChars: 400,
  /** Names, topics and dates: shown as headings and autocomplete choices (≤ 100 characters). */
  labelChars: 100,
  /** A quotation's context: shown under the quotation. */
  contextChars: 200,
  /** A party's title: the reply's title. */
  titleChars: 200,
  /** One citation's quote or one quotation. */
  quoteChars: 600,
  /** Citations one text may carry: the quotes are shown under it. */
  citationsPerText: 4,
  /** A citation must be a phrase that shows the support, not a stray word. */
  minCitationWords: 3,
  /** Ids travel in button custom_ids (≤ 100 characters with the command name and other arguments). */
  idChars: 32,
  /** Aliases and keywords per item, and their length. */
  wordsPerItem: 20,
  wordChars: 60,
  /** A summary has 4–8 sentences: short enough to read aloud, long enough to cover the article. */
  summarySentences: { min: 4, max: 8 },
  /** Quiz questions in the bank (a class plays a few; the bank keeps repeats rare). */
  quizQuestions: 100,
  /** Choices of a quiz question: each is a button A–D. */
  quizChoices: { min: 3, max: 4 },
  /** A quiz choice, shown in the question and in the tally. */
  choiceChars: 100,
} as const;

const SORT_KEY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads one content file: its JSON, its "source" article, and a Shape for its fields. */
function openFile(dir: string, name: string, corpus: Corpus, listField: string, extraFields: readonly string[] = []) {
  const file = displayPath(dir, name);
  const shape = new Shape(file);
  const root = shape.object(parseJson(readCorpusFile(dir, name), file), '', ['source', listField, ...extraFields]);
  const source = shape.string(root.source, '"source"', 64);
  const article =
    corpus.articles.find((a) => a.id === source) ??
    shape.fail(
      '"source"',
      `names article "${excerpt(source)}", which is not in articles/ (ids: ${corpus.articles.map((a) => a.id).join(', ')})`,
    );
  return { file, shape, root, source, article };
}

/** A list of citations, each proven against the article; `where` names the claim for error messages. */
function readCitations(shape: Shape, value: unknown, where: string, article: Article): ContentCitation[] {
  const count = article.paragraphs.length;
  return shape.array(value, `${where}, "citations"`, 1, CONTENT_LIMITS.citationsPerText).map((raw, i) => {
    const at = `${where}, citation ${i + 1}`;
    const json = shape.object(raw, at, ['paragraph', 'quote']);
    const paragraph = shape.integer(json.paragraph, `${at}, "paragraph"`);
    const quote = shape.string(json.quote, `${at}, "quote"`, CONTENT_LIMITS.quoteChars);
    if (paragraph < 1 || paragraph > count)
      shape.fail(at, `quote "${excerpt(quote)}" cites ¶${paragraph}, but the article has ¶1 to ¶${count}`);
    if (wordCount(quote) < CONTENT_LIMITS.minCitationWords) {
      shape.fail(
        at,
        `quote "${excerpt(quote)}" is too short; copy at least ${CONTENT_LIMITS.minCitationWords} words of ¶${paragraph} that support the text`,
      );
    }
    const exact = findVerbatim(quote, article.paragraphs[paragraph - 1]!.text);
    if (exact === undefined) {
      const elsewhere = article.paragraphs.find((p) => occursIn(quote, p.text));
      shape.fail(
        where,
        `quote "${excerpt(quote)}" is not in ¶${paragraph}` +
          (elsewhere
            ? `; it is in ¶${elsewhere.number}, so set "paragraph" to ${elsewhere.number}`
            : '; copy the words exactly from the article (only spaces and the shape of quote marks may differ)'),
      );
    }
    // Kept as the article prints it (curly quotes, spacing), whatever keyboard typed the file.
    return { paragraph, quote: exact };
  });
}

/** The "text" ({en, es}) and "citations" fields of an object: a stance, a claim, a side, an event. */
function readCitedFields(shape: Shape, json: Record<string, unknown>, where: string, article: Article): CitedText {
  const text = shape.bilingual(json.text, `${where}, "text"`, CONTENT_LIMITS.textChars);
  return { text, citations: readCitations(shape, json.citations, `${where} ("${excerpt(text.en)}")`, article) };
}

/** {"text": {en, es}, "citations": […]} and nothing else. */
function readCitedText(shape: Shape, value: unknown, where: string, article: Article): CitedText {
  return readCitedFields(shape, shape.object(value, where, ['text', 'citations']), where, article);
}

function uniqueIds(shape: Shape, ids: string[], what: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) shape.fail(`${what} "${id}"`, 'the id is used twice; give each its own id');
    seen.add(id);
  }
}

function readWords(shape: Shape, value: unknown, where: string): string[] {
  if (value === undefined) return [];
  return shape
    .array(value, where, 0, CONTENT_LIMITS.wordsPerItem)
    .map((word, i) => shape.string(word, `${where}, item ${i + 1}`, CONTENT_LIMITS.wordChars));
}

function loadPositions(dir: string, corpus: Corpus): Content['positions'] {
  const { file, shape, root, source, article } = openFile(dir, CONTENT_FILES.positions, corpus, 'parties');
  const parties = shape.array(root.parties, '"parties"', 1, CONTENT_LIMITS.itemsPerReply).map((raw, p): Party => {
    const json = shape.object(raw, `party ${p + 1}`, ['id', 'name', 'title', 'stance', 'claims']);
    const id = shape.id(json.id, `party ${p + 1}, "id"`, CONTENT_LIMITS.idChars);
    const where = `party "${id}"`;
    return {
      id,
      name: shape.bilingual(json.name, `${where}, "name"`, CONTENT_LIMITS.labelChars),
      title: shape.bilingual(json.title, `${where}, "title"`, CONTENT_LIMITS.titleChars),
      stance: readCitedText(shape, json.stance, `${where}, stance`, article),
      claims: shape.array(json.claims, `${where}, "claims"`, 1, CONTENT_LIMITS.claimsPerParty).map((rawClaim, c) => {
        const at = `${where}, claim ${c + 1}`;
        const claim = shape.object(rawClaim, at, ['kind', 'text', 'citations']);
        return {
          kind: shape.oneOf(claim.kind, `${at}, "kind"`, CLAIM_KINDS),
          ...readCitedFields(shape, claim, at, article),
        };
      }),
    };
  });
  uniqueIds(
    shape,
    parties.map((party) => party.id),
    'party',
  );
  return { file, source, parties };
}

function loadCompare(dir: string, corpus: Corpus, parties: Party[]): Content['compare'] {
  const { file, shape, root, source, article } = openFile(dir, CONTENT_FILES.compare, corpus, 'points');
  for (const side of COMPARE_SIDES) {
    if (!parties.some((party) => party.id === side))
      shape.fail('', `each point gives the side of party "${side}", but ${CONTENT_FILES.positions} has no such party`);
  }
  const points = shape.array(root.points, '"points"', 1, CONTENT_LIMITS.itemsPerReply).map((raw, i): ComparePoint => {
    const json = shape.object(raw, `point ${i + 1}`, ['id', 'topic', ...COMPARE_SIDES], ['keywords']);
    const id = shape.id(json.id, `point ${i + 1}, "id"`, CONTENT_LIMITS.idChars);
    const where = `point "${id}"`;
    const sides = Object.fromEntries(
      COMPARE_SIDES.map((side) => [side, readCitedText(shape, json[side], `${where}, "${side}" side`, article)]),
    ) as Record<CompareSide, CitedText>;
    return {
      id,
      topic: shape.bilingual(json.topic, `${where}, "topic"`, CONTENT_LIMITS.labelChars),
      keywords: readWords(shape, json.keywords, `${where}, "keywords"`),
      sides,
    };
  });
  uniqueIds(
    shape,
    points.map((point) => point.id),
    'point',
  );
  return { file, source, points };
}

function loadTimeline(dir: string, corpus: Corpus): Content['timeline'] {
  const { file, shape, root, source, article } = openFile(dir, CONTENT_FILES.timeline, corpus, 'events');
  let previous: TimelineEvent | undefined;
  const events = shape.array(root.events, '"events"', 1, CONTENT_LIMITS.itemsPerReply).map((raw, i): TimelineEvent => {
    const json = shape.object(raw, `event ${i + 1}`, ['date', 'precision', 'sortKey', 'text', 'citations']);
    const date: Bilingual = shape.bilingual(json.date, `event ${i + 1}, "date"`, CONTENT_LIMITS.labelChars);
    const where = `event ${i + 1} (${excerpt(date.en)})`;
    const sortKey = shape.string(json.sortKey, `${where}, "sortKey"`, 10);
    if (
      !SORT_KEY.test(sortKey) ||
      Number.isNaN(Date.parse(sortKey)) ||
      new Date(sortKey).toISOString().slice(0, 10) !== sortKey
    ) {
      shape.fail(`${where}, "sortKey"`, `"${sortKey}" must be a real date written YYYY-MM-DD`);
    }
    if (previous && sortKey < previous.sortKey) {
      shape.fail(
        `${where}, "sortKey"`,
        `${sortKey} comes before the previous event's ${previous.sortKey}; list the events in date order`,
      );
    }
    const event: TimelineEvent = {
      date,
      precision: shape.oneOf(json.precision, `${where}, "precision"`, DATE_PRECISIONS),
      sortKey,
      ...readCitedFields(shape, json, where, article),
    };
    previous = event;
    return event;
  });
  return { file, source, events };
}

function loadQuotes(dir: string, corpus: Corpus, parties: readonly Party[]): Content['quotes'] {
  const { file, shape, root, source, article } = openFile(dir, CONTENT_FILES.quotes, corpus, 'quotes', [
    'speakers',
    'named',
  ]);
  const speakers = shape.array(root.speakers, '"speakers"', 1, CONTENT_LIMITS.itemsPerReply).map((raw, i): Speaker => {
    const json = shape.object(raw, `speaker ${i + 1}`, ['id', 'name', 'role'], ['subject', 'aliases']);
    const id = shape.id(json.id, `speaker ${i + 1}, "id"`, CONTENT_LIMITS.idChars);
    const name = shape.bilingual(json.name, `speaker "${id}", "name"`, CONTENT_LIMITS.labelChars);
    return {
      id,
      name,
      role: shape.bilingual(json.role, `speaker "${id}", "role"`, CONTENT_LIMITS.labelChars),
      subject:
        json.subject === undefined
          ? name
          : shape.bilingual(json.subject, `speaker "${id}", "subject"`, CONTENT_LIMITS.labelChars),
      aliases: readWords(shape, json.aliases, `speaker "${id}", "aliases"`),
    };
  });
  uniqueIds(
    shape,
    speakers.map((speaker) => speaker.id),
    'speaker',
  );
  const count = article.paragraphs.length;
  const quotations = shape.array(root.quotes, '"quotes"', 1, CONTENT_LIMITS.itemsPerReply).map((raw, i): Quotation => {
    const at = `quote ${i + 1}`;
    const json = shape.object(raw, at, ['speaker', 'paragraph', 'quote', 'context']);
    const speaker = shape.string(json.speaker, `${at}, "speaker"`, CONTENT_LIMITS.idChars);
    if (!speakers.some((s) => s.id === speaker))
      shape.fail(
        `${at}, "speaker"`,
        `"${excerpt(speaker)}" is not a speaker id (ids: ${speakers.map((s) => s.id).join(', ')})`,
      );
    const where = `${at} (${speaker})`;
    const paragraph = shape.integer(json.paragraph, `${where}, "paragraph"`);
    const quote = shape.string(json.quote, `${where}, "quote"`, CONTENT_LIMITS.quoteChars);
    if (paragraph < 1 || paragraph > count)
      shape.fail(where, `quote "${excerpt(quote)}" cites ¶${paragraph}, but the article has ¶1 to ¶${count}`);
    if (!isQuotedIn(quote, article.paragraphs[paragraph - 1]!.text)) {
      const elsewhere = article.paragraphs.find((p) => isQuotedIn(quote, p.text));
      shape.fail(
        where,
        `quote "${excerpt(quote)}" is not inside quotation marks in ¶${paragraph}` +
          (elsewhere
            ? `; it is in ¶${elsewhere.number}, so set "paragraph" to ${elsewhere.number}`
            : '; copy a direct quotation exactly as the article prints it'),
      );
    }
    const exact = findVerbatim(quote, article.paragraphs[paragraph - 1]!.text) ?? quote;
    return {
      speaker,
      paragraph,
      quote: exact,
      translations: quoteTranslations(exact, paragraph, article),
      context: shape.bilingual(json.context, `${where}, "context"`, CONTENT_LIMITS.contextChars),
    };
  });
  return { file, source, speakers, quotations, named: readNamed(shape, root.named, speakers, parties, article) };
}

/** People the article names but never quotes: where it names them, and whose /position speaks for them, if any. */
function readNamed(
  shape: Shape,
  value: unknown,
  speakers: readonly Speaker[],
  parties: readonly Party[],
  article: Article,
): NamedPerson[] {
  const named = shape.array(value, '"named"', 1, CONTENT_LIMITS.itemsPerReply).map((raw, i): NamedPerson => {
    const json = shape.object(raw, `named ${i + 1}`, ['id', 'name', 'role', 'citations'], ['aliases', 'party']);
    const id = shape.id(json.id, `named ${i + 1}, "id"`, CONTENT_LIMITS.idChars);
    const where = `named "${id}"`;
    if (speakers.some((speaker) => speaker.id === id))
      shape.fail(where, 'is also a speaker; a person is quoted or not');
    const party =
      json.party === undefined ? undefined : shape.string(json.party, `${where}, "party"`, CONTENT_LIMITS.idChars);
    if (party !== undefined && !parties.some((p) => p.id === party)) {
      shape.fail(
        `${where}, "party"`,
        `"${excerpt(party)}" is not a party of ${CONTENT_FILES.positions} (ids: ${parties.map((p) => p.id).join(', ')})`,
      );
    }
    return {
      id,
      name: shape.bilingual(json.name, `${where}, "name"`, CONTENT_LIMITS.labelChars),
      role: shape.bilingual(json.role, `${where}, "role"`, CONTENT_LIMITS.labelChars),
      aliases: readWords(shape, json.aliases, `${where}, "aliases"`),
      ...(party === undefined ? {} : { party }),
      citations: readCitations(shape, json.citations, where, article),
    };
  });
  uniqueIds(
    shape,
    named.map((person) => person.id),
    'named',
  );
  return named;
}

function loadSummary(dir: string, corpus: Corpus): Content['summary'] {
  const { file, shape, root, source, article } = openFile(dir, CONTENT_FILES.summary, corpus, 'sentences');
  const { min, max } = CONTENT_LIMITS.summarySentences;
  const sentences = shape
    .array(root.sentences, '"sentences"', min, max)
    .map((raw, i) => readCitedText(shape, raw, `sentence ${i + 1}`, article));
  return { file, source, sentences };
}

function loadGlossary(dir: string, corpus: Corpus): Content['glossary'] {
  const { file, shape, root, source, article } = openFile(dir, CONTENT_FILES.glossary, corpus, 'terms');
  const terms = shape.array(root.terms, '"terms"', 1, CONTENT_LIMITS.itemsPerReply).map((raw, i): GlossaryTerm => {
    const json = shape.object(raw, `term ${i + 1}`, ['id', 'term', 'definition', 'general', 'usage'], ['aliases']);
    const id = shape.id(json.id, `term ${i + 1}, "id"`, CONTENT_LIMITS.idChars);
    const where = `term "${id}"`;
    const general =
      typeof json.general === 'boolean'
        ? json.general
        : shape.fail(
            `${where}, "general"`,
            'must be true (general knowledge) or false (what the article says), without quotes',
          );
    return {
      id,
      term: shape.bilingual(json.term, `${where}, "term"`, CONTENT_LIMITS.labelChars),
      aliases: readWords(shape, json.aliases, `${where}, "aliases"`),
      definition: shape.bilingual(json.definition, `${where}, "definition"`, CONTENT_LIMITS.textChars),
      general,
      usage: readCitedText(shape, json.usage, `${where}, usage`, article),
    };
  });
  uniqueIds(
    shape,
    terms.map((term) => term.id),
    'term',
  );
  return { file, source, terms };
}

function loadQuiz(dir: string, corpus: Corpus): Content['quiz'] {
  const { file, shape, root, source, article } = openFile(dir, CONTENT_FILES.quiz, corpus, 'questions');
  const questions = shape
    .array(root.questions, '"questions"', 1, CONTENT_LIMITS.quizQuestions)
    .map((raw, i): QuizQuestion => {
      const json = shape.object(raw, `question ${i + 1}`, [
        'id',
        'question',
        'choices',
        'answer',
        'explanation',
        'citations',
      ]);
      const id = shape.id(json.id, `question ${i + 1}, "id"`, CONTENT_LIMITS.idChars);
      const where = `question "${id}"`;
      const question = shape.bilingual(json.question, `${where}, "question"`, CONTENT_LIMITS.textChars);
      const { min, max } = CONTENT_LIMITS.quizChoices;
      const choices = shape
        .array(json.choices, `${where}, "choices"`, min, max)
        .map((choice, c) => shape.bilingual(choice, `${where}, choice ${c + 1}`, CONTENT_LIMITS.choiceChars));
      const answer = shape.integer(json.answer, `${where}, "answer"`);
      if (answer < 0 || answer >= choices.length)
        shape.fail(
          `${where}, "answer"`,
          `${answer} is not a choice: count the choices from 0 (0 to ${choices.length - 1})`,
        );
      return {
        id,
        question,
        choices,
        answer,
        explanation: shape.bilingual(json.explanation, `${where}, "explanation"`, CONTENT_LIMITS.textChars),
        citations: readCitations(shape, json.citations, `${where} ("${excerpt(question.en)}")`, article),
      };
    });
  uniqueIds(
    shape,
    questions.map((question) => question.id),
    'question',
  );
  return { file, source, questions };
}

function loadDiscuss(dir: string, corpus: Corpus, points: readonly ComparePoint[]): Content['discuss'] {
  const { file, shape, root, source, article } = openFile(dir, CONTENT_FILES.discuss, corpus, 'prompts');
  const prompts = shape
    .array(root.prompts, '"prompts"', 1, CONTENT_LIMITS.itemsPerReply)
    .map((raw, i): DiscussPrompt => {
      const json = shape.object(raw, `prompt ${i + 1}`, ['id', 'theme', 'text', 'citations'], ['compare']);
      const id = shape.id(json.id, `prompt ${i + 1}, "id"`, CONTENT_LIMITS.idChars);
      const where = `prompt "${id}"`;
      const compare = readWords(shape, json.compare, `${where}, "compare"`);
      for (const point of compare) {
        if (!points.some((p) => p.id === point))
          shape.fail(
            `${where}, "compare"`,
            `"${excerpt(point)}" is not a point of ${CONTENT_FILES.compare} (ids: ${points.map((p) => p.id).join(', ')})`,
          );
      }
      return {
        id,
        theme: shape.oneOf(json.theme, `${where}, "theme"`, DISCUSS_THEMES),
        compare,
        ...readCitedFields(shape, json, where, article),
      };
    });
  uniqueIds(
    shape,
    prompts.map((prompt) => prompt.id),
    'prompt',
  );
  return { file, source, prompts };
}

/**
 * A quotation in each of the article's translations: the translated ¶paragraph's quotation in the same place
 * (the k-th of the paragraph, as in the article).
 */
function quoteTranslations(quote: string, paragraph: number, article: Article): Quotation['translations'] {
  const needle = foldVerbatim(quote);
  const k = quotedSpans(article.paragraphs[paragraph - 1]!.text).findIndex((span) => span.includes(needle));
  const found: Quotation['translations'] = {};
  for (const translation of article.translations) {
    const span = quotedSpans(translation.paragraphs[paragraph - 1]?.text ?? '')[k];
    if (k >= 0 && span && (translation.language === 'en' || translation.language === 'es')) {
      found[translation.language] = withoutTrailingComma(span);
    }
  }
  return found;
}

/** Loads and checks every content file; throws {@link CorpusError} on the first problem. */
export function loadContent(dir: string, corpus: Corpus): Content {
  const positions = loadPositions(dir, corpus);
  const compare = loadCompare(dir, corpus, positions.parties);
  const glossary = loadGlossary(dir, corpus);
  return {
    positions,
    compare,
    timeline: loadTimeline(dir, corpus),
    quotes: loadQuotes(dir, corpus, positions.parties),
    summary: loadSummary(dir, corpus),
    glossary,
    quiz: loadQuiz(dir, corpus),
    discuss: loadDiscuss(dir, corpus, compare.points),
    leads: loadLeadPhrases(dir, positions.parties),
  };
}
