/**
 * Speed of the whole enrich stage (sentences, entities, people and roles, dates, event date, place,
 * earlier events, casualties, themes) on real news text, against compromise doing only its people,
 * organisations and places on the same text. CPU time of this process on one core.
 */
import { createEnrich } from '../src/enrich/index.js';
import { rawDocument } from '../src/ingest/read-input.js';
import { NewsDocument } from '../src/model/document.js';
import type { GoldDocument } from '../train/ner-data.js';
import { compromise } from './entity-systems.js';
import { type BenchRow, row } from './table.js';

function wordsIn(docs: readonly GoldDocument[]): number {
  return docs.reduce((n, d) => n + (d.text.match(/\S+/g)?.length ?? 0), 0);
}

/** CPU seconds for `rounds` passes of fn over the documents, after one warm-up pass. */
function cpuSeconds(docs: readonly GoldDocument[], rounds: number, fn: (doc: GoldDocument) => void): number {
  for (const d of docs) fn(d);
  const start = process.cpuUsage();
  for (let r = 0; r < rounds; r++) for (const d of docs) fn(d);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

export function speedRows(label: string, docs: readonly GoldDocument[], rounds = 3): BenchRow[] {
  const enrich = createEnrich();
  const ours = cpuSeconds(docs, rounds, (d) => {
    const doc = new NewsDocument(rawDocument(d.text, 'body', { file: d.id }, { publishedAt: '2015-06-01' }));
    doc.article.body = d.text;
    doc.article.publishedAt = '2015-06-01T12:00:00Z';
    enrich(doc);
  });
  const peer = cpuSeconds(docs, rounds, (d) => compromise(d.text, d.sentences));
  const words = wordsIn(docs) * rounds;
  return [row(`${label}, ${wordsIn(docs)} words`, 'words per second, one core (whole enrich stage vs compromise entities)', words / ours, words / peer, (x) => x.toFixed(0))];
}
