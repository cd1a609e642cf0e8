/**
 * Loads corpus/content/ (positions, compare, timeline, quotes, summary, glossary, quiz, discussion prompts): each
 * file's shape is checked by its schema (schema.ts), then every citation is proven before the bot starts: the
 * cited paragraph exists and the quote occurs in it verbatim (see verbatim.ts), and every quotation lies inside
 * quotation marks of its paragraph. Any problem is one {@link CorpusError} line naming the file, the item (party
 * and claim, point and side, event, quote) and the quote, so start-up can refuse to run with a clear fix.
 */
import type { z } from 'zod';
import type { Article } from '../corpus/article.js';
import { displayPath, readCorpusFile, type Corpus } from '../corpus/load.js';
import { CONTENT_FILES } from './files.js';
import { loadLeadPhrases } from './lead-phrases.js';
import { ContentProblems, parseJson, type JsonPath } from './problems.js';
import {
  compareFile,
  compareSidesOf,
  CONTENT_LIMITS,
  discussFile,
  excerpt,
  glossaryFile,
  positionsFile,
  quizFile,
  quotesFile,
  summaryFile,
  timelineFile,
  type CitedText,
  type ContentCitation,
} from './schema.js';
import type { ComparePoint, Content, Party, Quotation } from './types.js';
import {
  findVerbatim,
  foldVerbatim,
  isQuotedIn,
  occursIn,
  quotedSpans,
  withoutTrailingComma,
  wordCount,
} from './verbatim.js';

/** A content file's problems named by item, and proofs against the article its citations refer to. */
class ContentFileCheck extends ContentProblems {
  constructor(
    file: string,
    json: unknown,
    readonly article: Article,
  ) {
    super(file, json);
  }

  /** Citations proven against the article; each keeps the article's own characters (curly quotes, spacing). */
  citations(citations: readonly ContentCitation[], path: JsonPath): ContentCitation[] {
    const { paragraphs } = this.article;
    return citations.map(({ paragraph, quote }, i) => {
      const at = [...path, i];
      if (paragraph < 1 || paragraph > paragraphs.length)
        this.fail(at, `quote "${excerpt(quote)}" cites ¶${paragraph}, but the article has ¶1 to ¶${paragraphs.length}`);
      if (wordCount(quote) < CONTENT_LIMITS.minCitationWords) {
        this.fail(
          at,
          `quote "${excerpt(quote)}" is too short; copy at least ${CONTENT_LIMITS.minCitationWords} words of ¶${paragraph} that support the text`,
        );
      }
      const exact = findVerbatim(quote, paragraphs[paragraph - 1]!.text);
      if (exact === undefined) {
        const elsewhere = paragraphs.find((p) => occursIn(quote, p.text));
        this.fail(
          path,
          `quote "${excerpt(quote)}" is not in ¶${paragraph}` +
            (elsewhere
              ? `; it is in ¶${elsewhere.number}, so set "paragraph" to ${elsewhere.number}`
              : '; copy the words exactly from the article (only spaces and the shape of quote marks may differ)'),
          'cited',
        );
      }
      return { paragraph, quote: exact };
    });
  }

  /** A text with its citations proven; `path` leads to the object holding "citations". */
  cited<T extends { citations: ContentCitation[] }>(item: T, path: JsonPath): T {
    return { ...item, citations: this.citations(item.citations, [...path, 'citations']) };
  }
}

/**
 * Reads one content file with its schema (or with the schema its own JSON calls for) and finds the article its
 * "source" names.
 */
function openFile<S extends z.ZodType<{ source: string }>>(
  dir: string,
  name: string,
  corpus: Corpus,
  schema: S | ((problems: ContentProblems) => S),
): { data: z.output<S>; check: ContentFileCheck } {
  const file = displayPath(dir, name);
  const problems = new ContentProblems(file, parseJson(readCorpusFile(dir, name), file));
  const data = problems.parse(typeof schema === 'function' ? schema(problems) : schema);
  const article =
    corpus.articles.find((a) => a.id === data.source) ??
    problems.fail(
      ['source'],
      `names article "${excerpt(data.source)}", which is not in articles/ (ids: ${corpus.articles.map((a) => a.id).join(', ')})`,
    );
  return { data, check: new ContentFileCheck(file, problems.json, article) };
}

function loadPositions(dir: string, corpus: Corpus): Content['positions'] {
  const { data, check } = openFile(dir, CONTENT_FILES.positions, corpus, positionsFile);
  const parties = data.parties.map((party, p) => ({
    ...party,
    stance: check.cited(party.stance, ['parties', p, 'stance']),
    claims: party.claims.map((claim, c) => check.cited(claim, ['parties', p, 'claims', c])),
  }));
  check.uniqueIds(parties, 'parties');
  return { file: check.file, source: data.source, parties };
}

function loadCompare(dir: string, corpus: Corpus, parties: readonly Party[]): Content['compare'] {
  const partyIds = parties.map((party) => party.id);
  // The sides decide each point's fields, so they are checked first.
  const { data, check } = openFile(dir, CONTENT_FILES.compare, corpus, (problems) => {
    const { sides } = problems.parse(compareSidesOf);
    sides.forEach((side, i) => problems.known(side, partyIds, `a party of ${CONTENT_FILES.positions}`, ['sides', i]));
    return compareFile(sides);
  });
  const points = data.points.map((point, i) => ({
    ...point,
    sides: point.sides.map((side) => check.cited(side, ['points', i, side.party])),
  }));
  check.uniqueIds(points, 'points');
  return { file: check.file, source: data.source, sides: data.sides, points };
}

