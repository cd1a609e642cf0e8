/**
 * Plain MiniSearch as a whole process: the baseline of `npm run bench`'s batch figure. It indexes paragraphs with
 * MiniSearch's defaults (one `text` field, stored) and answers one question a line from stdin with a JSON line of
 * its top 3, as `ask --json` does for ours, so that both are timed from process start to the last line.
 *
 * usage: node dist/scripts/minisearch-batch.js paragraphs.json < questions.txt
 * (paragraphs.json: [{"id": 1, "text": "…"}, …], the article's paragraphs as bench.ts writes them)
 */
import { readFileSync } from 'node:fs';
import MiniSearch from 'minisearch';

interface Paragraph {
  id: number;
  text: string;
}

const paragraphs = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Paragraph[];
const index = new MiniSearch<Paragraph>({ fields: ['text'], storeFields: ['text'] });
index.addAll(paragraphs);
const out: string[] = [];
for (const line of readFileSync(0, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const hits = index.search(line).slice(0, 3);
  const results = hits.map((hit) => ({ paragraph: hit.id as number, text: hit['text'] as string }));
  out.push(JSON.stringify({ question: line, answered: hits.length > 0, results }));
}
process.stdout.write(`${out.join('\n')}\n`);
