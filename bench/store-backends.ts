/**
 * Ingest into SQLite and into PostgreSQL, back to back in one process, the order swapped each round:
 * the same stream (a cache from `ingest-replay.js --prepare`, so extract and enrich are read back, not
 * run) through the real batch (ingestPaths: SQLite's commits grouped as an ingest groups them) into a
 * new SQLite file and into a new schema on a throw-away PostgreSQL server. Prints each side's wall
 * seconds (PostgreSQL's work is partly in its server's processes, so this process's CPU time would
 * leave it out) and whether the two stores hold the same events.
 *
 *   node dist/bench/ingest-replay.js --prepare CACHE --set gva --limit 2000
 *   node dist/bench/store-backends.js CACHE [--rounds 2]
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPaths } from '../src/ingest/batch.js';
import type { Article, Message, StageName } from '../src/model/types.js';
import { createStages, type Stage } from '../src/pipeline.js';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { postgresBinaries, startThrowawayServer } from '../src/store/postgres/throwaway-server.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { Store } from '../src/store/store.js';
import { type ClusterSetName, loadClusterSet } from './cluster-data.js';

/** What ingest-replay's --prepare keeps of a document: the article as enrich left it, its messages, the stage that failed. */
interface Cached {
  article: Article;
  siteName: string | null;
  messages: Message[];
  failed: { stage: StageName; message: string } | null;
}

const NOW = '2020-01-01T00:00:00.000Z';

/** Extract and enrich replaced by the cache: extract puts the article back, either fails where it failed. */
function fromCache(stage: Stage, cache: ReadonlyMap<string, Cached>): Stage {
  if (stage.name !== 'extract' && stage.name !== 'enrich') return stage;
  return {
    name: stage.name,
    run: (doc) => {
      const kept = cache.get(doc.raw.contentHash);
      if (!kept) throw new Error(`not in the cache: ${doc.raw.contentHash}`);
      if (stage.name === 'extract') {
        const copy = structuredClone(kept);
        Object.assign(doc.article, copy.article, { warnings: doc.messages });
        doc.siteName = copy.siteName;
        doc.messages.push(...copy.messages.filter((m) => !(copy.failed && m.severity === 'error' && m.stage === copy.failed.stage)));
      }
      if (kept.failed?.stage === stage.name) throw new Error(kept.failed.message);
    },
  };
}

/** Each event as its id and its articles' ids: what two stores must agree on. */
async function eventsOf(store: Store): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let offset = 0; ; offset += 500) {
    const page = await store.listEvents({ limit: 500, offset });
    if (page.length === 0) return out;
    for (const e of page) out.set(e.id, (await store.eventMembers(e.id)).map((m) => m.id).sort().join(' '));
  }
}

async function main(): Promise<void> {
  const [cacheFile] = process.argv.slice(2);
  if (!cacheFile) throw new Error('usage: store-backends CACHE [--rounds N]');
  const roundsAt = process.argv.indexOf('--rounds');
  const rounds = roundsAt > 0 ? Number(process.argv[roundsAt + 1]) : 2;
  const saved = JSON.parse(readFileSync(cacheFile, 'utf8')) as { set: ClusterSetName | 'scale'; limit: number; documents: [string, Cached][] };
  if (saved.set === 'scale') throw new Error('the scale stream is not replayed here: prepare gva or ecbplus');
  const cache = new Map(saved.documents);
  const items = loadClusterSet(saved.set, saved.limit).items;
  const bin = postgresBinaries();
  if (!bin) throw new Error('no PostgreSQL binaries (/usr/lib/postgresql/<version>/bin)');
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-backends-'));
  const server = startThrowawayServer(bin);
  try {
    const stream = join(dir, 'stream.jsonl');
    writeFileSync(stream, `${items.map((i) => JSON.stringify({ id: i.id, title: i.title ?? undefined, url: i.url ?? undefined, publishedAt: i.publishedAt ?? undefined, text: i.text })).join('\n')}\n`);
    const sides = {
      sqlite: (round: number): Store => new SqliteStore(join(dir, `round${round}.db`)),
      postgres: (round: number): Store => new PostgresStore(server.url, { schema: `round${round}` }),
    };
    for (let round = 1; round <= rounds; round++) {
      const order = round % 2 === 1 ? (['sqlite', 'postgres'] as const) : (['postgres', 'sqlite'] as const);
      const events: Partial<Record<keyof typeof sides, Map<string, string>>> = {};
      for (const side of order) {
        const store = sides[side](round);
        const started = performance.now();
        const report = await ingestPaths([stream], createStages().map((s) => fromCache(s, cache)), { store, now: () => NOW }, {});
        await store.close();
        const seconds = (performance.now() - started) / 1000;
        const reopened = sides[side](round);
        events[side] = await eventsOf(reopened);
        await reopened.close();
        console.log(`round ${round} ${side}: ${report.stored} articles in ${seconds.toFixed(1)} s, ${(report.stored / seconds).toFixed(1)} articles/s, ${events[side]!.size} events`);
      }
      const a = events.sqlite!;
      const b = events.postgres!;
      const same = [...a].filter(([id, members]) => b.get(id) === members).length;
      console.log(`round ${round}: ${same} of ${a.size} SQLite events have the same id and articles in PostgreSQL (${b.size} there)`);
    }
  } finally {
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
