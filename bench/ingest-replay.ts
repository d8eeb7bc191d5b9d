/**
 * Ingest's stages after enrich, measured apart (issue 5). Enrich is half of ingest and changes with
 * every rule; to measure and check work on cluster, consolidate and store, this runs the real
 * pipeline once with extract and enrich, keeps what they made of each page in a cache file, then
 * replays the stream with those two stages read back from the cache. A replay reports each stage's
 * CPU seconds and a hash of every table of the store it wrote (search tables included), so two
 * versions of the code can be shown to store the same rows, and a content hash that stays the same
 * across a change of the schema's layout that stores the same thing (store-dump.ts).
 *
 *   node dist/bench/ingest-replay.js --prepare CACHE [--set gva|ecbplus|scale] [--limit 1000]
 *   node dist/bench/ingest-replay.js --replay CACHE [--dump FILE] [--keep-commits FILE] [--superseded [--repeat-builds]]
 *   node dist/bench/ingest-replay.js --commits FILE [--group 8] [--a DIR --b DIR [--merge]]
 *   node dist/bench/ingest-replay.js --ab CACHE --a DIR --b DIR
 *
 * `--set scale` is the scale run's stream (bench/cluster-scale.ts: GVA and ECB+ by date, copied past
 * their end), read with its clock: the stream the 10k figure comes from, whose events grow larger than
 * GVA's own order lets them, replayed without extract and enrich.
 * --keep-commits writes each commit the store stage makes, one JSON line each, and the record of each
 * put-off build where the store ran it (kept-commits.ts); --commits writes those again into a new
 * store, alone, in groups of --group commits: the store's own cost, without the stages' noise around
 * it. With --a and --b it writes them into two stores, one of each build (a checkout with its dist/
 * built), each step through one and then the other (the first in turn), and prints each side's CPU
 * seconds and store hash; --merge then merges each store's search indexes into one piece and counts
 * that too. --ab runs
 * two builds (each a checkout with its dist/ built) in one process, each document through one and then
 * the other (the first in turn), each into a store of its own: on a shared machine the load changes
 * from minute to minute, and whole runs one after another differed by more than a change's effect.
 * It prints each side's CPU seconds per stage as well as in all (store's close counted in all only).
 * --superseded adds what of the replay's consolidate and store CPU went to event records that a later
 * article of the same event overwrote within the next 1, 8, 64 and 256 stored articles
 * (superseded-builds.ts): a bound on what building an event once per commit group could save;
 * --repeat-builds runs each article's consolidate stage again at once and says what of that second run
 * those records took, what leaving their builds out would save (the consolidate CPU printed includes it).
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ingestPaths } from '../src/ingest/batch.js';
import type { NewsDocument } from '../src/model/document.js';
import type { Article, Message, StageName } from '../src/model/types.js';
import { createStages, type Stage } from '../src/pipeline.js';
import { runCountingCpu } from './stage-cpu.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { Commit } from '../src/store/store.js';
import { type ClusterItem, type ClusterSetName, loadClusterSet } from './cluster-data.js';
import { datedSources, generatedStream, streamClock } from './cluster-stream.js';
import { dumpTables } from './store-dump.js';
import { type EventBuild, recordingBuilds, supersededLines } from './superseded-builds.js';
import { keeper, readKept, replayer, writeSteps } from './kept-commits.js';

/** What extract and enrich left on one document: the article, the messages they added, the stage that failed. */
interface Prepared {
  article: Article;
  siteName: string | null;
  messages: Message[];
  failed: { stage: StageName; message: string } | null;
}

const NOW = '2020-01-01T00:00:00.000Z';
/** What can be replayed: a cluster set in its bench order, or the scale run's generated stream. */
type ReplaySet = ClusterSetName | 'scale';

/** A replayed set's first `limit` items and the clock its run reads. */
function replayItems(set: ReplaySet, limit: number): { items: ClusterItem[]; now: string } {
  if (set !== 'scale') return { items: loadClusterSet(set, limit).items, now: NOW };
  const sources = datedSources(loadClusterSet('gva').items, loadClusterSet('ecbplus').items);
  return { items: [...generatedStream(sources, limit)], now: streamClock(sources, limit) };
}
const args = process.argv.slice(2);
const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

