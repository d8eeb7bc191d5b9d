/**
 * A clustering set through the real pipeline: the stream is written as one JSON Lines file (text,
 * title, url, publishedAt, id) and ingested by the same batch code as `triangulate ingest`, into a new
 * SQLite store in a temporary folder. Event membership is then read back from the stored events (after
 * every merge), so what is scored is what the store holds.
 */
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPaths } from '../src/ingest/batch.js';
import type { NewsEvent } from '../src/model/types.js';
import { createStages, type Stage } from '../src/pipeline.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { ClusterItem } from './cluster-data.js';

export interface PipelineRun {
  /** Item id -> event id, for every item the pipeline stored (or found already stored). */
  eventOf: Map<string, string>;
  events: Map<string, NewsEvent>;
  /** Items the pipeline refused or failed on, with the reason. */
  failures: { id: string; problem: string }[];
  /** Wall-clock and CPU seconds of the ingest alone (reading the JSON Lines file to the last commit). */
  seconds: number;
  cpuSeconds: number;
}

/** A fixed clock: records are stamped the same on every run. */
const NOW = '2020-01-01T00:00:00.000Z';

export interface PipelineOptions {
  onProgress?: (done: number) => void;
  /** Articles between two onProgress calls (default 250): a small scale run needs marks inside its first tenth. */
  progressEvery?: number;
  /** Read the stored events back (the scale run skips it: it measures speed only). */
  readBack?: boolean;
  /** The stages to run (default: the pipeline's own); train:cluster swaps in an oracle cluster stage. */
  stages?: Stage[];
  /** The pipeline's clock (default NOW); a record dated after it is refused its date, so a stream dated ahead needs a later one. */
  now?: string;
  /**
   * A folder to run in and keep (the scale run's --keep): the stream file is written there anew and the
   * store there is opened as it is, so a run stopped part way goes on into the store it left.
   */
  dir?: string;
}

/** Writes the stream as the JSON Lines file `triangulate ingest` reads, one line at a time (bounded memory). */
export function writeStreamFile(items: Iterable<ClusterItem>, file: string): void {
  const fd = openSync(file, 'w');
  try {
    for (const i of items) writeSync(fd, `${JSON.stringify({ id: i.id, title: i.title ?? undefined, url: i.url ?? undefined, publishedAt: i.publishedAt ?? undefined, text: i.text })}\n`);
  } finally {
    closeSync(fd);
  }
}

/** `items` may be a generator: the stream file is written one line at a time, in bounded memory. */
export async function runPipeline(items: Iterable<ClusterItem>, options: PipelineOptions = {}): Promise<PipelineRun> {
  const { onProgress, progressEvery = 250, readBack = true, stages = createStages(), now = NOW } = options;
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'triangulate-bench-'));
  try {
    const file = join(dir, 'stream.jsonl');
    writeStreamFile(items, file);
    const store = new SqliteStore(join(dir, 'bench.db'));
    const articleOf = new Map<string, string>();
    const failures: PipelineRun['failures'] = [];
    try {
      let done = 0;
      const wall = process.hrtime.bigint();
      const cpu = process.cpuUsage();
      const report = await ingestPaths([file], stages, { store, now: () => now }, {
        onDocument: (doc) => {
          const id = doc.raw.source.id!;
          const failed = doc.messages.find((m) => m.severity === 'error');
          if (failed) failures.push({ id, problem: `${failed.stage}: ${failed.message}` });
          // Kept only to be read back: the scale run's millions of ids would be the bench's own growth.
          else if (readBack) articleOf.set(id, doc.duplicateOf ?? doc.article.id);
          if (++done % progressEvery === 0) onProgress?.(done);
        },
      });
      const seconds = Number(process.hrtime.bigint() - wall) / 1e9;
      const used = process.cpuUsage(cpu);
      // Records the reader refused never reach onDocument (an empty text, for one).
      for (const e of report.errors) if (!e.problem.includes('failed:')) failures.push({ id: e.input, problem: e.problem });
      const events = new Map<string, NewsEvent>();
      const eventOfArticle = new Map<string, string>();
      for (const event of readBack ? await store.listEvents() : []) {
        events.set(event.id, event);
        for (const article of event.articles) eventOfArticle.set(article, event.id);
      }
      const eventOf = new Map<string, string>();
      for (const [id, article] of readBack ? articleOf : []) {
        const event = eventOfArticle.get(article);
        if (event) eventOf.set(id, event);
      }
      return { eventOf, events, failures, seconds, cpuSeconds: (used.user + used.system) / 1e6 };
    } finally {
      await store.close();
    }
  } finally {
    if (options.dir === undefined) rmSync(dir, { recursive: true, force: true });
  }
}
