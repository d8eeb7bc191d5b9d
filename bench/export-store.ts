/**
 * A large store for measuring the exporters (issue 5): the commits a replay kept (ingest-replay.ts
 * --keep-commits) written again and again, each copy under new article and event ids, so a store of
 * any number of events is made in minutes without running the pipeline. The copies' records are the
 * real ones (facts, participants, sources); only their ids differ, so every export format does the
 * work it does on a real store.
 *
 *   node dist/bench/export-store.js --commits FILE --copies N --out DB
 *
 * Then, for instance: /usr/bin/time -v node bin/triangulate.js export --db DB --format stix --out FILE
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { Commit } from '../src/store/store.js';

/** Article ids and event ids are a prefix of a content hash (art_/evt_ + 16 hex digits). */
const ID = /\b(art|evt)_([0-9a-f]{16})\b/g;
const CONTENT_HASH = /"contentHash":"([0-9a-f]{64})"/g;

function copiedHash(hash: string, copy: number): string {
  return createHash('sha256').update(`${hash}~${copy}`).digest('hex');
}

/** One commit's JSON with every content hash and id moved to copy `copy` (copy 0 is the original). */
export function copyCommit(line: string, copy: number, hashOf: ReadonlyMap<string, string>): string {
  if (copy === 0) return line;
  return line
    .replace(CONTENT_HASH, (_m, hash: string) => `"contentHash":"${copiedHash(hash, copy)}"`)
    .replace(ID, (whole, kind: string, prefix: string) => {
      const hash = hashOf.get(prefix);
      // An id that is no article's content hash (none is expected) is given one of its own.
      return `${kind}_${copiedHash(hash ?? whole, copy).slice(0, 16)}`;
    });
}

async function lines(file: string): Promise<string[]> {
  const out: string[] = [];
  for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) if (line) out.push(line);
  return out;
}

async function build(commitsFile: string, copies: number, db: string): Promise<void> {
  if (existsSync(db)) throw new Error(`${db} exists: give a new file`);
  const commits = await lines(commitsFile);
  const hashOf = new Map<string, string>();
  for (const line of commits) for (const m of line.matchAll(CONTENT_HASH)) hashOf.set(m[1]!.slice(0, 16), m[1]!);
  const store = new SqliteStore(db);
  try {
    for (let copy = 0; copy < copies; copy++) {
      for (const line of commits) await store.commit(JSON.parse(copyCommit(line, copy, hashOf)) as Commit);
      process.stderr.write(`  copy ${copy + 1} of ${copies}\n`);
    }
    while ((await store.maintain()).more);
  } finally {
    await store.close();
  }
}

if (process.argv[1]?.endsWith('export-store.js')) {
  const args = process.argv.slice(2);
  const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const [commitsFile, copies, out] = [option('--commits'), Number(option('--copies') ?? 1), option('--out')];
  if (!commitsFile || !out || !Number.isInteger(copies) || copies < 1) {
    console.error('usage: export-store --commits FILE --copies N --out DB');
    process.exit(2);
  }
  await build(commitsFile, copies, out);
}
