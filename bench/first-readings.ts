/**
 * Consolidate's first readings of articles, timed apart (issue 5). Per-article readings are kept across
 * an event's builds, so what ingest pays for them is the first reading; this times builds that start with
 * empty caches, each run in a process of its own (a fresh module instance), over pages enriched once.
 *
 *   node dist/bench/first-readings.js --prepare CACHE [--limit 800]
 *   node dist/bench/first-readings.js --run CACHE [--dist DIR]
 *   node dist/bench/first-readings.js --ab CACHE --a DIR --b DIR [--rounds 10]
 *
 * --prepare extracts and enriches GVA's first pages and keeps each article with its gold incident.
 * --run builds each gold incident's articles as one event (an article with no gold alone), as the
 * consolidate stage of DIR's dist would (DIR defaults to this checkout), and prints the CPU those builds
 * took and a hash of the events they made (two versions agree when the hashes do).
 * --ab runs --run for two checkouts in turn, the first of each round alternating, and prints the CPU
 * ratio b/a of each round and their median.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { NewsDocument } from '../src/model/document.js';
import type { Article, NewsEvent } from '../src/model/types.js';
import { createEnrich } from '../src/enrich/index.js';
import { createExtract } from '../src/extract/index.js';
import { rawDocument } from '../src/ingest/read-input.js';
import { loadClusterSet } from './cluster-data.js';

interface Kept {
  gold: string | null;
  article: Article;
}

type Build = (id: string, articles: readonly Article[], lookup: null, now: string) => Promise<NewsEvent>;

const NOW = '2020-01-01T00:00:00.000Z';
const args = process.argv.slice(2);
const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const HERE = resolve(fileURLToPath(new URL('../..', import.meta.url)));

function prepare(cache: string, limit: number): void {
  const extract = createExtract();
  const enrich = createEnrich();
  const kept: Kept[] = [];
  for (const item of loadClusterSet('gva', limit).items) {
    const hints = { ...(item.title ? { title: item.title } : {}), ...(item.publishedAt ? { publishedAt: item.publishedAt } : {}), ...(item.url ? { url: item.url } : {}) };
    const doc = new NewsDocument(rawDocument(item.text, 'body', { file: `${item.id}.txt` }, hints));
    try {
      extract(doc);
      enrich(doc);
    } catch {
      continue;
    }
    if (doc.article.body.length === 0) continue;
    kept.push({ gold: item.gold, article: JSON.parse(JSON.stringify(doc.article)) as Article });
  }
  writeFileSync(cache, JSON.stringify(kept));
  console.log(`${kept.length} articles kept in ${cache}`);
}

async function run(cache: string, dir: string): Promise<void> {
  const kept = JSON.parse(readFileSync(cache, 'utf8')) as Kept[];
  const groups = new Map<string, Article[]>();
  for (const [i, k] of kept.entries()) {
    const key = k.gold ?? `alone ${i}`;
    groups.set(key, [...(groups.get(key) ?? []), k.article]);
  }
  const module = (await import(pathToFileURL(join(dir, 'dist/src/consolidate/build-event.js')).href)) as { buildEvent: Build };
  // The gazetteer loads its tables at first use: loaded before the clock starts, it is not charged to
  // the first article that names a place (ingest loads it once per process, in enrich).
  const places = (await import(pathToFileURL(join(dir, 'dist/src/enrich/gazetteer/places.js')).href)) as { lookupPlace: (name: string) => unknown };
  places.lookupPlace('Springfield');
  const hash = createHash('sha256');
  const before = process.cpuUsage();
  let n = 0;
  for (const articles of groups.values()) {
    const event = await module.buildEvent(`evt_${String(n++).padStart(16, '0')}`, articles, null, NOW);
    hash.update(JSON.stringify(event)).update('\n');
  }
  const used = process.cpuUsage(before);
  console.log(JSON.stringify({ cpuMs: (used.user + used.system) / 1000, events: n, articles: kept.length, hash: hash.digest('hex').slice(0, 16) }));
}

function ab(cache: string, a: string, b: string, rounds: number): void {
  const once = (dir: string): { cpuMs: number; hash: string } => {
    const out = spawnSync(process.execPath, ['--no-regexp-tier-up', fileURLToPath(import.meta.url), '--run', cache, '--dist', dir], { encoding: 'utf8' });
    if (out.status !== 0) throw new Error(out.stderr);
    return JSON.parse(out.stdout.trim().split('\n').pop()!) as { cpuMs: number; hash: string };
  };
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const first = r % 2 === 0 ? 'a' : 'b';
    const x = first === 'a' ? once(a) : once(b);
    const y = first === 'a' ? once(b) : once(a);
    const [ra, rb] = first === 'a' ? [x, y] : [y, x];
    ratios.push(rb.cpuMs / ra.cpuMs);
    console.log(`round ${r + 1} (${first} first): a ${ra.cpuMs.toFixed(0)} ms, b ${rb.cpuMs.toFixed(0)} ms, b/a ${(rb.cpuMs / ra.cpuMs).toFixed(3)}, hashes ${ra.hash} ${rb.hash}${ra.hash === rb.hash ? '' : ' DIFFER'}`);
  }
  const sorted = [...ratios].sort((p, q) => p - q);
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  console.log(`median b/a ${median.toFixed(3)} over ${rounds} rounds`);
}

const cache = option('--prepare') ?? option('--run') ?? option('--ab');
if (!cache) {
  console.error('usage: first-readings --prepare CACHE [--limit 800] | --run CACHE [--dist DIR] | --ab CACHE --a DIR --b DIR [--rounds 10]');
  process.exit(2);
}
if (option('--prepare')) prepare(cache, Number(option('--limit') ?? 800));
else if (option('--run')) await run(cache, resolve(option('--dist') ?? HERE));
else ab(cache, resolve(option('--a') ?? HERE), resolve(option('--b') ?? HERE), Number(option('--rounds') ?? 10));