function loadTimeline(dir: string, corpus: Corpus): Content['timeline'] {
  const { data, check } = openFile(dir, CONTENT_FILES.timeline, corpus, timelineFile);
  const events = data.events.map((event, i) => {
    const previous = data.events[i - 1];
    if (previous && event.sortKey < previous.sortKey) {
      check.fail(
        ['events', i, 'sortKey'],
        `${event.sortKey} comes before the previous event's ${previous.sortKey}; list the events in date order`,
      );
    }
    return check.cited(event, ['events', i]);
  });
  return { file: check.file, source: data.source, events };
}

function loadQuotes(dir: string, corpus: Corpus, parties: readonly Party[]): Content['quotes'] {
  const { data, check } = openFile(dir, CONTENT_FILES.quotes, corpus, quotesFile);
  const { speakers, named } = data;
  check.uniqueIds(speakers, 'speakers');
  const { paragraphs } = check.article;
  const quotations = data.quotes.map((quotation, i): Quotation => {
    const { paragraph, quote } = quotation;
    check.known(
      quotation.speaker,
      speakers.map((s) => s.id),
      'a speaker id',
      ['quotes', i, 'speaker'],
    );
    if (paragraph < 1 || paragraph > paragraphs.length)
      check.fail(
        ['quotes', i],
        `quote "${excerpt(quote)}" cites ¶${paragraph}, but the article has ¶1 to ¶${paragraphs.length}`,
      );
    if (!isQuotedIn(quote, paragraphs[paragraph - 1]!.text)) {
      const elsewhere = paragraphs.find((p) => isQuotedIn(quote, p.text));
      check.fail(
        ['quotes', i],
        `quote "${excerpt(quote)}" is not inside quotation marks in ¶${paragraph}` +
          (elsewhere
            ? `; it is in ¶${elsewhere.number}, so set "paragraph" to ${elsewhere.number}`
            : '; copy a direct quotation exactly as the article prints it'),
      );
    }
    const exact = findVerbatim(quote, paragraphs[paragraph - 1]!.text) ?? quote;
    return { ...quotation, quote: exact, translations: quoteTranslations(exact, paragraph, check.article) };
  });
  const partyIds = parties.map((party) => party.id);
  speakers.forEach((speaker, i) => {
    if (speaker.party !== undefined)
      check.known(speaker.party, partyIds, `a party of ${CONTENT_FILES.positions}`, ['speakers', i, 'party']);
  });
  const people = named.map((person, i) => {
    if (speakers.some((speaker) => speaker.id === person.id))
      check.fail(['named', i], 'is also a speaker; a person is quoted or not');
    if (person.party !== undefined)
      check.known(person.party, partyIds, `a party of ${CONTENT_FILES.positions}`, ['named', i, 'party']);
    return check.cited(person, ['named', i]);
  });
  check.uniqueIds(people, 'named');
  return { file: check.file, source: data.source, speakers, quotations, named: people };
}

function loadSummary(dir: string, corpus: Corpus): Content['summary'] {
  const { data, check } = openFile(dir, CONTENT_FILES.summary, corpus, summaryFile);
  const sentences = data.sentences.map((sentence, i): CitedText => check.cited(sentence, ['sentences', i]));
  return { file: check.file, source: data.source, sentences };
}

function loadGlossary(dir: string, corpus: Corpus): Content['glossary'] {
  const { data, check } = openFile(dir, CONTENT_FILES.glossary, corpus, glossaryFile);
  const terms = data.terms.map((term, i) => ({ ...term, usage: check.cited(term.usage, ['terms', i, 'usage']) }));
  check.uniqueIds(terms, 'terms');
  return { file: check.file, source: data.source, terms };
}

function loadQuiz(dir: string, corpus: Corpus): Content['quiz'] {
  const { data, check } = openFile(dir, CONTENT_FILES.quiz, corpus, quizFile);
  const questions = data.questions.map((question, i) => {
    const { answer, choices } = question;
    if (answer < 0 || answer >= choices.length)
      check.fail(
        ['questions', i, 'answer'],
        `${answer} is not a choice: count the choices from 0 (0 to ${choices.length - 1})`,
      );
    return check.cited(question, ['questions', i]);
  });
  check.uniqueIds(questions, 'questions');
  return { file: check.file, source: data.source, questions };
}

function loadDiscuss(dir: string, corpus: Corpus, points: readonly ComparePoint[]): Content['discuss'] {
  const { data, check } = openFile(dir, CONTENT_FILES.discuss, corpus, discussFile);
  const pointIds = points.map((point) => point.id);
  const prompts = data.prompts.map((prompt, i) => {
    for (const id of prompt.compare)
      check.known(id, pointIds, `a point of ${CONTENT_FILES.compare}`, ['prompts', i, 'compare']);
    return check.cited(prompt, ['prompts', i]);
  });
  check.uniqueIds(prompts, 'prompts');
  return { file: check.file, source: data.source, prompts };
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
