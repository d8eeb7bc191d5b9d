/**
 * Speed of the whole enrich stage (sentences, entities, people and roles, dates, event date, place,
 * earlier events, casualties, themes) on real news text, against compromise doing only its people,
 * organisations and places on the same text. CPU time of this process on one core. The stage runs as
 * ingest runs it: over batches of PREPARE_BATCH documents, a sub-step at a time (enrich/batch.ts).
 */
import { PREPARE_BATCH } from '../src/ingest/prepare-batches.js';
import { rawDocument } from '../src/ingest/read-input.js';
import { NewsDocument } from '../src/model/document.js';
import { createStages } from '../src/pipeline.js';
import type { PipelineContext } from '../src/pipeline-context.js';
import type { Store } from '../src/store/store.js';
import type { GoldDocument } from '../train/ner-data.js';
import { compromise } from './entity-systems.js';
import { type BenchRow, row } from './table.js';

function wordsIn(docs: readonly GoldDocument[]): number {
  return docs.reduce((n, d) => n + (d.text.match(/\S+/g)?.length ?? 0), 0);
}

/** CPU seconds for `rounds` passes of fn over the documents, `batch` at a time, after one warm-up pass. */
function cpuSeconds(docs: readonly GoldDocument[], rounds: number, batch: number, fn: (docs: readonly GoldDocument[]) => void): number {
  const pass = (): void => {
    for (let i = 0; i < docs.length; i += batch) fn(docs.slice(i, i + batch));
  };
  pass();
  const start = process.cpuUsage();
  for (let r = 0; r < rounds; r++) pass();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

export function speedRows(label: string, docs: readonly GoldDocument[], rounds = 3): BenchRow[] {
  // The pipeline's own enrich stage, over a batch as ingest hands it (pipeline.ts prepareDocuments).
  const enrich = createStages().find((s) => s.name === 'enrich')?.runBatch;
  if (!enrich) throw new Error('the enrich stage has no batch run to time');
  // Enrich reads neither the store nor the clock.
  const context: PipelineContext = { store: {} as Store, now: () => '2015-06-01T12:00:00Z' };
  const ours = cpuSeconds(docs, rounds, PREPARE_BATCH, (batch) => {
    const prepared = batch.map((d) => {
      const doc = new NewsDocument(rawDocument(d.text, 'body', { file: d.id }, { publishedAt: '2015-06-01' }));
      doc.article.body = d.text;
      doc.article.publishedAt = '2015-06-01T12:00:00Z';
      return doc;
    });
    enrich(prepared, context);
  });
  const peer = cpuSeconds(docs, rounds, 1, ([d]) => compromise(d!.text, d!.sentences));
  const words = wordsIn(docs) * rounds;
  return [row(`${label}, ${wordsIn(docs)} words`, `words per second, one core (whole enrich stage over batches of ${PREPARE_BATCH} documents, as ingest runs it, vs compromise entities)`, words / ours, words / peer, (x) => x.toFixed(0))];
}