/** The stream as one JSON Lines file, as the cluster bench writes it. */
function writeStream(dir: string, items: readonly ClusterItem[]): string {
  const file = join(dir, 'stream.jsonl');
  const lines = items.map((i) => JSON.stringify({ id: i.id, title: i.title ?? undefined, url: i.url ?? undefined, publishedAt: i.publishedAt ?? undefined, text: i.text }));
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** A stage whose CPU time is added to `spent` under its name. */
function timed(stage: Stage, spent: Map<string, number>): Stage {
  return {
    name: stage.name,
    run: (doc, context) => runCountingCpu(stage, doc, context, (ms) => spent.set(stage.name, (spent.get(stage.name) ?? 0) + ms / 1000)),
  };
}

/** A stage that puts what extract and enrich made of the document back (the first), or fails as they did. */
function cachedStage(byHash: ReadonlyMap<string, Prepared>, name: StageName): Stage {
  return {
    name,
    run: (doc) => {
      const prepared = byHash.get(doc.raw.contentHash);
      if (!prepared) throw new Error(`not in the cache: ${doc.raw.source.id ?? doc.raw.contentHash}`);
      if (name === 'extract') {
        // A deep copy: later stages change the article, and the next replay of the same content must not see it.
        const copy = structuredClone(prepared);
        Object.assign(doc.article, copy.article, { warnings: doc.messages });
        doc.siteName = copy.siteName;
        doc.messages.push(...copy.messages.filter((m) => !(copy.failed && m.severity === 'error' && m.stage === copy.failed.stage)));
      }
      if (prepared.failed?.stage === name) throw new Error(prepared.failed.message);
    },
  };
}

/** The modules of one build that a paired run drives. */
interface Build {
  pipeline: typeof import('../src/pipeline.js');
  document: typeof import('../src/model/document.js');
  sqlite: typeof import('../src/store/sqlite/sqlite-store.js');
  jsonl: typeof import('../src/ingest/jsonl.js');
}

async function loadBuild(dir: string): Promise<Build> {
  const at = (path: string): string => pathToFileURL(join(resolve(dir), 'dist', 'src', path)).href;
  return {
    pipeline: (await import(at('pipeline.js'))) as Build['pipeline'],
    document: (await import(at('model/document.js'))) as Build['document'],
    sqlite: (await import(at('store/sqlite/sqlite-store.js'))) as Build['sqlite'],
    jsonl: (await import(at('ingest/jsonl.js'))) as Build['jsonl'],
  };
}

/** Two builds fed the same documents in turn (see the header), with the CPU seconds each took and the hash of what each stored. */
async function pairedRun(cache: string, dirs: readonly [string, string]): Promise<void> {
  const saved = JSON.parse(readFileSync(cache, 'utf8')) as { set: ReplaySet; limit: number; documents: [string, Prepared][] };
  const byHash = new Map(saved.documents);
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-replay-'));
  try {
    const sides = await Promise.all(
      dirs.map(async (buildDir, i) => {
        const build = await loadBuild(buildDir);
        const spent = new Map<string, number>();
        const stages = build.pipeline.createStages().map((stage) => timed(stage.name === 'extract' || stage.name === 'enrich' ? cachedStage(byHash, stage.name) : stage, spent));
        const file = join(dir, `side${i}.db`);
        return { build, stages, spent, file, store: new build.sqlite.SqliteStore(file), cpu: 0 };
      }),
    );
    const { items, now } = replayItems(saved.set, saved.limit);
    const fetched = Date.parse(now);
    for (const [n, item] of items.entries()) {
      const record = { id: item.id, title: item.title ?? undefined, url: item.url ?? undefined, publishedAt: item.publishedAt ?? undefined, text: item.text };
      for (const side of n % 2 === 0 ? sides : [...sides].reverse()) {
        const raw = side.build.jsonl.recordToDocument(record, 'stream.jsonl', n + 1, fetched);
        const before = process.cpuUsage();
        await side.build.pipeline.runStages(new side.build.document.NewsDocument(raw), side.stages, { store: side.store, now: () => now });
        const used = process.cpuUsage(before);
        side.cpu += (used.user + used.system) / 1e6;
      }
    }
    for (const [i, side] of sides.entries()) {
      const before = process.cpuUsage();
      await side.store.close();
      const used = process.cpuUsage(before);
      side.cpu += (used.user + used.system) / 1e6;
      const stagesLine = [...side.spent].filter(([name]) => name !== 'extract' && name !== 'enrich').map(([name, s]) => `${name} ${s.toFixed(2)}`).join(', ');
      console.log(`${i === 0 ? 'a' : 'b'} ${dirs[i]}: CPU s ${side.cpu.toFixed(2)} (${stagesLine}), store ${storeHashes(side.file)}`);
    }
    console.log(`b / a: ${(sides[1]!.cpu / sides[0]!.cpu).toFixed(4)}`);
    // Per stage too: a change to one stage is lost in the others' noise on a shared machine.
    for (const name of sides[0]!.spent.keys()) {
      if (name === 'extract' || name === 'enrich') continue;
      console.log(`  ${name} b / a: ${((sides[1]!.spent.get(name) ?? 0) / (sides[0]!.spent.get(name) ?? 1)).toFixed(4)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function prepare(cache: string, set: ReplaySet, limit: number): Promise<void> {
  const { items, now } = replayItems(set, limit);
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-replay-'));
  const byHash = new Map<string, Prepared>();
  const before = new WeakMap<NewsDocument, number>();
  const stages = createStages().map((stage): Stage => {
    if (stage.name === 'extract') return { name: stage.name, run: (doc, context) => (before.set(doc, doc.messages.length), stage.run(doc, context)) };
    if (stage.name !== 'enrich') return stage;
    return { name: stage.name, run: async (doc, context) => (await stage.run(doc, context), keep(doc, null)) };
  });
  const keep = (doc: NewsDocument, failed: Prepared['failed']): void => {
    const messages = doc.messages.slice(before.get(doc) ?? 0);
    byHash.set(doc.raw.contentHash, JSON.parse(JSON.stringify({ article: { ...doc.article, warnings: [] }, siteName: doc.siteName, messages, failed })) as Prepared);
  };
  const store = new SqliteStore(join(dir, 'prepare.db'));
  try {
    await ingestPaths([writeStream(dir, items)], stages, { store, now: () => now }, {
      onDocument: (doc) => {
        const failed = doc.messages.find((m) => m.severity === 'error' && (m.stage === 'extract' || m.stage === 'enrich'));
        if (failed && !byHash.has(doc.raw.contentHash)) keep(doc, { stage: failed.stage, message: failed.message });
      },
    });
  } finally {
    await store.close();
  }
  writeFileSync(cache, JSON.stringify({ set, limit, documents: [...byHash] }));
  rmSync(dir, { recursive: true, force: true });
  console.log(`${byHash.size} documents prepared into ${cache}`);
}

/** A store's hash of every table and its content hash (store-dump.ts: the same across a change of layout). */
function storeHashes(file: string): string {
  const { hash, content } = dumpTables(file, undefined);
  return `hash ${hash}, content ${content}`;
}

/** The CPU seconds, peak RSS and every table's hash of a store written by `write`, printed. */
async function measured(write: (store: SqliteStore) => Promise<void>, out: string | undefined, spent?: Map<string, number>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-replay-'));
  try {
    const file = join(dir, 'replay.db');
    const store = new SqliteStore(file);
    const cpu = process.cpuUsage();
    try {
      await write(store);
    } finally {
      await store.close();
    }
    const used = process.cpuUsage(cpu);
    const total = (used.user + used.system) / 1e6;
    const { hash, content, tables } = dumpTables(file, out);
    const stagesLine = spent ? ` (${[...spent].map(([name, s]) => `${name} ${s.toFixed(2)}`).join(', ')})` : '';
    console.log(`CPU s: total ${total.toFixed(2)}${stagesLine}; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
    for (const [name, line] of tables) console.log(`  ${name}: ${line}`);
    console.log(`store hash ${hash}, content ${content}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Commits kept by a replay, written again in groups of `groupSize`. */
async function recommit(file: string, groupSize: number): Promise<void> {
  const steps = readKept(file);
  await measured((store) => writeSteps(store, steps, groupSize), undefined);
}

/** Commits kept by a replay written into a store of each build, step by step in turn (see the header). */
async function recommitPaired(file: string, groupSize: number, dirs: readonly [string, string], merge: boolean): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-replay-'));
  try {
    const sides = await Promise.all(
      dirs.map(async (buildDir, i) => {
        const build = await loadBuild(buildDir);
        const db = join(dir, `side${i}.db`);
        const store = new build.sqlite.SqliteStore(db);
        return { db, store, run: replayer(store, groupSize), steps: readKept(file), cpu: 0 };
      }),
    );
    const timedCall = async (side: (typeof sides)[number], call: () => Promise<void>): Promise<void> => {
      const before = process.cpuUsage();
      await call();
      const used = process.cpuUsage(before);
      side.cpu += (used.user + used.system) / 1e6;
    };
    for (const side of sides) await timedCall(side, () => side.run.start());
    const count = sides[0]!.steps.length;
    for (let n = 0; n < count; n++) {
      for (const side of n % 2 === 0 ? sides : [...sides].reverse()) await timedCall(side, () => side.run.step(side.steps[n]!));
    }
    const merged = [0, 0];
    for (const [i, side] of sides.entries()) {
      await timedCall(side, () => side.run.finish());
      if (merge) {
        // The search indexes merged into one piece, as `triangulate optimize` does: a change that leaves
        // more pieces behind has only put off part of FTS5's merging.
        const before = side.cpu;
        await timedCall(side, async () => void (await side.store.maintain({ force: true })));
        merged[i] = side.cpu - before;
      }
      await timedCall(side, () => side.store.close());
    }
    for (const [i, side] of sides.entries()) console.log(`${i === 0 ? 'a' : 'b'} ${dirs[i]}: CPU s ${side.cpu.toFixed(2)}${merge ? ` (merging the indexes at the end ${merged[i]!.toFixed(2)})` : ''}, store ${storeHashes(side.db)}`);
    console.log(`b / a: ${(sides[1]!.cpu / sides[0]!.cpu).toFixed(4)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function replay(cache: string, out: string | undefined, keepCommits: string | undefined, superseded = false, repeat = false): Promise<void> {
  const saved = JSON.parse(readFileSync(cache, 'utf8')) as { set: ReplaySet; limit: number; documents: [string, Prepared][] };
  const byHash = new Map(saved.documents);
  const spent = new Map<string, number>();
  const fromCache = (name: StageName): Stage => cachedStage(byHash, name);
  const builds: EventBuild[] = [];
  const timedStages = createStages().map((stage) => timed(stage.name === 'extract' || stage.name === 'enrich' ? fromCache(stage.name) : stage, spent));
  const stages = superseded ? recordingBuilds(timedStages, builds, { repeat }) : timedStages;
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-replay-'));
  const kept = keepCommits ? openSync(keepCommits, 'w') : null;
  try {
    const { items, now } = replayItems(saved.set, saved.limit);
    const stream = writeStream(dir, items);
    await measured(async (store) => {
      // The store as the stages see it, each commit written out first when asked.
      const keep = kept === null ? null : keeper(kept);
      const seen = keep === null ? store : new Proxy(store, {
        get: (target, name) => {
          const value: unknown = Reflect.get(target, name, target);
          if (name === 'commit') return (change: Commit) => target.commit(keep(change));
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      });
      await ingestPaths([stream], stages, { store: seen, now: () => now }, {});
    }, out, spent);
    if (superseded) for (const line of supersededLines(builds)) console.log(line);
  } finally {
    if (kept !== null) closeSync(kept);
    rmSync(dir, { recursive: true, force: true });
  }
}

const prepareTo = option('--prepare');
const replayFrom = option('--replay');
const commitsFrom = option('--commits');
const pairedFrom = option('--ab');
if (prepareTo) await prepare(prepareTo, (option('--set') ?? 'gva') as ReplaySet, Number(option('--limit') ?? 1000));
else if (replayFrom) await replay(replayFrom, option('--dump'), option('--keep-commits'), args.includes('--superseded') || args.includes('--repeat-builds'), args.includes('--repeat-builds'));
else if (commitsFrom && option('--a') && option('--b')) await recommitPaired(commitsFrom, Number(option('--group') ?? 8), [option('--a')!, option('--b')!], args.includes('--merge'));
else if (commitsFrom) await recommit(commitsFrom, Number(option('--group') ?? 8));
else if (pairedFrom && option('--a') && option('--b')) await pairedRun(pairedFrom, [option('--a')!, option('--b')!]);
else {
  console.error('usage: ingest-replay --prepare CACHE [--set gva|ecbplus|scale] [--limit N] | --replay CACHE [--dump FILE] [--keep-commits FILE] [--superseded [--repeat-builds]] | --commits FILE [--group N] [--a DIR --b DIR [--merge]] | --ab CACHE --a DIR --b DIR');
  process.exit(1);
}
