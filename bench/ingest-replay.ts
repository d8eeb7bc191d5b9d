/**
 * Ingest's stages after enrich, measured apart (issue 5). Enrich is half of ingest and changes with
 * every rule; to measure and check work on cluster, consolidate and store, this runs the real
 * pipeline once with extract and enrich, keeps what they made of each page in a cache file, then
 * replays the stream with those two stages read back from the cache. A replay reports each stage's
 * CPU seconds and a hash of every table of the store it wrote (search tables included), so two
 * versions of the code can be shown to store the same rows.
 *
 *   node dist/bench/ingest-replay.js --prepare CACHE [--set gva] [--limit 1000]
 *   node dist/bench/ingest-replay.js --replay CACHE [--dump FILE] [--keep-commits FILE]
 *   node dist/bench/ingest-replay.js --commits FILE
 *
 * --keep-commits writes each commit the store stage makes, one JSON line each; --commits writes those
 * again into a new store, alone: the store's own cost, without the stages' noise around it.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ingestPaths } from '../src/ingest/batch.js';
import type { NewsDocument } from '../src/model/document.js';
import type { Article, Message, StageName } from '../src/model/types.js';
import { createStages, type Stage } from '../src/pipeline.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { Commit } from '../src/store/store.js';
import { type ClusterSetName, loadClusterSet } from './cluster-data.js';

/** What extract and enrich left on one document: the article, the messages they added, the stage that failed. */
interface Prepared {
  article: Article;
  siteName: string | null;
  messages: Message[];
  failed: { stage: StageName; message: string } | null;
}

const NOW = '2020-01-01T00:00:00.000Z';
const args = process.argv.slice(2);
const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

/** The stream as one JSON Lines file, as the cluster bench writes it. */
function writeStream(dir: string, set: ClusterSetName, limit: number): string {
  const file = join(dir, 'stream.jsonl');
  const lines = loadClusterSet(set, limit).items.map((i) => JSON.stringify({ id: i.id, title: i.title ?? undefined, url: i.url ?? undefined, publishedAt: i.publishedAt ?? undefined, text: i.text }));
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** A stage whose CPU time is added to `spent` under its name. */
function timed(stage: Stage, spent: Map<string, number>): Stage {
  return {
    name: stage.name,
    run: async (doc, context) => {
      const before = process.cpuUsage();
      try {
        await stage.run(doc, context);
      } finally {
        const used = process.cpuUsage(before);
        spent.set(stage.name, (spent.get(stage.name) ?? 0) + (used.user + used.system) / 1e6);
      }
    },
  };
}

/** Every table of the database, row by row in rowid (or key) order, hashed; the dump written if asked. */
function dumpTables(file: string, out: string | undefined): { hash: string; tables: Map<string, string> } {
  const db = new Database(file, { readonly: true });
  try {
    const names = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string; sql: string | null }[];
    const tables = new Map<string, string>();
    const whole = createHash('sha256');
    const lines: string[] = [];
    for (const { name, sql } of names) {
      // A virtual table's rows are its shadow tables', dumped under their own names.
      if (sql?.toUpperCase().includes('VIRTUAL TABLE')) continue;
      const withoutRowid = sql?.toUpperCase().includes('WITHOUT ROWID') ?? false;
      const columns = (db.prepare(`PRAGMA table_info("${name}")`).all() as unknown[]).map((_c, i) => String(i + 1));
      const rows = db.prepare(`SELECT * FROM "${name}" ORDER BY ${withoutRowid ? columns.join(', ') : 'rowid'}`).raw().all();
      const h = createHash('sha256');
      for (const r of rows) {
        const line = `${name}\t${JSON.stringify(r, (_k, v: unknown) => (Buffer.isBuffer(v) ? `x${v.toString('hex')}` : typeof v === 'bigint' ? v.toString() : v))}`;
        h.update(line).update('\n');
        if (out) lines.push(line);
      }
      const digest = h.digest('hex').slice(0, 16);
      tables.set(name, `${rows.length} rows ${digest}`);
      whole.update(`${name} ${digest}\n`);
    }
    if (out) writeFileSync(out, `${lines.join('\n')}\n`);
    return { hash: whole.digest('hex').slice(0, 16), tables };
  } finally {
    db.close();
  }
}

async function prepare(cache: string, set: ClusterSetName, limit: number): Promise<void> {
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
    await ingestPaths([writeStream(dir, set, limit)], stages, { store, now: () => NOW }, {
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
    const { hash, tables } = dumpTables(file, out);
    const stagesLine = spent ? ` (${[...spent].map(([name, s]) => `${name} ${s.toFixed(2)}`).join(', ')})` : '';
    console.log(`CPU s: total ${total.toFixed(2)}${stagesLine}; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
    for (const [name, line] of tables) console.log(`  ${name}: ${line}`);
    console.log(`store hash ${hash}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Commits kept by a replay, written again one by one. */
async function recommit(file: string): Promise<void> {
  const changes = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Commit);
  await measured(async (store) => {
    for (const change of changes) await store.commit(change);
  }, undefined);
}

async function replay(cache: string, out: string | undefined, keepCommits: string | undefined): Promise<void> {
  const saved = JSON.parse(readFileSync(cache, 'utf8')) as { set: ClusterSetName; limit: number; documents: [string, Prepared][] };
  const byHash = new Map(saved.documents);
  const spent = new Map<string, number>();
  const fromCache = (name: StageName): Stage => ({
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
  });
  const stages = createStages().map((stage) => timed(stage.name === 'extract' || stage.name === 'enrich' ? fromCache(stage.name) : stage, spent));
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-replay-'));
  const kept = keepCommits ? openSync(keepCommits, 'w') : null;
  try {
    const stream = writeStream(dir, saved.set, saved.limit);
    await measured(async (store) => {
      // The store as the stages see it, each commit written out first when asked.
      const seen = kept === null ? store : new Proxy(store, {
        get: (target, name) => {
          const value: unknown = Reflect.get(target, name, target);
          if (name === 'commit') return (change: Commit) => (writeSync(kept, `${JSON.stringify(change)}\n`), target.commit(change));
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      });
      await ingestPaths([stream], stages, { store: seen, now: () => NOW }, {});
    }, out, spent);
  } finally {
    if (kept !== null) closeSync(kept);
    rmSync(dir, { recursive: true, force: true });
  }
}

const prepareTo = option('--prepare');
const replayFrom = option('--replay');
const commitsFrom = option('--commits');
if (prepareTo) await prepare(prepareTo, (option('--set') ?? 'gva') as ClusterSetName, Number(option('--limit') ?? 1000));
else if (replayFrom) await replay(replayFrom, option('--dump'), option('--keep-commits'));
else if (commitsFrom) await recommit(commitsFrom);
else {
  console.error('usage: ingest-replay --prepare CACHE [--set gva|ecbplus] [--limit N] | --replay CACHE [--dump FILE] [--keep-commits FILE] | --commits FILE');
  process.exit(1);
}
